//! Property tests: the data loader on arbitrary bytes and on mutated valid files, and the
//! router on arbitrary query strings and paths.
//!
//! `cargo test` runs a few cases of each; for a long run by hand:
//!
//!     PROPTEST_CASES=100000 cargo test --release --test it fuzz::
//!
//! A failing case is shrunk and saved under `proptest-regressions/`, and replayed first from then on.

use std::sync::LazyLock;

use axum::http::Method;
use proptest::prelude::*;
use proptest::test_runner::Config;
use summit_briefing::App;
use summit_briefing::model::{DataError, DataErrors, FILES, TextFile, parse};

use crate::hardening::request;
use crate::{DataCopy, manifest_dir};

/// `PROPTEST_CASES` if set, else a number small enough for every `cargo test`.
fn config(default_cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default_cases);
    Config {
        cases,
        ..Config::default()
    }
}

/// The minimal fixture as the loader reads it.
static FIXTURE: LazyLock<Vec<TextFile>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|name| TextFile {
            path: format!("fixture/{name}"),
            text: std::fs::read_to_string(manifest_dir().join("tests/fixtures/minimal").join(name))
                .expect("fixture file"),
        })
        .collect()
});

/// Every error names one of the files, and a line within it (0 for the file as a whole).
fn check_errors(errors: &[DataError], files: &[(String, usize)]) -> Result<(), TestCaseError> {
    prop_assert!(
        !errors.is_empty(),
        "a refused load reports at least one error"
    );
    for e in errors {
        let lines = files
            .iter()
            .find(|(path, _)| *path == e.file)
            .map(|(_, lines)| *lines);
        prop_assert!(lines.is_some(), "error names no data file: {}", e);
        let lines = lines.unwrap_or(0);
        prop_assert!(e.line <= lines, "line {} of {}: {}", e.line, lines, e);
        prop_assert!((e.line == 0) == (e.column == 0), "{}", e);
        prop_assert!(!e.message.is_empty());
    }
    Ok(())
}

fn line_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count() + 1
}

