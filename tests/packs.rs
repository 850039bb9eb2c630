//! Content packs as ordered layers: overrides, hiding, the safety cards nothing may hide
//! or break, duplicates, order and review dates. The pack commands are in
//! `pack_commands.rs`.

use defuse::content::{Origin, ProblemKind, bundled};
use tempfile::TempDir;

mod common;
use common::{bundled_text, card_titled, defuse, errors, load, pack, run};

#[test]
fn a_pack_overrides_a_card_whole_and_records_its_origin() {
    let tmp = TempDir::new().expect("temp");
    let acme = pack(
        tmp.path(),
        "acme",
        "",
        &[(
            "en/customer-types/angry.ron",
            card_titled("angry", "Angry customer at Acme"),
        )],
    );
    let loaded = load(&[acme]);
    assert_eq!(errors(&loaded), Vec::<String>::new());
    let content = &loaded.content;
    let card = content.customer_type("angry").expect("angry");
    assert_eq!(card.title, "Angry customer at Acme");
    assert_eq!(content.origin("angry"), &Origin::Pack("acme".into()));
    assert_eq!(content.origin("rude"), &Origin::Bundled);
    assert_eq!(content.packs.len(), 1);
    assert_eq!(
        content.customer_types.len(),
        bundled::load("en").content.customer_types.len(),
        "replaced, not added"
    );
}

#[test]
fn show_and_search_json_say_where_an_item_came_from() {
    let tmp = TempDir::new().expect("temp");
    let acme = pack(
        tmp.path(),
        "acme",
        "",
        &[(
            "en/customer-types/angry.ron",
            card_titled("angry", "Angry customer at Acme"),
        )],
    );
    let data = tmp.path().join("data");
    let (code, out, err) = run(defuse(&data)
        .arg("--content")
        .arg(&acme)
        .args(["show", "angry"]));
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("Angry customer at Acme"), "{out}");
    assert!(out.contains("From acme"), "{out}");
    let (code, out, err) = run(defuse(&data)
        .args([
            "search",
            "angry customer",
            "--words-only",
            "--json",
            "--content",
        ])
        .arg(&acme));
    assert_eq!(code, Some(0), "{err}");
    let hits: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let hits = hits.as_array().expect("an array");
    let angry = hits
        .iter()
        .find(|h| h["id"] == "angry")
        .expect("angry found");
    assert_eq!(angry["origin"], "acme");
    assert!(hits.iter().any(|h| h["origin"] == "bundled"));
}

#[test]
fn hide_takes_an_item_out_and_references_to_it_go_quietly() {
    let tmp = TempDir::new().expect("temp");
    let p = pack(
        tmp.path(),
        "acme",
        "    hide: [\"door-alarm-went-off\"],\n",
        &[],
    );
    let loaded = load(&[p]);
    assert_eq!(errors(&loaded), Vec::<String>::new());
    assert!(loaded.content.get("door-alarm-went-off").is_none());
    let shoplifting = loaded
        .content
        .customer_type("shoplifting")
        .expect("shoplifting");
    assert!(
        !shoplifting
            .top_phrases
            .iter()
            .any(|p| p == "door-alarm-went-off")
    );
}

#[test]
fn hiding_a_safety_card_is_refused_at_its_place_in_pack_ron() {
    let tmp = TempDir::new().expect("temp");
    let p = pack(
        tmp.path(),
        "acme",
        "    hide: [\"threatening\", \"self-harm\"],\n",
        &[],
    );
    let loaded = load(std::slice::from_ref(&p));
    assert!(loaded.content.customer_type("threatening").is_some());
    assert!(loaded.content.customer_type("self-harm").is_some());
    let refused: Vec<String> = loaded
        .problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::HidesSafetyCard(_)))
        .map(ToString::to_string)
        .collect();
    let manifest = p.join("pack.ron").display().to_string();
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert!(
        refused[0].starts_with(&format!("{manifest}:5:12: `threatening` is a safety card")),
        "{refused:?}"
    );
    let data = tmp.path().join("data");
    let (code, out, _) = run(defuse(&data).arg("check").arg("--content").arg(&p));
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("a pack cannot hide it"), "{out}");
}

