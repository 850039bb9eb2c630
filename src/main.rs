//! Entry point: parses the command line and runs the chosen command.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let args = defuse::cli::Args::parse();
    match defuse::cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("defuse: {e:#}");
            ExitCode::FAILURE
        }
    }
}
