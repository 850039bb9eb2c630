//! The validating loader on malformed content trees (tests/fixtures/*): each problem is
//! reported as an exact `file:line:column: message`, every problem is reported, and every
//! valid item is kept.

use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};

use defuse::content::{self, Loaded, Problem, ProblemKind, read_dir};

const LISTS_LAYOUT: &str = "is not part of the content layout (expected sources.ron, site.ron, LANG/site.ron, or LANG/customer-types, LANG/phrases, LANG/playbooks, LANG/principles or LANG/decks with .ron files)";
const ITEM_HINT: &str = "(expected the id of a card, playbook, principle or phrase pair)";

const ENDS_IN_STRING: &str =
    "the file ends inside this string: is its closing `\"` missing, or was the file cut short?";
const ENDS_EARLY: &str = "the file ends early, before its content is complete: was it cut short?";

/// The message for a reference whose target was lost to the problem in `cause`.
fn lost(field: &str, target: &str, cause: &str) -> String {
    format!(
        "`{field}` refers to `{target}`, which did not load because of the problem with {cause}"
    )
}

/// Every item id in tests/fixtures/valid.
const VALID_IDS: [&str; 7] = [
    "angry",
    "talkative",
    "indecisive",
    "calm-down",
    "long-story",
    "three-steps",
    "listen-first",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

/// Reads and loads the English content under `root`; problems from reading and from
/// loading come back as `file:line:column: message` with `root` cut off the paths.
fn load_root(root: &Path) -> (Loaded, Vec<String>) {
    let (files, read_problems) = read_dir(root).expect("the fixture folder is readable");
    let loaded = content::load(&files, "en");
    let prefix = format!("{}{}", root.display(), std::path::MAIN_SEPARATOR);
    let problems = read_problems
        .iter()
        .chain(&loaded.problems)
        .map(|p| p.to_string().replace(&prefix, "").replace('\\', "/"))
        .collect();
    (loaded, problems)
}

fn load_fixture(name: &str) -> (Loaded, Vec<String>) {
    load_root(&fixture(name))
}

fn ids(loaded: &Loaded) -> BTreeSet<&str> {
    loaded.content.items().map(|item| item.id()).collect()
}

/// The valid fixture's ids, less the ones a broken file or item took away.
fn valid_ids_without(missing: &[&str]) -> BTreeSet<&'static str> {
    VALID_IDS
        .into_iter()
        .filter(|id| !missing.contains(id))
        .collect()
}

/// Copies a fixture into a temporary folder, so a test can add files the repository
/// should not hold (invalid UTF-8, a huge file).
fn copy_fixture(name: &str) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).expect("create a folder in the temporary copy");
        for entry in fs::read_dir(from).expect("list the fixture") {
            let path = entry.expect("read a fixture entry").path();
            let target = to.join(path.file_name().expect("entries have names"));
            if path.is_dir() {
                copy(&path, &target);
            } else {
                fs::copy(&path, &target).expect("copy a fixture file");
            }
        }
    }
    let dir = tempfile::tempdir().expect("create a temporary folder");
    copy(&fixture(name), dir.path());
    dir
}

#[test]
fn the_valid_fixture_loads_without_problems() {
    let (loaded, problems) = load_fixture("valid");
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(ids(&loaded), valid_ids_without(&[]));
    let content = &loaded.content;
    let order: Vec<&str> = content
        .customer_types
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(order, ["angry", "talkative", "indecisive"]);
    let angry = content.customer_type("angry").expect("angry is valid");
    assert_eq!(angry.related, ["listen-first", "talkative"]);
    assert_eq!(angry.sources, ["S1.1", "S1.2"]);
    let link = content
        .playbooks
        .first()
        .and_then(|p| p.steps.first())
        .and_then(|s| s.link.as_deref());
    assert_eq!(link, Some("angry"));
    assert_eq!(
        content
            .phrases_for("angry")
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>(),
        ["calm-down"]
    );
    let (source, point) = content.citation("S1.2").expect("S1.2 resolves");
    assert_eq!(source.id, "S1");
    assert_eq!(point.map(|p| p.label.as_str()), Some("Offer options."));
}

