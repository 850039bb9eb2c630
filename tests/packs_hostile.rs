//! Hostile and broken packs: each gets a clear message naming the file, nothing
//! hangs or crashes, and the valid rest of the pack and the bundled content load.

use std::{fs, path::Path};

use defuse::{content::Loaded, packs::Sources};

mod common;
use common::{errors, starter_pack, today};

fn load(pack: &Path) -> Loaded {
    Sources {
        folders: vec![pack.to_owned()],
        trusted_keys: Vec::new(),
        ..Sources::default()
    }
    .read()
    .load("en", today())
}

/// The pack's own deck and the bundled safety cards are there: the rest loaded.
fn rest_loaded(loaded: &Loaded) {
    assert!(
        loaded.content.get("site-welcome").is_some(),
        "the pack's deck"
    );
    assert!(loaded.content.get("threatening").is_some());
    assert!(loaded.content.get("self-harm").is_some());
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_load_as_plain_text() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let card = pack.join("en/customer-types/wants-manager.ron");
    let text = fs::read_to_string(&card).expect("read");
    fs::write(
        &card,
        format!(
            "\u{feff}{}",
            text.replace("title: \"Wants the manager\"", "title: \"Boss please\"")
        ),
    )
    .expect("write");
    let deck = pack.join("en/decks/site-welcome.ron");
    let text = fs::read_to_string(&deck).expect("read");
    fs::write(&deck, text.replace('\n', "\r\n")).expect("write");
    let loaded = load(&pack);
    assert_eq!(errors(&loaded), Vec::<String>::new());
    let title = loaded
        .content
        .get("wants-manager")
        .map(|i| i.title().to_owned());
    assert_eq!(title.as_deref(), Some("Boss please"));
    rest_loaded(&loaded);
}

#[test]
fn invalid_utf8_a_folder_named_ron_and_links_out_or_round_are_named_and_skipped() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let phrases = pack.join("en/phrases");
    fs::write(phrases.join("bad.ron"), b"Phrase(\xff\xfe)").expect("write");
    fs::create_dir(phrases.join("x.ron")).expect("folder");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path(), phrases.join("outside")).expect("link");
        std::os::unix::fs::symlink("..", pack.join("en/loop")).expect("link");
    }
    let loaded = load(&pack);
    let errors = errors(&loaded);
    let said = |file: &str, what: &str| errors.iter().any(|e| e.contains(file) && e.contains(what));
    assert!(said("bad.ron:", "not valid UTF-8"), "{errors:#?}");
    assert!(said("x.ron:", "folder"), "{errors:#?}");
    #[cfg(unix)]
    assert!(said("outside:", "outside"), "{errors:#?}");
    rest_loaded(&loaded);
}

#[test]
fn deep_nesting_is_refused_with_a_message_not_a_stack_overflow() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let deep = format!("Phrase({}{})", "[".repeat(100_000), "]".repeat(100_000));
    let file = pack.join("en/phrases/deep.ron");
    fs::write(&file, deep).expect("write");
    let loaded = load(&pack);
    assert!(
        errors(&loaded).iter().any(|e| e.contains("deep.ron:")),
        "{:#?}",
        errors(&loaded)
    );
    rest_loaded(&loaded);
}

#[test]
fn a_bad_id_is_named_and_a_long_one_is_cut_short_in_the_message() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let card = pack.join("en/customer-types/wants-manager.ron");
    let text = fs::read_to_string(&card).expect("read");
    for bad in ["Wants Manager".to_owned(), "a".repeat(10_000)] {
        fs::write(
            &card,
            text.replace("id: \"wants-manager\"", &format!("id: \"{bad}\"")),
        )
        .expect("write");
        let loaded = load(&pack);
        let errors = errors(&loaded);
        let message = errors
            .iter()
            .find(|e| e.contains("invalid id"))
            .unwrap_or_else(|| panic!("{errors:#?}"));
        assert!(message.contains("wants-manager.ron:"), "{message}");
        assert!(message.len() < 400, "{} characters", message.len());
        // The bundled card stays in its place.
        assert!(loaded.content.get("wants-manager").is_some());
        rest_loaded(&loaded);
    }
}

