//! What the user made (favourites, recently viewed), kept in our own file and written
//! atomically, so a crash or a bad edit never loses it silently.

use std::{
    collections::HashMap,
    fs, io,
    path::{Path, PathBuf},
    time::{SystemTime, UNIX_EPOCH},
};

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::content::{describe, read_capped};

/// How many recently viewed items are remembered.
pub const RECENT_LIMIT: usize = 8;
/// Anything larger is not a file we wrote.
const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// How many `NAME.bad-SECONDS-N` names are tried before setting aside gives up.
const MAX_ASIDE_NAMES: u32 = 1000;

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
        let Some(path) = &self.path else {
            return (T::default(), None);
        };
        let why = match read_user_file(path) {
            Ok(None) => return (T::default(), None),
            Ok(Some(text)) => match ron::from_str::<T>(without_bom(&text)) {
                Ok(data) => return (data, None),
                Err(e) => e.to_string(),
            },
            Err(e) => e.to_string(),
        };
        let aside = set_aside(path);
        self.read_only = matches!(aside, Aside::Stuck(_));
        (T::default(), Some(aside.notice(path, &why)))
    }

    /// Writes to a temporary file beside the real one, then renames it over, so the
    /// file on disk is always either the old or the new data, never half of each.
    pub fn save<T: Serialize>(&self, data: &T) -> Result<(), StoreError> {
        let Some(path) = self.path.as_ref().filter(|_| !self.read_only) else {
            return Ok(());
        };
        let text = ron::ser::to_string_pretty(data, ron::ser::PrettyConfig::default())?;
        write_atomically(path, text.as_bytes()).map_err(|source| StoreError::Write {
            path: path.clone(),
            source,
        })
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use io::Write as _;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("tmp");
    // Whatever holds the temporary name (a crash's leftover, or a named pipe, which
    // would block the open) goes first; `create_new` then opens only a fresh file.
    match fs::remove_file(&tmp) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    fs::rename(&tmp, path)
}

/// Windows Notepad starts a UTF-8 file with a byte-order mark; it is not data.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads a user file: `None` if there is none. Only a regular file of at most
/// `MAX_FILE_BYTES` is read (a named pipe or a device in its place would hang the
/// start-up), and the read itself is capped in case the file grows meanwhile.
fn read_user_file(path: &Path) -> io::Result<Option<String>> {
    let too_large = |size: u64| io::Error::other(format!("{size} bytes is too large"));
    match fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
        Ok(meta) if !meta.is_file() => {
            return Err(io::Error::other(format!(
                "it is {}, not a regular file",
                describe(&meta)
            )));
        }
        Ok(meta) if meta.len() > MAX_FILE_BYTES => return Err(too_large(meta.len())),
        Ok(_) => {}
    }
    let bytes = read_capped(path, MAX_FILE_BYTES)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| io::Error::other("not UTF-8 text"))
}

/// What became of a file that could not be read as ours.
#[derive(Debug)]
pub enum Aside {
    /// Renamed to this path, beside the original.
    Moved(PathBuf),
    /// Still in place: it must not be written over.
    Stuck(io::Error),
}

impl Aside {
    /// The one notice the user reads about it.
    pub fn notice(&self, path: &Path, why: &str) -> String {
        match self {
            Self::Moved(aside) => format!(
                "{} could not be read ({why}). Starting with defaults; the old file is kept as {}.",
                path.display(),
                aside.display()
            ),
            Self::Stuck(e) => format!(
                "{} could not be read ({why}) nor moved aside ({e}). Starting with defaults; \
                 nothing will be saved this session, so the file stays as it is.",
                path.display()
            ),
        }
    }
}

/// Renames an unreadable file to `NAME.bad-SECONDS`, or `NAME.bad-SECONDS-2` and on
/// when that is taken: an earlier bad file is never replaced.
pub fn set_aside(path: &Path) -> Aside {
    match aside_name(path).and_then(|aside| fs::rename(path, &aside).map(|()| aside)) {
        Ok(aside) => Aside::Moved(aside),
        Err(e) => Aside::Stuck(e),
    }
}

/// The first free `NAME.bad-SECONDS[-N]` beside `path`.
fn aside_name(path: &Path) -> io::Result<PathBuf> {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = path
        .file_name()
        .map_or_else(|| "data".into(), |n| n.to_string_lossy());
    let base = format!("{name}.bad-{secs}");
    for n in 1..=MAX_ASIDE_NAMES {
        let candidate = path.with_file_name(if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        });
        // A name is free only if nothing at all is there, not even a broken link.
        match fs::symlink_metadata(&candidate) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(candidate),
            Err(e) => return Err(e),
            Ok(_) => {}
        }
    }
    Err(io::Error::other(format!(
        "{MAX_ASIDE_NAMES} names for it are already taken"
    )))
}

/// What to do with eframe's settings file, decided before eframe opens it.
#[derive(Debug)]
pub enum Settings {
    /// Understood, or absent: eframe reads and writes it as usual.
    Use,
    /// Moved aside: start from defaults and save as usual. The notice says where it went.
    Reset(String),
    /// Not understood and could not be moved: do not save this session.
    ReadOnly(String),
}

