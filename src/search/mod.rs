//! Search: an index of everything a reader may look for (countries, powers, cooperation areas,
//! people, organisations, events, the summit's outcomes and documents, sources), one edition
//! per language, built from the model with the site and queried by the search view.
//!
//! A small index of our own rather than a search engine: the briefing is a few hundred
//! documents (tens of thousands at a hundred times its size), all of it fits in a few
//! megabytes, and what makes the results good here is the analysis (transliteration variants,
//! Russian cases, Japanese bigrams; see [`analysis`]) and a ranking that knows a country's
//! profile from an event, not an inverted index on disk. README.md, "Search", says more.

pub mod analysis;

use std::collections::{HashMap, HashSet};

use schemars::JsonSchema;
use serde::Serialize;

use crate::i18n::Lang;
use crate::model::{Briefing, FuzzyDate, ItemRef};
use crate::urls::{self, Filter, PageId};

use analysis::{Script, Stemmers, Token};

/// Query words beyond this are ignored: a search is a few words, not a document.
pub const MAX_QUERY_TOKENS: usize = 16;
/// Characters of a snippet, about two lines.
const SNIPPET_CHARS: usize = 220;
/// What a document's title matching the whole query adds: above any number of words matched
/// in the text, so that `Kazakhstan` finds the country's profile first.
const TITLE_MATCH: f32 = 20.0;

/// What kind of thing a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum DocKind {
    Country,
    Power,
    Area,
    Person,
    Organisation,
    Event,
    Outcome,
    Document,
    Source,
}

impl DocKind {
    /// How much a kind weighs at equal match: a profile is what a reader typing a name wants.
    fn prior(self) -> f32 {
        match self {
            DocKind::Country => 1.4,
            DocKind::Power | DocKind::Area => 1.3,
            DocKind::Person | DocKind::Organisation => 1.2,
            DocKind::Event | DocKind::Outcome | DocKind::Document => 1.0,
            DocKind::Source => 0.8,
        }
    }
}

/// The part of a document a word was found in, by weight.
const TITLE: f32 = 3.0;
const NAME: f32 = 2.0;
const TEXT: f32 = 1.0;

/// One text of a document; field 0 is always the title.
#[derive(Debug)]
struct Field {
    weight: f32,
    text: String,
}

/// The timeline dimensions a document belongs to, so that a search combines with the
/// timeline's filters.
#[derive(Debug, Default)]
struct Facets {
    countries: Vec<String>,
    areas: Vec<String>,
    powers: Vec<String>,
    years: Vec<i32>,
}

impl Facets {
    fn matches(&self, f: &Filter) -> bool {
        let any = |wanted: &[String], have: &[String]| {
            wanted.is_empty() || have.iter().any(|h| wanted.contains(h))
        };
        any(&f.countries, &self.countries)
            && any(&f.areas, &self.areas)
            && any(&f.powers, &self.powers)
            && (f.years.is_empty() || self.years.iter().any(|y| f.years.contains(y)))
    }
}

/// Something a search can find, with the page it is shown on.
#[derive(Debug)]
pub struct Doc {
    pub kind: DocKind,
    pub title: String,
    pub href: String,
    pub date: Option<FuzzyDate>,
    pub end: Option<FuzzyDate>,
    fields: Vec<Field>,
    facets: Facets,
    /// Words in the title, to tell a title that is the whole query.
    title_words: usize,
}

impl Doc {
    fn new(kind: DocKind, title: &str, href: String) -> Self {
        Self {
            kind,
            title: title.to_owned(),
            href,
            date: None,
            end: None,
            fields: vec![Field {
                weight: TITLE,
                text: title.to_owned(),
            }],
            facets: Facets::default(),
            title_words: analysis::tokens(title).len(),
        }
    }

    fn text(mut self, weight: f32, text: &str) -> Self {
        if !text.trim().is_empty() {
            self.fields.push(Field {
                weight,
                text: text.to_owned(),
            });
        }
        self
    }

    /// Its date, which also puts it in that year for the year filter.
    fn dated(mut self, date: Option<FuzzyDate>, end: Option<FuzzyDate>) -> Self {
        self.date = date;
        self.end = end;
        self.facets.years = date.map(|d| d.year()).into_iter().collect();
        self
    }
}

