//! Fonts, text sizes, themes and the colours that carry meaning (don't / do / danger).

use std::sync::Arc;

use egui::{
    Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle, Theme, ThemePreference,
    Visuals,
};
use serde::{Deserialize, Serialize};

use crate::fonts::{CJK, SANS_BOLD, SANS_REGULAR};

/// Body text at zoom 1, in points: readable at arm's length.
pub const BODY_SIZE: f32 = 19.0;
/// Below this, body text is under 15 px: too small to read at arm's length.
pub const MIN_ZOOM: f32 = 0.8;
pub const MAX_ZOOM: f32 = 4.0;
/// The window keeps at least this many points across at any zoom, so Back, the safety
/// button, the menu and a usable search box always fit on the top bar.
const MIN_WIDTH_POINTS: f32 = 320.0;

/// The zoom to draw at: `wanted`, made smaller if the window (`width` wide at zoom 1)
/// would then be too narrow for the top bar. Never below `MIN_ZOOM`.
pub fn fit_zoom(wanted: f32, width: f32) -> f32 {
    wanted
        .clamp(MIN_ZOOM, MAX_ZOOM)
        .min(width / MIN_WIDTH_POINTS)
        .max(MIN_ZOOM)
}

/// The family used for headings and emphasis.
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// Our fonts, embedded: Noto Sans for Latin (with diacritics), Greek and Cyrillic,
/// Droid Sans Fallback for Chinese, and egui's emoji fonts for icons.
pub fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let mut add = |name: &str, bytes: &'static [u8]| {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    };
    add("noto-sans", SANS_REGULAR);
    add("noto-sans-bold", SANS_BOLD);
    add("droid-fallback", CJK);
    // Hack (egui's own) covers the arrows Noto Sans lacks.
    let fallbacks = [
        "droid-fallback",
        "Hack",
        "egui-icons",
        "NotoEmoji-Regular",
        "emoji-icon-font",
    ];
    let family = |first: &str| {
        std::iter::once(first)
            .chain(fallbacks)
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family("noto-sans"));
    fonts.families.insert(bold(), family("noto-sans-bold"));
    let mono = fonts.families.entry(FontFamily::Monospace).or_default();
    mono.retain(|f| f == "Hack");
    mono.extend(["noto-sans", "droid-fallback", "NotoEmoji-Regular"].map(str::to_owned));
    fonts
}

/// Large, sturdy text and generous touch targets.
pub fn apply_sizes(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            // Nothing below 16 px at zoom 1: labels and tags must survive a glance too.
            (TextStyle::Small, FontId::proportional(BODY_SIZE * 0.9)),
            (TextStyle::Body, FontId::proportional(BODY_SIZE)),
            (TextStyle::Button, FontId::proportional(BODY_SIZE)),
            (TextStyle::Monospace, FontId::monospace(BODY_SIZE * 0.9)),
            (TextStyle::Heading, FontId::new(BODY_SIZE * 1.6, bold())),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 10.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = 36.0;
        // A solid bar, shown whenever there is more below: a worker should not have to
        // hover to find out.
        style.spacing.scroll = egui::style::ScrollStyle::solid();
        style.spacing.scroll.bar_width = 12.0;
    });
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
    HighContrast,
}

impl ThemeChoice {
    pub fn next(self) -> Self {
        match self {
            Self::System => Self::Light,
            Self::Light => Self::Dark,
            Self::Dark => Self::HighContrast,
            Self::HighContrast => Self::System,
        }
    }

    pub fn label(self, s: &crate::strings::Strings) -> &str {
        match self {
            Self::System => &s.theme_system,
            Self::Light => &s.theme_light,
            Self::Dark => &s.theme_dark,
            Self::HighContrast => &s.theme_high_contrast,
        }
    }

    pub fn apply(self, ctx: &egui::Context) {
        let mut dark = if self == Self::HighContrast {
            high_contrast()
        } else {
            // egui's default text is dim grey: too faint on poor screens and projectors.
            let mut v = Visuals::dark();
            v.override_text_color = Some(Color32::from_gray(235));
            v
        };
        let mut light = Visuals::light();
        light.override_text_color = Some(Color32::from_gray(15));
        for v in [&mut dark, &mut light] {
            // egui draws a focused widget as "active", a hovered one as "hovered": the
            // keyboard's place a thick ring, the mouse's a thin line (`interaction_stroke`).
            let focus = if v.dark_mode && v.panel_fill == Color32::BLACK {
                v.hyperlink_color
            } else if v.dark_mode {
                Color32::from_rgb(90, 170, 255)
            } else {
                Color32::from_rgb(0, 90, 200)
            };
            v.widgets.active.bg_stroke = egui::Stroke::new(FOCUS_WIDTH, focus);
            v.widgets.hovered.bg_stroke.width = v.widgets.hovered.bg_stroke.width.min(HOVER_WIDTH);
            // Each glyph once rather than at four sub-pixel offsets: a quarter of the
            // atlas space, which slides in large type fill fast (a full atlas is
            // cleared and every glyph drawn again: a stutter), and crisper text.
            v.text_options.subpixel_binning = false;
            // Unhinted, as macOS draws text: hinting each new glyph of Noto Sans took
            // 8 ms of the first frame (start-up 1.35x the bare window, 1.26x without),
            // and at our sizes (17 px and up) the two look alike side by side.
            v.text_options.font_hinting = false;
        }
        ctx.set_visuals_of(Theme::Dark, dark);
        ctx.set_visuals_of(Theme::Light, light);
        ctx.set_theme(match self {
            Self::System => ThemePreference::System,
            Self::Light => ThemePreference::Light,
            Self::Dark | Self::HighContrast => ThemePreference::Dark,
        });
    }
}

