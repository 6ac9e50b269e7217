//! `/about` (how the briefing is kept) and `/people` (everyone it names).

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{FILES, FuzzyDate, ItemRef, Tier};
use crate::urls::PageId;

use super::parts::{Cite, Context, Link, cites, country_links};

/// How the briefing is kept and checked.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AboutView {
    pub name: String,
    /// The data files, as named in the repository's `data/`.
    pub files: Vec<&'static str>,
    pub events: usize,
    pub sources: usize,
    pub official: usize,
    pub corrections: usize,
    /// Who keeps the briefing, how to report an error, the licences.
    pub publisher: Option<PublisherView>,
    /// The same briefing as data: every page's JSON and the tables as CSV.
    pub downloads: Vec<Link>,
}

pub fn about(cx: &Context<'_>) -> AboutView {
    let b = cx.b;
    let ui = cx.lang.ui();
    let download = |label: &str, page: PageId, format| Link {
        label: ui.t(label).to_owned(),
        href: page.path(cx.lang, format),
    };
    use crate::urls::{Filter, Format};
    AboutView {
        name: b.summit.name.clone(),
        files: FILES.to_vec(),
        events: b.events.len(),
        sources: b.sources.len(),
        official: b
            .sources
            .iter()
            .filter(|s| s.tier == Tier::Official)
            .count(),
        corrections: b.corrections.len(),
        publisher: b.summit.publisher.as_ref().map(|p| PublisherView {
            name: p.name.clone(),
            report_errors: p.report_errors.clone(),
            licence_text: p.licence_text.clone(),
            licence_data: p.licence_data.clone(),
            licence_code: p.licence_code.clone(),
            licence_urls: p.licence_urls.clone(),
        }),
        downloads: vec![
            download(
                "about-download-timeline-csv",
                PageId::Timeline(Filter::default()),
                Format::Csv,
            ),
            download(
                "about-download-countries-csv",
                PageId::Countries,
                Format::Csv,
            ),
            download("about-download-powers-csv", PageId::Powers, Format::Csv),
            download("about-download-sources-csv", PageId::Sources, Format::Csv),
            download("about-download-people-csv", PageId::People, Format::Csv),
            download(
                "about-download-overview-json",
                PageId::Overview,
                Format::Json,
            ),
            download(
                "about-download-timeline-json",
                PageId::Timeline(Filter::default()),
                Format::Json,
            ),
        ],
    }
}

/// Who keeps the briefing and under what licences it is published.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PublisherView {
    pub name: String,
    pub report_errors: String,
    pub licence_text: String,
    pub licence_data: String,
    pub licence_code: Option<String>,
    pub licence_urls: Vec<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PersonView {
    pub id: String,
    pub name: String,
    pub role: String,
    pub country: Option<Link>,
    pub events: Vec<PersonEvent>,
    pub cites: Vec<Cite>,
}

/// An event a person appears in.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PersonEvent {
    pub date: FuzzyDate,
    pub title: String,
    pub href: String,
}

/// Everyone named, by name.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PeopleView {
    pub people: Vec<PersonView>,
}

pub fn people(cx: &Context<'_>) -> PeopleView {
    let b = cx.b;
    let mut people: Vec<PersonView> = b
        .people
        .iter()
        .map(|p| PersonView {
            id: p.id.to_string(),
            name: p.name.clone(),
            role: p.role.clone(),
            country: p
                .country
                .as_ref()
                .and_then(|c| country_links(cx, std::slice::from_ref(c)).pop()),
            events: b
                .events
                .iter()
                .filter(|e| e.people.contains(&p.id))
                .map(|e| PersonEvent {
                    date: e.date,
                    title: e.title.clone(),
                    href: cx.item_href(&ItemRef::Event(e.id.to_string())),
                })
                .collect(),
            cites: cites(cx, &p.sources),
        })
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    PeopleView { people }
}
