//! `/sitemap.xml` (the sitemaps.org protocol, 0.9): every HTML page of the briefing with the
//! day its content last changed, from the data: an event's page the day of the event (or the
//! review, for one still ahead), every other page the day the briefing was last reviewed.

use std::fmt::Write as _;

use crate::i18n::Lang;
use crate::model::{Briefing, FuzzyDate};
use crate::urls::{Format, PageId};

use super::{Target, absolute};

/// The XML namespace of the protocol.
pub const NAMESPACE: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
/// The namespace of `<xhtml:link rel="alternate" hreflang>`, which names a page's editions.
pub const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// The day the content of `page` last changed, as far as the data tells.
pub fn lastmod(b: &Briefing, page: &PageId) -> FuzzyDate {
    let reviewed = b.summit.updated;
    match page {
        PageId::Event(id) => match b.event(id) {
            Some(e) if !reviewed.is_before(&e.date) => e.date,
            _ => reviewed,
        },
        _ => reviewed,
    }
}

/// `<lastmod>` wants a W3C date; a date known to the month or year gives its first day.
fn w3c(d: &FuzzyDate) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        d.year(),
        d.month().unwrap_or(1),
        d.day().unwrap_or(1)
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The sitemap of every HTML page in every edition, each with its editions as `xhtml:link`
/// alternates (English also as `x-default`). `<loc>` is absolute when the public URL is
/// known, and the page's path otherwise.
pub fn page(b: &Briefing, target: &Target<'_>) -> Vec<u8> {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<urlset xmlns=\"{NAMESPACE}\" xmlns:xhtml=\"{XHTML}\">"
    );
    for lang in Lang::ALL {
        // Embeds are parts of pages for other sites' frames, not pages to find (`noindex`).
        for page in PageId::all(b)
            .iter()
            .filter(|p| p.has(Format::Html) && !matches!(p, PageId::Embed(_)))
        {
            let _ = write!(
                out,
                "  <url><loc>{}</loc><lastmod>{}</lastmod>",
                escape(&absolute(target, &page.href(lang))),
                w3c(&lastmod(b, page))
            );
            let alternates = Lang::ALL
                .iter()
                .map(|l| (l.code(), *l))
                .chain([("x-default", Lang::En)]);
            for (code, other) in alternates {
                let _ = write!(
                    out,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>",
                    escape(&absolute(target, &page.href(other)))
                );
            }
            out.push_str("</url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_a_public_url_every_loc_is_absolute() {
        let b = crate::model::DataSource::Embedded.load().expect("loads");
        let target = Target {
            lang: Lang::En,
            public_url: Some("https://briefing.example.org"),
        };
        let xml = String::from_utf8(page(&b, &target)).expect("UTF-8");
        assert!(xml.contains("<loc>https://briefing.example.org/</loc>"));
        assert!(xml.contains("<loc>https://briefing.example.org/countries/kazakhstan</loc>"));
        assert_eq!(
            xml.matches("<loc>").count(),
            xml.matches("<loc>https://briefing.example.org/").count()
        );
        assert!(!xml.contains(".json<"), "only HTML pages");
    }
}
