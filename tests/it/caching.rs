//! Pre-rendered pages on the wire: ETags, 304s, content negotiation, HEAD, the filter cache,
//! the static export, and swapping in a new briefing.

use std::io::Read;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode};
use summit_briefing::App;
use summit_briefing::model::{Briefing, DataSource};
use summit_briefing::{AppState, Config, Precompress, app};

use crate::{DataCopy, test_today};

/// The shipped briefing with every page compressed, as a server has it once warmed up;
/// shared by the tests that do not replace its data (compressing takes a moment).
pub fn warm_state() -> AppState {
    static WARM: std::sync::LazyLock<AppState> = std::sync::LazyLock::new(fresh_warm_state);
    WARM.clone()
}

fn fresh_warm_state() -> AppState {
    let state = AppState::new(
        DataSource::Embedded.load().expect("shipped data loads"),
        DataSource::Embedded,
        Config {
            today: Some(test_today()),
            precompress: Precompress::OnDemand,
            ..Config::default()
        },
    );
    state.precompress();
    state
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The body as the browser reads it, whatever the coding.
    fn decoded(&self) -> String {
        let mut text = String::new();
        match self.header("content-encoding") {
            "gzip" => flate2::read::GzDecoder::new(&self.body[..])
                .read_to_string(&mut text)
                .expect("valid gzip"),
            "br" => brotli::Decompressor::new(&self.body[..], 4096)
                .read_to_string(&mut text)
                .expect("valid brotli"),
            "" => {
                text = String::from_utf8(self.body.to_vec()).expect("UTF-8");
                0
            }
            other => panic!("unexpected coding {other}"),
        };
        text
    }
}

async fn send(app: &App, method: Method, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let answer =
        crate::util::exchange(app, request.body(Body::empty()).expect("a valid request")).await;
    Answer {
        status: answer.status,
        headers: answer.headers,
        body: answer.body.into(),
    }
}

async fn get(app: &App, uri: &str, headers: &[(&str, &str)]) -> Answer {
    send(app, Method::GET, uri, headers).await
}

