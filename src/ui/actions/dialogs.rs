//! The system's file dialogs (the handouts' folder, a pack to install), each on a
//! thread of its own that answers through the command queue, so the window keeps
//! drawing while one is open; tests give stand-ins for the dialogs.

use std::path::{Path, PathBuf};

use super::super::{DefuseApp, TOAST_SECONDS, queue::AppCommand};
use crate::packs::install::{self, Refused};

/// Asks the user for a path, opening at `start`, with `title` on the dialog; `None`
/// when cancelled or when the system has no dialog.
pub type Pick = fn(start: &Path, title: &str) -> Option<PathBuf>;

/// The dialogs the app opens: the system's unless a test gives its own.
#[derive(Clone, Copy)]
pub struct Dialogs {
    /// A folder: the handouts' folder, or a pack's.
    pub folder: Pick,
    /// A pack's `.zip` file.
    pub zip: Pick,
}

impl Default for Dialogs {
    fn default() -> Self {
        Self {
            folder: system_folder_dialog,
            zip: system_zip_dialog,
        }
    }
}

impl std::fmt::Debug for Dialogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Dialogs")
    }
}

/// Which dialog is open (its answer not in yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    HandoutFolder,
    /// A pack being chosen, then checked and copied in.
    InstallPack,
}

/// Where a pack to install is: a folder, or a `.zip` (one dialog cannot ask for
/// either on every system).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackFrom {
    Folder,
    Zip,
}

/// The folder typed may not exist yet: the dialog opens at the nearest one that does.
fn dialog_at(start: &Path, title: &str) -> rfd::FileDialog {
    let dialog = rfd::FileDialog::new().set_title(title);
    match start.ancestors().find(|d| d.is_dir()) {
        Some(dir) => dialog.set_directory(dir),
        None => dialog,
    }
}

fn system_folder_dialog(start: &Path, title: &str) -> Option<PathBuf> {
    dialog_at(start, title).pick_folder()
}

fn system_zip_dialog(start: &Path, title: &str) -> Option<PathBuf> {
    dialog_at(start, title)
        .add_filter("Pack (.zip)", &["zip"])
        .pick_file()
}

/// Where a pack dialog opens: the home folder (a USB stick is mounted below it or
/// beside it on most systems).
fn home() -> PathBuf {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map_or_else(|| PathBuf::from("."), PathBuf::from)
}

impl DefuseApp {
    /// Whether the handouts' folder dialog is open (its answer not in yet).
    pub fn choosing_folder(&self) -> bool {
        self.state.choosing_folder()
    }

    /// Whether a pack is being chosen or installed.
    pub fn installing_pack(&self) -> bool {
        self.state.installing_pack()
    }

    /// Opens the handouts' folder dialog.
    pub(in crate::ui) fn choose_folder(&mut self, ctx: &egui::Context) {
        if self.state.dialog.is_some() {
            return;
        }
        let pick = self.dialogs.folder;
        let start = PathBuf::from(self.state.handout.dir.trim());
        let title = self.state.strings.choose_folder_title.clone();
        let send = self.inbox.sender(Some(ctx));
        let spawned = std::thread::Builder::new()
            .name("folder dialog".into())
            .spawn(move || send.send(AppCommand::HandoutFolderChosen(pick(&start, &title))));
        match spawned {
            Ok(_) => self.state.dialog = Some(Dialog::HandoutFolder),
            Err(e) => self.notice(e.to_string()),
        }
    }

    /// A folder picked replaces the one typed; a cancel leaves it.
    pub(in crate::ui) fn handout_folder_chosen(&mut self, picked: Option<PathBuf>) {
        self.state.dialog = None;
        if let Some(dir) = picked {
            self.state.handout.dir = dir.display().to_string();
            self.state.handout.written = None;
        }
    }

    /// "Install pack…": asks for the pack, then checks it as `defuse check` does and
    /// copies it into the data folder's packs, all on one thread.
    pub(in crate::ui) fn install_pack(&mut self, ctx: &egui::Context, from: PackFrom) {
        let data_dir = self.places.as_ref().and_then(|p| p.data_dir.clone());
        let Some(data_dir) = data_dir else {
            self.notice(self.state.strings.pack_no_data_dir.clone());
            return;
        };
        if self.state.dialog.is_some() || self.state.kiosk {
            return;
        }
        let pick = match from {
            PackFrom::Folder => self.dialogs.folder,
            PackFrom::Zip => self.dialogs.zip,
        };
        let title = self.state.strings.install_pack_title.clone();
        let send = self.inbox.sender(Some(ctx));
        let spawned = std::thread::Builder::new()
            .name("install pack".into())
            .spawn(move || {
                let outcome = pick(&home(), &title).map(|path| {
                    install::check_and_install(&path, &data_dir, crate::library::today())
                        .map(|(pack, _)| format!("{} {}", pack.name, pack.version))
                        .map_err(|refused| refusal_lines(&path, &refused))
                });
                send.send(AppCommand::PackInstalled(outcome));
            });
        match spawned {
            Ok(_) => self.state.dialog = Some(Dialog::InstallPack),
            Err(e) => self.notice(e.to_string()),
        }
    }

    /// Says how the install went; on success the packs are read again (the watcher
    /// would too, but it may not be running).
    pub(in crate::ui) fn pack_installed(
        &mut self,
        ctx: &egui::Context,
        outcome: Option<Result<String, Vec<String>>>,
    ) {
        self.state.dialog = None;
        match outcome {
            None => {}
            Some(Ok(pack)) => {
                let until = ctx.input(|i| i.time) + TOAST_SECONDS;
                let said = self.state.strings.pack_installed(pack);
                self.state.toast = Some((said, until));
                self.reload(ctx);
            }
            Some(Err(lines)) => {
                for line in lines {
                    self.notice(line);
                }
            }
        }
    }
}

/// The notices for a refused pack: what was refused, then each problem as `defuse
/// check` writes it (the first ten: the rest are `check`'s to list).
fn refusal_lines(path: &Path, refused: &Refused) -> Vec<String> {
    let mut lines = vec![format!("{}: {refused}", path.display())];
    if let Refused::Problems(problems) = refused {
        lines.extend(problems.iter().take(10).map(ToString::to_string));
        if problems.len() > 10 {
            lines.push(format!("… {} more", problems.len() - 10));
        }
    }
    lines
}
