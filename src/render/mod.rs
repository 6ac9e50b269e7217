//! One renderer per format, each over the same views: what a page looks like as HTML, JSON,
//! CSV, Atom or iCalendar is decided here and nowhere else.

pub mod atom;
pub mod changes_atom;
pub mod csv;
pub mod dataset;
pub mod html;
pub mod ics;
pub mod json;
pub mod notice;
pub mod png;
pub mod sitemap;
pub mod sqlite;

use crate::error::PageError;
use crate::i18n::Lang;
use crate::urls::Format;
use crate::views::parts::EventRow;
use crate::views::{Body, PageView};

/// Who a page is rendered for: the language, and the public address links are made absolute
/// with.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub lang: Lang,
    /// Public base URL without a trailing slash, when known.
    pub public_url: Option<&'a str>,
}

impl Target<'_> {
    /// The base of absolute links that must be absolute (canonical links, link previews,
    /// citations): the public URL, or the default one when none is configured. Never taken
    /// from a request.
    pub fn base_url(&self) -> &str {
        self.public_url.unwrap_or(crate::config::DEFAULT_PUBLIC_URL)
    }
}

/// The bytes of `view` in `format`; `brand` is the briefing's name for the page title.
pub fn render(
    view: &PageView,
    format: Format,
    target: &Target<'_>,
    brand: &str,
) -> Result<Vec<u8>, PageError> {
    match format {
        Format::Html => html::page(view, target, brand).map(String::into_bytes),
        Format::Json => json::page(view, target),
        Format::Csv => csv::page(view, target),
        Format::Atom => match &view.body {
            Body::Changes(v) => changes_atom::page(view, v, target, brand),
            _ => atom::page(view, target, brand),
        },
        Format::Ics => ics::page(view, target, brand),
        Format::Png => png::page(view, target, brand),
        Format::Xml | Format::Sqlite | Format::Zip => Err(PageError::NotFound(format!(
            "The page \u{201c}{}\u{201d} has no {} form.",
            view.title,
            <&str>::from(format)
        ))),
    }
}

/// The events a page lists, oldest first, for its feed and its calendar; `None` for a page
/// that lists none.
pub fn listed_events(view: &PageView) -> Option<Vec<&EventRow>> {
    match &view.body {
        Body::Timeline(v) => Some(v.events().collect()),
        Body::Country(v) => Some(v.events.iter().collect()),
        Body::Area(v) => Some(v.events.iter().collect()),
        Body::Power(v) => Some(v.summits.iter().collect()),
        _ => None,
    }
}

/// `href` made absolute with the public URL, when it is known; feed readers and calendar
/// apps resolve a relative one against the address they fetched.
pub fn absolute(target: &Target<'_>, href: &str) -> String {
    format!("{}{href}", target.public_url.unwrap_or(""))
}

/// The answer to a failed request in the format asked for: the styled page, a JSON object,
/// or (for CSV, which has no error form) plain text.
pub fn error(error: &PageError, format: Format, lang: Lang) -> Vec<u8> {
    let status = error.status();
    if let (PageError::Gone(g), Format::Html) = (error, format.of_errors()) {
        return html::gone(g, lang).into_bytes();
    }
    match format.of_errors() {
        Format::Html => {
            html::error(status, error.message(), error.suggestions(), lang).into_bytes()
        }
        Format::Json => json::error(status, error),
        Format::Csv => format!("{}\n", error.message()).into_bytes(),
        Format::Atom | Format::Ics | Format::Xml | Format::Sqlite | Format::Zip | Format::Png => {
            html::error(status, error.message(), error.suggestions(), lang).into_bytes()
        }
    }
}
