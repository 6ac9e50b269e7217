//! Hostile data: whatever is in the data files, loading never panics, every problem names its
//! file (and line, where there is one), `check` exits non-zero, and text that looks like HTML or
//! script is shown as text. Cases already in `loader.rs` are not repeated here.

use std::process::Command;

use axum::http::Method;
use summit_briefing::model::{DataError, DataErrors, FILES, MAX_FILE_BYTES};

use crate::hardening::{attributes, has_event_handler, request};
use crate::{DataCopy, manifest_dir, state_of};

fn errors(copy: &DataCopy) -> Vec<DataError> {
    match copy.source().load() {
        Ok(_) => panic!("hostile data must not load"),
        Err(DataErrors(errors)) => errors,
    }
}

/// Every error names a data file of the copy, and those with a line point inside the file.
fn assert_well_formed(copy: &DataCopy, errors: &[DataError]) {
    assert!(!errors.is_empty());
    for e in errors {
        let name = e.file.rsplit('/').next().unwrap_or("");
        assert!(FILES.contains(&name), "no data file named: {e}");
        if e.line > 0 {
            let lines = std::fs::read(copy.path(name))
                .map(|b| b.iter().filter(|&&c| c == b'\n').count() + 1)
                .unwrap_or(0);
            assert!(e.line <= lines, "line {} of {lines}: {e}", e.line);
            assert!(e.column >= 1, "{e}");
        }
        assert!(!e.message.is_empty(), "{e}");
    }
}

/// The errors of the one file that was broken.
fn errors_in(copy: &DataCopy, file: &str) -> Vec<DataError> {
    let errors = errors(copy);
    assert_well_formed(copy, &errors);
    assert!(
        errors.iter().any(|e| e.file.ends_with(file)),
        "no error names {file}: {errors:#?}"
    );
    errors
}

/// `check` on the copy: exits non-zero, names the file, and does not panic.
fn assert_check_refuses(copy: &DataCopy, file: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_summit-briefing"))
        .args(["check", "--data"])
        .arg(copy.dir.path())
        .output()
        .expect("run check");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(file), "{stderr}");
    assert!(stderr.contains("error"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn malformed_syntax_of_several_kinds_names_file_and_line() {
    let cases: [(&str, &str, &str, usize); 5] = [
        (
            "areas.toml",
            "sources = [\"kantei-2025\"]",
            "sources = [\"kantei-2025\"",
            6,
        ),
        ("people.toml", "role = ", "role = = ", 4),
        ("powers.toml", "[[power]]", "[[power]] junk", 1),
        (
            "events.toml",
            "venue = \"Tokyo\"",
            "venue = \"Tokyo\"\nvenue = \"Osaka\"",
            21,
        ),
        ("countries.toml", "name = \"Japan\"", "this is not toml", 3),
    ];
    for (file, from, to, line) in cases {
        let copy = DataCopy::minimal();
        copy.replace(file, from, to);
        let errors = errors_in(&copy, file);
        assert_eq!(errors.len(), 1, "{file}: {errors:#?}");
        assert_eq!(errors[0].line, line, "{file}: {}", errors[0]);
    }
    let copy = DataCopy::minimal();
    copy.replace("powers.toml", "[[power]]", "[[power]] junk");
    assert_check_refuses(&copy, "powers.toml:1:");
}

#[test]
fn wrong_types_of_several_kinds_are_refused() {
    let cases = [
        (
            "areas.toml",
            "name = \"Connectivity\"",
            "name = [\"Connectivity\"]",
            "expected a string",
        ),
        (
            "areas.toml",
            "sources = [\"kantei-2025\"]",
            "sources = { a = 1 }",
            "invalid type",
        ),
        (
            "events.toml",
            "date = \"2004-08-28\"",
            "date = true",
            "expected a date in quotes",
        ),
        (
            "summit.toml",
            "participants = [\"japan\", \"kazakhstan\"]",
            "participants = \"japan\"",
            "invalid type",
        ),
        (
            "countries.toml",
            "summary = \"Host of the Dialogue.\"",
            "summary = { text = \"Host\" }",
            "invalid type",
        ),
    ];
    for (file, from, to, message) in cases {
        let copy = DataCopy::minimal();
        copy.replace(file, from, to);
        let errors = errors_in(&copy, file);
        assert!(
            errors.iter().any(|e| e.message.contains(message)),
            "{file}: {errors:#?}"
        );
    }
    let copy = DataCopy::minimal();
    copy.replace("events.toml", "date = \"2004-08-28\"", "date = true");
    assert_check_refuses(&copy, "events.toml:3:");
}

#[test]
fn a_truncated_file_names_the_file_and_a_line_within_it() {
    for file in [
        "events.toml",
        "sources.toml",
        "countries.toml",
        "summit.toml",
    ] {
        let copy = DataCopy::minimal();
        let text = copy.read(file);
        // Cut in the middle of a line, as an interrupted copy would.
        let mut cut = text.len() / 2;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        copy.write(file, &text[..cut]);
        let errors = errors(&copy);
        assert_well_formed(&copy, &errors);
    }
    let copy = DataCopy::minimal();
    let text = copy.read("sources.toml");
    copy.write(
        "sources.toml",
        &text[..text.find("url = \"http").expect("a url") + 12],
    );
    assert_check_refuses(&copy, "sources.toml:");
}

#[test]
fn an_empty_file_of_any_kind_never_panics() {
    for file in FILES {
        let copy = DataCopy::minimal();
        copy.write(file, "");
        match copy.source().load() {
            // Files of lists may be empty, as long as nothing refers to what they held.
            Ok(_) => {}
            Err(DataErrors(errors)) => assert_well_formed(&copy, &errors),
        }
    }
    let copy = DataCopy::minimal();
    copy.write("sources.toml", "");
    let errors = errors(&copy);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("unknown source `kantei-2025`")),
        "{errors:#?}"
    );
    assert_check_refuses(&copy, "unknown source");
}

