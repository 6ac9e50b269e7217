//! Live data: edits to a data directory are served without a restart, all at once; broken edits
//! are refused, the last good briefing stays, and `/healthz` says why.
//!
//! Waits poll with a long deadline: a slow machine makes these tests slower, never wrong.

use std::time::{Duration, Instant};

use axum::http::Method;
use summit_briefing::App;
use summit_briefing::reload::{self, Reloader};
use summit_briefing::{AppState, Hardening, ReloadStatus, app_with};

use crate::hardening::request;
use crate::{DataCopy, get, state_of};

const PATIENCE: Duration = Duration::from_secs(20);
const OLD_TITLE: &str = "The Dialogue is launched in Astana";

async fn healthz(app: &App) -> serde_json::Value {
    let r = request(app, Method::GET, "/healthz").await;
    assert_eq!(r.status, 200, "healthz is 200 even when a reload failed");
    serde_json::from_str(&r.body).expect("healthz is JSON")
}

async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + PATIENCE;
    let started = Instant::now();
    while !check().await {
        assert!(Instant::now() < deadline, "{what}: not within {PATIENCE:?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    eprintln!("{what}: after {:?}", started.elapsed());
}

struct Live {
    copy: DataCopy,
    state: AppState,
    status: ReloadStatus,
    app: App,
    _reload: reload::LiveReload,
}

/// The state these tests reload, with `/healthz` showing the details (`--health-details`).
fn detailed_state(source: summit_briefing::model::DataSource) -> AppState {
    let briefing = source.load().expect("the fixture loads");
    AppState::new(
        briefing,
        source,
        summit_briefing::Config {
            health_details: true,
            ..state_of(summit_briefing::model::DataSource::Embedded)
                .config()
                .clone()
        },
    )
}

fn live(watch: bool) -> Live {
    let copy = DataCopy::minimal();
    let state = detailed_state(copy.source());
    let status = state.reload().clone();
    let handle = reload::start(Reloader::new(state.clone(), status.clone()), watch)
        .expect("start reloading");
    let app = app_with(state.clone(), &Hardening::default());
    Live {
        copy,
        state,
        status,
        app,
        _reload: handle,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_valid_edit_is_served_without_a_restart() {
    let live = live(true);
    assert_eq!(healthz(&live.app).await["reload"]["watching"], true);
    live.copy
        .replace("events.toml", OLD_TITLE, "The Dialogue opens in Astana");
    eventually("the edit is served", || async {
        get(&live.app, "/timeline/dialogue-launch")
            .await
            .body
            .contains("The Dialogue opens in Astana")
    })
    .await;
    // The new data is served a moment before the reload is counted (`reload.rs` swaps the
    // briefing, then updates the status): wait for the count rather than race it.
    eventually("healthz counts the reload", || async {
        healthz(&live.app).await["reload"]["reloads"].as_u64() >= Some(1)
    })
    .await;
    let health = healthz(&live.app).await;
    assert_eq!(health["status"], "ok");
    assert!(health["reload"]["reloads"].as_u64() >= Some(1), "{health}");
    assert!(health["reload"]["last_reload"].is_string(), "{health}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_edit_keeps_the_last_good_briefing_and_healthz_lists_the_errors() {
    let live = live(true);
    live.copy.replace(
        "events.toml",
        "countries = [\"japan\", \"kazakhstan\"]",
        "countries = [\"japan\", \"kazakstan\"]",
    );
    eventually("healthz reports the failed reload", || async {
        healthz(&live.app).await["status"] == "reload-failed"
    })
    .await;
    let health = healthz(&live.app).await;
    let errors = health["reload"]["failed"]["errors"]
        .as_array()
        .expect("a list of errors");
    assert_eq!(errors.len(), 1, "{health}");
    let e = &errors[0];
    assert!(
        e["file"].as_str().unwrap_or("").ends_with("events.toml"),
        "{e}"
    );
    assert_eq!(e["line"], 9, "{e}");
    assert_eq!(e["column"], 23, "{e}");
    assert_eq!(e["message"], "unknown country `kazakstan`", "{e}");
    assert_eq!(e["help"], "did you mean `kazakhstan`?", "{e}");
    assert!(health["reload"]["failed"]["at"].is_string(), "{health}");
    // The last good briefing is still served.
    let page = get(&live.app, "/timeline/dialogue-launch").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(OLD_TITLE));

    // Fixing the file clears the failure.
    live.copy
        .replace("events.toml", "\"kazakstan\"]", "\"kazakhstan\"]");
    eventually("healthz is ok again", || async {
        healthz(&live.app).await["status"] == "ok"
    })
    .await;
    assert!(live.status.report().failed.is_none());
}

/// Without `--health-details`, anyone may read `/healthz`: a refused reload shows as its
/// status, time and count of errors, never the directory, the file names or the messages
/// (which may quote the data).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_healthz_says_a_reload_failed_without_paths_or_messages() {
    let copy = DataCopy::minimal();
    let state = state_of(copy.source());
    let status = state.reload().clone();
    let _reload =
        reload::start(Reloader::new(state.clone(), status.clone()), true).expect("start reloading");
    let app = app_with(state, &Hardening::default());
    copy.replace(
        "events.toml",
        "countries = [\"japan\", \"kazakhstan\"]",
        "countries = [\"japan\", \"secret-kazakstan\"]",
    );
    eventually("healthz reports the failed reload", || async {
        healthz(&app).await["status"] == "reload-failed"
    })
    .await;
    let health = healthz(&app).await;
    assert_eq!(health["reload"]["failed"]["errors"], 1, "{health}");
    assert!(health["reload"]["failed"]["at"].is_string(), "{health}");
    assert_eq!(health["reload"]["watching"], true, "{health}");
    let text = health.to_string();
    let dir = copy.dir.path().to_str().expect("UTF-8 path");
    for private in [
        dir,
        "events.toml",
        "secret-kazakstan",
        "\"line\"",
        "\"message\"",
    ] {
        assert!(!text.contains(private), "{private:?} in {text}");
    }
    // The details are still kept, for the log and for `--health-details`.
    assert!(status.report().failed.is_some());
}

#[test]
fn a_failed_reload_swaps_nothing_in() {
    let copy = DataCopy::minimal();
    let state = state_of(copy.source());
    let reloader = Reloader::new(state.clone(), ReloadStatus::default());
    let before = state.briefing();
    copy.write("sources.toml", "[[source]\n");
    let errors = reloader.reload("test").expect_err("broken data is refused");
    assert!(errors.0[0].file.ends_with("sources.toml"));
    assert!(
        std::sync::Arc::ptr_eq(&before, &state.briefing()),
        "the same briefing is still served"
    );
    let report = reloader.status().report();
    assert_eq!(report.reloads, 0);
    assert_eq!(
        report.failed.expect("the failure is recorded").errors,
        errors
    );
}

#[test]
fn the_embedded_data_is_not_watched_and_a_reload_changes_nothing() {
    let state = crate::shipped_state();
    let reloader = Reloader::new(state.clone(), ReloadStatus::default());
    let before = state.briefing();
    reloader.reload("test").expect("nothing to do is fine");
    assert!(std::sync::Arc::ptr_eq(&before, &state.briefing()));
}

/// Every page shows one briefing: both edited files from the same version, never one old and
/// one new, while reloads swap versions under a stream of requests.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_never_see_half_old_half_new_data() {
    let live = live(false);
    let reloader = Reloader::new(live.state.clone(), live.status.clone());
    let summit = live.copy.read("summit.toml");
    let events = live.copy.read("events.toml");
    let write_version = |v: &str| {
        live.copy.write(
            "summit.toml",
            &summit.replace(
                "name = \"Central Asia + Japan Dialogue\"",
                &format!("name = \"Dialogue {v}\""),
            ),
        );
        live.copy.write(
            "events.toml",
            &events.replace(OLD_TITLE, &format!("Launch {v}")),
        );
    };
    write_version("alpha");
    reloader.reload("test").expect("version alpha loads");

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let app = live.app.clone();
            let stop = stop.clone();
            tokio::spawn(async move {
                let mut seen = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let page = get(&app, "/timeline/dialogue-launch").await;
                    let alpha = page.body.contains("Dialogue alpha briefing")
                        && page.body.contains("Launch alpha");
                    let beta = page.body.contains("Dialogue beta briefing")
                        && page.body.contains("Launch beta");
                    assert!(alpha || beta, "a page mixes versions");
                    seen += 1;
                }
                seen
            })
        })
        .collect();
    for round in 0..20 {
        let v = if round % 2 == 0 { "beta" } else { "alpha" };
        let reloader = reloader.clone();
        let write = write_version;
        write(v);
        tokio::task::spawn_blocking(move || reloader.reload("test"))
            .await
            .expect("reload task")
            .expect("each version loads");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for reader in readers {
        assert!(reader.await.expect("reader") > 0);
    }
}

