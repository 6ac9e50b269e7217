//! One renderer per format, each over the same views: what a page looks like as HTML, JSON
//! or CSV is decided here and nowhere else.

pub mod csv;
pub mod html;
pub mod json;

use crate::error::PageError;
use crate::i18n::Lang;
use crate::urls::Format;
use crate::views::PageView;

/// Who a page is rendered for: the language, and the public address links are made absolute
/// with.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub lang: Lang,
    /// Public base URL without a trailing slash, when known.
    pub public_url: Option<&'a str>,
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
    }
}

/// The answer to a failed request in the format asked for: the styled page, a JSON object,
/// or (for CSV, which has no error form) plain text.
pub fn error(error: &PageError, format: Format, lang: Lang) -> Vec<u8> {
    let status = error.status();
    match format {
        Format::Html => {
            html::error(status, error.message(), error.suggestions(), lang).into_bytes()
        }
        Format::Json => json::error(status, error),
        Format::Csv => format!("{}\n", error.message()).into_bytes(),
    }
}
