//! Translation overlays: the Japanese and Russian text of the briefing, kept beside the English
//! data (`data/<lang>/<file>.toml`) so that the English stays the single source of facts.
//!
//! Each entry names one translatable English field by its path (see [`paths`]) and records the
//! hash of the English text it translates; when the English changes, the hashes differ and the
//! translation is *stale*. [`Overlays::build`] reads every overlay against the English files and
//! reports, with file and line: stale, unknown and (for an edition whose directory exists)
//! missing translations, empty or invisible-character text, and glossary errors.
//! [`localize`] makes the translated copy of a briefing, with the English wherever a
//! translation is missing or stale.
//!
//! Overlays are loaded apart from the English ([`DataSource::load_overlays`]), so that serving
//! the English edition's first page never waits for them.

mod blocks;
mod glossary;
mod localize;
mod paths;

use std::collections::HashMap;
use std::path::Path;

use toml::de::{DeTable, DeValue};

pub use blocks::Wanted;
pub use glossary::{Term, TermKind, TermSource};
pub use localize::localize;
pub use paths::{
    EnglishField, OVERLAY_FILES, TRANSLATABLE, english_fields, is_translatable, text_hash,
};

use super::error::{DataError, DataErrors, TextFile};
use super::load::{DataSource, read_file};
use super::{DataVersion, EDITIONS};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/overlays.rs"));
}

/// The glossary's file name in an edition's directory.
pub const GLOSSARY: &str = "glossary.toml";

/// One overlay file as read, in `data/<lang>/`.
#[derive(Debug, Clone)]
pub struct OverlayFile {
    pub lang: &'static str,
    /// Its name in the edition's directory, e.g. `events.toml`.
    pub name: String,
    pub file: TextFile,
}

/// What [`Overlays::build`] reads: the English files and every overlay file found.
#[derive(Debug, Clone, Default)]
pub struct OverlayFiles {
    /// Every English data file ([`super::FILES`]), as [`DataSource::read`] gives them.
    pub english: Vec<TextFile>,
    /// Where the edition directories are, as shown in messages (`data`, or the `--data` dir).
    pub base: String,
    /// The editions whose directory exists; only these must be complete.
    pub present: Vec<&'static str>,
    pub files: Vec<OverlayFile>,
}

/// One translated field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The hash of the English text translated (`en = "…"`).
    pub en: String,
    pub text: String,
    pub note: Option<String>,
}

/// Where a field stands in one edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldState {
    Translated,
    /// Translated from English text that has changed since.
    Stale,
    Missing,
}

/// One edition's overlays.
#[derive(Debug, Clone, Default)]
struct Edition {
    lang: &'static str,
    present: bool,
    /// By English file stem, then by path.
    translations: HashMap<&'static str, HashMap<String, Translation>>,
    glossary: Vec<Term>,
}

/// Every edition's translations and glossary, checked against the English they translate.
#[derive(Debug, Clone, Default)]
pub struct Overlays {
    /// The English files the overlays were checked against, and their [`DataVersion`] hash.
    english: Vec<TextFile>,
    english_version: String,
    /// Each overlay-bearing English file's translatable fields, by stem (absent when the file
    /// does not parse).
    fields: HashMap<&'static str, Vec<EnglishField>>,
    editions: Vec<Edition>,
    files: Vec<OverlayFile>,
}

impl DataSource {
    /// Reads the English files and every overlay file of [`EDITIONS`]. A missing edition
    /// directory, or a missing file in one, is no error here (its fields are missing).
    pub fn read_overlays(&self) -> Result<OverlayFiles, DataErrors> {
        self.read_overlays_of(EDITIONS)
    }

