//! The briefing's items as they are written in `data/`.
//!
//! Every struct here is read straight from TOML; unknown fields are refused so that a typo
//! in a field name is reported rather than silently ignored.

use serde::{Deserialize, Serialize};

use super::{FuzzyDate, Slug, Sources};

/// How far a source can be trusted, best first.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Tier {
    /// A government's own page: MOFA, the Prime Minister's Office, the Kremlin.
    Official,
    /// A major news organisation or wire service.
    MajorNews,
    /// Reposts, blogs, encyclopaedias, regional aggregators.
    Secondary,
}

/// A public page that facts in the briefing rest on.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Slug,
    pub title: String,
    pub publisher: String,
    /// Where to read it; only `http` and `https` are accepted.
    pub url: String,
    /// Publication date, where the page gives one.
    pub date: Option<FuzzyDate>,
    pub tier: Tier,
    /// Language of the page, as a BCP 47 tag (`en`, `ja`, `ru`).
    #[serde(default = "english")]
    pub language: String,
    pub note: Option<String>,
}

fn english() -> String {
    "en".to_owned()
}

/// A single value with its provenance: when it held and who says so.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    pub value: T,
    /// The date the value was true on, where it changes over time.
    pub as_of: Option<FuzzyDate>,
    pub sources: Sources,
    /// Set when the sources do not settle it; shown to readers as unconfirmed.
    #[serde(default)]
    pub unconfirmed: bool,
    pub note: Option<String>,
}

/// A sourced statement: one line of prose and the sources behind it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub text: String,
    pub sources: Sources,
    #[serde(default)]
    pub unconfirmed: bool,
}

/// Where the summit stood at one moment: planned, postponed, held, announced.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum SummitStatus {
    Announced,
    Planned,
    Postponed,
    Held,
}

/// One step of the summit's story.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StoryStep {
    pub status: SummitStatus,
    pub date: FuzzyDate,
    pub venue: Option<String>,
    pub summary: String,
    /// The timeline event that tells this step in full.
    pub event: Option<Slug>,
    pub sources: Sources,
}

/// A document the summit adopted or produced.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SummitDocument {
    pub title: String,
    pub date: Option<FuzzyDate>,
    pub summary: String,
    pub sources: Sources,
}

/// A view on the summit from someone quoted in a source.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    /// Who holds the view, as the briefing can honestly name them.
    pub attribution: String,
    pub text: String,
    pub note: Option<String>,
    pub sources: Sources,
}

/// The summit format this briefing is about (`summit.toml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Summit {
    pub id: Slug,
    pub name: String,
    pub short_name: String,
    /// One paragraph: what the summit is.
    pub lede: String,
    /// The country that convened the format.
    pub host: Slug,
    pub participants: Vec<Slug>,
    /// The date the briefing's content was last reviewed.
    pub updated: FuzzyDate,
    pub sources: Sources,
    /// What the host offers the region, for comparison with the rival powers' offers.
    pub offer: Option<Point>,
    #[serde(default)]
    pub why_it_matters: Vec<Point>,
    #[serde(default)]
    pub story: Vec<StoryStep>,
    #[serde(default)]
    pub outcomes: Vec<Point>,
    #[serde(default)]
    pub documents: Vec<SummitDocument>,
    #[serde(default)]
    pub perspectives: Vec<Perspective>,
}

/// How a state stood in the UN General Assembly vote on resolution ES-11/1 (2 March 2022).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Vote {
    InFavour,
    Against,
    Abstained,
    DidNotVote,
}

/// A state's standing in an organisation.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum MembershipStatus {
    Member,
    Observer,
    Associate,
    Former,
    Never,
}

/// A country's standing in one organisation (CSTO, EAEU, SCO, CIS).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub organisation: Slug,
    pub status: MembershipStatus,
    pub since: Option<FuzzyDate>,
    pub note: Option<String>,
    pub sources: Sources,
}

/// A country's relations with Japan or with one rival power.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// A country id (`japan`) or a power id (`russia`).
    pub partner: Slug,
    pub summary: String,
    pub sources: Sources,
}

