//! `povestitor publish` against a real WordPress on this machine (`scripts/wordpress.sh`,
//! which `.ci/run` calls): the model story with its photo sent as a draft post, then read
//! back through the REST API; publishing again, a wrong password, a post deleted meanwhile,
//! and a site whose API answers only at `?rest_route=`. A post is updated only when the same
//! file sent it and it is still as that file left it: a copy of a draft, a post edited on the
//! site, a record aimed at another post each make a new draft post; a published post changes
//! only with `--update-live`, and keeps its status; a story open in the wizard (the real
//! binary, in a pseudo-terminal) is refused untouched.
//!
//! The site's address, user and application password come from `target/wordpress.env`, which
//! `scripts/wordpress.sh` writes (`.ci/run` runs it). When the site does not answer, the tests
//! are skipped with a note, or fail under `CI=true` (`common::needs`).

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::common::{copy_example, povestitor, stderr_of, stdout_of};
use crate::pty;
use crate::site::{agent, auth, get_json, here, site};
use crate::wizard;
use serde_json::Value;

/// `POST /wp-json/ROUTE` with a JSON body, as the site's own editor would change a post.
fn post_json(route: &str, body: &Value) -> Value {
    let site = site();
    let url = format!("{}/?rest_route=/{route}", site.url);
    let mut reply = agent()
        .post(&url)
        .header("Authorization", auth(site))
        .header("Content-Type", "application/json")
        .send(body.to_string())
        .unwrap_or_else(|e| panic!("POST {route}: {e}"));
    let text = reply.body_mut().read_to_string().unwrap_or_default();
    assert_eq!(reply.status().as_u16(), 200, "POST {route}: {text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn get(route: &str) -> Value {
    get_json(site(), route).unwrap_or_else(|e| panic!("GET {route}: {e}"))
}

/// A word no other test's story has, to find this test's posts by.
fn token(name: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("{name}{}x{nanos}", std::process::id())
}

/// The model story in a folder of its own, its title ending in `token`, its photo named
/// `token.png`.
fn model_story(dir: &Path, token: &str) -> PathBuf {
    let draft = copy_example("success-story", dir);
    std::fs::rename(
        dir.join("bunicii-online.png"),
        dir.join(format!("{token}.png")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&draft).unwrap_or_default();
    let text = text
        .replacen(
            "să-și sune nepoții\"",
            &format!("să-și sune nepoții {token}\""),
            1,
        )
        .replacen(
            "path = \"bunicii-online.png\"",
            &format!("path = \"{token}.png\""),
            1,
        );
    assert!(text.contains(token), "the model story's title changed");
    std::fs::write(&draft, text).unwrap_or_else(|e| panic!("{e}"));
    draft
}

/// The post's raw title, status and content.
fn post_words(id: u64) -> (String, String, String) {
    let post = get(&format!("wp/v2/posts/{id}&context=edit"));
    let raw = |key: &str| post[key]["raw"].as_str().unwrap_or_default().to_string();
    (
        raw("title"),
        post["status"].as_str().unwrap_or_default().to_string(),
        raw("content"),
    )
}

fn publish(home: &Path, draft: &Path, site: &str, password: &str) -> std::process::Output {
    publish_as(home, draft, site, &self::site().user, password)
}

fn publish_as(
    home: &Path,
    draft: &Path,
    site: &str,
    user: &str,
    password: &str,
) -> std::process::Output {
    povestitor(home)
        .args(["--lang", "en", "publish"])
        .arg(draft)
        .args(["--site", site, "--user", user])
        .env("POVESTITOR_WP_PASSWORD", password)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The post id the draft remembers.
fn post_id(draft: &Path) -> u64 {
    let text = std::fs::read_to_string(draft).unwrap_or_default();
    let value: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    value["wordpress"]["post"]
        .as_integer()
        .and_then(|n| u64::try_from(n).ok())
        .unwrap_or_else(|| panic!("no post id in the draft:\n{text}"))
}

/// Every post (of any status but the bin) whose text has `token`.
fn posts_with(token: &str) -> Vec<Value> {
    let found = get(&format!(
        "wp/v2/posts&search={token}&status=draft,publish,pending,private&context=edit"
    ));
    found.as_array().cloned().unwrap_or_default()
}

/// How many files of the media library are named with `token`.
fn media_with(token: &str) -> usize {
    get(&format!(
        "wp/v2/media&search={token}&per_page=100&context=edit"
    ))
    .as_array()
    .map_or(0, Vec::len)
}

#[test]
fn the_model_story_becomes_a_draft_post_with_its_photo_tags_and_quote() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("model");
    let draft = model_story(home.path(), &token);

    let out = publish(home.path(), &draft, &site.url, &site.password);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("wp-admin/post.php?post="),
        "{}",
        stdout_of(&out)
    );
    assert!(
        stderr_of(&out).contains("Photo 1 of 1 uploaded"),
        "{}",
        stderr_of(&out)
    );

    let id = post_id(&draft);
    let post = get(&format!("wp/v2/posts/{id}&context=edit"));
    assert_eq!(post["status"], "draft");
    let title = post["title"]["raw"].as_str().unwrap_or_default();
    assert!(
        title.starts_with("„Bunicii online”: cum au învățat"),
        "{title}"
    );
    assert!(title.ends_with(&token), "{title}");
    let content = post["content"]["raw"].as_str().unwrap_or_default();
    assert!(
        !content.contains("Bunicii online”: cum au"),
        "the title is repeated:\n{content}"
    );
    // The featured photo's caption first (the theme shows the photo above), then the lead.
    assert!(
        content.starts_with("<!-- wp:paragraph {\"className\":\"wp-element-caption\",\"fontSize\":\"small\"} -->\n<p class=\"wp-element-caption has-small-font-size\">Primul atelier")
            && content.contains("Foto: Ion Rusu</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p><em>În primăvara"),
        "{content}"
    );
    assert!(content.contains("<!-- wp:list -->\n<ul class=\"wp-block-list\"><!-- wp:list-item -->\n<li>apelurile video și mesajele;</li>"), "{content}");
    assert!(
        content.contains("<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p><strong>„Acum o văd pe nepoata mea")
            && content.contains("<cite>— Maria Ciobanu, participantă la curs, 72 de ani</cite></blockquote>\n<!-- /wp:quote -->"),
        "{content}"
    );
    assert!(
        !content.contains("Etichete:"),
        "the tags are real tags:\n{content}"
    );
    let excerpt = post["excerpt"]["raw"].as_str().unwrap_or_default();
    assert!(
        excerpt.starts_with("În primăvara anului 2026, 48 de vârstnici"),
        "{excerpt}"
    );

    // The photo: in the media library with caption, alt text and credit, featured; the theme
    // shows it above the post, so the body keeps its caption only (see
    // `the_featured_photo_is_shown_once_and_in_the_body_when_configured`).
    let media_id = post["featured_media"].as_u64().unwrap_or(0);
    assert!(media_id > 0, "no featured image: {post}");
    assert!(
        !content.contains(&format!("wp-image-{media_id}"))
            && content.contains("<p class=\"wp-element-caption has-small-font-size\">Primul atelier „Bunicii online” în sala de lectură a bibliotecii. Foto: Ion Rusu</p>"),
        "{content}"
    );
    let media = get(&format!("wp/v2/media/{media_id}&context=edit"));
    assert_eq!(
        media["alt_text"],
        "Primul atelier „Bunicii online” în sala de lectură a bibliotecii."
    );
    assert_eq!(
        media["caption"]["raw"],
        "Primul atelier „Bunicii online” în sala de lectură a bibliotecii. Foto: Ion Rusu"
    );
    assert_eq!(media["description"]["raw"], "Ion Rusu");
    let uploaded = media["source_url"].as_str().unwrap_or_default();
    assert!(
        !uploaded.is_empty() && !content.contains(&format!("<img src=\"{uploaded}\"")),
        "{content}"
    );

    // The layout's tags, made on the site when missing.
    let mut names: Vec<String> = post["tags"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|id| {
            let tag = get(&format!("wp/v2/tags/{}", id.as_u64().unwrap_or(0)));
            tag["name"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    names.sort();
    assert_eq!(names, ["bibliotecă", "comunitate", "poveste de succes"]);

    // Publishing again updates the same post and does not upload the photo again.
    let again = publish(home.path(), &draft, &site.url, &site.password);
    assert!(again.status.success(), "{}", stderr_of(&again));
    assert!(
        stdout_of(&again).contains("The post was updated (status: draft)"),
        "{}",
        stdout_of(&again)
    );
    assert!(
        stderr_of(&again).contains("already on the site, unchanged"),
        "{}",
        stderr_of(&again)
    );
    assert_eq!(post_id(&draft), id);
    let posts = posts_with(&token);
    assert_eq!(posts.len(), 1, "{posts:?}");
    let post = get(&format!("wp/v2/posts/{id}&context=edit"));
    assert_eq!(post["featured_media"].as_u64(), Some(media_id));
    assert_eq!(media_with(&token), 1, "the photo was uploaded twice");

    // A changed photo is uploaded again, and the post points at the new one.
    let photo = home.path().join(format!("{token}.png"));
    let mut bytes = std::fs::read(&photo).unwrap_or_default();
    bytes.extend_from_slice(b"changed");
    std::fs::write(&photo, bytes).unwrap_or_else(|e| panic!("{e}"));
    let third = publish(home.path(), &draft, &site.url, &site.password);
    assert!(third.status.success(), "{}", stderr_of(&third));
    assert!(
        stderr_of(&third).contains("Photo 1 of 1 uploaded"),
        "{}",
        stderr_of(&third)
    );
    let post = get(&format!("wp/v2/posts/{id}&context=edit"));
    assert_ne!(post["featured_media"].as_u64(), Some(media_id));
    assert_eq!(media_with(&token), 2);
}

#[test]
fn a_wrong_password_says_so_and_makes_nothing() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("wrong");
    let draft = model_story(home.path(), &token);
    let before = std::fs::read_to_string(&draft).unwrap_or_default();

    let out = publish(
        home.path(),
        &draft,
        &site.url,
        "abcd efgh ijkl mnop qrst uvwx",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!(
            "refused the user \"{}\" with this application password",
            site.user
        )),
        "{err}"
    );
    assert!(!err.contains("abcd"), "the password is shown: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(posts_with(&token).is_empty());
    assert_eq!(media_with(&token), 0);
    assert_eq!(std::fs::read_to_string(&draft).unwrap_or_default(), before);
}

#[test]
fn a_user_who_may_not_post_is_told_what_to_ask_for() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("reader");
    let draft = model_story(home.path(), &token);
    let out = publish_as(
        home.path(),
        &draft,
        &site.url,
        &site.reader,
        &site.reader_password,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("The user \"reader\" may not upload files on")
            && err.contains("Author or Editor role"),
        "{err}"
    );
    assert!(posts_with(&token).is_empty());
    assert_eq!(media_with(&token), 0);
}

#[test]
fn a_post_deleted_on_the_site_gives_a_new_one_said_so() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("deleted");
    let draft = model_story(home.path(), &token);
    let first = publish(home.path(), &draft, &site.url, &site.password);
    assert!(first.status.success(), "{}", stderr_of(&first));
    let id = post_id(&draft);

    let url = format!("{}/?rest_route=/wp/v2/posts/{id}&force=true", site.url);
    let deleted = agent()
        .delete(&url)
        .header("Authorization", auth(site))
        .call()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(deleted.status().as_u16(), 200);

    let again = publish(home.path(), &draft, &site.url, &site.password);
    assert!(again.status.success(), "{}", stderr_of(&again));
    let err = stderr_of(&again);
    assert!(
        err.contains(&format!("Post {id} is no longer on the site")),
        "{err}"
    );
    assert!(stdout_of(&again).contains("The draft post is on the site"));
    let new_id = post_id(&draft);
    assert_ne!(new_id, id);
    assert_eq!(posts_with(&token).len(), 1);
}

#[test]
fn a_site_answering_at_rest_route_works_too() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("restroute");
    let draft = model_story(home.path(), &token);
    let address = format!("{}/?rest_route=/", site.url);
    let out = publish(home.path(), &draft, &address, &site.password);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = std::fs::read_to_string(&draft).unwrap_or_default();
    assert!(text.contains("?rest_route=/\""), "{text}");
    let post = get(&format!("wp/v2/posts/{}&context=edit", post_id(&draft)));
    assert_eq!(post["status"], "draft");
    assert!(
        post["title"]["raw"]
            .as_str()
            .unwrap_or_default()
            .ends_with(&token)
    );
}

