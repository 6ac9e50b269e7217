//! The URL scheme, in one place: every page of the briefing as a [`PageId`], its path for a
//! language and a format, and the way back from a path to the page.
//!
//! The router, the pre-render list, the links in views, the navigation, the export's file names
//! and the tests all go through here. URLs are what readers share: keep them stable.

use std::fmt::Write as _;

use crate::error::{PageError, Suggestion};
use crate::i18n::Lang;
use crate::model::{Briefing, ItemRef, TimelineEvent};

mod changes;
mod moved;
pub use changes::ChangeFilter;
pub use moved::{MovedPage, item_of, moved, page_of};

/// Most filter values one link may carry; more is not a briefing view but an abuse.
pub const MAX_FILTER_VALUES: usize = 64;

/// A page of the briefing, whatever its language and format.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PageId {
    Overview,
    /// `/brief`: the whole summit on two A4 pages, for printing.
    Brief,
    /// The timeline, filtered or not.
    Timeline(Filter),
    Event(String),
    Countries,
    Country(String),
    Areas,
    Area(String),
    Powers,
    Power(String),
    Sources,
    People,
    About,
    /// The JSON Schema of one kind of view, e.g. `/schema/country.json`.
    Schema(&'static str),
    /// `/sitemap.xml`: every HTML page, for search engines.
    Sitemap,
    /// `/data`: every download, with its size and licence.
    Data,
    /// The whole briefing as one file: `/data/briefing.json`, `/data/briefing.sqlite`,
    /// `/data/briefing.zip` (CSV).
    Dataset,
    /// `/search?q=…`, with the timeline's filters: rendered on request, never pre-rendered.
    Search(SearchQuery),
    /// `/changes`: the change log, filtered or not.
    Changes(ChangeFilter),
    /// `/embed/timeline?…`, `/embed/countries/{id}`: a view of the briefing for another site's
    /// `<iframe>`, without the site's navigation (see [`Embedded`]).
    Embed(Embedded),
}

/// A view of the briefing that other sites may frame: the timeline with the same filters as
/// `/timeline`, or a country's key facts and events. HTML only, never in the sitemap; the
/// only pages whose answers allow framing (see `security.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Embedded {
    Timeline(Filter),
    Country(String),
}

impl Embedded {
    /// The embed of `page`, if it has one.
    pub fn of(page: &PageId) -> Option<Embedded> {
        match page {
            PageId::Timeline(filter) => Some(Embedded::Timeline(filter.clone())),
            PageId::Country(id) => Some(Embedded::Country(id.clone())),
            _ => None,
        }
    }

    /// The full page this embed shows a part of: what its links and its canonical link name.
    pub fn page(&self) -> PageId {
        match self {
            Embedded::Timeline(filter) => PageId::Timeline(filter.clone()),
            Embedded::Country(id) => PageId::Country(id.clone()),
        }
    }
}

/// The path segment every embed's path starts with, after the edition's prefix.
const EMBED_PREFIX: &str = "/embed";

/// Whether `path` is under an edition's `/embed/` (spelled as the canonical paths are): the
/// only paths whose pages may be framed by other sites. Read from the path alone, so cheap
/// enough for every answer; an error answer at such a path is not an embed (see
/// `security.rs`).
pub fn is_embed_path(path: &str) -> bool {
    let rest = [Lang::Ja, Lang::Ru]
        .into_iter()
        .find_map(|lang| path.strip_prefix(lang.prefix()))
        .filter(|rest| rest.starts_with('/'))
        .unwrap_or(path);
    rest.strip_prefix(EMBED_PREFIX)
        .is_some_and(|r| r.starts_with('/'))
}

/// How a page is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "lowercase")]
pub enum Format {
    Html,
    Json,
    Csv,
    /// An Atom feed (RFC 4287) of the events a page lists.
    Atom,
    /// An iCalendar file (RFC 5545) of the events a page lists.
    Ics,
    /// Other XML (the sitemap).
    Xml,
    /// A SQLite database (the whole dataset).
    Sqlite,
    /// A zip of CSV files, one per table (the whole dataset).
    Zip,
    /// The page's preview image (1200x630), for link previews: every HTML page has one,
    /// rendered on first request (see `render/png.rs`).
    Png,
}

