//! The command line in the user's language: the language chosen before parsing, the
//! help of every command and option from the `help_*` messages of
//! `locales/<code>/cli.ftl`, and clap's parse errors said again in that language.

use std::ffi::OsString;

use clap::{
    Arg, ArgAction, ArgMatches, Command, CommandFactory as _, FromArgMatches as _,
    error::{ContextKind, ErrorKind},
};

use super::Args;
use crate::strings::{self, Language, Strings};

/// The language to parse and speak in: `--lang`'s, if it names one of ours, else the
/// system's. Read before parsing, because the help and the errors need it.
pub fn language_of(args: impl IntoIterator<Item = OsString>) -> Language {
    let mut args = args.into_iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => continue,
        };
        if let Some(language) = value.as_deref().and_then(Language::from_code) {
            return language;
        }
    }
    Language::from_system()
}

/// What the command line asks for: the arguments, or a text to print (help, the
/// version, or why it was not understood) and the exit status.
#[derive(Debug)]
pub enum Parsed {
    Run(Box<Args>),
    Print {
        text: String,
        to_stderr: bool,
        code: u8,
    },
}

/// Parses `args` with the help and the errors in `language`.
pub fn parse(args: impl IntoIterator<Item = OsString>, language: Language) -> Parsed {
    let s = Strings::of(language);
    let mut command = command(s);
    let matches = match command.try_get_matches_from_mut(args) {
        Ok(matches) => matches,
        Err(e) => return from_error(&e, s),
    };
    if let Some(("help", asked)) = matches.subcommand() {
        return help_of(&mut command, asked);
    }
    match Args::from_arg_matches(&matches) {
        Ok(args) => Parsed::Run(Box::new(args)),
        Err(e) => from_error(&e.with_cmd(&command), s),
    }
}

/// The whole command tree, its help in `s`'s language.
pub fn command(s: &Strings) -> Command {
    let help = Command::new("help")
        .about(s.help_command_help())
        .arg(Arg::new("command").num_args(0..).value_name("COMMAND"));
    localize(Args::command(), "defuse", s)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(s.help_flag_version())
                .help_heading(s.help_options()),
        )
        .disable_help_subcommand(true)
        .subcommand(help)
}

/// Every `help_*` message the command tree looks up: each command's (the program's is
/// `help_defuse`), each of its options' and positionals' (`help_search_limit`), and
/// an `after_help` names its own message.
pub fn message_ids() -> Vec<String> {
    let mut ids = Vec::new();
    collect_ids(&Args::command(), "defuse", &mut ids);
    ids
}

fn collect_ids(command: &Command, id: &str, ids: &mut Vec<String>) {
    ids.push(format!("help_{id}"));
    for arg in own_arguments(command) {
        ids.push(format!("help_{id}_{}", underscored(arg.get_id().as_str())));
    }
    if let Some(after) = command.get_after_help() {
        ids.push(after.to_string());
    }
    for sub in command.get_subcommands() {
        collect_ids(sub, &underscored(sub.get_name()), ids);
    }
}

/// A command's arguments, without those a parent passes down (their help is the
/// parent's) and the help flag clap adds.
fn own_arguments(command: &Command) -> impl Iterator<Item = &Arg> {
    command
        .get_arguments()
        .filter(|a| !a.is_global_set() || command.get_name() == "defuse")
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
}

fn underscored(name: &str) -> String {
    name.replace('-', "_")
}

fn text(s: &Strings, id: &str) -> String {
    strings::lookup_own(s.language(), id)
        .or_else(|| strings::lookup_own(Language::English, id))
        .unwrap_or_else(|| id.to_owned())
}

