//! Integration tests: one binary, as crates.io does it.

mod brief;
mod caching;
mod catalogue;
mod connections;
mod content;
mod dashboard;
mod editions;
mod embeds;
mod feeds;
mod formats;
mod fuzz;
mod hardening;
mod hostile;
mod links;
mod loader;
mod overlays;
mod pages;
mod reload;
mod search;
mod server;
mod share;
mod util;

use std::path::{Path, PathBuf};

use axum::http::StatusCode;
use summit_briefing::App;
use summit_briefing::model::{DataSource, FuzzyDate};
use summit_briefing::{AppState, Config, app};

/// The date the tests treat as today, so that "past" and "upcoming" do not drift.
pub fn test_today() -> FuzzyDate {
    FuzzyDate::ymd(2026, 11, 28).expect("a real date")
}

/// Every path the site pre-renders for `b`, in every format, from the URL scheme.
pub fn all_paths(b: &summit_briefing::model::Briefing) -> Vec<String> {
    use summit_briefing::i18n::Lang;
    use summit_briefing::urls::PageId;
    PageId::all(b)
        .iter()
        .flat_map(|p| p.formats().iter().map(move |&f| p.path(Lang::En, f)))
        .collect()
}

/// Every path the site pre-renders for `b` in every edition: English's, then the Japanese and
/// Russian editions of every page they have (all but the schemas and the sitemap).
pub fn edition_all_paths(b: &summit_briefing::model::Briefing) -> Vec<String> {
    use summit_briefing::i18n::Lang;
    use summit_briefing::urls::PageId;
    let mut paths = all_paths(b);
    for lang in [Lang::Ja, Lang::Ru] {
        paths.extend(
            PageId::all(b)
                .into_iter()
                .filter(|p| p.in_every_edition())
                .flat_map(|p| {
                    p.formats()
                        .iter()
                        .map(|&f| p.path(lang, f))
                        .collect::<Vec<_>>()
                }),
        );
    }
    paths
}

/// Whether `page` is a page of the site in HTML: not an embed (`/embed/...`), which is a
/// part of a page for other sites' frames, without the site's chrome (`embeds.rs` tests them).
fn is_html_page(page: &summit_briefing::urls::PageId) -> bool {
    page.has(summit_briefing::urls::Format::Html)
        && !matches!(page, summit_briefing::urls::PageId::Embed(_))
}

/// Every HTML page of `b`, from the URL scheme (embeds aside).
pub fn html_paths(b: &summit_briefing::model::Briefing) -> Vec<String> {
    use summit_briefing::i18n::Lang;
    use summit_briefing::urls::PageId;
    PageId::all(b)
        .iter()
        .filter(|p| is_html_page(p))
        .map(|p| p.href(Lang::En))
        .collect()
}

/// The path of every HTML page in every edition (English, Japanese, Russian), embeds aside.
pub fn edition_html_paths(b: &summit_briefing::model::Briefing) -> Vec<String> {
    use summit_briefing::i18n::Lang;
    use summit_briefing::urls::PageId;
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            PageId::all(b)
                .into_iter()
                .filter(is_html_page)
                .map(move |p| p.href(lang))
        })
        .collect()
}

/// The app on the data shipped in the binary.
pub fn shipped_app() -> App {
    app(shipped_state())
}

/// The state of the app on the data shipped in the binary.
pub fn shipped_state() -> AppState {
    state_of(DataSource::Embedded)
}

/// The state of an app serving `source`, which must load.
pub fn state_of(source: DataSource) -> AppState {
    let briefing = source
        .load()
        .unwrap_or_else(|e| panic!("{} must load:\n{e}", source.describe()));
    AppState::new(
        briefing,
        source,
        Config {
            today: Some(test_today()),
            // Compressing every page takes seconds in a debug build; `caching.rs` does it.
            precompress: summit_briefing::Precompress::OnDemand,
            ..Config::default()
        },
    )
}

pub struct Page {
    pub status: StatusCode,
    pub content_type: String,
    /// The HTML with character references decoded, so tests can look for `&` in links.
    pub body: String,
}

pub async fn get(app: &App, uri: &str) -> Page {
    let answer = util::send(app, axum::http::Method::GET, uri).await;
    Page {
        status: answer.status,
        content_type: answer.header("content-type").to_owned(),
        body: html_escape::decode_html_entities(
            std::str::from_utf8(&answer.body).expect("UTF-8 body"),
        )
        .into_owned(),
    }
}

/// The text of the first `<h1>` in a page, tags stripped.
pub fn h1(body: &str) -> String {
    let start = body.find("<h1").expect("page has an h1");
    let open_end = start + body[start..].find('>').expect("h1 closes its tag") + 1;
    let end = open_end + body[open_end..].find("</h1>").expect("h1 is closed");
    strip_tags(&body[open_end..end])
}

pub fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of a data directory in a temporary folder, for tests that break it.
pub struct DataCopy {
    pub dir: tempfile::TempDir,
}

impl DataCopy {
    pub fn of(source: &Path) -> Self {
        let dir = tempfile::tempdir().expect("a temp dir");
        for name in summit_briefing::model::FILES {
            std::fs::copy(source.join(name), dir.path().join(name)).expect("copy a data file");
        }
        Self { dir }
    }

    pub fn minimal() -> Self {
        Self::of(&manifest_dir().join("tests/fixtures/minimal"))
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).expect("read a data file")
    }

    pub fn write(&self, name: &str, text: &str) {
        std::fs::write(self.path(name), text).expect("write a data file");
    }

    /// Replaces the first occurrence of `from` in a file; panics if it is not there, so a
    /// test cannot silently stop testing anything.
    pub fn replace(&self, name: &str, from: &str, to: &str) {
        let text = self.read(name);
        assert!(text.contains(from), "{name} should contain {from:?}");
        self.write(name, &text.replacen(from, to, 1));
    }

    pub fn source(&self) -> DataSource {
        DataSource::Dir(self.dir.path().to_owned())
    }
}
