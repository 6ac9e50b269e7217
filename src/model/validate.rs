//! Checks that go beyond the shape of each file: unique ids, references that resolve,
//! sources that exist and are cited, dates in order, safe URLs.

use std::collections::{HashMap, HashSet};

use super::error::{DataError, DataErrors, TextFile};
use super::types::*;
use super::{Briefing, FuzzyDate, Slug, Sources};

/// The ids of one kind of item, for resolving references and suggesting near misses.
struct Ids<'a> {
    kind: &'static str,
    ids: Vec<&'a str>,
    set: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn new(kind: &'static str, ids: impl IntoIterator<Item = &'a Slug>) -> Self {
        let ids: Vec<&str> = ids.into_iter().map(|s| s.as_str()).collect();
        let set = ids.iter().copied().collect();
        Self { kind, ids, set }
    }

    fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }

    /// The closest known id, if one is close enough to be a likely typo.
    fn nearest(&self, id: &str) -> Option<&'a str> {
        self.ids
            .iter()
            .map(|known| (strsim::damerau_levenshtein(id, known), *known))
            .filter(|(distance, known)| *distance <= 3.max(known.len() / 3))
            .min()
            .map(|(_, known)| known)
    }
}

struct Checker<'a> {
    errors: Vec<DataError>,
    files: &'a [TextFile],
}

