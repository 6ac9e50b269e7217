//! `/countries` (the participants side by side) and `/countries/{country}` (one profile).

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::PageError;
use crate::model::{
    Cited, Country, Fact, FactKind, FuzzyDate, ItemRef, MembershipStatus, Slug, Vote,
};
use crate::urls::{Filter, PageId};

use super::charts::{self, TimelineChart};
use super::parts::{
    Cite, Context, EventRow, Link, PointView, SourceLine, cites, claim_anchor, event_row, point,
    source_lines,
};

/// A fact's value, typed so that each renderer can write it its own way.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum FactValue {
    Text(String),
    Number(u64),
    /// Square kilometres.
    Area(u64),
    Person(PersonRef),
    Vote(Vote),
}

/// A person named by a fact.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PersonRef {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub href: String,
}

/// One line of a facts box.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FactRow {
    pub kind: FactKind,
    /// Its element's `id` on the country's page (`fact-population`), for links to it.
    pub anchor: String,
    pub value: FactValue,
    pub as_of: Option<FuzzyDate>,
    pub unconfirmed: bool,
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

fn fact_row<T>(cx: &Context<'_>, kind: FactKind, fact: &Fact<T>, value: FactValue) -> FactRow {
    FactRow {
        kind,
        anchor: claim_anchor(&Cited::Fact(kind), 1).unwrap_or_default(),
        value,
        as_of: fact.as_of,
        unconfirmed: fact.unconfirmed,
        note: fact.note.clone(),
        cites: cites(cx, &fact.sources),
    }
}

fn facts(cx: &Context<'_>, c: &Country) -> Vec<FactRow> {
    let b = cx.b;
    let mut rows = Vec::new();
    if let Some(f) = &c.official_name {
        rows.push(fact_row(
            cx,
            FactKind::OfficialName,
            f,
            FactValue::Text(f.value.clone()),
        ));
    }
    if let Some(f) = &c.capital {
        rows.push(fact_row(
            cx,
            FactKind::Capital,
            f,
            FactValue::Text(f.value.clone()),
        ));
    }
    let person = |f: &Fact<Slug>| {
        let p = b.person(&f.value);
        FactValue::Person(PersonRef {
            id: f.value.to_string(),
            name: p.map_or(f.value.to_string(), |p| p.name.clone()),
            role: p.map(|p| p.role.clone()),
            href: cx.item_href(&ItemRef::Person(f.value.to_string())),
        })
    };
    if let Some(f) = &c.head_of_state {
        rows.push(fact_row(cx, FactKind::HeadOfState, f, person(f)));
    }
    if let Some(f) = &c.head_of_government {
        rows.push(fact_row(cx, FactKind::HeadOfGovernment, f, person(f)));
    }
    if let Some(f) = &c.population {
        rows.push(fact_row(
            cx,
            FactKind::Population,
            f,
            FactValue::Number(f.value),
        ));
    }
    if let Some(f) = &c.area_km2 {
        rows.push(fact_row(cx, FactKind::Area, f, FactValue::Area(f.value)));
    }
    if let Some(f) = &c.un_es_11_1 {
        rows.push(fact_row(cx, FactKind::UnVote, f, FactValue::Vote(f.value)));
    }
    rows
}

/// A country's standing in one organisation; no status where the data says nothing.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MembershipCell {
    pub organisation: String,
    /// Its element's `id` on the country's page (`membership-sco`).
    pub anchor: String,
    pub short_name: String,
    pub name: String,
    pub status: Option<MembershipStatus>,
    pub since: Option<FuzzyDate>,
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

fn memberships(cx: &Context<'_>, c: &Country) -> Vec<MembershipCell> {
    cx.b.organisations
        .iter()
        .map(|o| {
            let m = c.memberships.iter().find(|m| m.organisation == o.id);
            MembershipCell {
                organisation: o.id.to_string(),
                anchor: claim_anchor(&Cited::Membership(o.id.to_string()), 1).unwrap_or_default(),
                short_name: o.short_name.clone(),
                name: o.name.clone(),
                status: m.map(|m| m.status),
                since: m.and_then(|m| m.since),
                note: m.and_then(|m| m.note.clone()),
                cites: m.map(|m| cites(cx, &m.sources)).unwrap_or_default(),
            }
        })
        .collect()
}

/// One participant in the comparison: its facts aligned with the columns.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ComparisonRow {
    pub id: String,
    pub name: String,
    pub href: String,
    /// One cell per column; `null` where the data has no such fact.
    pub facts: Vec<Option<FactRow>>,
    pub memberships: Vec<MembershipCell>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OrganisationView {
    pub id: String,
    pub short_name: String,
    pub name: String,
    pub led_by: Option<Link>,
    pub cites: Vec<Cite>,
}

