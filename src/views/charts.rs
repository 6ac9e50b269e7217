//! Charts as views: the shapes of the SVG timeline, computed from the events, with no markup.
//! `templates/_charts.html` draws them; the mapping from kind and standing to shape and style
//! is the HTML renderer's.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{EventKind, FuzzyDate, Standing, TimelineEvent};
use crate::urls::PageId;

use super::parts::Context;

/// Width of one year's band in SVG units; the drawing is shown at its natural size where
/// there is room and scaled down to fit a phone.
const COLUMN: u32 = 44;
/// The narrowest drawing, for a page with events in one or two years.
const MIN_WIDTH: u32 = 320;
/// Room at the foot for the year labels.
const AXIS: u32 = 28;
/// Vertical distance between stacked marks.
const STEP: u32 = 18;
/// Room above the highest stack.
const TOP: u32 = 12;

/// One year on the axis.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct YearColumn {
    pub year: i32,
    /// Left edge and width of the year's band.
    pub x: u32,
    pub width: u32,
    /// Centre of the band, where its marks and label sit.
    pub centre: u32,
    pub events: usize,
    /// The timeline of this year.
    pub href: String,
}

/// One event on the chart.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Mark {
    pub id: String,
    /// Centre of the mark.
    pub x: u32,
    pub y: u32,
    pub kind: EventKind,
    pub standing: Standing,
    pub date: FuzzyDate,
    pub title: String,
    pub href: String,
}

/// The events of a page, year by year: each year a band, each event a mark stacked upwards
/// in date order, so that busy years stand tall.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TimelineChart {
    pub width: u32,
    pub height: u32,
    /// The y of the axis line.
    pub baseline: u32,
    pub columns: Vec<YearColumn>,
    pub marks: Vec<Mark>,
    /// Years between the first and the last with no event, left off the axis.
    pub skipped_years: Vec<i32>,
}

impl TimelineChart {
    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }
}

/// The chart of `events` (in date order) as of `cx.today`.
pub fn timeline<'a>(
    cx: &Context<'_>,
    events: impl IntoIterator<Item = &'a TimelineEvent>,
) -> TimelineChart {
    let events: Vec<&TimelineEvent> = events.into_iter().collect();
    let mut years: Vec<(i32, Vec<&TimelineEvent>)> = Vec::new();
    for e in &events {
        match years.last_mut() {
            Some((y, list)) if *y == e.date.year() => list.push(e),
            _ => years.push((e.date.year(), vec![e])),
        }
    }
    let skipped_years = match (years.first(), years.last()) {
        (Some((first, _)), Some((last, _))) => (*first..=*last)
            .filter(|y| !years.iter().any(|(x, _)| x == y))
            .collect(),
        _ => Vec::new(),
    };
    let n = u32::try_from(years.len()).unwrap_or(u32::MAX).max(1);
    let column = COLUMN.max(MIN_WIDTH / n);
    let width = column.saturating_mul(n);
    let tallest = years.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
    let tallest = u32::try_from(tallest).unwrap_or(u32::MAX);
    let baseline = TOP + tallest.saturating_mul(STEP);
    let mut columns = Vec::new();
    let mut marks = Vec::new();
    for (i, (year, list)) in years.iter().enumerate() {
        let x = u32::try_from(i).unwrap_or(0) * column;
        let centre = x + column / 2;
        columns.push(YearColumn {
            year: *year,
            x,
            width: column,
            centre,
            events: list.len(),
            href: cx.href(PageId::Timeline(crate::urls::Filter {
                years: vec![*year],
                ..Default::default()
            })),
        });
        for (j, e) in list.iter().enumerate() {
            let j = u32::try_from(j).unwrap_or(0);
            marks.push(Mark {
                id: e.id.to_string(),
                x: centre,
                y: baseline - STEP / 2 - j * STEP,
                kind: e.kind,
                standing: e.standing(&cx.today),
                date: e.date,
                title: e.title.clone(),
                href: cx.href(PageId::Event(e.id.to_string())),
            });
        }
    }
    TimelineChart {
        width,
        height: baseline + AXIS,
        baseline,
        columns,
        marks,
        skipped_years,
    }
}

/// One format as the range chart needs it; `views::powers` fills it from its rows.
#[derive(Debug, Clone)]
pub struct FormatInput {
    pub id: String,
    pub name: String,
    /// The format's card on the same page.
    pub href: String,
    pub host: bool,
    /// When it began, and the source that says so.
    pub began: Option<(FuzzyDate, String)>,
    /// Its leaders' summits, oldest first: date, standing, the event's page, venue.
    pub summits: Vec<(FuzzyDate, Standing, String, Option<String>)>,
    pub held: usize,
    /// Money pledged: amount in whole units and currency code, as the sources give them.
    pub pledges: Vec<(f64, String)>,
}

/// A dated point on a format's row.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RangePoint {
    pub x: u32,
    pub date: FuzzyDate,
    pub href: String,
}

