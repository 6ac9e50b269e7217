//! What every request shares: the current site (briefing and everything rendered from it)
//! and the server's settings.

use std::sync::{Arc, Mutex, PoisonError};

use arc_swap::{ArcSwap, Guard};

use crate::config::{Config, Precompress};
use crate::model::{Briefing, DataSource, FuzzyDate};
use crate::site::Site;
use crate::status::ReloadStatus;

/// The shared application, cheap to clone into every handler.
#[derive(Clone)]
pub struct AppState(Arc<App>);

pub struct App {
    /// One store for the briefing and everything derived from it, so that no request sees
    /// half old, half new.
    site: ArcSwap<Site>,
    /// Held while a new site is built and published: a reload and a new day never race.
    building: Mutex<()>,
    pub source: DataSource,
    pub config: Config,
    /// How reloading goes, for `/healthz`: written by the reloader, read by requests.
    reload: ReloadStatus,
}

impl AppState {
    pub fn new(briefing: Briefing, source: DataSource, config: Config) -> Self {
        let site = Arc::new(Site::build(Arc::new(briefing), &config));
        let state = Self(Arc::new(App {
            site: ArcSwap::new(site.clone()),
            building: Mutex::new(()),
            source,
            config,
            reload: ReloadStatus::default(),
        }));
        state.compress_in_background(site);
        state
    }

    /// The briefing as it stands now; a request holds on to one version from start to end.
    pub fn briefing(&self) -> Arc<Briefing> {
        self.site().briefing.clone()
    }

    /// The pages as they stand now, rendered again first if the day has changed since.
    pub fn site(&self) -> Guard<Arc<Site>> {
        let site = self.0.site.load();
        if !site.is_stale() {
            return site;
        }
        drop(site);
        self.new_day();
        self.0.site.load()
    }

    /// Swaps in a newly loaded briefing with all its pages, compressed variants and ETags,
    /// and an empty filter cache, in one store; requests under way finish on the old one.
    pub fn replace(&self, briefing: Briefing) {
        let _building = self
            .0
            .building
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let site = Site::build(Arc::new(briefing), &self.0.config);
        self.publish(site);
    }

    /// Renders the pages again for a new day: "upcoming" and "date passed" depend on it.
    /// One request does it while the others keep serving yesterday's pages.
    fn new_day(&self) {
        let Ok(_building) = self.0.building.try_lock() else {
            return;
        };
        let current = self.0.site.load_full();
        if current.is_stale() {
            let site = Site::build(current.briefing.clone(), &self.0.config);
            self.publish(site);
        }
    }

    fn publish(&self, site: Site) {
        let site = Arc::new(site);
        let old = self.0.site.swap(site.clone());
        old.retire();
        self.compress_in_background(site);
    }

    fn compress_in_background(&self, site: Arc<Site>) {
        if self.0.config.precompress != Precompress::Background {
            return;
        }
        let spawned = std::thread::Builder::new()
            .name("precompress".into())
            .spawn(move || {
                if let Some(took) = site.compress_all() {
                    tracing::info!(
                        "precompressed {} pages in {took:?} ({} KiB with variants)",
                        site.pages().count(),
                        site.bytes() / 1024
                    );
                }
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start the compression thread, serving uncompressed: {e}");
        }
    }

    /// Compresses every page of the current site now, in this thread (the export; tests).
    pub fn precompress(&self) {
        self.site().compress_all();
    }

    /// The reload status `/healthz` reports; the reloader holds a clone of it.
    pub fn reload(&self) -> &ReloadStatus {
        &self.0.reload
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    pub fn source(&self) -> &DataSource {
        &self.0.source
    }

    pub fn today(&self) -> FuzzyDate {
        self.site().today
    }
}
