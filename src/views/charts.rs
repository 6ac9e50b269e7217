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
