//! iCalendar (RFC 5545): the events a page lists as a calendar to subscribe to, written by
//! the `icalendar` crate.
//!
//! Every event is an all-day event (`DTSTART;VALUE=DATE`), a span ends on the day after its
//! last day (`DTEND` is exclusive), and the `UID` is made of the event's id so that a
//! calendar app updates the event rather than adding a copy. An event known only to its
//! month or year is left out rather than given a day it does not have, and the calendar's
//! description says how many were left out. `DTSTAMP` is the day the briefing was last
//! reviewed, not the time of rendering, so the same data gives the same bytes.

use chrono::{NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::error::PageError;
use crate::model::{FuzzyDate, Precision, Standing};
use crate::views::PageView;
use crate::views::parts::EventRow;

use super::{Target, absolute, listed_events};

/// The domain part of every UID (RFC 5545 suggests `id@domain`); fixed, so UIDs never change.
pub const UID_DOMAIN: &str = "summit-briefing";

/// The UID of an event, the same in every calendar that lists it.
pub fn uid(event: &str) -> String {
    format!("{event}@{UID_DOMAIN}")
}

/// The day `d` names, if it is known to the day.
pub fn day(d: &FuzzyDate) -> Option<NaiveDate> {
    if d.precision() != Precision::Day {
        return None;
    }
    NaiveDate::from_ymd_opt(d.year(), u32::from(d.month()?), u32::from(d.day()?))
}

/// How a calendar app should show an event that stands as `s` today, and the catalogue key
/// of a note to add.
pub fn status(s: Standing) -> (EventStatus, Option<&'static str>) {
    match s {
        Standing::TookPlace => (EventStatus::Confirmed, None),
        Standing::Scheduled | Standing::Planned | Standing::Unconfirmed => {
            (EventStatus::Tentative, None)
        }
        Standing::DatePassed => (EventStatus::Tentative, Some("calendar-date-passed")),
        Standing::Postponed => (EventStatus::Cancelled, Some("calendar-postponed")),
        Standing::Cancelled => (EventStatus::Cancelled, Some("calendar-cancelled")),
    }
}

/// The calendar event for `e`, or `None` if its dates are not known to the day.
fn event(e: &EventRow, stamp: chrono::DateTime<Utc>, target: &Target<'_>) -> Option<Event> {
    let start = day(&e.when.start)?;
    let last = match &e.when.end {
        Some(end) => day(end)?,
        None => start,
    };
    let end = last.succ_opt()?;
    let (status, note) = status(e.standing);
    let url = absolute(target, &e.href);
    let mut description = String::new();
    if let Some(note) = note {
        description.push_str(target.lang.ui().t(note));
        description.push_str("\n\n");
    }
    description.push_str(&e.summary);
    description.push_str("\n\n");
    description.push_str(&url);
    let mut categories: Vec<&str> = Vec::new();
    categories.extend(e.countries.iter().map(|l| l.label.as_str()));
    categories.extend(e.areas.iter().map(|l| l.label.as_str()));
    categories.extend(e.powers.iter().map(|l| l.label.as_str()));
    let mut ev = Event::new();
    ev.uid(&uid(&e.id))
        .timestamp(stamp)
        .summary(&e.title)
        .description(&description)
        .starts(start)
        .ends(end)
        .status(status)
        .url(&url);
    if let Some(venue) = &e.venue {
        ev.location(venue);
    }
    if !categories.is_empty() {
        ev.categories(categories);
    }
    Some(ev.done())
}

/// The calendar of the events `view` lists.
pub fn page(view: &PageView, target: &Target<'_>, brand: &str) -> Result<Vec<u8>, PageError> {
    let events = listed_events(view).ok_or_else(|| {
        PageError::NotFound(format!(
            "The page \u{201c}{}\u{201d} has no calendar.",
            view.title
        ))
    })?;
    let r = &view.reviewed;
    let stamp = Utc
        .with_ymd_and_hms(
            r.year(),
            u32::from(r.month().unwrap_or(1)),
            u32::from(r.day().unwrap_or(1)),
            0,
            0,
            0,
        )
        .single()
        .unwrap_or_default();
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//summit-briefing//Summit briefing//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"));
    let mut left_out = 0;
    for e in &events {
        match event(e, stamp, target) {
            Some(ev) => {
                cal.push(ev);
            }
            None => left_out += 1,
        }
    }
    let mut about = view.description.clone();
    if left_out > 0 {
        about.push(' ');
        about.push_str(&target.lang.ui().t2(
            "calendar-left-out",
            "count",
            left_out,
            "href",
            absolute(target, &view.id.href(target.lang)),
        ));
    }
    let ui = target.lang.ui();
    cal.name(&format!(
        "{} \u{b7} {}",
        view.title,
        ui.t1("brand", "name", brand)
    ))
    .description(&about)
    .append_property(("X-PUBLISHED-TTL", "PT12H"));
    Ok(cal.done().to_string().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_become_calendar_days() {
        let d = FuzzyDate::ymd(2025, 12, 20).expect("a day");
        assert_eq!(day(&d), NaiveDate::from_ymd_opt(2025, 12, 20));
        let month: FuzzyDate = toml::Value::String("2025-12".into())
            .try_into()
            .expect("a month");
        assert_eq!(day(&month), None);
    }

    #[test]
    fn postponed_is_cancelled_with_a_note() {
        assert!(matches!(
            status(Standing::Postponed),
            (EventStatus::Cancelled, Some(_))
        ));
        assert!(matches!(
            status(Standing::Scheduled),
            (EventStatus::Tentative, None)
        ));
        assert!(matches!(
            status(Standing::TookPlace),
            (EventStatus::Confirmed, None)
        ));
    }
}
