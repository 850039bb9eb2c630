//! "Print handouts…": the deck (or every card), the layout and the paper, the folder to
//! write into; then where the file went, and a button that opens the folder.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::export::{Layout, Paper};
use crate::ui::{
    State,
    queue::{AppCommand, Commands},
    style,
};

/// What the handouts page is set to, and what the last write did.
#[derive(Debug, Clone, PartialEq)]
pub struct HandoutForm {
    /// A deck id, or every card and playbook.
    pub deck: Option<String>,
    pub layout: Layout,
    pub paper: Paper,
    /// Two short pages to a sheet, in the cards and notes layouts.
    pub two_up: bool,
    pub dir: String,
    /// The file written, or why it could not be.
    pub written: Option<Result<PathBuf, String>>,
}

impl Default for HandoutForm {
    fn default() -> Self {
        Self {
            deck: None,
            layout: Layout::Cards,
            paper: Paper::A4,
            two_up: false,
            dir: default_dir().display().to_string(),
            written: None,
        }
    }
}

/// "Defuse handouts" in the user's Documents folder (or home folder).
fn default_dir() -> PathBuf {
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    let documents = home.join("Documents");
    let base = if documents.is_dir() { documents } else { home };
    base.join("Defuse handouts")
}

/// Opens `dir` in the system's file manager; the app never waits for it.
pub fn open_folder(dir: &Path) -> std::io::Result<()> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(dir)
        .spawn()
        .map(drop)
}

/// One labelled row of the form: in a grid's two columns, or the label above its
/// control when `narrow`. The control gets the label's id, for screen readers.
fn row_ui(ui: &mut Ui, narrow: bool, label: &str, control: impl FnOnce(&mut Ui, egui::Id)) {
    if narrow {
        let label = ui.strong(label);
        control(ui, label.id);
        ui.add_space(10.0);
    } else {
        let label = ui.label(label);
        control(ui, label.id);
        ui.end_row();
    }
}

pub fn handouts_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    let s = &app.strings;
    let form = &app.handout;
    let mut edited = form.clone();
    // The menu's "…" says a form follows; the form's own heading has no need of it.
    ui.heading(s.print_handouts.trim_end_matches('…'));
    ui.add(egui::Label::new(&s.handouts_intro).wrap());
    // Below this width the labels go above their controls, so nothing runs off the side.
    let narrow = ui.available_width() < 640.0;
    let field_width = (ui.available_width() - if narrow { 0.0 } else { 120.0 }).min(480.0);
    let mut rows = |ui: &mut Ui| {
        row_ui(ui, narrow, &s.handout_what, |ui, label| {
            let selected = edited
                .deck
                .as_deref()
                .and_then(|id| app.content.decks.iter().find(|d| d.id == id))
                .map_or(s.handout_all.as_str(), |d| d.title.as_str());
            egui::ComboBox::from_id_salt("handout-deck")
                .selected_text(selected)
                .width(field_width)
                .truncate()
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut edited.deck, None, &s.handout_all);
                    for deck in &app.content.decks {
                        ui.selectable_value(&mut edited.deck, Some(deck.id.clone()), &deck.title);
                    }
                })
                .response
                .labelled_by(label);
        });
        row_ui(ui, narrow, &s.handout_layout, |ui, _| {
            ui.vertical(|ui| {
                for (layout, text) in [
                    (Layout::Cards, &s.layout_cards),
                    (Layout::Pocket, &s.layout_pocket),
                    (Layout::Notes, &s.layout_notes),
                    (Layout::Roleplay, &s.layout_roleplay),
                ] {
                    ui.radio_value(&mut edited.layout, layout, text);
                }
                if matches!(edited.layout, Layout::Cards | Layout::Notes) {
                    ui.checkbox(&mut edited.two_up, &s.handout_two_up);
                }
            });
        });
        row_ui(ui, narrow, &s.handout_paper, |ui, _| {
            ui.horizontal(|ui| {
                ui.radio_value(&mut edited.paper, Paper::A4, "A4");
                ui.radio_value(&mut edited.paper, Paper::Letter, "Letter");
            });
        });
        row_ui(ui, narrow, &s.handout_folder, |ui, label| {
            ui.horizontal_wrapped(|ui| {
                ui.add(egui::TextEdit::singleline(&mut edited.dir).desired_width(field_width))
                    .labelled_by(label);
                if app.choosing_folder() {
                    ui.add_enabled(false, egui::Button::new(&s.choosing_folder));
                } else if ui.button(&s.choose_folder).clicked() {
                    tx.send(AppCommand::ChooseHandoutFolder);
                }
            });
        });
    };
    if narrow {
        rows(ui);
    } else {
        egui::Grid::new("handout")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, rows);
    }
    if edited != *form {
        edited.written = None;
        tx.send(AppCommand::SetHandoutForm(edited));
    }
    ui.add_space(8.0);
    if ui.button(&s.write_handout).clicked() {
        tx.send(AppCommand::WriteHandout);
    }
    match &form.written {
        Some(Ok(path)) => {
            ui.add(
                egui::Label::new(
                    RichText::new(s.handout_written(path.display().to_string())).strong(),
                )
                .wrap(),
            );
            if let Some(dir) = path.parent()
                && ui.button(&s.open_folder).clicked()
            {
                tx.send(AppCommand::OpenFolder(dir.to_path_buf()));
            }
        }
        Some(Err(why)) => {
            ui.colored_label(style::palette(ui).avoid, why);
        }
        None => {}
    }
}
