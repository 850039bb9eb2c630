//! The command palette (Ctrl+K): jump to any card, phrase pair, playbook, principle,
//! deck, slide or command by typing part of its title. It opens over the app, or on
//! the presenter view while presenting: never on the projected screen.

pub mod entries;

use egui::{Key, Modifiers, RichText, Ui};

use super::{
    State,
    queue::{AppCommand, Commands},
    style,
};
use entries::Target;

/// At most this many rows: the palette is for jumping, the search for browsing.
pub const LIMIT: usize = 50;
/// The palette is at most this wide, centred near the top.
const WIDTH: f32 = 640.0;

/// The palette while it is open.
#[derive(Debug, Default, Clone)]
pub struct Palette {
    pub query: String,
    /// Rows, as indices into the entries, best first.
    pub found: Vec<usize>,
    pub selected: usize,
    /// What had the cursor when the palette opened: Esc gives it back.
    pub return_focus: Option<egui::Id>,
    /// Put the cursor in the palette's box on the next frame.
    pub focus_box: bool,
    /// Scroll the highlighted row into view on the next frame.
    pub scroll_to_selected: bool,
}

/// The palette's text box, so focus can be handed to it and taken from it.
pub fn box_id() -> egui::Id {
    egui::Id::unique("palette-box")
}

/// The palette's keys, read before it is drawn: Esc closes it, ↑/↓ move, Enter
/// chooses. Everything else is typing, for its box.
pub fn palette_keys(ctx: &egui::Context, tx: &mut Commands) {
    let none = Modifiers::NONE;
    let (esc, down, up, enter) = ctx.input_mut(|i| {
        (
            i.consume_key(none, Key::Escape),
            i.consume_key(none, Key::ArrowDown),
            i.consume_key(none, Key::ArrowUp),
            i.consume_key(none, Key::Enter),
        )
    });
    if esc {
        tx.send(AppCommand::ClosePalette);
        return;
    }
    if down {
        tx.send(AppCommand::PaletteMove(1));
    }
    if up {
        tx.send(AppCommand::PaletteMove(-1));
    }
    if enter {
        tx.send(AppCommand::PaletteChoose(None));
    }
}

/// The open palette over whatever `ctx`'s window shows.
pub fn palette_ui(app: &State, palette: &Palette, tx: &mut Commands, ctx: &egui::Context) {
    let width = (ctx.content_rect().width() - 24.0).clamp(200.0, WIDTH);
    let area = egui::Modal::default_area(egui::Id::unique("palette"))
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 48.0));
    let modal = egui::Modal::new(egui::Id::unique("palette"))
        .area(area)
        .show(ctx, |ui| {
            ui.set_width(width);
            box_ui(app, palette, tx, ui);
            ui.separator();
            rows_ui(app, palette, tx, ui);
        });
    if modal.backdrop_response.clicked() {
        tx.send(AppCommand::ClosePalette);
    }
}

fn box_ui(app: &State, palette: &Palette, tx: &mut Commands, ui: &mut Ui) {
    let label = ui.label(RichText::new(&app.strings.palette).strong());
    let mut query = palette.query.clone();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut query)
                .id(box_id())
                .hint_text(&app.strings.palette_hint)
                .desired_width(f32::INFINITY)
                .return_key(None),
        )
        .labelled_by(label.id);
    if palette.focus_box {
        response.request_focus();
    }
    if response.changed() {
        tx.send(AppCommand::PaletteQuery(query));
    }
}

fn rows_ui(app: &State, palette: &Palette, tx: &mut Commands, ui: &mut Ui) {
    if palette.found.is_empty() {
        ui.label(RichText::new(&app.strings.palette_none).color(style::palette(ui).weak));
        return;
    }
    let max_height = (ui.ctx().content_rect().height() * 0.6).max(120.0);
    egui::ScrollArea::vertical()
        .max_height(max_height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (row, &n) in palette.found.iter().enumerate() {
                let Some(entry) = app.palette_entries.get(n) else {
                    continue;
                };
                let keys = match entry.target {
                    // A command's keys come from the one command list.
                    Target::Command(command) => command.shortcut_text(ui.ctx()),
                    _ => String::new(),
                };
                let selected = row == palette.selected;
                let button = egui::Button::selectable(selected, entry.title.as_str())
                    .right_text(RichText::new(right_text(&entry.kind, &keys)).weak())
                    .min_size(egui::vec2(ui.available_width(), 0.0));
                let response = ui.add(button);
                if selected && palette.scroll_to_selected {
                    response.scroll_to_me(None);
                }
                if response.clicked() {
                    tx.send(AppCommand::PaletteChoose(Some(row)));
                }
            }
        });
}

/// "Command · F5", or the kind alone.
fn right_text(kind: &str, keys: &str) -> String {
    if keys.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind} · {keys}")
    }
}
