//! Hard to break: security headers on every answer, GET and HEAD only, size and time limits,
//! panics as a page, static files only from the embedded table.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::routing::get;
use summit_briefing::app_with;
use summit_briefing::security::{self, Hardening};

use crate::{manifest_dir, shipped_app};

pub struct Raw {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body exactly as sent, entities not decoded.
    pub body: String,
}

pub async fn send(app: &impl crate::util::Served, request: Request<Body>) -> Raw {
    let answer = crate::util::exchange(app, request).await;
    Raw {
        status: answer.status,
        headers: answer.headers,
        body: String::from_utf8_lossy(&answer.body).into_owned(),
    }
}

pub async fn request(app: &impl crate::util::Served, method: Method, uri: &str) -> Raw {
    send(
        app,
        Request::builder()
            .method(method)
            .uri(uri)
            .body(Body::empty())
            .expect("a valid request"),
    )
    .await
}

fn header<'a>(r: &'a Raw, name: &str) -> &'a str {
    r.headers
        .get(name)
        .unwrap_or_else(|| panic!("no {name} header ({} answer)", r.status))
        .to_str()
        .expect("an ASCII header")
}

/// The headers every answer must carry, whatever produced it.
fn assert_security_headers(r: &Raw, what: &str) {
    for (name, value) in security::security_headers(false) {
        assert_eq!(
            r.headers.get(&name),
            Some(&value),
            "{what} ({}) lacks {name}",
            r.status
        );
    }
    assert!(
        r.headers.get("strict-transport-security").is_none(),
        "{what}: HSTS is only sent with --hsts"
    );
    assert!(
        r.headers.get("server").is_none(),
        "{what}: no Server header"
    );
}

/// Every attribute of every tag in `html`, as (name, value). Quote-aware, so text that merely
/// looks like an attribute (escaped, or inside a quoted value) is not taken for one.
pub fn attributes(html: &str) -> Vec<(String, String)> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(open) = html[i..].find('<') {
        i += open + 1;
        if matches!(bytes.get(i), Some(b'!' | b'/' | b'?')) {
            i += html[i..].find('>').map_or(html.len() - i, |e| e + 1);
            continue;
        }
        // The tag name.
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
            i += 1;
        }
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                break;
            }
            let start = i;
            while i < bytes.len()
                && !bytes[i].is_ascii_whitespace()
                && !matches!(bytes[i], b'=' | b'>')
            {
                i += 1;
            }
            let name = html[start..i].to_ascii_lowercase();
            let mut value = String::new();
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                match bytes.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let end = html[i + 1..]
                            .find(q as char)
                            .map_or(html.len(), |e| i + 1 + e);
                        value = html[i + 1..end].to_owned();
                        i = (end + 1).min(html.len());
                    }
                    _ => {
                        let start = i;
                        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>'
                        {
                            i += 1;
                        }
                        value = html[start..i].to_owned();
                    }
                }
            }
            out.push((name, value));
        }
    }
    out
}

/// Whether the HTML has an event handler attribute such as `onclick`.
pub fn has_event_handler(html: &str) -> bool {
    attributes(html)
        .iter()
        .any(|(name, _)| name.starts_with("on"))
}

fn stylesheet_path(app_body: &str) -> String {
    let start = app_body
        .find("href=\"/static/style.")
        .expect("pages link the stylesheet")
        + "href=\"".len();
    let end = start + app_body[start..].find('"').expect("closing quote");
    app_body[start..end].to_owned()
}

