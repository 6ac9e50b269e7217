//! What a reader sees at a glance: the SVG timeline on every page that lists events, the
//! overview's first screen, the formats compared point by point, the publisher on /about.

use std::collections::HashSet;

use axum::http::StatusCode;

use crate::util::{TestApp, shipped_briefing as briefing};

#[tokio::test]
async fn the_svg_timeline_is_on_every_page_that_lists_events_and_every_mark_leads_to_its_event() {
    let app = TestApp::shipped();
    let b = briefing();
    let events: HashSet<String> = b
        .events
        .iter()
        .map(|e| format!("/timeline/{}", e.id))
        .collect();
    for path in [
        "/",
        "/timeline",
        "/countries/kazakhstan",
        "/areas/connectivity",
        "/powers/china",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let marks = page.attrs("svg.timeline-svg a.mark", "href");
        assert!(!marks.is_empty(), "{path} has no chart");
        for href in &marks {
            assert!(events.contains(href), "{path}: mark links {href}");
        }
        // Each mark says what it is in words (its title), not by colour alone.
        let titles = page.texts("svg.timeline-svg a.mark title");
        assert_eq!(titles.len(), marks.len(), "{path}");
        assert!(
            titles.iter().all(|t| t.contains(" · ")),
            "{path}: {titles:?}"
        );
        assert!(
            !page.texts("figure.chart .legend li").is_empty(),
            "{path}: no legend"
        );
    }
    // The overview's chart holds every event once.
    let overview = app.get("/").await;
    let marks: HashSet<String> = overview
        .attrs("svg.timeline-svg a.mark", "href")
        .into_iter()
        .collect();
    assert_eq!(marks, events);
}

#[tokio::test]
async fn the_chart_follows_the_filters() {
    let app = TestApp::shipped();
    let page = app.get("/timeline?country=turkmenistan&year=2025").await;
    let listed: Vec<String> = page.attrs("ol.events li.event h3 a", "href");
    let mut marked = page.attrs("svg.timeline-svg a.mark", "href");
    let mut sorted = listed.clone();
    sorted.sort();
    marked.sort();
    assert!(!listed.is_empty());
    assert_eq!(marked, sorted);
    assert_eq!(page.texts("svg.timeline-svg .year"), ["2025"]);
}

#[tokio::test]
async fn the_overview_says_where_the_process_stands_and_how_current_it_is() {
    let app = TestApp::shipped();
    let page = app.get("/").await;
    let stand = page.texts(".dashboard .stand-item");
    assert!(
        stand
            .iter()
            .any(|t| t.starts_with("Where it stands Held") && t.contains("Tokyo")),
        "{stand:?}"
    );
    assert!(
        stand.iter().any(|t| t.starts_with("Next summit Announced")
            && t.contains("Kazakhstan")
            && t.contains("Akorda")),
        "{stand:?}"
    );
    // Every key figure carries a source.
    let figures = page.texts(".dashboard .figure");
    assert!(figures.len() >= 3, "{figures:?}");
    assert_eq!(
        page.attrs(".dashboard .figure .cites", "class").len(),
        figures.len()
    );
    assert!(figures.iter().any(|f| f.contains("JPY 3 trillion")));
    let coverage = page.texts(".dashboard .coverage");
    assert!(
        coverage[0].starts_with("Sources reviewed up to March 2026"),
        "{coverage:?}"
    );
    // The eyebrow gives the review date from the data, not today's date.
    let b = briefing();
    assert_eq!(
        page.attrs(".eyebrow time", "datetime"),
        [b.summit.updated.iso()]
    );
    // "Latest" is newest first.
    let latest = page.attrs("#latest ~ ol.events li.event .event-meta time, section[aria-labelledby=latest] li.event .event-meta time", "datetime");
    let mut sorted = latest.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(latest, sorted);
}

#[tokio::test]
async fn every_format_is_compared_on_the_same_points_japan_first() {
    let app = TestApp::shipped();
    let b = briefing();
    let page = app.get("/powers").await;
    let cards = page.attrs("article.format-card", "id");
    assert_eq!(cards.len(), b.powers.len() + 1);
    assert_eq!(cards[0], "format-japan");
    for p in &b.powers {
        assert!(cards.contains(&format!("format-{}", p.id)), "{}", p.id);
    }
    let points = page.texts("article.format-card dl.points dt");
    for point in [
        "Began",
        "How often",
        "Declared priorities",
        "Money pledged",
        "Delivered",
        "Latest",
    ] {
        assert_eq!(
            points.iter().filter(|p| *p == point).count(),
            cards.len(),
            "{point}"
        );
    }
    assert!(
        points
            .iter()
            .filter(|p| p.starts_with("Leaders' summits ("))
            .count()
            == cards.len()
    );
    // Japan's row says the next summit is announced for Kazakhstan, date not set.
    let rows = page.texts("table.formats tbody tr");
    assert!(rows[0].starts_with("Japan"), "{}", rows[0]);
    assert!(
        rows[0].contains("Kazakhstan") && rows[0].contains("no date"),
        "{}",
        rows[0]
    );
    // Italy has its row.
    assert!(rows.iter().any(|r| r.starts_with("Italy")));
}

#[tokio::test]
async fn about_names_the_publisher_how_to_report_an_error_and_the_licences() {
    let app = TestApp::shipped();
    let page = app.get("/about").await;
    let headings = page.texts("h2");
    for h in [
        "Who keeps it",
        "How to report an error",
        "Licence",
        "The briefing as data",
    ] {
        assert!(headings.iter().any(|x| x == h), "{h}: {headings:?}");
    }
    let text = page.text();
    assert!(text.contains("CC BY 4.0") && text.contains("MIT"));
}

#[tokio::test]
async fn sources_without_a_date_say_so() {
    let app = TestApp::shipped();
    let b = briefing();
    let page = app.get("/sources").await;
    for s in b.sources.iter().filter(|s| s.undated) {
        let meta = page.texts(&format!("li[id=\"{}\"] .event-meta", s.id));
        assert!(meta[0].contains("undated"), "{}: {meta:?}", s.id);
    }
}

#[tokio::test]
async fn japans_profile_says_what_it_pledged_and_launched_at_tokyo() {
    let app = TestApp::shipped();
    let page = app.get("/countries/japan").await;
    assert!(page.texts("h2").iter().any(|h| h.starts_with("Its format")));
    let points = page.texts("section[aria-labelledby=format] dl.points dd");
    assert!(
        points.iter().any(|p| p.contains("JPY 3 trillion")),
        "{points:?}"
    );
    assert!(points.iter().any(|p| p.contains("150")), "{points:?}");
    // Memberships that do not concern Japan say so, rather than "not stated".
    let memberships = page.texts(".memberships-list li");
    assert!(
        memberships.iter().all(|m| m.contains("Not applicable")),
        "{memberships:?}"
    );
    // Other participants have no such section.
    let other = app.get("/countries/kazakhstan").await;
    assert!(other.texts("section[aria-labelledby=format]").is_empty());
}
