//! The `defuse` command line: `search` (text and JSON), `show`, `check` and `missed`,
//! run as a user would run them, with exit codes and output checked.

use std::{fs, path::Path};

use assert_cmd::{Command, cargo::cargo_bin_cmd};
use predicates::prelude::*;
use serde_json::Value;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// `defuse` run from the repository root, so fixture paths print as `tests/fixtures/…`.
/// In English whatever the machine's locale (handouts follow the system's language).
fn defuse() -> Command {
    let mut cmd = cargo_bin_cmd!("defuse");
    cmd.current_dir(MANIFEST_DIR)
        .env_remove("LANGUAGE")
        .env("LC_ALL", "C.UTF-8");
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().expect("run defuse");
    assert!(
        output.status.success(),
        "defuse failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("defuse prints UTF-8")
}

fn search_json(args: &[&str]) -> Vec<Value> {
    let out = stdout_of(defuse().arg("search").args(args).arg("--json"));
    let json: Value = serde_json::from_str(&out).expect("--json prints valid JSON");
    json.as_array().expect("--json prints an array").clone()
}

fn text<'a>(object: &'a Value, field: &str) -> &'a str {
    object
        .get(field)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("`{field}` is missing or not a string in {object}"))
}

#[test]
fn search_json_puts_the_angry_card_first() {
    let hits = search_json(&["shouting", "--limit", "3"]);
    assert!(
        (1..=3).contains(&hits.len()),
        "{} results for --limit 3",
        hits.len()
    );
    let first = &hits[0];
    assert_eq!(text(first, "id"), "angry");
    assert_eq!(text(first, "kind"), "customer_type");
    assert_eq!(text(first, "title"), "Angry customer");
    let score = first
        .get("score")
        .and_then(Value::as_f64)
        .expect("score is a number");
    assert!(score > 0.0);
    // A card is not a phrase pair.
    assert!(first.get("avoid").is_none() && first.get("say").is_none());

    let mut last = f64::INFINITY;
    for hit in &hits {
        assert!(!text(hit, "id").is_empty());
        assert!(!text(hit, "title").is_empty());
        assert!(
            ["customer_type", "phrase", "playbook", "principle"].contains(&text(hit, "kind")),
            "unknown kind in {hit}"
        );
        let score = hit
            .get("score")
            .and_then(Value::as_f64)
            .expect("score is a number");
        assert!(score <= last, "results are not ranked: {hits:?}");
        last = score;
    }
}

#[test]
fn search_json_gives_phrase_pairs_their_avoid_and_say() {
    for (query, id, avoid) in [
        ("calm down", "calm-down", "Calm down"),
        ("that's policy", "thats-policy", "policy"),
    ] {
        let hits = search_json(&[query, "--limit", "3"]);
        let phrase = hits
            .iter()
            .find(|h| text(h, "id") == id)
            .unwrap_or_else(|| panic!("{query:?} does not find `{id}`: {hits:?}"));
        assert_eq!(text(phrase, "kind"), "phrase");
        assert!(text(phrase, "avoid").contains(avoid), "{phrase}");
        assert!(!text(phrase, "say").trim().is_empty());
        assert_ne!(text(phrase, "say"), text(phrase, "avoid"));
        // The title of a phrase pair is the line to avoid.
        assert_eq!(text(phrase, "title"), text(phrase, "avoid"));
    }
}

