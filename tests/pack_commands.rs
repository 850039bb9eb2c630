//! The pack commands, each run with its own data folder so the real one is never
//! touched: `install-pack` from a folder and a zip (and what it refuses),
//! `remove-pack`, `init-pack` for each country, `export` over the layers, and signed
//! packs with the keys a PC trusts.

use std::{fs, io::Write as _, path::Path};

use defuse::content::Origin;
use tempfile::TempDir;

mod common;
use common::{card_titled, defuse, load, pack, run};

#[test]
fn install_from_a_folder_then_remove() {
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    let p = pack(
        tmp.path(),
        "acme",
        "",
        &[(
            "en/customer-types/angry.ron",
            card_titled("angry", "Acme angry"),
        )],
    );
    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&p));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("installed acme 1.0 into"), "{out}");
    assert!(data.join("packs/acme/pack.ron").is_file());
    assert!(
        data.join("packs/acme/en/customer-types/angry.ron")
            .is_file()
    );
    // Installed packs load on every command, with no --content.
    let (_, out, _) = run(defuse(&data).args(["show", "angry"]));
    assert!(
        out.starts_with("Acme angry") && out.contains("From acme"),
        "{out}"
    );
    let (code, out, _) = run(defuse(&data).args(["remove-pack", "acme"]));
    assert_eq!(code, Some(0), "{out}");
    assert!(!data.join("packs/acme").exists());
    let (_, out, _) = run(defuse(&data).args(["show", "angry"]));
    assert!(out.contains("From the bundled guidance"), "{out}");
    let (code, _, err) = run(defuse(&data).args(["remove-pack", "acme"]));
    assert_eq!(code, Some(1));
    assert!(err.contains("no pack named `acme` is installed"), "{err}");
    let (code, _, err) = run(defuse(&data).args(["remove-pack", "../x"]));
    assert_eq!(code, Some(1));
    assert!(err.contains("not a pack name"), "{err}");
}

#[test]
fn a_pack_with_errors_is_not_installed() {
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    let p = pack(tmp.path(), "acme", "    hide: [\"threatening\"],\n", &[]);
    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&p));
    assert_eq!(code, Some(1), "{out}");
    assert!(err.contains("not installed"), "{err}");
    assert!(!data.join("packs/acme").exists());
}

/// Writes a zip of `files` (name, text) at `path`.
fn zip(path: &Path, files: &[(&str, &str)]) {
    let file = fs::File::create(path).expect("create the zip");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in files {
        zip.start_file(*name, options).expect("an entry");
        zip.write_all(text.as_bytes()).expect("its bytes");
    }
    zip.finish().expect("finish the zip");
}

#[test]
fn install_from_a_zip_of_the_pack_folder() {
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    let manifest = "Pack(name: \"usb\", version: \"2\", changes: \"From a stick.\")";
    let card = card_titled("angry", "Angry, from a zip");
    let path = tmp.path().join("usb.zip");
    zip(
        &path,
        &[
            ("usb/pack.ron", manifest),
            ("usb/en/customer-types/angry.ron", &card),
            ("usb/README.txt", "not content"),
        ],
    );
    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&path));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(data.join("packs/usb/en/customer-types/angry.ron").is_file());
    assert!(!data.join("packs/usb/README.txt").exists());
    let (_, out, _) = run(defuse(&data).args(["show", "angry"]));
    assert!(out.starts_with("Angry, from a zip"), "{out}");

    let evil = tmp.path().join("evil.zip");
    zip(&evil, &[("pack.ron", manifest), ("../escape.ron", "x")]);
    let (code, _, err) = run(defuse(&data).arg("install-pack").arg(&evil));
    assert_eq!(code, Some(1));
    assert!(err.contains("outside the pack"), "{err}");
    assert!(!tmp.path().join("escape.ron").exists());
}

#[test]
fn init_pack_writes_a_starter_that_passes_check_for_each_country() {
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    for (country, police) in [
        ("UK", "999"),
        ("GB", "999"),
        ("US", "911"),
        ("ZA", "10111"),
        ("MY", "999"),
        ("RO", "112"),
        ("RU", "102"),
        ("CN", "110"),
    ] {
        let dir = tmp.path().join(format!("site-{country}"));
        let (code, out, err) = run(defuse(&data)
            .arg("init-pack")
            .arg(&dir)
            .args(["--country", country]));
        assert_eq!(code, Some(0), "{country}: {out}{err}");
        let site = fs::read_to_string(dir.join("en/site.ron")).expect("site.ron");
        assert!(
            site.contains(&format!("number: \"{police}\"")),
            "{country}: {site}"
        );
        let (code, out, _) = run(defuse(&data).arg("check").arg("--content").arg(&dir));
        // Only warnings: the contacts only the site can fill.
        assert_eq!(code, Some(3), "{country}: {out}");
        assert!(out.contains(" 0 problem(s)"), "{country}: {out}");
        assert!(out.contains("Security: not set"), "{country}: {out}");
        assert!(!out.contains("Police: not set"), "{country}: {out}");
        let loaded = load(std::slice::from_ref(&dir));
        let content = &loaded.content;
        let name = format!("site-{}", country.to_lowercase());
        assert_eq!(content.origin("wants-manager"), &Origin::Pack(name.clone()));
        assert_eq!(
            content.origin("site-who-decides"),
            &Origin::Pack(name.clone())
        );
        assert_eq!(
            content
                .decks
                .iter()
                .find(|d| d.id == "site-welcome")
                .map(|d| d.slides.len()),
            Some(1)
        );
        assert!(content.get("door-alarm-went-off").is_none());
    }
    let (code, _, err) = run(defuse(&data)
        .arg("init-pack")
        .arg(tmp.path().join("site-GB")));
    assert_eq!(code, Some(1));
    assert!(err.contains("is not empty"), "{err}");
}

