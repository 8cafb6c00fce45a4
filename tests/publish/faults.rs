//! `povestitor publish` when things go wrong in ways a real WordPress does not easily show:
//! a site without the REST API, application passwords switched off, a server that never
//! answers, a 500 after the photos were uploaded, a photo refused as too large, no server at
//! all. A small HTTP server in the test plays the site (std only, one thread a connection).
//!
//! And a site that would move the credentials elsewhere: an API named at another address, a
//! redirect of the home page or of `users/me` to another server (a second one, which must never
//! hear from us), an `http://` address of another computer (refused before any connection,
//! unless `--allow-http`, which warns).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::common::{copy_example, povestitor, stderr_of};
use crate::export_common::phone;
use crate::wizard;

struct Request {
    method: String,
    /// Path and query, as sent.
    target: String,
}

/// A server's address: this computer's usual one, or another loopback address that is not
/// `127.0.0.1` (to the program, another computer reached over plain http).
const HERE: &str = "127.0.0.1";
const ANOTHER_COMPUTER: &str = "127.0.0.2";

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

fn json(status: u16, body: &str) -> Option<Response> {
    Some(Response {
        status,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: body.to_string(),
    })
}

/// `None`: the server keeps the connection open and never answers.
type Handler = Arc<dyn Fn(&Request) -> Option<Response> + Send + Sync>;

struct Server {
    url: String,
    /// `METHOD route` of every request, in order.
    log: Arc<Mutex<Vec<String>>>,
    /// `METHOD route` of every request that carried an `Authorization` header.
    authorized: Arc<Mutex<Vec<String>>>,
    /// Connections accepted, requests or not.
    connections: Arc<AtomicUsize>,
    /// The body of every upload to the media library, in order.
    uploads: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl Server {
    fn log(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    fn authorized(&self) -> Vec<String> {
        self.authorized
            .lock()
            .map(|l| l.clone())
            .unwrap_or_default()
    }
}

fn serve(handler: Handler) -> Server {
    serve_on(HERE, handler)
}

fn serve_on(ip: &str, handler: Handler) -> Server {
    let listener = TcpListener::bind((ip, 0)).unwrap_or_else(|e| panic!("{e}"));
    let url = format!(
        "http://{}",
        listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
    );
    let log = Arc::new(Mutex::new(Vec::new()));
    let authorized = Arc::new(Mutex::new(Vec::new()));
    let connections = Arc::new(AtomicUsize::new(0));
    let uploads = Arc::new(Mutex::new(Vec::new()));
    let thread_uploads = Arc::clone(&uploads);
    let held: Arc<Mutex<Vec<TcpStream>>> = Arc::new(Mutex::new(Vec::new()));
    let thread_log = Arc::clone(&log);
    let thread_authorized = Arc::clone(&authorized);
    let thread_connections = Arc::clone(&connections);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            thread_connections.fetch_add(1, Ordering::SeqCst);
            let handler = Arc::clone(&handler);
            let logs = Logs {
                requests: Arc::clone(&thread_log),
                authorized: Arc::clone(&thread_authorized),
                uploads: Arc::clone(&thread_uploads),
            };
            let held = Arc::clone(&held);
            std::thread::spawn(move || answer(stream, &handler, &logs, &held));
        }
    });
    Server {
        url,
        log,
        authorized,
        connections,
        uploads,
    }
}

/// What one connection's thread writes down.
struct Logs {
    requests: Arc<Mutex<Vec<String>>>,
    authorized: Arc<Mutex<Vec<String>>>,
    uploads: Arc<Mutex<Vec<Vec<u8>>>>,
}

