//! What every request shares: the current site (briefing and everything rendered from it)
//! and the server's settings.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use arc_swap::{ArcSwap, Guard};

use crate::config::{Config, Precompress};
use crate::model::{Briefing, DataSource, FuzzyDate};
use crate::site::Site;
use crate::status::ReloadStatus;

/// How long the background rendering of a server just started waits for the first request
/// to have its page rendered, so that the two do not share the cores: on a busy 2-core
/// machine (load average 4) the first `/ja/` and `/ru/` then took a median 34-37 ms instead
/// of 50-54 (README, Speed). Without a request, the pages are rendered after this.
const FIRST_PAGE_WAIT: Duration = Duration::from_millis(250);

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
    /// Set while the new day's pages are being rendered in the background.
    renewing: std::sync::atomic::AtomicBool,
    /// What strangers may make the server render on demand.
    pub budget: RenderBudget,
}

impl AppState {
    pub fn new(briefing: Briefing, source: DataSource, config: Config) -> Self {
        let site = Arc::new(Site::build(Arc::new(briefing), &config).with_source(&source));
        let budget = RenderBudget::new(config.render_burst, config.render_per_second);
        let state = Self(Arc::new(App {
            site: ArcSwap::new(site.clone()),
            building: Mutex::new(()),
            source,
            config,
            reload: ReloadStatus::default(),
            renewing: std::sync::atomic::AtomicBool::new(false),
            budget,
        }));
        // The first request renders its own page: the rest waits until it has (or a
        // moment, if no request comes).
        state.finish_in_background(site, FIRST_PAGE_WAIT);
        state
    }

    /// The briefing as it stands now; a request holds on to one version from start to end.
    pub fn briefing(&self) -> Arc<Briefing> {
        self.site().briefing.clone()
    }

    /// The pages as they stand now. When their day has ended, a background thread renders
    /// them for the new day while this and every other request keep the old ones: no request
    /// waits for a rebuild.
    pub fn site(&self) -> Guard<Arc<Site>> {
        let site = self.0.site.load();
        if site.is_stale() {
            self.new_day_in_background();
        }
        site
    }

    /// The current pages, owned (for work moved off the request's thread).
    pub fn site_owned(&self) -> Arc<Site> {
        let site = self.0.site.load_full();
        if site.is_stale() {
            self.new_day_in_background();
        }
        site
    }

    /// Starts the new day's rebuild unless one is under way.
    fn new_day_in_background(&self) {
        if self
            .0
            .renewing
            .swap(true, std::sync::atomic::Ordering::AcqRel)
        {
            return;
        }
        let state = self.clone();
        let spawned = std::thread::Builder::new()
            .name("new-day".into())
            .spawn(move || {
                state.new_day();
                state
                    .0
                    .renewing
                    .store(false, std::sync::atomic::Ordering::Release);
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start the new day's rebuild: {e}");
            self.0
                .renewing
                .store(false, std::sync::atomic::Ordering::Release);
        }
    }

    /// How long until the current pages' day ends (`None` when the date is pinned): the
    /// server wakes then and starts the rebuild before any request needs it.
    pub fn day_ends_in(&self) -> Option<std::time::Duration> {
        self.0.site.load().expires_in()
    }

    /// Swaps in a newly loaded briefing with all its pages, compressed variants and ETags,
    /// and an empty filter cache, in one store; requests under way finish on the old one.
    pub fn replace(&self, briefing: Briefing) {
        let _building = self
            .0
            .building
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let site = Site::build(Arc::new(briefing), &self.0.config).with_source(&self.0.source);
        site.rendered();
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
            let site =
                Site::build(current.briefing.clone(), &self.0.config).with_source(&self.0.source);
            site.rendered();
            self.publish(site);
        }
    }

    fn publish(&self, site: Site) {
        let site = Arc::new(site);
        let old = self.0.site.swap(site.clone());
        old.retire();
        self.finish_in_background(site, Duration::ZERO);
    }