fn signal(pid: u32, name: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success());
}

fn wait_until(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    let started = Instant::now();
    while !check() {
        assert!(Instant::now() < deadline, "{what}: not within {PATIENCE:?}");
        std::thread::sleep(Duration::from_millis(25));
    }
    eprintln!("{what}: after {:?}", started.elapsed());
}

#[test]
fn the_binary_reloads_a_watched_directory() {
    let copy = DataCopy::minimal();
    let dir = copy.dir.path().to_str().expect("UTF-8 path").to_owned();
    let server = crate::server::start(&["serve", "--data", &dir]);
    copy.replace("events.toml", OLD_TITLE, "Edited while serving");
    wait_until("the binary serves the edit", || {
        crate::server::fetch(&format!("{}/timeline/dialogue-launch", server.base))
            .1
            .contains("Edited while serving")
    });
}

#[test]
fn the_binary_reloads_on_sighup() {
    let copy = DataCopy::minimal();
    let dir = copy.dir.path().to_str().expect("UTF-8 path").to_owned();
    let server = crate::server::start(&["serve", "--no-watch", "--data", &dir]);
    let (_, health) = crate::server::fetch(&format!("{}/healthz", server.base));
    assert!(health.contains("\"watching\":false"), "{health}");
    copy.replace("events.toml", OLD_TITLE, "Reloaded on SIGHUP");
    signal(server.child.id(), "HUP");
    wait_until("the binary serves the edit after SIGHUP", || {
        crate::server::fetch(&format!("{}/timeline/dialogue-launch", server.base))
            .1
            .contains("Reloaded on SIGHUP")
    });
}