/// The wizard's export screen offers the WordPress draft: site, user and a masked password,
/// then Enter; the status line ends with the post's edit link, and the site and user (never
/// the password) are remembered for next time.
#[test]
fn the_wizard_sends_the_story_as_a_draft_post_and_remembers_the_site() {
    if !here() {
        return;
    }
    use povestitor::tui::app::{Screen, StatusKind, WORDPRESS};
    use povestitor::tui::msg::{Code, Key};
    use wizard::Wizard;

    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("wizard");
    let path = model_story(home.path(), &token);
    let mut w = Wizard::new(home.path());
    let draft = w.store.open(&path).unwrap_or_else(|e| panic!("{e:?}"));
    w.app
        .open(path.clone(), draft)
        .unwrap_or_else(|e| panic!("{e}"));

    w.keys(&[
        Key::plain(Code::F(5)),
        Key::plain(Code::Right), // the blog layout
        Key::plain(Code::Tab),
        Key::plain(Code::Left), // past the formats: the WordPress draft
    ]);
    assert_eq!(w.app.screen, Screen::Export);
    assert_eq!(
        w.app.session.as_ref().map(|s| s.export.format),
        Some(WORDPRESS)
    );
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed(&site.url);
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed(&site.user);
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed(&site.password);
    // Enter sends it off the loop; each step comes back as a message the loop shows on the
    // status line.
    w.keys(&[Key::plain(Code::Enter)]);
    let reported: Vec<String> = w
        .arrived
        .iter()
        .filter_map(|msg| match msg {
            povestitor::tui::msg::Msg::Publishing(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        reported,
        [
            format!("Conectat la {}.", site.url),
            format!("Fotografia 1 din 1 a fost încărcată: {token}.png"),
        ],
    );

    let status = w.app.status.clone().unwrap_or_else(|| panic!("no status"));
    assert_eq!(status.kind, StatusKind::Done, "{}", status.text);
    assert!(
        status.text.contains("fotografii încărcate: 1")
            && status.text.contains("/wp-admin/post.php?post="),
        "{}",
        status.text
    );
    assert_eq!(w.app.screen, Screen::Step);
    let id = post_id(&path);
    let post = get(&format!("wp/v2/posts/{id}&context=edit"));
    assert_eq!(post["status"], "draft");
    assert!(
        post["title"]["raw"]
            .as_str()
            .unwrap_or_default()
            .ends_with(&token)
    );
    assert!(post["featured_media"].as_u64().unwrap_or(0) > 0);

    // The password is in neither the draft nor the settings; site and user are remembered.
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(!saved.contains(&site.password));
    let settings = std::fs::read_to_string(&w.store.places.settings).unwrap_or_default();
    assert!(!settings.contains(&site.password), "{settings}");
    // The first window lets go of the draft.
    drop(w);
    let mut again = Wizard::new(home.path());
    let draft = again.store.open(&path).unwrap_or_else(|e| panic!("{e:?}"));
    again
        .app
        .open(path.clone(), draft)
        .unwrap_or_else(|e| panic!("{e}"));
    again.keys(&[Key::plain(Code::F(5))]);
    let form = &again
        .app
        .session
        .as_ref()
        .unwrap_or_else(|| panic!("open"))
        .export;
    assert_eq!(form.site.text(), site.url);
    assert_eq!(form.user.text(), site.user);
    assert_eq!(form.password.text(), "");
}

/// The story's title in the file (its first answer), changed as a librarian would.
fn retitle(draft: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(draft).unwrap_or_default();
    assert!(text.contains(from), "{text}");
    std::fs::write(draft, text.replacen(from, to, 1)).unwrap_or_else(|e| panic!("{e}"));
}

/// Last month's draft copied as a start for this month's: whether March's post is still a
/// draft or already on the public blog, April's story goes to a new draft post, said so, and
/// March's post keeps March's story; the photo already uploaded is reused.
#[test]
fn a_copied_draft_makes_a_new_draft_post_and_leaves_the_first_one_alone() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("copy");
    let march = model_story(home.path(), &token);
    let first = publish(home.path(), &march, &site.url, &site.password);
    assert!(first.status.success(), "{}", stderr_of(&first));
    let march_id = post_id(&march);
    let (march_title, _, march_content) = post_words(march_id);

    // Still a draft on the site: the copy must not take it over.
    let april = home.path().join("april.toml");
    std::fs::copy(&march, &april).unwrap_or_else(|e| panic!("{e}"));
    retitle(&april, "„Bunicii online”", "„Aprilie la bibliotecă”");
    let out = publish(home.path(), &april, &site.url, &site.password);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!("Post {march_id} was sent from another file (")),
        "{err}"
    );
    assert!(err.contains("a new draft post is made"), "{err}");
    assert!(
        err.contains("Photo 1 of 1 is already on the site, unchanged"),
        "{err}"
    );
    assert!(
        stdout_of(&out).contains("The draft post is on the site"),
        "{}",
        stdout_of(&out)
    );
    let april_id = post_id(&april);
    assert_ne!(april_id, march_id);
    assert_eq!(
        post_words(march_id),
        (
            march_title.clone(),
            "draft".to_string(),
            march_content.clone()
        )
    );
    let (april_title, april_status, _) = post_words(april_id);
    assert!(
        april_title.starts_with("„Aprilie la bibliotecă”"),
        "{april_title}"
    );
    assert_eq!(april_status, "draft");
    assert_eq!(media_with(&token), 1, "the photo was uploaded again");

    // March is published on the blog; a second copy, made now, leaves it alone too.
    post_json(
        &format!("wp/v2/posts/{march_id}"),
        &serde_json::json!({ "status": "publish" }),
    );
    let may = home.path().join("may.toml");
    std::fs::copy(&march, &may).unwrap_or_else(|e| panic!("{e}"));
    retitle(&may, "„Bunicii online”", "„Mai la bibliotecă”");
    let out = publish(home.path(), &may, &site.url, &site.password);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains(&format!("Post {march_id} was sent from another file")),
        "{}",
        stderr_of(&out)
    );
    let may_id = post_id(&may);
    assert!(may_id != march_id && may_id != april_id);
    assert_eq!(
        post_words(march_id),
        (march_title, "publish".to_string(), march_content)
    );
    assert_eq!(post_words(may_id).1, "draft");
    assert_eq!(posts_with(&token).len(), 3);

    // Each file goes on updating its own post.
    let again = publish(home.path(), &april, &site.url, &site.password);
    assert!(again.status.success(), "{}", stderr_of(&again));
    assert!(
        stdout_of(&again).contains("The post was updated (status: draft)"),
        "{}",
        stdout_of(&again)
    );
    assert_eq!(post_id(&april), april_id);
    assert_eq!(posts_with(&token).len(), 3);
}

