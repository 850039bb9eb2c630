//! The help page: every shortcut, from the same `UiCommand` list the key handler reads,
//! and the rules keys and focus follow.

use egui::{RichText, Ui};

use super::{DefuseApp, command::UiCommand, widgets};

pub fn help_ui(app: &DefuseApp, ui: &mut Ui) {
    ui.heading(&app.strings.help);
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .striped(true)
        .spacing([24.0, 8.0])
        .show(ui, |ui| {
            ui.label(RichText::new(&app.strings.action).strong());
            ui.label(RichText::new(&app.strings.keys).strong());
            ui.end_row();
            for command in UiCommand::ALL {
                ui.label(command.label(&app.strings));
                ui.label(RichText::new(command.shortcut_text(ui.ctx())).monospace());
                ui.end_row();
            }
        });
    widgets::section_heading(ui, &app.strings.key_rules_heading);
    for rule in &app.strings.key_rules {
        widgets::bullet(ui, RichText::new(rule));
    }
}
