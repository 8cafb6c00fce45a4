//! Limits with clear messages: photos that name a device or a huge file, layouts that write
//! without end, loop without end, build a value without end or run out of time (through the
//! library, and through the real binary: `export`, `templates validate`), and layout files
//! outside the template's folder.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::{self, povestitor, stderr_of, stdout_of};

use povestitor::i18n::{Catalog, Lang};
use povestitor::render::{self, Format, LoadedTemplate, PhotoError, RenderError, RenderOptions};
use povestitor::service::{ServiceError, error_text, validate_path};
use povestitor::story::{Draft, Item};
use povestitor::template::{TemplateError, TemplateSource};

/// A one-step-and-photos template in `dir` with `layout` as its layout's text.
fn template(dir: &Path, layout_file: &str, layout: &str) -> Result<LoadedTemplate, TemplateError> {
    std::fs::write(
        dir.join("template.toml"),
        format!(
            "id = \"t\"\nname = \"T\"\nlanguage = \"en\"\n\n[[layouts]]\nid = \"all\"\nname = \"All\"\nfile = \"{layout_file}\"\n\n\
             [[steps]]\nid = \"title\"\ntitle = \"Title\"\nprompt = \"p\"\nkind = \"line\"\n\n\
             [[steps]]\nid = \"photos\"\ntitle = \"Photos\"\nprompt = \"p\"\nkind = \"photos\"\n"
        ),
    )
    .unwrap();
    if !layout.is_empty() {
        std::fs::write(dir.join("all.md.tera"), layout).unwrap();
    }
    LoadedTemplate::load(TemplateSource::Folder(dir.to_path_buf()))
}

fn photo_draft(loaded: &LoadedTemplate, path: &str) -> Draft {
    let mut draft = Draft::new(&loaded.template);
    draft.answers.set_text("title", "A title".into());
    draft.answers.set_items(
        "photos",
        vec![Item::default().with("path", path).with("caption", "c")],
    );
    draft
}

const PHOTO_LAYOUT: &str = "# {{ answers.title }}\n\n{% for p in answers.photos %}![{{ p.caption }}]({{ p.src }})\n{% endfor %}";

fn render_photo(path: &str, format: Format, base: &Path) -> Result<render::Output, RenderError> {
    let dir = tempfile::tempdir().unwrap();
    let loaded = template(dir.path(), "all.md.tera", PHOTO_LAYOUT).unwrap();
    let draft = photo_draft(&loaded, path);
    let options = RenderOptions {
        standalone: false,
        base_dir: Some(base),
    };
    render::render(&loaded, &draft, "all", format, options)
}

#[cfg(unix)]
#[test]
fn a_photo_naming_a_device_is_refused_without_reading_it() {
    for format in [Format::Docx, Format::Md, Format::Html] {
        let err = render_photo("/dev/zero", format, Path::new("/")).unwrap_err();
        assert!(
            matches!(err, RenderError::Photo(PhotoError::NotAFile { .. })),
            "{format:?}: {err}"
        );
        let text = err.to_string();
        assert!(text.contains("photo 1 in \"Photos\" (/dev/zero)"), "{text}");
        assert!(
            text.contains("Point the draft at the photo's own file"),
            "{text}"
        );
    }
}

#[test]
fn a_huge_photo_is_refused_by_its_size_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    // Sparse: 2 GB on paper, nothing on the disk.
    let huge = std::fs::File::create(dir.path().join("huge.jpg")).unwrap();
    huge.set_len(2 * 1024 * 1024 * 1024).unwrap();
    drop(huge);
    for format in [Format::Docx, Format::Md] {
        let err = render_photo("huge.jpg", format, dir.path()).unwrap_err();
        let RenderError::Photo(PhotoError::TooBig { limit_mb, .. }) = &err else {
            panic!("{format:?}: {err}");
        };
        assert_eq!(*limit_mb, 20);
        let text = err.to_string();
        assert!(
            text.contains("photo 1 in \"Photos\" (huge.jpg) is larger than 20 MB"),
            "{text}"
        );
        assert!(text.contains("save a smaller copy"), "{text}");
    }
    let catalog = Catalog::new(Lang::En);
    let err = render_photo("huge.jpg", Format::Docx, dir.path()).unwrap_err();
    let worded = error_text(&ServiceError::Render(err), &catalog);
    assert!(worded.contains("larger than 20 MB"), "{worded}");
}