/// The draft's own post, once published on the blog, is changed only when asked: without
/// `--update-live` nothing is sent and the error says the command; with it the post takes
/// the draft's words and stays published.
#[test]
fn a_published_post_changes_only_with_update_live_and_stays_published() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("live");
    let draft = model_story(home.path(), &token);
    let first = publish(home.path(), &draft, &site.url, &site.password);
    assert!(first.status.success(), "{}", stderr_of(&first));
    let id = post_id(&draft);
    post_json(
        &format!("wp/v2/posts/{id}"),
        &serde_json::json!({ "status": "publish" }),
    );
    let live = post_words(id);
    assert_eq!(live.1, "publish");

    retitle(
        &draft,
        "„Bunicii online”",
        "„Bunicii online, ediția a doua”",
    );
    let before = std::fs::read_to_string(&draft).unwrap_or_default();
    let out = publish(home.path(), &draft, &site.url, &site.password);
    assert_eq!(out.status.code(), Some(2), "{}", stdout_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!(
            "Post {id}, sent from this draft, is already published on {} (status: publish), so nothing was sent.",
            site.url
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "povestitor publish --update-live \"{}\" --site {} --user {}",
            draft.display(),
            site.url,
            site.user
        )),
        "{err}"
    );
    assert_eq!(
        err.lines().filter(|l| l.contains("error")).count(),
        1,
        "{err}"
    );
    assert_eq!(post_words(id), live, "the published post was changed");
    assert_eq!(posts_with(&token).len(), 1);
    assert_eq!(std::fs::read_to_string(&draft).unwrap_or_default(), before);

    let out = povestitor(home.path())
        .args(["--lang", "en", "publish", "--update-live"])
        .arg(&draft)
        .args(["--site", &site.url, "--user", &site.user])
        .env("POVESTITOR_WP_PASSWORD", &site.password)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("The post was updated (status: publish)"),
        "{}",
        stdout_of(&out)
    );
    let (title, status, _) = post_words(id);
    assert!(
        title.starts_with("„Bunicii online, ediția a doua”"),
        "{title}"
    );
    assert_eq!(status, "publish");
    assert_eq!(post_id(&draft), id);
    assert_eq!(posts_with(&token).len(), 1);
}

