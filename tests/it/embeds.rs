//! Embeds: `/embed/timeline?…` and `/embed/countries/{id}` in every edition, which any site
//! may frame while every other answer still refuses to be framed; the same filters as the
//! timeline; and the embed code shown on the page each comes from.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use scraper::{ElementRef, Html, Selector};
use summit_briefing::security;

use crate::util::{Answer, TestApp, exchange};

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(css).expect("a valid selector");
    doc.select(&selector).collect()
}

fn attr(doc: &Html, css: &str, name: &str) -> Option<String> {
    select(doc, css)
        .first()
        .and_then(|e| e.value().attr(name).map(str::to_owned))
}

/// The directives of a `Content-Security-Policy`, trimmed.
fn directives(csp: &str) -> Vec<&str> {
    csp.split(';').map(str::trim).collect()
}

/// An answer that any site may frame: `frame-ancestors *`, no `X-Frame-Options`, and every
/// other security header as on any page.
fn assert_framable(r: &Answer, what: &str) {
    let csp = r.header("content-security-policy");
    assert_eq!(csp, security::EMBED_CONTENT_SECURITY_POLICY, "{what}");
    let (embed, page) = (
        directives(csp),
        directives(security::CONTENT_SECURITY_POLICY),
    );
    assert!(embed.contains(&"frame-ancestors *"), "{what}: {csp}");
    // The rest of the policy is the pages' own.
    let rest = |d: &[&str]| -> Vec<String> {
        d.iter()
            .filter(|d| !d.starts_with("frame-ancestors"))
            .map(|d| (*d).to_owned())
            .collect()
    };
    assert_eq!(rest(&embed), rest(&page), "{what}");
    assert!(
        r.headers.get("x-frame-options").is_none(),
        "{what} still says X-Frame-Options: {}",
        r.header("x-frame-options")
    );
    for (name, value) in security::security_headers(false) {
        if name == "content-security-policy" || name == "x-frame-options" {
            continue;
        }
        assert_eq!(r.headers.get(&name), Some(&value), "{what} lacks {name}");
    }
}

/// An answer no site may frame, as every page but an embed.
fn assert_not_framable(r: &Answer, what: &str) {
    assert_eq!(
        r.header("content-security-policy"),
        security::CONTENT_SECURITY_POLICY,
        "{what} ({})",
        r.status
    );
    assert!(
        directives(r.header("content-security-policy")).contains(&"frame-ancestors 'none'"),
        "{what}"
    );
    assert_eq!(r.header("x-frame-options"), "DENY", "{what} ({})", r.status);
}

async fn request(app: &TestApp, method: Method, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    exchange(&app.router, request.body(Body::empty()).expect("a request")).await
}

const EMBEDS: [&str; 7] = [
    "/embed/timeline",
    "/embed/timeline?country=kazakhstan&year=2024",
    "/embed/countries/kazakhstan",
    "/ja/embed/timeline",
    "/ja/embed/countries/japan",
    "/ru/embed/timeline?power=china",
    "/ru/embed/countries/uzbekistan",
];

#[tokio::test]
async fn embeds_may_be_framed_by_any_site_and_nothing_else_may() {
    let app = TestApp::shipped();
    for uri in EMBEDS {
        // Twice: the first filtered answer is rendered by the router, the second is the cached
        // copy; an unfiltered embed comes from the table (the fast path).
        for _ in 0..2 {
            let r = app.get(uri).await;
            assert_eq!(r.status, StatusCode::OK, "{uri}");
            assert_framable(&r, uri);
        }
        let r = app.head(uri).await;
        assert_eq!(r.status, StatusCode::OK, "HEAD {uri}");
        assert_framable(&r, &format!("HEAD {uri}"));
        // A revalidated embed is still an embed.
        let etag = app.get(uri).await.header("etag").to_owned();
        let r = request(&app, Method::GET, uri, &[("if-none-match", &etag)]).await;
        assert_eq!(r.status, StatusCode::NOT_MODIFIED, "{uri}");
        assert_framable(&r, &format!("{uri} (304)"));
    }
    // Every other page, and every answer at an embed's path that is not an embed.
    for (uri, status) in [
        ("/", StatusCode::OK),
        ("/timeline", StatusCode::OK),
        ("/timeline?country=kazakhstan&year=2024", StatusCode::OK),
        ("/countries/kazakhstan", StatusCode::OK),
        ("/ja/countries/japan", StatusCode::OK),
        ("/static/style.css", StatusCode::OK),
        ("/embed/countries/atlantis", StatusCode::NOT_FOUND),
        ("/ja/embed/countries/atlantis", StatusCode::NOT_FOUND),
        ("/embed/timeline?country=atlantis", StatusCode::BAD_REQUEST),
        ("/embed/timeline?year=1900", StatusCode::BAD_REQUEST),
        ("/embed/timeline.json", StatusCode::NOT_FOUND),
        ("/embed/timeline.png", StatusCode::NOT_FOUND),
        ("/embed/countries", StatusCode::NOT_FOUND),
        ("/embed/about", StatusCode::NOT_FOUND),
        ("/embed", StatusCode::NOT_FOUND),
        ("/embed/timeline/", StatusCode::MOVED_PERMANENTLY),
        (
            "/embed/timeline?country=Kazakhstan",
            StatusCode::MOVED_PERMANENTLY,
        ),
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, status, "{uri}");
        assert_not_framable(&r, uri);
    }
    let r = request(&app, Method::POST, "/embed/timeline", &[]).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_not_framable(&r, "POST /embed/timeline");
}