/// Every searchable thing of `b`, linked for `lang`. When translated overlays exist, this is
/// where a language's own texts are read; the analysis needs no change.
fn documents(b: &Briefing, lang: Lang) -> Vec<Doc> {
    let href = |item: ItemRef| urls::item_href(lang, &item);
    let ids = |s: &[crate::model::Slug]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let mut docs = Vec::new();
    for c in &b.countries {
        let mut d = Doc::new(
            DocKind::Country,
            &c.name,
            href(ItemRef::Country(c.id.to_string())),
        )
        .text(TEXT, &c.summary);
        if let Some(f) = &c.official_name {
            d = d.text(NAME, &f.value);
        }
        if let Some(f) = &c.capital {
            d = d.text(NAME, &f.value);
        }
        if let Some(p) = &c.dialogue_role {
            d = d.text(TEXT, &p.text);
        }
        for r in &c.relations {
            d = d.text(TEXT, &r.summary);
        }
        d.facets.countries.push(c.id.to_string());
        docs.push(d);
    }
    for p in &b.powers {
        let mut d = Doc::new(
            DocKind::Power,
            &p.name,
            href(ItemRef::Power(p.id.to_string())),
        )
        .text(NAME, &p.format)
        .text(TEXT, &p.summary)
        .text(TEXT, &p.offer.text);
        for l in &p.levers {
            d = d.text(TEXT, &format!("{}: {}", l.title, l.text));
        }
        d.facets.powers.push(p.id.to_string());
        docs.push(d);
    }
    for a in &b.areas {
        let mut d = Doc::new(
            DocKind::Area,
            &a.name,
            href(ItemRef::Area(a.id.to_string())),
        )
        .text(NAME, &a.article_name)
        .text(TEXT, &a.summary);
        for p in &a.plans {
            d = d.text(TEXT, &format!("{}: {}", p.title, p.summary));
        }
        d.facets.areas.push(a.id.to_string());
        d.facets.countries = a.plans.iter().flat_map(|p| ids(&p.countries)).collect();
        docs.push(d);
    }
    for p in &b.people {
        let mut d = Doc::new(
            DocKind::Person,
            &p.name,
            href(ItemRef::Person(p.id.to_string())),
        )
        .text(TEXT, &p.role);
        if let Some(c) = &p.country {
            d.facets.countries.push(c.to_string());
        }
        docs.push(d);
    }
    for o in &b.organisations {
        let title = format!("{} ({})", o.name, o.short_name);
        docs.push(Doc::new(
            DocKind::Organisation,
            &title,
            href(ItemRef::Organisation(o.id.to_string())),
        ));
    }
    for e in &b.events {
        let mut d = Doc::new(
            DocKind::Event,
            &e.title,
            href(ItemRef::Event(e.id.to_string())),
        )
        .text(TEXT, &e.summary)
        .dated(Some(e.date), e.end);
        if let Some(v) = &e.venue {
            d = d.text(NAME, v);
        }
        d.facets = Facets {
            countries: ids(&e.countries),
            areas: ids(&e.areas),
            powers: ids(&e.powers),
            years: vec![e.date.year()],
        };
        docs.push(d);
    }
    let overview = PageId::Overview.href(lang);
    for o in &b.summit.outcomes {
        let title = first_words(&o.text, 90);
        docs.push(
            Doc::new(DocKind::Outcome, &title, format!("{overview}#outcomes")).text(TEXT, &o.text),
        );
    }
    for doc in &b.summit.documents {
        docs.push(
            Doc::new(
                DocKind::Document,
                &doc.title,
                format!("{overview}#outcomes"),
            )
            .text(TEXT, &doc.summary)
            .dated(doc.date, None),
        );
    }
    for s in &b.sources {
        let mut d = Doc::new(DocKind::Source, &s.title, urls::source_href(lang, &s.id))
            .text(NAME, &s.publisher)
            .dated(s.date, None);
        if let Some(n) = &s.note {
            d = d.text(TEXT, n);
        }
        docs.push(d);
    }
    docs
}

