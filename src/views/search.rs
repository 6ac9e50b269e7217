//! The search page (`/search?q=…`, filters as on the timeline) and its JSON twin: the results
//! of the index as a view like any other.

use schemars::JsonSchema;
use serde::Serialize;

use crate::search::{DocKind, Edition, Hit, SearchIndex, Segment};
use crate::urls::{Filter, PageId, SearchQuery};

use super::parts::{Context, Link, When};
use super::timeline::{ActiveFilter, FilterGroup, active_filters_of, filter_groups};
use super::{Body, PageView};

/// Results on one page; a reader who needs more narrows the search.
pub const RESULTS: usize = 50;
/// Near matches shown when nothing matches every word.
const NEAR: usize = 10;

/// One thing found.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SearchResult {
    pub kind: DocKind,
    /// What the kind is called: "Country", "Event".
    pub kind_label: &'static str,
    pub title: String,
    /// The title in pieces, the matching words marked.
    pub title_marked: Vec<Segment>,
    pub href: String,
    /// When it happened or was published, where it has a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<When>,
    /// A passage of its text around the matching words, in pieces, the matching words marked.
    pub snippet: Vec<Segment>,
}

/// A filter that, taken off, would find something.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Relaxation {
    /// What is taken off: "Country: Japan", or "all filters".
    pub label: String,
    pub href: String,
    /// Results without it.
    pub results: usize,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SearchView {
    /// The words searched for, as the page understood them (empty for the search page itself).
    pub query: String,
    pub active: Vec<ActiveFilter>,
    pub groups: Vec<FilterGroup>,
    /// Documents matching every word within the filters.
    pub total: usize,
    pub results: Vec<SearchResult>,
    /// When nothing matches every word: what matches some of them.
    pub near: Vec<SearchResult>,
    /// The search with misspelt words replaced by those they were taken for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub did_you_mean: Option<Link>,
    /// When nothing matches within the filters: the filters to take off, with what each finds.
    pub relax: Vec<Relaxation>,
    /// On the empty search page: names to start from.
    pub suggestions: Vec<Link>,
    /// The same words without filters.
    pub clear_href: String,
    /// Where the form sends the words.
    pub action: String,
}

fn result(cx: &Context<'_>, h: &Hit<'_>) -> SearchResult {
    let d = h.doc;
    let kind: &'static str = d.kind.into();
    SearchResult {
        kind: d.kind,
        kind_label: cx.lang.ui().result_kind(kind),
        title: d.title.clone(),
        title_marked: h.title.clone(),
        href: d.href.clone(),
        when: d.date.map(|start| When { start, end: d.end }),
        snippet: h.snippet.clone(),
    }
}

fn search_href(cx: &Context<'_>, q: &str, filter: Filter) -> String {
    cx.href(PageId::Search(SearchQuery {
        q: q.to_owned(),
        filter,
    }))
}

/// The filters of `query`, each with the link to the same search without it.
fn active(cx: &Context<'_>, query: &SearchQuery) -> Vec<(ActiveFilter, Filter)> {
    active_filters_of(cx, &query.filter, |filter| {
        PageId::Search(SearchQuery {
            q: query.q.clone(),
            filter,
        })
    })
}

/// The search page for `query`, from the index of the reader's edition.
pub fn search(cx: &Context<'_>, index: &SearchIndex, query: &SearchQuery) -> PageView {
    let b = cx.b;
    let ui = cx.lang.ui();
    let edition: Option<&Edition> = index.edition(cx.lang);
    let found = edition
        .map(|e| e.search(&query.q, &query.filter, RESULTS.max(NEAR)))
        .unwrap_or_default();
    let active = active(cx, query);
    let mut relax = Vec::new();
    if found.has_words && found.total == 0 && !active.is_empty() {
        let count = |f: &Filter| edition.map_or(0, |e| e.search(&query.q, f, 0).total);
        for (a, rest) in &active {
            let results = count(rest);
            if results > 0 {
                relax.push(Relaxation {
                    label: format!("{}: {}", ui.param_label(a.param), a.label),
                    href: a.remove_href.clone(),
                    results,
                });
            }
        }
        if active.len() > 1 {
            let results = count(&Filter::default());
            if results > 0 {
                relax.push(Relaxation {
                    label: cx.lang.ui().t("search-all-filters").to_owned(),
                    href: search_href(cx, &query.q, Filter::default()),
                    results,
                });
            }
        }
    }
    let did_you_mean = found.corrected.as_ref().map(|c| Link {
        label: c.clone(),
        href: search_href(cx, c, query.filter.clone()),
    });
    let suggestions = if found.has_words {
        Vec::new()
    } else {
        b.countries
            .iter()
            .map(|c| c.name.as_str())
            .chain(b.areas.iter().map(|a| a.name.as_str()))
            .chain(b.powers.iter().map(|p| p.format.as_str()))
            .map(|name| Link {
                label: name.to_owned(),
                href: search_href(cx, name, query.filter.clone()),
            })
            .collect()
    };
    let view = SearchView {
        query: query.q.clone(),
        groups: filter_groups(cx, &query.filter),
        active: active.into_iter().map(|(a, _)| a).collect(),
        total: found.total,
        results: found
            .hits
            .iter()
            .take(RESULTS)
            .map(|h| result(cx, h))
            .collect(),
        near: found
            .near
            .iter()
            .take(NEAR)
            .map(|h| result(cx, h))
            .collect(),
        did_you_mean,
        relax,
        suggestions,
        clear_href: search_href(cx, &query.q, Filter::default()),
        action: cx.href(PageId::Search(SearchQuery::default())),
    };
    let filtered = if view.active.is_empty() {
        String::new()
    } else {
        let labels: Vec<String> = view.active.iter().map(|a| a.label.clone()).collect();
        format!(" ({})", labels.join(", "))
    };
    let ui = cx.lang.ui();
    let (title, description) = if query.q.is_empty() {
        (
            format!("{}{filtered}", ui.t("search-heading")),
            ui.t1("search-description", "name", &b.summit.name),
        )
    } else {
        (
            format!("{}{filtered}", ui.t1("search-title", "query", &query.q)),
            ui.t3(
                "search-description-results",
                "count",
                view.total,
                "query",
                &query.q,
                "name",
                &b.summit.name,
            ),
        )
    };
    PageView::new(
        cx,
        &PageId::Search(query.clone()),
        title,
        &description,
        Body::Search(view),
    )
}