#[tokio::test]
async fn every_kind_of_answer_carries_the_security_headers() {
    let app = shipped_app();
    let overview = request(&app, Method::GET, "/").await;
    let css = stylesheet_path(&overview.body);
    let long = format!("/timeline?{}", "a=1&".repeat(2000));
    let cases: Vec<(Method, String, StatusCode)> = vec![
        (Method::GET, "/".into(), StatusCode::OK),
        (Method::HEAD, "/".into(), StatusCode::OK),
        (
            Method::GET,
            "/timeline?country=japan".into(),
            StatusCode::OK,
        ),
        (Method::GET, css, StatusCode::OK),
        (Method::GET, "/static/icon.svg".into(), StatusCode::OK),
        (Method::GET, "/healthz".into(), StatusCode::OK),
        (Method::GET, "/robots.txt".into(), StatusCode::OK),
        (Method::GET, "/nowhere".into(), StatusCode::NOT_FOUND),
        (
            Method::GET,
            "/timeline?country=atlantis".into(),
            StatusCode::BAD_REQUEST,
        ),
        (Method::GET, "/static/%ff".into(), StatusCode::BAD_REQUEST),
        (Method::POST, "/".into(), StatusCode::METHOD_NOT_ALLOWED),
        (Method::GET, long, StatusCode::URI_TOO_LONG),
    ];
    for (method, uri, status) in cases {
        let r = request(&app, method.clone(), &uri).await;
        assert_eq!(r.status, status, "{method} {uri}");
        assert_security_headers(&r, &format!("{method} {uri}"));
    }
}

#[test]
fn the_content_security_policy_allows_no_inline_code_and_no_framing() {
    let csp = security::CONTENT_SECURITY_POLICY;
    let directives: Vec<&str> = csp.split(';').map(str::trim).collect();
    assert_eq!(directives[0], "default-src 'none'");
    assert!(directives.contains(&"frame-ancestors 'none'"), "{csp}");
    assert!(directives.contains(&"base-uri 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-"), "{csp}");
    assert!(!csp.contains('*'), "no wildcard sources: {csp}");
    assert!(
        !csp.contains("script-src"),
        "the pages have no scripts: {csp}"
    );
}

/// The policy is exactly what the pages use: check that no page needs more than it allows.
#[tokio::test]
async fn pages_use_nothing_the_policy_forbids() {
    let app = shipped_app();
    let b = summit_briefing::model::DataSource::Embedded
        .load()
        .expect("loads");
    // Every HTML page from the URL scheme, a filtered view and an error page.
    let mut uris = crate::html_paths(&b);
    uris.push("/timeline?country=japan".to_owned());
    uris.push("/nowhere".to_owned());
    // The embeds, which other sites frame, need no more than the pages either.
    uris.push("/embed/timeline".to_owned());
    uris.push("/embed/timeline?country=japan".to_owned());
    uris.push("/embed/countries/kazakhstan".to_owned());
    for uri in &uris {
        let r = request(&app, Method::GET, uri).await;
        let body = r.body.to_ascii_lowercase();
        assert!(!body.contains("<script"), "{uri} has a script");
        assert!(!body.contains(" style="), "{uri} has an inline style");
        assert!(!body.contains("<style"), "{uri} has a style element");
        assert!(!body.contains("<iframe"), "{uri} has a frame");
        assert!(!has_event_handler(&body), "{uri}: event handler attribute");
        for tag in body.split("<link ").skip(1) {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            if tag.contains("stylesheet") || tag.contains("icon") {
                assert!(tag.contains("href=\"/static/"), "{uri}: {tag}");
            }
        }
        for form in body.split("<form").skip(1) {
            let form = &form[..form.find('>').unwrap_or(form.len())];
            assert!(
                form.contains("action=\"/timeline\"") || form.contains("action=\"/search\""),
                "{uri}: {form}"
            );
            assert!(!form.contains("method=\"post\""), "{uri}: {form}");
        }
        assert!(
            !body.contains("<img"),
            "{uri}: images would need img-src review"
        );
    }
}

