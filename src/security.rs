//! What every response carries and what every request must respect, whatever route answers:
//! security headers, GET and HEAD only, size limits, a time limit, and panics turned into a page.
//!
//! These layers wrap the router of the application `app()` builds, so the tests that drive it
//! see exactly what a browser sees (except the few answers hyper gives itself, see `server.rs`).

use std::any::Any;
use std::future::Future;
use std::net::SocketAddr;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::LazyLock;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::http::{HeaderMap, Method, StatusCode, Uri, Version};
use axum::response::Response;
use pin_project_lite::pin_project;
use tower::{Layer, Service, ServiceBuilder};
use tower_http::timeout::TimeoutLayer;

use crate::http::error_page;

/// What every page's policy says before `frame-ancestors`: the two policies below differ only
/// in who may frame the page.
macro_rules! csp_loads {
    () => {
        "default-src 'none'; style-src 'self'; img-src 'self'; \
         form-action 'self'; base-uri 'none'; "
    };
}

/// Everything a page may load, and nothing else: one same-origin stylesheet, a same-origin icon,
/// and the timeline's GET form. No scripts, no inline styles, no frames, no `<base>`.
pub const CONTENT_SECURITY_POLICY: &str = concat!(csp_loads!(), "frame-ancestors 'none'");

/// The policy of an embed (`/embed/...`, see `urls.rs`): the same, but any site may frame it.
pub const EMBED_CONTENT_SECURITY_POLICY: &str = concat!(csp_loads!(), "frame-ancestors *");

/// Browser features the briefing never uses, switched off for it and anything it might embed.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), \
     display-capture=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), \
     microphone=(), midi=(), payment=(), usb=()";

/// Two years, as the HSTS preload list asks; sent only when `--hsts` says TLS is in front.
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=63072000; includeSubDomains";

/// The only methods the briefing answers; the value of `Allow` on a 405.
pub const ALLOWED_METHODS: &str = "GET, HEAD";

/// How much of a request the application accepts before it answers with a 4xx page.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Path and query together; longer is a 414. The longest real URL is a few hundred bytes.
    pub max_uri_bytes: usize,
    /// The query string alone (the timeline filters); longer is a 414.
    pub max_query_bytes: usize,
    /// All header names and values together; more is a 431.
    pub max_header_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_uri_bytes: 4096,
            max_query_bytes: 2048,
            max_header_bytes: 16 * 1024,
        }
    }
}

/// How the application defends itself, whoever serves it.
#[derive(Debug, Clone)]
pub struct Hardening {
    /// Send `Strict-Transport-Security`: only true when the briefing is reached over HTTPS.
    pub hsts: bool,
    /// The longest a handler may take before the request is answered with a 503 page.
    pub request_timeout: Duration,
    pub limits: Limits,
}

impl Default for Hardening {
    fn default() -> Self {
        Self {
            hsts: false,
            request_timeout: Duration::from_secs(10),
            limits: Limits::default(),
        }
    }
}

/// Who may frame an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// No one: every page and error answer.
    Deny,
    /// Any site: an embed's page (a 2xx or 304 at an embed's path, see [`Framing::of`]).
    Anyone,
}

impl Framing {
    /// The framing an answer of `status` at `path` allows: only an embed that was found. An
    /// error at an embed's path (an unknown country, a refused filter) or a redirect is
    /// answered as any other page, so that nothing but an embed can be framed.
    pub fn of(path: &str, status: StatusCode) -> Framing {
        if (status.is_success() || status == StatusCode::NOT_MODIFIED)
            && crate::urls::is_embed_path(path)
        {
            Framing::Anyone
        } else {
            Framing::Deny
        }
    }
}

/// The security headers every response gets, in the order they are set.
pub fn security_headers(hsts: bool) -> Vec<(HeaderName, HeaderValue)> {
    headers_for(hsts, Framing::Deny)
}