/// One summit on a format's row.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RangeSummit {
    pub x: u32,
    pub date: FuzzyDate,
    pub standing: Standing,
    pub venue: Option<String>,
    pub href: String,
}

/// One format's row: from its beginning to its first leaders' summit, then its summits.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FormatRange {
    pub id: String,
    pub name: String,
    pub href: String,
    pub host: bool,
    /// The middle of the row.
    pub y: u32,
    pub began: Option<RangePoint>,
    /// Where the line from the beginning ends: the first summit held, or today's edge
    /// (`waiting`) when none has been held.
    pub until_x: u32,
    pub waiting: bool,
    pub first_summit: Option<FuzzyDate>,
    pub summits: Vec<RangeSummit>,
    pub held: usize,
    pub pledges: Vec<(f64, String)>,
}

/// Formats compared on one time axis, with their summit counts and pledges beside them.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FormatsChart {
    pub width: u32,
    pub height: u32,
    /// Left edge of the plot (names sit to its left) and right edge (counts to its right).
    pub left: u32,
    pub right: u32,
    /// Where the columns of counts and pledges begin.
    pub held_x: u32,
    pub pledge_x: u32,
    /// y of the axis line and year labels.
    pub axis: u32,
    pub ticks: Vec<YearTick>,
    pub today_x: u32,
    pub rows: Vec<FormatRange>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct YearTick {
    pub year: i32,
    pub x: u32,
}

impl FormatsChart {
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// A date as a fractional year: the middle of its month or year when the day or month is unknown.
fn year_fraction(d: &FuzzyDate) -> f64 {
    let month = d.month().map_or(6.0, |m| f64::from(m) - 1.0);
    let day = match (d.month(), d.day()) {
        (Some(_), Some(day)) => (f64::from(day) - 1.0) / 31.0,
        (Some(_), None) => 0.5,
        _ => 0.0,
    };
    f64::from(d.year()) + (month + day) / 12.0
}

const RANGE_ROW: u32 = 30;
const RANGE_LEFT: u32 = 176;
const RANGE_PLOT: u32 = 420;
const RANGE_HELD: u32 = 70;
const RANGE_PLEDGE: u32 = 190;

/// The range chart of `formats` as of `today`.
pub fn formats(formats: Vec<FormatInput>, today: &FuzzyDate) -> FormatsChart {
    let first_year = formats
        .iter()
        .filter_map(|f| f.began.as_ref().map(|(d, _)| d.year()))
        .chain(
            formats
                .iter()
                .flat_map(|f| f.summits.iter().map(|s| s.0.year())),
        )
        .min()
        .unwrap_or(today.year());
    let last_year = formats
        .iter()
        .flat_map(|f| f.summits.iter().map(|s| s.0.year()))
        .chain([today.year()])
        .max()
        .unwrap_or(today.year());
    let (start, end) = (f64::from(first_year), f64::from(last_year) + 1.0);
    let left = RANGE_LEFT;
    let right = RANGE_LEFT + RANGE_PLOT;
    let x = |d: &FuzzyDate| -> u32 {
        let t = ((year_fraction(d) - start) / (end - start)).clamp(0.0, 1.0);
        left + (t * f64::from(RANGE_PLOT)).round() as u32
    };
    let today_x = x(today);
    let top = 8;
    let rows: Vec<FormatRange> = formats
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let y = top + RANGE_ROW / 2 + u32::try_from(i).unwrap_or(0) * RANGE_ROW;
            let summits: Vec<RangeSummit> = f
                .summits
                .iter()
                .map(|(date, standing, href, venue)| RangeSummit {
                    x: x(date),
                    date: *date,
                    standing: *standing,
                    venue: venue.clone(),
                    href: href.clone(),
                })
                .collect();
            let first_held = summits
                .iter()
                .find(|s| s.standing == Standing::TookPlace)
                .map(|s| (s.x, s.date));
            FormatRange {
                y,
                began: f.began.map(|(date, href)| RangePoint {
                    x: x(&date),
                    date,
                    href,
                }),
                until_x: first_held.map_or(today_x, |(fx, _)| fx),
                waiting: first_held.is_none(),
                first_summit: first_held.map(|(_, d)| d),
                summits,
                held: f.held,
                pledges: f.pledges,
                id: f.id,
                name: f.name,
                href: f.href,
                host: f.host,
            }
        })
        .collect();
    let axis = top + u32::try_from(rows.len()).unwrap_or(0) * RANGE_ROW + 4;
    let ticks = (first_year..=last_year)
        .filter(|y| (y - first_year) % 2 == 0 || *y == last_year)
        .map(|year| YearTick {
            year,
            x: x(&FuzzyDate::ymd(year, 1, 1).unwrap_or(*today)),
        })
        .collect();
    FormatsChart {
        width: right + RANGE_HELD + RANGE_PLEDGE,
        height: axis + 22,
        left,
        right,
        held_x: right + 12,
        pledge_x: right + RANGE_HELD,
        axis,
        ticks,
        today_x,
        rows,
    }
}