#[test]
fn search_joins_the_words_of_a_query() {
    let hits = search_json(&["customer", "shouting", "at", "me", "--limit", "1"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(text(&hits[0], "id"), "angry");
}

/// Zero results would read as "nothing matches": `--limit 0` is refused, with or
/// without `--json`, and says what it takes.
#[test]
fn search_refuses_a_zero_limit() {
    for json in [false, true] {
        let mut cmd = defuse();
        cmd.args(["search", "shouting", "--limit", "0"]);
        if json {
            cmd.arg("--json");
        }
        cmd.assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("the value must be at least 1"));
    }
}

/// A control character typed (or pasted) by the user is shown escaped when it is
/// printed back: raw, an escape sequence would reach the terminal.
#[test]
fn user_input_is_printed_back_with_control_characters_escaped() {
    let esc = r"\u{1b}[2J\u{1b}]0;pwned\u{7}";
    let typed = "\u{1b}[2J\u{1b}]0;pwned\u{7}";
    let runs: [(&[&str], bool); 3] = [
        (&["search", "--words-only", "qzxjvwq", typed], false),
        (&["show", typed], true),
        (&["--theme", typed], true),
    ];
    for (args, fails) in runs {
        let output = defuse().args(args).output().expect("run defuse");
        assert_eq!(!output.status.success(), fails, "{args:?}");
        let printed = [output.stdout, output.stderr].concat();
        assert!(
            !printed.iter().any(|&b| b == 0x1b || b == 0x07),
            "{args:?} printed a raw control character: {}",
            String::from_utf8_lossy(&printed)
        );
        if args[0] != "--theme" {
            assert!(
                String::from_utf8_lossy(&printed).contains(esc),
                "{args:?}: the input is shown escaped: {}",
                String::from_utf8_lossy(&printed)
            );
        }
    }
}

#[test]
fn check_escapes_control_characters_in_paths() {
    let dir = tempfile::tempdir().expect("create a temporary folder");
    let root = dir.path().join("pack\u{1b}[31m");
    fs::create_dir_all(root.join("en/customer-types")).expect("folders");
    let output = defuse()
        .arg("check")
        .arg(&root)
        .output()
        .expect("run defuse");
    assert_eq!(output.status.code(), Some(1));
    assert!(!output.stdout.contains(&0x1b), "{:?}", output.stdout);
    assert!(String::from_utf8_lossy(&output.stdout).contains("pack\\u{1b}[31m"));
}

#[test]
fn search_prints_numbered_results() {
    let out = stdout_of(defuse().args(["search", "shouting", "--limit", "3"]));
    let lines: Vec<&str> = out.lines().collect();
    let first = lines.first().expect("some output");
    assert!(first.trim_start().starts_with("1. Angry customer"), "{out}");
    assert!(first.contains("angry"), "the id is shown: {out}");
    assert!(out.contains(" 3. "), "three results: {out}");
    assert!(!out.contains(" 4. "), "no more than three: {out}");
}

#[test]
fn search_says_so_when_nothing_matches() {
    defuse()
        .args(["search", "qzxjvwq"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Nothing matches").and(predicate::str::contains("qzxjvwq")),
        );
}

#[test]
fn search_needs_a_query() {
    defuse().arg("search").assert().failure();
}

#[test]
fn show_prints_the_card_with_numbered_steps() {
    let out = stdout_of(defuse().args(["show", "angry"]));
    assert!(out.starts_with("Angry customer"), "{out}");
    let content = defuse::content::bundled::load("en").content;
    let card = content
        .customer_type("angry")
        .expect("the angry card exists");
    assert!(out.contains(&card.summary));
    // Every step, numbered, in order.
    let mut from = 0;
    for (n, step) in card.steps.iter().enumerate() {
        let line = format!("{}. {step}", n + 1);
        let at = out[from..]
            .find(&line)
            .unwrap_or_else(|| panic!("step {line:?} is missing or out of order:\n{out}"));
        from += at + line.len();
    }
    // Its phrase pairs and escalation triggers are there too.
    let phrase = content
        .phrases_for("angry")
        .first()
        .copied()
        .expect("angry has phrase pairs");
    assert!(out.contains(&phrase.say));
    let escalation = card.escalate.first().expect("angry has escalations");
    assert!(out.contains(&escalation.when));
}

#[test]
fn show_prints_a_phrase_pair_and_a_playbook() {
    defuse()
        .args(["show", "calm-down"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Calm down, please.")
                .and(predicate::str::contains("Don't say"))
                .and(predicate::str::contains("Say instead"))
                .and(predicate::str::contains("Why")),
        );
    defuse()
        .args(["show", "escalation-ladder"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1. ").and(predicate::str::contains("police")));
}

#[test]
fn show_of_an_unknown_id_fails_helpfully() {
    defuse()
        .args(["show", "no-such-id"])
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("no item with id `no-such-id`")
                .and(predicate::str::contains("defuse search")),
        );
}

/// The shipped content's gaps in translation are not the user's: no warning.
#[test]
fn check_passes_on_the_bundled_content() {
    defuse()
        .arg("check")
        .assert()
        .success()
        // No problem lines: the summary is all there is.
        .stdout(predicate::str::starts_with("checked "))
        .stdout(predicate::str::contains(" 0 problem(s)"));
}

/// The content folder, checked as a folder (as a translator would check it), has no
/// problem and nothing left untranslated in any of our languages.
#[test]
fn check_passes_on_the_repository_content_folder() {
    let output = defuse()
        .args(["check", "content"])
        .output()
        .expect("run defuse check");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(stdout.starts_with("checked "), "{stdout}");
    assert!(stdout.contains("in 6 language(s)"), "{stdout}");
    assert!(stdout.trim_end().ends_with(" 0 problem(s)"), "{stdout}");
    assert_eq!(output.status.code(), Some(0), "{stdout}");
}

#[test]
fn check_passes_on_a_valid_folder() {
    defuse()
        .args(["check", "tests/fixtures/valid"])
        .assert()
        .success()
        .stdout("checked 7 files in 1 language(s): 7 valid items, 0 problem(s)\n");
}

#[test]
fn check_reports_every_problem_of_a_broken_folder() {
    let golden_path = Path::new(MANIFEST_DIR).join("tests/golden/check-broken.txt");
    let golden = fs::read_to_string(&golden_path).expect("read the golden file");
    let output = defuse()
        .args(["check", "tests/fixtures/broken"])
        .output()
        .expect("run defuse check");
    assert_eq!(output.status.code(), Some(1), "check exits 1 on problems");
    let stdout = String::from_utf8(output.stdout).expect("defuse prints UTF-8");
    // Paths are printed as given, so they are the same on every machine; only the
    // separator differs on Windows.
    let stdout = stdout.replace('\\', "/");
    assert_eq!(
        stdout,
        golden,
        "`defuse check tests/fixtures/broken` differs from {}",
        golden_path.display()
    );
}

#[test]
fn check_reports_each_kind_of_problem_with_its_position() {
    for (fixture, expected) in [
        (
            "truncated",
            "tests/fixtures/truncated/en/principles/basic.ron:7:66: the file ends early",
        ),
        (
            "wrong-type",
            "tests/fixtures/wrong-type/en/customer-types/indecisive.ron:6:12: Expected integer",
        ),
        (
            "unknown-field",
            "tests/fixtures/unknown-field/en/customer-types/indecisive.ron:7:5: Unexpected field named `colour`",
        ),
        (
            "duplicate-id",
            "tests/fixtures/duplicate-id/en/customer-types/furious.ron:3:5: duplicate id `angry`: already used at tests/fixtures/duplicate-id/en/customer-types/angry.ron:3:5",
        ),
        (
            "dangling-reference",
            "tests/fixtures/dangling-reference/en/playbooks/three-steps.ron:7:83: `link` refers to `nowhere`, which does not exist",
        ),
        (
            "empty-text",
            "tests/fixtures/empty-text/en/playbooks/three-steps.ron:8:54: `detail` must not be empty",
        ),
        (
            "unsupported-version",
            "tests/fixtures/unsupported-version/en/customer-types/indecisive.ron:2:5: format version 2 is not supported",
        ),
        (
            "unexpected-file",
            "tests/fixtures/unexpected-file/extra.ron:1:1: unexpected file: `extra.ron`",
        ),
    ] {
        let output = defuse()
            .args(["check", &format!("tests/fixtures/{fixture}")])
            .output()
            .expect("run defuse check");
        let stdout = String::from_utf8_lossy(&output.stdout).replace('\\', "/");
        assert_eq!(output.status.code(), Some(1), "{fixture}: exit status");
        assert!(
            stdout.lines().any(|line| line.starts_with(expected)),
            "{fixture}: no line starts with {expected:?}:\n{stdout}"
        );
    }
}

#[test]
fn check_of_a_missing_folder_fails_and_names_it() {
    defuse()
        .args(["check", "tests/fixtures/no-such-folder"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no-such-folder"));
}

#[test]
fn check_of_a_folder_without_content_fails() {
    let dir = tempfile::tempdir().expect("create a temporary folder");
    defuse()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("no language folder found"));
}

/// The bundled content written out under `dir`: a valid tree for one edit.
fn bundled_tree(dir: &Path) {
    for file in defuse::content::bundled::files() {
        let path = dir.join(&file.path);
        fs::create_dir_all(path.parent().expect("files sit in folders")).expect("folders");
        fs::write(&path, &file.bytes).expect("write a content file");
    }
}

/// A folder that cannot be listed is named as a folder. Permissions do not stop root, so
/// as root the check runs as `nobody` (through util-linux's `setpriv`).
#[cfg(unix)]
#[test]
fn an_unreadable_folder_is_reported_as_a_folder() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let dir = tempfile::tempdir().expect("create a temporary folder");
    let root = dir.path().join("pack");
    bundled_tree(&root);
    let open = fs::Permissions::from_mode(0o755);
    fs::set_permissions(dir.path(), open.clone()).expect("let others in");
    let folder = root.join("en/phrases");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o000)).expect("lock the folder");
    let as_root = fs::metadata(&root).expect("stat").uid() == 0;
    let mut cmd = if as_root {
        let mut cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_defuse"));
        cmd
    } else {
        defuse()
    };
    let output = cmd
        .arg("check")
        .arg(&root)
        .output()
        .expect("run defuse check");
    fs::set_permissions(&folder, open).expect("unlock the folder");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    let expected = format!("{}:1:1: could not read the folder: ", folder.display());
    assert!(
        stdout.lines().any(|l| l.starts_with(&expected)),
        "no line starts with {expected:?}:\n{stdout}"
    );
}

#[test]
fn missed_prints_and_exports_the_recorded_searches() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let run = |args: &[&str]| stdout_of(defuse().env("DEFUSE_DATA_DIR", dir.path()).args(args));
    assert!(run(&["missed"]).contains("No missed searches"));

    let store = defuse::missed::MissedStore::in_dir(dir.path());
    let mut missed = defuse::missed::Missed::default();
    for query in ["widowed", "squaring up", "widowed"] {
        missed.record(query);
    }
    store.save(&missed)?;
    let out = run(&["missed"]);
    assert_eq!(out, "     2  widowed\n     1  squaring up\n");

    let tsv = dir.path().join("missed.tsv");
    let path = tsv.to_str().ok_or("temporary path is not UTF-8")?;
    assert!(run(&["missed", "--export", path]).contains("wrote 2 missed searches"));
    assert_eq!(
        fs::read_to_string(&tsv)?,
        "query\tcount\nwidowed\t2\nsquaring up\t1\n"
    );
    Ok(())
}

#[test]
fn missed_sets_a_bad_file_aside_and_says_so() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("missed.ron"), "not ron at all {{{")?;
    defuse()
        .env("DEFUSE_DATA_DIR", dir.path())
        .arg("missed")
        .assert()
        .success()
        .stderr(predicate::str::contains("kept as"));
    assert!(!dir.path().join("missed.ron").exists());
    Ok(())
}