#[test]
fn a_photo_just_over_the_limit_is_refused_and_one_under_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let png = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("story-templates/success-story/bunicii-online.png"),
    )
    .unwrap();
    let mut big = png.clone();
    big.resize(20 * 1024 * 1024, 0);
    std::fs::write(dir.path().join("at-limit.png"), &big).unwrap();
    big.push(0);
    std::fs::write(dir.path().join("over.png"), &big).unwrap();
    assert!(render_photo("at-limit.png", Format::Docx, dir.path()).is_ok());
    let err = render_photo("over.png", Format::Docx, dir.path()).unwrap_err();
    assert!(
        matches!(err, RenderError::Photo(PhotoError::TooBig { .. })),
        "{err}"
    );
}

#[test]
fn a_layout_that_writes_without_end_is_stopped() {
    let dir = tempfile::tempdir().unwrap();
    // Long lines, so the Markdown runs out before the loops' turns do.
    let endless = format!(
        "{{% for a in range(end=1000) %}}{{% for b in range(end=1000) %}}{}\n{{% endfor %}}{{% endfor %}}",
        "A line that repeats. ".repeat(50)
    );
    let endless = endless.as_str();
    let loaded = template(dir.path(), "all.md.tera", endless).unwrap();
    let draft = Draft::new(&loaded.template);
    let err = render::markdown(&loaded, &draft, "all").unwrap_err();
    let RenderError::Layout(problem) = &err else {
        panic!("{err}");
    };
    assert!(problem.file.ends_with("all.md.tera"), "{problem}");
    assert!(
        problem.message.contains("more than 5 MB of Markdown")
            && problem.message.contains("fix the layout"),
        "{problem}"
    );
}

#[test]
fn a_layout_file_outside_the_template_folder_is_a_template_problem() {
    for outside in [
        "../../etc/passwd",
        "/etc/passwd",
        "..\\\\secret.tera",
        "C:/x.tera",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let err = template(dir.path(), outside, "").unwrap_err();
        let problems = err.problems();
        assert_eq!(problems.len(), 1, "{outside}: {err}");
        let problem = &problems[0];
        assert!(problem.file.ends_with("template.toml"), "{problem}");
        assert_eq!(problem.line, Some(8), "{outside}: {problem}");
        assert!(
            problem.message.contains("outside the template's folder"),
            "{problem}"
        );
        // `templates validate` says the same, once.
        let err = validate_path(dir.path()).unwrap_err();
        let problems = err.problems();
        assert_eq!(problems.len(), 1, "{outside}: {err}");
        assert_eq!(problems[0].line, Some(8), "{}", problems[0]);
    }
}

#[cfg(unix)]
#[test]
fn a_layout_linked_to_a_file_outside_the_folder_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.tera"), "secret").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.tera"),
        dir.path().join("all.md.tera"),
    )
    .unwrap();
    let err = template(dir.path(), "all.md.tera", "").unwrap_err();
    assert!(
        err.to_string().contains("outside the template's folder"),
        "{err}"
    );
}

/// Three loops in each other, 10^15 turns: once the hang of `export` and `validate`.
const LOOPING: &str = "# {{ answers.title }}\n\n{% for i in range(end=100000) %}\n{% for j in range(end=100000) %}\n{% for k in range(end=100000) %}.{% endfor %}\n{% endfor %}\n{% endfor %}\n";

/// A string that doubles at each turn: once 4 GB in 15 s, then an abort.
const DOUBLING: &str = "# {{ answers.title }}\n\n{% set_global s = \"ab\" %}\n{% for i in range(end=64) %}\n{% set_global s = s ~ s %}\n{% endfor %}\n{{ s | length }}\n";

/// Loops inside one expression, which Tera runs without a budget call: 10^10 turns that
/// build nothing, so only the clock can stop them.
const SLOW: &str = "# {{ answers.title }}\n\n{% set_global s = \"ab\" %}{% for i in range(end=16) %}{% set_global s = s ~ s %}{% endfor %}\n{{ [0 for d in s if [c for c in s if false]] | length }}\n";

