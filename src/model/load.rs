//! Reading the data files, from the copy embedded in the binary or from a directory.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::{DataError, DataErrors, TextFile};
use super::types::*;
use super::{Briefing, validate};

/// Largest data file accepted; far above any real briefing, low enough that a runaway
/// file cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Declares the data files once: [`FILES`] by name, and the shipped copy of each, compiled
/// into the binary so it runs from any directory.
macro_rules! data_files {
    ($($name:literal),* $(,)?) => {
        /// The files every briefing has, one per kind of item.
        pub const FILES: &[&str] = &[$($name),*];

        const EMBEDDED: &[(&str, &str)] = &[
            $(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name)))),*
        ];
    };
}

data_files!(
    "summit.toml",
    "sources.toml",
    "countries.toml",
    "organisations.toml",
    "people.toml",
    "areas.toml",
    "powers.toml",
    "events.toml",
    "corrections.toml",
    "redirects.toml",
    "changes.toml",
);

/// Where a briefing's data files come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataSource {
    /// The `data/` directory as it was when the binary was built.
    Embedded,
    /// A directory holding the same files, for editing without a rebuild.
    Dir(PathBuf),
}

impl DataSource {
    pub fn describe(&self) -> String {
        match self {
            DataSource::Embedded => "the data embedded in the binary".to_owned(),
            DataSource::Dir(dir) => dir.display().to_string(),
        }
    }

    /// Reads every data file, reporting each one that is missing, too large or not UTF-8.
    pub fn read(&self) -> Result<Vec<TextFile>, DataErrors> {
        match self {
            DataSource::Embedded => Ok(EMBEDDED
                .iter()
                .map(|(name, text)| TextFile {
                    path: format!("data/{name}"),
                    text: (*text).to_owned(),
                })
                .collect()),
            DataSource::Dir(dir) => {
                let mut files = Vec::new();
                let mut errors = Vec::new();
                for name in FILES {
                    match read_file(&dir.join(name)) {
                        Ok(file) => files.push(file),
                        Err(e) => errors.push(e),
                    }
                }
                if errors.is_empty() {
                    Ok(files)
                } else {
                    Err(DataErrors(errors))
                }
            }
        }
    }

    /// Reads, parses and validates the whole briefing.
    pub fn load(&self) -> Result<Briefing, DataErrors> {
        parse(self.read()?)
    }
}

/// Reads one data file: a regular file only (a FIFO would block the reader for good, a device
/// such as `/dev/zero` never ends), and never more than [`MAX_FILE_BYTES`] of it, whatever its
/// size said when it was opened. Symbolic links are followed (a Kubernetes ConfigMap is made of
/// them), and what they lead to is checked.
pub(super) fn read_file(path: &Path) -> Result<TextFile, DataError> {
    let shown = path.display().to_string();
    let cannot_read = |e: std::io::Error| {
        TextFile::whole_file_error(&shown, format!("cannot read the file: {e}"), None)
    };
    let meta = std::fs::metadata(path).map_err(|e| {
        TextFile::whole_file_error(
            &shown,
            format!("cannot read the file: {e}"),
            Some(format!(
                "a briefing directory holds these files: {}; create the missing one (it may hold no items)",
                FILES.join(", ")
            )),
        )
    })?;
    // Checked before opening, since opening a FIFO or a device can itself block or have
    // effects; and again on the opened file, in case it was swapped in between.
    not_a_regular_file(&shown, &meta)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(&shown, Some(meta.len())));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(cannot_read)?;
    not_a_regular_file(&shown, &file.metadata().map_err(cannot_read)?)?;
    // The size said by `stat` may be wrong (a file still growing, a /proc-like file system).
    let bytes = read_at_most(file, MAX_FILE_BYTES)
        .map_err(cannot_read)?
        .ok_or_else(|| too_large(&shown, None))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(TextFile { path: shown, text }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = TextFile {
                path: shown,
                text: String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned(),
            };
            Err(prefix.error(
                valid..valid,
                "the file is not valid UTF-8 text",
                Some(
                    "save the file as UTF-8 (most editors offer this under \"Save with encoding\")"
                        .into(),
                ),
            ))
        }
    }
}

