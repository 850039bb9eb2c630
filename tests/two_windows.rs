//! Two processes on one data folder (the app opened twice, a shared shop PC), each
//! saving its own changes as fast as it can from a copy loaded before the other's:
//! nothing either saved is lost. The processes are this test binary run again, with
//! `CHILD` saying which writer it is.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use defuse::{
    ui::{Prefs, style::ThemeChoice},
    user_data::UserStore,
    user_file::FileStore,
};

/// Set in a child: `favourites:PREFIX`, `theme` or `zoom`, then the data folder.
const CHILD: &str = "DEFUSE_TWO_WINDOWS_CHILD";
const DIR: &str = "DEFUSE_TWO_WINDOWS_DIR";
/// Changes each writer saves.
const CHANGES: usize = 60;

/// What a child process does; in the parent's own run, nothing.
#[test]
fn writer() {
    let (Ok(what), Some(dir)) = (std::env::var(CHILD), std::env::var_os(DIR)) else {
        return;
    };
    let dir = PathBuf::from(dir);
    if let Some(prefix) = what.strip_prefix("favourites:") {
        let mut store = UserStore::at(dir.join("favourites.ron"));
        let (mut mine, _) = store.load();
        for n in 0..CHANGES {
            let id = format!("{prefix}-{n}");
            store
                .update(&mut mine, |d| d.set_favourite(&id, true))
                .expect("saved");
        }
        return;
    }
    let mut settings = FileStore::<Prefs>::in_dir(&dir);
    let (mut mine, _) = settings.load();
    for n in 0..CHANGES {
        match what.as_str() {
            "theme" => settings.update(&mut mine, |p| {
                p.theme = if n % 2 == 0 {
                    ThemeChoice::Light
                } else {
                    ThemeChoice::Dark
                };
            }),
            _ => settings.update(&mut mine, |p| p.zoom = 1.0 + (n as f32) / 100.0),
        }
        .expect("saved");
    }
}

/// Runs the two writers at once and waits for both.
fn both(dir: &Path, a: &str, b: &str) {
    let spawn = |what: &str| {
        Command::new(std::env::current_exe().expect("this test binary"))
            .args(["--exact", "writer", "--nocapture", "--test-threads=1"])
            .env(CHILD, what)
            .env(DIR, dir)
            .spawn()
            .expect("a second process")
    };
    let (mut first, mut second) = (spawn(a), spawn(b));
    assert!(first.wait().expect("ran").success(), "{a} failed");
    assert!(second.wait().expect("ran").success(), "{b} failed");
}

#[test]
fn two_processes_starring_at_once_lose_no_star() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    both(dir.path(), "favourites:a", "favourites:b");
    let (saved, notice) = UserStore::at(dir.path().join("favourites.ron")).load();
    assert_eq!(notice, None);
    for prefix in ["a", "b"] {
        for n in 0..CHANGES {
            let id = format!("{prefix}-{n}");
            assert!(saved.is_favourite(&id), "{id} was lost: {saved:?}");
        }
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listed")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn two_processes_changing_settings_at_once_keep_both_changes() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    both(dir.path(), "theme", "zoom");
    let (saved, notice) = FileStore::<Prefs>::in_dir(dir.path()).load();
    assert_eq!(notice, None);
    // Each writer's last change stands: the theme writer's Dark, the zoom writer's 1.59.
    assert_eq!(saved.theme, ThemeChoice::Dark);
    assert!((saved.zoom - 1.59).abs() < 1e-4, "{saved:?}");
}