fn layout_markdown(layout: &str) -> (Result<String, RenderError>, Duration) {
    let dir = tempfile::tempdir().unwrap();
    let loaded = template(dir.path(), "all.md.tera", layout).unwrap();
    let mut draft = Draft::new(&loaded.template);
    draft.answers.set_text("title", "A title".into());
    let started = Instant::now();
    let result = render::markdown(&loaded, &draft, "all");
    (result, started.elapsed())
}

#[test]
fn loops_that_turn_without_end_are_stopped_at_the_loop_by_their_budget() {
    let (result, took) = layout_markdown(LOOPING);
    let err = result.unwrap_err();
    let RenderError::Layout(problem) = &err else {
        panic!("{err}");
    };
    assert!(problem.file.ends_with("all.md.tera"), "{problem}");
    assert_eq!(
        (problem.line, problem.column),
        (Some(3), Some(1)),
        "{problem}"
    );
    assert!(
        problem.message.contains("turned more than 100000 times")
            && problem.message.contains("fix the layout"),
        "{problem}"
    );
    assert!(took < render::TIME_BUDGET, "{took:?}");
}

#[test]
fn a_value_that_doubles_is_stopped_where_it_is_set_before_it_fills_the_memory() {
    let (result, took) = layout_markdown(DOUBLING);
    let err = result.unwrap_err();
    let RenderError::Layout(problem) = &err else {
        panic!("{err}");
    };
    assert_eq!(
        (problem.line, problem.column),
        (Some(5), Some(1)),
        "{problem}"
    );
    assert!(
        problem.message.contains("a value of more than 5 MB"),
        "{problem}"
    );
    assert!(took < render::TIME_BUDGET, "{took:?}");
}

/// The render left behind goes on until its process ends, a processor's worth of work: it
/// runs in a process of its own (`common::alone`), not beside the other tests of the binary.
#[test]
fn a_layout_that_outruns_its_time_is_left_behind_with_its_place() {
    if !common::alone("limits::a_layout_that_outruns_its_time_is_left_behind_with_its_place") {
        return;
    }
    let (result, took) = layout_markdown(SLOW);
    let err = result.unwrap_err();
    let RenderError::TooSlow(problem) = &err else {
        panic!("{err}");
    };
    assert!(problem.file.ends_with("all.md.tera"), "{problem}");
    assert!(
        problem.message.contains("took longer than 2 s"),
        "{problem}"
    );
    assert!(took >= render::TIME_BUDGET, "{took:?}");
    assert!(took < render::TIME_BUDGET * 3, "{took:?}");
}

#[test]
fn the_budgets_leave_an_ordinary_layout_as_it_was() {
    // Loops, sets and trimmed tags, with the budget calls in them, write what they wrote.
    let layout = "# {{ answers.title }}\n{% set n = 0 %}\n{%- for i in range(end=3) -%}\n  {{ i }}{% set_global n = n + i %}\n{%- endfor %}\n{% set x %}[{{ n }}]{% endset %}{{ x }} {{ \"a-b\" | replace(from=\"-\", to=\"+\") }} {{ [1, 2] | join(sep=\", \") }}\n{{ \"l1\\nl2\" | indent(width=2) }}\n";
    let (result, _) = layout_markdown(layout);
    assert_eq!(result.unwrap(), "# A title\n012\n[3] a+b 1, 2\nl1\n  l2\n");
}

/// A template folder in `dir` with one layout, its model story and a draft of it.
fn hostile_template(dir: &Path, layout: &str) -> std::path::PathBuf {
    let folder = dir.join("templates").join("t");
    std::fs::create_dir_all(&folder).unwrap();
    template(&folder, "all.md.tera", layout).unwrap();
    let draft = "schema_version = 1\ntemplate = \"t\"\n\n[answers]\ntitle = \"A title\"\n";
    std::fs::write(folder.join("example.toml"), draft).unwrap();
    std::fs::write(dir.join("story.toml"), draft).unwrap();
    folder
}

