//! Live data: when the briefing is served from a directory, edits to it are picked up without a
//! restart, from a file watcher and on SIGHUP.
//!
//! A reload loads and validates the whole briefing first and only then swaps it in with
//! [`AppState::replace`], so a request sees either the old briefing or the new one. A reload
//! that fails keeps the last good briefing; its errors are logged and shown by `/healthz`. The
//! translation overlays (`ja/*.toml`, `ru/*.toml`) are watched and checked with it: a reload
//! whose overlays have errors is refused too.
//!
//! Real deploys do more than edit files in place, so the watcher (notify-debouncer-full) watches
//! the directory's parent as well as the directory, and after each change resolves the data path
//! again: a directory deleted and recreated, swapped in with `mv`, or switched by a symbolic link
//! (the Kubernetes ConfigMap `..data` pattern, or `--data` itself a link) is followed. Before
//! loading, a reload waits until the files have stopped changing (the same size, modification
//! time and inode across [`DEBOUNCE`]), so that a copy under way is not served half-written; a
//! reload that does not finish within [`RELOAD_TIMEOUT`] is abandoned and reported.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache};
use tokio::sync::mpsc;

use crate::AppState;
use crate::model::{DataErrors, DataSource, EDITIONS, FILES, TextFile};
pub use crate::status::{FailedReload, ReloadReport, ReloadStatus, WatchingFailed};

/// How long the watcher waits for a burst of writes to settle, and how long the files must then
/// stay unchanged, before reloading.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// The longest a reload may take, waiting for stable files included, before it is abandoned.
pub const RELOAD_TIMEOUT: Duration = Duration::from_secs(30);

/// Reloads the briefing of one [`AppState`] and records the outcome.
#[derive(Clone)]
pub struct Reloader {
    state: AppState,
    status: ReloadStatus,
    settle: Duration,
    timeout: Duration,
}

impl Reloader {
    pub fn new(state: AppState, status: ReloadStatus) -> Self {
        Self {
            state,
            status,
            settle: DEBOUNCE,
            timeout: RELOAD_TIMEOUT,
        }
    }

    /// How long the files must stay unchanged before a reload reads them ([`DEBOUNCE`]).
    pub fn with_settle(mut self, settle: Duration) -> Self {
        self.settle = settle;
        self
    }

    /// How long a reload may take before it is abandoned ([`RELOAD_TIMEOUT`]).
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn status(&self) -> &ReloadStatus {
        &self.status
    }

    /// Loads the data again, now; on success swaps it in, on failure keeps serving the current
    /// briefing and reports every error. `why` is for the log ("a file changed", "SIGHUP").
    pub fn reload(&self, why: &str) -> Result<(), DataErrors> {
        self.reload_unless_abandoned(why, &AtomicBool::new(false))
    }

    fn reload_unless_abandoned(&self, why: &str, abandoned: &AtomicBool) -> Result<(), DataErrors> {
        let source = self.state.source();
        if *source == DataSource::Embedded {
            tracing::info!("{why}: the embedded data cannot change; nothing to reload");
            return Ok(());
        }
        // The translation overlays are refused on the same terms as the English: a bad one
        // keeps the last good data (they are checked here; serving them is the editions' part).
        match source
            .load()
            .and_then(|briefing| source.load_overlays().map(|_| briefing))
        {
            // Too late: the timeout has already reported this reload as abandoned.
            Ok(_) if abandoned.load(Ordering::SeqCst) => Ok(()),
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
            Err(_) if abandoned.load(Ordering::SeqCst) => Ok(()),
            Err(errors) => {
                tracing::error!(
                    "{why}: the new data was refused; still serving the last good briefing\n{errors}"
                );
                self.status.reload_failed(errors.clone());
                Err(errors)
            }
        }
    }

