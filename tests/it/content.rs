//! The shipped briefing itself: valid, fully sourced, and honest about time.

use summit_briefing::model::{DataSource, EventStatus, Tier};

#[test]
fn shipped_data_passes_check() {
    if let Err(e) = DataSource::Embedded.load() {
        panic!("the shipped data must pass `summit-briefing check`:\n{e}");
    }
}

#[test]
fn every_fact_bearing_item_cites_an_existing_source_and_every_source_is_cited() {
    let b = DataSource::Embedded.load().expect("loads");
    for (item, label, sources) in b.cited_lists() {
        assert!(!sources.is_empty(), "{item:?} ({label}) cites no source");
        for s in sources.iter() {
            assert!(
                b.source(s).is_some(),
                "{item:?} ({label}) cites unknown source {s}"
            );
        }
    }
    for s in &b.sources {
        assert!(
            !b.citations(&s.id).is_empty(),
            "source {} is cited by nothing",
            s.id
        );
    }
}

#[test]
fn official_sources_are_cited_where_the_fact_sheet_has_them() {
    let b = DataSource::Embedded.load().expect("loads");
    for host in ["mofa.go.jp", "kantei.go.jp", "kremlin.ru"] {
        let s = b
            .sources
            .iter()
            .find(|s| s.url.contains(host))
            .unwrap_or_else(|| panic!("no source from {host}"));
        assert_eq!(s.tier, Tier::Official, "{} should be official", s.id);
    }
}

#[test]
fn the_summit_story_runs_from_plan_to_postponement_to_tokyo() {
    let b = DataSource::Embedded.load().expect("loads");
    let statuses: Vec<_> = b
        .summit
        .story
        .iter()
        .map(|s| {
            summit_briefing::i18n::Lang::En
                .ui()
                .summit_status(&s.status)
        })
        .collect();
    let planned = statuses
        .iter()
        .position(|s| *s == "Planned")
        .expect("a planned step");
    let postponed = statuses
        .iter()
        .position(|s| *s == "Postponed")
        .expect("a postponed step");
    let held = statuses
        .iter()
        .position(|s| *s == "Held")
        .expect("a held step");
    assert!(planned < postponed && postponed < held, "{statuses:?}");
    let held = &b.summit.story[held];
    assert_eq!(held.date.year(), 2025);
    assert!(held.venue.as_deref().unwrap_or("").contains("Tokyo"));
}

#[test]
fn no_happened_event_lies_in_the_future() {
    let b = DataSource::Embedded.load().expect("loads");
    let today = crate::test_today();
    for e in b
        .events
        .iter()
        .filter(|e| e.status == EventStatus::Happened)
    {
        assert!(
            !e.date.is_after(&today),
            "event {} is marked happened but dated {}",
            e.id,
            e.date.iso()
        );
    }
}

#[test]
fn the_seed_articles_errors_are_all_corrected() {
    let b = DataSource::Embedded.load().expect("loads");
    assert!(
        b.corrections.len() >= 8,
        "the fact sheet lists eight corrections"
    );
    let article =
        std::fs::read_to_string(crate::manifest_dir().join("../shared/reference/seed-article.txt"));
    if let Ok(article) = article {
        for c in &b.corrections {
            assert!(
                article.contains(&c.original),
                "correction {} quotes words the article does not contain: {:?}",
                c.id,
                c.original
            );
        }
    }
}
