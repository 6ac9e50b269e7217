//! `/timeline` with its filters, and `/timeline/{event}`.

use askama::Template;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::error::AppError;
use crate::model::{Briefing, ItemRef, TimelineEvent};

use super::*;

/// Most filter values one link may carry; more is not a briefing view but an abuse.
const MAX_FILTER_VALUES: usize = 64;

/// The timeline's filters: any of the values within a dimension, all dimensions together.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Filter {
    pub countries: Vec<String>,
    pub areas: Vec<String>,
    pub powers: Vec<String>,
    pub years: Vec<i32>,
}

impl Filter {
    /// Reads `?country=…&area=…&power=…&year=…`; other parameters (tracking tags, say) are ignored
    /// so that shared links keep working. Unknown values are refused with a helpful message.
    pub fn parse(query: Option<&str>, b: &Briefing) -> Result<Self, AppError> {
        let mut f = Filter::default();
        let mut count = 0;
        for (key, value) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            let value = value.trim();
            if !matches!(&*key, "country" | "area" | "power" | "year") {
                continue;
            }
            if value.is_empty() {
                continue;
            }
            count += 1;
            if count > MAX_FILTER_VALUES {
                return Err(AppError::BadRequest(format!(
                    "A timeline link can carry at most {MAX_FILTER_VALUES} filters."
                )));
            }
            let unknown = |what: &str, known: Vec<&str>| {
                AppError::BadRequest(format!(
                    "The timeline has no {what} \u{201c}{value}\u{201d}. Known values: {}.",
                    known.join(", ")
                ))
            };
            match &*key {
                "country" => {
                    if b.country(value).is_none() {
                        return Err(unknown(
                            "country",
                            b.countries.iter().map(|c| c.id.as_str()).collect(),
                        ));
                    }
                    push_unique(&mut f.countries, value.to_owned());
                }
                "area" => {
                    if b.area(value).is_none() {
                        return Err(unknown(
                            "cooperation area",
                            b.areas.iter().map(|a| a.id.as_str()).collect(),
                        ));
                    }
                    push_unique(&mut f.areas, value.to_owned());
                }
                "power" => {
                    if b.power(value).is_none() {
                        return Err(unknown(
                            "power",
                            b.powers.iter().map(|p| p.id.as_str()).collect(),
                        ));
                    }
                    push_unique(&mut f.powers, value.to_owned());
                }
                _ => match value.parse::<i32>() {
                    Ok(y) if (1000..=9999).contains(&y) => push_unique(&mut f.years, y),
                    _ => {
                        return Err(AppError::BadRequest(format!(
                            "\u{201c}{value}\u{201d} is not a year; use four digits, e.g. year=2024."
                        )));
                    }
                },
            }
        }
        Ok(f)
    }

    pub fn matches(&self, e: &TimelineEvent) -> bool {
        let any = |wanted: &[String], have: &[crate::model::Slug]| {
            wanted.is_empty() || have.iter().any(|h| wanted.iter().any(|w| h == w.as_str()))
        };
        any(&self.countries, &e.countries)
            && any(&self.areas, &e.areas)
            && any(&self.powers, &e.powers)
            && (self.years.is_empty() || self.years.contains(&e.date.year()))
    }

    /// The canonical link to this view: parameters in a fixed order.
    pub fn href(&self) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for c in &self.countries {
            q.append_pair("country", c);
        }
        for a in &self.areas {
            q.append_pair("area", a);
        }
        for p in &self.powers {
            q.append_pair("power", p);
        }
        for y in &self.years {
            q.append_pair("year", &y.to_string());
        }
        let q = q.finish();
        if q.is_empty() {
            "/timeline".to_owned()
        } else {
            format!("/timeline?{q}")
        }
    }
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// An active filter, shown with a link that removes it.
pub struct ActiveFilter {
    pub label: String,
    pub remove_href: String,
}

