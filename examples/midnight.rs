//! What the first requests after midnight cost: the day's pages expire (as they do at 00:00
//! UTC), and requests to `/` are timed while the new day's site is rendered in the background.
//! A measurement, not a test; see README.md, "Benchmark" (bench/midnight.sh runs it at 1x and 100x).
//!
//!     cargo run --release --example midnight -- [--data DIR] [--requests N]

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::Request;
use summit_briefing::model::DataSource;
use summit_briefing::{AppState, Config, Precompress};
use tower::ServiceExt;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut source = DataSource::Embedded;
    let mut requests = 2_000usize;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => source = DataSource::Dir(args.next().expect("--data DIR").into()),
            "--requests" => {
                requests = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--requests N")
            }
            other => panic!("unknown argument {other}"),
        }
    }
    let briefing = source.load().unwrap_or_else(|e| panic!("{e}"));
    let events = briefing.events.len();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async move {
        let state = AppState::new(
            briefing,
            source,
            Config {
                precompress: Precompress::OnDemand,
                ..Config::default()
            },
        );
        let app = summit_briefing::app(state.clone());
        let get = |app: summit_briefing::App| async move {
            let started = Instant::now();
            let response = app
                .oneshot(
                    Request::get("/")
                        .header("host", "127.0.0.1")
                        .header("accept-encoding", "br")
                        .body(Body::empty())
                        .expect("a request"),
                )
                .await
                .expect("an answer");
            assert_eq!(response.status(), 200);
            let _ = axum::body::to_bytes(response.into_body(), usize::MAX).await;
            started.elapsed()
        };
        get(app.clone()).await;
        let old = state.site_owned();
        old.expire_now();
        let rebuild_started = Instant::now();
        let mut latencies = Vec::with_capacity(requests);
        let mut rebuilt_after = None;
        for _ in 0..requests {
            latencies.push(get(app.clone()).await);
            if rebuilt_after.is_none() && !std::sync::Arc::ptr_eq(&state.site_owned(), &old) {
                rebuilt_after = Some(rebuild_started.elapsed());
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        let first = latencies[0];
        latencies.sort();
        let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p) as usize];
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "events={events} first_after_midnight_ms={:.2} p50_ms={:.2} p99_ms={:.2} max_ms={:.2} requests={} rebuilt_after_ms={}",
            ms(first),
            ms(pct(0.5)),
            ms(pct(0.99)),
            ms(*latencies.last().expect("requests")),
            latencies.len(),
            rebuilt_after.map_or("not yet".to_owned(), |d| format!("{:.0}", ms(d))),
        );
    });
}