#[tokio::test]
async fn pages_carry_a_strong_etag_and_revalidate_with_304() {
    let app = app(warm_state());
    for uri in [
        "/",
        "/timeline",
        "/countries/japan",
        "/timeline?country=japan",
    ] {
        let first = get(&app, uri, &[]).await;
        assert_eq!(first.status, StatusCode::OK, "{uri}");
        let etag = first.header("etag").to_owned();
        assert!(
            etag.starts_with('"') && etag.ends_with('"') && etag.len() > 2,
            "{uri}: a strong ETag, got {etag:?}"
        );
        assert_eq!(first.header("cache-control"), "no-cache", "{uri}");
        assert_eq!(first.header("vary"), "accept-encoding", "{uri}");

        let again = get(&app, uri, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{uri}");
        assert!(again.body.is_empty(), "{uri}: a 304 has no body");
        assert_eq!(again.header("etag"), etag);
        assert_eq!(again.header("vary"), "accept-encoding");
        assert_eq!(again.header("cache-control"), "no-cache");

        let listed = format!("\"nope\", W/{etag}");
        let weak = get(&app, uri, &[("if-none-match", &listed)]).await;
        assert_eq!(weak.status, StatusCode::NOT_MODIFIED, "{uri}: lists and W/");

        let stale = get(&app, uri, &[("if-none-match", "\"0000\"")]).await;
        assert_eq!(
            stale.status,
            StatusCode::OK,
            "{uri}: another ETag gets the page"
        );
    }
}

#[tokio::test]
async fn accept_encoding_chooses_brotli_gzip_or_plain_by_q_value() {
    let app = app(warm_state());
    let plain = get(&app, "/", &[]).await;
    assert_eq!(plain.header("content-encoding"), "");
    let html = plain.decoded();
    for (accept, coding) in [
        ("gzip", "gzip"),
        ("gzip, deflate, br, zstd", "br"),
        ("br;q=0, gzip", "gzip"),
        ("br;q=0.4, gzip;q=0.9", "gzip"),
        ("identity", ""),
        ("gzip;q=0, br;q=0", ""),
        ("deflate", ""),
        ("*", "br"),
    ] {
        let answer = get(&app, "/", &[("accept-encoding", accept)]).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.header("content-encoding"), coding, "{accept}");
        assert_eq!(answer.header("vary"), "accept-encoding", "{accept}");
        assert_eq!(
            answer.header("content-length"),
            answer.body.len().to_string(),
            "{accept}"
        );
        assert_eq!(answer.decoded(), html, "{accept}: the same page");
        if !coding.is_empty() {
            assert!(answer.body.len() < plain.body.len() / 3, "{accept}");
            assert_ne!(answer.header("etag"), plain.header("etag"), "{accept}");
        }
    }
    // Each representation revalidates against its own ETag.
    let gz = get(&app, "/", &[("accept-encoding", "gzip")]).await;
    let again = get(
        &app,
        "/",
        &[
            ("accept-encoding", "gzip"),
            ("if-none-match", gz.header("etag")),
        ],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn pages_are_served_at_once_and_compressed_when_ready() {
    let state = AppState::new(
        DataSource::Embedded.load().expect("loads"),
        DataSource::Embedded,
        Config {
            today: Some(test_today()),
            precompress: Precompress::OnDemand,
            ..Config::default()
        },
    );
    let app = app(state.clone());
    // Answered before the site has rendered and compressed everything (the page asked for
    // is rendered for the request, or served uncompressed once rendered with the others).
    let before = get(&app, "/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(before.status, StatusCode::OK);
    state.precompress();
    let after = get(&app, "/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(after.header("content-encoding"), "gzip");
    assert_eq!(after.decoded(), before.decoded());
}

#[tokio::test]
async fn head_has_the_headers_of_get_and_no_body() {
    let app = app(warm_state());
    for uri in ["/", "/powers/china", "/timeline?year=2024"] {
        let got = get(&app, uri, &[("accept-encoding", "br")]).await;
        let head = send(&app, Method::HEAD, uri, &[("accept-encoding", "br")]).await;
        assert_eq!(head.status, StatusCode::OK, "{uri}");
        assert!(head.body.is_empty(), "{uri}");
        for name in [
            "etag",
            "content-type",
            "content-encoding",
            "vary",
            "cache-control",
        ] {
            assert_eq!(head.header(name), got.header(name), "{uri}: {name}");
        }
        assert_eq!(
            head.header("content-length"),
            got.body.len().to_string(),
            "{uri}"
        );
    }
}

#[tokio::test]
async fn hashed_assets_are_compressed_and_immutable() {
    let app = app(warm_state());
    let home = get(&app, "/", &[]).await.decoded();
    let start = home.find("href=\"/static/style.").expect("stylesheet") + 6;
    let href = &home[start..start + home[start..].find('"').expect("quote")];
    let css = get(&app, href, &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-encoding"), "br");
    assert_eq!(
        css.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert!(css.header("content-type").starts_with("text/css"));
    assert!(css.decoded().contains("body"));
    let again = get(&app, href, &[("if-none-match", css.header("etag"))]).await;
    // Without Accept-Encoding the plain file is chosen, whose ETag differs: a full answer.
    assert_eq!(again.status, StatusCode::OK);
}

#[tokio::test]
async fn filtered_timelines_are_cached_under_their_canonical_link_and_stay_correct() {
    // Its own state: it counts cache entries.
    let state = fresh_warm_state();
    let app = app(state.clone());
    let b = state.briefing();
    assert_eq!(state.site().cached_views(), 0);

    let one = get(&app, "/timeline?country=kazakhstan&year=2024", &[]).await;
    assert_eq!(one.status, StatusCode::OK);
    assert_eq!(state.site().cached_views(), 1);
    // The same view spelled differently, with a tracking tag: the same entry, the same page.
    let two = get(
        &app,
        "/timeline?year=2024&utm_source=chat&country=kazakhstan",
        &[("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(state.site().cached_views(), 1);
    assert_eq!(two.decoded(), one.decoded());
    let page = html_escape::decode_html_entities(&one.decoded()).into_owned();
    for e in &b.events {
        let wanted = e.date.year() == 2024 && e.countries.iter().any(|c| c == "kazakhstan");
        assert_eq!(
            page.contains(&format!("id=\"{}\"", e.id)),
            wanted,
            "{}",
            e.id
        );
    }

    // No filter at all is the pre-rendered page, not a cache entry.
    let all = get(&app, "/timeline?utm_source=chat", &[]).await;
    assert_eq!(
        all.header("etag"),
        get(&app, "/timeline", &[]).await.header("etag")
    );
    assert_eq!(state.site().cached_views(), 1);

    // Bad values are still the 400 page, and are not cached.
    let bad = get(&app, "/timeline?country=atlantis", &[]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.decoded().contains("no country"));
    assert_eq!(state.site().cached_views(), 1);
}

#[tokio::test]
async fn unknown_slugs_are_still_404_pages() {
    let app = app(warm_state());
    let page = get(&app, "/countries/atlantis", &[("accept-encoding", "gzip")]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.decoded().contains("Page not found"));
    // A slug spelled with percent-escapes or capitals is the same page: one canonical URL.
    for spelling in [
        "/countries/%6Aapan",
        "/Countries/Japan",
        "/countries/japan/",
    ] {
        let page = get(&app, spelling, &[]).await;
        assert_eq!(page.status, StatusCode::MOVED_PERMANENTLY, "{spelling}");
        assert_eq!(
            page.headers.get("location").map(|v| v.as_bytes()),
            Some(&b"/countries/japan"[..]),
            "{spelling}"
        );
    }
}

#[tokio::test]
async fn export_writes_every_page_with_its_variants_exactly_as_served() {
    let state = warm_state();
    let app = app(state.clone());
    let out = tempfile::tempdir().expect("a temp dir");
    let summary = summit_briefing::export::export(&state, out.path())
        .await
        .expect("export succeeds");
    let b = state.briefing();
    let paths = crate::edition_all_paths(&b);
    assert_eq!(summary.pages, paths.len());
    assert!(paths.contains(&"/timeline/tokyo-summit-2025".to_owned()));
    for path in &paths {
        let file = summit_briefing::export::page_file(out.path(), path);
        for (suffix, accept) in [("", "identity"), (".gz", "gzip"), (".br", "br")] {
            let mut name = file.as_os_str().to_owned();
            name.push(suffix);
            let written = std::fs::read(&name)
                .unwrap_or_else(|e| panic!("{path}: {} missing: {e}", file.display()));
            let served = get(&app, path, &[("accept-encoding", accept)]).await;
            assert_eq!(served.status, StatusCode::OK, "{path}");
            assert!(
                written == served.body,
                "{path}{suffix} differs from what is served"
            );
        }
    }
    assert!(out.path().join("index.html").is_file());
    assert!(out.path().join("timeline/index.html").is_file());
    assert!(out.path().join("404.html").is_file());
    let css = std::fs::read_dir(out.path().join("static"))
        .expect("static dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("style.") && n.ends_with(".css.br"))
        .count();
    assert_eq!(
        css, 2,
        "hashed and plain stylesheet, each with a .br sibling"
    );
}

fn fixture() -> Briefing {
    DataCopy::minimal().source().load().expect("fixture loads")
}

#[tokio::test]
async fn replace_swaps_pages_etags_and_cached_views_together() {
    let state = fresh_warm_state();
    let app = app(state.clone());
    let home = get(&app, "/", &[]).await;
    let filtered = get(&app, "/timeline?country=kazakhstan", &[]).await;
    assert_eq!(state.site().cached_views(), 1);
    assert_eq!(
        get(&app, "/countries/uzbekistan", &[]).await.status,
        StatusCode::OK
    );

    state.replace(fixture());

    assert_eq!(
        state.site().cached_views(),
        0,
        "the old filtered views are gone"
    );
    assert_eq!(state.briefing().events.len(), 2);
    let home2 = get(&app, "/", &[]).await;
    assert_ne!(home2.header("etag"), home.header("etag"));
    assert!(home2.decoded().contains("Central Asia + Japan Dialogue"));
    let old = get(&app, "/", &[("if-none-match", home.header("etag"))]).await;
    assert_eq!(old.status, StatusCode::OK, "the old ETag no longer matches");
    // The fixture has no Uzbekistan and two events.
    assert_eq!(
        get(&app, "/countries/uzbekistan", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    let timeline = get(&app, "/timeline", &[]).await.decoded();
    assert!(timeline.contains("2 of 2 events"), "{timeline}");
    let filtered2 = get(&app, "/timeline?country=kazakhstan", &[]).await;
    assert_ne!(filtered2.decoded(), filtered.decoded());
    assert!(filtered2.decoded().contains("id=\"dialogue-launch\""));
    assert_eq!(state.today(), test_today());
}

#[tokio::test]
async fn a_long_timeline_shows_its_latest_years_and_links_the_others() {
    let copy = DataCopy::minimal();
    let mut events = copy.read("events.toml");
    // 400 extra one-day events, 20 a year from 2005 to 2024: past one page.
    for i in 0..400 {
        let year = 2005 + i / 20;
        events.push_str(&format!(
            "\n[[event]]\nid = \"extra-{i}\"\ndate = \"{year}-03-01\"\ntitle = \"Extra {i}\"\n\
             summary = \"Synthetic.\"\nkind = \"other\"\nstatus = \"happened\"\nsources = [\"mofa-2004\"]\n"
        ));
    }
    copy.write("events.toml", &events);
    let state = AppState::new(
        copy.source().load().expect("valid data"),
        copy.source(),
        Config {
            today: Some(test_today()),
            precompress: Precompress::OnDemand,
            ..Config::default()
        },
    );
    let app = app(state);
    let page = get(&app, "/timeline", &[]).await.decoded();
    let page = html_escape::decode_html_entities(&page).into_owned();
    assert!(
        page.contains("id=\"tokyo-summit-2025\""),
        "the latest event is there"
    );
    assert!(
        !page.contains("id=\"dialogue-launch\""),
        "2004 is on its own page"
    );
    assert!(page.contains("href=\"/timeline?year=2004\""));
    assert!(page.contains("href=\"/timeline?year=2010\""));
    let shown = page.matches("class=\"event\"").count();
    assert!((280..=300).contains(&shown), "{shown} events on the page");
    let year = get(&app, "/timeline?year=2004", &[]).await;
    assert_eq!(year.status, StatusCode::OK);
    assert!(year.decoded().contains("id=\"dialogue-launch\""));
}
