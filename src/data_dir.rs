//! Where the user's files live: settings, favourites, the site profile and installed
//! packs. One lookup for the app and the command line, with no GUI in it.

use std::path::PathBuf;

/// Overrides where favourites, settings and packs are kept (tests, kiosks, portable
/// installs).
pub const DATA_DIR_ENV: &str = "DEFUSE_DATA_DIR";

/// `$DEFUSE_DATA_DIR`, else the platform's data folder: `$XDG_DATA_HOME/defuse` (else
/// `~/.local/share/defuse`) on Linux, `~/Library/Application Support/defuse` on macOS,
/// `%APPDATA%\defuse\data` on Windows. Set but empty counts as not set, never the
/// current folder.
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os(DATA_DIR_ENV)
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(platform_dir)
}

/// `from_path` gives exactly the folders eframe's `storage_dir("defuse")` named before
/// this lookup moved here, so settings saved by earlier versions are still found.
fn platform_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from_path(PathBuf::from("defuse"))
        .map(|dirs| dirs.data_dir().to_path_buf())
}
