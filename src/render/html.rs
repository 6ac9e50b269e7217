//! HTML: askama pages over the views, the layout they share, the navigation and the error
//! page. Status-to-class mapping and date formatting happen here, at render time.

use askama::Template;

use crate::assets;
use crate::error::{PageError, Suggestion};
use crate::i18n::{Lang, Ui};
use crate::model::{EventKind, FuzzyDate, MembershipStatus, Standing, SummitStatus, Tier};
use crate::urls::{Embedded, Filter, Format, PageId};
use crate::views::about::{AboutView, PeopleView};
use crate::views::areas::{AreaView, AreasView};
use crate::views::brief::BriefView;
use crate::views::changes::ChangesView;
use crate::views::countries::{CountriesView, CountryView, FactRow, FactValue};
use crate::views::data::DataView;
use crate::views::overview::OverviewView;
use crate::views::powers::{PowerView, PowersView};
use crate::views::search::SearchView;
use crate::views::share::ShareView;
use crate::views::sources::SourcesView;
use crate::views::timeline::{EventView, TimelineView};
use crate::views::{Body, PageView};

use super::Target;

/// The CSS class a key is shown with.
pub trait Css {
    fn css(&self) -> &'static str;
}

impl Css for Standing {
    fn css(&self) -> &'static str {
        match self {
            Standing::TookPlace => "past",
            Standing::Scheduled | Standing::Planned => "upcoming",
            Standing::DatePassed | Standing::Unconfirmed => "unconfirmed",
            Standing::Postponed => "postponed",
            Standing::Cancelled => "cancelled",
        }
    }
}

impl Css for SummitStatus {
    fn css(&self) -> &'static str {
        match self {
            SummitStatus::Held => "past",
            SummitStatus::Postponed => "postponed",
            SummitStatus::Announced | SummitStatus::Planned => "upcoming",
        }
    }
}

impl Css for Tier {
    fn css(&self) -> &'static str {
        self.into()
    }
}

impl Css for MembershipStatus {
    fn css(&self) -> &'static str {
        self.into()
    }
}

impl Css for Option<MembershipStatus> {
    fn css(&self) -> &'static str {
        self.as_ref().map_or("unknown", Css::css)
    }
}

/// The symbol an event's mark is drawn with on the SVG timeline: its kind is told by shape
/// (and by the legend's words), not by colour alone.
pub trait Shape {
    fn shape(&self) -> &'static str;
}

impl Shape for EventKind {
    fn shape(&self) -> &'static str {
        match self {
            EventKind::Summit => "summit",
            EventKind::RivalSummit => "rival",
            EventKind::MinistersMeeting => "ministers",
            EventKind::OfficialsMeeting => "officials",
            _ => "other",
        }
    }
}

/// The section of the site a page belongs to, for the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Timeline,
    Countries,
    Areas,
    Powers,
    Sources,
    About,
    None,
}

fn section(page: &PageId) -> Section {
    match page {
        PageId::Overview | PageId::Brief => Section::Overview,
        PageId::Timeline(_) | PageId::Event(_) => Section::Timeline,
        PageId::Countries | PageId::Country(_) => Section::Countries,
        PageId::Areas | PageId::Area(_) => Section::Areas,
        PageId::Powers | PageId::Power(_) => Section::Powers,
        PageId::Sources => Section::Sources,
        PageId::About => Section::About,
        PageId::Data | PageId::Dataset | PageId::Changes(_) => Section::About,
        PageId::People | PageId::Schema(_) | PageId::Sitemap | PageId::Search(_) => Section::None,
        PageId::Embed(e) => section(&e.page()),
    }
}

/// A link in the main navigation.
pub struct NavLink {
    pub href: String,
    pub label: &'static str,
    pub current: bool,
}

/// Another format of the same page: JSON, CSV.
pub struct Alternate {
    pub href: String,
    pub media_type: &'static str,
    pub label: &'static str,
}

/// The same page in one edition: a link of the language switcher and of the
/// `hreflang` alternates.
pub struct EditionLink {
    /// The BCP 47 tag (`hreflang`, `lang`).
    pub code: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    /// The page in that edition, with its query (filters, search words).
    pub href: String,
    /// Absolute, for `<link rel="alternate" hreflang>`.
    pub url: String,
    pub locale: &'static str,
    pub current: bool,
}

