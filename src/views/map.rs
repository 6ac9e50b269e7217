//! The map as a view: the participants' outlines (Natural Earth, converted once by
//! `scripts/geo/build.mjs` into `data/geo/region.json`), each a link to its profile, and the
//! venues of the Dialogue's milestones taken from the events and the summit's story.
//! `templates/_charts.html` draws it; nothing here is markup.

use std::sync::LazyLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{EventKind, FuzzyDate, ItemRef, Standing, SummitStatus, TimelineEvent};
use crate::urls::PageId;

use super::parts::Context;

/// The projected outlines and cities, as the conversion script wrote them.
#[derive(Debug, Deserialize)]
struct Region {
    width: f32,
    height: f32,
    main: Layer,
    inset: Inset,
    places: Vec<Place>,
}

#[derive(Debug, Deserialize)]
struct Layer {
    participants: Vec<Shape>,
    context: Vec<Shape>,
}

#[derive(Debug, Deserialize)]
struct Inset {
    x: f32,
    y: f32,
    width: f32,
    height: f32,
    participants: Vec<Shape>,
    context: Vec<Shape>,
}

#[derive(Debug, Deserialize)]
struct Shape {
    /// The briefing's id of a participant; absent for a neighbour.
    id: Option<String>,
    /// Natural Earth's English name; a neighbour's label when `label` is set.
    name: String,
    d: String,
    label: Option<[f32; 2]>,
    anchor: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Place {
    name: String,
    country: String,
    at: [f32; 2],
    side: String,
}

static REGION: LazyLock<Region> = LazyLock::new(|| {
    serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/geo/region.json"
    )))
    .expect("data/geo/region.json is written by scripts/geo/build.mjs and checked by the tests")
});

/// A point in SVG units.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct At {
    pub x: f32,
    pub y: f32,
}

/// Which side of its point a label sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Left,
    Right,
    Centre,
}

impl Side {
    pub fn anchor(self) -> &'static str {
        match self {
            Side::Left => "end",
            Side::Right => "start",
            Side::Centre => "middle",
        }
    }
}

fn side(word: Option<&str>) -> Side {
    match word {
        Some("left" | "end") => Side::Left,
        Some("right" | "start") => Side::Right,
        _ => Side::Centre,
    }
}

/// A neighbouring country drawn faintly for context.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ContextCountry {
    pub name: String,
    /// Where its name is written, if it is.
    pub label: Option<At>,
    /// The outline as SVG path data (geometry, left out of the JSON).
    #[serde(skip)]
    pub d: &'static str,
}

/// A participant: its outline, a link to its profile, its name.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MapCountry {
    pub id: String,
    pub name: String,
    pub href: String,
    pub label: At,
    pub side: Side,
    /// In Japan's inset rather than on the main map.
    pub inset: bool,
    #[serde(skip)]
    pub d: &'static str,
}

/// A city the data names as a capital or a venue.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct City {
    pub name: String,
    pub at: At,
    pub side: Side,
    /// The participant whose capital it is, as the data gives it.
    pub capital_of: Option<String>,
}

/// What a venue marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Milestone {
    /// The Dialogue's first foreign ministers' meeting.
    FirstMeeting,
    /// A leaders' summit of the Dialogue, held, planned or postponed.
    Summit,
    /// The next summit as announced, with no city or date set where the data says so.
    NextSummit,
}

/// One milestone at a venue, a link to its event.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct VenueEvent {
    pub milestone: Milestone,
    pub date: Option<FuzzyDate>,
    pub standing: Option<Standing>,
    /// The venue as the data words it.
    pub venue: String,
    pub title: String,
    pub href: String,
    /// Where the line of text for it sits.
    pub label: At,
}

/// A place where milestones happened: a city, or a whole country when no city is named.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Venue {
    pub name: String,
    pub at: At,
    pub side: Side,
    /// Only the country is known (the next summit's city is not set).
    pub country_only: bool,
    pub events: Vec<VenueEvent>,
}

/// The map of the six participants with the Dialogue's venues.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MapView {
    pub width: f32,
    pub height: f32,
    pub inset: InsetFrame,
    pub participants: Vec<MapCountry>,
    pub context: Vec<ContextCountry>,
    pub inset_context: Vec<ContextCountry>,
    pub cities: Vec<City>,
    pub venues: Vec<Venue>,
}

#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct InsetFrame {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl VenueEvent {
    /// The standing worth saying beside the milestone: any but "took place".
    pub fn caveat(&self) -> Option<Standing> {
        self.standing.filter(|s| *s != Standing::TookPlace)
    }
}

impl MapView {
    /// Every venue event in date order (the next summit last), for the list beside the map.
    pub fn venue_events(&self) -> Vec<&VenueEvent> {
        let mut all: Vec<&VenueEvent> = self.venues.iter().flat_map(|v| &v.events).collect();
        all.sort_by_key(|e| {
            (
                e.milestone == Milestone::NextSummit,
                e.date.map(|d| d.iso()),
            )
        });
        all
    }
}

/// Height of one line of a venue's labels.
const LINE: f32 = 12.0;

fn context(shapes: &'static [Shape]) -> Vec<ContextCountry> {
    shapes
        .iter()
        .map(|s| ContextCountry {
            name: s.name.clone(),
            label: s.label.map(|[x, y]| At { x, y }),
            d: &s.d,
        })
        .collect()
}

