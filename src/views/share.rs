//! How a page is shared and cited: its permalink, plain share links for e-mail and the chat
//! and social apps people paste links into (no third-party script, no tracking parameter), and
//! the page as a citation in plain text, BibTeX and CSL-JSON, naming the data version it was
//! rendered from.
//!
//! Built by the renderers, which know the public URL; nothing here is markup.

use crate::i18n::Arg;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use super::PageView;
use crate::model::FuzzyDate;

/// What may stay unescaped in a URI component (RFC 3986 unreserved characters).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One share link: the app's name and its share address.
#[derive(Debug, Clone, Serialize)]
pub struct ShareLink {
    pub label: &'static str,
    pub href: String,
}

/// Everything the "Share and cite" box of a page shows.
#[derive(Debug, Clone, Serialize)]
pub struct ShareView {
    /// The page's canonical absolute URL.
    pub permalink: String,
    /// The permalink pinned to the data version it was rendered from (`?v=<hash>`).
    pub versioned: String,
    pub links: Vec<ShareLink>,
    pub citation: Citation,
}

/// The page as a reference.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub text: String,
    pub bibtex: String,
    pub csl_json: String,
}

/// The share links and citations of `view`, whose canonical URL is `permalink`; `brand` is
/// the briefing's name (the container of the page), `publisher` who keeps it.
pub fn share(
    view: &PageView,
    permalink: &str,
    brand: &str,
    publisher: &str,
    ui: crate::i18n::Ui,
) -> ShareView {
    let sep = if permalink.contains('?') { '&' } else { '?' };
    let versioned = format!("{permalink}{sep}v={}", view.version.hash);
    let title = format!("{} · {brand}", view.title);
    let enc = |s: &str| utf8_percent_encode(s, COMPONENT).to_string();
    let (url, text) = (enc(permalink), enc(&title));
    let links = vec![
        ShareLink {
            label: "E-mail",
            href: format!(
                "mailto:?subject={text}&body={}",
                enc(&format!("{title}\n{permalink}"))
            ),
        },
        ShareLink {
            label: "X",
            href: format!("https://x.com/intent/post?text={text}&url={url}"),
        },
        ShareLink {
            label: "LINE",
            href: format!("https://social-plugins.line.me/lineit/share?url={url}"),
        },
        ShareLink {
            label: "Telegram",
            href: format!("https://t.me/share/url?url={url}&text={text}"),
        },
        ShareLink {
            label: "Facebook",
            href: format!("https://www.facebook.com/sharer/sharer.php?u={url}"),
        },
    ];
    ShareView {
        permalink: permalink.to_owned(),
        citation: citation(view, &versioned, brand, publisher, ui),
        versioned,
        links,
    }
}

fn citation(
    view: &PageView,
    url: &str,
    brand: &str,
    publisher: &str,
    ui: crate::i18n::Ui,
) -> Citation {
    let reviewed = view.reviewed.iso();
    let accessed = view.today.iso();
    let version = &view.version.hash;
    let container = ui.t1("brand", "name", brand);
    let note = ui.t2("cite-note", "version", version, "reviewed", &reviewed);
    let text = ui.t_args(
        "cite-text",
        &[
            ("publisher", publisher.fluent()),
            ("title", view.title.fluent()),
            ("container", container.fluent()),
            ("note", note.fluent()),
            ("url", url.fluent()),
            ("accessed", accessed.fluent()),
        ],
    );
    let key = format!(
        "{}-{}",
        view.id
            .href(crate::i18n::Lang::En)
            .trim_matches('/')
            .replace(['/', '?', '&', '='], "-")
            .trim_matches('-'),
        version
    );
    let key = if key.starts_with('-') || key.starts_with(version.as_str()) {
        format!("briefing-{version}")
    } else {
        key
    };
    let bibtex = format!(
        "@online{{{key},\n  title = {{{}}},\n  author = {{{{{}}}}},\n  organization = {{{}}},\n  year = {{{}}},\n  date = {{{reviewed}}},\n  url = {{{url}}},\n  urldate = {{{accessed}}},\n  version = {{{version}}},\n  note = {{{}}},\n}}\n",
        bibtex_escape(&view.title),
        bibtex_escape(publisher),
        bibtex_escape(&container),
        view.reviewed.year(),
        bibtex_escape(&note),
    );
    let csl = serde_json::json!([{
        "id": key,
        "type": "webpage",
        "title": view.title,
        "container-title": container,
        "publisher": publisher,
        "author": [{ "literal": publisher }],
        "URL": url,
        "version": version,
        "issued": { "date-parts": [date_parts(&view.reviewed)] },
        "accessed": { "date-parts": [date_parts(&view.today)] },
        "note": note,
    }]);
    Citation {
        text,
        bibtex,
        csl_json: serde_json::to_string_pretty(&csl).unwrap_or_default(),
    }
}

fn date_parts(d: &FuzzyDate) -> Vec<u32> {
    d.iso().split('-').filter_map(|p| p.parse().ok()).collect()
}

/// `s` as BibTeX field text: LaTeX's special characters escaped, braces balanced.
pub fn bibtex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bibtex_escapes_latex_specials() {
        assert_eq!(
            bibtex_escape(r"50% & {x}_1 #2 $3 ~ ^ \"),
            r"50\% \& \{x\}\_1 \#2 \$3 \textasciitilde{} \textasciicircum{} \textbackslash{}"
        );
        assert_eq!(
            bibtex_escape("Central Asia + Japan"),
            "Central Asia + Japan"
        );
    }
}