#[test]
fn a_truncated_file_is_reported_where_it_ends() {
    let (loaded, problems) = load_fixture("truncated");
    assert_eq!(
        problems,
        [
            format!("en/customer-types/indecisive.ron:8:17: {ENDS_IN_STRING}"),
            // Just after the last complete line.
            format!("en/principles/basic.ron:7:66: {ENDS_EARLY} (Unexpected end of RON)"),
            // The angry card points at the lost principle: a consequence, said as one.
            format!(
                "en/customer-types/angry.ron:14:15: {}",
                lost("related", "listen-first", "en/principles/basic.ron")
            ),
        ]
    );
    assert_eq!(
        ids(&loaded),
        valid_ids_without(&["indecisive", "listen-first"])
    );
    let angry = loaded
        .content
        .customer_type("angry")
        .expect("angry is still loaded");
    assert_eq!(angry.related, ["talkative"]);
}

#[test]
fn a_wrong_type_is_reported_at_the_value() {
    let (loaded, problems) = load_fixture("wrong-type");
    assert_eq!(
        problems,
        [
            "en/customer-types/indecisive.ron:6:12: Expected integer".to_owned(),
            "en/phrases/misplaced.ron:1:1: Expected struct `PhraseFile` but found `CustomerType`"
                .to_owned(),
            "en/principles/basic.ron:8:18: Expected opening `[`".to_owned(),
            format!(
                "en/customer-types/angry.ron:14:15: {}",
                lost("related", "listen-first", "en/principles/basic.ron")
            ),
        ]
    );
    assert_eq!(
        ids(&loaded),
        valid_ids_without(&["indecisive", "listen-first"])
    );
    assert!(loaded.content.get("misplaced").is_none());
}

#[test]
fn an_unknown_field_is_reported_at_its_name() {
    let (loaded, problems) = load_fixture("unknown-field");
    assert_eq!(
        problems,
        [
            "en/customer-types/indecisive.ron:7:5: Unexpected field named `colour` in `CustomerType`, expected one of `version`, `id`, `title`, `icon`, `order`, `summary`, `recognise`, `steps`, `escalate`, `top_phrases`, `keywords`, `heard`, `heard_other_languages`, `related`, `sources`, or `reviewed` instead".to_owned(),
            "en/playbooks/three-steps.ron:8:76: Unexpected field named `time` in `PlaybookStep`, expected one of `title`, `detail`, or `link` instead".to_owned(),
            format!("en/principles/basic.ron:10:23: {}", lost("related", "three-steps", "en/playbooks/three-steps.ron")),
        ]
    );
    assert_eq!(
        ids(&loaded),
        valid_ids_without(&["indecisive", "three-steps"])
    );
}

#[test]
fn a_duplicate_id_names_both_places_and_keeps_the_first() {
    let (loaded, problems) = load_fixture("duplicate-id");
    assert_eq!(
        problems,
        [
            "en/customer-types/furious.ron:3:5: duplicate id `angry`: already used at en/customer-types/angry.ron:3:5",
            // Ids are unique across kinds too: a phrase may not reuse a card's id.
            "en/phrases/basic.ron:22:13: duplicate id `talkative`: already used at en/customer-types/talkative.ron:3:5",
        ]
    );
    assert_eq!(ids(&loaded), valid_ids_without(&[]));
    let content = &loaded.content;
    assert_eq!(content.customer_types.len(), 3);
    assert_eq!(content.phrases.len(), 2);
    assert_eq!(
        content.customer_type("angry").map(|c| c.title.as_str()),
        Some("Angry customer")
    );
}

#[test]
fn dangling_references_are_reported_and_dropped() {
    let (loaded, problems) = load_fixture("dangling-reference");
    assert_eq!(
        problems,
        [
            format!("en/customer-types/angry.ron:14:31: `related` refers to `no-such-card`, which does not exist {ITEM_HINT}"),
            "en/customer-types/angry.ron:15:23: `sources` refers to `S9.9`, which does not exist (expected a source id such as `S2` or a point key such as `S2.M2.1`)".to_owned(),
            // `listen-first` exists, but it is a principle, not a customer type.
            "en/phrases/basic.ron:9:35: `situations` refers to `listen-first`, which does not exist (expected a customer-type id such as `angry`)".to_owned(),
            format!("en/playbooks/three-steps.ron:7:83: `link` refers to `nowhere`, which does not exist {ITEM_HINT}"),
        ]
    );
    // The items stay; only the references that lead nowhere go.
    assert_eq!(ids(&loaded), valid_ids_without(&[]));
    let content = &loaded.content;
    let angry = content.customer_type("angry").expect("angry is kept");
    assert_eq!(angry.related, ["listen-first", "talkative"]);
    assert_eq!(angry.sources, ["S1.1", "S1.2"]);
    let calm_down = content
        .phrases
        .iter()
        .find(|p| p.id == "calm-down")
        .expect("calm-down is kept");
    assert_eq!(calm_down.situations, ["angry"]);
    let playbook = content.playbooks.first().expect("the playbook is kept");
    assert_eq!(playbook.steps.len(), 2);
    assert_eq!(playbook.steps[0].link, None);
}

