//! The pieces pages share: links, citations, dates, sourced points, event rows, source lines.

use schemars::JsonSchema;
use serde::Serialize;

use crate::i18n::Lang;
use crate::model::{
    Briefing, Citation, Cited, EventKind, FuzzyDate, ItemRef, Point, ProfilePoint, Slug, Sources,
    Standing, Tier, TimelineEvent,
};
use crate::urls::{self, PageId};

/// What every view function gets: the briefing, the reader's language and the day.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub b: &'a Briefing,
    pub lang: Lang,
    /// Decides what is past and what is upcoming; nothing else.
    pub today: FuzzyDate,
}

impl Context<'_> {
    pub fn href(&self, page: PageId) -> String {
        page.href(self.lang)
    }

    pub fn item_href(&self, item: &ItemRef) -> String {
        urls::item_href(self.lang, item)
    }
}

/// A labelled link to another page of the briefing.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Link {
    pub label: String,
    pub href: String,
}

/// A citation as printed after a fact: the source's entry on the sources page.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Cite {
    /// The source's id.
    pub source: String,
    /// Its publisher, the short label shown after the fact.
    pub label: String,
    pub title: String,
    pub tier: Tier,
    pub href: String,
    /// Its publication date, shown on the chip so that two chips of one publisher differ.
    pub date: Option<FuzzyDate>,
    /// The source's own address (printed after the citation on paper).
    pub url: String,
}

pub fn cites(cx: &Context<'_>, sources: &Sources) -> Vec<Cite> {
    sources
        .iter()
        .filter_map(|id| cx.b.source(id))
        .map(|s| Cite {
            source: s.id.to_string(),
            label: s.publisher.clone(),
            title: s.title.clone(),
            tier: s.tier,
            href: urls::source_href(cx.lang, &s.id),
            date: s.date,
            url: s.url.clone(),
        })
        .collect()
}

/// When something happens: a date at its precision, and the last day of a span.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct When {
    pub start: FuzzyDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<FuzzyDate>,
}

impl When {
    pub fn on(date: FuzzyDate) -> Self {
        Self {
            start: date,
            end: None,
        }
    }
}

fn links<'a>(
    cx: &Context<'_>,
    ids: &[Slug],
    find: impl Fn(&str) -> Option<(&'a str, ItemRef)>,
) -> Vec<Link> {
    ids.iter()
        .filter_map(|id| find(id))
        .map(|(label, item)| Link {
            label: label.to_owned(),
            href: cx.item_href(&item),
        })
        .collect()
}

pub fn country_links(cx: &Context<'_>, ids: &[Slug]) -> Vec<Link> {
    let b = cx.b;
    links(cx, ids, |id| {
        b.country(id)
            .map(|c| (c.name.as_str(), ItemRef::Country(c.id.to_string())))
    })
}

pub fn area_links(cx: &Context<'_>, ids: &[Slug]) -> Vec<Link> {
    let b = cx.b;
    links(cx, ids, |id| {
        b.area(id)
            .map(|a| (a.name.as_str(), ItemRef::Area(a.id.to_string())))
    })
}

pub fn power_links(cx: &Context<'_>, ids: &[Slug]) -> Vec<Link> {
    let b = cx.b;
    links(cx, ids, |id| {
        b.power(id)
            .map(|p| (p.name.as_str(), ItemRef::Power(p.id.to_string())))
    })
}

pub fn people_links(cx: &Context<'_>, ids: &[Slug]) -> Vec<Link> {
    let b = cx.b;
    links(cx, ids, |id| {
        b.person(id)
            .map(|p| (p.name.as_str(), ItemRef::Person(p.id.to_string())))
    })
}

/// A sourced statement.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PointView {
    pub text: String,
    pub unconfirmed: bool,
    pub cites: Vec<Cite>,
}

pub fn point(cx: &Context<'_>, p: &Point) -> PointView {
    PointView {
        text: p.text.clone(),
        unconfirmed: p.unconfirmed,
        cites: cites(cx, &p.sources),
    }
}

/// One event in a list.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EventRow {
    pub id: String,
    pub href: String,
    pub title: String,
    pub summary: String,
    pub when: When,
    pub kind: EventKind,
    pub venue: Option<String>,
    /// How it stands on the day the page was made.
    pub standing: Standing,
    pub countries: Vec<Link>,
    pub areas: Vec<Link>,
    pub powers: Vec<Link>,
    pub cites: Vec<Cite>,
}

impl EventRow {
    pub fn year(&self) -> i32 {
        self.when.start.year()
    }
}

pub fn event_row(cx: &Context<'_>, e: &TimelineEvent) -> EventRow {
    EventRow {
        id: e.id.to_string(),
        href: cx.href(PageId::Event(e.id.to_string())),
        title: e.title.clone(),
        summary: e.summary.clone(),
        when: When {
            start: e.date,
            end: e.end,
        },
        kind: e.kind,
        venue: e.venue.clone(),
        standing: e.standing(&cx.today),
        countries: country_links(cx, &e.countries),
        areas: area_links(cx, &e.areas),
        powers: power_links(cx, &e.powers),
        cites: cites(cx, &e.sources),
    }
}

