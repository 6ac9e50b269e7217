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
#[derive(Debug, Clone)]
pub struct Config {
    /// Public base URL without a trailing slash, for canonical links and link previews;
    /// `None` means [`DEFAULT_PUBLIC_URL`] (see [`Config::base_url`]).
    pub public_url: Option<String>,
    /// Pins "today" (tests, reproducible exports); `None` means the real date, in UTC.
    pub today: Option<FuzzyDate>,
    pub precompress: Precompress,
    /// Views rendered on request (filtered timelines) one client address may cause in a row:
    /// enough for a reader or a crawler to follow every filter link of the site.
    pub render_burst: f64,
    /// Such renders a client address earns back per second.
    pub render_per_second: f64,
    /// `/healthz` shows the data directory and the reload errors (file, line, message). Off
    /// by default: anyone can reach `/healthz`, and an error message may quote the data.
    pub health_details: bool,
}

/// The base URL of links when none is configured: the server's default address. Pages never
/// take their host from a request (a forged `Host` header must not reach a page or a cache),
/// so a briefing served elsewhere sets `--public-url`.
pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:3000";

impl Config {
    /// The base URL that canonical links, `og:url`, `og:image` and citations are made
    /// absolute with: the configured public URL, or [`DEFAULT_PUBLIC_URL`].
    pub fn base_url(&self) -> &str {
        self.public_url.as_deref().unwrap_or(DEFAULT_PUBLIC_URL)
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            public_url: None,
            today: None,
            precompress: Precompress::default(),
            render_burst: 300.0,
            render_per_second: 5.0,
            health_details: false,
        }
    }
}
