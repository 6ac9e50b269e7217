//! `/brief`: the whole summit on two A4 pages, in every edition. What it states is the
//! briefing's own data (compared with its JSON and with the data), and every note number in
//! the text leads to a listed source that prints with its address. How many pages it prints
//! on is measured in Chromium (tests/browser, `interaction.test.js`).

use axum::http::StatusCode;
use summit_briefing::i18n::Lang;
use summit_briefing::urls::{Format, PageId};

use crate::util::{TestApp, shipped_briefing};

#[tokio::test]
async fn every_note_leads_to_a_listed_source_with_its_address() {
    let app = TestApp::shipped();
    let b = shipped_briefing();
    for lang in Lang::ALL {
        let uri = PageId::Brief.href(lang);
        let page = app.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        let json = app
            .get(&PageId::Brief.path(lang, Format::Json))
            .await
            .json();
        let sources = json["sources"].as_array().expect("a list of sources");
        assert!(!sources.is_empty(), "{uri}");

        // The list at the end: one entry per source of the JSON, numbered from 1, each with
        // the source's own address (from the data) as text: what paper keeps of a link.
        let ids = page.attrs(".brief-sources li", "id");
        let expected: Vec<String> = (1..=sources.len()).map(|n| format!("note-{n}")).collect();
        assert_eq!(ids, expected, "{uri}");
        let entries = page.texts(".brief-sources li");
        for (entry, s) in entries.iter().zip(sources) {
            let id = s["id"].as_str().expect("an id");
            let source = b.source(id).expect("a source of the briefing");
            assert!(entry.contains(&source.url), "{uri}: {entry}");
            // The publisher as the edition names it.
            let publisher = s["publisher"].as_str().expect("a publisher");
            assert!(entry.contains(publisher), "{uri}: {entry}");
        }

        // Every note in the text points at an entry, and every entry is pointed at.
        let notes = page.attrs("sup.notes a", "href");
        assert!(notes.len() >= sources.len(), "{uri}");
        for n in &notes {
            let id = n.strip_prefix('#').expect("a link within the page");
            assert!(ids.iter().any(|i| i == id), "{uri}: {n} leads nowhere");
        }
        for id in &ids {
            assert!(
                notes.iter().any(|n| n[1..] == *id),
                "{uri}: {id} is never cited"
            );
        }
    }
}

#[tokio::test]
async fn it_states_the_data_where_it_stands_who_leads_and_the_formats() {
    let app = TestApp::shipped();
    let b = shipped_briefing();
    let page = app.get("/brief").await;
    assert_eq!(page.texts("h1"), vec![b.summit.name.clone()]);

    // The six, each with the leader the data names.
    let rows = page.texts(".brief-participants tbody tr");
    assert_eq!(rows.len(), b.summit.participants.len());
    for (row, id) in rows.iter().zip(&b.summit.participants) {
        let c = b.country(id).expect("a participant");
        assert!(row.starts_with(&c.name), "{row}");
        let leader = c
            .head_of_state
            .as_ref()
            .or(c.head_of_government.as_ref())
            .and_then(|f| b.person(&f.value))
            .expect("a leader");
        assert!(row.contains(&leader.name), "{row} lacks {}", leader.name);
    }

    // Every key figure and every outcome, word for word.
    let text = page.texts("main").join(" ");
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for f in &b.summit.figures {
        assert!(text.contains(&squeeze(&f.value)), "{}", f.value);
        assert!(text.contains(&squeeze(&f.label)), "{}", f.label);
    }
    for o in &b.summit.outcomes {
        assert!(text.contains(&squeeze(&o.text)), "{}", o.text);
    }

    // The formats: the host's first, then every power's, each linking its page.
    let formats = page.attrs(".brief-formats tbody th a", "href");
    let mut expected = vec![PageId::Overview.href(Lang::En)];
    expected.extend(
        b.powers
            .iter()
            .map(|p| PageId::Power(p.id.to_string()).href(Lang::En)),
    );
    assert_eq!(formats, expected);
}

#[tokio::test]
async fn every_edition_links_its_brief_from_the_overview_and_is_in_its_language() {
    let app = TestApp::shipped();
    for lang in Lang::ALL {
        let overview = app.get(&PageId::Overview.href(lang)).await;
        let brief = PageId::Brief.href(lang);
        assert!(
            overview.attrs("main a", "href").contains(&brief),
            "{lang:?}: the overview does not link {brief}"
        );
        let page = app.get(&brief).await;
        assert_eq!(page.attrs("html", "lang"), vec![lang.code().to_owned()]);
        let heading = lang.ui().t("brief-heading");
        assert!(
            page.texts("title")[0].starts_with(heading),
            "{lang:?}: {:?}",
            page.texts("title")
        );
    }
    // Not a page to find the path to by guessing: the sitemap lists it.
    let sitemap = app.get("/sitemap.xml").await.text();
    assert!(sitemap.contains("/brief</loc>"), "the sitemap lacks /brief");
}
