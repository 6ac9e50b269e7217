//! `/countries` (the participants side by side) and `/countries/{country}` (one profile).

use askama::Template;

use crate::error::AppError;
use crate::model::{Briefing, Country, Fact, FuzzyDate, ItemRef, Sources};

use super::*;

/// One line of a facts box.
pub struct FactRow {
    pub label: &'static str,
    pub value: String,
    pub href: Option<String>,
    pub as_of: Option<DateView>,
    pub unconfirmed: bool,
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

fn fact_row<T>(
    b: &Briefing,
    label: &'static str,
    fact: &Fact<T>,
    value: String,
    href: Option<String>,
) -> FactRow {
    FactRow {
        label,
        value,
        href,
        as_of: fact.as_of.as_ref().map(|d| date_range(d, None)),
        unconfirmed: fact.unconfirmed,
        note: fact.note.clone(),
        cites: cites(b, &fact.sources),
    }
}

/// Thousands separated by a thin space: 20 300 000.
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(ch);
    }
    out
}

fn facts(b: &Briefing, c: &Country) -> Vec<FactRow> {
    let mut rows = Vec::new();
    if let Some(f) = &c.official_name {
        rows.push(fact_row(b, "Official name", f, f.value.clone(), None));
    }
    if let Some(f) = &c.capital {
        rows.push(fact_row(b, "Capital", f, f.value.clone(), None));
    }
    let person = |f: &Fact<crate::model::Slug>| {
        let name = b
            .person(&f.value)
            .map_or(f.value.to_string(), |p| format!("{} ({})", p.name, p.role));
        (name, Some(href(&ItemRef::Person(f.value.to_string()))))
    };
    if let Some(f) = &c.head_of_state {
        let (name, link) = person(f);
        rows.push(fact_row(b, "Head of state", f, name, link));
    }
    if let Some(f) = &c.head_of_government {
        let (name, link) = person(f);
        rows.push(fact_row(b, "Head of government", f, name, link));
    }
    if let Some(f) = &c.population {
        rows.push(fact_row(b, "Population", f, group_digits(f.value), None));
    }
    if let Some(f) = &c.area_km2 {
        let value = format!("{} km\u{b2}", group_digits(f.value));
        rows.push(fact_row(b, "Area", f, value, None));
    }
    if let Some(f) = &c.un_es_11_1 {
        rows.push(fact_row(
            b,
            "UN vote on ES-11/1 (2 March 2022)",
            f,
            f.value.label().to_owned(),
            None,
        ));
    }
    rows
}

