//! Where the first page of a fresh process goes: each step the first `/`, `/ja/` or `/ru/`
//! request of a server just started waits for (after the English load it starts with), timed
//! once, in this cold process: run it several times. The last line is what compressing the
//! page would add (a page rendered for an early request is answered uncompressed).
//!
//!     cargo run --release --example startup_profile -- [en|ja|ru]
//!
//! A measurement, not a test.

use std::time::Instant;

use summit_briefing::i18n::Lang;
use summit_briefing::model::{DataSource, FuzzyDate, Overlays, localize};
use summit_briefing::render::{self, Target};
use summit_briefing::representation::{Effort, Representation};
use summit_briefing::urls::{Format, PageId};
use summit_briefing::views::{self, Context};

fn main() {
    let lang = match std::env::args().nth(1).as_deref() {
        Some("ja") => Lang::Ja,
        Some("ru") => Lang::Ru,
        _ => Lang::En,
    };
    let start = Instant::now();
    let mut last = start;
    let mut step = |what: &str| {
        let now = Instant::now();
        println!(
            "{what:<26} {:>9.2?}  (total {:.2?})",
            now - last,
            now - start
        );
        last = now;
    };
    let source = DataSource::Embedded;
    let english = source.load().expect("the data loads");
    step("English load");
    let b = if lang == Lang::En {
        english
    } else {
        let files = source
            .read_overlays_of(&[lang.code()])
            .expect("overlays read");
        step("overlays read");
        let (overlays, errors) = Overlays::build(files);
        assert!(errors.is_empty(), "{errors:?}");
        step("overlays parsed, checked");
        let b = localize(&english, &overlays, lang.code());
        step("localize");
        b
    };
    let _ = summit_briefing::catalogue::text(lang.code(), "nav-overview");
    step("UI catalogue");
    let _ = lang.ui().date(&b.summit.updated);
    step("ICU4X formatters");
    let today = FuzzyDate::ymd(2026, 11, 29).expect("a date");
    let cx = Context { b: &b, lang, today };
    let target = Target {
        lang,
        public_url: None,
    };
    let view = views::build(&cx, &PageId::Overview).expect("the overview's view");
    step("overview view");
    let html = render::render(&view, Format::Html, &target, &b.summit.name).expect("HTML");
    step("overview HTML");
    let bytes = html.len();
    let page = Representation::html(String::from_utf8(html).expect("UTF-8"));
    step("representation");
    page.compress(Effort::Quick);
    step(&format!("(compress {} KiB, Quick)", bytes / 1024));
}
