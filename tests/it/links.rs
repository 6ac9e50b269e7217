//! Links that last: aliases answer 301 in every format, removed items 410, the change log
//! and its filters, versioned permalinks, and the editor's loop (every syntax error at once,
//! the refused-edit banner).

use std::time::{Duration, Instant};

use axum::http::StatusCode;
use summit_briefing::App;
use summit_briefing::reload::{self, Reloader};
use summit_briefing::{Hardening, app, app_with};

use crate::util::{TestApp, send};
use crate::{DataCopy, manifest_dir, state_of};

/// The minimal fixture with the made-up aliases, removal and change log of
/// `tests/fixtures/links`.
fn fixture() -> DataCopy {
    let copy = DataCopy::minimal();
    for name in ["redirects.toml", "changes.toml"] {
        let text = std::fs::read_to_string(manifest_dir().join("tests/fixtures/links").join(name))
            .expect("read the fixture");
        copy.write(name, &text);
    }
    copy
}

fn fixture_app(copy: &DataCopy) -> App {
    app(state_of(copy.source()))
}

async fn get(app: &App, uri: &str) -> crate::util::Answer {
    send(app, axum::http::Method::GET, uri).await
}

/// The problems `check` reports for `copy`, one line each.
fn problems(copy: &DataCopy) -> Vec<String> {
    match copy.source().load() {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
    }
}

