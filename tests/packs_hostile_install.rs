//! Hostile packs at install: zip bombs (one huge entry, headers that understate what
//! they inflate to, thousands of signatures), and installs and removals of packs
//! running at the same moment. Each is refused with a clear message or ends with one
//! whole pack installed, never a mix, a half pack or a folder left behind.

use std::{
    fs,
    io::Write as _,
    path::{Path, PathBuf},
    sync::{Arc, Barrier},
};

use assert_cmd::{Command, cargo::cargo_bin_cmd};
use defuse::packs::{
    install::{self, InstallError},
    starter,
};

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const MANIFEST: &str = "Pack(name: \"bomb\", version: \"1\", changes: \"A bomb.\")";
const MIB: usize = 1024 * 1024;

/// `defuse` with a data folder of its own.
fn defuse(data: &Path) -> Command {
    let mut cmd = cargo_bin_cmd!("defuse");
    cmd.current_dir(MANIFEST_DIR).env("DEFUSE_DATA_DIR", data);
    cmd
}

/// Runs `cmd`; its exit code, stdout and stderr.
fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let output = cmd.output().expect("run defuse");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Writes a deflated zip at `path`: `pack.ron`, then `files`, each (name, a byte, how
/// many of it), written a MiB at a time so a bomb is never whole in memory.
fn zip(path: &Path, files: &[(&str, u8, usize)]) {
    let mut zip = zip::ZipWriter::new(fs::File::create(path).expect("create the zip"));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("pack.ron", options).expect("an entry");
    zip.write_all(MANIFEST.as_bytes()).expect("its bytes");
    for (name, byte, len) in files {
        zip.start_file(*name, options).expect("an entry");
        let chunk = vec![*byte; MIB];
        let mut left = *len;
        while left > 0 {
            let n = left.min(MIB);
            zip.write_all(&chunk[..n]).expect("its bytes");
            left -= n;
        }
    }
    zip.finish().expect("finish the zip");
}

/// Rewrites the uncompressed size every header of `zip` declares for `name` to `size`:
/// the lie a crafted zip bomb tells.
fn understate(zip: &Path, name: &str, size: u32) {
    let mut bytes = fs::read(zip).expect("read the zip");
    // (signature, where the size sits, where the name starts) in a local and a central
    // header; the name's length is 2 bytes at 26 and 28.
    let headers: [(&[u8], usize, usize, usize); 2] =
        [(b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)];
    let mut found = 0;
    for i in 0..bytes.len().saturating_sub(46) {
        for (signature, at, len_at, name_at) in headers {
            if &bytes[i..i + 4] != signature {
                continue;
            }
            let len = usize::from(u16::from_le_bytes([
                bytes[i + len_at],
                bytes[i + len_at + 1],
            ]));
            if bytes.get(i + name_at..i + name_at + len) == Some(name.as_bytes()) {
                bytes[i + at..i + at + 4].copy_from_slice(&size.to_le_bytes());
                found += 1;
            }
        }
    }
    assert_eq!(found, 2, "a local and a central header for {name}");
    fs::write(zip, bytes).expect("write the zip");
}

#[test]
fn one_entry_of_200_mib_of_zeros_is_read_only_to_the_file_cap() {
    let tmp = tempfile::tempdir().expect("temp");
    let path = tmp.path().join("bomb.zip");
    zip(&path, &[("en/phrases/bomb.ron", 0, 200 * MIB)]);
    let incoming = install::read(&path).expect("read");
    let bomb = incoming
        .files
        .iter()
        .find(|f| f.path == "en/phrases/bomb.ron")
        .expect("the entry is listed");
    assert!(bomb.unread && bomb.bytes.is_empty());
    let problems: Vec<String> = incoming.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("bomb.zip:en/phrases/bomb.ron")
                && p.contains("the file is 209715200 bytes")
                && p.contains("at most 2097152 bytes")),
        "{problems:#?}"
    );
}

#[test]
fn entries_inflating_past_64_mib_in_all_are_refused_too_big() {
    let tmp = tempfile::tempdir().expect("temp");
    let data = tmp.path().join("data");
    let path = tmp.path().join("many.zip");
    // 40 entries of 3 MiB of zeros, a few hundred KiB zipped: each stops at the file
    // cap, and the 2 MiB each counts add up past 64 MiB.
    let names: Vec<String> = (0..40).map(|n| format!("en/phrases/b{n}.ron")).collect();
    let files: Vec<_> = names.iter().map(|n| (n.as_str(), 0, 3 * MIB)).collect();
    zip(&path, &files);
    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&path));
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(
        err.contains("many.zip: the zip holds more than 5000 entries or 64 MiB: refused"),
        "{err}"
    );
    assert!(!data.join("packs/bomb").exists());
}

