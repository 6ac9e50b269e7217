//! Every path the briefing serves, and what the pages share.
//!
//! Each page family has its own module with its handler and the template struct it renders.

mod about;
mod areas;
mod assets;
mod countries;
mod overview;
mod powers;
mod sources;
mod timeline;
mod views;

use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use crate::AppState;
use crate::error::{AppError, error_page};
use crate::model::{Briefing, ItemRef};

pub use views::*;

/// The one list of paths. URLs here are shared by readers: keep them stable.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(overview::page))
        .route("/timeline", get(timeline::list))
        .route("/timeline/{event}", get(timeline::event))
        .route("/countries", get(countries::list))
        .route("/countries/{country}", get(countries::profile))
        .route("/areas", get(areas::list))
        .route("/areas/{area}", get(areas::detail))
        .route("/powers", get(powers::list))
        .route("/powers/{power}", get(powers::detail))
        .route("/sources", get(sources::list))
        .route("/people", get(about::people))
        .route("/about", get(about::about))
        .route("/healthz", get(healthz))
        .route("/robots.txt", get(assets::robots))
        .route("/static/{file}", get(assets::file))
        .fallback(not_found)
        .with_state(state)
}

/// Always 200 while the server answers; `status` is `reload-failed` (with the errors under
/// `reload.failed`) when the data on disk was refused and the last good briefing is served.
async fn healthz(
    axum::extract::State(state): axum::extract::State<AppState>,
    reload: Option<axum::Extension<crate::ReloadStatus>>,
) -> Response {
    let b = state.briefing();
    let reload = reload.map(|r| r.report()).unwrap_or_default();
    let body = serde_json::json!({
        "status": if reload.failed.is_some() { "reload-failed" } else { "ok" },
        "data": state.source().describe(),
        "events": b.events.len(),
        "sources": b.sources.len(),
        "reload": reload,
    });
    (
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        axum::Json(body),
    )
        .into_response()
}

async fn not_found(uri: axum::http::Uri) -> Response {
    error_page(
        StatusCode::NOT_FOUND,
        format!("There is no page at {}.", uri.path()),
    )
}

/// Renders a page template into an HTML response.
pub fn render(page: &impl Template) -> Result<Response, AppError> {
    Ok(Html(page.render()?).into_response())
}

/// The section of the site a page belongs to, for the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Timeline,
    Countries,
    Areas,
    Powers,
    Sources,
    About,
    None,
}

/// A link in the main navigation.
pub struct NavLink {
    pub href: &'static str,
    pub label: &'static str,
    pub current: bool,
}

/// What every page's layout needs: title, description for link previews, canonical URL.
pub struct Layout {
    pub title: String,
    pub description: String,
    /// The page's own path, e.g. `/countries/japan`.
    pub path: String,
    /// Absolute URL of the page when the public URL is known.
    pub canonical: Option<String>,
    pub section: Section,
    pub brand: String,
    /// When the briefing's content was last reviewed, for the footer.
    pub updated: Option<String>,
    pub updated_iso: Option<String>,
    pub css: &'static str,
    pub icon: &'static str,
}

impl Layout {
    pub fn new(
        state: &AppState,
        b: &Briefing,
        section: Section,
        path: impl Into<String>,
        title: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        let path = path.into();
        Self {
            canonical: state
                .config()
                .public_url
                .as_ref()
                .map(|base| format!("{base}{path}")),
            title: title.into(),
            description: summarise(&description.into(), 200),
            path,
            section,
            brand: format!("{} briefing", b.summit.name),
            updated: Some(b.summit.updated.long()),
            updated_iso: Some(b.summit.updated.iso()),
            css: assets::stylesheet_href(),
            icon: assets::icon_href(),
        }
    }

    /// A layout for pages that do not depend on the briefing, such as error pages.
    pub fn plain(title: &str) -> Self {
        Self {
            title: title.to_owned(),
            description: String::new(),
            path: String::new(),
            canonical: None,
            section: Section::None,
            brand: "Summit briefing".to_owned(),
            updated: None,
            updated_iso: None,
            css: assets::stylesheet_href(),
            icon: assets::icon_href(),
        }
    }

    pub fn nav(&self) -> Vec<NavLink> {
        [
            ("/", "Overview", Section::Overview),
            ("/timeline", "Timeline", Section::Timeline),
            ("/countries", "Countries", Section::Countries),
            ("/areas", "Cooperation", Section::Areas),
            ("/powers", "Rival powers", Section::Powers),
            ("/sources", "Sources", Section::Sources),
            ("/about", "About", Section::About),
        ]
        .into_iter()
        .map(|(href, label, section)| NavLink {
            href,
            label,
            current: section == self.section,
        })
        .collect()
    }
}

/// Shortens text for a meta description at a word boundary, with an ellipsis.
pub fn summarise(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}\u{2026}", at_word.trim_end_matches([',', ';', ':', '.']))
}

/// The path of an item's own page (or its anchor on a list page).
pub fn href(item: &ItemRef) -> String {
    match item {
        ItemRef::Summit => "/".to_owned(),
        ItemRef::Country(id) => format!("/countries/{id}"),
        ItemRef::Organisation(id) => format!("/countries#org-{id}"),
        ItemRef::Person(id) => format!("/people#{id}"),
        ItemRef::Area(id) => format!("/areas/{id}"),
        ItemRef::Power(id) => format!("/powers/{id}"),
        ItemRef::Event(id) => format!("/timeline/{id}"),
        ItemRef::Correction(id) => format!("/sources#correction-{id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::summarise;

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        assert_eq!(summarise("short", 200), "short");
        assert_eq!(summarise("one two three", 9), "one two\u{2026}");
        assert_eq!(summarise("one, two three", 6), "one\u{2026}");
    }
}
