//! Photos on export: a missing one stops the export by name and leaves nothing behind;
//! HTML and Markdown get their photos copied next to them, under the paths they use.

use crate::export_common::{FIXTURES, Scratch, one_photo_template, photos};
use predicates::str::contains;

const ORIGINAL: [&str; 2] = ["bunicii-online.png", "poveste.toml"];

#[test]
fn a_missing_photo_fails_every_format_and_leaves_no_file() {
    let scratch = Scratch::new();
    std::fs::remove_file(scratch.path("bunicii-online.png")).unwrap();
    for format in ["docx", "html", "md"] {
        let out = scratch.path(&format!("out/articol.{format}"));
        scratch
            .export("biblio-info", format, &["-o", out.to_str().unwrap()])
            .assert()
            .code(2)
            .stderr(contains(
                "photo 1 in \"Fotografii\" (bunicii-online.png) is missing",
            ))
            .stderr(contains("Put the photo there, or fix its path"));
        assert!(!out.exists(), "{format}: no article is written");
    }
    assert_eq!(scratch.files(), vec!["poveste.toml"], "nothing left behind");
}

#[test]
fn text_for_word_does_not_need_the_photo_file() {
    let scratch = Scratch::new();
    std::fs::remove_file(scratch.path("bunicii-online.png")).unwrap();
    scratch
        .export("biblio-info", "txt", &[])
        .assert()
        .success()
        .stdout(contains("[Foto: bunicii-online.png]"));
}

#[test]
fn only_the_photos_a_layout_shows_must_exist() {
    let scratch = Scratch::new();
    scratch.edit_answers(|answers| {
        photos(
            answers,
            &[
                ("bunicii-online.png", "Primul atelier.", "Ion Rusu"),
                ("lipsa.jpg", "A doua poză.", ""),
            ],
        )
    });
    // A trainer's layout that shows the first photo only (the built-ins show every one).
    let templates = one_photo_template(&scratch.path("sabloane"));
    scratch
        .export("biblio-info", "html", &[])
        .args(["--templates", templates.to_str().unwrap()])
        .assert()
        .success();
    scratch
        .export("biblio-info", "html", &[])
        .assert()
        .code(2)
        .stderr(contains("photo 2"))
        .stderr(contains("lipsa.jpg"));
}

#[test]
fn photos_are_copied_next_to_html_and_markdown() {
    let scratch = Scratch::new();
    std::fs::create_dir(scratch.path("poze")).unwrap();
    std::fs::copy(
        format!("{FIXTURES}/photos/sala.jpg"),
        scratch.path("poze/sala 1.jpg"),
    )
    .unwrap();
    scratch.edit_answers(|answers| {
        photos(
            answers,
            &[
                ("bunicii-online.png", "Primul atelier.", "Ion Rusu"),
                ("poze/sala 1.jpg", "Sala de lectură.", "Ana Rusu"),
            ],
        )
    });
    let out = scratch.path("site");
    scratch
        .export(
            "biblio-info",
            "html",
            &["-o", &format!("{}/", out.display())],
        )
        .assert()
        .success();
    scratch
        .export("biblio-info", "md", &["-o", &format!("{}/", out.display())])
        .assert()
        .success();
    let stem = povestitor::render::safe_stem(
        "„Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții",
    );
    let mut expected: Vec<String> = ORIGINAL.iter().map(|s| s.to_string()).collect();
    expected.extend([
        "poze/sala 1.jpg".to_string(),
        "site/bunicii-online.png".to_string(),
        format!("site/{stem}.html"),
        format!("site/{stem}.md"),
        "site/poze/sala 1.jpg".to_string(),
    ]);
    expected.sort();
    assert_eq!(scratch.files(), expected);
    let html = std::fs::read_to_string(out.join(format!("{stem}.html"))).unwrap();
    assert!(html.contains("<img src=\"poze/sala%201.jpg\" alt=\"Sala de lectură.\" />"));
    assert_eq!(
        std::fs::read(out.join("poze/sala 1.jpg")).unwrap(),
        std::fs::read(format!("{FIXTURES}/photos/sala.jpg")).unwrap()
    );
}