impl Format {
    /// The suffix of the path: none for HTML, `.json`, `.csv`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "",
            Format::Json => ".json",
            Format::Csv => ".csv",
            Format::Atom => ".atom",
            Format::Ics => ".ics",
            Format::Xml => ".xml",
            Format::Sqlite => ".sqlite",
            Format::Zip => ".zip",
            Format::Png => ".png",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Html => "text/html; charset=utf-8",
            Format::Json => "application/json",
            Format::Csv => "text/csv; charset=utf-8; header=present",
            Format::Atom => "application/atom+xml",
            Format::Ics => "text/calendar; charset=utf-8",
            Format::Xml => "application/xml",
            Format::Sqlite => "application/vnd.sqlite3",
            Format::Zip => "application/zip",
            Format::Png => "image/png",
        }
    }

    /// The format an error is answered in: feeds, calendars and the sitemap have no error
    /// form of their own, so a reader (or a feed reader showing it) gets the HTML page.
    pub fn of_errors(self) -> Format {
        match self {
            Format::Atom
            | Format::Ics
            | Format::Xml
            | Format::Sqlite
            | Format::Zip
            | Format::Png => Format::Html,
            f => f,
        }
    }
}

/// The names of the published schemas, one per page family.
pub const SCHEMAS: [&str; 17] = [
    "overview",
    "brief",
    "timeline",
    "event",
    "countries",
    "country",
    "areas",
    "area",
    "powers",
    "power",
    "sources",
    "people",
    "about",
    "data",
    "search",
    "changes",
    // Of `/data/briefing.json`, not of a page.
    "dataset",
];