impl EditionLink {
    /// The page `page` in every edition; `None` (an error page) links each edition's overview.
    fn all(page: Option<&PageId>, current: Lang, base: &str) -> Vec<Self> {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let href = page.unwrap_or(&PageId::Overview).href(lang);
                Self {
                    code: lang.code(),
                    name: lang.name(),
                    url: format!("{base}{href}"),
                    href,
                    locale: lang.locale(),
                    current: lang == current,
                }
            })
            .collect()
    }
}

/// The fixed pages templates link to, from the URL scheme.
pub struct Links {
    pub overview: String,
    pub timeline: String,
    pub countries: String,
    pub areas: String,
    pub powers: String,
    pub sources: String,
    pub people: String,
    pub about: String,
    pub data: String,
    /// Where the search box in the header sends its words.
    pub search: String,
    pub changes: String,
}

impl Links {
    fn new(lang: Lang) -> Self {
        Self {
            overview: PageId::Overview.href(lang),
            timeline: PageId::Timeline(Filter::default()).href(lang),
            countries: PageId::Countries.href(lang),
            areas: PageId::Areas.href(lang),
            powers: PageId::Powers.href(lang),
            sources: PageId::Sources.href(lang),
            people: PageId::People.href(lang),
            about: PageId::About.href(lang),
            data: PageId::Data.href(lang),
            search: PageId::Search(crate::urls::SearchQuery::default()).href(lang),
            changes: PageId::Changes(crate::urls::ChangeFilter::default()).href(lang),
        }
    }
}

/// What every page's layout needs: title, description for link previews, canonical URL,
/// navigation, the other formats of the page.
pub struct Layout {
    pub ui: Ui,
    pub lang: &'static str,
    pub locale: &'static str,
    pub title: String,
    pub description: String,
    /// Absolute URL of the page when the public URL is known.
    pub canonical: Option<String>,
    pub section: Section,
    pub brand: String,
    /// When the briefing's content was last reviewed, for the footer.
    pub reviewed: Option<FuzzyDate>,
    /// The short hash of the data the page was made from, for the footer.
    pub version: Option<String>,
    pub css: &'static str,
    pub icon: &'static str,
    pub alternates: Vec<Alternate>,
    /// The page's feed and calendar, where it lists events.
    pub follow: Option<Follow>,
    pub links: Links,
    /// The title with the briefing's name, for link previews (`og:title`).
    pub full_title: String,
    /// The page's preview image, when the page has one.
    pub preview: Option<Preview>,
    /// The permalink, share links and citations, on every page of the briefing.
    pub share: Option<ShareView>,
    /// The code that embeds this view in another site, on the pages that have an embed.
    pub embed: Option<EmbedSnippet>,
    /// Every source the page cites, once, in order of first citation: printed at the end of
    /// the page with its address (on screen each citation links to it).
    pub cited: Vec<CitedSource>,
    /// The page in every edition, for the language switcher.
    pub editions: Vec<EditionLink>,
    /// Whether the head lists the editions as `hreflang` alternates (real pages, not errors).
    pub hreflang: bool,
}

/// A source as listed under a printed page.
pub struct CitedSource {
    pub label: String,
    pub title: String,
    pub url: String,
}

/// The sources `body` cites, once each, in order: every [`crate::views::parts::Cite`] in
/// the view, found through its serialised form so that no page family can be missed.
fn cited_sources(body: &Body) -> Vec<CitedSource> {
    // A search page cites nothing (its results link to their own pages), and serialising
    // fifty results to find that out cost as much as the rest of the page
    // (`search_pages_cite_nothing` below keeps this true).
    // The brief numbers its sources itself and lists them with their addresses.
    if matches!(body, Body::Search(_) | Body::Brief(_)) {
        return Vec::new();
    }
    cited_anywhere(body)
}

