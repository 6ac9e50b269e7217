use super::super::Briefing;
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
    // What the reference walker counts on the shipped data (a new item adds to it).
    assert_eq!(all, 777);
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
    assert_eq!(counts, [63, 157, 72, 31, 115, 46, 8, 252, 17, 16]);
    // No source title is translated.
    assert!(
        !overlays.fields["sources"]
            .iter()
            .any(|f| f.path.ends_with(".title"))
    );
}

fn overlay_file(lang: &'static str, name: &str, text: &str) -> OverlayFile {
    OverlayFile {
        lang,
        name: name.to_owned(),
        file: TextFile {
            path: format!("data/{lang}/{name}"),
            text: text.to_owned(),
        },
    }
}

fn with(files: Vec<OverlayFile>, present: &[&'static str]) -> (Overlays, Vec<DataError>) {
    Overlays::build(OverlayFiles {
        files,
        present: present.to_vec(),
        ..shipped()
    })
}

fn hash_of(overlays: &Overlays, stem: &str, path: &str) -> String {
    overlays.fields[stem]
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{stem}.toml has {path}"))
        .hash
        .clone()
}

const TITLE: &str = "event.dialogue-launch-2004.title";
const SUMMARY: &str = "event.dialogue-launch-2004.summary";

#[test]
fn localize_puts_translations_in_a_copy_and_leaves_the_rest() {
    let base = DataSource::Embedded.load().expect("shipped data loads");
    let (english, _) = with(Vec::new(), &[]);
    let events = format!(
        "[\"{TITLE}\"]\nen = \"{}\"\ntext = \"（試訳）対話の発足\"\n\n\
         # translated from older English: stays English\n\
         [\"{SUMMARY}\"]\nen = \"00000000\"\ntext = \"古い訳\"\n",
        hash_of(&english, "events", TITLE)
    );
    let summit = format!(
        "[\"why_it_matters.0.text\"]\nen = \"{}\"\ntext = \"（試訳）\\\"引用\\\" と改行\\nを含む\"\n",
        hash_of(&english, "summit", "why_it_matters.0.text")
    );
    let (overlays, errors) = with(
        vec![
            overlay_file("ja", "events.toml", &events),
            overlay_file("ja", "summit.toml", &summit),
        ],
        &[],
    );
    assert_eq!(errors.len(), 1, "only the stale summary: {errors:?}");
    assert!(errors[0].message.contains("stale"), "{}", errors[0]);

    let ja = localize(&base, &overlays, "ja");
    let (b, j) = (
        base.event("dialogue-launch-2004").expect("event"),
        ja.event("dialogue-launch-2004")
            .expect("same id in the copy"),
    );
    assert_eq!(j.title, "（試訳）対話の発足");
    assert_ne!(b.title, j.title, "the English briefing is untouched");
    assert_eq!(j.summary, b.summary, "a stale translation is not shown");
    assert_eq!(
        ja.summit.why_it_matters[0].text,
        "（試訳）\"引用\" と改行\nを含む"
    );
    assert_eq!(
        ja.summit.why_it_matters[1].text,
        base.summit.why_it_matters[1].text
    );
    // What is not text stays as it is: ids, dates, sources, URLs, source titles, order.
    assert_eq!(j.date, b.date);
    assert_eq!(j.sources.to_vec(), b.sources.to_vec());
    assert_eq!(j.venue, b.venue);
    let ids = |x: &Briefing| {
        x.events
            .iter()
            .map(|e| e.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&ja), ids(&base));
    for (s, t) in base.sources.iter().zip(&ja.sources) {
        assert_eq!((&s.id, &s.title, &s.url), (&t.id, &t.title, &t.url));
    }
    assert_eq!(ja.version, base.version);
    assert_eq!(
        ja.citations("mofa-2004-dialogue-launch").len(),
        base.citations("mofa-2004-dialogue-launch").len()
    );

    // Another edition, or none: the English.
    let ru = localize(&base, &overlays, "ru");
    assert_eq!(
        ru.event("dialogue-launch-2004").expect("event").title,
        b.title
    );
    let xx = localize(&base, &overlays, "xx");
    assert_eq!(xx.summit.lede, base.summit.lede);
}

/// Every translatable field replaced at once still reads as a briefing: no field in the list
/// is something the model parses (an enum, a date).
#[test]
fn every_field_can_be_translated() {
    let base = DataSource::Embedded.load().expect("shipped data loads");
    let (english, _) = with(Vec::new(), &[]);
    let mut files = Vec::new();
    for stem in OVERLAY_FILES {
        let mut text = String::new();
        for f in &english.fields[stem] {
            text.push_str(&format!(
                "[{}]\nen = \"{}\"\ntext = \"訳 {}\"\n",
                quoted(&f.path),
                f.hash,
                f.hash
            ));
        }
        files.push(overlay_file("ru", &format!("{stem}.toml"), &text));
    }
    files.push(overlay_file(
        "ru",
        GLOSSARY,
        "[[terms]]\nid = \"x\"\nen = \"X\"\ntext = \"Икс\"\nkind = \"common\"\n",
    ));
    let (overlays, errors) = with(files, &["ru"]);
    assert!(errors.is_empty(), "{errors:?}");
    let total: usize = OVERLAY_FILES.iter().map(|s| english.fields[s].len()).sum();
    assert!(total > 700, "{total} fields");
    assert_eq!(overlays.counts("ru"), (total, total));
    assert_eq!(overlays.counts("ja"), (0, total));
    let ru = localize(&base, &overlays, "ru");
    let hash = |stem, path| hash_of(&english, stem, path);
    assert_eq!(ru.summit.lede, format!("訳 {}", hash("summit", "lede")));
    // Change log entries are named by their place in the file, not in the (sorted) log.
    let change = format!("訳 {}", hash("changes", "change.14.summary"));
    assert!(ru.changes().iter().any(|c| c.summary == change));
    assert!(ru.changes().iter().all(|c| c.summary.starts_with("訳 ")));
    assert!(ru.events.iter().all(|e| e.title.starts_with("訳 ")));
    assert!(ru.sources.iter().all(|s| !s.title.starts_with("訳 ")));
    assert_eq!(ru.events.len(), base.events.len());
    // Ids and keywords among the walker's fields stay: each leader is still a person.
    for c in &ru.countries {
        for leader in [&c.head_of_state, &c.head_of_government]
            .into_iter()
            .flatten()
        {
            assert!(
                ru.person(&leader.value).is_some(),
                "{}",
                leader.value.as_str()
            );
        }
    }
    assert!(ru.countries.iter().any(|c| c.head_of_state.is_some()));
    assert!(ru.countries.iter().any(|c| c.un_es_11_1.is_some()));
    assert!(ru.countries.iter().any(|c| {
        c.capital
            .as_ref()
            .is_some_and(|f| f.value.starts_with("訳 "))
    }));
}

#[test]
fn check_reports_unknown_empty_and_marked_up_entries_where_they_are() {
    let (english, _) = with(Vec::new(), &[]);
    let h = hash_of(&english, "events", TITLE);
    let text = format!(
        "[\"event.dialogue-lanch-2004.title\"]\nen = \"{h}\"\ntext = \"x\"\n\n\
         [\"{TITLE}\"]\nen = \"{h}\"\ntext = \"  \"\n\n\
         [\"{SUMMARY}\"]\nen = \"{}\"\ntext = \"<b>太字</b>\"\nextra = 1\n\n\
         [\"event.dialogue-launch-2004.venue\"]\nen = \"XYZ\"\ntext = \"ア\\u202eスタナ\"\n\n\
         [\"summit.lede\"]\nen = \"{h}\"\ntext = \"y\"\n",
        hash_of(&english, "events", SUMMARY)
    );
    let (_, errors) = with(vec![overlay_file("ja", "events.toml", &text)], &[]);
    let at = |line: usize, needle: &str| {
        assert!(
            errors.iter().any(|e| e.file == "data/ja/events.toml"
                && e.line == line
                && (e.message.contains(needle)
                    || e.help.as_deref().is_some_and(|h| h.contains(needle)))),
            "no error at line {line} with {needle:?}: {errors:#?}"
        );
    };
    at(1, "did you mean `event.dialogue-launch-2004.title`?");
    at(7, "is empty");
    at(11, "markup");
    at(12, "unknown key `extra`");
    at(15, "not 8 lowercase hex digits");
    at(16, "U+202E");
    at(18, "this field is in summit.toml as `lede`");
    // No completeness rule for an edition without a directory.
    assert!(
        !errors
            .iter()
            .any(|e| e.message.contains("no ja translation"))
    );
    // A malformed hash is not also reported as stale.
    assert_eq!(errors.len(), 7, "{errors:#?}");
}

#[test]
fn an_entry_in_the_wrong_file_is_sent_to_the_right_one() {
    let (english, _) = with(Vec::new(), &[]);
    let text = format!(
        "[\"{TITLE}\"]\nen = \"{}\"\ntext = \"x\"\n",
        hash_of(&english, "events", TITLE)
    );
    let (_, errors) = with(vec![overlay_file("ja", "summit.toml", &text)], &[]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].help.as_deref(),
        Some("this field is in events.toml: move the entry to events.toml")
    );
}

#[test]
fn markup_is_tags_comments_and_entities_not_angle_brackets_in_prose() {
    assert_eq!(markup_at("a <b>bold</b>"), Some(2));
    assert_eq!(markup_at("</p>"), Some(0));
    assert_eq!(markup_at("x <!-- y -->"), Some(2));
    assert_eq!(markup_at("Tom &amp; Jerry"), Some(4));
    assert_eq!(markup_at("1 < 2 and 3 > 2; R&D; Green & Resilience"), None);
    assert_eq!(markup_at("«Центральная Азия + Япония»"), None);
}
