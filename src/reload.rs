//! Live data: when the briefing is served from a directory, edits to it are picked up without a
//! restart, from a file watcher and on SIGHUP.
//!
//! A reload loads and validates the whole briefing first and only then swaps it in with
//! [`AppState::replace`], so a request sees either the old briefing or the new one. A reload
//! that fails keeps the last good briefing; its errors are logged and shown by `/healthz`.

use std::path::Path;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};
use tokio::sync::mpsc;

use crate::AppState;
use crate::model::{DataErrors, DataSource, FILES};
pub use crate::status::{FailedReload, ReloadReport, ReloadStatus};

/// How long the watcher waits for an editor's burst of writes to settle before reloading.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// The longest a steady stream of changes can delay a reload.
const MAX_DEBOUNCE: Duration = Duration::from_millis(750);

/// Reloads the briefing of one [`AppState`] and records the outcome.
#[derive(Clone)]
pub struct Reloader {
    state: AppState,
    status: ReloadStatus,
}

impl Reloader {
    pub fn new(state: AppState, status: ReloadStatus) -> Self {
        Self { state, status }
    }

    pub fn status(&self) -> &ReloadStatus {
        &self.status
    }

    /// Loads the data again; on success swaps it in, on failure keeps serving the current
    /// briefing and reports every error. `why` is for the log ("a file changed", "SIGHUP").
    pub fn reload(&self, why: &str) -> Result<(), DataErrors> {
        let source = self.state.source();
        if *source == DataSource::Embedded {
            tracing::info!("{why}: the embedded data cannot change; nothing to reload");
            return Ok(());
        }
        match source.load() {
            Ok(briefing) => {
                let summary = format!(
                    "{} events, {} sources",
                    briefing.events.len(),
                    briefing.sources.len()
                );
                self.state.replace(briefing);
                self.status.reloaded();
                tracing::info!("{why}: reloaded {} ({summary})", source.describe());
                Ok(())
            }
            Err(errors) => {
                tracing::error!(
                    "{why}: the new data was refused; still serving the last good briefing\n{errors}"
                );
                self.status.reload_failed(errors.clone());
                Err(errors)
            }
        }
    }

    async fn reload_in_background(&self, why: &'static str) {
        let this = self.clone();
        // Loading reads files and validates: keep it off the threads that answer requests.
        let _ = tokio::task::spawn_blocking(move || this.reload(why)).await;
    }
}

/// Keeps reloading going; dropping it stops the watcher and the SIGHUP listener.
pub struct LiveReload {
    task: tokio::task::JoinHandle<()>,
}

impl Drop for LiveReload {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts reloading on SIGHUP and, when `watch` is true and the data comes from a directory, on
/// every change to one of its data files. Must be called inside a Tokio runtime.
///
/// SIGHUP is handled even for the embedded data (it is logged and ignored) so that it never
/// terminates the server, as it would by default.
pub fn start(reloader: Reloader, watch: bool) -> std::io::Result<LiveReload> {
    let (tx, rx) = mpsc::unbounded_channel::<()>();
    // Held by the task so that, without a watcher, the channel stays open and silent.
    let keep_open = tx.clone();
    let watcher = match reloader.state.source() {
        DataSource::Dir(dir) if watch => Some(watch_dir(dir, tx)?),
        _ => None,
    };
    reloader.status.watching(watcher.is_some());
    #[cfg(unix)]
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
    let task = tokio::spawn(async move {
        // Owned by the task: the watcher stops when the task ends.
        let _watcher = watcher;
        let _keep_open = keep_open;
        let mut rx = rx;
        loop {
            #[cfg(unix)]
            let sighup = hangup.recv();
            #[cfg(not(unix))]
            let sighup = std::future::pending::<Option<()>>();
            tokio::select! {
                changed = rx.recv() => {
                    if changed.is_none() {
                        return;
                    }
                    settle(&mut rx).await;
                    reloader.reload_in_background("a data file changed").await;
                }
                Some(()) = sighup => {
                    reloader.reload_in_background("SIGHUP").await;
                }
            }
        }
    });
    Ok(LiveReload { task })
}

/// Waits until no change has arrived for [`DEBOUNCE`] (or [`MAX_DEBOUNCE`] has passed).
async fn settle(rx: &mut mpsc::UnboundedReceiver<()>) {
    let deadline = tokio::time::Instant::now() + MAX_DEBOUNCE;
    loop {
        let quiet = tokio::time::sleep(DEBOUNCE);
        tokio::select! {
            () = quiet => return,
            () = tokio::time::sleep_until(deadline) => return,
            more = rx.recv() => if more.is_none() { return },
        }
    }
}

/// Watches the directory itself (not each file), so that editors that save by writing a new
/// file and renaming it over the old one are seen too.
fn watch_dir(
    dir: &Path,
    tx: mpsc::UnboundedSender<()>,
) -> std::io::Result<notify::RecommendedWatcher> {
    let mut watcher =
        notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
            Ok(event) => {
                let relevant = event.need_rescan()
                    || !matches!(event.kind, EventKind::Access(_))
                        && event.paths.iter().any(|p| {
                            p.file_name()
                                .and_then(|n| n.to_str())
                                .is_some_and(|n| FILES.contains(&n))
                        });
                if relevant {
                    let _ = tx.send(());
                }
            }
            Err(e) => tracing::warn!("watching the data directory: {e}"),
        })
        .map_err(std::io::Error::other)?;
    watcher
        .watch(dir, RecursiveMode::NonRecursive)
        .map_err(std::io::Error::other)?;
    tracing::info!("watching {} for changes", dir.display());
    Ok(watcher)
}
