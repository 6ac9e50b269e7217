//! Preview images: every page's 1200x630 card for link previews (`og:image`), drawn from an
//! SVG card (`templates/preview.svg`) with resvg.
//!
//! The card shows the briefing's name, what kind of page it is, the page's own title, its key
//! facts (an event's date, place and status; a country's leaders and role in the Dialogue; a
//! filtered timeline's filters and count) and its address, so that two pages never share an
//! image. Text is set in Noto Sans and a Noto Sans JP subset (SIL Open Font License, see
//! `assets/fonts/`), embedded in the binary and loaded into the font database once, on the
//! first card: a server that is never asked for a preview never touches them.
//!
//! Lines are broken here, by the fonts' own advance widths, because SVG 1.1 text does not wrap.

use std::sync::{Arc, OnceLock};

use askama::Template;
use resvg::{tiny_skia, usvg};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};

use super::Target;
use super::html::fact_value;
use crate::error::PageError;
use crate::model::FactKind;
use crate::views::{Body, PageView};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Left and right margin of the card's text.
const MARGIN: f32 = 72.0;
/// Widest a line of text may be.
const MEASURE: f32 = WIDTH as f32 - 2.0 * MARGIN;

const SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const JP_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansJP-Regular.subset.ttf");
const JP_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansJP-Bold.subset.ttf");

/// The fonts as resvg sees them, loaded on the first card. The font data is borrowed from
/// the binary, not copied.
fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut options = usvg::Options::default();
        let db = options.fontdb_mut();
        for data in [SANS_REGULAR, SANS_BOLD, JP_REGULAR, JP_BOLD] {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(data)));
        }
        db.set_sans_serif_family("Noto Sans");
        options
    })
}

/// One line of the card, placed.
struct Line {
    y: f32,
    text: String,
}

#[derive(Template)]
#[template(path = "preview.svg")]
struct Card {
    width: u32,
    height: u32,
    margin: f32,
    brand: String,
    kind: String,
    title_size: f32,
    title: Vec<Line>,
    facts_size: f32,
    facts: Vec<Line>,
    address: String,
    version: String,
    version_y: f32,
}

/// What a card says, before it is laid out.
struct Content {
    kind: String,
    facts: Vec<String>,
}

/// The PNG preview of `view`; `brand` is the briefing's name.
pub fn page(view: &PageView, target: &Target<'_>, brand: &str) -> Result<Vec<u8>, PageError> {
    let svg = card(view, target, brand)
        .render()
        .map_err(|e| PageError::Render(e.to_string()))?;
    draw(&svg)
}

/// The SVG card of `view` (what [`page`] draws).
fn card(view: &PageView, target: &Target<'_>, brand: &str) -> Card {
    let content = content(view, target);
    // As large as fits: two lines at most at the largest size, three below it.
    let (title_size, title_lines) = [(68.0, 2), (60.0, 3), (52.0, 3)]
        .into_iter()
        .map(|(size, lines)| (size, wrap(&view.title, size, true, lines)))
        .find(|(_, lines)| !lines.truncated)
        .unwrap_or_else(|| (46.0, wrap(&view.title, 46.0, true, 3)));
    let mut y = 168.0 + title_size;
    let title = title_lines
        .lines
        .into_iter()
        .map(|text| {
            let line = Line { y, text };
            y += title_size * 1.18;
            line
        })
        .collect();
    let facts_size = 30.0;
    y += 16.0;
    let mut facts = Vec::new();
    // Facts fill what the title leaves, down to the footer.
    let bottom = FACTS_BOTTOM;
    for fact in &content.facts {
        let room = ((bottom - y) / (facts_size * 1.3)).floor() as usize;
        if room == 0 {
            break;
        }
        for text in wrap(fact, facts_size, false, room.min(2)).lines {
            facts.push(Line { y, text });
            y += facts_size * 1.3;
        }
    }
    let path = view.id.path(target.lang, crate::urls::Format::Html);
    let base = target.base_url();
    let host = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))
        .unwrap_or(base);
    let version = target.lang.ui().t2(
        "card-version",
        "date",
        target.lang.ui().date(&view.reviewed),
        "version",
        &view.version.hash,
    );
    // Each small line has a row of its own: the Russian version line alone is half the card
    // wide, and the address is what a reader may type.
    let address = first_line(&format!("{host}{path}"), ADDRESS_SIZE, MEASURE);
    let version = first_line(&version, VERSION_SIZE, MEASURE);
    let kind = first_line(&content.kind, KIND_SIZE, MEASURE);
    Card {
        width: WIDTH,
        height: HEIGHT,
        margin: MARGIN,
        brand: target.lang.ui().t1("brand", "name", brand),
        kind,
        title_size,
        title,
        facts_size,
        facts,
        address,
        version,
        version_y: VERSION_Y,
    }
}

