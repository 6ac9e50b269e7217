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

/// `href` (relative to the page at `from`) answers 200, and its fragment, if any, names an
/// element of the page it leads to.
async fn assert_leads_somewhere(app: &TestApp, from: &str, href: &str) {
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let path = if path.is_empty() { from } else { path };
    let page = app.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "{from}: {href}");
    if let Some(id) = fragment {
        assert!(
            !page.attrs(&format!("[id=\"{id}\"]"), "id").is_empty(),
            "{from}: {href} names no element"
        );
    }
}

/// The exact markup of the first `<svg` element with `class`, as sent.
fn svg_markup(body: &str, class: &str) -> String {
    let marker = format!("class=\"{class}\"");
    let at = body.find(&marker).expect("the SVG is on the page");
    let start = body[..at].rfind("<svg").expect("its opening tag");
    let end = start + body[start..].find("</svg>").expect("its end") + "</svg>".len();
    body[start..end].to_owned()
}

#[tokio::test]
async fn the_map_names_the_six_participants_as_links_and_marks_the_venues() {
    let app = TestApp::shipped();
    let b = briefing();
    let participants: HashSet<String> = b
        .summit
        .participants
        .iter()
        .map(|id| format!("/countries/{id}"))
        .collect();
    // The venues the map marks, as the data gives them: the Dialogue's first ministers'
    // meeting, each of its summits, and the next summit's announcement.
    let first = b
        .events
        .iter()
        .find(|e| e.kind == summit_briefing::model::EventKind::MinistersMeeting)
        .expect("a first meeting");
    let mut venues: HashSet<String> = b
        .events
        .iter()
        .filter(|e| e.kind == summit_briefing::model::EventKind::Summit)
        .chain([first])
        .map(|e| format!("/timeline/{}", e.id))
        .collect();
    let next = b
        .summit
        .story
        .last()
        .and_then(|s| s.event.as_ref())
        .expect("the story ends with the next summit");
    venues.insert(format!("/timeline/{next}"));
    for path in ["/", "/countries"] {
        let page = app.get(path).await;
        let names: HashSet<String> = page
            .attrs("svg.map-svg a.country-name", "href")
            .into_iter()
            .collect();
        assert_eq!(names, participants, "{path}");
        let outlines: HashSet<String> = page
            .attrs("svg.map-svg a.country", "href")
            .into_iter()
            .collect();
        assert_eq!(outlines, participants, "{path}");
        let labels = page.texts("svg.map-svg a.country-name");
        for c in &b.summit.participants {
            let name = &b.country(c).expect("a participant").name;
            assert!(labels.contains(name), "{path}: {name} not labelled");
        }
        let marked: HashSet<String> = page
            .attrs("svg.map-svg a.venue-event", "href")
            .into_iter()
            .collect();
        assert_eq!(marked, venues, "{path}");
        let lines = page.texts("svg.map-svg a.venue-event");
        assert!(
            lines.iter().any(|l| l.starts_with("2004: first")),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"2024: summit, postponed".to_owned()),
            "{lines:?}"
        );
        assert!(lines.contains(&"2025: summit".to_owned()), "{lines:?}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("next summit: Kazakhstan") && l.contains("no city")),
            "{lines:?}"
        );
        let cities = page.texts("svg.map-svg .cities text");
        for city in ["Astana", "Tokyo"] {
            assert!(cities.contains(&city.to_owned()), "{path}: {cities:?}");
        }
        // Every link of the map leads to a page that exists.
        for href in page.attrs("svg.map-svg a", "href") {
            assert_leads_somewhere(&app, path, &href).await;
        }
        // The same links are listed in text below it.
        let listed: HashSet<String> = page
            .attrs("figure.map-chart figcaption a", "href")
            .into_iter()
            .collect();
        assert!(listed.is_superset(&participants) && listed.is_superset(&venues));
        let svg = svg_markup(&page.text(), "map-svg");
        assert!(
            svg.len() <= 40_000,
            "{path}: the map is {} bytes",
            svg.len()
        );
    }
}

