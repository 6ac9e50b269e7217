//! Every link previews and can be cited: absolute `og:` tags on every page family, a
//! 1200x630 preview image per page, share links and citations that parse, and no way for a
//! request's Host header to reach a page.

use std::collections::HashSet;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use scraper::{Html, Selector};
use summit_briefing::{AppState, Config, app};
use tower::ServiceExt;

use crate::util::{TestApp, shipped_briefing};

const BRAND: &str = "Central Asia + Japan Dialogue briefing";

/// One page of each family, a filtered timeline among them.
fn family_paths() -> Vec<String> {
    let b = shipped_briefing();
    let mut paths: Vec<String> = crate::html_paths(&b);
    paths.push("/timeline?country=kazakhstan&power=china".to_owned());
    paths
}

fn meta(doc: &Html, css: &str, attr: &str) -> Option<String> {
    let selector = Selector::parse(css).expect("a selector");
    doc.select(&selector)
        .next()
        .and_then(|e| e.value().attr(attr).map(str::to_owned))
}

fn absolute(u: &str) -> url::Url {
    let parsed = url::Url::parse(u).unwrap_or_else(|e| panic!("{u} is not absolute: {e}"));
    assert!(matches!(parsed.scheme(), "http" | "https"), "{u}");
    parsed
}

#[tokio::test]
async fn every_page_has_absolute_preview_tags_and_a_title_with_context() {
    let app = TestApp::shipped();
    for path in family_paths() {
        let page = app.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let doc = page.html();
        let canonical = meta(&doc, "link[rel=canonical]", "href").expect("a canonical link");
        let og_url = meta(&doc, "meta[property='og:url']", "content").expect("og:url");
        assert_eq!(canonical, og_url, "{path}");
        let url = absolute(&canonical);
        assert_eq!(
            &url[url::Position::BeforePath..],
            path,
            "the canonical URL is the page's own"
        );
        let image = meta(&doc, "meta[property='og:image']", "content").expect("og:image");
        let image = absolute(&image);
        assert!(image.path().ends_with(".png"), "{image}");
        assert_eq!(
            meta(&doc, "meta[property='og:image:width']", "content").as_deref(),
            Some("1200")
        );
        assert_eq!(
            meta(&doc, "meta[property='og:image:height']", "content").as_deref(),
            Some("630")
        );
        let alt = meta(&doc, "meta[property='og:image:alt']", "content").expect("an alt");
        assert!(alt.contains(BRAND), "{path}: {alt}");
        assert_eq!(
            meta(&doc, "meta[name='twitter:card']", "content").as_deref(),
            Some("summary_large_image")
        );
        let og_title = meta(&doc, "meta[property='og:title']", "content").expect("og:title");
        assert!(og_title.ends_with(BRAND), "{path}: {og_title}");
        let title = page.texts("head > title").join("");
        assert!(title.contains(BRAND), "{path}: {title}");
    }
}

#[tokio::test]
async fn titles_say_which_briefing_and_which_view() {
    let app = TestApp::shipped();
    let title = |page: crate::util::Answer| page.texts("head > title").join("");
    assert_eq!(
        title(app.get("/countries/kazakhstan").await),
        format!("Kazakhstan \u{b7} {BRAND}")
    );
    assert_eq!(
        title(app.get("/timeline?country=kazakhstan&power=china").await),
        format!("Timeline: Kazakhstan, China \u{b7} {BRAND}")
    );
}

/// The answer to `uri` with extra request headers.
async fn get_with(router: &summit_briefing::App, uri: &str, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut request = Request::builder().uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = router
        .clone()
        .oneshot(request.body(Body::empty()).expect("a request"))
        .await
        .expect("infallible");
    assert_eq!(response.status(), StatusCode::OK, "{uri}");
    response
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes()
        .to_vec()
}

#[tokio::test]
async fn a_forged_host_header_changes_nothing() {
    let router = crate::shipped_app();
    let forged = [
        ("host", "evil.example"),
        ("x-forwarded-host", "evil.example"),
        ("forwarded", "host=evil.example;proto=https"),
    ];
    // The forged request comes first, so that it is the one that fills the caches.
    for uri in [
        "/countries/japan",
        "/timeline?country=japan&year=2024",
        "/countries/japan.png",
        "/timeline.png?country=japan",
    ] {
        let bad = get_with(&router, uri, &forged).await;
        let good = get_with(&router, uri, &[("host", "127.0.0.1:3000")]).await;
        assert_eq!(bad, good, "{uri}");
        assert!(
            !String::from_utf8_lossy(&bad).contains("evil.example"),
            "{uri}"
        );
    }
}

