//! Static assets, compiled into the binary and served under content-hashed names so that
//! browsers may cache them for a year.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::error_page;

/// One embedded file.
struct Asset {
    /// The name in `static/`, e.g. `style.css`.
    name: &'static str,
    /// The name it is served under, with a hash of its content: `style.3f2a….css`.
    hashed: String,
    content_type: &'static str,
    bytes: &'static [u8],
}

macro_rules! asset {
    ($name:literal, $type:literal) => {
        (
            $name,
            $type,
            include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/", $name)).as_slice(),
        )
    };
}

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    [
        asset!("style.css", "text/css; charset=utf-8"),
        asset!("icon.svg", "image/svg+xml"),
    ]
    .into_iter()
    .map(|(name, content_type, bytes)| {
        // The hash only has to change when the bytes do, within one build of the binary.
        let mut h = DefaultHasher::new();
        bytes.hash(&mut h);
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        Asset {
            name,
            hashed: format!("{stem}.{:016x}.{ext}", h.finish()),
            content_type,
            bytes,
        }
    })
    .collect()
});

fn hashed_href(name: &str) -> &'static str {
    ASSETS
        .iter()
        .find(|a| a.name == name)
        .map_or("/static/missing", |a| {
            // Leaked once per asset: the table lives for the whole process anyway.
            Box::leak(format!("/static/{}", a.hashed).into_boxed_str())
        })
}

static STYLESHEET: LazyLock<&'static str> = LazyLock::new(|| hashed_href("style.css"));
static ICON: LazyLock<&'static str> = LazyLock::new(|| hashed_href("icon.svg"));

pub fn stylesheet_href() -> &'static str {
    &STYLESHEET
}

pub fn icon_href() -> &'static str {
    &ICON
}

pub async fn file(Path(file): Path<String>) -> Response {
    for a in ASSETS.iter() {
        if a.hashed == file {
            return (
                [
                    (header::CONTENT_TYPE, a.content_type),
                    (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                ],
                a.bytes,
            )
                .into_response();
        }
        if a.name == file {
            // The plain name stays reachable for old links, but is revalidated.
            return (
                [
                    (header::CONTENT_TYPE, a.content_type),
                    (header::CACHE_CONTROL, "no-cache"),
                ],
                a.bytes,
            )
                .into_response();
        }
    }
    error_page(
        StatusCode::NOT_FOUND,
        format!("There is no file called {file} here."),
    )
}

pub async fn robots() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "User-agent: *\nAllow: /\n",
    )
}
