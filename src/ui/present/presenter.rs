//! The presenter view: the trainer's own window with the slide on screen, what comes
//! next, the notes and questions the room never sees, and the time. Its layout is a
//! pure function of [`PresenterState`], so a harness can draw and test it alone.

use egui::{RichText, Sense, Ui, Vec2};

use crate::strings::Strings;
use crate::ui::{
    queue::{AppCommand, Commands},
    slide::{self, ProjectorTheme, SlideText},
    widgets,
};
use crate::{
    content::Content,
    present::{Action, Pace, Presentation, Upcoming},
};

/// The presenter view's own window.
pub fn viewport_id() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("presenter")
}

/// The presenter view's type, against the app's.
const PRESENTER_SCALE: f32 = 1.2;
/// From this width the notes go beside the slides.
const TWO_COLUMNS: f32 = 560.0;

/// Everything the presenter view draws.
#[derive(Debug, Clone, Copy)]
pub struct PresenterState<'a> {
    pub show: &'a Presentation,
    pub content: &'a Content,
    pub strings: &'a Strings,
    pub theme: ProjectorTheme,
    /// Seconds, on the clock the presentation's timer uses.
    pub now: f64,
    /// The wall clock, "14:05".
    pub clock: &'a str,
    /// The projector's width: thumbnails use the pages' body sizes scaled down from it.
    /// Pages not yet split for a projector have none, and are sized anew.
    pub projector_width: f32,
    /// The window may be in the room's sight (on the projector's screen, or nobody can
    /// tell): it says how to move it.
    pub covers_slide: bool,
}

pub fn presenter_ui(state: PresenterState<'_>, tx: &mut Commands, ui: &mut Ui) {
    let s = state.strings;
    let show = state.show;
    // The trainer reads this at arm's length, mid-sentence.
    for font in ui.style_mut().text_styles.values_mut() {
        font.size *= PRESENTER_SCALE;
    }
    status_ui(state, tx, ui);
    if state.covers_slide {
        let colour = style_accent(ui);
        ui.add(egui::Label::new(RichText::new(&s.presenter_move).color(colour)).wrap());
    }
    ui.separator();
    // Two columns down to the corner window it opens in on a shared screen (P2-6):
    // under the slides in one column, the notes would start below its bottom edge.
    let wide = ui.available_width() >= TWO_COLUMNS;
    let columns = if wide { 2 } else { 1 };
    ui.columns(columns, |cols| {
        let (left, rest) = cols.split_at_mut(1);
        let left = &mut left[0];
        left.label(RichText::new(&s.now_showing).strong());
        // Both slides fit the window's height, the next one whole (P2-6): half the room
        // each, or in one column a third, the notes below taking the rest.
        let height = left.available_height() - 5.0 * widgets::ui_body(left);
        let share = if wide { 0.5 } else { 0.3 };
        let width = left
            .available_width()
            .min(height * share * 16.0 / 9.0)
            .max(120.0);
        thumbnail_ui(state, left, show.page_index(), show.stage(), width);
        left.add_space(8.0);
        let (caption, next) = match show.upcoming() {
            Upcoming::Reveal { page, stage } => (s.next_reveal.clone(), Some((page, stage))),
            Upcoming::Page(page) => (s.up_next.clone(), Some((page, 0))),
            Upcoming::End => (s.end_of_deck.clone(), None),
        };
        left.label(RichText::new(caption).strong());
        if let Some((page, stage)) = next
            && let Some(next) = show.pages().get(page)
        {
            let title = SlideText::of(state.content, s, next).title_or(next);
            left.add(egui::Label::new(RichText::new(title).strong()).wrap());
            // The same size as the current slide's, so after "next" its layout is
            // the one already made.
            thumbnail_ui(state, left, page, stage, width);
        }
        let right = if let Some(right) = rest.first_mut() {
            right
        } else {
            left
        };
        // Left-aligned: columns justify their contents, which spaces letters out.
        right.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
            notes_ui(state, ui);
        });
    });
}