/// Words a librarian wrote in WordPress after sending the draft are not overwritten: the
/// post keeps them and the draft goes to a new draft post, said so.
#[test]
fn a_post_edited_on_the_site_keeps_its_edits_and_the_draft_makes_a_new_one() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("edited");
    let draft = model_story(home.path(), &token);
    let first = publish(home.path(), &draft, &site.url, &site.password);
    assert!(first.status.success(), "{}", stderr_of(&first));
    let id = post_id(&draft);
    let (_, _, content) = post_words(id);
    let edited = format!(
        "{content}\n\n<!-- wp:paragraph -->\n<p>Adăugat în WordPress de bibliotecară.</p>\n<!-- /wp:paragraph -->"
    );
    post_json(
        &format!("wp/v2/posts/{id}"),
        &serde_json::json!({ "content": edited }),
    );

    let out = publish(home.path(), &draft, &site.url, &site.password);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!(
            "Post {id} was changed on the site since this draft last sent it: it is left as it is, with those changes, and a new draft post is made."
        )),
        "{err}"
    );
    let (_, status, kept) = post_words(id);
    assert_eq!(status, "draft");
    assert!(
        kept.contains("Adăugat în WordPress de bibliotecară."),
        "{kept}"
    );
    let new_id = post_id(&draft);
    assert_ne!(new_id, id);
    assert_eq!(posts_with(&token).len(), 2);

    // The new post, untouched on the site, is the one updated from now on.
    let again = publish(home.path(), &draft, &site.url, &site.password);
    assert!(again.status.success(), "{}", stderr_of(&again));
    assert!(
        stdout_of(&again).contains("The post was updated (status: draft)"),
        "{}",
        stdout_of(&again)
    );
    assert_eq!(post_id(&draft), new_id);
    assert_eq!(posts_with(&token).len(), 2);
}

