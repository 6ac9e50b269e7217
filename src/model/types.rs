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

/// A date with an optional note: when an item was last checked against its sources
/// (`reviewed = { date = "2026-11-29" }`), or up to when the sources were read
/// (`sources_until = { date = "2026-03", note = "..." }`). Written as a small table, not a bare
/// string, so that the date sits under a `date` key like every other date in the data.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatedNote {
    pub date: FuzzyDate,
    /// A short note for readers (what was checked, what is not covered).
    pub note: Option<String>,
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
    /// Set when the page shows no publication date, so that a missing `date` is a fact
    /// about the page rather than an omission. A reviewed briefing needs `date` or this.
    #[serde(default)]
    pub undated: bool,
    pub tier: Tier,
    /// Language of the page, as a BCP 47 tag (`en`, `ja`, `ru`).
    #[serde(default = "english")]
    pub language: String,
    pub note: Option<String>,
    /// The date this entry (address, date, title) was last checked against the page.
    pub reviewed: Option<DatedNote>,
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
    /// Where the document's official text is published, where one was found: the address of
    /// one of the sources it cites. Absent when no official text was found.
    pub url: Option<String>,
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
    /// The figures a reader should see first, each with its sources.
    #[serde(default)]
    pub figures: Vec<Figure>,
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
    /// Up to when the sources were searched and read (`date`), with a note for readers:
    /// nothing published later is reflected. Setting it declares the briefing reviewed, and
    /// `check` then requires `reviewed` on every item and a `date` or `undated = true` on
    /// every source.
    pub sources_until: Option<DatedNote>,
    /// Japan's own format, described on the same points as each rival power's.
    pub profile: Option<FormatProfile>,
    /// Who keeps the briefing, how to report an error, and the licences (for `/about`).
    pub publisher: Option<Publisher>,
}

/// Who keeps the briefing and on what terms it may be reused. Not a fact about the summit,
/// so it cites no source.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// Who keeps the briefing, as a reader should know them.
    pub name: String,
    /// How to report an error: plain text. No address is given unless one really exists.
    pub report_errors: String,
    /// Licence of the briefing's text, e.g. "CC BY 4.0".
    pub licence_text: String,
    /// Licence of the data files in `data/`.
    pub licence_data: String,
    /// Licence of the program's code, as Cargo.toml declares it.
    pub licence_code: Option<String>,
    /// The licences' canonical addresses, where a reader can read them.
    #[serde(default)]
    pub licence_urls: Vec<String>,
}

/// A "Central Asia + X" format described on common points, so that Japan's format and each
/// rival's can be compared row by row. The same shape serves `[profile]` in `summit.toml`
/// and `[power.profile]` in `powers.toml`. Its summits are not listed here: they are the
/// timeline events of kind `summit` (Japan) or `rival-summit` naming the power.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FormatProfile {
    /// When and at what level the format began.
    pub began: FormatStart,
    /// How often it meets, where a source says so (or says what was agreed).
    pub frequency: Option<Point>,
    /// The priorities the format's own documents declare.
    #[serde(default)]
    pub priorities: Vec<Point>,
    /// Money pledged, with its currency.
    #[serde(default)]
    pub pledges: Vec<Pledge>,
    /// What it has actually delivered, where a source says so.
    #[serde(default)]
    pub delivered: Vec<Point>,
    /// The latest development the sources report.
    pub latest: DatedPoint,
}

/// When a format began and at what level.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FormatStart {
    pub date: FuzzyDate,
    /// The level it began at, in words: "foreign ministers", "leaders".
    pub level: String,
    pub text: String,
    pub sources: Sources,
    #[serde(default)]
    pub unconfirmed: bool,
}

/// A sum of money pledged, in the currency the source gives.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pledge {
    /// The amount in whole units of `currency` (12 billion euros: 12000000000).
    pub amount: f64,
    /// ISO 4217 code: "JPY", "EUR", "USD" (the shipped data's tests check the form).
    pub currency: String,
    /// What the money is for and who pledged it, as the source says.
    pub text: String,
    pub sources: Sources,
    #[serde(default)]
    pub unconfirmed: bool,
}

/// A key figure for the overview: "150+", "public and private documents signed at Tokyo".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The figure as shown, short: "JPY 3 trillion", "150+", "2004".
    pub value: String,
    /// What it counts, in a phrase.
    pub label: String,
    pub sources: Sources,
}

/// A sourced statement tied to a date: the latest development of a format.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatedPoint {
    pub date: FuzzyDate,
    pub text: String,
    pub sources: Sources,
    #[serde(default)]
    pub unconfirmed: bool,
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
    /// The organisation's membership does not concern this state (Japan and the CSTO).
    NotApplicable,
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
    /// The date this item was last checked against its sources.
    pub reviewed: Option<DatedNote>,
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
    /// The date this item was last checked against its sources.
    pub reviewed: Option<DatedNote>,
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
    /// The date this item was last checked against its sources.
    pub reviewed: Option<DatedNote>,
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
    /// The date this item was last checked against its sources.
    pub reviewed: Option<DatedNote>,
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
    /// The format on the same points as Japan's (`[power.profile]`).
    pub profile: Option<FormatProfile>,
    /// The date this item was last checked against its sources.
    pub reviewed: Option<DatedNote>,
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
    /// Intended, with or without a fixed date. Once its date has passed without a source
    /// saying it happened, it is shown as "date passed, not confirmed".
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
    /// The date this item was last checked against its sources.
    pub reviewed: Option<DatedNote>,
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
    /// The date this item was last checked against its sources.
    pub reviewed: Option<DatedNote>,
}