#[test]
fn empty_required_text_is_reported_at_the_empty_value() {
    let (loaded, problems) = load_fixture("empty-text");
    assert_eq!(
        problems,
        [
            "en/customer-types/indecisive.ron:4:12: `title` must not be empty".to_owned(),
            "en/phrases/basic.ron:16:18: `say` must not be empty".to_owned(),
            // The second step's detail, not the first one's.
            "en/playbooks/three-steps.ron:8:54: `detail` must not be empty".to_owned(),
            "en/principles/basic.ron:8:13: `how` must not be empty".to_owned(),
            format!(
                "en/customer-types/angry.ron:14:15: {}",
                lost("related", "listen-first", "en/principles/basic.ron")
            ),
        ]
    );
    // The phrase next to the empty one in the same file is kept.
    assert_eq!(
        ids(&loaded),
        valid_ids_without(&["indecisive", "long-story", "three-steps", "listen-first"])
    );
}

#[test]
fn an_unsupported_version_is_reported_at_the_version() {
    let (loaded, problems) = load_fixture("unsupported-version");
    assert_eq!(
        problems,
        [
            "en/customer-types/indecisive.ron:2:5: format version 2 is not supported (this build reads version 1)"
        ]
    );
    assert_eq!(ids(&loaded), valid_ids_without(&["indecisive"]));
}

#[test]
fn files_outside_the_layout_are_reported() {
    let (loaded, problems) = load_fixture("unexpected-file");
    // NOTES.md is not a .ron file, so it is not content and not a problem.
    assert_eq!(
        problems,
        [
            format!(
                "en/cards/indecisive.ron:1:1: unexpected file: `en/cards/indecisive.ron` {LISTS_LAYOUT}"
            ),
            format!(
                "en/customer-types/old/indecisive.ron:1:1: unexpected file: `en/customer-types/old/indecisive.ron` {LISTS_LAYOUT}"
            ),
            format!("extra.ron:1:1: unexpected file: `extra.ron` {LISTS_LAYOUT}"),
        ]
    );
    assert_eq!(ids(&loaded), valid_ids_without(&["indecisive"]));
}

#[test]
fn invalid_utf8_is_reported_where_the_text_stops_being_valid() {
    let dir = copy_fixture("valid");
    let card = dir.path().join("en/customer-types/indecisive.ron");
    let text = fs::read_to_string(&card).expect("read the copied card");
    let at = text.find("choose").expect("the summary says choose");
    let mut bytes = text.into_bytes();
    bytes.insert(at, 0xFF);
    fs::write(&card, bytes).expect("write the broken card");
    // A file saved as Latin-1 rather than UTF-8, as an old editor might.
    let latin1 = b"PrincipleFile(\n    version: 1,\n    principles: [\n        Principle(id: \"caf\xe9\", title: \"Caf\xe9\"),\n    ],\n)\n";
    fs::write(dir.path().join("en/principles/latin1.ron"), latin1).expect("write latin1.ron");

    let (loaded, problems) = load_root(dir.path());
    assert_eq!(
        problems,
        [
            "en/customer-types/indecisive.ron:7:21: the file is not valid UTF-8 text",
            "en/principles/latin1.ron:4:27: the file is not valid UTF-8 text",
        ]
    );
    assert_eq!(ids(&loaded), valid_ids_without(&["indecisive"]));
}

#[test]
fn a_huge_file_is_refused_with_its_real_size() {
    let dir = copy_fixture("valid");
    let huge = dir.path().join("en/customer-types/huge.ron");
    fs::write(&huge, vec![b' '; 3_000_000]).expect("write a huge file");
    let (loaded, problems) = load_root(dir.path());
    assert_eq!(
        problems,
        [
            "en/customer-types/huge.ron:1:1: the file is 3000000 bytes; content files may be at most 2097152 bytes"
        ]
    );
    assert_eq!(ids(&loaded), valid_ids_without(&[]));
}

