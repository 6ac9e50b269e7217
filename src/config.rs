//! Settings fixed at startup, from flags and the environment (see `main.rs`).

use crate::model::FuzzyDate;

/// When the compressed variants of pre-rendered pages are made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Precompress {
    /// In a background thread after each load, so the server answers at once (uncompressed
    /// until a page's turn comes); the normal way to serve.
    #[default]
    Background,
    /// Only when asked (the export; tests that do not need it).
    OnDemand,
}

/// What the site is built with besides the briefing itself.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Public base URL without a trailing slash, for canonical links and link previews.
    pub public_url: Option<String>,
    /// Pins "today" (tests, reproducible exports); `None` means the real date, in UTC.
    pub today: Option<FuzzyDate>,
    pub precompress: Precompress,
}
