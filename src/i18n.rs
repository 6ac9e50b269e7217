//! The reader's language: what every page, link and label is keyed by besides the page itself.
//!
//! English is served at the root, Japanese under `/ja` and Russian under `/ru`; each edition has
//! a catalogue and content overlays. Views and renderers take their words from here,
//! never from the model.

use serde::Serialize;

mod format;

use crate::model::{
    Cited, EventKind, FactKind, FuzzyDate, MembershipStatus, ProfilePoint, Standing, SummitStatus,
    Tier, Vote,
};

/// A language the briefing is published in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    /// Japanese, at `/ja/...`.
    Ja,
    /// Russian, at `/ru/...`.
    Ru,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>` and `hreflang`.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The path prefix of this edition: English lives at the root, so no shared link breaks.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ja => "/ja",
            Lang::Ru => "/ru",
        }
    }

    /// The Open Graph locale.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en_GB",
            Lang::Ja => "ja_JP",
            Lang::Ru => "ru_RU",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Ru => "Русский",
        }
    }

    /// Every edition, English (the reference and `x-default`) first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ru];

    /// The words of the interface in this language.
    pub fn ui(self) -> Ui {
        Ui { lang: self }
    }
}

/// The interface's words and formats for one language: labels for the model's keys, dates
/// and numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ui {
    pub lang: Lang,
}

impl Ui {
    /// The site's name where no briefing is at hand (error pages); the same words the pages
    /// built from the shipped data carry ("<summit name> briefing").
    pub fn brand(self) -> &'static str {
        "Central Asia + Japan Dialogue briefing"
    }

    /// The label of the language switcher's navigation.
    pub fn languages(self) -> &'static str {
        match self.lang {
            Lang::En => "Language",
            Lang::Ja => "言語",
            Lang::Ru => "Язык",
        }
    }

    /// What a change-log entry did.
    pub fn change_kind(self, k: &crate::model::ChangeKind) -> &'static str {
        use crate::model::ChangeKind as K;
        match k {
            K::Added => "Added",
            K::Corrected => "Corrected",
            K::Status => "Status changed",
            K::SeedCorrection => "Seed article corrected",
            K::Resourced => "Re-sourced",
            K::Removed => "Removed",
            K::Renamed => "Renamed or merged",
        }
    }

    pub fn standing(self, s: &Standing) -> &'static str {
        match s {
            Standing::TookPlace => "Took place",
            Standing::Scheduled => "Scheduled",
            Standing::Planned => "Planned",
            Standing::DatePassed => "Date passed, not confirmed",
            Standing::Postponed => "Postponed",
            Standing::Cancelled => "Cancelled",
            Standing::Unconfirmed => "Unconfirmed",
        }
    }

    pub fn event_kind(self, k: &EventKind) -> &'static str {
        match k {
            EventKind::Summit => "Summit",
            EventKind::MinistersMeeting => "Ministers' meeting",
            EventKind::OfficialsMeeting => "Officials' meeting",
            EventKind::Visit => "Visit",
            EventKind::Announcement => "Announcement",
            EventKind::Postponement => "Postponement",
            EventKind::PhoneCall => "Phone call",
            EventKind::Disaster => "Disaster",
            EventKind::RivalSummit => "Rival format summit",
            EventKind::Other => "Other",
        }
    }

    pub fn tier(self, t: &Tier) -> &'static str {
        match t {
            Tier::Official => "Official",
            Tier::MajorNews => "Major news",
            Tier::Secondary => "Secondary",
        }
    }

    pub fn tier_explanation(self, t: &Tier) -> &'static str {
        match t {
            Tier::Official => {
                "Governments' own pages: Japan's Ministry of Foreign Affairs and Prime Minister's Office, the Kremlin."
            }
            Tier::MajorNews => "Established news organisations and wire services.",
            Tier::Secondary => {
                "Reposts, regional aggregators, encyclopaedias and blogs: used where nothing better was found, and weighed accordingly."
            }
        }
    }

    pub fn summit_status(self, s: &SummitStatus) -> &'static str {
        match s {
            SummitStatus::Announced => "Announced",
            SummitStatus::Planned => "Planned",
            SummitStatus::Postponed => "Postponed",
            SummitStatus::Held => "Held",
        }
    }

    pub fn vote(self, v: &Vote) -> &'static str {
        match v {
            Vote::InFavour => "Voted in favour",
            Vote::Against => "Voted against",
            Vote::Abstained => "Abstained",
            Vote::DidNotVote => "Did not vote",
        }
    }

    pub fn membership(self, m: &MembershipStatus) -> &'static str {
        match m {
            MembershipStatus::Member => "Member",
            MembershipStatus::Observer => "Observer",
            MembershipStatus::Associate => "Associate member",
            MembershipStatus::Former => "Former member",
            MembershipStatus::Never => "Not a member",
            MembershipStatus::NotApplicable => "Not applicable",
        }
    }

    pub fn fact(self, f: &FactKind) -> &'static str {
        match f {
            FactKind::OfficialName => "Official name",
            FactKind::Capital => "Capital",
            FactKind::HeadOfState => "Head of state",
            FactKind::HeadOfGovernment => "Head of government",
            FactKind::Population => "Population",
            FactKind::Area => "Area",
            FactKind::UnVote => "UN vote on ES-11/1 (2 March 2022)",
        }
    }

    /// What a source supports, for the "cited by" lists: `name` is the item's name, `other`
    /// the name of the organisation or partner a membership or relation is about.
    pub fn cited(self, name: &str, cited: &Cited, other: &str) -> String {
        match cited {
            Cited::Whole => name.to_owned(),
            Cited::Offer => format!("{name}: what it offers"),
            Cited::Figure(label) => format!("Key figure: {label}"),
            Cited::WhyItMatters => "Why it matters".to_owned(),
            Cited::Story(s) => format!("The summit's story: {}", self.summit_status(s)),
            Cited::Outcome => "Outcomes".to_owned(),
            Cited::Document(title) => title.clone(),
            Cited::View(who) => format!("View: {who}"),
            Cited::Profile(p) => {
                let point = match p {
                    ProfilePoint::Began => "when the format began",
                    ProfilePoint::Frequency => "frequency",
                    ProfilePoint::Priorities => "priorities",
                    ProfilePoint::Pledges => "money pledged",
                    ProfilePoint::Delivered => "delivered",
                    ProfilePoint::Latest => "latest development",
                };
                format!("{name}: {point}")
            }
            Cited::Fact(kind) => format!("{name}: {}", self.fact(kind).to_lowercase()),
            Cited::DialogueRole => format!("{name}: part in the Dialogue"),
            Cited::Membership(_) => format!("{name}: {other} membership"),
            Cited::Relation(_) => format!("{name}: relations with {other}"),
            Cited::Plan(title) | Cited::Lever(title) => format!("{name}: {title}"),
        }
    }

    /// The name of a correction in lists: the article's words, quoted.
    pub fn correction(self, original: &str) -> String {
        format!("Correction: \u{201c}{original}\u{201d}")
    }

    /// A date at its precision, in the language's own forms (ICU4X): "9 August 2024",
    /// "2024年8月9日", "9 августа 2024 г."; "August 2024", "2024年8月", "август 2024 г.";
    /// "2024", "2024年", "2024" (CLDR writes a Russian year alone bare).
    pub fn date(self, d: &FuzzyDate) -> String {
        format::date(self.lang, d)
    }

    /// A span of days: "19–20 December 2025", "2025年12月19日～20日", or one date.
    pub fn span(self, start: &FuzzyDate, end: &Option<FuzzyDate>) -> String {
        match end {
            None => self.date(start),
            Some(end) => format::span(self.lang, start, end),
        }
    }

    /// A sum of money: "JPY 3 trillion", "JPY 3兆", "3 трлн JPY"; "USD 1.5 million",
    /// "USD 150万", "1,5 млн USD". The scale words are the language's usual ones (Japanese
    /// counts in 万, 億 and 兆); the number is grouped and pointed by ICU4X.
    pub fn money(self, amount: &f64, currency: &str) -> String {
        let scales: &[(f64, &str)] = match self.lang {
            Lang::En => &[(1e12, " trillion"), (1e9, " billion"), (1e6, " million")],
            Lang::Ja => &[(1e12, "兆"), (1e8, "億"), (1e4, "万")],
            Lang::Ru => &[
                (1e12, "\u{a0}трлн"),
                (1e9, "\u{a0}млрд"),
                (1e6, "\u{a0}млн"),
            ],
        };
        let (scaled, word) = scales
            .iter()
            .find(|(unit, _)| amount.abs() >= *unit)
            .map_or((*amount, ""), |(unit, word)| (amount / unit, *word));
        let number = format::decimal(self.lang, scaled);
        match self.lang {
            Lang::Ru => format!("{number}{word} {currency}"),
            _ => format!("{currency} {number}{word}"),
        }
    }

    /// What a filter chip says before its value.
    pub fn param_label(self, param: &str) -> &'static str {
        match param {
            "country" => "Country",
            "area" => "Area",
            "power" => "Power",
            "match" => "Matching",
            _ => "Year",
        }
    }

    /// What a search result is, by its kind (`country`, `event`, ...).
    pub fn result_kind(self, kind: &str) -> &'static str {
        match kind {
            "country" => "Country",
            "power" => "Rival power",
            "area" => "Cooperation area",
            "person" => "Person",
            "organisation" => "Organisation",
            "event" => "Event",
            "outcome" => "Summit outcome",
            "document" => "Summit document",
            _ => "Source",
        }
    }

    /// The legend of a group in the timeline's filter form.
    pub fn group_legend(self, param: &str) -> &'static str {
        match param {
            "country" => "Country",
            "area" => "Cooperation area",
            "power" => "Rival power",
            _ => "Year",
        }
    }

    /// A whole number grouped as the language groups it (ICU4X): 20,300,000 in English and
    /// Japanese, 20 300 000 (no-break spaces) in Russian.
    pub fn number(self, n: u64) -> String {
        format::number(self.lang, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_dates_keep_their_precision() {
        let ui = Lang::En.ui();
        let d = |s: &str| s.parse::<FuzzyDate>().expect("a date");
        assert_eq!(ui.date(&d("2024-08-09")), "9 August 2024");
        assert_eq!(ui.date(&d("2024-08")), "August 2024");
        assert_eq!(ui.date(&d("2024")), "2024");
        assert_eq!(ui.number(20_300_000), "20,300,000");
        assert_eq!(ui.number(999), "999");
        assert_eq!(
            ui.span(&d("2025-12-19"), &Some(d("2025-12-20"))),
            "19\u{2013}20 December 2025"
        );
        assert_eq!(
            ui.span(&d("2024-08-09"), &Some(d("2024-09-02"))),
            "9 August 2024 \u{2013} 2 September 2024"
        );
        assert_eq!(ui.money(&3e12, "JPY"), "JPY 3 trillion");
        assert_eq!(ui.money(&12e9, "EUR"), "EUR 12 billion");
        assert_eq!(ui.money(&1.5e6, "USD"), "USD 1.5 million");
        assert_eq!(ui.money(&500.0, "USD"), "USD 500");
    }

    #[test]
    fn japanese_dates_keep_their_precision() {
        let ui = Lang::Ja.ui();
        let d = |s: &str| s.parse::<FuzzyDate>().expect("a date");
        assert_eq!(ui.date(&d("2025-12-20")), "2025年12月20日");
        assert_eq!(ui.date(&d("2025-12")), "2025年12月");
        assert_eq!(ui.date(&d("2025")), "2025年");
        assert_eq!(
            ui.span(&d("2025-12-19"), &Some(d("2025-12-20"))),
            "2025年12月19日\u{ff5e}20日"
        );
        assert_eq!(
            ui.span(&d("2024-08-09"), &Some(d("2024-09-02"))),
            "2024年8月9日\u{ff5e}2024年9月2日"
        );
        assert_eq!(ui.number(20_300_000), "20,300,000");
        assert_eq!(ui.money(&3e12, "JPY"), "JPY 3兆");
        assert_eq!(ui.money(&12e9, "EUR"), "EUR 120億");
        assert_eq!(ui.money(&1.5e6, "USD"), "USD 150万");
    }

    #[test]
    fn russian_dates_keep_their_precision_and_months_their_case() {
        let ui = Lang::Ru.ui();
        let d = |s: &str| s.parse::<FuzzyDate>().expect("a date");
        // The genitive after a day, the nominative stand-alone form for a month alone.
        assert_eq!(ui.date(&d("2025-12-20")), "20 декабря 2025\u{202f}г.");
        assert_eq!(ui.date(&d("2025-12")), "декабрь 2025\u{202f}г.");
        // CLDR writes a year alone as the bare number in Russian (no "г.").
        assert_eq!(ui.date(&d("2025")), "2025");
        assert_eq!(
            ui.span(&d("2025-12-19"), &Some(d("2025-12-20"))),
            "19\u{2013}20 декабря 2025\u{202f}г."
        );
        assert_eq!(ui.number(20_300_000), "20\u{a0}300\u{a0}000");
        assert_eq!(ui.money(&3e12, "JPY"), "3\u{a0}трлн JPY");
        assert_eq!(ui.money(&1.5e6, "USD"), "1,5\u{a0}млн USD");
    }
}
