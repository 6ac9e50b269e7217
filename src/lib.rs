//! summit-briefing: a web briefing on the Central Asia + Japan summit.
//!
//! Data flows one way: files -> [`model`] (validated, immutable) -> ([`i18n`], [`urls`]) ->
//! [`views`] -> [`render`] -> [`site`] -> [`http`] | [`export`]; no module imports a later one.

pub mod app;
pub mod assets;
pub mod catalogue;
pub mod config;
pub mod error;
pub mod export;
pub mod http;
pub mod i18n;
pub mod memory;
pub mod model;
pub mod reload;
pub mod render;
pub mod representation;
pub mod search;
pub mod security;
pub mod server;
pub mod site;
mod state;
pub mod status;
pub mod urls;
pub mod views;

use std::net::SocketAddr;

pub use app::App;
pub use config::{Config, Precompress};
pub use security::Hardening;
pub use server::ServerConfig;
pub use state::AppState;
pub use status::ReloadStatus;

/// The whole web application: the seam tests drive with `oneshot` requests.
pub fn app(state: AppState) -> App {
    app_with(state, &Hardening::default())
}

/// The application with explicit hardening settings. `/healthz` reports the reload status the
/// state holds ([`AppState::reload`]).
pub fn app_with(state: AppState, hardening: &Hardening) -> App {
    App::new(state, hardening)
}

/// Listens on `addr` and serves until SIGINT or SIGTERM, reloading the data on SIGHUP and,
/// for a data directory, when its files change.
pub async fn serve(state: AppState, addr: SocketAddr, config: ServerConfig) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(
        "serving the briefing from {} on http://{}",
        state.source().describe(),
        listener.local_addr()?
    );
    let _live = reload::start(
        reload::Reloader::new(state.clone(), state.reload().clone()),
        config.watch,
    )?;
    // The new day's pages are rendered just after midnight, in the background, so that no
    // request waits for them (requests keep the old pages until the new ones are in).
    let daily = state.clone();
    tokio::spawn(async move {
        while let Some(wait) = daily.day_ends_in() {
            tokio::time::sleep(wait + std::time::Duration::from_secs(1)).await;
            drop(daily.site_owned());
            tokio::time::sleep(std::time::Duration::from_secs(5)).await;
        }
    });
    let app = app_with(state, &config.hardening);
    server::serve_on(listener, app, &config, server::shutdown_signal()).await
}

/// Fetches `url` and succeeds only on a 200 answer within five seconds.
pub async fn probe(url: &str) -> Result<(), String> {
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::TokioExecutor;

    let uri: axum::http::Uri = url.parse().map_err(|e| format!("bad URL {url}: {e}"))?;
    let client: Client<_, axum::body::Body> = Client::builder(TokioExecutor::new()).build_http();
    let response = tokio::time::timeout(std::time::Duration::from_secs(5), client.get(uri))
        .await
        .map_err(|_| "no answer within 5 s".to_owned())?
        .map_err(|e| e.to_string())?;
    if response.status() == axum::http::StatusCode::OK {
        Ok(())
    } else {
        Err(format!("status {}", response.status()))
    }
}