impl PageId {
    /// The formats this page is published in: every page has HTML and JSON, every table CSV,
    /// every list of events an Atom feed and a calendar.
    pub fn formats(&self) -> &'static [Format] {
        match self {
            PageId::Timeline(_) => &[
                Format::Html,
                Format::Json,
                Format::Csv,
                Format::Atom,
                Format::Ics,
            ],
            PageId::Country(_) | PageId::Area(_) | PageId::Power(_) => {
                &[Format::Html, Format::Json, Format::Atom, Format::Ics]
            }
            PageId::Sitemap => &[Format::Xml],
            PageId::Dataset => &[Format::Json, Format::Sqlite, Format::Zip],
            PageId::Countries | PageId::Powers | PageId::Sources | PageId::People => {
                &[Format::Html, Format::Json, Format::Csv]
            }
            PageId::Schema(_) => &[Format::Json],
            PageId::Search(_) => &[Format::Html, Format::Json],
            PageId::Changes(_) => &[Format::Html, Format::Json, Format::Atom],
            // A presentation of a page's view, not a page of its own: its data is the page's.
            PageId::Embed(_) => &[Format::Html],
            _ => &[Format::Html, Format::Json],
        }
    }

    pub fn has(&self, format: Format) -> bool {
        match format {
            // Not in `formats()`: previews are made on request, never with the site. An embed
            // is never shared as a link (its page is), so it has none.
            Format::Png => {
                self.formats().contains(&Format::Html) && !matches!(self, PageId::Embed(_))
            }
            f => self.formats().contains(&f),
        }
    }

    /// The name of the schema its JSON follows (`/schema/{name}.json`).
    pub fn schema(&self) -> &'static str {
        match self {
            PageId::Overview => "overview",
            PageId::Brief => "brief",
            PageId::Timeline(_) => "timeline",
            PageId::Event(_) => "event",
            PageId::Countries => "countries",
            PageId::Country(_) => "country",
            PageId::Areas => "areas",
            PageId::Area(_) => "area",
            PageId::Powers => "powers",
            PageId::Power(_) => "power",
            PageId::Sources => "sources",
            PageId::People => "people",
            PageId::About => "about",
            PageId::Schema(name) => name,
            PageId::Sitemap => "sitemap",
            PageId::Data => "data",
            PageId::Dataset => "dataset",
            PageId::Search(_) => "search",
            PageId::Changes(_) => "changes",
            PageId::Embed(e) => e.page().schema(),
        }
    }

    /// The page's path (with the query of a filtered timeline) in `lang` and `format`.
    /// The HTML overview is `/`; its other formats are `/index.json` and so on.
    pub fn path(&self, lang: Lang, format: Format) -> String {
        // Schemas and the sitemap are one for every edition (the sitemap lists them all).
        let lang = if self.in_every_edition() {
            lang
        } else {
            Lang::En
        };
        let mut p = String::from(lang.prefix());
        let ext = format.extension();
        match self {
            PageId::Overview if format == Format::Html => p.push('/'),
            PageId::Overview => {
                let _ = write!(p, "/index{ext}");
            }
            PageId::Brief => {
                let _ = write!(p, "/brief{ext}");
            }
            PageId::Timeline(filter) => {
                let _ = write!(p, "/timeline{ext}");
                filter.write_query(&mut p);
            }
            PageId::Event(id) => {
                let _ = write!(p, "/timeline/{id}{ext}");
            }
            PageId::Countries => {
                let _ = write!(p, "/countries{ext}");
            }
            PageId::Country(id) => {
                let _ = write!(p, "/countries/{id}{ext}");
            }
            PageId::Areas => {
                let _ = write!(p, "/areas{ext}");
            }
            PageId::Area(id) => {
                let _ = write!(p, "/areas/{id}{ext}");
            }
            PageId::Powers => {
                let _ = write!(p, "/powers{ext}");
            }
            PageId::Power(id) => {
                let _ = write!(p, "/powers/{id}{ext}");
            }
            PageId::Sources => {
                let _ = write!(p, "/sources{ext}");
            }
            PageId::People => {
                let _ = write!(p, "/people{ext}");
            }
            PageId::About => {
                let _ = write!(p, "/about{ext}");
            }
            PageId::Schema(name) => {
                let _ = write!(p, "/schema/{name}.json");
            }
            PageId::Sitemap => p.push_str("/sitemap.xml"),
            PageId::Data => {
                let _ = write!(p, "/data{ext}");
            }
            PageId::Dataset => {
                let _ = write!(p, "/data/briefing{ext}");
            }
            PageId::Search(query) => {
                let _ = write!(p, "/search{ext}");
                query.write_query(&mut p);
            }
            PageId::Changes(filter) => {
                let _ = write!(p, "/changes{ext}");
                filter.write_query(&mut p);
            }
            PageId::Embed(e) => {
                // The page's own path (and query) under `/embed`, in the same edition.
                p.push_str(EMBED_PREFIX);
                p.push_str(&e.page().path(Lang::En, format));
            }
        }
        p
    }

    /// Whether the page has an edition per language (`/ja/...`, `/ru/...`): every page but
    /// the schemas and the sitemap, which are one for all editions.
    pub fn in_every_edition(&self) -> bool {
        !matches!(self, PageId::Schema(_) | PageId::Sitemap)
    }

    /// The HTML page in `lang`: what links in pages point at.
    pub fn href(&self, lang: Lang) -> String {
        self.path(lang, Format::Html)
    }

    /// Every page of `b` without a query, each in every format it has, schemas included:
    /// what is pre-rendered and exported. The most visited come first.
    pub fn all(b: &Briefing) -> Vec<PageId> {
        let mut pages = vec![
            PageId::Overview,
            PageId::Timeline(Filter::default()),
            PageId::Countries,
            PageId::Areas,
            PageId::Powers,
            PageId::Sources,
            PageId::People,
            PageId::About,
            PageId::Data,
            PageId::Changes(ChangeFilter::default()),
            PageId::Brief,
        ];
        pages.extend(b.events.iter().map(|e| PageId::Event(e.id.to_string())));
        pages.extend(
            b.countries
                .iter()
                .map(|c| PageId::Country(c.id.to_string())),
        );
        pages.extend(b.areas.iter().map(|a| PageId::Area(a.id.to_string())));
        pages.extend(b.powers.iter().map(|p| PageId::Power(p.id.to_string())));
        // The unfiltered embeds, so that a static export has them too.
        pages.push(PageId::Embed(Embedded::Timeline(Filter::default())));
        pages.extend(
            b.countries
                .iter()
                .map(|c| PageId::Embed(Embedded::Country(c.id.to_string()))),
        );
        pages.extend(SCHEMAS.iter().map(|s| PageId::Schema(s)));
        pages.push(PageId::Sitemap);
        pages.push(PageId::Dataset);
        pages
    }
}

