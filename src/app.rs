//! The application as one service: a pre-rendered page is answered straight from the site's
//! table, everything else goes through the router and its layers ([`crate::security::harden`]).
//!
//! A lookup of pre-built bytes needs none of the router's work: matching the path, boxing the
//! service and its future at each of the layers, the time limit's timer, the request's
//! extensions. Measured with callgrind on the release server (README, "Benchmark"), that work
//! was most of the instructions and allocations of a 304. The fast path does what the layers
//! would do to such an answer, and nothing else:
//!
//! - the same checks first ([`security::refusal`]: method, `Host`, sizes); a request they
//!   refuse goes the slow way, which refuses it with its page;
//! - only a path without a query (a query may be a `?v=` link, a filter, a search) and only
//!   while no refused-edit banner is shown ([`crate::http`]'s `served.rs` adds those), to a
//!   page of the site's table or an embedded asset under `/static/`;
//! - the answer of [`Representation::respond_with`], starting from the security headers built
//!   once (an embed's own map at an embed's path: see [`security::Framing`]), with the
//!   `Content-Length` axum would set, and no body on a HEAD;
//! - a panic in it is the 500 page, as the router's layers make it.
//!
//! Anything else, and every error answer, is the router's.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::Router;
use axum::body::{Body, HttpBody};
use axum::extract::ConnectInfo;
use axum::http::header::CONTENT_LENGTH;
use axum::http::{HeaderMap, HeaderValue, Method, Request, StatusCode};
use axum::response::Response;
use axum::routing::future::RouteFuture;
use bytes::Bytes;
use pin_project_lite::pin_project;
use tower::Service;

use crate::model::DataSource;
use crate::representation::Representation;
use crate::security::{self, Hardening, Limits};
use crate::state::AppState;

/// The briefing's application: cheap to clone (two reference counts), as hyper clones it for
/// every request.
#[derive(Clone)]
pub struct App {
    router: Router,
    fast: Option<Arc<FastPath>>,
    /// The client's address when the request came over a connection (see [`App::for_peer`]).
    peer: Option<SocketAddr>,
}

/// What the fast path needs: the state with the site, the limits, and the security headers.
struct FastPath {
    state: AppState,
    limits: Limits,
    hsts: bool,
    headers: &'static HeaderMap,
    /// The headers of an embed's page, which any site may frame (see [`security::Framing`]).
    embed_headers: &'static HeaderMap,
}

impl App {
    /// The briefing on `state`: the router with its layers, and the fast path in front.
    pub fn new(state: AppState, hardening: &Hardening) -> Self {
        let router = security::harden(crate::http::router(state.clone()), hardening);
        Self {
            router,
            fast: Some(Arc::new(FastPath {
                state,
                limits: hardening.limits,
                hsts: hardening.hsts,
                headers: security::security_header_map(hardening.hsts),
                embed_headers: security::header_map(hardening.hsts, security::Framing::Anyone),
            })),
            peer: None,
        }
    }

    /// The same application for the requests of one connection from `peer`: each request is
    /// known to have come over a connection (its `Host` is checked), and the handlers that need
    /// the address find it as [`ConnectInfo`].
    pub fn for_peer(&self, peer: SocketAddr) -> Self {
        Self {
            peer: Some(peer),
            ..self.clone()
        }
    }
}

/// Any router served as it is, without a fast path (the tests' own routers).
impl From<Router> for App {
    fn from(router: Router) -> Self {
        Self {
            router,
            fast: None,
            peer: None,
        }
    }
}