/// A country's standing in one organisation; `None` where the data says nothing.
pub struct MembershipCell {
    pub org: String,
    pub org_name: String,
    pub status: Option<&'static str>,
    pub class: &'static str,
    pub since: Option<DateView>,
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

fn memberships(b: &Briefing, c: &Country) -> Vec<MembershipCell> {
    b.organisations
        .iter()
        .map(|o| {
            let m = c.memberships.iter().find(|m| m.organisation == o.id);
            MembershipCell {
                org: o.short_name.clone(),
                org_name: o.name.clone(),
                status: m.map(|m| m.status.label()),
                class: m.map_or("unknown", |m| m.status.slug()),
                since: m
                    .and_then(|m| m.since.as_ref())
                    .map(|d| date_range(d, None)),
                note: m.and_then(|m| m.note.clone()),
                cites: m.map(|m| cites(b, &m.sources)).unwrap_or_default(),
            }
        })
        .collect()
}

pub struct ComparisonRow {
    pub name: String,
    pub href: String,
    pub facts: Vec<FactRow>,
    pub memberships: Vec<MembershipCell>,
}

pub struct OrganisationView {
    pub id: String,
    pub short_name: String,
    pub name: String,
    pub led_by: Option<Link>,
    pub cites: Vec<Cite>,
}

#[derive(Template)]
#[template(path = "countries.html")]
pub struct CountriesPage {
    pub layout: Layout,
    pub columns: Vec<&'static str>,
    pub rows: Vec<ComparisonRow>,
    pub organisations: Vec<OrganisationView>,
}

/// The value in `row` for column `label`, aligned for the comparison table.
fn aligned(columns: &[&'static str], mut facts: Vec<FactRow>) -> Vec<FactRow> {
    columns
        .iter()
        .map(|label| match facts.iter().position(|f| f.label == *label) {
            Some(i) => facts.remove(i),
            None => FactRow {
                label,
                value: String::new(),
                href: None,
                as_of: None,
                unconfirmed: false,
                note: None,
                cites: Vec::new(),
            },
        })
        .collect()
}

pub fn render_list(cx: &Ctx<'_>) -> Result<String, AppError> {
    let b = cx.b;
    let columns = vec![
        "Official name",
        "Capital",
        "Head of state",
        "Head of government",
        "Population",
        "UN vote on ES-11/1 (2 March 2022)",
    ];
    let rows = b
        .countries
        .iter()
        .map(|c| ComparisonRow {
            name: c.name.clone(),
            href: href(&ItemRef::Country(c.id.to_string())),
            facts: aligned(&columns, facts(b, c)),
            memberships: memberships(b, c),
        })
        .collect();
    let organisations = b
        .organisations
        .iter()
        .map(|o| OrganisationView {
            id: o.id.to_string(),
            short_name: o.short_name.clone(),
            name: o.name.clone(),
            led_by: o.led_by.as_ref().and_then(|p| {
                b.power(p).map(|p| Link {
                    label: p.name.clone(),
                    href: href(&ItemRef::Power(p.id.to_string())),
                })
            }),
            cites: cites(b, &o.sources),
        })
        .collect();
    let page = CountriesPage {
        layout: Layout::new(
            cx,
            Section::Countries,
            "/countries",
            "The participants compared",
            format!(
                "The {} participants of the {} side by side: leaders, population, memberships, UN vote.",
                b.countries.len(),
                b.summit.name
            ),
        ),
        columns,
        rows,
        organisations,
    };
    render(&page)
}

pub struct RelationView {
    pub partner: Link,
    pub summary: String,
    pub cites: Vec<Cite>,
}

/// A source listed at the foot of a page, with its tier.
pub struct SourceLine {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub tier: &'static str,
    pub tier_label: &'static str,
    pub date: Option<String>,
}

/// The distinct sources behind the given lists, in first-cited order.
pub fn source_lines<'a>(
    b: &Briefing,
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
            if let Some(s) = b.source(id) {
                out.push(SourceLine {
                    id: s.id.to_string(),
                    title: s.title.clone(),
                    publisher: s.publisher.clone(),
                    tier: s.tier.slug(),
                    tier_label: s.tier.label(),
                    date: s.date.as_ref().map(FuzzyDate::long),
                });
            }
        }
    }
    out
}

#[derive(Template)]
#[template(path = "country.html")]
pub struct CountryPage {
    pub layout: Layout,
    pub name: String,
    pub summary: String,
    pub cites: Vec<Cite>,
    pub is_host: bool,
    pub dialogue_role: Option<PointView>,
    pub facts: Vec<FactRow>,
    pub memberships: Vec<MembershipCell>,
    pub relations: Vec<RelationView>,
    pub events: Vec<EventRow>,
    pub timeline_href: String,
    pub sources: Vec<SourceLine>,
}

pub fn render_profile(cx: &Ctx<'_>, id: &str) -> Result<String, AppError> {
    let b = cx.b;
    let today = cx.today;
    let Some(c) = b.country(id) else {
        return Err(AppError::NotFound(format!(
            "The briefing has no country \u{201c}{id}\u{201d}."
        )));
    };
    let item = ItemRef::Country(c.id.to_string());
    let page = CountryPage {
        layout: Layout::new(
            cx,
            Section::Countries,
            href(&item),
            c.name.clone(),
            c.summary.clone(),
        ),
        name: c.name.clone(),
        summary: c.summary.clone(),
        cites: cites(b, &c.sources),
        is_host: b.summit.host == c.id,
        dialogue_role: c.dialogue_role.as_ref().map(|p| point(b, p)),
        facts: facts(b, c),
        memberships: memberships(b, c),
        relations: c
            .relations
            .iter()
            .map(|r| RelationView {
                partner: Link {
                    label: b.partner_name(&r.partner),
                    href: if b.country(&r.partner).is_some() {
                        href(&ItemRef::Country(r.partner.to_string()))
                    } else {
                        href(&ItemRef::Power(r.partner.to_string()))
                    },
                },
                summary: r.summary.clone(),
                cites: cites(b, &r.sources),
            })
            .collect(),
        events: b
            .events
            .iter()
            .filter(|e| e.countries.contains(&c.id))
            .map(|e| event_row(b, e, &today))
            .collect(),
        timeline_href: format!("/timeline?country={}", c.id),
        sources: source_lines(b, b.sources_of(&item)),
    };
    render(&page)
}
