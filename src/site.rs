//! The site as served: every page rendered from one briefing for one day, with its
//! compressed variants and ETags, and a bounded cache of filtered views.
//!
//! A [`Site`] is immutable once built except for filling in compressed variants and cache
//! entries; a new briefing or a new day builds a new one, swapped in whole (see `state.rs`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::http::HeaderValue;

use crate::assets;
use crate::config::Config;
use crate::error::PageError;
use crate::i18n::Lang;
use crate::model::{Briefing, FuzzyDate};
use crate::render::{self, Target};
use crate::representation::{Effort, REVALIDATE, Representation};
use crate::search::SearchIndex;
use crate::urls::{Filter, Format, PageId, SearchQuery};
use crate::views::{self, Context};

mod editions;
use crate::model::DataSource;
pub use editions::{OTHER_EDITIONS, edition_briefing};

/// Bytes of filtered pages kept per snapshot (all variants counted).
const FILTER_CACHE_BYTES: u64 = 16 * 1024 * 1024;
/// About how many filtered pages that holds; sizes quick_cache's tables.
const FILTER_CACHE_PAGES: usize = 512;
/// Brotli's best setting compresses about half a megabyte a second: the shipped briefing
/// (under 1 MiB of HTML) gets it throughout, a briefing a hundred times larger gets it for its
/// first pages (overview, lists) and a faster setting for the rest.
const MAX_EFFORT_BYTES: usize = 2 * 1024 * 1024;

/// Weighs a cached page by the bytes it holds, so the cache is bounded in memory.
#[derive(Clone)]
struct ByBytes;

impl quick_cache::Weighter<String, Arc<Representation>> for ByBytes {
    fn weight(&self, key: &String, page: &Arc<Representation>) -> u64 {
        (key.len() + page.weight()) as u64
    }
}

