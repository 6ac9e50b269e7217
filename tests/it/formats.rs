//! Every page as data: the JSON twin of every page (valid against its published schema), the
//! CSV of every table, the typed URL scheme and the URLs that forgive.

use axum::http::StatusCode;
use summit_briefing::i18n::Lang;
use summit_briefing::urls::{Format, PageId};

use crate::util::{TestApp, shipped_briefing as briefing};

#[tokio::test]
async fn every_page_has_a_json_twin_valid_against_its_schema() {
    let app = TestApp::shipped();
    let b = briefing();
    let mut checked = 0;
    for page in PageId::all(&b) {
        // Pages with an HTML form have a JSON twin in the envelope; the dataset, the sitemap
        // and the schemas are files of their own (checked in feeds.rs).
        if !page.has(Format::Html) || !page.has(Format::Json) {
            continue;
        }
        let path = page.path(Lang::En, Format::Json);
        let answer = app.get(&path).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        assert_eq!(answer.header("content-type"), "application/json", "{path}");
        let json = answer.json();
        assert_eq!(json["page"], page.href(Lang::En), "{path}");
        let schema_path = json["schema"]
            .as_str()
            .expect("names its schema")
            .to_owned();
        let schema = app.get(&schema_path).await;
        assert_eq!(schema.status, StatusCode::OK, "{schema_path}");
        let validator = jsonschema::validator_for(&schema.json())
            .unwrap_or_else(|e| panic!("{schema_path} is a valid schema: {e}"));
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert!(
            errors.is_empty(),
            "{path} against {schema_path}: {errors:?}"
        );
        checked += 1;
    }
    assert!(checked > 40, "only {checked} pages checked");
}

#[tokio::test]
async fn a_schema_refuses_a_view_that_breaks_it() {
    // The check above could pass with an empty schema; this one shows it has teeth.
    let app = TestApp::shipped();
    let schema = app.get("/schema/country.json").await.json();
    let mut json = app.get("/countries/kazakhstan.json").await.json();
    json["facts"][0]["kind"] = serde_json::json!("favourite-colour");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    assert!(!validator.is_valid(&json));
}

