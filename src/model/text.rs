//! Characters a data file's text may not hold: controls that no reader sees but that change
//! how text is shown or parsed (NUL, escape sequences, bidirectional overrides, JavaScript's line
//! separators). `check` refuses them, naming each one and where it is; the renderers also
//! replace any that reach them, as a second line of defence.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::error::{DataError, TextFile};

/// Why `c` may not appear in data text, or `None` when it may. Tab and line breaks are fine.
pub fn forbidden(c: char) -> Option<&'static str> {
    match c {
        '\t' | '\n' | '\r' => None,
        '\u{0}'..='\u{1f}' | '\u{7f}' => Some("a control character"),
        '\u{80}'..='\u{9f}' => Some("a C1 control character"),
        '\u{2028}' | '\u{2029}' => Some("a Unicode line or paragraph separator"),
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Some("a bidirectional override, which can make text read differently from what it says")
        }
        _ => None,
    }
}

/// Every forbidden character in the strings of `file`, one error each (at most one per string),
/// pointing at the character itself when it is written raw, or at the string when it is escaped
/// (`"\u0000"`). A file that does not parse is left to the parser's own error.
pub fn forbidden_characters(file: &TextFile) -> Vec<DataError> {
    let mut errors = Vec::new();
    if !may_hold_forbidden(&file.text) {
        return errors;
    }
    if let Ok(root) = DeTable::parse(&file.text) {
        table(file, root.get_ref(), &mut errors);
    }
    errors
}

/// Whether a string of the TOML `text` may hold a [`forbidden`] character: a string holds what
/// the file holds raw or writes as an escape, so a file without such an escape and without the
/// UTF-8 bytes of a forbidden character has none, and need not be parsed again to know it.
/// The escapes `\"`, `\\`, `\n`, `\t` and `\r` (the data's quotes) cannot write one; any other
/// backslash (`\u0000`, `\b`, `\e`, `\x1b`, or one in a literal string) may.
fn may_hold_forbidden(text: &str) -> bool {
    let b = text.as_bytes();
    let at = |i: usize| match b[i] {
        b'\\' => !matches!(b.get(i + 1), Some(b'"' | b'\\' | b'n' | b't' | b'r')),
        0x7f => true,
        x @ 0x00..=0x1f => !matches!(x, b'\t' | b'\n' | b'\r'),
        // U+0080..=U+009F
        0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
        // U+2028..=U+202E, U+2066..=U+2069
        0xe2 => matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0xa8..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    };
    // First a look for the bytes that may start one, 64 at a time without a branch (the
    // compiler vectorises it); then the exact test, in the few blocks that have one.
    let suspect = |x: u8| {
        (x < 0x20 && x != b'\t' && x != b'\n' && x != b'\r')
            | (x == b'\\')
            | (x == 0x7f)
            | (x == 0xc2)
            | (x == 0xe2)
    };
    b.chunks(64).enumerate().any(|(n, block)| {
        block.iter().fold(false, |seen, &x| seen | suspect(x))
            && (n * 64..n * 64 + block.len()).any(at)
    })
}

fn table(file: &TextFile, t: &DeTable<'_>, errors: &mut Vec<DataError>) {
    for value in t.values() {
        walk(file, value, errors);
    }
}

fn walk(file: &TextFile, value: &Spanned<DeValue<'_>>, errors: &mut Vec<DataError>) {
    match value.get_ref() {
        DeValue::String(s) => {
            if let Some((c, why)) = s.chars().find_map(|c| forbidden(c).map(|why| (c, why))) {
                let span = value.span();
                let raw = file.text.get(span.clone()).unwrap_or_default();
                let at = raw.find(c).map_or(span.start, |i| span.start + i);
                errors.push(file.error(
                    at..at,
                    format!("the text holds U+{:04X}, {why}", c as u32),
                    Some(
                        "delete it (it is invisible in most editors); write a line break or a space instead if one was meant"
                            .into(),
                    ),
                ));
            }
        }
        DeValue::Array(items) => {
            for item in items {
                walk(file, item, errors);
            }
        }
        DeValue::Table(t) => table(file, t, errors),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<DataError> {
        forbidden_characters(&TextFile {
            path: "data/events.toml".into(),
            text: text.into(),
        })
    }

    #[test]
    fn the_quick_look_misses_no_forbidden_character() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("a = \"x{c}y\"");
            if forbidden(c).is_some() {
                assert!(may_hold_forbidden(&text), "U+{:04X}", c as u32);
            } else if c != '\\' {
                assert!(!may_hold_forbidden(&text), "U+{:04X} looked at", c as u32);
            }
        }
        assert!(may_hold_forbidden("a = \"\\u0000\""));
        for escape in ["\\b", "\\f", "\\e", "\\x1b", "\\U0000202E", "\\\\\\u2028"] {
            assert!(
                may_hold_forbidden(&format!("a = \"x{escape}\"")),
                "{escape}"
            );
        }
        assert!(
            may_hold_forbidden("a = 'x\\"),
            "a backslash that ends the file"
        );
        // Escaped quotes and line breaks write nothing forbidden.
        assert!(!may_hold_forbidden("a = \"say \\\"hi\\\"\\n\\tthen\\r\"\n"));
        assert!(!may_hold_forbidden(
            "a = \"«Центральная Азия + Япония» 中央アジア＋日本…\"\n"
        ));
    }

    #[test]
    fn refuses_escaped_and_raw_controls_with_their_place() {
        let e = errors("[[event]]\nid = \"a\"\ntitle = \"bad \\u0000 nul\"\n");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].line, e[0].column), (3, 9));
        assert!(e[0].message.contains("U+0000"), "{}", e[0].message);

        let e = errors("[[event]]\nsummary = \"one\u{2028}two\"\nx = [\"\u{202e}evil\"]\n");
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!((e[0].line, e[0].column), (2, 15));
        assert!(e[0].message.contains("U+2028"));
        assert_eq!((e[1].line, e[1].column), (3, 7));
        assert!(e[1].message.contains("bidirectional"));

        let e = errors("[x]\nnote = \"\"\"\nA paragraph,\r\n\tand the next.\"\"\"\nn = 3\n");
        assert!(e.is_empty(), "{e:?}");
    }
}