    /// Renders the pages the site does not have yet (all of them at start-up, when the first
    /// answers render their own page) and, unless configured otherwise, compresses them; then
    /// gives the memory the compressors used back to the system.
    /// `wait` is how long it may first wait for a request to have its page rendered (see
    /// [`Site::after_first_page`]).
    fn finish_in_background(&self, site: Arc<Site>, wait: Duration) {
        let compress = self.0.config.precompress == Precompress::Background;
        let spawned = std::thread::Builder::new()
            .name("precompress".into())
            .spawn(move || {
                if !wait.is_zero() {
                    site.after_first_page(wait);
                }
                site.rendered();
                if compress && let Some(took) = site.compress_all() {
                    site.shed_identities();
                    tracing::info!(
                        "precompressed {} pages in {took:?} ({} KiB held, compressed variants only)",
                        site.pages().count(),
                        site.bytes() / 1024
                    );
                }
                crate::memory::release_free();
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start the rendering thread, rendering on request: {e}");
        }
    }

    /// Compresses every page of the current site now, in this thread (the export; tests).
    pub fn precompress(&self) {
        self.site().compress_all();
    }

    /// What strangers may make the server render on demand.
    pub fn budget(&self) -> &RenderBudget {
        &self.0.budget
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

/// Bounds the work a stranger can cause. Pages that exist only on request (a filtered view,
/// in any format) are rendered by at most [`RenderBudget::RENDERERS`] threads at once, off the
/// request threads; and each client address may cause a burst of such renders in a row, then
/// a few a second ([`Config::render_burst`], [`Config::render_per_second`]). Cached views cost nothing and are
/// never counted.
pub struct RenderBudget {
    slots: tokio::sync::Semaphore,
    clients: Mutex<HashMap<IpAddr, (f64, Instant)>>,
    burst: f64,
    per_second: f64,
}

impl RenderBudget {
    /// Renders under way at once, at most: one core renders for strangers, the rest keep
    /// answering from memory.
    pub const RENDERERS: usize = 1;

    /// A budget of `burst` renders in a row per client, `per_second` earned back a second
    /// (see [`Config::render_burst`]).
    pub fn new(burst: f64, per_second: f64) -> Self {
        Self {
            slots: tokio::sync::Semaphore::new(Self::RENDERERS),
            clients: Mutex::new(HashMap::new()),
            burst,
            per_second,
        }
    }

    /// Addresses remembered at most; beyond, those idle for a minute are forgotten.
    const CLIENTS: usize = 10_000;

    /// Takes one render from `client`'s allowance; `false` when it has none left.
    pub fn allow(&self, client: IpAddr) -> bool {
        let client = match client {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                // One IPv6 client usually holds a whole /64: count it as one.
                None => IpAddr::V6((u128::from(v6) & (!0u128 << 64)).into()),
            },
            v4 => v4,
        };
        let mut clients = self.clients.lock().unwrap_or_else(PoisonError::into_inner);
        if clients.len() >= Self::CLIENTS {
            clients.retain(|_, (_, at)| at.elapsed().as_secs() < 60);
            if clients.len() >= Self::CLIENTS {
                clients.clear();
            }
        }
        let now = Instant::now();
        let (tokens, at) = clients.entry(client).or_insert((self.burst, now));
        *tokens = (*tokens + at.elapsed().as_secs_f64() * self.per_second).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// The render slots: hold a permit while rendering.
    pub fn slots(&self) -> &tokio::sync::Semaphore {
        &self.slots
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_has_a_burst_then_waits_while_others_go_on() {
        let budget = RenderBudget::new(20.0, 2.0);
        let a: IpAddr = "192.0.2.1".parse().expect("an address");
        let b: IpAddr = "192.0.2.2".parse().expect("an address");
        let allowed = (0..30).filter(|_| budget.allow(a)).count();
        assert_eq!(allowed, 20);
        assert!(budget.allow(b), "another client is not affected");
        // One IPv6 /64 is one client.
        let v6a: IpAddr = "2001:db8::1".parse().expect("an address");
        let v6b: IpAddr = "2001:db8::ffff".parse().expect("an address");
        for _ in 0..20 {
            assert!(budget.allow(v6a));
        }
        assert!(!budget.allow(v6b));
    }

    #[test]
    fn a_new_day_is_rendered_in_the_background_while_requests_keep_the_old_pages() {
        let state = AppState::new(
            DataSource::Embedded.load().expect("loads"),
            DataSource::Embedded,
            Config {
                precompress: Precompress::OnDemand,
                ..Config::default()
            },
        );
        let old = state.site_owned();
        old.expire_now();
        // The request that notices gets the old pages at once.
        let served = state.site_owned();
        assert!(Arc::ptr_eq(&old, &served));
        let deadline = Instant::now() + std::time::Duration::from_secs(30);
        while Arc::ptr_eq(&state.site_owned(), &old) {
            assert!(Instant::now() < deadline, "no new day within 30 s");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(!state.site_owned().is_stale());
        assert!(state.day_ends_in().is_some());
    }
}
