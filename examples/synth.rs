//! A synthetic briefing N times the size of a real one, for the scale benchmark.
//!
//!     cargo run --release --example synth -- --scale 100 --out target/synth/x100 [--data data]
//!
//! Every event is copied N-1 times, each copy moved 1 to 20 years earlier so that the timeline
//! spreads over more years as a real archive would; the sources those events cite and the people
//! they name are copied with them. Countries, areas, powers and organisations stay as they are
//! (the summit has six participants at any scale), so country, area and power pages grow with
//! the events that involve them. Every copy says "(synthetic N)" in its title, and source URLs
//! carry a `#synthetic-N` fragment: no one can mistake the output for the briefing. It passes
//! `summit-briefing check --data DIR`. Never write it into `data/`.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use summit_briefing::model::{
    Briefing, DataSource, FuzzyDate, Person, Slug, Source, Sources, TimelineEvent,
};

#[derive(Serialize)]
struct SourcesFile<'a> {
    source: &'a [Source],
}
#[derive(Serialize)]
struct PeopleFile<'a> {
    person: &'a [Person],
}
#[derive(Serialize)]
struct EventsFile<'a> {
    event: &'a [TimelineEvent],
}
#[derive(Serialize)]
struct CountriesFile<'a> {
    country: &'a [summit_briefing::model::Country],
}
#[derive(Serialize)]
struct OrganisationsFile<'a> {
    organisation: &'a [summit_briefing::model::Organisation],
}
#[derive(Serialize)]
struct AreasFile<'a> {
    area: &'a [summit_briefing::model::CooperationArea],
}
#[derive(Serialize)]
struct PowersFile<'a> {
    power: &'a [summit_briefing::model::RivalPower],
}
#[derive(Serialize)]
struct CorrectionsFile<'a> {
    correction: &'a [summit_briefing::model::Correction],
}

fn earlier(date: &FuzzyDate, years: i32) -> FuzzyDate {
    let iso = date.iso();
    let (year, rest) = iso.split_at(4);
    let year: i32 = year.parse().unwrap_or(2000) - years;
    // 29 February moves to the 28th in a year that has no 29th.
    [
        format!("{year:04}{rest}"),
        format!("{year:04}{}", rest.replace("-02-29", "-02-28")),
    ]
    .iter()
    .find_map(|s| s.parse().ok())
    .unwrap_or(*date)
}

fn copy_id(id: &Slug, k: usize) -> Slug {
    Slug::new(format!("{id}-x{k}"))
}

/// The scaled-up sources, people and events; copies cite copies.
fn synthesise(base: &Briefing, scale: usize) -> (Vec<Source>, Vec<Person>, Vec<TimelineEvent>) {
    let cited_by_events: HashSet<&str> = base
        .events
        .iter()
        .flat_map(|e| e.sources.iter().map(|s| s.as_str()))
        .collect();
    let mut sources = base.sources.clone();
    let mut people = base.people.clone();
    let mut events = base.events.clone();
    for k in 1..scale {
        for s in base
            .sources
            .iter()
            .filter(|s| cited_by_events.contains(s.id.as_str()))
        {
            let mut c = s.clone();
            c.id = copy_id(&s.id, k);
            c.title = format!("{} (synthetic {k})", s.title);
            c.url = format!(
                "{}#synthetic-{k}",
                s.url.split('#').next().unwrap_or(&s.url)
            );
            sources.push(c);
        }
        for p in &base.people {
            let mut c = p.clone();
            c.id = copy_id(&p.id, k);
            c.name = format!("{} (synthetic {k})", p.name);
            people.push(c);
        }
        let shift = (k % 20) as i32 + 1;
        for e in &base.events {
            let mut c = e.clone();
            c.id = copy_id(&e.id, k);
            c.title = format!("{} (synthetic {k})", e.title);
            c.date = earlier(&e.date, shift);
            c.end = e.end.as_ref().map(|d| earlier(d, shift));
            c.people = e.people.iter().map(|p| copy_id(p, k)).collect();
            c.sources = Sources::new(e.sources.iter().map(|s| copy_id(s, k)).collect());
            events.push(c);
        }
    }
    (sources, people, events)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut scale, mut out, mut data) = (10usize, None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--scale" => scale = args.next().and_then(|s| s.parse().ok()).unwrap_or(0),
            "--out" => out = args.next().map(PathBuf::from),
            "--data" => data = args.next().map(PathBuf::from),
            _ => {
                eprintln!("usage: synth --scale N --out DIR [--data DIR]");
                return ExitCode::FAILURE;
            }
        }
    }
    let Some(out) = out.filter(|_| scale >= 1) else {
        eprintln!("usage: synth --scale N --out DIR [--data DIR]");
        return ExitCode::FAILURE;
    };
    // Never overwrite a real briefing: only an empty directory or an earlier synthetic one.
    if let Ok(text) = std::fs::read_to_string(out.join("summit.toml"))
        && !text.starts_with("# SYNTHETIC")
    {
        eprintln!(
            "refusing to overwrite the real briefing in {}",
            out.display()
        );
        return ExitCode::FAILURE;
    }
    let source = data.map_or(DataSource::Embedded, DataSource::Dir);
    let base = match source.load() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let (sources, people, events) = synthesise(&base, scale);
    let files: [(&str, String); 11] = [
        (
            "summit.toml",
            toml::to_string(&base.summit).expect("serialises"),
        ),
        (
            "sources.toml",
            toml::to_string(&SourcesFile { source: &sources }).expect("serialises"),
        ),
        (
            "countries.toml",
            toml::to_string(&CountriesFile {
                country: &base.countries,
            })
            .expect("serialises"),
        ),
        (
            "organisations.toml",
            toml::to_string(&OrganisationsFile {
                organisation: &base.organisations,
            })
            .expect("serialises"),
        ),
        (
            "people.toml",
            toml::to_string(&PeopleFile { person: &people }).expect("serialises"),
        ),
        (
            "areas.toml",
            toml::to_string(&AreasFile { area: &base.areas }).expect("serialises"),
        ),
        (
            "powers.toml",
            toml::to_string(&PowersFile {
                power: &base.powers,
            })
            .expect("serialises"),
        ),
        (
            "events.toml",
            toml::to_string(&EventsFile { event: &events }).expect("serialises"),
        ),
        (
            "corrections.toml",
            toml::to_string(&CorrectionsFile {
                correction: &base.corrections,
            })
            .expect("serialises"),
        ),
        // The loader wants every file; a synthetic briefing has no renamed items and no
        // change log.
        ("redirects.toml", String::new()),
        ("changes.toml", String::new()),
    ];
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, text) in files {
        let text =
            format!("# SYNTHETIC briefing, {scale}x the real one: for benchmarks only.\n{text}");
        if let Err(e) = std::fs::write(out.join(name), text) {
            eprintln!("cannot write {name}: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "wrote a {scale}x synthetic briefing to {}: {} events, {} sources, {} people",
        out.display(),
        events.len(),
        sources.len(),
        people.len()
    );
    ExitCode::SUCCESS
}
