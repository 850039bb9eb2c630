//! What the pack tests share: a fixed day, the starter pack `init-pack` writes, a pack
//! written from given files, and the errors (not warnings) a load found.

// Each test binary compiles this module and uses only some of it.
#![allow(dead_code)]

use std::{
    fs,
    path::{Path, PathBuf},
};

use chrono::NaiveDate;
use defuse::{content::Loaded, packs::starter};

/// The day review dates are counted to in the tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date")
}

/// The starter pack `init-pack` writes, as `dir/NAME`.
pub fn starter_pack(dir: &Path, name: &str) -> PathBuf {
    let pack = dir.join(name);
    let files = starter::files(name, None, today()).expect("the starter's files");
    starter::write(&pack, &files).expect("written");
    pack
}

/// Writes a pack named `name` under `root`, with `manifest_extra` inside `Pack(…)` and
/// `files` (path, text) beside it.
pub fn pack(root: &Path, name: &str, manifest_extra: &str, files: &[(&str, String)]) -> PathBuf {
    let dir = root.join(name);
    fs::create_dir_all(&dir).expect("pack folder");
    let manifest = format!(
        "Pack(\n    name: \"{name}\",\n    version: \"1.0\",\n    changes: \"Test pack.\",\n{manifest_extra})\n"
    );
    fs::write(dir.join("pack.ron"), manifest).expect("pack.ron");
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
        fs::write(path, text).expect("a pack file");
    }
    dir
}

/// The errors a load found, as `defuse check` writes them (warnings left out).
pub fn errors(loaded: &Loaded) -> Vec<String> {
    loaded
        .problems
        .iter()
        .filter(|p| !p.is_warning())
        .map(ToString::to_string)
        .collect()
}
