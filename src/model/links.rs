//! Links that last and what changed: aliases of renamed or merged items, removed items
//! (`redirects.toml`), and the dated change log (`changes.toml`), with their checks.
//!
//! Only items with a page of their own (events, countries, areas, powers) can be aliased or
//! removed: a URL is what must not rot. The change log may name any item.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::error::{DataError, TextFile};
use super::{Briefing, FuzzyDate, ItemRef, Precision, Slug, Sources};

/// A kind of item that has a page (and so a URL) of its own.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum PageKind {
    Event,
    Country,
    Area,
    Power,
}

impl PageKind {
    pub fn item(self, id: &str) -> ItemRef {
        let id = id.to_owned();
        match self {
            PageKind::Event => ItemRef::Event(id),
            PageKind::Country => ItemRef::Country(id),
            PageKind::Area => ItemRef::Area(id),
            PageKind::Power => ItemRef::Power(id),
        }
    }

    /// Whether `b` has a live item of this kind with this id.
    pub fn exists(self, b: &Briefing, id: &str) -> bool {
        match self {
            PageKind::Event => b.event(id).is_some(),
            PageKind::Country => b.country(id).is_some(),
            PageKind::Area => b.area(id).is_some(),
            PageKind::Power => b.power(id).is_some(),
        }
    }

    /// The name of a live item of this kind, for links.
    pub fn name_of(self, b: &Briefing, id: &str) -> Option<String> {
        match self {
            PageKind::Event => b.event(id).map(|x| x.title.clone()),
            PageKind::Country => b.country(id).map(|x| x.name.clone()),
            PageKind::Area => b.area(id).map(|x| x.name.clone()),
            PageKind::Power => b.power(id).map(|x| x.name.clone()),
        }
    }
}

/// An old id that now answers with another item's page (301): a renamed or merged item.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    pub kind: PageKind,
    /// The id that was published and may still be linked to.
    pub from: Slug,
    /// The live item it now stands for.
    pub to: Slug,
    /// When the briefing renamed or merged it.
    pub date: FuzzyDate,
    pub note: Option<String>,
}

/// Where a removed item's readers are sent.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GoTo {
    pub kind: PageKind,
    pub id: Slug,
}

/// An item taken out of the briefing: its URL answers 410 Gone with what happened and where
/// to go instead.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Removed {
    pub kind: PageKind,
    pub id: Slug,
    /// The title it was published under, for the page that says it is gone.
    pub title: String,
    pub date: FuzzyDate,
    pub reason: String,
    pub go: GoTo,
    /// Set when the item was removed because it was wrong; such a removal cites the
    /// source that shows it.
    #[serde(default)]
    pub correction: bool,
    pub sources: Option<Sources>,
}

/// `redirects.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Redirects {
    #[serde(default)]
    pub alias: Vec<Alias>,
    #[serde(default)]
    pub removed: Vec<Removed>,
}

/// What a change did.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumString,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ChangeKind {
    /// A new item.
    Added,
    /// A fact (a date, a name, a figure) corrected.
    Corrected,
    /// An event's status moved: planned, postponed, held, cancelled.
    Status,
    /// An error of the seed article corrected (see `corrections.toml`).
    SeedCorrection,
    /// A claim now rests on other sources.
    #[serde(rename = "re-sourced")]
    #[strum(serialize = "re-sourced")]
    Resourced,
    /// An item taken out (see `redirects.toml`).
    Removed,
    /// An item renamed or merged into another (see `redirects.toml`).
    Renamed,
}

/// The kinds of item a change may be about.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ItemKind {
    Summit,
    Country,
    Organisation,
    Person,
    Area,
    Power,
    Event,
    Correction,
    Source,
}

/// Which item a change is about: `{ kind = "event", id = "tokyo-summit-2025" }`
/// (`{ kind = "summit" }` for the summit itself).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeItem {
    pub kind: ItemKind,
    pub id: Option<Slug>,
}

impl ChangeItem {
    /// The id as shown and filtered on (`summit` for the summit).
    pub fn key(&self) -> &str {
        self.id.as_ref().map_or("summit", |s| s.as_str())
    }
}

/// One dated entry of the change log.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The day the briefing's data changed (not the day of the event it is about).
    pub date: Spanned<FuzzyDate>,
    pub kind: ChangeKind,
    pub item: ChangeItem,
    /// What changed and why, in a sentence or two.
    pub summary: String,
    pub sources: Sources,
    /// The seed-article correction this change made, in `corrections.toml`.
    pub correction: Option<Slug>,
}

/// `changes.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangesFile {
    #[serde(default)]
    pub change: Vec<Change>,
}

