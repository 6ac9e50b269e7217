//! `/`: what the summit is, its story, who takes part, and what is next.

use askama::Template;

use crate::error::AppError;
use crate::model::{EventStatus, ItemRef};

use super::*;

pub struct StoryView {
    pub status: &'static str,
    pub class: &'static str,
    pub date: DateView,
    pub venue: Option<String>,
    pub summary: String,
    pub event_href: Option<String>,
    pub cites: Vec<Cite>,
}

pub struct ParticipantView {
    pub name: String,
    pub href: String,
    pub leader: Option<String>,
    pub host: bool,
}

pub struct Card {
    pub title: String,
    pub subtitle: String,
    pub href: String,
    pub text: String,
}

pub struct DocumentView {
    pub title: String,
    pub date: Option<DateView>,
    pub summary: String,
    pub cites: Vec<Cite>,
}

pub struct PerspectiveView {
    pub attribution: String,
    pub text: String,
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

#[derive(Template)]
#[template(path = "overview.html")]
pub struct OverviewPage {
    pub layout: Layout,
    pub name: String,
    pub lede: String,
    pub cites: Vec<Cite>,
    pub why: Vec<PointView>,
    pub story: Vec<StoryView>,
    pub participants: Vec<ParticipantView>,
    pub outcomes: Vec<PointView>,
    pub documents: Vec<DocumentView>,
    pub perspectives: Vec<PerspectiveView>,
    pub areas: Vec<Card>,
    pub powers: Vec<Card>,
    pub latest: Vec<EventRow>,
    pub next: Vec<EventRow>,
    pub today: DateView,
}

/// How many events the overview lists under "latest" and "next".
const RECENT: usize = 3;

pub fn render_page(cx: &Ctx<'_>) -> Result<String, AppError> {
    let (b, today) = (cx.b, cx.today);
    let s = &b.summit;

    let story = s
        .story
        .iter()
        .map(|step| StoryView {
            status: step.status.label(),
            class: match step.status {
                crate::model::SummitStatus::Held => "past",
                crate::model::SummitStatus::Postponed => "postponed",
                _ => "upcoming",
            },
            date: date_range(&step.date, None),
            venue: step.venue.clone(),
            summary: step.summary.clone(),
            event_href: step
                .event
                .as_ref()
                .map(|e| href(&ItemRef::Event(e.to_string()))),
            cites: cites(b, &step.sources),
        })
        .collect();

    let participants = s
        .participants
        .iter()
        .filter_map(|id| b.country(id))
        .map(|c| ParticipantView {
            name: c.name.clone(),
            href: href(&ItemRef::Country(c.id.to_string())),
            leader: c
                .head_of_state
                .as_ref()
                .and_then(|f| b.person(&f.value))
                .map(|p| p.name.clone()),
            host: c.id == s.host,
        })
        .collect();

    let mut latest: Vec<EventRow> = b
        .events
        .iter()
        .rev()
        .filter(|e| e.status == EventStatus::Happened && !e.date.is_after(&today))
        .take(RECENT)
        .map(|e| event_row(b, e, &today))
        .collect();
    latest.reverse();
    let next = b
        .events
        .iter()
        .filter(|e| !e.end.unwrap_or(e.date).is_before(&today))
        .filter(|e| e.status != EventStatus::Happened)
        .take(RECENT)
        .map(|e| event_row(b, e, &today))
        .collect();

    let page = OverviewPage {
        layout: Layout::new(cx, Section::Overview, "/", s.name.clone(), s.lede.clone()),
        name: s.name.clone(),
        lede: s.lede.clone(),
        cites: cites(b, &s.sources),
        why: s.why_it_matters.iter().map(|p| point(b, p)).collect(),
        story,
        participants,
        outcomes: s.outcomes.iter().map(|p| point(b, p)).collect(),
        documents: s
            .documents
            .iter()
            .map(|d| DocumentView {
                title: d.title.clone(),
                date: d.date.as_ref().map(|x| date_range(x, None)),
                summary: d.summary.clone(),
                cites: cites(b, &d.sources),
            })
            .collect(),
        perspectives: s
            .perspectives
            .iter()
            .map(|p| PerspectiveView {
                attribution: p.attribution.clone(),
                text: p.text.clone(),
                note: p.note.clone(),
                cites: cites(b, &p.sources),
            })
            .collect(),
        areas: b
            .areas
            .iter()
            .map(|a| Card {
                title: a.name.clone(),
                subtitle: format!("In 2024 reporting: {}", a.article_name),
                href: href(&ItemRef::Area(a.id.to_string())),
                text: a.summary.clone(),
            })
            .collect(),
        powers: b
            .powers
            .iter()
            .map(|p| Card {
                title: p.name.clone(),
                subtitle: p.format.clone(),
                href: href(&ItemRef::Power(p.id.to_string())),
                text: p.offer.text.clone(),
            })
            .collect(),
        latest,
        next,
        today: date_range(&today, None),
    };
    render(&page)
}
