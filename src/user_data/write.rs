//! Writing a user file so that nothing is lost: whole or not at all (a temporary file
//! of this process's own, synced, then renamed over), through a symbolic link to the
//! file it names, and one window at a time (an advisory lock beside the file).

use std::{
    fs::{self, File},
    io::{self, Write as _},
    path::{Path, PathBuf},
    sync::atomic::{AtomicU64, Ordering},
};

/// How many links are followed before a chain is taken for a loop.
const MAX_LINKS: usize = 40;

/// Temporary names this process has used, so two writes never share one.
static NEXT_TMP: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` so that the file on disk is always either the old or the
/// new data, never half of each, even on a full disk or a power cut: into a fresh
/// temporary file of this process's own beside it (another window's is never
/// touched), synced, renamed over the file, and the folder synced so the rename
/// holds. A symbolic link stays a link: the file it names is written.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, |file| file.write_all(bytes))
}

/// [`write_atomically`], with what fills the temporary file passed in: a test passes a
/// writer that fails half-way, as a full disk does, where no small disk can be mounted.
fn write_with(path: &Path, fill: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let path = through_links(path);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let (tmp, mut file) = fresh_temporary(&path)?;
    let written = fill(&mut file)
        .and_then(|()| file.sync_all())
        .and_then(|()| fs::rename(&tmp, &path));
    if written.is_err() {
        // A full disk leaves a partial temporary file: it is nobody's data.
        let _ = fs::remove_file(&tmp);
    }
    written?;
    sync_folder(&path);
    Ok(())
}

/// The file a chain of symbolic links ends at (or `path` itself).
pub(super) fn through_links(path: &Path) -> PathBuf {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let Ok(target) = fs::read_link(&path) else {
            break;
        };
        // A relative target is relative to the link's folder; `join` keeps an absolute one.
        path = match path.parent() {
            Some(dir) => dir.join(target),
            None => target,
        };
    }
    path
}

/// `NAME.PID-N.tmp` beside `path`, created new: a leftover of an earlier run or
/// anything else under a name (a named pipe would block an open) is never opened.
fn fresh_temporary(path: &Path) -> io::Result<(PathBuf, File)> {
    let name = path
        .file_name()
        .map_or_else(|| "data".into(), |n| n.to_string_lossy());
    let pid = std::process::id();
    loop {
        let n = NEXT_TMP.fetch_add(1, Ordering::Relaxed);
        let tmp = path.with_file_name(format!("{name}.{pid}-{n}.tmp"));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < u64::from(u16::MAX) => {}
            Err(e) => return Err(e),
        }
    }
}

/// Makes a rename in `path`'s folder durable. Only where folders can be opened and
/// synced (not on Windows); a failure costs durability, not data.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// An advisory lock on `NAME.lock` beside a user file, held while a change is read,
/// applied and written, so two windows on one data folder take turns. Released when
/// dropped.
pub(super) struct Lock {
    /// `None` where the file system has no locks: then the windows do not take turns,
    /// and each write is still whole.
    _file: Option<File>,
}

impl Lock {
    /// Waits for the lock on `path`'s lock file.
    pub(super) fn take(path: &Path) -> io::Result<Self> {
        let name = path
            .file_name()
            .map_or_else(|| "data".into(), |n| n.to_string_lossy());
        let lock = path.with_file_name(format!("{name}.lock"));
        if let Some(dir) = lock.parent() {
            fs::create_dir_all(dir)?;
        }
        // Only a regular file is opened: a named pipe there would block the open.
        if fs::symlink_metadata(&lock).is_ok_and(|m| !m.is_file()) {
            fs::remove_file(&lock)?;
        }
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock)?;
        match file.lock() {
            Ok(()) => Ok(Self { _file: Some(file) }),
            Err(e) if e.kind() == io::ErrorKind::Unsupported => Ok(Self { _file: None }),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A disk that fills half-way through the write: the file keeps what it held, the
    /// error is returned, and no temporary file is left behind.
    #[test]
    fn a_write_that_fails_half_way_leaves_the_file_as_it_was() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("settings.ron");
        fs::write(&path, "(theme: Dark)").expect("write");
        let failed = write_with(&path, |file| {
            file.write_all(b"(theme: Li")?;
            Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device",
            ))
        });
        assert_eq!(
            failed.map_err(|e| e.kind()),
            Err(io::ErrorKind::StorageFull)
        );
        assert_eq!(fs::read_to_string(&path).expect("read"), "(theme: Dark)");
        let names: Vec<String> = fs::read_dir(dir.path())
            .expect("listed")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["settings.ron"]);
    }
}