#[test]
fn sighup_does_not_stop_a_server_of_embedded_data() {
    let mut server = crate::server::start(&["serve"]);
    signal(server.child.id(), "HUP");
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        server.child.try_wait().expect("wait").is_none(),
        "still running"
    );
    let (status, _) = crate::server::fetch(&format!("{}/healthz", server.base));
    assert_eq!(status, 200);
}

/// Copies the minimal fixture into `dir` (created), with `OLD_TITLE` replaced by `title`.
fn fixture_into(dir: &std::path::Path, title: &str) {
    let fixture = crate::manifest_dir().join("tests/fixtures/minimal");
    std::fs::create_dir_all(dir).expect("create the directory");
    for name in summit_briefing::model::FILES {
        let text = std::fs::read_to_string(fixture.join(name)).expect("read the fixture");
        std::fs::write(dir.join(name), text.replacen(OLD_TITLE, title, 1)).expect("write");
    }
}

/// A watched server of the data at `path`, however that path is laid out.
fn live_at(path: &std::path::Path) -> (App, ReloadStatus, reload::LiveReload) {
    let state = detailed_state(summit_briefing::model::DataSource::Dir(path.to_owned()));
    let status = state.reload().clone();
    let handle =
        reload::start(Reloader::new(state.clone(), status.clone()), true).expect("start reloading");
    (app_with(state, &Hardening::default()), status, handle)
}

