//! The command line: `search`, `show`, `check`, `missed`, `shortcuts`, `export` and the
//! pack commands, and opening the app. Every command reads the layered content: the
//! bundled content, the installed packs, then each `--content` folder.

mod check;
mod export;
mod packs;
mod search;
mod show;
mod sign;
pub mod terminal;

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
    strings::{Language, Strings},
    ui::{
        command::UiCommand,
        launch::{self, Launch, LaunchError},
        style::ThemeChoice,
    },
};

/// Quick-reference guidance for handling difficult customers.
#[derive(Debug, Parser)]
#[command(name = "defuse", version, about)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Save a PNG of the first fully rendered frame to FILE, print the time to it, and exit.
    #[arg(long, value_name = "FILE")]
    pub screenshot: Option<PathBuf>,
    /// What to show first: home, safety, card:ID, search:QUERY, phrases, playbooks,
    /// principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N (slide N presented) or
    /// presenter:DECK:N (its presenter view) or to-customer:PAIR:LANG (a pair's line
    /// shown to a customer in LANG).
    #[arg(long, value_name = "VIEW")]
    pub view: Option<String>,
    /// Window size in logical pixels, as WIDTHxHEIGHT.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<(f32, f32)>,
    /// Colour theme: system, light, dark or high-contrast.
    #[arg(long, value_parser = parse_theme)]
    pub theme: Option<ThemeChoice>,
    /// With --screenshot: show who to call with a country preset's numbers (GB, US, ZA,
    /// MY, RO, RU, CN or MD), as if the site had saved them; reads no site.ron.
    #[arg(long, value_name = "COUNTRY", requires = "screenshot", value_parser = crate::site_profile::preset_code)]
    pub site_preset: Option<String>,
    /// Layer a pack (a folder with pack.ron) over the bundled content and the installed
    /// packs; repeatable, a later one wins. A folder with sources.ron and no pack.ron is
    /// a full content folder: it replaces the bundled content (and what came before it).
    #[arg(long = "content", value_name = "DIR", global = true)]
    pub content: Vec<PathBuf>,
    /// Run as a shared shop PC's kiosk: fullscreen, no favourites, settings or missed
    /// searches, and back to an empty Home after SECONDS idle (120 if not given; at
    /// least 15). `kiosk: Some(SECONDS)` in site.ron does the same.
    #[arg(long, value_name = "SECONDS", num_args = 0..=1, require_equals = true, conflicts_with = "screenshot")]
    pub kiosk: Option<Option<u32>>,
    /// The language: en, ru, ro, af, ms or zh-Hans. The app opens in it for this run
    /// (else in the one chosen in it, else the system's); the commands read content in
    /// it, and `show`, `search` and handouts write in it (else the system's).
    #[arg(long, value_name = "XX", global = true)]
    pub lang: Option<Language>,
}

fn parse_size(text: &str) -> Result<(f32, f32), String> {
    let (w, h) = text.split_once(['x', 'X', '×']).ok_or_else(|| {
        format!(
            "expected WIDTHxHEIGHT, such as 1024x768, not `{}`",
            escape_controls(text)
        )
    })?;
    let number = |n: &str| {
        n.trim()
            .parse::<f32>()
            .ok()
            .filter(|v| (200.0..=10_000.0).contains(v))
            .ok_or_else(|| format!("`{}` is not a size from 200 to 10000", escape_controls(n)))
    };
    Ok((number(w)?, number(h)?))
}

/// Zero results would read as "nothing matches": it is refused, not obeyed.
fn parse_limit(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(0) => Err("the value must be at least 1".to_owned()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "`{}` is not a whole number of 1 or more",
            escape_controls(text)
        )),
    }
}