/// The ids of the events a page lists, in order.
fn listed_events(doc: &Html, css: &str) -> Vec<String> {
    select(doc, css)
        .iter()
        .map(|e| e.value().attr("id").expect("an event's id").to_owned())
        .collect()
}

#[tokio::test]
async fn a_filtered_embed_lists_exactly_the_events_of_the_filtered_timeline() {
    let app = TestApp::shipped();
    for (lang, query) in [
        ("", ""),
        ("", "?country=kazakhstan&year=2024"),
        ("", "?power=china"),
        ("", "?country=japan&country=kazakhstan&match=all"),
        ("", "?area=connectivity"),
        ("/ja", "?country=uzbekistan"),
        ("/ru", "?year=2024"),
    ] {
        let page = app.get(&format!("{lang}/timeline{query}")).await;
        let embed = app.get(&format!("{lang}/embed/timeline{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{lang}/timeline{query}");
        assert_eq!(embed.status, StatusCode::OK, "{lang}/embed/timeline{query}");
        let listed = listed_events(&page.html(), "#events-list li.event");
        let embedded = listed_events(&embed.html(), ".embed-events li.event");
        assert!(!listed.is_empty(), "{lang}/timeline{query} lists nothing");
        assert_eq!(embedded, listed, "{lang}/embed/timeline{query}");
        // The same chart, mark for mark.
        let marks = |a: &Answer| -> Vec<String> {
            let doc = a.html();
            select(&doc, "svg.timeline-svg a.mark")
                .iter()
                .filter_map(|e| e.value().attr("href").map(str::to_owned))
                .collect()
        };
        assert_eq!(marks(&embed), marks(&page), "{lang}/embed/timeline{query}");
    }
    // A filter that matches nothing says so, as the timeline does.
    let empty = app
        .get("/embed/timeline?country=japan&country=kazakhstan&power=china&power=russia&year=2004&match=all")
        .await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(listed_events(&empty.html(), ".embed-events li.event").is_empty());
    assert_eq!(
        empty
            .html()
            .select(&Selector::parse("p.empty").unwrap())
            .count(),
        1
    );
}

#[tokio::test]
async fn embed_filters_are_read_canonicalised_and_refused_as_the_timelines_are() {
    let app = TestApp::shipped();
    for (query, status, location) in [
        (
            "?country=Kazakhstan",
            StatusCode::MOVED_PERMANENTLY,
            Some("?country=kazakhstan"),
        ),
        (
            "?country=%20kazakhstan%20&year=2024",
            StatusCode::MOVED_PERMANENTLY,
            Some("?country=kazakhstan&year=2024"),
        ),
        ("?country=atlantis", StatusCode::BAD_REQUEST, None),
        ("?year=1900", StatusCode::BAD_REQUEST, None),
        ("?match=some", StatusCode::BAD_REQUEST, None),
        ("?utm_source=x", StatusCode::OK, None),
    ] {
        let page = app.get(&format!("/timeline{query}")).await;
        let embed = app.get(&format!("/embed/timeline{query}")).await;
        assert_eq!(page.status, status, "/timeline{query}");
        assert_eq!(embed.status, status, "/embed/timeline{query}");
        if let Some(to) = location {
            assert_eq!(page.header("location"), format!("/timeline{to}"));
            assert_eq!(embed.header("location"), format!("/embed/timeline{to}"));
        }
        if status == StatusCode::BAD_REQUEST {
            // The same error page, with the same message.
            assert_eq!(embed.texts("h1"), page.texts("h1"), "{query}");
            assert_eq!(embed.texts("main p"), page.texts("main p"), "{query}");
        }
    }
}

#[tokio::test]
async fn an_unknown_country_has_no_embed() {
    let app = TestApp::shipped();
    for uri in ["/embed/countries/atlantis", "/ru/embed/countries/atlantis"] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(
            r.header("content-type"),
            "text/html; charset=utf-8",
            "{uri}"
        );
        assert_eq!(r.html().select(&Selector::parse("h1").unwrap()).count(), 1);
    }
    assert_eq!(
        app.get("/embed/countries/atlantis").await.texts("h1"),
        ["Page not found"]
    );
}