/// What became of an old URL's item.
#[derive(Debug, Clone)]
pub enum Moved<'a> {
    /// Renamed or merged: its id now is this.
    To(&'a str),
    /// Taken out.
    Gone(&'a Removed),
}

impl Briefing {
    /// What happened to the item `kind`/`id` if it is not live: an alias (followed to the
    /// end of a chain) or a removal.
    pub fn moved<'a>(&'a self, kind: PageKind, id: &str) -> Option<Moved<'a>> {
        if let Some(r) = self
            .redirects
            .removed
            .iter()
            .find(|r| r.kind == kind && r.id.as_str() == id)
        {
            return Some(Moved::Gone(r));
        }
        let mut at: Option<&'a str> = None;
        // Chains are refused by `check`; the bound keeps a hand-built briefing from looping.
        for _ in 0..8 {
            match self
                .redirects
                .alias
                .iter()
                .find(|a| a.kind == kind && a.from.as_str() == at.unwrap_or(id))
            {
                Some(a) => at = Some(a.to.as_str()),
                None => break,
            }
        }
        at.map(Moved::To)
    }

    /// The change log, newest first (entries of the same day in the file's order).
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }
}

/// Sorts the log newest first; a stable sort keeps one day's entries in file order.
pub(super) fn sort_changes(changes: &mut [Change]) {
    changes.sort_by(|a, b| b.date.get_ref().cmp(a.date.get_ref()));
}