#[tokio::test]
async fn every_svg_has_a_title_a_description_and_the_role_its_links_allow() {
    let app = TestApp::shipped();
    for (path, class) in [
        ("/", "map-svg"),
        ("/countries", "map-svg"),
        ("/powers", "range-svg"),
    ] {
        let page = app.get(path).await;
        let sel = format!("svg.{class}");
        assert_eq!(page.attrs(&sel, "role"), ["group"], "{path} {class}");
        let title = page.attrs(&sel, "aria-labelledby")[0].clone();
        let desc = page.attrs(&sel, "aria-describedby")[0].clone();
        assert!(!page.texts(&format!("{sel} > title[id=\"{title}\"]"))[0].is_empty());
        assert!(!page.texts(&format!("{sel} > desc[id=\"{desc}\"]"))[0].is_empty());
    }
}

#[tokio::test]
async fn the_power_matrix_has_a_row_per_power_and_every_cell_links_its_evidence() {
    let app = TestApp::shipped();
    let b = briefing();
    let page = app.get("/powers").await;
    let columns = page.texts("table.matrix thead th");
    assert_eq!(columns.len(), b.summit.participants.len(), "{columns:?}");
    assert!(!columns.iter().any(|c| c == "Japan"), "{columns:?}");
    let rows = page.texts("table.matrix tbody th");
    for p in &b.powers {
        assert!(rows.iter().any(|r| r == &p.name), "{}: {rows:?}", p.name);
    }
    assert!(
        rows.last()
            .is_some_and(|r| r.starts_with("UN vote on ES-11/1"))
    );
    // Kazakhstan's cell for Russia says CSTO member, in words and with a symbol.
    let russia = page.texts("table.matrix tbody tr:first-child td");
    assert!(russia[0].contains("● CSTO: member"), "{russia:?}");
    // Each cell holds a link to its evidence or says that no source gives anything.
    let html = page.html();
    let td = scraper::Selector::parse("table.matrix tbody td").expect("selector");
    let a = scraper::Selector::parse("a[href]").expect("selector");
    for cell in html.select(&td) {
        let text: String = cell.text().collect();
        assert!(
            cell.select(&a).next().is_some() || text.trim() == "—",
            "{text}"
        );
    }
    for href in page
        .attrs("table.matrix a", "href")
        .into_iter()
        .collect::<HashSet<_>>()
    {
        assert_leads_somewhere(&app, "/powers", &href).await;
    }
}

#[tokio::test]
async fn the_area_matrix_links_each_plan_to_its_place_on_the_area_page() {
    let app = TestApp::shipped();
    let b = briefing();
    let page = app.get("/areas").await;
    let rows = page.texts("table.matrix tbody th > a");
    assert_eq!(rows.len(), b.areas.len(), "{rows:?}");
    let plans = page.attrs("table.matrix a.plan", "href");
    let named: usize = b
        .areas
        .iter()
        .flat_map(|a| &a.plans)
        .map(|p| p.countries.iter().filter(|c| **c != b.summit.host).count())
        .sum();
    assert_eq!(plans.len(), named);
    for href in page
        .attrs("table.matrix a", "href")
        .into_iter()
        .collect::<HashSet<_>>()
    {
        assert_leads_somewhere(&app, "/areas", &href).await;
    }
}