#[test]
fn a_pack_of_5000_files_loads() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let phrases = pack.join("en/phrases");
    let pair = fs::read_to_string(phrases.join("site.ron")).expect("the starter's pair");
    let id = pair
        .split("id: \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the pair's id")
        .to_owned();
    for n in 0..5_000 {
        let text = pair.replace(&format!("id: \"{id}\""), &format!("id: \"many-{n}\""));
        fs::write(phrases.join(format!("many-{n}.ron")), text).expect("write");
    }
    let loaded = load(&pack);
    assert_eq!(errors(&loaded), Vec::<String>::new());
    assert!(loaded.content.get("many-4999").is_some());
    rest_loaded(&loaded);
}

#[test]
fn a_100_mib_file_is_refused_by_its_size_unread() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    // Sparse: 100 MiB by its size, no disk used. Read whole, the message would give
    // the 2 MiB the capped read stops at, not the size: this checks it was not read.
    let huge = fs::File::create(pack.join("en/phrases/huge.ron")).expect("create");
    huge.set_len(100 * 1024 * 1024).expect("set its size");
    let loaded = load(&pack);
    let errors = errors(&loaded);
    let message = errors
        .iter()
        .find(|e| e.contains("huge.ron:"))
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert!(
        message.contains("104857600 bytes") && message.contains("at most 2097152 bytes"),
        "{message}"
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(loaded.content.get("site-who-decides").is_some());
    rest_loaded(&loaded);
}

/// A pair file for the churn test, whose phrase has `id`.
fn pair_with_id(pack: &Path, id: &str) -> String {
    let pair = fs::read_to_string(pack.join("en/phrases/site.ron")).expect("the starter's pair");
    pair.replace("id: \"site-who-decides\"", &format!("id: \"{id}\""))
}

#[test]
fn a_file_rewritten_truncated_deleted_and_renamed_over_while_loading_is_there_or_named() {
    use std::sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let file = pack.join("en/phrases/churn.ron");
    let text = pair_with_id(&pack, "churn-pair");
    fs::write(&file, &text).expect("write");
    let stop = Arc::new(AtomicBool::new(false));
    // Deletions started and finished: a load with none started during it, and none
    // under way as it began, had the file on disk throughout.
    let deleting = Arc::new((AtomicUsize::new(0), AtomicUsize::new(0)));
    let writer = {
        let (stop, deleting, file) = (Arc::clone(&stop), Arc::clone(&deleting), file.clone());
        let spare = pack.join("en/phrases/.churn.ron.swp");
        std::thread::spawn(move || {
            let (half, rest) = text.split_at(text.len() / 2);
            while !stop.load(Ordering::SeqCst) {
                // Rewritten in place, in two writes: a reader may see half.
                let mut f = fs::File::create(&file).expect("rewrite");
                std::io::Write::write_all(&mut f, half.as_bytes()).expect("half");
                std::io::Write::write_all(&mut f, rest.as_bytes()).expect("rest");
                drop(f);
                // Truncated to nothing, then written again.
                fs::File::create(&file).expect("truncate");
                fs::write(&file, &text).expect("write");
                // Deleted and made again.
                deleting.0.fetch_add(1, Ordering::SeqCst);
                fs::remove_file(&file).expect("delete");
                fs::write(&file, &text).expect("recreate");
                deleting.1.fetch_add(1, Ordering::SeqCst);
                // Saved as editors do: written beside, renamed over.
                fs::write(&spare, &text).expect("write beside");
                fs::rename(&spare, &file).expect("rename over");
            }
        })
    };
    let (mut had, mut named) = (0, 0);
    for _ in 0..100 {
        let started = deleting.0.load(Ordering::SeqCst);
        let there_at_start = started == deleting.1.load(Ordering::SeqCst);
        let loaded = load(&pack);
        let there_throughout = there_at_start && started == deleting.0.load(Ordering::SeqCst);
        let errors = errors(&loaded);
        // Nothing else in the pack is touched, so no other file has a problem.
        assert!(
            errors.iter().all(|e| e.contains("churn.ron:")),
            "{errors:#?}"
        );
        rest_loaded(&loaded);
        assert!(loaded.content.get("site-who-decides").is_some());
        if loaded.content.get("churn-pair").is_some() {
            had += 1;
        } else if !errors.is_empty() {
            named += 1;
        } else {
            assert!(
                !there_throughout,
                "the file was there, but neither loaded nor named"
            );
        }
    }
    stop.store(true, Ordering::SeqCst);
    writer.join().expect("the writer thread");
    assert!(had > 0, "loaded {had} times, named {named} times");
}
