//! The reader's language: what every page, link and label is keyed by besides the page itself.
//!
//! English is served at the root, Japanese under `/ja` and Russian under `/ru`; each edition has
//! a catalogue and content overlays. Views and renderers take their words from here,
//! never from the model.

use askama::filters::Escaper;
use fluent_bundle::FluentValue;
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
        self.t("brand-fallback")
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
            K::Added => self.t("change-added"),
            K::Corrected => self.t("change-corrected"),
            K::Status => self.t("change-status"),
            K::SeedCorrection => self.t("change-seed-correction"),
            K::Resourced => self.t("change-resourced"),
            K::Removed => self.t("change-removed"),
            K::Renamed => self.t("change-renamed"),
        }
    }

    pub fn standing(self, s: &Standing) -> &'static str {
        match s {
            Standing::TookPlace => self.t("standing-took-place"),
            Standing::Scheduled => self.t("standing-scheduled"),
            Standing::Planned => self.t("standing-planned"),
            Standing::DatePassed => self.t("standing-date-passed"),
            Standing::Postponed => self.t("standing-postponed"),
            Standing::Cancelled => self.t("standing-cancelled"),
            Standing::Unconfirmed => self.t("standing-unconfirmed"),
        }
    }

    pub fn event_kind(self, k: &EventKind) -> &'static str {
        match k {
            EventKind::Summit => self.t("kind-summit"),
            EventKind::MinistersMeeting => self.t("kind-ministers-meeting"),
            EventKind::OfficialsMeeting => self.t("kind-officials-meeting"),
            EventKind::Visit => self.t("kind-visit"),
            EventKind::Announcement => self.t("kind-announcement"),
            EventKind::Postponement => self.t("kind-postponement"),
            EventKind::PhoneCall => self.t("kind-phone-call"),
            EventKind::Disaster => self.t("kind-disaster"),
            EventKind::RivalSummit => self.t("kind-rival-summit"),
            EventKind::Other => self.t("kind-other"),
        }
    }

    pub fn tier(self, t: &Tier) -> &'static str {
        match t {
            Tier::Official => self.t("tier-official"),
            Tier::MajorNews => self.t("tier-major-news"),
            Tier::Secondary => self.t("tier-secondary"),
        }
    }

    pub fn tier_explanation(self, t: &Tier) -> &'static str {
        match t {
            Tier::Official => self.t("tier-official-explanation"),
            Tier::MajorNews => self.t("tier-major-news-explanation"),
            Tier::Secondary => self.t("tier-secondary-explanation"),
        }
    }

    pub fn summit_status(self, s: &SummitStatus) -> &'static str {
        match s {
            SummitStatus::Announced => self.t("summit-announced"),
            SummitStatus::Planned => self.t("summit-planned"),
            SummitStatus::Postponed => self.t("summit-postponed"),
            SummitStatus::Held => self.t("summit-held"),
        }
    }

    pub fn vote(self, v: &Vote) -> &'static str {
        match v {
            Vote::InFavour => self.t("vote-in-favour"),
            Vote::Against => self.t("vote-against"),
            Vote::Abstained => self.t("vote-abstained"),
            Vote::DidNotVote => self.t("vote-did-not-vote"),
        }
    }

    pub fn membership(self, m: &MembershipStatus) -> &'static str {
        match m {
            MembershipStatus::Member => self.t("membership-member"),
            MembershipStatus::Observer => self.t("membership-observer"),
            MembershipStatus::Associate => self.t("membership-associate"),
            MembershipStatus::Former => self.t("membership-former"),
            MembershipStatus::Never => self.t("membership-never"),
            MembershipStatus::NotApplicable => self.t("membership-not-applicable"),
        }
    }

    pub fn fact(self, f: &FactKind) -> &'static str {
        match f {
            FactKind::OfficialName => self.t("fact-official-name"),
            FactKind::Capital => self.t("fact-capital"),
            FactKind::HeadOfState => self.t("fact-head-of-state"),
            FactKind::HeadOfGovernment => self.t("fact-head-of-government"),
            FactKind::Population => self.t("fact-population"),
            FactKind::Area => self.t("fact-area"),
            FactKind::UnVote => self.t("fact-un-vote"),
        }
    }

    /// What a source supports, for the "cited by" lists: `name` is the item's name, `other`
    /// the name of the organisation or partner a membership or relation is about.
    pub fn cited(self, name: &str, cited: &Cited, other: &str) -> String {
        match cited {
            Cited::Whole => name.to_owned(),
            Cited::Offer => self.t1("cited-offer", "name", name),
            Cited::Figure(label) => self.t1("cited-figure", "label", label),
            Cited::WhyItMatters => self.t("cited-why").to_owned(),
            Cited::Story(s) => self.t1("cited-story", "status", self.summit_status(s)),
            Cited::Outcome => self.t("cited-outcome").to_owned(),
            Cited::Document(title) => title.clone(),
            Cited::View(who) => self.t1("cited-view", "who", who),
            Cited::Profile(p) => {
                let point = self.t(match p {
                    ProfilePoint::Began => "cited-began",
                    ProfilePoint::Frequency => "cited-frequency",
                    ProfilePoint::Priorities => "cited-priorities",
                    ProfilePoint::Pledges => "cited-pledges",
                    ProfilePoint::Delivered => "cited-delivered",
                    ProfilePoint::Latest => "cited-latest",
                });
                self.t2("cited-point", "name", name, "point", point)
            }
            Cited::Fact(kind) => self.t2(
                "cited-point",
                "name",
                name,
                "point",
                self.fact(kind).to_lowercase(),
            ),
            Cited::DialogueRole => self.t1("cited-dialogue-role", "name", name),
            Cited::Membership(_) => self.t2("cited-membership", "name", name, "other", other),
            Cited::Relation(_) => self.t2("cited-relation", "name", name, "other", other),
            Cited::Plan(title) | Cited::Lever(title) => {
                self.t2("cited-point", "name", name, "point", title)
            }
        }
    }

    /// The name of a correction in lists: the article's words, quoted.
    pub fn correction(self, original: &str) -> String {
        self.t1("correction-label", "original", original)
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
            "country" => self.t("param-country"),
            "area" => self.t("param-area"),
            "power" => self.t("param-power"),
            "match" => self.t("param-match"),
            _ => self.t("param-year"),
        }
    }

    /// What a search result is, by its kind (`country`, `event`, ...).
    pub fn result_kind(self, kind: &str) -> &'static str {
        match kind {
            "country" => self.t("result-country"),
            "power" => self.t("result-power"),
            "area" => self.t("result-area"),
            "person" => self.t("result-person"),
            "organisation" => self.t("result-organisation"),
            "event" => self.t("result-event"),
            "outcome" => self.t("result-outcome"),
            "document" => self.t("result-document"),
            _ => self.t("result-source"),
        }
    }

    /// The legend of a group in the timeline's filter form.
    pub fn group_legend(self, param: &str) -> &'static str {
        match param {
            "country" => self.t("legend-country"),
            "area" => self.t("legend-area"),
            "power" => self.t("legend-power"),
            _ => self.t("legend-year"),
        }
    }

    /// A whole number grouped as the language groups it (ICU4X): 20,300,000 in English and
    /// Japanese, 20 300 000 (no-break spaces) in Russian.
    pub fn number(self, n: u64) -> String {
        format::number(self.lang, n)
    }
}

