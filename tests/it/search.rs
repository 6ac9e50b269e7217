//! Search: `/search?q=…` and `/search.json?q=…` over the shipped briefing (ranking, typos and
//! spelling variants, Russian and Japanese, highlighting, escaping, filters, empty and
//! fruitless searches), and over a copy with events made to test the ranking rules.

use axum::http::{Method, StatusCode};
use proptest::prelude::*;
use serde_json::Value;
use summit_briefing::app;
use summit_briefing::model::DataSource;

use crate::hardening::request;
use crate::util::{TestApp, send, shipped_briefing};
use crate::{DataCopy, html_paths, manifest_dir, shipped_app, shipped_state, state_of};

fn encode(q: &str) -> String {
    url::form_urlencoded::byte_serialize(q.as_bytes()).collect()
}

/// The JSON twin of a search for `q` (and more parameters), which must answer 200.
async fn search(app: &TestApp, query: &str) -> Value {
    let r = app.get(&format!("/search.json?{query}")).await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "/search.json?{query}: {}",
        r.text()
    );
    r.json()
}

async fn search_q(app: &TestApp, q: &str) -> Value {
    search(app, &format!("q={}", encode(q))).await
}

fn hrefs(v: &Value, list: &str) -> Vec<String> {
    v[list]
        .as_array()
        .expect("a list")
        .iter()
        .map(|r| r["href"].as_str().expect("an href").to_owned())
        .collect()
}

/// The text of a list of segments, and of its marked segments alone.
fn segments(v: &Value) -> (String, Vec<String>) {
    let parts = v.as_array().expect("segments");
    let whole = parts
        .iter()
        .map(|s| s["text"].as_str().unwrap_or(""))
        .collect();
    let marked = parts
        .iter()
        .filter(|s| s["mark"] == true)
        .map(|s| s["text"].as_str().unwrap_or("").to_owned())
        .collect();
    (whole, marked)
}

#[tokio::test]
async fn a_countrys_name_finds_its_profile_first() {
    let app = TestApp::shipped();
    let b = shipped_briefing();
    for c in &b.countries {
        for q in [c.name.clone(), c.name.to_uppercase(), c.name.to_lowercase()] {
            let v = search_q(&app, &q).await;
            assert_eq!(
                hrefs(&v, "results").first().map(String::as_str),
                Some(format!("/countries/{}", c.id).as_str()),
                "{q}"
            );
            assert_eq!(v["results"][0]["kind"], "country");
            assert_eq!(v["results"][0]["kind_label"], "Country");
        }
    }
}

#[tokio::test]
async fn misspellings_and_old_names_find_the_right_thing() {
    let app = TestApp::shipped();
    for (q, first) in [
        ("Kazakstan", "/countries/kazakhstan"),
        ("Kirgizia", "/countries/kyrgyzstan"),
        ("Kirghizia", "/countries/kyrgyzstan"),
        ("Tadjikistan", "/countries/tajikistan"),
        ("Tadzhikistan", "/countries/tajikistan"),
        ("Turkmenia", "/countries/turkmenistan"),
        ("Uzbekistn", "/countries/uzbekistan"),
        ("Kisida", "/people#kishida"),
        ("Fumio Kisida", "/people#kishida"),
        ("Ташкент", "/timeline/fm-meeting-3-tashkent-2010"),
    ] {
        let v = search_q(&app, q).await;
        let found = hrefs(&v, "results");
        assert_eq!(
            found.first().map(String::as_str),
            Some(first),
            "{q}: {found:?}"
        );
    }
    // The page says what the word was taken for.
    let v = search_q(&app, "Kazakstan").await;
    assert_eq!(v["did_you_mean"]["label"], "kazakhstan");
    assert_eq!(v["did_you_mean"]["href"], "/search?q=kazakhstan");
    // A word spelt right is not corrected.
    assert!(
        search_q(&app, "Kazakhstan")
            .await
            .get("did_you_mean")
            .is_none()
    );
}

