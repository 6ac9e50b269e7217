//! The overview (`/`): what the summit is, its story, the latest and next events.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{
    Briefing, EventStatus, FuzzyDate, ItemRef, Summit, SummitStatus, TimelineEvent,
};
use crate::urls::PageId;

use super::charts::{self, TimelineChart};
use super::map::{self, MapView};
use super::parts::{Cite, Context, EventRow, PointView, When, cites, event_row, point};

/// One step of the summit's story: announced, planned, postponed, held.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StoryView {
    pub status: SummitStatus,
    pub when: When,
    pub venue: Option<String>,
    pub summary: String,
    pub event_href: Option<String>,
    pub cites: Vec<Cite>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ParticipantView {
    pub id: String,
    pub name: String,
    pub href: String,
    pub leader: Option<String>,
    pub host: bool,
}

/// A short card linking a page: a cooperation area or a rival power.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Card {
    pub title: String,
    pub subtitle: String,
    pub href: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DocumentView {
    pub title: String,
    /// Where its official text is published, where it is.
    pub url: Option<String>,
    pub date: Option<crate::model::FuzzyDate>,
    pub summary: String,
    pub cites: Vec<Cite>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PerspectiveView {
    pub attribution: String,
    pub text: String,
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

/// A key figure with its sources.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FigureView {
    pub value: String,
    pub label: String,
    pub cites: Vec<Cite>,
}

/// Up to when the sources were read, and what that leaves out.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CoverageView {
    pub until: crate::model::FuzzyDate,
    pub note: Option<String>,
}

/// The overview page.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OverviewView {
    pub name: String,
    pub lede: String,
    pub cites: Vec<Cite>,
    /// Where the summit process stands: the last summit held.
    pub held: Option<StoryView>,
    /// What was announced after it: the next summit.
    pub next_summit: Option<StoryView>,
    pub figures: Vec<FigureView>,
    /// Up to when the sources were reviewed.
    pub coverage: Option<CoverageView>,
    /// Every event, drawn year by year.
    pub chart: TimelineChart,
    /// The six participants and the Dialogue's venues.
    pub map: MapView,
    pub why: Vec<PointView>,
    pub story: Vec<StoryView>,
    pub participants: Vec<ParticipantView>,
    pub outcomes: Vec<PointView>,
    pub documents: Vec<DocumentView>,
    pub perspectives: Vec<PerspectiveView>,
    pub areas: Vec<Card>,
    pub powers: Vec<Card>,
    /// The most recent events that took place, newest first.
    pub latest: Vec<EventRow>,
    /// The next events not yet held, soonest first.
    pub next: Vec<EventRow>,
    /// The two-page brief, to print.
    pub brief_href: String,
}

/// Up to when the summit's sources were reviewed, where the data says.
pub fn coverage(s: &Summit) -> Option<CoverageView> {
    s.sources_until.as_ref().map(|d| CoverageView {
        until: d.date,
        note: d.note.clone(),
    })
}

/// How many events "Latest" and "Next" show.
const RECENT: usize = 3;

/// The most recent events that took place by `today`, newest first ("Latest").
pub fn latest(b: &Briefing, today: FuzzyDate) -> impl Iterator<Item = &TimelineEvent> {
    b.events
        .iter()
        .rev()
        .filter(move |e| e.status == EventStatus::Happened && !e.date.is_after(&today))
        .take(RECENT)
}

/// The next events not yet held (or still going on) on `today`, soonest first ("Next").
pub fn upcoming(b: &Briefing, today: FuzzyDate) -> impl Iterator<Item = &TimelineEvent> {
    b.events
        .iter()
        .filter(move |e| !e.end.unwrap_or(e.date).is_before(&today))
        .filter(|e| e.status != EventStatus::Happened)
        .take(RECENT)
}

/// Where the process stands in a story of `steps`: the index of the last summit held, and of
/// the last one announced or planned after it (the next summit).
pub fn stand<T>(
    steps: &[T],
    status: impl Fn(&T) -> SummitStatus,
) -> (Option<usize>, Option<usize>) {
    let held = steps
        .iter()
        .rposition(|st| status(st) == SummitStatus::Held);
    let from = held.map_or(0, |i| i + 1);
    let next = steps[from..]
        .iter()
        .rposition(|st| matches!(status(st), SummitStatus::Announced | SummitStatus::Planned))
        .map(|i| from + i);
    (held, next)
}

pub fn overview(cx: &Context<'_>) -> OverviewView {
    let (b, today) = (cx.b, cx.today);
    let s = &b.summit;
    let story: Vec<StoryView> = s
        .story
        .iter()
        .map(|step| StoryView {
            status: step.status,
            when: When::on(step.date),
            venue: step.venue.clone(),
            summary: step.summary.clone(),
            event_href: step
                .event
                .as_ref()
                .map(|e| cx.href(PageId::Event(e.to_string()))),
            cites: cites(cx, &step.sources),
        })
        .collect();
    let participants = s
        .participants
        .iter()
        .filter_map(|id| b.country(id))
        .map(|c| ParticipantView {
            id: c.id.to_string(),
            name: c.name.clone(),
            href: cx.item_href(&ItemRef::Country(c.id.to_string())),
            leader: c
                .head_of_state
                .as_ref()
                .and_then(|f| b.person(&f.value))
                .map(|p| p.name.clone()),
            host: c.id == s.host,
        })
        .collect();
    let latest = latest(b, today).map(|e| event_row(cx, e)).collect();
    let next = upcoming(b, today).map(|e| event_row(cx, e)).collect();
    let (held_at, next_at) = stand(&story, |st| st.status);
    let held = held_at.map(|i| story[i].clone());
    let next_summit = next_at.map(|i| story[i].clone());
    OverviewView {
        held,
        next_summit,
        figures: s
            .figures
            .iter()
            .map(|f| FigureView {
                value: f.value.clone(),
                label: f.label.clone(),
                cites: cites(cx, &f.sources),
            })
            .collect(),
        coverage: coverage(s),
        name: s.name.clone(),
        lede: s.lede.clone(),
        cites: cites(cx, &s.sources),
        chart: charts::timeline(cx, &b.events),
        map: map::map(cx),
        why: s.why_it_matters.iter().map(|p| point(cx, p)).collect(),
        story,
        participants,
        outcomes: s.outcomes.iter().map(|p| point(cx, p)).collect(),
        documents: s
            .documents
            .iter()
            .map(|d| DocumentView {
                title: d.title.clone(),
                url: d.url.clone(),
                date: d.date,
                summary: d.summary.clone(),
                cites: cites(cx, &d.sources),
            })
            .collect(),
        perspectives: s
            .perspectives
            .iter()
            .map(|p| PerspectiveView {
                attribution: p.attribution.clone(),
                text: p.text.clone(),
                note: p.note.clone(),
                cites: cites(cx, &p.sources),
            })
            .collect(),
        areas: b
            .areas
            .iter()
            .map(|a| Card {
                title: a.name.clone(),
                subtitle: cx.lang.ui().t1("areas-in-2024", "name", &a.article_name),
                href: cx.item_href(&ItemRef::Area(a.id.to_string())),
                text: a.summary.clone(),
            })
            .collect(),
        powers: b
            .powers
            .iter()
            .map(|p| Card {
                title: p.name.clone(),
                subtitle: p.format.clone(),
                href: cx.item_href(&ItemRef::Power(p.id.to_string())),
                text: p.offer.text.clone(),
            })
            .collect(),
        latest,
        next,
        brief_href: cx.href(PageId::Brief),
    }
}
