//! HTTP, and only HTTP: the router, handlers that look pages up in the current site, redirects
//! to canonical URLs, error answers in the format asked for, and the health probe.

mod served;

use axum::Router;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, LOCATION, RETRY_AFTER};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::assets;
use crate::error::PageError;
use crate::i18n::Lang;
use crate::render;
use crate::representation::without_raw_controls;
use crate::state::AppState;
use crate::urls::{
    self, ChangeFilter, Embedded, Filter, Format, MovedPage, PageId, Route, SearchQuery,
};
use crate::views::{self, Context};

/// Every path the briefing serves. Pages are not listed one by one: the URL scheme in
/// [`crate::urls`] names them, and the site holds each pre-rendered under its path.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/robots.txt", get(robots))
        .route("/static/{file}", get(static_file))
        .fallback(page)
        .with_state(state)
}

/// A page: a lookup of pre-built bytes, a filtered timeline, a redirect to the canonical
/// spelling, or an error in the format asked for.
async fn page(State(state): State<AppState>, mut request: Request) -> Response {
    // A versioned link's notice and the refused-edit banner are added to the answer as it
    // goes out (see `served.rs`).
    let extras = match served::prepare(&state, &mut request) {
        Ok(extras) => extras,
        Err(response) => return *response,
    };
    // The path is kept only to place a notice; most answers have none.
    let path = if extras.is_empty() {
        String::new()
    } else {
        request.uri().path().to_owned()
    };
    let response = match lookup(&state, &request) {
        Answer::Done(response) => response,
        Answer::Render { page, format, lang } => {
            let client = request
                .extensions()
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip());
            let headers = request.headers().clone();
            drop(request);
            render_on_request(&state, client, headers, page, format, lang).await
        }
    };
    served::finish(&state, &path, response, extras).await
}

/// What a request gets without rendering anything, or what must be rendered for it.
enum Answer {
    Done(Response),
    /// A filtered view (of the timeline or the change log), a search or a preview image that
    /// is not cached yet.
    Render {
        page: PageId,
        format: Format,
        lang: Lang,
    },
}

/// Renders a view that exists only on request, within the budget: the client's allowance
/// first (429 when spent), then a render slot (503 when none frees within 5 s), and the work
/// itself on a blocking thread, so the request threads keep answering everyone else.
async fn render_on_request(
    state: &AppState,
    client: Option<IpAddr>,
    headers: HeaderMap,
    page: PageId,
    format: Format,
    lang: Lang,
) -> Response {
    let budget = state.budget();
    if let Some(ip) = client
        && !budget.allow(ip)
    {
        return busy(
            StatusCode::TOO_MANY_REQUESTS,
            "This address has asked for many new views of the timeline in a short time. Please wait a moment and try again; views already made are served at once.",
        );
    }
    let Ok(Ok(_slot)) =
        tokio::time::timeout(Duration::from_secs(5), budget.slots().acquire()).await
    else {
        return busy(
            StatusCode::SERVICE_UNAVAILABLE,
            "The server is busy preparing other views. Please try again in a moment.",
        );
    };
    let site = state.site_owned();
    match tokio::task::spawn_blocking(move || site.on_request_in(lang, &page, format)).await {
        Ok(Ok(page)) => page.respond(&headers),
        Ok(Err(e)) => error(&e, format, lang),
        Err(e) => error(&PageError::Render(e.to_string()), format, lang),
    }
}

/// 429 or 503 with the styled page and a hint of when to come back.
fn busy(status: StatusCode, message: &str) -> Response {
    let mut response = error_page(status, message.to_owned());
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from_static("2"));
    response
}

