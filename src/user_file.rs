//! A file of the user's own beside the favourites (missed searches, practice progress),
//! typed, and kept exactly as they are: through [`UserStore`], so written atomically,
//! and a bad file set aside and reported, never written over.

use std::{
    fmt,
    marker::PhantomData,
    path::{Path, PathBuf},
};

use serde::{Serialize, de::DeserializeOwned};

use crate::user_data::{StoreError, UserStore};

/// What such a file holds.
pub trait UserFile: Serialize + DeserializeOwned + Default {
    /// Its name in the data folder.
    const FILE_NAME: &'static str;

    /// Back within bounds after a hand edit or an older version; as read by default.
    fn normalised(self) -> Self {
        self
    }
}

/// Where a [`UserFile`] lives: its name in the data folder, or memory only
/// (screenshots, tests).
pub struct FileStore<T> {
    store: UserStore,
    holds: PhantomData<fn() -> T>,
}

impl<T: UserFile> FileStore<T> {
    pub fn in_memory() -> Self {
        Self::with(UserStore::in_memory())
    }

    /// `T::FILE_NAME` in the data folder `dir`.
    pub fn in_dir(dir: &Path) -> Self {
        Self::with(UserStore::at(dir.join(T::FILE_NAME)))
    }

    fn with(store: UserStore) -> Self {
        Self {
            store,
            holds: PhantomData,
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.store.path()
    }

    /// Loads the file, normalised; the message says where a bad file went.
    pub fn load(&mut self) -> (T, Option<String>) {
        let (data, notice) = self.store.load_as::<T>();
        (data.normalised(), notice)
    }

    /// Writes the file atomically (an empty one too: that is how clearing sticks).
    pub fn save(&self, data: &T) -> Result<(), StoreError> {
        self.store.save(data)
    }

    /// Saves one change over what another window saved meanwhile; see
    /// [`UserStore::update`].
    pub fn update(
        &mut self,
        mine: &mut T,
        change: impl Fn(&mut T),
    ) -> Result<Option<String>, StoreError>
    where
        T: Clone,
    {
        let notice = self.store.update(mine, change)?;
        *mine = std::mem::take(mine).normalised();
        Ok(notice)
    }
}

impl<T: UserFile> Default for FileStore<T> {
    fn default() -> Self {
        Self::in_memory()
    }
}

impl<T> Clone for FileStore<T> {
    fn clone(&self) -> Self {
        Self {
            store: self.store.clone(),
            holds: PhantomData,
        }
    }
}

impl<T: UserFile> fmt::Debug for FileStore<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileStore")
            .field("file", &T::FILE_NAME)
            .field("path", &self.path().map(PathBuf::from))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use serde::Deserialize;

    use super::*;

    /// A file whose normal form has its words in lower case.
    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Words {
        words: Vec<String>,
    }

    impl UserFile for Words {
        const FILE_NAME: &'static str = "words.ron";
        fn normalised(self) -> Self {
            Self {
                words: self.words.iter().map(|w| w.to_lowercase()).collect(),
            }
        }
    }

    #[test]
    fn saved_under_its_name_and_read_back_normalised() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut store = FileStore::<Words>::in_dir(dir.path());
        assert_eq!(store.path(), Some(dir.path().join("words.ron").as_path()));
        store.save(&Words {
            words: vec!["Livid".into()],
        })?;
        let (words, notice) = store.load();
        assert_eq!(notice, None);
        assert_eq!(words.words, ["livid"]);
        Ok(())
    }

    #[test]
    fn a_bad_file_is_set_aside_and_reported() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join(Words::FILE_NAME);
        fs::write(&path, "words: [[[ garbage")?;
        let (words, notice) = FileStore::<Words>::in_dir(dir.path()).load();
        assert_eq!(words, Words::default());
        assert!(notice.is_some_and(|n| n.contains("kept as")));
        assert!(!path.exists());
        let aside: Vec<_> = fs::read_dir(dir.path())?.collect::<Result<_, _>>()?;
        assert_eq!(aside.len(), 1);
        assert_eq!(fs::read_to_string(aside[0].path())?, "words: [[[ garbage");
        Ok(())
    }

    #[test]
    fn in_memory_keeps_nothing_on_disk() -> Result<(), Box<dyn std::error::Error>> {
        let mut store = FileStore::<Words>::in_memory();
        assert_eq!(store.path(), None);
        store.save(&Words {
            words: vec!["x".into()],
        })?;
        assert_eq!(store.load(), (Words::default(), None));
        Ok(())
    }
}
