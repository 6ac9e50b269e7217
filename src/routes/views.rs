//! View pieces several pages share: citations, links, event rows, sourced points.
//!
//! Routes build these from the model so that templates only print.

use crate::model::{
    Briefing, EventStatus, FuzzyDate, ItemRef, Point, Slug, Sources, TimelineEvent,
};

use super::href;

/// A citation as printed after a fact: links to the source's entry on `/sources`.
pub struct Cite {
    pub id: String,
    pub label: String,
    pub title: String,
    pub tier: &'static str,
}

impl Cite {
    pub fn href(&self) -> String {
        format!("/sources#{}", self.id)
    }
}

pub fn cites(b: &Briefing, sources: &Sources) -> Vec<Cite> {
    sources
        .iter()
        .filter_map(|id| b.source(id))
        .map(|s| Cite {
            id: s.id.to_string(),
            label: s.publisher.clone(),
            title: s.title.clone(),
            tier: s.tier.slug(),
        })
        .collect()
}

/// A labelled link to another page of the briefing.
pub struct Link {
    pub label: String,
    pub href: String,
}

pub fn country_links(b: &Briefing, ids: &[Slug]) -> Vec<Link> {
    ids.iter()
        .filter_map(|id| b.country(id))
        .map(|c| Link {
            label: c.name.clone(),
            href: href(&ItemRef::Country(c.id.to_string())),
        })
        .collect()
}

pub fn area_links(b: &Briefing, ids: &[Slug]) -> Vec<Link> {
    ids.iter()
        .filter_map(|id| b.area(id))
        .map(|a| Link {
            label: a.name.clone(),
            href: href(&ItemRef::Area(a.id.to_string())),
        })
        .collect()
}

pub fn power_links(b: &Briefing, ids: &[Slug]) -> Vec<Link> {
    ids.iter()
        .filter_map(|id| b.power(id))
        .map(|p| Link {
            label: p.name.clone(),
            href: href(&ItemRef::Power(p.id.to_string())),
        })
        .collect()
}

pub fn people_links(b: &Briefing, ids: &[Slug]) -> Vec<Link> {
    ids.iter()
        .filter_map(|id| b.person(id))
        .map(|p| Link {
            label: p.name.clone(),
            href: href(&ItemRef::Person(p.id.to_string())),
        })
        .collect()
}

/// A sourced statement ready to print.
pub struct PointView {
    pub text: String,
    pub unconfirmed: bool,
    pub cites: Vec<Cite>,
}

pub fn point(b: &Briefing, p: &Point) -> PointView {
    PointView {
        text: p.text.clone(),
        unconfirmed: p.unconfirmed,
        cites: cites(b, &p.sources),
    }
}

/// How an event stands today, as readers are told it.
pub struct StatusView {
    pub label: &'static str,
    /// A CSS class: `past`, `upcoming`, `unconfirmed`, `postponed`, `cancelled`.
    pub class: &'static str,
}

/// An event's status relative to `today`: a plan whose date has passed without a source
/// saying it happened is shown as unconfirmed, not as done.
pub fn status(e: &TimelineEvent, today: &FuzzyDate) -> StatusView {
    let last = e.end.unwrap_or(e.date);
    let (label, class) = match e.status {
        EventStatus::Happened => ("Took place", "past"),
        EventStatus::Scheduled | EventStatus::Planned if last.is_before(today) => {
            ("Date passed, not confirmed", "unconfirmed")
        }
        EventStatus::Scheduled => ("Scheduled", "upcoming"),
        EventStatus::Planned => ("Planned", "upcoming"),
        EventStatus::Postponed => ("Postponed", "postponed"),
        EventStatus::Cancelled => ("Cancelled", "cancelled"),
        EventStatus::Unconfirmed => ("Unconfirmed", "unconfirmed"),
    };
    StatusView { label, class }
}

/// Dates as printed: "19–20 December 2025", "August 2024".
pub struct DateView {
    pub text: String,
    pub iso: String,
}

pub fn date_range(start: &FuzzyDate, end: Option<&FuzzyDate>) -> DateView {
    let text = match end {
        None => start.long(),
        Some(end) => format!("{} \u{2013} {}", start.long(), end.long()),
    };
    DateView {
        text,
        iso: start.iso(),
    }
}

/// One event in a list.
pub struct EventRow {
    pub id: String,
    pub href: String,
    pub title: String,
    pub summary: String,
    pub date: DateView,
    pub year: i32,
    pub kind: &'static str,
    pub venue: Option<String>,
    pub status: StatusView,
    pub countries: Vec<Link>,
    pub powers: Vec<Link>,
    pub cites: Vec<Cite>,
}

pub fn event_row(b: &Briefing, e: &TimelineEvent, today: &FuzzyDate) -> EventRow {
    EventRow {
        id: e.id.to_string(),
        href: href(&ItemRef::Event(e.id.to_string())),
        title: e.title.clone(),
        summary: e.summary.clone(),
        date: date_range(&e.date, e.end.as_ref()),
        year: e.date.year(),
        kind: e.kind.label(),
        venue: e.venue.clone(),
        status: status(e, today),
        countries: country_links(b, &e.countries),
        powers: power_links(b, &e.powers),
        cites: cites(b, &e.sources),
    }
}
