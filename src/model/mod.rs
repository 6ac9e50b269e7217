//! The briefing as data: types read from `data/`, loaded and validated once, then read-only.
//!
//! Nothing here knows about HTTP; the routes select and shape what this module holds.

mod date;
mod error;
mod keys;
mod links;
mod load;
mod overlay;
mod slug;
mod text;
mod types;
mod validate;

use std::collections::HashMap;

pub use date::{FuzzyDate, Precision};
pub use error::{DataError, DataErrors, TextFile};
pub use keys::{Cited, FactKind, ProfilePoint, Standing};
pub use links::{
    Alias, Change, ChangeItem, ChangeKind, GoTo, ItemKind, Moved, PageKind, Redirects, Removed,
};
pub use load::{DataSource, FILES, MAX_FILE_BYTES, parse};
pub use overlay::{
    EnglishField, FieldState, OVERLAY_FILES, OverlayFile, OverlayFiles, Overlays, TRANSLATABLE,
    Term, TermKind, TermSource, Translation, Wanted, english_fields, is_translatable, localize,
    text_hash,
};

/// The editions besides English, by language code; each may have translation overlays in
/// `data/<lang>/` (see [`Overlays`]).
pub const EDITIONS: &[&str] = &["ja", "ru"];
pub use slug::{Slug, Sources};
pub use types::*;

/// The item a citation comes from, by kind and id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum ItemRef {
    Summit,
    Country(String),
    Organisation(String),
    Person(String),
    Area(String),
    Power(String),
    Event(String),
    Correction(String),
}

impl ItemRef {
    /// The data file items of this kind live in.
    pub fn file(&self) -> &'static str {
        match self {
            ItemRef::Summit => "summit.toml",
            ItemRef::Country(_) => "countries.toml",
            ItemRef::Organisation(_) => "organisations.toml",
            ItemRef::Person(_) => "people.toml",
            ItemRef::Area(_) => "areas.toml",
            ItemRef::Power(_) => "powers.toml",
            ItemRef::Event(_) => "events.toml",
            ItemRef::Correction(_) => "corrections.toml",
        }
    }
}

/// One place in the briefing that cites a source.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Citation {
    pub item: ItemRef,
    /// What within the item the source supports.
    pub cited: Cited,
    /// Which of the item's claims of that kind it is, from 1 in the order they are written
    /// (the third "why it matters" point, the second lever), so that a link can point at it.
    pub n: usize,
}

/// One state of the data: the date its content was last reviewed (`summit.updated`) and a
/// short hash of every data file's bytes, so that two different data sets never share a
/// version even when their review dates match.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct DataVersion {
    /// The review date as written in the data (`2026-11-29`).
    pub reviewed: String,
    /// The first 12 hex digits of the xxh3-64 hash of the data files, in the order of
    /// `FILES`, each preceded by its name and length.
    pub hash: String,
}

impl DataVersion {
    /// The version of these files, as read.
    pub fn of(files: &[error::TextFile], reviewed: &FuzzyDate) -> Self {
        Self {
            reviewed: reviewed.iso(),
            hash: Self::hash_of(files),
        }
    }

    /// The [`DataVersion::hash`] of these files.
    pub fn hash_of(files: &[error::TextFile]) -> String {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        for file in files {
            let name = file.path.rsplit('/').next().unwrap_or(&file.path);
            hasher.update(name.as_bytes());
            hasher.update(&(file.text.len() as u64).to_le_bytes());
            hasher.update(file.text.as_bytes());
        }
        format!("{:016x}", hasher.digest())[..12].to_owned()
    }

    /// `2026-11-29 · 1a2b3c4d5e6f`, as shown to readers.
    pub fn label(&self) -> String {
        format!("{} · {}", self.reviewed, self.hash)
    }
}

/// The whole briefing, validated. Events are in chronological order.
#[derive(Debug, Clone)]
pub struct Briefing {
    pub summit: Summit,
    pub sources: Vec<Source>,
    pub countries: Vec<Country>,
    pub organisations: Vec<Organisation>,
    pub people: Vec<Person>,
    pub areas: Vec<CooperationArea>,
    pub powers: Vec<RivalPower>,
    pub events: Vec<TimelineEvent>,
    pub corrections: Vec<Correction>,
    /// Which state of the data this is, for citations and for telling readers when a cited
    /// page has changed since.
    pub version: DataVersion,
    /// Old ids that answer with another item (301), and removed items (410).
    pub redirects: Redirects,
    /// The change log (`changes.toml`), newest first; see [`Briefing::changes`].
    changes: Vec<Change>,
    citations: HashMap<String, Vec<Citation>>,
    event_index: HashMap<String, usize>,
    source_index: HashMap<String, usize>,
}

