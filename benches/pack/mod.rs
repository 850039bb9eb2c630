//! The benchmarks' generated items (`generate`) written as a content pack on disk, in
//! the layout and formats of `content/en/`, so the pack benchmarks of issue 21 time the
//! real loader reading real files: `pack.ron`, one file per customer type and per
//! playbook, and phrase pairs and principles fifty to a file, as the bundled ones are
//! grouped by topic. Used by `benches/reload.rs` and `examples/write_pack.rs`.

use std::{collections::HashSet, fs, path::Path};

use defuse::content::{
    self, Content,
    model::{FORMAT_VERSION, PhraseFile, PrincipleFile},
};
use ron::ser::PrettyConfig;
use serde::Serialize;

use crate::generate;

/// The search benches' seed, so the pack holds the items they search.
pub const SEED: u64 = 2024;
/// Phrase pairs or principles per file: the bundled topic files hold 10 to 60.
const PER_FILE: usize = 50;
/// The pack's name, which its items carry as their origin.
pub const NAME: &str = "generated";

/// Writes `items` generated items as a pack into `dir` (new or empty); returns how many
/// files it wrote. The same `items` always writes the same pack.
pub fn write(dir: &Path, items: usize) -> Result<usize, Box<dyn std::error::Error>> {
    if fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some()) {
        return Err("not empty: the pack goes into a new or empty folder".into());
    }
    let loaded = content::bundled::load("en");
    let contacts: HashSet<&str> = loaded
        .content
        .contacts
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let mut pack = generate::content(&loaded.content, items, SEED);
    make_valid(&mut pack, &contacts);

    let mut files = vec![(
        content::pack::MANIFEST_FILE.to_owned(),
        format!(
            "// Written by benches/pack (examples/write_pack.rs): {items} generated items.\n\
             Pack(\n    name: \"{NAME}\",\n    version: \"{items}\",\n    \
             changes: \"Generated for the benchmarks (seed {SEED}).\",\n)\n"
        ),
    )];
    for c in &pack.customer_types {
        files.push((format!("en/customer-types/{}.ron", c.id), ron(c)?));
    }
    for p in &pack.playbooks {
        files.push((format!("en/playbooks/{}.ron", p.id), ron(p)?));
    }
    for (n, chunk) in pack.phrases.chunks(PER_FILE).enumerate() {
        let file = PhraseFile {
            version: FORMAT_VERSION,
            phrases: chunk.to_vec(),
        };
        files.push((format!("en/phrases/generated-{n:03}.ron"), ron(&file)?));
    }
    for (n, chunk) in pack.principles.chunks(PER_FILE).enumerate() {
        let file = PrincipleFile {
            version: FORMAT_VERSION,
            principles: chunk.to_vec(),
        };
        files.push((format!("en/principles/generated-{n:03}.ron"), ron(&file)?));
    }
    for (path, text) in &files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, text)?;
    }
    Ok(files.len())
}

/// RON as the bundled files are written: struct names, four-space indents.
fn ron<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = PrettyConfig::new().struct_names(true).indentor("    ");
    ron::ser::to_string_pretty(value, config).map(|text| text + "\n")
}

/// Mends what the generator leaves for `check` to refuse: it rewrites words inside
/// placeholders (`{security}` can become `{flarbing}`, an unknown contact), and it
/// fills a phrase pair's `situations` from items of any kind, where only cards belong.
fn make_valid(pack: &mut Content, contacts: &HashSet<&str>) {
    let cards: Vec<String> = pack.customer_types.iter().map(|c| c.id.clone()).collect();
    let card_set: HashSet<&str> = cards.iter().map(String::as_str).collect();
    for (n, p) in pack.phrases.iter_mut().enumerate() {
        p.situations.retain(|id| card_set.contains(id.as_str()));
        if p.situations.is_empty() {
            // Each pair to a generated card in turn, so every card shows some pairs.
            let card = cards.get(n % cards.len().max(1));
            p.situations
                .push(card.map_or("angry", String::as_str).to_owned());
        }
    }
    let fix = |text: &mut String| *text = unbrace(text, contacts);
    let fix_all = |texts: &mut Vec<String>| texts.iter_mut().for_each(fix);
    for c in &mut pack.customer_types {
        fix(&mut c.title);
        fix(&mut c.summary);
        fix_all(&mut c.recognise);
        fix_all(&mut c.steps);
        for e in &mut c.escalate {
            fix(&mut e.when);
            fix(&mut e.then);
        }
    }
    for p in &mut pack.phrases {
        fix(&mut p.avoid);
        fix(&mut p.say);
        fix(&mut p.why);
    }
    for p in &mut pack.playbooks {
        fix(&mut p.title);
        fix(&mut p.summary);
        for s in &mut p.steps {
            fix(&mut s.title);
            fix(&mut s.detail);
        }
    }
    for p in &mut pack.principles {
        fix(&mut p.title);
        fix(&mut p.summary);
        fix_all(&mut p.how);
    }
}

/// `text` with the braces taken off every `{word}` that names no contact.
fn unbrace(text: &str, contacts: &HashSet<&str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        if contacts.contains(name) {
            out.push_str(&rest[open..open + close + 2]);
        } else {
            out.push_str(name);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
