//! `/about` (what this is and how it is kept) and `/people` (everyone the briefing names).

use askama::Template;

use crate::error::AppError;
use crate::model::{FILES, Tier};

use super::*;

#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    pub layout: Layout,
    pub name: String,
    pub files: Vec<&'static str>,
    pub events: usize,
    pub sources: usize,
    pub official: usize,
    pub corrections: usize,
    pub updated: DateView,
}

pub fn render_about(cx: &Ctx<'_>) -> Result<String, AppError> {
    let b = cx.b;
    let page = AboutPage {
        layout: Layout::new(
            cx,
            Section::About,
            "/about",
            "About this briefing",
            "What this briefing is, how its data is kept and checked, and how to report an error.",
        ),
        name: b.summit.name.clone(),
        files: FILES.to_vec(),
        events: b.events.len(),
        sources: b.sources.len(),
        official: b
            .sources
            .iter()
            .filter(|s| s.tier == Tier::Official)
            .count(),
        corrections: b.corrections.len(),
        updated: date_range(&b.summit.updated, None),
    };
    render(&page)
}

pub struct PersonView {
    pub id: String,
    pub name: String,
    pub role: String,
    pub country: Option<Link>,
    pub events: Vec<Link>,
    pub cites: Vec<Cite>,
}

#[derive(Template)]
#[template(path = "people.html")]
pub struct PeoplePage {
    pub layout: Layout,
    pub people: Vec<PersonView>,
}

pub fn render_people(cx: &Ctx<'_>) -> Result<String, AppError> {
    let b = cx.b;
    let mut people: Vec<PersonView> = b
        .people
        .iter()
        .map(|p| PersonView {
            id: p.id.to_string(),
            name: p.name.clone(),
            role: p.role.clone(),
            country: p
                .country
                .as_ref()
                .and_then(|c| country_links(b, std::slice::from_ref(c)).pop()),
            events: b
                .events
                .iter()
                .filter(|e| e.people.contains(&p.id))
                .map(|e| Link {
                    label: format!("{}: {}", e.date.long(), e.title),
                    href: href(&crate::model::ItemRef::Event(e.id.to_string())),
                })
                .collect(),
            cites: cites(b, &p.sources),
        })
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    let page = PeoplePage {
        layout: Layout::new(
            cx,
            Section::None,
            "/people",
            "People",
            "Everyone the briefing names, with their role and the events they appear in.",
        ),
        people,
    };
    render(&page)
}
