//! A projected page laid out for a screen: type as large as fits, never below a floor
//! readable from the back of a room. The projector, the presenter view's thumbnails and
//! the fit check all use this one layout.

use std::sync::Arc;

use egui::{
    Align2, Color32, FontId, Galley, Pos2, Rect, Vec2,
    epaint::text::{FontsView, LayoutJob, TextFormat},
};
use serde::{Deserialize, Serialize};

use crate::content::Content;
use crate::present::{Page, PageKind, Part};
use crate::strings::Strings;
use crate::ui::style;

/// The smallest type on a 1280×720 screen, in pixels; it scales with the screen.
pub const FLOOR_AT_720P: f32 = 28.0;
/// The body sizes a slide may use, as multiples of the floor, largest first. A short
/// ladder of whole-pixel sizes means few layouts per slide and glyphs that are already
/// drawn when the next slide comes: changing slide must not stutter.
const LADDER: [f32; 5] = [1.9, 1.6, 1.35, 1.15, 1.0];
/// A pixel: a wrapped galley is as wide as its wrap width rounded up.
const SLACK: f32 = 1.0;

/// The projector's look, chosen apart from the app's theme and remembered: both
/// polarities at full contrast, since rooms and projectors differ.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProjectorTheme {
    #[default]
    DarkOnLight,
    LightOnDark,
}

impl ProjectorTheme {
    pub fn toggled(self) -> Self {
        match self {
            Self::DarkOnLight => Self::LightOnDark,
            Self::LightOnDark => Self::DarkOnLight,
        }
    }

