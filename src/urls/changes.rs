//! `/changes?item=…&kind=…`: the change log's filters, read and written like the timeline's.

use crate::error::{PageError, Suggestion};
use crate::i18n::Lang;
use crate::model::{Briefing, ChangeKind};

use super::{MAX_FILTER_VALUES, PageId};

/// The change log's filters: any of the items, any of the kinds, both together.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
pub struct ChangeFilter {
    /// Item ids as the log names them (`tokyo-summit-2025`, `summit`).
    pub items: Vec<String>,
    pub kinds: Vec<ChangeKind>,
}

impl ChangeFilter {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.kinds.is_empty()
    }

    pub fn write_query(&self, out: &mut String) {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for i in &self.items {
            q.append_pair("item", i);
        }
        for k in &self.kinds {
            q.append_pair("kind", k.into());
        }
        let q = q.finish();
        if !q.is_empty() {
            out.push('?');
            out.push_str(&q);
        }
    }

    /// Whether an entry about `item` of `kind` is shown.
    pub fn matches(&self, item: &str, kind: ChangeKind) -> bool {
        (self.items.is_empty() || self.items.iter().any(|i| i == item))
            && (self.kinds.is_empty() || self.kinds.contains(&kind))
    }

    /// Reads `?item=…&kind=…`; values in another case are canonicalised (the caller answers
    /// 301), an old id of a renamed item is replaced by its new one, and an unknown value is
    /// refused with the nearest known ones. Only items the log names are accepted, so the
    /// set of pages stays finite.
    pub fn parse(
        query: Option<&str>,
        b: &Briefing,
        lang: Lang,
    ) -> Result<(ChangeFilter, bool), PageError> {
        let mut f = ChangeFilter::default();
        let mut canonical = true;
        let mut count = 0;
        let known: Vec<&str> = {
            let mut k: Vec<&str> = b.changes().iter().map(|c| c.item.key()).collect();
            k.sort_unstable();
            k.dedup();
            k
        };
        for (key, raw) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            if !matches!(&*key, "item" | "kind") {
                continue;
            }
            let value = raw.trim();
            if value.is_empty() {
                continue;
            }
            count += 1;
            if count > MAX_FILTER_VALUES {
                return Err(PageError::bad_request(format!(
                    "A link to the change log can carry at most {MAX_FILTER_VALUES} filters."
                )));
            }
            let lower = value.to_lowercase();
            if lower != *raw {
                canonical = false;
            }
            if key == "kind" {
                match lower.parse::<ChangeKind>() {
                    Ok(k) => {
                        if !f.kinds.contains(&k) {
                            f.kinds.push(k);
                        }
                    }
                    Err(_) => {
                        use strum::IntoEnumIterator;
                        let all: Vec<&str> = ChangeKind::iter().map(<&str>::from).collect();
                        return Err(PageError::bad_request(format!(
                            "The change log has no kind \u{201c}{value}\u{201d}. Known kinds: {}.",
                            all.join(", ")
                        )));
                    }
                }
                continue;
            }
            let id = if known.contains(&lower.as_str()) {
                lower
            } else if let Some(new) = renamed(b, &lower).filter(|n| known.contains(&n.as_str())) {
                canonical = false;
                new
            } else {
                let mut near: Vec<(f64, &str)> = known
                    .iter()
                    .map(|k| (strsim::jaro_winkler(&lower, k), *k))
                    .filter(|(s, _)| *s >= 0.8)
                    .collect();
                near.sort_by(|a, b| b.0.total_cmp(&a.0));
                let suggestions = near
                    .iter()
                    .take(3)
                    .map(|(_, k)| Suggestion {
                        label: (*k).to_owned(),
                        href: PageId::Changes(ChangeFilter {
                            items: vec![(*k).to_owned()],
                            kinds: Vec::new(),
                        })
                        .href(lang),
                    })
                    .collect();
                return Err(PageError::BadRequest {
                    message: format!(
                        "The change log has no entry about \u{201c}{value}\u{201d}. Items it names: {}.",
                        known.join(", ")
                    ),
                    suggestions,
                });
            };
            if !f.items.contains(&id) {
                f.items.push(id);
            }
        }
        Ok((f, canonical))
    }
}

/// The new id of a renamed item, whatever its kind.
fn renamed(b: &Briefing, id: &str) -> Option<String> {
    use strum::IntoEnumIterator;
    crate::model::PageKind::iter().find_map(|k| match b.moved(k, id) {
        Some(crate::model::Moved::To(new)) => Some(new.to_owned()),
        _ => None,
    })
}
