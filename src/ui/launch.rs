//! Opens the window: native options, where data lives, and the screenshot mode.

use std::{fs, path::PathBuf, process::ExitCode, time::Instant};

use super::{
    AppOptions, DefuseApp, Prefs, RunMode, View,
    kiosk::{DEFAULT_IDLE_SECONDS, Kiosk},
    queue::AppCommand,
    screenshot::{Capture, Outcome},
    style::ThemeChoice,
};
use crate::{
    library::{LanguageChain, Library},
    missed::MissedStore,
    practice::PracticeStore,
    site_profile::SiteProfile,
    strings::Language,
    user_data::{Settings, UserStore, check_window_file},
    user_file::FileStore,
};

use crate::data_dir::data_dir;

#[derive(Debug, Default)]
pub struct Launch {
    pub screenshot: Option<PathBuf>,
    pub view: Option<String>,
    pub size: Option<(f32, f32)>,
    pub theme: Option<ThemeChoice>,
    pub started: Option<Instant>,
    /// Present this deck or item from this 0-based page (`defuse present`).
    pub present: Option<(String, usize)>,
    /// Show the site's numbers as this country preset fills them (`--site-preset`,
    /// for screenshots, which read no `site.ron`).
    pub site_preset: Option<String>,
    /// Packs to layer over the bundled content, in order (installed, then `--content`),
    /// and the keys a pack must be signed with, if any.
    pub packs: crate::packs::Sources,
    /// Where `packs` came from, to reload them when they change (not for screenshots).
    pub places: Option<crate::packs::Places>,
    /// Run as a kiosk (`--kiosk`), after this many idle seconds if given.
    pub kiosk: Option<Option<u32>>,
    /// The interface's language for this run (`--lang`).
    pub lang: Option<Language>,
}

#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error("{}", crate::strings::current().err_view(.0.as_str()))]
    View(String),
    #[error("{}", crate::strings::current().err_window(.0.to_string()))]
    Window(#[from] eframe::Error),
    #[error("{}", crate::strings::current().err_screenshot(.0.as_str()))]
    Screenshot(String),
}

/// The window options shared with the bare-window baseline, so the two compare fairly.
pub fn native_options(size: (f32, f32)) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Defuse")
            .with_app_id("defuse")
            .with_inner_size(size)
            .with_min_inner_size((360.0, 420.0)),
        renderer: eframe::Renderer::Glow,
        // Rendering must not depend on the machine's fonts: we ship what we need.
        system_font_fallback: false,
        ..Default::default()
    }
}

/// What `--view` asks for: a page, a search, or a presentation at a slide.
#[derive(Debug, Default)]
struct Start {
    view: Option<View>,
    query: Option<String>,
    present: Option<AppCommand>,
}

fn parse_view(view: &str) -> Result<Start, LaunchError> {
    let page = |view: View| Start {
        view: Some(view),
        ..Start::default()
    };
    Ok(match view.split_once(':') {
        None if view == "home" => page(View::Home),
        None if view == "phrases" => page(View::Phrases),
        None if view == "playbooks" => page(View::Playbooks),
        None if view == "principles" => page(View::Principles),
        None if view == "safety" => page(View::Safety),
        None if view == "favourites" => page(View::Favourites),
        None if view == "help" => page(View::Help),
        None if view == "decks" => page(View::Decks),
        None if view == "handouts" => page(View::Handouts),
        None if view == "site-contacts" => page(View::SiteContacts),
        None if view == "packs" => page(View::Packs),
        None if view == "practice" => Start {
            present: Some(AppCommand::StartPractice(crate::practice::Scope::All)),
            ..Start::default()
        },
        Some(("card", id)) => page(View::Item(id.to_owned())),
        Some(("to-customer", rest)) => match rest.rsplit_once(':') {
            Some((phrase, code)) => match Language::from_code(code) {
                Some(language) => page(View::ToCustomer {
                    phrase: phrase.to_owned(),
                    language,
                }),
                None => return Err(LaunchError::View(view.to_owned())),
            },
            None => return Err(LaunchError::View(view.to_owned())),
        },
        Some(("search", query)) => Start {
            query: Some(query.to_owned()),
            ..Start::default()
        },
        Some((mode @ ("present" | "presenter"), rest)) => {
            // present:DECK or present:DECK:N, N counted from 1 as the slides show it.
            let (id, n) = match rest.rsplit_once(':') {
                Some((id, n)) => match n.parse::<usize>() {
                    Ok(n) if n >= 1 => (id, n),
                    _ => return Err(LaunchError::View(view.to_owned())),
                },
                None => (rest, 1),
            };
            Start {
                present: Some(AppCommand::StartPresenting {
                    id: Some(id.to_owned()),
                    page: n - 1,
                    presenter_only: mode == "presenter",
                }),
                ..Start::default()
            }
        }
        _ => return Err(LaunchError::View(view.to_owned())),
    })
}

