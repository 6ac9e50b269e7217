//! Every route against the shipped data: status, heading, and the content a reader relies on.

use axum::http::StatusCode;
use summit_briefing::model::{Briefing, DataSource};

use crate::{get, h1, shipped_app};

fn briefing() -> Briefing {
    DataSource::Embedded.load().expect("shipped data loads")
}

#[tokio::test]
async fn overview_tells_the_story_and_links_every_participant() {
    let app = shipped_app();
    let b = briefing();
    let page = get(&app, "/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.content_type.starts_with("text/html"));
    assert_eq!(h1(&page.body), b.summit.name);
    for id in &b.summit.participants {
        assert!(
            page.body.contains(&format!("href=\"/countries/{id}\"")),
            "no link to {id}"
        );
    }
    for step in &b.summit.story {
        assert!(
            page.body.contains(
                summit_briefing::i18n::Lang::En
                    .ui()
                    .summit_status(&step.status)
            ),
            "story step {:?} missing",
            step.status
        );
    }
    for a in &b.areas {
        assert!(page.body.contains(&format!("href=\"/areas/{}\"", a.id)));
    }
    for p in &b.powers {
        assert!(page.body.contains(&format!("href=\"/powers/{}\"", p.id)));
    }
    assert!(page.body.contains("Content last reviewed"));
}

#[tokio::test]
async fn every_country_profile_renders_with_its_facts_and_events() {
    let app = shipped_app();
    let b = briefing();
    for slug in [
        "japan",
        "kazakhstan",
        "kyrgyzstan",
        "tajikistan",
        "turkmenistan",
        "uzbekistan",
    ] {
        let c = b
            .country(slug)
            .unwrap_or_else(|| panic!("the briefing must profile {slug}"));
        let page = get(&app, &format!("/countries/{slug}")).await;
        assert_eq!(page.status, StatusCode::OK, "/countries/{slug}");
        assert_eq!(h1(&page.body), c.name);
        assert!(
            page.body
                .contains(&format!("href=\"/timeline?country={slug}\""))
        );
        for e in b.events.iter().filter(|e| e.countries.contains(&c.id)) {
            assert!(
                page.body.contains(&format!("href=\"/timeline/{}\"", e.id)),
                "{slug} lacks event {}",
                e.id
            );
        }
    }
}

#[tokio::test]
async fn countries_page_compares_all_participants_and_memberships() {
    let app = shipped_app();
    let b = briefing();
    let page = get(&app, "/countries").await;
    assert_eq!(page.status, StatusCode::OK);
    for c in &b.countries {
        assert!(page.body.contains(&format!("href=\"/countries/{}\"", c.id)));
    }
    for o in &b.organisations {
        assert!(page.body.contains(&format!("id=\"org-{}\"", o.id)));
    }
}

#[tokio::test]
async fn required_power_and_area_pages_exist() {
    let app = shipped_app();
    let b = briefing();
    for slug in [
        "russia",
        "china",
        "united-states",
        "european-union",
        "germany",
    ] {
        let p = b
            .power(slug)
            .unwrap_or_else(|| panic!("the briefing must cover {slug}"));
        let page = get(&app, &format!("/powers/{slug}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(h1(&page.body), p.name);
    }
    assert!(b.areas.len() >= 3, "at least the article's three areas");
    for a in &b.areas {
        let page = get(&app, &format!("/areas/{}", a.id)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(h1(&page.body), a.name);
        assert!(
            page.body.contains(&a.article_name),
            "area page shows the article's name too"
        );
    }
    for list in ["/areas", "/powers"] {
        assert_eq!(get(&app, list).await.status, StatusCode::OK, "{list}");
    }
}

#[tokio::test]
async fn powers_page_compares_each_format_with_japan_first() {
    let app = shipped_app();
    let b = briefing();
    let page = get(&app, "/powers").await;
    let japan = page.body.find("host-row").expect("Japan's own format row");
    for p in &b.powers {
        let at = page
            .body
            .find(&format!("href=\"/powers/{}\"", p.id))
            .expect("a row per power");
        assert!(at > japan, "Japan's row comes first");
        assert!(page.body.contains(&p.format));
    }
}

#[tokio::test]
async fn timeline_lists_every_event_with_an_anchor_grouped_by_year() {
    let app = shipped_app();
    let b = briefing();
    let page = get(&app, "/timeline").await;
    assert_eq!(page.status, StatusCode::OK);
    for e in &b.events {
        assert!(
            page.body.contains(&format!("id=\"{}\"", e.id)),
            "anchor for {}",
            e.id
        );
        assert!(
            page.body
                .contains(&format!("id=\"year-{}\"", e.date.year()))
        );
    }
    // Chronological: the first event's anchor precedes the last's.
    let first = page
        .body
        .find(&format!("id=\"{}\"", b.events[0].id))
        .expect("first");
    let last = page
        .body
        .find(&format!("id=\"{}\"", b.events[b.events.len() - 1].id))
        .expect("last");
    assert!(first < last);
}

#[tokio::test]
async fn every_event_has_its_own_page() {
    let app = shipped_app();
    let b = briefing();
    for e in &b.events {
        let page = get(&app, &format!("/timeline/{}", e.id)).await;
        assert_eq!(page.status, StatusCode::OK, "/timeline/{}", e.id);
        assert_eq!(h1(&page.body), e.title);
        for s in e.sources.iter() {
            assert!(
                page.body.contains(&format!("href=\"/sources#{s}\"")),
                "event {} cites {s}",
                e.id
            );
        }
    }
}

#[tokio::test]
async fn timeline_filters_by_country() {
    let app = shipped_app();
    let b = briefing();
    let page = get(&app, "/timeline?country=kazakhstan").await;
    assert_eq!(page.status, StatusCode::OK);
    for e in &b.events {
        let listed = page.body.contains(&format!("id=\"{}\"", e.id));
        let involves = e.countries.iter().any(|c| c == "kazakhstan");
        assert_eq!(
            listed, involves,
            "event {} listed={listed} involves={involves}",
            e.id
        );
    }
    assert!(page.body.contains("Country: Kazakhstan"));
    assert!(
        page.body.contains("href=\"/timeline\""),
        "the filter can be removed"
    );
}

#[tokio::test]
async fn timeline_filters_combine_across_and_within_dimensions() {
    let app = shipped_app();
    let b = briefing();
    let page = get(
        &app,
        "/timeline?country=kazakhstan&country=uzbekistan&year=2024&utm_source=chat",
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    let mut shown = 0;
    for e in &b.events {
        let wanted = e.date.year() == 2024
            && e.countries
                .iter()
                .any(|c| c == "kazakhstan" || c == "uzbekistan");
        assert_eq!(
            page.body.contains(&format!("id=\"{}\"", e.id)),
            wanted,
            "{}",
            e.id
        );
        shown += usize::from(wanted);
    }
    assert!(
        shown > 0,
        "the shipped data has 2024 events in Kazakhstan or Uzbekistan"
    );
    // Removing one filter keeps the others, in canonical order; tracking tags are dropped.
    assert!(
        page.body
            .contains("href=\"/timeline?country=uzbekistan&year=2024\"")
    );
    assert!(
        page.body
            .contains("href=\"/timeline?country=kazakhstan&country=uzbekistan\"")
    );
}

#[tokio::test]
async fn timeline_filters_by_power_and_area() {
    let app = shipped_app();
    let b = briefing();
    let page = get(&app, "/timeline?power=china").await;
    let china: Vec<_> = b
        .events
        .iter()
        .filter(|e| e.powers.iter().any(|p| p == "china"))
        .collect();
    assert!(!china.is_empty());
    for e in &b.events {
        let want = china.iter().any(|c| c.id == e.id);
        assert_eq!(
            page.body.contains(&format!("id=\"{}\"", e.id)),
            want,
            "{}",
            e.id
        );
    }
    let area = &b.areas[0].id;
    let page = get(&app, &format!("/timeline?area={area}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&format!("Area: {}", b.areas[0].name)));
}

#[tokio::test]
async fn an_unknown_filter_value_is_a_400_page_that_says_why() {
    let app = shipped_app();
    for (uri, says) in [
        ("/timeline?country=atlantis", "no country"),
        ("/timeline?power=mars", "no power"),
        ("/timeline?year=20x4", "no year"),
        ("/timeline?year=1234", "no year"),
    ] {
        let page = get(&app, uri).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(page.body.contains(says), "{uri}: {}", page.body);
        assert!(
            page.body.contains("<nav aria-label=\"Main\">"),
            "styled page"
        );
    }
}

#[tokio::test]
async fn unknown_paths_and_slugs_are_styled_404_pages() {
    let app = shipped_app();
    for uri in [
        "/no-such-page",
        "/countries/atlantis",
        "/timeline/no-such-event",
        "/areas/space",
        "/powers/mars",
        "/static/style.css.bak",
        "/countries/japan/extra",
    ] {
        let page = get(&app, uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(h1(&page.body), "Page not found", "{uri}");
        assert!(
            page.body.contains("href=\"/timeline\""),
            "404 page offers a way on"
        );
    }
}

#[tokio::test]
async fn sources_page_lists_every_source_with_what_cites_it() {
    let app = shipped_app();
    let b = briefing();
    let page = get(&app, "/sources").await;
    assert_eq!(page.status, StatusCode::OK);
    for s in &b.sources {
        assert!(
            page.body.contains(&format!("id=\"{}\"", s.id)),
            "anchor for {}",
            s.id
        );
        let cited = b.citations(&s.id);
        assert!(!cited.is_empty());
        assert!(
            page.body
                .contains(&format!("Cited by {} item", cited.len())),
            "{}",
            s.id
        );
    }
    for c in &b.corrections {
        assert!(page.body.contains(&format!("id=\"correction-{}\"", c.id)));
    }
}

#[tokio::test]
async fn about_people_and_health_respond() {
    let app = shipped_app();
    let about = get(&app, "/about").await;
    assert_eq!(about.status, StatusCode::OK);
    assert!(about.body.contains("How to report an error"));
    let b = briefing();
    let people = get(&app, "/people").await;
    for p in &b.people {
        assert!(people.body.contains(&format!("id=\"{}\"", p.id)));
    }
    let health = get(&app, "/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    assert!(health.content_type.starts_with("application/json"));
    let json: serde_json::Value = serde_json::from_str(&health.body).expect("JSON");
    assert_eq!(json["status"], "ok");
    assert_eq!(json["events"], b.events.len());
}

#[tokio::test]
async fn stylesheet_is_served_under_a_hashed_name_cached_for_a_year() {
    let app = shipped_app();
    let home = get(&app, "/").await;
    let start = home
        .body
        .find("href=\"/static/style.")
        .expect("stylesheet link")
        + 6;
    let end = start + home.body[start..].find('"').expect("closing quote");
    let href = &home.body[start..end];
    let response = {
        use tower::ServiceExt;
        app.clone()
            .oneshot(
                axum::http::Request::get(href)
                    .body(axum::body::Body::empty())
                    .expect("request"),
            )
            .await
            .expect("response")
    };
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap_or("")
            .starts_with("text/css")
    );
}

#[tokio::test]
async fn pages_carry_link_preview_metadata() {
    let app = shipped_app();
    let page = get(&app, "/countries/kazakhstan").await;
    assert!(
        page.body
            .contains("<meta property=\"og:title\" content=\"Kazakhstan · Central Asia + Japan Dialogue briefing\">")
    );
    assert!(page.body.contains("<meta name=\"description\""));
}

#[tokio::test]
async fn a_scheduled_summit_whose_date_passed_is_shown_as_not_confirmed() {
    let app = shipped_app();
    let b = briefing();
    let today = crate::test_today();
    let passed: Vec<_> = b
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.status,
                summit_briefing::model::EventStatus::Scheduled
                    | summit_briefing::model::EventStatus::Planned
            ) && e.end.unwrap_or(e.date).is_before(&today)
        })
        .collect();
    assert!(
        !passed.is_empty(),
        "the fact sheet's Seoul summit (Sep 2026) is such a case"
    );
    for e in passed {
        let page = get(&app, &format!("/timeline/{}", e.id)).await;
        assert!(page.body.contains("Date passed, not confirmed"), "{}", e.id);
        assert!(!page.body.contains("Took place"), "{}", e.id);
    }
    // On /powers, South Korea's pending summit is the 2026 one, not the postponed 2025 plan,
    // and Japan's row does not offer the superseded Astana plan as "next".
    let powers = get(&app, "/powers").await;
    let korea = powers
        .body
        .find("href=\"#format-south-korea\"")
        .expect("Korea row");
    let row_end = korea + powers.body[korea..].find("</tr>").expect("row end");
    assert!(powers.body[korea..row_end].contains("Date passed, not confirmed"));
    let japan = powers.body.find("host-row").expect("Japan row");
    let japan_end = japan + powers.body[japan..].find("</tr>").expect("row end");
    assert!(!powers.body[japan..japan_end].contains("Postponed"));
}
