//! The export's answer to old URLs: for each alias, a small HTML page at the old address
//! that refreshes to the new one (with a canonical link), and a `_redirects` file that static
//! hosts such as Netlify and Cloudflare Pages read as real 301s, one line per format; for
//! each removed item, its "removed" page at the old address (a static host answers it with
//! 200, not 410).

use std::io;
use std::path::Path;

use askama::Template;

use crate::i18n::Lang;
use crate::render;
use crate::representation::{Effort, Representation};
use crate::state::AppState;
use crate::urls::{self, Format};
use crate::views::Context;

use super::{ExportSummary, page_file, write, write_all};

#[derive(Template)]
#[template(path = "redirect.html")]
struct RedirectHtml<'a> {
    ui: crate::i18n::Ui,
    lang: &'a str,
    title: &'a str,
    to: &'a str,
    canonical: &'a str,
}

/// Writes the redirect pages, the removed items' pages and `_redirects` under `out`.
pub fn export(state: &AppState, out: &Path, summary: &mut ExportSummary) -> io::Result<()> {
    let site = state.site();
    let b = &site.briefing;
    let lang = Lang::En;
    let public = state.config().public_url.as_deref().unwrap_or("");
    let mut lines = String::from(
        "# Old addresses of renamed or merged items (data/redirects.toml), one line per format.\n",
    );
    for alias in &b.redirects.alias {
        let old = urls::page_of(alias.kind, &alias.from);
        let new = urls::page_of(alias.kind, &alias.to);
        for &format in old.formats() {
            let from = old.path(lang, format);
            let to = new.path(lang, format);
            lines.push_str(&format!("{from} {to} 301\n"));
            if format == Format::Html {
                let title = alias
                    .kind
                    .name_of(b, &alias.to)
                    .unwrap_or_else(|| alias.to.to_string());
                let canonical = format!("{public}{to}");
                let html = RedirectHtml {
                    ui: lang.ui(),
                    lang: lang.code(),
                    title: &title,
                    to: &to,
                    canonical: &canonical,
                }
                .render()
                .map_err(io::Error::other)?;
                write(&page_file(out, &from), html.as_bytes(), summary)?;
            }
        }
    }
    let cx = Context {
        b,
        lang,
        today: site.today,
    };
    for r in &b.redirects.removed {
        let old = urls::page_of(r.kind, &r.id);
        let gone = crate::views::changes::gone(&cx, r);
        for format in [Format::Html, Format::Json] {
            let bytes = render::error(&gone, format, lang);
            let page = match format {
                Format::Html => Representation::html(String::from_utf8_lossy(&bytes).into_owned()),
                _ => Representation::new(
                    bytes,
                    axum::http::HeaderValue::from_static(format.media_type()),
                    crate::representation::REVALIDATE,
                ),
            };
            page.compress(Effort::Max);
            write_all(&page_file(out, &old.path(lang, format)), &page, summary)?;
        }
    }
    write(&out.join("_redirects"), lines.as_bytes(), summary)
}