/// Where settings and favourites are read and written for one run.
#[derive(Debug)]
struct Storage {
    /// eframe's file, which holds only the window's place and size; handed to eframe,
    /// which reads it at start and writes it only if `save_settings`.
    persistence_path: PathBuf,
    /// Whether the window's place and size may be saved this session.
    save_settings: bool,
    store: UserStore,
    settings: FileStore<Prefs>,
    prefs: Prefs,
    site: FileStore<SiteProfile>,
    missed: MissedStore,
    practice: PracticeStore,
    notices: Vec<String>,
}

impl Storage {
    /// Screenshots must not touch the user's own settings or favourites, nor leave a
    /// file of their own; a settings file that cannot be understood nor moved aside
    /// must not be written over.
    fn plan(screenshot: bool, dir: Option<PathBuf>) -> Self {
        let Some(dir) = dir.filter(|_| !screenshot) else {
            return Self {
                persistence_path: unused_path(),
                save_settings: false,
                store: UserStore::in_memory(),
                settings: FileStore::in_memory(),
                prefs: Prefs::default(),
                site: FileStore::in_memory(),
                missed: MissedStore::in_memory(),
                practice: PracticeStore::in_memory(),
                notices: Vec::new(),
            };
        };
        let mut notices = Vec::new();
        let window = dir.join(WINDOW_FILE);
        let (persistence_path, save_settings) = match check_window_file(&window) {
            Settings::Use => (window, true),
            Settings::Reset(notice) => {
                notices.push(notice);
                (window, true)
            }
            // eframe must not even read it (it may be a pipe): point it elsewhere.
            Settings::ReadOnly(notice) => {
                notices.push(notice);
                (unused_path(), false)
            }
        };
        let mut settings = FileStore::<Prefs>::in_dir(&dir);
        let exists = settings
            .path()
            .is_some_and(|p| fs::symlink_metadata(p).is_ok());
        let (prefs, notice) = settings.load();
        notices.extend(notice);
        let prefs = if exists {
            prefs
        } else {
            // Once, from where an earlier version kept them; saved on the next change.
            super::prefs::old_prefs(&dir.join(OLD_EFRAME_FILE)).unwrap_or(prefs)
        };
        Self {
            persistence_path,
            save_settings,
            store: UserStore::at(dir.join("favourites.ron")),
            settings,
            prefs,
            site: FileStore::in_dir(&dir),
            missed: MissedStore::in_dir(&dir),
            practice: PracticeStore::in_dir(&dir),
            notices,
        }
    }
}

/// eframe's file in the data folder: the window's place and size, nothing of the
/// user's (eframe empties it before writing, so a full disk loses only that).
const WINDOW_FILE: &str = "window.ron";
/// eframe's file as earlier versions used it, preferences included; never given to
/// eframe again (a value in it could stop the window from opening).
const OLD_EFRAME_FILE: &str = "app.ron";

/// A path where nothing is: eframe reads nothing from it, and with saving off nothing
/// ever marks its storage changed, so nothing is written there either.
fn unused_path() -> PathBuf {
    let dir = std::env::temp_dir();
    let pid = std::process::id();
    (0..)
        .map(|n| dir.join(format!("defuse-{pid}-{n}.ron")))
        .find(|p| fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| dir.join(format!("defuse-{pid}.ron")))
}

