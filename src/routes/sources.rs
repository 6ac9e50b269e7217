//! `/sources`: every source by tier with everything that cites it, and the seed article's
//! corrections.

use askama::Template;

use crate::error::AppError;
use crate::model::{FuzzyDate, Tier};

use super::*;

pub struct SourceEntry {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub date: Option<DateView>,
    pub language: String,
    pub note: Option<String>,
    pub cited_by: Vec<Link>,
}

pub struct TierGroup {
    pub slug: &'static str,
    pub label: &'static str,
    pub explanation: &'static str,
    pub sources: Vec<SourceEntry>,
}

pub struct CorrectionView {
    pub id: String,
    pub original: String,
    pub corrected: String,
    pub explanation: String,
    pub cites: Vec<Cite>,
}

#[derive(Template)]
#[template(path = "sources.html")]
pub struct SourcesPage {
    pub layout: Layout,
    pub total: usize,
    pub tiers: Vec<TierGroup>,
    pub corrections: Vec<CorrectionView>,
}

fn explain(tier: Tier) -> &'static str {
    match tier {
        Tier::Official => {
            "Governments' own pages: Japan's Ministry of Foreign Affairs and Prime Minister's Office, the Kremlin."
        }
        Tier::MajorNews => "Established news organisations and wire services.",
        Tier::Secondary => {
            "Reposts, regional aggregators, encyclopaedias and blogs: used where nothing better was found, and weighed accordingly."
        }
    }
}

pub fn render_list(cx: &Ctx<'_>) -> Result<String, AppError> {
    let b = cx.b;
    let tiers = Tier::ALL
        .into_iter()
        .map(|tier| {
            let mut sources: Vec<&crate::model::Source> =
                b.sources.iter().filter(|s| s.tier == tier).collect();
            // Newest first within a tier; undated last.
            sources.sort_by_key(|s| std::cmp::Reverse(s.date));
            TierGroup {
                slug: tier.slug(),
                label: tier.label(),
                explanation: explain(tier),
                sources: sources
                    .into_iter()
                    .map(|s| SourceEntry {
                        id: s.id.to_string(),
                        title: s.title.clone(),
                        publisher: s.publisher.clone(),
                        url: s.url.clone(),
                        date: s.date.as_ref().map(|d: &FuzzyDate| date_range(d, None)),
                        language: s.language.clone(),
                        note: s.note.clone(),
                        cited_by: b
                            .citations(&s.id)
                            .iter()
                            .map(|c| Link {
                                label: c.label.clone(),
                                href: href(&c.item),
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .filter(|g| !g.sources.is_empty())
        .collect();
    let page = SourcesPage {
        layout: Layout::new(
            cx,
            Section::Sources,
            "/sources",
            "Sources and corrections",
            format!(
                "The {} sources behind the briefing, by reliability, each with what cites it; and the corrections to the seed article.",
                b.sources.len()
            ),
        ),
        total: b.sources.len(),
        tiers,
        corrections: b
            .corrections
            .iter()
            .map(|c| CorrectionView {
                id: c.id.to_string(),
                original: c.original.clone(),
                corrected: c.corrected.clone(),
                explanation: c.explanation.clone(),
                cites: cites(b, &c.sources),
            })
            .collect(),
    };
    render(&page)
}