impl<'a> Checker<'a> {
    fn file(&self, name: &str) -> &'a TextFile {
        self.files
            .iter()
            .find(|f| f.path.ends_with(name))
            .expect("every data file is read before validation")
    }

    fn refs(&mut self, file: &str, refs: &[Slug], ids: &Ids<'_>) {
        for r in refs {
            self.one_ref(file, r, ids);
        }
    }

    fn one_ref(&mut self, file: &str, r: &Slug, ids: &Ids<'_>) {
        if ids.contains(r) {
            return;
        }
        let help = match ids.nearest(r) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!(
                "known {} ids: {}",
                ids.kind,
                ids.ids
                    .iter()
                    .take(12)
                    .map(|i| format!("`{i}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let f = self.file(file);
        self.errors
            .push(f.error(r.span(), format!("unknown {} `{r}`", ids.kind), Some(help)));
    }

    /// A fact-bearing item must cite at least one source, and each must exist.
    fn sources(&mut self, file: &str, sources: &Sources, known: &Ids<'_>) {
        if sources.is_empty() {
            let f = self.file(file);
            self.errors.push(f.error(
                sources.span(),
                "no source given; every fact in the briefing names at least one source",
                Some("add a source id from data/sources.toml, e.g. sources = [\"kantei-2025-12-20\"], or leave the fact out".into()),
            ));
        }
        self.refs(file, sources, known);
    }

    fn unique<'s>(&mut self, file: &str, kind: &str, ids: impl IntoIterator<Item = &'s Slug>) {
        let f = self.file(file);
        let mut seen: HashMap<&str, &Slug> = HashMap::new();
        for id in ids {
            if !id.is_well_formed() {
                self.errors.push(f.error(
                    id.span(),
                    format!("`{id}` is not a valid {kind} id"),
                    Some("ids appear in URLs: use lowercase letters, digits and single hyphens, e.g. `tokyo-summit-2025`".into()),
                ));
            }
            if let Some(first) = seen.get(id.as_str()) {
                let (line, _) = f.line_col(first.span().start);
                self.errors.push(f.error(
                    id.span(),
                    format!("duplicate {kind} id `{id}`"),
                    Some(format!(
                        "the first `{id}` is on line {line}; give this one another id"
                    )),
                ));
            } else {
                seen.insert(id.as_str(), id);
            }
        }
    }
}

/// Runs every check and returns all problems found, not just the first.
pub fn validate(b: &Briefing, files: &[TextFile]) -> Result<(), DataErrors> {
    let mut c = Checker {
        errors: Vec::new(),
        files,
    };

    c.unique("sources.toml", "source", b.sources.iter().map(|s| &s.id));
    c.unique(
        "countries.toml",
        "country",
        b.countries.iter().map(|x| &x.id),
    );
    c.unique(
        "organisations.toml",
        "organisation",
        b.organisations.iter().map(|x| &x.id),
    );
    c.unique("people.toml", "person", b.people.iter().map(|x| &x.id));
    c.unique("areas.toml", "area", b.areas.iter().map(|x| &x.id));
    c.unique("powers.toml", "power", b.powers.iter().map(|x| &x.id));
    c.unique("events.toml", "event", b.events.iter().map(|x| &x.id));
    c.unique(
        "corrections.toml",
        "correction",
        b.corrections.iter().map(|x| &x.id),
    );

    let sources = Ids::new("source", b.sources.iter().map(|s| &s.id));
    let countries = Ids::new("country", b.countries.iter().map(|x| &x.id));
    let orgs = Ids::new("organisation", b.organisations.iter().map(|x| &x.id));
    let people = Ids::new("person", b.people.iter().map(|x| &x.id));
    let areas = Ids::new("area", b.areas.iter().map(|x| &x.id));
    let powers = Ids::new("power", b.powers.iter().map(|x| &x.id));
    let events = Ids::new("event", b.events.iter().map(|x| &x.id));
    let partners = Ids::new(
        "country or power",
        b.countries
            .iter()
            .map(|x| &x.id)
            .chain(b.powers.iter().map(|x| &x.id)),
    );

    for file in files {
        c.errors.extend(super::text::forbidden_characters(file));
    }
    for s in &b.sources {
        check_url(&mut c, s);
    }
    for (item, _, list) in b.cited_lists() {
        c.sources(item.file(), list, &sources);
    }

    let f = "summit.toml";
    let s = &b.summit;
    c.one_ref(f, &s.host, &countries);
    c.refs(f, &s.participants, &countries);
    for step in &s.story {
        if let Some(e) = &step.event {
            c.one_ref(f, e, &events);
        }
    }
    for d in &s.documents {
        if let Some(url) = &d.url
            && !d
                .sources
                .iter()
                .filter_map(|id| b.source(id))
                .any(|src| &src.url == url)
        {
            let file = c.file(f);
            c.errors.push(file.error(
                s.id.span(),
                format!(
                    "document \"{}\" links {url}, which is not the address of any source it cites",
                    d.title
                ),
                Some("link the official text only through a source in data/sources.toml: add that source to the document's sources, with the same url".into()),
            ));
        }
    }

    let f = "countries.toml";
    for x in &b.countries {
        for fact in [&x.head_of_state, &x.head_of_government]
            .into_iter()
            .flatten()
        {
            c.one_ref(f, &fact.value, &people);
        }
        for m in &x.memberships {
            c.one_ref(f, &m.organisation, &orgs);
        }
        for r in &x.relations {
            c.one_ref(f, &r.partner, &partners);
        }
    }

    let f = "organisations.toml";
    for o in &b.organisations {
        if let Some(p) = &o.led_by {
            c.one_ref(f, p, &powers);
        }
    }

    let f = "people.toml";
    for p in &b.people {
        if let Some(country) = &p.country {
            c.one_ref(f, country, &countries);
        }
    }

    let f = "areas.toml";
    for a in &b.areas {
        for p in &a.plans {
            c.refs(f, &p.countries, &countries);
        }
    }

    let f = "events.toml";
    for e in &b.events {
        c.refs(f, &e.countries, &countries);
        c.refs(f, &e.areas, &areas);
        c.refs(f, &e.powers, &powers);
        c.refs(f, &e.people, &people);
        if let Some(end) = &e.end
            && end <= &e.date
        {
            let file = c.file(f);
            c.errors.push(file.error(
                e.id.span(),
                format!(
                    "event `{}` ends ({}) on or before it starts ({})",
                    e.id,
                    end.iso(),
                    e.date.iso()
                ),
                Some("`end` is the last day of an event spanning several days; remove it for a one-day event".into()),
            ));
        }
        if e.kind == EventKind::RivalSummit && e.powers.is_empty() {
            let file = c.file(f);
            c.errors.push(file.error(
                e.id.span(),
                format!("rival summit `{}` names no power", e.id),
                Some("add powers = [\"china\"] (the power whose format it is)".into()),
            ));
        }
    }

    check_review(&mut c, b);

    // A source nobody cites is either dead weight or a fact that went missing.
    let file = c.file("sources.toml");
    for s in &b.sources {
        if b.citations(&s.id).is_empty() {
            c.errors.push(file.error(
                s.id.span(),
                format!("source `{}` is not cited by anything", s.id),
                Some("cite it from the item it supports, or delete it".into()),
            ));
        }
    }

    if c.errors.is_empty() {
        Ok(())
    } else {
        c.errors
            .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        Err(DataErrors(c.errors))
    }
}

fn check_url(c: &mut Checker<'_>, s: &Source) {
    // The URL goes into a link as written, so the text itself must be a full http(s) address,
    // not merely something the URL parser would repair into one (` javascript:` is trimmed,
    // `http:evil` is relative in a browser).
    let lower = s.url.to_ascii_lowercase();
    let written_in_full = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !s.url.chars().any(|c| c.is_whitespace() || c.is_control());
    let ok = url::Url::parse(&s.url).ok().filter(|u| {
        written_in_full && matches!(u.scheme(), "http" | "https") && u.host().is_some()
    });
    if let Some(u) = &ok
        && (!u.username().is_empty() || u.password().is_some())
    {
        let file = c.file("sources.toml");
        c.errors.push(file.error(
            s.id.span(),
            format!(
                "source `{}` has a URL with a user name or password in it",
                s.id
            ),
            Some("give the page's public address, without `user:password@`".into()),
        ));
        return;
    }
    if ok.is_none() {
        let file = c.file("sources.toml");
        c.errors.push(file.error(
            s.id.span(),
            format!(
                "source `{}` has URL `{}`, which is not an http(s) address",
                s.id, s.url
            ),
            Some("give the page's full address, starting with https:// or http://".into()),
        ));
    }
}

/// Review dates: none after the briefing's own review date (`summit.updated`); and once the
/// briefing declares itself reviewed (`sources_until`), every item has one and every source
/// says when it was published or that the page shows no date.
fn check_review(c: &mut Checker<'_>, b: &Briefing) {
    let updated = b.summit.updated;
    let strict = b.summit.sources_until.is_some();
    if let Some(until) = b.summit.sources_until.as_ref().map(|u| &u.date)
        && until.is_after(&updated)
    {
        let file = c.file("summit.toml");
        c.errors.push(file.error(
            b.summit.id.span(),
            format!(
                "`sources_until` ({}) is after `updated` ({})",
                until.iso(),
                updated.iso()
            ),
            Some("sources cannot have been read after the briefing was last reviewed".into()),
        ));
    }
    let mut items: Vec<(&'static str, &'static str, &Slug, Option<&FuzzyDate>)> = Vec::new();
    items.extend(
        b.sources
            .iter()
            .map(|x| ("sources.toml", "source", &x.id, review_date(&x.reviewed))),
    );
    items.extend(
        b.countries
            .iter()
            .map(|x| ("countries.toml", "country", &x.id, review_date(&x.reviewed))),
    );
    items.extend(b.organisations.iter().map(|x| {
        (
            "organisations.toml",
            "organisation",
            &x.id,
            review_date(&x.reviewed),
        )
    }));
    items.extend(
        b.people
            .iter()
            .map(|x| ("people.toml", "person", &x.id, review_date(&x.reviewed))),
    );
    items.extend(
        b.areas
            .iter()
            .map(|x| ("areas.toml", "area", &x.id, review_date(&x.reviewed))),
    );
    items.extend(
        b.powers
            .iter()
            .map(|x| ("powers.toml", "power", &x.id, review_date(&x.reviewed))),
    );
    items.extend(
        b.events
            .iter()
            .map(|x| ("events.toml", "event", &x.id, review_date(&x.reviewed))),
    );
    items.extend(b.corrections.iter().map(|x| {
        (
            "corrections.toml",
            "correction",
            &x.id,
            review_date(&x.reviewed),
        )
    }));
    for (name, kind, id, reviewed) in items {
        match reviewed {
            Some(r) if r.is_after(&updated) => {
                let file = c.file(name);
                c.errors.push(file.error(
                    id.span(),
                    format!(
                        "{kind} `{id}` was reviewed on {}, after the briefing's review date ({})",
                        r.iso(),
                        updated.iso()
                    ),
                    Some("`reviewed` is the day the item was checked against its sources; it cannot be later than `updated` in summit.toml".into()),
                ));
            }
            None if strict => {
                let file = c.file(name);
                c.errors.push(file.error(
                    id.span(),
                    format!("{kind} `{id}` has no `reviewed` date"),
                    Some(format!(
                        "add reviewed = {{ date = \"{}\" }} once you have checked it against its sources; summit.toml sets `sources_until`, so every item needs one",
                        updated.iso()
                    )),
                ));
            }
            _ => {}
        }
    }
    for s in &b.sources {
        let problem = match (&s.date, s.undated) {
            (Some(_), true) => Some((
                format!("source `{}` has a `date` and `undated = true`", s.id),
                "keep `date` if the page shows one, otherwise remove it and keep `undated = true`",
            )),
            (None, false) if strict => Some((
                format!(
                    "source `{}` has neither a `date` nor `undated = true`",
                    s.id
                ),
                "give the publication date the page shows (date = \"2025-12-20\"), or write undated = true if it shows none",
            )),
            _ => None,
        };
        if let Some((message, help)) = problem {
            let file = c.file("sources.toml");
            c.errors
                .push(file.error(s.id.span(), message, Some(help.into())));
        }
    }
}

fn review_date(r: &Option<DatedNote>) -> Option<&FuzzyDate> {
    r.as_ref().map(|r| &r.date)
}
