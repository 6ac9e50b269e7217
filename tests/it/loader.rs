//! Broken data: each kind of error names its file, line and column, says what is wrong and
//! how to fix it, and every error is reported at once.

use summit_briefing::model::{DataError, DataErrors};

use crate::DataCopy;

fn errors(copy: &DataCopy) -> Vec<DataError> {
    match copy.source().load() {
        Ok(_) => panic!("broken data must not load"),
        Err(DataErrors(errors)) => errors,
    }
}

fn only_error(copy: &DataCopy) -> DataError {
    let mut errors = errors(copy);
    assert_eq!(errors.len(), 1, "expected exactly one error: {errors:#?}");
    errors.remove(0)
}

fn assert_at(e: &DataError, file: &str, line: usize) {
    assert!(
        e.file.ends_with(file),
        "error in {} but expected {file}: {e}",
        e.file
    );
    assert_eq!(e.line, line, "wrong line for: {e}");
}

#[test]
fn the_minimal_fixture_loads() {
    let b = DataCopy::minimal()
        .source()
        .load()
        .expect("fixture is valid");
    assert_eq!(b.events.len(), 2);
    assert_eq!(
        b.events[0].id.as_str(),
        "dialogue-launch",
        "events are sorted by date"
    );
}

#[test]
fn toml_syntax_error_names_line_and_column() {
    let copy = DataCopy::minimal();
    copy.replace(
        "areas.toml",
        "name = \"Connectivity\"",
        "name = \"Connectivity",
    );
    let e = only_error(&copy);
    assert_at(&e, "areas.toml", 3);
    assert!(e.column > 1, "{e}");
    assert!(
        e.help.as_deref().unwrap_or("").contains("data/README.md"),
        "{e}"
    );
}

#[test]
fn wrong_type_is_reported_with_the_expected_type() {
    let copy = DataCopy::minimal();
    copy.replace(
        "events.toml",
        "title = \"The Dialogue is launched in Astana\"",
        "title = 2004",
    );
    let e = only_error(&copy);
    assert_at(&e, "events.toml", 4);
    assert!(
        e.message
            .contains("invalid type: integer `2004`, expected a string"),
        "{e}"
    );
}

#[test]
fn unknown_enum_value_lists_the_valid_ones() {
    let copy = DataCopy::minimal();
    copy.replace("sources.toml", "tier = \"official\"", "tier = \"oficial\"");
    let e = only_error(&copy);
    assert_at(&e, "sources.toml", 7);
    assert!(
        e.message.contains("oficial") && e.message.contains("major-news"),
        "{e}"
    );
}

#[test]
fn missing_required_field_is_named() {
    let copy = DataCopy::minimal();
    copy.replace("people.toml", "name = \"Kassym-Jomart Tokayev\"\n", "");
    let e = only_error(&copy);
    assert!(e.message.contains("missing field `name`"), "{e}");
    assert_at(&e, "people.toml", 1);
}

#[test]
fn misspelt_field_is_refused_not_ignored() {
    let copy = DataCopy::minimal();
    copy.replace("areas.toml", "article_name", "article_nme");
    let e = only_error(&copy);
    assert!(e.message.contains("unknown field `article_nme`"), "{e}");
    assert_at(&e, "areas.toml", 4);
}

#[test]
fn duplicate_id_points_at_the_second_and_names_the_first() {
    let copy = DataCopy::minimal();
    copy.replace(
        "events.toml",
        "id = \"tokyo-summit-2025\"",
        "id = \"dialogue-launch\"",
    );
    let errors = errors(&copy);
    let e = errors
        .iter()
        .find(|e| e.message.contains("duplicate event id `dialogue-launch`"))
        .unwrap_or_else(|| panic!("no duplicate error in {errors:#?}"));
    assert_at(e, "events.toml", 13);
    assert!(e.help.as_deref().unwrap_or("").contains("line 2"), "{e}");
}

#[test]
fn unknown_reference_suggests_the_nearest_id() {
    let copy = DataCopy::minimal();
    copy.replace(
        "events.toml",
        "countries = [\"japan\", \"kazakhstan\"]\nsources = [\"mofa-2004\"]",
        "countries = [\"japan\", \"kazakstan\"]\nsources = [\"mofa-2004\"]",
    );
    let e = only_error(&copy);
    assert_at(&e, "events.toml", 9);
    assert_eq!(e.column, 23);
    assert_eq!(e.message, "unknown country `kazakstan`");
    assert_eq!(e.help.as_deref(), Some("did you mean `kazakhstan`?"));
}

