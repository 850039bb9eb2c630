//! What the tests share: the app in a kittest harness (`app`); for the pack tests, a
//! fixed day, the starter pack `init-pack` writes, a pack written from given files,
//! the errors (not warnings) a load found, bundled cards with a changed title, and
//! `defuse` run with a data folder of its own; query sets and how the search scores on
//! them (`tally`); a language's Fluent catalogues.

// Each test binary compiles this module and uses only some of it.
#![allow(dead_code)]

pub mod app;
pub mod tally;

use std::{
    fs,
    path::{Path, PathBuf},
};

use assert_cmd::{Command, cargo::cargo_bin_cmd};
use chrono::NaiveDate;
use defuse::{
    content::{Loaded, bundled},
    packs::{Layers, starter},
    strings::Language,
};

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

pub const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// `defuse` with an empty data folder of its own, in English whatever the machine's
/// locale (handouts follow the system's language).
pub fn defuse(data: &Path) -> Command {
    let mut cmd = cargo_bin_cmd!("defuse");
    cmd.current_dir(MANIFEST_DIR)
        .env("DEFUSE_DATA_DIR", data)
        .env_remove("LANGUAGE")
        .env("LC_ALL", "C.UTF-8");
    cmd
}

/// Runs `cmd`; its exit code, stdout and stderr.
pub fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let output = cmd.output().expect("run defuse");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A bundled file's text.
pub fn bundled_text(path: &str) -> String {
    let file = bundled::files()
        .into_iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no bundled {path}"));
    String::from_utf8(file.bytes.into_owned()).expect("UTF-8")
}

/// The bundled card `id` with its title changed.
pub fn card_titled(id: &str, title: &str) -> String {
    let text = bundled_text(&format!("en/customer-types/{id}.ron"));
    let at = text.find("    title: \"").expect("a title");
    let end = at + text[at..].find('\n').expect("a line");
    format!("{}    title: \"{title}\",{}", &text[..at], &text[end..])
}

/// The bundled content with `folders` layered on, in English, as of [`today`].
pub fn load(folders: &[PathBuf]) -> Loaded {
    Layers::read(folders).load("en", today())
}

/// A language's catalogue files (`defuse.ftl` for the app, `cli.ftl` for the command
/// line and the errors), in name order.
pub fn catalogue_paths(language: Language) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language.code());
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("each language has a catalogue folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    paths
}
