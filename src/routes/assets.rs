//! Static assets, compiled into the binary and served under content-hashed names so that
//! browsers may cache them for a year. Each is one [`Representation`], so text assets go out
//! compressed (once the background compression has reached them) with an ETag.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

use axum::extract::{Path, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::error_page;
use crate::representation::{IMMUTABLE, REVALIDATE, Representation};

/// One embedded file.
pub struct Asset {
    /// The name in `static/`, e.g. `style.css`.
    pub name: &'static str,
    /// The name it is served under, with a hash of its content: `style.3f2a….css`.
    pub hashed: String,
    /// Served under the hashed name, cached for a year.
    pub immutable: Representation,
    /// Served under the plain name, for old links: revalidated on every use.
    pub plain: Representation,
    /// Whether compressing it is worth it (text, not already-compressed images).
    pub compressible: bool,
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
    .map(
        |(name, content_type, bytes): (_, &'static str, &'static [u8])| {
            // The hash only has to change when the bytes do, within one build of the binary.
            let mut h = DefaultHasher::new();
            bytes.hash(&mut h);
            let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
            let content_type = HeaderValue::from_static(content_type);
            Asset {
                name,
                hashed: format!("{stem}.{:016x}.{ext}", h.finish()),
                immutable: Representation::new(bytes, content_type.clone(), IMMUTABLE),
                plain: Representation::new(bytes, content_type, REVALIDATE),
                compressible: !name.ends_with(".png"),
            }
        },
    )
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

/// Every embedded asset, for the background compression and the export.
pub fn assets() -> &'static [Asset] {
    &ASSETS
}

pub async fn file(Path(file): Path<String>, request: Request) -> Response {
    for a in ASSETS.iter() {
        if a.hashed == file {
            return a.immutable.respond(request.headers());
        }
        if a.name == file {
            return a.plain.respond(request.headers());
        }
    }
    error_page(
        StatusCode::NOT_FOUND,
        format!("There is no file called {file} here."),
    )
}

/// The whole of `/robots.txt`.
pub const ROBOTS: &str = "User-agent: *\nAllow: /\n";

pub async fn robots() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        ROBOTS,
    )
}