/// [`cited_sources`] the long way, for any body or part of one.
fn cited_anywhere(body: &impl serde::Serialize) -> Vec<CitedSource> {
    fn walk(v: &serde_json::Value, seen: &mut Vec<String>, out: &mut Vec<CitedSource>) {
        match v {
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, seen, out)),
            serde_json::Value::Object(map) => {
                let text = |k: &str| map.get(k).and_then(|v| v.as_str());
                if let (Some(id), Some(label), Some(title), Some(url), Some(_)) = (
                    text("source"),
                    text("label"),
                    text("title"),
                    text("url"),
                    text("tier"),
                ) {
                    if !seen.iter().any(|s| s == id) {
                        seen.push(id.to_owned());
                        out.push(CitedSource {
                            label: label.to_owned(),
                            title: title.to_owned(),
                            url: url.to_owned(),
                        });
                    }
                    return;
                }
                map.values().for_each(|v| walk(v, seen, out));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(body) {
        walk(&value, &mut Vec::new(), &mut out);
    }
    out
}

/// How large the `<iframe>` of an embed is by default (its page scrolls within it).
pub const EMBED_WIDTH: u32 = 640;
pub const EMBED_HEIGHT: u32 = 560;

/// The code that embeds a view in another site, shown on the page it comes from.
pub struct EmbedSnippet {
    /// The `<iframe>` element to paste (escaped once more where the page shows it as text).
    pub code: String,
    /// The embed itself, to look at before pasting it.
    pub href: String,
}

/// The `<iframe>` element of an embed, escaped by askama like any page.
#[derive(Template)]
#[template(
    source = r#"<iframe src="{{ src }}" title="{{ title }}" width="{{ width }}" height="{{ height }}" loading="lazy"></iframe>"#,
    ext = "html"
)]
struct IframeHtml<'a> {
    src: &'a str,
    title: &'a str,
    width: u32,
    height: u32,
}

impl EmbedSnippet {
    /// The snippet of `page` in `lang`, if it has an embed: the embed's absolute URL (made
    /// from `base`, never from a request) and the page's title.
    fn of(page: &PageId, lang: Lang, base: &str, title: &str) -> Option<Self> {
        let embed = PageId::Embed(Embedded::of(page)?);
        let href = embed.href(lang);
        let src = format!("{base}{href}");
        let code = IframeHtml {
            src: &src,
            title,
            width: EMBED_WIDTH,
            height: EMBED_HEIGHT,
        }
        .render()
        .ok()?;
        Some(Self { code, href })
    }
}

/// A page's preview image (`og:image`).
pub struct Preview {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// How to follow a page that lists events: its Atom feed and its calendar.
pub struct Follow {
    pub feed: String,
    pub calendar: String,
    /// The calendar as a `webcal:` link, which calendar apps subscribe to; the public URL
    /// gives its host, and without one it is the plain link to the file.
    pub subscribe: String,
}

impl Follow {
    fn of(view: &PageView, target: &Target<'_>) -> Option<Self> {
        let page = &view.id;
        if !(page.has(Format::Atom) && page.has(Format::Ics)) {
            return None;
        }
        let calendar = page.path(target.lang, Format::Ics);
        let subscribe = match target.public_url {
            Some(base) => {
                let host = base
                    .strip_prefix("https://")
                    .or_else(|| base.strip_prefix("http://"))
                    .unwrap_or(base);
                format!("webcal://{host}{calendar}")
            }
            None => calendar.clone(),
        };
        Some(Self {
            feed: page.path(target.lang, Format::Atom),
            calendar,
            subscribe,
        })
    }
}

impl Layout {
    fn new(view: &PageView, target: &Target<'_>, brand: &str) -> Self {
        let lang = target.lang;
        // An embed's canonical page, and the page its link opens, is the page it shows.
        let full;
        let page = match &view.id {
            PageId::Embed(e) => {
                full = e.page();
                &full
            }
            page => page,
        };
        let is_embed = matches!(view.id, PageId::Embed(_));
        let path = page.href(lang);
        let alternates = view
            .id
            .formats()
            .iter()
            .filter(|f| {
                matches!(f, Format::Json | Format::Csv)
                    // The change log's feed has no calendar beside it, so no "Follow" line.
                    || (**f == Format::Atom && matches!(view.id, PageId::Changes(_)))
            })
            .map(|&f| Alternate {
                href: view.id.path(lang, f),
                media_type: match f {
                    Format::Csv => "text/csv",
                    Format::Atom => "application/atom+xml",
                    _ => "application/json",
                },
                label: match f {
                    Format::Csv => "CSV",
                    Format::Atom => "Atom",
                    _ => "JSON",
                },
            })
            .collect();
        // Absolute whether or not a public URL is configured: link previews need it.
        let base = target.base_url();
        let canonical = Some(format!("{base}{path}"));
        let brand_name = lang.ui().t1("brand", "name", brand);
        let full_title = if brand_name.starts_with(view.title.as_str()) {
            brand_name.clone()
        } else {
            format!("{} \u{b7} {brand_name}", view.title)
        };
        let preview = view.id.has(Format::Png).then(|| Preview {
            url: format!("{base}{}", view.id.path(lang, Format::Png)),
            width: super::png::WIDTH,
            height: super::png::HEIGHT,
            alt: format!("{full_title}: {}", view.description),
        });
        let share = canonical
            .as_deref()
            .filter(|_| !is_embed)
            .map(|url| crate::views::share::share(view, url, brand, &view.publisher, lang.ui()));
        let embed = EmbedSnippet::of(&view.id, lang, base, &full_title);
        Self {
            embed,
            ui: lang.ui(),
            lang: lang.code(),
            locale: lang.locale(),
            full_title,
            preview,
            share,
            // An embed lists the sources of what it shows (see [`embed`]).
            cited: if is_embed {
                Vec::new()
            } else {
                cited_sources(&view.body)
            },
            canonical,
            title: view.title.clone(),
            description: view.description.clone(),
            section: section(&view.id),
            brand: brand_name,
            reviewed: Some(view.reviewed),
            version: Some(view.version.hash.clone()),
            css: assets::stylesheet_href(),
            icon: assets::icon_href(),
            alternates,
            follow: Follow::of(view, target),
            links: Links::new(lang),
            editions: EditionLink::all(Some(&view.id), lang, base),
            hreflang: view.id.in_every_edition(),
        }
    }

