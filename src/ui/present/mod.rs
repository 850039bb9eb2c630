//! Presentation mode on the projector: the slide filling the screen and nothing else
//! but a quiet "3 / 12", blanks, the grid of all slides, and the clicker's keys.

pub mod fit;
pub mod placement;
pub mod presenter;
pub mod slide;

use egui::{Key, Rect, Sense, Ui, Vec2};

use super::{
    View,
    command::{Scope, UiCommand},
    queue::{AppCommand, Commands},
};
use crate::strings::Strings;
use crate::{
    content::Content,
    present::{Action, Measure, Page, Presentation, Screen, Upcoming},
};
use placement::Placement;
use slide::{ProjectorTheme, SlideColours, SlideText};

/// Columns of the grid overview.
pub const GRID_COLUMNS: usize = 4;

/// A presentation and what surrounds it in the app.
#[derive(Debug)]
pub struct Presenting {
    pub show: Presentation,
    /// The page the trainer left; Esc returns there.
    pub from: View,
    /// The screen size the pages were split for.
    pub split_for: Option<Vec2>,
    /// The page to open once pages are split for the screen (`--slide N`), 0-based.
    pub start_page: Option<usize>,
    /// The deck slide (0-based) to open once pages are split: its first page.
    pub start_slide: Option<usize>,
    /// Draw the presenter view in the main window, for a screenshot of it.
    pub presenter_only: bool,
    /// Where the presenter view opens, for the projector's screen as last measured.
    pub presenter_window: Placement,
}

impl Presenting {
    /// The body size of page `n`, chosen when the pages were split for the projector,
    /// scaled from its width to `width`: a change of slide lays out one size, whose
    /// glyphs are already drawn, and a thumbnail looks like the slide.
    pub fn body(&self, n: usize, width: f32) -> Option<f32> {
        let screen = self.split_for?.x;
        Some(slide::scale_body(self.show.body(n)?, screen, width))
    }
}

/// Places the presenter view for where the projector is, and splits the pages for
/// this screen when its size changed (and on the first frame).
pub fn split_for_screen(
    presenting: &mut Presenting,
    content: &Content,
    strings: &Strings,
    ctx: &egui::Context,
) {
    // From where the projector is now, every frame: going fullscreen may keep its
    // size. egui moves the presenter view only when this changes, so a trainer who
    // drags it keeps it where they put it.
    presenting.presenter_window = ctx.input(|i| placement::presenter_placement(i.viewport()));
    let screen = ctx.content_rect();
    if presenting.split_for == Some(screen.size()) {
        return;
    }
    presenting.split_for = Some(screen.size());
    split_pages(&mut presenting.show, content, strings, ctx, screen);
    if let Some(page) = presenting.start_page.take() {
        presenting.show.start_at(page);
    }
    if let Some(slide) = presenting.start_slide.take()
        && let Some(page) = presenting
            .show
            .pages()
            .iter()
            .position(|p| p.slide == slide)
    {
        presenting.show.start_at(page);
    }
}

/// Splits slides too long for `screen` into "continued" pages and picks each kind of
/// page's body size, from the ladder down to the legible floor.
pub fn split_pages(
    show: &mut Presentation,
    content: &Content,
    strings: &Strings,
    ctx: &egui::Context,
    screen: Rect,
) {
    let area = slide::content_rect(screen);
    let sizes = slide::body_sizes(slide::floor(screen.size()));
    ctx.fonts_mut(|fonts| {
        let mut height = |page: &Page, body: f32| {
            let text = SlideText::of(content, strings, page);
            slide::height(fonts, page, &text, area, body)
        };
        let mut measure = Measure {
            height: &mut height,
            room: slide::room(area),
        };
        show.paginate(&sizes, &mut measure);
    });
}

/// The clicker's keys, digits and Enter, as commands. Both windows call this with their
/// own input, so whichever has focus drives the presentation.
pub fn present_keys(ctx: &egui::Context, show: &Presentation, tx: &mut Commands) {
    let mut act = |action| tx.send(AppCommand::Present(action));
    const DIGITS: [Key; 10] = [
        Key::Num0,
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    let none = egui::Modifiers::NONE;
    let grid = matches!(show.screen(), Screen::Grid { .. });
    // Esc closes what covers the slide (the grid, a black or white screen), back to
    // the slide; only Esc on the slide itself ends the presentation.
    let cover = match show.screen() {
        Screen::Slide => None,
        Screen::Grid { .. } => Some(Action::Grid),
        Screen::Black => Some(Action::Black),
        Screen::White => Some(Action::White),
    };
    if let Some(close) = cover
        && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape))
    {
        act(close);
        return;
    }
    let (digits, enter, row) = ctx.input_mut(|i| {
        let digits: Vec<u8> = (0u8..)
            .zip(DIGITS)
            .filter(|&(_, key)| i.consume_key(none, key))
            .map(|(d, _)| d)
            .collect();
        let enter = i.consume_key(none, Key::Enter);
        // In the grid, ↑ and ↓ move a row; elsewhere they are previous and next.
        let row = if !grid {
            0
        } else if i.consume_key(none, Key::ArrowDown) {
            1
        } else if i.consume_key(none, Key::ArrowUp) {
            -1
        } else {
            0
        };
        (digits, enter, row)
    });
    for d in digits {
        act(Action::Digit(d));
    }
    if enter {
        act(Action::Enter);
    }
    if row != 0 {
        act(Action::GridMove(row * GRID_COLUMNS as i32));
    }
    let Some(command) = UiCommand::pressed(ctx, false, Scope::Presentation) else {
        return;
    };
    let Some(action) = command.slide_action() else {
        tx.send(AppCommand::Ui(command));
        return;
    };
    act(action);
}

