//! The whole briefing as one SQLite database (`/data/briefing.sqlite`), for Datasette, the
//! `sqlite3` shell or any tool that reads SQLite: one table per kind of item, a table per
//! list an item holds (an event's countries, a country's memberships), foreign keys between
//! them, and views that join events to their countries, areas, powers and sources.
//!
//! Built in memory with `rusqlite` (SQLite compiled in) and serialised to bytes; the same
//! tables, one CSV file each, make `/data/briefing.zip`. The site builds both off the request
//! path of every page but their own (see `site.rs`).

use rusqlite::{Connection, params};

use crate::i18n::Lang;
use crate::model::{Briefing, FuzzyDate, ItemRef, Precision};
use crate::views::parts::{Context, citation_label};

/// The schema, in the order tables are created (parents before children).
pub const SCHEMA: &str = "
CREATE TABLE sources (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, url TEXT NOT NULL,
    date TEXT, tier TEXT NOT NULL, language TEXT NOT NULL, note TEXT);
CREATE TABLE countries (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, summary TEXT NOT NULL, official_name TEXT,
    capital TEXT, head_of_state TEXT REFERENCES people(id),
    head_of_government TEXT REFERENCES people(id), population INTEGER, area_km2 INTEGER,
    un_es_11_1 TEXT);
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
    country TEXT REFERENCES countries(id));
CREATE TABLE powers (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, format TEXT NOT NULL, summary TEXT NOT NULL,
    offer TEXT NOT NULL);
CREATE TABLE organisations (
    id TEXT PRIMARY KEY, short_name TEXT NOT NULL, name TEXT NOT NULL,
    led_by TEXT REFERENCES powers(id));
CREATE TABLE memberships (
    country TEXT NOT NULL REFERENCES countries(id),
    organisation TEXT NOT NULL REFERENCES organisations(id),
    status TEXT NOT NULL, since TEXT, note TEXT, PRIMARY KEY (country, organisation));
CREATE TABLE relations (
    country TEXT NOT NULL REFERENCES countries(id), partner TEXT NOT NULL,
    summary TEXT NOT NULL);
CREATE TABLE areas (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, article_name TEXT NOT NULL,
    summary TEXT NOT NULL);
CREATE TABLE plans (
    area TEXT NOT NULL REFERENCES areas(id), position INTEGER NOT NULL, title TEXT NOT NULL,
    summary TEXT NOT NULL, unconfirmed INTEGER NOT NULL, PRIMARY KEY (area, position));
CREATE TABLE events (
    id TEXT PRIMARY KEY, date TEXT NOT NULL, end_date TEXT,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('year', 'month', 'day')),
    title TEXT NOT NULL, summary TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
    venue TEXT);
CREATE TABLE event_countries (
    event TEXT NOT NULL REFERENCES events(id), country TEXT NOT NULL REFERENCES countries(id),
    PRIMARY KEY (event, country));
CREATE TABLE event_areas (
    event TEXT NOT NULL REFERENCES events(id), area TEXT NOT NULL REFERENCES areas(id),
    PRIMARY KEY (event, area));
CREATE TABLE event_powers (
    event TEXT NOT NULL REFERENCES events(id), power TEXT NOT NULL REFERENCES powers(id),
    PRIMARY KEY (event, power));
CREATE TABLE event_people (
    event TEXT NOT NULL REFERENCES events(id), person TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (event, person));
CREATE TABLE event_sources (
    event TEXT NOT NULL REFERENCES events(id), source TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (event, source));
CREATE TABLE corrections (
    id TEXT PRIMARY KEY, original TEXT NOT NULL, corrected TEXT NOT NULL,
    explanation TEXT NOT NULL);
CREATE TABLE citations (
    source TEXT NOT NULL REFERENCES sources(id), item_kind TEXT NOT NULL, item_id TEXT,
    label TEXT NOT NULL);
CREATE TABLE summit (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, short_name TEXT NOT NULL, lede TEXT NOT NULL,
    host TEXT NOT NULL REFERENCES countries(id), updated TEXT NOT NULL);

CREATE VIEW event_countries_named AS
    SELECT e.id AS event, e.date, e.title, c.id AS country, c.name AS country_name
    FROM events e JOIN event_countries ec ON ec.event = e.id JOIN countries c ON c.id = ec.country;
CREATE VIEW event_areas_named AS
    SELECT e.id AS event, e.date, e.title, a.id AS area, a.name AS area_name
    FROM events e JOIN event_areas ea ON ea.event = e.id JOIN areas a ON a.id = ea.area;
CREATE VIEW event_powers_named AS
    SELECT e.id AS event, e.date, e.title, p.id AS power, p.name AS power_name
    FROM events e JOIN event_powers ep ON ep.event = e.id JOIN powers p ON p.id = ep.power;
CREATE VIEW event_sources_named AS
    SELECT e.id AS event, e.date, e.title, s.id AS source, s.publisher, s.title AS source_title,
           s.url, s.tier
    FROM events e JOIN event_sources es ON es.event = e.id JOIN sources s ON s.id = es.source;