/// The kind of page and its key facts.
fn content(view: &PageView, target: &Target<'_>) -> Content {
    let ui = target.lang.ui();
    let described = |kind: &str| Content {
        kind: ui.t(kind).to_owned(),
        facts: vec![view.description.clone()],
    };
    match &view.body {
        Body::Overview(_) => described("overview-eyebrow"),
        Body::Timeline(v) => {
            let mut facts = Vec::new();
            if !v.active.is_empty() {
                let filters: Vec<String> = v
                    .active
                    .iter()
                    .map(|a| {
                        let what = match a.param {
                            "power" => ui.t("legend-power"),
                            param => ui.param_label(param),
                        };
                        ui.t2("filter-chip", "param", what, "value", &a.label)
                    })
                    .collect();
                facts.push(filters.join(" \u{b7} "));
            }
            facts.push(if v.matching == v.total {
                ui.t1("card-events", "count", v.total)
            } else {
                ui.t2("card-events-of", "shown", v.matching, "total", v.total)
            });
            Content {
                kind: ui.t("timeline-heading").to_owned(),
                facts,
            }
        }
        Body::Event(v) => {
            let e = &v.event;
            let mut facts = vec![ui.span(&e.when.start, &e.when.end)];
            if let Some(venue) = &e.venue {
                facts.push(venue.clone());
            }
            facts.push(ui.t1("card-status", "status", ui.standing(&e.standing)));
            Content {
                kind: ui.event_kind(&e.kind).to_owned(),
                facts,
            }
        }
        Body::Country(v) => {
            let mut facts: Vec<String> = v
                .facts
                .iter()
                .filter(|f| matches!(f.kind, FactKind::HeadOfState | FactKind::HeadOfGovernment))
                .map(|f| {
                    ui.t2(
                        "filter-chip",
                        "param",
                        ui.fact(&f.kind),
                        "value",
                        fact_value(&ui, f),
                    )
                })
                .collect();
            if let Some(role) = &v.dialogue_role {
                facts.push(ui.t1("card-dialogue", "role", &role.text));
            }
            Content {
                kind: ui
                    .t(if v.is_host {
                        "card-host"
                    } else {
                        "card-participant"
                    })
                    .to_owned(),
                facts,
            }
        }
        Body::Area(v) => Content {
            kind: ui.t("legend-area").to_owned(),
            facts: vec![
                v.summary.clone(),
                ui.t1("card-area-events", "count", v.events.len()),
            ],
        },
        Body::Power(v) => Content {
            kind: ui.t("legend-power").to_owned(),
            facts: vec![v.format.clone(), v.offer.text.clone()],
        },
        Body::Countries(_) => described("card-participants"),
        Body::Search(_) => described("search-heading"),
        Body::Changes(_) => described("card-changes"),
        Body::Areas(_) => described("nav-areas"),
        Body::Powers(_) => described("nav-powers"),
        Body::Sources(_) => described("nav-sources"),
        Body::People(_) => described("people-heading"),
        Body::About(_) => described("nav-about"),
        Body::Data(_) => described("card-data"),
        Body::Brief(_) => described("card-brief"),
    }
}