/// Where an item is shown: its own page, or its anchor on a list page.
pub fn item_href(lang: Lang, item: &ItemRef) -> String {
    let list = |page: PageId, anchor: String| format!("{}#{anchor}", page.href(lang));
    match item {
        ItemRef::Summit => PageId::Overview.href(lang),
        ItemRef::Country(id) => PageId::Country(id.clone()).href(lang),
        ItemRef::Organisation(id) => list(PageId::Countries, format!("org-{id}")),
        ItemRef::Person(id) => list(PageId::People, id.clone()),
        ItemRef::Area(id) => PageId::Area(id.clone()).href(lang),
        ItemRef::Power(id) => PageId::Power(id.clone()).href(lang),
        ItemRef::Event(id) => PageId::Event(id.clone()).href(lang),
        ItemRef::Correction(id) => list(PageId::Sources, format!("correction-{id}")),
    }
}

/// A source's entry on the sources page.
pub fn source_href(lang: Lang, id: &str) -> String {
    format!("{}#{id}", PageId::Sources.href(lang))
}

/// What a path names, read without the briefing (so an item may still turn out not to exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A page in its canonical spelling; a timeline carries no filter yet (that is the query's).
    Page(Lang, PageId, Format),
    /// The same page spelled otherwise (a trailing slash, capitals, percent-encoding): the
    /// canonical path to answer 301 with.
    Redirect(String),
    /// Nothing here; the format the reader asked for, so that a JSON client gets JSON.
    NotFound(Format),
}

/// The edition a path is in, by its prefix (`/ja/...`, `/ru/...`; English at the root),
/// read as forgivingly as [`parse`] reads the rest: what an error page at that path is
/// written in.
pub fn lang_of(path: &str) -> Lang {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    split_lang(&decoded.to_lowercase()).0
}

/// The edition's prefix split off a (lower-case) path: `/ja/timeline` is Japanese
/// `/timeline`, `/ja` and `/ja/` the Japanese overview.
fn split_lang(path: &str) -> (Lang, String) {
    for lang in [Lang::Ja, Lang::Ru] {
        if let Some(rest) = path.strip_prefix(lang.prefix())
            && (rest.is_empty() || rest.starts_with('/'))
        {
            let rest = if rest.is_empty() { "/" } else { rest };
            return (lang, rest.to_owned());
        }
    }
    (Lang::En, path.to_owned())
}

