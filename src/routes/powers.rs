//! `/powers` (the "Central Asia + X" formats side by side) and `/powers/{power}`.

use askama::Template;

use crate::error::AppError;
use crate::model::{Briefing, EventKind, EventStatus, FuzzyDate, ItemRef, TimelineEvent};

use super::countries::{SourceLine, source_lines};
use super::*;

/// A summit in the comparison: when, where, and a link to the event.
pub struct SummitCell {
    pub date: DateView,
    pub venue: Option<String>,
    pub href: String,
    pub status: StatusView,
}

fn cell(e: &TimelineEvent, today: &FuzzyDate) -> SummitCell {
    SummitCell {
        date: date_range(&e.date, e.end.as_ref()),
        venue: e.venue.clone(),
        href: href(&ItemRef::Event(e.id.to_string())),
        status: status(e, today),
    }
}

/// One row of the formats comparison.
pub struct FormatRow {
    pub name: String,
    pub href: String,
    pub format: String,
    pub first: Option<SummitCell>,
    pub latest: Option<SummitCell>,
    /// The next summit not yet confirmed as held, if any.
    pub pending: Option<SummitCell>,
    pub offer: Option<PointView>,
}

fn format_row(
    name: String,
    href: String,
    format: String,
    summits: &[&TimelineEvent],
    offer: Option<PointView>,
    today: &FuzzyDate,
) -> FormatRow {
    let held: Vec<&&TimelineEvent> = summits
        .iter()
        .filter(|e| e.status == EventStatus::Happened)
        .collect();
    FormatRow {
        name,
        href,
        format,
        first: held.first().map(|e| cell(e, today)),
        latest: held
            .last()
            .filter(|_| held.len() > 1)
            .map(|e| cell(e, today)),
        pending: pending(summits, held.last().copied().copied()).map(|e| cell(e, today)),
        offer,
    }
}

/// The summit a reader should watch for: the latest one still planned or scheduled; failing
/// that, a postponed or cancelled one that no later summit has superseded.
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

fn summits_of<'a>(b: &'a Briefing, power: &str) -> Vec<&'a TimelineEvent> {
    b.events
        .iter()
        .filter(|e| e.kind == EventKind::RivalSummit && e.powers.iter().any(|p| p == power))
        .collect()
}

#[derive(Template)]
#[template(path = "powers.html")]
pub struct PowersPage {
    pub layout: Layout,
    pub host: Option<FormatRow>,
    pub rows: Vec<FormatRow>,
}

pub fn render_list(cx: &Ctx<'_>) -> Result<String, AppError> {
    let b = cx.b;
    let today = cx.today;
    let own: Vec<&TimelineEvent> = b
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Summit)
        .collect();
    let host = b.country(&b.summit.host).map(|c| {
        format_row(
            c.name.clone(),
            "/".to_owned(),
            b.summit.short_name.clone(),
            &own,
            b.summit.offer.as_ref().map(|p| point(b, p)),
            &today,
        )
    });
    let rows = b
        .powers
        .iter()
        .map(|p| {
            format_row(
                p.name.clone(),
                href(&ItemRef::Power(p.id.to_string())),
                p.format.clone(),
                &summits_of(b, &p.id),
                Some(point(b, &p.offer)),
                &today,
            )
        })
        .collect();
    let page = PowersPage {
        layout: Layout::new(
            cx,
            Section::Powers,
            "/powers",
            "Rival powers and their formats",
            "Every \u{201c}Central Asia + X\u{201d} format side by side: first leaders' summit, venue, latest, what it offers.",
        ),
        host,
        rows,
    };
    render(&page)
}

pub struct LeverView {
    pub title: String,
    pub text: String,
    pub cites: Vec<Cite>,
}

pub struct CountryRelation {
    pub country: Link,
    pub summary: String,
    pub cites: Vec<Cite>,
}

#[derive(Template)]
#[template(path = "power.html")]
pub struct PowerPage {
    pub layout: Layout,
    pub name: String,
    pub format: String,
    pub summary: String,
    pub cites: Vec<Cite>,
    pub offer: PointView,
    pub levers: Vec<LeverView>,
    pub summits: Vec<EventRow>,
    pub relations: Vec<CountryRelation>,
    pub timeline_href: String,
    pub sources: Vec<SourceLine>,
}

pub fn render_detail(cx: &Ctx<'_>, id: &str) -> Result<String, AppError> {
    let b = cx.b;
    let today = cx.today;
    let Some(p) = b.power(id) else {
        return Err(AppError::NotFound(format!(
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
                        href: href(&ItemRef::Country(c.id.to_string())),
                    },
                    summary: r.summary.clone(),
                    cites: cites(b, &r.sources),
                })
        })
        .collect();
    let page = PowerPage {
        layout: Layout::new(
            cx,
            Section::Powers,
            href(&item),
            format!("{} ({})", p.name, p.format),
            p.summary.clone(),
        ),
        name: p.name.clone(),
        format: p.format.clone(),
        summary: p.summary.clone(),
        cites: cites(b, &p.sources),
        offer: point(b, &p.offer),
        levers: p
            .levers
            .iter()
            .map(|l| LeverView {
                title: l.title.clone(),
                text: l.text.clone(),
                cites: cites(b, &l.sources),
            })
            .collect(),
        summits: summits_of(b, &p.id)
            .into_iter()
            .map(|e| event_row(b, e, &today))
            .collect(),
        relations,
        timeline_href: format!("/timeline?power={}", p.id),
        sources: source_lines(b, b.sources_of(&item)),
    };
    render(&page)
}