/// One checkbox in the filter form.
pub struct FilterOption {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct FilterGroup {
    pub param: &'static str,
    pub legend: &'static str,
    pub options: Vec<FilterOption>,
}

pub struct YearGroup {
    pub year: i32,
    pub events: Vec<EventRow>,
}

#[derive(Template)]
#[template(path = "timeline.html")]
pub struct TimelinePage {
    pub layout: Layout,
    pub years: Vec<YearGroup>,
    pub active: Vec<ActiveFilter>,
    pub groups: Vec<FilterGroup>,
    /// Years left off a long timeline, each linking its own page.
    pub earlier: Vec<YearLink>,
    pub shown: usize,
    pub total: usize,
}

fn active_filters(b: &Briefing, f: &Filter) -> Vec<ActiveFilter> {
    let mut out = Vec::new();
    for (i, c) in f.countries.iter().enumerate() {
        let mut rest = f.clone();
        rest.countries.remove(i);
        out.push(ActiveFilter {
            label: format!("Country: {}", b.partner_name(c)),
            remove_href: rest.href(),
        });
    }
    for (i, a) in f.areas.iter().enumerate() {
        let mut rest = f.clone();
        rest.areas.remove(i);
        let name = b.area(a).map_or(a.clone(), |x| x.name.clone());
        out.push(ActiveFilter {
            label: format!("Area: {name}"),
            remove_href: rest.href(),
        });
    }
    for (i, p) in f.powers.iter().enumerate() {
        let mut rest = f.clone();
        rest.powers.remove(i);
        out.push(ActiveFilter {
            label: format!("Power: {}", b.partner_name(p)),
            remove_href: rest.href(),
        });
    }
    for (i, y) in f.years.iter().enumerate() {
        let mut rest = f.clone();
        rest.years.remove(i);
        out.push(ActiveFilter {
            label: format!("Year: {y}"),
            remove_href: rest.href(),
        });
    }
    out
}

fn filter_groups(b: &Briefing, f: &Filter) -> Vec<FilterGroup> {
    let mut years: Vec<i32> = b.events.iter().map(|e| e.date.year()).collect();
    years.dedup();
    vec![
        FilterGroup {
            param: "country",
            legend: "Country",
            options: b
                .countries
                .iter()
                .map(|c| FilterOption {
                    value: c.id.to_string(),
                    label: c.name.clone(),
                    checked: f.countries.iter().any(|x| c.id == *x.as_str()),
                })
                .collect(),
        },
        FilterGroup {
            param: "area",
            legend: "Cooperation area",
            options: b
                .areas
                .iter()
                .map(|a| FilterOption {
                    value: a.id.to_string(),
                    label: a.name.clone(),
                    checked: f.areas.iter().any(|x| a.id == *x.as_str()),
                })
                .collect(),
        },
        FilterGroup {
            param: "power",
            legend: "Rival power",
            options: b
                .powers
                .iter()
                .map(|p| FilterOption {
                    value: p.id.to_string(),
                    label: p.name.clone(),
                    checked: f.powers.iter().any(|x| p.id == *x.as_str()),
                })
                .collect(),
        },
        FilterGroup {
            param: "year",
            legend: "Year",
            options: years
                .into_iter()
                .map(|y| FilterOption {
                    value: y.to_string(),
                    label: y.to_string(),
                    checked: f.years.contains(&y),
                })
                .collect(),
        },
    ]
}

/// `/timeline`: without filters it is pre-rendered; a filtered view is rendered on first
/// request and kept in the snapshot's bounded cache under its canonical link, so that
/// `?year=2024&country=japan` and `?country=japan&year=2024` share one entry.
pub async fn list(State(state): State<AppState>, request: Request) -> Response {
    let site = state.site();
    let page = match request.uri().query() {
        None => Ok(None),
        Some(q) => match Filter::parse(Some(q), &site.briefing) {
            Ok(filter) if filter == Filter::default() => Ok(None),
            Ok(filter) => site.filtered(&filter).map(Some),
            Err(e) => Err(e),
        },
    };
    match page {
        Ok(Some(page)) => page.respond(request.headers()),
        Ok(None) => match site.page("/timeline") {
            Some(page) => page.respond(request.headers()),
            None => AppError::NotFound("The timeline is not ready.".to_owned()).into_response(),
        },
        Err(e) => e.into_response(),
    }
}

/// At most this many events on one timeline page; beyond it (a briefing far larger than the
/// shipped one) the page shows the latest years and links every year's own page.
pub const PAGE_EVENTS: usize = 300;

/// A year's own page, listed when the timeline is too long for one page.
pub struct YearLink {
    pub year: i32,
    pub events: usize,
    pub href: String,
}

pub fn render_list(cx: &Ctx<'_>, filter: &Filter) -> Result<String, AppError> {
    let (b, today) = (cx.b, cx.today);
    let matching: Vec<&TimelineEvent> = b.events.iter().filter(|e| filter.matches(e)).collect();
    // Events are oldest first: keep the latest whole years that fit (at least one year) and
    // link the earlier ones.
    let mut first_shown = 0;
    let mut earlier: Vec<YearLink> = Vec::new();
    if matching.len() > PAGE_EVENTS && filter.years.is_empty() {
        let mut start = matching.len();
        while start > 0 {
            let year = matching[start - 1].date.year();
            let begin = matching[..start]
                .iter()
                .rposition(|e| e.date.year() != year)
                .map_or(0, |i| i + 1);
            if start < matching.len() && matching.len() - begin > PAGE_EVENTS {
                break;
            }
            start = begin;
        }
        first_shown = start;
        for e in &matching[..start] {
            match earlier.last_mut() {
                Some(y) if y.year == e.date.year() => y.events += 1,
                _ => {
                    let mut only = filter.clone();
                    only.years = vec![e.date.year()];
                    earlier.push(YearLink {
                        year: e.date.year(),
                        events: 1,
                        href: only.href(),
                    });
                }
            }
        }
    }
    let mut years: Vec<YearGroup> = Vec::new();
    let mut shown = 0;
    for e in &matching[first_shown..] {
        shown += 1;
        let row = event_row(b, e, &today);
        match years.last_mut() {
            Some(g) if g.year == e.date.year() => g.events.push(row),
            _ => years.push(YearGroup {
                year: e.date.year(),
                events: vec![row],
            }),
        }
    }
    let active = active_filters(b, filter);
    let title = if active.is_empty() {
        "Timeline".to_owned()
    } else {
        let labels: Vec<&str> = active.iter().map(|a| a.label.as_str()).collect();
        format!("Timeline: {}", labels.join(", "))
    };
    let page = TimelinePage {
        layout: Layout::new(
            cx,
            Section::Timeline,
            filter.href(),
            title,
            format!(
                "{shown} events on the road to and beyond the {}, with sources.",
                b.summit.name
            ),
        ),
        groups: filter_groups(b, filter),
        active,
        years,
        earlier,
        shown,
        total: b.events.len(),
    };
    render(&page)
}

#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage {
    pub layout: Layout,
    pub event: EventRow,
    pub areas: Vec<Link>,
    pub people: Vec<Link>,
    pub previous: Option<Link>,
    pub next: Option<Link>,
    pub sources: Vec<super::countries::SourceLine>,
}

pub fn render_event(cx: &Ctx<'_>, id: &str) -> Result<String, AppError> {
    let (b, today) = (cx.b, cx.today);
    let Some(e) = b.event(id) else {
        return Err(AppError::NotFound(format!(
            "The timeline has no event \u{201c}{id}\u{201d}."
        )));
    };
    let pos = b.events.iter().position(|x| x.id == e.id).unwrap_or(0);
    let link = |x: &TimelineEvent| Link {
        label: x.title.clone(),
        href: href(&ItemRef::Event(x.id.to_string())),
    };
    let page = EventPage {
        layout: Layout::new(
            cx,
            Section::Timeline,
            href(&ItemRef::Event(e.id.to_string())),
            e.title.clone(),
            format!("{}: {}", e.date.long(), e.summary),
        ),
        event: event_row(b, e, &today),
        areas: area_links(b, &e.areas),
        people: people_links(b, &e.people),
        previous: pos.checked_sub(1).and_then(|i| b.events.get(i)).map(link),
        next: b.events.get(pos + 1).map(link),
        sources: super::countries::source_lines(b, [&e.sources]),
    };
    render(&page)
}