    /// [`DataSource::read_overlays`] for the editions `langs` only (the others have none).
    pub fn read_overlays_of(&self, langs: &[&str]) -> Result<OverlayFiles, DataErrors> {
        let wanted = |lang: &str| langs.contains(&lang);
        let english = self.read()?;
        match self {
            DataSource::Embedded => Ok(OverlayFiles {
                english,
                base: "data".to_owned(),
                present: EDITIONS
                    .iter()
                    .copied()
                    .filter(|l| wanted(l) && embedded::EMBEDDED_EDITION_DIRS.contains(l))
                    .collect(),
                files: embedded::EMBEDDED_OVERLAYS
                    .iter()
                    .filter(|(lang, _, _)| wanted(lang))
                    .filter_map(|(lang, name, text)| {
                        let lang = EDITIONS.iter().copied().find(|l| l == lang)?;
                        Some(OverlayFile {
                            lang,
                            name: (*name).to_owned(),
                            file: TextFile {
                                path: format!("data/{lang}/{name}"),
                                text: (*text).to_owned(),
                            },
                        })
                    })
                    .collect(),
            }),
            DataSource::Dir(dir) => {
                let mut out = OverlayFiles {
                    english,
                    base: dir.display().to_string(),
                    ..OverlayFiles::default()
                };
                let mut errors = Vec::new();
                for lang in EDITIONS.iter().copied().filter(|l| wanted(l)) {
                    read_edition(dir, lang, &mut out, &mut errors);
                }
                if errors.is_empty() {
                    Ok(out)
                } else {
                    Err(DataErrors(errors))
                }
            }
        }
    }

    /// Reads and checks every edition's overlays; any problem [`Overlays::build`] reports
    /// (stale, unknown, missing, bad text, glossary) is an error.
    pub fn load_overlays(&self) -> Result<Overlays, DataErrors> {
        self.load_overlays_of(EDITIONS)
    }

    /// [`DataSource::load_overlays`] for the editions `langs` only: what one edition's pages
    /// need, at half the cost of both.
    pub fn load_overlays_of(&self, langs: &[&str]) -> Result<Overlays, DataErrors> {
        let (overlays, errors) = Overlays::build(self.read_overlays_of(langs)?);
        if errors.is_empty() {
            Ok(overlays)
        } else {
            Err(DataErrors(errors))
        }
    }
}

/// Reads `dir/<lang>/`: every `.toml` file in it (unknown names are reported by the check).
fn read_edition(
    dir: &Path,
    lang: &'static str,
    out: &mut OverlayFiles,
    errors: &mut Vec<DataError>,
) {
    let edition = dir.join(lang);
    let shown = edition.display().to_string();
    let entries = match std::fs::read_dir(&edition) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            errors.push(TextFile::whole_file_error(
                &shown,
                format!("cannot read the {lang} edition's directory: {e}"),
                Some(format!(
                    "`{lang}/` holds the {lang} translations; make it a readable directory, or remove it to leave the edition out"
                )),
            ));
            return;
        }
    };
    out.present.push(lang);
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    for name in names {
        match read_file(&edition.join(&name)) {
            Ok(file) => out.files.push(OverlayFile { lang, name, file }),
            Err(e) => errors.push(e),
        }
    }
}

