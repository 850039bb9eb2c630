//! What the user made (favourites, recently viewed), kept in our own file and written
//! atomically, so a crash or a bad edit never loses it silently.

use std::{
    fs, io,
    path::{Path, PathBuf},
    time::{SystemTime, UNIX_EPOCH},
};

use serde::{Deserialize, Serialize};

/// How many recently viewed items are remembered.
pub const RECENT_LIMIT: usize = 8;
/// Anything larger is not a file we wrote.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserData {
    /// Item ids, in the order they were starred.
    pub favourites: Vec<String>,
    /// Item ids, most recent first.
    pub recent: Vec<String>,
}

impl UserData {
    pub fn is_favourite(&self, id: &str) -> bool {
        self.favourites.iter().any(|f| f == id)
    }

    /// Stars or unstars `id`; returns whether it is now a favourite.
    pub fn toggle_favourite(&mut self, id: &str) -> bool {
        if self.is_favourite(id) {
            self.favourites.retain(|f| f != id);
            false
        } else {
            self.favourites.push(id.to_owned());
            true
        }
    }

    pub fn visited(&mut self, id: &str) {
        self.recent.retain(|r| r != id);
        self.recent.insert(0, id.to_owned());
        self.recent.truncate(RECENT_LIMIT);
    }

    /// Drops ids that no longer name anything (content changed since they were saved).
    pub fn retain_known(&mut self, exists: impl Fn(&str) -> bool) {
        self.favourites.retain(|id| exists(id));
        self.recent.retain(|id| exists(id));
        self.favourites.dedup();
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot save {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
    #[error("cannot encode user data: {0}")]
    Encode(#[from] ron::Error),
}

/// Where user data lives; `None` keeps it in memory only (screenshots, tests).
#[derive(Debug, Clone, Default)]
pub struct UserStore {
    path: Option<PathBuf>,
}

impl UserStore {
    pub fn in_memory() -> Self {
        Self { path: None }
    }

    pub fn at(path: PathBuf) -> Self {
        Self { path: Some(path) }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Loads the data. A file that cannot be read as ours is moved aside (never
    /// overwritten) and the returned message says where it went.
    pub fn load(&self) -> (UserData, Option<String>) {
        let Some(path) = &self.path else {
            return (UserData::default(), None);
        };
        match read_small(path) {
            Ok(None) => (UserData::default(), None),
            Ok(Some(text)) => match ron::from_str::<UserData>(&text) {
                Ok(data) => (data, None),
                Err(e) => (UserData::default(), Some(set_aside(path, &e.to_string()))),
            },
            Err(e) => (UserData::default(), Some(set_aside(path, &e.to_string()))),
        }
    }

    /// Writes to a temporary file beside the real one, then renames it over, so the
    /// file on disk is always either the old or the new data, never half of each.
    pub fn save(&self, data: &UserData) -> Result<(), StoreError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let text = ron::ser::to_string_pretty(data, ron::ser::PrettyConfig::default())?;
        write_atomically(path, text.as_bytes()).map_err(|source| StoreError::Write {
            path: path.clone(),
            source,
        })
    }
}

pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use io::Write as _;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("tmp");
    let mut file = fs::File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    fs::rename(&tmp, path)
}

pub(crate) fn read_small(path: &Path) -> io::Result<Option<String>> {
    match fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
        Ok(meta) if meta.len() > MAX_FILE_BYTES => {
            return Err(io::Error::other(format!(
                "{} bytes is too large",
                meta.len()
            )));
        }
        Ok(_) => {}
    }
    let bytes = fs::read(path)?;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| io::Error::other("not UTF-8 text"))
}

/// Renames an unreadable file to `NAME.bad-SECONDS` and says so.
pub fn set_aside(path: &Path, why: &str) -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = path
        .file_name()
        .map_or_else(|| "data".into(), |n| n.to_string_lossy());
    let aside = path.with_file_name(format!("{name}.bad-{secs}"));
    match fs::rename(path, &aside) {
        Ok(()) => format!(
            "{} could not be read ({why}). Starting with defaults; the old file is kept as {}.",
            path.display(),
            aside.display()
        ),
        Err(e) => format!(
            "{} could not be read ({why}) nor moved aside ({e}). Starting with defaults.",
            path.display()
        ),
    }
}

/// eframe drops all its state when its file fails to parse, and later overwrites it:
/// check it first, and move a bad one aside so the user can recover it.
pub fn check_eframe_storage(path: &Path) -> Option<String> {
    match read_small(path) {
        Ok(None) => None,
        Ok(Some(text)) => ron::from_str::<ron::Value>(&text)
            .err()
            .map(|e| set_aside(path, &e.to_string())),
        Err(e) => Some(set_aside(path, &e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_loads_round_trip() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = UserStore::at(dir.path().join("user.ron"));
        let mut data = UserData::default();
        data.toggle_favourite("angry");
        data.visited("rude");
        store.save(&data)?;
        assert_eq!(store.load(), (data, None));
        assert!(!dir.path().join("user.ron.tmp").exists());
        Ok(())
    }

    #[test]
    fn garbage_is_set_aside_not_overwritten() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("user.ron");
        fs::write(&path, "favourites: [[[ garbage")?;
        let (data, notice) = UserStore::at(path.clone()).load();
        assert_eq!(data, UserData::default());
        assert!(notice.is_some_and(|n| n.contains("kept as")));
        assert!(!path.exists());
        let aside: Vec<_> = fs::read_dir(dir.path())?.collect::<Result<_, _>>()?;
        assert_eq!(aside.len(), 1);
        assert_eq!(
            fs::read_to_string(aside[0].path())?,
            "favourites: [[[ garbage"
        );
        Ok(())
    }

    #[test]
    fn unknown_ids_are_dropped_quietly() {
        let mut data = UserData {
            favourites: vec!["angry".into(), "gone".into()],
            recent: vec!["gone".into(), "rude".into()],
        };
        data.retain_known(|id| id != "gone");
        assert_eq!(data.favourites, ["angry"]);
        assert_eq!(data.recent, ["rude"]);
    }

    #[test]
    fn recent_is_most_recent_first_and_bounded() {
        let mut data = UserData::default();
        for i in 0..20 {
            data.visited(&format!("item-{i}"));
        }
        data.visited("item-15");
        assert_eq!(data.recent.len(), RECENT_LIMIT);
        assert_eq!(data.recent[0], "item-15");
    }
}
