//! Entry point: parses the command line and runs the chosen command.

use std::process::ExitCode;

use defuse::cli::{
    help::{self, Parsed},
    terminal::escape_lines,
};

fn main() -> ExitCode {
    // Time to first frame is measured from here.
    let started = std::time::Instant::now();
    let language = help::language_of(std::env::args_os());
    defuse::strings::set_current(language);
    let args = match help::parse(std::env::args_os(), language) {
        Parsed::Run(args) => *args,
        // Help and the version go to stdout; an error may quote what was typed, so it
        // is printed with control characters escaped.
        Parsed::Print {
            text,
            to_stderr: false,
            code,
        } => {
            print!("{text}");
            return ExitCode::from(code);
        }
        Parsed::Print { text, code, .. } => {
            eprint!("{}", escape_lines(&text));
            return ExitCode::from(code);
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