/// The security headers of an answer that `framing` allows to be framed or not.
///
/// An embed differs only in `frame-ancestors *` and in having no `X-Frame-Options` (which
/// has no value meaning "anyone"). Its `Cross-Origin-Resource-Policy` stays `same-origin`:
/// CORP is checked on `no-cors` subresource loads, and on a nested navigation (an `<iframe>`)
/// only when the embedding page sends `Cross-Origin-Embedder-Policy: require-corp` (Fetch's
/// "cross-origin resource policy check" allows a navigation whose embedder policy is
/// `unsafe-none`). Such a page also needs the framed document to send COEP itself, which the
/// briefing does not, so `cross-origin` would not make the embed load there either; an
/// ordinary page frames it as it is. `Cross-Origin-Opener-Policy` applies to top-level
/// documents only and is ignored in a frame.
pub fn headers_for(hsts: bool, framing: Framing) -> Vec<(HeaderName, HeaderValue)> {
    let csp = match framing {
        Framing::Deny => CONTENT_SECURITY_POLICY,
        Framing::Anyone => EMBED_CONTENT_SECURITY_POLICY,
    };
    let mut headers = vec![
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        // For browsers that predate CSP's frame-ancestors.
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            HeaderValue::from_static("same-origin"),
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ),
        (
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(PERMISSIONS_POLICY),
        ),
    ];
    if framing == Framing::Anyone {
        headers.retain(|(name, _)| name != header::X_FRAME_OPTIONS);
    }
    if hsts {
        headers.push((
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(STRICT_TRANSPORT_SECURITY),
        ));
    }
    headers
}

/// [`security_headers`] as a map, built once: [`Harden`] sets its entries on every answer, and
/// the fast path (`src/app.rs`) starts each answer from a clone of it, with room for the
/// headers of a page so that the map never grows.
pub fn security_header_map(hsts: bool) -> &'static HeaderMap {
    header_map(hsts, Framing::Deny)
}

/// [`headers_for`] as a map, built once for each setting of `hsts` and `framing`.
pub fn header_map(hsts: bool, framing: Framing) -> &'static HeaderMap {
    static MAPS: LazyLock<[[HeaderMap; 2]; 2]> = LazyLock::new(|| {
        [Framing::Deny, Framing::Anyone].map(|framing| {
            [false, true].map(|hsts| {
                let mut map = HeaderMap::with_capacity(16);
                for (name, value) in headers_for(hsts, framing) {
                    map.insert(name, value);
                }
                map
            })
        })
    });
    &MAPS[usize::from(framing == Framing::Anyone)][usize::from(hsts)]
}

/// Wraps the router in the layers below. Outermost first: [`HardenLayer`] (security headers on
/// every answer, so panics, timeouts and refusals carry them too; panics turned into the 500
/// page, bare error answers styled, requests checked before any handler runs), then the time
/// limit around the handler.
pub fn harden(router: Router, hardening: &Hardening) -> Router {
    router.layer(
        ServiceBuilder::new()
            .layer(HardenLayer::new(hardening))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::SERVICE_UNAVAILABLE,
                hardening.request_timeout,
            )),
    )
}

/// Security headers, panic catching, styling of bare error answers and the request checks, as
/// one tower layer.
///
/// These used to be tower-http's catch-panic and two `axum::middleware::from_fn` layers, and
/// cost about a quarter of the 304 throughput: each `from_fn` boxes a future and a service per
/// request, and catch-panic boxes the body. This service does the same with no allocation on
/// the path of a request that passes its checks. The security headers were tower-http's
/// `SetMultipleResponseHeadersLayer`, which clones a boxed maker per header per answer (eight
/// allocations, 7% of the instructions of a 304 under callgrind); they are set from one map
/// built once. (The time limit stays tower-http's layer.)
#[derive(Debug, Clone, Copy)]
pub struct HardenLayer {
    limits: Limits,
    hsts: bool,
}

impl HardenLayer {
    pub fn new(hardening: &Hardening) -> Self {
        Self {
            limits: hardening.limits,
            hsts: hardening.hsts,
        }
    }
}

impl<S> Layer<S> for HardenLayer {
    type Service = Harden<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Harden {
            inner,
            limits: self.limits,
            hsts: self.hsts,
        }
    }
}

/// The service of [`HardenLayer`]. Cheap to clone (axum clones it for every request).
#[derive(Debug, Clone)]
pub struct Harden<S> {
    inner: S,
    limits: Limits,
    hsts: bool,
}

impl<S> Service<Request> for Harden<S>
where
    S: Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = HardenFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        // Checked synchronously: a refusal is a ready answer, the handler never runs.
        if let Some(refusal) = check_request(&request, &self.limits) {
            return HardenFuture::ready(finish(refusal, self.hsts));
        }
        // Cheap: a Uri shares its bytes. Kept only to name the path in an error message.
        let uri = request.uri().clone();
        match catch_unwind(AssertUnwindSafe(|| self.inner.call(request))) {
            Ok(future) => HardenFuture {
                state: State::Running {
                    future,
                    uri,
                    hsts: self.hsts,
                },
            },
            Err(panic) => HardenFuture::ready(finish(panic_page(panic), self.hsts)),
        }
    }
}