/// The participants side by side.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CountriesView {
    /// Where the six are, each a link to its profile, with the Dialogue's venues.
    pub map: super::map::MapView,
    pub columns: Vec<FactKind>,
    pub rows: Vec<ComparisonRow>,
    pub organisations: Vec<OrganisationView>,
}

/// The facts compared across the participants.
const COLUMNS: [FactKind; 6] = [
    FactKind::OfficialName,
    FactKind::Capital,
    FactKind::HeadOfState,
    FactKind::HeadOfGovernment,
    FactKind::Population,
    FactKind::UnVote,
];

pub fn countries(cx: &Context<'_>) -> CountriesView {
    let b = cx.b;
    let rows = b
        .countries
        .iter()
        .map(|c| {
            let mut facts = facts(cx, c);
            ComparisonRow {
                id: c.id.to_string(),
                name: c.name.clone(),
                href: cx.item_href(&ItemRef::Country(c.id.to_string())),
                facts: COLUMNS
                    .iter()
                    .map(|k| {
                        facts
                            .iter()
                            .position(|f| f.kind == *k)
                            .map(|i| facts.remove(i))
                    })
                    .collect(),
                memberships: memberships(cx, c),
            }
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
                    href: cx.item_href(&ItemRef::Power(p.id.to_string())),
                })
            }),
            cites: cites(cx, &o.sources),
        })
        .collect();
    CountriesView {
        columns: COLUMNS.to_vec(),
        rows,
        map: super::map::map(cx),
        organisations,
    }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RelationView {
    pub partner: Link,
    /// Its element's `id` on the country's page (`relation-china`).
    pub anchor: String,
    pub summary: String,
    pub cites: Vec<Cite>,
}

/// One participant's profile.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CountryView {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub cites: Vec<Cite>,
    pub is_host: bool,
    /// For the host: its format on the common points, what it pledged and launched.
    pub format: Option<super::powers::ProfileView>,
    pub dialogue_role: Option<PointView>,
    pub facts: Vec<FactRow>,
    pub memberships: Vec<MembershipCell>,
    pub relations: Vec<RelationView>,
    /// Its events, drawn year by year.
    pub chart: TimelineChart,
    pub events: Vec<EventRow>,
    pub timeline_href: String,
    pub sources: Vec<SourceLine>,
    /// When the item was last checked against its sources.
    pub reviewed: Option<crate::model::FuzzyDate>,
    /// Its recent changes, from the change log.
    pub changes: super::changes::ItemHistory,
}

pub fn country(cx: &Context<'_>, id: &str) -> Result<CountryView, PageError> {
    let b = cx.b;
    let Some(c) = b.country(id) else {
        return Err(PageError::NotFound(cx.lang.ui().t1(
            "missing-country",
            "id",
            id,
        )));
    };
    let item = ItemRef::Country(c.id.to_string());
    Ok(CountryView {
        id: c.id.to_string(),
        name: c.name.clone(),
        summary: c.summary.clone(),
        cites: cites(cx, &c.sources),
        is_host: b.summit.host == c.id,
        format: b
            .summit
            .profile
            .as_ref()
            .filter(|_| b.summit.host == c.id)
            .map(|p| super::powers::profile(cx, p, &super::powers::own_summits(b))),
        dialogue_role: c.dialogue_role.as_ref().map(|p| point(cx, p)),
        facts: facts(cx, c),
        memberships: memberships(cx, c),
        relations: c
            .relations
            .iter()
            .map(|r| {
                let partner = if b.country(&r.partner).is_some() {
                    ItemRef::Country(r.partner.to_string())
                } else {
                    ItemRef::Power(r.partner.to_string())
                };
                RelationView {
                    anchor: claim_anchor(&Cited::Relation(r.partner.to_string()), 1)
                        .unwrap_or_default(),
                    partner: Link {
                        label: b.partner_name(&r.partner),
                        href: cx.item_href(&partner),
                    },
                    summary: r.summary.clone(),
                    cites: cites(cx, &r.sources),
                }
            })
            .collect(),
        chart: charts::timeline(cx, b.events.iter().filter(|e| e.countries.contains(&c.id))),
        events: b
            .events
            .iter()
            .filter(|e| e.countries.contains(&c.id))
            .map(|e| event_row(cx, e))
            .collect(),
        timeline_href: cx.href(PageId::Timeline(Filter {
            countries: vec![c.id.to_string()],
            ..Filter::default()
        })),
        sources: source_lines(cx, b.sources_of(&item)),
        reviewed: c.reviewed.as_ref().map(|r| r.date),
        changes: super::changes::history(cx, crate::model::ItemKind::Country, &c.id),
    })
}