#[test]
fn every_problem_in_every_file_is_reported() {
    let root = fixture("broken");
    let (files, read_problems) = read_dir(&root).expect("the fixture folder is readable");
    assert!(read_problems.is_empty());
    let loaded = content::load(&files, "en");
    // The same lines `defuse check` prints, without its closing summary.
    let golden = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/check-broken.txt"),
    )
    .expect("read the golden file");
    let expected: Vec<&str> = golden
        .lines()
        .filter(|l| !l.starts_with("checked "))
        .collect();
    let manifest = format!(
        "{}{}",
        env!("CARGO_MANIFEST_DIR"),
        std::path::MAIN_SEPARATOR
    );
    let actual: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| p.to_string().replace(&manifest, "").replace('\\', "/"))
        .collect();
    assert_eq!(actual, expected);
    // Of seven items, three survive: a phrase, the playbook (its bad link dropped) and
    // the first `angry` card.
    assert_eq!(
        ids(&loaded),
        BTreeSet::from(["angry", "calm-down", "three-steps"])
    );
}

#[test]
fn problems_carry_their_parts() {
    let (loaded, _) = load_fixture("unsupported-version");
    let problem: &Problem = loaded.problems.first().expect("one problem");
    assert!(problem.file.ends_with("indecisive.ron"));
    assert_eq!((problem.position.line, problem.position.column), (2, 5));
    assert_eq!(
        problem.kind,
        ProblemKind::UnsupportedVersion {
            found: 2,
            supported: 1
        }
    );
}

#[test]
fn a_language_with_no_files_reads_the_english_ones_marked_untranslated() {
    let (files, _) = read_dir(&fixture("valid")).expect("the fixture folder is readable");
    assert_eq!(content::languages(&files), ["en"]);
    let english = content::load(&files, "en");
    let loaded = content::load(&files, "fr");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(
        loaded.content.items().count(),
        english.content.items().count()
    );
    for item in loaded.content.items() {
        assert!(
            loaded.content.untranslated.contains(item.id()),
            "{}",
            item.id()
        );
    }
    // sources.ron is shared by every language.
    assert_eq!(loaded.content.sources.len(), 1);
}

#[test]
fn a_missing_folder_is_an_error() {
    let dir = tempfile::tempdir().expect("create a temporary folder");
    let missing = dir.path().join("no-such-folder");
    let error = read_dir(&missing).expect_err("a missing folder cannot be read");
    assert!(
        error.to_string().contains("no-such-folder"),
        "the error names the folder: {error}"
    );
}

#[test]
fn an_empty_file_set_loads_nothing_and_reports_nothing() {
    let loaded = content::load(&[], "en");
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.content.items().count(), 0);
}

/// A list file whose items are well-formed RON but where some items do not fit the
/// format keeps the items that do, and reports each one that does not.
#[test]
fn one_bad_item_in_a_list_file_keeps_the_others() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    fs::create_dir_all(root.join("en/phrases")).expect("folders");
    fs::create_dir_all(root.join("en/customer-types")).expect("folders");
    let valid = fixture("valid");
    fs::copy(valid.join("sources.ron"), root.join("sources.ron")).expect("sources");
    fs::copy(
        valid.join("en/customer-types/angry.ron"),
        root.join("en/customer-types/angry.ron"),
    )
    .expect("a card");
    let phrase = |id: &str, extra: &str| {
        format!(
            "        Phrase(\n            id: \"{id}\",\n            avoid: \"a\",\n            say: \"s\",\n            why: \"w\",\n            situations: [\"angry\"],\n            sources: [\"S1\"],{extra}\n        ),\n"
        )
    };
    let text = format!(
        "PhraseFile(\n    version: 1,\n    phrases: [\n{}{}{}{}    ],\n)\n",
        phrase("first", ""),
        phrase("second", "\n            colour: \"red\","),
        phrase("third", ""),
        phrase("fourth", "\n            keywords: 7,"),
    );
    fs::write(root.join("en/phrases/mixed.ron"), &text).expect("phrases");
    let (files, _) = read_dir(root).expect("readable");
    let loaded = content::load(&files, "en");
    let kept: Vec<&str> = loaded
        .content
        .phrases
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(kept, ["first", "third"]);
    let located: Vec<(usize, String)> = loaded
        .problems
        .iter()
        .filter(|p| p.file.ends_with("mixed.ron"))
        .map(|p| (p.position.line, p.kind.to_string()))
        .collect();
    assert_eq!(located.len(), 2, "{located:?}");
    // The first misfit is pinned to its field; the next to the item's id.
    let colour_line = text
        .lines()
        .position(|l| l.contains("colour"))
        .map(|n| n + 1);
    assert_eq!(Some(located[0].0), colour_line);
    assert!(located[0].1.contains("colour"), "{}", located[0].1);
    let fourth_line = text
        .lines()
        .position(|l| l.contains("\"fourth\""))
        .map(|n| n + 1);
    assert_eq!(Some(located[1].0), fourth_line);
}