/// The sizes (px) of the card's small lines, as `templates/preview.svg` draws them.
const KIND_SIZE: f32 = 30.0;
const ADDRESS_SIZE: f32 = 24.0;
const VERSION_SIZE: f32 = 22.0;
/// The version's baseline, right-aligned above the footer's rule (at 560).
const VERSION_Y: f32 = 548.0;
/// How far down the facts' baselines may go: a line's descent clear of the version line.
const FACTS_BOTTOM: f32 = VERSION_Y - VERSION_SIZE - 8.0;

/// The first line of `text` at `size` px within `measure`, ending in an ellipsis when cut.
fn first_line(text: &str, size: f32, measure: f32) -> String {
    wrap_in(text, size, false, 1, measure)
        .lines
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// Lines of `text` at `size` px, at most `max` of them; the last one ends in an ellipsis when
/// the text was cut.
struct Wrapped {
    lines: Vec<String>,
    truncated: bool,
}

fn wrap(text: &str, size: f32, bold: bool, max: usize) -> Wrapped {
    wrap_in(text, size, bold, max, MEASURE)
}

fn wrap_in(text: &str, size: f32, bold: bool, max: usize, measure: f32) -> Wrapped {
    let width = |s: &str| width(s, size, bold);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Words are broken at spaces; Japanese, which has none, between any two characters.
    for word in words(text) {
        let candidate = format!("{line}{word}");
        if width(candidate.trim_end()) <= measure || line.is_empty() {
            line = candidate;
            // A single word wider than the line is cut by characters.
            while width(line.trim_end()) > measure {
                let cut = fit(&line, |s| width(s) <= measure);
                let rest = line[cut..].to_owned();
                lines.push(line[..cut].trim_end().to_owned());
                line = rest;
            }
        } else {
            lines.push(line.trim_end().to_owned());
            line = word.trim_start().to_owned();
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    let truncated = lines.len() > max;
    if truncated {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let cut = fit(last, |s| width(&format!("{s}…")) <= measure);
            last.truncate(cut);
            *last = format!("{}…", last.trim_end());
        }
    }
    Wrapped { lines, truncated }
}

/// The byte length of the longest prefix of `s` (on a character boundary) that `fits`.
fn fit(s: &str, fits: impl Fn(&str) -> bool) -> usize {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let next = i + c.len_utf8();
        if !fits(&s[..next]) {
            break;
        }
        end = next;
    }
    end.max(s.chars().next().map_or(0, char::len_utf8))
}

/// `text` cut where a line may break: after spaces, and around every CJK character.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_space = false;
    for (i, c) in text.char_indices() {
        let cjk = is_cjk(c);
        if i > start && (prev_space && c != ' ' || cjk) {
            out.push(&text[start..i]);
            start = i;
        }
        prev_space = c == ' ' || cjk;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// Advance widths from the embedded fonts, for line breaking.
struct Metrics {
    sans: [skrifa::FontRef<'static>; 2],
    jp: [skrifa::FontRef<'static>; 2],
}

impl Metrics {
    fn get() -> Option<&'static Metrics> {
        static METRICS: OnceLock<Option<Metrics>> = OnceLock::new();
        METRICS
            .get_or_init(|| {
                Some(Metrics {
                    sans: [
                        skrifa::FontRef::new(SANS_REGULAR).ok()?,
                        skrifa::FontRef::new(SANS_BOLD).ok()?,
                    ],
                    jp: [
                        skrifa::FontRef::new(JP_REGULAR).ok()?,
                        skrifa::FontRef::new(JP_BOLD).ok()?,
                    ],
                })
            })
            .as_ref()
    }
}

/// The width of `text` at `size` px, without kerning (a little wider than drawn); a generous
/// guess should the embedded fonts ever fail to parse (a unit test says they do not).
fn width(text: &str, size: f32, bold: bool) -> f32 {
    let Some(m) = Metrics::get() else {
        return text.chars().count() as f32 * size;
    };
    let i = usize::from(bold);
    let fonts = [&m.sans[i], &m.jp[i]];
    let metrics = fonts.map(|f| f.glyph_metrics(Size::new(size), LocationRef::default()));
    text.chars()
        .map(|c| {
            fonts
                .iter()
                .zip(&metrics)
                .find_map(|(f, m)| f.charmap().map(c).and_then(|g| m.advance_width(g)))
                .unwrap_or(size)
        })
        .sum()
}

/// Draws an SVG card into PNG bytes.
fn draw(svg: &str) -> Result<Vec<u8>, PageError> {
    let tree = usvg::Tree::from_str(svg, options())
        .map_err(|e| PageError::Render(format!("preview card: {e}")))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT)
        .ok_or_else(|| PageError::Render("preview card: no pixmap".to_owned()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| PageError::Render(format!("preview card: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_wrap_within_the_card_and_end_in_an_ellipsis() {
        let long = "The Central Asia + Japan Dialogue summit in Tokyo adopts a joint declaration on connectivity, energy, critical minerals and the Caspian route";
        let w = wrap(long, 68.0, true, 2);
        assert!(w.truncated);
        assert_eq!(w.lines.len(), 2);
        assert!(w.lines[1].ends_with('…'));
        for line in &w.lines {
            assert!(width(line, 68.0, true) <= MEASURE, "{line}");
        }
        assert!(Metrics::get().is_some(), "the embedded fonts parse");
        let short = wrap("Kazakhstan", 68.0, true, 3);
        assert_eq!(short.lines, ["Kazakhstan"]);
        assert!(!short.truncated);
    }

    /// The kind of page, the version and the address each fit on their own row, and the
    /// facts stop above the version, on every card of every edition (the version line once
    /// shared the kind's row, and ran into a long Russian kind).
    #[test]
    fn small_lines_fit_on_their_rows_on_every_card() {
        use crate::i18n::Lang;
        use crate::urls::{Format, PageId};
        use crate::views::{Context, build};
        let b = crate::model::DataSource::Embedded.load().expect("loads");
        let mut cards = 0;
        for lang in Lang::ALL {
            let cx = Context {
                b: &b,
                lang,
                today: b.summit.updated,
            };
            let target = Target {
                lang,
                public_url: Some("https://central-asia-japan-briefing.example.org"),
            };
            for page in PageId::all(&b).iter().filter(|p| p.has(Format::Png)) {
                let view = build(&cx, page).expect("a view");
                let card = card(&view, &target, &b.summit.name);
                for (line, size) in [
                    (&card.kind, KIND_SIZE),
                    (&card.address, ADDRESS_SIZE),
                    (&card.version, VERSION_SIZE),
                ] {
                    assert!(
                        width(line, size, false) <= MEASURE + 0.5,
                        "{page:?}: {line}"
                    );
                }
                // The facts end above the version line, which has the row to itself.
                if let Some(last) = card.facts.last() {
                    assert!(last.y + 0.25 * card.facts_size < card.version_y - VERSION_SIZE);
                }
                assert!(!card.address.is_empty() && !card.kind.is_empty());
                cards += 1;
            }
        }
        assert!(cards > 100, "{cards} cards");
    }

    #[test]
    fn japanese_breaks_between_characters() {
        let text = "中央アジア＋日本対話首脳会合東京宣言".repeat(4);
        let w = wrap(&text, 60.0, true, 5);
        assert!(w.lines.len() > 1);
        assert_eq!(w.lines.concat(), text);
        assert!(width("東京", 60.0, true) > 100.0, "CJK is measured");
    }
}