#[test]
fn duplicate_ids_name_the_second_and_point_to_the_first() {
    let copy = DataCopy::minimal();
    let mut text = copy.read("events.toml");
    text.push_str(
        "\n[[event]]\nid = \"dialogue-launch\"\ndate = \"2005-01-01\"\ntitle = \"T\"\nsummary = \"S\"\nkind = \"summit\"\nstatus = \"happened\"\nsources = [\"mofa-2004\"]\n",
    );
    copy.write("events.toml", &text);
    let errors = errors_in(&copy, "events.toml");
    let e = errors
        .iter()
        .find(|e| e.message == "duplicate event id `dialogue-launch`")
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert_eq!(e.line, 27);
    assert!(e.help.as_deref().unwrap_or("").contains("line 2"), "{e}");

    let copy = DataCopy::minimal();
    copy.replace("sources.toml", "id = \"kantei-2025\"", "id = \"mofa-2004\"");
    let errors = errors_in(&copy, "sources.toml");
    assert!(
        errors
            .iter()
            .any(|e| e.message == "duplicate source id `mofa-2004`"),
        "{errors:#?}"
    );
    assert_check_refuses(&copy, "duplicate source id");
}

#[test]
fn dangling_references_of_every_kind_are_named() {
    let cases = [
        (
            "events.toml",
            "people = [\"tokayev\"]",
            "people = [\"tokaiev\"]",
            "unknown person `tokaiev`",
        ),
        (
            "events.toml",
            "areas = [\"connectivity\"]",
            "areas = [\"conectivity\"]",
            "unknown area `conectivity`",
        ),
        (
            "summit.toml",
            "event = \"tokyo-summit-2025\"",
            "event = \"tokyo-summit-2052\"",
            "unknown event `tokyo-summit-2052`",
        ),
        (
            "summit.toml",
            "host = \"japan\"",
            "host = \"japn\"",
            "unknown country `japn`",
        ),
        (
            "countries.toml",
            "organisation = \"csto\"",
            "organisation = \"sco\"",
            "unknown organisation `sco`",
        ),
        (
            "countries.toml",
            "value = \"tokayev\"",
            "value = \"nazarbayev\"",
            "unknown person `nazarbayev`",
        ),
        (
            "people.toml",
            "country = \"kazakhstan\"",
            "country = \"atlantis\"",
            "unknown country `atlantis`",
        ),
    ];
    for (file, from, to, message) in cases {
        let copy = DataCopy::minimal();
        copy.replace(file, from, to);
        let errors = errors_in(&copy, file);
        assert!(
            errors.iter().any(|e| e.message == message && e.line > 0),
            "{file}: {errors:#?}"
        );
    }
}

