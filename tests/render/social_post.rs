//! The social post layout (`facebook`, with `see_more = 480`) of every built-in template:
//! it renders for each model story, `check` and the export say where Facebook's "See more"
//! cuts it by quoting the last words shown, its hashtags are single words without
//! punctuation, and a text export takes its photos beside it, to attach.

use crate::common::{copy_example, povestitor, stderr_of, stdout_of};
use povestitor::render::{self, Format, RenderOptions};
use povestitor::service::Templates;
use povestitor::story::parse_draft;

const TEMPLATES: [&str; 4] = [
    "success-story",
    "success-story-en",
    "success-story-ru",
    "most-significant-change",
];

/// The post's plain text, as Facebook would get it pasted.
fn post(template: &str) -> String {
    let templates = Templates::builtin().unwrap();
    let loaded = templates.get(template).unwrap();
    let draft = parse_draft(&loaded.example().unwrap(), "example.toml").unwrap();
    let layout = loaded
        .template
        .layout("facebook")
        .expect("a facebook layout");
    assert_eq!(layout.see_more, Some(480), "{template}");
    assert_eq!(
        layout.medium,
        Some(povestitor::template::Medium::Web),
        "{template}"
    );
    render::render(
        loaded,
        &draft,
        "facebook",
        Format::Txt,
        RenderOptions::default(),
    )
    .unwrap()
    .into_text()
    .unwrap()
}

#[test]
fn every_model_story_makes_a_post_with_single_word_hashtags() {
    for template in TEMPLATES {
        let text = post(template);
        let line = text
            .lines()
            .find(|l| l.starts_with('#'))
            .unwrap_or_else(|| panic!("{template} has a hashtag line:\n{text}"));
        let tags: Vec<&str> = line.split(' ').collect();
        assert!(tags.len() >= 2, "{template}: {line}");
        for tag in &tags {
            let word = tag.strip_prefix('#').unwrap_or_else(|| panic!("{tag}"));
            assert!(
                !word.is_empty() && word.chars().all(char::is_alphanumeric),
                "{template}: {tag:?} is one word without punctuation"
            );
        }
        // The place and the library come from the story's institution.
        let expected: &[&str] = match template {
            "success-story" => &["#Bălți", "#BibliotecaEugeniuCoșeriu", "#BuniciiOnline"],
            "success-story-en" => &["#SorocaDistrictPublicLibrary"],
            "success-story-ru" => &["#Бельцы"],
            _ => &["#Bălți", "#FilialaLumina"],
        };
        for tag in expected {
            assert!(tags.contains(tag), "{template}: {tag} in {line}");
        }
    }
}

#[test]
fn check_and_export_say_where_see_more_cuts_the_post() {
    for template in TEMPLATES {
        let text = post(template);
        let shown: String = text.trim().chars().take(480).collect();
        assert!(text.trim().chars().count() > 480, "{template} is longer");
        let home = tempfile::tempdir().unwrap();
        let draft = copy_example(template, home.path());
        let check = povestitor(home.path())
            .args(["--lang", "en", "check"])
            .arg(&draft)
            .output()
            .unwrap();
        let said = stdout_of(&check);
        let line = said
            .lines()
            .find(|l| l.contains("See more"))
            .unwrap_or_else(|| panic!("{template}: check says where the cut is:\n{said}"));
        // "… the post is cut after "…WORDS"."
        let words = line
            .rsplit_once("cut after \"…")
            .and_then(|(_, rest)| rest.strip_suffix("\"."))
            .unwrap_or_else(|| panic!("{line}"));
        assert!(
            words.split_whitespace().count() >= 3,
            "{template}: {words:?}"
        );
        // The words quoted are the last whole words shown.
        let flat: Vec<&str> = shown.split_whitespace().collect();
        let last_whole = if text
            .trim()
            .chars()
            .nth(480)
            .is_some_and(|c| !c.is_whitespace())
        {
            &flat[..flat.len() - 1]
        } else {
            &flat[..]
        };
        assert!(
            last_whole.join(" ").ends_with(words),
            "{template}: {words:?} ends what is shown:\n{shown}"
        );

        let out = home.path().join("out");
        let export = povestitor(home.path())
            .args(["--lang", "en", "export"])
            .arg(&draft)
            .args(["--layout", "facebook", "--format", "txt", "-o"])
            .arg(format!("{}/", out.display()))
            .output()
            .unwrap();
        assert!(export.status.success(), "{}", stderr_of(&export));
        let told = stderr_of(&export);
        assert!(
            told.contains(line),
            "{template}: export says it too:\n{told}"
        );
        assert!(told.contains("Attach the photo"), "{told}");
        // The photo is beside the text, to attach.
        let photos: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".png"))
            .collect();
        assert_eq!(photos.len(), 1, "{template}: {photos:?}");
        assert!(told.contains(&photos[0]), "{told}");
    }
}

#[test]
fn a_short_post_is_shown_whole() {
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story-en", home.path());
    let text = std::fs::read_to_string(&draft).unwrap();
    let mut doc: toml::Table = toml::from_str(&text).unwrap();
    let answers = doc["answers"].as_table_mut().unwrap();
    answers.insert("lead".into(), "Twelve readers met.".into());
    answers.insert("result".into(), "They read.".into());
    answers.insert("quotes".into(), toml::Value::Array(Vec::new()));
    answers.insert("photos".into(), toml::Value::Array(Vec::new()));
    std::fs::write(&draft, toml::to_string(&doc).unwrap()).unwrap();
    let check = povestitor(home.path())
        .args(["--lang", "en", "check"])
        .arg(&draft)
        .output()
        .unwrap();
    let said = stdout_of(&check);
    assert!(
        said.contains("the whole post (") && said.contains("characters) shows before \"See more\""),
        "{said}"
    );
    assert!(!said.contains("cut after"), "{said}");
}
