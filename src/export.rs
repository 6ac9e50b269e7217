//! `summit-briefing export --out DIR`: the whole site as files any static host or CDN serves.
//!
//! Layout (clean URLs, no redirects): the page at `/` is `DIR/index.html`, the page at
//! `/timeline` is `DIR/timeline/index.html`, `/timeline/{event}` is
//! `DIR/timeline/{event}/index.html`; next to each file are its `.br` and `.gz` variants,
//! the same bytes the server sends. Assets are under `DIR/static/`, the error page is
//! `DIR/404.html`. nginx serves it with `try_files $uri/index.html $uri =404;`,
//! `gzip_static on;` and `brotli_static on;` where the brotli module is installed.
//!
//! Every page's preview image is written beside it (`/countries/japan.png`, `/index.png`).
//! Filtered timeline views (`/timeline?…`) depend on the query, so they are not files;
//! a static host serves the whole timeline for them.

mod redirects;

use std::io;
use std::path::{Path, PathBuf};

use crate::assets;
use crate::i18n::Lang;
use crate::render;
use crate::representation::{Effort, Encoding, Representation};
use crate::state::AppState;
use crate::urls::{Format, PageId};

/// What an export wrote.
#[derive(Debug, Default)]
pub struct ExportSummary {
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
}

/// The file a page's path is written to, under `out`: an HTML page is a directory's
/// `index.html` (clean URLs on any static host); JSON, CSV, feeds, calendars, schemas and
/// the sitemap keep their own names.
pub fn page_file(out: &Path, path: &str) -> PathBuf {
    let mut file = out.to_path_buf();
    file.extend(path.split('/').filter(|s| !s.is_empty()));
    // Only data has an extension (`.json`, `.csv`, `.atom`, `.ics`, `.xml`, `.sqlite`,
    // `.zip`): page ids never contain a dot.
    let is_data = path
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));
    if is_data {
        file
    } else {
        file.join("index.html")
    }
}

/// Writes every pre-rendered page, asset and the 404 page under `out`, compressing first
/// whatever the background compression has not reached yet.
pub async fn export(state: &AppState, out: &Path) -> io::Result<ExportSummary> {
    state.precompress();
    let site = state.site();
    let mut summary = ExportSummary::default();
    for (path, page) in site.pages() {
        write_all(&page_file(out, path), page, &mut summary)?;
        summary.pages += 1;
    }
    // The preview images, which the server makes on first request, in every edition.
    let langs = [Lang::En, Lang::Ja, Lang::Ru];
    for (lang, page) in PageId::all(&site.briefing)
        .into_iter()
        .filter(|p| p.has(Format::Png) && p.in_every_edition())
        .flat_map(|p| langs.map(|l| (l, p.clone())))
    {
        let path = page.path(lang, Format::Png);
        let png = site
            .on_request_in(lang, &page, Format::Png)
            .map_err(|e| io::Error::other(format!("{path}: {}", e.message())))?;
        write_all(&page_file(out, &path), &png, &mut summary)?;
    }
    for asset in assets::assets() {
        let dir = out.join("static");
        write_all(&dir.join(&asset.hashed), &asset.immutable, &mut summary)?;
        write_all(&dir.join(asset.name), &asset.plain, &mut summary)?;
    }
    let html = render::html::error(404, "There is no page at this address.", &[], Lang::En);
    let page = Representation::html(html);
    page.compress(Effort::Max);
    write_all(&out.join("404.html"), &page, &mut summary)?;
    // Old addresses: redirect pages, removed items' pages and `_redirects`.
    redirects::export(state, out, &mut summary)?;
    write(
        &out.join("robots.txt"),
        assets::robots(state.config().public_url.as_deref()).as_bytes(),
        &mut summary,
    )?;
    Ok(summary)
}

fn write_all(file: &Path, page: &Representation, summary: &mut ExportSummary) -> io::Result<()> {
    for encoding in [Encoding::Identity, Encoding::Gzip, Encoding::Brotli] {
        if let Some(variant) = page.variant(encoding) {
            let mut name = file.as_os_str().to_owned();
            name.push(encoding.suffix());
            write(Path::new(&name), &variant.bytes, summary)?;
        }
    }
    Ok(())
}

fn write(file: &Path, bytes: &[u8], summary: &mut ExportSummary) -> io::Result<()> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(file, bytes)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", file.display())))?;
    summary.files += 1;
    summary.bytes += bytes.len() as u64;
    Ok(())
}