/// The projected screen: reads the presentation, sends what the trainer does.
pub fn projector_ui(
    presenting: &Presenting,
    content: &Content,
    strings: &Strings,
    theme: ProjectorTheme,
    tx: &mut Commands,
    ui: &mut Ui,
) {
    let colours = theme.colours();
    let screen = ui.max_rect();
    let show = &presenting.show;
    let fill = match show.screen() {
        Screen::Black => egui::Color32::BLACK,
        Screen::White => egui::Color32::WHITE,
        _ => colours.bg,
    };
    ui.painter().rect_filled(screen, 0.0, fill);
    let response = ui.interact(screen, ui.scope_id().with("projector"), Sense::click());
    match show.screen() {
        Screen::Black | Screen::White => {
            if response.clicked() {
                tx.send(AppCommand::Present(Action::Next));
            }
        }
        Screen::Grid { selected } => grid_ui(show, content, strings, colours, selected, tx, ui),
        Screen::Slide => {
            let shown = slide_ui(presenting, content, strings, colours, screen, ui);
            // Screen readers (and tests) read what the room sees.
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, &shown));
            // A mouse click is "next", as on a clicker.
            if response.clicked() {
                tx.send(AppCommand::Present(Action::Next));
            }
        }
    }
}

/// The current page with its revealed stages and the progress mark; returns the text
/// shown. A number being typed shows on the presenter view, not here.
fn slide_ui(
    presenting: &Presenting,
    content: &Content,
    strings: &Strings,
    colours: SlideColours,
    screen: Rect,
    ui: &Ui,
) -> String {
    let show = &presenting.show;
    let page = show.current();
    let body = presenting.body(show.page_index(), screen.width());
    let text = SlideText::of(content, strings, page);
    let floor = slide::floor(screen.size());
    let area = slide::content_rect(screen);
    let (layout, mark) = ui.ctx().fonts_mut(|fonts| {
        let layout = match body {
            Some(body) => slide::layout_at_size(fonts, page, &text, colours, area, body),
            None => slide::layout(fonts, page, &text, colours, area, floor),
        };
        let (label, total) = show.position();
        let mark = slide::progress_mark(fonts, screen, (&label, total), colours);
        // egui keeps a text layout only while frames use it: laying the next page out
        // now (unseen) keeps it ready, so "next" shows it without a stutter.
        if let Upcoming::Page(n) = show.upcoming()
            && let (Some(next), Some(body)) =
                (show.pages().get(n), presenting.body(n, screen.width()))
        {
            let text = SlideText::of(content, strings, next);
            slide::layout_at_size(fonts, next, &text, colours, area, body);
            slide::progress_mark(fonts, screen, (&show.page_label(n), total), colours);
        }
        (layout, mark)
    });
    let painter = ui.painter();
    let mut shown = Vec::new();
    for placed in layout.texts.iter().filter(|p| p.stage <= show.stage()) {
        painter.galley(placed.pos, placed.galley.clone(), colours.text);
        shown.push(placed.galley.text());
    }
    shown.push(mark.galley.text());
    painter.galley(mark.pos, mark.galley.clone(), colours.weak);
    shown.join("\n")
}

/// Every page as a numbered tile with its title, the selected one outlined; a click
/// opens one.
fn grid_ui(
    show: &Presentation,
    content: &Content,
    strings: &Strings,
    colours: SlideColours,
    selected: usize,
    tx: &mut Commands,
    ui: &mut Ui,
) {
    let screen = ui.max_rect();
    let margin = screen.width() * 0.03;
    let inner = screen.shrink(margin);
    let rows = show.pages().len().div_ceil(GRID_COLUMNS).max(1);
    let gap = margin / 2.0;
    let width = (inner.width() - gap * (GRID_COLUMNS as f32 - 1.0)) / GRID_COLUMNS as f32;
    let height = ((inner.height() - gap * (rows as f32 - 1.0)) / rows as f32).min(width * 0.6);
    let size = (slide::floor(screen.size()) * 0.8).min(height / 3.2);
    for (n, page) in show.pages().iter().enumerate() {
        let (row, col) = (n / GRID_COLUMNS, n % GRID_COLUMNS);
        let rect = Rect::from_min_size(
            inner.min + Vec2::new(col as f32 * (width + gap), row as f32 * (height + gap)),
            Vec2::new(width, height),
        );
        let response = ui.interact(rect, ui.scope_id().with(("grid", n)), Sense::click());
        let painter = ui.painter();
        painter.rect_filled(rect, 8.0, colours.bg);
        let stroke = if n == selected {
            egui::Stroke::new(5.0, colours.accent)
        } else {
            egui::Stroke::new(1.5, colours.weak)
        };
        painter.rect_stroke(rect, 8.0, stroke, egui::StrokeKind::Inside);
        let title = SlideText::of(content, strings, page).title_or(page);
        let label = format!("{}  {title}", show.page_label(n));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        let mut job = egui::text::LayoutJob::simple(
            label.clone(),
            egui::FontId::proportional(size),
            colours.text,
            rect.width() - 24.0,
        );
        job.wrap.max_rows = ((rect.height() - 24.0) / (size * 1.3)).floor().max(1.0) as usize;
        let galley = ui.ctx().fonts_mut(|f| f.layout_job(job));
        painter.galley(rect.min + Vec2::splat(12.0), galley, colours.text);
        if response.clicked() {
            tx.send(AppCommand::Present(Action::Choose(n)));
        }
    }
}