fn parse_theme(text: &str) -> Result<ThemeChoice, String> {
    match text {
        "system" => Ok(ThemeChoice::System),
        "light" => Ok(ThemeChoice::Light),
        "dark" => Ok(ThemeChoice::Dark),
        "high-contrast" => Ok(ThemeChoice::HighContrast),
        _ => Err(format!(
            "unknown theme `{}`: use system, light, dark or high-contrast",
            escape_controls(text)
        )),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search the guidance, best match first.
    Search {
        /// What to look for, in a worker's words ("customer shouting at me").
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// How many results to show at most (1 or more).
        #[arg(long, default_value_t = 10, value_parser = parse_limit)]
        limit: usize,
        /// Print the results as a JSON array (each with its `origin`: bundled or a pack).
        #[arg(long)]
        json: bool,
        /// Search by words alone, without the sentence model (as before issue 18).
        #[arg(long)]
        words_only: bool,
    },
    /// Show one item, by id (`defuse show angry`).
    Show { id: String },
    /// Write the content's passage vectors for search by meaning
    /// (assets/model/content-vectors.bin), or with --check fail if the committed file
    /// is stale.
    Vectors {
        /// Only check that the committed vectors match the content and the model.
        #[arg(long)]
        check: bool,
        /// Instead, embed the passages of the installed packs and the --content
        /// folders once, into this PC's cache (the app does it in the background).
        #[arg(long, conflicts_with = "check")]
        packs: bool,
        /// Where to write them.
        #[arg(
            long,
            value_name = "FILE",
            default_value = "assets/model/content-vectors.bin"
        )]
        out: PathBuf,
    },
    /// Present a training deck (or any item) fullscreen, with the presenter view.
    Present {
        /// The deck or item id; the first training deck if left out.
        id: Option<String>,
        /// Start at this slide (1-based, as the progress mark counts).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        slide: Option<u32>,
    },
    /// Print the app's keyboard shortcuts as a Markdown table.
    Shortcuts,
    /// List the searches that found nothing the worker opened, most asked first
    /// (recorded only when turned on in the app's settings).
    Missed {
        /// Write them to FILE as `query<TAB>count` lines instead of printing them.
        #[arg(long, value_name = "FILE.tsv")]
        export: Option<PathBuf>,
    },
    /// Write printable handouts as one self-contained HTML file into DIR.
    Export(export::ExportArgs),
    /// Validate the bundled content with the installed packs and --content folders
    /// layered on, or one folder: a pack (over the bundled content) or a full content
    /// folder (alone).
    #[command(after_help = check::EXIT_HELP)]
    Check {
        /// A pack (with pack.ron), or a content folder: sources.ron and one folder per
        /// language.
        dir: Option<PathBuf>,
    },
    /// Install a pack (a folder, or a .zip of one) into the data folder's packs/, once
    /// `check` finds no errors in it over the bundled content.
    InstallPack {
        /// The pack's folder or .zip.
        path: PathBuf,
    },
    /// Remove an installed pack, by the name in its pack.ron.
    RemovePack { name: String },
    /// Write a small, commented starter pack into DIR (new or empty) that passes `check`.
    InitPack {
        dir: PathBuf,
        /// Fill the emergency numbers from this country's preset: GB (or UK), US, ZA,
        /// MY, RO, RU, CN or MD.
        #[arg(long, value_name = "XX", value_parser = packs::country_code)]
        country: Option<String>,
    },
    /// Sign every file of a pack with a minisign secret key, for PCs that load only
    /// packs signed by keys they trust.
    SignPack(sign::SignArgs),
    /// Make a key pair for signing packs: the secret key in FILE, the public key (for
    /// the PCs to trust) in FILE.pub.
    PackKey {
        /// Where to write the secret key; never written over.
        file: PathBuf,
    },
}

/// Errors that end a command; content problems are reported, not raised.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Load(#[from] crate::content::LoadError),
    #[error("cannot write the output: {0}")]
    Output(#[from] io::Error),
    #[error("cannot write {}: {source}", escape_controls(&path.display().to_string()))]
    Write { path: PathBuf, source: io::Error },
    #[error("cannot encode JSON: {0}")]
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
                crate::report!("defuse: there is no training deck to present.");
                return Ok(ExitCode::FAILURE);
            };
            if content.get(&id).is_none() {
                let id = escape_controls(&id);
                crate::report!("defuse: no deck or item with id `{id}`. Try `defuse search {id}`.");
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
                    crate::report!("defuse: no item with id `{id}`. Try `defuse search {id}`.");
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
            crate::report!(
                "defuse: {} is stale: {missing} passages have no vector, {unused} vectors match no passage. Run `cargo run --release -- vectors`.",
                file.display()
            );
            return Ok(ExitCode::FAILURE);
        }
        writeln!(
            out,
            "{}: {} passages, up to date.",
            file.display(),
            stored.vectors.len()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let stored = meaning::vectors::store(&model, &content);
    std::fs::write(file, stored.write(model.dimension()))?;
    writeln!(
        out,
        "{}: {} passages.",
        file.display(),
        stored.vectors.len()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn missed(out: &mut impl io::Write, export: Option<&Path>) -> Result<ExitCode, CliError> {
    let Some(dir) = data_dir() else {
        crate::report!("defuse: no data folder found; set {DATA_DIR_ENV}");
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
            writeln!(
                out,
                "wrote {} missed searches to {}",
                missed.queries.len(),
                file.display()
            )?;
        }
        None if missed.is_empty() => writeln!(
            out,
            "No missed searches in {}. They are recorded only when turned on in the app's \
             settings.",
            dir.join(missed::FILE_NAME).display()
        )?,
        None => {
            for q in &missed.queries {
                writeln!(out, "{:>6}  {}", q.count, q.query)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
