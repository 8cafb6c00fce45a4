//! Limits with clear messages: photos that name a device or a huge file, layouts that write
//! without end, and layout files outside the template's folder.

use std::path::Path;

use povestitor::i18n::{Catalog, Lang};
use povestitor::library::{LibraryError, error_text, validate_path};
use povestitor::render::{self, Format, LoadedTemplate, PhotoError, RenderError, RenderOptions};
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
    let worded = error_text(&LibraryError::Render(err), &catalog);
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
    let endless = "{% for a in range(end=100000) %}{% for b in range(end=100000) %}A line that repeats.\n{% endfor %}{% endfor %}";
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
