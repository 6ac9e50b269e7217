//! summit-briefing: a web briefing on the Central Asia + Japan summit.
//!
//! Data flows one way: files -> [`model`] (validated, immutable) -> [`routes`] -> templates.

pub mod error;
pub mod model;
pub mod routes;
mod state;

use std::net::SocketAddr;

use axum::Router;

pub use state::{AppState, Config};

/// The whole web application: the seam tests drive with `oneshot` requests.
pub fn app(state: AppState) -> Router {
    routes::router(state)
}

/// Listens on `addr` and serves until Ctrl-C or SIGTERM.
pub async fn serve(state: AppState, addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(
        "serving the briefing from {} on http://{}",
        state.source().describe(),
        listener.local_addr()?
    );
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
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

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests under way");
}