/// A participant in the summit (`countries.toml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub id: Slug,
    pub name: String,
    pub summary: String,
    pub sources: Sources,
    pub official_name: Option<Fact<String>>,
    pub capital: Option<Fact<String>>,
    /// A person id.
    pub head_of_state: Option<Fact<Slug>>,
    /// A person id, where the head of government is not the head of state.
    pub head_of_government: Option<Fact<Slug>>,
    pub population: Option<Fact<u64>>,
    pub area_km2: Option<Fact<u64>>,
    /// Its part in the Dialogue, where that needs saying (Turkmenistan's neutrality).
    pub dialogue_role: Option<Point>,
    pub un_es_11_1: Option<Fact<Vote>>,
    #[serde(default)]
    pub memberships: Vec<Membership>,
    #[serde(default)]
    pub relations: Vec<Relation>,
}

/// A regional organisation a country may belong to (`organisations.toml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: Slug,
    pub short_name: String,
    pub name: String,
    /// The power that leads it, if one does.
    pub led_by: Option<Slug>,
    pub sources: Sources,
}

/// A person named in the briefing (`people.toml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Slug,
    pub name: String,
    /// The role that matters here, e.g. "President of Kazakhstan".
    pub role: String,
    pub country: Option<Slug>,
    pub sources: Sources,
}

/// A concrete plan or project within a cooperation area.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub countries: Vec<Slug>,
    #[serde(default)]
    pub unconfirmed: bool,
    pub sources: Sources,
}

/// One of the summit's fields of cooperation (`areas.toml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CooperationArea {
    pub id: Slug,
    /// The name the 2025 Tokyo summit used ("Green & Resilience").
    pub name: String,
    /// The name in the 2024 reporting ("decarbonisation").
    pub article_name: String,
    pub summary: String,
    pub sources: Sources,
    #[serde(default)]
    pub plans: Vec<Plan>,
}

/// A lever a rival power holds in the region.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Lever {
    pub title: String,
    pub text: String,
    pub sources: Sources,
}

/// Another power courting Central Asia with its own "Central Asia + X" format (`powers.toml`).
/// Its summits are timeline events of kind `rival-summit` that name the power.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RivalPower {
    pub id: Slug,
    pub name: String,
    /// The format's usual name, e.g. "C5+1".
    pub format: String,
    pub summary: String,
    /// What it offers the region, in a sentence, for the side-by-side comparison.
    pub offer: Point,
    pub sources: Sources,
    #[serde(default)]
    pub levers: Vec<Lever>,
}

/// What kind of thing happened.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum EventKind {
    Summit,
    MinistersMeeting,
    OfficialsMeeting,
    Visit,
    Announcement,
    Postponement,
    PhoneCall,
    Disaster,
    RivalSummit,
    Other,
}

/// Whether an event took place, as the sources tell it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum EventStatus {
    /// The sources report it took place.
    Happened,
    /// Officially set for a date.
    Scheduled,
    /// Intended but not yet fixed.
    Planned,
    Postponed,
    Cancelled,
    /// Reported by a source that does not settle it.
    Unconfirmed,
}

/// Something that happened, or is to happen, on the summit's road (`events.toml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEvent {
    pub id: Slug,
    pub date: FuzzyDate,
    /// Last day of an event spanning several days.
    pub end: Option<FuzzyDate>,
    pub title: String,
    pub summary: String,
    pub kind: EventKind,
    pub status: EventStatus,
    pub venue: Option<String>,
    #[serde(default)]
    pub countries: Vec<Slug>,
    #[serde(default)]
    pub areas: Vec<Slug>,
    #[serde(default)]
    pub powers: Vec<Slug>,
    #[serde(default)]
    pub people: Vec<Slug>,
    pub sources: Sources,
}

/// A translation error in the seed article and the reading the briefing uses instead.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub id: Slug,
    /// The article's words, exactly.
    pub original: String,
    pub corrected: String,
    pub explanation: String,
    pub sources: Sources,
}
