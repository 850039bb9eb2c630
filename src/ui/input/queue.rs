//! The command queue: views only read the state they draw and send what the user did
//! here; the app applies it once a frame (as rerun's viewer does), so two windows (the
//! projector and the presenter view) can drive one state.

use std::sync::mpsc;

use super::command::UiCommand;
use crate::ui::{View, handouts::HandoutForm, search::meaning::Loaded, site_contacts::SiteForm};
use crate::{practice::Scope, present::Action, strings::Language};

/// Everything a view or a key can ask of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum AppCommand {
    /// An action with a label and keys (menus, shortcuts).
    Ui(UiCommand),
    Open(String),
    Navigate(View),
    SetQuery(String),
    /// Clears the search and puts the cursor back in the box.
    ClearSearch,
    /// Moves the highlighted result by this many rows.
    MoveSelection(isize),
    OpenSelected,
    /// Highlights this result: the first row in view, once the user scrolled the
    /// highlighted one out of it (Enter opens only what can be seen).
    SelectResult(usize),
    /// The results list's scroll offset and visible height, for keeping the selection
    /// in view when the arrows move it.
    ResultsViewport(f32, f32),
    ToggleFavourite(String),
    /// Copies a phrase pair's words; the pair's id marks which one says "Copied".
    CopyPhrase {
        id: String,
        text: String,
    },
    SetPhraseSituation(Option<String>),
    SetPhraseText(String),
    SetRecordMissed(bool),
    /// Shows the interface in this language from now on, and remembers it.
    SetLanguage(Language),
    ClearMissed,
    DismissNotices,
    /// Presents a deck or item (`None`: the open one), from a 0-based page.
    StartPresenting {
        id: Option<String>,
        page: usize,
        presenter_only: bool,
    },
    /// A clicker key, click or presenter-view button.
    Present(Action),
    /// Practises these pairs, resuming a paused round of them if there is one.
    StartPractice(Scope),
    /// The learner's own words on the practice page.
    SetReply(String),
    SetHandoutForm(HandoutForm),
    WriteHandout,
    /// Opens the system's folder dialog for the handouts' folder.
    ChooseHandoutFolder,
    /// The handouts' folder dialog's answer (None: cancelled), from its thread.
    HandoutFolderChosen(Option<std::path::PathBuf>),
    /// "Install pack…": asks for a pack, checks it and copies it in, on a thread.
    InstallPack(crate::ui::actions::dialogs::PackFrom),
    /// How an install went: the pack's name and version, or why it was refused
    /// (`defuse check`'s lines); None when the dialog was cancelled.
    PackInstalled(Option<Result<String, Vec<String>>>),
    OpenFolder(std::path::PathBuf),
    /// The Site contacts page's boxes as the user has filled them in.
    SetSiteForm(SiteForm),
    /// Saves the Site contacts page's changes into `site.ron`.
    SaveSite,
    /// The palette's box changed.
    PaletteQuery(String),
    /// Moves the palette's highlighted row by this many rows.
    PaletteMove(isize),
    /// Does what a row stands for: this one (a click), or the highlighted one (Enter).
    PaletteChoose(Option<usize>),
    /// Closes the palette, giving the cursor back where it was (Esc).
    ClosePalette,
    /// The sentence model loaded (or why not), from its thread.
    MeaningLoaded(Loaded),
    /// Read the packs again (Ctrl+R), off the UI thread.
    Reload,
    /// The packs, read again after a change (the watcher) or Ctrl+R, from a thread.
    Reloaded(crate::ui::actions::reload::Reloaded),
    /// Another language's content, read on a thread for the customer's page.
    LanguageRead(crate::ui::actions::LanguageRead),
    /// Every item's meaning score for a query, from the model's thread: the results
    /// are re-ranked if it is still the query on screen.
    QueryMeaning {
        query: String,
        scores: Vec<crate::meaning::vectors::Scored>,
    },
}

/// The sending end threads use: what they send is applied at the next frame, which
/// sending wakes.
#[derive(Debug, Clone)]
pub struct ThreadSender {
    to: mpsc::Sender<AppCommand>,
    wake: Option<egui::Context>,
}

impl ThreadSender {
    pub fn send(&self, command: AppCommand) {
        // The app has closed if nobody receives: nothing is left to do.
        if self.to.send(command).is_ok()
            && let Some(ctx) = &self.wake
        {
            ctx.request_repaint();
        }
    }
}

/// Commands from threads, waiting for the next frame.
#[derive(Debug)]
pub struct Inbox {
    from: mpsc::Receiver<AppCommand>,
    to: mpsc::Sender<AppCommand>,
}

impl Default for Inbox {
    fn default() -> Self {
        let (to, from) = mpsc::channel();
        Self { from, to }
    }
}

impl Inbox {
    /// A sending end for a thread, which wakes `ctx` when it sends.
    pub fn sender(&self, ctx: Option<&egui::Context>) -> ThreadSender {
        ThreadSender {
            to: self.to.clone(),
            wake: ctx.cloned(),
        }
    }

    /// What has arrived, in order.
    pub fn take(&self) -> Vec<AppCommand> {
        self.from.try_iter().collect()
    }
}

/// What views send during a frame, in order.
#[derive(Debug, Default)]
pub struct Commands(Vec<AppCommand>);

impl Commands {
    pub fn send(&mut self, command: AppCommand) {
        self.0.push(command);
    }

    pub fn open(&mut self, id: impl Into<String>) {
        self.send(AppCommand::Open(id.into()));
    }

    pub fn take(&mut self) -> Vec<AppCommand> {
        std::mem::take(&mut self.0)
    }
}