/// The first words of `text`, within `max` characters.
fn first_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let end = text[..cut].rfind(' ').unwrap_or(cut);
    format!("{}\u{2026}", text[..end].trim_end_matches([',', ';', ':']))
}

/// Where a term occurs.
#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    pos: u32,
    field: u16,
    /// The field's weight (a whole number: [`TITLE`], [`NAME`], [`TEXT`]), kept here so that
    /// scoring a posting reads nothing else.
    weight: u8,
}

#[derive(Debug)]
struct Term {
    text: Box<str>,
    script: Script,
    skeleton: Box<str>,
    postings: Vec<Posting>,
    /// Documents it occurs in.
    docs: u32,
}

/// The index of one language's edition.
pub struct Edition {
    pub lang: Lang,
    docs: Vec<Doc>,
    terms: Vec<Term>,
    by_text: HashMap<Box<str>, u32>,
    by_stem: HashMap<String, Vec<u32>>,
    by_skeleton: HashMap<Box<str>, Vec<u32>>,
    /// Latin and Cyrillic terms by the length of their skeleton in characters, for typos.
    by_length: HashMap<usize, Vec<u32>>,
    /// Every term, sorted by its text, for prefixes.
    sorted: Vec<u32>,
    /// The Cyrillic terms, for the endings Snowball does not know (see [`Edition::expand`]).
    cyrillic: Vec<u32>,
    stemmers: Stemmers,
}

/// The search index of every edition.
pub struct SearchIndex {
    editions: Vec<Edition>,
}

impl SearchIndex {
    /// Indexes `b` for each language.
    pub fn build(b: &Briefing, langs: &[Lang]) -> Self {
        Self {
            editions: langs.iter().map(|&l| Edition::build(b, l)).collect(),
        }
    }

    pub fn edition(&self, lang: Lang) -> Option<&Edition> {
        self.editions.iter().find(|e| e.lang == lang)
    }

    /// Documents and distinct terms over every edition (for logs).
    pub fn size(&self) -> (usize, usize) {
        self.editions
            .iter()
            .fold((0, 0), |(d, t), e| (d + e.docs.len(), t + e.terms.len()))
    }
}

/// A piece of a title or snippet, highlighted where it matched the query. Markup is the
/// renderer's business: this is data, escaped like any other text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Segment {
    pub text: String,
    /// Whether these words matched the query.
    pub mark: bool,
}

/// A document found, with its highlighted title and snippet.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub doc: &'a Doc,
    pub score: f32,
    pub title: Vec<Segment>,
    pub snippet: Vec<Segment>,
}

/// What a query found.
#[derive(Debug, Default)]
pub struct Found<'a> {
    /// The best documents matching every word, best first.
    pub hits: Vec<Hit<'a>>,
    /// How many documents match every word.
    pub total: usize,
    /// When nothing matches every word: documents matching some, most words first.
    pub near: Vec<Hit<'a>>,
    /// The query with misspelt words replaced by the words they were taken for, when any were.
    pub corrected: Option<String>,
    /// Whether the query had any word at all.
    pub has_words: bool,
}

/// How one query word is looked for: the terms it stands for, each with how well it matches.
struct Expansion {
    terms: Vec<(u32, f32)>,
    required: bool,
    /// The term it was taken for when it is not in the index itself.
    correction: Option<u32>,
}

/// A query word found in a document: (query word, field, position), for phrases and snippets.
type WordHit = (u16, u16, u32);

/// Hits kept per document: enough for any phrase or snippet, and a bound on a query's memory.
const HITS_PER_DOC: u16 = 512;

/// What a query has found so far, per document it touched, in flat arrays (no allocation per
/// document): a document's slot is its place in `docs`, in the order first found.
struct Acc {
    n: usize,
    /// The slot of each document of the edition, `u32::MAX` while untouched.
    slot_of: Vec<u32>,
    /// The document of each slot.
    docs: Vec<u32>,
    /// The best score of each query word in each slot (`n` per slot).
    best: Vec<f32>,
    /// Hits kept per slot, at most [`HITS_PER_DOC`].
    kept: Vec<u16>,
    /// (slot, hit) in the order found.
    hits: Vec<(u32, WordHit)>,
}

