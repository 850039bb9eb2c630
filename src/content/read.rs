//! Reads a content folder from disk: only regular `.ron` files, each read with a cap, so
//! a named pipe, a device or a huge file can neither hang nor flood the loader.

use std::{
    borrow::Cow,
    collections::BTreeSet,
    fs, io,
    path::{Path, PathBuf},
};

use super::problem::{Position, Problem, ProblemKind};

/// Hostile or mistaken files (a log, a video) are refused before parsing.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// Folders deeper than this are not walked, so a link loop cannot hang the loader.
const MAX_DEPTH: usize = 6;
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
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the content folder {path}: {source}")]
    Folder { path: PathBuf, source: io::Error },
}

/// Reads every `.ron` file under `root`. Unreadable files become problems, not errors:
/// only a root that cannot be listed at all is an error.
pub fn read_dir(root: &Path) -> Result<(Vec<ContentFile>, Vec<Problem>), LoadError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    fs::read_dir(root).map_err(|source| LoadError::Folder {
        path: root.to_owned(),
        source,
    })?;
    walk(root, root, 0, &mut files, &mut problems);
    // Every `sources` reference depends on this file: name it when it is not there.
    let sources = root.join(SOURCES_FILE);
    if fs::symlink_metadata(&sources).is_err_and(|e| e.kind() == io::ErrorKind::NotFound) {
        problems.push(problem_at(&sources, ProblemKind::MissingSources));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, problems))
}

fn problem_at(path: &Path, kind: ProblemKind) -> Problem {
    Problem {
        file: path.display().to_string(),
        position: Position::START,
        kind,
    }
}

fn walk(
    root: &Path,
    dir: &Path,
    depth: usize,
    files: &mut Vec<ContentFile>,
    problems: &mut Vec<Problem>,
) {
    let unreadable_folder =
        |e: &io::Error| problem_at(dir, ProblemKind::UnreadableFolder(e.to_string()));
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return problems.push(unreadable_folder(&e)),
    };
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(e) => {
                problems.push(unreadable_folder(&e));
                continue;
            }
        };
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        let is_ron = path.extension().is_some_and(|e| e == "ron");
        // Follows links, as a person opening the path would; a link loop fails here.
        let meta = fs::metadata(&path);
        if !is_ron {
            if meta.is_ok_and(|m| m.is_dir()) && depth < MAX_DEPTH {
                walk(root, &path, depth + 1, files, problems);
            }
            continue;
        }
        let meta = match meta {
            Ok(meta) => meta,
            Err(e) => {
                problems.push(problem_at(&path, ProblemKind::Unreadable(e.to_string())));
                continue;
            }
        };
        // Opening a named pipe waits for a writer, and a device may never end: only
        // regular files are content.
        if !meta.is_file() {
            problems.push(problem_at(&path, ProblemKind::NotAFile(describe(&meta))));
            continue;
        }
        // Report a huge file's real size: the read below stops just past the limit.
        if meta.len() > MAX_FILE_BYTES as u64 {
            let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
            let kind = ProblemKind::TooLarge {
                size,
                limit: MAX_FILE_BYTES,
            };
            problems.push(problem_at(&path, kind));
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path);
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        match read_capped(&path, MAX_FILE_BYTES as u64) {
            Ok(bytes) => files.push(ContentFile {
                path: rel,
                display: path.display().to_string(),
                bytes: Cow::Owned(bytes),
            }),
            Err(e) => problems.push(problem_at(&path, ProblemKind::Unreadable(e.to_string()))),
        }
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

/// What a path is when it is not a regular file, in a person's words.
pub fn describe(meta: &fs::Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
    }
    "a special file"
}

/// The languages present: every top-level folder that holds content.
pub fn languages(files: &[ContentFile]) -> Vec<String> {
    let set: BTreeSet<&str> = files
        .iter()
        .filter_map(|f| f.path.split_once('/').map(|(lang, _)| lang))
        .collect();
    set.into_iter().map(str::to_owned).collect()
}
