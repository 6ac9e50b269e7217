//! Why a page could not be produced: one error for URLs, views and renderers.
//!
//! It knows nothing of HTTP or markup; `render` turns it into a page in the asked format and
//! `http` gives it its status.

use std::fmt;

/// Why a request could not be answered with the page it asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageError {
    /// No such page or item; the text says what was looked for.
    NotFound(String),
    /// The request itself is wrong, e.g. a filter naming an unknown country; `suggestions`
    /// are links to what the reader probably meant.
    BadRequest {
        message: String,
        suggestions: Vec<Suggestion>,
    },
    /// A renderer failed: a bug, logged and shown as a 500 page.
    Render(String),
    /// The item was taken out of the briefing (410): what happened, and where to go.
    Gone(Box<Gone>),
}

/// What the page of a removed item says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gone {
    /// The title it was published under.
    pub title: String,
    /// What happened to it and when, in a sentence.
    pub message: String,
    /// Where to go instead (first), then the sources that show why, for a correction.
    pub suggestions: Vec<Suggestion>,
}

/// "Did you mean …": a near miss and the link that uses it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Suggestion {
    pub label: String,
    pub href: String,
}

impl PageError {
    pub fn bad_request(message: impl Into<String>) -> Self {
        PageError::BadRequest {
            message: message.into(),
            suggestions: Vec::new(),
        }
    }

    /// The HTTP status code this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            PageError::NotFound(_) => 404,
            PageError::BadRequest { .. } => 400,
            PageError::Render(_) => 500,
            PageError::Gone(_) => 410,
        }
    }

    /// What a reader is told (a render failure's detail is logged, not shown).
    pub fn message(&self) -> &str {
        match self {
            PageError::NotFound(m) | PageError::BadRequest { message: m, .. } => m,
            PageError::Gone(g) => &g.message,
            PageError::Render(_) => {
                "The page could not be put together. The error has been logged; please try again later."
            }
        }
    }

    pub fn suggestions(&self) -> &[Suggestion] {
        match self {
            PageError::BadRequest { suggestions, .. } => suggestions,
            PageError::Gone(g) => &g.suggestions,
            _ => &[],
        }
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageError::Render(e) => write!(f, "rendering failed: {e}"),
            other => f.write_str(other.message()),
        }
    }
}

impl std::error::Error for PageError {}
