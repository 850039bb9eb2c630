//! The desktop app: its parts and the frame loop. The views draw `State` (state.rs)
//! and send commands; `actions/` applies them; `input/` turns keys into them.

mod actions;
mod chrome;
mod frame;
mod home;
mod input;
mod item;
pub mod kiosk;
pub mod launch;
pub mod palette;
mod prefs;
pub mod present;
pub mod screenshot;
pub mod search;
mod state;
pub mod style;
mod training;
mod widgets;

pub use actions::dialogs::{Dialog, Dialogs, PackFrom};
pub use input::{command, queue};
pub use state::{RunMode, State};
// The pages' modules by their own names, wherever their job put them.
use home::{help, safety, sections, site_contacts};
use item::phrase_pair;
pub use present::{fit, presenter, slide};
pub use training::handouts;
use training::practice;

use crate::strings::{Language, Strings};
use crate::{
    content::Content,
    library::{LanguageChain, Library},
    missed::{Missed, MissedStore},
    practice::{PracticeStore, Progress, Round},
    search::{Hit, Index, Outcome},
    site_profile::SiteProfile,
    user_data::{UserData, UserStore},
    user_file::FileStore,
};
use chrome::Once;
pub use prefs::Prefs;

use queue::{AppCommand, Commands};
use style::ThemeChoice;

/// How many results the list shows.
pub const RESULT_LIMIT: usize = 200;
/// What the main area shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The customer types, or search results while there is a query.
    Home,
    /// Both safety cards' first steps, and who to call (F2).
    Safety,
    Item(String),
    Phrases,
    Playbooks,
    Principles,
    Decks,
    Favourites,
    Help,
    /// Searches that found nothing, for the trainer (opt-in).
    Missed,
    /// A practice round of phrase pairs.
    Practice,
    /// Printable handouts: what, how, where.
    Handouts,
    /// The site's own numbers for who to call (`site.ron`).
    SiteContacts,
    /// The organisation's content packs loaded, in layer order.
    Packs,
    /// A pair's "say instead" line large in the customer's language, for a worker
    /// who shares no language with them to turn the screen round.
    ToCustomer {
        phrase: String,
        language: Language,
    },
}

/// How the app starts: where its data lives and what it shows first.
#[derive(Debug, Default)]
pub struct AppOptions {
    /// The content and its index, read ahead (see `launch`) or given by a test;
    /// None: the bundled guidance, read here.
    pub library: Option<Library>,
    /// The languages to read content in, most preferred first.
    pub languages: LanguageChain,
    /// The packs still being read at start (`library` is the bundled content
    /// meanwhile): put in place when done.
    pub loading: Option<std::thread::JoinHandle<Library>>,
    /// `library` came without its index (`Library::bundled_unindexed`): build it after
    /// the first frame.
    pub index_later: bool,
    pub store: UserStore,
    /// Where searches that found nothing are kept, when the user turns that on.
    pub missed: MissedStore,
    /// Where practice progress is kept.
    pub practice: PracticeStore,
    /// Where preferences are kept, and what they were at start.
    pub settings: FileStore<Prefs>,
    pub prefs: Prefs,
    /// Where the site's numbers are kept (`site.ron`).
    pub site: FileStore<SiteProfile>,
    /// Show the site's numbers as this country preset fills them, in memory only
    /// (screenshots: `--site-preset`).
    pub site_preset: Option<String>,
    pub view: Option<View>,
    pub query: Option<String>,
    pub theme: Option<ThemeChoice>,
    /// Messages to show once at start (a settings file set aside, content problems).
    pub notices: Vec<String>,
    /// For a person, or for one screenshot.
    pub run_mode: RunMode,
    /// Start presenting this (see `AppCommand::StartPresenting`).
    pub present: Option<AppCommand>,
    /// How "Print handouts…" asks for a folder and "Install pack…" for a pack.
    pub dialogs: Dialogs,
    /// Load the sentence model after the first frame (off in tests that do not ask).
    pub search_by_meaning: bool,
    /// The interface's language for this run (`--lang`), over the one saved in the app.
    pub language: Option<Language>,
    /// The system's language: the interface's when neither `--lang` nor the settings
    /// name one (English in tests, whatever the machine's locale).
    pub system_language: Language,
    /// Where the packs were found: watched after the first frame, and read again on
    /// a change or Ctrl+R. None: the content stays as given.
    pub places: Option<crate::packs::Places>,
}

