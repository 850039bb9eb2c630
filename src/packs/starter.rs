//! `defuse init-pack`: a small, commented starter pack that passes `check`: the site's
//! contacts with a country's emergency numbers, one card override, one new phrase pair,
//! one hidden item and a one-slide deck, each showing how it is done.

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use chrono::NaiveDate;

use crate::{
    content,
    site_profile::{self, Preset},
};

/// The bundled card the starter overrides: an everyday one (never a safety card), as a
/// copy to edit.
const OVERRIDDEN_CARD: &str = "wants-manager";
/// The bundled pair the starter hides: a door alarm that not every shop has.
const HIDDEN_ITEM: &str = "door-alarm-went-off";

#[derive(Debug, thiserror::Error)]
pub enum StarterError {
    #[error("{}", crate::strings::current().err_starter_not_empty(.0.display().to_string()))]
    NotEmpty(PathBuf),
    #[error("{}", crate::strings::current().err_write(path.display().to_string(), source.to_string()))]
    Io { path: PathBuf, source: io::Error },
    #[error("{}", crate::strings::current().err_starter_missing(*.0))]
    Missing(&'static str),
}

/// A pack name from a folder's name: lowercase letters, digits and single dashes.
pub fn name_for(dir: &Path) -> String {
    let raw = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let name = raw
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if name.is_empty() {
        "my-site".to_owned()
    } else {
        name
    }
}

/// The starter pack's files, as (path in the pack, text).
pub fn files(
    name: &str,
    country: Option<&Preset>,
    today: NaiveDate,
) -> Result<Vec<(String, String)>, StarterError> {
    let bundled = content::bundled::files();
    let card_path = format!("en/customer-types/{OVERRIDDEN_CARD}.ron");
    let card = bundled
        .iter()
        .find(|f| f.path == card_path)
        .and_then(|f| std::str::from_utf8(&f.bytes).ok())
        .ok_or(StarterError::Missing(OVERRIDDEN_CARD))?;
    let id_line = format!("    id: \"{OVERRIDDEN_CARD}\",\n");
    let card = card.replacen(
        &id_line,
        &format!("{id_line}    // Checked against what our site does on this date.\n    reviewed: \"{today}\",\n"),
        1,
    );
    let card = format!(
        "// A copy of the bundled `{OVERRIDDEN_CARD}` card: this pack's version replaces it whole.\n\
         // Change what your site does differently (who to fetch, what staff may offer).\n{card}"
    );
    Ok(vec![
        (
            content::pack::MANIFEST_FILE.to_owned(),
            manifest(name, country),
        ),
        ("en/site.ron".to_owned(), site(country)),
        (card_path, card),
        ("en/phrases/site.ron".to_owned(), phrase(today)),
        ("en/decks/site-welcome.ron".to_owned(), deck(name)),
    ])
}

fn manifest(name: &str, country: Option<&Preset>) -> String {
    let numbers = country.map_or_else(
        || "no emergency numbers yet".to_owned(),
        |c| format!("{}'s emergency numbers", c.name),
    );
    format!(
        r#"// A content pack: your site's own guidance, layered over the bundled content (a
// later pack's item replaces an earlier one with the same id, whole).
// `defuse check --content THIS-FOLDER` checks it; `defuse install-pack THIS-FOLDER`
// installs it once it passes.
Pack(
    // Lowercase letters, digits and dashes: it names the folder it is installed in.
    name: "{name}",
    version: "1",
    // What changed in this version, in a line: shown beside the pack's name.
    changes: "Started from `defuse init-pack`: {numbers}.",
    // Items of the bundled content (or of packs before this one) to take out. Never a
    // safety card: those always stay.
    hide: ["{HIDDEN_ITEM}"],
    // An item with `reviewed: "YYYY-MM-DD"` wants another look this often (days,
    // weeks, months or years); `defuse check` warns when it is due.
    review_every: "12 months",
)
"#
    )
}

fn site(country: Option<&Preset>) -> String {
    let mut out = String::from(
        "// Your site's contacts. `value` is what the guidance says where it names the contact\n\
         // (`{police}` reads \"the police on 999\"); `number` is what the safety cards show\n\
         // large under \"Who to call\". `defuse check` warns for each contact with no\n\
         // `number`: ask your supervisor, then fill it in.\n",
    );
    if let Some(c) = country {
        out.push_str(&format!(
            "// Emergency numbers: {} ({}). A number we are not sure of is left out.\n",
            c.name, c.code
        ));
    }
    out.push_str("SiteFile(\n    version: 1,\n    contacts: [\n");
    for contact in content::bundled::load(content::DEFAULT_LANGUAGE)
        .content
        .contacts
    {
        let number = country.and_then(|c| c.numbers.get(&contact.id));
        let (value, number) = match number {
            Some(n) => (site_profile::with_number(&contact, n).value, n),
            None => {
                out.push_str(&format!(
                    "        // Not set yet: add `number: \"…\"` once you know it.\n        \
                     Contact(id: \"{}\", label: \"{}\", value: \"{}\"),\n",
                    contact.id, contact.label, contact.value
                ));
                continue;
            }
        };
        out.push_str(&format!(
            "        Contact(id: \"{}\", label: \"{}\", value: \"{value}\", number: \"{number}\"),\n",
            contact.id, contact.label
        ));
    }
    out.push_str("    ],\n)\n");
    out
}

fn phrase(today: NaiveDate) -> String {
    format!(
        r#"// A new "don't say / say instead" pair: its `situations` name the cards it shows on.
PhraseFile(
    version: 1,
    phrases: [
        Phrase(
            id: "site-who-decides",
            avoid: "I don't make the rules.",
            say: "Here that's decided by the duty manager. I'll get them for you now.",
            why: "Hiding behind the rules sounds like you don't care; naming who decides, and fetching them, shows you do.",
            situations: ["{OVERRIDDEN_CARD}"],
            keywords: ["rules", "policy", "who decides"],
            sources: ["own"],
            reviewed: "{today}",
        ),
    ],
)
"#
    )
}

fn deck(name: &str) -> String {
    format!(
        r#"// A training deck of one slide, for a trainer to present (`defuse present site-welcome`).
Deck(
    version: 1,
    id: "site-welcome",
    title: "How we do it here",
    audience: "New staff at our site",
    goal: "Know who to call here, and where our own guidance differs.",
    minutes: 5,
    slides: [
        Slide(
            show: Free(title: "How we do it here", bullets: [
                "Who to call is on every safety card: learn our numbers.",
                "Our own guidance comes from the pack `{name}`.",
            ]),
            notes: "Walk through the Who to call list on the safety page (F2).",
        ),
    ],
    sources: ["own"],
)
"#
    )
}

/// Writes `files` into `dir`, which must be new or empty.
pub fn write(dir: &Path, files: &[(String, String)]) -> Result<(), StarterError> {
    let io_error = |path: &Path| {
        let path = path.to_owned();
        move |source| StarterError::Io { path, source }
    };
    if fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(StarterError::NotEmpty(dir.to_owned()));
    }
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        fs::write(&path, text).map_err(io_error(&path))?;
    }
    Ok(())
}
