//! `/data/briefing.json`: the whole briefing in one JSON file, every kind of item under its
//! own key, exactly as the data files hold it (validated, events in date order).

use serde::Serialize;

use crate::error::PageError;
use crate::model::{
    Briefing, CooperationArea, Correction, Country, Organisation, Person, RivalPower, Source,
    Summit, TimelineEvent,
};

/// The dataset, borrowed from the briefing.
#[derive(Serialize)]
pub struct Dataset<'a> {
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

pub fn json(b: &Briefing) -> Result<Vec<u8>, PageError> {
    let dataset = Dataset {
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
