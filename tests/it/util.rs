//! The helpers new tests use: one app on the shipped data, `get`/`head` that keep every
//! header and byte, and HTML parsed with `scraper` so that assertions say where something is.

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use scraper::{Html, Selector};
use summit_briefing::App;
use tower::ServiceExt;

/// The briefing shipped in the binary.
pub fn shipped_briefing() -> summit_briefing::model::Briefing {
    summit_briefing::model::DataSource::Embedded
        .load()
        .expect("the shipped data loads")
}

/// The briefing's app on the shipped data, pinned to the tests' day.
pub struct TestApp {
    pub router: App,
}

/// One answer, whole.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl TestApp {
    pub fn shipped() -> Self {
        Self {
            router: crate::shipped_app(),
        }
    }

    pub async fn get(&self, uri: &str) -> Answer {
        self.send(Method::GET, uri).await
    }

    pub async fn head(&self, uri: &str) -> Answer {
        self.send(Method::HEAD, uri).await
    }

    async fn send(&self, method: Method, uri: &str) -> Answer {
        send(&self.router, method, uri).await
    }
}

/// One request to `router`, answered whole: status, headers and the exact bytes.
/// What the tests send requests to: the briefing's [`App`], or a router of their own.
pub trait Served:
    tower::Service<
        Request<Body>,
        Response = axum::response::Response,
        Error = std::convert::Infallible,
    > + Clone
{
}

impl<T> Served for T where
    T: tower::Service<
            Request<Body>,
            Response = axum::response::Response,
            Error = std::convert::Infallible,
        > + Clone
{
}

pub async fn send(router: &impl Served, method: Method, uri: &str) -> Answer {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .body(Body::empty())
        .expect("a valid request");
    exchange(router, request).await
}

/// `request` sent to `router`, answered whole: every other helper ends here.
pub async fn exchange(router: &impl Served, request: Request<Body>) -> Answer {
    let response = router
        .clone()
        .oneshot(request)
        .await
        .expect("the router is infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes()
        .to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

impl Answer {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("UTF-8")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("valid JSON")
    }

    pub fn html(&self) -> Html {
        Html::parse_document(&self.text())
    }

    /// The text of every element matching `css`, whitespace collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let selector = Selector::parse(css).expect("a valid selector");
        self.html()
            .select(&selector)
            .map(|e| e.text().collect::<Vec<_>>().join(" "))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    /// The value of `attr` on every element matching `css`.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        let selector = Selector::parse(css).expect("a valid selector");
        self.html()
            .select(&selector)
            .filter_map(|e| e.value().attr(attr).map(str::to_owned))
            .collect()
    }
}
