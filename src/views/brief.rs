//! `/brief`: the whole summit on two A4 pages, for a meeting folder. Where the process
//! stands, the key figures, the six participants and their leaders, what the summit
//! produced, the cooperation areas, the latest and next events and the rival formats side by
//! side; every statement carries numbered notes, and the sources they point to are listed
//! once at the end with their addresses, so that the paper copy can be checked without the
//! site.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{EventKind, FuzzyDate, ItemRef, Sources, Standing, SummitStatus};
use crate::urls::{self, PageId};

use super::overview::{self, CoverageView};
use super::parts::{Context, When};
use super::powers::{self, FormatRow, SummitCell};

/// A source as listed at the end of the brief, numbered in order of first citation.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NoteSource {
    /// Its number in the brief's notes, from 1.
    pub n: usize,
    /// The source's id.
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub date: Option<FuzzyDate>,
    /// The source's own address, printed in full.
    pub url: String,
    /// Its entry on the sources page.
    pub href: String,
}

/// A step of the summit's story: the last summit held, or the next one.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefStep {
    pub status: SummitStatus,
    pub when: When,
    pub venue: Option<String>,
    pub summary: String,
    /// The numbers of its sources in [`BriefView::sources`].
    pub notes: Vec<usize>,
}

/// A sourced statement, with its notes.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefPoint {
    pub text: String,
    pub unconfirmed: bool,
    pub notes: Vec<usize>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefFigure {
    pub value: String,
    pub label: String,
    pub notes: Vec<usize>,
}

/// A participant and the leader who represents it (its head of state, or its head of
/// government where the data names no head of state).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefParticipant {
    pub name: String,
    pub href: String,
    pub host: bool,
    pub leader: Option<String>,
    /// The day the leader was named as such in the sources, where it is not
    /// [`BriefView::leaders_as_of`].
    pub as_of: Option<FuzzyDate>,
    pub notes: Vec<usize>,
}

/// A cooperation area: its 2025 name, its 2024 one and what it covers.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefArea {
    pub name: String,
    pub article_name: String,
    pub href: String,
    pub summary: String,
    pub notes: Vec<usize>,
}

/// One summit in the formats' table, with the first source its event lists.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefSummit {
    pub when: When,
    pub venue: Option<String>,
    pub standing: Standing,
    pub href: String,
    pub notes: Vec<usize>,
}

/// A "Central Asia + X" format, the briefing's own first.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefFormat {
    pub name: String,
    pub format: String,
    pub href: String,
    pub host: bool,
    /// Leader-level summits held so far.
    pub summits_held: usize,
    pub first: Option<BriefSummit>,
    /// The latest summit held, when there has been more than one.
    pub latest: Option<BriefSummit>,
    /// The next summit, or the last one announced and not yet held.
    pub pending: Option<BriefSummit>,
}

/// An event in the brief's "Latest" and "Next".
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefEvent {
    pub title: String,
    pub href: String,
    pub when: When,
    pub kind: EventKind,
    pub venue: Option<String>,
    pub standing: Standing,
    pub notes: Vec<usize>,
}

/// The two-page brief.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BriefView {
    pub name: String,
    pub lede: String,
    pub lede_notes: Vec<usize>,
    /// The last summit held.
    pub held: Option<BriefStep>,
    /// The next summit announced or planned after it.
    pub next_summit: Option<BriefStep>,
    pub coverage: Option<CoverageView>,
    pub figures: Vec<BriefFigure>,
    pub participants: Vec<BriefParticipant>,
    /// The day every leader was named as such on, when it is one day for all.
    pub leaders_as_of: Option<FuzzyDate>,
    pub outcomes: Vec<BriefPoint>,
    pub areas: Vec<BriefArea>,
    /// The most recent events that took place, newest first.
    pub latest: Vec<BriefEvent>,
    /// The next events not yet held, soonest first.
    pub next: Vec<BriefEvent>,
    pub formats: Vec<BriefFormat>,
    /// Every source the brief cites, once, numbered in order of first citation.
    pub sources: Vec<NoteSource>,
    /// The overview, where everything here is told in full.
    pub overview_href: String,
}