#[tokio::test]
async fn the_configured_public_url_makes_every_link_absolute() {
    let b = shipped_briefing();
    let state = AppState::new(
        b,
        summit_briefing::model::DataSource::Embedded,
        Config {
            public_url: Some("https://briefing.example.org".into()),
            precompress: summit_briefing::Precompress::OnDemand,
            ..Config::default()
        },
    );
    let router = app(state);
    let html = String::from_utf8(get_with(&router, "/countries/japan", &[]).await).expect("UTF-8");
    let doc = Html::parse_document(&html);
    assert_eq!(
        meta(&doc, "meta[property='og:image']", "content").as_deref(),
        Some("https://briefing.example.org/countries/japan.png")
    );
    assert_eq!(
        meta(&doc, "link[rel=canonical]", "href").as_deref(),
        Some("https://briefing.example.org/countries/japan")
    );
}

#[tokio::test]
async fn every_preview_is_a_distinct_1200x630_png_with_an_etag() {
    let app = TestApp::shipped();
    let mut images = HashSet::new();
    let mut etags = HashSet::new();
    let b = shipped_briefing();
    let mut paths: Vec<String> = summit_briefing::urls::PageId::all(&b)
        .iter()
        .filter(|p| p.has(summit_briefing::urls::Format::Png))
        .map(|p| {
            p.path(
                summit_briefing::i18n::Lang::En,
                summit_briefing::urls::Format::Png,
            )
        })
        .collect();
    paths.push("/timeline.png?country=kazakhstan".into());
    paths.push("/timeline.png?country=kazakhstan&power=china".into());
    assert!(paths.contains(&"/index.png".to_owned()));
    for path in &paths {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_eq!(page.header("content-type"), "image/png", "{path}");
        let decoder = png::Decoder::new(std::io::Cursor::new(&page.body));
        let reader = decoder.read_info().expect("a PNG");
        let info = reader.info();
        assert_eq!((info.width, info.height), (1200, 630), "{path}");
        let etag = page.header("etag").to_owned();
        assert!(!etag.is_empty(), "{path}");
        assert!(images.insert(page.body.clone()), "{path} shares its image");
        assert!(etags.insert(etag.clone()), "{path} shares its ETag");
        // Asked again, it is the same image, and a revalidation costs nothing.
        let again = app.get(path).await;
        assert_eq!(again.body, page.body, "{path}");
        let request = Request::builder()
            .uri(path.as_str())
            .header("if-none-match", etag)
            .body(Body::empty())
            .expect("a request");
        let response = app
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible");
        assert_eq!(response.status(), StatusCode::NOT_MODIFIED, "{path}");
    }
}

#[tokio::test]
async fn a_preview_of_nothing_is_a_404_page() {
    let app = TestApp::shipped();
    let page = app.get("/countries/atlantis.png").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.header("content-type").starts_with("text/html"));
    let bad = app.get("/timeline.png?country=atlantis").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let redirect = app.get("/timeline.png?country=Japan").await;
    assert_eq!(redirect.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(redirect.header("location"), "/timeline.png?country=japan");
}

#[tokio::test]
async fn every_page_can_be_cited_in_three_formats_that_parse() {
    let app = TestApp::shipped();
    let hash = shipped_briefing().version.hash;
    for path in family_paths() {
        let page = app.get(&path).await;
        let doc = page.html();
        let permalink = meta(&doc, "link[rel=canonical]", "href").expect("canonical");
        let sep = if permalink.contains('?') { '&' } else { '?' };
        let versioned = format!("{permalink}{sep}v={hash}");
        let citations = page.texts("pre.citation");
        assert_eq!(citations.len(), 3, "{path}");
        let cites: Vec<String> = {
            let selector = Selector::parse("pre.citation").expect("a selector");
            doc.select(&selector).map(|e| e.text().collect()).collect()
        };
        let (text, bibtex, csl) = (&cites[0], &cites[1], &cites[2]);
        assert!(text.contains(&versioned), "{path}: {text}");
        assert!(text.contains("accessed 2026-11-28"), "{text}");
        assert!(text.contains("The maintainers of the summit-briefing project"));

        let bib = biblatex::Bibliography::parse(bibtex)
            .unwrap_or_else(|e| panic!("{path}: BibTeX does not parse: {e:?}\n{bibtex}"));
        assert_eq!(bib.len(), 1, "{path}");
        let entry = bib.iter().next().expect("an entry");
        let url = entry.url().expect("a url field");
        assert_eq!(url, versioned, "{path}");
        assert!(entry.title().is_ok(), "{path}");

        let csl: serde_json::Value = serde_json::from_str(csl).expect("CSL-JSON is JSON");
        let item = &csl[0];
        assert_eq!(item["type"], "webpage");
        assert_eq!(item["URL"], versioned.as_str());
        assert_eq!(item["version"], hash.as_str());
        assert_eq!(
            item["accessed"]["date-parts"][0],
            serde_json::json!([2026, 11, 28])
        );
        assert!(item["title"].as_str().is_some_and(|t| !t.is_empty()));
    }
}