#[tokio::test]
async fn every_edition_has_embeds_in_its_language_that_link_to_the_full_page() {
    let app = TestApp::shipped();
    for (lang, code) in [("", "en"), ("/ja", "ja"), ("/ru", "ru")] {
        for (embed, full) in [
            ("/embed/timeline", "/timeline"),
            ("/embed/countries/kazakhstan", "/countries/kazakhstan"),
            (
                "/embed/timeline?country=kazakhstan&year=2024",
                "/timeline?country=kazakhstan&year=2024",
            ),
        ] {
            let uri = format!("{lang}{embed}");
            let r = app.get(&uri).await;
            assert_eq!(r.status, StatusCode::OK, "{uri}");
            let doc = r.html();
            assert_eq!(attr(&doc, "html", "lang").as_deref(), Some(code), "{uri}");
            assert_eq!(
                attr(&doc, "meta[name=robots]", "content").as_deref(),
                Some("noindex"),
                "{uri}"
            );
            // The canonical page is the full one, at an absolute address.
            let canonical = attr(&doc, "link[rel=canonical]", "href").expect("a canonical");
            let url = url::Url::parse(&canonical).expect("absolute");
            assert_eq!(
                &url[url::Position::BeforePath..],
                format!("{lang}{full}"),
                "{uri}"
            );
            // "Open in the briefing" leads there, out of the frame.
            let open = select(&doc, "p.embed-open a");
            assert_eq!(open.len(), 1, "{uri}");
            let open = open[0].value();
            assert_eq!(open.attr("href"), Some(canonical.as_str()), "{uri}");
            assert_eq!(open.attr("target"), Some("_blank"), "{uri}");
            assert!(open.attr("rel").unwrap_or("").contains("noopener"), "{uri}");
            assert_eq!(attr(&doc, "base", "target").as_deref(), Some("_blank"));
            assert_eq!(attr(&doc, "base", "href"), None, "base-uri 'none'");
            // One heading, the page's; none of the site's chrome.
            assert_eq!(select(&doc, "h1").len(), 1, "{uri}");
            for chrome in [
                ".site-header",
                ".site-footer",
                "nav",
                "form",
                "input",
                "script",
                ".share",
                "iframe",
            ] {
                assert!(select(&doc, chrome).is_empty(), "{uri} has {chrome}");
            }
            // Every cited source is listed with its address, and every claim shown cites one.
            let sources = select(&doc, ".embed-sources li a");
            assert!(!sources.is_empty(), "{uri} lists no sources");
            for s in &sources {
                let href = s.value().attr("href").expect("an address");
                assert!(href.starts_with("http"), "{uri}: {href}");
            }
            for e in select(&doc, ".embed-events li.event") {
                let cites = Selector::parse("a.cite").unwrap();
                assert!(
                    e.select(&cites).next().is_some(),
                    "{uri}: event {:?} shows no source",
                    e.value().attr("id")
                );
            }
            // No English interface words in the other editions.
            if code != "en" {
                for english in ["Open in the briefing", "Sources of what is shown"] {
                    assert!(!r.text().contains(english), "{uri} says {english}");
                }
            }
        }
    }
    // A country's embed shows its key facts, each with its sources.
    let r = app.get("/embed/countries/kazakhstan").await;
    let doc = r.html();
    let facts = select(&doc, "dl.facts dd");
    assert!(facts.len() >= 3, "only {} facts", facts.len());
    for dd in facts {
        assert!(
            dd.select(&Selector::parse("a.cite").unwrap())
                .next()
                .is_some(),
            "a fact without its source: {}",
            dd.text().collect::<String>()
        );
    }
    assert_eq!(
        select(&doc, "svg.timeline-svg").len(),
        1,
        "the timeline strip"
    );
}

