//! Following the briefing and reusing it: Atom feeds, calendars and the sitemap, each parsed
//! back by an independent parser and checked against the data.

use std::str::FromStr;

use axum::http::{HeaderMap, Method, StatusCode};
use icalendar::{Component, DatePerhapsTime};
use summit_briefing::App;
use summit_briefing::model::{Briefing, EventStatus, FuzzyDate, Precision, TimelineEvent};

use crate::{get, shipped_app, shipped_state};

/// The status, headers and exact bytes of an answer (the shared `get` decodes HTML entities,
/// which would corrupt XML).
async fn raw(app: &App, uri: &str) -> (StatusCode, HeaderMap, String) {
    let a = crate::util::send(app, Method::GET, uri).await;
    let text = a.text();
    (a.status, a.headers, text)
}

fn content_type(headers: &HeaderMap) -> &str {
    headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

async fn feed(app: &App, uri: &str) -> atom_syndication::Feed {
    let (status, headers, body) = raw(app, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}");
    assert_eq!(content_type(&headers), "application/atom+xml", "{uri}");
    assert!(headers.get("etag").is_some(), "{uri} has an ETag");
    atom_syndication::Feed::from_str(&body).unwrap_or_else(|e| panic!("{uri}: {e}\n{body}"))
}

async fn calendar(app: &App, uri: &str) -> (icalendar::Calendar, String) {
    let (status, headers, body) = raw(app, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}");
    assert!(
        content_type(&headers).starts_with("text/calendar"),
        "{uri}: {}",
        content_type(&headers)
    );
    let cal = icalendar::Calendar::from_str(&body).unwrap_or_else(|e| panic!("{uri}: {e}"));
    (cal, body)
}

fn rfc3339_midnight(d: &FuzzyDate) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00+00:00",
        d.year(),
        d.month().unwrap_or(1),
        d.day().unwrap_or(1)
    )
}

/// Checks a feed entry by entry against `events` (oldest first in the data, newest first in
/// the feed).
fn check_feed(b: &Briefing, uri: &str, feed: &atom_syndication::Feed, events: &[&TimelineEvent]) {
    assert_eq!(
        feed.updated().to_rfc3339(),
        rfc3339_midnight(&b.summit.updated),
        "{uri}: updated is the review day"
    );
    assert!(
        feed.links()
            .iter()
            .any(|l| l.rel() == "self" && l.href() == uri),
        "{uri}: a self link"
    );
    let entries = feed.entries();
    assert_eq!(entries.len(), events.len(), "{uri}: one entry per event");
    for (entry, e) in entries.iter().zip(events.iter().rev()) {
        assert_eq!(
            entry.id(),
            format!("tag:summit-briefing,2024:event/{}", e.id),
            "{uri}"
        );
        assert_eq!(entry.title().as_str(), e.title, "{uri}");
        let expected = if b.summit.updated.is_before(&e.date) {
            b.summit.updated
        } else {
            e.date
        };
        assert_eq!(
            entry.updated().to_rfc3339(),
            rfc3339_midnight(&expected),
            "{uri}: {} updated from the data",
            e.id
        );
        let summary = entry.summary().expect("a summary");
        assert!(summary.as_str().contains(&e.summary), "{uri}: {}", e.id);
        let link = entry.links().first().expect("a link");
        assert_eq!(link.href(), format!("/timeline/{}", e.id));
        let terms: Vec<&str> = entry.categories().iter().map(|c| c.term()).collect();
        for id in e.countries.iter().chain(&e.areas).chain(&e.powers) {
            assert!(terms.contains(&id.as_str()), "{uri}: {} lacks {id}", e.id);
        }
        assert_eq!(
            terms.len(),
            e.countries.len() + e.areas.len() + e.powers.len()
        );
    }
}

#[tokio::test]
async fn the_timeline_feed_has_every_event_with_ids_and_dates_from_the_data() {
    let app = shipped_app();
    let b = shipped_state().briefing();
    let all: Vec<&TimelineEvent> = b.events.iter().collect();
    let f = feed(&app, "/timeline.atom").await;
    check_feed(&b, "/timeline.atom", &f, &all);
    // Rendering again gives the same bytes: nothing depends on the clock.
    let again = shipped_app();
    assert_eq!(
        raw(&app, "/timeline.atom").await.2,
        raw(&again, "/timeline.atom").await.2
    );
}

