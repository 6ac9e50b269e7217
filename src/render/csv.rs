//! CSV: the tables of the briefing (the timeline, filtered too; the countries compared; the
//! formats of the rival powers; the sources; the people), RFC 4180 with a header row and
//! stable column names, written by the `csv` crate.

use crate::error::PageError;
use crate::views::countries::FactValue;
use crate::views::parts::{Cite, Link};
use crate::views::powers::SummitCell;
use crate::views::{Body, PageView};

use super::Target;

/// Values of a list cell, joined.
fn join<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().collect::<Vec<_>>().join("; ")
}

/// The id at the end of a link's path: `/countries/japan` -> `japan`.
fn ids(links: &[Link]) -> String {
    join(
        links
            .iter()
            .map(|l| l.href.rsplit(['/', '#']).next().unwrap_or(&l.href)),
    )
}

fn sources(cites: &[Cite]) -> String {
    join(cites.iter().map(|c| c.source.as_str()))
}

fn date(d: Option<&crate::model::FuzzyDate>) -> String {
    d.map(|d| d.iso()).unwrap_or_default()
}

fn absolute(target: &Target<'_>, href: &str) -> String {
    format!("{}{href}", target.public_url.unwrap_or(""))
}

fn cell(c: Option<&SummitCell>) -> [String; 3] {
    match c {
        Some(c) => [
            c.when.start.iso(),
            c.venue.clone().unwrap_or_default(),
            <&str>::from(c.standing).to_owned(),
        ],
        None => Default::default(),
    }
}

/// The page's table as CSV; pages without a table have none.
pub fn page(view: &PageView, target: &Target<'_>) -> Result<Vec<u8>, PageError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| PageError::Render(e.to_string());
    match &view.body {
        Body::Timeline(v) => {
            w.write_record([
                "id",
                "date",
                "end",
                "title",
                "kind",
                "status",
                "venue",
                "countries",
                "areas",
                "powers",
                "sources",
                "url",
            ])
            .map_err(failed)?;
            for e in v.events() {
                w.write_record([
                    e.id.clone(),
                    e.when.start.iso(),
                    date(e.when.end.as_ref()),
                    e.title.clone(),
                    <&str>::from(e.kind).to_owned(),
                    <&str>::from(e.standing).to_owned(),
                    e.venue.clone().unwrap_or_default(),
                    ids(&e.countries),
                    ids(&e.areas),
                    ids(&e.powers),
                    sources(&e.cites),
                    absolute(target, &e.href),
                ])
                .map_err(failed)?;
            }
        }
        Body::Countries(v) => {
            let mut header: Vec<String> = ["id", "name"].map(str::to_owned).into();
            for kind in &v.columns {
                let key = <&str>::from(*kind).replace('-', "_");
                header.push(key.clone());
                header.push(format!("{key}_as_of"));
                header.push(format!("{key}_sources"));
            }
            if let Some(first) = v.rows.first() {
                for m in &first.memberships {
                    header.push(format!("membership_{}", m.organisation.replace('-', "_")));
                }
            }
            header.push("url".to_owned());
            w.write_record(&header).map_err(failed)?;
            for r in &v.rows {
                let mut record = vec![r.id.clone(), r.name.clone()];
                for f in &r.facts {
                    match f {
                        Some(f) => {
                            record.push(match &f.value {
                                FactValue::Text(t) => t.clone(),
                                FactValue::Number(n) | FactValue::Area(n) => n.to_string(),
                                FactValue::Person(p) => p.name.clone(),
                                FactValue::Vote(v) => <&str>::from(*v).to_owned(),
                            });
                            record.push(date(f.as_of.as_ref()));
                            record.push(sources(&f.cites));
                        }
                        None => record.extend([String::new(), String::new(), String::new()]),
                    }
                }
                for m in &r.memberships {
                    record.push(
                        m.status
                            .map(|s| <&str>::from(s).to_owned())
                            .unwrap_or_default(),
                    );
                }
                record.push(absolute(target, &r.href));
                w.write_record(&record).map_err(failed)?;
            }
        }
        Body::Powers(v) => {
            w.write_record([
                "id",
                "name",
                "format",
                "summits_held",
                "first_summit",
                "first_summit_venue",
                "first_summit_status",
                "latest_summit",
                "latest_summit_venue",
                "latest_summit_status",
                "pending_summit",
                "pending_summit_venue",
                "pending_summit_status",
                "offer",
                "offer_sources",
                "url",
            ])
            .map_err(failed)?;
            for r in v.host.iter().chain(&v.rows) {
                let mut record = vec![
                    r.id.clone(),
                    r.name.clone(),
                    r.format.clone(),
                    r.summits_held.to_string(),
                ];
                record.extend(cell(r.first.as_ref()));
                record.extend(cell(r.latest.as_ref()));
                record.extend(cell(r.pending.as_ref()));
                record.push(r.offer.as_ref().map(|o| o.text.clone()).unwrap_or_default());
                record.push(
                    r.offer
                        .as_ref()
                        .map(|o| sources(&o.cites))
                        .unwrap_or_default(),
                );
                record.push(absolute(target, &r.href));
                w.write_record(&record).map_err(failed)?;
            }
        }
        Body::Sources(v) => {
            w.write_record([
                "id",
                "title",
                "publisher",
                "url",
                "date",
                "tier",
                "language",
                "cited_by",
            ])
            .map_err(failed)?;
            for s in v.entries() {
                w.write_record([
                    s.id.clone(),
                    s.title.clone(),
                    s.publisher.clone(),
                    s.url.clone(),
                    date(s.date.as_ref()),
                    <&str>::from(s.tier).to_owned(),
                    s.language.clone(),
                    s.cited_by.len().to_string(),
                ])
                .map_err(failed)?;
            }
        }
        Body::People(v) => {
            w.write_record(["id", "name", "role", "country", "events", "sources"])
                .map_err(failed)?;
            for p in &v.people {
                w.write_record([
                    p.id.clone(),
                    p.name.clone(),
                    p.role.clone(),
                    p.country
                        .as_ref()
                        .map(|c| ids(std::slice::from_ref(c)))
                        .unwrap_or_default(),
                    join(
                        p.events
                            .iter()
                            .map(|e| e.href.rsplit('/').next().unwrap_or("")),
                    ),
                    sources(&p.cites),
                ])
                .map_err(failed)?;
            }
        }
        _ => {
            return Err(PageError::NotFound(format!(
                "The page \u{201c}{}\u{201d} has no table to download.",
                view.title
            )));
        }
    }
    w.into_inner().map_err(|e| PageError::Render(e.to_string()))
}
