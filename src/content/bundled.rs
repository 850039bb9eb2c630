//! The content compiled into the binary, so the app needs no files at run time.

use std::{borrow::Cow, sync::OnceLock};

use super::{ContentFile, Loaded};

/// One folder's files (a language's, or the root's), deflated together by `build.rs`.
struct Bundle {
    /// The folder's files end to end, before deflating.
    size: usize,
    deflated: &'static [u8],
    /// Each file's path (`en/customer-types/angry.ron`), start and length in the text.
    files: &'static [(&'static str, usize, usize)],
}

// `build.rs` lists every folder under `content/` and its files.
include!(concat!(env!("OUT_DIR"), "/bundled_content.rs"));

/// Each bundle's text, inflated once for the life of the process (the library loads
/// again when packs or the language change); `None` if it does not inflate.
fn inflated() -> &'static [Option<Vec<u8>>] {
    static TEXTS: OnceLock<Vec<Option<Vec<u8>>>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        BUNDLES
            .iter()
            .map(|bundle| {
                miniz_oxide::inflate::decompress_to_vec_with_limit(bundle.deflated, bundle.size)
                    .ok()
                    .filter(|text| text.len() == bundle.size)
            })
            .collect()
    })
}

/// The bundled files, named as they are in the repository (`content/en/…`).
pub fn files() -> Vec<ContentFile> {
    BUNDLES
        .iter()
        .zip(inflated())
        .flat_map(|(bundle, text)| {
            bundle.files.iter().map(move |&(path, start, len)| {
                let bytes = text.as_deref().and_then(|t| t.get(start..start + len));
                ContentFile {
                    path: path.to_owned(),
                    display: format!("content/{path}"),
                    bytes: Cow::Borrowed(bytes.unwrap_or_default()),
                    // Every folder inflates in a build whose tests pass (see below); if
                    // one did not, its items would count as lost rather than misread.
                    unread: bytes.is_none(),
                    layer: 0,
                }
            })
        })
        .collect()
}

/// The bundled guidance in one language, validated.
pub fn load(language: &str) -> Loaded {
    super::load(&files(), language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_folder_inflates_to_its_files() {
        let texts = inflated();
        assert_eq!(texts.len(), BUNDLES.len());
        for (bundle, text) in BUNDLES.iter().zip(texts) {
            let first = bundle.files.first().map_or("", |&(path, _, _)| path);
            let text = text
                .as_deref()
                .unwrap_or_else(|| panic!("{first}'s folder inflates"));
            let last = bundle
                .files
                .last()
                .map_or(0, |&(_, start, len)| start + len);
            assert_eq!(last, text.len(), "{first}");
            assert!(
                bundle.deflated.len() * 2 < text.len(),
                "{first}'s folder is compressed"
            );
        }
        let paths: Vec<String> = files().into_iter().map(|f| f.path).collect();
        assert!(paths.iter().any(|p| p == "sources.ron"));
        assert!(paths.iter().any(|p| p == "en/customer-types/angry.ron"));
    }
}
