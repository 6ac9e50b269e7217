//! Translation overlays in data directories (`<dir>/ja/*.toml`): the translator's round trip
//! through `translations` and `check`, the completeness rule for an edition whose directory
//! exists, stale translations after an English edit, glossary errors, and reloads.

use std::process::{Command, Output};

use summit_briefing::model::{DataError, DataErrors, localize, text_hash};
use summit_briefing::reload::Reloader;
use summit_briefing::{AppState, ReloadStatus};

use crate::{DataCopy, state_of};

const TITLE_PATH: &str = "event.dialogue-launch.title";
const OLD_TITLE: &str = "The Dialogue is launched in Astana";

const GLOSSARY: &str = r#"[[terms]]
id = "dialogue"
en = "Central Asia + Japan Dialogue"
text = "（試験用）対話"
kind = "official"
source = { title = "Test page", publisher = "Test publisher", url = "https://example.org/dialogue" }
"#;

fn run(args: &[&str], copy: &DataCopy) -> Output {
    Command::new(env!("CARGO_BIN_EXE_summit-briefing"))
        .args(args)
        .arg("--data")
        .arg(copy.dir.path())
        .output()
        .expect("run summit-briefing")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// What a translator does: takes the blocks `translations <lang> --missing` prints, fills
/// each `text`, and saves each file's blocks as `<lang>/<file>.toml`, with a glossary.
fn translate_everything(copy: &DataCopy, lang: &str) -> usize {
    let out = run(&["translations", lang, "--missing"], copy);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    std::fs::create_dir_all(copy.path(lang)).expect("create the edition's directory");
    let mut filled = 0;
    for part in text.split("### ").skip(1) {
        let (name, blocks) = part.split_once('\n').expect("a file name line");
        let blocks = blocks
            .lines()
            .map(|line| {
                if line == "text = \"\"" {
                    filled += 1;
                    format!("text = \"（試験訳 {filled}）\"")
                } else {
                    line.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(copy.path(lang).join(name), blocks).expect("write an overlay");
    }
    std::fs::write(copy.path(lang).join("glossary.toml"), GLOSSARY).expect("write a glossary");
    filled
}

fn overlay_errors(copy: &DataCopy) -> Vec<DataError> {
    match copy.source().load_overlays() {
        Ok(_) => panic!("the overlays must be refused"),
        Err(DataErrors(errors)) => errors,
    }
}

/// The 1-based line of the first line of `file` that contains `needle`.
fn line_of(file: &str, needle: &str) -> usize {
    file.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not found"))
        + 1
}

#[test]
fn without_an_edition_directory_nothing_is_required() {
    let copy = DataCopy::minimal();
    let overlays = copy
        .source()
        .load_overlays()
        .expect("no overlays, no errors");
    assert!(!overlays.is_present("ja"));
    assert_eq!(overlays.counts("ja"), (0, 31));
    assert!(overlays.glossary("ja").is_empty());
    let out = run(&["check"], &copy);
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("ja: no ja/ directory: the edition is not checked for completeness"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_translator_fills_the_tools_blocks_and_check_passes() {
    let copy = DataCopy::minimal();
    assert_eq!(translate_everything(&copy, "ja"), 31);
    let out = run(&["check"], &copy);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout(&out).contains("ja: 31 of 31 fields translated, glossary of 1 terms"),
        "{}",
        stdout(&out)
    );
    let overlays = copy
        .source()
        .load_overlays()
        .expect("complete overlays load");
    assert_eq!(overlays.glossary("ja")[0].text, "（試験用）対話");
    // Nothing left to translate.
    let out = run(&["translations", "ja", "--missing", "--stale"], &copy);
    assert!(!stdout(&out).contains("en = "), "{}", stdout(&out));

    // The translated copy of the briefing carries them.
    let base = copy.source().load().expect("English loads");
    let ja = localize(&base, &overlays, "ja");
    let title = &ja.event("dialogue-launch").expect("same id").title;
    assert!(title.starts_with("（試験訳 "), "{title}");
    assert_eq!(
        base.event("dialogue-launch").expect("event").title,
        OLD_TITLE
    );
}

#[test]
fn an_english_edit_makes_its_translation_stale_with_file_line_and_new_hash() {
    let copy = DataCopy::minimal();
    translate_everything(&copy, "ja");
    let new_title = "The Dialogue opens in Astana";
    copy.replace("events.toml", OLD_TITLE, new_title);
    let errors = overlay_errors(&copy);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let e = &errors[0];
    let overlay = copy.read("ja/events.toml");
    assert!(e.file.ends_with("ja/events.toml"), "{e}");
    assert_eq!(
        e.line,
        line_of(&overlay, &format!("[\"{TITLE_PATH}\"]")) + 1,
        "points at `en`: {e}"
    );
    let new_hash = text_hash(new_title);
    assert!(e.message.contains("stale"), "{e}");
    assert!(e.message.contains(&new_hash), "{e}");
    assert!(e.help.as_deref().unwrap_or("").contains(new_title), "{e}");

    // The stale one, and only it, comes out of `translations --stale`, ready to fill again.
    let out = stdout(&run(&["translations", "ja", "--stale"], &copy));
    assert_eq!(out.matches("\nen = ").count(), 1, "{out}");
    assert!(
        out.contains(&format!(
            "[\"{TITLE_PATH}\"]\nen = \"{new_hash}\"\ntext = \"\""
        )),
        "{out}"
    );
    assert!(out.contains(&format!("# stale: {new_title}")), "{out}");

    // `check` fails with it, as file:line:column.
    let out = run(&["check"], &copy);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("ja/events.toml:{}:", e.line)),
        "{stderr}"
    );
}

#[test]
fn an_edition_directory_makes_every_field_required() {
    let copy = DataCopy::minimal();
    std::fs::create_dir(copy.path("ja")).expect("mkdir ja");
    copy.write("ja/glossary.toml", GLOSSARY);
    copy.write(
        "ja/events.toml",
        &format!(
            "[\"{TITLE_PATH}\"]\nen = \"{}\"\ntext = \"（試験訳）\"\n",
            text_hash(OLD_TITLE)
        ),
    );
    let errors = overlay_errors(&copy);
    // Each missing field of events.toml is named where its English is.
    let events = copy.read("events.toml");
    let missing: Vec<&DataError> = errors
        .iter()
        .filter(|e| e.message.starts_with("no ja translation of"))
        .collect();
    assert!(!missing.is_empty());
    assert!(missing.iter().all(|e| e.file.ends_with("/events.toml")));
    let summary = missing
        .iter()
        .find(|e| e.message.contains("`event.dialogue-launch.summary`"))
        .expect("the summary is missing");
    assert_eq!(summary.line, line_of(&events, "summary = "), "{summary}");
    assert!(
        summary
            .help
            .as_deref()
            .unwrap_or("")
            .contains("ja/events.toml"),
        "{summary}"
    );
    assert!(!missing.iter().any(|e| e.message.contains(TITLE_PATH)));
    // A whole missing file is one error, not one per field.
    let summit: Vec<&DataError> = errors
        .iter()
        .filter(|e| e.file.ends_with("ja/summit.toml"))
        .collect();
    assert_eq!(summit.len(), 1, "{summit:#?}");
    assert!(
        summit[0].message.contains("5 translatable fields"),
        "{}",
        summit[0]
    );
    // The Russian edition has no directory: nothing is required of it.
    assert!(
        !errors
            .iter()
            .any(|e| e.file.contains("/ru/") || e.message.contains(" ru "))
    );
}

#[test]
fn glossary_errors_name_the_term_and_what_to_do() {
    let copy = DataCopy::minimal();
    translate_everything(&copy, "ru");
    copy.write(
        "ru/glossary.toml",
        r#"[[terms]]
id = "Dialogue"
en = "Central Asia + Japan Dialogue"
text = "«Центральная Азия + Япония»"
kind = "official"

[[terms]]
id = "takaichi"
en = "Sanae Takaichi"
text = "Такаити Санаэ"
kind = "polivanov"
note = "Polivanov system"

[[terms]]
id = "takaichi"
en = "Takaichi"
text = "Такаити"
kind = "common"
source = { title = "T", publisher = "P", url = "ftp://example.org/x" }
"#,
    );
    let errors = overlay_errors(&copy);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let has = |line: usize, needle: &str| {
        assert!(
            errors.iter().any(|e| e.file.ends_with("ru/glossary.toml")
                && e.line == line
                && e.message.contains(needle)),
            "no error at line {line} with {needle:?}: {messages:#?}"
        );
    };
    has(1, "glossary id `Dialogue` is not a slug");
    has(1, "official but names no source");
    has(14, "glossary id `takaichi` is used twice");
    has(14, "not an http(s) address");
    assert_eq!(errors.len(), 4, "{messages:#?}");

    copy.replace(
        "ru/glossary.toml",
        "kind = \"polivanov\"",
        "kind = \"hepburn\"",
    );
    let errors = overlay_errors(&copy);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].line, 11, "{}", errors[0]);
    assert!(errors[0].message.contains("polivanov"), "{}", errors[0]);
}

#[test]
fn a_misnamed_overlay_file_is_reported_not_ignored() {
    let copy = DataCopy::minimal();
    translate_everything(&copy, "ja");
    std::fs::rename(copy.path("ja/events.toml"), copy.path("ja/event.toml")).expect("rename");
    let errors = overlay_errors(&copy);
    assert!(
        errors
            .iter()
            .any(|e| e.file.ends_with("ja/event.toml") && e.message.contains("not an overlay file")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.file.ends_with("ja/events.toml") && e.message.starts_with("missing")),
        "{errors:#?}"
    );
}

#[test]
fn a_bad_overlay_keeps_the_last_good_briefing() {
    let copy = DataCopy::minimal();
    let state: AppState = state_of(copy.source());
    let reloader = Reloader::new(state.clone(), ReloadStatus::default());
    let before = state.briefing();
    std::fs::create_dir(copy.path("ja")).expect("mkdir ja");
    copy.write(
        "ja/events.toml",
        "[\"event.dialogue-launch.title\"\nen = \"\n",
    );
    let errors = reloader
        .reload("test")
        .expect_err("a broken overlay is refused");
    assert!(
        errors
            .0
            .iter()
            .any(|e| e.file.ends_with("ja/events.toml") && e.line == 1),
        "{errors}"
    );
    assert!(
        std::sync::Arc::ptr_eq(&before, &state.briefing()),
        "the same briefing is still served"
    );
    assert!(reloader.status().report().failed.is_some());

    // Complete, correct overlays are accepted.
    std::fs::remove_dir_all(copy.path("ja")).expect("remove ja");
    translate_everything(&copy, "ja");
    reloader.reload("test").expect("good overlays reload");
    assert!(reloader.status().report().failed.is_none());
}

/// The watcher sees an overlay written into a new edition directory.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_watcher_sees_overlay_files() {
    use std::time::{Duration, Instant};
    let copy = DataCopy::minimal();
    let state = state_of(copy.source());
    let status = state.reload().clone();
    let _live = summit_briefing::reload::start(Reloader::new(state, status.clone()), true)
        .expect("start reloading");
    std::fs::create_dir(copy.path("ru")).expect("mkdir ru");
    // Let the watch of the new directory be set up before writing into it.
    tokio::time::sleep(Duration::from_millis(300)).await;
    copy.write("ru/events.toml", "not = [toml\n");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let failed = status.report().failed;
        if failed.as_ref().is_some_and(|f| {
            f.errors
                .0
                .iter()
                .any(|e| e.file.ends_with("ru/events.toml") && e.line == 1)
        }) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the overlay edit was not seen: {failed:?}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}