/// All of `reader` if it holds at most `limit` bytes; `None` as soon as it holds more.
fn read_at_most(reader: impl std::io::Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

fn too_large(shown: &str, size: Option<u64>) -> DataError {
    let size = size.map_or_else(|| "more than that".to_owned(), |n| format!("{n} bytes"));
    TextFile::whole_file_error(
        shown,
        format!("the file is {size}, over the limit of {MAX_FILE_BYTES} bytes"),
        Some("split the data or check that the file is really a briefing data file".into()),
    )
}

/// Refuses anything but a regular file (after symbolic links): a directory, a FIFO, a socket or
/// a device, naming what it is.
fn not_a_regular_file(shown: &str, meta: &std::fs::Metadata) -> Result<(), DataError> {
    if meta.is_file() {
        return Ok(());
    }
    let kind = file_kind(&meta.file_type());
    Err(TextFile::whole_file_error(
        shown,
        format!("this is {kind}, not a regular file; it is not read"),
        Some("a data file must be an ordinary text file (a symbolic link to one is fine)".into()),
    ))
}

fn file_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else {
        "not a file"
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    #[serde(default)]
    country: Vec<Country>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganisationsFile {
    #[serde(default)]
    organisation: Vec<Organisation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    #[serde(default)]
    person: Vec<Person>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AreasFile {
    #[serde(default)]
    area: Vec<CooperationArea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PowersFile {
    #[serde(default)]
    power: Vec<RivalPower>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    #[serde(default)]
    event: Vec<TimelineEvent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorrectionsFile {
    #[serde(default)]
    correction: Vec<Correction>,
}

fn parse_one<T: DeserializeOwned>(file: &TextFile, errors: &mut Vec<DataError>) -> Option<T> {
    match toml::from_str::<T>(&file.text) {
        Ok(value) => Some(value),
        Err(e) => {
            // The parser stops at the first error; look again, piece by piece, so that the
            // editor sees every mistake of the file at once.
            let every = every_error::<T>(file);
            if every.is_empty() {
                errors.push(toml_error(file, 0, &e));
            } else {
                errors.extend(every);
            }
            None
        }
    }
}

fn toml_error(file: &TextFile, offset: usize, e: &toml::de::Error) -> DataError {
    let span = e.span().unwrap_or(0..0);
    let name = file.path.rsplit('/').next().unwrap_or(&file.path);
    file.error(
        offset + span.start..offset + span.end,
        e.message().trim_end().to_owned(),
        Some(format!(
            "see data/README.md for the fields `{name}` takes and an example of each"
        )),
    )
}

/// The file cut before each table header (`[x]`, `[[x]]` at the start of a line, outside
/// multi-line strings): `(byte offset, text)` pieces that TOML can read on their own.
fn pieces(text: &str) -> Vec<(usize, &str)> {
    // The first piece is what comes before the first header (perhaps nothing).
    let mut starts = vec![0];
    let mut offset = 0;
    let mut in_string = false;
    for line in text.split_inclusive('\n') {
        if !in_string && line.starts_with('[') {
            starts.push(offset);
        }
        if (line.matches("\"\"\"").count() + line.matches("'''").count()) % 2 == 1 {
            in_string = !in_string;
        }
        offset += line.len();
    }
    starts.push(text.len());
    starts
        .windows(2)
        .map(|w| (w[0], &text[w[0]..w[1]]))
        .collect()
}

/// Every error of a file that failed to parse: its syntax errors, each piece read on its own;
/// or, when the syntax is sound and the file is a list of items (`[[event]]` ...), each
/// item's errors, so that one bad item does not hide the next. Empty when neither finds
/// the error (one that only shows in the whole file, such as a key set twice across tables).
fn every_error<T: DeserializeOwned>(file: &TextFile) -> Vec<DataError> {
    let pieces = pieces(&file.text);
    let syntax: Vec<DataError> = pieces
        .iter()
        .filter_map(|(at, piece)| {
            piece
                .parse::<toml::Table>()
                .err()
                .map(|e| toml_error(file, *at, &e))
        })
        .collect();
    if !syntax.is_empty() {
        return syntax;
    }
    // Item by item, only for a file of items: nothing before the first `[[kind]]` but
    // comments, and every header the same `[[kind]]`.
    let preamble_empty = pieces
        .first()
        .is_some_and(|(_, p)| p.parse::<toml::Table>().is_ok_and(|t| t.is_empty()));
    let header = |p: &str| p.lines().next().unwrap_or("").trim().to_owned();
    let first = pieces.get(1).map(|(_, p)| header(p));
    let items_file = preamble_empty
        && first
            .as_deref()
            .is_some_and(|h| h.starts_with("[[") && h.ends_with("]]"))
        && pieces[1..].iter().all(|(_, p)| Some(header(p)) == first);
    if !items_file {
        return Vec::new();
    }
    pieces[1..]
        .iter()
        .filter_map(|(at, piece)| {
            toml::from_str::<T>(piece)
                .err()
                .map(|e| toml_error(file, *at, &e))
        })
        .collect()
}

/// Parses the files (in the order of [`FILES`]) and validates them together.
pub fn parse(files: Vec<TextFile>) -> Result<Briefing, DataErrors> {
    let briefing = assemble(&files)?;
    let mut errors = match validate::validate(&briefing, &files) {
        Ok(()) => Vec::new(),
        Err(DataErrors(e)) => e,
    };
    errors.extend(super::links::validate(&briefing, &files));
    if !errors.is_empty() {
        return Err(DataErrors(errors));
    }
    let mut briefing = briefing;
    briefing.version = super::DataVersion::of(&files, &briefing.summit.updated);
    Ok(briefing)
}

/// Reads the files into a briefing, without validating it (its version left empty): for
/// [`parse`], and for the translated copies of a briefing already validated in English.
pub(super) fn assemble(files: &[TextFile]) -> Result<Briefing, DataErrors> {
    let by_name = |name: &str| {
        files
            .iter()
            .find(|f| f.path.ends_with(name))
            .expect("DataSource::read returns every file in FILES")
    };
    let mut errors = Vec::new();
    let summit = parse_one::<Summit>(by_name("summit.toml"), &mut errors);
    let sources = parse_one::<SourcesFile>(by_name("sources.toml"), &mut errors);
    let countries = parse_one::<CountriesFile>(by_name("countries.toml"), &mut errors);
    let organisations = parse_one::<OrganisationsFile>(by_name("organisations.toml"), &mut errors);
    let people = parse_one::<PeopleFile>(by_name("people.toml"), &mut errors);
    let areas = parse_one::<AreasFile>(by_name("areas.toml"), &mut errors);
    let powers = parse_one::<PowersFile>(by_name("powers.toml"), &mut errors);
    let events = parse_one::<EventsFile>(by_name("events.toml"), &mut errors);
    let corrections = parse_one::<CorrectionsFile>(by_name("corrections.toml"), &mut errors);
    let redirects = parse_one::<super::links::Redirects>(by_name("redirects.toml"), &mut errors);
    let changes = parse_one::<super::links::ChangesFile>(by_name("changes.toml"), &mut errors);

    let (
        Some(summit),
        Some(sources),
        Some(countries),
        Some(organisations),
        Some(people),
        Some(areas),
        Some(powers),
        Some(events),
        Some(corrections),
        Some(redirects),
        Some(changes),
    ) = (
        summit,
        sources,
        countries,
        organisations,
        people,
        areas,
        powers,
        events,
        corrections,
        redirects,
        changes,
    )
    else {
        return Err(DataErrors(errors));
    };

    let mut briefing = Briefing::new(
        summit,
        sources.source,
        countries.country,
        organisations.organisation,
        people.person,
        areas.area,
        powers.power,
        events.event,
        corrections.correction,
    );
    briefing.redirects = redirects;
    let mut log = changes.change;
    super::links::sort_changes(&mut log);
    briefing.changes = log;
    Ok(briefing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_stops_past_the_limit_whatever_the_source() {
        // An endless source, as /dev/zero is: refused after limit + 1 bytes, not read forever.
        assert_eq!(
            read_at_most(std::io::repeat(b'x'), 1000).expect("read"),
            None
        );
        let exact = read_at_most(&[b'y'; 1000][..], 1000).expect("read");
        assert_eq!(exact.map(|b| b.len()), Some(1000));
    }
}
