//! What the user made (favourites, recently viewed), kept in our own file and written
//! atomically, so a crash or a bad edit never loses it silently.

use std::{
    io,
    path::{Path, PathBuf},
};

use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// How many recently viewed items are remembered.
pub const RECENT_LIMIT: usize = 8;
/// Anything larger is not a file we wrote.
pub(crate) const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Unknown fields (from a newer version, or a hand edit) are not dropped on the next
/// save: the file is refused, and so set aside whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
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
        let star = !self.is_favourite(id);
        self.set_favourite(id, star);
        star
    }

    /// Stars `id` (at the end) or unstars it; a change another window made to the
    /// same item is not undone by saving this one's.
    pub fn set_favourite(&mut self, id: &str, star: bool) {
        self.favourites.retain(|f| f != id);
        if star {
            self.favourites.push(id.to_owned());
        }
    }

    pub fn visited(&mut self, id: &str) {
        self.recent.retain(|r| r != id);
        self.recent.insert(0, id.to_owned());
        self.recent.truncate(RECENT_LIMIT);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", crate::strings::current().err_save(path.display().to_string(), source.to_string()))]
    Write { path: PathBuf, source: io::Error },
    #[error("{}", crate::strings::current().err_encode(.0.to_string()))]
    Encode(#[from] ron::Error),
}

/// Where user data lives; `None` keeps it in memory only (screenshots, tests).
#[derive(Debug, Clone, Default)]
pub struct UserStore {
    path: Option<PathBuf>,
    /// Set when a bad file could not be moved aside: saving would destroy it, so
    /// nothing is written for the rest of the session.
    read_only: bool,
}

impl UserStore {
    pub fn in_memory() -> Self {
        Self::default()
    }

    pub fn at(path: PathBuf) -> Self {
        Self {
            path: Some(path),
            read_only: false,
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Loads the favourites and recent items; see [`Self::load_as`].
    pub fn load(&mut self) -> (UserData, Option<String>) {
        self.load_as()
    }

    /// Loads the file as `T`. A file that cannot be read as ours is moved aside (never
    /// overwritten) and the returned message says where it went; if it cannot be moved,
    /// the store stops saving so the file stays as it is.
    pub fn load_as<T: DeserializeOwned + Default>(&mut self) -> (T, Option<String>) {
        let (data, notice) = self.read::<T>();
        (data.unwrap_or_default(), notice)
    }

    /// The file as `T`, or `None` if there is none or it was set aside (the notice).
    fn read<T: DeserializeOwned>(&mut self) -> (Option<T>, Option<String>) {
        let Some(path) = &self.path else {
            return (None, None);
        };
        let why = match read_user_file(path) {
            Ok(None) => return (None, None),
            Ok(Some(text)) => match ron::from_str::<T>(without_bom(&text)) {
                Ok(data) => return (Some(data), None),
                Err(e) => e.to_string(),
            },
            Err(e) => e.to_string(),
        };
        let aside = set_aside(path);
        self.read_only = matches!(aside, Aside::Stuck(_));
        (None, Some(aside.notice(path, &why)))
    }

    /// Writes to a temporary file beside the real one, then renames it over, so the
    /// file on disk is always either the old or the new data, never half of each.
    pub fn save<T: Serialize>(&self, data: &T) -> Result<(), StoreError> {
        let Some(path) = self.writable() else {
            return Ok(());
        };
        let text = ron::ser::to_string_pretty(data, ron::ser::PrettyConfig::default())?;
        write_atomically(path, text.as_bytes()).map_err(|source| StoreError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Saves one change made in this window without undoing what another window on the
    /// same data folder saved meanwhile (a shared shop PC, the app opened twice): under
    /// a lock beside the file, reads what is on disk now, applies `change` to it, writes
    /// that, and leaves it in `mine` for this window to show (with the change applied
    /// even when it cannot be saved). With nothing on disk the
    /// change applies to `mine`; a file on disk that is not ours is set aside first,
    /// as at start, and the returned notice says where it went.
    pub fn update<T>(
        &mut self,
        mine: &mut T,
        change: impl Fn(&mut T),
    ) -> Result<Option<String>, StoreError>
    where
        T: Serialize + DeserializeOwned + Clone,
    {
        let Some(path) = self.writable().map(write::through_links) else {
            change(mine);
            return Ok(None);
        };
        let _turn = match Lock::take(&path) {
            Ok(turn) => turn,
            Err(source) => {
                change(mine);
                return Err(StoreError::Write { path, source });
            }
        };
        let (on_disk, notice) = self.read::<T>();
        if let Some(on_disk) = on_disk {
            *mine = on_disk;
        }
        change(mine);
        self.save(mine)?;
        Ok(notice)
    }

    /// Where a save goes: nowhere in memory, nor after a bad file could not be moved.
    fn writable(&self) -> Option<&Path> {
        self.path.as_deref().filter(|_| !self.read_only)
    }
}

mod aside;
mod eframe_file;
#[cfg(test)]
mod tests;
mod write;

pub(crate) use aside::read_user_file;
use aside::without_bom;
pub use aside::{Aside, set_aside};
pub use eframe_file::{Settings, WINDOW_KEY, check_window_file};
use write::Lock;
pub(crate) use write::write_atomically;
