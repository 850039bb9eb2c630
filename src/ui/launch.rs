//! Opens the window: native options, where data lives, and the screenshot mode.

use std::{path::PathBuf, process::ExitCode, time::Instant};

use super::{
    AppOptions, DefuseApp, View,
    screenshot::{Capture, Outcome},
    style::ThemeChoice,
};
use crate::{
    search::{Analyzer, Index},
    user_data::{UserStore, check_eframe_storage},
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
}

#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error(
        "unknown view `{0}`: use home, card:ID, search:QUERY, phrases, playbooks or principles"
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

fn parse_view(view: &str) -> Result<(Option<View>, Option<String>), LaunchError> {
    Ok(match view.split_once(':') {
        None if view == "home" => (Some(View::Home), None),
        None if view == "phrases" => (Some(View::Phrases), None),
        None if view == "playbooks" => (Some(View::Playbooks), None),
        None if view == "principles" => (Some(View::Principles), None),
        Some(("card", id)) => (Some(View::Item(id.to_owned())), None),
        Some(("search", query)) => (None, Some(query.to_owned())),
        _ => return Err(LaunchError::View(view.to_owned())),
    })
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
    let (view, query) = match &launch.view {
        Some(v) => parse_view(v)?,
        None => (None, None),
    };
    let mut options = native_options(launch.size.unwrap_or((1100.0, 760.0)));
    let mut notices = Vec::new();
    let capture = launch
        .screenshot
        .map(|path| Capture::new(Some(path), started));
    let outcome = capture.as_ref().map(|c| c.outcome.clone());
    let store = match (&capture, data_dir()) {
        // Screenshots must not touch the user's own settings or favourites.
        (Some(_), _) | (None, None) => {
            options.persist_window = false;
            options.persistence_path =
                Some(std::env::temp_dir().join(format!("defuse-{}.ron", std::process::id())));
            UserStore::in_memory()
        }
        (None, Some(dir)) => {
            let app_ron = dir.join("app.ron");
            notices.extend(check_eframe_storage(&app_ron));
            options.persistence_path = Some(app_ron);
            UserStore::at(dir.join("favourites.ron"))
        }
    };
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
    let mut app_options = AppOptions {
        store,
        view,
        query,
        theme: launch.theme,
        notices,
        screenshot: capture,
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
