//! Opens the window: native options, where data lives, and the screenshot mode.

use std::{fs, path::PathBuf, process::ExitCode, time::Instant};

use super::{
    AppOptions, DefuseApp, PREFS_KEY, Prefs, RunMode, View,
    queue::AppCommand,
    screenshot::{Capture, Outcome},
    style::ThemeChoice,
};
use crate::{
    missed::MissedStore,
    practice::PracticeStore,
    search::{Analyzer, Index},
    user_data::{Settings, UserStore, check_eframe_storage},
};

/// Overrides where favourites and settings are kept (tests, kiosks, portable installs).
pub const DATA_DIR_ENV: &str = "DEFUSE_DATA_DIR";

#[derive(Debug, Default)]
pub struct Launch {
    pub screenshot: Option<PathBuf>,
    pub view: Option<String>,
    pub size: Option<(f32, f32)>,
    pub theme: Option<ThemeChoice>,
    pub started: Option<Instant>,
    /// Present this deck or item from this 0-based page (`defuse present`).
    pub present: Option<(String, usize)>,
}

#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error(
        "unknown view `{0}`: use home, safety, card:ID, search:QUERY, phrases, playbooks, \
         principles, decks, favourites, help, practice, present:DECK:N or presenter:DECK:N"
    )]
    View(String),
    #[error("cannot open the window: {0}")]
    Window(#[from] eframe::Error),
    #[error("screenshot failed: {0}")]
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
        None if view == "practice" => Start {
            present: Some(AppCommand::StartPractice(crate::practice::Scope::All)),
            ..Start::default()
        },
        Some(("card", id)) => page(View::Item(id.to_owned())),
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
    /// Handed to eframe, which reads it at start; written only if `save_settings`.
    persistence_path: PathBuf,
    /// Whether window, egui and preference state may be saved this session.
    save_settings: bool,
    store: UserStore,
    missed: MissedStore,
    practice: PracticeStore,
    notice: Option<String>,
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
                missed: MissedStore::in_memory(),
                practice: PracticeStore::in_memory(),
                notice: None,
            };
        };
        let app_ron = dir.join("app.ron");
        let (persistence_path, save_settings, notice) =
            match check_eframe_storage(&app_ron, understood) {
                Settings::Use => (app_ron, true, None),
                Settings::Reset(notice) => (app_ron, true, Some(notice)),
                // eframe must not even read it (it may be a pipe): point it elsewhere.
                Settings::ReadOnly(notice) => (unused_path(), false, Some(notice)),
            };
        Self {
            persistence_path,
            save_settings,
            store: UserStore::at(dir.join("favourites.ron")),
            missed: MissedStore::in_dir(&dir),
            practice: PracticeStore::in_dir(&dir),
            notice,
        }
    }
}

/// Our own entry in eframe's file is read strictly; eframe's entries only need to be
/// RON, which `check_eframe_storage` checks.
fn understood(key: &str, value: &str) -> bool {
    key != PREFS_KEY || ron::from_str::<Prefs>(value).is_ok()
}

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