pub struct Site {
    pub briefing: Arc<Briefing>,
    /// The day the pages were rendered for.
    pub today: FuzzyDate,
    /// Unix time in seconds when `today` ends and the pages must be rendered again;
    /// `i64::MAX` when the configuration pins the date.
    expires: AtomicI64,
    /// The HTML pages, once all are rendered (see [`Site::rendered`]).
    pages: OnceLock<HashMap<String, Arc<Representation>>>,
    /// Pages asked for before [`Site::rendered`] had them, rendered for that request.
    early: quick_cache::sync::Cache<String, Arc<Representation>>,
    /// Every page the site lists (HTML and the files built later), by path.
    index: HashMap<String, (PageId, Format)>,
    /// Their paths in the order they were listed: the most visited first, for compression.
    order: Vec<String>,
    filtered: quick_cache::sync::Cache<String, Arc<Representation>, ByBytes>,
    /// The files built after start-up (see [`Site::later`]), once built.
    later: OnceLock<HashMap<String, Arc<Representation>>>,
    /// Set when a newer snapshot replaced this one: background work on it stops.
    retired: AtomicBool,
    /// The search index, built after start-up (see [`Site::search_index`]).
    search: OnceLock<SearchIndex>,
    public_url: Option<String>,
    /// The Japanese and Russian editions, rendered after start-up (see `site/editions.rs`).
    editions: Vec<editions::Edition>,
    /// Their paths, in listing order, after the English ones.
    edition_order: Vec<String>,
    /// Where the briefing was read from: the editions' translation overlays are read from
    /// there too (see [`Site::with_source`]), each edition's when it is first made.
    source: Option<DataSource>,
    /// Set once a page has been rendered for a request (see [`Site::after_first_page`]).
    first_page: (Mutex<bool>, Condvar),
}

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl Site {
    /// The site of `briefing` for today (or the configured day), with nothing rendered yet:
    /// see [`Site::rendered`] and [`Site::page`], so that the first answer waits for one page,
    /// not for all of them.
    pub fn build(briefing: Arc<Briefing>, config: &Config) -> Self {
        let (today, expires) = match config.today {
            Some(day) => (day, i64::MAX),
            None => {
                let now = time::OffsetDateTime::now_utc();
                let tomorrow = now.date().next_day().unwrap_or(now.date());
                let d = now.date();
                let today = FuzzyDate::ymd(d.year(), u8::from(d.month()), d.day())
                    .unwrap_or_else(FuzzyDate::today_utc);
                (today, tomorrow.midnight().assume_utc().unix_timestamp())
            }
        };
        let lang = Lang::En;
        let mut order = Vec::new();
        let mut index = HashMap::new();
        for page in PageId::all(&briefing) {
            for &format in page.formats() {
                let path = page.path(lang, format);
                order.push(path.clone());
                index.insert(path, (page.clone(), format));
            }
        }
        Self {
            today,
            expires: AtomicI64::new(expires),
            pages: OnceLock::new(),
            early: quick_cache::sync::Cache::new(index.len().max(1) * (1 + OTHER_EDITIONS.len())),
            index,
            order,
            filtered: quick_cache::sync::Cache::with_weighter(
                FILTER_CACHE_PAGES,
                FILTER_CACHE_BYTES,
                ByBytes,
            ),
            later: OnceLock::new(),
            retired: AtomicBool::new(false),
            search: OnceLock::new(),
            public_url: config.public_url.clone(),
            edition_order: OTHER_EDITIONS
                .iter()
                .flat_map(|&lang| editions::paths(&briefing, lang))
                .collect(),
            editions: OTHER_EDITIONS.map(editions::Edition::new).into(),
            briefing,
            source: None,
            first_page: (Mutex::new(false), Condvar::new()),
        }
    }

    /// Waits until a page has been rendered for a request, or `at_most`: the background work
    /// of a server just started waits so, so that the first page does not share the machine
    /// with the rendering of every other page.
    pub fn after_first_page(&self, at_most: Duration) {
        let (done, cv) = &self.first_page;
        let done = done.lock().unwrap_or_else(PoisonError::into_inner);
        drop(cv.wait_timeout_while(done, at_most, |done| !*done));
    }

    /// The site with its editions translated from `source`'s overlays (without it, every
    /// edition shows the English text). Each edition's overlays are read after start-up, when
    /// the edition is first made.
    pub fn with_source(mut self, source: &DataSource) -> Self {
        self.source = Some(source.clone());
        self
    }

    /// The briefing of the edition in `lang` (English's is [`Site::briefing`]).
    pub fn briefing_in(&self, lang: Lang) -> &Arc<Briefing> {
        match self.edition(lang) {
            Some(e) => e.briefing(&self.briefing, self.source.as_ref()),
            None => &self.briefing,
        }
    }

    fn edition(&self, lang: Lang) -> Option<&editions::Edition> {
        self.editions.iter().find(|e| e.lang == lang)
    }

    /// Every page of the edition in `lang`, rendered now if it was not yet.
    fn edition_pages(&self, lang: Lang) -> Option<&HashMap<String, Arc<Representation>>> {
        let edition = self.edition(lang)?;
        let shared = |path: &str| {
            (crate::urls::lang_of(path) == Lang::En)
                .then(|| self.page(path).map(|p| p.identity_len() as u64))
                .flatten()
        };
        Some(edition.pages(
            self.briefing_in(lang),
            self.today,
            self.public_url.as_deref(),
            &shared,
        ))
    }

    /// The files that are not built with the site, so that start-up stays fast: the SQLite
    /// database, the zip of its tables as CSV, and the `/data` page that gives their sizes. Built by the background
    /// compression, or by the first request for one of them, whichever comes first.
    fn later(&self) -> &HashMap<String, Arc<Representation>> {
        self.later.get_or_init(|| {
            let started = Instant::now();
            let target = self.target();
            let lang = target.lang;
            let mut built = HashMap::new();
            let cx = Context {
                b: &self.briefing,
                lang,
                today: self.today,
            };
            // Every page's data formats (JSON, CSV, feeds, calendars, schemas, the sitemap).
            render_into(
                &cx,
                &target,
                PageId::all(&self.briefing),
                |page, f| is_later(page, f) && !is_file(page, f),
                &mut built,
            );
            build_dataset_files(&self.briefing, lang, &mut built);
            match views::build(&cx, &PageId::Data) {
                Ok(mut view) => {
                    if let views::Body::Data(v) = &mut view.body {
                        for d in v.downloads_mut() {
                            d.bytes = self
                                .rendered()
                                .get(&d.href)
                                .or_else(|| built.get(&d.href))
                                .map(|p| p.identity_len() as u64);
                        }
                    }
                    for &format in PageId::Data.formats() {
                        let path = PageId::Data.path(lang, format);
                        match render::render(&view, format, &target, &self.briefing.summit.name) {
                            Ok(bytes) => {
                                let page = representation(bytes, format);
                                page.compress(Effort::Quick);
                                built.insert(path, Arc::new(page));
                            }
                            Err(e) => tracing::error!("rendering {path} failed: {e}"),
                        }
                    }
                }
                Err(e) => tracing::error!("rendering the data page failed: {e}"),
            }
            tracing::info!(
                "built {} files after start-up in {:?}",
                built.len(),
                started.elapsed()
            );
            built
        })
    }

    /// Renders every HTML page (once; the background thread does it right after start-up).
    pub fn rendered(&self) -> &HashMap<String, Arc<Representation>> {
        self.pages.get_or_init(|| {
            let started = Instant::now();
            let target = self.target();
            let cx = Context {
                b: &self.briefing,
                lang: target.lang,
                today: self.today,
            };
            let mut pages = HashMap::new();
            render_into(
                &cx,
                &target,
                PageId::all(&self.briefing),
                |page, f| !is_later(page, f),
                &mut pages,
            );
            tracing::info!(
                "rendered {} pages for {} in {:?}",
                pages.len(),
                self.today.iso(),
                started.elapsed()
            );
            pages
        })
    }

    /// The page at `path` (the path of a [`PageId`] in a language and a format), if the site
    /// lists it. Until every page is rendered, the one asked for is rendered now and kept
    /// until then (the same bytes, so the same ETag, as the copy rendered with the others).
    pub fn page(&self, path: &str) -> Option<Arc<Representation>> {
        let Some((page, format)) = self.index.get(path) else {
            return self.edition_page(path);
        };
        if is_later(page, *format) {
            return self.later().get(path).cloned();
        }
        match self.pages.get() {
            Some(pages) => pages.get(path).cloned(),
            None => self.early(path, Lang::En, page, *format),
        }
    }

    /// The page at `path` rendered for an early request, kept in `early` until the pages are
    /// all rendered; `None` (and the log says why) if it cannot be rendered.
    fn early(
        &self,
        path: &str,
        lang: Lang,
        page: &PageId,
        format: Format,
    ) -> Option<Arc<Representation>> {
        // Not compressed before the answer: on this machine compressing the overview at
        // [`Effort::Quick`] took longer (15-20 ms) than rendering it (about 2 ms). The page is
        // served uncompressed until the site's own copy, compressed by the background work,
        // replaces it.
        let page = self
            .early
            .get_or_insert_with(path, || self.render_now(lang, page, format).map(Arc::new));
        let (done, cv) = &self.first_page;
        *done.lock().unwrap_or_else(PoisonError::into_inner) = true;
        cv.notify_all();
        match page {
            Ok(page) => Some(page),
            Err(e) => {
                tracing::error!("rendering {path} failed: {e}");
                None
            }
        }
    }

    /// A page of the Japanese or Russian edition. Until the edition is rendered, an HTML page
    /// asked for is rendered now, as an English one is (see [`Site::page`]), so that the first
    /// page of an edition does not wait for the whole edition; other formats (whose files
    /// depend on each other, such as the download sizes of `/data`) wait for it.
    fn edition_page(&self, path: &str) -> Option<Arc<Representation>> {
        let lang = crate::urls::lang_of(path);
        let edition = self.edition(lang)?;
        if edition.is_rendered() {
            return self.edition_pages(lang)?.get(path).cloned();
        }
        if !self.lists(path) {
            return None;
        }
        match crate::urls::parse(path) {
            crate::urls::Route::Page(_, page, Format::Html) if page != PageId::Data => {
                self.early(path, lang, &page, Format::Html)
            }
            _ => self.edition_pages(lang)?.get(path).cloned(),
        }
    }

    /// Whether the site lists a page at `path` (without rendering it).
    pub fn lists(&self, path: &str) -> bool {
        self.index.contains_key(path) || self.edition_order.iter().any(|p| p == path)
    }

    /// Every pre-rendered page with its path, in listing order.
    pub fn pages(&self) -> impl Iterator<Item = (&str, &Representation)> {
        let pages = self.rendered();
        let later = self.later();
        let english = self.order.iter().filter_map(move |p| {
            pages
                .get(p)
                .or_else(|| later.get(p))
                .map(|r| (p.as_str(), &**r))
        });
        let editions = self.edition_order.iter().filter_map(|p| {
            self.edition_pages(crate::urls::lang_of(p))?
                .get(p)
                .map(|r| (p.as_str(), &**r))
        });
        english.chain(editions)
    }

    /// The target pages are rendered for.
    fn target(&self) -> Target<'_> {
        Target {
            lang: Lang::En,
            public_url: self.public_url.as_deref(),
        }
    }

    /// The timeline filtered by `filter` in `format`, if it is cached.
    pub fn cached(&self, filter: &Filter, format: Format) -> Option<Arc<Representation>> {
        self.cached_page(&PageId::Timeline(filter.clone()), format)
    }

    /// The timeline filtered by `filter` in `format`, from the cache or rendered now and
    /// cached under its canonical path.
    pub fn filtered(
        &self,
        filter: &Filter,
        format: Format,
    ) -> Result<Arc<Representation>, PageError> {
        self.on_request(&PageId::Timeline(filter.clone()), format)
    }

    /// A page that exists only on request (a filtered view) if it is cached.
    pub fn cached_page(&self, page: &PageId, format: Format) -> Option<Arc<Representation>> {
        self.cached_page_in(self.target().lang, page, format)
    }

    /// A page that exists only on request, in `lang`'s edition, if it is cached.
    pub fn cached_page_in(
        &self,
        lang: Lang,
        page: &PageId,
        format: Format,
    ) -> Option<Arc<Representation>> {
        self.filtered.get(&page.path(lang, format))
    }

    /// A page that exists only on request (a filtered timeline or change log, a search, any
    /// page's preview image: never made with the site, so that start-up stays fast and memory
    /// holds only what was asked for), from the bounded cache or rendered now and cached under
    /// its canonical path.
    pub fn on_request(
        &self,
        page: &PageId,
        format: Format,
    ) -> Result<Arc<Representation>, PageError> {
        self.on_request_in(self.target().lang, page, format)
    }

    /// [`Site::on_request`] in `lang`'s edition, from its own briefing and search index.
    pub fn on_request_in(
        &self,
        lang: Lang,
        page: &PageId,
        format: Format,
    ) -> Result<Arc<Representation>, PageError> {
        let key = page.path(lang, format);
        self.filtered.get_or_insert_with(&key, || {
            let page = self.render_now(lang, page, format)?;
            // Kept and served again: compressed now, fast. A PNG is compressed already.
            if format != Format::Png {
                page.compress(Effort::Quick);
                page.shed_identity();
            }
            Ok(Arc::new(page))
        })
    }

    /// Renders one page of `lang`'s edition now, uncompressed.
    fn render_now(
        &self,
        lang: Lang,
        page: &PageId,
        format: Format,
    ) -> Result<Representation, PageError> {
        let target = Target {
            lang,
            ..self.target()
        };
        let b = self.briefing_in(lang);
        let cx = Context {
            b,
            lang,
            today: self.today,
        };
        let view = match page {
            PageId::Search(query) => views::search::search(&cx, self.search_index_in(lang), query),
            _ => views::build(&cx, page)?,
        };
        let bytes = render::render(&view, format, &target, &b.summit.name)?;
        // Drawing a PNG takes a few megabytes for a moment (the pixmap, the fonts' tables):
        // give them back.
        if format == Format::Png {
            crate::memory::release_free();
        }
        Ok(representation(bytes, format))
    }

    /// The search index of every edition: built by the background compression or the first
    /// search, whichever comes first, so that it costs start-up nothing.
    pub fn search_index(&self) -> &SearchIndex {
        self.search.get_or_init(|| {
            let started = Instant::now();
            let index = SearchIndex::build(&self.briefing, &[self.target().lang]);
            let (docs, terms) = index.size();
            tracing::info!(
                "indexed {docs} documents ({terms} terms) for search in {:?}",
                started.elapsed()
            );
            index
        })
    }

    /// The search index of the edition in `lang`: English's is [`Site::search_index`], the
    /// others' are built on their first search (or by the background work).
    pub fn search_index_in(&self, lang: Lang) -> &SearchIndex {
        match self.edition(lang) {
            Some(e) => e.search_index(self.briefing_in(lang)),
            None => self.search_index(),
        }
    }

    /// The search `query` in `format`, if it is cached.
    pub fn cached_search(
        &self,
        query: &SearchQuery,
        format: Format,
    ) -> Option<Arc<Representation>> {
        self.cached_page(&PageId::Search(query.clone()), format)
    }

    /// The results of `query` in `format`, from the cache (shared with filtered timelines,
    /// under the canonical path) or searched and rendered now.
    pub fn search(
        &self,
        query: &SearchQuery,
        format: Format,
    ) -> Result<Arc<Representation>, PageError> {
        self.on_request(&PageId::Search(query.clone()), format)
    }

    /// How many filtered views are cached (for tests and logs).
    pub fn cached_views(&self) -> usize {
        self.filtered.len()
    }

    /// Whether the day the pages were rendered for has ended.
    pub fn is_stale(&self) -> bool {
        let expires = self.expires.load(Ordering::Relaxed);
        expires != i64::MAX && now_unix() >= expires
    }

    /// How long until the day the pages were rendered for ends; `None` when the date is pinned.
    pub fn expires_in(&self) -> Option<Duration> {
        let expires = self.expires.load(Ordering::Relaxed);
        (expires != i64::MAX)
            .then(|| Duration::from_secs(u64::try_from(expires - now_unix()).unwrap_or(0)))
    }

    /// Ends the snapshot's day now (tests of the daily rebuild).
    #[doc(hidden)]
    pub fn expire_now(&self) {
        self.expires.store(now_unix(), Ordering::Relaxed);
    }

    pub fn retire(&self) {
        self.retired.store(true, Ordering::Relaxed);
    }

    pub fn is_retired(&self) -> bool {
        self.retired.load(Ordering::Relaxed)
    }

    /// Compresses every page and asset at full effort; returns `None` if the snapshot was
    /// replaced before it finished (the new one has its own compression).
    pub fn compress_all(&self) -> Option<Duration> {
        let started = Instant::now();
        self.rendered();
        self.later();
        self.search_index();
        // The other editions, after English is complete.
        for lang in OTHER_EDITIONS {
            if self.is_retired() {
                return None;
            }
            self.edition_pages(lang);
        }
        // Every edition is rendered: the pages rendered for early requests are not asked for
        // again.
        self.early.clear();
        for asset in assets::assets().iter().filter(|a| a.compressible) {
            asset.immutable.compress(Effort::Max);
            asset.plain.compress(Effort::Max);
        }
        let mut done = 0;
        for (_, page) in self.pages() {
            if self.is_retired() {
                return None;
            }
            done += page.identity_len();
            let effort = if done <= MAX_EFFORT_BYTES {
                Effort::Max
            } else {
                Effort::High
            };
            page.compress(effort);
        }
        Some(started.elapsed())
    }

    /// Drops the uncompressed copy of every compressed page (see
    /// [`Representation::shed_identity`]): for the server, not for the export, which writes
    /// them all.
    pub fn shed_identities(&self) {
        for (_, page) in self.pages() {
            page.shed_identity();
        }
    }

    /// Bytes held by the pre-rendered pages, all variants.
    pub fn bytes(&self) -> usize {
        let later = self.later.get().into_iter().flat_map(|l| l.values());
        let pages = self.pages.get().into_iter().flat_map(|p| p.values());
        let editions: usize = self.editions.iter().map(editions::Edition::bytes).sum();
        pages.chain(later).map(|p| p.weight()).sum::<usize>() + editions
    }
}