/// A draft whose `[wordpress]` table was written to aim at someone else's post (the way an
/// older version wrote it, or with this file's own name and a made-up hash) cannot change
/// that post: a new draft post is made, said so.
#[test]
fn a_record_aimed_at_another_post_makes_a_new_draft_post() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let victim_token = token("victim");
    let victim_dir = home.path().join("victim");
    std::fs::create_dir(&victim_dir).unwrap_or_else(|e| panic!("{e}"));
    let victim = model_story(&victim_dir, &victim_token);
    let out = publish(home.path(), &victim, &site.url, &site.password);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let target = post_id(&victim);
    let words = post_words(target);
    let victim_text = std::fs::read_to_string(&victim).unwrap_or_default();
    let record: toml::Table = toml::from_str(&victim_text).unwrap_or_else(|e| panic!("{e}"));
    let root = record["wordpress"]["site"]
        .as_str()
        .unwrap_or_default()
        .to_string();

    let token = token("hostile");
    let draft = model_story(home.path(), &token);
    let own_path = std::fs::canonicalize(&draft).unwrap_or_else(|e| panic!("{e}"));
    let tables = [
        format!("\n[wordpress]\nsite = \"{root}\"\npost = {target}\n"),
        format!(
            "\n[wordpress]\nsite = \"{root}\"\npost = {target}\ndraft = {:?}\npost_sha256 = \"{}\"\n",
            own_path.display().to_string(),
            "0".repeat(64)
        ),
    ];
    let said = [
        format!("This draft names post {target}, but nothing shows that this file sent it"),
        format!("Post {target} was changed on the site since this draft last sent it"),
    ];
    let original = std::fs::read_to_string(&draft).unwrap_or_default();
    for (table, said) in tables.iter().zip(said) {
        std::fs::write(&draft, format!("{original}{table}")).unwrap_or_else(|e| panic!("{e}"));
        let out = publish(home.path(), &draft, &site.url, &site.password);
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert!(stderr_of(&out).contains(&said), "{}", stderr_of(&out));
        assert_ne!(post_id(&draft), target);
        assert_eq!(post_words(target), words, "the other post was changed");
    }
    assert_eq!(posts_with(&victim_token).len(), 1);
    assert_eq!(posts_with(&token).len(), 2);
}

