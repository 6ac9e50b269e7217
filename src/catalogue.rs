//! The words of the interface in each language: one Project Fluent catalogue per edition
//! (`src/catalogue/{en,ja,ru}.ftl`), compiled into the binary and parsed the first time a
//! page of that edition asks for a word. `Ui` in the `i18n` module is the way in; this module knows
//! languages only by their BCP 47 code, so that it depends on nothing else in the crate.
//!
//! A message missing from a translation falls back to English, and one missing from English
//! shows its id: a page is never lost to a missing word. The tests make sure neither happens.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// The catalogues, by language code, English (the reference and the fallback) first.
pub const SOURCES: [(&str, &str); 3] = [
    ("en", include_str!("catalogue/en.ftl")),
    ("ja", include_str!("catalogue/ja.ftl")),
    ("ru", include_str!("catalogue/ru.ftl")),
];

/// One language's catalogue, parsed.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// Every message that takes no variable, formatted once, so that labels can be handed
    /// out as `&'static str`.
    plain: HashMap<String, String>,
    /// What the parser refused, for the tests (a page still gets every message it could read).
    errors: Vec<String>,
}

fn load(code: &str, source: &str) -> Catalogue {
    let mut errors = Vec::new();
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, errs)| {
        errors.extend(errs.iter().map(|e| format!("{code}.ftl: {e:?}")));
        res
    });
    let locale = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Pages are HTML with `lang` set: the bidi isolation marks Fluent puts around
    // placeables by default would only show up as stray characters in copied text.
    bundle.set_use_isolating(false);
    let ids: Vec<String> = message_ids(&resource).map(str::to_owned).collect();
    if let Err(errs) = bundle.add_resource(resource) {
        errors.extend(errs.iter().map(|e| format!("{code}.ftl: {e:?}")));
    }
    let mut plain = HashMap::new();
    for id in ids {
        let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errs = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errs);
        if errs.is_empty() {
            plain.insert(id, text.into_owned());
        }
    }
    Catalogue {
        bundle,
        plain,
        errors,
    }
}

fn message_ids(resource: &FluentResource) -> impl Iterator<Item = &str> {
    resource.entries().filter_map(|e| match e {
        ast::Entry::Message(m) => Some(m.id.name),
        _ => None,
    })
}

fn catalogue(code: &str) -> &'static Catalogue {
    static LOADED: [OnceLock<Catalogue>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = SOURCES.iter().position(|(c, _)| *c == code).unwrap_or(0);
    LOADED[i].get_or_init(|| load(SOURCES[i].0, SOURCES[i].1))
}

/// A message without variables, in the language `code`; English where the language lacks
/// it, and the id itself where English lacks it too.
pub fn text(code: &str, id: &str) -> &'static str {
    for c in [catalogue(code), catalogue("en")] {
        if let Some(t) = c.plain.get(id) {
            return t;
        }
    }
    tracing::warn!("catalogue message {id} is missing");
    missing(id)
}

/// The id of a missing message, kept for the life of the process so that it can be lent
/// out like any label.
fn missing(id: &str) -> &'static str {
    static SEEN: OnceLock<std::sync::Mutex<BTreeSet<&'static str>>> = OnceLock::new();
    let mut seen = SEEN
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(s) = seen.get(id) {
        return s;
    }
    let s: &'static str = Box::leak(id.to_owned().into_boxed_str());
    seen.insert(s);
    s
}

/// A message with its variables (numbers select the plural form), in the language `code`,
/// falling back to English like [`text`].
pub fn format(code: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for c in [catalogue(code), catalogue("en")] {
        if let Some(pattern) = c.bundle.get_message(id).and_then(|m| m.value()) {
            let mut errs = Vec::new();
            let out = c
                .bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errs);
            if !errs.is_empty() {
                tracing::warn!("catalogue message {id} in {code}: {errs:?}");
            }
            return out.into_owned();
        }
    }
    tracing::warn!("catalogue message {id} is missing");
    id.to_owned()
}

/// Whether the catalogue of `code` itself (not its fallback) has the message.
pub fn has(code: &str, id: &str) -> bool {
    catalogue(code).bundle.has_message(id)
}

/// What the parser refused in the catalogue of `code`; empty when it is sound.
pub fn errors(code: &str) -> &'static [String] {
    &catalogue(code).errors
}

/// Every message of a catalogue, by id, with the names of the variables it uses (found in
/// its source, whatever plural branch they sit in).
pub fn messages(code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let source = SOURCES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, s)| s);
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_variables(p, &mut vars);
            }
            out.insert(m.id.name.to_owned(), vars);
        }
    }
    out
}

/// The English message of every id, formatted without variables where it takes none.
pub fn plain_messages(code: &str) -> Vec<(&'static str, &'static str)> {
    let c = catalogue(code);
    let mut out: Vec<_> = c
        .plain
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    out.sort_unstable();
    out
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_counts_take_their_plural_form() {
        let n = |k: usize| format("ru", "count-events", &[("count", k.into())]);
        assert_eq!(n(1), "1 событие");
        assert_eq!(n(2), "2 события");
        assert_eq!(n(5), "5 событий");
        assert_eq!(n(11), "11 событий");
        assert_eq!(n(21), "21 событие");
        assert_eq!(n(22), "22 события");
    }

    #[test]
    fn placeables_carry_no_bidi_isolation_marks() {
        let s = format("en", "count-events", &[("count", 3.into())]);
        assert_eq!(s, "3 events");
        assert!(!s.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        // No catalogue defines this id: the page shows the id rather than failing.
        assert_eq!(text("ja", "no-such-message"), "no-such-message");
        assert_eq!(format("ru", "no-such-message", &[]), "no-such-message");
        // An unknown language is read as English.
        assert_eq!(text("xx", "nav-overview"), text("en", "nav-overview"));
    }
}
