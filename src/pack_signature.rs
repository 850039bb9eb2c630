//! Signed packs: head office signs every file of a pack with a minisign key
//! (`defuse sign-pack`), and a shop PC that trusts only certain keys refuses a pack
//! that is unsigned, signed by another key, or changed since it was signed, naming
//! the file. Each file gets its own signature in `.signatures/`, whose trusted
//! (signed) comment names the file, so a signature cannot be moved to another file.

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use crate::strings::current as s;

/// The folder inside a pack holding one `PATH.minisig` per signed file.
pub const SIGNATURES_DIR: &str = ".signatures";
/// What the signed comment of a file's signature starts with, before its path.
const FILE_COMMENT: &str = "defuse-pack-file:";
/// How deep a pack's folders may go before the walk stops (a symlink loop).
const MAX_DEPTH: usize = 16;

/// What a pack's signatures say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureState {
    /// No `.signatures` folder.
    Unsigned,
    /// Signed by the key with this minisign key id (hex), but this PC trusts no key,
    /// so nothing was checked.
    SignedUnchecked { key_id: String },
    /// Every file is signed by a trusted key (this id, in hex), and unchanged.
    Signed { key_id: String, files: usize },
}

#[derive(Debug, thiserror::Error)]
pub enum SignatureError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{}", s().err_secret_key(.0.display().to_string(), .1.as_str()))]
    SecretKey(PathBuf, String),
    #[error("{}", s().err_needs_password(.0.display().to_string()))]
    NeedsPassword(PathBuf),
    #[error("{}", s().err_public_key(.0.as_str()))]
    PublicKey(String),
    #[error("{}", s().err_sign(.0.display().to_string(), .1.as_str()))]
    Sign(PathBuf, String),
    #[error("{}", s().err_file_unsigned(.0.display().to_string()))]
    FileUnsigned(PathBuf),
    #[error("{}", s().err_file_changed(.0.display().to_string()))]
    FileChanged(PathBuf),
    #[error("{}", s().err_file_missing(.0.display().to_string()))]
    FileMissing(PathBuf),
    #[error("{}", s().err_untrusted_key(.0.display().to_string()))]
    UntrustedKey(PathBuf),
    #[error("{}", s().err_pack_unsigned())]
    PackUnsigned,
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> SignatureError + '_ {
    move |source| SignatureError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Every regular file of the pack, as paths relative to `dir` with `/` between
/// folders, sorted; the signatures folder left out. Symbolic links are not followed
/// (a link could lead out of the pack).
pub fn pack_files(dir: &Path) -> Result<Vec<String>, SignatureError> {
    let mut files = Vec::new();
    walk(dir, dir, 0, &mut files)?;
    files.sort();
    Ok(files)
}