CREATE VIEW events_overview AS
    SELECT e.id, e.date, e.end_date, e.title, e.kind, e.status, e.venue,
      (SELECT group_concat(c.name, '; ') FROM event_countries ec
         JOIN countries c ON c.id = ec.country WHERE ec.event = e.id) AS countries,
      (SELECT group_concat(a.name, '; ') FROM event_areas ea
         JOIN areas a ON a.id = ea.area WHERE ea.event = e.id) AS areas,
      (SELECT group_concat(p.name, '; ') FROM event_powers ep
         JOIN powers p ON p.id = ep.power WHERE ep.event = e.id) AS powers,
      (SELECT group_concat(es.source, '; ') FROM event_sources es
         WHERE es.event = e.id) AS sources
    FROM events e ORDER BY e.date;
";

fn date(d: Option<&FuzzyDate>) -> Option<String> {
    d.map(FuzzyDate::iso)
}

fn precision(d: &FuzzyDate) -> &'static str {
    match d.precision() {
        Precision::Year => "year",
        Precision::Month => "month",
        Precision::Day => "day",
    }
}

fn kind(item: &ItemRef) -> (&'static str, Option<&str>) {
    match item {
        ItemRef::Summit => ("summit", None),
        ItemRef::Country(id) => ("country", Some(id)),
        ItemRef::Organisation(id) => ("organisation", Some(id)),
        ItemRef::Person(id) => ("person", Some(id)),
        ItemRef::Area(id) => ("area", Some(id)),
        ItemRef::Power(id) => ("power", Some(id)),
        ItemRef::Event(id) => ("event", Some(id)),
        ItemRef::Correction(id) => ("correction", Some(id)),
    }
}

fn fill(conn: &Connection, b: &Briefing) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA)?;
    for s in &b.sources {
        let tier: &'static str = s.tier.into();
        conn.execute(
            "INSERT INTO sources VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                s.id.as_str(),
                s.title,
                s.publisher,
                s.url,
                date(s.date.as_ref()),
                tier,
                s.language,
                s.note
            ],
        )?;
    }
    for c in &b.countries {
        let vote = c.un_es_11_1.as_ref().map(|f| <&'static str>::from(f.value));
        conn.execute(
            "INSERT INTO countries VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                c.id.as_str(),
                c.name,
                c.summary,
                c.official_name.as_ref().map(|f| &f.value),
                c.capital.as_ref().map(|f| &f.value),
                c.head_of_state.as_ref().map(|f| f.value.as_str()),
                c.head_of_government.as_ref().map(|f| f.value.as_str()),
                c.population
                    .as_ref()
                    .and_then(|f| i64::try_from(f.value).ok()),
                c.area_km2
                    .as_ref()
                    .and_then(|f| i64::try_from(f.value).ok()),
                vote
            ],
        )?;
        for m in &c.memberships {
            let status: &'static str = m.status.into();
            conn.execute(
                "INSERT INTO memberships VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    c.id.as_str(),
                    m.organisation.as_str(),
                    status,
                    date(m.since.as_ref()),
                    m.note
                ],
            )?;
        }
        for r in &c.relations {
            conn.execute(
                "INSERT INTO relations VALUES (?1, ?2, ?3)",
                params![c.id.as_str(), r.partner.as_str(), r.summary],
            )?;
        }
    }
    for p in &b.people {
        conn.execute(
            "INSERT INTO people VALUES (?1, ?2, ?3, ?4)",
            params![
                p.id.as_str(),
                p.name,
                p.role,
                p.country.as_ref().map(|c| c.as_str())
            ],
        )?;
    }
    for p in &b.powers {
        conn.execute(
            "INSERT INTO powers VALUES (?1, ?2, ?3, ?4, ?5)",
            params![p.id.as_str(), p.name, p.format, p.summary, p.offer.text],
        )?;
    }
    for o in &b.organisations {
        conn.execute(
            "INSERT INTO organisations VALUES (?1, ?2, ?3, ?4)",
            params![
                o.id.as_str(),
                o.short_name,
                o.name,
                o.led_by.as_ref().map(|p| p.as_str())
            ],
        )?;
    }
    for a in &b.areas {
        conn.execute(
            "INSERT INTO areas VALUES (?1, ?2, ?3, ?4)",
            params![a.id.as_str(), a.name, a.article_name, a.summary],
        )?;
        for (i, p) in a.plans.iter().enumerate() {
            conn.execute(
                "INSERT INTO plans VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    a.id.as_str(),
                    i as i64 + 1,
                    p.title,
                    p.summary,
                    p.unconfirmed
                ],
            )?;
        }
    }
    for e in &b.events {
        let kind: &'static str = e.kind.into();
        let status: &'static str = e.status.into();
        conn.execute(
            "INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                e.id.as_str(),
                e.date.iso(),
                date(e.end.as_ref()),
                precision(&e.date),
                e.title,
                e.summary,
                kind,
                status,
                e.venue
            ],
        )?;
        let links = [
            ("event_countries", &e.countries),
            ("event_areas", &e.areas),
            ("event_powers", &e.powers),
            ("event_people", &e.people),
        ];
        for (table, ids) in links {
            for id in ids {
                conn.execute(
                    &format!("INSERT OR IGNORE INTO {table} VALUES (?1, ?2)"),
                    params![e.id.as_str(), id.as_str()],
                )?;
            }
        }
        for s in e.sources.iter() {
            conn.execute(
                "INSERT OR IGNORE INTO event_sources VALUES (?1, ?2)",
                params![e.id.as_str(), s.as_str()],
            )?;
        }
    }
    for c in &b.corrections {
        conn.execute(
            "INSERT INTO corrections VALUES (?1, ?2, ?3, ?4)",
            params![c.id.as_str(), c.original, c.corrected, c.explanation],
        )?;
    }
    let cx = Context {
        b,
        lang: Lang::En,
        today: b.summit.updated,
    };
    for (item, cited, sources) in b.cited_lists() {
        let label = citation_label(&cx, &item, &cited);
        let (kind, id) = kind(&item);
        for s in sources.iter() {
            conn.execute(
                "INSERT INTO citations VALUES (?1, ?2, ?3, ?4)",
                params![s.as_str(), kind, id, label],
            )?;
        }
    }
    let s = &b.summit;
    conn.execute(
        "INSERT INTO summit VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            s.id.as_str(),
            s.name,
            s.short_name,
            s.lede,
            s.host.as_str(),
            s.updated.iso()
        ],
    )?;
    Ok(())
}

