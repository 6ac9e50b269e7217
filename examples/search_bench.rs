//! How long the search index takes to build and a search to answer, for `bench/search.sh`.
//!
//!     cargo run --release --example search_bench -- [--data DIR] [--rounds N] [--per-query]
//!
//! `--dump` prints instead the JSON page of each query, one a line, to compare results before
//! and after a change; `--queries FILE` replaces the fixed queries with the lines of FILE
//! (`words<TAB>filters`).
//!
//! `--per-query` adds, for each query, its median and slowest time split into the index
//! lookup alone, the view (which includes the lookup) and the HTML.
//!
//! A search is timed as a request pays for it, less HTTP: the index lookup, the view (with its
//! near matches and relaxed filters) and the HTML. A measurement, not a test.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use summit_briefing::i18n::Lang;
use summit_briefing::model::DataSource;
use summit_briefing::render::{self, Target};
use summit_briefing::search::SearchIndex;
use summit_briefing::urls::{Filter, Format, SearchQuery};
use summit_briefing::views::{self, Context};

/// What readers type: names, misspellings, phrases, other scripts, a word being typed, common
/// words, nothing found, and searches narrowed by filters.
const QUERIES: &[(&str, &str)] = &[
    ("Kazakhstan", ""),
    ("Kazakstan", ""),
    ("Kirgizia", ""),
    ("Tadjikistan", ""),
    ("Kisida", ""),
    ("Xi'an", ""),
    ("Takaichi", ""),
    ("Nankai", ""),
    ("Middle Corridor", ""),
    ("Central Asia + Japan summit", ""),
    ("foreign ministers meeting Tokyo", ""),
    ("Ташкент", ""),
    ("саммиты в Казахстане", ""),
    ("中央アジア", ""),
    ("東京宣言", ""),
    ("Tashk", ""),
    ("the", ""),
    ("summit", ""),
    ("zzqqxv", ""),
    ("Astana zzqqxv", ""),
    ("Astana", "country=kyrgyzstan"),
    ("summit", "year=2024"),
    ("Nankai", "country=kazakhstan&year=2024"),
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let mut data = None;
    let mut rounds = 50usize;
    let mut per_query = false;
    let mut dump = false;
    let mut queries_file = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().map(PathBuf::from),
            "--rounds" => rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(rounds),
            "--per-query" => per_query = true,
            "--dump" => dump = true,
            "--queries" => queries_file = args.next().map(PathBuf::from),
            other => {
                eprintln!("unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    let source = data.map_or(DataSource::Embedded, DataSource::Dir);
    let b = match source.load() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };

    let before = rss_kib();
    let mut builds = Vec::new();
    let mut index = SearchIndex::build(&b, &[Lang::En]);
    let after = rss_kib();
    for _ in 0..5 {
        let started = Instant::now();
        index = SearchIndex::build(&b, &[Lang::En]);
        builds.push(started.elapsed());
    }
    builds.sort();
    let (docs, terms) = index.size();

    let cx = Context {
        b: &b,
        lang: Lang::En,
        today: b.summit.updated,
    };
    let target = Target {
        lang: Lang::En,
        public_url: None,
    };
    let listed: Vec<(String, String)> = match &queries_file {
        Some(path) => std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .lines()
            .map(|l| {
                let (q, f) = l.split_once('\t').unwrap_or((l, ""));
                (q.to_owned(), f.to_owned())
            })
            .collect(),
        None => QUERIES
            .iter()
            .map(|(q, f)| ((*q).to_owned(), (*f).to_owned()))
            .collect(),
    };
    let queries: Vec<SearchQuery> = listed
        .iter()
        .map(|(q, filters)| SearchQuery {
            q: SearchQuery::words(q),
            filter: Filter::parse(Some(filters.as_str()), &b, Lang::En)
                .map(|p| p.filter)
                .unwrap_or_default(),
        })
        .collect();
    if dump {
        for q in &queries {
            let view = views::search::search(&cx, &index, q);
            let json =
                render::render(&view, Format::Json, &target, &b.summit.name).expect("renders");
            println!("{}", String::from_utf8_lossy(&json).replace('\n', " "));
        }
        return;
    }
    let mut times = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    for _ in 0..rounds {
        for q in &queries {
            let started = Instant::now();
            let view = views::search::search(&cx, &index, q);
            let html = render::render(&view, Format::Html, &target, &b.summit.name);
            let took = started.elapsed();
            assert!(html.is_ok());
            if took > slowest.0 {
                slowest = (took, q.q.clone());
            }
            times.push(took);
        }
    }
    if per_query {
        per_query_times(&cx, &target, &index, &queries, &listed, rounds);
    }
    times.sort();
    println!(
        "events {} documents {docs} terms {terms} | index build median {:.1?} (min {:.1?}) | index RSS +{} KiB | search+render over {} queries x {rounds}: p50 {:.2?} p99 {:.2?} max {:.2?} (slowest: {:?})",
        b.events.len(),
        builds[builds.len() / 2],
        builds[0],
        after.saturating_sub(before),
        queries.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times[times.len() - 1],
        slowest.1,
    );
}

/// Each query's median and slowest time: the index lookup alone, the view (lookup included) and
/// the HTML.
fn per_query_times(
    cx: &Context<'_>,
    target: &Target,
    index: &SearchIndex,
    queries: &[SearchQuery],
    listed: &[(String, String)],
    rounds: usize,
) {
    let edition = index.edition(Lang::En).expect("English");
    for (q, (_, filters)) in queries.iter().zip(listed) {
        let (mut lookup, mut view_t, mut html_t) = (Vec::new(), Vec::new(), Vec::new());
        let mut hits = 0;
        for _ in 0..rounds {
            let started = Instant::now();
            let found = edition.search(&q.q, &q.filter, views::search::RESULTS);
            lookup.push(started.elapsed());
            hits = found.total;
            drop(found);
            let started = Instant::now();
            let view = views::search::search(cx, index, q);
            view_t.push(started.elapsed());
            let started = Instant::now();
            let html = render::render(&view, Format::Html, target, &cx.b.summit.name);
            html_t.push(started.elapsed());
            assert!(html.is_ok());
        }
        for t in [&mut lookup, &mut view_t, &mut html_t] {
            t.sort();
        }
        let show =
            |t: &[Duration]| format!("{:>9.2?} {:>9.2?}", percentile(t, 0.5), t[t.len() - 1]);
        println!(
            "{:<36} {:>6} hits | lookup {} | view {} | html {}",
            format!("{:?} {filters}", q.q),
            hits,
            show(&lookup),
            show(&view_t),
            show(&html_t),
        );
    }
}