/// The bundled content written out to a temporary folder: the valid tree that the
/// tests below break with one edit each.
fn bundled_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("create a temporary folder");
    for file in content::bundled::files() {
        let path = dir.path().join(&file.path);
        fs::create_dir_all(path.parent().expect("files sit in folders")).expect("folders");
        fs::write(&path, &file.bytes).expect("write a content file");
    }
    dir
}

/// Runs `work` on another thread and fails the test if it has not finished in `seconds`,
/// so a regression that hangs (a pipe opened for reading, a quadratic loop) fails
/// instead of blocking the test run.
fn within<T: Send + 'static>(seconds: u64, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || done.send(work()));
    result
        .recv_timeout(std::time::Duration::from_secs(seconds))
        .unwrap_or_else(|_| panic!("did not finish within {seconds} s"))
}

/// `n` small valid phrase pairs, each fitting the bundled `angry` card.
fn phrase_file(prefix: &str, n: usize) -> String {
    let mut text = String::from("PhraseFile(\n    version: 1,\n    phrases: [\n");
    for i in 0..n {
        text.push_str(&format!(
            "        Phrase(id: \"{prefix}-{i}\", avoid: \"Not now {i}.\", say: \"Let me help {i}.\", why: \"You matter.\", situations: [\"angry\"], sources: [\"S1\"]),\n"
        ));
    }
    text.push_str("    ],\n)\n");
    text
}

/// The problems of the tree at `root`, as `check` prints them, with `root` cut off.
fn problems_of(root: &Path) -> Vec<String> {
    load_root(root).1
}

#[test]
fn ten_thousand_items_in_one_file_check_in_seconds_not_minutes() {
    let dir = bundled_tree();
    let root = dir.path().to_owned();
    fs::write(
        root.join("en/phrases/many.ron"),
        phrase_file("many", 10_000),
    )
    .expect("write");
    // Finding each item's position used to re-read the whole file: minutes for this.
    let (items, problems) = within(30, move || {
        let (loaded, problems) = load_root(&root);
        (loaded.content.phrases.len(), problems)
    });
    assert_eq!(problems, Vec::<String>::new());
    assert!(items >= 10_000, "{items} phrase pairs");
}

