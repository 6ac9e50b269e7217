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

/// What a page is called in a list of downloads, in English.
pub fn label(b: &Briefing, page: &PageId) -> String {
    label_in(crate::i18n::Lang::En.ui(), b, page)
}

/// What a page is called in a list of downloads.
pub fn label_in(ui: crate::i18n::Ui, b: &Briefing, page: &PageId) -> String {
    match page {
        PageId::Overview => ui.t("nav-overview").to_owned(),
        PageId::Brief => ui.t("brief-heading").to_owned(),
        PageId::Timeline(_) => ui.t("nav-timeline").to_owned(),
        PageId::Event(id) => b.event(id).map_or(id.clone(), |e| e.title.clone()),
        PageId::Countries => ui.t("data-label-countries").to_owned(),
        PageId::Country(id) => b.country(id).map_or(id.clone(), |c| c.name.clone()),
        PageId::Areas => ui.t("areas-heading").to_owned(),
        PageId::Area(id) => b.area(id).map_or(id.clone(), |a| a.name.clone()),
        PageId::Powers => ui.t("nav-powers").to_owned(),
        PageId::Power(id) => b.power(id).map_or(id.clone(), |p| p.name.clone()),
        PageId::Sources => ui.t("nav-sources").to_owned(),
        PageId::People => ui.t("people-heading").to_owned(),
        PageId::About => ui.t("nav-about").to_owned(),
        PageId::Schema("dataset") => ui.t("data-label-dataset-schema").to_owned(),
        PageId::Schema(name) => ui.t1("data-label-schema", "name", *name),
        PageId::Sitemap => ui.t("data-label-sitemap").to_owned(),
        PageId::Data => ui.t("data-label-data").to_owned(),
        PageId::Dataset => ui.t("data-label-dataset").to_owned(),
        PageId::Search(_) => ui.t("search-heading").to_owned(),
        PageId::Changes(_) => ui.t("changes-heading").to_owned(),
        PageId::Embed(e) => label_in(ui, b, &e.page()),
    }
}

pub fn data(cx: &Context<'_>) -> DataView {
    let b = cx.b;
    let ui = cx.lang.ui();
    let pages = PageId::all(b);
    let list = |format: Format, keep: &dyn Fn(&PageId) -> bool| -> Vec<Download> {
        pages
            .iter()
            .filter(|p| p.has(format) && keep(p))
            .map(|p| Download {
                label: label_in(ui, b, p),
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
                ui.t("data-label-dataset"),
                ui.t("data-group-dataset"),
                vec![
                    whole(Format::Json, ui.t("data-dataset-json")),
                    whole(Format::Sqlite, ui.t("data-dataset-sqlite")),
                    whole(Format::Zip, ui.t("data-dataset-zip")),
                ],
            ),
            group(
                ui.t("data-group-tables"),
                ui.t("data-group-tables-about"),
                list(Format::Csv, &|_| true),
            ),
            group(
                ui.t("data-group-feeds"),
                ui.t("data-group-feeds-about"),
                list(Format::Atom, &|_| true),
            ),
            group(
                ui.t("data-group-calendars"),
                ui.t("data-group-calendars-about"),
                list(Format::Ics, &|_| true),
            ),
            group(
                ui.t("data-group-pages"),
                ui.t("data-group-pages-about"),
                list(Format::Json, &|p| {
                    !matches!(p, PageId::Schema(_) | PageId::Dataset | PageId::Data)
                }),
            ),
            group(
                ui.t("data-group-schemas"),
                ui.t("data-group-schemas-about"),
                list(Format::Json, &|p| matches!(p, PageId::Schema(_))),
            ),
            group(
                ui.t("data-label-sitemap"),
                ui.t("data-group-sitemap-about"),
                list(Format::Xml, &|_| true),
            ),
        ],
        data_licence: Licence {
            name: ui.t("data-licence-name").to_owned(),
            href: DATA_LICENCE.to_owned(),
        },
        code_licence: Licence {
            name: "MIT".to_owned(),
            href: "https://opensource.org/license/mit".to_owned(),
        },
    }
}
