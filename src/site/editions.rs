//! The Japanese and Russian editions of a [`Site`](super::Site): the same pages under `/ja`
//! and `/ru`, each from its own localized briefing.
//!
//! English is rendered before the first answer; the other editions are rendered after it, by
//! the background compression or by the first request for one of their pages, whichever
//! comes first, so that start-up costs what it did with one edition.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use crate::i18n::Lang;
use crate::model::{Briefing, DataSource, FuzzyDate, Overlays};
use crate::render::{self, Target};
use crate::representation::Representation;
use crate::search::SearchIndex;
use crate::urls::PageId;
use crate::views::{self, Context};

use super::{is_file, render_into, representation};

/// The editions served besides English, in the order of the language switcher.
pub const OTHER_EDITIONS: [Lang; 2] = [Lang::Ja, Lang::Ru];

/// The briefing of one edition: the English briefing with the edition's translation overlays
/// laid over it (`model::localize`: a field whose translation is missing or stale keeps its
/// English text).
pub fn edition_briefing(english: &Briefing, overlays: &Overlays, lang: Lang) -> Arc<Briefing> {
    Arc::new(crate::model::localize(english, overlays, lang.code()))
}

/// The overlays of the edition in `lang`, read from where the English came from; none (the
/// edition in English) when there is no source or they cannot be read (the reload refuses such
/// data, and `check` names the problems).
pub(super) fn read_overlays(source: Option<&DataSource>, lang: Lang) -> Overlays {
    let Some(source) = source else {
        return Overlays::default();
    };
    match source.load_overlays_of(&[lang.code()]) {
        Ok(overlays) => overlays,
        Err(e) => {
            tracing::error!(
                "the {} translations could not be read; that edition shows English:\n{e}",
                lang.code()
            );
            Overlays::default()
        }
    }
}

/// One edition other than English: its briefing, its pages and its search index, each made
/// when first needed.
pub(super) struct Edition {
    pub lang: Lang,
    briefing: OnceLock<Arc<Briefing>>,
    pages: OnceLock<HashMap<String, Arc<Representation>>>,
    search: OnceLock<SearchIndex>,
}

impl Edition {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            briefing: OnceLock::new(),
            pages: OnceLock::new(),
            search: OnceLock::new(),
        }
    }

    /// The edition's briefing, localized from `english` with the edition's overlays read from
    /// `source`, on first use (the overlays are not kept).
    pub fn briefing(&self, english: &Briefing, source: Option<&DataSource>) -> &Arc<Briefing> {
        self.briefing
            .get_or_init(|| edition_briefing(english, &read_overlays(source, self.lang), self.lang))
    }

    /// Every page of the edition in every format, rendered on first use.
    pub fn pages(
        &self,
        b: &Briefing,
        today: FuzzyDate,
        public_url: Option<&str>,
        shared: &dyn Fn(&str) -> Option<u64>,
    ) -> &HashMap<String, Arc<Representation>> {
        self.pages.get_or_init(|| {
            let started = Instant::now();
            let built = render_edition(b, self.lang, today, public_url, shared);
            tracing::info!(
                "rendered {} pages of the {} edition in {:?}",
                built.len(),
                self.lang.code(),
                started.elapsed()
            );
            built
        })
    }

    /// Whether every page of the edition is rendered.
    pub fn is_rendered(&self) -> bool {
        self.pages.get().is_some()
    }

    /// The edition's search index, built on first search (or by the background work).
    pub fn search_index(&self, b: &Briefing) -> &SearchIndex {
        self.search.get_or_init(|| {
            let started = Instant::now();
            let index = SearchIndex::build(b, &[self.lang]);
            let (docs, terms) = index.size();
            tracing::info!(
                "indexed {docs} documents ({terms} terms) of the {} edition in {:?}",
                self.lang.code(),
                started.elapsed()
            );
            index
        })
    }

    /// Bytes held by the edition's pages, all variants (nothing until they are rendered).
    pub fn bytes(&self) -> usize {
        self.pages
            .get()
            .map_or(0, |p| p.values().map(|p| p.weight()).sum())
    }
}

/// The paths of every page an edition has, in listing order (the order the English pages
/// are listed in): what the export writes and the background compression goes through.
pub(super) fn paths(english: &Briefing, lang: Lang) -> Vec<String> {
    let mut paths = Vec::new();
    for page in PageId::all(english)
        .into_iter()
        .filter(PageId::in_every_edition)
    {
        for &format in page.formats() {
            paths.push(page.path(lang, format));
        }
    }
    paths
}

/// Every page of `b` in `lang`, in every format: the pages' views rendered once each, the
/// dataset's files, and the downloads page with their sizes (`shared` gives the size of a
/// file all editions share, such as a schema).
fn render_edition(
    b: &Briefing,
    lang: Lang,
    today: FuzzyDate,
    public_url: Option<&str>,
    shared: &dyn Fn(&str) -> Option<u64>,
) -> HashMap<String, Arc<Representation>> {
    let target = Target { lang, public_url };
    let cx = Context { b, lang, today };
    let mut built = HashMap::new();
    render_into(
        &cx,
        &target,
        PageId::all(b).into_iter().filter(PageId::in_every_edition),
        |page, f| !is_file(page, f),
        &mut built,
    );
    super::build_dataset_files(b, lang, &mut built);
    match views::build(&cx, &PageId::Data) {
        Ok(mut view) => {
            if let views::Body::Data(v) = &mut view.body {
                for d in v.downloads_mut() {
                    d.bytes = built
                        .get(&d.href)
                        .map(|p| p.identity_len() as u64)
                        .or_else(|| shared(&d.href));
                }
            }
            for &format in PageId::Data.formats() {
                let path = PageId::Data.path(lang, format);
                match render::render(&view, format, &target, &b.summit.name) {
                    Ok(bytes) => {
                        built.insert(path, Arc::new(representation(bytes, format)));
                    }
                    Err(e) => tracing::error!("rendering {path} failed: {e}"),
                }
            }
        }
        Err(e) => tracing::error!("rendering the data page of {} failed: {e}", lang.code()),
    }
    built
}