#[test]
fn an_entry_inflating_past_the_size_its_headers_declare_is_refused_by_name() {
    let tmp = tempfile::tempdir().expect("temp");
    let data = tmp.path().join("data");
    // Claiming 100 bytes, it must not get past any cap checked against the claim.
    for len in [3 * MIB, 200 * MIB] {
        let path = tmp.path().join("liar.zip");
        zip(&path, &[("en/phrases/liar.ron", 0, len)]);
        understate(&path, "en/phrases/liar.ron", 100);
        let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&path));
        assert_eq!(code, Some(1), "{out}{err}");
        assert!(
            err.contains("liar.zip:en/phrases/liar.ron: this entry could not be read"),
            "{err}"
        );
        assert!(!data.join("packs/bomb").exists());
    }
}

#[test]
fn thousands_of_large_signatures_count_toward_the_zip_limit() {
    let tmp = tempfile::tempdir().expect("temp");
    let path = tmp.path().join("sigs.zip");
    // 2,000 signatures of 64 KiB of zeros: 125 MiB held in memory were they not counted.
    let names: Vec<String> = (0..2_000)
        .map(|n| format!(".signatures/en/phrases/p{n}.ron.minisig"))
        .collect();
    let files: Vec<_> = names.iter().map(|n| (n.as_str(), 0, 64 * 1024)).collect();
    zip(&path, &files);
    // Not `{:?}` of what was read: that would print the 125 MiB.
    match install::read(&path) {
        Err(InstallError::TooBig { .. }) => {}
        Err(e) => panic!("{e}"),
        Ok(read) => panic!("read, with {} signatures", read.signatures.len()),
    }
}

#[test]
fn zip_entries_with_absolute_or_nested_parent_paths_stay_inside_or_are_refused() {
    let tmp = tempfile::tempdir().expect("temp");
    for (n, evil) in [
        "/etc/evil.ron",
        "en/../../evil.ron",
        "en/phrases/../../../evil.ron",
    ]
    .into_iter()
    .enumerate()
    {
        let path = tmp.path().join(format!("evil{n}.zip"));
        zip(&path, &[(evil, b' ', 1)]);
        match install::read(&path) {
            Err(e @ InstallError::UnsafePath { .. }) => {
                assert!(e.to_string().contains("outside the pack"), "{e}");
            }
            // A leading `/` is read as the zip's top: the file stays in the pack.
            Ok(incoming) => {
                let paths: Vec<&str> = incoming.files.iter().map(|f| f.path.as_str()).collect();
                assert!(
                    evil.starts_with('/') && paths == ["etc/evil.ron", "pack.ron"],
                    "{evil}: {paths:?}"
                );
            }
            Err(e) => panic!("{evil}: {e}"),
        }
    }
}

/// The starter pack named `name` in `dir/NAME`, with `extra` phrase files of `marker`:
/// two versions of one pack differ in their files and their bytes.
fn pack_version(dir: &Path, name: &str, marker: &str, extra: usize) -> PathBuf {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    let pack = dir.join(format!("{name}-{marker}"));
    let files = starter::files(name, None, today).expect("the starter's files");
    starter::write(&pack, &files).expect("written");
    let pair = fs::read_to_string(pack.join("en/phrases/site.ron")).expect("read");
    for n in 0..extra {
        let id = format!("id: \"{marker}-{n}\"");
        let text = pair.replace("id: \"site-who-decides\"", &id);
        fs::write(pack.join(format!("en/phrases/{marker}-{n}.ron")), text).expect("write");
    }
    pack
}

/// Every file under `dir`, relative, with its bytes.
fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("inside").to_owned();
                out.push((rel, fs::read(&path).expect("read")));
            }
        }
    }
    out.sort();
    out
}

/// Nothing hidden but the lock files is left in `packs`: no `.partial`, no `.old`.
fn no_leftovers(packs: &Path) {
    for entry in fs::read_dir(packs).expect("list") {
        let entry = entry.expect("entry");
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            assert!(
                name.ends_with(".lock") && entry.path().is_file(),
                "left behind: {name}"
            );
        }
    }
}