#[tokio::test]
async fn xian_with_or_without_its_apostrophe_is_the_same_city() {
    let app = TestApp::shipped();
    let with = search_q(&app, "Xi'an").await;
    let without = search_q(&app, "xian").await;
    let typographic = search_q(&app, "Xi\u{2019}an").await;
    assert!(with["total"].as_u64().unwrap_or(0) > 0);
    assert_eq!(hrefs(&with, "results"), hrefs(&without, "results"));
    assert_eq!(hrefs(&with, "results"), hrefs(&typographic, "results"));
    // The marked words are the city as the text spells it.
    let (title, marked) = segments(&without["results"][0]["title_marked"]);
    assert!(title.contains("Xi'an"), "{title}");
    assert_eq!(marked, ["Xi'an"]);
}

#[tokio::test]
async fn russian_words_are_found_in_any_case() {
    let app = TestApp::shipped();
    // The source's title says «в Казахстане» (prepositional); the reader types other cases.
    for q in [
        "Казахстан",
        "Казахстаном",
        "КАЗАХСТАНА",
        "саммиты в Казахстане",
    ] {
        let v = search_q(&app, q).await;
        let russian = v["results"]
            .as_array()
            .expect("results")
            .iter()
            .find(|r| r["title"].as_str().unwrap_or("").contains("Казахстане"))
            .unwrap_or_else(|| panic!("{q}: the Russian source is not found"));
        let (_, marked) = segments(&russian["title_marked"]);
        assert!(marked.contains(&"Казахстане".to_owned()), "{q}: {marked:?}");
    }
    // A Russian name also finds the English pages that spell it in Latin letters.
    let v = search_q(&app, "Казахстан").await;
    assert!(hrefs(&v, "results").contains(&"/countries/kazakhstan".to_owned()));
}