/// The dataset downloads of `b` in `lang`'s edition (the SQLite database and the zip of its
/// tables as CSV), compressed at once, into `built`.
fn build_dataset_files(b: &Briefing, lang: Lang, built: &mut HashMap<String, Arc<Representation>>) {
    let files = [
        (
            Format::Sqlite,
            render::sqlite::database as fn(&Briefing) -> _,
        ),
        (Format::Zip, render::sqlite::tables_zip),
    ];
    for (format, build) in files {
        let path = PageId::Dataset.path(lang, format);
        match build(b) {
            Ok(bytes) => {
                let page = representation(bytes, format);
                page.compress(Effort::Quick);
                built.insert(path, Arc::new(page));
            }
            Err(e) => tracing::error!("building {path} failed: {e}"),
        }
    }
}

/// The pages of `pages` in the formats `keep` picks, each page's view built once, into `out`
/// under their paths in `cx`'s language; a page that fails to render is left out (its path
/// answers the error page) and the log says why.
fn render_into(
    cx: &Context<'_>,
    target: &Target<'_>,
    pages: impl IntoIterator<Item = PageId>,
    keep: impl Fn(&PageId, Format) -> bool,
    out: &mut HashMap<String, Arc<Representation>>,
) {
    for page in pages {
        let formats: Vec<Format> = page
            .formats()
            .iter()
            .copied()
            .filter(|&f| keep(&page, f))
            .collect();
        if formats.is_empty() {
            continue;
        }
        for (format, result) in render_page(cx, target, &page, &formats) {
            let path = page.path(cx.lang, format);
            match result {
                Ok(bytes) => {
                    out.insert(path, Arc::new(representation(bytes, format)));
                }
                Err(e) => tracing::error!("rendering {path} failed: {e}"),
            }
        }
    }
}

