//! The timeline (`/timeline`, filtered or not) and one event (`/timeline/{event}`).

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::PageError;
use crate::model::TimelineEvent;
use crate::urls::{Filter, PageId};

use super::charts::{self, TimelineChart};
use super::parts::{Context, EventRow, Link, SourceLine, event_row, people_links, source_lines};

/// At most this many events on one timeline page; beyond it (a briefing far larger than the
/// shipped one) the page shows the latest years and links every year's own page.
pub const PAGE_EVENTS: usize = 300;

/// An active filter, with the link that removes it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ActiveFilter {
    /// The query parameter: `country`, `area`, `power` or `year`.
    pub param: &'static str,
    pub value: String,
    /// What it is called: "Kazakhstan", "2024".
    pub label: String,
    pub remove_href: String,
}

/// One choice in the filter form.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FilterOption {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FilterGroup {
    pub param: &'static str,
    pub options: Vec<FilterOption>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct YearGroup {
    pub year: i32,
    pub events: Vec<EventRow>,
}

/// A year's own page, listed when the timeline is too long for one page.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct YearLink {
    pub year: i32,
    pub events: usize,
    pub href: String,
}

/// The timeline, grouped by year, oldest first.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TimelineView {
    /// The events shown, drawn year by year.
    pub chart: TimelineChart,
    pub years: Vec<YearGroup>,
    pub active: Vec<ActiveFilter>,
    pub groups: Vec<FilterGroup>,
    /// Years left off a long timeline, each linking its own page.
    pub earlier: Vec<YearLink>,
    /// Events shown on this page.
    pub shown: usize,
    /// Events matching the filters.
    pub matching: usize,
    /// Events in the whole briefing.
    pub total: usize,
    /// The whole timeline, without filters.
    pub clear_href: String,
    /// `match=all`: events naming every chosen country, area and power.
    pub match_all: bool,
}

impl TimelineView {
    /// Every event shown, oldest first.
    pub fn events(&self) -> impl Iterator<Item = &EventRow> {
        self.years.iter().flat_map(|y| &y.events)
    }
}

fn active_filters(cx: &Context<'_>, f: &Filter) -> Vec<ActiveFilter> {
    active_filters_of(cx, f, PageId::Timeline)
        .into_iter()
        .map(|(active, _)| active)
        .collect()
}

/// Each filter of `f` as a chip, with the filter left without it and the link to `page` of
/// that filter (the timeline, or a search of the same words).
pub(crate) fn active_filters_of(
    cx: &Context<'_>,
    f: &Filter,
    page: impl Fn(Filter) -> PageId,
) -> Vec<(ActiveFilter, Filter)> {
    let b = cx.b;
    let mut out = Vec::new();
    let mut add = |param: &'static str, i: usize, value: String, label: String| {
        let rest = f.without(param, i);
        out.push((
            ActiveFilter {
                param,
                value,
                label,
                remove_href: cx.href(page(rest.clone())),
            },
            rest,
        ));
    };
    for (i, c) in f.countries.iter().enumerate() {
        add("country", i, c.clone(), b.partner_name(c));
    }
    for (i, a) in f.areas.iter().enumerate() {
        let name = b.area(a).map_or(a.clone(), |x| x.name.clone());
        add("area", i, a.clone(), name);
    }
    for (i, p) in f.powers.iter().enumerate() {
        add("power", i, p.clone(), b.partner_name(p));
    }
    for (i, y) in f.years.iter().enumerate() {
        add("year", i, y.to_string(), y.to_string());
    }
    if f.match_all {
        add(
            "match",
            0,
            "all".to_owned(),
            cx.lang.ui().t("timeline-match-all-label").to_owned(),
        );
    }
    out
}

