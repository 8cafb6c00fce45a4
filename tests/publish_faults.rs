//! `povestitor publish` when things go wrong in ways a real WordPress does not easily show:
//! a site without the REST API, application passwords switched off, a server that never
//! answers, a 500 after the photos were uploaded, a photo refused as too large, no server at
//! all. A small HTTP server in the test plays the site (std only, one thread a connection).

mod common;
#[path = "export_common/phone.rs"]
mod phone;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use common::{copy_example, povestitor, stderr_of};

struct Request {
    method: String,
    /// Path and query, as sent.
    target: String,
}

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
    /// The body of every upload to the media library, in order.
    uploads: Arc<Mutex<Vec<Vec<u8>>>>,
}

fn serve(handler: Handler) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let url = format!(
        "http://{}",
        listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
    );
    let log = Arc::new(Mutex::new(Vec::new()));
    let uploads = Arc::new(Mutex::new(Vec::new()));
    let thread_uploads = Arc::clone(&uploads);
    let held: Arc<Mutex<Vec<TcpStream>>> = Arc::new(Mutex::new(Vec::new()));
    let thread_log = Arc::clone(&log);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let handler = Arc::clone(&handler);
            let log = Arc::clone(&thread_log);
            let uploads = Arc::clone(&thread_uploads);
            let held = Arc::clone(&held);
            std::thread::spawn(move || answer(stream, &handler, &log, &uploads, &held));
        }
    });
    Server { url, log, uploads }
}

fn answer(
    stream: TcpStream,
    handler: &Handler,
    log: &Mutex<Vec<String>>,
    uploads: &Mutex<Vec<Vec<u8>>>,
    held: &Mutex<Vec<TcpStream>>,
) {
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
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let request = Request { method, target };
    if request.method == "POST"
        && route(&request.target) == "/wp/v2/media"
        && let Ok(mut uploads) = uploads.lock()
    {
        uploads.push(body);
    }
    if let Ok(mut log) = log.lock() {
        log.push(format!("{} {}", request.method, route(&request.target)));
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
#[derive(Clone, Copy, Default)]
struct Faults {
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
    let base = Arc::new(Mutex::new(String::new()));
    let posts_tried = Arc::new(AtomicUsize::new(0));
    let handler_base = Arc::clone(&base);
    let server = serve(Arc::new(move |req: &Request| {
        let base = handler_base.lock().map(|b| b.clone()).unwrap_or_default();
        let route = route(&req.target);
        match (req.method.as_str(), route.as_str()) {
            ("GET", "home") => {
                let mut headers = vec![("Content-Type".into(), "text/html".into())];
                let mut body = "<html><head><title>Blog</title></head></html>".to_string();
                if faults.link_in_page {
                    body = format!(
                        "<html><head><link rel=\"https://api.w.org/\" href=\"{base}/?rest_route=/\" /></head></html>"
                    );
                } else if !faults.no_api {
                    headers.push((
                        "Link".into(),
                        format!("<{base}/wp-json/>; rel=\"https://api.w.org/\""),
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
    }));
    if let Ok(mut b) = base.lock() {
        *b = server.url.clone();
    }
    server
}

fn story(dir: &Path) -> PathBuf {
    copy_example("success-story", dir)
}

fn publish(home: &Path, draft: &Path, site: &str) -> std::process::Output {
    povestitor(home)
        .args(["--lang", "en", "publish"])
        .arg(draft)
        .args(["--site", site, "--user", "editor"])
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
        "http://blogul-bibliotecii.invalid",
    );
    fails_saying(
        &out,
        "The name in http://blogul-bibliotecii.invalid is not found on the internet",
    );
}