#[tokio::test]
async fn where_feed_readers_look_first_redirects_to_the_feed() {
    let app = shipped_app();
    for uri in ["/feed.xml", "/atom.xml", "/Feed.xml"] {
        let (status, headers, _) = raw(&app, uri).await;
        assert_eq!(status, StatusCode::MOVED_PERMANENTLY, "{uri}");
        assert_eq!(headers["location"], "/timeline.atom", "{uri}");
    }
}

#[tokio::test]
async fn every_country_area_and_power_has_its_feed() {
    let app = shipped_app();
    let b = shipped_state().briefing();
    let of = |pick: &dyn Fn(&TimelineEvent) -> bool| -> Vec<&TimelineEvent> {
        b.events.iter().filter(|e| pick(e)).collect()
    };
    for c in &b.countries {
        let uri = format!("/countries/{}.atom", c.id);
        let f = feed(&app, &uri).await;
        assert!(f.title().as_str().starts_with(&c.name), "{uri}");
        check_feed(&b, &uri, &f, &of(&|e| e.countries.contains(&c.id)));
    }
    for a in &b.areas {
        let uri = format!("/areas/{}.atom", a.id);
        let f = feed(&app, &uri).await;
        check_feed(&b, &uri, &f, &of(&|e| e.areas.contains(&a.id)));
    }
    for p in &b.powers {
        let uri = format!("/powers/{}.atom", p.id);
        let f = feed(&app, &uri).await;
        check_feed(&b, &uri, &f, &of(&|e| e.powers.contains(&p.id)));
    }
}

#[tokio::test]
async fn filtered_feeds_and_calendars_read_filters_as_the_timeline_does() {
    let app = shipped_app();
    let b = shipped_state().briefing();
    let uri = "/timeline.atom?country=kazakhstan&year=2025";
    let f = feed(&app, uri).await;
    let expected: Vec<&TimelineEvent> = b
        .events
        .iter()
        .filter(|e| e.date.year() == 2025 && e.countries.iter().any(|c| c == "kazakhstan"))
        .collect();
    assert!(!expected.is_empty());
    check_feed(&b, uri, &f, &expected);

    let (cal, _) = calendar(&app, "/timeline.ics?power=china").await;
    for ev in cal.events() {
        let id = ev
            .get_uid()
            .expect("a UID")
            .trim_end_matches("@summit-briefing");
        let e = b.event(id).expect("a known event");
        assert!(e.powers.iter().any(|p| p == "china"), "{id}");
    }

    for format in ["atom", "ics"] {
        let (status, headers, _) =
            raw(&app, &format!("/timeline.{format}?country=Kazakhstan")).await;
        assert_eq!(status, StatusCode::MOVED_PERMANENTLY);
        assert_eq!(
            headers["location"],
            format!("/timeline.{format}?country=kazakhstan")
        );
        let page = get(&app, &format!("/timeline.{format}?country=kazakstan")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST);
        assert!(page.content_type.starts_with("text/html"));
        assert!(page.body.contains("country=kazakhstan"), "a suggestion");
    }
}