/// The briefing in a new in-memory database, its foreign keys checked.
fn connection(b: &Briefing) -> Result<Connection, String> {
    let conn = Connection::open_in_memory().map_err(|e| e.to_string())?;
    // One transaction: inserts are not each a commit. Keys are checked once all rows are in,
    // so that tables may refer to each other (a country's head of state, a person's country).
    conn.execute_batch("PRAGMA foreign_keys = OFF; BEGIN;")
        .map_err(|e| e.to_string())?;
    fill(&conn, b).map_err(|e| format!("building the SQLite file: {e}"))?;
    conn.execute_batch("COMMIT;").map_err(|e| e.to_string())?;
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(|e| e.to_string())?;
    if broken > 0 {
        return Err(format!("{broken} rows break a foreign key"));
    }
    Ok(conn)
}

/// The database file's bytes.
pub fn database(b: &Briefing) -> Result<Vec<u8>, String> {
    let conn = connection(b)?;
    conn.execute_batch("VACUUM;").map_err(|e| e.to_string())?;
    let data = conn
        .serialize(rusqlite::MAIN_DB)
        .map_err(|e| e.to_string())?;
    Ok(data.to_vec())
}

/// Every table of the database as a CSV file (`events.csv`, `event_countries.csv`, …) with
/// a header row, in one zip; dated the day the briefing was last reviewed, so that the same
/// data gives the same bytes.
pub fn tables_zip(b: &Briefing) -> Result<Vec<u8>, String> {
    use rusqlite::types::ValueRef;
    use std::io::Write as _;

    let conn = connection(b)?;
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| err(&e))?;
    let r = &b.summit.updated;
    let day = zip::DateTime::from_date_and_time(
        u16::try_from(r.year()).unwrap_or(1980),
        r.month().unwrap_or(1),
        r.day().unwrap_or(1),
        0,
        0,
        0,
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(day);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for table in &tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .map_err(|e| err(&e))?;
        let mut csv = csv::Writer::from_writer(Vec::new());
        let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
        csv.write_record(&names).map_err(|e| err(&e))?;
        let mut rows = stmt.query([]).map_err(|e| err(&e))?;
        while let Some(row) = rows.next().map_err(|e| err(&e))? {
            let mut record = Vec::with_capacity(names.len());
            for i in 0..names.len() {
                record.push(match row.get_ref(i).map_err(|e| err(&e))? {
                    ValueRef::Null | ValueRef::Blob(_) => String::new(),
                    ValueRef::Integer(n) => n.to_string(),
                    ValueRef::Real(x) => x.to_string(),
                    ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                });
            }
            csv.write_record(&record).map_err(|e| err(&e))?;
        }
        let bytes = csv.into_inner().map_err(|e| err(&e))?;
        zip.start_file(format!("{table}.csv"), options)
            .map_err(|e| err(&e))?;
        zip.write_all(&bytes).map_err(|e| err(&e))?;
    }
    Ok(zip.finish().map_err(|e| err(&e))?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_briefing_makes_a_database_with_sound_keys() {
        let b = crate::model::DataSource::Embedded.load().expect("loads");
        let bytes = database(&b).expect("builds");
        assert!(bytes.starts_with(b"SQLite format 3\0"));
    }
}