#[test]
fn present_refuses_an_unknown_deck_and_slide_zero_with_a_clear_message() {
    defuse()
        .args(["present", "no-such-deck"])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "no deck or item with id `no-such-deck`",
        ));
    defuse()
        .args(["present", "first-five-minutes", "--slide", "0"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("--slide"));
}

/// `DEFUSE_DATA_DIR=` (set but empty) is the platform's folder, never the current one.
#[cfg(target_os = "linux")]
#[test]
fn an_empty_data_folder_variable_counts_as_unset() -> Result<(), Box<dyn std::error::Error>> {
    let platform = tempfile::tempdir()?;
    let current = tempfile::tempdir()?;
    let out = stdout_of(
        defuse()
            .env("DEFUSE_DATA_DIR", "")
            .env("XDG_DATA_HOME", platform.path())
            .current_dir(current.path())
            .arg("missed"),
    );
    let expected = platform.path().join("defuse").join("missed.ron");
    assert!(out.contains(&expected.display().to_string()), "{out}");
    Ok(())
}

/// Whether `text` holds anything a terminal would obey rather than show: a control
/// character other than a line break, or a bidirectional override.
fn obeyed(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Text the user typed comes back in `search`, `show`, `present`, `export` (the path
    /// it wrote), `missed` and `missed --export`; whatever it holds, neither stdout nor
    /// stderr carries a control character or an override to the terminal.
    #[test]
    fn no_output_of_the_command_line_carries_a_control_character(
        typed in "[a-z \\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}]{1,12}",
    ) {
        // An argument cannot hold NUL; a path cannot hold NUL or `/`.
        let arg = typed.replace('\0', "");
        proptest::prop_assume!(!arg.trim().is_empty());
        let dir = tempfile::tempdir()?;
        let missed = defuse::missed::MissedStore::in_dir(dir.path());
        let mut recorded = defuse::missed::Missed::default();
        recorded.record(&arg);
        missed.save(&recorded)?;
        let export_dir = dir.path().join(arg.replace('/', ""));
        let tsv = dir.path().join(format!("{}.tsv", arg.replace('/', "")));
        let runs: [Vec<std::ffi::OsString>; 6] = [
            vec!["search".into(), "--words-only".into(), arg.clone().into()],
            vec!["show".into(), arg.clone().into()],
            vec!["present".into(), arg.clone().into()],
            vec!["export".into(), export_dir.into_os_string(), "--deck".into(), "first-five-minutes".into()],
            vec!["missed".into()],
            vec!["missed".into(), "--export".into(), tsv.into_os_string()],
        ];
        for args in runs {
            let output = defuse()
                .env("DEFUSE_DATA_DIR", dir.path())
                .args(&args)
                .output()?;
            for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
                let text = String::from_utf8_lossy(bytes);
                proptest::prop_assert!(
                    obeyed(&text).is_none(),
                    "{args:?} {stream}: {:?} in {text:?}", obeyed(&text)
                );
            }
        }
    }
}