pin_project! {
    /// The answer of [`Harden`]: the handler's, styled if it is a bare error (the time limit's
    /// 503 among them), or the 500 page if the handler panicked.
    pub struct HardenFuture<F> {
        #[pin]
        state: State<F>,
    }
}

pin_project! {
    #[project = StateProj]
    enum State<F> {
        /// Answered without the handler (a refusal, or a panic when it was called).
        Ready { response: Option<Response> },
        Running {
            #[pin]
            future: F,
            uri: Uri,
            hsts: bool,
        },
    }
}

impl<F> HardenFuture<F> {
    fn ready(response: Response) -> Self {
        Self {
            state: State::Ready {
                response: Some(response),
            },
        }
    }
}

impl<F, E> Future for HardenFuture<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project().state.project() {
            StateProj::Ready { response } => {
                Poll::Ready(Ok(response.take().expect("polled after completion")))
            }
            StateProj::Running { future, uri, hsts } => {
                match catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
                    Ok(Poll::Pending) => Poll::Pending,
                    Ok(Poll::Ready(Ok(response))) => {
                        let framing = Framing::of(uri.path(), response.status());
                        let response = styled_errors(response, uri);
                        Poll::Ready(Ok(finish_framed(response, *hsts, framing)))
                    }
                    Ok(Poll::Ready(Err(error))) => Poll::Ready(Err(error)),
                    Err(panic) => Poll::Ready(Ok(finish(panic_page(panic), *hsts))),
                }
            }
        }
    }
}

/// Last touch on every answer that passes through [`Harden`]: the security headers (replacing
/// any a handler set), and an error page is not kept by caches (`Cache-Control: no-store`,
/// unless the handler chose otherwise).
fn finish(response: Response, hsts: bool) -> Response {
    finish_framed(response, hsts, Framing::Deny)
}

/// [`finish`] with the headers of `framing` (an embed's answer may be framed by anyone).
fn finish_framed(mut response: Response, hsts: bool, framing: Framing) -> Response {
    let headers = response.headers_mut();
    for (name, value) in header_map(hsts, framing) {
        headers.insert(name, value.clone());
    }
    let status = response.status();
    if (status.is_client_error() || status.is_server_error())
        && !response.headers().contains_key(header::CACHE_CONTROL)
    {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The answer [`Harden`] gives for a panic, for the fast path (`src/app.rs`).
pub(crate) fn panicked(panic: Box<dyn Any + Send + 'static>, hsts: bool) -> Response {
    finish(panic_page(panic), hsts)
}

/// A handler that panicked: log it, answer with the 500 page, keep serving.
fn panic_page(panic: Box<dyn Any + Send + 'static>) -> Response {
    let what = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!("a handler panicked: {what}");
    error_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        "The page could not be put together. The error has been logged; please try again later."
            .to_owned(),
    )
}

/// Refuses, before any handler runs, what the briefing never needs: methods other than GET and
/// HEAD, and URLs, queries or headers far larger than any real one. `None` lets it through.
fn check_request(request: &Request, limits: &Limits) -> Option<Response> {
    let over_a_connection = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .is_some();
    refusal(request, limits, over_a_connection)
}

/// [`check_request`] for a request of any body type, told whether it came over a connection
/// (the fast path, `src/app.rs`, knows without looking at the extensions).
pub(crate) fn refusal<B>(
    request: &axum::http::Request<B>,
    limits: &Limits,
    over_a_connection: bool,
) -> Option<Response> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut response = crate::http::error_page_in(
            StatusCode::METHOD_NOT_ALLOWED,
            format!(
                "This briefing can only be read: {} requests are not accepted here.",
                request.method()
            ),
            crate::urls::lang_of(request.uri().path()),
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static(ALLOWED_METHODS));
        return Some(response);
    }
    if over_a_connection && let Some(refusal) = check_host(request) {
        return Some(refusal);
    }
    let uri = request.uri();
    let uri_len = uri.path_and_query().map_or(0, |pq| pq.as_str().len());
    let query_len = uri.query().map_or(0, str::len);
    if uri_len > limits.max_uri_bytes || query_len > limits.max_query_bytes {
        return Some(crate::http::error_page_in(
            StatusCode::URI_TOO_LONG,
            format!(
                "This address is {uri_len} characters long; the briefing accepts up to {} \
                 (and {} in the part after the question mark).",
                limits.max_uri_bytes, limits.max_query_bytes
            ),
            crate::urls::lang_of(uri.path()),
        ));
    }
    let header_bytes: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if header_bytes > limits.max_header_bytes {
        return Some(error_page(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            format!(
                "The request's headers are {header_bytes} bytes; the briefing accepts up to {}. \
                 Clearing this site's cookies may help.",
                limits.max_header_bytes
            ),
        ));
    }
    None
}