/// The given formats of `page`, rendered from one view.
fn render_page(
    cx: &Context<'_>,
    target: &Target<'_>,
    page: &PageId,
    formats: &[Format],
) -> Vec<(Format, Result<Vec<u8>, PageError>)> {
    if let PageId::Schema(name) = page {
        let schema = render::json::schema(name)
            .ok_or_else(|| PageError::NotFound(format!("There is no schema {name}.")));
        return vec![(Format::Json, schema)];
    }
    match page {
        PageId::Sitemap => {
            return vec![(Format::Xml, Ok(render::sitemap::page(cx.b, target)))];
        }
        // The whole briefing as JSON now; as SQLite after start-up (see `Site::later`).
        PageId::Dataset => return vec![(Format::Json, render::dataset::json(cx.b, cx.lang))],
        PageId::Data => return Vec::new(),
        _ => {}
    }
    match views::build(cx, page) {
        Ok(view) => {
            let feed = feed_view(cx, page, &view);
            formats
                .iter()
                .map(|&f| {
                    let view = match (&feed, f) {
                        (Some(feed), Format::Atom | Format::Ics) => feed,
                        _ => &view,
                    };
                    (f, render::render(view, f, target, &cx.b.summit.name))
                })
                .collect()
        }
        Err(e) => formats.iter().map(|&f| (f, Err(e.clone()))).collect(),
    }
}

