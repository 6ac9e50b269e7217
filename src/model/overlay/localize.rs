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
    if overlays.edition(lang).is_none() {
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
    // From the end, so that the spans still to replace keep their place.
    replacements.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut text = file.text.clone();
    for (span, translation) in replacements {
        // The TOML crate writes the string literal (quotes and escapes).
        text.replace_range(
            span,
            &toml::Value::String(translation.to_owned()).to_string(),
        );
    }
    TextFile {
        path: file.path.clone(),
        text,
    }
}
