//! `povestitor export --format wp`: the article as WordPress block markup in a file, for the
//! block editor's code view, with its photo copied beside it.

use crate::common::{copy_example, povestitor, stderr_of};

#[test]
fn the_model_story_is_written_as_blocks_with_its_photo_beside_it() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = copy_example("success-story", home.path());
    let out_dir = home.path().join("blog");
    std::fs::create_dir(&out_dir).unwrap_or_else(|e| panic!("{e}"));
    let out = povestitor(home.path())
        .args(["export", "--layout", "blog", "--format", "wp", "-o"])
        .arg(format!("{}/", out_dir.display()))
        .arg(&draft)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", stderr_of(&out));
    let written: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        written.contains(&"bunicii-online.png".to_string()),
        "{written:?}"
    );
    let file = written
        .iter()
        .find(|name| name.ends_with(".wp.html"))
        .unwrap_or_else(|| panic!("no .wp.html in {written:?}"));
    let blocks = std::fs::read_to_string(out_dir.join(file)).unwrap_or_default();
    // The title goes into WordPress's title field, not the body.
    assert!(!blocks.contains("cum au învățat vârstnicii"), "{blocks}");
    assert!(
        blocks.starts_with("<!-- wp:paragraph -->\n<p><em>În primăvara"),
        "{blocks}"
    );
    assert!(
        blocks.contains(
            "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"bunicii-online.png\""
        ),
        "{blocks}"
    );
    assert!(
        blocks.contains("<cite>— Maria Ciobanu, participantă la curs, 72 de ani</cite>"),
        "{blocks}"
    );
    assert!(!blocks.contains("<h1"), "{blocks}");
}