/// Whether `page` in `format` is one of the files built on their own after start-up (the
/// database, its zip, and the page that gives their sizes).
fn is_file(page: &PageId, format: Format) -> bool {
    matches!(
        (page, format),
        (PageId::Data, _) | (PageId::Dataset, Format::Sqlite | Format::Zip)
    )
}

/// Whether `page` in `format` is built after start-up rather than with the site: everything
/// but the HTML pages, so that the first page is served within milliseconds of starting (the
/// background compression, or the first request for one of them, builds the rest).
fn is_later(page: &PageId, format: Format) -> bool {
    format != Format::Html || is_file(page, format)
}

/// What the feed and the calendar of a country, area or power list: the timeline filtered by
/// it (the same events as its timeline link), under the profile's own name and address.
fn feed_view(
    cx: &Context<'_>,
    page: &PageId,
    profile: &views::PageView,
) -> Option<views::PageView> {
    let one = |id: &String| vec![id.clone()];
    let filter = match page {
        PageId::Country(id) => Filter {
            countries: one(id),
            ..Filter::default()
        },
        PageId::Area(id) => Filter {
            areas: one(id),
            ..Filter::default()
        },
        PageId::Power(id) => Filter {
            powers: one(id),
            ..Filter::default()
        },
        _ => return None,
    };
    let mut feed = views::build(cx, &PageId::Timeline(filter)).ok()?;
    feed.id = page.clone();
    feed.title.clone_from(&profile.title);
    feed.description.clone_from(&profile.description);
    Some(feed)
}