pub fn run(launch: Launch) -> Result<ExitCode, LaunchError> {
    let started = launch.started.unwrap_or_else(Instant::now);
    let mut start = match &launch.view {
        Some(v) => parse_view(v)?,
        None => Start::default(),
    };
    if let Some((id, page)) = launch.present {
        start.present = Some(AppCommand::StartPresenting {
            id: Some(id),
            page,
            presenter_only: false,
        });
    }
    let mut options = native_options(launch.size.unwrap_or((1100.0, 760.0)));
    let mut notices = Vec::new();
    let capture = launch
        .screenshot
        .map(|path| Capture::new(Some(path), started));
    let outcome = capture.as_ref().map(|c| c.outcome.clone());
    let mut storage = Storage::plan(capture.is_some(), data_dir());
    // The command line, else the site's own file, makes this PC a kiosk.
    let kiosk = match launch.kiosk {
        Some(seconds) => Some(seconds.unwrap_or(DEFAULT_IDLE_SECONDS)),
        None if capture.is_none() => {
            let (site, notice) = storage.site.load();
            storage.notices.extend(notice);
            site.kiosk
        }
        None => None,
    };
    if kiosk.is_some() {
        options.viewport = options.viewport.with_fullscreen(true);
    }
    options.persist_window = storage.save_settings;
    options.persistence_path = Some(storage.persistence_path);
    notices.extend(storage.notices);
    let store = storage.store;
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        options.viewport = options.viewport.with_icon(icon);
    }
    // Reading the guidance overlaps with opening the window and its GL context, which
    // takes far longer. Indexing it waits for the first frame, unless that frame
    // searches (a search or the phrases page): on two cores it slowed the window's
    // opening.
    let packs = launch.packs;
    let system_language = Language::from_system();
    let language = super::prefs::chosen_language(launch.lang, &storage.prefs, system_language);
    let languages = LanguageChain::new([language.code()]);
    let chain = languages.clone();
    let index_later = start.query.is_none() && start.view != Some(View::Phrases);
    // A screenshot is that one frame: it searches nothing, so it never indexes.
    let index_after_first_frame = index_later && capture.is_none();
    // A large pack takes seconds to read and index: the window opens on the bundled
    // content and the packs follow (`poll_loading`). A screenshot is one frame, so it
    // waits for them.
    let with_packs = !packs.is_bundled_only();
    let first = !(capture.is_some() && with_packs);
    let bundled = first.then(|| {
        let chain = chain.clone();
        std::thread::spawn(move || {
            if index_later {
                Library::bundled_unindexed(&chain)
            } else {
                Library::bundled(&chain)
            }
        })
    });
    let preload = with_packs.then(|| std::thread::spawn(move || Library::open(&packs, &chain)));
    // A screenshot is one frame: the model would only add to its time and memory.
    let search_by_meaning = capture.is_none();
    let mut app_options = AppOptions {
        store,
        missed: storage.missed,
        practice: storage.practice,
        settings: storage.settings,
        prefs: storage.prefs,
        site: storage.site,
        site_preset: launch.site_preset,
        view: start.view,
        query: start.query,
        present: start.present,
        theme: launch.theme,
        notices,
        run_mode: match (capture, kiosk) {
            (Some(capture), _) => RunMode::Screenshot(capture),
            (None, Some(seconds)) => RunMode::Kiosk(Kiosk::new(seconds)),
            (None, None) => RunMode::Normal,
        },
        search_by_meaning,
        index_later: index_after_first_frame,
        places: launch.places,
        languages,
        language: launch.lang,
        system_language,
        ..AppOptions::default()
    };
    eframe::run_native(
        "defuse",
        options,
        Box::new(|cc| {
            // If a thread failed, `DefuseApp::new` loads the bundled content itself.
            match (bundled, preload) {
                (Some(bundled), loading) => {
                    app_options.library = bundled.join().ok();
                    app_options.loading = loading;
                }
                (None, Some(preload)) => app_options.library = preload.join().ok(),
                (None, None) => {}
            }
            Ok(Box::new(DefuseApp::new(cc, app_options)))
        }),
    )?;
    let Some(outcome) = outcome else {
        return Ok(ExitCode::SUCCESS);
    };
    let outcome = outcome
        .lock()
        .map(|o| o.clone())
        .unwrap_or(Outcome::Pending);
    match outcome {
        Outcome::Saved {
            millis,
            width,
            height,
        } => {
            println!("first frame: {millis} ms ({width}×{height})");
            Ok(ExitCode::SUCCESS)
        }
        Outcome::Failed(why) => Err(LaunchError::Screenshot(why)),
        Outcome::Pending => Err(LaunchError::Screenshot(
            "the window closed before a frame was captured".to_owned(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn present_views_name_a_deck_and_a_slide_counted_from_one() {
        let start = |view| parse_view(view).map(|s| s.present);
        assert!(matches!(
            start("present:first-five-minutes:3"),
            Ok(Some(AppCommand::StartPresenting { id: Some(id), page: 2, presenter_only: false }))
                if id == "first-five-minutes"
        ));
        assert!(matches!(
            start("presenter:first-five-minutes"),
            Ok(Some(AppCommand::StartPresenting {
                page: 0,
                presenter_only: true,
                ..
            }))
        ));
        for bad in [
            "present:first-five-minutes:0",
            "present:first-five-minutes:x",
            "presents:a",
        ] {
            assert!(
                matches!(parse_view(bad), Err(LaunchError::View(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_screenshot_saves_nothing_and_reads_nothing_of_the_users() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        fs::write(dir.path().join(WINDOW_FILE), "[1, 2, 3]").expect("write");
        let plan = Storage::plan(true, Some(dir.path().to_owned()));
        assert!(!plan.save_settings);
        assert!(plan.store.path().is_none());
        assert!(plan.settings.path().is_none());
        assert!(plan.site.path().is_none());
        assert!(!plan.persistence_path.exists());
        // The user's file is not even looked at.
        assert!(dir.path().join(WINDOW_FILE).exists());
    }

    #[test]
    fn a_window_file_of_the_wrong_shape_is_set_aside_before_eframe_reads_it() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let window = dir.path().join(WINDOW_FILE);
        fs::write(&window, "[1, 2, 3]").expect("write");
        let plan = Storage::plan(false, Some(dir.path().to_owned()));
        assert!(plan.save_settings);
        assert_eq!(plan.persistence_path, window);
        assert!(!window.exists(), "the file was moved aside");
        assert!(plan.notices.iter().any(|n| n.contains("kept as")));
    }

    /// The file eframe 0.37 wrote on closing a real window (`tests/fixtures/`) is
    /// understood, so a good file is never set aside.
    #[test]
    fn the_window_file_eframe_writes_is_understood() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let written = include_str!("../../tests/fixtures/window.ron");
        fs::write(dir.path().join(WINDOW_FILE), written).expect("write");
        let plan = Storage::plan(false, Some(dir.path().to_owned()));
        assert_eq!(plan.notices, Vec::<String>::new());
        assert!(plan.save_settings);
        assert_eq!(plan.persistence_path, dir.path().join(WINDOW_FILE));
    }

    /// An earlier version's `app.ron`, with an egui zoom of 0 that panicked winit on
    /// every start: its preferences are taken up, and eframe never reads it.
    #[test]
    fn an_earlier_versions_app_ron_gives_its_preferences_and_nothing_else() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let app_ron = dir.path().join(OLD_EFRAME_FILE);
        let text = "{\"egui\": \"(options: (zoom_factor: 0.0))\", \
                    \"defuse-prefs\": \"(theme: Dark, zoom: 1.5, record_missed: true)\"}";
        fs::write(&app_ron, text).expect("write");
        let plan = Storage::plan(false, Some(dir.path().to_owned()));
        assert_eq!(plan.notices, Vec::<String>::new());
        assert_eq!((plan.prefs.zoom, plan.prefs.record_missed), (1.5, true));
        assert_ne!(plan.persistence_path, app_ron);
        assert_eq!(fs::read_to_string(&app_ron).expect("left alone"), text);
    }

    /// Once `settings.ron` exists, it alone holds the preferences.
    #[test]
    fn settings_ron_wins_over_an_old_app_ron() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        fs::write(
            dir.path().join(OLD_EFRAME_FILE),
            "{\"defuse-prefs\": \"(zoom: 1.5)\"}",
        )
        .expect("write");
        fs::write(dir.path().join("settings.ron"), "(zoom: 2.0)").expect("write");
        let plan = Storage::plan(false, Some(dir.path().to_owned()));
        assert_eq!(plan.prefs.zoom, 2.0);
    }

    /// A name too long to add `.bad-SECONDS` to cannot be moved aside, even by root.
    #[test]
    fn a_window_file_that_cannot_be_moved_aside_is_not_saved_over() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let stuck = dir.path().join(format!("{}.ron", "a".repeat(240)));
        fs::write(&stuck, "[1, 2, 3]").expect("write");
        let Settings::ReadOnly(notice) = check_window_file(&stuck) else {
            panic!("the file could not be moved, so saving must stop");
        };
        assert!(notice.contains("nothing will be saved"), "{notice}");
        assert_eq!(
            fs::read_to_string(&stuck).expect("still there"),
            "[1, 2, 3]"
        );
    }
}
