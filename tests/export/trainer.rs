//! The trainer's copy (a run sheet, model answers, role-plays kept on one page) and the
//! role-play cards for the customer, the staff member and the observer.

use defuse::{
    content::model::Roleplay,
    export::{Layout, Paper, Scope},
    strings::Strings,
};
use scraper::{ElementRef, Selector};

use super::{content, parsed};

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

fn text(e: ElementRef<'_>) -> String {
    e.text().collect()
}

#[test]
fn the_notes_open_with_a_run_sheet_and_give_answers_after_the_questions() {
    let content = content();
    let s = Strings::default();
    let mut deck = content.decks[0].clone();
    let n = deck.slides.len();
    for (i, slide) in deck.slides.iter_mut().enumerate() {
        slide.minutes = Some(if i == 0 { 3 } else { 5 });
    }
    deck.minutes = 3 + 5 * (n as u32 - 1);
    deck.materials = vec!["MATERIAL-FLIPCHART".to_owned()];
    deck.before_class = vec!["BEFORE-ASK-THE-SUPERVISOR".to_owned()];
    deck.slides[1].questions = vec!["QUESTION-ONE".to_owned()];
    deck.slides[1].answers = vec!["ANSWER-ONE".to_owned()];
    let doc = parsed(&content, Scope::Deck(&deck), Layout::Notes, Paper::A4);
    let sheet = doc
        .select(&sel("section.page"))
        .next()
        .expect("a first page");
    assert!(
        sheet.value().classes().any(|c| c == "runsheet"),
        "the run sheet leads"
    );
    let rows: Vec<Vec<String>> = doc
        .select(&sel("section.runsheet table.run tr"))
        .skip(1)
        .map(|tr| tr.select(&sel("td")).map(text).collect())
        .collect();
    assert_eq!(rows.len(), n);
    assert_eq!(
        rows[0],
        vec![
            "1".to_owned(),
            rows[0][1].clone(),
            "3".into(),
            "0:00".into()
        ]
    );
    assert_eq!(rows[1][3], "0:03");
    assert_eq!(rows[2][3], "0:08");
    let runsheet: String = doc.select(&sel("section.runsheet")).map(text).collect();
    assert!(runsheet.contains(&format!("{}: {} min", s.run_total, deck.minutes)));
    assert!(
        runsheet.contains("MATERIAL-FLIPCHART") && runsheet.contains("BEFORE-ASK-THE-SUPERVISOR")
    );
    let all = text(doc.root_element());
    let (q, a) = (all.find("QUESTION-ONE"), all.find("ANSWER-ONE"));
    assert!(
        q.is_some() && a.is_some() && q < a,
        "the answer follows its question"
    );
    assert!(all.contains(&format!("{}:", s.answers)));
    for layout in [Layout::Cards, Layout::Pocket, Layout::Roleplay] {
        let learners = text(parsed(&content, Scope::Deck(&deck), layout, Paper::A4).root_element());
        assert!(
            !learners.contains("ANSWER-ONE") && !learners.contains("MATERIAL-FLIPCHART"),
            "{layout}"
        );
    }
}

#[test]
fn a_roleplay_slide_of_the_notes_stays_on_one_page() {
    let content = content();
    let mut seen = 0;
    for deck in &content.decks {
        for paper in Paper::ALL {
            let doc = parsed(&content, Scope::Deck(deck), Layout::Notes, paper);
            for (i, slide) in deck.slides.iter().enumerate() {
                if slide.roleplay.is_none() {
                    continue;
                }
                seen += 1;
                let pages = doc
                    .select(&sel(&format!("section.page[data-slide=\"{i}\"]")))
                    .count();
                assert_eq!(
                    pages,
                    1,
                    "{} {paper}: role-play slide {} on {pages} pages",
                    deck.id,
                    i + 1
                );
            }
        }
    }
    assert!(seen > 0, "the bundled decks have role-plays");
}

#[test]
fn each_roleplay_prints_a_customer_a_staff_and_an_observer_card() {
    let content = content();
    let s = Strings::default();
    let mut deck = content.decks[0].clone();
    for slide in &mut deck.slides {
        slide.roleplay = None;
    }
    deck.slides[0].roleplay = Some(Roleplay {
        customer: "CUSTOMER-BRIEF".into(),
        wants: "WANTS-REFUND".into(),
        practise: "PRACTISE-LISTENING".into(),
        staff: Some("STAFF-BRIEF".into()),
        observe: vec!["OBSERVE-TONE".into(), "OBSERVE-NAME".into()],
    });
    deck.slides[1].roleplay = Some(Roleplay {
        customer: "C2".into(),
        wants: "W2".into(),
        practise: "PRACTISE-TWO".into(),
        staff: None,
        observe: Vec::new(),
    });
    let doc = parsed(&content, Scope::Deck(&deck), Layout::Roleplay, Paper::A4);
    let cards: Vec<ElementRef<'_>> = doc.select(&sel("div.pocket")).collect();
    assert_eq!(cards.len(), 6);
    let headings: Vec<String> = cards
        .iter()
        .map(|c| c.select(&sel("h2")).map(text).collect())
        .collect();
    for (i, role) in [
        &s.roleplay_customer,
        &s.roleplay_staff,
        &s.roleplay_observer,
    ]
    .into_iter()
    .enumerate()
    {
        assert_eq!(&headings[i], role);
        assert_eq!(&headings[i + 3], role);
    }
    let t: Vec<String> = cards.iter().map(|c| text(*c)).collect();
    assert!(t[0].contains("CUSTOMER-BRIEF") && t[0].contains("WANTS-REFUND"));
    assert!(
        !t[0].contains("STAFF-BRIEF")
            && !t[0].contains("OBSERVE-TONE")
            && !t[0].contains("PRACTISE")
    );
    assert!(
        t[1].contains("STAFF-BRIEF")
            && !t[1].contains("WANTS-REFUND")
            && !t[1].contains("CUSTOMER-BRIEF")
    );
    assert!(
        t[2].contains("OBSERVE-TONE")
            && t[2].contains("OBSERVE-NAME")
            && t[2].contains("PRACTISE-LISTENING")
    );
    assert!(!t[2].contains("WANTS-REFUND"));
    // No staff brief: the staff player's task is what they practise.
    assert!(t[4].contains(&format!("{}: PRACTISE-TWO", s.roleplay_task)));
    assert!(doc.select(&sel("div.sheet")).count() == 2);
    let none = parsed(&content, Scope::All, Layout::Roleplay, Paper::A4);
    assert!(text(none.root_element()).contains(&s.handout_no_roleplays));
}
