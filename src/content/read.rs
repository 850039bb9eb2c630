//! Reads a content folder from disk: only regular `.ron` files, each read with a cap, so
//! a named pipe, a device or a huge file can neither hang nor flood the loader.

use std::{
    borrow::Cow,
    collections::{BTreeSet, HashSet},
    fs, io,
    path::{Path, PathBuf},
};

use super::problem::{Position, Problem, ProblemKind};

/// Hostile or mistaken files (a log, a video) are refused before parsing.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// Folders deeper than this are not walked (and are reported): the layout is three deep.
const MAX_DEPTH: usize = 6;
/// Files and folders looked at before the walk stops (and says so): the bundled
/// content has about 300, and `defuse check /` must not walk a whole disk.
const MAX_ENTRIES: usize = 50_000;
/// The one file at the top of the layout, shared by every language.
pub const SOURCES_FILE: &str = "sources.ron";

/// One content file: where it sits in the content layout, and what it holds.
#[derive(Debug, Clone)]
pub struct ContentFile {
    /// Relative to the content root, `/`-separated: `en/customer-types/angry.ron`.
    pub path: String,
    /// How problems name the file: the path a person can open.
    pub display: String,
    pub bytes: Cow<'static, [u8]>,
    /// Refused by the walk (not a regular file, too large, unreadable; the problem says
    /// which): it has no bytes, and the loader counts the item it should hold as lost,
    /// so references to it name this file's problem rather than a missing item.
    pub unread: bool,
    /// Which layer the file belongs to: 0 for the content packs layer on (the bundled
    /// content), then each pack in order. A later layer's item replaces an earlier one.
    pub layer: usize,
}

impl ContentFile {
    /// The file's name without `.ron`: by the layout, the id of the item a one-item
    /// file (a card, a playbook, a deck) holds, where the id itself cannot be read.
    pub(crate) fn item_name(&self) -> Option<&str> {
        let name = self.path.rsplit('/').next().unwrap_or(&self.path);
        name.strip_suffix(".ron")
    }
}

/// The error for a path that is not a regular file ("this is a named pipe (FIFO), not
/// a regular file"): what reading a user file and writing an output both refuse.
pub(crate) fn not_a_regular_file(meta: &fs::Metadata) -> io::Error {
    io::Error::other(crate::strings::current().err_not_regular(describe(meta)))
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}", crate::strings::current().err_content_folder(path.display().to_string(), source.to_string()))]
    Folder { path: PathBuf, source: io::Error },
}

/// Reads every `.ron` file under `root`, a full content folder: one without a
/// `sources.ron` is reported. Unreadable files become problems, not errors: only a root
/// that cannot be listed at all is an error.
pub fn read_dir(root: &Path) -> Result<(Vec<ContentFile>, Vec<Problem>), LoadError> {
    let (files, mut problems) = read_files(root)?;
    // Every `sources` reference depends on this file: name it when it is not there.
    let sources = root.join(SOURCES_FILE);
    if fs::symlink_metadata(&sources).is_err_and(|e| e.kind() == io::ErrorKind::NotFound) {
        problems.push(problem_at(&sources, ProblemKind::MissingSources));
    }
    Ok((files, problems))
}

/// Reads every `.ron` file under `root`, as [`read_dir`] does, where `sources.ron` is
/// optional (a pack may add sources, or cite only the bundled ones).
pub fn read_files(root: &Path) -> Result<(Vec<ContentFile>, Vec<Problem>), LoadError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    fs::read_dir(root).map_err(|source| LoadError::Folder {
        path: root.to_owned(),
        source,
    })?;
    let mut walk = Walk {
        root,
        real_root: fs::canonicalize(root).unwrap_or_else(|_| root.to_owned()),
        walked: HashSet::new(),
        entries: 0,
        files: &mut files,
        problems: &mut problems,
    };
    walk.folder(root, 0);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, problems))
}

pub(crate) fn problem_at(path: &Path, kind: ProblemKind) -> Problem {
    Problem {
        file: path.display().to_string(),
        position: Position::START,
        kind,
    }
}

/// One walk of a content folder. Links are followed as a person opening the path
/// would, but each real folder is walked once (a link to `.` would otherwise repeat the
/// tree at every depth: six such links made 152,398 reads and 1.6 GB), and nothing
/// outside the content folder is read (a link to `/` or to `/proc/kmsg`, which blocks).
struct Walk<'a> {
    root: &'a Path,
    real_root: PathBuf,
    walked: HashSet<PathBuf>,
    entries: usize,
    files: &'a mut Vec<ContentFile>,
    problems: &'a mut Vec<Problem>,
}

