//! `defuse export`: the handouts parse as HTML, show every slide in deck order, keep
//! each page within its budget, reach for nothing outside the file, keep trainer
//! notes out of what learners take home, and escape content text. The layouts' own
//! promises are in the modules: the safety card sheet and the say lines (`cards`),
//! the pocket cards (`pocket`), the trainer's copy and role-play cards (`trainer`).

mod cards;
mod pocket;
mod trainer;

use assert_cmd::cargo::cargo_bin_cmd;
use defuse::{
    content::{Content, DEFAULT_LANGUAGE, SAFETY_CARDS, bundled, model::Show},
    export::{Layout, Paper, Scope, render},
    present::slide_page,
    strings::{Language, Strings},
};
use predicates::prelude::*;
use scraper::{Html, Selector};

pub(crate) fn content() -> Content {
    let loaded = bundled::load(DEFAULT_LANGUAGE);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.content
}

/// The handout in English.
pub(crate) fn english(content: &Content, scope: Scope<'_>, layout: Layout, paper: Paper) -> String {
    render(content, &Strings::default(), scope, layout, paper)
}

/// The handout in English, parsed.
pub(crate) fn parsed(content: &Content, scope: Scope<'_>, layout: Layout, paper: Paper) -> Html {
    Html::parse_document(&english(content, scope, layout, paper))
}

pub(crate) fn select(doc: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).expect("a valid selector");
    doc.select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect()
}

pub(crate) fn attr_numbers(doc: &Html, css: &str, attr: &str) -> Vec<usize> {
    let selector = Selector::parse(css).expect("a valid selector");
    doc.select(&selector)
        .map(|e| {
            e.value()
                .attr(attr)
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{css} has a numeric {attr}"))
        })
        .collect()
}

#[test]
fn cards_and_notes_show_every_slide_in_order() {
    let content = content();
    assert!(!content.decks.is_empty());
    for deck in &content.decks {
        for layout in [Layout::Cards, Layout::Notes] {
            let doc = parsed(&content, Scope::Deck(deck), layout, Paper::A4);
            // The trainer's run sheet is not a slide.
            let first_pages = select(&doc, "section.page:not(.continued):not(.runsheet)");
            assert_eq!(
                first_pages.len(),
                deck.slides.len(),
                "{} {layout}: one page a slide",
                deck.id
            );
            let order = attr_numbers(&doc, "section.page[data-slide]", "data-slide");
            assert!(
                order.windows(2).all(|w| w[0] <= w[1]),
                "{}: {order:?}",
                deck.id
            );
            for (i, (slide, text)) in deck.slides.iter().zip(&first_pages).enumerate() {
                let page = slide_page(&content, slide, i).expect("every slide resolves");
                // A phrase page prints its "don't say" line, which is also its title.
                assert!(
                    text.contains(&page.title),
                    "{} {layout}: slide {} (`{}`) is not page {}",
                    deck.id,
                    i + 1,
                    page.title,
                    i + 1
                );
            }
        }
    }
}

#[test]
fn no_page_exceeds_its_budget() {
    let content = content();
    let scopes = content.decks.iter().map(Scope::Deck).chain([Scope::All]);
    for scope in scopes {
        for layout in Layout::ALL {
            for paper in Paper::ALL {
                let doc = parsed(&content, scope, layout, paper);
                let costs = attr_numbers(&doc, "[data-cost]", "data-cost");
                let budgets = attr_numbers(&doc, "[data-cost]", "data-budget");
                assert!(!costs.is_empty(), "{scope:?} {layout} {paper}: no pages");
                for (cost, budget) in costs.iter().zip(&budgets) {
                    assert!(
                        cost <= budget,
                        "{scope:?} {layout} {paper}: {cost} > {budget}"
                    );
                }
            }
        }
    }
}

#[test]
fn pocket_cards_come_four_to_a_sheet() {
    let content = content();
    for paper in Paper::ALL {
        let doc = parsed(&content, Scope::All, Layout::Pocket, paper);
        let sheets = Selector::parse("div.sheet").expect("a valid selector");
        let card = Selector::parse("div.pocket").expect("a valid selector");
        let mut cards = 0;
        for sheet in doc.select(&sheets) {
            let n = sheet.select(&card).count();
            assert!((1..=4).contains(&n), "{paper}: {n} cards on a sheet");
            cards += n;
        }
        assert!(cards >= content.phrases.len(), "{paper}: {cards} cards");
    }
}