/// The closest of `known` to `id`, only if it is close enough to be a typo: a suggestion
/// always names an id that exists.
fn nearest<'k>(id: &str, known: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(id, k), k))
        .filter(|(d, k)| *d <= 3.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

fn ids_of(b: &Briefing, kind: PageKind) -> Vec<&str> {
    match kind {
        PageKind::Event => b.events.iter().map(|x| x.id.as_str()).collect(),
        PageKind::Country => b.countries.iter().map(|x| x.id.as_str()).collect(),
        PageKind::Area => b.areas.iter().map(|x| x.id.as_str()).collect(),
        PageKind::Power => b.powers.iter().map(|x| x.id.as_str()).collect(),
    }
}

fn item_ids(b: &Briefing, kind: ItemKind) -> Vec<&str> {
    match kind {
        ItemKind::Summit => Vec::new(),
        ItemKind::Country => ids_of(b, PageKind::Country),
        ItemKind::Area => ids_of(b, PageKind::Area),
        ItemKind::Power => ids_of(b, PageKind::Power),
        ItemKind::Event => ids_of(b, PageKind::Event),
        ItemKind::Organisation => b.organisations.iter().map(|x| x.id.as_str()).collect(),
        ItemKind::Person => b.people.iter().map(|x| x.id.as_str()).collect(),
        ItemKind::Correction => b.corrections.iter().map(|x| x.id.as_str()).collect(),
        ItemKind::Source => b.sources.iter().map(|x| x.id.as_str()).collect(),
    }
}

fn unknown(kind: &str, id: &str, known: &[&str]) -> (String, Option<String>) {
    let help = match nearest(id, known.iter().copied()) {
        Some(near) => format!("did you mean `{near}`?"),
        None if known.is_empty() => format!("there is no {kind} in the briefing"),
        None => format!(
            "known {kind} ids: {}",
            known
                .iter()
                .take(12)
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    (format!("unknown {kind} `{id}`"), Some(help))
}

/// The checks of `redirects.toml` and `changes.toml`, every problem at once.
pub(super) fn validate(b: &Briefing, files: &[TextFile]) -> Vec<DataError> {
    let file = |name: &str| {
        files
            .iter()
            .find(|f| f.path.ends_with(name))
            .expect("every data file is read before validation")
    };
    let mut errors = Vec::new();
    let redirects = file("redirects.toml");
    let sources: Vec<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
    let check_sources = |errors: &mut Vec<DataError>, f: &TextFile, list: &Sources| {
        for s in list.iter() {
            if !sources.contains(&s.as_str()) {
                let (message, help) = unknown("source", s, &sources);
                errors.push(f.error(s.span(), message, help));
            }
        }
    };

    // Every old id, once: an alias or removal may not reuse a live id or another old one.
    let mut old: HashMap<(PageKind, &str), &Slug> = HashMap::new();
    let olds = b
        .redirects
        .alias
        .iter()
        .map(|a| (a.kind, &a.from))
        .chain(b.redirects.removed.iter().map(|r| (r.kind, &r.id)));
    for (kind, id) in olds {
        let what: &str = kind.into();
        if !id.is_well_formed() {
            errors.push(redirects.error(
                id.span(),
                format!("`{id}` is not a valid {what} id"),
                Some("old ids were URLs: lowercase letters, digits and single hyphens".into()),
            ));
        }
        if kind.exists(b, id) {
            errors.push(redirects.error(
                id.span(),
                format!("`{id}` is a live {what} id; it cannot also be an alias or a removed item"),
                Some(format!(
                    "the {what} `{id}` exists in {}: remove this entry, or rename the live item",
                    kind.item(id).file()
                )),
            ));
        }
        if let Some(first) = old.get(&(kind, id.as_str())) {
            let (line, _) = redirects.line_col(first.span().start);
            errors.push(redirects.error(
                id.span(),
                format!("the old {what} id `{id}` is declared twice"),
                Some(format!(
                    "the first is on line {line}; an old id goes to one place only"
                )),
            ));
        } else {
            old.insert((kind, id.as_str()), id);
        }
    }
    let target = |errors: &mut Vec<DataError>, kind: PageKind, id: &Slug| {
        if !kind.exists(b, id) {
            let what: &str = kind.into();
            let (message, mut help) = unknown(what, id, &ids_of(b, kind));
            if old.contains_key(&(kind, id.as_str())) {
                help = Some(format!(
                    "`{id}` is itself an old id: point at the live item it now stands for"
                ));
            }
            errors.push(redirects.error(id.span(), message, help));
        }
    };
    for a in &b.redirects.alias {
        target(&mut errors, a.kind, &a.to);
    }
    for r in &b.redirects.removed {
        target(&mut errors, r.go.kind, &r.go.id);
        match &r.sources {
            Some(list) => check_sources(&mut errors, redirects, list),
            None if r.correction => errors.push(redirects.error(
                r.id.span(),
                format!(
                    "removed item `{}` was a correction but cites no source",
                    r.id
                ),
                Some("add sources = [\"…\"] with the source that shows the item was wrong".into()),
            )),
            None => {}
        }
        if r.correction && r.sources.as_ref().is_some_and(|s| s.is_empty()) {
            errors.push(redirects.error(
                r.sources.as_ref().map_or(r.id.span(), |s| s.span()),
                "a removal that corrects an error cites at least one source",
                Some("name the source that shows the item was wrong".into()),
            ));
        }
    }

    let changes = file("changes.toml");
    let reviewed = b.summit.updated;
    for c in &b.changes {
        let date = c.date.get_ref();
        if date.precision() != Precision::Day {
            errors.push(changes.error(
                c.date.span(),
                format!("the change's date `{}` is not a day", date.iso()),
                Some("a change is dated to the day the data changed: \"YYYY-MM-DD\"".into()),
            ));
        } else if date.is_after(&reviewed) {
            errors.push(changes.error(
                c.date.span(),
                format!(
                    "this change is dated {}, after the briefing's review date ({})",
                    date.iso(),
                    reviewed.iso()
                ),
                Some("a change is part of a review: set `updated` in summit.toml to the day of the newest change, or correct this date".into()),
            ));
        }
        match (&c.item.kind, &c.item.id) {
            (ItemKind::Summit, None) => {}
            (ItemKind::Summit, Some(id)) => errors.push(changes.error(
                id.span(),
                "the summit has no id: write item = { kind = \"summit\" }",
                None,
            )),
            (kind, None) => errors.push(changes.error(
                c.date.span(),
                format!("this change names a {} without its id", <&str>::from(*kind)),
                Some("write item = { kind = \"event\", id = \"tokyo-summit-2025\" }".into()),
            )),
            (kind, Some(id)) => {
                let what: &str = (*kind).into();
                let known = item_ids(b, *kind);
                let removed = b
                    .redirects
                    .removed
                    .iter()
                    .any(|r| <&str>::from(r.kind) == what && r.id.as_str() == id.as_str());
                if !known.contains(&id.as_str()) && !removed {
                    let (message, help) = unknown(what, id, &known);
                    errors.push(changes.error(id.span(), message, help));
                }
            }
        }
        if c.sources.is_empty() {
            errors.push(changes.error(
                c.sources.span(),
                "no source given; every change names the source it rests on",
                Some("add a source id from data/sources.toml".into()),
            ));
        }
        check_sources(&mut errors, changes, &c.sources);
        if let Some(id) = &c.correction {
            let known = item_ids(b, ItemKind::Correction);
            if !known.contains(&id.as_str()) {
                let (message, help) = unknown("correction", id, &known);
                errors.push(changes.error(id.span(), message, help));
            }
        }
        if c.kind == ChangeKind::SeedCorrection
            && c.correction.is_none()
            && c.item.kind != ItemKind::Correction
        {
            errors.push(changes.error(
                c.date.span(),
                "a seed-correction change names the correction it made",
                Some("add correction = \"…\" with its id in corrections.toml".into()),
            ));
        }
    }
    errors
}