#[test]
fn exporting_into_the_drafts_folder_leaves_the_photo_alone() {
    let scratch = Scratch::new();
    let before = std::fs::read(scratch.path("bunicii-online.png")).unwrap();
    scratch
        .export(
            "blog",
            "html",
            &["-o", scratch.path("articol.html").to_str().unwrap()],
        )
        .assert()
        .success();
    assert_eq!(
        std::fs::read(scratch.path("bunicii-online.png")).unwrap(),
        before
    );
    assert!(scratch.path("articol.html").exists());
}

#[test]
fn a_different_picture_in_the_way_is_replaced_only_with_force() {
    let scratch = Scratch::new();
    std::fs::create_dir(scratch.path("site")).unwrap();
    std::fs::write(scratch.path("site/bunicii-online.png"), b"another picture").unwrap();
    let out = scratch.path("site/articol.html");
    scratch
        .export("blog", "html", &["-o", out.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(contains("site/bunicii-online.png already exists"))
        .stderr(contains("--force"));
    assert!(!out.exists());
    scratch
        .export("blog", "html", &["-o", out.to_str().unwrap(), "--force"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read(scratch.path("site/bunicii-online.png")).unwrap(),
        std::fs::read(scratch.path("bunicii-online.png")).unwrap()
    );
}

#[test]
fn a_photo_outside_the_drafts_folder_is_copied_by_its_name() {
    let scratch = Scratch::new();
    let draft = scratch.photo_outside_the_story();
    let out = scratch.path("site/articol.md");
    scratch
        .povestitor()
        .arg("export")
        .arg(&draft)
        .args(["-l", "blog", "-f", "md", "-o", out.to_str().unwrap()])
        .assert()
        .success();
    assert!(scratch.path("site/bunicii-online.png").exists());
    let md = std::fs::read_to_string(out).unwrap();
    assert!(md.contains("](bunicii-online.png)"), "{md}");
}

/// A draft handed over by someone else may name a file of this computer's as its photo
/// (`../secret/passport.jpg`): the export says which file it took, in one sentence a photo;
/// a photo beside the draft is said nothing of.
#[test]
fn a_photo_taken_from_outside_the_drafts_folder_is_named() {
    let scratch = Scratch::new();
    std::fs::create_dir(scratch.path("povesti")).unwrap();
    std::fs::create_dir(scratch.path("secret")).unwrap();
    std::fs::rename(
        scratch.path("bunicii-online.png"),
        scratch.path("secret/pasaport.png"),
    )
    .unwrap();
    std::fs::rename(scratch.draft(), scratch.path("povesti/poveste.toml")).unwrap();
    let draft = scratch.path("povesti/poveste.toml");
    let text = std::fs::read_to_string(&draft).unwrap();
    let outside = text.replace(
        "path = \"bunicii-online.png\"",
        "path = \"../secret/pasaport.png\"",
    );
    std::fs::write(&draft, &outside).unwrap();
    let out = scratch
        .povestitor()
        .arg("export")
        .arg(&draft)
        .args(["-l", "blog", "-f", "html"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Photo 1 was taken from"), "{err}");
    assert!(err.contains("pasaport.png"), "{err}");
    assert!(err.contains("outside the story's folder"), "{err}");

    // Beside the draft: nothing to say.
    std::fs::copy(
        scratch.path("secret/pasaport.png"),
        scratch.path("povesti/poza.png"),
    )
    .unwrap();
    std::fs::write(&draft, text.replace("bunicii-online.png", "poza.png")).unwrap();
    let out = scratch
        .povestitor()
        .arg("export")
        .arg(&draft)
        .args(["-l", "blog", "-f", "html"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("outside"));
}