impl Acc {
    fn new(docs: usize, n: usize) -> Self {
        Self {
            n,
            slot_of: vec![u32::MAX; docs],
            docs: Vec::new(),
            best: Vec::new(),
            kept: Vec::new(),
            hits: Vec::new(),
        }
    }

    fn slot(&mut self, doc: u32) -> usize {
        let s = &mut self.slot_of[doc as usize];
        if *s == u32::MAX {
            *s = self.docs.len() as u32;
            self.docs.push(doc);
            self.best.resize(self.best.len() + self.n, 0.0);
            self.kept.push(0);
        }
        *s as usize
    }

    fn best(&self, slot: usize) -> &[f32] {
        &self.best[slot * self.n..(slot + 1) * self.n]
    }

    /// The hits of each slot together, in the order found: (the hits, where each slot's
    /// begin).
    fn grouped(&self) -> (Vec<WordHit>, Vec<u32>) {
        let mut start = Vec::with_capacity(self.kept.len() + 1);
        let mut at = 0u32;
        for &k in &self.kept {
            start.push(at);
            at += u32::from(k);
        }
        start.push(at);
        let mut next = start.clone();
        let mut out = vec![(0u16, 0u16, 0u32); at as usize];
        for &(slot, h) in &self.hits {
            let i = &mut next[slot as usize];
            out[*i as usize] = h;
            *i += 1;
        }
        (out, start)
    }
}

/// A document that matched, with what ranks it.
#[derive(Clone, Copy)]
struct Ranked {
    slot: u32,
    doc: u32,
    /// Required words matched.
    matched: usize,
    score: f32,
    /// The score as ranked: equal to a thousandth.
    rounded: i64,
}

impl Edition {
    fn build(b: &Briefing, lang: Lang) -> Self {
        let docs = documents(b, lang);
        let stemmers = Stemmers::default();
        let mut terms: Vec<Term> = Vec::new();
        let mut by_text: HashMap<Box<str>, u32> = HashMap::new();
        for (d, doc) in docs.iter().enumerate() {
            for (f, field) in doc.fields.iter().enumerate() {
                debug_assert_eq!(f32::from(field.weight as u8), field.weight);
                for t in analysis::tokens(&field.text) {
                    let id = match by_text.get(t.term.as_str()) {
                        Some(&id) => id,
                        None => {
                            let id = terms.len() as u32;
                            terms.push(Term {
                                skeleton: analysis::skeleton(&t.term, t.script).into(),
                                text: t.term.as_str().into(),
                                script: t.script,
                                postings: Vec::new(),
                                docs: 0,
                            });
                            by_text.insert(t.term.into(), id);
                            id
                        }
                    };
                    let term = &mut terms[id as usize];
                    if term.postings.last().is_none_or(|p| p.doc != d as u32) {
                        term.docs += 1;
                    }
                    term.postings.push(Posting {
                        doc: d as u32,
                        pos: t.pos,
                        field: f as u16,
                        weight: field.weight as u8,
                    });
                }
            }
        }
        let mut by_stem: HashMap<String, Vec<u32>> = HashMap::new();
        let mut by_skeleton: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        let mut by_length: HashMap<usize, Vec<u32>> = HashMap::new();
        for (id, t) in terms.iter().enumerate() {
            let id = id as u32;
            if t.script == Script::Cjk {
                continue;
            }
            by_stem
                .entry(stemmers.stem(&t.text, t.script))
                .or_default()
                .push(id);
            by_skeleton.entry(t.skeleton.clone()).or_default().push(id);
            by_length
                .entry(t.skeleton.chars().count())
                .or_default()
                .push(id);
        }
        let cyrillic = terms
            .iter()
            .enumerate()
            .filter(|(_, t)| t.script == Script::Cyrillic)
            .map(|(id, _)| id as u32)
            .collect();
        let mut sorted: Vec<u32> = (0..terms.len() as u32).collect();
        sorted.sort_by(|a, b| terms[*a as usize].text.cmp(&terms[*b as usize].text));
        Self {
            lang,
            docs,
            terms,
            by_text,
            by_stem,
            by_skeleton,
            by_length,
            sorted,
            cyrillic,
            stemmers,
        }
    }