#[tokio::test]
async fn japanese_text_is_found_without_spaces() {
    let app = TestApp::shipped();
    let v = search_q(&app, "中央アジア").await;
    let titles: Vec<&str> = v["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["title"].as_str().unwrap_or(""))
        .collect();
    assert!(
        titles.iter().any(|t| t.contains("「中央アジア+日本」")),
        "{titles:?}"
    );
    assert!(
        titles.iter().all(|t| t.contains("中央アジア")),
        "{titles:?}"
    );
    let (_, marked) = segments(&v["results"][0]["title_marked"]);
    assert_eq!(marked, ["中央アジア"], "the phrase is marked as one");
    // 東京宣言 is one word in the title of the Tokyo Declaration's Japanese text.
    let v = search_q(&app, "東京宣言").await;
    assert!(
        v["results"][0]["title"]
            .as_str()
            .unwrap_or("")
            .contains("(東京宣言)")
    );
    // Characters that never follow each other in the text find nothing.
    assert_eq!(search_q(&app, "宣言中央").await["total"], 0);
}

#[tokio::test]
async fn matches_are_marked_and_the_text_is_kept_whole() {
    let app = TestApp::shipped();
    let v = search_q(&app, "Astana").await;
    let results = v["results"].as_array().expect("results");
    assert!(results.len() > 5);
    for r in results {
        let (title, title_marks) = segments(&r["title_marked"]);
        assert_eq!(title, r["title"].as_str().unwrap_or(""));
        let (_, snippet_marks) = segments(&r["snippet"]);
        let marks: Vec<&String> = title_marks.iter().chain(&snippet_marks).collect();
        assert!(!marks.is_empty(), "nothing marked in {title}");
        for m in marks {
            assert_eq!(m.to_lowercase(), "astana", "{title}");
        }
    }
    // The HTML marks the same words with <mark>.
    let page = app.get("/search?q=Astana").await;
    let marks = page.texts("ol.results mark");
    assert!(!marks.is_empty());
    assert!(
        marks.iter().all(|m| m.eq_ignore_ascii_case("astana")),
        "{marks:?}"
    );
}

#[tokio::test]
async fn the_query_is_escaped_everywhere_it_is_shown() {
    let app = TestApp::shipped();
    for q in [
        "<script>alert(\"x\")</script> & 'y' </textarea><!--",
        "<Astana> \"&'",
    ] {
        let page = app.get(&format!("/search?q={}", encode(q))).await;
        assert_eq!(page.status, StatusCode::OK);
        let raw = page.text();
        assert!(!raw.contains("<script>"), "a script from the query");
        assert!(!raw.contains("<Astana>"), "markup from the query");
        // Parsed back, every place shows exactly the words typed.
        let title = format!("Search: \u{201c}{q}\u{201d}");
        assert_eq!(page.attrs("#search-q", "value"), [q]);
        // The preview's title names the briefing after the search.
        assert_eq!(
            page.attrs("meta[property='og:title']", "content"),
            [format!(
                "{title} \u{b7} Central Asia + Japan Dialogue briefing"
            )]
        );
        assert!(page.texts("title")[0].starts_with(&title));
        assert!(page.attrs("meta[name=description]", "content")[0].contains(q));
        // The JSON twin carries the words as a string.
        let v = search_q(&app, q).await;
        assert_eq!(v["query"], q);
        assert_eq!(v["title"], title);
    }
    // Only the briefing's matched words are marked; the query's own tags are text.
    let page = app
        .get(&format!("/search?q={}", encode("<Astana> \"&'")))
        .await;
    let marks = page.texts("mark");
    assert!(
        !marks.is_empty() && marks.iter().all(|m| m == "Astana"),
        "{marks:?}"
    );
    // Text of the briefing with markup characters stays text when a word next to it is marked.
    let page = app.get("/search?q=Resilience").await;
    assert!(
        page.text().contains("Green &#38; <mark>Resilience</mark>"),
        "the ampersand is escaped"
    );
}

#[tokio::test]
async fn searches_combine_with_the_timeline_filters() {
    let app = TestApp::shipped();
    let b = shipped_briefing();
    let all = search_q(&app, "Astana").await;
    let v = search(&app, "q=Astana&country=kyrgyzstan").await;
    let found = hrefs(&v, "results");
    assert!(!found.is_empty() && found.len() < hrefs(&all, "results").len());
    for href in &found {
        if let Some(id) = href.strip_prefix("/timeline/") {
            let e = b.event(id).expect("an event");
            assert!(
                e.countries.iter().any(|c| c.as_str() == "kyrgyzstan"),
                "{id}"
            );
        }
    }
    assert_eq!(v["title"], "Search: \u{201c}Astana\u{201d} (Kyrgyzstan)");
    assert_eq!(v["active"][0]["remove_href"], "/search?q=Astana");
    // A year narrows events to that year.
    let v = search(&app, "q=summit&year=2023").await;
    for r in v["results"].as_array().expect("results") {
        if r["kind"] == "event" {
            assert!(
                r["when"]["start"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with("2023")
            );
        }
    }
    // The form keeps the filters, the HTML shows them as chips that remove them.
    let page = app.get("/search?q=Astana&country=kyrgyzstan").await;
    assert_eq!(
        page.attrs("form.search-form input[type=hidden][name=country]", "value"),
        ["kyrgyzstan"]
    );
    assert_eq!(
        page.attrs(".active-filters a.chip", "href"),
        ["/search?q=Astana"]
    );
    // Filters in another spelling go to the canonical link; unknown ones are a 400 page.
    let r = app.get("/search?q=Astana&country=Kyrgyzstan").await;
    assert_eq!(r.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(r.header("location"), "/search?q=Astana&country=kyrgyzstan");
    assert_eq!(
        app.get("/search?q=Astana&country=atlantis").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn the_empty_search_page_suggests_where_to_start() {
    let app = TestApp::shipped();
    for uri in ["/search", "/search?q=", "/search?q=+++"] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert_eq!(page.texts("h1"), ["Search"]);
        assert!(page.texts("title")[0].starts_with("Search \u{b7}"));
        let suggestions = page.attrs("ul.suggestions a", "href");
        assert!(
            suggestions.contains(&"/search?q=Kazakhstan".to_owned()),
            "{suggestions:?}"
        );
    }
    let v = search(&app, "").await;
    assert_eq!(v["total"], 0);
    assert!(!v["suggestions"].as_array().expect("suggestions").is_empty());
}

#[tokio::test]
async fn a_fruitless_search_offers_near_matches_and_filters_to_relax() {
    let app = TestApp::shipped();
    let v = search_q(&app, "zzqqxv").await;
    assert_eq!(v["total"], 0);
    assert!(v["near"].as_array().expect("near").is_empty());
    let page = app.get("/search?q=zzqqxv").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.texts("p.lede")[0].starts_with("No results for"));

    // Some words match: those documents are near matches.
    let v = search_q(&app, "Nankai zzqqxv").await;
    assert_eq!(v["total"], 0);
    let near = v["near"].as_array().expect("near");
    assert!(!near.is_empty());
    for r in near {
        let (_, a) = segments(&r["title_marked"]);
        let (_, b) = segments(&r["snippet"]);
        assert!(a.iter().chain(&b).any(|m| m == "Nankai"));
    }
    // Nothing within the filters: each filter to take off, with what the search finds then.
    let v = search(&app, "q=Nankai&country=kazakhstan&year=2024").await;
    assert_eq!(v["total"], 0);
    let relax = v["relax"].as_array().expect("relax");
    let labels: Vec<&str> = relax
        .iter()
        .map(|r| r["label"].as_str().unwrap_or(""))
        .collect();
    assert!(labels.contains(&"Country: Kazakhstan"), "{labels:?}");
    assert!(labels.contains(&"all filters"), "{labels:?}");
    let page = app
        .get("/search?q=Nankai&country=kazakhstan&year=2024")
        .await;
    assert!(
        page.attrs("section a", "href")
            .contains(&"/search?q=Nankai".to_owned())
    );
}

#[tokio::test]
async fn the_json_twin_follows_its_schema_and_is_linked() {
    let app = TestApp::shipped();
    let schema = app.get("/schema/search.json").await;
    assert_eq!(schema.status, StatusCode::OK);
    let validator = jsonschema::validator_for(&schema.json()).expect("a valid schema");
    for q in [
        "q=Kazakhstan",
        "q=Nankai+zzz",
        "",
        "q=Astana&country=japan&year=2024",
    ] {
        let v = search(&app, q).await;
        let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{q}: {errors:?}");
        assert_eq!(v["schema"], "/schema/search.json");
    }
    let page = app.get("/search?q=Astana&country=japan").await;
    assert_eq!(
        page.attrs("link[rel=alternate][type='application/json']", "href"),
        ["/search.json?q=Astana&country=japan"]
    );
    let v = search(&app, "q=Astana&country=japan").await;
    assert_eq!(v["page"], "/search?q=Astana&country=japan");
}

#[tokio::test]
async fn every_page_has_a_labelled_search_box_that_needs_no_script() {
    let app = TestApp::shipped();
    for path in html_paths(&shipped_briefing()) {
        let page = app.get(&path).await;
        assert_eq!(
            page.attrs("header form[role=search][method=get]", "action"),
            ["/search"],
            "{path}"
        );
        assert_eq!(
            page.attrs("header form input[type=search]", "name"),
            ["q"],
            "{path}"
        );
        assert_eq!(
            page.texts("header label[for=site-search]"),
            ["Search the briefing"],
            "{path}"
        );
    }
}

#[tokio::test]
async fn searches_are_cached_under_their_canonical_address() {
    let state = shipped_state();
    let router = app(state.clone());
    let before = state.site().cached_views();
    for uri in [
        "/search?q=Astana+2024",
        "/search?q=%20Astana%20%202024%20",
        "/search?q=Astana%092024&utm=x",
    ] {
        assert_eq!(send(&router, Method::GET, uri).await.status, StatusCode::OK);
    }
    assert_eq!(state.site().cached_views(), before + 1);
}

#[tokio::test]
async fn an_overlong_query_is_the_414_page_and_a_long_one_is_cut() {
    let app = shipped_app();
    let limits = summit_briefing::security::Limits::default();
    let r = request(
        &app,
        Method::GET,
        &format!("/search?q={}", "a".repeat(limits.max_query_bytes)),
    )
    .await;
    assert_eq!(r.status, StatusCode::URI_TOO_LONG);
    assert!(r.body.contains("This address is too long"));
    let app = TestApp::shipped();
    let v = search_q(&app, &"Astana ".repeat(100)).await;
    assert!(v["query"].as_str().expect("a query").chars().count() <= 200);
}

/// A copy of the shipped data with events made for the ranking rules.
fn ranking_app() -> TestApp {
    let copy = DataCopy::of(&manifest_dir().join("data"));
    let event = |id: &str, date: &str, title: &str, summary: &str| {
        format!(
            "\n[[event]]\nid = \"{id}\"\ndate = \"{date}\"\ntitle = \"{title}\"\nsummary = \"{summary}\"\nkind = \"other\"\nstatus = \"happened\"\nsources = [\"mofa-2004-dialogue-launch\"]\nreviewed = {{ date = \"2026-11-29\" }}\n"
        )
    };
    let mut events = copy.read("events.toml");
    for e in [
        // The phrase, older; the same words scattered, newer.
        event(
            "phrase-older",
            "2011-01-01",
            "Meeting one",
            "A quokka lantern was shown.",
        ),
        event(
            "scattered-newer",
            "2012-01-01",
            "Meeting two",
            "A lantern and, later, a quokka.",
        ),
        // The same match, different dates.
        event("wombat-older", "2013-03-01", "Wombat fair", "About it."),
        event("wombat-newer", "2014-03-01", "Wombat fair", "About it."),
    ] {
        events.push_str(&e);
    }
    copy.write("events.toml", &events);
    let state = state_of(DataSource::Dir(copy.dir.path().to_owned()));
    // The data is read when the state is made: the copy may go.
    drop(copy);
    TestApp { router: app(state) }
}

#[tokio::test]
async fn an_exact_phrase_ranks_above_scattered_words_and_newer_above_older() {
    let app = ranking_app();
    let v = search_q(&app, "quokka lantern").await;
    assert_eq!(
        hrefs(&v, "results"),
        ["/timeline/phrase-older", "/timeline/scattered-newer"]
    );
    let v = search_q(&app, "wombat fair").await;
    assert_eq!(
        hrefs(&v, "results"),
        ["/timeline/wombat-newer", "/timeline/wombat-older"]
    );
    assert_eq!(v["results"][0]["when"]["start"], "2014-03-01");
}

fn query_words() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z'\u{2019} -]{0,40}",
        "[\u{0400}-\u{04FF} ]{0,20}",
        "[\u{3040}-\u{30FF}\u{4E00}-\u{4E2F} ]{0,20}",
        Just("Kazakstan".to_owned()),
    ]
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

static APP: std::sync::LazyLock<summit_briefing::App> = std::sync::LazyLock::new(shipped_app);

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(128),
        ..ProptestConfig::default()
    })]

    /// Any words, encoded or as raw bytes in the query, get a page or a 4xx, never a 5xx; the
    /// JSON twin is JSON.
    #[test]
    fn any_query_gets_an_answer(words in query_words(), raw in "[A-Za-z0-9%&=+;._~!$'()*,:@/?-]{0,120}") {
        for uri in [format!("/search?q={}", encode(&words)), format!("/search.json?q={}", encode(&words)), format!("/search?{raw}")] {
            let Ok(parsed) = uri.parse::<axum::http::Uri>() else { continue };
            let r = runtime().block_on(request(&*APP, Method::GET, &parsed.to_string()));
            prop_assert!(
                r.status.is_success() || r.status.is_redirection() || r.status.is_client_error(),
                "{} for {}", r.status, uri
            );
            if r.status.is_success() && uri.starts_with("/search.json") {
                prop_assert!(serde_json::from_str::<Value>(&r.body).is_ok());
            }
        }
    }
}