fn lookup(state: &AppState, request: &Request) -> Answer {
    let site = state.site();
    let uri = request.uri();
    let path = uri.path();
    let headers = request.headers();
    let query = uri.query();
    if query.is_none()
        && let Some(page) = site.page(path)
    {
        return Answer::Done(page.respond(headers));
    }
    Answer::Done(match urls::parse(path) {
        // Preview images are made on first request, a filtered timeline's like any other.
        Route::Page(lang, page, Format::Png) => {
            let page = match page {
                PageId::Timeline(_) => match Filter::parse(query, site.briefing_in(lang), lang) {
                    Ok(parsed) if !parsed.canonical => {
                        return Answer::Done(redirect(
                            &PageId::Timeline(parsed.filter).path(lang, Format::Png),
                        ));
                    }
                    Ok(parsed) => PageId::Timeline(parsed.filter),
                    Err(e) => return Answer::Done(error(&e, Format::Png, lang)),
                },
                page => page,
            };
            match site.cached_page_in(lang, &page, Format::Png) {
                Some(found) => found.respond(headers),
                None => {
                    return Answer::Render {
                        page,
                        format: Format::Png,
                        lang,
                    };
                }
            }
        }
        // The timeline and its embed take the same filters, read, redirected and refused alike.
        Route::Page(
            lang,
            page @ (PageId::Timeline(_) | PageId::Embed(Embedded::Timeline(_))),
            format,
        ) => {
            let view = |filter: Filter| match page {
                PageId::Embed(_) => PageId::Embed(Embedded::Timeline(filter)),
                _ => PageId::Timeline(filter),
            };
            match Filter::parse(query, site.briefing_in(lang), lang) {
                Ok(parsed) if !parsed.canonical => {
                    redirect(&view(parsed.filter).path(lang, format))
                }
                Ok(parsed) if parsed.filter.is_empty() => match site.page(path) {
                    Some(page) => page.respond(headers),
                    None => not_ready(format, lang),
                },
                Ok(parsed) => {
                    let page = view(parsed.filter);
                    match site.cached_page_in(lang, &page, format) {
                        Some(found) => found.respond(headers),
                        None => return Answer::Render { page, format, lang },
                    }
                }
                Err(e) => error(&e, format, lang),
            }
        }
        Route::Page(lang, PageId::Search(_), format) => {
            match SearchQuery::parse(query, site.briefing_in(lang), lang) {
                Ok((search, false)) => redirect(&PageId::Search(search).path(lang, format)),
                Ok((search, true)) => {
                    match site.cached_page_in(lang, &PageId::Search(search.clone()), format) {
                        Some(page) => page.respond(headers),
                        None => {
                            return Answer::Render {
                                page: PageId::Search(search),
                                format,
                                lang,
                            };
                        }
                    }
                }
                Err(e) => error(&e, format, lang),
            }
        }
        Route::Page(lang, PageId::Changes(_), format) => {
            match ChangeFilter::parse(query, site.briefing_in(lang), lang) {
                Ok((filter, false)) => redirect(&PageId::Changes(filter).path(lang, format)),
                Ok((filter, true)) if filter.is_empty() => match site.page(path) {
                    Some(page) => page.respond(headers),
                    None => not_ready(format, lang),
                },
                Ok((filter, true)) => {
                    let page = PageId::Changes(filter);
                    match site.cached_page_in(lang, &page, format) {
                        Some(found) => found.respond(headers),
                        None => return Answer::Render { page, format, lang },
                    }
                }
                Err(e) => error(&e, format, lang),
            }
        }
        Route::Page(lang, page, format) => match site.page(path) {
            // Other parameters (tracking tags, say) do not change a page.
            Some(found) => found.respond(headers),
            None => {
                let cx = Context {
                    b: site.briefing_in(lang),
                    lang,
                    today: site.today,
                };
                // The old page of a renamed, merged or removed item.
                match urls::moved(site.briefing_in(lang), &page) {
                    Some(MovedPage::To(new)) => {
                        return Answer::Done(redirect_keeping(&new.path(lang, format), query));
                    }
                    Some(MovedPage::Gone(r)) => {
                        return Answer::Done(error(&views::changes::gone(&cx, r), format, lang));
                    }
                    None => {}
                }
                let e = match views::build(&cx, &page) {
                    Err(e) => e,
                    Ok(_) => PageError::NotFound(format!("There is no page at {path}.")),
                };
                error(&e, format, lang)
            }
        },
        Route::Redirect(to) if site.lists(&to) || is_timeline(&to) => match query {
            Some(q) => redirect(&format!("{to}?{q}")),
            None => redirect(&to),
        },
        Route::Redirect(to) => {
            // Another spelling of an old item's page: straight to where it went.
            if let Route::Page(lang, page, format) = urls::parse(&to) {
                match urls::moved(site.briefing_in(lang), &page) {
                    Some(MovedPage::To(new)) => {
                        return Answer::Done(redirect_keeping(&new.path(lang, format), query));
                    }
                    Some(MovedPage::Gone(_)) => return Answer::Done(redirect(&to)),
                    None => {}
                }
            }
            let format = match urls::parse(&to) {
                Route::Page(_, _, f) | Route::NotFound(f) => f,
                Route::Redirect(_) => Format::Html,
            };
            not_found(path, format)
        }
        Route::NotFound(format) => not_found(path, format),
    })
}