    /// A layout for pages that do not depend on the briefing, such as error pages.
    pub fn plain(title: &str, lang: Lang) -> Self {
        Self {
            ui: lang.ui(),
            lang: lang.code(),
            locale: lang.locale(),
            title: title.to_owned(),
            full_title: title.to_owned(),
            preview: None,
            share: None,
            embed: None,
            cited: Vec::new(),
            description: String::new(),
            canonical: None,
            section: Section::None,
            brand: lang.ui().brand().to_owned(),
            reviewed: None,
            version: None,
            css: assets::stylesheet_href(),
            icon: assets::icon_href(),
            alternates: Vec::new(),
            follow: None,
            links: Links::new(lang),
            editions: EditionLink::all(None, lang, ""),
            hreflang: false,
        }
    }

    pub fn nav(&self) -> Vec<NavLink> {
        let l = &self.links;
        [
            (&l.overview, "nav-overview", Section::Overview),
            (&l.timeline, "nav-timeline", Section::Timeline),
            (&l.countries, "nav-countries", Section::Countries),
            (&l.areas, "nav-areas", Section::Areas),
            (&l.powers, "nav-powers", Section::Powers),
            (&l.sources, "nav-sources", Section::Sources),
            (&l.about, "nav-about", Section::About),
        ]
        .into_iter()
        .map(|(href, label, section)| NavLink {
            href: href.clone(),
            label: self.ui.t(label),
            current: section == self.section,
        })
        .collect()
    }
}

/// A fact's value as text, for the facts box and the comparison.
pub fn fact_value(ui: &Ui, f: &FactRow) -> String {
    match &f.value {
        FactValue::Text(t) => t.clone(),
        FactValue::Number(n) => ui.number(*n),
        FactValue::Area(n) => ui.t1("fact-area-value", "number", ui.number(*n)),
        FactValue::Person(p) => match &p.role {
            Some(role) => format!("{} ({role})", p.name),
            None => p.name.clone(),
        },
        FactValue::Vote(v) => ui.vote(v).to_owned(),
    }
}

/// A file size for readers: "12.3 KB".
pub fn size(bytes: &Option<u64>) -> String {
    match *bytes {
        None => String::new(),
        Some(n) if n < 1000 => format!("{n} bytes"),
        Some(n) if n < 1_000_000 => format!("{:.1} KB", n as f64 / 1000.0),
        Some(n) => format!("{:.1} MB", n as f64 / 1_000_000.0),
    }
}

/// A fact's link, where its value is a person.
pub fn fact_href(f: &FactRow) -> Option<&str> {
    match &f.value {
        FactValue::Person(p) => Some(&p.href),
        _ => None,
    }
}

macro_rules! page {
    ($name:ident, $path:literal, $view:ty) => {
        #[derive(Template)]
        #[template(path = $path)]
        struct $name<'a> {
            layout: Layout,
            v: &'a $view,
        }
    };
}