#[test]
fn citing_a_missing_source_is_an_error() {
    let copy = DataCopy::minimal();
    copy.replace(
        "areas.toml",
        "sources = [\"kantei-2025\"]",
        "sources = [\"kantei-2052\"]",
    );
    let e = only_error(&copy);
    assert_at(&e, "areas.toml", 6);
    assert_eq!(e.message, "unknown source `kantei-2052`");
    assert_eq!(e.help.as_deref(), Some("did you mean `kantei-2025`?"));
}

#[test]
fn a_fact_without_a_source_is_refused() {
    let copy = DataCopy::minimal();
    copy.replace("people.toml", "sources = [\"kantei-2025\"]", "sources = []");
    let e = only_error(&copy);
    assert_at(&e, "people.toml", 6);
    assert!(e.message.contains("no source given"), "{e}");
}

#[test]
fn an_impossible_date_is_refused() {
    let copy = DataCopy::minimal();
    copy.replace(
        "events.toml",
        "date = \"2004-08-28\"",
        "date = \"2023-02-29\"",
    );
    let e = only_error(&copy);
    assert_at(&e, "events.toml", 3);
    assert!(e.message.contains("February 2023 has no day 29"), "{e}");
}

#[test]
fn an_unquoted_date_gets_a_hint() {
    let copy = DataCopy::minimal();
    copy.replace("events.toml", "date = \"2004-08-28\"", "date = 2004-08-28");
    let e = only_error(&copy);
    assert_at(&e, "events.toml", 3);
    assert!(e.message.contains("expected a date in quotes"), "{e}");
}

#[test]
fn an_event_ending_before_it_starts_is_refused() {
    let copy = DataCopy::minimal();
    copy.replace(
        "events.toml",
        "end = \"2025-12-20\"",
        "end = \"2025-12-18\"",
    );
    let e = only_error(&copy);
    assert_at(&e, "events.toml", 13);
    assert!(
        e.message
            .contains("ends (2025-12-18) on or before it starts"),
        "{e}"
    );
}

#[test]
fn only_http_urls_are_accepted_for_sources() {
    let copy = DataCopy::minimal();
    copy.replace(
        "sources.toml",
        "http://www.mofa.go.jp/region/europe/dialogue/press0408.html",
        "javascript:alert(1)",
    );
    let e = only_error(&copy);
    assert_at(&e, "sources.toml", 2);
    assert!(e.message.contains("not an http(s) address"), "{e}");
}

#[test]
fn source_urls_with_credentials_are_refused() {
    for url in [
        "https://user:secret@www.mofa.go.jp/region/europe/dialogue/press0408.html",
        "https://user@www.mofa.go.jp/region/europe/dialogue/press0408.html",
    ] {
        let copy = DataCopy::minimal();
        copy.replace(
            "sources.toml",
            "http://www.mofa.go.jp/region/europe/dialogue/press0408.html",
            url,
        );
        let e = only_error(&copy);
        assert_at(&e, "sources.toml", 2);
        assert!(e.message.contains("user name or password"), "{url}: {e}");
    }
}

#[test]
fn a_source_nothing_cites_is_reported() {
    let copy = DataCopy::minimal();
    let mut text = copy.read("sources.toml");
    text.push_str(
        "\n[[source]]\nid = \"orphan\"\ntitle = \"T\"\npublisher = \"P\"\nurl = \"https://example.org/\"\ntier = \"secondary\"\n",
    );
    copy.write("sources.toml", &text);
    let e = only_error(&copy);
    assert_at(&e, "sources.toml", 18);
    assert!(e.message.contains("source `orphan` is not cited"), "{e}");
}

#[test]
fn a_malformed_id_is_refused() {
    let copy = DataCopy::minimal();
    copy.replace(
        "areas.toml",
        "id = \"connectivity\"",
        "id = \"Connectivity Area\"",
    );
    let errors = errors(&copy);
    assert!(
        errors.iter().any(|e| e
            .message
            .contains("`Connectivity Area` is not a valid area id")
            && e.line == 2),
        "{errors:#?}"
    );
}

#[test]
fn every_error_is_reported_at_once_across_files() {
    let copy = DataCopy::minimal();
    copy.replace(
        "people.toml",
        "country = \"kazakhstan\"",
        "country = \"kazakhstn\"",
    );
    copy.replace(
        "events.toml",
        "people = [\"tokayev\"]",
        "people = [\"tokaev\"]",
    );
    copy.replace("areas.toml", "sources = [\"kantei-2025\"]", "sources = []");
    let errors = errors(&copy);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    let files: Vec<&str> = errors
        .iter()
        .map(|e| e.file.rsplit('/').next().unwrap_or(""))
        .collect();
    assert_eq!(files, ["areas.toml", "events.toml", "people.toml"]);
}