pub(crate) fn filter_groups(cx: &Context<'_>, f: &Filter) -> Vec<FilterGroup> {
    let b = cx.b;
    let mut years: Vec<i32> = b.events.iter().map(|e| e.date.year()).collect();
    years.dedup();
    let option = |value: &str, label: &str, checked: bool| FilterOption {
        value: value.to_owned(),
        label: label.to_owned(),
        checked,
    };
    vec![
        FilterGroup {
            param: "country",
            options: b
                .countries
                .iter()
                .map(|c| {
                    option(
                        &c.id,
                        &c.name,
                        f.countries.iter().any(|x| c.id == *x.as_str()),
                    )
                })
                .collect(),
        },
        FilterGroup {
            param: "area",
            options: b
                .areas
                .iter()
                .map(|a| option(&a.id, &a.name, f.areas.iter().any(|x| a.id == *x.as_str())))
                .collect(),
        },
        FilterGroup {
            param: "power",
            options: b
                .powers
                .iter()
                .map(|p| option(&p.id, &p.name, f.powers.iter().any(|x| p.id == *x.as_str())))
                .collect(),
        },
        FilterGroup {
            param: "year",
            options: years
                .into_iter()
                .map(|y| option(&y.to_string(), &y.to_string(), f.years.contains(&y)))
                .collect(),
        },
    ]
}

pub fn timeline(cx: &Context<'_>, filter: &Filter) -> TimelineView {
    let b = cx.b;
    let matching: Vec<&TimelineEvent> = b.events.iter().filter(|e| filter.matches(e)).collect();
    // Events are oldest first: keep the latest whole years that fit (at least one year) and
    // link the earlier ones.
    let mut first_shown = 0;
    let mut earlier: Vec<YearLink> = Vec::new();
    if matching.len() > PAGE_EVENTS && filter.years.is_empty() {
        let mut start = matching.len();
        while start > 0 {
            let year = matching[start - 1].date.year();
            let begin = matching[..start]
                .iter()
                .rposition(|e| e.date.year() != year)
                .map_or(0, |i| i + 1);
            if start < matching.len() && matching.len() - begin > PAGE_EVENTS {
                break;
            }
            start = begin;
        }
        first_shown = start;
        for e in &matching[..start] {
            match earlier.last_mut() {
                Some(y) if y.year == e.date.year() => y.events += 1,
                _ => {
                    let mut only = filter.clone();
                    only.years = vec![e.date.year()];
                    earlier.push(YearLink {
                        year: e.date.year(),
                        events: 1,
                        href: cx.href(PageId::Timeline(only)),
                    });
                }
            }
        }
    }
    let mut years: Vec<YearGroup> = Vec::new();
    for e in &matching[first_shown..] {
        let row = event_row(cx, e);
        match years.last_mut() {
            Some(g) if g.year == row.year() => g.events.push(row),
            _ => years.push(YearGroup {
                year: row.year(),
                events: vec![row],
            }),
        }
    }
    TimelineView {
        chart: charts::timeline(cx, matching[first_shown..].iter().copied()),
        shown: matching.len() - first_shown,
        matching: matching.len(),
        total: b.events.len(),
        groups: filter_groups(cx, filter),
        active: active_filters(cx, filter),
        match_all: filter.match_all,
        years,
        earlier,
        clear_href: cx.href(PageId::Timeline(Filter::default())),
    }
}

/// One event with its neighbours.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EventView {
    pub event: EventRow,
    /// The timeline of the event's year.
    pub year_href: String,
    pub people: Vec<Link>,
    pub previous: Option<Link>,
    pub next: Option<Link>,
    pub sources: Vec<SourceLine>,
    /// When the event was last checked against its sources.
    pub reviewed: Option<crate::model::FuzzyDate>,
    /// Its recent changes, from the change log.
    pub changes: super::changes::ItemHistory,
}

pub fn event(cx: &Context<'_>, id: &str) -> Result<EventView, PageError> {
    let b = cx.b;
    let Some(e) = b.event(id) else {
        return Err(PageError::NotFound(cx.lang.ui().t1(
            "missing-event",
            "id",
            id,
        )));
    };
    let pos = b.events.iter().position(|x| x.id == e.id).unwrap_or(0);
    let link = |x: &TimelineEvent| Link {
        label: x.title.clone(),
        href: cx.href(PageId::Event(x.id.to_string())),
    };
    Ok(EventView {
        event: event_row(cx, e),
        year_href: cx.href(PageId::Timeline(Filter {
            years: vec![e.date.year()],
            ..Filter::default()
        })),
        people: people_links(cx, &e.people),
        previous: pos.checked_sub(1).and_then(|i| b.events.get(i)).map(link),
        next: b.events.get(pos + 1).map(link),
        sources: source_lines(cx, [&e.sources]),
        reviewed: e.reviewed.as_ref().map(|r| r.date),
        changes: super::changes::history(cx, crate::model::ItemKind::Event, &e.id),
    })
}