#[test]
fn each_pocket_card_is_headed_by_its_situation() {
    // Cut out, a card about threats must not pass for one about self-harm: with no
    // deck, a pair that fits a safety card is headed by it, others by their first card.
    let content = content();
    let doc = parsed(&content, Scope::All, Layout::Pocket, Paper::A4);
    let headings: Vec<String> = select(&doc, "div.pocket h2");
    assert_eq!(headings.len(), content.phrases.len());
    for (pair, heading) in content.phrases.iter().zip(&headings) {
        let situation = SAFETY_CARDS
            .iter()
            .find(|id| pair.situations.iter().any(|s| s == **id))
            .map(|id| id.to_string())
            .or_else(|| pair.situations.first().cloned())
            .and_then(|id| content.customer_type(&id))
            .map(|card| card.title.as_str());
        assert_eq!(Some(heading.as_str()), situation, "{}", pair.id);
    }
}

#[test]
fn no_output_reaches_outside_the_file() {
    let content = content();
    let scopes = content.decks.iter().map(Scope::Deck).chain([Scope::All]);
    for scope in scopes {
        for layout in Layout::ALL {
            for paper in Paper::ALL {
                let html = english(&content, scope, layout, paper).to_lowercase();
                // The only `url(` allowed is the embedded font's data URL.
                let html = html.replace("url(data:font/ttf;base64,", "");
                for banned in ["http:", "https:", "url(", "<link", "src="] {
                    assert!(
                        !html.contains(banned),
                        "{scope:?} {layout} {paper} contains `{banned}`"
                    );
                }
            }
        }
    }
}

#[test]
fn cjk_text_brings_the_embedded_font_and_latin_does_not() {
    use base64::Engine as _;
    let content = content();
    let plain = english(&content, Scope::All, Layout::Cards, Paper::A4);
    assert!(!plain.contains("@font-face"), "no CJK text, no font");
    assert!(plain.len() < 1_000_000, "{} bytes", plain.len());

    let mut deck = content.decks[0].clone();
    deck.slides[0].show = Show::Free {
        title: "生气的顾客".to_owned(),
        bullets: vec!["先听，再说。".to_owned()],
    };
    for layout in [Layout::Cards, Layout::Notes] {
        let html = english(&content, Scope::Deck(&deck), layout, Paper::A4);
        let start = "src: url(data:font/ttf;base64,";
        let data = html
            .split_once(start)
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(data, _)| data)
            .unwrap_or_else(|| panic!("{layout}: no embedded font"));
        let font = base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("the data URL is base64");
        assert!(
            font == defuse::fonts::CJK,
            "{layout}: not the app's CJK font"
        );
        assert!(
            html.contains("font-family: \"Defuse CJK\";")
                && html.contains("unicode-range: U+2E80-9FFF")
                && html.contains("font-family: \"Defuse CJK\", \"Noto Sans\""),
            "{layout}: the font is declared and in the body's stack"
        );
        let doc = Html::parse_document(&html);
        assert!(
            select(&doc, "h1").iter().any(|t| t.contains("生气的顾客")),
            "{layout}"
        );
    }
}

#[test]
fn labels_come_from_the_strings_so_a_translation_prints() {
    let content = content();
    let english = Strings::default();
    let russian = Strings::new(Language::Russian);
    let deck = &content.decks[0];
    let mut printed = String::new();
    for (scope, layout) in [
        (Scope::All, Layout::Cards),
        (Scope::Deck(deck), Layout::Notes),
        (Scope::Deck(deck), Layout::Pocket),
    ] {
        let doc = Html::parse_document(&render(&content, &russian, scope, layout, Paper::A4));
        printed.push_str(&doc.root_element().text().collect::<String>());
    }
    let colon = |label: &str| format!("{label}:");
    for label in [
        colon(&russian.dont_say),
        colon(&russian.say_instead),
        colon(&russian.why),
        colon(&russian.sources),
        colon(&russian.notes),
        russian.say_this.clone(),
        russian.recognise.clone(),
        russian.for_the_trainer.clone(),
        russian.handout_everything.clone(),
        russian.page_of(1, 2).replace('2', ""),
    ] {
        assert!(
            label.chars().any(|c| matches!(c, 'а'..='я' | 'А'..='Я')),
            "`{label}` is not Russian"
        );
        assert!(printed.contains(&label), "`{label}` is not printed");
    }
    // As labels print (content text may say "Don't say where they are").
    for label in [&english.dont_say, &english.say_instead, &english.sources] {
        assert!(
            !printed.contains(&format!("{label}:")),
            "English `{label}` is printed"
        );
    }
    for label in [
        &english.say_this,
        &english.recognise,
        &english.for_the_trainer,
        &english.handout_everything,
    ] {
        assert!(
            !printed.contains(label.as_str()),
            "English `{label}` is printed"
        );
    }
}