/// With the story open in the wizard (the real binary, in a terminal), `publish` from the
/// command line refuses in one sentence and changes nothing: no post, no upload, the draft's
/// bytes as they were, so the wizard's next autosave cannot drop what publishing wrote. Once
/// the wizard is closed, the same command works.
#[test]
fn publish_refuses_a_story_open_in_the_wizard_and_changes_nothing() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("locked");
    let draft = model_story(home.path(), &token);
    let before = std::fs::read(&draft).unwrap_or_default();
    let file = draft.to_str().unwrap_or_else(|| panic!("a UTF-8 path"));
    let mut wizard = pty::Session::start(home.path(), &["--lang", "en", "edit", file]);
    wizard.wait_for("Step 1 of");

    let out = publish(home.path(), &draft, &site.url, &site.password);
    assert_eq!(out.status.code(), Some(2), "{}", stdout_of(&out));
    let err = stderr_of(&out);
    assert_eq!(
        err.trim(),
        format!(
            "povestitor: error: The story {} is already open in another povestitor window. Continue there, or close that window and try again.",
            draft.display()
        )
    );
    assert_eq!(std::fs::read(&draft).unwrap_or_default(), before);
    assert!(posts_with(&token).is_empty());
    assert_eq!(media_with(&token), 0);

    wizard.send(pty::CTRL_Q);
    assert!(wizard.wait_exit(), "the wizard closes");
    let out = publish(home.path(), &draft, &site.url, &site.password);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(posts_with(&token).len(), 1);
}

/// Opens `path` in the wizard (its settings under `places`, so nothing is remembered yet),
/// fills the WordPress form and presses Enter; the status line afterwards, and the screen's
/// text then.
fn publish_in_the_wizard(places: &Path, path: &Path) -> (povestitor::tui::app::Status, String) {
    use povestitor::tui::msg::{Code, Key};
    use wizard::Wizard;

    let site = site();
    let mut w = Wizard::new(places);
    let draft = w.store.open(path).unwrap_or_else(|e| panic!("{e:?}"));
    w.app
        .open(path.to_path_buf(), draft)
        .unwrap_or_else(|e| panic!("{e}"));
    w.keys(&[
        Key::plain(Code::F(5)),
        Key::plain(Code::Right),
        Key::plain(Code::Tab),
        Key::plain(Code::Left),
        Key::plain(Code::Tab),
    ]);
    w.typed(&site.url);
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed(&site.user);
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed(&site.password);
    w.keys(&[Key::plain(Code::Enter)]);
    let status = w.app.status.clone().unwrap_or_else(|| panic!("no status"));
    let backend = ratatui::backend::TestBackend::new(w.app.size.0, w.app.size.1);
    let mut terminal = ratatui::Terminal::new(backend).unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|frame| povestitor::tui::view::draw(frame, &w.app))
        .unwrap_or_else(|e| panic!("{e}"));
    let buffer = terminal.backend().buffer().clone();
    let screen = (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n");
    (status, screen)
}

/// The wizard never changes a published post: its status says so with the command that
/// would, and nothing is sent. A copy of the draft opened in the wizard goes to a new draft
/// post, and the status says why the first post was left alone.
#[test]
fn the_wizard_leaves_a_published_post_alone_and_sends_a_copy_as_a_new_draft_post() {
    if !here() {
        return;
    }
    use povestitor::tui::app::StatusKind;

    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("wizlive");
    let march = model_story(home.path(), &token);
    let first = publish(home.path(), &march, &site.url, &site.password);
    assert!(first.status.success(), "{}", stderr_of(&first));
    let id = post_id(&march);
    post_json(
        &format!("wp/v2/posts/{id}"),
        &serde_json::json!({ "status": "publish" }),
    );
    let live = post_words(id);

    let (status, screen) = publish_in_the_wizard(&home.path().join("one"), &march);
    assert_eq!(status.kind, StatusKind::Warn, "{}", status.text);
    // The status row shows only its start; the form shows it whole, command included.
    assert!(
        screen.contains("povestitor publish") && screen.contains("--update-live \""),
        "{screen}"
    );
    assert!(
        status.text.starts_with(&format!(
            "Articolul {id}, trimis din această ciornă, este deja publicat pe {} (stare: publish), așa că nu s-a trimis nimic.",
            site.url
        )) && status.text.contains(&format!(
            "povestitor publish --update-live \"{}\" --site {} --user {}",
            march.display(),
            site.url,
            site.user
        )),
        "{}",
        status.text
    );
    assert_eq!(post_words(id), live);
    assert_eq!(post_id(&march), id);
    assert_eq!(posts_with(&token).len(), 1);

    let april = home.path().join("april.toml");
    std::fs::copy(&march, &april).unwrap_or_else(|e| panic!("{e}"));
    retitle(&april, "„Bunicii online”", "„Aprilie la bibliotecă”");
    let (status, _) = publish_in_the_wizard(&home.path().join("two"), &april);
    assert_eq!(status.kind, StatusKind::Done, "{}", status.text);
    assert!(
        status
            .text
            .starts_with(&format!("Articolul {id} a fost trimis din alt fișier (")),
        "{}",
        status.text
    );
    let april_id = post_id(&april);
    assert_ne!(april_id, id);
    assert!(
        status
            .text
            .contains(&format!("/wp-admin/post.php?post={april_id}&action=edit")),
        "{}",
        status.text
    );
    assert_eq!(post_words(id), live);
    assert_eq!(post_words(april_id).1, "draft");
}

