//! Dates and numbers in each edition's language, by ICU4X with its compiled CLDR data: no
//! hand-written month tables. The formatters of a language are made once, on first use.

use std::sync::OnceLock;

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{D, Y, YM, YMD};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::{Locale, locale};

use super::Lang;
use crate::model::FuzzyDate;

/// A language's formatters: a full date, a month, a year, a day of the month, a number.
struct Formatters {
    ymd: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    ym: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    y: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    d: FixedCalendarDateTimeFormatter<Gregorian, D>,
    number: DecimalFormatter,
}

fn icu_locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => locale!("en-GB"),
        Lang::Ja => locale!("ja"),
        Lang::Ru => locale!("ru"),
    }
}

impl Formatters {
    fn new(lang: Lang) -> Self {
        let l = icu_locale(lang);
        // Compiled data covers these locales and field sets: a failure is a build mistake.
        Self {
            ymd: FixedCalendarDateTimeFormatter::try_new((&l).into(), YMD::long())
                .expect("compiled data has full dates"),
            ym: FixedCalendarDateTimeFormatter::try_new((&l).into(), YM::long())
                .expect("compiled data has months"),
            y: FixedCalendarDateTimeFormatter::try_new((&l).into(), Y::long())
                .expect("compiled data has years"),
            d: FixedCalendarDateTimeFormatter::try_new((&l).into(), D::long())
                .expect("compiled data has days"),
            number: DecimalFormatter::try_new((&l).into(), Default::default())
                .expect("compiled data has numbers"),
        }
    }

    fn of(lang: Lang) -> &'static Formatters {
        static EN: OnceLock<Formatters> = OnceLock::new();
        static JA: OnceLock<Formatters> = OnceLock::new();
        static RU: OnceLock<Formatters> = OnceLock::new();
        let cell = match lang {
            Lang::En => &EN,
            Lang::Ja => &JA,
            Lang::Ru => &RU,
        };
        cell.get_or_init(|| Formatters::new(lang))
    }
}

/// The ICU date of a fuzzy date, at the first day of its month or year when those are unknown.
fn gregorian(d: &FuzzyDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(d.year(), d.month().unwrap_or(1), d.day().unwrap_or(1)).ok()
}

/// A date at its precision: `20 December 2025`, `2025年12月20日`, `20 декабря 2025 г.`; a
/// month alone in its stand-alone form (`декабрь 2025 г.`), a year alone (`2025年`).
pub fn date(lang: Lang, d: &FuzzyDate) -> String {
    let f = Formatters::of(lang);
    let Some(g) = gregorian(d) else {
        return d.iso();
    };
    match (d.month(), d.day()) {
        (Some(_), Some(_)) => f.ymd.format(&g).to_string(),
        (Some(_), None) => f.ym.format(&g).to_string(),
        _ => f.y.format(&g).to_string(),
    }
}

/// The day of the month alone, as a range's first or last day is written (`19`, `20日`).
fn day(lang: Lang, d: &FuzzyDate) -> String {
    match gregorian(d) {
        Some(g) => Formatters::of(lang).d.format(&g).to_string(),
        None => d.iso(),
    }
}

/// A span of dates: days of one month share the month (`19–20 December 2025`,
/// `2025年12月19日～20日`, `19–20 декабря 2025 г.`), other spans join two dates.
pub fn span(lang: Lang, start: &FuzzyDate, end: &FuzzyDate) -> String {
    let same_month = start.day().is_some()
        && end.day().is_some()
        && start.year() == end.year()
        && start.month() == end.month();
    match (lang, same_month) {
        (Lang::Ja, true) => format!("{}\u{ff5e}{}", date(lang, start), day(lang, end)),
        (_, true) => format!("{}\u{2013}{}", day(lang, start), date(lang, end)),
        (Lang::Ja, false) => format!("{}\u{ff5e}{}", date(lang, start), date(lang, end)),
        (_, false) => format!("{} \u{2013} {}", date(lang, start), date(lang, end)),
    }
}

/// A whole number with the language's grouping: `20,300,000`, `20 300 000`.
pub fn number(lang: Lang, n: u64) -> String {
    Formatters::of(lang)
        .number
        .format(&Decimal::from(n))
        .to_string()
}

/// A number with at most one decimal (a scaled sum of money: `1.5`, `1,5`).
pub fn decimal(lang: Lang, x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let mut d = Decimal::from(tenths);
    d.multiply_pow10(-1);
    if tenths % 10 == 0 {
        d.trim_end();
    }
    Formatters::of(lang).number.format(&d).to_string()
}