/// The brief's numbered notes, built as the brief is read: a source's number is the order in
/// which it is first cited.
struct Notes<'a> {
    cx: Context<'a>,
    numbers: HashMap<String, usize>,
    list: Vec<NoteSource>,
}

impl<'a> Notes<'a> {
    fn new(cx: Context<'a>) -> Self {
        Self {
            cx,
            numbers: HashMap::new(),
            list: Vec::new(),
        }
    }

    /// The numbers of `sources`, numbering those not cited before.
    fn of(&mut self, sources: &Sources) -> Vec<usize> {
        let mut numbers: Vec<usize> = sources.iter().filter_map(|id| self.number(id)).collect();
        // Read in order on paper: 1, 4, 5 rather than 4, 5, 1; a source listed twice once.
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// The number of the source `id`, if the briefing has it.
    fn number(&mut self, id: &str) -> Option<usize> {
        if let Some(&n) = self.numbers.get(id) {
            return Some(n);
        }
        let s = self.cx.b.source(id)?;
        let n = self.list.len() + 1;
        self.numbers.insert(id.to_owned(), n);
        self.list.push(NoteSource {
            n,
            id: s.id.to_string(),
            publisher: s.publisher.clone(),
            title: s.title.clone(),
            date: s.date,
            url: s.url.clone(),
            href: urls::source_href(self.cx.lang, &s.id),
        });
        Some(n)
    }
}

pub fn brief(cx: &Context<'_>) -> BriefView {
    let (b, today) = (cx.b, cx.today);
    let s = &b.summit;
    let mut notes = Notes::new(*cx);
    let lede_notes = notes.of(&s.sources);

    let (held_at, next_at) = overview::stand(&s.story, |st| st.status);
    let mut step = |i: Option<usize>| {
        i.map(|i| {
            let st = &s.story[i];
            BriefStep {
                status: st.status,
                when: When::on(st.date),
                venue: st.venue.clone(),
                summary: st.summary.clone(),
                notes: notes.of(&st.sources),
            }
        })
    };
    let held = step(held_at);
    let next_summit = step(next_at);

    let figures = s
        .figures
        .iter()
        .map(|f| BriefFigure {
            value: f.value.clone(),
            label: f.label.clone(),
            notes: notes.of(&f.sources),
        })
        .collect();

    let mut participants: Vec<BriefParticipant> = s
        .participants
        .iter()
        .filter_map(|id| b.country(id))
        .map(|c| {
            let leader = c.head_of_state.as_ref().or(c.head_of_government.as_ref());
            BriefParticipant {
                name: c.name.clone(),
                href: cx.item_href(&ItemRef::Country(c.id.to_string())),
                host: c.id == s.host,
                leader: leader
                    .and_then(|f| b.person(&f.value))
                    .map(|p| p.name.clone()),
                as_of: leader.and_then(|f| f.as_of),
                notes: leader.map(|f| notes.of(&f.sources)).unwrap_or_default(),
            }
        })
        .collect();

    // One date for all goes into the table's head, once.
    let first = participants.first().and_then(|p| p.as_of);
    let leaders_as_of = first.filter(|d| participants.iter().all(|p| p.as_of == Some(*d)));
    if leaders_as_of.is_some() {
        participants.iter_mut().for_each(|p| p.as_of = None);
    }

    let outcomes = s
        .outcomes
        .iter()
        .map(|p| BriefPoint {
            text: p.text.clone(),
            unconfirmed: p.unconfirmed,
            notes: notes.of(&p.sources),
        })
        .collect();

    let areas = b
        .areas
        .iter()
        .map(|a| BriefArea {
            name: a.name.clone(),
            article_name: a.article_name.clone(),
            href: cx.item_href(&ItemRef::Area(a.id.to_string())),
            summary: a.summary.clone(),
            notes: notes.of(&a.sources),
        })
        .collect();

    let mut event = |e: &'_ crate::model::TimelineEvent| BriefEvent {
        title: e.title.clone(),
        href: cx.href(PageId::Event(e.id.to_string())),
        when: When {
            start: e.date,
            end: e.end,
        },
        kind: e.kind,
        venue: e.venue.clone(),
        standing: e.standing(&today),
        notes: notes.of(&e.sources),
    };
    let latest = overview::latest(b, today).map(&mut event).collect();
    let next = overview::upcoming(b, today).map(&mut event).collect();