pub struct DefuseApp {
    /// What the views draw from (`state`); everything below changes it.
    state: State,
    /// The search index of `state.content`, replaced with it on a reload.
    index: Index,
    /// The word results of the query last searched with `index`, and the query:
    /// joined by meaning when its scores come, not searched for again.
    words: Option<(String, Outcome)>,
    /// The languages content is read in, again on a reload.
    languages: LanguageChain,
    /// The packs still being read at start (see `poll_loading`).
    loading: Option<std::thread::JoinHandle<Library>>,
    /// The index of the content the first frame showed, built after it (see
    /// `poll_indexing`).
    indexing: Option<actions::reload::Indexing>,
    store: UserStore,
    settings_store: FileStore<Prefs>,
    site_store: FileStore<SiteProfile>,
    /// Whether a result of the current query was opened (else it was abandoned).
    query_opened: bool,
    missed_store: MissedStore,
    history: Vec<View>,
    focus_search: bool,
    /// Set on entering a page, so it opens at its top.
    scroll_to_top: bool,
    scroll_to_selected: bool,
    /// Scroll the page by this much this frame (keys, rule 6 in `keys`).
    scroll_by: f32,
    /// Take the cursor out of the search box: set on arriving at a page other than
    /// Home, so its keys scroll and typing still starts a search (rules in `keys`).
    leave_search: bool,
    /// The search on screen was started on another page, which is the last entry of
    /// `history`: Esc returns there, and the results are no page of their own.
    search_from_page: bool,
    /// What views and keys asked for this frame; applied once a frame.
    commands: Commands,
    /// The last presentation left, and its page: F5 on it again resumes there.
    resume: Option<(String, usize)>,
    /// The learner's practice boxes and any paused round, and where they are kept.
    progress: Progress,
    practice_store: PracticeStore,
    dialogs: Dialogs,
    run_mode: RunMode,
    /// Commands from threads (the sentence model's), applied with the views' ones.
    inbox: queue::Inbox,
    meaning: search::meaning::MeaningSearch,
    /// Start loading the sentence model at the end of the next frame.
    start_meaning: bool,
    /// What gets the cursor back once the palette has gone (`give_focus_back`).
    refocus: Option<egui::Id>,
    /// The text size at start, which a kiosk goes back to when left idle.
    start_zoom: f32,
    /// The language at start, which a kiosk goes back to when left idle.
    start_language: Language,
    /// Where the packs come from, and the watch on them once started.
    places: Option<crate::packs::Places>,
    watch: Option<crate::watch::FolderWatch>,
    /// The notices the last reload's problems gave, replaced by the next one's.
    pack_notices: Vec<String>,
    /// Start watching the packs at the end of the next frame.
    start_watch: bool,
    /// The other languages' content being read for the customer's page.
    language_reads: actions::LanguageReads,
}

/// How long a toast stays, in seconds.
const TOAST_SECONDS: f64 = 2.5;
/// Below this width the search box gets its own row.
const NARROW_WIDTH: f32 = 600.0;

impl std::fmt::Debug for DefuseApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DefuseApp")
            .field("view", &self.state.view)
            .field("query", &self.state.query)
            .finish_non_exhaustive()
    }
}

