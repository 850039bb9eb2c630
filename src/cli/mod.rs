//! The command line: `search`, `show`, `check`, `missed`, `shortcuts` and `export`,
//! and opening the app.

mod export;
mod show;
mod sign;
pub mod terminal;

use std::{
    collections::HashSet,
    io::{self, Write as _},
    path::{Path, PathBuf},
    process::ExitCode,
    time::Instant,
};

use clap::{Parser, Subcommand};
use serde::Serialize;

use self::terminal::escape_controls;
use crate::{
    content::{self, Content, DEFAULT_LANGUAGE, Item, Kind, Loaded, Problem},
    meaning::{self, Meaning, SentenceModel, vectors::Stored},
    missed::{self, MissedStore},
    search::{Analyzer, FieldMatch, Index, MatchedBy, fusion},
    strings::Strings,
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
    /// principles, decks, favourites, help, practice, handouts, site-contacts, present:DECK:N (slide N presented) or
    /// presenter:DECK:N (its presenter view).
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
    /// Run as a shared shop PC's kiosk: fullscreen, no favourites, settings or missed
    /// searches, and back to an empty Home after SECONDS idle (120 if not given; at
    /// least 15). `kiosk: Some(SECONDS)` in site.ron does the same.
    #[arg(long, value_name = "SECONDS", num_args = 0..=1, require_equals = true, conflicts_with = "screenshot")]
    pub kiosk: Option<Option<u32>>,
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
        /// Print the results as a JSON array.
        #[arg(long)]
        json: bool,
        /// Search a content folder in the bundled layout instead of the bundled content,
        /// to try a pack's wording before it is built in.
        #[arg(long, value_name = "DIR")]
        content: Option<PathBuf>,
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
    /// Validate the bundled content, or a folder in the same layout.
    Check {
        /// A content folder: sources.ron and one folder per language.
        dir: Option<PathBuf>,
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
    Load(#[from] content::LoadError),
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
    match args.command {
        None => Ok(launch::run(Launch {
            screenshot: args.screenshot,
            view: args.view,
            size: args.size,
            theme: args.theme,
            started: Some(started),
            present: None,
            site_preset: args.site_preset,
            kiosk: args.kiosk,
        })?),
        Some(Command::Present { id, slide }) => {
            let content = bundled_content();
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
                kiosk: args.kiosk,
            })?)
        }
        Some(Command::Search {
            query,
            limit,
            json,
            content: dir,
            words_only,
        }) => {
            let content = match dir {
                Some(dir) => content_in(&dir)?,
                None => bundled_content(),
            };
            let query = query.join(" ");
            search(&mut out, &content, &query, limit, json, words_only)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Vectors { check, out: file }) => vectors(&mut out, check, &file),
        Some(Command::Show { id }) => {
            let content = bundled_content();
            match content.get(&id) {
                Some(item) => {
                    show::write_item(&mut out, &content, item)?;
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    let id = escape_controls(&id);
                    crate::report!("defuse: no item with id `{id}`. Try `defuse search {id}`.");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Some(Command::Check { dir }) => check(&mut out, dir.as_deref()),
        Some(Command::Export(args)) => export::run(&mut out, args),
        Some(Command::SignPack(args)) => sign::sign(&mut out, &args),
        Some(Command::PackKey { file }) => sign::new_key(&mut out, &file),
        Some(Command::Missed { export }) => missed(&mut out, export.as_deref()),
        Some(Command::Shortcuts) => {
            write!(out, "{}", UiCommand::markdown_table(&Strings::default()))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The bundled content; its problems (which the tests keep at zero) go to stderr.
pub fn bundled_content() -> Content {
    let Loaded { content, problems } = content::bundled::load(DEFAULT_LANGUAGE);
    for problem in &problems {
        crate::report!("{}", escape_controls(&problem.to_string()));
    }
    content
}

/// The content in `dir` (sources.ron and language folders), in the default language;
/// its problems go to stderr, and what is valid is searched.
fn content_in(dir: &Path) -> Result<Content, CliError> {
    let (files, read_problems) = content::read_dir(dir)?;
    let Loaded { content, problems } = content::load(&files, DEFAULT_LANGUAGE);
    for problem in read_problems.iter().chain(&problems) {
        crate::report!("{}", escape_controls(&problem.to_string()));
    }
    Ok(content)
}

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    kind: Kind,
    title: &'a str,
    score: f32,
    summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    avoid: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    say: Option<&'a str>,
    title_ranges: &'a [std::ops::Range<usize>],
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<&'a FieldMatch>,
    lexical_score: f32,
    meaning_score: Option<f32>,
    matched_by: MatchedBy,
}

fn search(
    out: &mut impl io::Write,
    content: &Content,
    query: &str,
    limit: usize,
    json: bool,
    words_only: bool,
) -> Result<(), CliError> {
    let index = Index::new(content, Analyzer::for_language(DEFAULT_LANGUAGE));
    let meaning = if words_only {
        None
    } else {
        Meaning::load(content)
            .inspect_err(|e| crate::report!("defuse: searching by words only: {e}"))
            .ok()
    };
    let outcome = fusion::search(&index, meaning.as_ref(), query, limit);
    let hits = outcome.hits;
    if json {
        let rows: Vec<JsonHit<'_>> = hits
            .iter()
            .filter_map(|hit| {
                let item = content.get(&hit.id)?;
                let phrase = match item {
                    Item::Phrase(p) => Some(p),
                    _ => None,
                };
                Some(JsonHit {
                    id: &hit.id,
                    kind: hit.kind,
                    title: &hit.title,
                    score: hit.score,
                    summary: item.summary(),
                    avoid: phrase.map(|p| p.avoid.as_str()),
                    say: phrase.map(|p| p.say.as_str()),
                    title_ranges: &hit.title_ranges,
                    snippet: hit.snippet.as_ref(),
                    lexical_score: hit.lexical_score,
                    meaning_score: hit.meaning_score,
                    matched_by: hit.matched_by,
                })
            })
            .collect();
        let json = serde_json::to_string_pretty(&rows)?;
        out.write_all(terminal::json_escaped(&json).as_bytes())?;
        writeln!(out)?;
        return Ok(());
    }
    if hits.is_empty() {
        writeln!(
            out,
            "Nothing matches “{}”. Try other words, such as “shouting” or “refund”.",
            escape_controls(query)
        )?;
    } else if outcome.weak {
        writeln!(
            out,
            "Nothing matches “{}” well. The closest:",
            escape_controls(query)
        )?;
    }
    for (typed, taken) in &outcome.understood {
        writeln!(
            out,
            "Showing results for “{taken}” (for “{}”).",
            escape_controls(typed)
        )?;
    }
    for (n, hit) in hits.iter().enumerate() {
        let Some(item) = content.get(&hit.id) else {
            continue;
        };
        writeln!(
            out,
            "{:>2}. {}  [{} · {}]",
            n + 1,
            hit.title,
            show::kind_label(hit.kind),
            hit.id
        )?;
        match item {
            Item::Phrase(p) => writeln!(out, "    say instead: {}", p.say)?,
            _ => writeln!(out, "    {}", item.summary())?,
        }
        if hit.matched_by == MatchedBy::Meaning {
            writeln!(out, "    (matched by meaning)")?;
        }
    }
    Ok(())
}

/// `defuse vectors`: writes the bundled content's passage vectors, or checks them.
fn vectors(out: &mut impl io::Write, check: bool, file: &Path) -> Result<ExitCode, CliError> {
    let content = bundled_content();
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
    let Some(dir) = launch::data_dir() else {
        crate::report!("defuse: no data folder found; set {}", launch::DATA_DIR_ENV);
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

fn check(out: &mut impl io::Write, dir: Option<&Path>) -> Result<ExitCode, CliError> {
    let (files, mut problems) = match dir {
        Some(dir) => content::read_dir(dir)?,
        None => (content::bundled::files(), Vec::new()),
    };
    let languages = content::languages(&files);
    let mut items = 0;
    if languages.is_empty() {
        problems.push(Problem {
            file: dir.map_or_else(|| "content".to_owned(), |d| d.display().to_string()),
            position: content::Position::START,
            kind: content::ProblemKind::Invalid(
                "no language folder found (expected e.g. en/customer-types/*.ron)".to_owned(),
            ),
        });
    }
    // sources.ron is checked with every language; report each problem once.
    let mut seen: HashSet<Problem> = problems.iter().cloned().collect();
    for language in &languages {
        // Only this language's files and the shared ones at the top: passing every
        // language's files to each made checking grow with languages × files.
        let prefix = format!("{language}/");
        let own: Vec<content::ContentFile> = files
            .iter()
            .filter(|f| f.path.starts_with(&prefix) || !f.path.contains('/'))
            .cloned()
            .collect();
        let loaded = content::load(&own, language);
        items += loaded.content.items().count();
        for problem in loaded.problems {
            if seen.insert(problem.clone()) {
                problems.push(problem);
            }
        }
    }
    // Paths and content text are the user's: a control character in them must not
    // reach the terminal as one.
    for problem in &problems {
        writeln!(out, "{}", escape_controls(&problem.to_string()))?;
    }
    writeln!(
        out,
        "checked {} files in {} language(s): {} valid items, {} problem(s)",
        files.len(),
        languages.len(),
        items,
        problems.len()
    )?;
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
