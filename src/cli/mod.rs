//! The command line: `search`, `show`, `check`, `missed`, `shortcuts`, `export` and the
//! pack commands, and opening the app. Every command reads the layered content: the
//! bundled content, the installed packs, then each `--content` folder.

mod check;
mod export;
pub mod help;
mod packs;
mod search;
mod show;
mod sign;
pub mod terminal;

pub use search::EMBED_AT_ONCE;

use std::{
    io::{self, Write as _},
    path::{Path, PathBuf},
    process::ExitCode,
    time::Instant,
};

use clap::{Parser, Subcommand};

use self::terminal::escape_controls;
use crate::{
    data_dir::{DATA_DIR_ENV, data_dir},
    library::{LanguageChain, Library, today},
    meaning::{self, SentenceModel, vectors::Stored},
    missed::{self, MissedStore},
    packs::{Places, Sources},
    strings::{self, Language, Strings},
    ui::{
        command::UiCommand,
        launch::{self, Launch, LaunchError},
        style::ThemeChoice,
    },
};

/// The command line. Its help is the `help_*` messages of `locales/<code>/cli.ftl`, by
/// command and option name (`help_search_limit`), put in place by [`help`].
#[derive(Debug, Parser)]
#[command(name = "defuse", version, about)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[arg(long, value_name = "FILE")]
    pub screenshot: Option<PathBuf>,
    #[arg(long, value_name = "VIEW")]
    pub view: Option<String>,
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<(f32, f32)>,
    #[arg(long, value_parser = parse_theme)]
    pub theme: Option<ThemeChoice>,
    #[arg(long, value_name = "COUNTRY", requires = "screenshot", value_parser = crate::site_profile::preset_code)]
    pub site_preset: Option<String>,
    #[arg(long = "content", value_name = "DIR", global = true)]
    pub content: Vec<PathBuf>,
    #[arg(long, value_name = "SECONDS", num_args = 0..=1, require_equals = true, conflicts_with = "screenshot")]
    pub kiosk: Option<Option<u32>>,
    #[arg(long, value_name = "XX", global = true)]
    pub lang: Option<Language>,
}

fn parse_size(text: &str) -> Result<(f32, f32), String> {
    let (w, h) = text
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| strings::current().cli_size_form(escape_controls(text)))?;
    let number = |n: &str| {
        n.trim()
            .parse::<f32>()
            .ok()
            .filter(|v| (200.0..=10_000.0).contains(v))
            .ok_or_else(|| strings::current().cli_size_range(escape_controls(n)))
    };
    Ok((number(w)?, number(h)?))
}

/// Zero results would read as "nothing matches": it is refused, not obeyed.
fn parse_limit(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(0) => Err(strings::current().cli_limit_zero()),
        Ok(n) => Ok(n),
        Err(_) => Err(strings::current().cli_limit_number(escape_controls(text))),
    }
}

fn parse_theme(text: &str) -> Result<ThemeChoice, String> {
    match text {
        "system" => Ok(ThemeChoice::System),
        "light" => Ok(ThemeChoice::Light),
        "dark" => Ok(ThemeChoice::Dark),
        "high-contrast" => Ok(ThemeChoice::HighContrast),
        _ => Err(strings::current().cli_theme(escape_controls(text))),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Search {
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        #[arg(long, default_value_t = 10, value_parser = parse_limit)]
        limit: usize,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        words_only: bool,
    },
    Show {
        id: String,
    },
    Vectors {
        #[arg(long)]
        check: bool,
        #[arg(long, conflicts_with = "check")]
        packs: bool,
        #[arg(
            long,
            value_name = "FILE",
            default_value = "assets/model/content-vectors.bin"
        )]
        out: PathBuf,
    },
    Present {
        id: Option<String>,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        slide: Option<u32>,
    },
    Shortcuts,
    Missed {
        #[arg(long, value_name = "FILE.tsv")]
        export: Option<PathBuf>,
    },
    Export(export::ExportArgs),
    #[command(after_help = "help_check_after")]
    Check {
        dir: Option<PathBuf>,
    },
    InstallPack {
        path: PathBuf,
    },
    RemovePack {
        name: String,
    },
    InitPack {
        dir: PathBuf,
        #[arg(long, value_name = "XX", value_parser = packs::country_code)]
        country: Option<String>,
    },
    SignPack(sign::SignArgs),
    PackKey {
        file: PathBuf,
    },
}

