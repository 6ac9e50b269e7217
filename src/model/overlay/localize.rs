//! The translated copy of a briefing.
//!
//! The overlay is applied to the English TOML before it is deserialized: each translated
//! string is written over the English one in the file's text (the walker of [`super::paths`]
//! knows where each is), and the files are then read by the same code as the English. So one
//! walker serves every type, and ids, URLs, dates, source titles and everything else that is
//! not a translatable string stay exactly as in English.

use super::super::Briefing;
use super::super::error::TextFile;
use super::super::load::assemble;
use super::paths::reads_as_text;
use super::{OVERLAY_FILES, Overlays};

/// A copy of the English briefing with every translated field of `lang` in place, and the
/// English text where a translation is missing or stale (translated from English text that has
/// changed since). An unknown `lang`, or overlays read against other English data than `base`,
/// give a plain copy of `base`. Fields the model reads as ids or keywords
/// ([`super::paths::NOT_TEXT`]) stay as they are.
pub fn localize(base: &Briefing, overlays: &Overlays, lang: &str) -> Briefing {
    let Some(edition) = overlays.edition(lang) else {
        return base.clone();
    };
    if edition.translations.values().all(|t| t.is_empty()) {
        return base.clone();
    }
    if overlays.english_version != base.version.hash {
        tracing::warn!(
            "the {lang} overlays were read against other English data ({}) than the briefing's \
             ({}); the {lang} edition shows the English text",
            overlays.english_version,
            base.version.hash
        );
        return base.clone();
    }
    let files: Vec<TextFile> = overlays
        .english
        .iter()
        .map(|file| translated(overlays, lang, file))
        .collect();
    match assemble(&files) {
        Ok(mut briefing) => {
            briefing.version = base.version.clone();
            briefing
        }
        Err(errors) => {
            // Cannot happen with strings replaced by strings; never lose the edition for it.
            tracing::error!(
                "the {lang} edition could not be made; it shows the English text\n{errors}"
            );
            base.clone()
        }
    }
}

/// One English file with the current translations of `lang` written over its strings.
fn translated(overlays: &Overlays, lang: &str, file: &TextFile) -> TextFile {
    let name = file.path.rsplit('/').next().unwrap_or(&file.path);
    let stem = OVERLAY_FILES
        .iter()
        .copied()
        .find(|s| name.strip_suffix(".toml") == Some(s));
    let Some(stem) = stem else {
        return file.clone();
    };
    let mut replacements: Vec<_> = overlays
        .fields(lang, stem)
        .into_iter()
        .filter(|(field, _, _)| reads_as_text(stem, &field.path))
        .filter_map(|(field, state, t)| match (state, t) {
            (super::FieldState::Translated, Some(t)) => Some((field.span.clone(), t.text.as_str())),
            _ => None,
        })
        .collect();
    // In the order of the file, each piece copied once (replacing in place from the end moved
    // the rest of the file for every field).
    replacements.sort_by_key(|(span, _)| span.start);
    let mut text = String::with_capacity(file.text.len() * 2);
    let mut at = 0;
    for (span, translation) in replacements {
        // Fields never overlap; were one inside another, the outer one is written.
        if span.start < at {
            continue;
        }
        text.push_str(&file.text[at..span.start]);
        // The TOML crate writes the string literal (quotes and escapes).
        text.push_str(&toml::Value::String(translation.to_owned()).to_string());
        at = span.end;
    }
    text.push_str(&file.text[at..]);
    TextFile {
        path: file.path.clone(),
        text,
    }
}