#[tokio::test]
async fn feeds_and_calendars_of_unknown_items_are_404_pages() {
    let app = shipped_app();
    for uri in [
        "/countries/atlantis.atom",
        "/countries/atlantis.ics",
        "/areas/nowhere.atom",
        "/powers/mars.ics",
        "/about.atom",
        "/sources.ics",
    ] {
        let page = get(&app, uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(page.content_type.starts_with("text/html"), "{uri}");
        assert!(page.body.contains("<h1"), "{uri}: the styled page");
    }
}

#[tokio::test]
async fn pages_that_list_events_advertise_their_feed_and_calendar() {
    let app = shipped_app();
    for (page, stem) in [
        ("/timeline", "/timeline"),
        ("/countries/kazakhstan", "/countries/kazakhstan"),
        ("/areas/green-resilience", "/areas/green-resilience"),
        ("/powers/china", "/powers/china"),
    ] {
        let p = get(&app, page).await;
        assert_eq!(p.status, StatusCode::OK, "{page}");
        assert!(
            p.body.contains("type=\"application/atom+xml\" title=\"")
                && p.body.contains(&format!("href=\"{stem}.atom\">")),
            "{page} advertises its feed"
        );
        assert!(p.body.contains(&format!("href=\"{stem}.ics\"")), "{page}");
        assert!(p.body.contains("Follow:"), "{page} shows a Follow link");
    }
    let about = get(&app, "/about").await;
    assert!(!about.body.contains("application/atom+xml"));
}

fn date_of(d: DatePerhapsTime) -> chrono::NaiveDate {
    match d {
        DatePerhapsTime::Date(d) => d,
        other => panic!("an all-day date, not {other:?}"),
    }
}

#[tokio::test]
async fn calendars_have_all_day_events_with_exclusive_ends_and_mapped_status() {
    let app = shipped_app();
    let b = shipped_state().briefing();
    let (cal, text) = calendar(&app, "/timeline.ics").await;
    assert!(text.contains("DTSTART;VALUE=DATE:"), "all-day events");
    assert!(!text.contains("DTSTART:"), "no date-times");
    let by_uid: std::collections::HashMap<&str, &icalendar::Event> = cal
        .events()
        .map(|e| (e.get_uid().expect("a UID"), e))
        .collect();
    let mut left_out = 0;
    for e in &b.events {
        let uid = format!("{}@summit-briefing", e.id);
        let known_to_the_day = e.date.precision() == Precision::Day
            && e.end.is_none_or(|end| end.precision() == Precision::Day);
        let Some(ev) = by_uid.get(uid.as_str()) else {
            assert!(!known_to_the_day, "{} is missing", e.id);
            left_out += 1;
            continue;
        };
        assert!(
            known_to_the_day,
            "{} has no day but is in the calendar",
            e.id
        );
        assert_eq!(ev.get_summary(), Some(e.title.as_str()));
        let start = date_of(ev.get_start().expect("DTSTART"));
        let end = date_of(ev.get_end().expect("DTEND"));
        let last = e.end.unwrap_or(e.date);
        assert_eq!(start.to_string(), e.date.iso(), "{}", e.id);
        assert_eq!(
            end.pred_opt().expect("a day before").to_string(),
            last.iso(),
            "{}: DTEND is the day after the last day",
            e.id
        );
        assert_eq!(ev.get_url(), Some(format!("/timeline/{}", e.id).as_str()));
        let status = ev.get_status().expect("a STATUS");
        let expected = match e.status {
            EventStatus::Happened => icalendar::EventStatus::Confirmed,
            EventStatus::Postponed | EventStatus::Cancelled => icalendar::EventStatus::Cancelled,
            EventStatus::Scheduled | EventStatus::Planned | EventStatus::Unconfirmed => {
                icalendar::EventStatus::Tentative
            }
        };
        assert_eq!(status, expected, "{}", e.id);
        if e.status == EventStatus::Postponed {
            assert!(
                ev.get_description()
                    .unwrap_or_default()
                    .starts_with("Postponed"),
                "{}: a note",
                e.id
            );
        }
    }
    assert!(
        left_out > 0,
        "the shipped data has events known only to the month"
    );
    let description = cal.get_description().expect("a calendar description");
    assert!(
        description.contains(&format!(
            "Left out: {left_out} events known only to the month or year"
        )),
        "{description}"
    );
    // Every country's calendar parses too, and holds only its events.
    for c in &b.countries {
        let (cal, _) = calendar(&app, &format!("/countries/{}.ics", c.id)).await;
        for ev in cal.events() {
            let id = ev
                .get_uid()
                .expect("a UID")
                .trim_end_matches("@summit-briefing");
            assert!(b.event(id).expect("known").countries.contains(&c.id));
        }
    }
}

#[tokio::test]
async fn the_sitemap_lists_every_page_and_every_url_in_it_answers() {
    let app = shipped_app();
    let b = shipped_state().briefing();
    let (status, headers, body) = raw(&app, "/sitemap.xml").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type(&headers), "application/xml");
    let doc = roxmltree::Document::parse(&body).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let mut locs = Vec::new();
    for url in root.children().filter(|n| n.is_element()) {
        assert_eq!(url.tag_name().name(), "url");
        let text = |name: &str| {
            url.children()
                .find(|n| n.tag_name().name() == name)
                .and_then(|n| n.text())
                .unwrap_or_else(|| panic!("a <{name}>"))
                .to_owned()
        };
        let loc = text("loc");
        let lastmod = text("lastmod");
        assert_eq!(lastmod.len(), 10, "a W3C date: {lastmod}");
        assert!(
            lastmod.as_str() <= b.summit.updated.iso().as_str(),
            "{loc}: {lastmod}"
        );
        let page = get(&app, &loc).await;
        assert_eq!(page.status, StatusCode::OK, "{loc}");
        assert!(page.content_type.starts_with("text/html"), "{loc}");
        locs.push(loc);
    }
    let mut expected = crate::edition_html_paths(&b);
    expected.sort();
    locs.sort();
    assert_eq!(locs, expected);
    let robots = get(&app, "/robots.txt").await;
    assert!(
        robots.body.contains("Sitemap: /sitemap.xml"),
        "{}",
        robots.body
    );
}

