//! Where packs come from and how they layer: the bundled content first, then the data
//! folder's `packs/` (by folder name), then each `--content` folder in the order given.
//! No GUI here: the app, the command line and the tests all load through it.

pub mod install;
pub mod starter;

use std::{
    fs,
    path::{Path, PathBuf},
};

use chrono::NaiveDate;
use minisign_verify::PublicKey;

use crate::{
    content::{
        self, ContentFile, Loaded, Origin, Position, Problem, ProblemKind, SOURCES_FILE,
        model::SiteFile, pack::MANIFEST_FILE, site::SITE_FILE,
    },
    pack_signature::{self, SignatureState},
    site_profile::SiteProfile,
    user_file::FileStore,
};

/// The name of this PC's own layer: the numbers the Site contacts page saved.
pub const LOCAL_LAYER: &str = "this-pc";

/// The folder under the data folder that installed packs live in, one folder each.
pub const PACKS_DIR: &str = "packs";

/// The installed packs' folder: `DATA/packs`.
pub fn packs_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(PACKS_DIR)
}

/// The folders to layer over the bundled content, in order: the installed packs,
/// sorted by name, then `extra` (the `--content` folders) as given. Hidden folders
/// (`.name`, such as an install in progress) are not packs.
pub fn find(data_dir: Option<&Path>, extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut installed: Vec<PathBuf> = data_dir
        .map(packs_dir)
        .and_then(|dir| fs::read_dir(dir).ok())
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    installed.sort();
    installed.extend(extra.iter().cloned());
    installed
}

/// Where this run's packs come from: the folders in layer order, the public keys
/// the data folder's `site.ron` trusts (none: every pack loads, signed or not), and
/// the numbers it sets (the Site contacts page), layered over every pack.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub folders: Vec<PathBuf>,
    pub trusted_keys: Vec<String>,
    pub site: SiteProfile,
}

impl Sources {
    /// [`find`]'s folders, and what `DATA/site.ron` trusts and sets.
    pub fn find(data_dir: Option<&Path>, extra: &[PathBuf]) -> Self {
        let site = data_dir
            .map(|dir| FileStore::<SiteProfile>::in_dir(dir).load().0)
            .unwrap_or_default();
        Self {
            folders: find(data_dir, extra),
            trusted_keys: site.trusted_keys.clone(),
            site,
        }
    }

    /// Whether there is anything to layer over the bundled content.
    pub fn is_bundled_only(&self) -> bool {
        self.folders.is_empty() && self.site.numbers.is_empty()
    }

    /// The layers with this PC's own numbers on top, as a `site.ron` the loader
    /// reads like a pack's (so the guidance text says them too, and `check` sees them).
    fn with_site(&self, mut layers: Layers) -> Layers {
        let bundled = content::bundled::files()
            .into_iter()
            .find(|f| f.path == format!("{}/{SITE_FILE}", content::DEFAULT_LANGUAGE))
            .and_then(|f| ron::de::from_bytes::<SiteFile>(&f.bytes).ok())
            .map(|f| f.contacts)
            .unwrap_or_default();
        if let Some(text) = self.site.site_file(&bundled) {
            let file = ContentFile {
                path: SITE_FILE.to_owned(),
                display: format!("{SITE_FILE} (Site contacts)"),
                bytes: std::borrow::Cow::Owned(text.into_bytes()),
                unread: false,
                layer: 0,
            };
            layers.push_files(LOCAL_LAYER, vec![file]);
        }
        layers
    }

    /// The layers, where with trusted keys a folder whose files are not all signed by
    /// one of them, unchanged, is refused (naming the file) and left out: a shop PC
    /// set to trust head office's key loads nothing else.
    pub fn read(&self) -> Layers {
        if self.trusted_keys.is_empty() {
            let mut layers = self.with_site(Layers::read(&self.folders));
            // Nothing to check against: says only whether each is signed, and by whom.
            layers.signatures = self
                .folders
                .iter()
                .map(|dir| {
                    let state = pack_signature::verify_pack(dir, &[]).map_err(|e| e.to_string());
                    (dir.clone(), state)
                })
                .collect();
            return layers;
        }
        let mut problems = Vec::new();
        let keys: Vec<PublicKey> = self
            .trusted_keys
            .iter()
            .filter_map(|key| {
                pack_signature::public_key(key)
                    .map_err(|e| problems.push(refusal(Path::new("site.ron"), &e.to_string())))
                    .ok()
            })
            .collect();
        let mut trusted = Vec::new();
        let mut signatures = Vec::new();
        for dir in &self.folders {
            match pack_signature::verify_pack(dir, &keys) {
                Ok(state) => {
                    trusted.push(dir.clone());
                    signatures.push((dir.clone(), Ok(state)));
                }
                Err(e) => problems.push(refusal(dir, &format!("not loaded: {e}"))),
            }
        }
        let mut layers = self.with_site(Layers::read(&trusted));
        problems.append(&mut layers.problems);
        layers.problems = problems;
        layers.signatures = signatures;
        layers
    }
}

fn refusal(path: &Path, why: &str) -> Problem {
    Problem {
        file: path.display().to_string(),
        position: Position::START,
        kind: ProblemKind::Invalid(why.to_owned()),
    }
}

/// Where packs are looked for (the data folder's `packs/`, then the `--content`
/// folders), so a running app can look again when they change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places {
    pub data_dir: Option<PathBuf>,
    pub extra: Vec<PathBuf>,
}

impl Places {
    /// The packs found there now, and the keys `DATA/site.ron` trusts now.
    pub fn sources(&self) -> Sources {
        Sources::find(self.data_dir.as_deref(), &self.extra)
    }

