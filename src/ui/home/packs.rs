//! "Packs": the organisation's content packs this window loaded, in layer order, each
//! with its name, version, what changed, how many items it brings and hides, whether
//! it is signed, and where it is; how far search by meaning has read them; and how to
//! add one when there is none.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::{
    content::pack::PackInfo,
    pack_signature::{self, SignatureState},
    ui::{PackFrom, State, queue::AppCommand, queue::Commands, style, widgets},
};

/// One pack as the page shows it, worked out when the page opens (checking
/// signatures reads every file of the pack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackRow {
    pub info: PackInfo,
    /// Items it adds or replaces.
    pub items: usize,
    /// Its items that are due for review.
    pub due: usize,
    /// Whether it is signed, and by whom; or why the check failed.
    pub signature: Result<SignatureState, String>,
}

/// Each pack folder's signature state, as loading checked it (`Library::signatures`).
pub type Signatures = Vec<(PathBuf, Result<SignatureState, String>)>;

/// The rows for the packs `app` loaded, with the signature states their load found:
/// opening the page reads no file. A pack the load did not check (content given
/// whole, as tests give it) is looked at now, without keys: signed or not, and by whom.
pub fn rows(app: &State) -> Vec<PackRow> {
    let content = &app.content;
    content
        .packs
        .iter()
        .map(|info| {
            let own = |id: &&String| content.origin(id).name() == info.name;
            let checked = app
                .pack_signatures
                .iter()
                .find(|(dir, _)| *dir == info.folder)
                .map(|(_, state)| state.clone());
            PackRow {
                items: content.origins.keys().filter(own).count(),
                due: content.due_for_review.iter().filter(own).count(),
                signature: checked.unwrap_or_else(|| {
                    pack_signature::verify_pack(&info.folder, &[]).map_err(|e| e.to_string())
                }),
                info: info.clone(),
            }
        })
        .collect()
}

pub fn packs_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    let s = &app.strings;
    let palette = style::palette(ui);
    ui.heading(&s.packs);
    ui.add(egui::Label::new(&s.packs_intro).wrap());
    if let Some((done, total)) = app.meaning_progress {
        let progress = s.packs_meaning_progress(done, total);
        ui.add(egui::Label::new(progress).wrap());
    }
    // Kiosks have no Packs page; with no data folder, a click says so.
    ui.add_space(8.0);
    install_buttons_ui(app, tx, ui);
    if app.pack_rows.is_empty() {
        ui.add_space(8.0);
        ui.add(egui::Label::new(RichText::new(&s.packs_none).strong()).wrap());
    }
    for row in &app.pack_rows {
        ui.add_space(12.0);
        widgets::section_heading_ui(ui, &format!("{} {}", row.info.name, row.info.version));
        if !row.info.changes.trim().is_empty() {
            ui.add(egui::Label::new(&row.info.changes).wrap());
        }
        let counts = s.pack_counts(row.items, row.info.hidden);
        ui.label(counts);
        if row.due > 0 {
            ui.label(s.pack_due(row.due));
        }
        let (signature, warn) = match &row.signature {
            Ok(SignatureState::Unsigned) => (s.pack_unsigned.clone(), false),
            Ok(SignatureState::SignedUnchecked { key_id }) => {
                (s.pack_signed_unchecked(key_id.as_str()), false)
            }
            Ok(SignatureState::Signed { key_id, .. }) => (s.pack_signed(key_id.as_str()), false),
            Err(why) => (why.clone(), true),
        };
        let text = RichText::new(signature);
        ui.add(
            egui::Label::new(if warn {
                text.color(palette.danger_text)
            } else {
                text
            })
            .wrap(),
        );
        ui.add(
            egui::Label::new(
                RichText::new(row.info.folder.display().to_string()).color(palette.weak),
            )
            .wrap(),
        );
    }
    ui.add_space(12.0);
    let folder = crate::data_dir::data_dir()
        .map(|d| crate::packs::packs_dir(&d).display().to_string())
        .unwrap_or_default();
    ui.add(egui::Label::new(RichText::new(s.packs_how(folder)).color(palette.weak)).wrap());
}

/// "Install pack from a folder…" and "…from a .zip…"; while one runs, what it is doing.
fn install_buttons_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    let s = &app.strings;
    if app.installing_pack() {
        ui.add_enabled(false, egui::Button::new(&s.installing_pack));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(&s.install_pack_folder).clicked() {
            tx.send(AppCommand::InstallPack(PackFrom::Folder));
        }
        if ui.button(&s.install_pack_zip).clicked() {
            tx.send(AppCommand::InstallPack(PackFrom::Zip));
        }
    });
}