/// The status, headers and bytes of an answer, for binary files.
async fn bytes(app: &App, uri: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    let a = crate::util::send(app, Method::GET, uri).await;
    (a.status, a.headers, a.body)
}

#[tokio::test]
async fn the_data_page_links_every_download_with_its_size() {
    let app = shipped_app();
    let (status, _, body) = raw(&app, "/data.json").await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let page = get(&app, "/data").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("CC BY 4.0") && page.body.contains("MIT"),
        "licences"
    );
    let mut hrefs = Vec::new();
    for group in json["groups"].as_array().expect("groups") {
        for d in group["downloads"].as_array().expect("downloads") {
            let href = d["href"].as_str().expect("an href");
            let (status, headers, body) = bytes(&app, href).await;
            assert_eq!(status, StatusCode::OK, "{href}");
            assert_eq!(content_type(&headers), d["media_type"], "{href}");
            assert_eq!(
                d["bytes"],
                body.len(),
                "{href}: the size given is the size served"
            );
            assert!(
                page.body.contains(&format!("href=\"{href}\"")),
                "{href} linked"
            );
            hrefs.push(href.to_owned());
        }
    }
    for expected in [
        "/data/briefing.json",
        "/data/briefing.sqlite",
        "/data/briefing.zip",
        "/timeline.csv",
        "/timeline.atom",
        "/timeline.ics",
        "/countries/kazakhstan.atom",
        "/powers/china.ics",
        "/sitemap.xml",
        "/schema/data.json",
        "/countries/kazakhstan.json",
    ] {
        assert!(hrefs.iter().any(|h| h == expected), "{expected} is listed");
    }
    // Linked from every page's footer.
    assert!(get(&app, "/").await.body.contains("href=\"/data\""));
}

