//! Live data: edits to a data directory are served without a restart, all at once; broken edits
//! are refused, the last good briefing stays, and `/healthz` says why.
//!
//! Waits poll with a long deadline: a slow machine makes these tests slower, never wrong.

use std::time::{Duration, Instant};

use axum::Router;
use axum::http::Method;
use summit_briefing::reload::{self, Reloader};
use summit_briefing::{AppState, Hardening, ReloadStatus, app_with};

use crate::hardening::request;
use crate::{DataCopy, get, state_of};

const PATIENCE: Duration = Duration::from_secs(20);
const OLD_TITLE: &str = "The Dialogue is launched in Astana";

async fn healthz(app: &Router) -> serde_json::Value {
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
    app: Router,
    _reload: reload::LiveReload,
}

fn live(watch: bool) -> Live {
    let copy = DataCopy::minimal();
    let state = state_of(copy.source());
    let status = ReloadStatus::default();
    let handle = reload::start(Reloader::new(state.clone(), status.clone()), watch)
        .expect("start reloading");
    let app = app_with(state.clone(), &Hardening::default(), &status);
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