/// The bytes of a page with the headers of its format.
fn representation(bytes: Vec<u8>, format: Format) -> Representation {
    match format {
        // HTML gets its control characters made harmless on the way.
        Format::Html => Representation::html(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        ),
        _ => Representation::new(
            bytes,
            HeaderValue::from_static(format.media_type()),
            REVALIDATE,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::model::DataSource;

    fn shipped(config: &Config) -> Site {
        Site::build(
            Arc::new(DataSource::Embedded.load().expect("loads")),
            config,
        )
    }

    #[test]
    fn pages_expire_at_the_next_utc_midnight() {
        let site = shipped(&Config::default());
        let now = now_unix();
        let expires = site.expires.load(Ordering::Relaxed);
        assert!(expires > now && expires <= now + 86_400);
        assert_eq!(expires % 86_400, 0, "midnight UTC");
        assert!(!site.is_stale());
        assert_eq!(site.today, FuzzyDate::today_utc());
    }

    #[test]
    fn a_pinned_day_never_expires() {
        let today = FuzzyDate::ymd(2026, 11, 28).expect("a date");
        let site = shipped(&Config {
            today: Some(today),
            ..Config::default()
        });
        assert_eq!(site.expires.load(Ordering::Relaxed), i64::MAX);
        assert!(!site.is_stale());
        assert!(site.page("/").is_some() && site.page("/timeline/nowhere").is_none());
        assert!(site.page("/countries/japan.json").is_some());
        assert!(site.page("/timeline.csv").is_some());
        assert!(site.page("/about.csv").is_none(), "no table, no CSV");
    }

    #[test]
    fn the_first_page_of_an_edition_does_not_wait_for_the_edition() {
        let site = shipped(&Config {
            today: Some(FuzzyDate::ymd(2026, 11, 28).expect("a date")),
            ..Config::default()
        })
        .with_source(&DataSource::Embedded);
        let early = site.page("/ja/countries/japan").expect("listed");
        assert!(site.page("/ja/countries/nowhere").is_none());
        assert!(
            !site.edition(Lang::Ja).expect("ja").is_rendered(),
            "one page was rendered, not the edition"
        );
        // The same bytes (so the same ETag) as the copy rendered with the whole edition.
        let all = site.edition_pages(Lang::Ja).expect("ja");
        let later = all.get("/ja/countries/japan").expect("rendered");
        assert_eq!(early.identity_bytes(), later.identity_bytes());
        assert!(String::from_utf8_lossy(&later.identity_bytes()).contains("lang=\"ja\""));
        // A file whose content depends on the others waits for the edition.
        assert!(site.page("/ru/data").is_some());
        assert!(site.edition(Lang::Ru).expect("ru").is_rendered());
    }
}
