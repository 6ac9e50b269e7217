//! The catalogues of interface words: sound, complete, alike in every language, and used
//! for every word the code and the templates show.

use std::collections::BTreeSet;
use std::path::Path;

use scraper::Html;
use summit_briefing::catalogue;
use summit_briefing::i18n::Lang;
use summit_briefing::render::Target;
use summit_briefing::urls::PageId;
use summit_briefing::views::{Context, build};

const LANGS: [&str; 3] = ["en", "ja", "ru"];

#[test]
fn every_catalogue_parses_without_errors() {
    for code in LANGS {
        assert_eq!(catalogue::errors(code), &[] as &[String], "{code}.ftl");
        assert!(!catalogue::messages(code).is_empty(), "{code}.ftl is empty");
    }
}

#[test]
fn every_catalogue_has_the_same_messages_with_the_same_variables() {
    let english = catalogue::messages("en");
    for code in ["ja", "ru"] {
        let other = catalogue::messages(code);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code}.ftl has ids English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{code}.ftl: {id} takes other variables");
        }
    }
}

#[test]
fn no_message_is_empty() {
    for code in LANGS {
        for (id, vars) in catalogue::messages(code) {
            let args: Vec<_> = vars.iter().map(|v| (v.as_str(), 2.into())).collect();
            let text = catalogue::format(code, &id, &args);
            assert!(catalogue::has(code, &id), "{code}: {id}");
            assert!(!text.trim().is_empty(), "{code}.ftl: {id} is empty");
            assert_ne!(text, id, "{code}.ftl: {id} did not format");
        }
    }
}

/// Every catalogue key named in `dir` (recursively): the first argument of `t`, `t1`..`t3`,
/// `html`, `html1`..`html3` and `t_args`, and the keys `Ui` and the renderers pick by match.
fn keys_used_in(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("a source directory") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            keys_used_in(&path, out);
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for call in [
            ".t(\"",
            ".t1(\"",
            ".t2(\"",
            ".t3(\"",
            ".html(\"",
            ".html1(\"",
            ".html2(\"",
            ".html3(\"",
            ".t_args(\"",
            ".html_args(\"",
        ] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                if let Some(end) = rest.find('"') {
                    out.insert(rest[..end].to_owned());
                }
            }
        }
        // Keys chosen in a `match` and passed on: quoted kebab-case words with a known prefix.
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        for prefix in [
            "\"nav-",
            "\"error-",
            "\"cited-",
            "\"csv-",
            "\"json-",
            "\"title-",
            "\"feed-",
            "\"about-download-",
            "\"calendar-",
            "\"card-",
            "\"missing-",
        ] {
            for (at, _) in text.match_indices(prefix) {
                let rest = &text[at + 1..];
                if let Some(end) = rest.find('"') {
                    let key = &rest[..end];
                    if key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        out.insert(key.to_owned());
                    }
                }
            }
        }
    }
}

#[test]
fn every_key_the_code_uses_is_in_every_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    keys_used_in(&root.join("templates"), &mut used);
    keys_used_in(&root.join("src"), &mut used);
    // The fallback test names a key no catalogue has, on purpose.
    used.remove("no-such-message");
    assert!(used.len() > 100, "the scan found only {} keys", used.len());
    for code in LANGS {
        let missing: Vec<_> = used.iter().filter(|k| !catalogue::has(code, k)).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
    }
}

#[test]
fn russian_counts_agree_with_their_number() {
    let ui = Lang::Ru.ui();
    let events = |n: usize| ui.t1("count-events", "count", n);
    assert_eq!(events(1), "1 событие");
    assert_eq!(events(2), "2 события");
    assert_eq!(events(5), "5 событий");
    assert_eq!(events(11), "11 событий");
    assert_eq!(events(21), "21 событие");
    assert_eq!(events(22), "22 события");
    let summits = |n: usize| ui.t1("matrix-summits", "count", n);
    assert_eq!(summits(1), "1 саммит");
    assert_eq!(summits(3), "3 саммита");
    assert_eq!(summits(11), "11 саммитов");
    // Japanese counts have one form.
    assert_eq!(Lang::Ja.ui().t1("count-events", "count", 1), "1 件の出来事");
    assert_eq!(Lang::Ja.ui().t1("count-events", "count", 5), "5 件の出来事");
    // And English keeps its two.
    assert_eq!(Lang::En.ui().t1("count-events", "count", 1), "1 event");
    assert_eq!(Lang::En.ui().t1("count-events", "count", 2), "2 events");
}