    pub fn colours(self) -> SlideColours {
        match self {
            Self::DarkOnLight => SlideColours {
                bg: Color32::WHITE,
                text: Color32::BLACK,
                weak: Color32::from_gray(55),
                accent: Color32::from_rgb(0, 60, 150),
                avoid: Color32::from_rgb(170, 0, 0),
                say: Color32::from_rgb(0, 100, 30),
                danger: Color32::from_rgb(170, 0, 0),
            },
            Self::LightOnDark => SlideColours {
                bg: Color32::BLACK,
                text: Color32::WHITE,
                weak: Color32::from_gray(215),
                accent: Color32::from_rgb(255, 225, 60),
                avoid: Color32::from_rgb(255, 140, 130),
                say: Color32::from_rgb(130, 235, 150),
                danger: Color32::from_rgb(255, 140, 130),
            },
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct SlideColours {
    pub bg: Color32,
    pub text: Color32,
    pub weak: Color32,
    pub accent: Color32,
    pub avoid: Color32,
    pub say: Color32,
    pub danger: Color32,
}

/// The legible floor for a screen of this size.
pub fn floor(screen: Vec2) -> f32 {
    FLOOR_AT_720P * (screen.x / 1280.0).min(screen.y / 720.0)
}

/// One laid-out piece of text and the reveal stage from which it shows.
#[derive(Debug, Clone)]
pub struct Placed {
    pub pos: Pos2,
    pub galley: Arc<Galley>,
    /// The smallest font size in the galley.
    pub size: f32,
    pub stage: usize,
}

impl Placed {
    pub fn rect(&self) -> Rect {
        Rect::from_min_size(self.pos, self.galley.size())
    }
}

/// A page laid out in a rectangle.
#[derive(Debug, Clone)]
pub struct SlideLayout {
    pub texts: Vec<Placed>,
    /// The body size chosen.
    pub body: f32,
    /// Whether everything, all reveals shown, lies inside the rectangle.
    pub fits: bool,
}

/// What a page needs besides itself: the interface text and the title line.
#[derive(Debug, Clone)]
pub struct SlideText<'a> {
    pub strings: &'a Strings,
    /// The title as drawn (with the card's icon, or "continued"); none on a phrase
    /// page, whose first line is the title.
    pub title: Option<String>,
}

impl<'a> SlideText<'a> {
    /// The title line of `page`: the card's icon before its title, "continued" on a
    /// slide's later pages; nothing on a phrase pair, whose first line is its title.
    pub fn of(content: &Content, strings: &'a Strings, page: &Page) -> Self {
        let title = (page.kind != PageKind::Phrase).then(|| {
            let icon = page
                .item
                .as_deref()
                .and_then(|id| content.customer_type(id))
                .map(|card| format!("{}  ", card.icon))
                .unwrap_or_default();
            let mut title = format!("{icon}{}", page.title);
            if page.continued {
                title.push_str(&format!(" ({})", strings.continued));
            }
            title
        });
        Self { strings, title }
    }

    /// The title line, or the page's own title where none is drawn (for lists).
    pub fn title_or(&self, page: &Page) -> String {
        self.title.clone().unwrap_or_else(|| page.title.clone())
    }
}

/// The body sizes a slide may use on a screen with this legible floor: the ladder in
/// whole pixels, largest first, the floor itself last.
pub fn body_sizes(floor: f32) -> Vec<f32> {
    let mut sizes: Vec<f32> = LADDER
        .iter()
        .map(|step| (floor * step).round().max(floor))
        .collect();
    sizes.dedup();
    sizes
}

/// Lays `page` out in `rect` at the largest body size of the ladder at which it fits,
/// with every reveal shown, so revealing never moves what is already on screen. At the
/// floor it is laid out even if it does not fit. For a page drawn without its deck (a
/// thumbnail before the pages are split); a deck's pages take the size chosen for
/// their kind.
pub fn layout(
    fonts: &mut FontsView<'_>,
    page: &Page,
    text: &SlideText<'_>,
    colours: SlideColours,
    rect: Rect,
    floor: f32,
) -> SlideLayout {
    let mut last = None;
    for body in body_sizes(floor) {
        let laid = layout_at_size(fonts, page, text, colours, rect, body);
        if laid.fits {
            return laid;
        }
        last = Some(laid);
    }
    last.unwrap_or_else(|| layout_at_size(fonts, page, text, colours, rect, floor))
}

/// Lays `page` out at body size `body`, fitting or not: for a size chosen before.
pub fn layout_at_size(
    fonts: &mut FontsView<'_>,
    page: &Page,
    text: &SlideText<'_>,
    colours: SlideColours,
    rect: Rect,
    body: f32,
) -> SlideLayout {
    let (texts, bottom) = layout_at(fonts, page, text, colours, rect, body);
    let fits = inside(&texts, bottom, rect);
    SlideLayout { texts, body, fits }
}

/// How tall `page` is at body size `body` in `rect`'s width, every reveal shown;
/// infinite if a text sticks out sideways: what pagination measures.
pub fn height(
    fonts: &mut FontsView<'_>,
    page: &Page,
    text: &SlideText<'_>,
    rect: Rect,
    body: f32,
) -> f32 {
    let colours = ProjectorTheme::default().colours();
    let (texts, bottom) = layout_at(fonts, page, text, colours, rect, body);
    let sideways = rect.x_range().expand(SLACK);
    let within =
        |t: &Placed| sideways.contains(t.rect().left()) && sideways.contains(t.rect().right());
    if texts.iter().all(within) {
        bottom - rect.top()
    } else {
        f32::INFINITY
    }
}

/// The room pagination may fill in `rect`: its height and the slack [`inside`] allows.
pub fn room(rect: Rect) -> f32 {
    rect.height() + SLACK
}

/// A body size chosen for a screen `from` pixels wide, for one `to` pixels wide (a
/// thumbnail of it), in whole pixels.
pub fn scale_body(body: f32, from: f32, to: f32) -> f32 {
    (body * to / from).round().max(1.0)
}

/// Whether every text lies inside `rect`. A wrapped galley is as wide as its wrap
/// width rounded up to whole pixels, so [`SLACK`] is allowed.
pub fn inside(texts: &[Placed], bottom: f32, rect: Rect) -> bool {
    let slack = rect.expand(SLACK);
    bottom <= slack.bottom() && texts.iter().all(|t| slack.contains_rect(t.rect()))
}

/// The slide area of a screen: margins all round and a band at the bottom for the
/// progress mark.
pub fn content_rect(screen: Rect) -> Rect {
    let margin = Vec2::new(screen.width() * 0.05, screen.height() * 0.05);
    let band = floor(screen.size()) * 1.6;
    Rect::from_min_max(
        screen.min + margin,
        Pos2::new(screen.max.x - margin.x, screen.max.y - margin.y - band),
    )
}

/// "3 / 12" at the floor size, bottom right, quiet.
pub fn progress_mark(
    fonts: &mut FontsView<'_>,
    screen: Rect,
    position: (&str, usize),
    colours: SlideColours,
) -> Placed {
    let size = floor(screen.size());
    let galley = fonts.layout_no_wrap(
        format!("{} / {}", position.0, position.1),
        FontId::proportional(size),
        colours.weak,
    );
    let margin = Vec2::new(screen.width() * 0.03, screen.height() * 0.03);
    let pos = Align2::RIGHT_BOTTOM
        .anchor_size(screen.max - margin, galley.size())
        .min;
    Placed {
        pos,
        galley,
        size,
        stage: 0,
    }
}

/// Lays the page out top to bottom at body size `body`; returns the texts and where
/// the last one ends.
fn layout_at(
    fonts: &mut FontsView<'_>,
    page: &Page,
    text: &SlideText<'_>,
    colours: SlideColours,
    rect: Rect,
    body: f32,
) -> (Vec<Placed>, f32) {
    let mut out = Lines {
        fonts,
        texts: Vec::new(),
        left: rect.left(),
        width: rect.width(),
        y: rect.top(),
        gap: body * 0.45,
    };
    let regular = FontId::proportional(body);
    let bold = FontId::new(body, style::bold());
    if let Some(title) = &text.title {
        let font = FontId::new(body * 1.3, style::bold());
        out.text(0, 0.0, title, font, colours.text);
        out.y += body * 0.3;
    }
    let s = text.strings;
    for block in &page.blocks {
        let stage = block.stage;
        match &block.part {
            Part::Heading(heading) => {
                out.text(
                    stage,
                    0.0,
                    s.heading(*heading),
                    bold.clone(),
                    colours.accent,
                );
            }
            Part::Text(t) => out.text(stage, 0.0, t, regular.clone(), colours.text),
            Part::Step { n, title, text } => {
                let number = format!("{n}.");
                let indent = body * 1.5;
                out.marker(stage, &number, bold.clone(), colours.accent, indent);
                if let Some(title) = title {
                    out.text(stage, indent, title, bold.clone(), colours.text);
                    out.text(stage, indent, text, regular.clone(), colours.weak);
                } else {
                    out.text(stage, indent, text, regular.clone(), colours.text);
                }
            }
            Part::Bullet(t) => {
                out.marker(stage, "•", bold.clone(), colours.accent, body);
                out.text(stage, body, t, regular.clone(), colours.text);
            }
            Part::Avoid(t) => {
                let label = format!("✖ {}", s.dont_say);
                out.text(stage, 0.0, &label, bold.clone(), colours.avoid);
                out.text(stage, 0.0, t, regular.clone(), colours.avoid);
            }
            Part::Say(t) => {
                let label = format!("✔ {}", s.say_instead);
                out.text(stage, 0.0, &label, bold.clone(), colours.say);
                out.text(stage, 0.0, t, bold.clone(), colours.say);
            }
            Part::Why(t) => out.text(stage, 0.0, t, regular.clone(), colours.weak),
            Part::Direction(t) => {
                out.marker(stage, "▶", bold.clone(), colours.accent, body);
                out.text(stage, body, t, regular.clone(), colours.text);
            }
            Part::Urgent { when, then } => {
                out.marker(stage, "⚠", bold.clone(), colours.danger, body * 1.3);
                let line = format!("{when} — {then}");
                out.text(stage, body * 1.3, &line, bold.clone(), colours.danger);
            }
        }
    }
    let bottom = out.y - out.gap;
    (out.texts, bottom)
}

/// A cursor that stacks wrapped texts down the page.
struct Lines<'f, 'v> {
    fonts: &'f mut FontsView<'v>,
    texts: Vec<Placed>,
    left: f32,
    width: f32,
    y: f32,
    gap: f32,
}

impl Lines<'_, '_> {
    fn galley(&mut self, text: &str, font: FontId, colour: Color32, wrap: f32) -> Arc<Galley> {
        let mut job = LayoutJob::single_section(
            text.to_owned(),
            TextFormat {
                font_id: font,
                color: colour,
                ..Default::default()
            },
        );
        job.wrap.max_width = wrap.max(1.0);
        self.fonts.layout_job(job)
    }

    /// A paragraph, `indent` from the left, below what came before.
    fn text(&mut self, stage: usize, indent: f32, text: &str, font: FontId, colour: Color32) {
        let size = font.size;
        let galley = self.galley(text, font, colour, self.width - indent);
        let pos = Pos2::new(self.left + indent, self.y);
        self.y += galley.size().y + self.gap;
        self.texts.push(Placed {
            pos,
            galley,
            size,
            stage,
        });
    }

    /// A number or bullet in the left column; the text after it starts on its line.
    fn marker(&mut self, stage: usize, text: &str, font: FontId, colour: Color32, column: f32) {
        let size = font.size;
        let galley = self.galley(text, font, colour, column);
        self.texts.push(Placed {
            pos: Pos2::new(self.left, self.y),
            galley,
            size,
            stage,
        });
    }
}
