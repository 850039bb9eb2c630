//! Reading a user file warily (only a regular file, capped), and setting a bad one
//! aside under a name of its own, never over an earlier one.

use std::{
    fs, io,
    path::{Path, PathBuf},
    time::{SystemTime, UNIX_EPOCH},
};

use crate::content::{not_a_regular_file, read_capped};

use super::MAX_FILE_BYTES;

/// How many `NAME.bad-SECONDS-N` names are tried before setting aside gives up.
const MAX_ASIDE_NAMES: u32 = 1000;

/// Windows Notepad starts a UTF-8 file with a byte-order mark; it is not data.
pub(super) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads a user file: `None` if there is none. Only a regular file of at most
/// `MAX_FILE_BYTES` is read (a named pipe or a device in its place would hang the
/// start-up), and the read itself is capped in case the file grows meanwhile.
pub(crate) fn read_user_file(path: &Path) -> io::Result<Option<String>> {
    let too_large = |size: u64| io::Error::other(format!("{size} bytes is too large"));
    match fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
        Ok(meta) if !meta.is_file() => return Err(not_a_regular_file(&meta)),
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
