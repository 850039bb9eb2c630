//! `defuse install-pack`, `remove-pack` and `init-pack`: a pack into the data folder
//! after `check` passes on it, out again, and a starter pack to edit.

use std::{
    io,
    path::{Path, PathBuf},
    process::ExitCode,
};

use super::{CliError, check, terminal::escape_controls, today};
use crate::{
    data_dir::{DATA_DIR_ENV, data_dir},
    packs::{install, starter},
    site_profile,
    strings::current as s,
};

/// The data folder, or why there is none.
fn data_folder() -> Option<PathBuf> {
    let dir = data_dir();
    if dir.is_none() {
        crate::report!("defuse: {}", s().cli_no_data_folder(DATA_DIR_ENV));
    }
    dir
}

/// `defuse install-pack PATH`: checks the pack over the bundled content, then copies
/// exactly the files checked into `DATA/packs/NAME`.
pub fn install_pack(out: &mut impl io::Write, path: &Path) -> Result<ExitCode, CliError> {
    let Some(data) = data_folder() else {
        return Ok(ExitCode::FAILURE);
    };
    let incoming = match install::read(path) {
        Ok(read) => read,
        Err(e) => {
            crate::report!("defuse: {}", escape_controls(&e.to_string()));
            return Ok(ExitCode::FAILURE);
        }
    };
    let layers = install::layered(path, &incoming);
    let found = check::report(out, &layers, &path.display().to_string(), 1)?;
    if found.errors > 0 {
        let path = escape_controls(&path.display().to_string()).into_owned();
        crate::report!("defuse: {}", s().cli_not_installed(path, found.errors));
        return Ok(ExitCode::FAILURE);
    }
    let loaded = layers.load(crate::content::DEFAULT_LANGUAGE, today());
    let Some(pack) = loaded.content.packs.last() else {
        crate::report!("defuse: {}", s().cli_no_manifest());
        return Ok(ExitCode::FAILURE);
    };
    match install::install(&incoming, &data, &pack.name) {
        Ok(dest) => {
            let dest = dest.display().to_string();
            let line = s().cli_installed(pack.name.as_str(), pack.version.as_str(), dest);
            writeln!(out, "{}", escape_controls(&line))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            crate::report!("defuse: {}", escape_controls(&e.to_string()));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `defuse remove-pack NAME`.
pub fn remove_pack(out: &mut impl io::Write, name: &str) -> Result<ExitCode, CliError> {
    let Some(data) = data_folder() else {
        return Ok(ExitCode::FAILURE);
    };
    match install::remove(&data, name) {
        Ok(dir) => {
            let dir = escape_controls(&dir.display().to_string()).into_owned();
            writeln!(out, "{}", s().cli_removed(dir))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            crate::report!("defuse: {}", escape_controls(&e.to_string()));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `defuse init-pack DIR [--country XX]`.
pub fn init_pack(
    out: &mut impl io::Write,
    dir: &Path,
    country: Option<&str>,
) -> Result<ExitCode, CliError> {
    let preset = country.and_then(site_profile::preset);
    let name = starter::name_for(dir);
    let written = starter::files(&name, preset, today())
        .and_then(|files| starter::write(dir, &files).map(|()| files));
    match written {
        Ok(files) => {
            for (rel, _) in &files {
                let line = dir.join(rel).display().to_string();
                writeln!(out, "{}", escape_controls(&line))?;
            }
            let shown = dir.display().to_string();
            let dir = escape_controls(&shown);
            writeln!(out, "{}", s().cli_edit_starter(dir))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            crate::report!("defuse: {}", escape_controls(&e.to_string()));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// A country for `--country`: a preset's code in any case, and UK for GB.
pub fn country_code(text: &str) -> Result<String, String> {
    if text.eq_ignore_ascii_case("uk") {
        return Ok("GB".to_owned());
    }
    site_profile::preset_code(text)
}