/// The `<iframe>` of the embed code on the page `uri`, parsed from the text it shows.
async fn snippet(app: &TestApp, uri: &str) -> (Answer, String, String) {
    let r = app.get(uri).await;
    assert_eq!(r.status, StatusCode::OK, "{uri}");
    let doc = r.html();
    let code = select(&doc, "details.embed-code textarea");
    assert_eq!(code.len(), 1, "{uri} has no embed code");
    let code: String = code[0].text().collect();
    let preview = attr(&doc, "details.embed-code a", "href").expect("a preview link");
    (r, code, preview)
}

#[tokio::test]
async fn the_embed_code_frames_the_same_view_by_an_absolute_address_escaped_once_more() {
    let app = TestApp::shipped();
    for (uri, embed) in [
        ("/timeline", "/embed/timeline"),
        (
            "/timeline?country=japan&country=kazakhstan&match=all",
            "/embed/timeline?country=japan&country=kazakhstan&match=all",
        ),
        ("/countries/kazakhstan", "/embed/countries/kazakhstan"),
        ("/ja/countries/japan", "/ja/embed/countries/japan"),
        ("/ru/timeline?year=2024", "/ru/embed/timeline?year=2024"),
    ] {
        let (page, code, preview) = snippet(&app, uri).await;
        assert_eq!(preview, embed, "{uri}: the preview link");
        // The code is text on the page: its markup is escaped there, never raw.
        let raw = page.text();
        assert!(!raw.contains("<iframe"), "{uri}: a raw iframe");
        assert!(raw.contains("&#60;iframe"), "{uri}: the code is escaped");
        // Parsed as the page that pastes it would parse it.
        let pasted = Html::parse_fragment(&code);
        let frames = select(&pasted, "iframe");
        assert_eq!(frames.len(), 1, "{uri}: {code}");
        let frame = frames[0].value();
        let src = frame.attr("src").expect("a src");
        let url = url::Url::parse(src).unwrap_or_else(|e| panic!("{uri}: {src} {e}"));
        assert!(matches!(url.scheme(), "http" | "https"), "{src}");
        assert_eq!(&url[url::Position::BeforePath..], embed, "{uri}");
        // The same host as the page's own canonical link.
        let canonical = attr(&page.html(), "link[rel=canonical]", "href").expect("canonical");
        let canonical = url::Url::parse(&canonical).expect("absolute");
        assert_eq!(url.origin(), canonical.origin(), "{uri}");
        let title = frame.attr("title").expect("a title");
        assert_eq!(
            title,
            page.texts("head > title").join(""),
            "{uri}: the frame is named as the page is"
        );
        assert_eq!(frame.attr("loading"), Some("lazy"));
        for size in ["width", "height"] {
            let n: u32 = frame
                .attr(size)
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{uri}: {size}"));
            assert!(n >= 300, "{uri}: {size} {n}");
        }
        // And it frames what it says.
        let framed = app.get(embed).await;
        assert_eq!(framed.status, StatusCode::OK, "{embed}");
        assert_framable(&framed, embed);
    }
    // Only the timeline and the countries have an embed.
    for uri in [
        "/",
        "/about",
        "/timeline/tokyo-summit-2025",
        "/powers/china",
    ] {
        let r = app.get(uri).await;
        assert!(
            select(&r.html(), "details.embed-code").is_empty(),
            "{uri} offers an embed"
        );
    }
}

#[tokio::test]
async fn a_forged_host_never_reaches_the_embed_code_or_an_embed() {
    let app = TestApp::shipped();
    for uri in [
        "/timeline?country=kazakhstan&power=china",
        "/countries/japan",
        "/embed/timeline?country=uzbekistan",
        "/embed/countries/japan",
    ] {
        let r = request(&app, Method::GET, uri, &[("host", "evil.example")]).await;
        // Refused, or answered without the forged host anywhere.
        if r.status == StatusCode::OK {
            assert!(!r.text().contains("evil.example"), "{uri}");
        }
        let again = app.get(uri).await;
        assert!(!again.text().contains("evil.example"), "{uri} (cached)");
    }
}

#[tokio::test]
async fn embeds_are_not_in_the_sitemap_and_have_no_preview_or_data() {
    let app = TestApp::shipped();
    let sitemap = app.get("/sitemap.xml").await.text();
    assert!(sitemap.contains("/countries/kazakhstan"));
    assert!(!sitemap.contains("/embed/"), "embeds are in the sitemap");
    let data = app.get("/data").await.text();
    assert!(!data.contains("/embed/"), "embeds are listed as data");
    // An embed's page is the one shared and previewed.
    let doc = app.get("/embed/countries/japan").await.html();
    assert!(select(&doc, "meta[property='og:image']").is_empty());
}
