//! The state the views draw from, apart from the code that changes it: every view
//! takes a `&State` and sends what the user did as commands; only the app's actions
//! (`actions/`) change it, once a frame. And the run mode: a person at the window, or
//! one screenshot, asked what it allows instead of checking for a screenshot.

use std::{collections::HashMap, sync::Arc};

use super::{
    Prefs, View, handouts, kiosk::Kiosk, palette, present::Presenting, screenshot::Capture,
    site_contacts::SiteForm,
};
use crate::strings::{Language, Strings};
use crate::{
    content::Content, missed::Missed, practice::Round, search::Hit, site_profile::SiteProfile,
    user_data::UserData,
};

/// What every view reads. Its fields are the app's to change (`actions/`).
pub struct State {
    pub(in crate::ui) content: Arc<Content>,
    pub(in crate::ui) strings: Strings,
    pub(in crate::ui) prefs: Prefs,
    pub(in crate::ui) user: UserData,
    pub(in crate::ui) query: String,
    pub(in crate::ui) results: Vec<Hit>,
    /// Query words understood only through the thesaurus, and the word they became.
    pub(in crate::ui) understood: Vec<(String, String)>,
    /// Nothing matched the query well: the results are a best guess.
    pub(in crate::ui) weak: bool,
    pub(in crate::ui) missed: Missed,
    pub(in crate::ui) selected: usize,
    pub(in crate::ui) view: View,
    /// The results list's scroll offset and visible height, from the last frame.
    pub(in crate::ui) results_viewport: (f32, f32),
    pub(in crate::ui) notices: Vec<String>,
    pub(in crate::ui) phrase_filter: Option<String>,
    pub(in crate::ui) phrase_text: String,
    /// The phrases page's pairs, best match first, for its filter as it stands.
    pub(in crate::ui) phrase_list: Vec<String>,
    pub(in crate::ui) presenting: Option<Presenting>,
    /// The practice round under way.
    pub(in crate::ui) round: Option<Round>,
    pub(in crate::ui) handout: handouts::HandoutForm,
    /// The file dialog open on its own thread (its answer comes through the queue).
    pub(in crate::ui) dialog: Option<super::Dialog>,
    pub(in crate::ui) copied: Option<String>,
    /// A short message at the bottom of the window, and when it goes (egui time).
    pub(in crate::ui) toast: Option<(String, f64)>,
    /// The command palette, while it is open.
    pub(in crate::ui) palette: Option<palette::Palette>,
    /// Everything the palette finds, by title.
    pub(in crate::ui) palette_entries: palette::entries::Entries,
    /// What the site calls for each contact (`site.ron`), and where it is kept.
    pub(in crate::ui) site: SiteProfile,
    pub(in crate::ui) site_path: Option<std::path::PathBuf>,
    /// The Site contacts page as the user is filling it in.
    pub(in crate::ui) site_form: SiteForm,
    /// The Packs page's rows, worked out when it opens.
    pub(in crate::ui) pack_rows: Vec<super::home::packs::PackRow>,
    /// Each pack's signature state, as the load that read the packs checked it.
    pub(in crate::ui) pack_signatures: super::home::packs::Signatures,
    /// A shared PC's kiosk: settings, favourites, recent items and the missed-search
    /// log are not shown (see `RunMode::Kiosk`).
    pub(in crate::ui) kiosk: bool,
    /// Passages of the packs embedded so far for search by meaning, and how many in
    /// all, while the model's thread is still at it.
    pub(in crate::ui) meaning_progress: Option<(usize, usize)>,
    /// The content in the languages a line has been shown to a customer in, as read
    /// with the packs of the time (a reload forgets them).
    pub(in crate::ui) other_languages: HashMap<Language, Arc<Content>>,
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("State")
            .field("view", &self.view)
            .field("query", &self.query)
            .finish_non_exhaustive()
    }
}

impl State {
    /// Whether the handouts' folder dialog is open (its answer not in yet).
    pub fn choosing_folder(&self) -> bool {
        self.dialog == Some(super::Dialog::HandoutFolder)
    }

    /// Whether a pack is being chosen or installed.
    pub fn installing_pack(&self) -> bool {
        self.dialog == Some(super::Dialog::InstallPack)
    }
}

/// How the app runs.
#[derive(Debug, Default)]
pub enum RunMode {
    /// A person uses the app: the window may go fullscreen, settings are kept.
    #[default]
    Normal,
    /// One frame is captured to a file: the window keeps the size asked for, and
    /// nothing of the user's is read or written.
    Screenshot(Capture),
    /// A shared shop PC (`--kiosk`): always fullscreen, nothing personal kept or
    /// shown, back to an empty Home when left idle.
    Kiosk(Kiosk),
}

impl RunMode {
    /// Whether presenting may make the window fullscreen (and leave it again).
    pub fn changes_window(&self) -> bool {
        matches!(self, Self::Normal)
    }

    /// Whether this is a shared PC's kiosk.
    pub fn is_kiosk(&self) -> bool {
        matches!(self, Self::Kiosk(_))
    }

    pub(in crate::ui) fn kiosk_mut(&mut self) -> Option<&mut Kiosk> {
        match self {
            Self::Kiosk(kiosk) => Some(kiosk),
            _ => None,
        }
    }
}
