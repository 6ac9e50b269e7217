//! The Japanese and Russian editions: every page of every edition served in its language,
//! linked to its other editions both ways, with a switcher that keeps the page and its
//! filters; errors, feeds and data in the edition asked for; dates in each language.

use axum::http::{Method, StatusCode};
use scraper::Selector;
use summit_briefing::i18n::Lang;
use summit_briefing::urls::{Format, PageId};

use crate::util::{TestApp, send, shipped_briefing};

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// The path of an absolute URL made with the default public URL.
fn path_of(url: &str) -> String {
    let parsed = url::Url::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"));
    match parsed.query() {
        Some(q) => format!("{}?{q}", parsed.path()),
        None => parsed.path().to_owned(),
    }
}

/// `hreflang` -> path of every `<link rel="alternate" hreflang>` in a page's head.
fn hreflang(html: &scraper::Html) -> Vec<(String, String)> {
    html.select(&sel("head link[rel=alternate][hreflang]"))
        .map(|l| {
            let v = l.value();
            (
                v.attr("hreflang").unwrap_or_default().to_owned(),
                path_of(v.attr("href").unwrap_or_default()),
            )
        })
        .collect()
}

#[tokio::test]
async fn every_page_of_every_edition_is_served_in_its_language_and_names_the_others() {
    let app = TestApp::shipped();
    let b = shipped_briefing();
    let pages: Vec<PageId> = PageId::all(&b)
        .into_iter()
        .filter(|p| p.has(Format::Html))
        .collect();
    assert!(pages.len() > 20, "the shipped briefing has its pages");
    for lang in Lang::ALL {
        for page in &pages {
            let path = page.href(lang);
            let answer = app.get(&path).await;
            assert_eq!(answer.status, StatusCode::OK, "{path}");
            let html = answer.html();
            let root = html.root_element();
            assert_eq!(root.value().attr("lang"), Some(lang.code()), "{path}");
            assert_eq!(html.select(&sel("h1")).count(), 1, "{path}: one h1");
            if matches!(page, PageId::Embed(_)) {
                // An embed is shown in another site's page: no link-preview tags, no editions
                // (its canonical page has them; `embeds.rs` checks the rest).
                continue;
            }
            let og = |p: &str| {
                html.select(&sel(&format!("meta[property=\"{p}\"]")))
                    .filter_map(|m| m.value().attr("content").map(str::to_owned))
                    .collect::<Vec<_>>()
            };
            assert_eq!(og("og:locale"), [lang.locale()], "{path}");
            let mut others: Vec<String> = Lang::ALL
                .into_iter()
                .filter(|l| *l != lang)
                .map(|l| l.locale().to_owned())
                .collect();
            let mut alternates = og("og:locale:alternate");
            others.sort();
            alternates.sort();
            assert_eq!(alternates, others, "{path}");
            // Every edition and x-default (English), each at this very page.
            let links = hreflang(&html);
            let mut expected: Vec<(String, String)> = Lang::ALL
                .into_iter()
                .map(|l| (l.code().to_owned(), page.href(l)))
                .collect();
            expected.push(("x-default".to_owned(), page.href(Lang::En)));
            assert_eq!(links, expected, "{path}");
            // The switcher: the three names in their own language, this one current.
            let switcher: Vec<(String, String, String, bool)> = html
                .select(&sel("header nav.editions a"))
                .map(|a| {
                    let v = a.value();
                    (
                        a.text().collect::<String>(),
                        v.attr("href").unwrap_or_default().to_owned(),
                        v.attr("lang").unwrap_or_default().to_owned(),
                        v.attr("aria-current") == Some("true"),
                    )
                })
                .collect();
            let want: Vec<(String, String, String, bool)> = Lang::ALL
                .into_iter()
                .map(|l| {
                    (
                        l.name().to_owned(),
                        page.href(l),
                        l.code().to_owned(),
                        l == lang,
                    )
                })
                .collect();
            assert_eq!(switcher, want, "{path}");
        }
    }
    // Reciprocal: each alternate of a page lists the page back.
    for page in pages.iter().take(12) {
        for lang in Lang::ALL {
            let here = page.href(lang);
            for (code, there) in hreflang(&app.get(&here).await.html()) {
                let back = hreflang(&app.get(&there).await.html());
                assert!(
                    back.iter().any(|(_, p)| *p == here),
                    "{there} ({code}) does not link back to {here}"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_switcher_keeps_the_filters_and_the_search() {
    let app = TestApp::shipped();
    let answer = app.get("/ja/timeline?country=japan&year=2025").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.attrs("header nav.editions a", "href"),
        [
            "/timeline?country=japan&year=2025",
            "/ja/timeline?country=japan&year=2025",
            "/ru/timeline?country=japan&year=2025",
        ]
    );
    assert_eq!(
        answer.attrs("header nav.editions a", "hreflang"),
        ["en", "ja", "ru"]
    );
    let search = app.get("/ru/search?q=Astana&country=kazakhstan").await;
    assert_eq!(search.status, StatusCode::OK);
    assert_eq!(
        search.attrs("header nav.editions a", "href"),
        [
            "/search?q=Astana&country=kazakhstan",
            "/ja/search?q=Astana&country=kazakhstan",
            "/ru/search?q=Astana&country=kazakhstan",
        ]
    );
    // Results link within the edition searched.
    let links = search.attrs("main a[href^='/']", "href");
    assert!(!links.is_empty(), "the search finds something");
    assert!(
        links.iter().all(|h| h.starts_with("/ru/")),
        "every result stays in the Russian edition: {links:?}"
    );
    // The header's search form searches the edition it is on.
    assert_eq!(
        answer.attrs("header form[role=search]", "action"),
        ["/ja/search"]
    );
}

#[tokio::test]
async fn links_on_a_page_stay_in_its_edition() {
    let app = TestApp::shipped();
    for path in [
        "/ja/",
        "/ja/timeline",
        "/ru/countries/kazakhstan",
        "/ru/sources",
        "/ja/powers/china",
        "/ru/about",
    ] {
        let answer = app.get(path).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        let prefix = &path[..3];
        let html = answer.html();
        for a in html.select(&sel("a[href^='/'], form[action^='/']")) {
            // The switcher is the one way to another edition.
            if a.value().attr("hreflang").is_some() {
                continue;
            }
            let href = a
                .value()
                .attr("href")
                .or(a.value().attr("action"))
                .unwrap_or_default();
            let shared = href.starts_with("/static/")
                || href.starts_with("/schema/")
                || href == "/sitemap.xml";
            assert!(
                shared || href.starts_with(&format!("{prefix}/")),
                "{path} links out of its edition: {href}"
            );
        }
    }
}

#[tokio::test]
async fn forgiving_addresses_keep_the_edition() {
    let app = TestApp::shipped();
    for (from, to) in [
        ("/ja", "/ja/"),
        ("/RU", "/ru/"),
        ("/JA/Countries/Japan/", "/ja/countries/japan"),
        ("/ru/timeline/", "/ru/timeline"),
        ("/ru/feed.xml", "/ru/timeline.atom"),
        ("/ja/timeline?country=Japan", "/ja/timeline?country=japan"),
    ] {
        let answer = app.get(from).await;
        assert_eq!(answer.status, StatusCode::MOVED_PERMANENTLY, "{from}");
        assert_eq!(answer.header("location"), to, "{from}");
    }
    assert_eq!(app.get("/ja/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn errors_are_answered_in_the_edition_asked_for() {
    let app = TestApp::shipped();
    for (lang, path, status) in [
        (Lang::Ja, "/ja/nowhere", StatusCode::NOT_FOUND),
        (Lang::Ru, "/ru/countries/narnia", StatusCode::NOT_FOUND),
        (
            Lang::Ru,
            "/ru/timeline?country=narnia",
            StatusCode::BAD_REQUEST,
        ),
        (Lang::Ja, "/ja/timeline?year=1900", StatusCode::BAD_REQUEST),
        (Lang::En, "/nowhere", StatusCode::NOT_FOUND),
    ] {
        let answer = app.get(path).await;
        assert_eq!(answer.status, status, "{path}");
        let html = answer.html();
        assert_eq!(
            html.root_element().value().attr("lang"),
            Some(lang.code()),
            "{path}"
        );
        assert_eq!(html.select(&sel("h1")).count(), 1, "{path}");
        // The error page's links lead into the same edition.
        assert_eq!(
            answer.attrs("header a.brand", "href"),
            [PageId::Overview.href(lang)],
            "{path}"
        );
    }
    let post = send(&app.router, Method::POST, "/ru/timeline").await;
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(post.html().root_element().value().attr("lang"), Some("ru"));
    let json = app.get("/ja/nowhere.json").await;
    assert_eq!(json.status, StatusCode::NOT_FOUND);
    assert!(json.header("content-type").starts_with("application/json"));
}

#[tokio::test]
async fn data_and_feeds_say_their_language() {
    let app = TestApp::shipped();
    for lang in [Lang::Ja, Lang::Ru] {
        let json = app
            .get(&PageId::Country("japan".into()).path(lang, Format::Json))
            .await;
        assert_eq!(json.status, StatusCode::OK);
        let v = json.json();
        assert_eq!(v["lang"], lang.code());
        assert_eq!(v["page"], PageId::Country("japan".into()).href(lang));
        let feed = app
            .get(&PageId::Timeline(Default::default()).path(lang, Format::Atom))
            .await;
        assert_eq!(feed.status, StatusCode::OK);
        let text = feed.text();
        let doc = roxmltree::Document::parse(&text).expect("well-formed Atom");
        let xml_lang = doc
            .root_element()
            .attribute(("http://www.w3.org/XML/1998/namespace", "lang"));
        assert_eq!(xml_lang, Some(lang.code()));
        let csv = app
            .get(&PageId::Timeline(Default::default()).path(lang, Format::Csv))
            .await;
        assert_eq!(csv.status, StatusCode::OK);
        let ics = app
            .get(&PageId::Timeline(Default::default()).path(lang, Format::Ics))
            .await;
        assert_eq!(ics.status, StatusCode::OK);
        assert!(ics.text().contains(&format!("{}/timeline", lang.prefix())));
    }
}

#[tokio::test]
async fn dates_are_written_in_each_language() {
    let app = TestApp::shipped();
    // The Tokyo summit (19-20 December 2025) and a meeting known only to the month.
    for (lang, summit, month) in [
        (Lang::En, "19\u{2013}20 December 2025", "November 2012"),
        (Lang::Ja, "2025年12月19日\u{ff5e}20日", "2012年11月"),
        (
            Lang::Ru,
            "19\u{2013}20 декабря 2025\u{202f}г.",
            "ноябрь 2012\u{202f}г.",
        ),
    ] {
        // `texts` collapses white space, the narrow no-break space before "г." included.
        let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let (summit, month) = (collapse(summit), collapse(month));
        let event = app
            .get(&PageId::Event("tokyo-summit-2025".into()).href(lang))
            .await;
        assert_eq!(event.status, StatusCode::OK);
        let times = event.texts("main time[datetime='2025-12-19']");
        assert!(times.contains(&summit), "{}: {times:?}", lang.code());
        let older = app
            .get(&PageId::Event("fm-meeting-4-tokyo-2012".into()).href(lang))
            .await;
        let times = older.texts("main time[datetime='2012-11']");
        assert!(times.contains(&month), "{}: {times:?}", lang.code());
    }
}

#[tokio::test]
async fn the_sitemap_names_each_pages_editions() {
    let app = TestApp::shipped();
    let answer = app.get("/sitemap.xml").await;
    let text = answer.text();
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let xhtml = "http://www.w3.org/1999/xhtml";
    let mut urls = 0;
    for url in doc.root_element().children().filter(|n| n.is_element()) {
        urls += 1;
        let langs: Vec<&str> = url
            .children()
            .filter(|n| n.tag_name().namespace() == Some(xhtml) && n.tag_name().name() == "link")
            .filter_map(|n| n.attribute("hreflang"))
            .collect();
        assert_eq!(langs, ["en", "ja", "ru", "x-default"]);
    }
    let b = shipped_briefing();
    assert_eq!(urls, crate::edition_html_paths(&b).len());
}

/// Every field of `copy` translated into `lang` as the translator's tool prints it (each text
/// "（試験訳 N）"), with a one-term glossary: a complete edition.
fn translate_everything(copy: &crate::DataCopy, lang: &str) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_summit-briefing"))
        .args(["translations", lang, "--missing", "--data"])
        .arg(copy.dir.path())
        .output()
        .expect("run summit-briefing translations");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    std::fs::create_dir_all(copy.path(lang)).expect("the edition's directory");
    let mut filled = 0;
    for part in text.split("### ").skip(1) {
        let (name, blocks) = part.split_once('\n').expect("a file name line");
        let blocks: Vec<String> = blocks
            .lines()
            .map(|line| {
                if line == "text = \"\"" {
                    filled += 1;
                    format!("text = \"（試験訳 {filled}）\"")
                } else {
                    line.to_owned()
                }
            })
            .collect();
        std::fs::write(copy.path(lang).join(name), blocks.join("\n")).expect("an overlay");
    }
    assert!(filled > 0, "the tool printed fields to translate");
    std::fs::write(
        copy.path(lang).join("glossary.toml"),
        "[[terms]]\nid = \"dialogue\"\nen = \"Central Asia + Japan Dialogue\"\ntext = \"（試験用）対話\"\nkind = \"official\"\nsource = { title = \"Test page\", publisher = \"Test publisher\", url = \"https://example.org/dialogue\" }\n",
    )
    .expect("a glossary");
}

#[tokio::test]
async fn each_edition_shows_its_own_translation_and_a_reload_rebuilds_them() {
    let copy = crate::DataCopy::minimal();
    translate_everything(&copy, "ja");
    copy.source()
        .load_overlays()
        .expect("the filled overlays pass the check");
    let state = crate::state_of(copy.source());
    let app = summit_briefing::app(state.clone());
    let event = PageId::Event("dialogue-launch".into());
    let h1 = |page: crate::Page| crate::h1(&page.body);
    let english = h1(crate::get(&app, &event.href(Lang::En)).await);
    assert_eq!(english, "The Dialogue is launched in Astana");
    let japanese = h1(crate::get(&app, &event.href(Lang::Ja)).await);
    assert!(japanese.starts_with("（試験訳 "), "{japanese}");
    // No Russian overlays: the Russian edition shows the English text.
    assert_eq!(h1(crate::get(&app, &event.href(Lang::Ru)).await), english);
    // The Japanese search finds the Japanese text.
    let search = crate::get(&app, "/ja/search?q=%E8%A9%A6%E9%A8%93%E8%A8%B3").await;
    assert_eq!(search.status, StatusCode::OK);
    assert!(
        search.body.contains("（試験訳 "),
        "the ja search finds its own texts"
    );

    // A reload (the English and the translation edited together) rebuilds every edition.
    let ja_events = copy.path("ja").join("events.toml");
    let overlay = std::fs::read_to_string(&ja_events).expect("the events overlay");
    std::fs::write(&ja_events, overlay.replace("（試験訳 ", "（改訳 ")).expect("edit");
    state.replace(copy.source().load().expect("the data loads"));
    let revised = h1(crate::get(&app, &event.href(Lang::Ja)).await);
    assert!(revised.starts_with("（改訳 "), "{revised}");
}

#[tokio::test]
async fn about_says_how_each_translation_is_made_and_the_english_is_the_reference() {
    let app = TestApp::shipped();
    for lang in [Lang::Ja, Lang::Ru] {
        let about = app.get(&PageId::About.href(lang)).await;
        assert_eq!(about.status, StatusCode::OK);
        assert_eq!(about.texts("#translation h2").len(), 1, "{}", lang.code());
        // It links the English edition, the reference.
        assert_eq!(
            about.attrs("#translation a[hreflang=en]", "href"),
            ["/about"]
        );
    }
    let english = app.get("/about").await;
    assert!(
        english.texts("#translation").is_empty(),
        "the reference needs no such note"
    );
}