/// Pure white on black, thick focus outlines: for projectors and low vision.
fn high_contrast() -> Visuals {
    let mut v = Visuals::dark();
    v.override_text_color = Some(Color32::WHITE);
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(20);
    v.hyperlink_color = Color32::from_rgb(255, 230, 0);
    v.selection.bg_fill = Color32::from_rgb(0, 90, 200);
    v.selection.stroke = egui::Stroke::new(2.0, Color32::WHITE);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.noninteractive,
    ] {
        w.fg_stroke.color = Color32::WHITE;
        w.bg_stroke = egui::Stroke::new(1.5, Color32::WHITE);
    }
    v.widgets.inactive.bg_fill = Color32::BLACK;
    v.widgets.inactive.weak_bg_fill = Color32::BLACK;
    v.widgets.hovered.bg_stroke = egui::Stroke::new(HOVER_WIDTH, Color32::from_gray(200));
    v
}

/// Colours that mean something, tuned for the current theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub avoid: Color32,
    pub say: Color32,
    pub danger: Color32,
    pub danger_text: Color32,
    pub escalate_bg: Color32,
    pub highlight_bg: Color32,
    pub tile_bg: Color32,
    pub weak: Color32,
    /// The keyboard's place (Tab focus, the highlighted result): a thick ring.
    pub focus: Color32,
    /// Under the mouse: a thin line, never mistaken for the keyboard's place.
    pub hover: Color32,
}

pub fn palette(ui: &egui::Ui) -> Palette {
    palette_for(ui.visuals())
}

/// The palette of a theme's visuals.
pub fn palette_for(v: &Visuals) -> Palette {
    if v.dark_mode {
        Palette {
            avoid: Color32::from_rgb(255, 130, 120),
            say: Color32::from_rgb(120, 220, 140),
            danger: Color32::from_rgb(190, 30, 30),
            danger_text: Color32::WHITE,
            escalate_bg: Color32::from_rgb(70, 45, 0),
            highlight_bg: Color32::from_rgb(110, 90, 0),
            tile_bg: v.faint_bg_color,
            weak: Color32::from_gray(190),
            // High contrast draws the keyboard's place in its link yellow.
            focus: if v.panel_fill == Color32::BLACK {
                v.hyperlink_color
            } else {
                Color32::from_rgb(90, 170, 255)
            },
            hover: Color32::from_gray(150),
        }
    } else {
        Palette {
            avoid: Color32::from_rgb(180, 20, 20),
            say: Color32::from_rgb(0, 110, 40),
            danger: Color32::from_rgb(190, 20, 20),
            danger_text: Color32::WHITE,
            escalate_bg: Color32::from_rgb(255, 236, 200),
            highlight_bg: Color32::from_rgb(255, 225, 110),
            tile_bg: Color32::from_gray(238),
            weak: Color32::from_gray(70),
            focus: Color32::from_rgb(0, 90, 200),
            hover: Color32::from_gray(120),
        }
    }
}

/// How a clickable block marks where the keyboard is and where the mouse is: a thick
/// ring outside it for the keyboard, a thin line inside it for the mouse, so the two
/// never look alike; the keyboard's wins when both are on one block.
pub fn interaction_stroke(
    palette: &Palette,
    keyboard: bool,
    hovered: bool,
) -> Option<(egui::Stroke, egui::StrokeKind)> {
    if keyboard {
        Some((
            egui::Stroke::new(FOCUS_WIDTH, palette.focus),
            egui::StrokeKind::Outside,
        ))
    } else if hovered {
        Some((
            egui::Stroke::new(HOVER_WIDTH, palette.hover),
            egui::StrokeKind::Inside,
        ))
    } else {
        None
    }
}

/// The keyboard's ring and the mouse's line, in points.
pub const FOCUS_WIDTH: f32 = 3.0;
pub const HOVER_WIDTH: f32 = 1.0;

/// Mixes the ladder's colour from green (first rung) to red (last).
pub fn ladder_colour(step: usize, steps: usize) -> Color32 {
    let t = if steps <= 1 {
        0.0
    } else {
        step as f32 / (steps - 1) as f32
    };
    let lerp = |a: f32, b: f32| (a + (b - a) * t).round().clamp(0.0, 255.0) as u8;
    Color32::from_rgb(lerp(30.0, 200.0), lerp(150.0, 30.0), lerp(60.0, 30.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// P1-12: the keyboard's place and the mouse's never look alike, in any theme.
    #[test]
    fn keyboard_focus_and_hover_look_different_in_every_theme() {
        for (name, visuals) in [
            ("light", Visuals::light()),
            ("dark", Visuals::dark()),
            ("high contrast", high_contrast()),
        ] {
            let palette = palette_for(&visuals);
            let keyboard = interaction_stroke(&palette, true, false);
            let mouse = interaction_stroke(&palette, false, true);
            let (Some((k, k_kind)), Some((m, m_kind))) = (keyboard, mouse) else {
                panic!("{name}: both are marked");
            };
            assert!(k.width >= m.width * 2.0, "{name}: the ring is thicker");
            assert_ne!(k.color, m.color, "{name}: in another colour");
            assert_ne!(k_kind, m_kind, "{name}: outside, not inside");
            // Both on one block: the keyboard's ring shows.
            assert_eq!(interaction_stroke(&palette, true, true), keyboard);
            assert_eq!(interaction_stroke(&palette, false, false), None);
        }
    }
}
