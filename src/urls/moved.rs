//! Old URLs of renamed, merged and removed items: where each now goes, through [`PageId`], so
//! every format and language of the old page follows.

use crate::model::{Briefing, Moved, PageKind, Removed};

use super::{Embedded, PageId};

/// What became of the page an old URL names.
#[derive(Debug, Clone)]
pub enum MovedPage<'a> {
    /// Its item was renamed or merged: the same page of the item it is now.
    To(PageId),
    /// Its item was removed.
    Gone(&'a Removed),
}

/// The kind and id of an item page.
pub fn item_of(page: &PageId) -> Option<(PageKind, &str)> {
    match page {
        PageId::Event(id) => Some((PageKind::Event, id)),
        PageId::Country(id) => Some((PageKind::Country, id)),
        PageId::Area(id) => Some((PageKind::Area, id)),
        PageId::Power(id) => Some((PageKind::Power, id)),
        _ => None,
    }
}

/// The page of item `kind`/`id`.
pub fn page_of(kind: PageKind, id: &str) -> PageId {
    let id = id.to_owned();
    match kind {
        PageKind::Event => PageId::Event(id),
        PageKind::Country => PageId::Country(id),
        PageKind::Area => PageId::Area(id),
        PageKind::Power => PageId::Power(id),
    }
}

/// Where `page` went, if it names an item that is no longer live under that id.
pub fn moved<'a>(b: &'a Briefing, page: &PageId) -> Option<MovedPage<'a>> {
    // An old country's embed goes where the country's page went.
    if let PageId::Embed(embed) = page {
        return match moved(b, &embed.page())? {
            MovedPage::To(new) => Embedded::of(&new).map(|e| MovedPage::To(PageId::Embed(e))),
            gone => Some(gone),
        };
    }
    let (kind, id) = item_of(page)?;
    if kind.exists(b, id) {
        return None;
    }
    match b.moved(kind, id)? {
        Moved::To(new) => Some(MovedPage::To(page_of(kind, new))),
        Moved::Gone(r) => Some(MovedPage::Gone(r)),
    }
}