/// The model story of `template` with a third quote and three photos, `{token}-1.png`… (the
/// template's photo copied), each captioned "Photo N {token}" with the credit "Author N".
fn story_with_three_of_each(dir: &Path, template: &str, token: &str) -> PathBuf {
    let draft = copy_example(template, dir);
    let text = std::fs::read_to_string(&draft).unwrap_or_default();
    let mut story: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let answers = story["answers"]
        .as_table_mut()
        .unwrap_or_else(|| panic!("answers"));
    let title = format!("{} {token}", answers["title"].as_str().unwrap_or_default());
    answers.insert("title".into(), title.into());
    let quotes = answers["quotes"]
        .as_array_mut()
        .unwrap_or_else(|| panic!("quotes"));
    quotes.push(toml::Value::Table(toml::toml! {
        consent = "yes"
        text = "Third voice of the story"
        author = "Petru Cojocaru"
    }));
    let png = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|e| e.unwrap_or_else(|e| panic!("{e}")).path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .unwrap_or_else(|| panic!("the model photo"));
    let mut photos = Vec::new();
    for n in 1..=3 {
        let file = format!("{token}-{n}.png");
        std::fs::copy(&png, dir.join(&file)).unwrap_or_else(|e| panic!("{e}"));
        let mut photo = toml::Table::new();
        photo.insert("consent".into(), "yes".into());
        photo.insert("children".into(), "no".into());
        photo.insert("path".into(), file.into());
        photo.insert("caption".into(), format!("Photo {n} {token}").into());
        photo.insert("credit".into(), format!("Author {n}").into());
        photos.push(toml::Value::Table(photo));
    }
    answers.insert("photos".into(), toml::Value::Array(photos));
    std::fs::write(&draft, toml::to_string(&story).unwrap_or_default())
        .unwrap_or_else(|e| panic!("{e}"));
    draft
}

/// The media ids of the image blocks of a post's body, in order.
fn image_ids(content: &str) -> Vec<u64> {
    content
        .split("<!-- wp:image {\"id\":")
        .skip(1)
        .filter_map(|rest| rest.split('}').next()?.parse().ok())
        .collect()
}

/// Every built-in blog layout, published: every quote and every photo reaches the post, the
/// first photo as the featured image that the theme shows above the post and not again in its
/// body (its caption and credit stay there, as a caption paragraph).
#[test]
fn every_blog_post_holds_every_quote_and_photo_and_the_featured_one_once() {
    if !here() {
        return;
    }
    let site = site();
    for template in [
        "success-story",
        "success-story-en",
        "success-story-ru",
        "most-significant-change",
    ] {
        let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let token = token("three");
        let draft = story_with_three_of_each(home.path(), template, &token);
        let out = publish(home.path(), &draft, &site.url, &site.password);
        assert!(out.status.success(), "{template}: {}", stderr_of(&out));
        let post = get(&format!("wp/v2/posts/{}&context=edit", post_id(&draft)));
        let content = post["content"]["raw"].as_str().unwrap_or_default();
        let featured = post["featured_media"].as_u64().unwrap_or(0);
        assert!(featured > 0, "{template}: no featured image: {post}");
        assert_eq!(media_with(&token), 3, "{template}: three photos uploaded");

        let ids = image_ids(content);
        assert_eq!(
            ids.len(),
            2,
            "{template}: photos 2 and 3 in the body:\n{content}"
        );
        assert!(
            !ids.contains(&featured),
            "{template}: featured twice:\n{content}"
        );
        for n in 1..=3 {
            // Shown once as a caption (the alt text repeats it for those who do not see it).
            let caption = format!(">Photo {n} {token}.");
            assert_eq!(
                content.matches(&caption).count(),
                1,
                "{template}: caption {n} once:\n{content}"
            );
            assert!(
                content.contains(&format!("Author {n}")),
                "{template}: credit {n}:\n{content}"
            );
        }
        assert!(
            content.starts_with(&format!(
                "<!-- wp:paragraph {{\"className\":\"wp-element-caption\",\"fontSize\":\"small\"}} -->\n<p class=\"wp-element-caption has-small-font-size\">Photo 1 {token}."
            )),
            "{template}: the body begins with the featured photo's caption:\n{content}"
        );
        let featured_media = get(&format!("wp/v2/media/{featured}&context=edit"));
        let featured_caption = featured_media["caption"]["raw"]
            .as_str()
            .unwrap_or_default();
        assert!(
            featured_caption.starts_with(&format!("Photo 1 {token}.")),
            "{template}: the featured image is photo 1: {featured_caption}"
        );
        assert_eq!(
            content.matches("<!-- wp:quote -->").count(),
            3,
            "{template}: every quote:\n{content}"
        );
        assert!(content.contains("Third voice of the story"), "{content}");

        // What a reader's browser gets: the rendered body shows two photos, none of them the
        // featured one.
        let rendered = post["content"]["rendered"].as_str().unwrap_or_default();
        assert_eq!(
            rendered.matches("<img ").count(),
            2,
            "{template}:\n{rendered}"
        );
        assert!(
            !rendered.contains(&format!("wp-image-{featured}")),
            "{rendered}"
        );
    }
}

