//! What `/healthz` reports about the server's background work: live reloading (and whether the
//! watcher still works), and log lines that could not be written.
//!
//! This module depends on nothing in the crate but [`crate::model`], so that any other module
//! (the state, the routes, the reloader) can hold a [`ReloadStatus`] without a cycle.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;

use crate::model::DataErrors;

/// Log lines dropped because standard error could not be written (a closed or broken pipe).
static LOG_LINES_DROPPED: AtomicU64 = AtomicU64::new(0);

/// Counts one log line that could not be written; see [`log_lines_dropped`].
pub fn count_dropped_log_line() {
    LOG_LINES_DROPPED.fetch_add(1, Ordering::Relaxed);
}

/// Log lines dropped since the process started because standard error refused them.
pub fn log_lines_dropped() -> u64 {
    LOG_LINES_DROPPED.load(Ordering::Relaxed)
}

/// Standard error for the log, where a failed write is dropped and counted instead of being an
/// error: a log line is not worth a panic (`eprintln!` panics on a broken pipe, and so does
/// tracing-subscriber's report of its own write errors), nor a stalled server.
#[derive(Debug, Clone, Copy, Default)]
pub struct LossyStderr;

impl std::io::Write for LossyStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match std::io::stderr().write(buf) {
            Ok(n) => Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Err(e),
            Err(_) => {
                count_dropped_log_line();
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let _ = std::io::stderr().flush();
        Ok(())
    }
}

/// What `/healthz` says about reloading: shared between the reload task and the handlers.
#[derive(Debug, Clone, Default)]
pub struct ReloadStatus(Arc<Mutex<ReloadReport>>);

/// The state of live reloading, as `/healthz` reports it.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ReloadReport {
    /// Whether the data directory is watched for changes, and the watcher works.
    pub watching: bool,
    /// Why watching stopped working (then `watching` is false and only SIGHUP reloads).
    pub watching_failed: Option<WatchingFailed>,
    /// Reloads that succeeded since the server started.
    pub reloads: u64,
    /// When the briefing being served was last swapped in by a reload (RFC 3339).
    pub last_reload: Option<String>,
    /// The latest reload, when it failed; cleared by the next one that succeeds.
    pub failed: Option<FailedReload>,
    /// Log lines dropped because standard error could not be written.
    pub log_lines_dropped: u64,
}

impl ReloadReport {
    /// What anyone may see: the same report without the reasons, which name files and may
    /// quote their contents (the errors become their count).
    pub fn public(&self) -> PublicReloadReport {
        PublicReloadReport {
            watching: self.watching,
            watching_failed: self.watching_failed.is_some(),
            reloads: self.reloads,
            last_reload: self.last_reload.clone(),
            failed: self.failed.as_ref().map(|f| PublicFailedReload {
                at: f.at.clone(),
                errors: f.errors.0.len(),
            }),
            log_lines_dropped: self.log_lines_dropped,
        }
    }
}

/// [`ReloadReport`] as the public `/healthz` shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PublicReloadReport {
    pub watching: bool,
    /// Whether watching stopped working (the reason is in the log and the detailed report).
    pub watching_failed: bool,
    pub reloads: u64,
    pub last_reload: Option<String>,
    pub failed: Option<PublicFailedReload>,
    pub log_lines_dropped: u64,
}

/// A refused reload, as the public `/healthz` shows it: when, and how many problems.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PublicFailedReload {
    pub at: String,
    pub errors: usize,
}

/// A reload that was refused or abandoned: the last good briefing is still being served.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FailedReload {
    /// When it was tried (RFC 3339).
    pub at: String,
    /// Every problem found, each with its file, line and column.
    pub errors: DataErrors,
}

/// The watcher stopped delivering changes: edits are no longer picked up until it recovers.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct WatchingFailed {
    /// When it was noticed (RFC 3339).
    pub at: String,
    pub reason: String,
}

impl ReloadStatus {
    pub fn report(&self) -> ReloadReport {
        let mut report = self.lock().clone();
        report.log_lines_dropped = log_lines_dropped();
        report
    }

    /// The watcher started (or recovered): clears any earlier failure.
    pub fn watching(&self, watching: bool) {
        let mut report = self.lock();
        report.watching = watching;
        if watching {
            report.watching_failed = None;
        }
    }

    /// The watcher stopped working; reloading now needs SIGHUP.
    pub fn watching_failed(&self, reason: String) {
        let mut report = self.lock();
        report.watching = false;
        report.watching_failed = Some(WatchingFailed {
            at: now_rfc3339(),
            reason,
        });
    }

    /// A reload swapped a new briefing in.
    pub fn reloaded(&self) {
        let mut report = self.lock();
        report.reloads += 1;
        report.last_reload = Some(now_rfc3339());
        report.failed = None;
    }

    /// A reload was refused or abandoned; the last good briefing stays.
    pub fn reload_failed(&self, errors: DataErrors) {
        self.lock().failed = Some(FailedReload {
            at: now_rfc3339(),
            errors,
        });
    }

    fn lock(&self) -> MutexGuard<'_, ReloadReport> {
        // A panic while holding this lock leaves a consistent report: every write is one store.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_watching_failure_turns_watching_off_until_it_recovers() {
        let status = ReloadStatus::default();
        status.watching(true);
        assert!(status.report().watching);
        status.watching_failed("the directory is gone".into());
        let report = status.report();
        assert!(!report.watching);
        assert_eq!(
            report.watching_failed.map(|f| f.reason).as_deref(),
            Some("the directory is gone")
        );
        status.watching(true);
        let report = status.report();
        assert!(report.watching && report.watching_failed.is_none());
    }

    #[test]
    fn a_success_clears_the_last_failure() {
        let status = ReloadStatus::default();
        status.reload_failed(DataErrors(Vec::new()));
        assert!(status.report().failed.is_some());
        status.reloaded();
        let report = status.report();
        assert_eq!(report.reloads, 1);
        assert!(report.failed.is_none() && report.last_reload.is_some());
    }

    #[test]
    fn dropped_log_lines_are_counted_in_the_report() {
        let before = ReloadStatus::default().report().log_lines_dropped;
        count_dropped_log_line();
        assert!(ReloadStatus::default().report().log_lines_dropped > before);
    }
}
