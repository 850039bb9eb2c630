//! Files the user asks for (handouts, an export of missed searches, a screenshot): written
//! over a regular file or where nothing is, never into a named pipe or a device, which
//! would block the write until something reads it (the command then never returned),
//! and whole or not at all.

use std::{fs, io, path::Path};

use crate::content::not_a_regular_file;

/// Fails with "it is a named pipe (FIFO), not a regular file" (and the like) when
/// something other than a regular file has `path`'s name, following links.
pub fn refuse_special(path: &Path) -> io::Result<()> {
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => Err(not_a_regular_file(&meta)),
        _ => Ok(()),
    }
}

/// Writes `bytes` to `path` after [`refuse_special`], through a temporary file renamed
/// over it as the user's own files are: a full disk leaves an earlier handout whole, and
/// a browser that has the file open never reads half of it.
pub fn write(path: &Path, bytes: impl AsRef<[u8]>) -> io::Result<()> {
    refuse_special(path)?;
    crate::user_data::write_atomically(path, bytes.as_ref())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_named_pipe_is_refused_at_once_and_a_file_is_written() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let pipe = dir.path().join("out.html");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        assert!(made.is_ok_and(|s| s.success()));
        let refused = write(&pipe, "x").expect_err("a pipe is no file");
        assert!(refused.to_string().contains("named pipe"), "{refused}");
        let file = dir.path().join("out.tsv");
        write(&file, "x").expect("written");
        write(&file, "y").expect("written over");
        assert_eq!(fs::read_to_string(&file).expect("read"), "y");
    }
}