/// `featured_photo_in_body = true` in the configuration (for a theme that does not show
/// featured images): the first photo is in the body as well, once.
#[test]
fn the_featured_photo_is_shown_once_and_in_the_body_when_configured() {
    if !here() {
        return;
    }
    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("inbody");
    let draft = story_with_three_of_each(home.path(), "success-story", &token);
    let config = home.path().join("config.toml");
    std::fs::write(&config, "featured_photo_in_body = true\n").unwrap_or_else(|e| panic!("{e}"));
    let out = povestitor(home.path())
        .args(["--lang", "en", "publish"])
        .arg(&draft)
        .args(["--site", &site.url, "--user", &site.user])
        .env("POVESTITOR_WP_PASSWORD", &site.password)
        .env("POVESTITOR_CONFIG", &config)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", stderr_of(&out));
    let post = get(&format!("wp/v2/posts/{}&context=edit", post_id(&draft)));
    let content = post["content"]["raw"].as_str().unwrap_or_default();
    let featured = post["featured_media"].as_u64().unwrap_or(0);
    let ids = image_ids(content);
    assert_eq!(ids.len(), 3, "{content}");
    assert_eq!(ids.first(), Some(&featured), "{content}");
    assert!(
        !content.contains("<p class=\"wp-element-caption"),
        "{content}"
    );
    assert!(
        content.contains(&format!(
            "<figcaption class=\"wp-element-caption\">Photo 1 {token}. Foto: Author 1</figcaption>"
        )),
        "{content}"
    );

    // Without the setting, publishing again takes the featured photo out of the body.
    let out = publish(home.path(), &draft, &site.url, &site.password);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let post = get(&format!("wp/v2/posts/{}&context=edit", post_id(&draft)));
    let content = post["content"]["raw"].as_str().unwrap_or_default();
    assert_eq!(image_ids(content).len(), 2, "{content}");
    assert_eq!(post["featured_media"].as_u64(), Some(featured));
}

/// The wizard follows the configuration's `featured_photo_in_body` as `publish` does.
#[test]
fn the_wizard_keeps_the_featured_photo_in_the_body_when_configured() {
    if !here() {
        return;
    }
    use povestitor::tui::app::StatusKind;
    use povestitor::tui::msg::{Code, Key};
    use wizard::Wizard;

    let site = site();
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let token = token("wizardinbody");
    let path = story_with_three_of_each(home.path(), "success-story", &token);
    let mut w = Wizard::new(home.path());
    w.store.config.featured_photo_in_body = true;
    let draft = w.store.open(&path).unwrap_or_else(|e| panic!("{e:?}"));
    w.app
        .open(path.clone(), draft)
        .unwrap_or_else(|e| panic!("{e}"));
    w.keys(&[
        Key::plain(Code::F(5)),
        Key::plain(Code::Right), // the blog layout
        Key::plain(Code::Tab),
        Key::plain(Code::Left), // past the formats: the WordPress draft
        Key::plain(Code::Tab),
    ]);
    w.typed(&site.url);
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed(&site.user);
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed(&site.password);
    w.keys(&[Key::plain(Code::Enter)]);
    let status = w.app.status.clone().unwrap_or_else(|| panic!("no status"));
    assert_eq!(status.kind, StatusKind::Done, "{}", status.text);

    let post = get(&format!("wp/v2/posts/{}&context=edit", post_id(&path)));
    let content = post["content"]["raw"].as_str().unwrap_or_default();
    let ids = image_ids(content);
    assert_eq!(ids.len(), 3, "{content}");
    assert_eq!(
        ids.first(),
        post["featured_media"].as_u64().as_ref(),
        "{content}"
    );
}
