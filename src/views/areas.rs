//! `/areas` and `/areas/{area}`: the fields of cooperation.

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::PageError;
use crate::model::ItemRef;
use crate::urls::{Filter, PageId};

use super::charts::{self, TimelineChart};
use super::parts::{
    Cite, Context, EventRow, Link, SourceLine, cites, country_links, event_row, source_lines,
};

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AreaCard {
    pub id: String,
    pub name: String,
    pub article_name: String,
    pub href: String,
    pub summary: String,
    pub plans: usize,
    pub cites: Vec<Cite>,
}

/// The cooperation areas.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AreasView {
    pub areas: Vec<AreaCard>,
    /// Each area against the five Central Asian participants.
    pub matrix: super::matrix::AreaMatrix,
}

pub fn areas(cx: &Context<'_>) -> AreasView {
    AreasView {
        areas: cx
            .b
            .areas
            .iter()
            .map(|a| AreaCard {
                id: a.id.to_string(),
                name: a.name.clone(),
                article_name: a.article_name.clone(),
                href: cx.item_href(&ItemRef::Area(a.id.to_string())),
                summary: a.summary.clone(),
                plans: a.plans.len(),
                cites: cites(cx, &a.sources),
            })
            .collect(),
        matrix: super::matrix::areas(cx),
    }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PlanView {
    pub title: String,
    pub summary: String,
    pub countries: Vec<Link>,
    pub unconfirmed: bool,
    pub cites: Vec<Cite>,
}

/// One cooperation area.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AreaView {
    pub id: String,
    pub name: String,
    pub article_name: String,
    pub summary: String,
    pub cites: Vec<Cite>,
    pub plans: Vec<PlanView>,
    /// Its events, drawn year by year.
    pub chart: TimelineChart,
    pub events: Vec<EventRow>,
    pub timeline_href: String,
    pub sources: Vec<SourceLine>,
    /// When the item was last checked against its sources.
    pub reviewed: Option<crate::model::FuzzyDate>,
    /// Its recent changes, from the change log.
    pub changes: super::changes::ItemHistory,
}

pub fn area(cx: &Context<'_>, id: &str) -> Result<AreaView, PageError> {
    let b = cx.b;
    let Some(a) = b.area(id) else {
        return Err(PageError::NotFound(cx.lang.ui().t1(
            "missing-area",
            "id",
            id,
        )));
    };
    let item = ItemRef::Area(a.id.to_string());
    Ok(AreaView {
        id: a.id.to_string(),
        name: a.name.clone(),
        article_name: a.article_name.clone(),
        summary: a.summary.clone(),
        cites: cites(cx, &a.sources),
        plans: a
            .plans
            .iter()
            .map(|p| PlanView {
                title: p.title.clone(),
                summary: p.summary.clone(),
                countries: country_links(cx, &p.countries),
                unconfirmed: p.unconfirmed,
                cites: cites(cx, &p.sources),
            })
            .collect(),
        chart: charts::timeline(cx, b.events.iter().filter(|e| e.areas.contains(&a.id))),
        events: b
            .events
            .iter()
            .filter(|e| e.areas.contains(&a.id))
            .map(|e| event_row(cx, e))
            .collect(),
        timeline_href: cx.href(PageId::Timeline(Filter {
            areas: vec![a.id.to_string()],
            ..Filter::default()
        })),
        sources: source_lines(cx, b.sources_of(&item)),
        reviewed: a.reviewed.as_ref().map(|r| r.date),
        changes: super::changes::history(cx, crate::model::ItemKind::Area, &a.id),
    })
}
