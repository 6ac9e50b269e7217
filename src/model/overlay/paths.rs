//! Which fields of the English data are translated, and the path and hash that name each one.
//!
//! The rules are those of the shared spec (`overlay-format.md`) and of its reference walker:
//! walk a file's TOML tree from the top; a table key is a segment; an array element that is a
//! table with a string `id` is named by that id, any other by its 0-based index. A field is
//! translatable when its value is a string, its key is one of [`TRANSLATABLE`], and it is not a
//! source's `title` (source titles stay in their original language).

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The English files that have overlays, by stem (`data/<lang>/<stem>.toml`), in the order the
/// `translations` command prints them. `redirects.toml` holds no reader-facing text.
pub const OVERLAY_FILES: &[&str] = &[
    "summit",
    "events",
    "countries",
    "areas",
    "powers",
    "people",
    "organisations",
    "sources",
    "changes",
    "corrections",
];

/// The keys whose string values are translated; everything else (ids, URLs, dates, kinds,
/// `original` in corrections, `currency`, `licence_code`) is not.
pub const TRANSLATABLE: &[&str] = &[
    "name",
    "short_name",
    "article_name",
    "title",
    "summary",
    "text",
    "note",
    "venue",
    "role",
    "format",
    "level",
    "label",
    "value",
    "attribution",
    "publisher",
    "explanation",
    "corrected",
    "lede",
    "report_errors",
    "licence_text",
    "licence_data",
];

/// Fields the walker lists (the spec's key list takes every `value`) that the model reads as an
/// id or a keyword, not as text: a country's leaders are person ids (their names are translated
/// in `people.toml`) and its UN vote is a keyword the pages put in words. Their overlay entries
/// are checked like any other, but [`super::localize`] never puts them in the briefing.
pub const NOT_TEXT: &[(&str, &str)] = &[
    ("countries", ".head_of_state.value"),
    ("countries", ".head_of_government.value"),
    ("countries", ".un_es_11_1.value"),
];

/// Whether the model reads the field `path` of the file `stem` as text (see [`NOT_TEXT`]).
pub fn reads_as_text(stem: &str, path: &str) -> bool {
    !NOT_TEXT
        .iter()
        .any(|(file, suffix)| *file == stem && path.ends_with(suffix))
}

/// Whether a string under `key` in the file `stem` is translated.
pub fn is_translatable(stem: &str, key: &str) -> bool {
    TRANSLATABLE.contains(&key) && !(stem == "sources" && key == "title")
}

/// The hash an overlay entry records of the English text it translates: the first 8 hex
/// digits of the xxh3-64 (seed 0) of its UTF-8 bytes.
pub fn text_hash(text: &str) -> String {
    let mut hex = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()));
    hex.truncate(8);
    hex
}

/// One translatable field of an English file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnglishField {
    /// `event.tokyo-summit-2025.summary`, relative to the file.
    pub path: String,
    /// The English text.
    pub text: String,
    /// [`text_hash`] of the text.
    pub hash: String,
    /// Where the string is written in the file, quotes included.
    pub span: Range<usize>,
}

/// Every translatable field of the English file `stem` (e.g. `events`), in the order written.
pub fn english_fields(stem: &str, text: &str) -> Result<Vec<EnglishField>, toml::de::Error> {
    let root = DeTable::parse(text)?;
    let mut out = Vec::new();
    let mut path = Vec::new();
    table(stem, root.get_ref(), &mut path, &mut out);
    Ok(out)
}

/// A table's entries in the order they were written (the parser's map is sorted by key).
pub(super) fn in_written_order<'a, 'i>(
    t: &'a DeTable<'i>,
) -> Vec<(
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
)> {
    let mut entries: Vec<_> = t.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

fn table(stem: &str, t: &DeTable<'_>, path: &mut Vec<String>, out: &mut Vec<EnglishField>) {
    for (key, value) in in_written_order(t) {
        if let DeValue::String(s) = value.get_ref() {
            if is_translatable(stem, key.get_ref()) {
                path.push(key.get_ref().to_string());
                out.push(EnglishField {
                    path: path.join("."),
                    text: s.to_string(),
                    hash: text_hash(s),
                    span: value.span(),
                });
                path.pop();
            }
        } else {
            path.push(key.get_ref().to_string());
            walk(stem, value, path, out);
            path.pop();
        }
    }
}

fn walk(
    stem: &str,
    value: &Spanned<DeValue<'_>>,
    path: &mut Vec<String>,
    out: &mut Vec<EnglishField>,
) {
    match value.get_ref() {
        DeValue::Table(t) => table(stem, t, path, out),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(element_name(item).unwrap_or_else(|| i.to_string()));
                walk(stem, item, path, out);
                path.pop();
            }
        }
        // A string here is an element of an array of strings (or a non-translatable key's
        // value, handled by `table`): never translated.
        _ => {}
    }
}

/// The `id` of an array element that is a table with a string id.
fn element_name(item: &Spanned<DeValue<'_>>) -> Option<String> {
    let DeValue::Table(t) = item.get_ref() else {
        return None;
    };
    t.iter().find_map(|(k, v)| match v.get_ref() {
        DeValue::String(id) if k.get_ref() == "id" => Some(id.to_string()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(stem: &str, text: &str) -> Vec<(String, String)> {
        english_fields(stem, text)
            .expect("parses")
            .into_iter()
            .map(|f| (f.path, f.text))
            .collect()
    }

    #[test]
    fn ids_name_elements_and_indexes_the_rest() {
        let text = r#"
lede = "L"
id = "not-a-field"
[[why_it_matters]]
text = "first"
sources = ["a", "b"]
[[why_it_matters]]
text = "second"
[[event]]
id = "tokyo"
title = "T"
tags = ["name", "x"]
item = { kind = "event", id = "x", note = "n" }
"#;
        assert_eq!(
            paths("summit", text),
            [
                ("lede", "L"),
                ("why_it_matters.0.text", "first"),
                ("why_it_matters.1.text", "second"),
                ("event.tokyo.title", "T"),
                ("event.tokyo.item.note", "n"),
            ]
            .map(|(p, t)| (p.to_owned(), t.to_owned()))
        );
    }

    #[test]
    fn source_titles_stay_in_their_language() {
        let text = "[[source]]\nid = \"s\"\ntitle = \"Le titre\"\npublisher = \"P\"\n";
        assert_eq!(
            paths("sources", text),
            [("source.s.publisher".to_owned(), "P".to_owned())]
        );
        assert_eq!(paths("events", text).len(), 2);
    }

    #[test]
    fn keys_come_in_the_order_written() {
        let text = "zeta = { name = \"z\" }\nalpha = { name = \"a\" }\n";
        let got: Vec<String> = paths("summit", text).into_iter().map(|(p, _)| p).collect();
        assert_eq!(got, ["zeta.name", "alpha.name"]);
    }

    /// Hashes from the reference walker (`xxhash.xxh3_64_hexdigest(s.encode())[:8]`).
    #[test]
    fn hashes_are_the_reference_walkers() {
        assert_eq!(text_hash("Central Asia + Japan Dialogue"), "cc5e3aa1");
        assert_eq!(text_hash("CA+JAD"), "27f87a73");
        assert_eq!(text_hash("JPY 3 trillion"), "3973c46e");
    }
}