impl DefuseApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let ctx = &cc.egui_ctx;
        ctx.set_fonts(style::fonts());
        style::apply_sizes(ctx);
        // Zoom goes through our commands, so it is clamped and remembered.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);

        let mut prefs = options.prefs;
        if let Some(theme) = options.theme {
            prefs.theme = theme;
        }
        prefs.theme.apply(ctx);
        ctx.set_zoom_factor(prefs.zoom);
        let prefs_zoom = prefs.zoom;

        let kiosk = options.run_mode.is_kiosk();
        let mut notices = options.notices;
        let index_later = options.index_later && options.library.is_some();
        let Library {
            content,
            index,
            language,
            problems,
            signatures: pack_signatures,
        } = options
            .library
            .unwrap_or_else(|| Library::bundled(&options.languages));
        notices.extend(problems.iter().map(ToString::to_string));
        // A shared PC keeps nothing of one person's for the next: favourites, recent
        // items, practice and changed settings stay in memory, and missed searches are
        // not recorded.
        let (mut store, mut missed_store, mut practice_store, settings_store) = if kiosk {
            prefs.record_missed = false;
            (
                UserStore::in_memory(),
                MissedStore::in_memory(),
                PracticeStore::in_memory(),
                FileStore::in_memory(),
            )
        } else {
            (
                options.store,
                options.missed,
                options.practice,
                options.settings,
            )
        };
        let (user, notice) = store.load();
        notices.extend(notice);
        let (missed, missed_notice) = if prefs.record_missed {
            missed_store.load()
        } else {
            (Missed::default(), None)
        };
        notices.extend(missed_notice);
        let (mut progress, practice_notice) = practice_store.load();
        notices.extend(practice_notice);
        // Pairs that left the content go; the rest of the learner's progress stays.
        let phrases: std::collections::HashSet<&str> =
            content.phrases.iter().map(|p| p.id.as_str()).collect();
        progress.retain_known(|id| phrases.contains(id));
        let mut site_store = options.site;
        let (mut site, site_notice) = site_store.load();
        notices.extend(site_notice);
        let start_language =
            prefs::chosen_language(options.language, &prefs, options.system_language);
        let strings = Strings::new(start_language);
        crate::strings::set_current(start_language);
        // Until the packs are in, the page says so (`poll_loading` ends it). An hour
        // stands for "until then": the toast's time also schedules a repaint.
        let toast = options
            .loading
            .is_some()
            .then(|| (strings.packs_loading.clone(), 3600.0));
        if let Some(code) = &options.site_preset {
            match crate::site_profile::preset(code) {
                Some(preset) => site.apply(preset),
                None => notices.push(strings.site_no_preset(code.as_str())),
            }
        }
        let site_path = site_store.path().map(std::path::Path::to_path_buf);
        let site_form = site_contacts::SiteForm::new(&site, &content);

        let palette_entries = palette::entries::Entries::of(&content, &strings, kiosk);
        let mut app = Self {
            state: State {
                content: content.into(),
                strings,
                prefs,
                user,
                query: String::new(),
                results: Vec::new(),
                understood: Vec::new(),
                weak: false,
                missed,
                selected: 0,
                view: View::Home,
                results_viewport: (0.0, 0.0),
                notices,
                phrase_filter: None,
                phrase_text: String::new(),
                phrase_list: Vec::new(),
                presenting: None,
                round: None,
                handout: handouts::HandoutForm::default(),
                dialog: None,
                copied: None,
                toast,
                palette: None,
                palette_entries,
                site,
                site_path,
                site_form,
                kiosk,
                pack_rows: Vec::new(),
                meaning_progress: None,
                pack_signatures,
                other_languages: std::collections::HashMap::new(),
            },
            index,
            words: None,
            languages: options.languages,
            loading: options.loading,
            indexing: index_later.then_some(actions::reload::Indexing::AfterFirstFrame(language)),
            store,
            query_opened: false,
            missed_store,
            settings_store,
            site_store,
            history: Vec::new(),
            focus_search: true,
            scroll_to_top: true,
            scroll_to_selected: false,
            scroll_by: 0.0,
            leave_search: false,
            search_from_page: false,
            commands: Commands::default(),
            resume: None,
            progress,
            practice_store,
            dialogs: options.dialogs,
            run_mode: options.run_mode,
            inbox: queue::Inbox::default(),
            meaning: search::meaning::MeaningSearch::default(),
            start_meaning: options.search_by_meaning,
            refocus: None,
            start_zoom: prefs_zoom,
            start_language,
            start_watch: options.places.is_some(),
            places: options.places,
            watch: None,
            pack_notices: Vec::new(),
            language_reads: actions::LanguageReads::default(),
        };
        if let Some(query) = options.query {
            app.set_query(query);
        }
        if let Some(view) = options.view {
            app.navigate(view);
        }
        if let Some(present) = options.present {
            app.commands.send(present);
        }
        app
    }

    pub fn view(&self) -> &View {
        &self.state.view
    }

    pub fn query(&self) -> &str {
        &self.state.query
    }

    pub fn results(&self) -> &[Hit] {
        &self.state.results
    }

    pub fn selected(&self) -> usize {
        self.state.selected
    }

    pub fn user_data(&self) -> &UserData {
        &self.state.user
    }

    pub fn prefs(&self) -> &Prefs {
        &self.state.prefs
    }

    /// What the site calls for each contact, as this window has it.
    pub fn site(&self) -> &SiteProfile {
        &self.state.site
    }

    pub fn notices(&self) -> &[String] {
        &self.state.notices
    }

    /// The content this window shows (after any reload).
    pub fn content(&self) -> &Content {
        &self.state.content
    }

    /// The message shown at the bottom of the window, if any.
    pub fn toast(&self) -> Option<&str> {
        self.state.toast.as_ref().map(|(text, _)| text.as_str())
    }

    /// The practice round under way, if any.
    pub fn round(&self) -> Option<&Round> {
        self.state.round.as_ref()
    }

    /// The learner's practice progress.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// A sending end like the one the sentence model's thread has (tests send what a
    /// thread would).
    pub fn thread_sender(&self) -> queue::ThreadSender {
        self.inbox.sender(None)
    }

    /// Whether the sentence model is loaded and re-ranking results.
    pub fn meaning_ready(&self) -> bool {
        self.meaning.ready().is_some()
    }

    /// The command palette, while it is open.
    pub fn palette(&self) -> Option<&palette::Palette> {
        self.state.palette.as_ref()
    }

    /// The palette's row `n` as it stands: its title and kind.
    pub fn palette_row(&self, n: usize) -> Option<&palette::entries::Entry> {
        let open = self.state.palette.as_ref()?;
        self.state.palette_entries.get(*open.found.get(n)?)
    }

    /// The presentation under way, if any.
    pub fn presentation(&self) -> Option<&crate::present::Presentation> {
        self.state.presenting.as_ref().map(|p| &p.show)
    }
}

