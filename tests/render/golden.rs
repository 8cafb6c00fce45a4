//! Golden articles: each case's draft rendered in every layout and format, compared with the
//! reviewed snapshot in `tests/render/snapshots/`. Cases are the built-in example stories and the
//! drafts under `tests/golden/<case>/draft.toml`.

use povestitor::render::LoadedTemplate;
use povestitor::render::{self, Format, RenderOptions};
use povestitor::service::Templates;
use povestitor::story::{Draft, parse_draft};

const FORMATS: [Format; 4] = [Format::Md, Format::Html, Format::Txt, Format::Wp];

fn assert_articles(case: &str, loaded: &LoadedTemplate, draft: &Draft) {
    for layout in &loaded.template.layouts {
        for format in FORMATS {
            let article =
                render::render(loaded, draft, &layout.id, format, RenderOptions::default())
                    .unwrap_or_else(|e| panic!("{case}/{}: {e}", layout.id));
            let name = format!("{case}__{}.{}", layout.id, format.extension());
            let article = article.into_text().expect("text formats give text");
            insta::assert_snapshot!(name, article);
        }
    }
}

#[test]
fn example_stories_render_as_reviewed() {
    let templates = Templates::builtin().unwrap();
    for loaded in templates.iter() {
        let example = loaded
            .example()
            .expect("every built-in template ships an example");
        let draft = parse_draft(&example, "example.toml").unwrap();
        assert_articles(&format!("example-{}", loaded.id()), loaded, &draft);
    }
}

#[test]
fn golden_cases_render_as_reviewed() {
    let templates = Templates::builtin().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    for case in cases {
        let text = std::fs::read_to_string(case.join("draft.toml")).unwrap();
        let draft = parse_draft(&text, "draft.toml").unwrap();
        let loaded = templates.get(&draft.template).unwrap();
        let name = case.file_name().unwrap().to_str().unwrap().to_string();
        assert_articles(&name, loaded, &draft);
    }
}

#[test]
fn an_unanswered_optional_step_leaves_no_empty_heading() {
    let templates = Templates::builtin().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/only-required");
    let draft = parse_draft(
        &std::fs::read_to_string(root.join("draft.toml")).unwrap(),
        "d",
    )
    .unwrap();
    let loaded = templates.get("success-story").unwrap();
    for layout in ["biblio-info", "blog"] {
        let md = render::markdown(loaded, &draft, layout).unwrap();
        let lines: Vec<&str> = md.lines().filter(|l| !l.trim().is_empty()).collect();
        for pair in lines.windows(2) {
            assert!(
                !(pair[0].starts_with('#') && pair[1].starts_with('#')),
                "{layout}: an empty section {:?}\n{md}",
                pair[0]
            );
        }
        assert!(
            !lines.last().unwrap().starts_with('#'),
            "{layout} ends with a heading"
        );
        assert!(!md.contains("!["), "{layout}: a photo block without photos");
        assert!(!md.contains("Foto:"), "{layout}: a credit without photos");
        assert!(
            !md.contains("****") && !md.contains("*, "),
            "{layout}: a byline with an empty author"
        );
    }
}

#[test]
fn a_new_empty_draft_renders_without_empty_headings() {
    // The wizard previews drafts while they are being written: an unanswered step,
    // required or not, must not leave a heading with nothing under it.
    let templates = Templates::builtin().unwrap();
    for loaded in templates.iter() {
        let mut draft = Draft::new(&loaded.template);
        draft.answers.set_text("title", "Doar titlul".into());
        for layout in &loaded.template.layouts {
            let md = render::markdown(loaded, &draft, &layout.id).unwrap();
            let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
            assert!(
                headings.is_empty(),
                "{}/{}: {headings:?}\n{md}",
                loaded.id(),
                layout.id
            );
        }
    }
}