impl Walk<'_> {
    fn folder(&mut self, dir: &Path, depth: usize) {
        let real = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
        if !self.walked.insert(real) {
            return;
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => return self.problem(dir, ProblemKind::UnreadableFolder(e.to_string())),
        };
        for entry in entries {
            self.entries += 1;
            if self.entries > MAX_ENTRIES {
                if self.entries == MAX_ENTRIES + 1 {
                    self.problem(self.root, ProblemKind::TooManyEntries(MAX_ENTRIES));
                }
                return;
            }
            let path = match entry {
                Ok(entry) => entry.path(),
                Err(e) => {
                    self.problem(dir, ProblemKind::UnreadableFolder(e.to_string()));
                    continue;
                }
            };
            if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            self.entry(&path, depth);
        }
    }

    fn entry(&mut self, path: &Path, depth: usize) {
        let is_ron = path.extension().is_some_and(|e| e == "ron");
        // Follows links; a link loop fails here.
        let meta = fs::metadata(path);
        let is_dir = meta.as_ref().is_ok_and(fs::Metadata::is_dir);
        if !is_ron && !is_dir {
            return;
        }
        if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
            if !real.starts_with(&self.real_root) {
                let to = real.display().to_string();
                return self.problem(path, ProblemKind::LinkOutside(to));
            }
        }
        if is_dir && !is_ron {
            if depth < MAX_DEPTH {
                self.folder(path, depth + 1);
            } else {
                self.problem(path, ProblemKind::TooDeep(MAX_DEPTH));
            }
            return;
        }
        let meta = match meta {
            Ok(meta) => meta,
            Err(e) => return self.refuse(path, ProblemKind::Unreadable(e.to_string())),
        };
        // Opening a named pipe waits for a writer, and a device may never end: only
        // regular files are content.
        if !meta.is_file() {
            return self.refuse(path, ProblemKind::NotAFile(describe(&meta)));
        }
        // Report a huge file's real size: the read below stops just past the limit.
        if meta.len() > MAX_FILE_BYTES as u64 {
            let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
            let kind = ProblemKind::TooLarge {
                size,
                limit: MAX_FILE_BYTES,
            };
            return self.refuse(path, kind);
        }
        let rel = self.relative(path);
        match read_capped(path, MAX_FILE_BYTES as u64) {
            // It grew past the limit since the size check (an editor still writing):
            // refused as too large, not loaded cut short at the limit.
            Ok(bytes) if bytes.len() > MAX_FILE_BYTES => {
                let kind = ProblemKind::TooLarge {
                    size: bytes.len(),
                    limit: MAX_FILE_BYTES,
                };
                self.refuse(path, kind);
            }
            Ok(bytes) => self.files.push(ContentFile {
                path: rel,
                display: path.display().to_string(),
                bytes: Cow::Owned(bytes),
                unread: false,
                layer: 0,
            }),
            Err(e) => self.refuse(path, ProblemKind::Unreadable(e.to_string())),
        }
    }

    fn problem(&mut self, path: &Path, kind: ProblemKind) {
        self.problems.push(problem_at(path, kind));
    }

    /// A `.ron` file the walk will not read: its problem, and the file kept as unread.
    fn refuse(&mut self, path: &Path, kind: ProblemKind) {
        self.problem(path, kind);
        self.files.push(ContentFile {
            path: self.relative(path),
            display: path.display().to_string(),
            bytes: Cow::Borrowed(&[]),
            unread: true,
            layer: 0,
        });
    }

    /// `path` relative to the content root, `/`-separated.
    fn relative(&self, path: &Path) -> String {
        let rel = path.strip_prefix(self.root).unwrap_or(path);
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// Reads at most one byte past `limit`, so a file that grew is refused without being
/// loaded whole. The caller checked the path is a regular file; checking the opened file
/// again catches one swapped in since.
pub fn read_capped(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    use io::Read as _;
    let file = fs::File::open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// What a path is when it is not a regular file, as the key the messages select on:
/// `folder`, `pipe`, `socket`, `device` or `other`.
pub fn describe(meta: &fs::Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        return "folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "pipe";
        }
        if kind.is_socket() {
            return "socket";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "device";
        }
    }
    "other"
}

/// The languages present: every top-level folder that holds content.
pub fn languages(files: &[ContentFile]) -> Vec<String> {
    let set: BTreeSet<&str> = files
        .iter()
        .filter_map(|f| f.path.split_once('/').map(|(lang, _)| lang))
        .collect();
    set.into_iter().map(str::to_owned).collect()
}