page!(OverviewHtml, "overview.html", OverviewView);
page!(BriefHtml, "brief.html", BriefView);
page!(TimelineHtml, "timeline.html", TimelineView);
page!(EventHtml, "event.html", EventView);
page!(CountriesHtml, "countries.html", CountriesView);
page!(CountryHtml, "country.html", CountryView);
page!(AreasHtml, "areas.html", AreasView);
page!(AreaHtml, "area.html", AreaView);
page!(PowersHtml, "powers.html", PowersView);
page!(PowerHtml, "power.html", PowerView);
page!(SourcesHtml, "sources.html", SourcesView);
page!(PeopleHtml, "people.html", PeopleView);
page!(AboutHtml, "about.html", AboutView);
page!(DataHtml, "data.html", DataView);
page!(SearchHtml, "search.html", SearchView);
page!(ChangesHtml, "changes.html", ChangesView);

/// An embed of the timeline: the chart and the events listed, without the site around them.
#[derive(Template)]
#[template(path = "embed_timeline.html")]
struct EmbedTimelineHtml<'a> {
    layout: Layout,
    v: &'a TimelineView,
}

/// An embed of a country: its key facts, its events on the timeline strip and listed.
#[derive(Template)]
#[template(path = "embed_country.html")]
struct EmbedCountryHtml<'a> {
    layout: Layout,
    v: &'a CountryView,
}

/// An embed (`/embed/...`) as HTML: a compact page for another site's `<iframe>`.
fn embed(view: &PageView, target: &Target<'_>, brand: &str) -> Result<String, PageError> {
    let mut layout = Layout::new(view, target, brand);
    let html = match &view.body {
        Body::Timeline(v) => {
            layout.cited = cited_sources(&view.body);
            EmbedTimelineHtml { layout, v }.render()
        }
        Body::Country(v) => {
            // The sources of what the embed shows, not of the whole profile.
            layout.cited = cited_anywhere(&(&v.cites, &v.dialogue_role, &v.facts, &v.events));
            EmbedCountryHtml { layout, v }.render()
        }
        _ => {
            return Err(PageError::NotFound(format!(
                "The page \u{201c}{}\u{201d} has no embed.",
                view.title
            )));
        }
    };
    html.map_err(|e| PageError::Render(e.to_string()))
}

/// The page as HTML.
pub fn page(view: &PageView, target: &Target<'_>, brand: &str) -> Result<String, PageError> {
    if let PageId::Embed(_) = view.id {
        return embed(view, target, brand);
    }
    let layout = Layout::new(view, target, brand);
    let html = match &view.body {
        Body::Overview(v) => OverviewHtml { layout, v }.render(),
        Body::Brief(v) => BriefHtml { layout, v }.render(),
        Body::Timeline(v) => TimelineHtml { layout, v }.render(),
        Body::Event(v) => EventHtml { layout, v }.render(),
        Body::Countries(v) => CountriesHtml { layout, v }.render(),
        Body::Country(v) => CountryHtml { layout, v }.render(),
        Body::Areas(v) => AreasHtml { layout, v }.render(),
        Body::Area(v) => AreaHtml { layout, v }.render(),
        Body::Powers(v) => PowersHtml { layout, v }.render(),
        Body::Power(v) => PowerHtml { layout, v }.render(),
        Body::Sources(v) => SourcesHtml { layout, v }.render(),
        Body::People(v) => PeopleHtml { layout, v }.render(),
        Body::About(v) => AboutHtml { layout, v }.render(),
        Body::Data(v) => DataHtml { layout, v }.render(),
        Body::Search(v) => SearchHtml { layout, v }.render(),
        Body::Changes(v) => ChangesHtml { layout, v }.render(),
    };
    html.map_err(|e| PageError::Render(e.to_string()))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorHtml<'a> {
    layout: Layout,
    status: u16,
    heading: &'static str,
    message: &'a str,
    suggestions: &'a [Suggestion],
}

