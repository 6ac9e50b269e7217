//! `/powers` (every "Central Asia + X" format side by side, Japan's first) and
//! `/powers/{power}`.

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::PageError;
use crate::model::{Briefing, EventKind, EventStatus, ItemRef, Standing, TimelineEvent};
use crate::urls::{Filter, PageId};

use super::charts::{self, TimelineChart};
use super::parts::{
    Cite, Context, EventRow, Link, PointView, SourceLine, When, cites, event_row, point,
    source_lines,
};

/// One summit in the comparison.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SummitCell {
    pub when: When,
    pub venue: Option<String>,
    pub href: String,
    pub standing: Standing,
}

fn cell(cx: &Context<'_>, e: &TimelineEvent) -> SummitCell {
    SummitCell {
        when: When {
            start: e.date,
            end: e.end,
        },
        venue: e.venue.clone(),
        href: cx.href(PageId::Event(e.id.to_string())),
        standing: e.standing(&cx.today),
    }
}

/// One format in the comparison.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FormatRow {
    /// The power's id, or the host country's for the briefing's own format.
    pub id: String,
    pub name: String,
    pub href: String,
    pub format: String,
    /// Leader-level summits held so far.
    pub summits_held: usize,
    pub first: Option<SummitCell>,
    /// The latest summit held, when there has been more than one.
    pub latest: Option<SummitCell>,
    /// The next summit, or the last one announced and not yet held.
    pub pending: Option<SummitCell>,
    pub offer: Option<PointView>,
}

fn format_row(
    cx: &Context<'_>,
    (id, name, href, format): (String, String, String, String),
    summits: &[&TimelineEvent],
    offer: Option<PointView>,
) -> FormatRow {
    let held: Vec<&&TimelineEvent> = summits
        .iter()
        .filter(|e| e.status == EventStatus::Happened)
        .collect();
    FormatRow {
        id,
        name,
        href,
        format,
        summits_held: held.len(),
        first: held.first().map(|e| cell(cx, e)),
        latest: held.last().filter(|_| held.len() > 1).map(|e| cell(cx, e)),
        pending: pending(summits, held.last().copied().copied()).map(|e| cell(cx, e)),
        offer,
    }
}

/// The summit still to come: the latest one planned, scheduled or unconfirmed, else the
/// latest postponed or cancelled one after the last held.
fn pending<'a>(
    summits: &[&'a TimelineEvent],
    last_held: Option<&TimelineEvent>,
) -> Option<&'a TimelineEvent> {
    let open = |e: &&&TimelineEvent| {
        matches!(
            e.status,
            EventStatus::Planned | EventStatus::Scheduled | EventStatus::Unconfirmed
        )
    };
    let unsuperseded = |e: &&&TimelineEvent| {
        matches!(e.status, EventStatus::Postponed | EventStatus::Cancelled)
            && last_held.is_none_or(|h| e.date > h.date)
    };
    summits
        .iter()
        .rev()
        .find(open)
        .or_else(|| summits.iter().rev().find(unsuperseded))
        .copied()
}

/// A power's leader-level summits with the five.
pub fn summits_of<'a>(b: &'a Briefing, power: &str) -> Vec<&'a TimelineEvent> {
    b.events
        .iter()
        .filter(|e| e.kind == EventKind::RivalSummit && e.powers.iter().any(|p| p == power))
        .collect()
}

/// Every format side by side.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PowersView {
    /// The briefing's own format, shown first.
    pub host: Option<FormatRow>,
    pub rows: Vec<FormatRow>,
}

pub fn powers(cx: &Context<'_>) -> PowersView {
    let b = cx.b;
    let own: Vec<&TimelineEvent> = b
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Summit)
        .collect();
    let host = b.country(&b.summit.host).map(|c| {
        format_row(
            cx,
            (
                c.id.to_string(),
                c.name.clone(),
                cx.href(PageId::Overview),
                b.summit.short_name.clone(),
            ),
            &own,
            b.summit.offer.as_ref().map(|p| point(cx, p)),
        )
    });
    let rows = b
        .powers
        .iter()
        .map(|p| {
            format_row(
                cx,
                (
                    p.id.to_string(),
                    p.name.clone(),
                    cx.item_href(&ItemRef::Power(p.id.to_string())),
                    p.format.clone(),
                ),
                &summits_of(b, &p.id),
                Some(point(cx, &p.offer)),
            )
        })
        .collect();
    PowersView { host, rows }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LeverView {
    pub title: String,
    pub text: String,
    pub cites: Vec<Cite>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CountryRelation {
    pub country: Link,
    pub summary: String,
    pub cites: Vec<Cite>,
}

/// One rival power and its format.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PowerView {
    pub id: String,
    pub name: String,
    pub format: String,
    pub summary: String,
    pub cites: Vec<Cite>,
    pub offer: PointView,
    pub levers: Vec<LeverView>,
    /// Every event that names the power, drawn year by year.
    pub chart: TimelineChart,
    pub summits: Vec<EventRow>,
    pub relations: Vec<CountryRelation>,
    pub timeline_href: String,
    pub sources: Vec<SourceLine>,
}

pub fn power(cx: &Context<'_>, id: &str) -> Result<PowerView, PageError> {
    let b = cx.b;
    let Some(p) = b.power(id) else {
        return Err(PageError::NotFound(format!(
            "The briefing has no rival power \u{201c}{id}\u{201d}."
        )));
    };
    let item = ItemRef::Power(p.id.to_string());
    let relations = b
        .countries
        .iter()
        .flat_map(|c| {
            c.relations
                .iter()
                .filter(|r| r.partner == p.id)
                .map(|r| CountryRelation {
                    country: Link {
                        label: c.name.clone(),
                        href: cx.item_href(&ItemRef::Country(c.id.to_string())),
                    },
                    summary: r.summary.clone(),
                    cites: cites(cx, &r.sources),
                })
        })
        .collect();
    Ok(PowerView {
        id: p.id.to_string(),
        name: p.name.clone(),
        format: p.format.clone(),
        summary: p.summary.clone(),
        cites: cites(cx, &p.sources),
        offer: point(cx, &p.offer),
        levers: p
            .levers
            .iter()
            .map(|l| LeverView {
                title: l.title.clone(),
                text: l.text.clone(),
                cites: cites(cx, &l.sources),
            })
            .collect(),
        chart: charts::timeline(cx, b.events.iter().filter(|e| e.powers.contains(&p.id))),
        summits: summits_of(b, &p.id)
            .into_iter()
            .map(|e| event_row(cx, e))
            .collect(),
        relations,
        timeline_href: cx.href(PageId::Timeline(Filter {
            powers: vec![p.id.to_string()],
            ..Filter::default()
        })),
        sources: source_lines(cx, b.sources_of(&item)),
    })
}
