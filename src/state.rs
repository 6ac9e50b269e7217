//! What every request shares: the current briefing and the server's settings.

use std::sync::Arc;

use arc_swap::ArcSwap;

use crate::model::{Briefing, DataSource, FuzzyDate};

/// Settings fixed at startup.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Public base URL without a trailing slash, for canonical links and link previews.
    pub public_url: Option<String>,
    /// Pins "today" (tests, reproducible exports); `None` means the real date, in UTC.
    pub today: Option<FuzzyDate>,
}

/// The shared application, cheap to clone into every handler.
#[derive(Clone)]
pub struct AppState(Arc<App>);

pub struct App {
    briefing: ArcSwap<Briefing>,
    pub source: DataSource,
    pub config: Config,
}

impl AppState {
    pub fn new(briefing: Briefing, source: DataSource, config: Config) -> Self {
        Self(Arc::new(App {
            briefing: ArcSwap::from_pointee(briefing),
            source,
            config,
        }))
    }

    /// The briefing as it stands now; a request holds on to one version from start to end.
    pub fn briefing(&self) -> Arc<Briefing> {
        self.0.briefing.load_full()
    }

    /// Swaps in a newly loaded briefing; requests under way finish on the old one.
    pub fn replace(&self, briefing: Briefing) {
        self.0.briefing.store(Arc::new(briefing));
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    pub fn source(&self) -> &DataSource {
        &self.0.source
    }

    pub fn today(&self) -> FuzzyDate {
        self.0.config.today.unwrap_or_else(FuzzyDate::today_utc)
    }
}
