//! Notices added at the top of a page when it is served, not when it is rendered: that a
//! versioned link cites another state of the data, and (to the editor serving a data
//! directory) that the last edit was refused. Escaped by askama like every page.

use askama::Template;

use crate::i18n::Ui;
use crate::model::{DataError, DataVersion, FuzzyDate};

#[derive(Template)]
#[template(path = "version_notice.html")]
struct VersionNotice<'a> {
    ui: Ui,
    cited: &'a str,
    current: &'a DataVersion,
    /// The review date in the reader's language.
    reviewed: String,
    changes_href: &'a str,
    page_href: &'a str,
}

/// The notice, in `ui`'s language, on a page cited at version `cited` when the data is now
/// `current`.
pub fn version(
    ui: Ui,
    cited: &str,
    current: &DataVersion,
    changes_href: &str,
    page_href: &str,
) -> String {
    let reviewed = current
        .reviewed
        .parse::<FuzzyDate>()
        .map_or_else(|_| current.reviewed.clone(), |d| ui.date(&d));
    VersionNotice {
        ui,
        cited,
        current,
        reviewed,
        changes_href,
        page_href,
    }
    .render()
    .unwrap_or_default()
}

/// Problems listed in the banner at most; the rest are counted.
pub const BANNER_ERRORS: usize = 20;

#[derive(Template)]
#[template(path = "reload_banner.html")]
struct ReloadBanner<'a> {
    ui: Ui,
    at: &'a str,
    total: usize,
    errors: &'a [DataError],
}

/// The banner shown while the last edit of a served data directory is refused, in `ui`'s
/// language (the problems themselves are named in English, as `check` names them).
pub fn reload_banner(ui: Ui, at: &str, errors: &[DataError]) -> String {
    ReloadBanner {
        ui,
        at,
        total: errors.len(),
        errors: &errors[..errors.len().min(BANNER_ERRORS)],
    }
    .render()
    .unwrap_or_default()
}