async fn serves(app: &App, title: &str) {
    eventually(&format!("{title:?} is served"), || async {
        get(app, "/timeline/dialogue-launch")
            .await
            .body
            .contains(title)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_data_directory_deleted_and_recreated_is_followed() {
    let base = tempfile::tempdir().expect("a temp dir");
    let data = base.path().join("data");
    fixture_into(&data, OLD_TITLE);
    let (app, status, _live) = live_at(&data);
    std::fs::remove_dir_all(&data).expect("delete");
    fixture_into(&data, "Recreated");
    serves(&app, "Recreated").await;
    // The new directory is watched, not the deleted one.
    std::fs::write(
        data.join("events.toml"),
        std::fs::read_to_string(data.join("events.toml"))
            .expect("read")
            .replace("Recreated", "Edited after recreation"),
    )
    .expect("write");
    serves(&app, "Edited after recreation").await;
    assert!(status.report().watching);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_data_directory_swapped_in_with_mv_is_followed() {
    let base = tempfile::tempdir().expect("a temp dir");
    let data = base.path().join("data");
    fixture_into(&data, OLD_TITLE);
    let (app, _status, _live) = live_at(&data);
    let next = base.path().join("data.new");
    fixture_into(&next, "Moved into place");
    std::fs::rename(&data, base.path().join("data.old")).expect("move the old one away");
    std::fs::rename(&next, &data).expect("move the new one in");
    serves(&app, "Moved into place").await;
    std::fs::write(
        data.join("events.toml"),
        std::fs::read_to_string(data.join("events.toml"))
            .expect("read")
            .replace("Moved into place", "Edited after the move"),
    )
    .expect("write");
    serves(&app, "Edited after the move").await;
}

/// The Kubernetes ConfigMap layout: `DIR/events.toml -> ..data/events.toml`, `..data -> ..v1`,
/// and an update swaps `..data` to a new directory in one rename.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configmap_style_symlink_swap_is_followed() {
    use std::os::unix::fs::symlink;
    let base = tempfile::tempdir().expect("a temp dir");
    let dir = base.path();
    fixture_into(&dir.join("..v1"), OLD_TITLE);
    symlink("..v1", dir.join("..data")).expect("link ..data");
    for name in summit_briefing::model::FILES {
        symlink(format!("..data/{name}"), dir.join(name)).expect("link a file");
    }
    let (app, _status, _live) = live_at(dir);
    fixture_into(&dir.join("..v2"), "Updated ConfigMap");
    symlink("..v2", dir.join("..data_tmp")).expect("link ..data_tmp");
    std::fs::rename(dir.join("..data_tmp"), dir.join("..data")).expect("swap ..data");
    std::fs::remove_dir_all(dir.join("..v1")).expect("remove the old version");
    serves(&app, "Updated ConfigMap").await;
}

/// `--data current` where `current` is a link to a release directory, switched atomically.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_data_path_that_is_a_switched_symlink_is_followed() {
    use std::os::unix::fs::symlink;
    let base = tempfile::tempdir().expect("a temp dir");
    let current = base.path().join("current");
    fixture_into(&base.path().join("v1"), OLD_TITLE);
    symlink("v1", &current).expect("link current");
    let (app, _status, _live) = live_at(&current);
    fixture_into(&base.path().join("v2"), "Release two");
    symlink("v2", base.path().join("current.tmp")).expect("link current.tmp");
    std::fs::rename(base.path().join("current.tmp"), &current).expect("switch the link");
    serves(&app, "Release two").await;
    // The watch moved to v2: an edit there is seen, one in v1 is not what is served.
    let events = base.path().join("v2/events.toml");
    std::fs::write(
        &events,
        std::fs::read_to_string(&events)
            .expect("read")
            .replace("Release two", "Edited in release two"),
    )
    .expect("write");
    serves(&app, "Edited in release two").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_says_when_watching_stopped_working() {
    let base = tempfile::tempdir().expect("a temp dir");
    let parent = base.path().join("parent");
    let data = parent.join("data");
    fixture_into(&data, OLD_TITLE);
    let (app, _status, _live) = live_at(&data);
    assert_eq!(healthz(&app).await["reload"]["watching"], true);
    std::fs::remove_dir_all(&parent).expect("delete the parent");
    eventually("healthz says watching stopped", || async {
        healthz(&app).await["reload"]["watching"] == false
    })
    .await;
    let health = healthz(&app).await;
    let reason = health["reload"]["watching_failed"]["reason"]
        .as_str()
        .unwrap_or_default();
    assert!(reason.contains("no longer exists"), "{health}");
    // The last good briefing is still served.
    assert!(
        get(&app, "/timeline/dialogue-launch")
            .await
            .body
            .contains(OLD_TITLE)
    );
}

/// Appends a comment to `events.toml` every few milliseconds until told to stop.
fn keep_writing(
    path: std::path::PathBuf,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(path)
            .expect("open for appending");
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            writeln!(file, "# still copying").expect("append");
            std::thread::sleep(Duration::from_millis(5));
        }
    })
}

/// A copy still under way is not read: the reload waits until the files stop changing, and
/// so loads the last write, not what was there when the change was first noticed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reload_waits_until_the_files_stop_changing() {
    let copy = DataCopy::minimal();
    let state = state_of(copy.source());
    let reloader = Reloader::new(state.clone(), ReloadStatus::default())
        .with_settle(Duration::from_millis(300))
        .with_timeout(PATIENCE);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = keep_writing(copy.path("events.toml"), stop.clone());
    let reload = {
        let reloader = reloader.clone();
        tokio::spawn(async move { reloader.reload_when_stable("test").await })
    };
    tokio::time::sleep(Duration::from_millis(600)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    writer.join().expect("the writer");
    // The last write of the copy: only a reload that waited for it can serve it.
    copy.replace("events.toml", OLD_TITLE, "The last write");
    reload
        .await
        .expect("the reload task")
        .expect("the reload succeeds");
    assert!(
        state
            .briefing()
            .events
            .iter()
            .any(|e| e.title.contains("The last write")),
        "the reload read the files before they were stable"
    );
}

/// Files that never stop changing (or a file system that never answers) do not hold reloading
/// up for good: the reload is abandoned after its timeout, reported, and the old data stays.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reload_that_does_not_finish_in_time_is_abandoned_and_reported() {
    let copy = DataCopy::minimal();
    let state = state_of(copy.source());
    let before = state.briefing();
    let status = ReloadStatus::default();
    let reloader = Reloader::new(state.clone(), status.clone())
        .with_settle(Duration::from_millis(500))
        .with_timeout(Duration::from_secs(2));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = keep_writing(copy.path("events.toml"), stop.clone());
    let outcome = reloader.reload_when_stable("test").await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    writer.join().expect("the writer");
    let errors = outcome.expect_err("the reload is abandoned");
    assert!(
        errors.0[0].message.contains("did not finish within 2s"),
        "{errors}"
    );
    assert_eq!(status.report().failed.map(|f| f.errors), Some(errors));
    assert!(std::sync::Arc::ptr_eq(&before, &state.briefing()));
}
