//! One view per page: a function from (briefing, page, language, today) to a plain,
//! serialisable value with no markup and no CSS class names. Every format is rendered from
//! the same view, so the HTML and the JSON of a page can never disagree.

pub mod about;
pub mod areas;
pub mod brief;
pub mod changes;
pub mod charts;
pub mod countries;
pub mod data;
pub mod map;
pub mod matrix;
pub mod overview;
pub mod parts;
pub mod powers;
pub mod search;
pub mod share;
pub mod sources;
pub mod timeline;

use serde::Serialize;

use crate::error::PageError;
use crate::model::FuzzyDate;
use crate::urls::PageId;

pub use parts::Context;

/// What a page shows, by page family.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Body {
    Overview(overview::OverviewView),
    Brief(brief::BriefView),
    Timeline(timeline::TimelineView),
    Event(timeline::EventView),
    Countries(countries::CountriesView),
    Country(countries::CountryView),
    Areas(areas::AreasView),
    Area(areas::AreaView),
    Powers(powers::PowersView),
    Power(powers::PowerView),
    Sources(sources::SourcesView),
    People(about::PeopleView),
    About(about::AboutView),
    Data(data::DataView),
    Search(search::SearchView),
    Changes(changes::ChangesView),
}

/// A page: its identity, what it is called, and what it shows.
#[derive(Debug, Clone)]
pub struct PageView {
    pub id: PageId,
    pub title: String,
    /// One or two sentences for search results and link previews.
    pub description: String,
    /// The day the briefing was last reviewed against its sources.
    pub reviewed: FuzzyDate,
    /// The state of the data the page was made from.
    pub version: crate::model::DataVersion,
    /// The day the page was rendered for: the access date of a citation.
    pub today: FuzzyDate,
    /// Who keeps the briefing, as a citation names them.
    pub publisher: String,
    pub body: Body,
}

/// The view of `page`; a page naming an item that does not exist is `NotFound`.
pub fn build(cx: &Context<'_>, page: &PageId) -> Result<PageView, PageError> {
    let b = cx.b;
    let name = &b.summit.name;
    let ui = cx.lang.ui();
    let (title, description, body) = match page {
        PageId::Overview => (
            name.clone(),
            b.summit.lede.clone(),
            Body::Overview(overview::overview(cx)),
        ),
        PageId::Brief => (
            ui.t("brief-heading").to_owned(),
            ui.t1("desc-brief", "name", name),
            Body::Brief(brief::brief(cx)),
        ),
        PageId::Timeline(filter) => {
            let v = timeline::timeline(cx, filter);
            let title = if v.active.is_empty() {
                ui.t("timeline-heading").to_owned()
            } else {
                let labels: Vec<&str> = v.active.iter().map(|a| a.label.as_str()).collect();
                ui.t2(
                    "title-filtered",
                    "title",
                    ui.t("timeline-heading"),
                    "labels",
                    labels.join(", "),
                )
            };
            let description = ui.t2("desc-timeline", "count", v.matching, "name", name);
            (title, description, Body::Timeline(v))
        }
        PageId::Event(id) => {
            let v = timeline::event(cx, id)?;
            let e = &v.event;
            (
                e.title.clone(),
                format!("{}: {}", ui.date(&e.when.start), e.summary),
                Body::Event(v),
            )
        }
        PageId::Countries => (
            ui.t("countries-heading").to_owned(),
            ui.t2("desc-countries", "count", b.countries.len(), "name", name),
            Body::Countries(countries::countries(cx)),
        ),
        PageId::Country(id) => {
            let v = countries::country(cx, id)?;
            (v.name.clone(), v.summary.clone(), Body::Country(v))
        }
        PageId::Areas => (
            ui.t("areas-heading").to_owned(),
            ui.t1("desc-areas", "name", name),
            Body::Areas(areas::areas(cx)),
        ),
        PageId::Area(id) => {
            let v = areas::area(cx, id)?;
            (
                format!("{} ({})", v.name, v.article_name),
                v.summary.clone(),
                Body::Area(v),
            )
        }
        PageId::Powers => (
            ui.t("powers-heading").to_owned(),
            ui.t("desc-powers").to_owned(),
            Body::Powers(powers::powers(cx)),
        ),
        PageId::Power(id) => {
            let v = powers::power(cx, id)?;
            (
                format!("{} ({})", v.name, v.format),
                v.summary.clone(),
                Body::Power(v),
            )
        }
        PageId::Sources => (
            ui.t("sources-heading").to_owned(),
            ui.t1("desc-sources", "count", b.sources.len()),
            Body::Sources(sources::sources(cx)),
        ),
        PageId::People => (
            ui.t("people-heading").to_owned(),
            ui.t("desc-people").to_owned(),
            Body::People(about::people(cx)),
        ),
        PageId::About => (
            ui.t("about-heading").to_owned(),
            ui.t("desc-about").to_owned(),
            Body::About(about::about(cx)),
        ),
        PageId::Schema(name) => {
            return Err(PageError::NotFound(format!(
                "The schema {name} is not a page view."
            )));
        }
        PageId::Data => (
            ui.t("data-heading").to_owned(),
            ui.t("desc-data").to_owned(),
            Body::Data(data::data(cx)),
        ),
        PageId::Dataset => {
            return Err(PageError::NotFound(
                "The dataset is a file, not a page view.".to_owned(),
            ));
        }
        PageId::Sitemap => {
            return Err(PageError::NotFound(
                "The sitemap is not a page view.".to_owned(),
            ));
        }
        // Needs the site's search index: see `search::search`.
        PageId::Search(_) => {
            return Err(PageError::NotFound(
                "Search results are built from the index.".to_owned(),
            ));
        }
        PageId::Changes(filter) => {
            let v = changes::changes(cx, filter);
            let title = if v.filtered {
                let mut labels: Vec<String> = v.items.iter().map(|i| i.label.clone()).collect();
                labels.extend(v.kinds.iter().filter(|k| k.active).map(|k| k.label.clone()));
                ui.t2(
                    "title-filtered",
                    "title",
                    ui.t("changes-heading"),
                    "labels",
                    labels.join(", "),
                )
            } else {
                ui.t("changes-heading").to_owned()
            };
            let description = ui.t1("desc-changes", "count", v.entries.len());
            (title, description, Body::Changes(v))
        }
        // The page's own view: an embed is another presentation of it.
        PageId::Embed(embed) => {
            let mut view = build(cx, &embed.page())?;
            view.id = page.clone();
            return Ok(view);
        }
    };
    Ok(PageView::new(cx, page, title, &description, body))
}

impl PageView {
    /// The page `page` with what every page carries: the review date, the data version, the
    /// day and the publisher (the briefing itself when the data names none).
    pub fn new(
        cx: &Context<'_>,
        page: &PageId,
        title: String,
        description: &str,
        body: Body,
    ) -> Self {
        let b = cx.b;
        PageView {
            id: page.clone(),
            title,
            description: parts::summarise(description, 200),
            reviewed: b.summit.updated,
            version: b.version.clone(),
            today: cx.today,
            publisher: b.summit.publisher.as_ref().map_or_else(
                || cx.lang.ui().t1("brand", "name", &b.summit.name),
                |p| p.name.clone(),
            ),
            body,
        }
    }
}