/// The heading of the error page for an HTTP status, in English.
pub fn error_heading(status: u16) -> &'static str {
    error_heading_in(Lang::En.ui(), status)
}

/// The heading of the error page for an HTTP status, in the reader's language.
pub fn error_heading_in(ui: Ui, status: u16) -> &'static str {
    ui.t(match status {
        404 => "error-404",
        400 => "error-400",
        405 => "error-405",
        408 => "error-408",
        410 => "error-410",
        414 => "error-414",
        431 => "error-431",
        503 => "error-503",
        _ => "error-500",
    })
}

#[derive(Template)]
#[template(path = "gone.html")]
struct GoneHtml<'a> {
    layout: Layout,
    gone: &'a crate::error::Gone,
}

/// The page of a removed item (410): what happened to it, and where to go.
pub fn gone(gone: &crate::error::Gone, lang: Lang) -> String {
    let page = GoneHtml {
        layout: Layout::plain(error_heading_in(lang.ui(), 410), lang),
        gone,
    };
    page.render().unwrap_or_else(|e| {
        tracing::error!("the removed-item page failed to render: {e}");
        gone.message.clone()
    })
}

/// The styled error page, in the reader's language, with "did you mean" links.
pub fn error(status: u16, message: &str, suggestions: &[Suggestion], lang: Lang) -> String {
    let heading = error_heading_in(lang.ui(), status);
    let page = ErrorHtml {
        layout: Layout::plain(heading, lang),
        status,
        heading,
        message,
        suggestions,
    };
    page.render().unwrap_or_else(|e| {
        tracing::error!("error page failed to render: {e}");
        heading.to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::{Context, build};

    #[test]
    fn search_pages_cite_nothing() {
        let b = crate::model::DataSource::Embedded.load().expect("loads");
        let cx = Context {
            b: &b,
            lang: Lang::En,
            today: b.summit.updated,
        };
        let index = crate::search::SearchIndex::build(&b, &[Lang::En]);
        // Results of every kind, sources among them; near matches; filters to relax.
        for (q, filters) in [
            ("summit", ""),
            ("Astana zzqqxv", ""),
            ("Nankai", "country=kazakhstan&year=2024"),
        ] {
            let query = crate::urls::SearchQuery {
                q: q.to_owned(),
                filter: crate::urls::Filter::parse(Some(filters), &b, Lang::En)
                    .expect("valid filters")
                    .filter,
            };
            let view = crate::views::search::search(&cx, &index, &query);
            let Body::Search(v) = &view.body else {
                panic!("a search page");
            };
            assert!(
                !v.results.is_empty() || !v.near.is_empty() || !v.relax.is_empty(),
                "{q}"
            );
            assert!(cited_anywhere(&view.body).is_empty(), "{q}");
        }
    }

    #[test]
    fn the_calendar_is_subscribed_to_with_webcal_on_the_public_host() {
        let b = crate::model::DataSource::Embedded.load().expect("loads");
        let cx = Context {
            b: &b,
            lang: Lang::En,
            today: b.summit.updated,
        };
        let view = build(&cx, &PageId::Country("kazakhstan".into())).expect("a view");
        let with = |public_url| {
            Follow::of(
                &view,
                &Target {
                    lang: Lang::En,
                    public_url,
                },
            )
            .expect("a profile can be followed")
        };
        let f = with(Some("https://briefing.example.org"));
        assert_eq!(
            f.subscribe,
            "webcal://briefing.example.org/countries/kazakhstan.ics"
        );
        assert_eq!(f.feed, "/countries/kazakhstan.atom");
        assert_eq!(with(None).subscribe, "/countries/kazakhstan.ics");
        let about = build(&cx, &PageId::About).expect("a view");
        let target = Target {
            lang: Lang::En,
            public_url: None,
        };
        assert!(Follow::of(&about, &target).is_none());
    }
}