    /// Terms starting with `prefix`.
    fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = u32> + 'a {
        let start = self
            .sorted
            .partition_point(|&id| &*self.terms[id as usize].text < prefix);
        self.sorted[start..]
            .iter()
            .copied()
            .take_while(move |&id| self.terms[id as usize].text.starts_with(prefix))
    }

    /// What one query word stands for.
    fn expand(&self, t: &Token, last: bool) -> Expansion {
        let mut terms: Vec<(u32, f32)> = Vec::new();
        let add = |terms: &mut Vec<(u32, f32)>, id: u32, w: f32| match terms
            .iter_mut()
            .find(|(t, _)| *t == id)
        {
            Some(e) => e.1 = e.1.max(w),
            None => terms.push((id, w)),
        };
        let exact = self.by_text.get(t.term.as_str()).copied();
        if let Some(id) = exact {
            add(&mut terms, id, 1.0);
        }
        let mut correction = None;
        let mut respelt = false;
        if t.script == Script::Cjk {
            // One character: the bigrams it begins or ends.
            if t.term.chars().count() == 1 {
                for (id, term) in self.terms.iter().enumerate() {
                    if term.script == Script::Cjk
                        && (term.text.starts_with(&t.term) || term.text.ends_with(&t.term))
                    {
                        add(&mut terms, id as u32, 0.9);
                    }
                }
            }
        } else {
            let mut words = vec![(t.term.clone(), 1.0f32)];
            if let Some(name) = analysis::exonym(&t.term) {
                words.push((name.to_owned(), 0.95));
            }
            for (word, w) in &words {
                if let Some(&id) = self.by_text.get(word.as_str()) {
                    add(&mut terms, id, *w);
                }
                let stem = self.stemmers.stem(word, t.script);
                for &id in self.by_stem.get(&stem).into_iter().flatten() {
                    add(&mut terms, id, 0.9 * w);
                }
                if t.script == Script::Cyrillic {
                    // Snowball takes some nouns for verbs (саммит -> самм, саммиты ->
                    // саммит) or cuts one case further than another (казахста / казахстан):
                    // words that differ only in their last two letters or an added ending
                    // meet as well.
                    let word: Vec<char> = word.chars().collect();
                    for &id in &self.cyrillic {
                        let other = &self.terms[id as usize].text;
                        let common = other
                            .chars()
                            .zip(&word)
                            .take_while(|(a, b)| a == *b)
                            .count();
                        let shorter = other.chars().count().min(word.len());
                        if common >= 5 && common + 2 >= shorter {
                            add(&mut terms, id, 0.85 * w);
                        }
                    }
                }
                let skeleton = analysis::skeleton(word, t.script);
                for &id in self
                    .by_skeleton
                    .get(skeleton.as_str())
                    .into_iter()
                    .flatten()
                {
                    respelt |= self.terms[id as usize].script == t.script || *w < 1.0;
                    add(&mut terms, id, 0.8 * w);
                }
            }
            respelt |= words.len() > 1;
            let chars = t.term.chars().count();
            if exact.is_none() && last && chars >= 3 {
                // A word still being typed: the terms it begins.
                for id in self.with_prefix(&t.term).take(64) {
                    add(&mut terms, id, 0.5);
                }
            }
            // Cyrillic words may also be Latin names in another case (`Ташкенте`).
            let cross = t.script == Script::Cyrillic;
            if (terms.is_empty() || cross) && chars >= 4 {
                respelt |= terms.is_empty();
                // A typo: terms whose skeleton is one edit away (two for long words).
                let skeleton = analysis::skeleton(&t.term, t.script);
                let len = skeleton.chars().count();
                let max = if len >= 8 { 2 } else { 1 };
                for l in len.saturating_sub(max)..=len + max {
                    for &id in self.by_length.get(&l).into_iter().flatten() {
                        let d = strsim::damerau_levenshtein(
                            &skeleton,
                            &self.terms[id as usize].skeleton,
                        );
                        let other = self.terms[id as usize].script != t.script;
                        if d <= max && (!cross || other) {
                            add(&mut terms, id, if d == 1 { 0.6 } else { 0.45 });
                        }
                    }
                }
            }
            if exact.is_none() && respelt {
                correction = terms
                    .iter()
                    .max_by(|a, b| {
                        a.1.total_cmp(&b.1).then_with(|| {
                            self.terms[a.0 as usize]
                                .docs
                                .cmp(&self.terms[b.0 as usize].docs)
                        })
                    })
                    .map(|(id, _)| *id);
            }
        }
        Expansion {
            terms,
            required: !analysis::is_stop_word(&t.term),
            correction,
        }
    }

    /// The documents matching `q` within `filter`: the best `limit` of those matching every
    /// word, or, when none does, the best `limit` matching some.
    pub fn search(&self, q: &str, filter: &Filter, limit: usize) -> Found<'_> {
        let mut tokens = analysis::tokens(q);
        tokens.truncate(MAX_QUERY_TOKENS);
        if tokens.is_empty() {
            return Found::default();
        }
        let typing = !q.ends_with(char::is_whitespace);
        let n = tokens.len();
        let mut expansions: Vec<Expansion> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| self.expand(t, typing && i + 1 == n))
            .collect();
        if expansions.iter().all(|e| !e.required) {
            for e in &mut expansions {
                e.required = true;
            }
        }
        let total_docs = self.docs.len() as f32;
        // The filter is asked once per document, not once per posting; no filter, never.
        let everything = filter.countries.is_empty()
            && filter.areas.is_empty()
            && filter.powers.is_empty()
            && filter.years.is_empty();
        // Per document: 0 not asked yet, 1 within the filter, 2 outside.
        let mut within: Vec<u8> = if everything {
            Vec::new()
        } else {
            vec![0; self.docs.len()]
        };
        let mut acc = Acc::new(self.docs.len(), n);
        for (i, e) in expansions.iter().enumerate() {
            for &(id, w) in &e.terms {
                let term = &self.terms[id as usize];
                let idf = (1.0 + total_docs / term.docs.max(1) as f32).ln();
                for p in &term.postings {
                    if !everything {
                        let known = &mut within[p.doc as usize];
                        if *known == 0 {
                            *known = if self.docs[p.doc as usize].facets.matches(filter) {
                                1
                            } else {
                                2
                            };
                        }
                        if *known == 2 {
                            continue;
                        }
                    }
                    let slot = acc.slot(p.doc);
                    let s = w * f32::from(p.weight) * idf;
                    let best = &mut acc.best[slot * n + i];
                    if s > *best {
                        *best = s;
                    }
                    if acc.kept[slot] < HITS_PER_DOC {
                        acc.kept[slot] += 1;
                        acc.hits.push((slot as u32, (i as u16, p.field, p.pos)));
                    }
                }
            }
        }
        let required: Vec<usize> = (0..n).filter(|&i| expansions[i].required).collect();
        let mut full: Vec<Ranked> = Vec::new();
        let mut partial: Vec<Ranked> = Vec::new();
        for (slot, &doc) in acc.docs.iter().enumerate() {
            let best = acc.best(slot);
            let matched = required.iter().filter(|&&i| best[i] > 0.0).count();
            let r = Ranked {
                slot: slot as u32,
                doc,
                matched,
                score: 0.0,
                rounded: 0,
            };
            if matched == required.len() {
                full.push(r);
            } else if matched > 0 {
                partial.push(r);
            }
        }
        let total = full.len();
        let mut hits = Vec::new();
        let mut near = Vec::new();
        // A count (`limit` 0) needs no scores; otherwise only the documents shown get a
        // snippet, and only the best `limit` are sorted.
        if limit > 0 && (!full.is_empty() || !partial.is_empty()) {
            let (grouped, start) = acc.grouped();
            let of = |slot: u32| {
                &grouped[start[slot as usize] as usize..start[slot as usize + 1] as usize]
            };
            let marked: HashSet<u32> = expansions
                .iter()
                .flat_map(|e| e.terms.iter().map(|(id, _)| *id))
                .collect();
            let score = |r: &mut Ranked| {
                let doc = &self.docs[r.doc as usize];
                let best = acc.best(r.slot as usize);
                let mut score: f32 = best.iter().sum();
                // A phrase needs every word, stop words included.
                let all = best.iter().all(|&b| b > 0.0);
                if all && n > 1 && phrase(of(r.slot), n, None) {
                    score *= 2.0;
                }
                if all && doc.title_words == n && phrase(of(r.slot), n, Some(0)) {
                    score += TITLE_MATCH;
                }
                score *= doc.kind.prior();
                r.score = score;
                r.rounded = (score * 1000.0).round() as i64;
            };
            // Equal relevance is decided by the date: the newer first (then the title, then
            // the order of the index, so that equal documents keep one order).
            let newer = |a: &Ranked, b: &Ranked| {
                let (x, y) = (&self.docs[a.doc as usize], &self.docs[b.doc as usize]);
                y.date
                    .cmp(&x.date)
                    .then_with(|| x.title.cmp(&y.title))
                    .then_with(|| a.doc.cmp(&b.doc))
            };
            let show = |r: &Ranked| self.hit(r.doc, r.score, of(r.slot), &marked);
            if !full.is_empty() {
                full.iter_mut().for_each(score);
                let best = best_first(&mut full, limit, |a, b| {
                    b.rounded.cmp(&a.rounded).then_with(|| newer(a, b))
                });
                hits = best.iter().map(show).collect();
            } else {
                partial.iter_mut().for_each(score);
                let best = best_first(&mut partial, limit, |a, b| {
                    b.matched
                        .cmp(&a.matched)
                        .then_with(|| b.rounded.cmp(&a.rounded))
                        .then_with(|| newer(a, b))
                });
                near = best.iter().map(show).collect();
            }
        }
        let corrected = expansions.iter().any(|e| e.correction.is_some()).then(|| {
            tokens
                .iter()
                .zip(&expansions)
                .map(|(t, e)| match e.correction {
                    Some(id) => self.terms[id as usize].text.to_string(),
                    None => t.term.clone(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        });
        Found {
            hits,
            total,
            near,
            corrected: corrected.filter(|c| *c != q.trim().to_lowercase()),
            has_words: true,
        }
    }

    fn hit<'a>(&'a self, d: u32, score: f32, hits: &[WordHit], marked: &HashSet<u32>) -> Hit<'a> {
        let doc = &self.docs[d as usize];
        // The snippet comes from the text field with the most matched words (the first such
        // field); a title-only match shows the document's first text.
        let mut per_field: Vec<(u16, u32)> = Vec::new();
        for &(w, f, _) in hits {
            if f > 0 {
                match per_field.iter_mut().find(|(g, _)| *g == f) {
                    Some((_, words)) => *words |= 1 << w,
                    None => per_field.push((f, 1 << w)),
                }
            }
        }
        let best = per_field
            .iter()
            .max_by(|x, y| {
                x.1.count_ones()
                    .cmp(&y.1.count_ones())
                    .then_with(|| y.0.cmp(&x.0))
            })
            .map(|(f, _)| *f as usize)
            .or((doc.fields.len() > 1).then_some(1));
        Hit {
            doc,
            score,
            title: self.segments(&doc.fields[0].text, marked, usize::MAX),
            snippet: best
                .map(|f| self.segments(&doc.fields[f].text, marked, SNIPPET_CHARS))
                .unwrap_or_default(),
        }
    }

    /// `text` cut to about `max` characters around its first match, in pieces marked where a
    /// word matched.
    fn segments(&self, text: &str, marked: &HashSet<u32>, max: usize) -> Vec<Segment> {
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        // What is shown, known from the first match on: the words after it are not read.
        let mut shown: Option<(usize, usize)> = None;
        for t in analysis::Tokens::new(text) {
            if shown.is_some_and(|(_, end)| t.span.start > end) {
                break;
            }
            let hit = self
                .by_text
                .get(t.term.as_str())
                .is_some_and(|id| marked.contains(id));
            if hit {
                match ranges.last_mut() {
                    Some(r) if r.end >= t.span.start => r.end = r.end.max(t.span.end),
                    _ => ranges.push(t.span),
                }
                if shown.is_none() {
                    shown = Some(window(text, ranges[0].start, max));
                }
            }
        }
        let (start, end) = shown.unwrap_or_else(|| window(text, 0, max));
        let mut out = Vec::new();
        let mut push = |s: &str, mark: bool| {
            if !s.is_empty() {
                out.push(Segment {
                    text: s.to_owned(),
                    mark,
                });
            }
        };
        if start > 0 {
            push("\u{2026}", false);
        }
        let mut at = start;
        for r in ranges.iter().filter(|r| r.start >= start && r.end <= end) {
            push(&text[at..r.start], false);
            push(&text[r.clone()], true);
            at = r.end;
        }
        push(&text[at..end], false);
        if end < text.len() {
            push("\u{2026}", false);
        }
        out
    }

    /// The document a result stands for (for views that need more than the hit).
    pub fn docs(&self) -> &[Doc] {
        &self.docs
    }
}

