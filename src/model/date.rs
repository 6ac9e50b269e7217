//! Dates that carry their precision: a year, a month, or a day.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to a year, a month or a day, written in data files as
/// `"2024"`, `"2024-08"` or `"2024-08-09"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FuzzyDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl FuzzyDate {
    /// A date known to the day; `None` if no such day exists.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        let m = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, m, day).ok()?;
        Some(Self {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// Today's date in UTC.
    pub fn today_utc() -> Self {
        let d = time::OffsetDateTime::now_utc().date();
        Self {
            year: d.year(),
            month: Some(u8::from(d.month())),
            day: Some(d.day()),
        }
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12, where it is known.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, where it is known.
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day this date could mean (`2024-08` -> 1 August 2024).
    fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date could mean (`2024-08` -> 31 August 2024).
    fn last_day(&self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| {
            time::Month::try_from(month)
                .map(|m| m.length(self.year))
                .unwrap_or(28)
        });
        (self.year, month, day)
    }

    /// Whether the whole period this date names lies before `today`.
    pub fn is_before(&self, today: &FuzzyDate) -> bool {
        self.last_day() < today.first_day()
    }

    /// Whether any part of the period this date names lies after `today`.
    pub fn is_after(&self, today: &FuzzyDate) -> bool {
        self.last_day() > today.last_day()
    }

    /// ISO 8601 form at this date's precision, for `<time datetime>` and ids.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// A reader's form: "9 August 2024", "August 2024" or "2024".
    pub fn long(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m - 1)], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[usize::from(m - 1)], self.year),
            _ => self.year.to_string(),
        }
    }
}

impl Ord for FuzzyDate {
    /// Chronological by first possible day; a vaguer date sorts before a precise one on the same day.
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for FuzzyDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.long())
    }
}

/// Why a date string was refused; the text is shown to the person editing the data.
#[derive(Debug, PartialEq, Eq)]
pub struct DateError(String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for FuzzyDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let shape = || {
            DateError(format!(
                "`{s}` is not a date; write \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", e.g. \"2024-08-09\""
            ))
        };
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| shape())
            } else {
                Err(shape())
            }
        };
        let year = i32::try_from(number(parts[0], 4)?).map_err(|_| shape())?;
        let month = match parts.get(1) {
            Some(p) => {
                let m = number(p, 2)?;
                if !(1..=12).contains(&m) {
                    return Err(DateError(format!(
                        "`{s}` has month {m}; months run from 01 to 12"
                    )));
                }
                Some(m as u8)
            }
            None => None,
        };
        let day = match (parts.get(2), month) {
            (Some(p), Some(m)) => {
                let d = number(p, 2)?;
                if Self::ymd(year, m, d.min(255) as u8).is_none() {
                    return Err(DateError(format!(
                        "`{s}` is not a day of the calendar: {} {year} has no day {d}",
                        MONTHS[usize::from(m - 1)]
                    )));
                }
                Some(d as u8)
            }
            _ => None,
        };
        if parts.len() > 3 {
            return Err(shape());
        }
        Ok(Self { year, month, day })
    }
}

impl<'de> Deserialize<'de> for FuzzyDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer).map_err(|_| {
            de::Error::custom(
                "expected a date in quotes, e.g. date = \"2024-08-09\" (or \"2024-08\" or \"2024\")",
            )
        })?;
        s.parse().map_err(de::Error::custom)
    }
}

/// In JSON a date is its ISO 8601 form at its precision: `2024`, `2024-08` or `2024-08-09`.
impl schemars::JsonSchema for FuzzyDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FuzzyDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date known to the year, the month or the day (ISO 8601)."
        })
    }
}

impl Serialize for FuzzyDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> FuzzyDate {
        s.parse().expect("valid date")
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(d("2024").precision(), Precision::Year);
        assert_eq!(d("2024-08").precision(), Precision::Month);
        assert_eq!(d("2024-08-09").precision(), Precision::Day);
        assert_eq!(d("2024-08").long(), "August 2024");
        assert_eq!(d("2024-08-09").long(), "9 August 2024");
        assert_eq!(d("2012-11").iso(), "2012-11");
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        let err = "2023-02-29".parse::<FuzzyDate>().unwrap_err().to_string();
        assert!(err.contains("February 2023 has no day 29"), "{err}");
        assert!(
            "2024-13"
                .parse::<FuzzyDate>()
                .unwrap_err()
                .to_string()
                .contains("month 13")
        );
        for bad in [
            "",
            "24-08-09",
            "2024/08/09",
            "2024-8-9",
            "2024-08-09-01",
            "August 2024",
        ] {
            assert!(bad.parse::<FuzzyDate>().is_err(), "{bad} should be refused");
        }
        assert!("2024-02-29".parse::<FuzzyDate>().is_ok());
    }

    #[test]
    fn month_dates_compare_by_their_whole_month() {
        let today = d("2024-08-15");
        assert!(!d("2024-08").is_before(&today));
        assert!(d("2024-07").is_before(&today));
        assert!(d("2024-08-14").is_before(&today));
        assert!(!d("2024-08-15").is_before(&today));
        assert!(d("2024-08-16").is_after(&today));
        assert!(d("2024-08").is_after(&today));
        assert!(d("2024-08") < d("2024-08-01"));
        assert!(d("2024") < d("2024-01"));
    }
}