    /// The folders to watch: the installed packs' folder (an install or removal
    /// changes it) and each `--content` folder.
    pub fn folders(&self) -> Vec<PathBuf> {
        self.data_dir
            .as_deref()
            .map(packs_dir)
            .into_iter()
            .chain(self.extra.iter().cloned())
            .collect()
    }
}

/// Every layer's files, read, with each file's `layer` set, and what reading found.
#[derive(Debug, Clone)]
pub struct Layers {
    pub files: Vec<ContentFile>,
    /// One per layer: the bundled content's (or a full content folder's), then each
    /// pack's until its `pack.ron` names it.
    pub origins: Vec<Origin>,
    /// Problems found reading the folders: a folder that is not a pack, a file too
    /// large, a link leading outside.
    pub problems: Vec<Problem>,
    /// Each pack folder's signature state, as [`Sources::read`] checked it (against
    /// the keys this PC trusts, if any), for the Packs page to show without reading
    /// every file again.
    pub signatures: Vec<(PathBuf, Result<SignatureState, String>)>,
}

impl Layers {
    /// The bundled content alone.
    pub fn bundled() -> Self {
        Self {
            files: content::bundled::files(),
            origins: vec![Origin::Bundled],
            problems: Vec::new(),
            signatures: Vec::new(),
        }
    }

    /// The bundled content with each of `folders` layered on in order. A folder with
    /// a `pack.ron` is a pack. One with a `sources.ron` and no `pack.ron` is a full
    /// content folder in the bundled layout: it replaces the bundled content and the
    /// layers before it (to try an organisation's own content whole). Any other
    /// folder is reported and left out.
    pub fn read(folders: &[PathBuf]) -> Self {
        Self::bundled().with(folders)
    }

    /// A full content folder alone, as `defuse check DIR` reads one (its problems
    /// include a missing `sources.ron`); only a folder that cannot be listed fails.
    pub fn folder(dir: &Path) -> Result<Self, content::LoadError> {
        let (files, problems) = content::read_dir(dir)?;
        Ok(Self {
            files,
            origins: vec![Origin::Bundled],
            problems,
            signatures: Vec::new(),
        })
    }

    /// These layers with each of `folders` layered on, as [`Layers::read`] says.
    pub fn with(self, folders: &[PathBuf]) -> Self {
        let mut layers = self;
        for dir in folders {
            if !dir.is_dir() {
                layers.problems.push(Problem {
                    file: dir.display().to_string(),
                    position: Position::START,
                    kind: ProblemKind::UnreadableFolder("there is no such folder".to_owned()),
                });
            } else if dir.join(MANIFEST_FILE).exists() {
                layers.push(dir, content::read_files(dir));
            } else if dir.join(SOURCES_FILE).exists() {
                layers = Self {
                    files: Vec::new(),
                    origins: Vec::new(),
                    problems: layers.problems,
                    signatures: layers.signatures,
                };
                layers.push(dir, content::read_dir(dir));
            } else {
                layers.problems.push(Problem {
                    file: dir.join(MANIFEST_FILE).display().to_string(),
                    position: Position::START,
                    kind: ProblemKind::MissingManifest,
                });
            }
        }
        layers
    }

    /// Adds `files` (already read, such as from a zip) as the next layer.
    pub fn push_files(&mut self, name: &str, files: Vec<ContentFile>) {
        let layer = self.origins.len();
        self.origins.push(Origin::Pack(name.to_owned()));
        self.files
            .extend(files.into_iter().map(|f| ContentFile { layer, ..f }));
    }

    fn push(
        &mut self,
        dir: &Path,
        read: Result<(Vec<ContentFile>, Vec<Problem>), content::LoadError>,
    ) {
        match read {
            Ok((files, problems)) => {
                self.problems.extend(problems);
                self.push_files(&folder_name(dir), files);
            }
            Err(e) => self.problems.push(Problem {
                file: dir.display().to_string(),
                position: Position::START,
                kind: ProblemKind::UnreadableFolder(e.to_string()),
            }),
        }
    }

    /// One language's layered content, with the reading problems first.
    pub fn load(&self, language: &str, today: NaiveDate) -> Loaded {
        let mut loaded = content::load_layers(&self.files, &self.origins, language, today);
        let mut problems = self.problems.clone();
        problems.append(&mut loaded.problems);
        loaded.problems = problems;
        loaded
    }

    /// Every language's layered content, each from its own files, English's (which
    /// stand in for what it has not translated) and the shared ones at the top
    /// (passing every language's files to each made checking grow with languages ×
    /// files); each problem once, reading problems first.
    pub fn load_each_language(&self, today: NaiveDate) -> Vec<(String, Loaded)> {
        let mut seen: std::collections::HashSet<Problem> = self.problems.iter().cloned().collect();
        let mut each = Vec::new();
        for language in content::languages(&self.files) {
            let prefix = format!("{language}/");
            let english = format!("{}/", content::DEFAULT_LANGUAGE);
            let own: Vec<ContentFile> = self
                .files
                .iter()
                .filter(|f| {
                    f.path.starts_with(&prefix)
                        || f.path.starts_with(&english)
                        || !f.path.contains('/')
                })
                .cloned()
                .collect();
            let mut loaded = content::load_layers(&own, &self.origins, &language, today);
            loaded.problems.retain(|p| seen.insert(p.clone()));
            each.push((language, loaded));
        }
        each
    }
}

/// How a pack is called until its `pack.ron` names it: its folder's name.
fn folder_name(dir: &Path) -> String {
    dir.file_name().map_or_else(
        || dir.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
