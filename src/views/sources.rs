//! `/sources`: every source by reliability tier with what cites it, and the corrections to
//! the seed article.

use schemars::JsonSchema;
use serde::Serialize;
use strum::IntoEnumIterator;

use crate::model::{FuzzyDate, Source, Tier};

use super::parts::{Cite, Context, Link, citation_label, cites, claim_href};

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SourceEntry {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub date: Option<FuzzyDate>,
    /// The page shows no publication date (said so rather than left blank).
    pub undated: bool,
    /// When the entry was last checked against the page.
    pub reviewed: Option<FuzzyDate>,
    pub tier: Tier,
    pub language: String,
    pub note: Option<String>,
    pub cited_by: Vec<Link>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TierGroup {
    pub tier: Tier,
    pub sources: Vec<SourceEntry>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CorrectionView {
    pub id: String,
    pub original: String,
    pub corrected: String,
    pub explanation: String,
    pub cites: Vec<Cite>,
}

/// The sources, best tier first, newest first within a tier.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SourcesView {
    pub total: usize,
    pub tiers: Vec<TierGroup>,
    pub corrections: Vec<CorrectionView>,
}

impl SourcesView {
    pub fn entries(&self) -> impl Iterator<Item = &SourceEntry> {
        self.tiers.iter().flat_map(|t| &t.sources)
    }
}

pub fn sources(cx: &Context<'_>) -> SourcesView {
    let b = cx.b;
    let tiers = Tier::iter()
        .map(|tier| {
            let mut sources: Vec<&Source> = b.sources.iter().filter(|s| s.tier == tier).collect();
            sources.sort_by_key(|s| std::cmp::Reverse(s.date));
            TierGroup {
                tier,
                sources: sources
                    .into_iter()
                    .map(|s| SourceEntry {
                        id: s.id.to_string(),
                        title: s.title.clone(),
                        publisher: s.publisher.clone(),
                        url: s.url.clone(),
                        date: s.date,
                        undated: s.undated,
                        reviewed: s.reviewed.as_ref().map(|r| r.date),
                        tier: s.tier,
                        language: s.language.clone(),
                        note: s.note.clone(),
                        cited_by: b
                            .citations(&s.id)
                            .iter()
                            .map(|c| Link {
                                label: citation_label(cx, &c.item, &c.cited),
                                href: claim_href(cx, c),
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .filter(|g| !g.sources.is_empty())
        .collect();
    SourcesView {
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
                cites: cites(cx, &c.sources),
            })
            .collect(),
    }
}