fn is_timeline(path: &str) -> bool {
    matches!(
        urls::parse(path),
        Route::Page(
            _,
            PageId::Timeline(_) | PageId::Search(_) | PageId::Embed(Embedded::Timeline(_)),
            _
        )
    )
}

/// 404 in the edition the path is in (`/ja/...` gets the Japanese page).
fn not_found(path: &str, format: Format) -> Response {
    error(
        &PageError::NotFound(format!("There is no page at {path}.")),
        format,
        urls::lang_of(path),
    )
}

fn not_ready(format: Format, lang: Lang) -> Response {
    error(
        &PageError::NotFound("The timeline is not ready.".to_owned()),
        format,
        lang,
    )
}

/// 301 to `to`, keeping the query (a versioned link's `v`, say).
fn redirect_keeping(to: &str, query: Option<&str>) -> Response {
    match query {
        Some(q) if !q.is_empty() => redirect(&format!("{to}?{q}")),
        _ => redirect(to),
    }
}

/// 301 to the canonical URL of the same page.
fn redirect(to: &str) -> Response {
    match HeaderValue::from_str(to) {
        Ok(location) => (
            StatusCode::MOVED_PERMANENTLY,
            [
                (LOCATION, location),
                (CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
        )
            .into_response(),
        Err(_) => not_found(to, Format::Html),
    }
}

/// An error in the format asked for, with its status; a render failure is logged.
pub fn error(e: &PageError, format: Format, lang: Lang) -> Response {
    if let PageError::Render(detail) = e {
        tracing::error!("rendering failed: {detail}");
    }
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let format = format.of_errors();
    let mut body = render::error(e, format, lang);
    if format == Format::Html {
        body = without_raw_controls(String::from_utf8_lossy(&body).into_owned()).into_bytes();
    }
    let content_type = match format {
        Format::Csv => "text/plain; charset=utf-8",
        f => f.media_type(),
    };
    (
        status,
        [
            (CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response()
}

/// The styled HTML error page for any status, for the layers around the router (limits,
/// time-outs, panics) and unknown static files.
pub fn error_page(status: StatusCode, message: String) -> Response {
    error_page_in(status, message, Lang::En)
}

/// [`error_page`] in the edition of the path asked for (`/ja/...` gets the Japanese page).
pub fn error_page_in(status: StatusCode, message: String, lang: Lang) -> Response {
    let html = without_raw_controls(render::html::error(status.as_u16(), &message, &[], lang));
    (
        status,
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static(Format::Html.media_type()),
            ),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        html,
    )
        .into_response()
}

/// Always 200 while the server answers; `status` is `reload-failed` when the data on disk was
/// refused and the last good briefing is served. Anyone may ask, so it says only the status and
/// counts; with `health_details` (`--health-details`) it also names the data directory and
/// lists the errors under `reload.failed`.
async fn healthz(State(state): State<AppState>) -> Response {
    let b = state.briefing();
    let reload = state.reload().report();
    let status = if reload.failed.is_some() {
        "reload-failed"
    } else {
        "ok"
    };
    let body = if state.config().health_details {
        serde_json::json!({
            "status": status,
            "data": state.source().describe(),
            "events": b.events.len(),
            "sources": b.sources.len(),
            "version": b.version,
            "reload": reload,
        })
    } else {
        serde_json::json!({
            "status": status,
            "events": b.events.len(),
            "sources": b.sources.len(),
            "version": b.version,
            "reload": reload.public(),
        })
    };
    (
        [(CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        axum::Json(body),
    )
        .into_response()
}

async fn static_file(Path(file): Path<String>, headers: HeaderMap) -> Response {
    match assets::find(&file) {
        Some(asset) => asset.respond(&headers),
        None => error_page(
            StatusCode::NOT_FOUND,
            format!("There is no file called {file} here."),
        ),
    }
}

async fn robots(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(CONTENT_TYPE, "text/plain; charset=utf-8")],
        assets::robots(state.config().public_url.as_deref()),
    )
}