#[test]
fn values_put_into_markup_are_escaped_and_no_isolation_marks_are_added() {
    let ui = Lang::En.ui();
    let html = ui.html1("footer-version-html", "version", "<b>&");
    assert_eq!(
        html,
        "Data version <code class=\"data-version\">&#60;b&#62;&#38;</code>."
    );
    let text = Lang::Ru.ui().t1("filter-chip", "param", "x");
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
}

/// The English messages a page in `lang` must not show: plain ones of four letters or more
/// whose translation differs.
fn english_only_messages(lang: Lang) -> Vec<&'static str> {
    let ui = lang.ui();
    catalogue::plain_messages("en")
        .into_iter()
        .filter(|(id, en)| {
            en.chars().filter(char::is_ascii_alphabetic).count() >= 4 && ui.t(id) != *en
        })
        .map(|(_, en)| en)
        .collect()
}

/// The words of `page` as rendered for `lang`: every text node and every attribute a reader
/// or a screen reader meets, trimmed.
fn page_words(page: &PageId, lang: Lang) -> Vec<String> {
    let b = crate::util::shipped_briefing();
    let cx = Context {
        b: &b,
        lang,
        today: crate::test_today(),
    };
    let view = build(&cx, page).expect("a view");
    let target = Target {
        lang,
        public_url: None,
    };
    let html = summit_briefing::render::html::page(&view, &target, &b.summit.name).expect("html");
    let doc = Html::parse_document(&html);
    let mut words = Vec::new();
    for node in doc.root_element().descendants() {
        if let Some(t) = node.value().as_text() {
            words.push(t.trim().to_owned());
        }
        if let Some(e) = node.value().as_element() {
            for attr in ["aria-label", "title", "alt", "placeholder"] {
                if let Some(v) = e.attr(attr) {
                    words.push(v.trim().to_owned());
                }
            }
        }
    }
    words
}

fn english_words_on(page: &PageId, lang: Lang) -> BTreeSet<String> {
    let english = english_only_messages(if lang == Lang::En { Lang::Ja } else { lang });
    page_words(page, lang)
        .into_iter()
        .filter(|w| english.contains(&w.as_str()))
        .collect()
}

#[test]
fn the_check_for_english_words_finds_them_on_the_english_overview() {
    let on_english = english_words_on(&PageId::Overview, Lang::En);
    assert!(on_english.len() >= 20, "only {on_english:?}");
    assert!(on_english.contains("Where it stands"), "{on_english:?}");
}

#[test]
fn no_japanese_or_russian_page_shows_an_english_interface_word() {
    let b = crate::util::shipped_briefing();
    let mut checked = 0;
    for page in PageId::all(&b) {
        if !page.has(summit_briefing::urls::Format::Html) || matches!(page, PageId::Search(_)) {
            continue;
        }
        for lang in [Lang::Ja, Lang::Ru] {
            let left = english_words_on(&page, lang);
            assert!(left.is_empty(), "{page:?} in {lang:?} still shows {left:?}");
        }
        checked += 1;
    }
    assert!(checked > 20, "only {checked} pages");
}

#[test]
fn every_standing_has_its_words_in_a_feed_entry() {
    use summit_briefing::model::Standing;
    for s in [
        Standing::TookPlace,
        Standing::Scheduled,
        Standing::Planned,
        Standing::DatePassed,
        Standing::Postponed,
        Standing::Cancelled,
        Standing::Unconfirmed,
    ] {
        let key = format!("feed-standing-{}", <&str>::from(s));
        for code in LANGS {
            assert!(catalogue::has(code, &key), "{code}.ftl lacks {key}");
        }
        // English keeps the words feeds have always carried.
        assert_eq!(Lang::En.ui().t(&key), <&str>::from(s).replace('-', " "));
    }
}