#[test]
fn files_that_are_not_utf8_text_are_named() {
    // UTF-16 with a byte-order mark, as some editors save.
    let copy = DataCopy::minimal();
    let utf16: Vec<u8> = std::iter::once(0xfeff_u16)
        .chain(copy.read("areas.toml").encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(copy.path("areas.toml"), utf16).expect("write");
    let errors = errors_in(&copy, "areas.toml");
    assert!(errors[0].message.contains("not valid UTF-8"), "{errors:#?}");
    assert_eq!(errors[0].line, 1);
    assert_check_refuses(&copy, "areas.toml:1:1: error: the file is not valid UTF-8");

    // Binary noise, such as an image saved under the wrong name.
    let copy = DataCopy::minimal();
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(copy.path("people.toml"), noise).expect("write");
    errors_in(&copy, "people.toml");
}

#[test]
fn a_huge_file_is_refused_without_reading_it() {
    let copy = DataCopy::minimal();
    // Sparse: takes no disk space and no time to create.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(copy.path("events.toml"))
        .expect("open");
    file.set_len(MAX_FILE_BYTES + 1).expect("grow the file");
    drop(file);
    let errors = errors_in(&copy, "events.toml");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].message.contains("over the limit"),
        "{}",
        errors[0]
    );
    assert_check_refuses(&copy, "events.toml: error: the file is");
}

#[test]
fn deeply_nested_toml_is_an_error_not_a_stack_overflow() {
    let n = 100_000;
    let nestings = [
        format!("x = {}{}\n", "[".repeat(n), "]".repeat(n)),
        format!("x = {}1{}\n", "{a=".repeat(n), "}".repeat(n)),
        format!("{} = 1\n", vec!["a"; n].join(".")),
        format!("[{}]\n", vec!["a"; n].join(".")),
    ];
    for nesting in nestings {
        let copy = DataCopy::minimal();
        let mut text = copy.read("areas.toml");
        text.push_str(&nesting);
        copy.write("areas.toml", &text);
        errors_in(&copy, "areas.toml");
    }
    let copy = DataCopy::minimal();
    copy.write(
        "areas.toml",
        &format!("x = {}{}\n", "[".repeat(n), "]".repeat(n)),
    );
    assert_check_refuses(&copy, "areas.toml:1:");
}

/// Source URLs are links readers follow: anything but a full http(s) address is refused.
#[test]
fn odd_source_urls_are_refused() {
    for url in [
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\nscript:alert(1)",
        "javascript://example.org/%0aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/",
        "/relative/path",
        "file:///etc/passwd",
        "ftp://example.org/file",
        "https://",
        "http:evil",
        "https:/evil.example/",
        "https://evil.example/ javascript:alert(1)",
        "",
    ] {
        let copy = DataCopy::minimal();
        let escaped = url
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .replace('\t', "\\t");
        copy.replace(
            "sources.toml",
            "\"http://www.mofa.go.jp/region/europe/dialogue/press0408.html\"",
            &format!("\"{escaped}\""),
        );
        let errors = errors_in(&copy, "sources.toml");
        assert!(
            errors
                .iter()
                .any(|e| e.message.contains("not an http(s) address") && e.line == 2),
            "{url:?} was accepted: {errors:#?}"
        );
    }
}

