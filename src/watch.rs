//! Live reload: watches the content folders (folders, not files: editors replace a
//! file rather than write it) and calls back once a burst of changes has settled.

use std::{path::PathBuf, time::Duration};

use notify_debouncer_full::{
    DebounceEventResult, Debouncer, RecommendedCache, new_debouncer,
    notify::{EventKind, RecommendedWatcher, RecursiveMode},
};

/// How long changes must settle before a reload: an editor's save (write a temporary
/// file, rename it over, within a few milliseconds) gives one reload. A pack copied in
/// file by file gives a few, each reading what has arrived; the reload runs on the
/// watcher's thread, so the changes made while it reads come together after it.
/// (300 ms took a third of the second a change has to show in.)
pub const SETTLE: Duration = Duration::from_millis(150);

/// Watching; dropping it stops.
pub struct FolderWatch {
    _debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    /// The folders that could be watched.
    pub watched: Vec<PathBuf>,
}

impl std::fmt::Debug for FolderWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWatch")
            .field("watched", &self.watched)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{}", crate::strings::current().err_watch(.0.as_str()))]
pub struct WatchError(String);

/// Watches each of `folders` that exists, with everything under it, and calls
/// `on_change` on the watcher's thread when something in them was created, changed
/// or removed (reading alone does not count).
pub fn watch(
    folders: &[PathBuf],
    on_change: impl Fn() + Send + 'static,
) -> Result<FolderWatch, WatchError> {
    let mut debouncer = new_debouncer(SETTLE, None, move |result: DebounceEventResult| {
        let changed = result.is_ok_and(|events| {
            events
                .iter()
                .any(|e| !matches!(e.kind, EventKind::Access(_)))
        });
        if changed {
            on_change();
        }
    })
    .map_err(|e| WatchError(e.to_string()))?;
    let mut watched = Vec::new();
    for folder in folders {
        if folder.is_dir() && debouncer.watch(folder, RecursiveMode::Recursive).is_ok() {
            watched.push(folder.clone());
        }
    }
    Ok(FolderWatch {
        _debouncer: debouncer,
        watched,
    })
}

#[cfg(test)]
mod tests {
    use std::{fs, sync::mpsc};

    use super::*;

    /// Far longer than [`SETTLE`]: only a watcher that never calls back waits it out.
    const PATIENCE: Duration = Duration::from_secs(10);

    #[test]
    fn a_file_replaced_in_a_watched_folder_calls_back() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let cards = dir.path().join("en/customer-types");
        fs::create_dir_all(&cards).expect("folders");
        fs::write(cards.join("angry.ron"), "(id: \"angry\")").expect("write");
        let (tx, rx) = mpsc::channel();
        let watch = watch(&[dir.path().to_owned()], move || {
            let _ = tx.send(());
        })
        .expect("watching");
        assert_eq!(watch.watched, vec![dir.path().to_owned()]);
        // As an editor saves: a new file renamed over the old one.
        fs::write(
            cards.join(".angry.ron.tmp"),
            "(id: \"angry\", title: \"x\")",
        )
        .expect("write");
        fs::rename(cards.join(".angry.ron.tmp"), cards.join("angry.ron")).expect("rename");
        assert!(rx.recv_timeout(PATIENCE).is_ok(), "no call back");
    }

    #[test]
    fn a_folder_that_does_not_exist_is_left_out() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let gone = dir.path().join("not-here");
        let watch = watch(&[gone], || {}).expect("watching");
        assert!(watch.watched.is_empty());
    }
}
