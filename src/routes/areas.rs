//! `/areas` and `/areas/{area}`: the fields of cooperation and their concrete plans.

use askama::Template;

use crate::error::AppError;
use crate::model::ItemRef;

use super::countries::{SourceLine, source_lines};
use super::*;

pub struct AreaCard {
    pub name: String,
    pub article_name: String,
    pub href: String,
    pub summary: String,
    pub plans: usize,
    pub cites: Vec<Cite>,
}

#[derive(Template)]
#[template(path = "areas.html")]
pub struct AreasPage {
    pub layout: Layout,
    pub areas: Vec<AreaCard>,
}

pub fn render_list(cx: &Ctx<'_>) -> Result<String, AppError> {
    let b = cx.b;
    let page = AreasPage {
        layout: Layout::new(
            cx,
            Section::Areas,
            "/areas",
            "Cooperation areas",
            format!(
                "The fields of cooperation of the {}, under their 2024 and 2025 names.",
                b.summit.name
            ),
        ),
        areas: b
            .areas
            .iter()
            .map(|a| AreaCard {
                name: a.name.clone(),
                article_name: a.article_name.clone(),
                href: href(&ItemRef::Area(a.id.to_string())),
                summary: a.summary.clone(),
                plans: a.plans.len(),
                cites: cites(b, &a.sources),
            })
            .collect(),
    };
    render(&page)
}

pub struct PlanView {
    pub title: String,
    pub summary: String,
    pub countries: Vec<Link>,
    pub unconfirmed: bool,
    pub cites: Vec<Cite>,
}

#[derive(Template)]
#[template(path = "area.html")]
pub struct AreaPage {
    pub layout: Layout,
    pub name: String,
    pub article_name: String,
    pub summary: String,
    pub cites: Vec<Cite>,
    pub plans: Vec<PlanView>,
    pub events: Vec<EventRow>,
    pub timeline_href: String,
    pub sources: Vec<SourceLine>,
}

pub fn render_detail(cx: &Ctx<'_>, id: &str) -> Result<String, AppError> {
    let b = cx.b;
    let today = cx.today;
    let Some(a) = b.area(id) else {
        return Err(AppError::NotFound(format!(
            "The briefing has no cooperation area \u{201c}{id}\u{201d}."
        )));
    };
    let item = ItemRef::Area(a.id.to_string());
    let page = AreaPage {
        layout: Layout::new(
            cx,
            Section::Areas,
            href(&item),
            format!("{} ({})", a.name, a.article_name),
            a.summary.clone(),
        ),
        name: a.name.clone(),
        article_name: a.article_name.clone(),
        summary: a.summary.clone(),
        cites: cites(b, &a.sources),
        plans: a
            .plans
            .iter()
            .map(|p| PlanView {
                title: p.title.clone(),
                summary: p.summary.clone(),
                countries: country_links(b, &p.countries),
                unconfirmed: p.unconfirmed,
                cites: cites(b, &p.sources),
            })
            .collect(),
        events: b
            .events
            .iter()
            .filter(|e| e.areas.contains(&a.id))
            .map(|e| event_row(b, e, &today))
            .collect(),
        timeline_href: format!("/timeline?area={}", a.id),
        sources: source_lines(b, b.sources_of(&item)),
    };
    render(&page)
}
