//! Typography as the reader sees it: in the rendered article, for both layouts.

use povestitor::render::{self, Format, RenderOptions, typography};
use povestitor::service::Templates;
use povestitor::story::parse_draft;
use povestitor::template::StepKind;

const EXAMPLE: &str = include_str!("../../story-templates/success-story/example.toml");

fn untidy() -> String {
    EXAMPLE
        .replace(
            "title = \"„Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții\"",
            "title = '\"Bunicii online\" : cum au învăţat vârstnicii  din Bălţi să-şi sune nepoţii'",
        )
        .replace("Până în martie nu știam", "Până în martie ... nu ştiam")
        .replace("48 de vârstnici au terminat", "48 de vârstnici  au terminat - toţi")
}

#[test]
fn articles_are_typographically_right_and_stable() {
    let templates = Templates::builtin().unwrap();
    let loaded = templates.get("success-story").unwrap();
    let draft = parse_draft(&untidy(), "untidy.toml").unwrap();
    for layout in ["biblio-info", "blog"] {
        for format in [Format::Md, Format::Txt] {
            let article = render::render(loaded, &draft, layout, format, RenderOptions::default())
                .unwrap()
                .into_text()
                .unwrap();
            assert!(
                article.contains("Bunicii online”: cum au învățat vârstnicii din Bălți"),
                "{layout}: {article}"
            );
            assert!(!article.contains(['ş', 'ţ']), "{layout}: {article}");
            assert!(!article.contains(" :"), "{layout}: {article}");
            assert!(
                article.lines().all(|l| !l.trim_start().contains("  ")),
                "{layout}: {article}"
            );
            let again = render::render(loaded, &draft, layout, format, RenderOptions::default())
                .unwrap()
                .into_text()
                .unwrap();
            assert_eq!(again, article);
        }
    }
}

#[test]
fn a_tidied_draft_renders_the_same_article() {
    let templates = Templates::builtin().unwrap();
    let loaded = templates.get("success-story").unwrap();
    let draft = parse_draft(&untidy(), "untidy.toml").unwrap();
    let mut tidied = draft.clone();
    for step in &loaded.template.steps {
        if matches!(step.kind, StepKind::Line | StepKind::Text) {
            let text = typography::apply(draft.answers.text(&step.id), "ro");
            tidied.answers.set_text(&step.id, text);
        }
    }
    assert_ne!(tidied, draft);
    for layout in ["biblio-info", "blog"] {
        assert_eq!(
            render::markdown(loaded, &tidied, layout).unwrap(),
            render::markdown(loaded, &draft, layout).unwrap()
        );
    }
}