/// Whether the query's `n` words follow each other in one field of a document's `hits` (in
/// `only`, at its start).
fn phrase(hits: &[WordHit], n: usize, only: Option<u16>) -> bool {
    let starts = |&(w, f, p): &WordHit| w == 0 && only.is_none_or(|o| o == f && p == 0);
    if hits.len() <= 32 {
        let has = |i: usize, field: u16, pos: u32| {
            hits.iter()
                .any(|&(w, f, p)| w as usize == i && f == field && p == pos)
        };
        return hits
            .iter()
            .filter(|h| starts(h))
            .any(|&(_, f, p)| (1..n).all(|i| has(i, f, p + i as u32)));
    }
    let mut at: Vec<(u16, u32, u16)> = hits.iter().map(|&(w, f, p)| (f, p, w)).collect();
    at.sort_unstable();
    hits.iter()
        .filter(|h| starts(h))
        .any(|&(_, f, p)| (1..n).all(|i| at.binary_search(&(f, p + i as u32, i as u16)).is_ok()))
}

/// The best `limit` of `all` in order, without sorting the rest.
fn best_first<T>(
    all: &mut [T],
    limit: usize,
    mut order: impl FnMut(&T, &T) -> std::cmp::Ordering,
) -> &[T] {
    let all = if all.len() > limit {
        all.select_nth_unstable_by(limit - 1, &mut order);
        &mut all[..limit]
    } else {
        all
    };
    all.sort_unstable_by(order);
    all
}

