//! Writes the benchmarks' generated items as a content pack on disk (`benches/pack`),
//! for the whole-process pack benchmarks of issue 21 (scripts/bench-search-process.sh,
//! scripts/bench-startup.sh) and for trying a large pack by hand.
//!
//! `cargo run --release --example write_pack -- DIR [ITEMS]` (DIR must be new or empty;
//! ITEMS defaults to 10,000). The same ITEMS always writes the same pack.

// Shared with the benches, which also use what this example does not.
#[allow(dead_code)]
#[path = "../benches/generate/mod.rs"]
mod generate;
#[path = "../benches/pack/mod.rs"]
mod pack;

use std::{path::PathBuf, process::ExitCode};

const DEFAULT_ITEMS: usize = 10_000;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: write_pack DIR [ITEMS]");
        return ExitCode::from(2);
    };
    let items = match args.next().map(|a| a.to_string_lossy().parse::<usize>()) {
        None => DEFAULT_ITEMS,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("write_pack: ITEMS must be a whole number above 0");
            return ExitCode::from(2);
        }
    };
    match pack::write(&dir, items) {
        Ok(files) => {
            println!("{}: {items} items in {files} files", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("write_pack: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
