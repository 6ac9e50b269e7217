//! `/data`: every download the briefing offers, grouped, with its size and the licences.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::Briefing;
use crate::urls::{Format, PageId};

use super::parts::Context;

/// The licence of the data: CC BY 4.0, so that anyone may reuse it, commercially too, as
/// long as they name the briefing (and with it the sources every fact cites).
pub const DATA_LICENCE: &str = "https://creativecommons.org/licenses/by/4.0/";

/// One file to download.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Download {
    pub label: String,
    pub href: String,
    pub media_type: &'static str,
    /// Its size in bytes, uncompressed; filled in by the site once the file is built.
    pub bytes: Option<u64>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DownloadGroup {
    pub title: String,
    /// What the files in this group are, in a sentence.
    pub about: String,
    pub downloads: Vec<Download>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Licence {
    pub name: String,
    pub href: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DataView {
    pub groups: Vec<DownloadGroup>,
    /// The licence of the data (the files below).
    pub data_licence: Licence,
    /// The licence of the code that serves them.
    pub code_licence: Licence,
}

impl DataView {
    /// Every download, in every group.
    pub fn downloads_mut(&mut self) -> impl Iterator<Item = &mut Download> {
        self.groups.iter_mut().flat_map(|g| g.downloads.iter_mut())
    }
}

/// What a page is called in a list of downloads.
pub fn label(b: &Briefing, page: &PageId) -> String {
    match page {
        PageId::Overview => "Overview".to_owned(),
        PageId::Timeline(_) => "Timeline".to_owned(),
        PageId::Event(id) => b.event(id).map_or(id.clone(), |e| e.title.clone()),
        PageId::Countries => "Countries compared".to_owned(),
        PageId::Country(id) => b.country(id).map_or(id.clone(), |c| c.name.clone()),
        PageId::Areas => "Cooperation areas".to_owned(),
        PageId::Area(id) => b.area(id).map_or(id.clone(), |a| a.name.clone()),
        PageId::Powers => "Rival powers".to_owned(),
        PageId::Power(id) => b.power(id).map_or(id.clone(), |p| p.name.clone()),
        PageId::Sources => "Sources".to_owned(),
        PageId::People => "People".to_owned(),
        PageId::About => "About".to_owned(),
        PageId::Schema("dataset") => "Schema of the whole briefing (JSON)".to_owned(),
        PageId::Schema(name) => format!("Schema of the {name} page"),
        PageId::Sitemap => "Sitemap".to_owned(),
        PageId::Data => "Downloads (this page)".to_owned(),
        PageId::Dataset => "The whole briefing".to_owned(),
        PageId::Changes(_) => "What changed".to_owned(),
        PageId::Search(_) => "Search".to_owned(),
    }
}

pub fn data(cx: &Context<'_>) -> DataView {
    let b = cx.b;
    let pages = PageId::all(b);
    let list = |format: Format, keep: &dyn Fn(&PageId) -> bool| -> Vec<Download> {
        pages
            .iter()
            .filter(|p| p.has(format) && keep(p))
            .map(|p| Download {
                label: label(b, p),
                href: p.path(cx.lang, format),
                media_type: format.media_type(),
                bytes: None,
            })
            .collect()
    };
    let group = |title: &str, about: &str, downloads: Vec<Download>| DownloadGroup {
        title: title.to_owned(),
        about: about.to_owned(),
        downloads,
    };
    let whole = |format: Format, label: &str| Download {
        label: label.to_owned(),
        href: PageId::Dataset.path(cx.lang, format),
        media_type: format.media_type(),
        bytes: None,
    };
    DataView {
        groups: vec![
            group(
                "The whole briefing",
                "Every item of every kind in one file: as JSON, exactly as the data files hold it; and as a SQLite database (one table per kind, foreign keys, and views joining events to their countries, areas, powers and sources) that opens as-is in Datasette or any SQLite tool; and the same tables as CSV files, one per table, in a zip.",
                vec![
                    whole(Format::Json, "The whole briefing (JSON)"),
                    whole(Format::Sqlite, "The whole briefing (SQLite)"),
                    whole(Format::Zip, "Every table of the database as CSV (zip)"),
                ],
            ),
            group(
                "Tables (CSV)",
                "The tables of the briefing, RFC 4180 with a header row.",
                list(Format::Csv, &|_| true),
            ),
            group(
                "Feeds (Atom)",
                "To be told of new events: the whole timeline, or one country, cooperation area or power.",
                list(Format::Atom, &|_| true),
            ),
            group(
                "Calendars (iCalendar)",
                "The same events to subscribe to in a calendar app; events known only to the month or year are left out.",
                list(Format::Ics, &|_| true),
            ),
            group(
                "Every page as JSON",
                "Each page's content as data, following the schema named in it.",
                list(Format::Json, &|p| {
                    !matches!(p, PageId::Schema(_) | PageId::Dataset | PageId::Data)
                }),
            ),
            group(
                "JSON Schemas",
                "The schema of each kind of page's JSON.",
                list(Format::Json, &|p| matches!(p, PageId::Schema(_))),
            ),
            group(
                "Sitemap",
                "Every page, for search engines (sitemaps.org).",
                list(Format::Xml, &|_| true),
            ),
        ],
        data_licence: Licence {
            name: "Creative Commons Attribution 4.0 International (CC BY 4.0)".to_owned(),
            href: DATA_LICENCE.to_owned(),
        },
        code_licence: Licence {
            name: "MIT".to_owned(),
            href: "https://opensource.org/license/mit".to_owned(),
        },
    }
}