fn find<'a, T>(items: &'a [T], id: &str, key: impl Fn(&T) -> &Slug) -> Option<&'a T> {
    items.iter().find(|x| key(x).as_str() == id)
}

impl Briefing {
    #[allow(clippy::too_many_arguments)]
    fn new(
        summit: Summit,
        sources: Vec<Source>,
        countries: Vec<Country>,
        organisations: Vec<Organisation>,
        people: Vec<Person>,
        areas: Vec<CooperationArea>,
        powers: Vec<RivalPower>,
        mut events: Vec<TimelineEvent>,
        corrections: Vec<Correction>,
    ) -> Self {
        // Stable sort: events on the same date keep the order the file gives them.
        events.sort_by_key(|e| e.date);
        let mut b = Self {
            summit,
            sources,
            countries,
            organisations,
            people,
            areas,
            powers,
            event_index: HashMap::new(),
            source_index: HashMap::new(),
            events,
            corrections,
            version: DataVersion::default(),
            redirects: Redirects::default(),
            changes: Vec::new(),
            citations: HashMap::new(),
        };
        b.event_index = index(&b.events, |e| &e.id);
        b.source_index = index(&b.sources, |s| &s.id);
        let mut citations: HashMap<String, Vec<Citation>> = HashMap::new();
        let mut counted: HashMap<(ItemRef, String), usize> = HashMap::new();
        for (item, cited, sources) in b.cited_lists() {
            let n = counted.entry((item.clone(), cited.kind())).or_default();
            *n += 1;
            let n = *n;
            for s in sources.iter() {
                let list = citations.entry(s.to_string()).or_default();
                // One line per claim, even if it cites the source twice.
                if !list
                    .iter()
                    .any(|c| c.item == item && c.cited == cited && c.n == n)
                {
                    list.push(Citation {
                        item: item.clone(),
                        cited: cited.clone(),
                        n,
                    });
                }
            }
        }
        b.citations = citations;
        b
    }

    /// Every list of sources in the briefing, with the item it belongs to and what it supports.
    pub fn cited_lists(&self) -> Vec<(ItemRef, Cited, &Sources)> {
        /// The source lists inside a format profile.
        fn profile<'b>(
            out: &mut Vec<(ItemRef, Cited, &'b Sources)>,
            item: ItemRef,
            p: &'b FormatProfile,
        ) {
            let mut push = |point, sources| {
                out.push((item.clone(), Cited::Profile(point), sources));
            };
            push(ProfilePoint::Began, &p.began.sources);
            if let Some(f) = &p.frequency {
                push(ProfilePoint::Frequency, &f.sources);
            }
            for x in &p.priorities {
                push(ProfilePoint::Priorities, &x.sources);
            }
            for x in &p.pledges {
                push(ProfilePoint::Pledges, &x.sources);
            }
            for x in &p.delivered {
                push(ProfilePoint::Delivered, &x.sources);
            }
            push(ProfilePoint::Latest, &p.latest.sources);
        }
        let mut out: Vec<(ItemRef, Cited, &Sources)> = Vec::new();
        let s = &self.summit;
        out.push((ItemRef::Summit, Cited::Whole, &s.sources));
        if let Some(p) = &s.offer {
            out.push((ItemRef::Summit, Cited::Offer, &p.sources));
        }
        for f in &s.figures {
            out.push((ItemRef::Summit, Cited::Figure(f.label.clone()), &f.sources));
        }
        for p in &s.why_it_matters {
            out.push((ItemRef::Summit, Cited::WhyItMatters, &p.sources));
        }
        for step in &s.story {
            out.push((ItemRef::Summit, Cited::Story(step.status), &step.sources));
        }
        for p in &s.outcomes {
            out.push((ItemRef::Summit, Cited::Outcome, &p.sources));
        }
        for d in &s.documents {
            out.push((
                ItemRef::Summit,
                Cited::Document(d.title.clone()),
                &d.sources,
            ));
        }
        for p in &s.perspectives {
            out.push((
                ItemRef::Summit,
                Cited::View(p.attribution.clone()),
                &p.sources,
            ));
        }
        if let Some(p) = &s.profile {
            profile(&mut out, ItemRef::Summit, p);
        }
        for c in &self.countries {
            let item = || ItemRef::Country(c.id.to_string());
            out.push((item(), Cited::Whole, &c.sources));
            let mut fact = |kind: FactKind, sources| out.push((item(), Cited::Fact(kind), sources));
            if let Some(f) = &c.official_name {
                fact(FactKind::OfficialName, &f.sources);
            }
            if let Some(f) = &c.capital {
                fact(FactKind::Capital, &f.sources);
            }
            if let Some(f) = &c.head_of_state {
                fact(FactKind::HeadOfState, &f.sources);
            }
            if let Some(f) = &c.head_of_government {
                fact(FactKind::HeadOfGovernment, &f.sources);
            }
            if let Some(f) = &c.population {
                fact(FactKind::Population, &f.sources);
            }
            if let Some(f) = &c.area_km2 {
                fact(FactKind::Area, &f.sources);
            }
            if let Some(f) = &c.un_es_11_1 {
                fact(FactKind::UnVote, &f.sources);
            }
            if let Some(p) = &c.dialogue_role {
                out.push((item(), Cited::DialogueRole, &p.sources));
            }
            for m in &c.memberships {
                let org = m.organisation.to_string();
                out.push((item(), Cited::Membership(org), &m.sources));
            }
            for r in &c.relations {
                let partner = r.partner.to_string();
                out.push((item(), Cited::Relation(partner), &r.sources));
            }
        }
        for o in &self.organisations {
            out.push((
                ItemRef::Organisation(o.id.to_string()),
                Cited::Whole,
                &o.sources,
            ));
        }
        for p in &self.people {
            out.push((ItemRef::Person(p.id.to_string()), Cited::Whole, &p.sources));
        }
        for a in &self.areas {
            let item = || ItemRef::Area(a.id.to_string());
            out.push((item(), Cited::Whole, &a.sources));
            for p in &a.plans {
                out.push((item(), Cited::Plan(p.title.clone()), &p.sources));
            }
        }
        for p in &self.powers {
            let item = || ItemRef::Power(p.id.to_string());
            out.push((item(), Cited::Whole, &p.sources));
            out.push((item(), Cited::Offer, &p.offer.sources));
            for l in &p.levers {
                out.push((item(), Cited::Lever(l.title.clone()), &l.sources));
            }
            if let Some(f) = &p.profile {
                profile(&mut out, item(), f);
            }
        }
        for e in &self.events {
            out.push((ItemRef::Event(e.id.to_string()), Cited::Whole, &e.sources));
        }
        for c in &self.corrections {
            out.push((
                ItemRef::Correction(c.id.to_string()),
                Cited::Whole,
                &c.sources,
            ));
        }
        out
    }