/// A named pipe where an output goes once blocked `export`, `missed --export` and
/// `--screenshot` forever; each now refuses it at once, naming it.
#[cfg(unix)]
#[test]
fn outputs_refuse_a_named_pipe_instead_of_hanging() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let handout = dir.path().join("first-five-minutes-cards-a4.html");
    let tsv = dir.path().join("missed.tsv");
    for pipe in [&handout, &tsv] {
        assert!(
            std::process::Command::new("mkfifo")
                .arg(pipe)
                .status()?
                .success()
        );
    }
    let export_dir = dir.path().to_str().ok_or("temporary path is not UTF-8")?;
    let tsv_path = tsv.to_str().ok_or("temporary path is not UTF-8")?;
    for args in [
        vec!["export", export_dir, "--deck", "first-five-minutes"],
        vec!["missed", "--export", tsv_path],
    ] {
        defuse()
            .env("DEFUSE_DATA_DIR", dir.path())
            .args(&args)
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .failure()
            .stderr(predicate::str::contains("named pipe"));
    }
    Ok(())
}

#[test]
fn a_site_preset_is_a_known_country_and_only_for_a_screenshot() {
    defuse()
        .args(["--screenshot", "x.png", "--site-preset", "XX"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("use one of").and(predicate::str::contains("GB")));
    defuse()
        .args(["--site-preset", "GB"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--screenshot"));
}

/// `show` and `search` speak the chosen language, headings and messages as the app's.
#[test]
fn show_and_search_write_in_the_chosen_language() {
    let strings = defuse::strings::Strings::new(defuse::strings::Language::Russian);
    let out = stdout_of(defuse().args(["--lang", "ru", "show", "angry"]));
    for heading in [&strings.recognise, &strings.what_to_do, &strings.escalate] {
        assert!(out.contains(&heading.to_uppercase()), "{heading}: {out}");
    }
    assert!(out.contains(&strings.from_bundled), "{out}");
    assert!(
        out.contains(strings.kind(defuse::content::Kind::CustomerType)),
        "{out}"
    );
    assert!(!out.contains("What to do"), "{out}");

    let out = stdout_of(defuse().args(["--lang", "ru", "search", "qzxjvwq"]));
    assert_eq!(out.trim(), strings.search_nothing("qzxjvwq"), "{out}");
}

#[test]
fn help_errors_and_reports_speak_the_chosen_language() {
    use defuse::strings::{Language, Strings, lookup_own};
    let russian = Strings::new(Language::Russian);
    let out = stdout_of(defuse().args(["--lang", "ru", "search", "--help"]));
    let limit = lookup_own(Language::Russian, "help_search_limit").expect("translated");
    for text in [russian.help_usage(), russian.help_options(), limit] {
        assert!(out.contains(&text), "{text}: {out}");
    }
    assert!(!out.contains("Options") && !out.contains("Usage"), "{out}");

    // A parse error: clap's own kind, said in Chinese, still exits with 2.
    let chinese = Strings::new(Language::Chinese);
    defuse()
        .args(["--lang", "zh-Hans", "--bogus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            chinese.cli_unknown_argument("--bogus"),
        ))
        .stderr(predicate::str::contains(chinese.help_more("defuse")));

    // `check`'s summary, with Russian's plural forms, and an error raised in the core.
    let out = stdout_of(defuse().args(["--lang", "ru", "check", "tests/fixtures/valid"]));
    assert_eq!(out, format!("{}\n", russian.cli_checked(7, 1, 7, 0)));
    let romanian = Strings::new(Language::Romanian);
    let missing = Path::new("tests/fixtures/no-such-folder");
    let said = romanian.err_content_folder(missing.display().to_string(), "");
    let said = said.trim_end_matches([' ', ':']).to_owned();
    defuse()
        .args(["--lang", "ro", "check"])
        .arg(missing)
        .assert()
        .failure()
        .stderr(predicate::str::contains(said));
}