/// Slide n of m, the timer with its buttons, the clock and the pace.
fn status_ui(state: PresenterState<'_>, tx: &mut Commands, ui: &mut Ui) {
    let s = state.strings;
    let show = state.show;
    let big = widgets::ui_body(ui) * 1.3;
    ui.horizontal_wrapped(|ui| {
        let (n, m) = show.position();
        let position = s.slide_of(n, m);
        ui.label(RichText::new(position).size(big).strong());
        // A slide number being typed shows here, for the trainer; never to the room.
        if !show.typed().is_empty() {
            let typed = s.typed_slide(show.typed());
            ui.label(
                RichText::new(typed)
                    .size(big)
                    .strong()
                    .color(style_accent(ui)),
            );
        }
        ui.add_space(24.0);
        let elapsed = show.timer().elapsed(state.now).max(0.0) as u64;
        let elapsed = format!("{} {:02}:{:02}", s.elapsed, elapsed / 60, elapsed % 60);
        ui.label(RichText::new(elapsed).size(big).monospace());
        let pause = if show.timer().paused() {
            &s.resume
        } else {
            &s.pause
        };
        if ui.button(pause).clicked() {
            tx.send(AppCommand::Present(Action::PauseTimer));
        }
        if ui.button(&s.reset).clicked() {
            tx.send(AppCommand::Present(Action::ResetTimer));
        }
        ui.add_space(24.0);
        ui.label(RichText::new(format!("{} {}", s.clock, state.clock)).size(big));
        if let Some(pace) = show.pace(state.now) {
            ui.add_space(24.0);
            let text = match pace {
                Pace::OnTime => s.on_time.clone(),
                Pace::Behind(m) => s.behind(m),
                Pace::Ahead(m) => s.ahead(m),
            };
            ui.label(RichText::new(text).size(big).strong());
        }
    });
}

fn style_accent(ui: &Ui) -> egui::Color32 {
    crate::ui::style::palette(ui).focus
}

/// The presenter notes, discussion questions and role-play brief of the current slide.
fn notes_ui(state: PresenterState<'_>, ui: &mut Ui) {
    let s = state.strings;
    let show = state.show;
    egui::ScrollArea::vertical()
        .id_salt("presenter-notes")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(notes) = show.notes() {
                widgets::section_heading_ui(ui, &s.notes);
                ui.add(egui::Label::new(RichText::new(notes)).wrap());
            }
            if !show.questions().is_empty() {
                widgets::section_heading_ui(ui, &s.questions);
                for question in show.questions() {
                    widgets::bullet_ui(ui, RichText::new(question));
                }
            }
            if let Some(roleplay) = show.roleplay() {
                widgets::section_heading_ui(ui, &s.roleplay);
                for (label, text) in [
                    (&s.roleplay_customer, &roleplay.customer),
                    (&s.roleplay_wants, &roleplay.wants),
                    (&s.roleplay_practise, &roleplay.practise),
                ] {
                    ui.add(egui::Label::new(RichText::new(format!("{label}: {text}"))).wrap());
                }
            }
        });
}

/// Page `n` as the room sees it, small, at `stage`.
fn thumbnail_ui(state: PresenterState<'_>, ui: &mut Ui, n: usize, stage: usize, width: f32) {
    let Some(page) = state.show.pages().get(n) else {
        return;
    };
    let size = Vec2::new(width, width * 9.0 / 16.0);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let colours = state.theme.colours();
    let text = SlideText::of(state.content, state.strings, page);
    let area = slide::content_rect(rect);
    let body = state
        .show
        .body(n)
        .map(|body| slide::scale_body(body, state.projector_width, rect.width()));
    let layout = ui.ctx().fonts_mut(|fonts| match body {
        Some(body) => slide::layout_at_size(fonts, page, &text, colours, area, body),
        None => slide::layout(fonts, page, &text, colours, area, slide::floor(rect.size())),
    });
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, colours.bg);
    painter.rect_stroke(
        rect,
        4.0,
        egui::Stroke::new(1.0, colours.weak),
        egui::StrokeKind::Inside,
    );
    for placed in layout.texts.iter().filter(|p| p.stage <= stage) {
        painter.galley(placed.pos, placed.galley.clone(), colours.text);
    }
}
