//! The content compiled into the binary, so the app needs no files at run time.

use std::borrow::Cow;

use super::{ContentFile, Loaded};

// `build.rs` lists every file under `content/` as `(relative path, bytes)`.
include!(concat!(env!("OUT_DIR"), "/bundled_content.rs"));

/// The bundled files, named as they are in the repository (`content/en/…`).
pub fn files() -> Vec<ContentFile> {
    BUNDLED
        .iter()
        .map(|&(path, bytes)| ContentFile {
            path: path.to_owned(),
            display: format!("content/{path}"),
            bytes: Cow::Borrowed(bytes),
            unread: false,
            layer: 0,
        })
        .collect()
}

/// The bundled guidance in one language, validated.
pub fn load(language: &str) -> Loaded {
    super::load(&files(), language)
}