/// A source listed at the foot of a page.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SourceLine {
    pub id: String,
    pub href: String,
    pub title: String,
    pub publisher: String,
    pub tier: Tier,
    pub date: Option<FuzzyDate>,
}

/// The distinct sources behind the given lists, in first-cited order.
pub fn source_lines<'a>(
    cx: &Context<'_>,
    lists: impl IntoIterator<Item = &'a Sources>,
) -> Vec<SourceLine> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for list in lists {
        for id in list.iter() {
            if seen.contains(&id.as_str()) {
                continue;
            }
            seen.push(id.as_str());
            if let Some(s) = cx.b.source(id) {
                out.push(SourceLine {
                    id: s.id.to_string(),
                    href: urls::source_href(cx.lang, &s.id),
                    title: s.title.clone(),
                    publisher: s.publisher.clone(),
                    tier: s.tier,
                    date: s.date,
                });
            }
        }
    }
    out
}

/// What a citation supports, in the reader's words: "Kazakhstan: population".
pub fn citation_label(cx: &Context<'_>, item: &ItemRef, cited: &Cited) -> String {
    let b = cx.b;
    let ui = cx.lang.ui();
    let name = match item {
        ItemRef::Summit if matches!(cited, Cited::Whole) => b.summit.name.clone(),
        ItemRef::Summit => b.summit.short_name.clone(),
        ItemRef::Country(id) | ItemRef::Power(id) => b.partner_name(id),
        ItemRef::Organisation(id) => b.organisation(id).map_or(id.clone(), |o| o.name.clone()),
        ItemRef::Person(id) => b.person(id).map_or(id.clone(), |p| p.name.clone()),
        ItemRef::Area(id) => b.area(id).map_or(id.clone(), |a| a.name.clone()),
        ItemRef::Event(id) => b.event(id).map_or(id.clone(), |e| e.title.clone()),
        ItemRef::Correction(id) => b
            .corrections
            .iter()
            .find(|x| x.id == *id.as_str())
            .map_or(id.clone(), |x| ui.correction(&x.original)),
    };
    let other = match cited {
        Cited::Membership(org) => b
            .organisation(org)
            .map_or(org.clone(), |o| o.short_name.clone()),
        Cited::Relation(partner) => b.partner_name(partner),
        _ => String::new(),
    };
    ui.cited(&name, cited, &other)
}

/// The link to the claim a citation is about: its item's page, at the element that shows the
/// claim (`/countries/kazakhstan#fact-population`, `/#why-3`, `/powers/china#lever-2`); the
/// page itself for the item as a whole.
pub fn claim_href(cx: &Context<'_>, c: &Citation) -> String {
    // The summit's own format is shown on the host's page, with the other formats' points.
    let item = match (&c.item, &c.cited) {
        (ItemRef::Summit, Cited::Profile(_)) => ItemRef::Country(cx.b.summit.host.to_string()),
        (item, _) => item.clone(),
    };
    let page = cx.item_href(&item);
    match (&item, claim_anchor(&c.cited, c.n)) {
        // The summit's offer has no element of its own: its pledges are the figures and the
        // host's format points.
        (ItemRef::Summit, _) if c.cited == Cited::Offer => page,
        (_, Some(anchor)) => format!("{page}#{anchor}"),
        (_, None) => page,
    }
}

/// The `id` of the element that shows the `n`th claim of kind `cited` on its item's page
/// (see [`claim_href`]); `None` for the item as a whole. Claims that have a key of their own
/// are named by it (`fact-population`, `relation-china`, `membership-sco`, `profile-began`),
/// the others by their place in their list (`figure-2`, `profile-pledges-1`).
pub fn claim_anchor(cited: &Cited, n: usize) -> Option<String> {
    Some(match cited {
        Cited::Whole => return None,
        Cited::Offer => "offer".to_owned(),
        Cited::DialogueRole => "dialogue".to_owned(),
        Cited::Fact(kind) => format!("fact-{}", <&str>::from(kind)),
        Cited::Relation(partner) => format!("relation-{partner}"),
        Cited::Membership(org) => format!("membership-{org}"),
        Cited::Profile(
            point @ (ProfilePoint::Began | ProfilePoint::Frequency | ProfilePoint::Latest),
        ) => format!("profile-{}", <&str>::from(point)),
        Cited::Profile(point) => format!("profile-{}-{n}", <&str>::from(point)),
        Cited::WhyItMatters => format!("why-{n}"),
        Cited::Outcome => format!("outcome-{n}"),
        Cited::Story(_) => format!("story-{n}"),
        Cited::Figure(_) => format!("figure-{n}"),
        Cited::Document(_) => format!("document-{n}"),
        Cited::View(_) => format!("view-{n}"),
        Cited::Plan(_) => format!("plan-{n}"),
        Cited::Lever(_) => format!("lever-{n}"),
    })
}

/// Shortens text for a meta description at a word boundary, with an ellipsis.
pub fn summarise(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}\u{2026}", at_word.trim_end_matches([',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::summarise;

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        assert_eq!(summarise("short", 200), "short");
        assert_eq!(summarise("one two three", 9), "one two\u{2026}");
        assert_eq!(summarise("one, two three", 6), "one\u{2026}");
    }
}
