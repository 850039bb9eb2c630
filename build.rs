//! Embeds every file under `content/` into the binary, compressed (see
//! `src/content/bundled.rs`), and the thesaurus table compressed (see `src/search/thesaurus.rs`).

use std::{env, fs, io, path::Path};

fn main() -> io::Result<()> {
    // Read at run time, not with `env!`: a build script compiled for one checkout can be
    // reused by another that shares the target folder, and must read that one's files.
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?;
    let root = Path::new(&manifest_dir);
    bundle_content(root)?;
    compress_thesaurus(root)
}

/// Deflates `assets/thesaurus/en.tsv` into `OUT_DIR`: the table is committed as text,
/// so changes to it can be read and checked, but a third of its size in the binary.
fn compress_thesaurus(manifest_dir: &Path) -> io::Result<()> {
    let table = manifest_dir.join("assets/thesaurus/en.tsv");
    println!("cargo:rerun-if-changed={}", table.display());
    let text = fs::read(&table)?;
    let packed = miniz_oxide::deflate::compress_to_vec(&text, 10);
    let dest =
        Path::new(&env::var("OUT_DIR").map_err(io::Error::other)?).join("thesaurus-en.deflate");
    fs::write(dest, packed)
}

/// A file's path, and its start and length in its folder's text.
type Listed = (String, usize, usize);

/// Deflates the content one folder at a time (a language's files, and the root's), so
/// files in the same language share their dictionary: the text is a quarter of its
/// size in the binary, leaving room for every language's translation.
fn bundle_content(manifest_dir: &Path) -> io::Result<()> {
    let root = manifest_dir.join("content");
    println!("cargo:rerun-if-changed={}", root.display());
    // The Fluent catalogues are read by `static_loader!`, which cannot tell cargo about
    // a new file in them.
    println!(
        "cargo:rerun-if-changed={}",
        manifest_dir.join("locales").display()
    );
    let mut files = Vec::new();
    collect(&root, &root, &mut files)?;
    files.sort();
    let out_dir = env::var("OUT_DIR").map_err(io::Error::other)?;
    let mut folders: Vec<(String, Vec<u8>, Vec<Listed>)> = Vec::new();
    for (rel, abs) in &files {
        let folder = rel
            .split_once('/')
            .map_or("", |(first, _)| first)
            .to_owned();
        let at = match folders.iter().position(|(f, _, _)| *f == folder) {
            Some(at) => at,
            None => {
                folders.push((folder, Vec::new(), Vec::new()));
                folders.len() - 1
            }
        };
        let (_, text, listed) = &mut folders[at];
        let bytes = fs::read(abs)?;
        listed.push((rel.clone(), text.len(), bytes.len()));
        text.extend_from_slice(&bytes);
    }
    let mut out = String::from("static BUNDLES: &[Bundle] = &[\n");
    for (n, (_, text, listed)) in folders.iter().enumerate() {
        let dest = Path::new(&out_dir).join(format!("content-{n}.deflate"));
        fs::write(&dest, miniz_oxide::deflate::compress_to_vec(text, 10))?;
        out.push_str(&format!(
            "    Bundle {{ size: {}, deflated: include_bytes!({:?}), files: &[\n",
            text.len(),
            dest.display().to_string()
        ));
        for (rel, start, len) in listed {
            out.push_str(&format!("        ({rel:?}, {start}, {len}),\n"));
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n");
    fs::write(Path::new(&out_dir).join("bundled_content.rs"), out)
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        // Directories are watched too, so adding a file re-runs this script.
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(root, &path, files)?;
        } else if path.extension().is_some_and(|e| e == "ron") {
            let rel = path.strip_prefix(root).map_err(io::Error::other)?;
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((rel, path.display().to_string()));
        }
    }
    Ok(())
}
