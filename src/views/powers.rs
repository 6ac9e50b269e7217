//! `/powers` (every "Central Asia + X" format side by side, Japan's first) and
//! `/powers/{power}`.

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::PageError;
use crate::model::{
    Briefing, EventKind, EventStatus, FormatProfile, FuzzyDate, ItemRef, Standing, TimelineEvent,
};
use crate::urls::{Filter, PageId};

use super::charts::{self, TimelineChart};
use super::parts::{
    Cite, Context, EventRow, Link, PointView, SourceLine, When, cites, event_row, point,
    source_lines,
};

/// One summit in the comparison.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SummitCell {
    /// The summit's event id.
    pub id: String,
    pub when: When,
    pub venue: Option<String>,
    pub href: String,
    pub standing: Standing,
}

fn cell(cx: &Context<'_>, e: &TimelineEvent) -> SummitCell {
    SummitCell {
        id: e.id.to_string(),
        when: When {
            start: e.date,
            end: e.end,
        },
        venue: e.venue.clone(),
        href: cx.href(PageId::Event(e.id.to_string())),
        standing: e.standing(&cx.today),
    }
}

/// When and at what level a format began.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StartView {
    pub date: FuzzyDate,
    pub level: String,
    pub text: String,
    pub unconfirmed: bool,
    pub cites: Vec<Cite>,
}

/// Money pledged, in the currency the source gives.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PledgeView {
    /// Whole units of `currency`.
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: String,
    pub text: String,
    pub unconfirmed: bool,
    pub cites: Vec<Cite>,
}

/// The latest development, with its date.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DatedPointView {
    pub date: FuzzyDate,
    pub text: String,
    pub unconfirmed: bool,
    pub cites: Vec<Cite>,
}

/// A format on the points every format is compared on.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProfileView {
    pub began: StartView,
    /// Its leader-level summits, held or not, oldest first.
    pub summits: Vec<SummitCell>,
    /// How many of them took place.
    pub held: usize,
    pub frequency: Option<PointView>,
    pub priorities: Vec<PointView>,
    pub pledges: Vec<PledgeView>,
    pub delivered: Vec<PointView>,
    pub latest: DatedPointView,
}

pub fn profile(cx: &Context<'_>, p: &FormatProfile, summits: &[&TimelineEvent]) -> ProfileView {
    ProfileView {
        began: StartView {
            date: p.began.date,
            level: p.began.level.clone(),
            text: p.began.text.clone(),
            unconfirmed: p.began.unconfirmed,
            cites: cites(cx, &p.began.sources),
        },
        summits: summits.iter().map(|e| cell(cx, e)).collect(),
        held: summits
            .iter()
            .filter(|e| e.status == EventStatus::Happened)
            .count(),
        frequency: p.frequency.as_ref().map(|f| point(cx, f)),
        priorities: p.priorities.iter().map(|x| point(cx, x)).collect(),
        pledges: p
            .pledges
            .iter()
            .map(|x| PledgeView {
                amount: x.amount,
                currency: x.currency.clone(),
                text: x.text.clone(),
                unconfirmed: x.unconfirmed,
                cites: cites(cx, &x.sources),
            })
            .collect(),
        delivered: p.delivered.iter().map(|x| point(cx, x)).collect(),
        latest: DatedPointView {
            date: p.latest.date,
            text: p.latest.text.clone(),
            unconfirmed: p.latest.unconfirmed,
            cites: cites(cx, &p.latest.sources),
        },
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
    /// The format on the common points, where the data describes it.
    pub profile: Option<ProfileView>,
}

fn format_row(
    cx: &Context<'_>,
    (id, name, href, format): (String, String, String, String),
    summits: &[&TimelineEvent],
    offer: Option<PointView>,
    profile_data: Option<&FormatProfile>,
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
        profile: profile_data.map(|p| profile(cx, p, summits)),
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

/// The briefing's own leaders' summits (those of the host's format).
pub fn own_summits(b: &Briefing) -> Vec<&TimelineEvent> {
    b.events
        .iter()
        .filter(|e| e.kind == EventKind::Summit)
        .collect()
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
    /// The five Central Asian participants against each power.
    pub matrix: super::matrix::PowerMatrix,
    /// Every format on one time axis: began, first leaders' summit, summits, pledges.
    pub chart: charts::FormatsChart,
}

fn range_input(r: &FormatRow, host: bool) -> charts::FormatInput {
    let p = r.profile.as_ref();
    charts::FormatInput {
        id: r.id.clone(),
        name: r.name.clone(),
        href: format!("#format-{}", r.id),
        host,
        began: p.and_then(|p| {
            p.began
                .cites
                .first()
                .map(|c| (p.began.date, c.href.clone()))
        }),
        summits: p.map_or_else(Vec::new, |p| {
            p.summits
                .iter()
                .map(|s| (s.when.start, s.standing, s.href.clone(), s.venue.clone()))
                .collect()
        }),
        held: r.summits_held,
        pledges: p.map_or_else(Vec::new, |p| {
            p.pledges
                .iter()
                .map(|x| (x.amount, x.currency.clone()))
                .collect()
        }),
    }
}

pub fn powers(cx: &Context<'_>) -> PowersView {
    let (host, rows) = format_rows(cx);
    let inputs = host
        .iter()
        .map(|r| range_input(r, true))
        .chain(rows.iter().map(|r| range_input(r, false)))
        .collect();
    PowersView {
        chart: charts::formats(inputs, &cx.today),
        host,
        rows,
        matrix: super::matrix::powers(cx),
    }
}

/// The formats compared: the host's own (if the host is a country of the briefing) and every
/// power's, in the data's order.
pub fn format_rows(cx: &Context<'_>) -> (Option<FormatRow>, Vec<FormatRow>) {
    let b = cx.b;
    let own = own_summits(b);
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
            b.summit.profile.as_ref(),
        )
    });
    let rows: Vec<FormatRow> = b
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
                p.profile.as_ref(),
            )
        })
        .collect();
    (host, rows)
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
    /// The format on the points every format is compared on.
    pub profile: Option<ProfileView>,
    pub levers: Vec<LeverView>,
    /// Every event that names the power, drawn year by year.
    pub chart: TimelineChart,
    pub summits: Vec<EventRow>,
    pub relations: Vec<CountryRelation>,
    pub timeline_href: String,
    pub sources: Vec<SourceLine>,
    /// When the item was last checked against its sources.
    pub reviewed: Option<crate::model::FuzzyDate>,
    /// Its recent changes, from the change log.
    pub changes: super::changes::ItemHistory,
}

pub fn power(cx: &Context<'_>, id: &str) -> Result<PowerView, PageError> {
    let b = cx.b;
    let Some(p) = b.power(id) else {
        return Err(PageError::NotFound(cx.lang.ui().t1(
            "missing-power",
            "id",
            id,
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
        profile: p
            .profile
            .as_ref()
            .map(|f| profile(cx, f, &summits_of(b, &p.id))),
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
        reviewed: p.reviewed.as_ref().map(|r| r.date),
        changes: super::changes::history(cx, crate::model::ItemKind::Power, &p.id),
    })
}