impl Overlays {
    /// Checks the overlay files against the English ones; returns what could be read, and
    /// every problem found (file, line, what to do).
    pub fn build(files: OverlayFiles) -> (Overlays, Vec<DataError>) {
        let mut errors = Vec::new();
        let mut fields = HashMap::new();
        for stem in OVERLAY_FILES.iter().copied() {
            if let Some(f) = english_file(&files.english, stem) {
                // A file that does not parse is reported by the English check.
                if let Ok(list) = english_fields(stem, &f.text) {
                    fields.insert(stem, list);
                }
            }
        }
        let OverlayFiles {
            english,
            base,
            present: present_editions,
            files,
        } = files;
        let mut overlays = Overlays {
            english_version: DataVersion::hash_of(&english),
            english,
            fields,
            editions: Vec::new(),
            files,
        };
        for lang in EDITIONS.iter().copied() {
            let present = present_editions.contains(&lang);
            let mut edition = Edition {
                lang,
                present,
                ..Edition::default()
            };
            let mut has_glossary = false;
            for f in overlays.files.iter().filter(|f| f.lang == lang) {
                errors.extend(super::text::forbidden_characters(&f.file));
                if f.name == GLOSSARY {
                    has_glossary = true;
                    edition.glossary = glossary::parse(&f.file, &mut errors);
                    continue;
                }
                let stem = OVERLAY_FILES
                    .iter()
                    .copied()
                    .find(|s| f.name.strip_suffix(".toml") == Some(s));
                let Some(stem) = stem else {
                    errors.push(TextFile::whole_file_error(
                        &f.file.path,
                        format!("`{}` is not an overlay file; it is not read", f.name),
                        Some(format!(
                            "an edition's directory holds {GLOSSARY} and one file per English \
                             data file: {}",
                            OVERLAY_FILES
                                .iter()
                                .map(|s| format!("{s}.toml"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    ));
                    continue;
                };
                let entries = overlays.read_entries(stem, &f.file, &mut errors);
                edition.translations.insert(stem, entries);
            }
            if present {
                overlays.missing(&base, &edition, has_glossary, &mut errors);
            }
            overlays.editions.push(edition);
        }
        (overlays, errors)
    }

    /// The entries of one overlay file, with every problem in it.
    fn read_entries(
        &self,
        stem: &'static str,
        file: &TextFile,
        errors: &mut Vec<DataError>,
    ) -> HashMap<String, Translation> {
        let mut out = HashMap::new();
        let root = match DeTable::parse(&file.text) {
            Ok(root) => root,
            Err(e) => {
                errors.push(file.error(
                    e.span().unwrap_or(0..0),
                    e.message().trim_end().to_owned(),
                    Some(ENTRY_HELP.into()),
                ));
                return out;
            }
        };
        let fields: Option<HashMap<&str, &EnglishField>> = self
            .fields
            .get(stem)
            .map(|list| list.iter().map(|f| (f.path.as_str(), f)).collect());
        for (key, value) in paths::in_written_order(root.get_ref()) {
            let path = key.get_ref().to_string();
            let Some(entry) = entry(file, &path, key.span(), value, errors) else {
                continue;
            };
            // The English file did not parse: nothing to check the path against.
            let Some(fields) = &fields else {
                out.insert(path, entry.translation);
                continue;
            };
            match fields.get(path.as_str()) {
                None => errors.push(file.error(
                    key.span(),
                    format!("`{path}` is not a translatable field of {stem}.toml"),
                    Some(self.did_you_mean(stem, &path)),
                )),
                Some(english) if entry.en_ok && english.hash != entry.translation.en => {
                    errors.push(file.error(
                        entry.en_span,
                        format!(
                            "stale translation of `{path}`: the English changed since it was \
                             translated (en = \"{}\"; the English text now hashes to \"{}\")",
                            entry.translation.en, english.hash
                        ),
                        Some(format!(
                            "the English now reads: \"{}\"; translate it again and set en = \"{}\" \
                             (`summit-briefing translations {} --stale` lists every stale one)",
                            shorten(&english.text),
                            english.hash,
                            file_lang(file)
                        )),
                    ));
                }
                Some(_) => {}
            }
            out.insert(path, entry.translation);
        }
        out
    }

    /// "Did you mean": the nearest path of the same file, or the file that has this path.
    fn did_you_mean(&self, stem: &str, path: &str) -> String {
        if let Some((other, _)) = self
            .fields
            .iter()
            .find(|(s, list)| **s != stem && list.iter().any(|f| f.path == path))
        {
            return format!("this field is in {other}.toml: move the entry to {other}.toml");
        }
        // Paths are relative to their file: `summit.lede` is `lede` in summit.toml.
        if let Some((other, rest)) = path.split_once('.')
            && let Some(list) = self.fields.get(other)
            && list.iter().any(|f| f.path == rest)
        {
            return format!(
                "this field is in {other}.toml as `{rest}` (paths are relative to their file): \
                 move the entry to {other}.toml and write its path as \"{rest}\""
            );
        }
        let nearest = self.fields.get(stem).and_then(|list| {
            list.iter()
                .map(|f| (strsim::levenshtein(&f.path, path), &f.path))
                .min()
                .filter(|(d, _)| *d <= path.chars().count().max(9) / 3)
        });
        match nearest {
            Some((_, p)) => format!("did you mean `{p}`?"),
            None => format!(
                "the English field may have been renamed or removed: delete the entry, or find \
                 the new path with `summit-briefing translations` (every path of {stem}.toml)"
            ),
        }
    }

    /// Missing translations of an edition whose directory exists: one error per field, at the
    /// English text; one per file when the overlay file is missing altogether.
    fn missing(
        &self,
        base: &str,
        edition: &Edition,
        has_glossary: bool,
        errors: &mut Vec<DataError>,
    ) {
        let lang = edition.lang;
        let dir = format!("{base}/{lang}");
        for stem in OVERLAY_FILES.iter().copied() {
            let Some(fields) = self.fields.get(stem) else {
                continue;
            };
            let Some(english) = english_file(&self.english, stem) else {
                continue;
            };
            let Some(entries) = edition.translations.get(stem) else {
                if !fields.is_empty() {
                    errors.push(TextFile::whole_file_error(
                        &format!("{dir}/{stem}.toml"),
                        format!(
                            "missing: the {lang} edition has no {stem}.toml, so none of the {} \
                             translatable fields of {stem}.toml is translated",
                            fields.len()
                        ),
                        Some(format!(
                            "`summit-briefing translations {lang} --missing` prints them as \
                             ready-to-fill blocks; or remove {dir}/ to leave the edition out"
                        )),
                    ));
                }
                continue;
            };
            for f in fields.iter().filter(|f| !entries.contains_key(&f.path)) {
                errors.push(english.error(
                    f.span.clone(),
                    format!("no {lang} translation of `{}`", f.path),
                    Some(format!(
                        "add to {dir}/{stem}.toml: [{}] en = \"{}\" text = \"…\" \
                         (`summit-briefing translations {lang} --missing` prints every missing one)",
                        quoted(&f.path),
                        f.hash
                    )),
                ));
            }
        }
        if !has_glossary {
            errors.push(TextFile::whole_file_error(
                &format!("{dir}/{GLOSSARY}"),
                format!("missing: the {lang} edition has no glossary"),
                Some(format!(
                    "create {dir}/{GLOSSARY} with the official forms of names ([[terms]] with id, \
                     en, text, kind and, for an official form, source)"
                )),
            ));
        }
    }

    fn edition(&self, lang: &str) -> Option<&Edition> {
        self.editions.iter().find(|e| e.lang == lang)
    }

    /// The glossary of `lang` (empty for an edition without one).
    pub fn glossary(&self, lang: &str) -> &[Term] {
        self.edition(lang).map_or(&[], |e| e.glossary.as_slice())
    }

    /// Whether `lang` has an overlay directory (and so must be complete).
    pub fn is_present(&self, lang: &str) -> bool {
        self.edition(lang).is_some_and(|e| e.present)
    }

    /// The translation of the field `path` of the English file `stem` (e.g. `events`), whether
    /// current or stale; see [`Overlays::fields`] for its state.
    pub fn translation(&self, lang: &str, stem: &str, path: &str) -> Option<&Translation> {
        self.edition(lang)?.translations.get(stem)?.get(path)
    }

    /// Every translatable field of the English file `stem`, with where it stands in `lang`.
    pub fn fields(
        &self,
        lang: &str,
        stem: &str,
    ) -> Vec<(&EnglishField, FieldState, Option<&Translation>)> {
        let list = self.fields.get(stem).map_or(&[][..], Vec::as_slice);
        list.iter()
            .map(|f| {
                let t = self.translation(lang, stem, &f.path);
                let state = match t {
                    None => FieldState::Missing,
                    Some(t) if t.en == f.hash => FieldState::Translated,
                    Some(_) => FieldState::Stale,
                };
                (f, state, t)
            })
            .collect()
    }

    /// How many fields `lang` translates (current, not stale), out of how many.
    pub fn counts(&self, lang: &str) -> (usize, usize) {
        OVERLAY_FILES.iter().fold((0, 0), |(done, all), stem| {
            let fields = self.fields(lang, stem);
            let translated = fields
                .iter()
                .filter(|(_, s, _)| *s == FieldState::Translated)
                .count();
            (done + translated, all + fields.len())
        })
    }

    /// The overlay files as read (for a download of the data).
    pub fn files(&self) -> &[OverlayFile] {
        &self.files
    }
}

const ENTRY_HELP: &str = "an overlay file holds one table per translated field: \
    [\"event.tokyo-summit-2025.summary\"] with en = \"<8 hex digits>\" (the English text's hash) \
    and text = \"…\", and an optional note = \"…\"";

/// One entry as read, with where its `en` is written.
struct Entry {
    translation: Translation,
    en_span: std::ops::Range<usize>,
    /// Whether `en` is a hash at all (if not, that is the error, not staleness).
    en_ok: bool,
}

/// Reads one `["path"]` table: `en` (8 hex digits), `text` (not empty, no markup) and an
/// optional `note`, nothing else.
fn entry(
    file: &TextFile,
    path: &str,
    key_span: std::ops::Range<usize>,
    value: &toml::Spanned<DeValue<'_>>,
    errors: &mut Vec<DataError>,
) -> Option<Entry> {
    let DeValue::Table(t) = value.get_ref() else {
        errors.push(file.error(
            key_span,
            format!("`{path}` must be a table of en, text and note"),
            Some(ENTRY_HELP.into()),
        ));
        return None;
    };
    let mut en = None;
    let mut text = None;
    let mut note = None;
    let mut ok = true;
    for (k, v) in t.iter() {
        let slot = match k.get_ref().as_ref() {
            "en" => &mut en,
            "text" => &mut text,
            "note" => &mut note,
            other => {
                errors.push(file.error(
                    k.span(),
                    format!("unknown key `{other}` in the entry for `{path}`"),
                    Some("an entry has en, text and an optional note".into()),
                ));
                ok = false;
                continue;
            }
        };
        match v.get_ref() {
            DeValue::String(s) => *slot = Some((s.to_string(), v.span())),
            _ => {
                errors.push(file.error(
                    v.span(),
                    format!("`{}` of `{path}` must be a string in quotes", k.get_ref()),
                    Some(ENTRY_HELP.into()),
                ));
                ok = false;
            }
        }
    }
    let (Some((en, en_span)), Some((text, text_span))) = (en, text) else {
        if ok {
            errors.push(file.error(
                key_span,
                format!("the entry for `{path}` needs both `en` and `text`"),
                Some(ENTRY_HELP.into()),
            ));
        }
        return None;
    };
    let en_ok = en.len() == 8
        && en
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !en_ok {
        errors.push(file.error(
            en_span.clone(),
            format!("`en` of `{path}` is \"{en}\", not 8 lowercase hex digits"),
            Some(format!(
                "copy the hash `summit-briefing translations {}` prints for this path",
                file_lang(file)
            )),
        ));
    }
    if text.trim().is_empty() {
        errors.push(
            file.error(
                text_span.clone(),
                format!("the translation of `{path}` is empty"),
                Some(
                    "write the translation, or delete the entry (it is then reported as missing)"
                        .into(),
                ),
            ),
        );
    }
    if let Some(at) = markup_at(&text) {
        let raw = file.text.get(text_span.clone()).unwrap_or_default();
        let offset = raw.find('<').unwrap_or(0);
        errors.push(file.error(
            text_span.start + offset..text_span.start + offset,
            format!(
                "the translation of `{path}` holds markup (`{}`); text is plain, as in English",
                shorten(&text[at..]).chars().take(12).collect::<String>()
            ),
            Some("write it as plain text; the pages do the formatting".into()),
        ));
    }
    Some(Entry {
        translation: Translation {
            en,
            text,
            note: note.map(|(n, _)| n),
        },
        en_span,
        en_ok,
    })
}

/// The byte offset of something that reads as an HTML tag, comment or entity (`<b>`, `</p>`,
/// `<!--`, `&amp;`), if any.
fn markup_at(text: &str) -> Option<usize> {
    text.char_indices().find_map(|(i, c)| {
        let next = text[i + c.len_utf8()..].chars().next();
        let tag = c == '<' && next.is_some_and(|n| n.is_ascii_alphabetic() || n == '/' || n == '!');
        let entity = c == '&'
            && text[i + 1..].find(';').is_some_and(|end| {
                let name = &text[i + 1..i + 1 + end];
                (2..=10).contains(&name.len())
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#')
            });
        (tag || entity).then_some(i)
    })
}

fn english_file<'a>(files: &'a [TextFile], stem: &str) -> Option<&'a TextFile> {
    let name = format!("{stem}.toml");
    files
        .iter()
        .find(|f| f.path.rsplit('/').next() == Some(name.as_str()))
}

/// The edition an overlay file belongs to, from its path (`…/ja/events.toml`).
fn file_lang(file: &TextFile) -> &str {
    file.path.rsplit('/').nth(1).unwrap_or("<lang>")
}

/// A path as a TOML key in quotes, as the reference walker writes it (JSON string syntax, which
/// TOML's basic strings share).
pub(crate) fn quoted(path: &str) -> String {
    serde_json::to_string(path).unwrap_or_else(|_| format!("\"{path}\""))
}

/// At most 200 characters of a text, for a message.
fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(200).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests;
