//! Installing a pack into the data folder (from a folder, or a `.zip` off a USB stick)
//! and removing one. The caller checks a pack before it is installed; what is written
//! is exactly the files that check read, so nothing unchecked comes along.

use std::{
    borrow::Cow,
    fs,
    io::{self, Read as _},
    path::{Component, Path, PathBuf},
    time::{Duration, Instant},
};

use crate::{
    content::{
        self, ContentFile, MAX_FILE_BYTES, Position, Problem, ProblemKind, pack::MANIFEST_FILE,
    },
    pack_signature::SIGNATURES_DIR,
    strings::current as s,
};

/// A zip holding more entries than this is refused unread: a pack is tens of files,
/// and a zip of millions of empty entries would still take long to list.
const MAX_ZIP_ENTRIES: usize = 5_000;
/// All the content a zip may unpack to: refuses a zip bomb before it fills memory.
const MAX_ZIP_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}", s().err_zip(path.display().to_string(), source.to_string()))]
    Zip {
        path: PathBuf,
        source: zip::result::ZipError,
    },
    #[error("{}", s().err_zip_entry(path.display().to_string(), name.as_str(), source.to_string()))]
    Entry {
        path: PathBuf,
        name: String,
        source: io::Error,
    },
    #[error("{}", s().err_zip_no_manifest(path.display().to_string()))]
    NoManifest { path: PathBuf },
    #[error("{}", s().err_not_a_pack(path.display().to_string()))]
    NotAPack { path: PathBuf },
    #[error("{}", s().err_zip_unsafe_path(path.display().to_string(), name.as_str()))]
    UnsafePath { path: PathBuf, name: String },
    #[error("{}", s().err_zip_too_big(path.display().to_string(), *limit, MAX_ZIP_BYTES / 1024 / 1024))]
    TooBig { path: PathBuf, limit: usize },
    #[error("{}", s().err_pack_name(.0.as_str()))]
    BadName(String),
    #[error("{}", s().err_not_installed(name.as_str(), dir.display().to_string()))]
    NotInstalled { name: String, dir: PathBuf },
    #[error("{}", s().err_install_busy(name.as_str()))]
    Busy { name: String },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> InstallError + '_ {
    move |source| InstallError::Io {
        path: path.to_owned(),
        source,
    }
}

/// A signature file is a few hundred bytes; anything larger is not one.
const MAX_SIGNATURE_BYTES: u64 = 64 * 1024;

/// A pack as read to be installed.
#[derive(Debug)]
pub struct Incoming {
    /// Its content files, as `check` sees them.
    pub files: Vec<ContentFile>,
    /// What reading them found.
    pub problems: Vec<Problem>,
    /// The signatures of those files (`.signatures/FILE.minisig`), by FILE: installed
    /// beside them, so a signed pack still verifies on a PC that trusts its key.
    pub signatures: Vec<(String, Vec<u8>)>,
}

/// Reads a pack from a folder or a `.zip`.
pub fn read(path: &Path) -> Result<Incoming, InstallError> {
    if !path.is_dir() {
        return read_zip(path);
    }
    let (files, problems) = content::read_files(path).map_err(|e| InstallError::Io {
        path: path.to_owned(),
        source: io::Error::other(e.to_string()),
    })?;
    let signatures = files
        .iter()
        .filter_map(|f| {
            let sig = path
                .join(SIGNATURES_DIR)
                .join(format!("{}.minisig", f.path));
            let bytes = content::read_capped(&sig, MAX_SIGNATURE_BYTES).ok()?;
            (bytes.len() as u64 <= MAX_SIGNATURE_BYTES).then(|| (f.path.clone(), bytes))
        })
        .collect();
    Ok(Incoming {
        files,
        problems,
        signatures,
    })
}

