//! `/changes`: the change log, newest first and filterable; and each item page's own recent
//! changes.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Change, ChangeKind, FuzzyDate, ItemKind, ItemRef, PageKind};
use crate::urls::{self, ChangeFilter, PageId};

use super::parts::{Cite, Context, Link, cites};

/// Changes an item page shows; the rest are on `/changes?item=…`.
pub const RECENT: usize = 5;

/// One entry of the log.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ChangeEntry {
    /// The day the briefing's data changed.
    pub date: FuzzyDate,
    pub kind: ChangeKind,
    /// The kind of item it is about.
    pub item_kind: ItemKind,
    /// The item's id (`summit` for the summit), as `?item=` takes it.
    pub item_id: String,
    /// The item, linked to where it is shown now (a removed item's old page says it is gone).
    pub item: Link,
    pub summary: String,
    pub sources: Vec<Cite>,
    /// The seed-article correction the change made, on the sources page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correction: Option<Link>,
    /// Every change about the same item.
    pub item_changes_href: String,
}

/// A filter that can be switched on or off.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FilterLink {
    pub label: String,
    pub value: String,
    pub href: String,
    /// Whether the view is filtered by it now.
    pub active: bool,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ChangesView {
    /// The entries shown, newest first.
    pub entries: Vec<ChangeEntry>,
    /// Entries in the whole log.
    pub total: usize,
    /// The kinds of change, each a link to the changes of only that kind (or, when the view
    /// is filtered by it, a link that removes it).
    pub kinds: Vec<FilterLink>,
    /// The items filtered by, each a link that removes it.
    pub items: Vec<FilterLink>,
    pub clear_href: String,
    /// The Atom feed of the entries shown.
    pub feed_href: String,
    pub filtered: bool,
}

/// An item's recent changes, for its page (its last review is shown beside them).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ItemHistory {
    /// Its newest changes, at most [`RECENT`].
    pub changes: Vec<ChangeEntry>,
    /// How many changes the log has about it.
    pub total: usize,
    /// All of them on `/changes`.
    pub href: String,
}

fn item_ref(kind: ItemKind, id: &str) -> Option<ItemRef> {
    let id = id.to_owned();
    Some(match kind {
        ItemKind::Summit => ItemRef::Summit,
        ItemKind::Country => ItemRef::Country(id),
        ItemKind::Organisation => ItemRef::Organisation(id),
        ItemKind::Person => ItemRef::Person(id),
        ItemKind::Area => ItemRef::Area(id),
        ItemKind::Power => ItemRef::Power(id),
        ItemKind::Event => ItemRef::Event(id),
        ItemKind::Correction => ItemRef::Correction(id),
        ItemKind::Source => return None,
    })
}

fn page_kind(kind: ItemKind) -> Option<PageKind> {
    match kind {
        ItemKind::Event => Some(PageKind::Event),
        ItemKind::Country => Some(PageKind::Country),
        ItemKind::Area => Some(PageKind::Area),
        ItemKind::Power => Some(PageKind::Power),
        _ => None,
    }
}

/// The item's name and where it is shown.
fn item_link(cx: &Context<'_>, kind: ItemKind, id: &str) -> Link {
    let b = cx.b;
    if let Some(pk) = page_kind(kind)
        && let Some(r) = b
            .redirects
            .removed
            .iter()
            .find(|r| r.kind == pk && r.id.as_str() == id)
    {
        return Link {
            label: r.title.clone(),
            href: cx.href(urls::page_of(pk, id)),
        };
    }
    let label = match kind {
        ItemKind::Summit => Some(b.summit.name.clone()),
        ItemKind::Country => b.country(id).map(|x| x.name.clone()),
        ItemKind::Organisation => b.organisation(id).map(|x| x.name.clone()),
        ItemKind::Person => b.person(id).map(|x| x.name.clone()),
        ItemKind::Area => b.area(id).map(|x| x.name.clone()),
        ItemKind::Power => b.power(id).map(|x| x.name.clone()),
        ItemKind::Event => b.event(id).map(|x| x.title.clone()),
        ItemKind::Correction => b
            .corrections
            .iter()
            .find(|c| c.id.as_str() == id)
            .map(|c| cx.lang.ui().correction(&c.original)),
        ItemKind::Source => b.source(id).map(|s| s.title.clone()),
    };
    let href = match item_ref(kind, id) {
        Some(item) => cx.item_href(&item),
        None => urls::source_href(cx.lang, id),
    };
    Link {
        label: label.unwrap_or_else(|| id.to_owned()),
        href,
    }
}