    // The rows alone: the comparison's chart and matrix are the powers page's.
    let (host, rows) = powers::format_rows(cx);
    let mut summit = |c: &SummitCell| BriefSummit {
        when: c.when,
        venue: c.venue.clone(),
        standing: c.standing,
        href: c.href.clone(),
        // One source per summit, the first its event lists, keeps the table's notes to
        // what fits on paper; the event's page (linked) lists them all.
        notes: b
            .event(&c.id)
            .and_then(|e| e.sources.iter().next())
            .and_then(|id| notes.number(id))
            .into_iter()
            .collect(),
    };
    let mut format = |row: &FormatRow, host: bool| BriefFormat {
        name: row.name.clone(),
        format: row.format.clone(),
        href: row.href.clone(),
        host,
        summits_held: row.summits_held,
        first: row.first.as_ref().map(&mut summit),
        latest: row.latest.as_ref().map(&mut summit),
        pending: row.pending.as_ref().map(&mut summit),
    };
    let mut formats: Vec<BriefFormat> = host.iter().map(|r| format(r, true)).collect();
    formats.extend(rows.iter().map(|r| format(r, false)));

    BriefView {
        name: s.name.clone(),
        lede: s.lede.clone(),
        lede_notes,
        held,
        next_summit,
        coverage: overview::coverage(s),
        figures,
        participants,
        leaders_as_of,
        outcomes,
        areas,
        latest,
        next,
        formats,
        sources: notes.list,
        overview_href: cx.href(PageId::Overview),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn view() -> BriefView {
        let b = crate::model::DataSource::Embedded.load().expect("loads");
        let cx = Context {
            b: &b,
            lang: Lang::En,
            today: b.summit.updated,
        };
        brief(&cx)
    }

    /// Every note number points at a listed source, every listed source is cited, and they
    /// are numbered 1, 2, 3… in the order the brief first cites them.
    #[test]
    fn notes_are_numbered_in_order_of_first_citation() {
        let v = view();
        assert!(!v.sources.is_empty());
        for (i, s) in v.sources.iter().enumerate() {
            assert_eq!(s.n, i + 1);
        }
        let mut order: Vec<usize> = Vec::new();
        let mut read = |notes: &[usize]| {
            assert!(notes.windows(2).all(|w| w[0] < w[1]), "{notes:?}");
            for &n in notes {
                assert!(n >= 1 && n <= v.sources.len(), "note {n}");
                if !order.contains(&n) {
                    order.push(n);
                }
            }
        };
        read(&v.lede_notes);
        for st in v.held.iter().chain(&v.next_summit) {
            read(&st.notes);
        }
        v.figures.iter().for_each(|f| read(&f.notes));
        v.participants.iter().for_each(|p| read(&p.notes));
        v.outcomes.iter().for_each(|p| read(&p.notes));
        v.areas.iter().for_each(|a| read(&a.notes));
        v.latest.iter().chain(&v.next).for_each(|e| read(&e.notes));
        for f in &v.formats {
            for s in [&f.first, &f.latest, &f.pending].into_iter().flatten() {
                read(&s.notes);
            }
        }
        let expected: Vec<usize> = (1..=v.sources.len()).collect();
        assert_eq!(order, expected);
    }

    /// Each of the six has its leader and the sources that name them; the host's format
    /// comes first in the comparison.
    #[test]
    fn the_six_have_their_leaders_and_the_host_format_leads() {
        let v = view();
        assert_eq!(v.participants.len(), 6);
        for p in &v.participants {
            assert!(p.leader.is_some(), "{}", p.name);
            assert!(!p.notes.is_empty(), "{}", p.name);
        }
        assert_eq!(v.participants.iter().filter(|p| p.host).count(), 1);
        assert!(v.formats.first().is_some_and(|f| f.host));
        assert_eq!(v.formats.iter().filter(|f| f.host).count(), 1);
        assert!(v.held.is_some());
    }
}