#[test]
fn two_different_packs_installed_at_once_both_install_whole() {
    let tmp = tempfile::tempdir().expect("temp");
    let data = tmp.path().join("data");
    let north = pack_version(tmp.path(), "north", "n", 20);
    let south = pack_version(tmp.path(), "south", "s", 20);
    let incoming = Arc::new([
        install::read(&north).expect("read"),
        install::read(&south).expect("read"),
    ]);
    for _ in 0..30 {
        let barrier = Arc::new(Barrier::new(2));
        let threads: Vec<_> = ["north", "south"]
            .into_iter()
            .enumerate()
            .map(|(i, name)| {
                let (barrier, incoming, data) = (barrier.clone(), incoming.clone(), data.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    install::install(&incoming[i], &data, name)
                })
            })
            .collect();
        for t in threads {
            t.join().expect("no panic").expect("installed");
        }
        assert_eq!(tree(&data.join("packs/north")), tree(&north));
        assert_eq!(tree(&data.join("packs/south")), tree(&south));
        no_leftovers(&data.join("packs"));
    }
}

#[test]
fn the_same_pack_installed_and_removed_at_once_ends_whole_or_gone_or_busy() {
    let tmp = tempfile::tempdir().expect("temp");
    let data = tmp.path().join("data");
    let versions = [
        pack_version(tmp.path(), "north", "a", 30),
        pack_version(tmp.path(), "north", "b", 10),
    ];
    let incoming = Arc::new([
        install::read(&versions[0]).expect("read"),
        install::read(&versions[1]).expect("read"),
    ]);
    let whole = [tree(&versions[0]), tree(&versions[1])];
    let (mut busy, mut done) = (0, 0);
    for round in 0..60 {
        // Every third round a removal runs alongside the two installs.
        let removing = round % 3 == 2;
        let barrier = Arc::new(Barrier::new(if removing { 3 } else { 2 }));
        let mut threads: Vec<_> = (0..2)
            .map(|i| {
                let (barrier, incoming, data) = (barrier.clone(), incoming.clone(), data.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    install::install(&incoming[i], &data, "north").map(|_| ())
                })
            })
            .collect();
        if removing {
            let (barrier, data) = (barrier.clone(), data.clone());
            threads.push(std::thread::spawn(move || {
                barrier.wait();
                match install::remove(&data, "north") {
                    Err(InstallError::NotInstalled { .. }) => Ok(()),
                    other => other.map(|_| ()),
                }
            }));
        }
        let results: Vec<_> = threads
            .into_iter()
            .map(|t| t.join().expect("no panic"))
            .collect();
        for (i, result) in results.iter().enumerate() {
            match result {
                Ok(()) => done += 1,
                Err(e @ InstallError::Busy { .. }) => {
                    assert!(
                        e.to_string().contains(
                            "another install or removal of the pack `north` is in progress"
                        )
                    );
                    busy += 1;
                }
                Err(e) => panic!("round {round}, thread {i}: {e}"),
            }
        }
        let installed = data.join("packs/north");
        if installed.exists() {
            let got = tree(&installed);
            assert!(
                got == whole[0] || got == whole[1],
                "round {round}: a mix of {} files",
                got.len()
            );
            // An install that alone succeeded is the one installed.
            if !removing && results.iter().filter(|r| r.is_ok()).count() == 1 {
                let i = results.iter().position(Result::is_ok).expect("one");
                assert!(got == whole[i], "round {round}: not the one that succeeded");
            }
        } else {
            assert!(removing, "round {round}: no pack installed");
        }
        no_leftovers(&data.join("packs"));
    }
    assert!(done > 0, "{done} done, {busy} busy");
}

#[test]
fn install_pack_and_remove_pack_while_another_holds_the_pack_say_so_and_change_nothing() {
    let tmp = tempfile::tempdir().expect("temp");
    let data = tmp.path().join("data");
    let first = pack_version(tmp.path(), "north", "a", 3);
    let second = pack_version(tmp.path(), "north", "b", 5);
    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&first));
    assert_eq!(code, Some(0), "{out}{err}");
    // Another install of `north` under way, as `defuse` sees it: its lock held.
    let lock = fs::File::open(data.join("packs/.north.lock")).expect("the lock file");
    lock.try_lock().expect("locked");
    let busy = "defuse: another install or removal of the pack `north` is in progress";
    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&second));
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(err.contains(busy), "{err}");
    let (code, out, err) = run(defuse(&data).args(["remove-pack", "north"]));
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(err.contains(busy), "{err}");
    assert_eq!(tree(&data.join("packs/north")), tree(&first));
    no_leftovers(&data.join("packs"));
    // Once it is done, both go ahead.
    drop(lock);
    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&second));
    assert_eq!(code, Some(0), "{out}{err}");
    assert_eq!(tree(&data.join("packs/north")), tree(&second));
    let (code, out, err) = run(defuse(&data).args(["remove-pack", "north"]));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(!data.join("packs/north").exists());
    no_leftovers(&data.join("packs"));
}