/// What a hostile editor (or a compromised source) might put in any text of the briefing.
const PAYLOAD: &str = " <script>alert(1)</script> <img src=x onerror=alert(2)> javascript:alert(3) \" onmouseover=\"alert(4)\" ' onfocus='alert(5)' ]]> --> &amp;";

/// Keys whose values are ids, references, dates, enums or URLs: checked by the loader, not text.
const NOT_TEXT: &[&str] = &[
    "id",
    "date",
    "end",
    "as_of",
    "since",
    "updated",
    "url",
    "tier",
    "kind",
    "status",
    "host",
    "country",
    "organisation",
    "partner",
    "led_by",
    "event",
    // The change log and redirects: references to corrections and old and new ids.
    "correction",
    "from",
    "to",
];

fn poison(value: &mut toml::Value, key: &str) {
    match value {
        toml::Value::String(s) if !NOT_TEXT.contains(&key) => s.push_str(PAYLOAD),
        toml::Value::Table(table) => {
            for (k, v) in table.iter_mut() {
                // A fact's value is text, except for heads of state and government (a person
                // id) and UN votes (one of a few words).
                if k == "value" && (key.starts_with("head_of_") || key.starts_with("un_")) {
                    continue;
                }
                poison(v, k);
            }
        }
        // Lists of strings are lists of ids; lists of tables are items.
        toml::Value::Array(items) => {
            for v in items.iter_mut().filter(|v| v.is_table()) {
                poison(v, key);
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn html_and_script_in_every_text_field_are_shown_as_text() {
    let copy = DataCopy::of(&manifest_dir().join("data"));
    for file in FILES {
        let mut doc: toml::Value = toml::from_str(&copy.read(file)).expect("shipped data parses");
        poison(&mut doc, "");
        copy.write(file, &toml::to_string(&doc).expect("serialise"));
    }
    let state = match copy.source().load() {
        Ok(_) => state_of(copy.source()),
        Err(errors) => panic!("poisoned text must load (or be refused clearly):\n{errors}"),
    };
    let b = state.briefing();
    // Every pre-rendered page, and a filtered view rendered on demand.
    let mut uris = crate::html_paths(&b);
    uris.push("/timeline?country=japan&area=connectivity".to_owned());
    // And the embeds, which other sites show in their pages.
    uris.push("/embed/timeline?country=japan".to_owned());
    uris.push("/embed/countries/japan".to_owned());
    let app = summit_briefing::app(state);
    let mut shown = 0;
    for uri in &uris {
        let r = request(&app, Method::GET, uri).await;
        assert_eq!(r.status, 200, "{uri}");
        let lower = r.body.to_ascii_lowercase();
        assert!(
            !lower.contains("<script"),
            "{uri}: a script element got through"
        );
        assert!(!lower.contains("<img"), "{uri}: an element got through");
        assert!(
            !has_event_handler(&lower),
            "{uri}: an attribute got through"
        );
        assert!(
            !lower.contains("\" onmouseover"),
            "{uri}: a quote got through"
        );
        assert!(!lower.contains("' onfocus"), "{uri}: a quote got through");
        for (name, value) in attributes(&r.body) {
            let value = html_escape::decode_html_entities(&value)
                .trim()
                .to_ascii_lowercase();
            assert!(
                !value.starts_with("javascript:"),
                "{uri}: {name}=\"{value}\" is a javascript: link"
            );
            assert!(
                !(matches!(name.as_str(), "href" | "src" | "action") && value.contains('<')),
                "{uri}: {name} carries markup"
            );
        }
        // And the text is there for the reader, escaped.
        shown += html_escape::decode_html_entities(&r.body)
            .matches("<script>alert(1)</script>")
            .count();
    }
    assert!(shown > 100, "the payload is shown as text ({shown} times)");
}
