//! Static assets, compiled into the binary and served under content-hashed names so that
//! browsers may cache them for a year. Each is one [`Representation`], so text assets go out
//! compressed (once the background compression has reached them) with an ETag.

use std::sync::LazyLock;

use axum::http::HeaderValue;

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
            let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
            let content_type = HeaderValue::from_static(content_type);
            Asset {
                name,
                hashed: format!("{stem}.{:016x}.{ext}", xxhash_rust::xxh3::xxh3_64(bytes)),
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

/// The asset served under `file`: by hashed name (cached for a year) or by plain name.
pub fn find(file: &str) -> Option<&'static Representation> {
    ASSETS.iter().find_map(|a| {
        if a.hashed == file {
            Some(&a.immutable)
        } else if a.name == file {
            Some(&a.plain)
        } else {
            None
        }
    })
}

/// `robots.txt`: every page may be indexed.
pub const ROBOTS: &str = "User-agent: *\nAllow: /\n";

/// `robots.txt`: everything may be crawled, and the sitemap is at `/sitemap.xml` (an absolute
/// URL when the public URL is known, as the protocol wants).
pub fn robots(public_url: Option<&str>) -> String {
    format!(
        "{ROBOTS}Sitemap: {}/sitemap.xml\n",
        public_url.unwrap_or_default()
    )
}