/// eframe drops all its state when its file does not parse as a map of strings, and
/// later writes defaults over it. Check it first: a file that is not a regular file,
/// is too large, is not that shape, holds a value that is not RON, or a value that
/// `understood` rejects (our own preferences, read strictly) is moved aside.
pub fn check_eframe_storage(path: &Path, understood: impl Fn(&str, &str) -> bool) -> Settings {
    let why = match read_user_file(path) {
        Ok(None) => return Settings::Use,
        // eframe reads the file as it is, with no byte-order mark allowed.
        Ok(Some(text)) => match ron::from_str::<HashMap<String, String>>(&text) {
            Ok(map) => match map
                .iter()
                .find(|(k, v)| ron::from_str::<ron::Value>(v).is_err() || !understood(k, v))
            {
                None => return Settings::Use,
                Some((key, _)) => format!("its `{key}` entry is not in a form this version reads"),
            },
            Err(e) => e.to_string(),
        },
        Err(e) => e.to_string(),
    };
    let aside = set_aside(path);
    let notice = aside.notice(path, &why);
    match aside {
        Aside::Moved(_) => Settings::Reset(notice),
        Aside::Stuck(_) => Settings::ReadOnly(notice),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_loads_round_trip() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut store = UserStore::at(dir.path().join("user.ron"));
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

    /// Runs `work` on another thread, failing rather than hanging if it blocks.
    fn within<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
        let (done, result) = std::sync::mpsc::channel();
        std::thread::spawn(move || done.send(work()));
        result
            .recv_timeout(std::time::Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("blocked for 10 s"))
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn setting_aside_never_replaces_an_earlier_bad_file() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("favourites.ron");
        // Earlier bad files under every name this second (and the next few) could take.
        let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
        for secs in now..now + 5 {
            fs::write(
                dir.path().join(format!("favourites.ron.bad-{secs}")),
                "earlier",
            )?;
        }
        fs::write(&path, "latest [[[")?;
        let (_, notice) = UserStore::at(path.clone()).load();
        assert!(notice.is_some_and(|n| n.contains("kept as")));
        let names = names_in(dir.path());
        assert_eq!(names.len(), 6, "{names:?}");
        let latest: Vec<&String> = names
            .iter()
            .filter(|n| fs::read_to_string(dir.path().join(n)).is_ok_and(|t| t == "latest [[["))
            .collect();
        assert_eq!(latest.len(), 1, "{names:?}");
        assert!(latest[0].ends_with("-2"), "{names:?}");
        Ok(())
    }

    /// A name too long to add `.bad-SECONDS` to cannot be renamed, even by root: the
    /// stand-in for a read-only disk or a name taken for good.
    #[test]
    fn a_bad_file_that_cannot_be_moved_aside_is_never_written_over()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join(format!("{}.ron", "f".repeat(240)));
        fs::write(&path, "favourites: [[[ mine")?;
        let mut store = UserStore::at(path.clone());
        let (data, notice) = store.load();
        assert_eq!(data, UserData::default());
        let notice = notice.unwrap_or_default();
        assert!(notice.contains("nothing will be saved"), "{notice}");
        let mut data = data;
        data.toggle_favourite("angry");
        store.save(&data)?;
        assert_eq!(fs::read_to_string(&path)?, "favourites: [[[ mine");
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_in_place_of_a_user_file_is_set_aside_unread()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let favourites = dir.path().join("favourites.ron");
        let app = dir.path().join("app.ron");
        for pipe in [&favourites, &app] {
            let made = std::process::Command::new("mkfifo").arg(pipe).status()?;
            assert!(made.success());
        }
        let (_, notice) = within(move || UserStore::at(favourites).load());
        assert!(notice.is_some_and(|n| n.contains("named pipe") && n.contains("kept as")));
        let settings = within(move || check_eframe_storage(&app, |_, _| true));
        assert!(matches!(settings, Settings::Reset(n) if n.contains("named pipe")));
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_device_in_place_of_a_user_file_is_not_read() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("favourites.ron");
        std::os::unix::fs::symlink("/dev/zero", &path)?;
        let (_, notice) = within(move || UserStore::at(path).load());
        assert!(notice.is_some_and(|n| n.contains("a device")));
        Ok(())
    }

    #[test]
    fn unknown_fields_are_kept_aside_not_dropped() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("favourites.ron");
        fs::write(&path, "(favourites: [\"angry\"], tags: [\"mine\"])")?;
        let (data, notice) = UserStore::at(path.clone()).load();
        assert_eq!(data, UserData::default());
        assert!(notice.is_some_and(|n| n.contains("kept as")));
        assert!(!path.exists());
        Ok(())
    }

    #[test]
    fn a_byte_order_mark_is_accepted() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("favourites.ron");
        fs::write(&path, "\u{feff}(favourites: [\"angry\"])")?;
        let (data, notice) = UserStore::at(path).load();
        assert_eq!(
            (data.favourites.as_slice(), notice),
            (["angry".to_owned()].as_slice(), None)
        );
        Ok(())
    }

    #[test]
    fn eframe_settings_of_the_wrong_shape_are_set_aside() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("app.ron");
        for (text, kept) in [
            ("{\"window\": \"(x: 1)\"}", true),
            ("[1, 2, 3]", false),
            ("{\"window\": 7}", false),
            ("{\"window\": \"[[[\"}", false),
        ] {
            fs::write(&path, text)?;
            let settings = check_eframe_storage(&path, |_, _| true);
            assert_eq!(
                matches!(settings, Settings::Use),
                kept,
                "{text}: {settings:?}"
            );
            assert_eq!(path.exists(), kept, "{text}");
        }
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
