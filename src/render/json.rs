//! JSON: every page's view as it is, in an envelope naming the page, and a JSON Schema for
//! each kind of view generated from the same Rust types.

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::{PageError, Suggestion};
use crate::i18n::Lang;
use crate::model::FuzzyDate;
use crate::urls::{Format, PageId};
use crate::views::{
    PageView, about, areas, changes, countries, data, overview, powers, sources, timeline,
};

use super::Target;

/// What every JSON page carries besides its view.
#[derive(Serialize, JsonSchema)]
pub struct Envelope<T> {
    pub lang: Lang,
    /// The HTML page this is the data of.
    pub page: String,
    /// The same page's absolute URL, when the public address is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub title: String,
    pub description: String,
    /// The day the briefing was last reviewed against its sources.
    pub reviewed: FuzzyDate,
    /// The state of the data this answer was made from.
    pub version: crate::model::DataVersion,
    /// The JSON Schema this answer follows.
    pub schema: String,
    #[serde(flatten)]
    pub view: T,
}

pub fn page(view: &PageView, target: &Target<'_>) -> Result<Vec<u8>, PageError> {
    let page = view.id.href(target.lang);
    let envelope = Envelope {
        lang: target.lang,
        url: target.public_url.map(|base| format!("{base}{page}")),
        page,
        title: view.title.clone(),
        description: view.description.clone(),
        reviewed: view.reviewed,
        version: view.version.clone(),
        schema: PageId::Schema(view.id.schema()).path(target.lang, Format::Json),
        view: &view.body,
    };
    serde_json::to_vec_pretty(&envelope).map_err(|e| PageError::Render(e.to_string()))
}

fn schema_of<T: JsonSchema>() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Envelope<T>)).unwrap_or_default()
}

/// The JSON Schema of the pages of one family, by its name in [`crate::urls::SCHEMAS`].
pub fn schema(name: &str) -> Option<Vec<u8>> {
    let value = match name {
        "overview" => schema_of::<overview::OverviewView>(),
        "brief" => schema_of::<crate::views::brief::BriefView>(),
        "timeline" => schema_of::<timeline::TimelineView>(),
        "event" => schema_of::<timeline::EventView>(),
        "countries" => schema_of::<countries::CountriesView>(),
        "country" => schema_of::<countries::CountryView>(),
        "areas" => schema_of::<areas::AreasView>(),
        "area" => schema_of::<areas::AreaView>(),
        "powers" => schema_of::<powers::PowersView>(),
        "power" => schema_of::<powers::PowerView>(),
        "sources" => schema_of::<sources::SourcesView>(),
        "people" => schema_of::<about::PeopleView>(),
        "about" => schema_of::<about::AboutView>(),
        "data" => schema_of::<data::DataView>(),
        "search" => schema_of::<crate::views::search::SearchView>(),
        "changes" => schema_of::<changes::ChangesView>(),
        "dataset" => super::dataset::schema(),
        _ => return None,
    };
    serde_json::to_vec_pretty(&value).ok()
}

/// An error as JSON: `{"error": {"status": 404, "message": "…", "suggestions": […]}}`.
pub fn error(status: u16, error: &PageError) -> Vec<u8> {
    #[derive(Serialize)]
    struct Error<'a> {
        status: u16,
        message: &'a str,
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        suggestions: &'a [Suggestion],
    }
    let body = serde_json::json!({
        "error": Error { status, message: error.message(), suggestions: error.suggestions() }
    });
    serde_json::to_vec_pretty(&body).unwrap_or_else(|_| b"{\"error\":{}}".to_vec())
}