/// A pre-rendered page or an asset is answered straight from the table (`src/app.rs`), the same
/// page with a query that changes nothing goes through the router and its layers: both answers
/// must be the same, headers (security headers included), status and bytes, for GET and HEAD,
/// 200 and 304, every coding.
#[tokio::test]
async fn the_fast_path_answers_exactly_as_the_router_does() {
    let app = summit_briefing::app(crate::caching::warm_state());
    let overview = request(&app, Method::GET, "/").await;
    let css = stylesheet_path(&overview.body);
    let sorted = |headers: &HeaderMap| {
        let mut all: Vec<(String, Vec<u8>)> = headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.as_bytes().to_vec()))
            .collect();
        all.sort();
        all
    };
    for path in ["/", "/about", "/countries/japan.json", &css] {
        for accept in ["gzip", "br, gzip", ""] {
            let with = |method: Method, uri: &str, tag: Option<&str>| {
                let mut builder = Request::builder().method(method).uri(uri);
                if !accept.is_empty() {
                    builder = builder.header("accept-encoding", accept);
                }
                if let Some(tag) = tag {
                    builder = builder.header("if-none-match", tag);
                }
                builder.body(Body::empty()).expect("a valid request")
            };
            let first = send(&app, with(Method::GET, path, None)).await;
            assert_eq!(first.status, StatusCode::OK, "{path} {accept}");
            let tag = header(&first, "etag").to_owned();
            for method in [Method::GET, Method::HEAD] {
                for tag in [None, Some(tag.as_str())] {
                    let fast = send(&app, with(method.clone(), path, tag)).await;
                    let slow = send(
                        &app,
                        with(method.clone(), &format!("{path}?utm_source=x"), tag),
                    )
                    .await;
                    let what = format!("{method} {path}, accept {accept:?}, if-none-match {tag:?}");
                    assert_eq!(fast.status, slow.status, "{what}");
                    assert_eq!(sorted(&fast.headers), sorted(&slow.headers), "{what}");
                    assert_eq!(fast.body, slow.body, "{what}");
                    assert_security_headers(&fast, &what);
                }
            }
        }
    }
}

#[tokio::test]
async fn hsts_is_sent_only_when_asked_for() {
    let hardening = Hardening {
        hsts: true,
        ..Hardening::default()
    };
    let state = crate::shipped_state();
    let app = app_with(state, &hardening);
    for uri in ["/", "/nowhere"] {
        let r = request(&app, Method::GET, uri).await;
        assert_eq!(
            header(&r, "strict-transport-security"),
            security::STRICT_TRANSPORT_SECURITY
        );
    }
}

#[tokio::test]
async fn methods_other_than_get_and_head_are_a_405_page_with_allow() {
    let app = shipped_app();
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW"] {
        for uri in ["/", "/nowhere", "/static/icon.svg", "/healthz"] {
            let method = Method::from_bytes(method.as_bytes()).expect("a method");
            let r = request(&app, method.clone(), uri).await;
            assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
            assert_eq!(header(&r, "allow"), "GET, HEAD", "{method} {uri}");
            assert!(
                header(&r, "content-type").starts_with("text/html"),
                "{method} {uri}"
            );
            assert!(r.body.contains("Method not allowed"), "{method} {uri}");
            assert_security_headers(&r, &format!("{method} {uri}"));
        }
    }
}

#[tokio::test]
async fn head_is_answered_like_get() {
    let app = shipped_app();
    let r = request(&app, Method::HEAD, "/countries/japan").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.is_empty(), "HEAD has no body");
}

