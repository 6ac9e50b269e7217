//! What `summit-briefing translations <lang>` prints: ready-to-fill overlay entries, per file,
//! in the reference walker's layout.

use std::fmt::Write as _;

use super::{FieldState, OVERLAY_FILES, Overlays, quoted};

/// Which fields to print.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Wanted {
    /// Fields with no translation.
    pub missing: bool,
    /// Translations of English text that has changed since.
    pub stale: bool,
}

impl Wanted {
    fn takes(self, state: FieldState) -> bool {
        match (self.missing, self.stale) {
            // Neither flag: every field.
            (false, false) => true,
            _ => {
                (self.missing && state == FieldState::Missing)
                    || (self.stale && state == FieldState::Stale)
            }
        }
    }
}

impl Overlays {
    /// The overlay entries of `lang` for the fields `wanted`, file by file (`### events.toml`),
    /// each with the English text as a comment and the English hash: missing and stale ones with
    /// `text = ""` to fill, current ones with their translation.
    pub fn ready_to_fill(&self, lang: &str, wanted: Wanted) -> String {
        let mut out = String::new();
        for stem in OVERLAY_FILES {
            let _ = writeln!(out, "### {stem}.toml");
            for (field, state, translation) in self.fields(lang, stem) {
                if !wanted.takes(state) {
                    continue;
                }
                let label = match state {
                    FieldState::Missing => "missing",
                    FieldState::Stale => "stale",
                    FieldState::Translated => "translated",
                };
                let _ = writeln!(out, "{}", comment(&format!("{label}: {}", field.text)));
                if let (FieldState::Stale, Some(t)) = (state, translation) {
                    let _ = writeln!(
                        out,
                        "{}",
                        comment(&format!(
                            "translation of the earlier English (en = \"{}\"): {}",
                            t.en, t.text
                        ))
                    );
                }
                let _ = writeln!(out, "[{}]\nen = \"{}\"", quoted(&field.path), field.hash);
                match (state, translation) {
                    (FieldState::Translated, Some(t)) => {
                        let _ = writeln!(out, "text = {}", literal(&t.text));
                        if let Some(note) = &t.note {
                            let _ = writeln!(out, "note = {}", literal(note));
                        }
                    }
                    _ => {
                        let _ = writeln!(out, "text = \"\"");
                    }
                }
                out.push('\n');
            }
        }
        out
    }
}

/// A text as TOML comment lines (each line of a multi-line text commented).
fn comment(text: &str) -> String {
    text.lines()
        .map(|l| format!("# {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A TOML string literal, written by the TOML crate.
fn literal(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}