#[test]
fn ten_thousand_items_over_a_thousand_files_check_in_seconds() {
    let dir = bundled_tree();
    let root = dir.path().to_owned();
    for f in 0..1_000 {
        let name = format!("en/phrases/pack-{f}.ron");
        fs::write(root.join(name), phrase_file(&format!("p{f}"), 10)).expect("write");
    }
    let (items, problems) = within(30, move || {
        let (loaded, problems) = load_root(&root);
        (loaded.content.phrases.len(), problems)
    });
    assert_eq!(problems, Vec::<String>::new());
    assert!(items >= 10_000, "{items} phrase pairs");
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_skipped_not_waited_on() {
    let dir = bundled_tree();
    mkfifo(&dir.path().join("en/phrases/pipe.ron"));
    let root = dir.path().to_owned();
    let (items, problems) = within(10, move || {
        let (loaded, problems) = load_root(&root);
        (loaded.content.items().count(), problems)
    });
    assert_eq!(
        problems,
        ["en/phrases/pipe.ron:1:1: this is a named pipe (FIFO), not a regular file: skipped"]
    );
    assert_eq!(items, content::bundled::load("en").content.items().count());
}

/// How many `sources` references the bundled items make: every one dangles when the
/// sources do not load.
fn bundled_citations() -> usize {
    let content = content::bundled::load("en").content;
    content.items().map(|item| item.sources().len()).sum()
}

#[test]
fn sources_that_do_not_load_are_named_once_with_their_consequences_folded() {
    let cited = bundled_citations();
    let more = format!("; and {} more references to sources", cited - 1);
    let ends_early = format!("{ENDS_EARLY} (Unexpected end of RON)");
    type Edit = fn(&Path);
    let cases: [(&str, Edit, &str); 3] = [
        (
            "missing",
            |root| fs::remove_file(root.join("sources.ron")).expect("remove"),
            "the file is missing: it lists the sources that every item cites, so no `sources` reference can resolve",
        ),
        (
            "a folder",
            |root| {
                fs::remove_file(root.join("sources.ron")).expect("remove");
                fs::create_dir(root.join("sources.ron")).expect("a folder in its place");
            },
            "this is a folder, not a regular file: skipped",
        ),
        (
            "cut short",
            |root| {
                fs::write(root.join("sources.ron"), "SourceFile(\n    version: 1,\n").expect("cut");
            },
            "",
        ),
    ];
    for (case, edit, cause) in cases {
        let dir = bundled_tree();
        edit(dir.path());
        let problems = problems_of(dir.path());
        let cause = if cause.is_empty() { &ends_early } else { cause };
        let at = if case == "cut short" { "2:16" } else { "1:1" };
        assert_eq!(problems.len(), 2, "{case}: {problems:#?}");
        assert_eq!(problems[0], format!("sources.ron:{at}: {cause}"), "{case}");
        assert!(
            problems[1].contains("which did not load because of the problem with sources.ron")
                && problems[1].ends_with(&more),
            "{case}: {}",
            problems[1]
        );
    }
}

#[test]
fn one_broken_card_gives_the_file_then_one_line_for_what_depended_on_it() {
    let dir = bundled_tree();
    let card = dir.path().join("en/customer-types/angry.ron");
    let text = fs::read_to_string(&card).expect("read the card");
    fs::write(
        &card,
        text.replacen("    title:", "    colour: \"red\",\n    title:", 1),
    )
    .expect("break the card");
    let problems = problems_of(dir.path());
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].starts_with("en/customer-types/angry.ron:")
            && problems[0].contains("Unexpected field named `colour`"),
        "{}",
        problems[0]
    );
    // Every place the bundled content names `angry`: related items, the situations of
    // phrase pairs, links from playbook steps, slides of training decks.
    let content = content::bundled::load("en").content;
    let related = content
        .items()
        .flat_map(|item| item.related())
        .map(String::as_str);
    let links = content
        .playbooks
        .iter()
        .flat_map(|p| &p.steps)
        .filter_map(|s| s.link.as_deref());
    let slides = content
        .decks
        .iter()
        .flat_map(|d| &d.slides)
        .filter_map(|s| s.show.item_id());
    let references = related
        .chain(links)
        .chain(slides)
        .filter(|id| *id == "angry")
        .count();
    assert!(references > 2, "the bundled content refers to angry often");
    assert!(
        problems[1].contains(
            "refers to `angry`, which did not load because of the problem with en/customer-types/angry.ron; and "
        ) && problems[1].ends_with(&format!(" {} more references to `angry`", references - 1)),
        "{}",
        problems[1]
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = bundled_tree();
    let card = dir.path().join("en/customer-types/angry.ron");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(fs::read(&card).expect("read the card"));
    fs::write(&card, bytes).expect("write the card with a BOM");
    let (loaded, problems) = load_root(dir.path());
    assert_eq!(problems, Vec::<String>::new());
    assert!(loaded.content.customer_type("angry").is_some());
}

#[test]
fn a_file_cut_short_says_it_ends_early() {
    let dir = bundled_tree();
    let card = dir.path().join("en/customer-types/angry.ron");
    let text = fs::read_to_string(&card).expect("read the card");
    // Cut just after a label, where the parser wanted a string.
    let cut = text.find("summary:").expect("a summary") + "summary:".len();
    fs::write(&card, &text[..cut]).expect("cut the card short");
    let problems = problems_of(dir.path());
    let line = text[..cut].lines().count();
    let column = text[..cut].lines().last().map_or(0, |l| l.chars().count()) + 1;
    assert_eq!(
        problems.first().map(String::as_str),
        Some(
            format!("en/customer-types/angry.ron:{line}:{column}: {ENDS_EARLY} (Expected string)")
                .as_str()
        ),
        "{problems:#?}"
    );
}