#[tokio::test]
async fn the_range_chart_has_every_format_and_every_mark_leads_somewhere() {
    let app = TestApp::shipped();
    let b = briefing();
    let page = app.get("/powers").await;
    let names = page.texts("svg.range-svg .range-row .name");
    assert_eq!(names.len(), b.powers.len() + 1, "{names:?}");
    assert_eq!(names[0], "Japan");
    // Counts held are the numbers in the table above.
    let held = page.texts("svg.range-svg .held");
    let table = page.texts("table.formats tbody td[data-label=\"Leaders' summits held\"]");
    assert_eq!(held, table);
    // Japan's pledge is shown where a source gives it.
    assert_eq!(
        page.texts("svg.range-svg .range-row.host .pledge"),
        ["JPY 3 trillion"]
    );
    for href in page
        .attrs("svg.range-svg a", "href")
        .into_iter()
        .collect::<HashSet<_>>()
    {
        assert_leads_somewhere(&app, "/powers", &href).await;
    }
}

#[tokio::test]
async fn match_all_keeps_only_events_naming_every_chosen_country_in_every_format() {
    let app = TestApp::shipped();
    let b = briefing();
    let both: Vec<String> = b
        .events
        .iter()
        .filter(|e| {
            e.countries.iter().any(|c| c == "kazakhstan")
                && e.countries.iter().any(|c| c == "uzbekistan")
        })
        .map(|e| format!("/timeline/{}", e.id))
        .collect();
    let either = b
        .events
        .iter()
        .filter(|e| {
            e.countries
                .iter()
                .any(|c| c == "kazakhstan" || c == "uzbekistan")
        })
        .count();
    assert!(both.len() < either, "the shipped data must tell them apart");
    let all = "country=kazakhstan&country=uzbekistan&match=all";
    let page = app.get(&format!("/timeline?{all}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs("ol.events li.event h3 a", "href"), both);
    let mut marks = page.attrs("svg.timeline-svg a.mark", "href");
    marks.sort();
    let mut sorted = both.clone();
    sorted.sort();
    assert_eq!(marks, sorted);
    // The active filters say so, and removing it gives the "any" timeline.
    let chips = page.attrs(".active-filters a.chip", "href");
    assert!(chips.contains(&"/timeline?country=kazakhstan&country=uzbekistan".to_owned()));
    assert!(
        page.texts(".active-filters a.chip")
            .iter()
            .any(|c| c.starts_with("Matching: all"))
    );
    assert_eq!(page.attrs("input[name=match][checked]", "value"), ["all"]);
    let any = app
        .get("/timeline?country=kazakhstan&country=uzbekistan")
        .await;
    assert_eq!(any.attrs("ol.events li.event", "id").len(), either);
    // JSON, CSV and the feeds follow.
    let json = app.get(&format!("/timeline.json?{all}")).await.json();
    assert_eq!(json["matching"], both.len());
    assert_eq!(json["match_all"], true);
    let csv = app.get(&format!("/timeline.csv?{all}")).await.text();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.records().count(), both.len());
    let atom = app.get(&format!("/timeline.atom?{all}")).await.text();
    let feed = atom_syndication::Feed::read_from(atom.as_bytes()).expect("a valid feed");
    assert!(!feed.entries().is_empty());
    for entry in feed.entries() {
        let link = entry.links().first().expect("a link").href();
        assert!(both.iter().any(|e| link.ends_with(e.as_str())), "{link}");
    }
    // One canonical spelling: "any" and an "all" that cannot narrow are left out.
    for (query, canonical) in [
        (
            "country=kazakhstan&country=uzbekistan&match=any",
            "/timeline?country=kazakhstan&country=uzbekistan",
        ),
        (
            "country=kazakhstan&match=all",
            "/timeline?country=kazakhstan",
        ),
        (
            "match=ALL&country=uzbekistan&country=kazakhstan",
            "/timeline?country=uzbekistan&country=kazakhstan&match=all",
        ),
    ] {
        let answer = app.get(&format!("/timeline?{query}")).await;
        assert_eq!(answer.status, StatusCode::MOVED_PERMANENTLY, "{query}");
        assert!(
            answer.header("location").ends_with(canonical),
            "{query}: {}",
            answer.header("location")
        );
    }
    assert_eq!(
        app.get("/timeline?country=kazakhstan&country=uzbekistan&match=most")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
}
