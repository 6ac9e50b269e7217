//! Keys the views use instead of English labels: what a fact is, how an event stands today.
//! Their words for readers live in `i18n`.

use serde::Serialize;

use super::{EventStatus, FuzzyDate, SummitStatus, TimelineEvent};

/// How an event stands on a given day, as readers are told it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Standing {
    /// The sources report it took place.
    TookPlace,
    Scheduled,
    Planned,
    /// Scheduled or planned for a day now past, and no source says it happened.
    DatePassed,
    Postponed,
    Cancelled,
    Unconfirmed,
}

impl Standing {
    /// Whether the event is still ahead (or open) as of the day it was computed for.
    pub fn is_upcoming(self) -> bool {
        matches!(self, Standing::Scheduled | Standing::Planned)
    }
}

impl TimelineEvent {
    /// The event's standing on `today`: a plan whose date has passed without a source
    /// saying it happened is "date passed", not done.
    pub fn standing(&self, today: &FuzzyDate) -> Standing {
        let last = self.end.unwrap_or(self.date);
        match self.status {
            EventStatus::Happened => Standing::TookPlace,
            EventStatus::Scheduled | EventStatus::Planned if last.is_before(today) => {
                Standing::DatePassed
            }
            EventStatus::Scheduled => Standing::Scheduled,
            EventStatus::Planned => Standing::Planned,
            EventStatus::Postponed => Standing::Postponed,
            EventStatus::Cancelled => Standing::Cancelled,
            EventStatus::Unconfirmed => Standing::Unconfirmed,
        }
    }
}

/// Which fact about a country a value is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum FactKind {
    OfficialName,
    Capital,
    HeadOfState,
    HeadOfGovernment,
    Population,
    Area,
    /// The vote on UN General Assembly resolution ES-11/1 (2 March 2022).
    UnVote,
}

/// What a list of sources supports within its item: the item as a whole, or one fact of it.
/// Views turn it into words ("Kazakhstan: population") in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(tag = "kind", content = "of", rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Cited {
    /// The item itself (its summary, its name).
    Whole,
    /// What the host offers the region.
    Offer,
    /// A key figure, by its label in the data.
    Figure(String),
    WhyItMatters,
    /// A step of the summit's story.
    Story(SummitStatus),
    Outcome,
    /// A document, by its title.
    Document(String),
    /// A view, by whom it is attributed to.
    View(String),
    /// A point of a format's profile.
    Profile(ProfilePoint),
    /// A fact about a country.
    Fact(FactKind),
    /// A country's part in the Dialogue.
    DialogueRole,
    /// A membership, by organisation id.
    Membership(String),
    /// Relations, by partner id (a country or a power).
    Relation(String),
    /// A plan of a cooperation area, by title.
    Plan(String),
    /// A lever of a rival power, by title.
    Lever(String),
}

impl Cited {
    /// The kind of claim, as counted for [`Citation::n`](super::Citation): `figure`, `lever`,
    /// `profile-pledges`...
    pub fn kind(&self) -> String {
        match self {
            Cited::Profile(p) => format!("profile-{}", <&str>::from(p)),
            c => <&str>::from(c).to_owned(),
        }
    }
}

/// The points every "Central Asia + X" format is compared on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ProfilePoint {
    Began,
    Frequency,
    Priorities,
    Pledges,
    Delivered,
    Latest,
}
