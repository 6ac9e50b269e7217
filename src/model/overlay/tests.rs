use super::*;

fn shipped() -> OverlayFiles {
    OverlayFiles {
        english: DataSource::Embedded.read().expect("embedded data"),
        base: "data".into(),
        ..OverlayFiles::default()
    }
}

#[test]
fn the_build_script_looks_for_every_edition() {
    assert_eq!(embedded::BUILD_EDITIONS, EDITIONS);
}

/// Paths and hashes printed by the reference walker
/// (`python3 overlay_paths.py data`) on the shipped data: the first, a middle and the last
/// field of several files.
#[test]
fn shipped_paths_and_hashes_are_the_reference_walkers() {
    let (overlays, _) = Overlays::build(shipped());
    let all: usize = OVERLAY_FILES
        .iter()
        .map(|stem| overlays.fields[stem].len())
        .sum();
    assert_eq!(all, 765);
    let expected = [
        ("summit", "name", "cc5e3aa1"),
        ("summit", "outcomes.0.text", "c76f6fb5"),
        ("summit", "publisher.licence_data", "7ea5a99d"),
        ("events", "event.dialogue-launch-2004.title", "4cc5a746"),
        (
            "events",
            "event.uk-central-asia-fm-meeting-2026.venue",
            "c28318a1",
        ),
        (
            "countries",
            "country.kyrgyzstan.relations.2.summary",
            "72e0be02",
        ),
        ("areas", "area.connectivity.plans.1.summary", "7c72db48"),
        (
            "powers",
            "power.european-union.profile.began.level",
            "8525b2ae",
        ),
        (
            "powers",
            "power.united-kingdom.profile.priorities.0.text",
            "62657638",
        ),
        ("people", "person.cho-hyun.role", "62f28302"),
        ("organisations", "organisation.csto.short_name", "1d9456a1"),
        (
            "sources",
            "source.kantei-2025-12-20-press.publisher",
            "ddba1b89",
        ),
        ("sources", "source.daryo-2024-08-18.note", "15043c3b"),
        ("changes", "change.14.summary", "79ea2a53"),
        (
            "corrections",
            "correction.first-half-of-august.explanation",
            "e9a23119",
        ),
    ];
    for (stem, path, hash) in expected {
        let field = overlays.fields[stem].iter().find(|f| f.path == path);
        assert_eq!(
            field.map(|f| f.hash.as_str()),
            Some(hash),
            "{stem}.toml {path}"
        );
    }
    let counts: Vec<usize> = OVERLAY_FILES
        .iter()
        .map(|stem| overlays.fields[stem].len())
        .collect();
    assert_eq!(counts, [63, 157, 72, 31, 115, 44, 8, 244, 15, 16]);
    // No source title is translated.
    assert!(
        !overlays.fields["sources"]
            .iter()
            .any(|f| f.path.ends_with(".title"))
    );
}
