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
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;
use crate::error::{AppError, error_page};
use crate::model::{Briefing, FuzzyDate, ItemRef};

pub use assets::{Asset, ROBOTS, assets};
pub use timeline::{Filter, render_list as render_timeline};
pub use views::*;

/// The one list of paths. URLs here are shared by readers: keep them stable.
///
/// Every page without a query is rendered when the data is loaded (see [`pages`]) and served
/// from memory; a slug that is not there is rendered on demand, which gives the 404 page.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(prerendered))
        .route("/timeline", get(timeline::list))
        .route("/timeline/{event}", get(prerendered))
        .route("/countries", get(prerendered))
        .route("/countries/{country}", get(prerendered))
        .route("/areas", get(prerendered))
        .route("/areas/{area}", get(prerendered))
        .route("/powers", get(prerendered))
        .route("/powers/{power}", get(prerendered))
        .route("/sources", get(prerendered))
        .route("/people", get(prerendered))
        .route("/about", get(prerendered))
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

/// A page rendered at load time, or else rendered now (a slug that does not exist: the 404).
async fn prerendered(State(state): State<AppState>, request: Request) -> Response {
    let site = state.site();
    let path = request.uri().path();
    match site.page(path) {
        Some(page) => page.respond(request.headers()),
        None => match render_path(&site.ctx(), path) {
            // Reached only by a path spelled differently from its canonical form.
            Ok(html) => {
                crate::representation::Representation::html(html).respond(request.headers())
            }
            Err(e) => e.into_response(),
        },
    }
}

/// Every page that does not depend on a query, by path: what is pre-rendered and exported.
pub fn pages(b: &Briefing) -> Vec<String> {
    let mut paths: Vec<String> = [
        "/",
        "/timeline",
        "/countries",
        "/areas",
        "/powers",
        "/sources",
        "/people",
        "/about",
    ]
    .map(str::to_owned)
    .into();
    paths.extend(
        b.events
            .iter()
            .map(|e| href(&ItemRef::Event(e.id.to_string()))),
    );
    paths.extend(
        b.countries
            .iter()
            .map(|c| href(&ItemRef::Country(c.id.to_string()))),
    );
    paths.extend(
        b.areas
            .iter()
            .map(|a| href(&ItemRef::Area(a.id.to_string()))),
    );
    paths.extend(
        b.powers
            .iter()
            .map(|p| href(&ItemRef::Power(p.id.to_string()))),
    );
    paths
}

/// Renders the page at `path` (no query): the one place that maps paths to renderers.
pub fn render_path(cx: &Ctx<'_>, path: &str) -> Result<String, AppError> {
    let (family, slug) = match path.strip_prefix('/').and_then(|p| p.split_once('/')) {
        Some((family, slug)) => (family, Some(slug)),
        None => (path.trim_start_matches('/'), None),
    };
    // The router has matched one segment; decode it as axum's `Path` would.
    let slug = slug.map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy());
    match (family, slug.as_deref()) {
        ("", None) => overview::render_page(cx),
        ("timeline", None) => timeline::render_list(cx, &Filter::default()),
        ("timeline", Some(id)) => timeline::render_event(cx, id),
        ("countries", None) => countries::render_list(cx),
        ("countries", Some(id)) => countries::render_profile(cx, id),
        ("areas", None) => areas::render_list(cx),
        ("areas", Some(id)) => areas::render_detail(cx, id),
        ("powers", None) => powers::render_list(cx),
        ("powers", Some(id)) => powers::render_detail(cx, id),
        ("sources", None) => sources::render_list(cx),
        ("people", None) => about::render_people(cx),
        ("about", None) => about::render_about(cx),
        _ => Err(AppError::NotFound(format!("There is no page at {path}."))),
    }
}

async fn not_found(uri: axum::http::Uri) -> Response {
    error_page(
        StatusCode::NOT_FOUND,
        format!("There is no page at {}.", uri.path()),
    )
}

/// Renders a page template into HTML.
pub fn render(page: &impl Template) -> Result<String, AppError> {
    Ok(page.render()?)
}

/// What rendering a page depends on besides the briefing: the day and the public URL.
/// Handlers that used to read these from the request now get them here, so that the same
/// functions serve pre-rendering, the on-demand path and the export.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub b: &'a Briefing,
    pub today: FuzzyDate,
    pub public_url: Option<&'a str>,
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
        cx: &Ctx<'_>,
        section: Section,
        path: impl Into<String>,
        title: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        let path = path.into();
        Self {
            canonical: cx.public_url.map(|base| format!("{base}{path}")),
            title: title.into(),
            description: summarise(&description.into(), 200),
            path,
            section,
            brand: format!("{} briefing", cx.b.summit.name),
            updated: Some(cx.b.summit.updated.long()),
            updated_iso: Some(cx.b.summit.updated.iso()),
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