    /// The source lists of one item and of every fact inside it, in the order they are written.
    pub fn sources_of(&self, item: &ItemRef) -> Vec<&Sources> {
        self.cited_lists()
            .into_iter()
            .filter(|(i, _, _)| i == item)
            .map(|(_, _, s)| s)
            .collect()
    }

    /// Everything that cites the source `id`.
    pub fn citations(&self, id: &str) -> &[Citation] {
        self.citations.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_index.get(id).map(|&i| &self.sources[i])
    }

    pub fn event(&self, id: &str) -> Option<&TimelineEvent> {
        self.event_index.get(id).map(|&i| &self.events[i])
    }

    pub fn country(&self, id: &str) -> Option<&Country> {
        find(&self.countries, id, |x| &x.id)
    }

    pub fn area(&self, id: &str) -> Option<&CooperationArea> {
        find(&self.areas, id, |x| &x.id)
    }

    pub fn power(&self, id: &str) -> Option<&RivalPower> {
        find(&self.powers, id, |x| &x.id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        find(&self.people, id, |x| &x.id)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        find(&self.organisations, id, |x| &x.id)
    }

    /// The name of a country or a power, for relations that may name either.
    pub fn partner_name(&self, id: &str) -> String {
        self.country(id)
            .map(|c| c.name.clone())
            .or_else(|| self.power(id).map(|p| p.name.clone()))
            .unwrap_or_else(|| id.to_owned())
    }
}

fn index<T>(items: &[T], key: impl Fn(&T) -> &Slug) -> HashMap<String, usize> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        // The first of two duplicates wins; validation reports the second.
        map.entry(key(item).to_string()).or_insert(i);
    }
    map
}

#[cfg(test)]
mod version_tests {
    use super::*;

    #[test]
    fn a_changed_file_changes_the_data_version_but_not_its_review_date() {
        let files = DataSource::Embedded.read().expect("embedded files");
        let shipped = parse(files.clone()).expect("shipped data loads");
        assert_eq!(shipped.version.hash.len(), 12);
        assert_eq!(shipped.version.reviewed, shipped.summit.updated.iso());
        // The same bytes give the same version.
        assert_eq!(
            parse(files.clone()).expect("loads").version,
            shipped.version
        );
        let mut edited = files;
        edited
            .iter_mut()
            .find(|f| f.path.ends_with("events.toml"))
            .expect("events.toml")
            .text
            .push_str("\n# an editor's note\n");
        let changed = parse(edited).expect("still loads").version;
        assert_eq!(changed.reviewed, shipped.version.reviewed);
        assert_ne!(changed.hash, shipped.version.hash);
    }
}