    /// Waits until the data files stop changing, then reloads; off the request threads, and
    /// abandoned (reported as a failed reload) if it all takes longer than the timeout.
    pub async fn reload_when_stable(&self, why: &'static str) -> Result<(), DataErrors> {
        let abandoned = Arc::new(AtomicBool::new(false));
        let job = {
            let this = self.clone();
            let abandoned = abandoned.clone();
            tokio::task::spawn_blocking(move || {
                if let DataSource::Dir(dir) = this.state.source() {
                    wait_until_stable(dir, this.settle, &abandoned);
                }
                this.reload_unless_abandoned(why, &abandoned)
            })
        };
        match tokio::time::timeout(self.timeout, job).await {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(panicked)) => Err(self.refuse(
                why,
                format!("the reload failed unexpectedly ({panicked}); the last good briefing is still served"),
            )),
            Err(_) => {
                abandoned.store(true, Ordering::SeqCst);
                Err(self.refuse(
                    why,
                    format!(
                        "the reload did not finish within {:?} (files still changing, or a file \
                         system not answering) and was abandoned; the last good briefing is still served",
                        self.timeout
                    ),
                ))
            }
        }
    }

    fn refuse(&self, why: &str, message: String) -> DataErrors {
        let errors = DataErrors(vec![TextFile::whole_file_error(
            &self.state.source().describe(),
            message,
            None,
        )]);
        tracing::error!("{why}: {errors}");
        self.status.reload_failed(errors.clone());
        errors
    }
}

/// What identifies the state of one data file: changes while a copy is under way.
type Fingerprint = Option<(u64, Option<std::time::SystemTime>, u64)>;

fn fingerprints(dir: &Path) -> Vec<(PathBuf, Fingerprint)> {
    // The English files, then the overlay files of each edition (`ja/*.toml`...).
    let overlays = EDITIONS.iter().flat_map(|lang| {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(lang))
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        files
    });
    FILES
        .iter()
        .map(|name| dir.join(name))
        .chain(overlays)
        .map(|path| {
            // Follows symbolic links: a ConfigMap's files are links into `..data`.
            let print = std::fs::metadata(&path).ok().map(|m| {
                #[cfg(unix)]
                let inode = std::os::unix::fs::MetadataExt::ino(&m);
                #[cfg(not(unix))]
                let inode = 0;
                (m.len(), m.modified().ok(), inode)
            });
            (path, print)
        })
        .collect()
}

