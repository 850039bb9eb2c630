//! `defuse sign-pack` and `defuse pack-key`: head office makes a key pair once, signs
//! each pack it sends out, and gives shop PCs the public key to trust.

use std::{
    fs, io,
    path::{Path, PathBuf},
    process::ExitCode,
};

use super::{CliError, terminal::escape_controls};
use crate::{
    pack_signature::{self, SIGNATURES_DIR},
    strings::current as s,
};

/// Where a password-protected key's password comes from (never the command line,
/// which other users of the machine can read).
pub const KEY_PASSWORD_ENV: &str = "DEFUSE_KEY_PASSWORD";

/// `defuse sign-pack DIR --key KEY`.
#[derive(Debug, clap::Args)]
pub struct SignArgs {
    dir: PathBuf,
    #[arg(long, value_name = "KEY")]
    key: PathBuf,
}

pub fn sign(out: &mut impl io::Write, args: &SignArgs) -> Result<ExitCode, CliError> {
    let password = std::env::var(KEY_PASSWORD_ENV).ok();
    match pack_signature::sign_pack(&args.dir, &args.key, password) {
        Ok(files) => {
            let dir = args.dir.display().to_string();
            let dir = escape_controls(&dir);
            let signatures = format!("{dir}/{SIGNATURES_DIR}");
            writeln!(out, "{}", s().cli_signed(files, dir, signatures))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            crate::report!("defuse: {}", escape_controls(&e.to_string()));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `defuse pack-key FILE`: writes a new secret key to FILE and its public key to
/// FILE.pub, refusing to overwrite either.
pub fn new_key(out: &mut impl io::Write, file: &Path) -> Result<ExitCode, CliError> {
    let public_file = PathBuf::from(format!("{}.pub", file.display()));
    for path in [file, public_file.as_path()] {
        if fs::symlink_metadata(path).is_ok() {
            let shown = path.display().to_string();
            let shown = escape_controls(&shown);
            crate::report!("defuse: {}", s().cli_key_exists(shown));
            return Ok(ExitCode::FAILURE);
        }
    }
    let (secret, public, id) = match pack_signature::new_key_pair() {
        Ok(pair) => pair,
        Err(e) => {
            crate::report!("defuse: {}", escape_controls(&e.to_string()));
            return Ok(ExitCode::FAILURE);
        }
    };
    for (path, text) in [(file, secret), (public_file.as_path(), public)] {
        fs::write(path, text).map_err(|source| CliError::Write {
            path: path.to_owned(),
            source,
        })?;
    }
    let public_line = fs::read_to_string(&public_file)
        .ok()
        .and_then(|t| t.lines().nth(1).map(str::to_owned))
        .unwrap_or_default();
    let secret = escape_controls(&file.display().to_string()).into_owned();
    let public = escape_controls(&public_file.display().to_string()).into_owned();
    writeln!(out, "{}", s().cli_key_made(id.as_str(), secret, public))?;
    writeln!(out, "  trusted_keys: [\"{public_line}\"],")?;
    Ok(ExitCode::SUCCESS)
}
