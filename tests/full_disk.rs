//! A full disk never empties a user file: on a small tmpfs filled to the last byte, a
//! save fails with a message and the file keeps what it held. Mounting needs root (CI
//! runs as root); elsewhere the test says it did not run.

#![cfg(target_os = "linux")]

use std::{fs, io::Write as _, path::Path, process::Command};

use defuse::{
    ui::{Prefs, style::ThemeChoice},
    user_data::UserStore,
    user_file::FileStore,
};

/// A tmpfs mounted for one test, unmounted when dropped.
struct Mounted(tempfile::TempDir);

impl Mounted {
    fn small() -> Option<Self> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(Self(dir))
    }

    fn path(&self) -> &Path {
        self.0.path()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

/// Writes until the disk refuses another byte.
fn fill(dir: &Path) {
    let mut file = fs::File::create(dir.join("filler")).expect("a filler file");
    let block = [0u8; 1024];
    while file
        .write_all(&block)
        .and_then(|()| file.sync_all())
        .is_ok()
    {}
}

#[test]
fn a_full_disk_keeps_the_settings_and_favourites_as_they_were() {
    let Some(disk) = Mounted::small() else {
        eprintln!("full_disk: not run (mounting a tmpfs needs root)");
        return;
    };
    let mut settings = FileStore::<Prefs>::in_dir(disk.path());
    let (mut prefs, _) = settings.load();
    settings
        .update(&mut prefs, |p| {
            p.theme = ThemeChoice::Dark;
            p.zoom = 1.5;
            p.record_missed = true;
        })
        .expect("saved while there is room");
    let mut store = UserStore::at(disk.path().join("favourites.ron"));
    let (mut user, _) = store.load();
    store
        .update(&mut user, |d| d.set_favourite("angry", true))
        .expect("saved while there is room");
    let before = (
        fs::read_to_string(disk.path().join("settings.ron")).expect("settings"),
        fs::read_to_string(disk.path().join("favourites.ron")).expect("favourites"),
    );

    fill(disk.path());
    let failed = settings.update(&mut prefs, |p| p.zoom = 2.0);
    let message = failed.expect_err("no room to save").to_string();
    assert!(message.contains("settings.ron"), "{message}");
    assert!(
        store
            .update(&mut user, |d| d.set_favourite("rude", true))
            .is_err()
    );

    let after = (
        fs::read_to_string(disk.path().join("settings.ron")).expect("settings"),
        fs::read_to_string(disk.path().join("favourites.ron")).expect("favourites"),
    );
    assert_eq!(after, before);
    let (kept, notice) = FileStore::<Prefs>::in_dir(disk.path()).load();
    assert_eq!(notice, None);
    assert_eq!(
        (kept.theme, kept.zoom, kept.record_missed),
        (ThemeChoice::Dark, 1.5, true)
    );
    let leftovers: Vec<String> = fs::read_dir(disk.path())
        .expect("listed")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
