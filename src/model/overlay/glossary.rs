//! The glossary of an edition (`data/<lang>/glossary.toml`): the official forms of names in
//! that language, each with where the form comes from.

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::super::error::{DataError, TextFile};
use super::super::slug::Slug;

/// One name in the glossary: the English form used in the data and its form in the edition's
/// language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// A slug, unique in the file.
    pub id: String,
    /// The English form, as written in `data/*.toml`.
    pub en: String,
    /// The form in this language.
    pub text: String,
    pub kind: TermKind,
    /// Where the form is written so; required for an official form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<TermSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Where a glossary form comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TermKind {
    /// A government or organisation writes it so (a source is required).
    Official,
    /// A Japanese name in Russian by the Polivanov system.
    Polivanov,
    /// The usual press form, where no official form was found (the note says so).
    Common,
}

/// The page an official form is taken from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermSource {
    pub title: String,
    pub publisher: String,
    pub url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    terms: Vec<Spanned<Term>>,
}

/// The terms of a glossary file and every problem with them.
pub(super) fn parse(file: &TextFile, errors: &mut Vec<DataError>) -> Vec<Term> {
    let parsed = match toml::from_str::<GlossaryFile>(&file.text) {
        Ok(g) => g,
        Err(e) => {
            errors.push(
                file.error(
                    e.span().unwrap_or(0..0),
                    e.message().trim_end().to_owned(),
                    Some(
                        "a glossary is a list of [[terms]], each with id, en, text, kind \
                     (official, polivanov or common), source = { title, publisher, url } for \
                     an official form, and an optional note"
                            .into(),
                    ),
                ),
            );
            return Vec::new();
        }
    };
    let mut seen: Vec<&str> = Vec::new();
    for term in &parsed.terms {
        let span = term.span();
        let t = term.get_ref();
        let mut error = |message: String, help: &str| {
            errors.push(file.error(span.clone(), message, Some(help.to_owned())));
        };
        if !Slug::new(t.id.clone()).is_well_formed() {
            error(
                format!("glossary id `{}` is not a slug", t.id),
                "use lowercase ASCII letters, digits and single hyphens, e.g. `dialogue`",
            );
        }
        if seen.contains(&t.id.as_str()) {
            error(
                format!("glossary id `{}` is used twice", t.id),
                "give each term its own id",
            );
        }
        seen.push(&t.id);
        for (field, value) in [("en", &t.en), ("text", &t.text)] {
            if value.trim().is_empty() {
                error(
                    format!("glossary term `{}` has an empty `{field}`", t.id),
                    "write the English form in `en` and this language's form in `text`",
                );
            }
        }
        match (&t.kind, &t.source) {
            (TermKind::Official, None) => error(
                format!("glossary term `{}` is official but names no source", t.id),
                "add source = { title = \"…\", publisher = \"…\", url = \"https://…\" } naming \
                 where the government or organisation writes it so, or make it `common` and say \
                 in `note` that no official form was found",
            ),
            (_, Some(s)) if !is_web_address(&s.url) => error(
                format!(
                    "glossary term `{}` has source URL `{}`, which is not an http(s) address",
                    t.id, s.url
                ),
                "give the page's full address, starting with https:// or http://",
            ),
            _ => {}
        }
    }
    parsed.terms.into_iter().map(Spanned::into_inner).collect()
}

/// A full http(s) address with a host, as written (not made absolute by a browser).
fn is_web_address(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url::Url::parse(text)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
}