fn localize(command: Command, id: &str, s: &Strings) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        s.help_usage()
    );
    let mut command = command
        .about(text(s, &format!("help_{id}")))
        .long_about(None)
        .help_template(template)
        .subcommand_help_heading(s.help_commands())
        .disable_help_flag(true);
    if let Some(after) = command.get_after_help() {
        let after = text(s, &after.to_string());
        command = command.after_help(after);
    }
    let names: Vec<(String, bool)> = own_arguments(&command)
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (name, positional) in names {
        let help = text(s, &format!("help_{id}_{}", underscored(&name)));
        let heading = if positional {
            s.help_arguments()
        } else {
            s.help_options()
        };
        command = command.mut_arg(&name, |arg| {
            let default: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            // A flag's default ("false") is not worth saying.
            let arg = arg.help_heading(heading);
            if default.is_empty() || !arg.get_action().takes_values() {
                return arg.help(help);
            }
            let default = s.help_default(default.join(", "));
            arg.help(format!("{help} [{default}]"))
                .hide_default_value(true)
        });
    }
    // Added after the others, so that the arguments' heading comes before the options'.
    command = command.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(s.help_flag_help())
            .help_heading(s.help_options()),
    );
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(&name, |sub| localize(sub, &underscored(&name), s));
    }
    command
}

/// `defuse help [COMMAND…]`: that command's help, as `COMMAND --help` prints it.
fn help_of(command: &mut Command, asked: &ArgMatches) -> Parsed {
    let path: Vec<String> = asked
        .get_many::<String>("command")
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    // Built first, so that each command's usage names the program before it.
    command.build();
    Parsed::Print {
        text: help_text(command, &path),
        to_stderr: false,
        code: 0,
    }
}

/// The help of the command at `path` under `command`, or of the deepest one that is.
fn help_text(command: &mut Command, path: &[String]) -> String {
    match path.split_first() {
        Some((name, rest)) if command.find_subcommand(name).is_some() => command
            .find_subcommand_mut(name)
            .map(|sub| help_text(sub, rest))
            .unwrap_or_default(),
        _ => command.render_help().to_string(),
    }
}

/// Help and the version as clap writes them; an error in `s`'s language, with the
/// usage and where to read more.
fn from_error(e: &clap::Error, s: &Strings) -> Parsed {
    if !e.use_stderr() {
        return Parsed::Print {
            text: e.render().to_string(),
            to_stderr: false,
            code: 0,
        };
    }
    let code = u8::try_from(e.exit_code()).unwrap_or(2);
    let Some(said) = said_again(e, s) else {
        return Parsed::Print {
            text: e.render().to_string(),
            to_stderr: true,
            code,
        };
    };
    let usage = e
        .get(ContextKind::Usage)
        .map(|u| u.to_string())
        .unwrap_or_default();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    // The command the usage is of: its words before the first `[`, `<` or option.
    let invoked: Vec<&str> = usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect();
    let mut text = format!("{}: {said}\n", s.cli_error());
    if !usage.is_empty() {
        text.push_str(&format!("\n{} {usage}\n", s.help_usage()));
    }
    if !invoked.is_empty() {
        text.push_str(&format!("\n{}\n", s.help_more(invoked.join(" "))));
    }
    Parsed::Print {
        text,
        to_stderr: true,
        code,
    }
}

/// The error in `s`'s words, for the kinds a person meets; `None` for the rest,
/// which clap's English says.
fn said_again(e: &clap::Error, s: &Strings) -> Option<String> {
    let get = |kind| e.get(kind).map(|v| v.to_string()).unwrap_or_default();
    let argument = get(ContextKind::InvalidArg);
    let said = match e.kind() {
        ErrorKind::UnknownArgument => s.cli_unknown_argument(get(ContextKind::InvalidArg)),
        ErrorKind::InvalidSubcommand => s.cli_unknown_command(get(ContextKind::InvalidSubcommand)),
        ErrorKind::InvalidValue if get(ContextKind::InvalidValue).is_empty() => {
            s.cli_missing_value(argument)
        }
        ErrorKind::InvalidValue => s.cli_invalid_value(
            get(ContextKind::InvalidValue),
            argument,
            s.cli_possible(get(ContextKind::ValidValue)),
        ),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            s.cli_invalid_value(get(ContextKind::InvalidValue), argument, reason)
        }
        ErrorKind::MissingRequiredArgument => s.cli_missing_argument(argument),
        ErrorKind::ArgumentConflict => s.cli_conflict(argument, get(ContextKind::PriorArg)),
        ErrorKind::TooManyValues => s.cli_too_many(get(ContextKind::InvalidValue)),
        _ => return None,
    };
    Some(said)
}
