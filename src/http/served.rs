//! What is added to a page as it is served, never to the pre-rendered bytes: the notice on a
//! versioned link (`?v=<hash>`) that cites other data than the current, and the banner an
//! editor serving a data directory sees while the last edit is refused.
//!
//! Both are spliced into a copy of the answer at the top of `<main>` (or, for JSON, as a
//! `notice` member), and such answers are `Cache-Control: no-store` with no ETag, so no cache
//! keeps them once the notice no longer applies. The pre-rendered pages stay as they are.

use axum::extract::Request;
use axum::http::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE,
    IF_NONE_MATCH, LAST_MODIFIED,
};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;

use crate::error::PageError;
use crate::i18n::Lang;
use crate::model::DataSource;
use crate::render;
use crate::state::AppState;
use crate::urls::{self, ChangeFilter, PageId, Route};

/// Where in a page a notice goes: at the top of its main content.
const MAIN: &str = "<main id=\"main\" class=\"wrap\">";

/// Largest answer a notice is added to; larger ones (none of the pages) go out as they are.
const MAX_BODY: usize = 64 * 1024 * 1024;

/// What to add to this request's answer.
#[derive(Default)]
pub struct Extras {
    /// The version a `?v=` link cites, when it is not the current one.
    cited: Option<String>,
    /// The refused-edit banner, as HTML.
    banner: Option<String>,
}

impl Extras {
    pub fn is_empty(&self) -> bool {
        self.cited.is_none() && self.banner.is_none()
    }
}

/// Whether `v` is written as a data version is: 12 hexadecimal digits.
pub fn is_version(v: &str) -> bool {
    v.len() == 12 && v.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Reads `?v=` and the reload status; asks for the plain, unconditional answer when something
/// is to be added (so it can be edited), or answers 400 for a malformed version.
pub fn prepare(state: &AppState, request: &mut Request) -> Result<Extras, Box<Response>> {
    let mut extras = Extras::default();
    if let Some(query) = request.uri().query() {
        let v = form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "v")
            .map(|(_, v)| v.trim().to_owned());
        if let Some(v) = v {
            if !is_version(&v) {
                let format = match urls::parse(request.uri().path()) {
                    Route::Page(_, _, f) | Route::NotFound(f) => f,
                    Route::Redirect(_) => urls::Format::Html,
                };
                let shown: String = v.chars().take(40).collect();
                return Err(Box::new(super::error(
                    &PageError::bad_request(format!(
                        "\u{201c}{shown}\u{201d} is not a data version. A version is the 12 hexadecimal digits shown at the foot of every page (\u{201c}Data version\u{201d}), as in ?v={}.",
                        state.briefing().version.hash
                    )),
                    format,
                    Lang::En,
                )));
            }
            let v = v.to_ascii_lowercase();
            if v != state.briefing().version.hash {
                extras.cited = Some(v);
            }
        }
    }
    if matches!(state.source(), DataSource::Dir(_))
        && let Some(failed) = state.reload().report().failed
    {
        let ui = urls::lang_of(request.uri().path()).ui();
        extras.banner = Some(render::notice::reload_banner(
            ui,
            &failed.at,
            &failed.errors.0,
        ));
    }
    if !extras.is_empty() {
        let headers = request.headers_mut();
        headers.remove(ACCEPT_ENCODING);
        headers.remove(IF_NONE_MATCH);
        headers.remove(IF_MODIFIED_SINCE);
    }
    Ok(extras)
}

/// The answer with the notices added.
pub async fn finish(state: &AppState, path: &str, response: Response, extras: Extras) -> Response {
    if extras.is_empty() {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let content_type = parts
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let html = content_type.starts_with("text/html");
    let json = content_type.starts_with("application/json");
    let is_redirect = parts.status.is_redirection();
    if !(html || json) || is_redirect {
        let mut response = Response::from_parts(parts, body);
        if extras.banner.is_some() {
            no_store(&mut response);
        }
        return response;
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return super::error_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The page could not be read back to add a notice to it.".to_owned(),
        );
    };
    let ok = parts.status == StatusCode::OK;
    let current = state.briefing().version.clone();
    let lang = crate::urls::lang_of(path);
    let changes_href = PageId::Changes(ChangeFilter::default()).href(lang);
    let text = String::from_utf8_lossy(&bytes);
    let edited = if html {
        let mut notices = String::new();
        if let Some(b) = &extras.banner {
            notices.push_str(b);
        }
        if ok && let Some(cited) = &extras.cited {
            notices.push_str(&render::notice::version(
                lang.ui(),
                cited,
                &current,
                &changes_href,
                path,
            ));
        }
        text.find(MAIN).map(|at| {
            let at = at + MAIN.len();
            format!("{}\n{notices}{}", &text[..at], &text[at..])
        })
    } else {
        match (&extras.cited, ok, text.trim_start().starts_with('{')) {
            (Some(cited), true, true) => {
                let notice = serde_json::json!({
                    "cited_version": cited,
                    "current_version": current,
                    "message": "The link cites another version of the data than the current one; this answer shows the current data. The briefing does not keep old versions.",
                    "changes": changes_href,
                });
                let at = text.find('{').unwrap_or(0) + 1;
                Some(format!(
                    "{}\n  \"notice\": {notice},{}",
                    &text[..at],
                    &text[at..]
                ))
            }
            _ => None,
        }
    };
    let body = edited.unwrap_or_else(|| text.into_owned());
    parts.headers.remove(ETAG);
    parts.headers.remove(LAST_MODIFIED);
    parts.headers.remove(CONTENT_LENGTH);
    let mut response = Response::from_parts(parts, axum::body::Body::from(body));
    no_store(&mut response);
    response
}

fn no_store(response: &mut Response) {
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.remove(ETAG);
}
