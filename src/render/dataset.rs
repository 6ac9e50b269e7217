//! `/data/briefing.json`: the whole briefing in one JSON file, every kind of item under its
//! own key, exactly as the data files hold it (validated, events in date order), and the JSON
//! Schema it follows (`/schema/dataset.json`).

use serde::Serialize;

use crate::error::PageError;
use crate::i18n::Lang;
use crate::model::{
    Briefing, CooperationArea, Correction, Country, Organisation, Person, RivalPower, Source,
    Summit, TimelineEvent,
};
use crate::urls::{Format, PageId};

/// The dataset, borrowed from the briefing.
#[derive(Serialize)]
pub struct Dataset<'a> {
    /// The JSON Schema this file follows.
    pub schema: String,
    /// The licence of this data.
    pub licence: &'static str,
    pub summit: &'a Summit,
    pub countries: &'a [Country],
    pub organisations: &'a [Organisation],
    pub people: &'a [Person],
    pub areas: &'a [CooperationArea],
    pub powers: &'a [RivalPower],
    pub events: &'a [TimelineEvent],
    pub sources: &'a [Source],
    pub corrections: &'a [Correction],
}

pub use crate::views::data::DATA_LICENCE;

pub fn json(b: &Briefing, lang: Lang) -> Result<Vec<u8>, PageError> {
    let dataset = Dataset {
        schema: PageId::Schema("dataset").path(lang, Format::Json),
        licence: DATA_LICENCE,
        summit: &b.summit,
        countries: &b.countries,
        organisations: &b.organisations,
        people: &b.people,
        areas: &b.areas,
        powers: &b.powers,
        events: &b.events,
        sources: &b.sources,
        corrections: &b.corrections,
    };
    serde_json::to_vec_pretty(&dataset).map_err(|e| PageError::Render(e.to_string()))
}

/// A schema of one kind of item: an object with these fields of these JSON types, the first
/// of them required; further fields are allowed (the data files grow).
fn item(fields: &[(&str, &str)], required: usize) -> serde_json::Value {
    let properties: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .map(|(name, kind)| {
            let schema = match *kind {
                "slug" => serde_json::json!({"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}),
                "date" => serde_json::json!({"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}),
                "slugs" => serde_json::json!({"type": "array", "items": {"type": "string"}}),
                other => serde_json::json!({"type": other}),
            };
            ((*name).to_owned(), schema)
        })
        .collect();
    let required: Vec<&str> = fields.iter().take(required).map(|(n, _)| *n).collect();
    serde_json::json!({"type": "object", "required": required, "properties": properties})
}

/// The JSON Schema of `/data/briefing.json`.
pub fn schema() -> serde_json::Value {
    let list = |fields: &[(&str, &str)], required: usize| serde_json::json!({"type": "array", "items": item(fields, required)});
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "The whole briefing",
        "type": "object",
        "required": ["licence", "summit", "countries", "organisations", "people", "areas",
                     "powers", "events", "sources", "corrections"],
        "properties": {
            "schema": {"type": "string"},
            "licence": {"type": "string", "format": "uri"},
            "summit": item(&[("id", "slug"), ("name", "string"), ("short_name", "string"),
                             ("lede", "string"), ("host", "slug"), ("participants", "slugs"),
                             ("updated", "date"), ("sources", "slugs")], 8),
            "countries": list(&[("id", "slug"), ("name", "string"), ("summary", "string"),
                                ("sources", "slugs"), ("memberships", "array"),
                                ("relations", "array")], 4),
            "organisations": list(&[("id", "slug"), ("short_name", "string"), ("name", "string"),
                                    ("sources", "slugs")], 4),
            "people": list(&[("id", "slug"), ("name", "string"), ("role", "string"),
                             ("sources", "slugs")], 4),
            "areas": list(&[("id", "slug"), ("name", "string"), ("article_name", "string"),
                            ("summary", "string"), ("sources", "slugs"), ("plans", "array")], 5),
            "powers": list(&[("id", "slug"), ("name", "string"), ("format", "string"),
                             ("summary", "string"), ("offer", "object"), ("sources", "slugs"),
                             ("levers", "array")], 6),
            "events": list(&[("id", "slug"), ("date", "date"), ("title", "string"),
                             ("summary", "string"), ("kind", "string"), ("status", "string"),
                             ("sources", "slugs"), ("countries", "slugs"), ("areas", "slugs"),
                             ("powers", "slugs"), ("people", "slugs")], 7),
            "sources": list(&[("id", "slug"), ("title", "string"), ("publisher", "string"),
                              ("url", "string"), ("tier", "string"), ("language", "string")], 6),
            "corrections": list(&[("id", "slug"), ("original", "string"),
                                  ("corrected", "string"), ("explanation", "string"),
                                  ("sources", "slugs")], 5)
        }
    })
}