fn walk(
    root: &Path,
    dir: &Path,
    depth: usize,
    files: &mut Vec<String>,
) -> Result<(), SignatureError> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    for entry in fs::read_dir(dir).map_err(io_error(dir))? {
        let entry = entry.map_err(io_error(dir))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(io_error(&path))?;
        if kind.is_dir() {
            if depth == 0 && entry.file_name() == SIGNATURES_DIR {
                continue;
            }
            walk(root, &path, depth + 1, files)?;
        } else if kind.is_file() {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
    Ok(())
}

fn signature_path(dir: &Path, file: &str) -> PathBuf {
    dir.join(SIGNATURES_DIR).join(format!("{file}.minisig"))
}

/// Signs every file of the pack in `dir` with the minisign secret key in `key_file`
/// (a password-protected key takes its password from `password`), replacing any
/// earlier signatures; returns how many files were signed.
pub fn sign_pack(
    dir: &Path,
    key_file: &Path,
    password: Option<String>,
) -> Result<usize, SignatureError> {
    let text = fs::read_to_string(key_file).map_err(io_error(key_file))?;
    let key_box = minisign::SecretKeyBox::from_string(&text)
        .map_err(|e| SignatureError::SecretKey(key_file.to_owned(), e.to_string()))?;
    let key = match key_box.clone().into_unencrypted_secret_key() {
        Ok(key) if !key.is_encrypted() => key,
        _ => {
            let password =
                password.ok_or_else(|| SignatureError::NeedsPassword(key_file.to_owned()))?;
            key_box
                .into_secret_key(Some(password))
                .map_err(|e| SignatureError::SecretKey(key_file.to_owned(), e.to_string()))?
        }
    };
    let signatures = dir.join(SIGNATURES_DIR);
    if signatures.exists() {
        fs::remove_dir_all(&signatures).map_err(io_error(&signatures))?;
    }
    let files = pack_files(dir)?;
    for file in &files {
        let path = dir.join(file);
        let data = fs::read(&path).map_err(io_error(&path))?;
        let comment = format!("{FILE_COMMENT}{file}");
        let signature = minisign::sign(None, &key, data.as_slice(), Some(&comment), None)
            .map_err(|e| SignatureError::Sign(path.clone(), e.to_string()))?;
        let out = signature_path(dir, file);
        if let Some(parent) = out.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        fs::write(&out, signature.into_string()).map_err(io_error(&out))?;
    }
    Ok(files.len())
}

/// A public key as `minisign -G` writes it (`minisign.pub`'s second line, or the
/// whole file).
pub fn public_key(text: &str) -> Result<minisign_verify::PublicKey, SignatureError> {
    let line = text
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .unwrap_or("");
    minisign_verify::PublicKey::from_base64(line)
        .map_err(|_| SignatureError::PublicKey(text.trim().to_owned()))
}

/// Checks the pack in `dir` against its signatures. With no `trusted` keys nothing
/// can be checked (a signature carries its key's id, not the key): the pack loads as
/// any other, and its state says who claims to have signed it. With trusted keys,
/// every file must be signed by one of them and unchanged since, and no signed file
/// may be gone.
pub fn verify_pack(
    dir: &Path,
    trusted: &[minisign_verify::PublicKey],
) -> Result<SignatureState, SignatureError> {
    let signatures = dir.join(SIGNATURES_DIR);
    if !signatures.is_dir() {
        return if trusted.is_empty() {
            Ok(SignatureState::Unsigned)
        } else {
            Err(SignatureError::PackUnsigned)
        };
    }
    if trusted.is_empty() {
        let key_id = signed_files(&signatures)?
            .first()
            .and_then(|f| fs::read_to_string(signature_path(dir, f)).ok())
            .map(|s| key_id_of(&s))
            .unwrap_or_default();
        return Ok(SignatureState::SignedUnchecked { key_id });
    }
    let files = pack_files(dir)?;
    let mut key_id = None;
    for file in &files {
        let path = dir.join(file);
        let sig_path = signature_path(dir, file);
        let Ok(sig_text) = fs::read_to_string(&sig_path) else {
            return Err(SignatureError::FileUnsigned(path));
        };
        let signature = minisign_verify::Signature::decode(&sig_text)
            .map_err(|_| SignatureError::FileChanged(path.clone()))?;
        if signature.trusted_comment() != format!("{FILE_COMMENT}{file}") {
            return Err(SignatureError::FileChanged(path));
        }
        let data = fs::read(&path).map_err(io_error(&path))?;
        let results: Vec<_> = trusted
            .iter()
            .map(|key| key.verify(&data, &signature, false))
            .collect();
        if !results.iter().any(Result::is_ok) {
            // A trusted key with this id that rejects the bytes: the file changed.
            let changed = results
                .iter()
                .any(|r| matches!(r, Err(minisign_verify::Error::InvalidSignature)));
            return Err(if changed {
                SignatureError::FileChanged(path)
            } else {
                SignatureError::UntrustedKey(path)
            });
        }
        key_id.get_or_insert_with(|| key_id_of(&sig_text));
    }
    for signed in signed_files(&signatures)? {
        if !files.contains(&signed) {
            return Err(SignatureError::FileMissing(dir.join(signed)));
        }
    }
    Ok(SignatureState::Signed {
        key_id: key_id.unwrap_or_default(),
        files: files.len(),
    })
}

/// The files the signatures folder has a signature for.
fn signed_files(signatures: &Path) -> Result<Vec<String>, SignatureError> {
    let mut found = Vec::new();
    walk(signatures, signatures, 1, &mut found)?;
    Ok(found
        .into_iter()
        .filter_map(|f| f.strip_suffix(".minisig").map(str::to_owned))
        .collect())
}

/// The key id a signature names, in hex as `minisign` prints it (its bytes 2..10,
/// little-endian).
fn key_id_of(signature: &str) -> String {
    use base64::Engine as _;
    let Some(line) = signature.lines().nth(1) else {
        return String::new();
    };
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(line.trim()) else {
        return String::new();
    };
    bytes.get(2..10).map(key_id_hex).unwrap_or_default()
}

/// A key id as minisign prints it: its 8 bytes as a little-endian number, in hex.
fn key_id_hex(keynum: &[u8]) -> String {
    keynum.iter().rev().map(|b| format!("{b:02X}")).collect()
}

/// A new key pair for signing packs, as minisign's own files: the secret key (not
/// protected by a password: keep it off shop PCs), the public key, and its id.
pub fn new_key_pair() -> Result<(String, String, String), SignatureError> {
    let pair = minisign::KeyPair::generate_unencrypted_keypair()
        .map_err(|e| SignatureError::Sign(PathBuf::new(), e.to_string()))?;
    let id = key_id_hex(pair.pk.keynum());
    let secret = pair
        .sk
        .to_box(Some(&format!("defuse pack signing key {id}")))
        .map_err(|e| SignatureError::Sign(PathBuf::new(), e.to_string()))?;
    let public = pair
        .pk
        .to_box()
        .map_err(|e| SignatureError::Sign(PathBuf::new(), e.to_string()))?;
    Ok((secret.to_string(), public.to_string(), id))
}
