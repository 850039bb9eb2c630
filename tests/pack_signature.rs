//! Signed packs: every file signed, and a PC that trusts a key refuses a pack that is
//! unsigned, signed by another key, or changed since, naming the file.

use std::{fs, path::Path};

use defuse::pack_signature::{
    SIGNATURES_DIR, SignatureError, SignatureState, new_key_pair, public_key, sign_pack,
    verify_pack,
};

/// A small pack and a key pair (secret key file, public key) in a fresh folder.
fn signed_pack() -> (tempfile::TempDir, minisign_verify::PublicKey, String) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = dir.path().join("pack");
    fs::create_dir_all(pack.join("en/customer-types")).expect("folders");
    fs::write(pack.join("pack.ron"), "(name: \"North\", version: \"1\")").expect("write");
    fs::write(pack.join("en/customer-types/angry.ron"), "(id: \"angry\")").expect("write");
    let (secret, public, id) = new_key_pair().expect("a key pair");
    fs::write(dir.path().join("key"), secret).expect("write");
    let signed = sign_pack(&pack, &dir.path().join("key"), None).expect("signed");
    assert_eq!(signed, 2);
    (dir, public_key(&public).expect("the public key reads"), id)
}

fn pack(dir: &tempfile::TempDir) -> std::path::PathBuf {
    dir.path().join("pack")
}

fn names(error: &SignatureError, file: &Path) -> bool {
    error.to_string().contains(&file.display().to_string())
}

#[test]
fn a_signed_pack_verifies_with_its_key_and_says_whose_it_is() {
    let (dir, key, id) = signed_pack();
    assert_eq!(
        verify_pack(&pack(&dir), &[key]).expect("verifies"),
        SignatureState::Signed {
            key_id: id.clone(),
            files: 2
        }
    );
    // A PC that trusts no key checks nothing, and says who claims to have signed it.
    assert_eq!(
        verify_pack(&pack(&dir), &[]).expect("loads"),
        SignatureState::SignedUnchecked { key_id: id }
    );
}

#[test]
fn a_changed_file_is_refused_by_name() {
    let (dir, key, _) = signed_pack();
    let card = pack(&dir).join("en/customer-types/angry.ron");
    fs::write(&card, "(id: \"angry\", title: \"Just shout back\")").expect("write");
    let error = verify_pack(&pack(&dir), &[key]).expect_err("tampered");
    assert!(matches!(error, SignatureError::FileChanged(_)), "{error}");
    assert!(names(&error, &card), "{error}");
}

#[test]
fn an_added_file_a_removed_file_and_a_moved_signature_are_refused() {
    let (dir, key, _) = signed_pack();
    let added = pack(&dir).join("en/customer-types/new.ron");
    fs::write(&added, "(id: \"new\")").expect("write");
    let error = verify_pack(&pack(&dir), std::slice::from_ref(&key)).expect_err("added");
    assert!(
        matches!(error, SignatureError::FileUnsigned(_)) && names(&error, &added),
        "{error}"
    );

    // The signature of one file put beside another: its signed comment names the first.
    let signatures = pack(&dir).join(SIGNATURES_DIR);
    fs::copy(
        signatures.join("pack.ron.minisig"),
        signatures.join("en/customer-types/new.ron.minisig"),
    )
    .expect("copy");
    let error = verify_pack(&pack(&dir), std::slice::from_ref(&key)).expect_err("moved");
    assert!(matches!(error, SignatureError::FileChanged(_)), "{error}");
    fs::remove_file(&added).expect("remove");
    fs::remove_file(signatures.join("en/customer-types/new.ron.minisig")).expect("remove");

    let card = pack(&dir).join("en/customer-types/angry.ron");
    fs::remove_file(&card).expect("remove");
    let error = verify_pack(&pack(&dir), &[key]).expect_err("removed");
    assert!(
        matches!(error, SignatureError::FileMissing(_)) && names(&error, &card),
        "{error}"
    );
}

#[test]
fn another_key_or_no_signature_is_refused_where_a_key_is_trusted() {
    let (dir, _, _) = signed_pack();
    let (_, other, _) = new_key_pair().expect("a key pair");
    let other = public_key(&other).expect("reads");
    let error = verify_pack(&pack(&dir), std::slice::from_ref(&other)).expect_err("untrusted");
    assert!(matches!(error, SignatureError::UntrustedKey(_)), "{error}");

    fs::remove_dir_all(pack(&dir).join(SIGNATURES_DIR)).expect("remove");
    assert!(matches!(
        verify_pack(&pack(&dir), &[other]),
        Err(SignatureError::PackUnsigned)
    ));
    assert_eq!(
        verify_pack(&pack(&dir), &[]).expect("loads"),
        SignatureState::Unsigned
    );
}

#[test]
fn a_public_key_reads_as_minisign_writes_it_and_nonsense_does_not() {
    let (_, public, _) = new_key_pair().expect("a key pair");
    assert!(public.starts_with("untrusted comment:"));
    assert!(public_key(&public).is_ok());
    let bare = public.lines().nth(1).expect("the key line");
    assert!(public_key(bare).is_ok());
    assert!(matches!(
        public_key("not a key"),
        Err(SignatureError::PublicKey(_))
    ));
}

#[test]
fn the_command_line_makes_a_key_signs_a_pack_and_never_writes_over_a_key() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = dir.path().join("pack");
    fs::create_dir_all(pack.join("en")).expect("folders");
    fs::write(pack.join("pack.ron"), "(name: \"North\")").expect("write");
    let key = dir.path().join("head-office.key");
    assert_cmd::Command::cargo_bin("defuse")
        .expect("the binary")
        .arg("pack-key")
        .arg(&key)
        .assert()
        .success()
        .stdout(predicates::str::contains("trusted_keys"));
    let before = fs::read_to_string(&key).expect("the key");
    assert_cmd::Command::cargo_bin("defuse")
        .expect("the binary")
        .arg("pack-key")
        .arg(&key)
        .assert()
        .failure()
        .stderr(predicates::str::contains("never written over"));
    assert_eq!(fs::read_to_string(&key).expect("the key"), before);
    assert_cmd::Command::cargo_bin("defuse")
        .expect("the binary")
        .args([
            "sign-pack".as_ref(),
            pack.as_os_str(),
            "--key".as_ref(),
            key.as_os_str(),
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("signed 1 files"));
    let public = fs::read_to_string(dir.path().join("head-office.key.pub")).expect("public");
    let state = verify_pack(&pack, &[public_key(&public).expect("reads")]).expect("verifies");
    assert!(
        matches!(state, SignatureState::Signed { files: 1, .. }),
        "{state:?}"
    );
}
