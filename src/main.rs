//! Entry point: parses the command line and runs the chosen command.

use std::process::ExitCode;

use clap::Parser as _;
use defuse::cli::terminal::escape_lines;

fn main() -> ExitCode {
    // Time to first frame is measured from here.
    let started = std::time::Instant::now();
    let args = match defuse::cli::Args::try_parse() {
        Ok(args) => args,
        // Help and version go to stdout as clap writes them; an error may quote what
        // was typed, so it is printed with control characters escaped.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprint!("{}", escape_lines(&e.render().to_string()));
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match defuse::cli::run(args, started) {
        Ok(code) => code,
        // `defuse show angry | head`: the reader has all it wanted.
        Err(defuse::cli::CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("defuse: {}", escape_lines(&format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}
