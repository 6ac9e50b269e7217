//! The change log as an Atom feed (RFC 4287), overall or filtered (`/changes.atom?item=…`),
//! written by the `atom_syndication` crate like the event feeds.
//!
//! An entry's id is made of the item, the kind and the day, and its position among that
//! day's changes to the item, so it stays the same when other entries are added.

use atom_syndication::{Category, Entry, Link, Text};

use crate::error::PageError;
use crate::views::PageView;
use crate::views::changes::ChangesView;

use super::atom::{TAG, midnight};
use super::{Target, absolute};

pub fn page(
    view: &PageView,
    v: &ChangesView,
    target: &Target<'_>,
    brand: &str,
) -> Result<Vec<u8>, PageError> {
    let lang = target.lang;
    let ui = lang.ui();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let entries = v
        .entries
        .iter()
        .map(|c| {
            let kind: &str = c.kind.into();
            let item_kind: &str = c.item_kind.into();
            let base = format!(
                "{TAG}change/{item_kind}/{}/{}/{kind}",
                c.item_id,
                c.date.iso()
            );
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            let id = if *n == 1 { base } else { format!("{base}/{n}") };
            let sources: Vec<&str> = c.sources.iter().map(|s| s.label.as_str()).collect();
            Entry {
                title: Text::plain(format!("{}: {}", ui.change_kind(&c.kind), c.item.label)),
                id,
                updated: midnight(&c.date),
                summary: Some(Text::plain(format!(
                    "{} (Sources: {}.)",
                    c.summary,
                    sources.join(", ")
                ))),
                links: vec![Link {
                    href: absolute(target, &c.item.href),
                    rel: "alternate".to_owned(),
                    mime_type: Some("text/html".to_owned()),
                    ..Link::default()
                }],
                categories: vec![Category {
                    term: kind.to_owned(),
                    label: Some(ui.change_kind(&c.kind).to_owned()),
                    ..Category::default()
                }],
                ..Entry::default()
            }
        })
        .collect();
    let updated = v.entries.first().map_or(view.reviewed, |c| c.date);
    super::atom::feed(view, target, brand, &updated, entries)
}