#[test]
fn export_uses_the_layered_content() {
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    let dir = tmp.path().join("starter");
    let (code, _, err) = run(defuse(&data)
        .arg("init-pack")
        .arg(&dir)
        .args(["--country", "GB"]));
    assert_eq!(code, Some(0), "{err}");
    let out_dir = tmp.path().join("out");
    let (code, out, err) = run(defuse(&data)
        .arg("--content")
        .arg(&dir)
        .arg("export")
        .arg(&out_dir)
        .args(["--deck", "site-welcome"]));
    assert_eq!(code, Some(0), "{err}");
    let html = fs::read_to_string(out.trim()).expect("the handout");
    assert!(html.contains("How we do it here"));
    let (code, _, err) = run(defuse(&data)
        .arg("export")
        .arg(&out_dir)
        .args(["--deck", "site-welcome"]));
    assert_eq!(code, Some(1), "without the pack there is no such deck");
    assert!(err.contains("site-welcome"), "{err}");
}

#[test]
fn a_zip_file_too_large_to_be_content_is_refused_unread() {
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    let manifest = "Pack(name: \"big\", version: \"1\", changes: \"Too big.\")";
    // 3 MiB of one letter deflates to a few KiB: read past the 2 MiB cap, it stops.
    let huge = "a".repeat(3 * 1024 * 1024);
    let path = tmp.path().join("big.zip");
    zip(
        &path,
        &[("pack.ron", manifest), ("en/phrases/huge.ron", &huge)],
    );
    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&path));
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(
        out.contains("big.zip:en/phrases/huge.ron:1:1: the file is 3145728 bytes"),
        "{out}"
    );
    assert!(!data.join("packs/big").exists());
}

#[test]
fn where_site_ron_trusts_a_key_only_packs_signed_with_it_load_and_install_keeps_signatures() {
    use defuse::pack_signature::{new_key_pair, sign_pack};
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    let signed = pack(
        tmp.path(),
        "signed",
        "",
        &[(
            "en/customer-types/angry.ron",
            card_titled("angry", "Signed angry"),
        )],
    );
    let (secret, public, _) = new_key_pair().expect("a key pair");
    let key = tmp.path().join("head-office.key");
    fs::write(&key, secret).expect("the key");
    sign_pack(&signed, &key, None).expect("signed");
    let key_line = public
        .lines()
        .last()
        .expect("the key's line")
        .trim()
        .to_owned();
    fs::create_dir_all(&data).expect("data folder");
    fs::write(
        data.join("site.ron"),
        format!("(trusted_keys: [\"{key_line}\"])"),
    )
    .expect("site.ron");

    let (code, out, err) = run(defuse(&data).arg("install-pack").arg(&signed));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        data.join("packs/signed/.signatures/en/customer-types/angry.ron.minisig")
            .is_file()
    );
    let (_, out, err) = run(defuse(&data).args(["show", "angry"]));
    assert!(out.starts_with("Signed angry"), "{out}{err}");

    // An unsigned pack named on the command line is refused, naming it.
    let unsigned = pack(
        tmp.path(),
        "unsigned",
        "",
        &[(
            "en/customer-types/rude.ron",
            card_titled("rude", "Unsigned rude"),
        )],
    );
    let (_, out, err) = run(defuse(&data)
        .args(["show", "rude", "--content"])
        .arg(&unsigned));
    assert!(out.contains("From the bundled guidance"), "{out}");
    assert!(
        err.contains("unsigned") && err.contains("not loaded"),
        "{err}"
    );

    // A file changed after signing: the installed pack no longer loads.
    let installed = data.join("packs/signed/en/customer-types/angry.ron");
    fs::write(&installed, card_titled("angry", "Tampered")).expect("tamper");
    let (_, out, err) = run(defuse(&data).args(["show", "angry"]));
    assert!(out.starts_with("Angry customer"), "{out}");
    assert!(err.contains("angry.ron"), "{err}");
}