#[test]
fn every_page_of_the_trainers_copy_says_so_and_no_learners_page_does() {
    let content = content();
    let mark = &Strings::default().trainer_only;
    for deck in &content.decks {
        let headers = |layout| {
            select(
                &parsed(&content, Scope::Deck(deck), layout, Paper::A4),
                "section.page > header",
            )
        };
        let notes = headers(Layout::Notes);
        assert!(!notes.is_empty());
        assert!(
            notes.iter().all(|h| h.contains(mark.as_str())),
            "{}: {notes:?}",
            deck.id
        );
        assert!(
            headers(Layout::Cards)
                .iter()
                .all(|h| !h.contains(mark.as_str())),
            "{}",
            deck.id
        );
    }
}

#[test]
fn notes_appear_only_in_the_notes_layout() {
    let content = content();
    for deck in &content.decks {
        let text = |layout| {
            let doc = parsed(&content, Scope::Deck(deck), layout, Paper::A4);
            doc.root_element().text().collect::<String>()
        };
        let (cards, pocket, notes) = (
            text(Layout::Cards),
            text(Layout::Pocket),
            text(Layout::Notes),
        );
        for slide in &deck.slides {
            let trainer = slide.notes.iter().chain(&slide.questions);
            for line in trainer {
                assert!(
                    notes.contains(line.as_str()),
                    "{}: `{line}` not in notes",
                    deck.id
                );
                assert!(
                    !cards.contains(line.as_str()),
                    "{}: `{line}` in cards",
                    deck.id
                );
                assert!(
                    !pocket.contains(line.as_str()),
                    "{}: `{line}` in pocket",
                    deck.id
                );
            }
        }
    }
}

#[test]
fn script_in_content_is_escaped() {
    let content = content();
    let mut deck = content.decks[0].clone();
    let evil = "<script>alert(1)</script>";
    deck.title = evil.to_owned();
    deck.slides[0].show = Show::Free {
        title: evil.to_owned(),
        bullets: vec![evil.to_owned()],
    };
    deck.slides[0].notes = Some(evil.to_owned());
    for layout in Layout::ALL {
        let html = english(&content, Scope::Deck(&deck), layout, Paper::A4);
        assert!(!html.contains("<script"), "{layout}: a raw <script>");
        let doc = Html::parse_document(&html);
        assert!(select(&doc, "script").is_empty(), "{layout}");
        if !matches!(layout, Layout::Pocket | Layout::Roleplay) {
            assert!(
                select(&doc, "h1").iter().any(|t| t.contains(evil)),
                "{layout}"
            );
        }
    }
}

#[test]
fn cli_writes_one_file_and_prints_its_path() {
    let dir = tempfile::tempdir().expect("create a temporary folder");
    let deck = content().decks[0].id.clone();
    let out = cargo_bin_cmd!("defuse")
        .args([
            "export", "--deck", &deck, "--layout", "pocket", "--paper", "letter",
        ])
        .arg(dir.path())
        .output()
        .expect("run defuse");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = dir.path().join(format!("{deck}-pocket-letter.html"));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        expected.display().to_string()
    );
    let html = std::fs::read_to_string(&expected).expect("the file was written");
    assert!(html.contains("size: letter"));
    let files = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(files, 1);
}

#[test]
fn cli_without_deck_writes_all_cards_on_a4() {
    let dir = tempfile::tempdir().expect("create a temporary folder");
    cargo_bin_cmd!("defuse")
        .arg("export")
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::ends_with("all-cards-a4.html\n"));
}

#[test]
fn cli_unknown_deck_is_named_and_fails() {
    let dir = tempfile::tempdir().expect("create a temporary folder");
    cargo_bin_cmd!("defuse")
        .args(["export", "--deck", "no-such-deck"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no training deck with id `no-such-deck`",
        ));
}

#[test]
fn cli_unwritable_dir_names_the_path() {
    let dir = tempfile::tempdir().expect("create a temporary folder");
    // A file where a folder should be: fails even for root, unlike permissions.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").expect("write a file");
    let target = blocker.join("handouts");
    cargo_bin_cmd!("defuse")
        .arg("export")
        .arg(&target)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(target.display().to_string()));
}
