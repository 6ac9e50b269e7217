//! Atom (RFC 4287): the events a page lists as a feed, newest first, written by the
//! `atom_syndication` crate.
//!
//! Nothing in a feed depends on the time it was rendered: the feed's `updated` is the day the
//! briefing was last reviewed, an entry's is the day of its event or, for an event still
//! ahead, that review day. Entry ids are tag URIs (RFC 4151) made of the event's id, so they
//! do not change when the site moves or the event is retitled.

use atom_syndication::{Category, Entry, Feed, FixedDateTime, Link, Person, Text};

use crate::error::PageError;
use crate::model::FuzzyDate;
use crate::urls::Format;
use crate::views::PageView;
use crate::views::parts::{EventRow, Link as PageLink};

use super::{Target, absolute, listed_events};

/// The tagging entity and date of every id (RFC 4151): the project's name, and the year
/// the format's first leaders' summit was planned. Fixed, so that ids never change.
pub const TAG: &str = "tag:summit-briefing,2024:";

/// The id of an event's entry, the same in every feed that lists it.
pub fn entry_id(event: &str) -> String {
    format!("{TAG}event/{event}")
}

/// Midnight UTC on the first day `d` could mean.
pub fn midnight(d: &FuzzyDate) -> FixedDateTime {
    let text = format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        d.year(),
        d.month().unwrap_or(1),
        d.day().unwrap_or(1)
    );
    FixedDateTime::parse_from_rfc3339(&text).unwrap_or_default()
}

/// The id at the end of a link's path: `/countries/japan` -> `japan`.
fn last_segment(href: &str) -> &str {
    href.rsplit(['/', '#']).next().unwrap_or(href)
}

fn categories(scheme: &str, links: &[PageLink], target: &Target<'_>) -> Vec<Category> {
    links
        .iter()
        .map(|l| Category {
            term: last_segment(&l.href).to_owned(),
            scheme: Some(absolute(
                target,
                &format!("{}{scheme}", target.lang.prefix()),
            )),
            label: Some(l.label.clone()),
        })
        .collect()
}

fn entry(e: &EventRow, reviewed: &FuzzyDate, target: &Target<'_>) -> Entry {
    let ui = target.lang.ui();
    let when = ui.span(&e.when.start, &e.when.end);
    let place = e
        .venue
        .as_deref()
        .map(|v| format!(", {v}"))
        .unwrap_or_default();
    let standing: &'static str = e.standing.into();
    // An event ahead of the review was entered by then, not on its own day.
    let updated = if reviewed.is_before(&e.when.start) {
        *reviewed
    } else {
        e.when.start
    };
    let mut categories_of = categories("/countries", &e.countries, target);
    categories_of.extend(categories("/areas", &e.areas, target));
    categories_of.extend(categories("/powers", &e.powers, target));
    Entry {
        title: Text::plain(e.title.clone()),
        id: entry_id(&e.id),
        updated: midnight(&updated),
        summary: Some(Text::plain(format!(
            "{when}{place} ({}). {}",
            ui.t(&format!("feed-standing-{standing}")),
            e.summary
        ))),
        links: vec![Link {
            href: absolute(target, &e.href),
            rel: "alternate".to_owned(),
            mime_type: Some("text/html".to_owned()),
            ..Link::default()
        }],
        categories: categories_of,
        ..Entry::default()
    }
}

/// The feed of the events `view` lists.
pub fn page(view: &PageView, target: &Target<'_>, brand: &str) -> Result<Vec<u8>, PageError> {
    let events = listed_events(view).ok_or_else(|| {
        PageError::NotFound(format!(
            "The page \u{201c}{}\u{201d} has no feed.",
            view.title
        ))
    })?;
    let entries = events
        .iter()
        .rev()
        .map(|e| entry(e, &view.reviewed, target))
        .collect();
    feed(view, target, brand, &view.reviewed, entries)
}

/// The feed of `view` holding `entries`, last updated on `updated`: its title, id, author and
/// links to itself and to its page, the same for every feed of the briefing.
pub(super) fn feed(
    view: &PageView,
    target: &Target<'_>,
    brand: &str,
    updated: &FuzzyDate,
    entries: Vec<Entry>,
) -> Result<Vec<u8>, PageError> {
    let lang = target.lang;
    let feed = Feed {
        title: Text::plain(format!(
            "{} \u{b7} {}",
            view.title,
            lang.ui().t1("brand", "name", brand)
        )),
        subtitle: Some(Text::plain(view.description.clone())),
        id: format!("{TAG}{}", view.id.path(lang, Format::Atom)),
        updated: midnight(updated),
        authors: vec![Person {
            name: lang.ui().t1("brand", "name", brand),
            uri: target.public_url.map(|u| format!("{u}/")),
            ..Person::default()
        }],
        links: vec![
            Link {
                href: absolute(target, &view.id.path(lang, Format::Atom)),
                rel: "self".to_owned(),
                mime_type: Some(Format::Atom.media_type().to_owned()),
                ..Link::default()
            },
            Link {
                href: absolute(target, &view.id.href(lang)),
                rel: "alternate".to_owned(),
                mime_type: Some("text/html".to_owned()),
                ..Link::default()
            },
        ],
        lang: Some(lang.code().to_owned()),
        entries,
        ..Feed::default()
    };
    feed.write_to(Vec::new())
        .map_err(|e| PageError::Render(e.to_string()))
}