/// Reads a path (without its query) back into the page it names.
pub fn parse(path: &str) -> Route {
    // A non-canonical spelling is answered with the canonical one: decoded, lower case, and
    // no trailing slash.
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let (lang, mut canonical) = split_lang(&decoded.to_lowercase());
    while canonical.len() > 1 && canonical.ends_with('/') {
        canonical.pop();
    }
    let (stem, format) = split_format(&canonical);
    let Some(format) = format else {
        return Route::NotFound(Format::Html);
    };
    let segments: Vec<&str> = stem.trim_start_matches('/').split('/').collect();
    let slug = |s: &str| {
        (!s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
        .then(|| s.to_owned())
    };
    let page = match (segments.as_slice(), format) {
        ([""], Format::Html) => Some(PageId::Overview),
        (["index"], f) if f != Format::Html => Some(PageId::Overview),
        (["timeline"], _) => Some(PageId::Timeline(Filter::default())),
        (["timeline", id], _) => slug(id).map(PageId::Event),
        (["countries"], _) => Some(PageId::Countries),
        (["countries", id], _) => slug(id).map(PageId::Country),
        (["areas"], _) => Some(PageId::Areas),
        (["areas", id], _) => slug(id).map(PageId::Area),
        (["powers"], _) => Some(PageId::Powers),
        (["powers", id], _) => slug(id).map(PageId::Power),
        (["sources"], _) => Some(PageId::Sources),
        (["people"], _) => Some(PageId::People),
        (["about"], _) => Some(PageId::About),
        (["brief"], _) => Some(PageId::Brief),
        (["data"], _) => Some(PageId::Data),
        (["data", "briefing"], _) => Some(PageId::Dataset),
        (["changes"], _) => Some(PageId::Changes(ChangeFilter::default())),
        (["schema", name], Format::Json) => SCHEMAS
            .iter()
            .find(|s| *s == name)
            .map(|s| PageId::Schema(s)),
        (["sitemap"], Format::Xml) => Some(PageId::Sitemap),
        (["search"], _) => Some(PageId::Search(SearchQuery::default())),
        (["embed", "timeline"], Format::Html) => {
            Some(PageId::Embed(Embedded::Timeline(Filter::default())))
        }
        (["embed", "countries", id], Format::Html) => {
            slug(id).map(|id| PageId::Embed(Embedded::Country(id)))
        }
        // Where feed readers look first: the feed of every event.
        (["feed"] | ["atom"], Format::Xml) => {
            return Route::Redirect(PageId::Timeline(Filter::default()).path(lang, Format::Atom));
        }
        _ => None,
    };
    match page {
        Some(page) if page.has(format) => {
            let canonical = page.path(lang, format);
            if canonical == path {
                Route::Page(lang, page, format)
            } else {
                Route::Redirect(canonical)
            }
        }
        _ => Route::NotFound(format),
    }
}

/// Splits `.json`, `.csv`, `.atom`, `.ics` and `.xml` off a path; `None` for any other extension on the last segment.
fn split_format(path: &str) -> (&str, Option<Format>) {
    let last = path.rsplit('/').next().unwrap_or("");
    match last.rsplit_once('.') {
        None => (path, Some(Format::Html)),
        Some((_, "json")) => (&path[..path.len() - 5], Some(Format::Json)),
        Some((_, "csv")) => (&path[..path.len() - 4], Some(Format::Csv)),
        Some((_, "atom")) => (&path[..path.len() - 5], Some(Format::Atom)),
        Some((_, "ics")) => (&path[..path.len() - 4], Some(Format::Ics)),
        Some((_, "xml")) => (&path[..path.len() - 4], Some(Format::Xml)),
        Some((_, "sqlite")) => (&path[..path.len() - 7], Some(Format::Sqlite)),
        Some((_, "zip")) => (&path[..path.len() - 4], Some(Format::Zip)),
        Some((_, "png")) => (&path[..path.len() - 4], Some(Format::Png)),
        Some(_) => (path, None),
    }
}

/// The timeline's filters: any of the values within a dimension (or, with `match_all`, every
/// chosen country, area and power), all dimensions together.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
pub struct Filter {
    pub countries: Vec<String>,
    pub areas: Vec<String>,
    pub powers: Vec<String>,
    pub years: Vec<i32>,
    /// `match=all`: an event must name every chosen country, area and power, not just one
    /// of each. Years stay "any" (an event has one year). Kept only where it can narrow the
    /// results, that is with two or more values in one of those dimensions.
    pub match_all: bool,
}

/// A filter read from a query, and whether the query spelled it canonically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedFilter {
    pub filter: Filter,
    /// False when a value was written in another case or with spaces around it: the reader
    /// is sent to the canonical link.
    pub canonical: bool,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Reads `?country=…&area=…&power=…&year=…`; other parameters (tracking tags, say) are
    /// ignored so that shared links keep working. Values are matched regardless of case;
    /// unknown values are refused with the nearest known ones as suggestions, and years
    /// outside the timeline's range are refused too (no endless set of empty pages).
    pub fn parse(query: Option<&str>, b: &Briefing, lang: Lang) -> Result<ParsedFilter, PageError> {
        let mut f = Filter::default();
        let mut canonical = true;
        let mut count = 0;
        for (key, raw) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            if !matches!(&*key, "country" | "area" | "power" | "year" | "match") {
                continue;
            }
            let value = raw.trim();
            if value.is_empty() {
                continue;
            }
            if key == "match" {
                match value.to_lowercase().as_str() {
                    "all" => f.match_all = true,
                    // "any" is what no parameter means: the canonical link leaves it out.
                    "any" => canonical = false,
                    _ => {
                        return Err(PageError::bad_request(format!(
                            "The timeline's match can be \u{201c}all\u{201d} or \u{201c}any\u{201d}, not \u{201c}{value}\u{201d}."
                        )));
                    }
                }
                if value != "all" && value != "any" {
                    canonical = false;
                }
                continue;
            }
            count += 1;
            if count > MAX_FILTER_VALUES {
                return Err(PageError::bad_request(format!(
                    "A timeline link can carry at most {MAX_FILTER_VALUES} filters."
                )));
            }
            let lower = value.to_lowercase();
            if lower != *raw {
                canonical = false;
            }
            let known: Vec<(&str, &str)> = match &*key {
                "country" => b
                    .countries
                    .iter()
                    .map(|c| (c.id.as_str(), c.name.as_str()))
                    .collect(),
                "area" => b
                    .areas
                    .iter()
                    .map(|a| (a.id.as_str(), a.name.as_str()))
                    .collect(),
                "power" => b
                    .powers
                    .iter()
                    .map(|p| (p.id.as_str(), p.name.as_str()))
                    .collect(),
                _ => {
                    let year = lower.parse::<i32>().ok().filter(|y| {
                        let (first, last) = year_range(b);
                        (first..=last).contains(y)
                    });
                    match year {
                        Some(y) => push_unique(&mut f.years, y),
                        None => {
                            let (first, last) = year_range(b);
                            return Err(PageError::bad_request(format!(
                                "The timeline has no year \u{201c}{value}\u{201d}: its events run from {first} to {last}."
                            )));
                        }
                    }
                    continue;
                }
            };
            let renamed = || {
                let kind = match &*key {
                    "country" => crate::model::PageKind::Country,
                    "area" => crate::model::PageKind::Area,
                    _ => crate::model::PageKind::Power,
                };
                match b.moved(kind, &lower) {
                    Some(crate::model::Moved::To(new)) => Some(new),
                    _ => None,
                }
            };
            if !known.iter().any(|(id, _)| *id == lower)
                && let Some(new) = renamed()
            {
                // An old id of a renamed item: the canonical link names the new one.
                canonical = false;
                f.push(&key, new);
                continue;
            }
            let Some((id, _)) = known.iter().find(|(id, _)| *id == lower) else {
                let what = match &*key {
                    "country" => "country",
                    "area" => "cooperation area",
                    _ => "power",
                };
                let mut near: Vec<(f64, &str, &str)> = known
                    .iter()
                    .map(|(id, name)| {
                        let score = strsim::jaro_winkler(&lower, id)
                            .max(strsim::jaro_winkler(&lower, &name.to_lowercase()));
                        (score, *id, *name)
                    })
                    .filter(|(score, _, _)| *score >= 0.8)
                    .collect();
                near.sort_by(|a, b| b.0.total_cmp(&a.0));
                let suggestions = near
                    .iter()
                    .take(3)
                    .map(|(_, id, name)| {
                        let mut fixed = f.clone();
                        fixed.push(&key, id);
                        Suggestion {
                            label: (*name).to_owned(),
                            href: PageId::Timeline(fixed).href(lang),
                        }
                    })
                    .collect();
                return Err(PageError::BadRequest {
                    message: format!(
                        "The timeline has no {what} \u{201c}{value}\u{201d}. Known values: {}.",
                        known
                            .iter()
                            .map(|(id, _)| *id)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    suggestions,
                });
            };
            f.push(&key, id);
        }
        if f.match_all && !f.can_match_all() {
            f.match_all = false;
            canonical = false;
        }
        Ok(ParsedFilter {
            filter: f,
            canonical,
        })
    }

    /// Whether "all" can give other results than "any": two or more values in a dimension.
    pub fn can_match_all(&self) -> bool {
        self.countries.len() > 1 || self.areas.len() > 1 || self.powers.len() > 1
    }

    fn push(&mut self, key: &str, id: &str) {
        let list = match key {
            "country" => &mut self.countries,
            "area" => &mut self.areas,
            _ => &mut self.powers,
        };
        push_unique(list, id.to_owned());
    }

    pub fn matches(&self, e: &TimelineEvent) -> bool {
        let all = self.match_all;
        let any = |wanted: &[String], have: &[crate::model::Slug]| {
            let named = |w: &String| have.iter().any(|h| h == w.as_str());
            wanted.is_empty()
                || if all {
                    wanted.iter().all(named)
                } else {
                    wanted.iter().any(named)
                }
        };
        any(&self.countries, &e.countries)
            && any(&self.areas, &e.areas)
            && any(&self.powers, &e.powers)
            && (self.years.is_empty() || self.years.contains(&e.date.year()))
    }

    /// The query of the canonical link to this view (`?country=…`), parameters in a fixed
    /// order; nothing for the whole timeline.
    pub fn write_query(&self, out: &mut String) {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for c in &self.countries {
            q.append_pair("country", c);
        }
        for a in &self.areas {
            q.append_pair("area", a);
        }
        for p in &self.powers {
            q.append_pair("power", p);
        }
        for y in &self.years {
            q.append_pair("year", &y.to_string());
        }
        if self.match_all {
            q.append_pair("match", "all");
        }
        let q = q.finish();
        if !q.is_empty() {
            out.push('?');
            out.push_str(&q);
        }
    }

    /// This filter without the value at `index` of dimension `param`.
    pub fn without(&self, param: &str, index: usize) -> Filter {
        let mut rest = self.clone();
        match param {
            "country" => drop(rest.countries.remove(index)),
            "area" => drop(rest.areas.remove(index)),
            "power" => drop(rest.powers.remove(index)),
            "match" => rest.match_all = false,
            _ => drop(rest.years.remove(index)),
        }
        rest.match_all &= rest.can_match_all();
        rest
    }
}