/// The real binary on a hostile layout ends soon, exit `code`, naming the layout's file and
/// `place`; `templates validate` and `export` alike.
fn ends_soon_with_the_place(layout: &str, place: &str, says: &str) {
    let home = tempfile::tempdir().unwrap();
    let folder = hostile_template(home.path(), layout);
    let templates = home.path().join("templates");
    let runs: [(Vec<std::ffi::OsString>, i32); 2] = [
        (
            vec!["templates".into(), "validate".into(), folder.clone().into()],
            1,
        ),
        (
            vec![
                "export".into(),
                home.path().join("story.toml").into(),
                "--layout".into(),
                "all".into(),
                "--format".into(),
                "md".into(),
            ],
            2,
        ),
    ];
    for (args, code) in runs {
        let started = Instant::now();
        let out = povestitor(home.path())
            .args(["--lang", "en", "--templates"])
            .arg(&templates)
            .args(&args)
            .timeout(Duration::from_secs(15))
            .output()
            .unwrap();
        let took = started.elapsed();
        let text = stdout_of(&out) + &stderr_of(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {text}");
        assert!(
            took < Duration::from_secs(5),
            "{args:?} took {took:?}: {text}"
        );
        assert!(
            text.contains(&format!("all.md.tera:{place}")),
            "{args:?}: {text}"
        );
        assert!(text.contains(says), "{args:?}: {text}");
    }
}

#[test]
fn validate_and_export_stop_a_layout_that_loops_without_end() {
    ends_soon_with_the_place(LOOPING, "3:1:", "turned more than 100000 times");
}

#[test]
fn validate_and_export_stop_a_layout_that_doubles_a_value() {
    ends_soon_with_the_place(DOUBLING, "5:1:", "a value of more than 5 MB");
}

#[test]
fn validate_and_export_end_a_layout_that_outruns_its_time() {
    // The place is the last one the layout passed: the line after it holds the loops.
    ends_soon_with_the_place(SLOW, "3:", "took longer than 2 s");
}

#[test]
fn a_workshop_book_ends_at_a_layout_that_outruns_its_time_without_waiting_for_each_draft() {
    let home = tempfile::tempdir().unwrap();
    hostile_template(home.path(), SLOW);
    let folder = home.path().join("workshop");
    std::fs::create_dir_all(&folder).unwrap();
    for n in 1..=6 {
        let draft = format!(
            "schema_version = 1\ntemplate = \"t\"\n\n[meta]\nauthor = \"A\"\ninstitution = \"B\"\ndate = \"2026-01-0{n}\"\n\n[answers]\ntitle = \"Story {n}\"\n"
        );
        std::fs::write(folder.join(format!("story-{n}.toml")), draft).unwrap();
    }
    let book = home.path().join("book.md");
    let started = Instant::now();
    let out = povestitor(home.path())
        .args(["--lang", "en", "--templates"])
        .arg(home.path().join("templates"))
        .args(["workshop", "compile"])
        .arg(&folder)
        .args(["--layout", "all", "--format", "md", "-o"])
        .arg(&book)
        .timeout(Duration::from_secs(15))
        .output()
        .unwrap();
    let took = started.elapsed();
    let text = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(took < Duration::from_secs(5), "{took:?}: {text}");
    assert!(text.contains("all.md.tera:3:"), "{text}");
    assert!(text.contains("took longer than 2 s"), "{text}");
    assert!(!book.exists());
}

/// An answer of megabytes (a whole book pasted into a step) is named as the answer it is, in
/// the librarian's words; the built-in layout that would have written it is not blamed.
#[test]
fn a_huge_answer_is_named_not_the_layout() {
    let templates = povestitor::service::Templates::builtin().unwrap();
    let loaded = templates.get("success-story").unwrap();
    let mut draft = Draft::new(&loaded.template);
    draft.answers.set_text("title", "Titlu".into());
    draft
        .answers
        .set_text("problem", "Un rând lung de text lipit. ".repeat(80_000));
    let err = render::markdown(loaded, &draft, "blog").unwrap_err();
    assert!(
        matches!(&err, RenderError::AnswerTooLong { step, mb: 3, limit_mb: 1 } if step == "Problema"),
        "{err}"
    );
    let catalog = Catalog::new(Lang::Ro);
    let text = error_text(&ServiceError::Render(err), &catalog);
    assert!(
        text.starts_with("Răspunsul la „Problema” are 3 MB de text"),
        "{text}"
    );
    assert!(
        !text.contains("layout") && !text.contains("machet"),
        "{text}"
    );
}