/// Where favourites, settings and missed searches live: `$DEFUSE_DATA_DIR`, else the
/// platform's data folder.
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os(DATA_DIR_ENV)
        .map(PathBuf::from)
        .or_else(|| eframe::storage_dir("defuse"))
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
    let storage = Storage::plan(capture.is_some(), data_dir());
    options.persist_window = storage.save_settings;
    options.persistence_path = Some(storage.persistence_path);
    notices.extend(storage.notice);
    let store = storage.store;
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        options.viewport = options.viewport.with_icon(icon);
    }
    // Reading and indexing the guidance overlaps with opening the window and its GL
    // context, which takes far longer.
    let preload = std::thread::spawn(|| {
        let loaded = crate::content::bundled::load(crate::content::DEFAULT_LANGUAGE);
        let language = crate::content::DEFAULT_LANGUAGE;
        let index = Index::new(&loaded.content, Analyzer::for_language(language));
        (loaded, index)
    });
    // A screenshot is one frame: the model would only add to its time and memory.
    let search_by_meaning = capture.is_none();
    let mut app_options = AppOptions {
        store,
        missed: storage.missed,
        practice: storage.practice,
        view: start.view,
        query: start.query,
        present: start.present,
        theme: launch.theme,
        notices,
        save_settings: storage.save_settings,
        run_mode: capture.map_or(RunMode::Normal, RunMode::Screenshot),
        search_by_meaning,
        ..AppOptions::default()
    };
    eframe::run_native(
        "defuse",
        options,
        Box::new(|cc| {
            // If the thread failed, `DefuseApp::new` loads the content itself.
            if let Ok((loaded, index)) = preload.join() {
                app_options
                    .notices
                    .extend(loaded.problems.iter().map(ToString::to_string));
                app_options.content = Some(loaded.content);
                app_options.index = Some(index);
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
        fs::write(dir.path().join("app.ron"), "[1, 2, 3]").expect("write");
        let plan = Storage::plan(true, Some(dir.path().to_owned()));
        assert!(!plan.save_settings);
        assert!(plan.store.path().is_none());
        assert!(!plan.persistence_path.exists());
        // The user's file is not even looked at.
        assert!(dir.path().join("app.ron").exists());
    }

    #[test]
    fn settings_of_the_wrong_shape_are_set_aside_before_eframe_reads_them() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let app_ron = dir.path().join("app.ron");
        fs::write(&app_ron, "[1, 2, 3]").expect("write");
        let plan = Storage::plan(false, Some(dir.path().to_owned()));
        assert!(plan.save_settings);
        assert_eq!(plan.persistence_path, app_ron);
        assert!(!app_ron.exists(), "the file was moved aside");
        assert!(plan.notice.is_some_and(|n| n.contains("kept as")));
    }

    /// What eframe writes (a pretty map of RON strings, as `eframe::set_value` encodes
    /// them) is understood, so a good file is never set aside.
    #[test]
    fn the_file_eframe_writes_is_understood() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let prefs = Prefs {
            zoom: 1.25,
            ..Prefs::default()
        };
        let kv = std::collections::HashMap::from([
            (PREFS_KEY.to_owned(), ron::ser::to_string(&prefs)?),
            (
                "egui".to_owned(),
                ron::ser::to_string(&egui::Memory::default())?,
            ),
        ]);
        let text = ron::ser::to_string_pretty(&kv, ron::ser::PrettyConfig::default())?;
        fs::write(dir.path().join("app.ron"), text)?;
        let plan = Storage::plan(false, Some(dir.path().to_owned()));
        assert_eq!(plan.notice, None);
        assert!(plan.save_settings);
        assert_eq!(plan.persistence_path, dir.path().join("app.ron"));
        Ok(())
    }

    #[test]
    fn our_own_entry_is_read_strictly() {
        assert!(understood(PREFS_KEY, "(theme: Dark, zoom: 1.2)"));
        assert!(understood("window", "(anything: 1)"));
        assert!(!understood(
            PREFS_KEY,
            "(theme: Dark, zoom: 1.2, volume: 11)"
        ));
        assert!(!understood(PREFS_KEY, "[1, 2]"));
    }

    /// A name too long to add `.bad-SECONDS` to cannot be moved aside, even by root.
    #[test]
    fn settings_that_cannot_be_moved_aside_are_not_saved_over() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let stuck = dir.path().join(format!("{}.ron", "a".repeat(240)));
        fs::write(&stuck, "[1, 2, 3]").expect("write");
        let Settings::ReadOnly(notice) = check_eframe_storage(&stuck, understood) else {
            panic!("the file could not be moved, so saving must stop");
        };
        assert!(notice.contains("nothing will be saved"), "{notice}");
        assert_eq!(
            fs::read_to_string(&stuck).expect("still there"),
            "[1, 2, 3]"
        );
    }
}