fn answer(stream: TcpStream, handler: &Handler, logs: &Logs, held: &Mutex<Vec<TcpStream>>) {
    let Ok(read_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(read_half);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let mut length = 0usize;
    let mut with_authorization = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
            with_authorization |= name.eq_ignore_ascii_case("authorization");
        }
    }
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let request = Request { method, target };
    if request.method == "POST"
        && route(&request.target) == "/wp/v2/media"
        && let Ok(mut uploads) = logs.uploads.lock()
    {
        uploads.push(body);
    }
    let what = format!("{} {}", request.method, route(&request.target));
    if with_authorization && let Ok(mut authorized) = logs.authorized.lock() {
        authorized.push(what.clone());
    }
    if let Ok(mut log) = logs.requests.lock() {
        log.push(what);
    }
    let Some(response) = handler(&request) else {
        if let Ok(mut held) = held.lock() {
            held.push(stream);
        }
        return;
    };
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        response.status,
        response.body.len()
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = stream;
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(response.body.as_bytes());
}

/// The REST route of a request (`/wp/v2/posts`), for either kind of API address; the home
/// page is `home`.
fn route(target: &str) -> String {
    if let Some(rest) = target.strip_prefix("/?rest_route=") {
        rest.split('&').next().unwrap_or("").to_string()
    } else if let Some(rest) = target.strip_prefix("/wp-json") {
        rest.split('?').next().unwrap_or("").to_string()
    } else {
        "home".to_string()
    }
}

/// What the pretend site does differently from a good one.
#[derive(Clone, Default)]
struct Faults {
    /// The `Link` header names the API at this other address (`http://127.0.0.1:PORT`).
    api_at: Option<String>,
    /// The home page answers 301 to this address.
    home_moved_to: Option<String>,
    /// `users/me` answers 302 to this address.
    me_moved_to: Option<String>,
    /// The site lives at `/blog/`: `/blog` answers 301 to `/blog/` (a relative `Location`).
    in_a_folder: bool,
    /// The `Link` header names the API by its path only (`</wp-json/>`).
    relative_link: bool,
    /// The home page names no API.
    no_api: bool,
    /// The API's index lists no application passwords.
    app_passwords_off: bool,
    /// The API is named only by a `<link>` in the page, at `?rest_route=`.
    link_in_page: bool,
    /// Making the post fails with 500 this many times.
    post_fails: usize,
    /// Uploads are refused with 413.
    upload_too_large: bool,
}

fn wordpress(faults: Faults) -> Server {
    wordpress_on(HERE, faults)
}