/// A deck file of the bundled tree, edited by `edit`; the problems `check` then reports.
fn deck_problems(edit: impl Fn(&str) -> String) -> (Vec<String>, Loaded) {
    let dir = bundled_tree();
    let deck = dir.path().join("en/decks/first-five-minutes.ron");
    let text = fs::read_to_string(&deck).expect("read the deck");
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit must change the deck");
    fs::write(&deck, edited).expect("write the deck");
    let (loaded, problems) = load_root(dir.path());
    (problems, loaded)
}

/// The line and column (1-based) where `needle` first stands in the bundled deck.
fn deck_position(needle: &str) -> String {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("content/en/decks/first-five-minutes.ron"),
    )
    .expect("read the deck");
    let at = text.find(needle).expect("the needle is in the deck");
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at]
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count())
        + 1;
    format!("{line}:{column}")
}

#[test]
fn a_slide_naming_a_missing_item_is_reported_and_the_rest_of_the_deck_loads() {
    let (problems, loaded) =
        deck_problems(|t| t.replacen("Card(\"angry\")", "Card(\"no-such-card\")", 1));
    let at = deck_position("\"angry\")");
    assert_eq!(
        problems,
        [format!(
            "en/decks/first-five-minutes.ron:{at}: `show` refers to `no-such-card`, which does not exist (expected a customer-type id such as `angry`)"
        )]
    );
    let bundled = content::bundled::load("en").content;
    let before = bundled
        .decks
        .iter()
        .find(|d| d.id == "first-five-minutes")
        .map(|d| d.slides.len());
    let after = loaded
        .content
        .decks
        .iter()
        .find(|d| d.id == "first-five-minutes")
        .map(|d| d.slides.len());
    assert_eq!(
        after,
        before.map(|n| n - 1),
        "only the bad slide is dropped"
    );
}

#[test]
fn a_slide_of_the_wrong_kind_of_item_is_reported() {
    // `angry` exists, but it is a card, not a playbook.
    let (problems, _) = deck_problems(|t| t.replacen("Card(\"angry\")", "Playbook(\"angry\")", 1));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0]
            .contains("`show` refers to `angry`, which does not exist (expected a playbook id"),
        "{}",
        problems[0]
    );
}

#[test]
fn an_unknown_slide_kind_is_reported_at_its_name() {
    let (problems, loaded) =
        deck_problems(|t| t.replacen("Card(\"angry\")", "Video(\"angry\")", 1));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let at = deck_position("Card(\"angry\")");
    assert!(
        problems[0].starts_with(&format!("en/decks/first-five-minutes.ron:{at}: ")),
        "{}",
        problems[0]
    );
    assert!(problems[0].contains("Video"), "{}", problems[0]);
    // The deck is refused, the rest of the content is not.
    assert!(
        loaded
            .content
            .decks
            .iter()
            .all(|d| d.id != "first-five-minutes")
    );
    assert!(loaded.content.customer_type("angry").is_some());
}

#[test]
fn an_empty_deck_is_reported() {
    let (problems, loaded) = deck_problems(|t| {
        let start = t.find("    slides: [").expect("slides");
        let end = t.rfind("    ],").expect("end of slides");
        format!(
            "{}    slides: [],\n{}",
            &t[..start],
            &t[end + "    ],\n".len()..]
        )
    });
    let at = deck_position("slides: [");
    assert_eq!(
        problems,
        [format!(
            "en/decks/first-five-minutes.ron:{at}: `slides` must not be empty"
        )]
    );
    assert!(
        loaded
            .content
            .decks
            .iter()
            .all(|d| d.id != "first-five-minutes")
    );
}

/// Eight links to `.` once repeated the tree at every depth (six made 152,398 reads and
/// 1.6 GB; eight ran out of memory); a link to `/proc/kmsg` blocked forever; a link to
/// `/` walked the disk. Each real folder is now read once, and nothing outside the
/// content folder is followed.
#[cfg(unix)]
#[test]
fn links_never_repeat_the_tree_nor_leave_it() {
    let dir = bundled_tree();
    let root = dir.path().to_owned();
    let plain = read_dir(&root).expect("readable").0.len();
    for n in 0..8 {
        std::os::unix::fs::symlink(".", root.join(format!("loop{n}"))).expect("a link");
    }
    std::os::unix::fs::symlink("/", root.join("rootfs")).expect("a link");
    std::os::unix::fs::symlink("/proc/kmsg", root.join("en/phrases/log.ron")).expect("a link");
    let (files, problems) = within(10, move || read_dir(&root).expect("readable"));
    assert_eq!(files.len(), plain);
    let outside: Vec<&Problem> = problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::LinkOutside(_)))
        .collect();
    assert_eq!(outside.len(), 2, "{problems:?}");
}