/// RFC 9112, section 3.2: an HTTP/1.1 request must carry exactly one `Host` header, and a
/// valid one (a host name or address, an optional port, no user information); otherwise 400.
///
/// Checked only for requests that came over a connection (the accept loop in `server.rs` serves
/// each connection with `App::for_peer` (`app.rs`), which tells the fast path and gives the
/// router's requests their [`ConnectInfo`]): requests built in-process (tests, the export) have
/// no wire framing.
fn check_host<B>(request: &axum::http::Request<B>) -> Option<Response> {
    if request.version() != Version::HTTP_11 {
        return None;
    }
    let mut hosts = request.headers().get_all(header::HOST).iter();
    let problem = match (hosts.next(), hosts.next()) {
        (None, _) => "names no host (it has no Host header)",
        (Some(_), Some(_)) => "names more than one host (it has several Host headers)",
        (Some(host), None) if !valid_host(host.as_bytes()) => "names a host that is not valid",
        _ => return None,
    };
    Some(error_page(
        StatusCode::BAD_REQUEST,
        format!("The request {problem}; an HTTP/1.1 request must name its host once."),
    ))
}

/// A `Host` value: `uri-host [ ":" port ]`, without user information, path or spaces.
fn valid_host(value: &[u8]) -> bool {
    // The usual value (a name or an IPv4 address, maybe a port) is checked here: parsing it
    // as an `Authority` copies it, an allocation on every request. Anything else is parsed.
    plain_host(value)
        || (!value.is_empty()
            && !value.contains(&b'@')
            && std::str::from_utf8(value)
                .ok()
                .and_then(|v| v.parse::<axum::http::uri::Authority>().ok())
                .is_some_and(|a| !a.host().is_empty() && a.as_str().len() == value.len()))
}

/// `name` or `name:port`, the name of letters, digits, dots and hyphens, the port of 1 to 5
/// digits up to 65535: a subset of what [`valid_host`] accepts, checked without allocating.
fn plain_host(value: &[u8]) -> bool {
    let (name, port) = match value.iter().position(|&b| b == b':') {
        Some(colon) => (&value[..colon], Some(&value[colon + 1..])),
        None => (value, None),
    };
    !name.is_empty()
        && name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && port.is_none_or(|port| {
            (1..=5).contains(&port.len())
                && port.iter().all(u8::is_ascii_digit)
                && std::str::from_utf8(port)
                    .ok()
                    .and_then(|p| p.parse::<u16>().ok())
                    .is_some()
        })
}

/// Error answers that do not come from [`error_page`] (the time limit, axum's extractor
/// rejections) get the styled page too, keeping their status and headers such as `Allow`.
/// Anything else passes untouched.
fn styled_errors(response: Response, uri: &Uri) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/json"));
    if is_html {
        return response;
    }
    let message = match status {
        StatusCode::SERVICE_UNAVAILABLE => {
            "The page took too long to prepare. Please try again in a moment.".to_owned()
        }
        StatusCode::BAD_REQUEST => format!("The address {} could not be understood.", uri.path()),
        _ => format!("The request for {} could not be answered.", uri.path()),
    };
    let (mut parts, _) = response.into_parts();
    let styled = error_page(status, message);
    let (styled_parts, body) = styled.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    for (name, value) in &styled_parts.headers {
        parts.headers.insert(name, value.clone());
    }
    Response::from_parts(parts, Body::new(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_hosts_are_a_subset_of_valid_ones() {
        for host in [
            "example.org",
            "127.0.0.1",
            "127.0.0.1:3000",
            "localhost:65535",
            "a-b.c:1",
        ] {
            assert!(plain_host(host.as_bytes()), "{host}");
            assert!(valid_host(host.as_bytes()), "{host}");
        }
        for host in [
            "",
            ":80",
            "example.org:",
            "example.org:65536",
            "a:b",
            "a b",
            "user@host",
            "[::1]:80",
            "host:80:90",
            "h%41",
            "host/x",
        ] {
            assert!(!plain_host(host.as_bytes()), "{host}");
        }
        // Left to the full parse, and valid.
        assert!(valid_host(b"[::1]:80"));
        assert!(!valid_host(b"user@host"));
    }
}
