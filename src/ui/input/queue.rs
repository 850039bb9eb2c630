//! The command queue: views only read the state they draw and send what the user did
//! here; the app applies it once a frame (as rerun's viewer does), so two windows (the
//! projector and the presenter view) can drive one state.

use super::command::UiCommand;
use crate::ui::{View, handouts::HandoutForm};
use crate::{practice::Scope, present::Action};

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
    OpenFolder(std::path::PathBuf),
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