#[tokio::test]
async fn html_and_json_of_a_page_say_the_same() {
    let app = TestApp::shipped();
    let html = app.get("/countries/kazakhstan").await;
    let json = app.get("/countries/kazakhstan.json").await.json();
    assert_eq!(html.texts("h1"), [json["name"].as_str().expect("a name")]);
    let events_in_html = html.attrs("#events + ol li.event, ol.events li.event", "id");
    let events_in_json: Vec<&str> = json["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["id"].as_str().expect("an id"))
        .collect();
    assert_eq!(events_in_html, events_in_json);
    // Each HTML page links its JSON twin, in the head and visibly.
    assert_eq!(
        html.attrs("link[rel=alternate][type='application/json']", "href"),
        ["/countries/kazakhstan.json"]
    );
    assert_eq!(
        html.attrs("p.formats a", "href"),
        ["/countries/kazakhstan.json"]
    );
}

#[tokio::test]
async fn the_filtered_timeline_is_json_and_csv_too() {
    let app = TestApp::shipped();
    let b = briefing();
    let expected: Vec<&str> = b
        .events
        .iter()
        .filter(|e| e.countries.iter().any(|c| c.as_str() == "kazakhstan"))
        .map(|e| e.id.as_str())
        .collect();
    let json = app.get("/timeline.json?country=kazakhstan").await.json();
    let ids: Vec<&str> = json["years"]
        .as_array()
        .expect("years")
        .iter()
        .flat_map(|y| y["events"].as_array().expect("events"))
        .map(|e| e["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(json["page"], "/timeline?country=kazakhstan");

    let csv = app.get("/timeline.csv?country=kazakhstan").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(csv.body.as_slice());
    let headers = reader.headers().expect("a header row").clone();
    assert_eq!(&headers[0], "id");
    assert!(headers.iter().any(|h| h == "countries"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a record")).collect();
    assert_eq!(rows.iter().map(|r| &r[0]).collect::<Vec<_>>(), expected);
    for r in &rows {
        assert!(r[7].split("; ").any(|c| c == "kazakhstan"), "{r:?}");
    }
}

#[tokio::test]
async fn every_table_has_a_csv_with_one_row_per_item() {
    let app = TestApp::shipped();
    let b = briefing();
    for (path, rows, first_column) in [
        ("/timeline.csv", b.events.len(), "id"),
        ("/countries.csv", b.countries.len(), "id"),
        ("/powers.csv", b.powers.len() + 1, "id"),
        ("/sources.csv", b.sources.len(), "id"),
        ("/people.csv", b.people.len(), "id"),
    ] {
        let answer = app.get(path).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        let mut reader = csv::Reader::from_reader(answer.body.as_slice());
        assert_eq!(
            &reader.headers().expect("header")[0],
            first_column,
            "{path}"
        );
        let records: Vec<_> = reader
            .records()
            .collect::<Result<_, _>>()
            .expect("RFC 4180");
        assert_eq!(records.len(), rows, "{path}");
        // Every row has as many fields as the header.
        let width = reader.headers().expect("header").len();
        assert!(records.iter().all(|r| r.len() == width), "{path}");
    }
    // The CSV of the sources carries the same URLs as the data.
    let answer = app.get("/sources.csv").await;
    let mut reader = csv::Reader::from_reader(answer.body.as_slice());
    let urls: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[3].to_owned())
        .collect();
    for s in &b.sources {
        assert!(urls.contains(&s.url), "{}", s.id);
    }
}

#[tokio::test]
async fn pages_without_a_table_have_no_csv_and_unknown_formats_are_404_pages() {
    let app = TestApp::shipped();
    for path in [
        "/about.csv",
        "/countries/kazakhstan.csv",
        "/countries/kazakhstan.xml",
        "/timeline.pdf",
    ] {
        let answer = app.get(path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
    let page = app.get("/countries/kazakhstan.xml").await;
    assert_eq!(page.texts("h1"), ["Page not found"]);
}

#[tokio::test]
async fn json_errors_are_json() {
    let app = TestApp::shipped();
    let missing = app.get("/countries/atlantis.json").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.header("content-type"), "application/json");
    assert_eq!(missing.json()["error"]["status"], 404);
    assert!(
        missing.json()["error"]["message"]
            .as_str()
            .expect("a message")
            .contains("atlantis")
    );

    let bad = app.get("/timeline.json?country=kazakstan").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let json = bad.json();
    assert_eq!(json["error"]["suggestions"][0]["label"], "Kazakhstan");
    assert_eq!(
        json["error"]["suggestions"][0]["href"],
        "/timeline?country=kazakhstan"
    );
}

#[tokio::test]
async fn near_misses_get_a_did_you_mean() {
    let app = TestApp::shipped();
    let page = app.get("/timeline?country=kazakstan&year=2024").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        page.texts(".error-page p")
            .iter()
            .any(|t| t.starts_with("Did you mean"))
    );
    assert_eq!(
        page.attrs(".error-page p a[href*='kazakhstan']", "href"),
        ["/timeline?country=kazakhstan"]
    );
}

#[tokio::test]
async fn other_spellings_of_a_url_redirect_to_the_canonical_one() {
    let app = TestApp::shipped();
    for (from, to) in [
        ("/timeline/", "/timeline"),
        ("/countries/", "/countries"),
        ("/countries/japan/", "/countries/japan"),
        ("/Countries/Japan", "/countries/japan"),
        ("/countries/%6Aapan.json", "/countries/japan.json"),
        (
            "/timeline?country=Kazakhstan",
            "/timeline?country=kazakhstan",
        ),
        (
            "/timeline?country=KAZAKHSTAN&year=2024",
            "/timeline?country=kazakhstan&year=2024",
        ),
        ("/timeline.csv?power=China", "/timeline.csv?power=china"),
    ] {
        let answer = app.get(from).await;
        assert_eq!(answer.status, StatusCode::MOVED_PERMANENTLY, "{from}");
        assert_eq!(answer.header("location"), to, "{from}");
        let target = app.get(to).await;
        assert_eq!(target.status, StatusCode::OK, "{to}");
    }
    // A misspelt slug is not a spelling of a page that exists.
    assert_eq!(
        app.get("/countries/atlantis/").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn years_outside_the_timeline_are_refused() {
    let app = TestApp::shipped();
    for year in ["1000", "9999", "1850"] {
        let answer = app.get(&format!("/timeline?year={year}")).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{year}");
    }
}

#[tokio::test]
async fn head_of_a_json_page_has_its_headers_and_no_body() {
    let app = TestApp::shipped();
    let get = app.get("/countries/japan.json").await;
    let head = app.head("/countries/japan.json").await;
    assert_eq!(head.status, StatusCode::OK);
    assert!(head.body.is_empty());
    assert_eq!(head.header("etag"), get.header("etag"));
    assert_eq!(head.header("content-type"), "application/json");
}

#[tokio::test]
async fn json_and_csv_are_precompressed_with_etags_like_pages() {
    let state = crate::shipped_state();
    state.precompress();
    let site = state.site();
    for path in [
        "/countries/japan.json",
        "/timeline.csv",
        "/schema/timeline.json",
    ] {
        let page = site
            .page(path)
            .unwrap_or_else(|| panic!("{path} is pre-rendered"));
        use summit_briefing::representation::Encoding;
        for encoding in [Encoding::Identity, Encoding::Gzip, Encoding::Brotli] {
            let variant = page
                .variant(encoding)
                .unwrap_or_else(|| panic!("{path} {encoding:?}"));
            assert!(variant.etag.to_str().expect("ascii").starts_with('"'));
        }
    }
}

#[test]
fn the_views_hold_no_markup_and_no_css_names() {
    let b = briefing();
    let today = crate::test_today();
    let cx = summit_briefing::views::Context {
        b: &b,
        lang: Lang::En,
        today,
    };
    for page in PageId::all(&b) {
        let Ok(view) = summit_briefing::views::build(&cx, &page) else {
            continue;
        };
        let json = serde_json::to_string(&view.body).expect("serialises");
        for needle in ["<a ", "<span", "class=", "badge", "tier-"] {
            assert!(!json.contains(needle), "{page:?} view holds {needle}");
        }
    }
}