/// A value put into a catalogue message: a number (which chooses the plural form) or text.
pub trait Arg {
    fn fluent(&self) -> FluentValue<'static>;
    /// The value inside a message with markup: text is HTML-escaped, numbers are not.
    fn html(&self) -> FluentValue<'static> {
        match self.fluent() {
            FluentValue::String(s) => {
                let mut out = String::with_capacity(s.len());
                let _ = askama::filters::Html.write_escaped_str(&mut out, &s);
                FluentValue::from(out)
            }
            other => other,
        }
    }
}

macro_rules! number_arg {
    ($($t:ty)*) => {$(
        impl Arg for $t {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(u8 u16 u32 u64 usize i32 i64);

impl Arg for str {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl Arg for String {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn fluent(&self) -> FluentValue<'static> {
        (**self).fluent()
    }
}

/// The catalogue's words (`src/catalogue/*.ftl`): `t` for a plain message, `t1`..`t3` for
/// one with variables, `html1`..`html3` for one that carries its own markup (links, `<time>`,
/// emphasis; its values are escaped, and the template shows it with `|safe`).
impl Ui {
    pub fn t(self, key: &str) -> &'static str {
        crate::catalogue::text(self.lang.code(), key)
    }

    pub fn t_args(self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        crate::catalogue::format(self.lang.code(), key, args)
    }

    pub fn t1(self, key: &str, n1: &str, a1: impl Arg) -> String {
        self.t_args(key, &[(n1, a1.fluent())])
    }

    pub fn t2(self, key: &str, n1: &str, a1: impl Arg, n2: &str, a2: impl Arg) -> String {
        self.t_args(key, &[(n1, a1.fluent()), (n2, a2.fluent())])
    }

    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        self,
        key: &str,
        n1: &str,
        a1: impl Arg,
        n2: &str,
        a2: impl Arg,
        n3: &str,
        a3: impl Arg,
    ) -> String {
        self.t_args(
            key,
            &[(n1, a1.fluent()), (n2, a2.fluent()), (n3, a3.fluent())],
        )
    }

    /// A message with markup and no variables, as it stands in the catalogue.
    pub fn html(self, key: &str) -> &'static str {
        self.t(key)
    }

    pub fn html1(self, key: &str, n1: &str, a1: impl Arg) -> String {
        self.t_args(key, &[(n1, a1.html())])
    }

    pub fn html2(self, key: &str, n1: &str, a1: impl Arg, n2: &str, a2: impl Arg) -> String {
        self.t_args(key, &[(n1, a1.html()), (n2, a2.html())])
    }

    /// A message with markup and any number of text values.
    pub fn html_args<'a>(self, key: &str, args: impl AsRef<[(&'a str, &'a str)]>) -> String {
        let args: Vec<_> = args.as_ref().iter().map(|(n, a)| (*n, a.html())).collect();
        self.t_args(key, &args)
    }

    #[allow(clippy::too_many_arguments)]
    pub fn html3(
        self,
        key: &str,
        n1: &str,
        a1: impl Arg,
        n2: &str,
        a2: impl Arg,
        n3: &str,
        a3: impl Arg,
    ) -> String {
        self.t_args(key, &[(n1, a1.html()), (n2, a2.html()), (n3, a3.html())])
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