/// A pretend WordPress listening on `ip`.
fn wordpress_on(ip: &str, faults: Faults) -> Server {
    let base = Arc::new(Mutex::new(String::new()));
    let posts_tried = Arc::new(AtomicUsize::new(0));
    let handler_base = Arc::clone(&base);
    let handler: Handler = Arc::new(move |req: &Request| {
        let base = handler_base.lock().map(|b| b.clone()).unwrap_or_default();
        let route = route(&req.target);
        match (req.method.as_str(), route.as_str()) {
            ("GET", "home") if faults.in_a_folder && req.target == "/blog" => Some(Response {
                status: 301,
                headers: vec![("Location".into(), "/blog/".into())],
                body: String::new(),
            }),
            ("GET", "home") if faults.home_moved_to.is_some() => Some(Response {
                status: 301,
                headers: vec![(
                    "Location".into(),
                    format!("{}/", faults.home_moved_to.clone().unwrap_or_default()),
                )],
                body: String::new(),
            }),
            ("GET", "/wp/v2/users/me") if faults.me_moved_to.is_some() => Some(Response {
                status: 302,
                headers: vec![(
                    "Location".into(),
                    format!(
                        "{}/wp-json/wp/v2/users/me",
                        faults.me_moved_to.clone().unwrap_or_default()
                    ),
                )],
                body: String::new(),
            }),
            ("GET", "home") => {
                let mut headers = vec![("Content-Type".into(), "text/html".into())];
                let mut body = "<html><head><title>Blog</title></head></html>".to_string();
                if faults.link_in_page {
                    body = format!(
                        "<html><head><link rel=\"https://api.w.org/\" href=\"{base}/?rest_route=/\" /></head></html>"
                    );
                } else if !faults.no_api {
                    let api = match &faults.api_at {
                        Some(elsewhere) => elsewhere.clone(),
                        None if faults.relative_link => String::new(),
                        None => base.clone(),
                    };
                    headers.push((
                        "Link".into(),
                        format!("<{api}/wp-json/>; rel=\"https://api.w.org/\""),
                    ));
                }
                Some(Response {
                    status: 200,
                    headers,
                    body,
                })
            }
            ("GET", "/") => {
                let auth = if faults.app_passwords_off {
                    "[]".to_string()
                } else {
                    format!(
                        "{{\"application-passwords\":{{\"endpoints\":{{\"authorization\":\"{base}/wp-admin/authorize-application.php\"}}}}}}"
                    )
                };
                json(
                    200,
                    &format!(
                        "{{\"name\":\"Blog\",\"url\":\"{base}\",\"namespaces\":[\"oembed/1.0\",\"wp/v2\"],\"authentication\":{auth}}}"
                    ),
                )
            }
            ("GET", "/wp/v2/users/me") => json(200, "{\"id\":1,\"name\":\"editor\"}"),
            ("GET", "/wp/v2/tags") => json(200, "[]"),
            ("POST", "/wp/v2/tags") => json(201, "{\"id\":5,\"name\":\"x\"}"),
            ("POST", "/wp/v2/media") if faults.upload_too_large => json(
                413,
                "{\"code\":\"too_big\",\"message\":\"Request Entity Too Large\"}",
            ),
            ("POST", "/wp/v2/media") => json(
                201,
                &format!("{{\"id\":77,\"source_url\":\"{base}/wp-content/uploads/a.png\"}}"),
            ),
            ("POST", "/wp/v2/media/77") => json(200, "{\"id\":77}"),
            ("POST", "/wp/v2/posts") => {
                if posts_tried.fetch_add(1, Ordering::SeqCst) < faults.post_fails {
                    json(
                        500,
                        "{\"code\":\"internal_server_error\",\"message\":\"There has been a critical error on this website.\"}",
                    )
                } else {
                    json(201, "{\"id\":12,\"status\":\"draft\"}")
                }
            }
            _ => json(
                404,
                "{\"code\":\"rest_no_route\",\"message\":\"No route was found\"}",
            ),
        }
    });
    let server = serve_on(ip, handler);
    if let Ok(mut b) = base.lock() {
        *b = server.url.clone();
    }
    server
}

fn story(dir: &Path) -> PathBuf {
    copy_example("success-story", dir)
}

fn publish(home: &Path, draft: &Path, site: &str) -> std::process::Output {
    publish_with(home, draft, site, &[])
}

