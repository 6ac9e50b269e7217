//! How long the translation overlays take to load and check, and an edition's copy of the
//! briefing to make, beside the English load that start-up waits for.
//!
//!     cargo run --release --example overlay_bench -- [--data DIR] [--rounds N]
//!
//! Without overlays in the data, both editions are given a synthetic complete translation
//! (every field, text of the English's length), so that the figures are those of full editions.
//! A measurement, not a test.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use summit_briefing::model::{
    DataSource, EDITIONS, OVERLAY_FILES, OverlayFile, Overlays, TextFile, english_fields, localize,
};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut source = DataSource::Embedded;
    let mut rounds = 20usize;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => source = DataSource::Dir(PathBuf::from(args.next().expect("--data DIR"))),
            "--rounds" => {
                rounds = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--rounds N")
            }
            other => panic!("unknown argument {other}"),
        }
    }
    let english = median(rounds, || {
        source.load().expect("the data loads");
    });
    let mut files = source.read_overlays().expect("the overlays read");
    let synthetic = files.files.is_empty();
    if synthetic {
        files.present = EDITIONS.to_vec();
        files.files = synthetic_overlays(&files.english);
    }
    let check = median(rounds, || {
        let (_, errors) = Overlays::build(files.clone());
        assert!(errors.is_empty(), "{errors:?}");
    });
    // What the first page of one edition waits for: that edition's overlays only.
    let one = (!synthetic).then(|| {
        median(rounds, || {
            std::hint::black_box(
                source
                    .load_overlays_of(&[EDITIONS[0]])
                    .expect("overlays load"),
            );
        })
    });
    let base = source.load().expect("the data loads");
    let (overlays, _) = Overlays::build(files);
    let mut per_edition = Vec::new();
    for lang in EDITIONS {
        let t = median(rounds, || {
            std::hint::black_box(localize(&base, &overlays, lang));
        });
        let (done, all) = overlays.counts(lang);
        per_edition.push(format!("{lang} {t:.2?} ({done}/{all} fields)"));
    }
    if let Some(one) = one {
        println!(
            "one edition's overlays ({}) read+check: {one:.2?}",
            EDITIONS[0]
        );
    }
    println!(
        "{} ({}), median of {rounds}: English load {english:.2?}; overlays read+check {check:.2?}; localize {}",
        source.describe(),
        if synthetic {
            "synthetic complete overlays"
        } else {
            "its overlays"
        },
        per_edition.join(", ")
    );
}

fn median(rounds: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..rounds.max(1))
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Every field of every edition "translated" with text as long as the English.
fn synthetic_overlays(english: &[TextFile]) -> Vec<OverlayFile> {
    let mut out = Vec::new();
    for lang in EDITIONS {
        for stem in OVERLAY_FILES {
            let file = english
                .iter()
                .find(|f| f.path.ends_with(&format!("/{stem}.toml")))
                .expect("every English file");
            let mut text = String::new();
            for f in english_fields(stem, &file.text).expect("the English parses") {
                let filler: String = f.text.chars().map(|_| 'あ').collect();
                text.push_str(&format!(
                    "[{:?}]\nen = \"{}\"\ntext = \"{filler}\"\n\n",
                    f.path, f.hash
                ));
            }
            out.push(OverlayFile {
                lang,
                name: format!("{stem}.toml"),
                file: TextFile {
                    path: format!("data/{lang}/{stem}.toml"),
                    text,
                },
            });
        }
        out.push(OverlayFile {
            lang,
            name: "glossary.toml".into(),
            file: TextFile {
                path: format!("data/{lang}/glossary.toml"),
                text: "[[terms]]\nid = \"x\"\nen = \"X\"\ntext = \"X\"\nkind = \"common\"\n".into(),
            },
        });
    }
    out
}
