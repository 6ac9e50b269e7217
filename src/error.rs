//! One error type for every handler: it renders the styled error page with the right status.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::routes::Layout;

/// Why a request could not be answered with the page it asked for.
#[derive(Debug)]
pub enum AppError {
    /// No such page or item; the text says what was looked for.
    NotFound(String),
    /// The request itself is wrong, e.g. a filter naming an unknown country.
    BadRequest(String),
    /// A template failed to render: a bug, logged and shown as a 500 page.
    Render(askama::Error),
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Render(e)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    status: u16,
    heading: &'static str,
    message: String,
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Render(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Renders the error page for a status; also used for panics and timeouts.
pub fn error_page(status: StatusCode, message: String) -> Response {
    let heading = match status {
        StatusCode::NOT_FOUND => "Page not found",
        StatusCode::BAD_REQUEST => "This link is not quite right",
        StatusCode::METHOD_NOT_ALLOWED => "Method not allowed",
        StatusCode::REQUEST_TIMEOUT => "The request took too long",
        StatusCode::URI_TOO_LONG => "This address is too long",
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => "The request's headers are too large",
        StatusCode::SERVICE_UNAVAILABLE => "The page took too long to prepare",
        _ => "Something went wrong on our side",
    };
    let page = ErrorPage {
        layout: Layout::plain(heading),
        status: status.as_u16(),
        heading,
        message,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!("error page failed to render: {e}");
            (status, heading).into_response()
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let message = match self {
            AppError::NotFound(what) | AppError::BadRequest(what) => what,
            AppError::Render(e) => {
                tracing::error!("template failed to render: {e}");
                "The page could not be put together. The error has been logged; please try again later.".to_owned()
            }
        };
        error_page(status, message)
    }
}