fn publish_with(home: &Path, draft: &Path, site: &str, more: &[&str]) -> std::process::Output {
    povestitor(home)
        .args(["--lang", "en", "publish"])
        .arg(draft)
        .args(["--site", site, "--user", "editor"])
        .args(more)
        .env("POVESTITOR_WP_PASSWORD", "abcd efgh ijkl mnop qrst uvwx")
        .env("POVESTITOR_WP_TIMEOUT", "1")
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn requests(server: &Server, what: &str) -> usize {
    server
        .log
        .lock()
        .map(|log| log.iter().filter(|l| *l == what).count())
        .unwrap_or(0)
}

/// Exit 2 with one error line, the last, saying `words`; the password never shown.
fn fails_saying(out: &std::process::Output, words: &str) {
    let err = stderr_of(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let errors: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("povestitor: error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(err.trim_end().ends_with(errors[0]), "{err}");
    assert!(errors[0].contains(words), "{err}");
    assert!(!err.contains("abcd"), "{err}");
}

#[test]
fn a_site_without_the_rest_api_is_named() {
    let server = wordpress(Faults {
        no_api: true,
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let before = std::fs::read_to_string(&draft).unwrap_or_default();
    let out = publish(home.path(), &draft, &server.url);
    fails_saying(&out, "does not show a WordPress REST API");
    assert_eq!(std::fs::read_to_string(&draft).unwrap_or_default(), before);
}

#[test]
fn application_passwords_switched_off_are_named() {
    let server = wordpress(Faults {
        app_passwords_off: true,
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = publish(home.path(), &story(home.path()), &server.url);
    fails_saying(&out, "does not accept application passwords");
    assert_eq!(requests(&server, "GET /wp/v2/users/me"), 0);
}

#[test]
fn a_server_that_never_answers_times_out_in_words() {
    let server = serve(Arc::new(|_: &Request| None));
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = publish(home.path(), &story(home.path()), &server.url);
    fails_saying(&out, "did not answer within 1 s");
}

#[test]
fn no_server_at_all_is_said_so() {
    // A port that was free a moment ago: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("{e}"));
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = publish(
        home.path(),
        &story(home.path()),
        &format!("http://127.0.0.1:{port}"),
    );
    fails_saying(&out, "Cannot reach http://127.0.0.1:");
}

#[test]
fn a_500_after_the_upload_keeps_the_photo_for_the_next_try() {
    let server = wordpress(Faults {
        post_fails: 1,
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let out = publish(home.path(), &draft, &server.url);
    fails_saying(&out, "failed with HTTP 500");
    let text = std::fs::read_to_string(&draft).unwrap_or_default();
    assert!(
        text.contains("[[wordpress.media]]") && text.contains("id = 77"),
        "{text}"
    );
    assert!(!text.contains("post ="), "{text}");

    let again = publish(home.path(), &draft, &server.url);
    assert!(again.status.success(), "{}", stderr_of(&again));
    assert!(stderr_of(&again).contains("already on the site, unchanged"));
    assert_eq!(requests(&server, "POST /wp/v2/media"), 1);
    assert_eq!(requests(&server, "POST /wp/v2/posts"), 2);
    let text = std::fs::read_to_string(&draft).unwrap_or_default();
    assert!(text.contains("post = 12"), "{text}");
}

/// A story another window holds (a held `DraftLock`, as the wizard holds it) is refused
/// before the site is asked anything, and the draft stays byte for byte.
#[test]
fn a_story_open_in_another_window_is_refused_before_the_site_is_asked() {
    let server = wordpress(Faults::default());
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let before = std::fs::read(&draft).unwrap_or_default();
    let held = povestitor::story::DraftLock::acquire(&draft).unwrap_or_else(|e| panic!("{e}"));
    let out = publish(home.path(), &draft, &server.url);
    fails_saying(&out, "is already open in another povestitor window");
    assert_eq!(
        server.log.lock().map(|l| l.len()).unwrap_or(usize::MAX),
        0,
        "the site was asked"
    );
    assert_eq!(std::fs::read(&draft).unwrap_or_default(), before);
    drop(held);
    let out = publish(home.path(), &draft, &server.url);
    assert!(out.status.success(), "{}", stderr_of(&out));
}

#[test]
fn a_photo_too_large_for_the_site_makes_no_post() {
    let server = wordpress(Faults {
        upload_too_large: true,
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let out = publish(home.path(), &draft, &server.url);
    fails_saying(&out, "The photo bunicii-online.png is too large for");
    assert_eq!(requests(&server, "POST /wp/v2/posts"), 0);
    assert!(
        !std::fs::read_to_string(&draft)
            .unwrap_or_default()
            .contains("[wordpress]")
    );
}

#[test]
fn the_api_named_in_the_page_at_rest_route_is_used() {
    let server = wordpress(Faults {
        link_in_page: true,
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let out = publish(home.path(), &draft, &server.url);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let log = server.log.lock().map(|l| l.clone()).unwrap_or_default();
    assert!(log.contains(&"POST /wp/v2/posts".to_string()), "{log:?}");
    let text = std::fs::read_to_string(&draft).unwrap_or_default();
    assert!(text.contains("?rest_route=/\""), "{text}");
}

#[test]
fn without_a_password_or_a_terminal_publish_says_how_to_give_one() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = povestitor(home.path())
        .args(["--lang", "en", "publish"])
        .arg(story(home.path()))
        .args(["--site", "http://127.0.0.1:9", "--user", "editor"])
        .env_remove("POVESTITOR_WP_PASSWORD")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("set POVESTITOR_WP_PASSWORD"));
}

#[test]
fn a_sideways_phone_photo_is_sent_upright_and_at_most_2560_px() {
    let server = wordpress(Faults::default());
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    // The model story's one photo, replaced by a 4,000 px photo lying on its side.
    let photo = home.path().join("bunicii-online.png");
    let text = std::fs::read_to_string(&draft).unwrap_or_default();
    assert!(text.contains("bunicii-online.png"), "{text}");
    std::fs::write(&draft, text.replace("bunicii-online.png", "telefon.jpg"))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_file(&photo).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        home.path().join("telefon.jpg"),
        phone::sideways_phone_photo(),
    )
    .unwrap_or_else(|e| panic!("{e}"));

    let out = publish(home.path(), &draft, &server.url);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let uploads = server.uploads.lock().map(|u| u.clone()).unwrap_or_default();
    assert_eq!(uploads.len(), 1);
    phone::assert_upright(&uploads[0], 2560);
}

#[test]
fn a_blog_name_that_does_not_exist_is_said_so() {
    // `.invalid` never resolves (RFC 6761), with or without a network.
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = publish(
        home.path(),
        &story(home.path()),
        "https://blogul-bibliotecii.invalid",
    );
    fails_saying(
        &out,
        "The name in https://blogul-bibliotecii.invalid is not found on the internet",
    );
}

/// The credentials, the photos and the post went nowhere: the other server heard nothing,
/// no request anywhere carried the password, the draft is as it was.
fn nothing_went_elsewhere(site: &Server, elsewhere: &Server, draft: &Path, before: &str) {
    assert_eq!(
        elsewhere.log(),
        Vec::<String>::new(),
        "the other server was asked"
    );
    assert_eq!(elsewhere.authorized(), Vec::<String>::new());
    assert_eq!(elsewhere.connections.load(Ordering::SeqCst), 0);
    let log = site.log();
    assert!(!log.iter().any(|l| l.starts_with("POST")), "{log:?}");
    assert_eq!(std::fs::read_to_string(draft).unwrap_or_default(), before);
}

#[test]
fn an_api_named_at_another_address_is_refused_before_signing_in() {
    let elsewhere = wordpress(Faults::default());
    let site = wordpress(Faults {
        api_at: Some(elsewhere.url.clone()),
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let before = std::fs::read_to_string(&draft).unwrap_or_default();
    let out = publish(home.path(), &draft, &site.url);
    fails_saying(
        &out,
        &format!(
            "{} sends to another address, {}/wp-json/;",
            site.url, elsewhere.url
        ),
    );
    nothing_went_elsewhere(&site, &elsewhere, &draft, &before);
    assert_eq!(site.authorized(), Vec::<String>::new());
}

#[test]
fn a_home_page_moved_to_another_address_is_not_followed() {
    let elsewhere = wordpress(Faults::default());
    let site = wordpress(Faults {
        home_moved_to: Some(elsewhere.url.clone()),
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let before = std::fs::read_to_string(&draft).unwrap_or_default();
    let out = publish(home.path(), &draft, &site.url);
    fails_saying(
        &out,
        &format!("{} sends to another address, {}/;", site.url, elsewhere.url),
    );
    nothing_went_elsewhere(&site, &elsewhere, &draft, &before);
    assert_eq!(site.authorized(), Vec::<String>::new());
}

#[test]
fn users_me_moved_to_another_address_is_not_signed_in() {
    let elsewhere = wordpress(Faults::default());
    let site = wordpress(Faults {
        me_moved_to: Some(elsewhere.url.clone()),
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let before = std::fs::read_to_string(&draft).unwrap_or_default();
    let out = publish(home.path(), &draft, &site.url);
    fails_saying(
        &out,
        &format!(
            "{} sends to another address, {}/wp-json/wp/v2/users/me;",
            site.url, elsewhere.url
        ),
    );
    assert!(
        !stderr_of(&out).contains("Signed in"),
        "{}",
        stderr_of(&out)
    );
    nothing_went_elsewhere(&site, &elsewhere, &draft, &before);
    assert_eq!(site.authorized(), vec!["GET /wp/v2/users/me".to_string()]);
}

#[test]
fn a_redirect_within_the_site_is_followed() {
    let site = wordpress(Faults {
        in_a_folder: true,
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let out = publish(home.path(), &draft, &format!("{}/blog", site.url));
    assert!(out.status.success(), "{}", stderr_of(&out));
    let log = site.log();
    assert_eq!(log[..2], ["GET home", "GET home"], "{log:?}");
    assert!(log.contains(&"POST /wp/v2/posts".to_string()), "{log:?}");
}

#[test]
fn an_api_named_by_its_path_is_at_the_site() {
    let site = wordpress(Faults {
        relative_link: true,
        ..Faults::default()
    });
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let out = publish(home.path(), &draft, &site.url);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(site.log().contains(&"POST /wp/v2/posts".to_string()));
}

#[test]
fn plain_http_to_another_computer_is_refused_before_any_connection() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let before = std::fs::read_to_string(&draft).unwrap_or_default();
    // A documentation address (RFC 5737): nothing would answer there anyway.
    let out = publish(home.path(), &draft, "http://192.0.2.2");
    fails_saying(
        &out,
        "http://192.0.2.2 is not a secure (https) address: the application password would travel unencrypted",
    );
    assert!(
        stderr_of(&out).contains("--allow-http"),
        "{}",
        stderr_of(&out)
    );

    // A server that would answer: it never sees a connection.
    let site = serve_on(ANOTHER_COMPUTER, Arc::new(|_: &Request| json(200, "{}")));
    let out = publish(home.path(), &draft, &site.url);
    fails_saying(
        &out,
        &format!("{} is not a secure (https) address", site.url),
    );
    assert_eq!(site.connections.load(Ordering::SeqCst), 0);
    assert_eq!(std::fs::read_to_string(&draft).unwrap_or_default(), before);

    // Refused before the password is even asked for.
    let out = povestitor(home.path())
        .args(["--lang", "en", "publish"])
        .arg(&draft)
        .args(["--site", "http://192.0.2.2", "--user", "editor"])
        .env_remove("POVESTITOR_WP_PASSWORD")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("is not a secure (https) address"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn allow_http_sends_to_another_computer_with_a_warning() {
    let site = wordpress_on(ANOTHER_COMPUTER, Faults::default());
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let out = publish_with(home.path(), &draft, &site.url, &["--allow-http"]);
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    let warning = format!(
        "Warning: {} is not https, so the application password and the story travel unencrypted",
        site.url
    );
    assert!(
        err.lines().next().is_some_and(|l| l.starts_with(&warning)),
        "{err}"
    );
    assert!(site.log().contains(&"POST /wp/v2/posts".to_string()));
}

/// The wizard's WordPress form refuses another computer's `http://` address too, before any
/// connection: its status says to give the https address, or to send from the command line
/// with `--allow-http`.
#[test]
fn the_wizard_refuses_plain_http_to_another_computer() {
    use povestitor::tui::app::StatusKind;
    use povestitor::tui::msg::{Code, Key};

    let site = serve_on(ANOTHER_COMPUTER, Arc::new(|_: &Request| json(200, "{}")));
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let mut w = wizard::Wizard::new(&home.path().join("places"));
    let opened = w.store.open(&draft).unwrap_or_else(|e| panic!("{e:?}"));
    w.app
        .open(draft.clone(), opened)
        .unwrap_or_else(|e| panic!("{e}"));
    // The export screen, WordPress, then the site, the user and the password.
    w.keys(&[
        Key::plain(Code::F(5)),
        Key::plain(Code::Right),
        Key::plain(Code::Tab),
        Key::plain(Code::Left),
        Key::plain(Code::Tab),
    ]);
    w.typed(&site.url);
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed("editor");
    w.keys(&[Key::plain(Code::Tab)]);
    w.typed("abcd efgh ijkl mnop qrst uvwx");
    w.keys(&[Key::plain(Code::Enter)]);

    let status = w.app.status.clone().unwrap_or_else(|| panic!("no status"));
    assert_ne!(status.kind, StatusKind::Done, "{}", status.text);
    assert!(
        status.text.starts_with(&format!(
            "{} nu este o adresă sigură (https): parola de aplicație ar circula necriptată",
            site.url
        )) && status.text.contains("povestitor publish --allow-http"),
        "{}",
        status.text
    );
    assert_eq!(site.connections.load(Ordering::SeqCst), 0);
    assert!(
        !std::fs::read_to_string(&draft)
            .unwrap_or_default()
            .contains("[wordpress]")
    );
}

/// A server's error message and the site's address reach the terminal shown, not obeyed:
/// no escape sequence of theirs retitles the window or clears the screen.
#[test]
fn a_servers_escape_sequences_are_shown_not_sent() {
    let hostile = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m";
    let body = serde_json::json!({ "code": "x", "message": format!("Oops{hostile}") }).to_string();
    let server = serve(Arc::new(move |_: &Request| json(500, &body)));
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let draft = story(home.path());
    let mut shown = 0;
    for site in [server.url.clone(), format!("{}/{hostile}", server.url)] {
        let out = publish(home.path(), &draft, &site);
        assert_eq!(out.status.code(), Some(2));
        shown += usize::from(String::from_utf8_lossy(&out.stderr).contains("^["));
        for bytes in [&out.stdout, &out.stderr] {
            assert!(
                !bytes.iter().any(|&b| b == 0x1b || b == 0x07)
                    && !bytes
                        .windows(2)
                        .any(|w| w[0] == 0xc2 && (0x80..=0x9f).contains(&w[1])),
                "{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
    assert!(
        shown > 0,
        "the hostile text was never printed, shown or not"
    );
}

/// A draft handed over by someone else may name a file of this computer's as its photo
/// (`../secret/pasaport.png`): publish says which file it sends, before the site hears of
/// it; a photo beside the draft is said nothing of.
#[test]
fn a_photo_from_outside_the_drafts_folder_is_named_before_it_is_sent() {
    let server = wordpress(Faults::default());
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let stories = home.path().join("povesti");
    std::fs::create_dir(&stories).unwrap_or_else(|e| panic!("{e}"));
    let draft = story(&stories);
    let beside = std::fs::read_to_string(&draft).unwrap_or_default();
    assert!(beside.contains("path = \"bunicii-online.png\""), "{beside}");

    let out = publish(home.path(), &draft, &server.url);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("outside"), "{}", stderr_of(&out));

    std::fs::create_dir(home.path().join("secret")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::rename(
        stories.join("bunicii-online.png"),
        home.path().join("secret/pasaport.png"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        &draft,
        std::fs::read_to_string(&draft)
            .unwrap_or_default()
            .replace("bunicii-online.png", "../secret/pasaport.png"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = publish(home.path(), &draft, &server.url);
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    let named = err
        .lines()
        .position(|l| {
            l.contains("Photo 1 was taken from")
                && l.contains("pasaport.png")
                && l.contains("outside the story's folder")
        })
        .unwrap_or_else(|| panic!("{err}"));
    let signed_in = err
        .lines()
        .position(|l| l.contains("Signed in"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(named < signed_in, "{err}");
}