/// Errors that end a command; content problems are reported, not raised.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Load(#[from] crate::content::LoadError),
    #[error("{}", crate::strings::current().err_output(.0.to_string()))]
    Output(#[from] io::Error),
    #[error("{}", crate::strings::current().err_write(escape_controls(&path.display().to_string()), source.to_string()))]
    Write { path: PathBuf, source: io::Error },
    #[error("{}", crate::strings::current().err_json(.0.to_string()))]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Launch(#[from] LaunchError),
}

pub fn run(args: Args, started: Instant) -> Result<ExitCode, CliError> {
    let mut out = terminal::Escaping::new(io::stdout().lock());
    // A screenshot reads nothing of the user's (README, docs/screenshots): only the
    // packs named on its command line, never the installed ones.
    let installed = if args.screenshot.is_some() {
        None
    } else {
        data_dir()
    };
    let sources = Sources::find(installed.as_deref(), &args.content);
    let places = args.screenshot.is_none().then(|| Places {
        data_dir: installed.clone(),
        extra: args.content.clone(),
    });
    // The commands read content and print handouts in it (the app decides its own,
    // with the choice saved in its settings).
    let language = args.lang.unwrap_or_else(Language::from_system);
    match args.command {
        None => Ok(launch::run(Launch {
            packs: sources.clone(),
            places,
            screenshot: args.screenshot,
            view: args.view,
            size: args.size,
            theme: args.theme,
            started: Some(started),
            present: None,
            site_preset: args.site_preset,
            kiosk: args.kiosk,
            lang: args.lang,
        })?),
        Some(Command::Present { id, slide }) => {
            let content = library(&sources, language).content;
            let Some(id) = id.or_else(|| content.decks.first().map(|d| d.id.clone())) else {
                crate::report!("defuse: {}", strings::current().cli_no_deck());
                return Ok(ExitCode::FAILURE);
            };
            if content.get(&id).is_none() {
                let id = escape_controls(&id);
                crate::report!("defuse: {}", strings::current().cli_no_deck_or_item(id));
                return Ok(ExitCode::FAILURE);
            }
            let page = slide.map_or(0, |n| n as usize - 1);
            Ok(launch::run(Launch {
                screenshot: args.screenshot,
                view: args.view,
                size: args.size,
                theme: args.theme,
                started: Some(started),
                present: Some((id, page)),
                site_preset: args.site_preset,
                packs: sources.clone(),
                places,
                kiosk: args.kiosk,
                lang: args.lang,
            })?)
        }
        Some(Command::Search {
            query,
            limit,
            json,
            words_only,
        }) => {
            let library = library(&sources, language);
            let query = query.join(" ");
            let strings = Strings::new(language);
            search::run(
                &mut out, &library, &query, limit, json, words_only, &strings,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Vectors { packs: true, .. }) => {
            search::embed_packs(&mut out, &library(&sources, language).content)
        }
        Some(Command::Vectors {
            check, out: file, ..
        }) => vectors(&mut out, check, &file),
        Some(Command::Show { id }) => {
            let content = library(&sources, language).content;
            match content.get(&id) {
                Some(item) => {
                    show::write_item(&mut out, &content, item, &Strings::new(language))?;
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    let id = escape_controls(&id);
                    crate::report!("defuse: {}", strings::current().cli_no_item(id));
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Some(Command::Check { dir }) => {
            // `check DIR` checks that folder over the bundled content alone, as it
            // would be installed; with no DIR, what every command loads.
            let sources = match dir {
                Some(_) => Sources {
                    folders: args.content,
                    trusted_keys: Vec::new(),
                    ..Sources::default()
                },
                None => sources,
            };
            check::run(&mut out, dir.as_deref(), &sources)
        }
        Some(Command::Export(what)) => {
            let strings = Strings::new(language);
            export::run(
                &mut out,
                what,
                &library(&sources, language).content,
                &strings,
            )
        }
        Some(Command::InstallPack { path }) => packs::install_pack(&mut out, &path),
        Some(Command::RemovePack { name }) => packs::remove_pack(&mut out, &name),
        Some(Command::InitPack { dir, country }) => {
            packs::init_pack(&mut out, &dir, country.as_deref())
        }
        Some(Command::SignPack(args)) => sign::sign(&mut out, &args),
        Some(Command::PackKey { file }) => sign::new_key(&mut out, &file),
        Some(Command::Missed { export }) => missed(&mut out, export.as_deref()),
        Some(Command::Shortcuts) => {
            write!(out, "{}", UiCommand::markdown_table(&Strings::default()))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The bundled content with the packs layered on, and its index; errors go to
/// stderr (warnings are for `check`), and everything valid loads.
fn library(sources: &Sources, language: Language) -> Library {
    let library = Library::open(sources, &LanguageChain::new([language.code()]));
    for problem in &library.problems {
        crate::report!("{}", escape_controls(&problem.to_string()));
    }
    library
}

/// `defuse vectors`: writes the bundled content's passage vectors, or checks them.
fn vectors(out: &mut impl io::Write, check: bool, file: &Path) -> Result<ExitCode, CliError> {
    let content = library(&Sources::default(), Language::English).content;
    let model = match SentenceModel::bundled() {
        Ok(model) => model,
        Err(e) => {
            crate::report!("defuse: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    if check {
        let stored = std::fs::read(file).map_err(CliError::Output)?;
        let stored = match Stored::read(&stored) {
            Ok(stored) => stored,
            Err(e) => {
                crate::report!("defuse: {}: {e}", file.display());
                return Ok(ExitCode::FAILURE);
            }
        };
        let (missing, unused) = meaning::vectors::staleness(&model, &content, &stored);
        if missing + unused > 0 {
            let file = file.display().to_string();
            let stale = strings::current().cli_vectors_stale(file, missing, unused);
            crate::report!("defuse: {stale}");
            return Ok(ExitCode::FAILURE);
        }
        let file = file.display().to_string();
        let count = stored.vectors.len();
        writeln!(
            out,
            "{}",
            strings::current().cli_vectors_current(file, count)
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let stored = meaning::vectors::store(&model, &content);
    std::fs::write(file, stored.write(model.dimension()))?;
    let (file, count) = (file.display().to_string(), stored.vectors.len());
    writeln!(
        out,
        "{}",
        strings::current().cli_vectors_written(file, count)
    )?;
    Ok(ExitCode::SUCCESS)
}

fn missed(out: &mut impl io::Write, export: Option<&Path>) -> Result<ExitCode, CliError> {
    let Some(dir) = data_dir() else {
        crate::report!(
            "defuse: {}",
            strings::current().cli_no_data_folder(DATA_DIR_ENV)
        );
        return Ok(ExitCode::FAILURE);
    };
    let mut store = MissedStore::in_dir(&dir);
    let (missed, notice) = store.load();
    if let Some(notice) = notice {
        crate::report!("defuse: {notice}");
    }
    match export {
        Some(file) => {
            crate::output::write(file, missed.to_tsv()).map_err(|source| CliError::Write {
                path: file.to_owned(),
                source,
            })?;
            let (count, file) = (missed.queries.len(), file.display().to_string());
            writeln!(
                out,
                "{}",
                strings::current().cli_missed_written(count, file)
            )?;
        }
        None if missed.is_empty() => {
            let file = dir.join(missed::FILE_NAME).display().to_string();
            writeln!(out, "{}", strings::current().cli_missed_none(file))?;
        }
        None => {
            for q in &missed.queries {
                writeln!(out, "{:>6}  {}", q.count, q.query)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