/// The byte range of about `max` characters of `text` showing `focus`: starting a little
/// before it, at a word boundary.
fn window(text: &str, focus: usize, max: usize) -> (usize, usize) {
    if text.chars().count() <= max {
        return (0, text.len());
    }
    let lead = max / 4;
    let mut start = text[..focus]
        .char_indices()
        .rev()
        .nth(lead)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        // Forward to the next word.
        start = text[start..]
            .find(char::is_whitespace)
            .map_or(start, |i| start + i + 1)
            .min(focus);
    }
    let mut end = text[start..]
        .char_indices()
        .nth(max)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        end = text[..end]
            .rfind(char::is_whitespace)
            .filter(|&e| e > focus)
            .unwrap_or(end);
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> (Briefing, SearchIndex) {
        let b = crate::model::DataSource::Embedded.load().expect("loads");
        let i = SearchIndex::build(&b, &[Lang::En]);
        (b, i)
    }

    #[test]
    fn snippets_keep_their_text_whole() {
        let (_, i) = index();
        let e = i.edition(Lang::En).expect("English");
        let found = e.search("Astana", &Filter::default(), 50);
        assert!(!found.hits.is_empty());
        for h in &found.hits {
            let title: String = h.title.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(title, h.doc.title);
            assert!(
                h.title.iter().chain(&h.snippet).any(|s| s.mark),
                "{}",
                h.doc.title
            );
        }
    }

    #[test]
    fn windows_fall_on_character_boundaries() {
        let text = "Ташкент ".repeat(100) + "Самарканд";
        let focus = text.find("Самарканд").expect("there");
        let (s, e) = window(&text, focus, 50);
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        assert!(s <= focus && e == text.len());
    }
}