/// A file deeper than the walk goes is reported, not skipped in silence.
#[test]
fn a_folder_deeper_than_the_walk_is_reported() {
    let dir = bundled_tree();
    let deep = dir.path().join("en/phrases/a/b/c/d/e/f");
    fs::create_dir_all(&deep).expect("folders");
    fs::write(deep.join("lost.ron"), "PhraseFile(version: 1, phrases: [])").expect("write");
    let problems = problems_of(dir.path());
    assert!(
        problems
            .iter()
            .any(|p| p.contains("more than 6 folders deep")),
        "{problems:?}"
    );
}

/// Rule breaks `check` once passed: a 0-minute deck, a seven-bullet slide, a
/// placeholder in the wrong case or with spaces, empty braces, an escape character.
#[test]
fn documented_rules_that_check_once_passed_are_reported() {
    let dir = bundled_tree();
    let deck = dir.path().join("en/decks/first-five-minutes.ron");
    let text = fs::read_to_string(&deck).expect("the deck");
    let broken = text
        .replacen("minutes: 50,", "minutes: 0,", 1)
        .replacen(
            "\"Your own safety always comes first.\",",
            "\"Your own safety always comes first.\", \"5\", \"6\", \"7\",",
            1,
        )
        .replacen("{security} for each shift", "{Security} for each shift", 1)
        .replacen(
            "reach {security} quickly",
            "reach { security } and {} quickly",
            1,
        )
        .replacen("Flipchart and pens", "Flipchart\u{1b}[31m and pens", 1);
    assert_ne!(broken, text);
    fs::write(&deck, broken).expect("write");
    let problems = problems_of(dir.path()).join("\n");
    for expected in [
        "`minutes` must be at least 1",
        "has 7 bullets; a slide may have at most 6",
        "`{Security}` is not a placeholder: write it as `{security}`",
        "`{ security }` is not a placeholder: write it as `{security}`",
        "`{}` is not a placeholder",
        "holds a control character (U+001B)",
    ] {
        assert!(
            problems.contains(expected),
            "no {expected:?} in:\n{problems}"
        );
    }
}

/// One broken file is one problem and one line per item it took with it, whatever
/// broke it: an empty card file once gave 44 lines, a missing `site.ron` 144 and
/// dropped 41 items.
#[test]
fn a_file_that_breaks_names_the_cause_once() {
    let dir = bundled_tree();
    let valid = load_root(dir.path()).0.content.items().count();
    fs::write(dir.path().join("en/customer-types/angry.ron"), "").expect("write");
    let problems = problems_of(dir.path());
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].contains("the file is empty"), "{problems:#?}");
    assert!(problems[1].contains("did not load because of the problem with"));

    let dir = bundled_tree();
    fs::remove_file(dir.path().join("en/site.ron")).expect("remove");
    let (loaded, problems) = load_root(dir.path());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("site.ron:1:1: the file is missing"));
    assert_eq!(loaded.content.items().count(), valid);
}

/// A card file that is a named pipe, or whose id is written wrong, folds its references
/// into one line like any broken file.
#[cfg(unix)]
#[test]
fn a_card_the_walk_refuses_or_with_a_bad_id_folds_its_references() {
    let dir = bundled_tree();
    let card = dir.path().join("en/customer-types/angry.ron");
    fs::remove_file(&card).expect("remove");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&card)
            .status()
            .is_ok_and(|s| s.success())
    );
    let root = dir.path().to_owned();
    let problems = within(10, move || problems_of(&root));
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].contains("named pipe"), "{problems:#?}");

    let dir = bundled_tree();
    let card = dir.path().join("en/customer-types/angry.ron");
    let text = fs::read_to_string(&card).expect("the card");
    fs::write(
        &card,
        text.replacen("id: \"angry\"", "id: \"Angry Card\"", 1),
    )
    .expect("write");
    let problems = problems_of(dir.path());
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[1].contains("did not load because of the problem with"));
}