#[tokio::test]
async fn an_overlong_address_or_query_is_a_414_page() {
    let app = shipped_app();
    let limits = security::Limits::default();
    let long_path = format!("/{}", "a".repeat(limits.max_uri_bytes));
    let long_query = format!("/timeline?utm={}", "x".repeat(limits.max_query_bytes));
    for uri in [long_path, long_query] {
        let r = request(&app, Method::GET, &uri).await;
        assert_eq!(r.status, StatusCode::URI_TOO_LONG, "{}", &uri[..40]);
        assert!(r.body.contains("This address is too long"));
    }
    // Just under the limit is fine.
    let fits = format!(
        "/timeline?utm={}",
        "x".repeat(limits.max_query_bytes - "utm=".len())
    );
    assert_eq!(
        request(&app, Method::GET, &fits).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn oversized_headers_are_a_431_page() {
    let app = shipped_app();
    let limits = security::Limits::default();
    let r = send(
        &app,
        Request::builder()
            .uri("/")
            .header("cookie", "a".repeat(limits.max_header_bytes))
            .body(Body::empty())
            .expect("a request"),
    )
    .await;
    assert_eq!(r.status, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    assert!(r.body.contains("headers are too large"), "{}", r.body);
    assert_security_headers(&r, "431");
}

/// A router with the briefing's layers around handlers that misbehave.
fn misbehaving_app(hardening: &Hardening) -> Router {
    let router = Router::new()
        .route(
            "/panic",
            get(|| async {
                if true {
                    panic!("a bug in a handler");
                }
                "unreachable"
            }),
        )
        .route(
            "/never",
            get(|| async {
                std::future::pending::<()>().await;
                "unreachable"
            }),
        )
        .route("/fine", get(|| async { "fine" }));
    security::harden(router, hardening)
}

#[tokio::test]
async fn a_panicking_handler_is_a_500_page_and_the_app_keeps_serving() {
    let app = misbehaving_app(&Hardening::default());
    let r = request(&app, Method::GET, "/panic").await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(r.body.contains("Something went wrong on our side"));
    assert!(
        !r.body.contains("a bug in a handler"),
        "the panic message is logged, not shown"
    );
    assert_security_headers(&r, "panic");
    assert_eq!(
        request(&app, Method::GET, "/fine").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_handler_that_never_answers_is_a_503_page() {
    let app = misbehaving_app(&Hardening {
        request_timeout: std::time::Duration::from_millis(50),
        ..Hardening::default()
    });
    let r = request(&app, Method::GET, "/never").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.body.contains("took too long"), "{}", r.body);
    assert_security_headers(&r, "timeout");
}

/// A handler that waits, but less than the time limit, is answered as usual, and what it does
/// after waiting is still guarded (a panic is the 500 page, a bare error answer is styled).
#[tokio::test]
async fn a_handler_that_waits_is_still_guarded() {
    let wait = || tokio::time::sleep(std::time::Duration::from_millis(20));
    let router = Router::new()
        .route(
            "/slow",
            get(move || async move {
                wait().await;
                "slow"
            }),
        )
        .route(
            "/late-panic",
            get(move || async move {
                wait().await;
                if true {
                    panic!("a bug after waiting");
                }
                "unreachable"
            }),
        )
        .route(
            "/late-error",
            get(move || async move {
                wait().await;
                (StatusCode::CONFLICT, "bare text")
            }),
        );
    let app = security::harden(
        router,
        &Hardening {
            request_timeout: std::time::Duration::from_secs(5),
            ..Hardening::default()
        },
    );
    let r = request(&app, Method::GET, "/slow").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body, "slow");
    assert_security_headers(&r, "slow");
    let r = request(&app, Method::GET, "/late-panic").await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(r.body.contains("Something went wrong on our side"));
    assert_security_headers(&r, "late panic");
    let r = request(&app, Method::GET, "/late-error").await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(header(&r, "content-type").starts_with("text/html"));
    assert!(r.body.contains("could not be answered"), "{}", r.body);
    assert_security_headers(&r, "late error");
}

/// Paths that try to leave `static/`: every one is a 400 or a 404, and nothing served is
/// anything but a file of `static/`.
#[tokio::test]
async fn no_path_reaches_a_file_outside_static() {
    let app = shipped_app();
    let static_files: Vec<Vec<u8>> = std::fs::read_dir(manifest_dir().join("static"))
        .expect("static/")
        .map(|e| std::fs::read(e.expect("entry").path()).expect("read"))
        .collect();
    let attempts = [
        "/static/../Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static/..%2FCargo.toml",
        "/static/%2e%2e%2fCargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/..%5cCargo.toml",
        "/static/..\\Cargo.toml",
        "/static/%5c..%5c..%5cCargo.toml",
        "/static/..%252fCargo.toml",
        "/static/%c0%ae%c0%ae%2fCargo.toml",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "//static/style.css",
        "/static/style.css%00.png",
        "/static/%00",
        "/static/style.css%00",
        "/static/../../../../etc/passwd",
        "/static/....//....//etc/passwd",
        "/static/.",
        "/static/..",
        "/static/%2e",
        "/static/",
        "/static/screenshot.png",
        "/static/STYLE.CSS",
        "/static/style.css/",
        "/static/style.css/..",
        "/static/./style.css",
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/data/events.toml",
        "/src/main.rs",
        "/templates/_layout.html",
        "/static/%ff%fe",
    ];
    for path in attempts {
        let Ok(uri) = path.parse::<axum::http::Uri>() else {
            continue; // not even a request line a client could send
        };
        let r = request(&app, Method::GET, &uri.to_string()).await;
        if r.status == StatusCode::OK {
            // Only a normalising client would send these; the answer must still be a static file.
            let bytes = r.body.as_bytes();
            assert!(
                static_files.iter().any(|f| f.as_slice() == bytes),
                "{path} served something that is not in static/"
            );
            continue;
        }
        assert!(
            r.status == StatusCode::NOT_FOUND || r.status == StatusCode::BAD_REQUEST,
            "{path}: {}",
            r.status
        );
        assert!(!r.body.contains("[package]"), "{path} leaked Cargo.toml");
        assert!(!r.body.contains("root:"), "{path} leaked /etc/passwd");
        assert!(
            header(&r, "content-type").starts_with("text/html"),
            "{path}: styled page"
        );
    }
}

/// The assets are a fixed table compiled into the binary: only its files are ever served, the
/// same bytes as in `static/`, whatever the working directory.
#[tokio::test]
async fn static_files_are_served_only_from_the_embedded_table() {
    let app = shipped_app();
    let overview = request(&app, Method::GET, "/").await;
    let css_path = stylesheet_path(&overview.body);
    let css = request(&app, Method::GET, &css_path).await;
    assert_eq!(
        css.body.as_bytes(),
        std::fs::read(manifest_dir().join("static/style.css")).expect("style.css")
    );
    let icon = request(&app, Method::GET, "/static/icon.svg").await;
    assert_eq!(icon.status, StatusCode::OK);
    // In static/ but not in the table: not served.
    let png = request(&app, Method::GET, "/static/screenshot.png").await;
    assert_eq!(png.status, StatusCode::NOT_FOUND);
}

/// A data file that is not a regular file is refused by name, at once: a FIFO would block the
/// loader (and with it every later reload and the exit), `/dev/zero` never ends, a socket
/// cannot be read. Each load runs in a thread so that a regression fails instead of hanging.
#[cfg(unix)]
#[test]
fn data_files_that_are_not_regular_files_are_refused_without_blocking() {
    fn load_errors(copy: &crate::DataCopy) -> summit_briefing::model::DataErrors {
        let source = copy.source();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(source.load().err());
        });
        rx.recv_timeout(std::time::Duration::from_secs(20))
            .expect("loading returns instead of blocking")
            .expect("the data is refused")
    }
    let fifo = crate::DataCopy::minimal();
    std::fs::remove_file(fifo.path("events.toml")).expect("remove");
    let status = std::process::Command::new("mkfifo")
        .arg(fifo.path("events.toml"))
        .status()
        .expect("run mkfifo");
    assert!(status.success());

    let zero = crate::DataCopy::minimal();
    std::fs::remove_file(zero.path("events.toml")).expect("remove");
    std::os::unix::fs::symlink("/dev/zero", zero.path("events.toml")).expect("symlink");

    let socket = crate::DataCopy::minimal();
    std::fs::remove_file(socket.path("events.toml")).expect("remove");
    let _listener =
        std::os::unix::net::UnixListener::bind(socket.path("events.toml")).expect("a socket");

    for (copy, kind) in [
        (&fifo, "a named pipe (FIFO)"),
        (&zero, "a character device"),
        (&socket, "a socket"),
    ] {
        let errors = load_errors(copy);
        assert_eq!(errors.0.len(), 1, "{errors}");
        assert!(errors.0[0].file.ends_with("events.toml"), "{errors}");
        assert_eq!(
            errors.0[0].message,
            format!("this is {kind}, not a regular file; it is not read"),
        );
    }

    // A symbolic link to a regular file is fine (a Kubernetes ConfigMap is made of them).
    let linked = crate::DataCopy::minimal();
    let real = linked.dir.path().join("real-events.toml");
    std::fs::rename(linked.path("events.toml"), &real).expect("rename");
    std::os::unix::fs::symlink(&real, linked.path("events.toml")).expect("symlink");
    linked
        .source()
        .load()
        .expect("a link to a regular file loads");
}

/// One raw HTTP/1.1 exchange with the shipped app served over a real socket; returns what the
/// server sent before closing.
async fn over_the_wire(raw_requests: &[&str]) -> Vec<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        summit_briefing::server::serve_on(
            listener,
            shipped_app(),
            &summit_briefing::ServerConfig::default(),
            async {
                let _ = stopped.await;
            },
        )
        .await
    });
    let mut answers = Vec::new();
    for raw in raw_requests {
        let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
        stream.write_all(raw.as_bytes()).await.expect("send");
        let mut out = Vec::new();
        tokio::time::timeout(
            std::time::Duration::from_secs(20),
            stream.read_to_end(&mut out),
        )
        .await
        .expect("the server answers and closes")
        .ok();
        answers.push(String::from_utf8_lossy(&out).into_owned());
    }
    let _ = stop.send(());
    let _ = server.await;
    answers
}