/// A zip's `.ron` files, from its top or from the one folder that holds `pack.ron`.
/// Every name is checked to stay inside the pack (`../` and absolute paths are
/// refused), each file is capped as on disk, and the whole is capped too.
fn read_zip(path: &Path) -> Result<Incoming, InstallError> {
    let zip_error = |source| InstallError::Zip {
        path: path.to_owned(),
        source,
    };
    let file = fs::File::open(path).map_err(io_error(path))?;
    let mut archive = zip::ZipArchive::new(file).map_err(zip_error)?;
    let too_big = || InstallError::TooBig {
        path: path.to_owned(),
        limit: MAX_ZIP_ENTRIES,
    };
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(too_big());
    }
    let mut entries: Vec<(String, Option<Vec<u8>>)> = Vec::new();
    let mut signed: Vec<(String, Vec<u8>)> = Vec::new();
    let mut problems = Vec::new();
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(zip_error)?;
        if entry.is_dir() {
            continue;
        }
        let Some(name) = entry.enclosed_name() else {
            let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
            return Err(InstallError::UnsafePath {
                path: path.to_owned(),
                name,
            });
        };
        let name = slash_path(&name);
        let entry_error = |source| InstallError::Entry {
            path: path.to_owned(),
            name: name.clone(),
            source,
        };
        if name.ends_with(".minisig") && !entry.is_symlink() {
            let mut bytes = Vec::new();
            (&mut entry)
                .take(MAX_SIGNATURE_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(entry_error)?;
            // Counted with the content: 5,000 signatures of 64 KiB of zeros are a zip
            // of a few hundred KiB that would otherwise hold 320 MiB in memory.
            total += bytes.len() as u64;
            if total > MAX_ZIP_BYTES {
                return Err(too_big());
            }
            if bytes.len() as u64 <= MAX_SIGNATURE_BYTES {
                signed.push((name, bytes));
            }
            continue;
        }
        if !name.ends_with(".ron") {
            continue;
        }
        let display = format!("{}:{name}", path.display());
        let refuse = |kind| Problem {
            file: display.clone(),
            position: Position::START,
            kind,
        };
        if entry.is_symlink() {
            problems.push(refuse(ProblemKind::NotAFile("link")));
            entries.push((name, None));
            continue;
        }
        // The cap is on the bytes inflated, not on the size the zip's headers declare,
        // which may lie: the zip reader fails an entry that inflates past its declared
        // size, but its own `read_to_end` first reserves that size (4 GiB if it says
        // so). `take` reads in small steps and stops at the cap whatever is declared.
        let mut bytes = Vec::new();
        (&mut entry)
            .take(MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(entry_error)?;
        total += bytes.len() as u64;
        if total > MAX_ZIP_BYTES {
            return Err(too_big());
        }
        if bytes.len() > MAX_FILE_BYTES {
            let size = usize::try_from(entry.size()).unwrap_or(usize::MAX);
            let kind = ProblemKind::TooLarge {
                size: size.max(bytes.len()),
                limit: MAX_FILE_BYTES,
            };
            problems.push(refuse(kind));
            entries.push((name, None));
            continue;
        }
        entries.push((name, Some(bytes)));
    }
    let root = pack_root(&entries).ok_or_else(|| InstallError::NoManifest {
        path: path.to_owned(),
    })?;
    let mut files: Vec<ContentFile> = entries
        .into_iter()
        .filter_map(|(name, bytes)| {
            let rel = name.strip_prefix(&root)?.to_owned();
            Some(ContentFile {
                display: format!("{}:{name}", path.display()),
                path: rel,
                unread: bytes.is_none(),
                bytes: Cow::Owned(bytes.unwrap_or_default()),
                layer: 0,
            })
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let prefix = format!("{root}{SIGNATURES_DIR}/");
    let signatures = signed
        .into_iter()
        .filter_map(|(name, bytes)| {
            let file = name.strip_prefix(&prefix)?.strip_suffix(".minisig")?;
            Some((file.to_owned(), bytes))
        })
        .collect();
    Ok(Incoming {
        files,
        problems,
        signatures,
    })
}

/// Where the pack starts in a zip: its top, or the one folder holding `pack.ron`
/// (a zip of the folder itself), as a prefix ending in `/`.
fn pack_root(entries: &[(String, Option<Vec<u8>>)]) -> Option<String> {
    let manifests: Vec<&str> = entries
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| name.rsplit('/').next() == Some(MANIFEST_FILE))
        .collect();
    if manifests.contains(&MANIFEST_FILE) {
        return Some(String::new());
    }
    match manifests.as_slice() {
        [one] if one.matches('/').count() == 1 => {
            one.strip_suffix(MANIFEST_FILE).map(str::to_owned)
        }
        _ => None,
    }
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Copies a checked pack's files into `DATA/packs/NAME`, replacing an installed one of
/// that name. It is written beside as `.NAME.partial` first and renamed into place,
/// so a failure half way leaves the installed pack as it was. Another install or
/// removal of `name` under way is [`InstallError::Busy`]. A `.NAME.partial` found here
/// is a crashed install's (the lock is held while one is written), so it is removed.
pub fn install(incoming: &Incoming, data_dir: &Path, name: &str) -> Result<PathBuf, InstallError> {
    if !content::pack::is_pack_name(name) {
        return Err(InstallError::BadName(name.to_owned()));
    }
    let packs = super::packs_dir(data_dir);
    fs::create_dir_all(&packs).map_err(io_error(&packs))?;
    let _lock = lock(&packs, name)?;
    let dest = packs.join(name);
    let partial = packs.join(format!(".{name}.partial"));
    let old = packs.join(format!(".{name}.old"));
    for leftover in [&partial, &old] {
        if leftover.exists() {
            fs::remove_dir_all(leftover).map_err(io_error(leftover))?;
        }
    }
    fs::create_dir_all(&partial).map_err(io_error(&partial))?;
    let written: Vec<&ContentFile> = incoming.files.iter().filter(|f| !f.unread).collect();
    // Only the signatures of files written: a signed file left out (not content) takes
    // its signature with it, so the installed pack verifies as a whole.
    let signatures = incoming
        .signatures
        .iter()
        .filter(|(file, _)| written.iter().any(|f| &f.path == file))
        .map(|(file, bytes)| (format!("{SIGNATURES_DIR}/{file}.minisig"), bytes.as_slice()));
    let all = written
        .iter()
        .map(|f| (f.path.clone(), f.bytes.as_ref()))
        .chain(signatures);
    for (rel, bytes) in all {
        let Some(to) = inside(&partial, &rel) else {
            return Err(InstallError::UnsafePath {
                path: partial.clone(),
                name: rel,
            });
        };
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        fs::write(&to, bytes).map_err(io_error(&to))?;
    }
    if dest.exists() {
        fs::rename(&dest, &old).map_err(io_error(&dest))?;
    }
    fs::rename(&partial, &dest).map_err(io_error(&dest))?;
    if old.exists() {
        fs::remove_dir_all(&old).map_err(io_error(&old))?;
    }
    Ok(dest)
}

/// How long a lock held by someone else is tried again before the install or removal
/// is refused as busy.
const LOCK_PATIENCE: Duration = Duration::from_millis(250);

/// Holds `packs/.NAME.lock` locked for one install or removal of `NAME`: another one
/// at the same moment would delete the `.NAME.partial` this one is writing into, or
/// mix its files with this one's. The second is refused after [`LOCK_PATIENCE`]
/// rather than made to wait for the first, so nothing hangs behind a stuck install;
/// it tries again until then because a lock just let go can still be held for a
/// moment by a program another thread is starting (the new process holds a copy of
/// every open file until it runs its program), which refused two installs at once,
/// both as busy. The lock goes with the process, so a crash leaves none held; the
/// empty file stays, as deleting it while another process has it open would let two
/// installs each lock a different file of the same name.
fn lock(packs: &Path, name: &str) -> Result<fs::File, InstallError> {
    let path = packs.join(format!(".{name}.lock"));
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io_error(&path))?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_PATIENCE => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(InstallError::Busy {
                    name: name.to_owned(),
                });
            }
            Err(fs::TryLockError::Error(source)) => {
                return Err(InstallError::Io { path, source });
            }
        }
    }
}

