//! "Print handouts…": the deck (or every card), the layout and the paper, the folder to
//! write into; then where the file went, and a button that opens the folder.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::{
    DefuseApp,
    queue::{AppCommand, Commands},
    style,
};
use crate::export::{Layout, Paper};

/// What the handouts page is set to, and what the last write did.
#[derive(Debug, Clone, PartialEq)]
pub struct HandoutForm {
    /// A deck id, or every card and playbook.
    pub deck: Option<String>,
    pub layout: Layout,
    pub paper: Paper,
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

pub fn handouts_ui(app: &DefuseApp, tx: &mut Commands, ui: &mut Ui) {
    let s = &app.strings;
    let form = &app.handout;
    let mut edited = form.clone();
    ui.heading(&s.print_handouts);
    ui.add(egui::Label::new(&s.handouts_intro).wrap());
    egui::Grid::new("handout")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            let label = ui.label(&s.handout_what);
            let selected = edited
                .deck
                .as_deref()
                .and_then(|id| app.content.decks.iter().find(|d| d.id == id))
                .map_or(s.handout_all.as_str(), |d| d.title.as_str());
            egui::ComboBox::from_id_salt("handout-deck")
                .selected_text(selected)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut edited.deck, None, &s.handout_all);
                    for deck in &app.content.decks {
                        ui.selectable_value(&mut edited.deck, Some(deck.id.clone()), &deck.title);
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            ui.label(&s.handout_layout);
            ui.vertical(|ui| {
                for (layout, text) in [
                    (Layout::Cards, &s.layout_cards),
                    (Layout::Pocket, &s.layout_pocket),
                    (Layout::Notes, &s.layout_notes),
                ] {
                    ui.radio_value(&mut edited.layout, layout, text);
                }
            });
            ui.end_row();
            ui.label(&s.handout_paper);
            ui.horizontal(|ui| {
                ui.radio_value(&mut edited.paper, Paper::A4, "A4");
                ui.radio_value(&mut edited.paper, Paper::Letter, "Letter");
            });
            ui.end_row();
            let label = ui.label(&s.handout_folder);
            ui.add(egui::TextEdit::singleline(&mut edited.dir).desired_width(420.0))
                .labelled_by(label.id);
            ui.end_row();
        });
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
                    RichText::new(
                        s.handout_written
                            .replace("{path}", &path.display().to_string()),
                    )
                    .strong(),
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