#[tokio::test]
async fn the_whole_briefing_as_json_holds_every_item() {
    let app = shipped_app();
    let b = shipped_state().briefing();
    let (status, headers, body) = raw(&app, "/data/briefing.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type(&headers), "application/json");
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let len = |key: &str| json[key].as_array().map_or(0, Vec::len);
    assert_eq!(len("events"), b.events.len());
    assert_eq!(len("countries"), b.countries.len());
    assert_eq!(len("sources"), b.sources.len());
    assert_eq!(len("people"), b.people.len());
    assert_eq!(len("areas"), b.areas.len());
    assert_eq!(len("powers"), b.powers.len());
    assert_eq!(len("organisations"), b.organisations.len());
    assert_eq!(len("corrections"), b.corrections.len());
    assert_eq!(json["summit"]["id"], b.summit.id.as_str());
    assert_eq!(json["schema"], "/schema/dataset.json");
    let (status, _, schema) = raw(&app, "/schema/dataset.json").await;
    assert_eq!(status, StatusCode::OK);
    let schema: serde_json::Value = serde_json::from_str(&schema).expect("a schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut broken = json.clone();
    broken["events"][0]["date"] = serde_json::json!("last spring");
    assert!(!validator.is_valid(&broken), "the schema checks dates");
    assert_eq!(json["events"][0]["id"], b.events[0].id.as_str());
}

#[tokio::test]
async fn the_sqlite_file_opens_and_holds_every_item_with_sound_keys() {
    let app = shipped_app();
    let b = shipped_state().briefing();
    let (status, headers, body) = bytes(&app, "/data/briefing.sqlite").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type(&headers), "application/vnd.sqlite3");
    assert!(headers.get("etag").is_some());
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("briefing.sqlite");
    std::fs::write(&file, &body).expect("write");
    let db =
        rusqlite::Connection::open_with_flags(&file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("opens as-is");
    let count = |sql: &str| -> usize {
        db.query_row(sql, [], |r| r.get::<_, i64>(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}")) as usize
    };
    let table = |name: &str| count(&format!("SELECT count(*) FROM {name}"));
    assert_eq!(table("events"), b.events.len());
    assert_eq!(table("countries"), b.countries.len());
    assert_eq!(table("sources"), b.sources.len());
    assert_eq!(table("people"), b.people.len());
    assert_eq!(table("areas"), b.areas.len());
    assert_eq!(table("powers"), b.powers.len());
    assert_eq!(table("organisations"), b.organisations.len());
    assert_eq!(table("corrections"), b.corrections.len());
    assert_eq!(table("summit"), 1);
    let sum = |f: &dyn Fn(&TimelineEvent) -> usize| b.events.iter().map(f).sum::<usize>();
    assert_eq!(table("event_countries"), sum(&|e| e.countries.len()));
    assert_eq!(table("event_areas"), sum(&|e| e.areas.len()));
    assert_eq!(table("event_powers"), sum(&|e| e.powers.len()));
    assert_eq!(table("event_people"), sum(&|e| e.people.len()));
    assert_eq!(table("event_sources"), sum(&|e| e.sources.iter().count()));
    assert_eq!(
        table("memberships"),
        b.countries
            .iter()
            .map(|c| c.memberships.len())
            .sum::<usize>()
    );
    assert_eq!(
        table("plans"),
        b.areas.iter().map(|a| a.plans.len()).sum::<usize>()
    );
    // The views join what the tables hold.
    assert_eq!(table("events_overview"), b.events.len());
    assert_eq!(table("event_countries_named"), table("event_countries"));
    assert_eq!(table("event_areas_named"), table("event_areas"));
    assert_eq!(table("event_powers_named"), table("event_powers"));
    assert_eq!(table("event_sources_named"), table("event_sources"));
    assert_eq!(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    let fks = count("SELECT count(*) FROM sqlite_master m, pragma_foreign_key_list(m.name)");
    assert!(fks >= 15, "tables refer to each other: {fks} foreign keys");
    let kaz: String = db
        .query_row(
            "SELECT countries FROM events_overview WHERE id = ?1",
            [b.events[0].id.as_str()],
            |r| r.get(0),
        )
        .expect("a row");
    assert!(!kaz.is_empty());
}

#[tokio::test]
async fn the_zip_holds_every_table_as_csv_with_the_database_row_counts() {
    use std::io::Read as _;
    let app = shipped_app();
    let b = shipped_state().briefing();
    let (status, headers, body) = bytes(&app, "/data/briefing.zip").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type(&headers), "application/zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(body)).expect("a zip");
    let rows = |zip: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str| -> usize {
        let mut text = String::new();
        zip.by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .read_to_string(&mut text)
            .expect("UTF-8");
        csv::Reader::from_reader(text.as_bytes()).records().count()
    };
    assert_eq!(rows(&mut zip, "events.csv"), b.events.len());
    assert_eq!(rows(&mut zip, "countries.csv"), b.countries.len());
    assert_eq!(rows(&mut zip, "sources.csv"), b.sources.len());
    assert_eq!(rows(&mut zip, "people.csv"), b.people.len());
    assert_eq!(rows(&mut zip, "powers.csv"), b.powers.len());
    assert_eq!(rows(&mut zip, "areas.csv"), b.areas.len());
    assert_eq!(
        rows(&mut zip, "event_countries.csv"),
        b.events.iter().map(|e| e.countries.len()).sum::<usize>()
    );
    assert!(zip.len() >= 18, "one file per table: {}", zip.len());
}