/// Characters of a search query kept; the rest is cut off (a search is a few words).
pub const MAX_QUERY_CHARS: usize = 200;

/// A search: the words, and the timeline's filters it is narrowed by.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
pub struct SearchQuery {
    /// The words, with spaces collapsed and at most [`MAX_QUERY_CHARS`] characters.
    pub q: String,
    pub filter: Filter,
}

impl SearchQuery {
    /// The canonical form of the words a reader typed.
    pub fn words(raw: &str) -> String {
        let mut q = String::new();
        for word in raw.split_whitespace() {
            if !q.is_empty() {
                q.push(' ');
            }
            q.push_str(word);
        }
        match q.char_indices().nth(MAX_QUERY_CHARS) {
            Some((cut, _)) => q[..cut].trim_end().to_owned(),
            None => q,
        }
    }

    /// Reads `?q=…` and the timeline's filters (see [`Filter::parse`]). Any bytes are words:
    /// what is not UTF-8 is replaced, control characters are spaces.
    pub fn parse(
        query: Option<&str>,
        b: &Briefing,
        lang: Lang,
    ) -> Result<(SearchQuery, bool), PageError> {
        let raw = form_urlencoded::parse(query.unwrap_or("").as_bytes())
            .find(|(k, _)| k == "q")
            .map(|(_, v)| v.replace(char::is_control, " "))
            .unwrap_or_default();
        let parsed = Filter::parse(query, b, lang)?;
        Ok((
            SearchQuery {
                q: SearchQuery::words(&raw),
                filter: parsed.filter,
            },
            parsed.canonical,
        ))
    }