#[test]
fn syntax_errors_in_several_files_are_all_reported() {
    let copy = DataCopy::minimal();
    copy.write("powers.toml", "[[power]\n");
    copy.write("corrections.toml", "[[correction]]\nid = \n");
    let errors = errors(&copy);
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn an_empty_file_is_reported_as_missing_fields() {
    let copy = DataCopy::minimal();
    copy.write("summit.toml", "");
    let e = only_error(&copy);
    assert!(e.file.ends_with("summit.toml"));
    assert!(e.message.contains("missing field `id`"), "{e}");
}

#[test]
fn a_missing_file_is_named_with_the_list_of_files() {
    let copy = DataCopy::minimal();
    std::fs::remove_file(copy.path("people.toml")).expect("remove");
    let e = only_error(&copy);
    assert!(e.file.ends_with("people.toml"));
    assert_eq!(e.line, 0);
    assert!(
        e.help
            .as_deref()
            .unwrap_or("")
            .contains("summit.toml, sources.toml"),
        "{e}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_line() {
    let copy = DataCopy::minimal();
    let mut bytes = b"[[area]]\nid = \"connectivity\"\nname = \"Conn".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(b"\"\n");
    std::fs::write(copy.path("areas.toml"), bytes).expect("write");
    let e = only_error(&copy);
    assert_at(&e, "areas.toml", 3);
    assert!(e.message.contains("not valid UTF-8"), "{e}");
}

#[test]
fn errors_print_as_file_line_column_with_help() {
    let copy = DataCopy::minimal();
    copy.replace(
        "people.toml",
        "country = \"kazakhstan\"",
        "country = \"kazakhstn\"",
    );
    let e = only_error(&copy);
    let shown = e.to_string();
    assert!(
        shown.contains("people.toml:5:11: error: unknown country `kazakhstn`"),
        "{shown}"
    );
    assert!(
        shown.contains("\n  help: did you mean `kazakhstan`?"),
        "{shown}"
    );
}

#[test]
fn a_review_date_after_the_briefings_own_is_refused() {
    let copy = DataCopy::minimal();
    copy.replace(
        "events.toml",
        "sources = [\"mofa-2004\"]",
        "sources = [\"mofa-2004\"]\nreviewed = { date = \"2027-01-01\" }",
    );
    let e = only_error(&copy);
    assert_at(&e, "events.toml", 2);
    assert!(
        e.message
            .contains("event `dialogue-launch` was reviewed on 2027-01-01"),
        "{e}"
    );
}

#[test]
fn a_source_both_dated_and_undated_is_refused() {
    let copy = DataCopy::minimal();
    copy.replace(
        "sources.toml",
        "date = \"2004-08\"",
        "date = \"2004-08\"\nundated = true",
    );
    let e = only_error(&copy);
    assert_at(&e, "sources.toml", 2);
    assert!(
        e.message.contains("has a `date` and `undated = true`"),
        "{e}"
    );
}

#[test]
fn a_reviewed_briefing_needs_review_dates_and_source_dates() {
    let copy = DataCopy::minimal();
    copy.replace(
        "summit.toml",
        "updated = \"2026-11-28\"",
        "updated = \"2026-11-28\"\nsources_until = { date = \"2026-03\" }",
    );
    copy.replace("sources.toml", "date = \"2004-08\"\n", "");
    let errors = errors(&copy);
    let undated = errors
        .iter()
        .find(|e| {
            e.message
                .contains("has neither a `date` nor `undated = true`")
        })
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert_at(undated, "sources.toml", 2);
    assert!(undated.message.contains("`mofa-2004`"), "{undated}");
    let unreviewed = errors
        .iter()
        .find(|e| e.message == "event `tokyo-summit-2025` has no `reviewed` date")
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert!(
        unreviewed
            .help
            .as_deref()
            .unwrap_or("")
            .contains("reviewed = { date = \"2026-11-28\" }"),
        "{unreviewed}"
    );
}

#[test]
fn a_document_link_must_be_the_address_of_a_cited_source() {
    let copy = DataCopy::minimal();
    let mut text = copy.read("summit.toml");
    text.push_str(
        "\n[[documents]]\ntitle = \"Tokyo Declaration\"\nsummary = \"S\"\nsources = [\"kantei-2025\"]\nurl = \"https://example.org/declaration\"\n",
    );
    copy.write("summit.toml", &text);
    let e = only_error(&copy);
    assert!(e.file.ends_with("summit.toml"), "{e}");
    assert!(
        e.message.contains(
            "links https://example.org/declaration, which is not the address of any source it cites"
        ),
        "{e}"
    );
}