impl FastPath {
    /// The answer to `request` if it is a pre-rendered page that needs nothing but a lookup.
    fn answer<B>(&self, request: &mut Request<B>, over_a_connection: bool) -> Option<Response> {
        let head = match *request.method() {
            Method::GET => false,
            Method::HEAD => true,
            _ => return None,
        };
        if request.uri().query().is_some()
            || security::refusal(request, &self.limits, over_a_connection).is_some()
            || (matches!(self.state.source(), DataSource::Dir(_))
                && self.state.reload().report().failed.is_some())
        {
            return None;
        }
        let site;
        let mut base = self.headers;
        let page: &Representation = match request.uri().path().strip_prefix("/static/") {
            // What `/static/{file}` would match, when the name needs no percent-decoding.
            Some(file) if !file.is_empty() && !file.contains(['/', '%']) => {
                crate::assets::find(file)?
            }
            Some(_) => return None,
            None => {
                let path = request.uri().path();
                site = self.state.site().page(path)?;
                // A page of the table is found (its answer a 200 or a 304): at an embed's
                // path, it is an embed.
                if crate::urls::is_embed_path(path) {
                    base = self.embed_headers;
                }
                &site
            }
        };
        // The answer goes out in the request's own header map (see `respond_in`).
        let headers = std::mem::take(request.headers_mut());
        let mut response = match catch_unwind(AssertUnwindSafe(|| page.respond_in(headers, base))) {
            Ok(response) => response,
            // The request's headers are gone: answered here as the router's layers would.
            Err(panic) => return Some(security::panicked(panic, self.hsts)),
        };
        // As axum does for the router's answers: a body of no bytes (a 304) says so, and HEAD
        // keeps the length but not the bytes. Not on a 304 over a connection: the server
        // drops the length of a 304 again (`server.rs`), so it is not set only to be removed.
        let dropped_again = over_a_connection && response.status() == StatusCode::NOT_MODIFIED;
        if !dropped_again
            && response.body().is_end_stream()
            && !response.headers().contains_key(CONTENT_LENGTH)
        {
            response
                .headers_mut()
                .insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
        }
        if head {
            *response.body_mut() = Body::empty();
        }
        Some(response)
    }
}

impl<B> Service<Request<B>> for App
where
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = AppFuture;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        if let Some(response) = self.fast_answer(&mut request) {
            return AppFuture::ready(response);
        }
        self.for_router(&mut request);
        AppFuture::Router {
            future: Service::call(&mut self.router, request),
        }
    }
}

impl App {
    /// [`Service::call`] on a shared app, as the server's connections call it. A page of the
    /// table is answered here, at once, so that the request (and with it the bytes of hyper's
    /// read buffer that its path and headers share) is dropped before hyper reads again;
    /// anything else goes to a clone of the router (a reference count).
    pub fn serve<B>(&self, mut request: Request<B>) -> AppFuture
    where
        B: HttpBody<Data = Bytes> + Send + 'static,
        B::Error: Into<axum::BoxError>,
    {
        if let Some(response) = self.fast_answer(&mut request) {
            return AppFuture::ready(response);
        }
        self.for_router(&mut request);
        AppFuture::Router {
            future: Service::call(&mut self.router.clone(), request),
        }
    }

    fn fast_answer<B>(&self, request: &mut Request<B>) -> Option<Response> {
        self.fast.as_ref()?.answer(request, self.peer.is_some())
    }

    /// What the router's handlers need of the connection: the client's address.
    fn for_router<B>(&self, request: &mut Request<B>) {
        if let Some(peer) = self.peer {
            request.extensions_mut().insert(ConnectInfo(peer));
        }
    }
}

pin_project! {
    /// The answer of [`App`]: ready at once from the fast path, or the router's.
    #[project = AppFutureProj]
    pub enum AppFuture {
        Ready { response: Option<Response> },
        Router { #[pin] future: RouteFuture<Infallible> },
    }
}

impl AppFuture {
    fn ready(response: Response) -> Self {
        AppFuture::Ready {
            response: Some(response),
        }
    }
}

impl Future for AppFuture {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project() {
            AppFutureProj::Ready { response } => {
                Poll::Ready(Ok(response.take().expect("polled after completion")))
            }
            AppFutureProj::Router { future } => future.poll(cx),
        }
    }
}
