//! Allocations per request on the paths that only look up pre-built bytes, counted with a
//! counting global allocator (its own test binary: a `#[global_allocator]` must not reach the
//! library, the server or the other tests).
//!
//! The app is the one the integration tests drive (`app()` on the shipped data, every page
//! rendered and compressed, as a server has it once warmed up), sent requests in-process with
//! `oneshot`. That skips hyper's own work per request and per connection (parsing the request
//! into a fresh header map, writing the answer): README, "Benchmark", gives the figures for the
//! real server under callgrind. A bound here is what the path reaches today; the test fails if
//! a change adds an allocation to it. Today a 304 allocates nothing and a 200 only the box of its
//! body; the 404 goes through the router and renders its page.
//!
//!     cargo test --test allocations -- --nocapture   # prints the counts

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Body;
use axum::http::{HeaderValue, Request, StatusCode};
use summit_briefing::model::{DataSource, FuzzyDate};
use summit_briefing::{AppState, Config, Precompress, app};
use tower::ServiceExt;

/// Counts the allocations (and reallocations) of the thread that switched counting on.
struct Counting;

static COUNT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

fn count_one() {
    if COUNTING.with(Cell::get) {
        COUNT.fetch_add(1, Ordering::Relaxed);
    }
}

// SAFETY: every call is passed on to the system allocator unchanged; counting allocates nothing.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: the caller's contract is the system allocator's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Requests per path; the count per request is the total divided by this.
const N: usize = 200;

/// One path as a client asks for it, what it must answer, and the most allocations one request
/// may cost (from the app's call to the answer dropped).
struct Case {
    name: &'static str,
    path: String,
    headers: Vec<(&'static str, String)>,
    status: StatusCode,
    bound: usize,
}

fn warm_app() -> summit_briefing::App {
    let source = DataSource::Embedded;
    let state = AppState::new(
        source.load().expect("the shipped data loads"),
        source,
        Config {
            today: Some(FuzzyDate::ymd(2026, 11, 28).expect("a real date")),
            precompress: Precompress::OnDemand,
            ..Config::default()
        },
    );
    // Every page rendered and compressed, as the server has them after its background work.
    state.precompress();
    app(state)
}

/// A request as hyper hands it over on a keep-alive connection: read into the header map of the
/// connection's previous answer, which has room for an answer's headers.
fn request(path: &str, headers: &[(&'static str, String)]) -> Request<Body> {
    let mut request = Request::get(path)
        .body(Body::empty())
        .expect("a valid request");
    let map = request.headers_mut();
    map.reserve(16);
    for (name, value) in headers {
        map.append(*name, HeaderValue::from_str(value).expect("a valid value"));
    }
    request
}

/// The allocations of `N` requests for `case`, per request (rounded up). The requests are built
/// before counting starts: a server gets them from hyper.
async fn allocations_per_request(app: &summit_briefing::App, case: &Case) -> usize {
    // One first, uncounted: what is built once (a lazily made table) is not per request.
    let first = app.clone().oneshot(request(&case.path, &case.headers));
    drop(first.await.expect("infallible"));
    let requests: Vec<_> = (0..N).map(|_| request(&case.path, &case.headers)).collect();
    let apps: Vec<_> = (0..N).map(|_| app.clone()).collect();
    COUNT.store(0, Ordering::Relaxed);
    COUNTING.with(|c| c.set(true));
    for (app, request) in apps.into_iter().zip(requests) {
        let response = app.oneshot(request).await.expect("infallible");
        let status = response.status();
        drop(response);
        if status != case.status {
            COUNTING.with(|c| c.set(false));
            panic!(
                "{}: {} answers {status}, not {}",
                case.name, case.path, case.status
            );
        }
    }
    COUNTING.with(|c| c.set(false));
    COUNT.load(Ordering::Relaxed).div_ceil(N)
}

async fn etag(app: &summit_briefing::App, path: &str) -> String {
    let response = app
        .clone()
        .oneshot(request(path, &[("accept-encoding", "gzip".to_owned())]))
        .await
        .expect("infallible");
    response
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("an ETag")
        .to_owned()
}

#[test]
fn lookups_of_pre_built_bytes_allocate_no_more_than_they_do_now() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let app = warm_app();
        let css = summit_briefing::assets::stylesheet_href().to_owned();
        let gzip = || ("accept-encoding", "gzip".to_owned());
        let cases = [
            Case {
                name: "200 gzip /",
                path: "/".into(),
                headers: vec![gzip()],
                status: StatusCode::OK,
                bound: 1,
            },
            Case {
                name: "200 br /",
                path: "/".into(),
                headers: vec![("accept-encoding", "br, gzip".to_owned())],
                status: StatusCode::OK,
                bound: 1,
            },
            Case {
                name: "304 /",
                path: "/".into(),
                headers: vec![gzip(), ("if-none-match", etag(&app, "/").await)],
                status: StatusCode::NOT_MODIFIED,
                bound: 0,
            },
            Case {
                name: "200 gzip /timeline",
                path: "/timeline".into(),
                headers: vec![gzip()],
                status: StatusCode::OK,
                bound: 1,
            },
            Case {
                name: "304 /timeline",
                path: "/timeline".into(),
                headers: vec![gzip(), ("if-none-match", etag(&app, "/timeline").await)],
                status: StatusCode::NOT_MODIFIED,
                bound: 0,
            },
            Case {
                name: "200 gzip static asset",
                path: css.clone(),
                headers: vec![gzip()],
                status: StatusCode::OK,
                bound: 1,
            },
            Case {
                name: "304 static asset",
                path: css.clone(),
                headers: vec![gzip(), ("if-none-match", etag(&app, &css).await)],
                status: StatusCode::NOT_MODIFIED,
                bound: 0,
            },
            Case {
                name: "404",
                path: "/no-such-page".into(),
                headers: vec![gzip()],
                status: StatusCode::NOT_FOUND,
                bound: 85,
            },
        ];
        let mut over = Vec::new();
        for case in &cases {
            let per_request = allocations_per_request(&app, case).await;
            println!(
                "{:<24} {:>4} allocations per request (bound {})",
                case.name, per_request, case.bound
            );
            if per_request > case.bound {
                over.push(format!(
                    "{}: {per_request} allocations per request, more than {}",
                    case.name, case.bound
                ));
            }
        }
        assert!(over.is_empty(), "{over:#?}");
    });
}