/// One edit of a valid file: the kinds of damage a person or a tool does.
#[derive(Debug, Clone)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    Truncate { at: usize },
    DuplicateLine { line: usize },
    SwapLines { a: usize, b: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let toml_bits = prop_oneof![
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just("[[event]]\n".to_owned()),
        Just("\"".to_owned()),
        Just("'''".to_owned()),
        Just("=".to_owned()),
        Just("\n".to_owned()),
        Just("id = \"x\"\n".to_owned()),
        Just("{".to_owned()),
        Just("sources = []".to_owned()),
        Just("\u{0}".to_owned()),
        Just("é".to_owned()),
        Just("\\u".to_owned()),
        any::<String>(),
    ];
    prop_oneof![
        (any::<usize>(), 0..40usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), toml_bits).prop_map(|(at, text)| Mutation::Insert { at, text }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        any::<usize>().prop_map(|line| Mutation::DuplicateLine { line }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
    ]
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut String, m: &Mutation) {
    let no_lines = text.lines().count() == 0;
    match m {
        Mutation::Delete { at, len } => {
            let start = boundary(text, *at);
            let end = boundary(text, start + len).max(start);
            text.replace_range(start..end, "");
        }
        Mutation::Insert { at, text: bit } => {
            let at = boundary(text, *at);
            text.insert_str(at, bit);
        }
        Mutation::Truncate { at } => {
            let at = boundary(text, *at);
            text.truncate(at);
        }
        Mutation::DuplicateLine { .. } | Mutation::SwapLines { .. } if no_lines => {}
        Mutation::DuplicateLine { line } => {
            let mut lines: Vec<&str> = text.lines().collect();
            let i = line % lines.len();
            lines.insert(i, lines[i]);
            *text = lines.join("\n");
        }
        Mutation::SwapLines { a, b } => {
            let mut lines: Vec<&str> = text.lines().collect();
            let (a, b) = (a % lines.len(), b % lines.len());
            lines.swap(a, b);
            *text = lines.join("\n");
        }
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// Mutations of a valid briefing either load or are refused with errors that point into
    /// the mutated files.
    #[test]
    fn mutated_data_loads_or_names_file_and_line(
        file in 0..FILES.len(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let mut files = FIXTURE.clone();
        for m in &mutations {
            apply(&mut files[file].text, m);
        }
        let shape: Vec<(String, usize)> = files
            .iter()
            .map(|f| (f.path.clone(), line_count(f.text.as_bytes())))
            .collect();
        match parse(files) {
            Ok(_) => {}
            Err(DataErrors(errors)) => check_errors(&errors, &shape)?,
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Any bytes at all in a data file, read from disk: UTF-8 or not, never a panic.
    #[test]
    fn arbitrary_bytes_in_a_data_file_never_panic(
        file in 0..FILES.len(),
        keep in any::<bool>(),
        bytes in prop::collection::vec(any::<u8>(), 0..4096),
    ) {
        let copy = DataCopy::minimal();
        let name = FILES[file];
        let mut content = if keep { copy.read(name).into_bytes() } else { Vec::new() };
        content.extend_from_slice(&bytes);
        std::fs::write(copy.path(name), &content).expect("write");
        let shape: Vec<(String, usize)> = FILES
            .iter()
            .map(|n| {
                let path = copy.path(n);
                let bytes = std::fs::read(&path).expect("read back");
                (path.display().to_string(), line_count(&bytes))
            })
            .collect();
        match copy.source().load() {
            Ok(_) => {}
            Err(DataErrors(errors)) => check_errors(&errors, &shape)?,
        }
    }
}

static APP: LazyLock<App> = LazyLock::new(crate::shipped_app);

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

/// A query string as a browser or a bot might send it: the timeline's own parameters with any
/// values, unknown parameters, raw characters and broken percent-escapes.
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("country".to_owned()),
        Just("area".to_owned()),
        Just("power".to_owned()),
        Just("year".to_owned()),
        "[a-z_]{0,8}",
    ];
    let value = prop_oneof![
        Just("japan".to_owned()),
        Just("kazakhstan".to_owned()),
        Just("connectivity".to_owned()),
        Just("china".to_owned()),
        Just("2025".to_owned()),
        "-?[0-9]{1,25}",
        any::<String>(),
    ];
    let encoded = prop::collection::vec((key, value), 0..40).prop_map(|pairs| {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    });
    let raw = "[A-Za-z0-9%&=+;._~!$'()*,:@/?\\[\\]-]{0,300}";
    prop_oneof![encoded, raw.prop_map(|s| s.to_owned())]
}

proptest! {
    #![proptest_config(config(256))]

    /// No query string makes the timeline fail: it is a page or a 4xx page, never a 5xx.
    #[test]
    fn arbitrary_query_strings_never_give_a_5xx(q in query()) {
        let uri = format!("/timeline?{q}");
        prop_assume!(uri.parse::<axum::http::Uri>().is_ok());
        let r = runtime().block_on(request(&*APP, Method::GET, &uri));
        prop_assert!(
            r.status.is_success() || r.status.is_redirection() || r.status.is_client_error(),
            "{} for {}", r.status, uri
        );
    }

    /// Nor does any path: every route with a slug, the assets and the fallback.
    #[test]
    fn arbitrary_paths_never_give_a_5xx(
        prefix in prop_oneof![
            Just(""), Just("/timeline/"), Just("/countries/"), Just("/areas/"),
            Just("/powers/"), Just("/static/"),
        ],
        segment in any::<String>(),
        raw in "[A-Za-z0-9%/._~-]{0,80}",
    ) {
        let encoded: String =
            url::form_urlencoded::byte_serialize(segment.as_bytes()).collect();
        for path in [format!("{prefix}{encoded}"), format!("{prefix}{raw}")] {
            let path = if path.starts_with('/') { path } else { format!("/{path}") };
            let Ok(uri) = path.parse::<axum::http::Uri>() else { continue };
            let r = runtime().block_on(request(&*APP, Method::GET, &uri.to_string()));
            prop_assert!(
                r.status.is_success() || r.status.is_redirection() || r.status.is_client_error(),
                "{} for {}", r.status, path
            );
        }
    }
}