/// The city a venue such as "Astana, Kazakhstan" names, if the map has it.
fn city_of(venue: &str) -> Option<&'static Place> {
    let city = venue.split(',').next()?.trim();
    REGION.places.iter().find(|p| p.name == city)
}

pub fn map(cx: &Context<'_>) -> MapView {
    let b = cx.b;
    let r = &*REGION;
    let mut participants = Vec::new();
    for (shapes, inset) in [(&r.main.participants, false), (&r.inset.participants, true)] {
        for s in shapes {
            let Some(c) = s.id.as_deref().and_then(|id| b.country(id)) else {
                continue;
            };
            let [x, y] = s.label.unwrap_or([0.0, 0.0]);
            participants.push(MapCountry {
                id: c.id.to_string(),
                name: c.name.clone(),
                href: cx.item_href(&ItemRef::Country(c.id.to_string())),
                label: At { x, y },
                side: side(s.anchor.as_deref()),
                inset,
                d: &s.d,
            });
        }
    }
    // Participants in the briefing's order, so the list and the map agree.
    participants.sort_by_key(|p| b.countries.iter().position(|c| c.id.to_string() == p.id));

    // The milestones: the Dialogue's first ministers' meeting, every summit of the Dialogue,
    // and the next summit as the story last announces it.
    let first = b
        .events
        .iter()
        .find(|e| e.kind == EventKind::MinistersMeeting);
    let mut marks: Vec<(Milestone, &TimelineEvent)> = first
        .map(|e| (Milestone::FirstMeeting, e))
        .into_iter()
        .collect();
    marks.extend(
        b.events
            .iter()
            .filter(|e| e.kind == EventKind::Summit)
            .map(|e| (Milestone::Summit, e)),
    );
    let mut venues: Vec<Venue> = Vec::new();
    let add = |venues: &mut Vec<Venue>, name: &str, at: At, side: Side, only: bool, ev| match venues
        .iter_mut()
        .find(|v| v.name == name)
    {
        Some(v) => v.events.push(ev),
        None => venues.push(Venue {
            name: name.to_owned(),
            at,
            side,
            country_only: only,
            events: vec![ev],
        }),
    };
    for (milestone, e) in marks {
        let Some(venue) = e.venue.as_deref() else {
            continue;
        };
        let Some(place) = city_of(venue) else {
            continue;
        };
        let at = At {
            x: place.at[0],
            y: place.at[1],
        };
        let ev = VenueEvent {
            milestone,
            date: Some(e.date),
            standing: Some(e.standing(&cx.today)),
            venue: venue.to_owned(),
            title: e.title.clone(),
            href: cx.href(PageId::Event(e.id.to_string())),
            label: at,
        };
        add(
            &mut venues,
            &place.name,
            at,
            side(Some(&place.side)),
            false,
            ev,
        );
    }
    // The next summit: the last step announced or planned after the last one held.
    let held = b
        .summit
        .story
        .iter()
        .rposition(|s| s.status == SummitStatus::Held);
    let next = b
        .summit
        .story
        .iter()
        .skip(held.map_or(0, |i| i + 1))
        .rfind(|s| matches!(s.status, SummitStatus::Announced | SummitStatus::Planned));
    if let Some(step) = next
        && let Some(venue) = step.venue.as_deref()
        && let Some(event) = step.event.as_ref().and_then(|id| b.event(id))
    {
        let ev = |at: At| VenueEvent {
            milestone: Milestone::NextSummit,
            date: None,
            standing: None,
            venue: venue.to_owned(),
            title: event.title.clone(),
            href: cx.href(PageId::Event(event.id.to_string())),
            label: at,
        };
        if let Some(place) = city_of(venue) {
            let at = At {
                x: place.at[0],
                y: place.at[1],
            };
            add(
                &mut venues,
                &place.name,
                at,
                side(Some(&place.side)),
                false,
                ev(at),
            );
        } else if let Some(c) = participants
            .iter()
            .find(|c| venue.starts_with(c.name.as_str()))
        {
            // Only the country is known: mark it below the country's name.
            let at = At {
                x: c.label.x,
                y: c.label.y + 16.0,
            };
            add(&mut venues, &c.name, at, Side::Centre, true, ev(at));
        }
    }
    // Each venue's lines of text, one per milestone, below the name of the city.
    for v in &mut venues {
        let (dx, first) = match v.side {
            Side::Left => (-7.0, 1.0),
            Side::Right => (7.0, 1.0),
            Side::Centre => (0.0, 1.4),
        };
        for (i, e) in v.events.iter_mut().enumerate() {
            let i = i as f32;
            e.label = At {
                x: v.at.x + dx,
                y: v.at.y + (first + i) * LINE + if v.country_only { 0.0 } else { 4.0 },
            };
        }
    }
    let cities = r
        .places
        .iter()
        .map(|p| City {
            name: p.name.clone(),
            at: At {
                x: p.at[0],
                y: p.at[1],
            },
            side: side(Some(&p.side)),
            capital_of: b
                .country(&p.country)
                .filter(|c| c.capital.as_ref().is_some_and(|f| f.value == p.name))
                .map(|c| c.name.clone()),
        })
        .collect();
    MapView {
        width: r.width,
        height: r.height,
        inset: InsetFrame {
            x: r.inset.x,
            y: r.inset.y,
            width: r.inset.width,
            height: r.inset.height,
        },
        participants,
        context: context(&r.main.context),
        inset_context: context(&r.inset.context),
        cities,
        venues,
    }
}
