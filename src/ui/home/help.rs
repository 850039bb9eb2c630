//! The help page: every shortcut, from the same `UiCommand` list the key handler reads,
//! and the rules keys and focus follow.

use egui::{RichText, Ui};

use crate::ui::{
    State,
    command::UiCommand,
    queue::{AppCommand, Commands},
    widgets,
};

/// Below this width the keys go under their action instead of beside it.
const TABLE_WIDTH: f32 = 560.0;

pub fn help_ui(app: &State, ui: &mut Ui) {
    ui.heading(&app.strings.help);
    // Commands without keys (Practise, Print handouts…) are in the menu, not here.
    let commands = UiCommand::ALL
        .into_iter()
        .filter(|c| !c.shortcuts().is_empty() && (!app.kiosk || c.in_kiosk()));
    let width = ui.available_width();
    if width < TABLE_WIDTH {
        // A table would clip its keys ("Ctr…") in a narrow window: stack them.
        for command in commands {
            ui.add(egui::Label::new(RichText::new(command.label(&app.strings)).strong()).wrap());
            ui.add(
                egui::Label::new(RichText::new(command.shortcut_text(ui.ctx())).monospace()).wrap(),
            );
            ui.add_space(4.0);
        }
    } else {
        let gap = 24.0;
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .striped(true)
            .spacing([gap, 8.0])
            .min_col_width((width - gap) / 2.0 - 8.0)
            .show(ui, |ui| {
                ui.label(RichText::new(&app.strings.action).strong());
                ui.label(RichText::new(&app.strings.keys).strong());
                ui.end_row();
                for command in commands {
                    ui.label(command.label(&app.strings));
                    ui.label(RichText::new(command.shortcut_text(ui.ctx())).monospace());
                    ui.end_row();
                }
            });
    }
    widgets::section_heading_ui(ui, &app.strings.key_rules_heading);
    for rule in &app.strings.key_rules {
        widgets::bullet_ui(ui, RichText::new(rule));
    }
}

/// The trainer's list of searches that found nothing: the setting that turns recording
/// on (off by default), each search with how often, and one click to clear them.
pub fn missed_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    ui.heading(&app.strings.missed_heading);
    let mut on = app.prefs.record_missed;
    if ui.checkbox(&mut on, &app.strings.missed_setting).changed() {
        tx.send(AppCommand::SetRecordMissed(on));
    }
    if app.missed.is_empty() {
        ui.label(&app.strings.missed_none);
        return;
    }
    egui::Grid::new("missed")
        .num_columns(2)
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for entry in &app.missed.queries {
                ui.label(RichText::new(entry.count.to_string()).strong());
                ui.label(&entry.query);
                ui.end_row();
            }
        });
    if ui.button(&app.strings.missed_clear).clicked() {
        tx.send(AppCommand::ClearMissed);
    }
}