impl DefuseApp {
    /// The widget that had the cursor before the palette opened gets it back, once
    /// the palette's layer is gone: egui lets nothing under a modal keep the keyboard
    /// in the frame after it shows.
    fn give_focus_back(&mut self, ctx: &egui::Context) {
        if self.state.palette.is_some() {
            return;
        }
        let Some(id) = self.refocus else {
            return;
        };
        if ctx.memory(|m| m.top_modal_layer().is_none()) {
            ctx.memory_mut(|m| m.request_focus(id));
            self.refocus = None;
        } else {
            ctx.request_repaint();
        }
    }
}

impl eframe::App for DefuseApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let fullscreen = ctx.input(|i| i.viewport().fullscreen == Some(true));
        if fullscreen && self.state.presenting.is_none() && !self.run_mode.is_kiosk() {
            // Only a presentation is fullscreen. eframe restores the window as last
            // saved, and its autosave may have caught one mid-class: the everyday app
            // (with no key to leave fullscreen) must not open that way.
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
        // A window made narrower than its zoom allows zooms out, until it grows again.
        let width = ctx.content_rect().width() * ctx.zoom_factor();
        let zoom = style::fit_zoom(self.state.prefs.zoom, width);
        if (ctx.zoom_factor() - zoom).abs() > 0.001 {
            ctx.set_zoom_factor(zoom);
        }
        self.kiosk_frame(&ctx);
        self.keys(&ctx);
        self.poll_loading(&ctx);
        self.poll_indexing(&ctx);
        self.drain(&ctx);
        self.give_focus_back(&ctx);
        if self
            .state
            .toast
            .as_ref()
            .is_some_and(|(_, until)| ctx.input(|i| i.time) >= *until)
        {
            self.state.toast = None;
        }
        let once = Once {
            focus_search: std::mem::take(&mut self.focus_search),
            scroll_to_top: std::mem::take(&mut self.scroll_to_top),
            scroll_to_selected: std::mem::take(&mut self.scroll_to_selected),
            scroll_by: std::mem::take(&mut self.scroll_by),
            leave_search: std::mem::take(&mut self.leave_search),
        };
        let mut tx = std::mem::take(&mut self.commands);
        if let Some(presenting) = &mut self.state.presenting {
            present::split_for_screen(presenting, &self.state.content, &self.state.strings, &ctx);
            self.state.presentation_ui(&mut tx, ui);
        } else {
            self.state.frame_ui(&mut tx, ui, once);
        }
        self.commands = tx;
        if let Some(open) = &mut self.state.palette {
            // Asked of the frame just drawn.
            open.focus_box = false;
            open.scroll_to_selected = false;
        }
        self.drain(&ctx);
        if let RunMode::Screenshot(capture) = &mut self.run_mode {
            capture.after_frame(&ctx);
        }
        if std::mem::take(&mut self.start_watch) {
            self.start_watching(&ctx);
        }
        self.start_indexing();
        if std::mem::take(&mut self.start_meaning) {
            // After the first frame: start-up does not wait for the model.
            let send = self.inbox.sender(Some(&ctx));
            self.meaning
                .start(std::sync::Arc::clone(&self.state.content), send);
        }
    }

    /// Preferences and favourites are saved as they change; eframe's storage keeps
    /// only the window's place and size.
    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        // A search still on screen when the app closes was abandoned too.
        self.abandon_query();
        // eframe also saves every half minute: the round stays open, a copy is kept.
        self.keep_practice();
    }

    /// egui's memory is never kept: what of it matters (the zoom) is in our own
    /// preferences, and a value in it no screen can show (a zoom of 0) would stop the
    /// window from opening on every start.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}