fn head_of(answer: &str) -> String {
    answer
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// RFC 9112, 3.2: an HTTP/1.1 request without a Host header, with two, or with an invalid one
/// is a 400 (a styled page, not cached); HTTP/1.0 needs none.
#[tokio::test]
async fn a_missing_duplicate_or_invalid_host_is_a_400() {
    let answers = over_the_wire(&[
        "GET / HTTP/1.1\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: user@a.example\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a example\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: briefing.example:8080\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: [::1]:3000\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.0\r\n\r\n",
    ])
    .await;
    for answer in &answers[..5] {
        assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
        let head = head_of(answer);
        assert!(head.contains("cache-control: no-store"), "{head}");
        assert!(head.contains("content-security-policy:"), "{head}");
        assert!(answer.contains("must name its host once"), "{answer}");
    }
    for answer in &answers[5..] {
        assert!(answer.contains(" 200 OK"), "{answer}");
    }
}

/// A 304 to HEAD says nothing about the length: `Content-Length: 0` would claim the resource
/// is empty. Checked on the wire, where hyper has had its say.
#[tokio::test]
async fn a_304_to_head_carries_no_content_length() {
    let page = request(&shipped_app(), Method::GET, "/about").await;
    let etag = header(&page, "etag").to_owned();
    let answers = over_the_wire(&[
        &format!(
            "HEAD /about HTTP/1.1\r\nHost: t\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n"
        ),
        &format!(
            "GET /about HTTP/1.1\r\nHost: t\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n"
        ),
        "HEAD /about HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
    ])
    .await;
    for answer in &answers[..2] {
        assert!(answer.starts_with("HTTP/1.1 304"), "{answer}");
        assert!(!head_of(answer).contains("content-length"), "{answer}");
    }
    // A HEAD answered 200 still tells the length of what a GET would send.
    assert!(answers[2].starts_with("HTTP/1.1 200"), "{}", answers[2]);
    assert!(
        head_of(&answers[2]).contains("content-length: "),
        "{}",
        answers[2]
    );
}

#[tokio::test]
async fn repeated_if_none_match_and_accept_encoding_lines_are_all_considered() {
    let state = crate::shipped_state();
    state.precompress();
    let app = summit_briefing::app(state);
    let page = request(&app, Method::GET, "/about").await;
    let etag = header(&page, "etag").to_owned();
    let r = send(
        &app,
        Request::builder()
            .uri("/about")
            .header("if-none-match", "\"not-this-one\"")
            .header("if-none-match", etag.as_str())
            .body(Body::empty())
            .expect("a request"),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_MODIFIED);
    let r = send(
        &app,
        Request::builder()
            .uri("/about")
            .header("accept-encoding", "identity;q=0.1")
            .header("accept-encoding", "gzip")
            .body(Body::empty())
            .expect("a request"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(header(&r, "content-encoding"), "gzip");
}

#[tokio::test]
async fn error_pages_are_not_stored_by_caches() {
    let app = shipped_app();
    for (method, path, status) in [
        (Method::GET, "/nowhere", 404),
        (Method::GET, "/countries/atlantis", 404),
        (Method::POST, "/", 405),
        (Method::GET, &format!("/{}", "a".repeat(5000)) as &str, 414),
    ] {
        let r = request(&app, method, path).await;
        assert_eq!(r.status, status, "{path}");
        assert_eq!(header(&r, "cache-control"), "no-store", "{path}");
    }
    // Pages that exist stay revalidated, not unstored.
    assert_eq!(
        header(&request(&app, Method::GET, "/").await, "cache-control"),
        "no-cache"
    );
}

/// NUL, other control characters, U+2028 and bidirectional overrides in the data are refused by
/// `check` (and so by a reload), escaped or raw, each named with its file and line.
#[test]
fn control_characters_in_the_data_are_refused_with_their_place() {
    let copy = crate::DataCopy::minimal();
    copy.replace(
        "events.toml",
        "The Dialogue is launched in Astana",
        "Bell\\u0007 nul\\u0000 line\\u2028 end",
    );
    copy.replace("sources.toml", "Ministry", "\u{202e}Ministry");
    let errors = copy
        .source()
        .load()
        .expect_err("control characters are refused");
    let shown = errors.to_string();
    assert_eq!(errors.0.len(), 2, "{shown}");
    let event = errors
        .0
        .iter()
        .find(|e| e.file.ends_with("events.toml"))
        .expect("the event's title");
    assert!(event.message.contains("U+0007"), "{shown}");
    assert!(event.line > 0, "{shown}");
    let source = errors
        .0
        .iter()
        .find(|e| e.file.ends_with("sources.toml"))
        .expect("the source's name");
    assert!(source.message.contains("U+202E"), "{shown}");
    let line = copy
        .read("sources.toml")
        .lines()
        .position(|l| l.contains('\u{202e}'))
        .expect("the line")
        + 1;
    assert_eq!(source.line, line, "{shown}");
}

/// Control characters a request carries (here in filter values, which the 400 page quotes)
/// never reach the HTML raw.
#[tokio::test]
async fn control_characters_from_a_request_never_reach_the_html_raw() {
    let app = summit_briefing::app(crate::state_of(
        summit_briefing::model::DataSource::Embedded,
    ));
    for (path, quoted) in [
        (
            "/timeline?country=a%07b%00c%E2%80%A8d",
            "a\u{FFFD}b\u{FFFD}c&#x2028;d",
        ),
        (
            "/timeline?year=20%1b%5B31m%C2%8525",
            "20\u{FFFD}[31m\u{FFFD}25",
        ),
    ] {
        let r = request(&app, Method::GET, path).await;
        assert_eq!(r.status, 400, "{path}");
        assert!(r.body.contains(quoted), "{path}: {}", r.body);
        let raw = r.body.chars().find(|&c| {
            (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{2028}' | '\u{2029}')
        });
        assert_eq!(raw, None, "{path}: a raw control character");
    }
}