#[tokio::test]
async fn an_old_id_answers_301_to_the_new_one_in_every_format() {
    let copy = fixture();
    let app = fixture_app(&copy);
    let cases = [
        ("/timeline/tokyo-summit", "/timeline/tokyo-summit-2025"),
        (
            "/timeline/tokyo-summit.json",
            "/timeline/tokyo-summit-2025.json",
        ),
        ("/countries/kazakstan", "/countries/kazakhstan"),
        ("/countries/kazakstan.json", "/countries/kazakhstan.json"),
        ("/countries/kazakstan.atom", "/countries/kazakhstan.atom"),
        ("/countries/kazakstan.ics", "/countries/kazakhstan.ics"),
        ("/powers/prc", "/powers/china"),
        ("/powers/prc.atom", "/powers/china.atom"),
        // Another spelling of the old URL goes straight to the new one.
        ("/Countries/Kazakstan/", "/countries/kazakhstan"),
        ("/countries/KAZAKSTAN.ICS", "/countries/kazakhstan.ics"),
        // A query (a versioned link, say) is kept.
        (
            "/timeline/tokyo-summit?v=000000000000",
            "/timeline/tokyo-summit-2025?v=000000000000",
        ),
    ];
    for (old, new) in cases {
        let answer = get(&app, old).await;
        assert_eq!(answer.status, StatusCode::MOVED_PERMANENTLY, "{old}");
        assert_eq!(answer.header("location"), new, "{old}");
        let target = get(&app, new).await;
        assert_eq!(target.status, StatusCode::OK, "{new}, from {old}");
    }
    // A format the page never had is still a 404, not a redirect to nothing.
    assert_eq!(
        get(&app, "/timeline/tokyo-summit.ics").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn filter_values_naming_an_old_id_are_canonicalised() {
    let copy = fixture();
    let app = fixture_app(&copy);
    for (old, new) in [
        (
            "/timeline?country=kazakstan",
            "/timeline?country=kazakhstan",
        ),
        (
            "/timeline.csv?country=japan&power=PRC",
            "/timeline.csv?country=japan&power=china",
        ),
        ("/timeline.atom?power=prc", "/timeline.atom?power=china"),
    ] {
        let answer = get(&app, old).await;
        assert_eq!(answer.status, StatusCode::MOVED_PERMANENTLY, "{old}");
        assert_eq!(answer.header("location"), new, "{old}");
    }
    // The change log's item filter follows renames too.
    let answer = get(&app, "/changes?item=kazakstan").await;
    assert_eq!(answer.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(answer.header("location"), "/changes?item=kazakhstan");
}

#[tokio::test]
async fn a_removed_item_answers_410_saying_what_happened_and_where_to_go() {
    let copy = fixture();
    let app = fixture_app(&copy);
    let html = get(&app, "/timeline/astana-summit-2024").await;
    assert_eq!(html.status, StatusCode::GONE);
    assert!(html.header("content-type").starts_with("text/html"));
    assert_eq!(html.texts("h1"), ["This page was removed"]);
    let text = html.texts("main p").join(" ");
    assert!(text.contains("Leaders' summit, Astana"), "{text}");
    assert!(text.contains("28 November 2026"), "{text}");
    assert!(text.contains("never held there"), "{text}");
    assert!(text.contains("as a correction"), "{text}");
    let links = html.attrs("main a", "href");
    assert!(
        links.contains(&"/timeline/tokyo-summit-2025".to_owned()),
        "{links:?}"
    );
    assert!(
        links.contains(&"/sources#kantei-2025".to_owned()),
        "{links:?}"
    );

    let json = get(&app, "/timeline/astana-summit-2024.json").await;
    assert_eq!(json.status, StatusCode::GONE);
    assert_eq!(json.header("content-type"), "application/json");
    let body = json.json();
    assert_eq!(body["error"]["status"], 410);
    assert_eq!(
        body["error"]["suggestions"][0]["href"],
        "/timeline/tokyo-summit-2025"
    );
    // Other spellings lead to the same answer.
    let upper = get(&app, "/Timeline/Astana-Summit-2024").await;
    assert_eq!(upper.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(upper.header("location"), "/timeline/astana-summit-2024");
}

#[test]
fn check_refuses_aliases_that_collide_repeat_or_lead_nowhere() {
    let copy = fixture();
    copy.write(
        "redirects.toml",
        r#"
[[alias]]
kind = "event"
from = "dialogue-launch"
to = "tokyo-summit-2025"
date = "2026-11-28"

[[alias]]
kind = "power"
from = "prc"
to = "chna"
date = "2026-11-28"

[[alias]]
kind = "power"
from = "prc"
to = "china"
date = "2026-11-28"

[[removed]]
kind = "event"
id = "old-event"
title = "Old"
date = "2026-11-28"
reason = "wrong"
go = { kind = "event", id = "tokyo-summit-2025" }
correction = true
"#,
    );
    copy.write("changes.toml", "");
    let found = problems(&copy);
    let expect = [
        "redirects.toml:4:8: error: `dialogue-launch` is a live event id",
        "redirects.toml:16:8: error: the old power id `prc` is declared twice",
        "redirects.toml:11:6: error: unknown power `chna`",
        "help: did you mean `china`?",
        "redirects.toml:22:6: error: removed item `old-event` was a correction but cites no source",
    ];
    for e in expect {
        assert!(
            found.iter().any(|f| f.contains(e)),
            "missing {e:?} in {found:#?}"
        );
    }
}

#[test]
fn check_validates_the_change_log_with_file_line_and_help() {
    let copy = fixture();
    copy.write(
        "changes.toml",
        r#"[[change]]
date = "2026-12-01"
kind = "added"
item = { kind = "event", id = "tokyo-sumit-2025" }
summary = "after the review date, and a typo"
sources = ["kantei-2025"]

[[change]]
date = "2026-11"
kind = "corrected"
item = { kind = "country", id = "kazakhstan" }
summary = "a month is not a day"
sources = ["nowhere-source"]

[[change]]
date = "2026-11-28"
kind = "seed-correction"
item = { kind = "event", id = "zzzzzzzz" }
summary = "no correction named, an item far from any id"
sources = []
"#,
    );
    let found = problems(&copy);
    let expect = [
        "changes.toml:2:8: error: this change is dated 2026-12-01, after the briefing's review date (2026-11-28)",
        "changes.toml:4:31: error: unknown event `tokyo-sumit-2025`",
        "help: did you mean `tokyo-summit-2025`?",
        "changes.toml:9:8: error: the change's date `2026-11` is not a day",
        "changes.toml:13:12: error: unknown source `nowhere-source`",
        "changes.toml:20:11: error: no source given",
        "a seed-correction change names the correction it made",
    ];
    for e in expect {
        assert!(
            found.iter().any(|f| f.contains(e)),
            "missing {e:?} in {found:#?}"
        );
    }
    // "Did you mean" names only ids that exist: a far-off id gets the list instead.
    let far = found
        .iter()
        .find(|f| f.contains("unknown event `zzzzzzzz`"))
        .expect("the far-off id is reported");
    assert!(
        far.contains("known event ids: `dialogue-launch`, `tokyo-summit-2025`"),
        "{far}"
    );
}

#[test]
fn check_reports_every_syntax_error_of_every_file_at_once() {
    let copy = fixture();
    let events = copy.read("events.toml");
    // Two broken items in events.toml, one in sources.toml.
    let broken = events
        .replacen("title = \"The Dialogue", "title = The Dialogue", 1)
        .replacen("venue = \"Tokyo\"", "venue = \"Tokyo", 1);
    copy.write("events.toml", &broken);
    copy.replace("sources.toml", "[[source]]", "[[source]\n");
    let found = problems(&copy);
    let in_events: Vec<&String> = found
        .iter()
        .filter(|f| f.contains("events.toml:"))
        .collect();
    assert_eq!(in_events.len(), 2, "{found:#?}");
    assert!(in_events[0].contains("events.toml:4:"), "{found:#?}");
    assert!(in_events[1].contains("events.toml:20:"), "{found:#?}");
    assert!(
        found.iter().any(|f| f.contains("sources.toml:1:")),
        "{found:#?}"
    );
}

#[test]
fn one_bad_item_does_not_hide_the_next() {
    let copy = fixture();
    let events = copy.read("events.toml");
    let broken = events
        .replacen("status = \"happened\"", "status = \"occurred\"", 1)
        .replacen("date = \"2025-12-19\"", "date = \"2025-13-19\"", 1);
    copy.write("events.toml", &broken);
    let found = problems(&copy);
    let in_events: Vec<&String> = found
        .iter()
        .filter(|f| f.contains("events.toml:"))
        .collect();
    assert_eq!(in_events.len(), 2, "{found:#?}");
    assert!(in_events[0].contains("occurred"), "{found:#?}");
    assert!(in_events[1].contains("month 13"), "{found:#?}");
}

#[tokio::test]
async fn the_change_log_is_newest_first_and_filters_by_item_and_kind() {
    let copy = fixture();
    let app = fixture_app(&copy);
    let all = get(&app, "/changes").await;
    assert_eq!(all.status, StatusCode::OK);
    let dates = all.attrs(".change-list > li time", "datetime");
    assert_eq!(
        dates,
        ["2026-11-28", "2026-11-28", "2026-11-25", "2026-11-20"]
    );
    // Each entry links what it changed; a removed item links its old page, which says so.
    let links = all.attrs(".change-list > li > p:first-child a", "href");
    assert_eq!(
        links,
        [
            "/timeline/astana-summit-2024",
            "/timeline/tokyo-summit-2025",
            "/countries/kazakhstan",
            "/timeline/tokyo-summit-2025"
        ]
    );

    let by_item = get(&app, "/changes?item=tokyo-summit-2025").await;
    assert_eq!(by_item.status, StatusCode::OK);
    assert_eq!(by_item.attrs(".change-list > li time", "datetime").len(), 2);
    let by_kind = get(&app, "/changes.json?kind=status").await;
    assert_eq!(by_kind.status, StatusCode::OK);
    let entries = by_kind.json()["entries"]
        .as_array()
        .expect("entries")
        .clone();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["kind"], "status");
    let both = get(
        &app,
        "/changes.json?item=tokyo-summit-2025&kind=added&kind=status",
    )
    .await;
    assert_eq!(both.json()["entries"].as_array().map(Vec::len), Some(2));
    let none = get(&app, "/changes?item=kazakhstan&kind=added").await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(none.text().contains("No change matches these filters"));

    // Canonical spellings, refused values with near misses.
    let upper = get(&app, "/changes?kind=Status").await;
    assert_eq!(upper.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(upper.header("location"), "/changes?kind=status");
    let typo = get(&app, "/changes?item=tokyo-sumit-2025").await;
    assert_eq!(typo.status, StatusCode::BAD_REQUEST);
    assert!(
        typo.attrs("main a", "href")
            .contains(&"/changes?item=tokyo-summit-2025".to_owned())
    );
    assert_eq!(
        get(&app, "/changes.json?kind=gossip").await.status,
        StatusCode::BAD_REQUEST
    );

    // The Atom feed, read back by the feed crate.
    let feed = get(&app, "/changes.atom?item=tokyo-summit-2025").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.header("content-type"), "application/atom+xml");
    let parsed = atom_syndication::Feed::read_from(&feed.body[..]).expect("a valid Atom feed");
    assert_eq!(parsed.entries().len(), 2);
    let ids: std::collections::HashSet<&str> = parsed.entries().iter().map(|e| e.id()).collect();
    assert_eq!(ids.len(), 2, "entry ids are distinct");
    assert_eq!(
        parsed.entries()[0].links()[0].href(),
        "/timeline/tokyo-summit-2025"
    );
}

#[tokio::test]
async fn an_item_page_shows_its_recent_changes_and_last_review() {
    let app = TestApp::shipped();
    let page = app.get("/powers/italy").await;
    assert_eq!(page.status, StatusCode::OK);
    let section = page.texts("section.item-changes").join(" ");
    assert!(section.contains("Added"), "{section}");
    assert!(
        page.attrs("section.item-changes a", "href")
            .contains(&"/changes?item=italy".to_owned())
    );
    assert!(
        !page.texts(".reviewed").is_empty(),
        "last reviewed is shown"
    );
    let json = app.get("/powers/italy.json").await.json();
    assert_eq!(json["changes"]["total"], 1);
    // An item the log does not name shows no empty section.
    let quiet = app.get("/countries/japan").await;
    assert!(quiet.texts("section.item-changes").is_empty());
}

#[tokio::test]
async fn a_versioned_link_says_when_it_cites_other_data() {
    let app = TestApp::shipped();
    let current = app.get("/index.json").await.json()["version"]["hash"]
        .as_str()
        .expect("a version")
        .to_owned();
    let plain = app.get("/countries/kazakhstan").await;
    let same = app.get(&format!("/countries/kazakhstan?v={current}")).await;
    assert_eq!(same.status, StatusCode::OK);
    assert_eq!(
        same.body, plain.body,
        "the same version is the page as usual"
    );
    assert!(same.texts(".version-notice").is_empty());

    let other = if current == "0123456789ab" {
        "ba9876543210"
    } else {
        "0123456789ab"
    };
    let cited = app.get(&format!("/countries/kazakhstan?v={other}")).await;
    assert_eq!(cited.status, StatusCode::OK);
    assert_eq!(cited.header("cache-control"), "no-store");
    let notice = cited.texts("main > .version-notice").join(" ");
    assert!(notice.contains(other), "{notice}");
    assert!(notice.contains(&current), "{notice}");
    assert!(
        cited
            .attrs(".version-notice a", "href")
            .contains(&"/changes".to_owned())
    );
    // The rest of the page is the current page.
    assert_eq!(cited.texts("h1"), plain.texts("h1"));
    // In the reader's edition, with its own link to what changed.
    for (lang, title) in [
        ("ja", "これは引用された版ではありません。"),
        ("ru", "Это не та версия, на которую вы ссылались."),
    ] {
        let page = app
            .get(&format!("/{lang}/countries/kazakhstan?v={other}"))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{lang}");
        assert_eq!(page.texts("#version-notice-title"), [title], "{lang}");
        let notice = page.texts("main > .version-notice").join(" ");
        assert!(
            notice.contains(other) && notice.contains(&current),
            "{notice}"
        );
        assert!(
            page.attrs(".version-notice a", "href")
                .contains(&format!("/{lang}/changes")),
            "{lang}"
        );
    }

    let json = app
        .get(&format!("/countries/kazakhstan.json?v={other}"))
        .await;
    assert_eq!(json.status, StatusCode::OK);
    let body = json.json();
    assert_eq!(body["notice"]["cited_version"], other);
    assert_eq!(body["notice"]["current_version"]["hash"], current.as_str());
    assert_eq!(body["version"]["hash"], current.as_str());

    for bad in ["xyz", "0123456789abc", "0123456789a%21"] {
        let answer = app.get(&format!("/countries/kazakhstan?v={bad}")).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    let bad_json = app.get("/countries/kazakhstan.json?v=nope").await;
    assert_eq!(bad_json.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_json.json()["error"]["status"], 400);
}

const PATIENCE: Duration = Duration::from_secs(20);

async fn eventually(what: &str, app: &App, check: impl Fn(&crate::util::Answer) -> bool) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let answer = get(app, "/").await;
        if check(&answer) {
            return;
        }
        assert!(Instant::now() < deadline, "{what}: not within {PATIENCE:?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_edit_shows_a_banner_until_it_is_fixed() {
    let copy = DataCopy::minimal();
    let state = state_of(copy.source());
    let status = state.reload().clone();
    let _reload =
        reload::start(Reloader::new(state.clone(), status), true).expect("start reloading");
    let app = app_with(state, &Hardening::default());
    let before = get(&app, "/").await;
    assert!(before.texts(".reload-banner").is_empty());
    assert!(!before.header("etag").is_empty());

    let good = copy.read("events.toml");
    copy.write(
        "events.toml",
        &good.replacen("status = \"happened\"", "status = \"occurred\"", 1),
    );
    eventually("the banner appears", &app, |a| {
        !a.texts(".reload-banner").is_empty()
    })
    .await;
    for path in ["/", "/timeline", "/countries/japan", "/nowhere"] {
        let answer = get(&app, path).await;
        let banner = answer.texts("main > .reload-banner").join(" ");
        assert!(banner.contains("events.toml:"), "{path}: {banner}");
        assert!(banner.contains("occurred"), "{path}: {banner}");
        assert!(banner.contains("was refused"), "{path}: {banner}");
        assert_eq!(answer.header("cache-control"), "no-store", "{path}");
        assert!(answer.header("etag").is_empty(), "{path}");
    }
    // In the reader's language; the problem itself as `check` names it.
    for (path, words) in [
        ("/ja/", "受け付けられませんでした"),
        ("/ru/timeline", "отклонена"),
    ] {
        let banner = get(&app, path)
            .await
            .texts("main > .reload-banner")
            .join(" ");
        assert!(banner.contains(words), "{path}: {banner}");
        assert!(banner.contains("occurred"), "{path}: {banner}");
        assert!(!banner.contains("was refused"), "{path}: {banner}");
    }
    // JSON answers are left as they are.
    assert!(
        get(&app, "/index.json")
            .await
            .json()
            .get("notice")
            .is_none()
    );

    copy.write("events.toml", &good);
    eventually("the banner goes", &app, |a| {
        a.texts(".reload-banner").is_empty()
    })
    .await;
    let after = get(&app, "/").await;
    assert!(!after.header("etag").is_empty(), "cacheable again");
}

#[tokio::test]
async fn the_embedded_data_never_shows_the_banner() {
    // A failure recorded against the embedded data (which is never reloaded) shows nothing.
    let state = crate::shipped_state();
    state
        .reload()
        .reload_failed(summit_briefing::model::DataErrors(Vec::new()));
    let app = app(state);
    let answer = get(&app, "/").await;
    assert!(answer.texts(".reload-banner").is_empty());
    assert!(!answer.header("etag").is_empty());
}

#[tokio::test]
async fn export_writes_redirect_pages_and_a_redirects_file_for_static_hosts() {
    let copy = fixture();
    let state = state_of(copy.source());
    let out = tempfile::tempdir().expect("a temp dir");
    summit_briefing::export::export(&state, out.path())
        .await
        .expect("export");
    let lines = std::fs::read_to_string(out.path().join("_redirects")).expect("_redirects");
    for line in [
        "/timeline/tokyo-summit /timeline/tokyo-summit-2025 301",
        "/timeline/tokyo-summit.json /timeline/tokyo-summit-2025.json 301",
        "/countries/kazakstan.ics /countries/kazakhstan.ics 301",
        "/powers/prc.atom /powers/china.atom 301",
    ] {
        assert!(lines.lines().any(|l| l == line), "{line:?} in {lines}");
    }
    // The removed item is not redirected: its page says it is gone.
    assert!(!lines.contains("astana-summit-2024"));

    let page = std::fs::read_to_string(out.path().join("countries/kazakstan/index.html"))
        .expect("a redirect page at the old address");
    let html = scraper::Html::parse_document(&page);
    let select = |css: &str, attr: &str| -> Vec<String> {
        let s = scraper::Selector::parse(css).expect("a selector");
        html.select(&s)
            .filter_map(|e| e.value().attr(attr).map(str::to_owned))
            .collect()
    };
    assert_eq!(
        select("meta[http-equiv=refresh]", "content"),
        ["0; url=/countries/kazakhstan"]
    );
    assert_eq!(
        select("link[rel=canonical]", "href"),
        ["/countries/kazakhstan"]
    );
    assert_eq!(select("body a", "href"), ["/countries/kazakhstan"]);

    let gone = std::fs::read_to_string(out.path().join("timeline/astana-summit-2024/index.html"))
        .expect("the removed item's page");
    assert!(gone.contains("This page was removed"));
    let gone_json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out.path().join("timeline/astana-summit-2024.json")).expect("its JSON"),
    )
    .expect("JSON");
    assert_eq!(gone_json["error"]["status"], 410);
}