#[tokio::test]
async fn share_links_are_plain_links_that_carry_the_permalink() {
    let app = TestApp::shipped();
    let path = "/timeline?country=kazakhstan&power=china";
    let page = app.get(path).await;
    let doc = page.html();
    let permalink = meta(&doc, "link[rel=canonical]", "href").expect("canonical");
    let links = page.attrs(".share-links a", "href");
    let labels = page.texts(".share-links a");
    assert_eq!(labels, ["E-mail", "X", "LINE", "Telegram", "Facebook"]);
    for href in &links {
        let url = url::Url::parse(href).unwrap_or_else(|e| panic!("{href}: {e}"));
        let carried: Vec<String> = url
            .query_pairs()
            .filter(|(k, _)| matches!(&**k, "url" | "u" | "body"))
            .map(|(_, v)| v.into_owned())
            .collect();
        assert!(
            carried.iter().any(|v| v.contains(&permalink)),
            "{href} does not carry {permalink}"
        );
        if url.scheme() == "https" {
            assert!(
                !carried.iter().any(|v| v.contains("utm_")),
                "no tracking parameters"
            );
        } else {
            assert_eq!(url.scheme(), "mailto");
        }
    }
    assert!(
        page.html()
            .select(&Selector::parse("script").expect("css"))
            .next()
            .is_none()
    );
}

#[tokio::test]
async fn claims_and_sources_link_to_themselves() {
    let app = TestApp::shipped();
    for path in [
        "/",
        "/sources",
        "/countries/kazakhstan",
        "/countries/japan",
        "/powers/china",
        "/areas/connectivity",
        "/timeline",
    ] {
        let page = app.get(path).await;
        let doc = page.html();
        let hrefs = page.attrs("a.self-link", "href");
        assert!(!hrefs.is_empty(), "{path}");
        for href in hrefs {
            let id = href.strip_prefix('#').expect("a fragment");
            let target = Selector::parse(&format!("[id='{id}']")).expect("css");
            assert_eq!(doc.select(&target).count(), 1, "{path}{href}");
        }
    }
}

#[tokio::test]
async fn cited_by_links_lead_to_the_claim_itself() {
    let app = TestApp::shipped();
    for lang in ["", "/ja"] {
        let sources = app.get(&format!("{lang}/sources")).await;
        let hrefs = sources.attrs("li.source details a", "href");
        assert!(hrefs.len() > 200, "{lang}: {} links", hrefs.len());
        let mut pages = std::collections::HashMap::new();
        let mut to_claims = 0;
        for href in &hrefs {
            let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
            if !pages.contains_key(path) {
                let page = app.get(path).await;
                assert_eq!(page.status, StatusCode::OK, "{href}");
                pages.insert(path.to_owned(), page.html());
            }
            if fragment.is_empty() {
                continue;
            }
            to_claims += 1;
            let target = Selector::parse(&format!("[id='{fragment}']")).expect("css");
            assert_eq!(pages[path].select(&target).count(), 1, "{lang}: {href}");
        }
        // Before, every citation of the overview pointed at its top; now only the summit as a
        // whole does, and the facts, points and levers of the other pages at themselves.
        let to_top = hrefs.iter().filter(|h| *h == &format!("{lang}/")).count();
        assert!(
            to_top <= 10,
            "{lang}: {to_top} links to the top of the overview"
        );
        assert!(
            to_claims > hrefs.len() / 2,
            "{lang}: {to_claims} of {}",
            hrefs.len()
        );
    }
}

#[tokio::test]
async fn the_export_writes_every_preview_beside_its_page() {
    let state = crate::shipped_state();
    let out = tempfile::tempdir().expect("a temp dir");
    summit_briefing::export::export(&state, out.path())
        .await
        .expect("export succeeds");
    let b = shipped_briefing();
    for page in summit_briefing::urls::PageId::all(&b)
        .iter()
        .filter(|p| p.has(summit_briefing::urls::Format::Png))
    {
        let path = page.path(
            summit_briefing::i18n::Lang::En,
            summit_briefing::urls::Format::Png,
        );
        let file = summit_briefing::export::page_file(out.path(), &path);
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .expect("a PNG");
        assert_eq!((reader.info().width, reader.info().height), (1200, 630));
    }
    assert!(out.path().join("index.png").is_file());
    assert!(out.path().join("countries/japan.png").is_file());
}