/// Returns once no data file has changed for `settle` (or the reload was abandoned).
fn wait_until_stable(dir: &Path, settle: Duration, abandoned: &AtomicBool) {
    let mut before = fingerprints(dir);
    loop {
        std::thread::sleep(settle);
        if abandoned.load(Ordering::SeqCst) {
            return;
        }
        let now = fingerprints(dir);
        if now == before {
            return;
        }
        before = now;
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

/// What the watcher tells the reload task.
enum Watched {
    Changed,
    Failed(String),
}

/// Starts reloading on SIGHUP and, when `watch` is true and the data comes from a directory, on
/// every change to it (see the module's documentation). Must be called inside a Tokio runtime.
///
/// SIGHUP is handled even for the embedded data (it is logged and ignored) so that it never
/// terminates the server, as it would by default.
pub fn start(reloader: Reloader, watch: bool) -> std::io::Result<LiveReload> {
    let (tx, rx) = mpsc::unbounded_channel::<Watched>();
    // Held by the task so that, without a watcher, the channel stays open and silent.
    let keep_open = tx.clone();
    let watcher = match reloader.state.source() {
        DataSource::Dir(dir) if watch => Some(DirWatcher::new(dir, tx)?),
        _ => None,
    };
    reloader.status.watching(watcher.is_some());
    #[cfg(unix)]
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
    let task = tokio::spawn(async move {
        // Owned by the task: the watcher stops when the task ends.
        let mut watcher = watcher;
        let _keep_open = keep_open;
        let mut rx = rx;
        loop {
            #[cfg(unix)]
            let sighup = hangup.recv();
            #[cfg(not(unix))]
            let sighup = std::future::pending::<Option<()>>();
            let why = tokio::select! {
                message = rx.recv() => match message {
                    None => return,
                    Some(Watched::Failed(reason)) => {
                        tracing::error!("watching the data stopped working: {reason}; SIGHUP still reloads");
                        reloader.status.watching_failed(reason);
                        continue;
                    }
                    Some(Watched::Changed) => {
                        // One reload for everything already reported.
                        while let Ok(more) = rx.try_recv() {
                            if let Watched::Failed(reason) = more {
                                tracing::error!("watching the data reported an error: {reason}");
                            }
                        }
                        "a data file changed"
                    }
                },
                Some(()) = sighup => "SIGHUP",
            };
            // The directory may have been replaced: follow it before reading it, so that any
            // change after this point is seen by the new watch.
            if let Some(watcher) = watcher.as_mut() {
                match watcher.follow() {
                    Ok(()) => reloader.status.watching(true),
                    Err(reason) => {
                        tracing::error!(
                            "watching the data stopped working: {reason}; SIGHUP still reloads"
                        );
                        reloader.status.watching_failed(reason);
                    }
                }
            }
            let _ = reloader.reload_when_stable(why).await;
        }
    });
    Ok(LiveReload { task })
}

/// Watches a data directory and its parent, and follows the directory when it is replaced.
struct DirWatcher {
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    /// The data path as given (made absolute, symbolic links kept).
    dir: PathBuf,
    parent: PathBuf,
    /// Whether `dir` is being watched, and the real directory it led to then.
    watching: bool,
    target: Option<PathBuf>,
}

impl DirWatcher {
    fn new(dir: &Path, tx: mpsc::UnboundedSender<Watched>) -> std::io::Result<Self> {
        let dir = std::path::absolute(dir)?;
        let parent = dir
            .parent()
            .map(Path::to_owned)
            .unwrap_or_else(|| dir.clone());
        let relevant = {
            let dir = dir.clone();
            move |path: &Path| {
                // The directory itself (created, removed, renamed into place, a link swapped)
                // or its parent (removed: then watching has stopped working)...
                dir.starts_with(path)
                    // ... or a data file in it, or a ConfigMap's `..data` link and its targets,
                // or an edition's directory ...
                    || path.parent() == Some(&dir)
                        && path
                            .file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| {
                                FILES.contains(&n) || n.starts_with("..") || EDITIONS.contains(&n)
                            })
                    // ... or a translation overlay in one.
                    || path.parent().and_then(Path::parent) == Some(&dir)
                        && path
                            .parent()
                            .and_then(Path::file_name)
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| EDITIONS.contains(&n))
                        && path.extension().is_some_and(|x| x == "toml")
            }
        };
        let debouncer = notify_debouncer_full::new_debouncer(
            DEBOUNCE,
            None,
            move |result: DebounceEventResult| match result {
                Ok(events) => {
                    let changed = events.iter().any(|e| {
                        e.event.need_rescan()
                            || !matches!(e.event.kind, EventKind::Access(_))
                                && e.event.paths.iter().any(|p| relevant(p))
                    });
                    if changed {
                        let _ = tx.send(Watched::Changed);
                    }
                }
                Err(errors) => {
                    let reason = errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; ");
                    let _ = tx.send(Watched::Failed(reason));
                }
            },
        )
        .map_err(std::io::Error::other)?;
        let mut watcher = Self {
            debouncer,
            dir,
            parent,
            watching: false,
            target: None,
        };
        watcher.follow().map_err(std::io::Error::other)?;
        tracing::info!(
            "watching {} (and {}) for changes",
            watcher.dir.display(),
            watcher.parent.display()
        );
        Ok(watcher)
    }

    /// Watches whatever the data path leads to now: a directory recreated (perhaps with the same
    /// inode), moved in, or a link switched. Watching anew each time is one system call, and
    /// safe: the reload that follows reads whatever changed in between. An error says why
    /// watching no longer works.
    fn follow(&mut self) -> Result<(), String> {
        if !self.parent.is_dir() {
            return Err(format!(
                "{} no longer exists, so changes to {} cannot be seen",
                self.parent.display(),
                self.dir.display()
            ));
        }
        // The parent too may have been recreated: watch it anew (first, since unwatching it
        // forgets what is under it).
        let _ = self.debouncer.unwatch(&self.parent);
        self.debouncer
            .watch(&self.parent, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", self.parent.display()))?;
        let now = std::fs::canonicalize(&self.dir).ok();
        if self.watching {
            // The old watch may already be gone with its directory.
            let _ = self.debouncer.unwatch(&self.dir);
            self.watching = false;
        }
        if now.is_some() {
            // Recursive, for the editions' directories (`ja/`, `ru/`), created or not yet.
            self.debouncer
                .watch(&self.dir, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", self.dir.display()))?;
            self.watching = true;
        }
        if now != self.target {
            tracing::info!(
                "the data directory {} now leads to {}",
                self.dir.display(),
                now.as_deref()
                    .map_or("nothing".into(), |p| p.display().to_string())
            );
        }
        // Not there (deleted, mid-deploy): the parent's watch sees it come back.
        self.target = now;
        Ok(())
    }
}
