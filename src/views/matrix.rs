//! Matrices as views: who is tied to whom. Rival powers x the five Central Asian participants
//! (memberships in the powers' organisations, their leaders' summits, the ES-11/1 vote) for
//! `/powers`, and cooperation areas x the five (plans naming them, events tagged with both) for
//! `/areas`. Every cell carries the link to its evidence; the markup is the templates'.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{
    Briefing, Country, EventKind, FuzzyDate, ItemRef, MembershipStatus, Standing, Vote,
};
use crate::urls::{Filter, PageId, source_href};

use super::parts::{Context, Link};

/// A column: one of the five Central Asian participants (the host is the rows' other side).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MatrixColumn {
    pub id: String,
    pub name: String,
    pub href: String,
}

fn columns(b: &Briefing) -> Vec<&Country> {
    b.summit
        .participants
        .iter()
        .filter(|id| **id != b.summit.host)
        .filter_map(|id| b.country(id))
        .collect()
}

fn column(cx: &Context<'_>, c: &Country) -> MatrixColumn {
    MatrixColumn {
        id: c.id.to_string(),
        name: c.name.clone(),
        href: cx.item_href(&ItemRef::Country(c.id.to_string())),
    }
}

/// The timeline filtered to events naming all of these (one value per dimension).
fn timeline_of(cx: &Context<'_>, country: &str, power: Option<&str>, area: Option<&str>) -> String {
    cx.href(PageId::Timeline(Filter {
        countries: vec![country.to_owned()],
        powers: power.map(|p| vec![p.to_owned()]).unwrap_or_default(),
        areas: area.map(|a| vec![a.to_owned()]).unwrap_or_default(),
        ..Default::default()
    }))
}

/// A country's standing in an organisation a power leads, linked to the source stating it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MembershipMark {
    pub organisation: String,
    pub status: MembershipStatus,
    pub since: Option<FuzzyDate>,
    pub href: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PowerCell {
    pub memberships: Vec<MembershipMark>,
    /// The power's leaders' summits with the five that took place and name this country.
    pub summits: usize,
    /// Every event naming both, on the timeline; `None` when there is none.
    pub events: usize,
    pub events_href: Option<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PowerMatrixRow {
    pub id: String,
    pub name: String,
    pub href: String,
    pub cells: Vec<PowerCell>,
}

/// A country's vote on UN General Assembly resolution ES-11/1, linked to its source.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct VoteCell {
    pub vote: Vote,
    pub href: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PowerMatrix {
    pub columns: Vec<MatrixColumn>,
    pub rows: Vec<PowerMatrixRow>,
    /// One cell per column; empty where no source gives the vote.
    pub votes: Vec<Option<VoteCell>>,
    /// The vote's event on the timeline, if it has one.
    pub vote_event: Option<String>,
}

impl PowerMatrix {
    pub fn has_votes(&self) -> bool {
        self.votes.iter().any(Option::is_some)
    }

    pub fn column_name(&self, i: &usize) -> &str {
        self.columns.get(*i).map_or("", |c| c.name.as_str())
    }
}

pub fn powers(cx: &Context<'_>) -> PowerMatrix {
    let b = cx.b;
    let cols = columns(b);
    let rows = b
        .powers
        .iter()
        .map(|p| PowerMatrixRow {
            id: p.id.to_string(),
            name: p.name.clone(),
            href: cx.item_href(&ItemRef::Power(p.id.to_string())),
            cells: cols
                .iter()
                .map(|c| {
                    let memberships = b
                        .organisations
                        .iter()
                        .filter(|o| o.led_by.as_ref().is_some_and(|l| *l == p.id))
                        .filter_map(|o| {
                            let m = c.memberships.iter().find(|m| m.organisation == o.id)?;
                            Some(MembershipMark {
                                organisation: o.short_name.clone(),
                                status: m.status,
                                since: m.since,
                                href: m.sources.first().map_or_else(
                                    || cx.item_href(&ItemRef::Country(c.id.to_string())),
                                    |s| source_href(cx.lang, s),
                                ),
                            })
                        })
                        .collect();
                    let both: Vec<_> = b
                        .events
                        .iter()
                        .filter(|e| e.countries.contains(&c.id) && e.powers.contains(&p.id))
                        .collect();
                    let summits = both
                        .iter()
                        .filter(|e| e.kind == EventKind::RivalSummit)
                        .filter(|e| e.standing(&cx.today) == Standing::TookPlace)
                        .count();
                    PowerCell {
                        memberships,
                        summits,
                        events: both.len(),
                        events_href: (!both.is_empty())
                            .then(|| timeline_of(cx, &c.id, Some(&p.id), None)),
                    }
                })
                .collect(),
        })
        .collect();
    let votes = cols
        .iter()
        .map(|c| {
            c.un_es_11_1.as_ref().map(|f| VoteCell {
                vote: f.value,
                href: f.sources.first().map_or_else(
                    || cx.item_href(&ItemRef::Country(c.id.to_string())),
                    |s| source_href(cx.lang, s),
                ),
            })
        })
        .collect();
    PowerMatrix {
        columns: cols.iter().map(|c| column(cx, c)).collect(),
        rows,
        votes,
        vote_event: b
            .event("un-es-11-1-vote-2022")
            .map(|e| cx.href(PageId::Event(e.id.to_string()))),
    }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AreaCell {
    /// The area's concrete plans that name this country, each linked on the area's page.
    pub plans: Vec<Link>,
    pub events: usize,
    pub events_href: Option<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AreaMatrixRow {
    pub id: String,
    pub name: String,
    pub href: String,
    /// Plans that name no single country (the region as a whole).
    pub regional_plans: usize,
    pub cells: Vec<AreaCell>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AreaMatrix {
    pub columns: Vec<MatrixColumn>,
    pub rows: Vec<AreaMatrixRow>,
}

impl AreaMatrix {
    pub fn column_name(&self, i: &usize) -> &str {
        self.columns.get(*i).map_or("", |c| c.name.as_str())
    }
}

/// The anchor of a plan on its area's page (`#plan-1` for the first).
pub fn plan_anchor(index: usize) -> String {
    format!("plan-{}", index + 1)
}

pub fn areas(cx: &Context<'_>) -> AreaMatrix {
    let b = cx.b;
    let cols = columns(b);
    let rows = b
        .areas
        .iter()
        .map(|a| {
            let href = cx.item_href(&ItemRef::Area(a.id.to_string()));
            AreaMatrixRow {
                id: a.id.to_string(),
                name: a.name.clone(),
                regional_plans: a.plans.iter().filter(|p| p.countries.is_empty()).count(),
                cells: cols
                    .iter()
                    .map(|c| {
                        let plans = a
                            .plans
                            .iter()
                            .enumerate()
                            .filter(|(_, p)| p.countries.contains(&c.id))
                            .map(|(i, p)| Link {
                                label: p.title.clone(),
                                href: format!("{href}#{}", plan_anchor(i)),
                            })
                            .collect();
                        let events = b
                            .events
                            .iter()
                            .filter(|e| e.countries.contains(&c.id) && e.areas.contains(&a.id))
                            .count();
                        AreaCell {
                            plans,
                            events,
                            events_href: (events > 0)
                                .then(|| timeline_of(cx, &c.id, None, Some(&a.id))),
                        }
                    })
                    .collect(),
                href,
            }
        })
        .collect();
    AreaMatrix {
        columns: cols.iter().map(|c| column(cx, c)).collect(),
        rows,
    }
}
