//! Entry point: parses the command line and runs the chosen command.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    // Time to first frame is measured from here.
    let started = std::time::Instant::now();
    let args = defuse::cli::Args::parse();
    match defuse::cli::run(args, started) {
        Ok(code) => code,
        // `defuse show angry | head`: the reader has all it wanted.
        Err(defuse::cli::CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("defuse: {e:#}");
            ExitCode::FAILURE
        }
    }
}