/// `rel` (`/`-separated) under `root`, if every part of it is a plain name.
fn inside(root: &Path, rel: &str) -> Option<PathBuf> {
    let rel = Path::new(rel);
    rel.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| root.join(rel))
}

/// Removes the installed pack `name`; returns the folder it was in.
pub fn remove(data_dir: &Path, name: &str) -> Result<PathBuf, InstallError> {
    if !content::pack::is_pack_name(name) {
        return Err(InstallError::BadName(name.to_owned()));
    }
    let packs = super::packs_dir(data_dir);
    let dir = packs.join(name);
    // No packs folder, nothing installed: no lock file is made to say so.
    let _lock = packs.is_dir().then(|| lock(&packs, name)).transpose()?;
    if !dir.is_dir() {
        return Err(InstallError::NotInstalled {
            name: name.to_owned(),
            dir: packs,
        });
    }
    fs::remove_dir_all(&dir).map_err(io_error(&dir))?;
    Ok(dir)
}

/// `incoming` as `check` sees it: the bundled content with it layered on, named after
/// `path` until its `pack.ron` names it.
pub fn layered(path: &Path, incoming: &Incoming) -> super::Layers {
    let fallback = super::starter::name_for(path.with_extension("").as_path());
    let mut layers = super::Layers::bundled();
    layers.problems.extend(incoming.problems.iter().cloned());
    layers.push_files(&fallback, incoming.files.clone());
    layers
}

/// Why a pack was not installed.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error(transparent)]
    Install(#[from] InstallError),
    /// What `check` found wrong with it, in every language it holds.
    #[error("{}", s().err_refused(.0.len()))]
    Problems(Vec<Problem>),
}

/// Reads the pack at `path` (a folder or a `.zip`), checks it over the bundled
/// content in every language it holds, as `defuse check` does, and installs it only
/// if that found no errors (warnings do not stop it). The app's "Install pack…".
pub fn check_and_install(
    path: &Path,
    data_dir: &Path,
    today: chrono::NaiveDate,
) -> Result<(content::PackInfo, PathBuf), Refused> {
    let incoming = read(path)?;
    let layers = layered(path, &incoming);
    let errors: Vec<Problem> = layers
        .load_each_language(today)
        .into_iter()
        .flat_map(|(_, loaded)| loaded.problems)
        .filter(|p| !p.is_warning())
        .collect();
    if !errors.is_empty() {
        return Err(Refused::Problems(errors));
    }
    let loaded = layers.load(content::DEFAULT_LANGUAGE, today);
    let Some(pack) = loaded.content.packs.last() else {
        return Err(InstallError::NotAPack {
            path: path.to_owned(),
        }
        .into());
    };
    let dest = install(&incoming, data_dir, &pack.name)?;
    Ok((pack.clone(), dest))
}