    /// `?q=…&country=…`: the words first, then the filters in their fixed order.
    pub fn write_query(&self, out: &mut String) {
        let mut filters = String::new();
        self.filter.write_query(&mut filters);
        let mut q = form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            q.append_pair("q", &self.q);
        }
        let mut q = q.finish();
        if let Some(f) = filters.strip_prefix('?') {
            if !q.is_empty() {
                q.push('&');
            }
            q.push_str(f);
        }
        if !q.is_empty() {
            out.push('?');
            out.push_str(&q);
        }
    }
}

/// The first and last year of the timeline.
pub fn year_range(b: &Briefing) -> (i32, i32) {
    let first = b.events.first().map_or(0, |e| e.date.year());
    let last = b
        .events
        .iter()
        .map(|e| e.end.unwrap_or(e.date).year())
        .max()
        .unwrap_or(0);
    (first, last)
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_reads_back_from_its_path() {
        let b = crate::model::DataSource::Embedded.load().expect("loads");
        for lang in [Lang::En, Lang::Ja, Lang::Ru] {
            for page in PageId::all(&b) {
                let lang = if page.in_every_edition() {
                    lang
                } else {
                    Lang::En
                };
                for &format in page.formats() {
                    let path = page.path(lang, format);
                    assert_eq!(
                        parse(&path),
                        Route::Page(lang, page.clone(), format),
                        "{path}"
                    );
                }
            }
        }
    }

    #[test]
    fn editions_are_read_from_their_prefix_and_keep_it_when_redirected() {
        assert_eq!(
            parse("/ja/"),
            Route::Page(Lang::Ja, PageId::Overview, Format::Html)
        );
        assert_eq!(parse("/ja"), Route::Redirect("/ja/".into()));
        assert_eq!(parse("/RU"), Route::Redirect("/ru/".into()));
        assert_eq!(
            parse("/ru/countries/japan.json"),
            Route::Page(Lang::Ru, PageId::Country("japan".into()), Format::Json)
        );
        assert_eq!(
            parse("/ja/Countries/Japan/"),
            Route::Redirect("/ja/countries/japan".into())
        );
        assert_eq!(
            parse("/ru/feed.xml"),
            Route::Redirect("/ru/timeline.atom".into())
        );
        // One schema and one sitemap for every edition.
        assert_eq!(
            parse("/ja/schema/event.json"),
            Route::Redirect("/schema/event.json".into())
        );
        assert_eq!(parse("/ja/nowhere.json"), Route::NotFound(Format::Json));
        assert_eq!(lang_of("/ja/nowhere.json"), Lang::Ja);
        assert_eq!(lang_of("/RU/x"), Lang::Ru);
        assert_eq!(lang_of("/japan"), Lang::En);
        assert_eq!(parse("/japan"), Route::NotFound(Format::Html));
        assert_eq!(
            PageId::Timeline(Filter {
                years: vec![2024],
                ..Filter::default()
            })
            .path(Lang::Ru, Format::Csv),
            "/ru/timeline.csv?year=2024"
        );
    }

    #[test]
    fn other_spellings_redirect_to_the_canonical_path() {
        assert_eq!(parse("/timeline/"), Route::Redirect("/timeline".into()));
        assert_eq!(
            parse("/Countries/Japan"),
            Route::Redirect("/countries/japan".into())
        );
        assert_eq!(
            parse("/countries/%6aapan"),
            Route::Redirect("/countries/japan".into())
        );
        assert_eq!(
            parse("/countries.JSON"),
            Route::Redirect("/countries.json".into())
        );
        assert_eq!(parse("/countries/japan.pdf"), Route::NotFound(Format::Html));
        assert_eq!(parse("/countries/japan.xml"), Route::NotFound(Format::Xml));
        assert_eq!(parse("/about.atom"), Route::NotFound(Format::Atom));
        assert_eq!(parse("/feed.xml"), Route::Redirect("/timeline.atom".into()));
        assert_eq!(parse("/Atom.xml"), Route::Redirect("/timeline.atom".into()));
        assert_eq!(
            parse("/countries/Japan.ICS"),
            Route::Redirect("/countries/japan.ics".into())
        );
        assert_eq!(parse("/about.csv"), Route::NotFound(Format::Csv));
        assert_eq!(parse("/nowhere.json"), Route::NotFound(Format::Json));
    }

    #[test]
    fn filters_have_one_canonical_query() {
        let f = Filter {
            countries: vec!["japan".into()],
            years: vec![2024],
            ..Filter::default()
        };
        assert_eq!(
            PageId::Timeline(f).path(Lang::En, Format::Csv),
            "/timeline.csv?country=japan&year=2024"
        );
    }
}