fn filter_href(cx: &Context<'_>, filter: ChangeFilter) -> String {
    cx.href(PageId::Changes(filter))
}

pub fn entry(cx: &Context<'_>, c: &Change) -> ChangeEntry {
    let id = c.item.key();
    ChangeEntry {
        date: *c.date.get_ref(),
        kind: c.kind,
        item_kind: c.item.kind,
        item_id: id.to_owned(),
        item: item_link(cx, c.item.kind, id),
        summary: c.summary.clone(),
        sources: cites(cx, &c.sources),
        correction: c
            .correction
            .as_ref()
            .map(|k| item_link(cx, ItemKind::Correction, k)),
        item_changes_href: filter_href(
            cx,
            ChangeFilter {
                items: vec![id.to_owned()],
                kinds: Vec::new(),
            },
        ),
    }
}

pub fn changes(cx: &Context<'_>, filter: &ChangeFilter) -> ChangesView {
    use strum::IntoEnumIterator;
    let log = cx.b.changes();
    let ui = cx.lang.ui();
    let entries = log
        .iter()
        .filter(|c| filter.matches(c.item.key(), c.kind))
        .map(|c| entry(cx, c))
        .collect();
    let kinds = ChangeKind::iter()
        .map(|k| {
            let active = filter.kinds.contains(&k);
            // One kind at a time, across items: a small, bounded set of links (each filtered
            // view is rendered on request; see `RenderBudget`).
            let f = if active {
                let mut f = filter.clone();
                f.kinds.retain(|x| *x != k);
                f
            } else {
                ChangeFilter {
                    items: Vec::new(),
                    kinds: vec![k],
                }
            };
            FilterLink {
                label: ui.change_kind(&k).to_owned(),
                value: <&str>::from(k).to_owned(),
                href: filter_href(cx, f),
                active,
                count: log.iter().filter(|c| c.kind == k).count(),
            }
        })
        .collect();
    let items = filter
        .items
        .iter()
        .map(|id| {
            let kind = log
                .iter()
                .find(|c| c.item.key() == id)
                .map_or(ItemKind::Summit, |c| c.item.kind);
            let mut f = filter.clone();
            f.items.retain(|x| x != id);
            FilterLink {
                label: item_link(cx, kind, id).label,
                value: id.clone(),
                href: filter_href(cx, f),
                active: true,
                count: log.iter().filter(|c| c.item.key() == id).count(),
            }
        })
        .collect();
    ChangesView {
        entries,
        total: log.len(),
        kinds,
        items,
        clear_href: filter_href(cx, ChangeFilter::default()),
        feed_href: PageId::Changes(filter.clone()).path(cx.lang, crate::urls::Format::Atom),
        filtered: !filter.is_empty(),
    }
}

/// The history shown on the page of `kind`/`id`.
pub fn history(cx: &Context<'_>, kind: ItemKind, id: &str) -> ItemHistory {
    let about: Vec<&Change> =
        cx.b.changes()
            .iter()
            .filter(|c| c.item.kind == kind && c.item.key() == id)
            .collect();
    ItemHistory {
        changes: about.iter().take(RECENT).map(|c| entry(cx, c)).collect(),
        total: about.len(),
        href: filter_href(
            cx,
            ChangeFilter {
                items: vec![id.to_owned()],
                kinds: Vec::new(),
            },
        ),
    }
}

/// The answer for the old page of a removed item: 410 Gone, saying what happened and when,
/// where to go instead, and (for a correction) the sources that show it was wrong.
pub fn gone(cx: &Context<'_>, r: &crate::model::Removed) -> crate::error::PageError {
    use crate::error::{Gone, PageError, Suggestion};
    let ui = cx.lang.ui();
    let go = Suggestion {
        label: r
            .go
            .kind
            .name_of(cx.b, &r.go.id)
            .unwrap_or_else(|| r.go.id.to_string()),
        href: cx.href(urls::page_of(r.go.kind, &r.go.id)),
    };
    let mut suggestions = vec![go];
    if let Some(sources) = &r.sources {
        suggestions.extend(cites(cx, sources).into_iter().map(|c| Suggestion {
            label: format!("{}: {}", c.label, c.title),
            href: c.href,
        }));
    }
    let why = ui.t(if r.correction {
        "gone-why-correction"
    } else {
        "gone-why"
    });
    PageError::Gone(Box::new(Gone {
        title: r.title.clone(),
        message: ui.t_args(
            "gone-message",
            &[
                ("title", r.title.as_str().into()),
                ("date", ui.date(&r.date).into()),
                ("why", why.into()),
                ("reason", r.reason.as_str().into()),
            ],
        ),
        suggestions,
    }))
}