#[test]
fn a_broken_safety_card_override_is_refused_and_the_bundled_card_stays() {
    let tmp = TempDir::new().expect("temp");
    let bundled_card = bundled::load("en")
        .content
        .customer_type("threatening")
        .cloned();
    let empty_steps = {
        let text = bundled_text("en/customer-types/threatening.ron");
        let at = text.find("    steps: [").expect("steps");
        let end = at + text[at..].find("    ],").expect("end of steps") + "    ],".len();
        format!("{}    steps: [],{}", &text[..at], &text[end..])
    };
    let dangling = bundled_text("en/customer-types/threatening.ron")
        .replace("top_phrases: [", "top_phrases: [\"no-such-pair\", ");
    let syntax = "CustomerType(\n    version: 1,\n    id: \"self-harm\",\n".to_owned();
    let p = pack(
        tmp.path(),
        "acme",
        "",
        &[
            ("en/customer-types/threatening.ron", empty_steps),
            ("en/customer-types/self-harm.ron", syntax),
        ],
    );
    let loaded = load(std::slice::from_ref(&p));
    assert_eq!(
        loaded.content.customer_type("threatening").cloned(),
        bundled_card
    );
    assert_eq!(loaded.content.origin("threatening"), &Origin::Bundled);
    assert_eq!(loaded.content.origin("self-harm"), &Origin::Bundled);
    let text: Vec<String> = errors(&loaded);
    for id in ["threatening", "self-harm"] {
        assert!(
            text.iter().any(|t| t.contains(&format!(
                "`{id}` is a safety card and this pack's version of it has problems"
            ))),
            "{text:#?}"
        );
    }
    assert!(
        text.iter().any(|t| t.contains("`steps` must not be empty")),
        "{text:#?}"
    );

    let q = pack(
        &tmp.path().join("q"),
        "acme",
        "",
        &[("en/customer-types/threatening.ron", dangling)],
    );
    let loaded = load(&[q]);
    assert_eq!(
        loaded.content.customer_type("threatening").cloned(),
        bundled_card
    );
    let text = errors(&loaded);
    assert!(text.iter().any(|t| t.contains("no-such-pair")), "{text:#?}");
    assert!(
        text.iter()
            .any(|t| t.contains("the card from the bundled content stays")),
        "{text:#?}"
    );
}

#[test]
fn a_duplicate_id_within_one_layer_is_an_error_and_across_layers_a_replacement() {
    let tmp = TempDir::new().expect("temp");
    let pair = |id: &str, say: &str| {
        format!(
            "PhraseFile(version: 1, phrases: [Phrase(id: \"{id}\", avoid: \"No.\", say: \"{say}\", \
             why: \"Because.\", situations: [\"angry\"], sources: [\"own\"])])\n"
        )
    };
    let p = pack(
        tmp.path(),
        "acme",
        "",
        &[
            ("en/phrases/a.ron", pair("site-pair", "First.")),
            ("en/phrases/b.ron", pair("site-pair", "Second.")),
        ],
    );
    let loaded = load(std::slice::from_ref(&p));
    let text = errors(&loaded);
    assert!(
        text.iter()
            .any(|t| t.contains("b.ron:1:") && t.contains("duplicate id `site-pair`")),
        "{text:#?}"
    );
    let q = pack(
        &tmp.path().join("q"),
        "later",
        "",
        &[("en/phrases/c.ron", pair("site-pair", "Third."))],
    );
    let loaded = load(&[p, q]);
    let say = loaded
        .content
        .phrases
        .iter()
        .find(|x| x.id == "site-pair")
        .map(|x| x.say.clone());
    assert_eq!(say.as_deref(), Some("Third."));
}

#[test]
fn the_later_content_folder_wins() {
    let tmp = TempDir::new().expect("temp");
    let first = pack(
        tmp.path(),
        "first",
        "",
        &[(
            "en/customer-types/angry.ron",
            card_titled("angry", "First title"),
        )],
    );
    let second = pack(
        tmp.path(),
        "second",
        "",
        &[(
            "en/customer-types/angry.ron",
            card_titled("angry", "Second title"),
        )],
    );
    let data = tmp.path().join("data");
    for (order, title) in [
        ([&first, &second], "Second title"),
        ([&second, &first], "First title"),
    ] {
        let (code, out, err) = run(defuse(&data)
            .args(["show", "angry", "--content"])
            .arg(order[0])
            .arg("--content")
            .arg(order[1]));
        assert_eq!(code, Some(0), "{err}");
        assert!(out.starts_with(title), "{out}");
    }
}

#[test]
fn review_dates_warn_when_due_and_check_exits_with_the_warnings_status() {
    let tmp = TempDir::new().expect("temp");
    let card = card_titled("angry", "Angry").replacen(
        "    id: \"angry\",\n",
        "    id: \"angry\",\n    reviewed: \"2020-01-31\",\n",
        1,
    );
    let fresh = card_titled("rude", "Rude").replacen(
        "    id: \"rude\",\n",
        "    id: \"rude\",\n    reviewed: \"2026-11-30\",\n",
        1,
    );
    let contacts = bundled::load("en")
        .content
        .contacts
        .iter()
        .map(|c| {
            format!(
                "Contact(id: \"{}\", label: \"{}\", value: \"{}\", number: \"1\"),",
                c.id, c.label, c.value
            )
        })
        .collect::<String>();
    let p = pack(
        tmp.path(),
        "acme",
        "    review_every: \"6 months\",\n",
        &[
            ("en/customer-types/angry.ron", card),
            ("en/customer-types/rude.ron", fresh),
            (
                "en/site.ron",
                format!("SiteFile(version: 1, contacts: [{contacts}])"),
            ),
        ],
    );
    let loaded = load(std::slice::from_ref(&p));
    assert!(loaded.content.is_due_for_review("angry"));
    assert!(!loaded.content.is_due_for_review("rude"));
    let data = tmp.path().join("data");
    let (code, out, _) = run(defuse(&data).arg("check").arg(&p));
    assert_eq!(code, Some(3), "{out}");
    assert!(
        out.contains("angry.ron:4:5: due for review: last reviewed 2020-01-31"),
        "{out}"
    );
    assert!(out.contains(", 1 warning(s)"), "{out}");
    let (_, out, _) = run(defuse(&data).args(["show", "angry", "--content"]).arg(&p));
    assert!(out.contains("From acme (due for review)"), "{out}");
}

#[test]
fn check_exit_status_is_0_clean_3_warnings_only_1_errors() {
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    let (code, out, _) = run(defuse(&data).arg("check"));
    assert_eq!(code, Some(0), "{out}");
    // A pack that changes nothing: every contact still has no number.
    let quiet = pack(tmp.path(), "quiet", "", &[]);
    let (code, out, _) = run(defuse(&data).arg("check").arg("--content").arg(&quiet));
    assert_eq!(code, Some(3), "{out}");
    assert!(
        out.contains("Security: not set: ask your supervisor"),
        "{out}"
    );
    assert!(out.contains(" 0 problem(s), 7 warning(s)"), "{out}");
    let broken = pack(
        tmp.path(),
        "broken",
        "",
        &[("en/phrases/x.ron", "PhraseFile(".to_owned())],
    );
    let (code, out, _) = run(defuse(&data).arg("check").arg("--content").arg(&broken));
    assert_eq!(code, Some(1), "{out}");
    let (_, help, _) = run(defuse(&data).args(["check", "--help"]));
    assert!(help.contains("3 when there are only warnings"), "{help}");
}

#[test]
fn a_folder_that_is_not_a_pack_is_reported_and_the_rest_loads() {
    let tmp = TempDir::new().expect("temp");
    let loaded = load(&[tmp.path().to_path_buf()]);
    assert!(
        errors(&loaded)
            .iter()
            .any(|t| t.contains("pack.ron:1:1: the file is missing"))
    );
    assert_eq!(
        loaded.content.items().count(),
        bundled::load("en").content.items().count()
    );
}

#[test]
fn a_full_content_folder_replaces_the_bundled_content() {
    let tmp = TempDir::new().expect("temp");
    let data = tmp.path().join("data");
    let (code, out, err) = run(defuse(&data).args([
        "search",
        "indecisive",
        "--words-only",
        "--json",
        "--content",
        "tests/fixtures/valid",
    ]));
    assert_eq!(code, Some(0), "{err}");
    let hits: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let hits = hits.as_array().expect("array");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["origin"] == "valid"), "{out}");
    assert!(!hits.iter().any(|h| h["id"] == "threatening"));
}
