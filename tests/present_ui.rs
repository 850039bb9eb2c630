//! Presentation mode driven as a trainer would: F5, the clicker's keys, reveals, blanks,
//! the grid, Esc; the presenter view drawn on its own; and the fit check.

use defuse::{
    content::{Content, Deck, bundled, model::Show, model::Slide},
    present::{Action, PageKind, Part, Presentation, Screen, slide_title},
    strings::Strings,
    ui::{
        AppOptions, DefuseApp, View,
        fit::fit_problems,
        present::split_pages,
        presenter::{PresenterState, presenter_ui},
        queue::Commands,
        slide::ProjectorTheme,
        style,
    },
    user_data::UserStore,
};
use egui::{Key, Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};

mod common;

fn content() -> Content {
    bundled::load("en").content
}

/// The app at 1280×720 on a deck's page, in memory only.
fn on_deck(deck: &str) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        store: UserStore::in_memory(),
        view: Some(View::Item(deck.to_owned())),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, egui::vec2(1280.0, 720.0));
    harness.run();
    harness
}

fn presenting(deck: &str) -> Harness<'static, DefuseApp> {
    let mut harness = on_deck(deck);
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().presentation().is_some(), "F5 presents");
    harness
}

/// Presenting with the presenter view closed: without native windows the harness
/// draws it inside the projector's, where it would take the clicks meant for the slide.
fn projector_only(deck: &str) -> Harness<'static, DefuseApp> {
    let mut harness = presenting(deck);
    if harness
        .state()
        .presentation()
        .is_some_and(Presentation::presenter)
    {
        press(&mut harness, Key::S);
    }
    harness
}

/// Where the presentation stands: page (0-based), reveal stage, screen.
fn at(harness: &Harness<'_, DefuseApp>) -> (usize, usize, Screen) {
    let show = harness.state().presentation().expect("presenting");
    (show.page_index(), show.stage(), show.screen())
}

fn press(harness: &mut Harness<'_, DefuseApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// What the projected slide says, as its accessible text.
fn projected(harness: &Harness<'_, DefuseApp>) -> String {
    harness
        .get_by_role(Role::Document)
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

/// One "next" from (page, stage): the next reveal of this page, or the next page.
fn after_next(show: &Presentation) -> (usize, usize) {
    let (page, stage) = (show.page_index(), show.stage());
    if stage < show.current().stages {
        (page, stage + 1)
    } else {
        ((page + 1).min(show.pages().len() - 1), 0)
    }
}

#[test]
fn f5_presents_the_open_deck_and_esc_returns_to_the_deck_page() {
    let mut harness = presenting("first-five-minutes");
    assert_eq!(at(&harness), (0, 0, Screen::Slide));
    // Nothing of the app around the slide: no search box, no menu.
    assert!(harness.query_by_label("Search").is_none());
    assert!(harness.query_by_label("Menu").is_none());
    assert!(projected(&harness).contains(&format!(
        "1 / {}",
        // As the deck's outline counts: slides, not the pages splits make (P2-3).
        harness
            .state()
            .presentation()
            .map_or(0, Presentation::slide_count)
    )));
    press(&mut harness, Key::Escape);
    assert!(harness.state().presentation().is_none());
    assert_eq!(
        harness.state().view(),
        &View::Item("first-five-minutes".into())
    );
    assert!(harness.query_by_label("Search").is_some());
}

#[test]
fn every_next_key_and_a_click_move_one_step_forward() {
    let mut harness = projector_only("settle-a-conflict");
    for key in [
        Key::ArrowRight,
        Key::ArrowDown,
        Key::PageDown,
        Key::Space,
        Key::Enter,
        Key::N,
    ] {
        let expected = after_next(harness.state().presentation().expect("presenting"));
        press(&mut harness, key);
        let (page, stage, _) = at(&harness);
        assert_eq!((page, stage), expected, "{key:?}");
    }
    let expected = after_next(harness.state().presentation().expect("presenting"));
    harness.get_by_role(Role::Document).click();
    harness.run();
    let (page, stage, _) = at(&harness);
    assert_eq!((page, stage), expected, "a click");
}

#[test]
fn every_previous_key_moves_one_step_back() {
    let mut harness = presenting("settle-a-conflict");
    press(&mut harness, Key::End);
    for key in [
        Key::ArrowLeft,
        Key::ArrowUp,
        Key::PageUp,
        Key::Backspace,
        Key::P,
    ] {
        let (page, stage, _) = at(&harness);
        let expected = if stage > 0 {
            (page, stage - 1)
        } else {
            (page - 1, 0)
        };
        press(&mut harness, key);
        let (page, stage, _) = at(&harness);
        assert_eq!((page, stage), expected, "{key:?}");
    }
}

#[test]
fn home_end_and_a_typed_number_with_enter_jump() {
    let mut harness = presenting("first-five-minutes");
    let last = harness
        .state()
        .presentation()
        .map_or(0, |p| p.pages().len() - 1);
    press(&mut harness, Key::End);
    assert_eq!(at(&harness).0, last);
    press(&mut harness, Key::Home);
    assert_eq!(at(&harness).0, 0);
    press(&mut harness, Key::Num1);
    press(&mut harness, Key::Num0);
    // P2-8: echoed on the presenter view, for the trainer; never to the room.
    assert!(
        harness.query_by_label("Go to slide 10: Enter").is_some(),
        "the typed number shows on the presenter view"
    );
    assert!(!projected(&harness).contains("Go to slide"));
    press(&mut harness, Key::Enter);
    // P2-3: "10" is the outline's tenth slide, its first page, wherever splits put it.
    let show = harness.state().presentation().expect("presenting");
    assert_eq!(show.current().slide, 9);
    assert_eq!(
        show.pages().iter().position(|p| p.slide == 9),
        Some(show.page_index())
    );
    assert_eq!(show.screen(), Screen::Slide);
    assert!(projected(&harness).contains(&format!("10 / {}", show.slide_count())));
}

#[test]
fn b_period_and_w_blank_the_screen_and_the_same_key_brings_it_back() {
    let mut harness = presenting("first-five-minutes");
    press(&mut harness, Key::B);
    assert_eq!(at(&harness).2, Screen::Black);
    assert!(
        harness.query_by_role(Role::Document).is_none(),
        "nothing shows"
    );
    press(&mut harness, Key::B);
    assert_eq!(at(&harness).2, Screen::Slide);
    press(&mut harness, Key::Period);
    assert_eq!(at(&harness).2, Screen::Black);
    press(&mut harness, Key::Period);
    press(&mut harness, Key::W);
    assert_eq!(at(&harness).2, Screen::White);
    press(&mut harness, Key::W);
    assert_eq!(at(&harness), (0, 0, Screen::Slide));
}

#[test]
fn g_shows_every_slide_and_a_choice_opens_it() {
    let mut harness = projector_only("first-five-minutes");
    press(&mut harness, Key::G);
    assert_eq!(at(&harness).2, Screen::Grid { selected: 0 });
    // The keys move the selection; Enter opens it.
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::ArrowDown);
    assert_eq!(at(&harness).2, Screen::Grid { selected: 5 });
    press(&mut harness, Key::Enter);
    assert_eq!(at(&harness), (5, 0, Screen::Slide));
    // A click on a tile opens it too.
    press(&mut harness, Key::G);
    let title = harness
        .state()
        .presentation()
        .and_then(|p| p.pages().get(2))
        .map(|p| p.title.clone())
        .unwrap_or_default();
    harness
        .get_by_label_contains(&format!("3  {title}"))
        .click();
    harness.run();
    assert_eq!(at(&harness), (2, 0, Screen::Slide));
}

#[test]
fn a_phrase_slide_reveals_the_better_words_on_next_and_hides_them_on_previous() {
    let content = content();
    let mut harness = presenting("say-this-not-that");
    let phrase_page = harness
        .state()
        .presentation()
        .and_then(|p| p.pages().iter().position(|p| p.kind == PageKind::Phrase))
        .expect("the drill has a phrase slide");
    let typed: Vec<Key> = (phrase_page + 1)
        .to_string()
        .chars()
        .map(|c| Key::from_name(&c.to_string()).expect("a digit key"))
        .collect();
    for key in typed {
        press(&mut harness, key);
    }
    press(&mut harness, Key::Enter);
    let id = harness
        .state()
        .presentation()
        .and_then(|p| p.current().item.clone())
        .expect("a phrase pair");
    let pair = content
        .phrases
        .iter()
        .find(|p| p.id == id)
        .expect("it exists");
    assert!(projected(&harness).contains(&pair.avoid));
    assert!(!projected(&harness).contains(&pair.say), "the answer waits");
    press(&mut harness, Key::ArrowRight);
    assert!(projected(&harness).contains(&pair.say));
    assert!(projected(&harness).contains(&pair.why));
    press(&mut harness, Key::ArrowLeft);
    assert!(!projected(&harness).contains(&pair.say), "hidden again");
}

#[test]
fn c_switches_the_projector_between_dark_on_light_and_light_on_dark() {
    let mut harness = presenting("first-five-minutes");
    let before = harness.state().prefs().projector;
    press(&mut harness, Key::C);
    assert_eq!(harness.state().prefs().projector, before.toggled());
    assert_ne!(before, before.toggled());
}

#[test]
fn s_toggles_the_presenter_view_and_notes_never_reach_the_projected_slide() {
    let content = content();
    let mut harness = presenting("first-five-minutes");
    let show = harness.state().presentation().expect("presenting");
    assert!(
        show.presenter(),
        "a deck with notes opens the presenter view"
    );
    press(&mut harness, Key::S);
    assert!(
        !harness
            .state()
            .presentation()
            .is_some_and(Presentation::presenter)
    );
    // With only the projector drawn, no page shows any of its slide's notes or questions.
    let deck = content
        .decks
        .iter()
        .find(|d| d.id == "first-five-minutes")
        .expect("bundled");
    let pages = harness
        .state()
        .presentation()
        .map_or(0, |p| p.pages().len());
    for _ in 0..pages {
        let slide = harness
            .state()
            .presentation()
            .and_then(|p| deck.slides.get(p.current().slide))
            .expect("a slide");
        let stages = harness
            .state()
            .presentation()
            .map_or(0, |p| p.current().stages);
        for _ in 0..stages {
            press(&mut harness, Key::ArrowRight);
        }
        for private in slide.notes.iter().chain(&slide.questions) {
            assert!(
                harness.query_by_label_contains(private).is_none(),
                "{private}"
            );
        }
        press(&mut harness, Key::ArrowRight);
    }
}

#[test]
fn the_presenter_view_shows_the_next_slide_title_and_the_current_notes() {
    let content = content();
    let strings = Strings::default();
    let mut show = Presentation::deck(&content, "first-five-minutes", 0.0).expect("bundled");
    show.apply(Action::Next, 0.0);
    let notes = show.notes().expect("slide 2 has notes").to_owned();
    let next_title = show.pages()[2].title.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui(move |ui| {
            ui.ctx().set_fonts(style::fonts());
            let state = PresenterState {
                show: &show,
                content: &content,
                strings: &strings,
                theme: ProjectorTheme::default(),
                now: 90.0,
                clock: "14:05",
                projector_width: 1920.0,
                covers_slide: false,
            };
            presenter_ui(state, &mut Commands::default(), ui);
        });
    harness.run();
    assert!(harness.query_by_label_contains(&notes).is_some());
    assert!(harness.query_by_label_contains(&next_title).is_some());
    assert!(harness.query_by_label_contains("Slide 2 of").is_some());
    assert!(harness.query_by_label_contains("01:30").is_some());
    assert!(harness.query_by_label_contains("14:05").is_some());
}

/// Runs one frame with the app's fonts, then the fit check for `screen`.
fn problems(content: &Content, screen: egui::Vec2) -> Vec<String> {
    let ctx = egui::Context::default();
    ctx.set_fonts(style::fonts());
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    fit_problems(&ctx, content, &Strings::default(), screen)
}

#[test]
fn every_bundled_slide_fits_at_1280x720_and_1920x1080_with_legible_type() {
    let content = content();
    for screen in [egui::vec2(1280.0, 720.0), egui::vec2(1920.0, 1080.0)] {
        let problems = problems(&content, screen);
        assert!(problems.is_empty(), "{screen:?}:\n{}", problems.join("\n"));
    }
}

#[test]
fn the_fit_check_fails_on_a_slide_that_cannot_fit() {
    let mut content = content();
    let wall = "Listen first and let them finish before you answer. ".repeat(60);
    let deck = Deck {
        reviewed: None,
        version: 1,
        id: "oversized".into(),
        title: "Too much".into(),
        audience: "Anyone".into(),
        goal: "Show that the check bites.".into(),
        minutes: 5,
        materials: Vec::new(),
        before_class: Vec::new(),
        keywords: Vec::new(),
        slides: vec![Slide {
            show: Show::Free {
                title: "One wall of text".into(),
                bullets: vec![wall],
            },
            notes: None,
            minutes: None,
            questions: Vec::new(),
            answers: Vec::new(),
            roleplay: None,
            reveal_steps: false,
        }],
        sources: vec!["S1".into()],
    };
    content.decks = vec![deck];
    let problems = problems(&content, egui::vec2(1280.0, 720.0));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("oversized") && p.contains("overflows")),
        "{problems:?}"
    );
}

#[test]
fn esc_closes_the_grid_and_a_blank_screen_and_only_ends_the_show_on_a_slide() {
    let mut harness = projector_only("first-five-minutes");
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::ArrowRight);
    let here = at(&harness);
    assert_eq!(here.2, Screen::Slide);
    press(&mut harness, Key::G);
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::Escape);
    assert_eq!(at(&harness), here, "Esc in the grid returns to the slide");
    press(&mut harness, Key::B);
    press(&mut harness, Key::Escape);
    assert_eq!(at(&harness), here, "Esc on black returns to the slide");
    press(&mut harness, Key::W);
    press(&mut harness, Key::Escape);
    assert_eq!(at(&harness), here, "Esc on white returns to the slide");
    press(&mut harness, Key::Escape);
    assert!(
        harness.state().presentation().is_none(),
        "Esc on a slide ends"
    );
}

#[test]
fn f5_again_resumes_where_the_class_was() {
    let mut harness = projector_only("first-five-minutes");
    for _ in 0..4 {
        press(&mut harness, Key::PageDown);
    }
    let page = at(&harness).0;
    assert!(page > 0);
    press(&mut harness, Key::Escape);
    assert!(harness.state().presentation().is_none());
    press(&mut harness, Key::F5);
    assert_eq!(at(&harness).0, page, "back where the class was");
}

#[test]
fn the_everyday_app_never_stays_fullscreen_only_a_presentation_does() {
    let options = AppOptions {
        store: UserStore::in_memory(),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, egui::vec2(1280.0, 720.0));
    let sent = |harness: &Harness<'_, DefuseApp>, command: &egui::ViewportCommand| {
        harness
            .output()
            .viewport_output
            .values()
            .any(|v| v.commands.contains(command))
    };
    // eframe restored a window saved mid-presentation: the app leaves fullscreen.
    if let Some(root) = harness
        .input_mut()
        .viewports
        .get_mut(&egui::ViewportId::ROOT)
    {
        root.fullscreen = Some(true);
    }
    harness.step();
    assert!(sent(&harness, &egui::ViewportCommand::Fullscreen(false)));

    // While presenting, fullscreen is left alone.
    let mut harness = projector_only("first-five-minutes");
    if let Some(root) = harness
        .input_mut()
        .viewports
        .get_mut(&egui::ViewportId::ROOT)
    {
        root.fullscreen = Some(true);
    }
    harness.step();
    assert!(!sent(&harness, &egui::ViewportCommand::Fullscreen(false)));
}

/// The bundled decks split as a projector of `screen` would split them.
fn split_decks(content: &Content, screen: egui::Vec2) -> Vec<(String, Presentation)> {
    let ctx = egui::Context::default();
    ctx.set_fonts(style::fonts());
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, screen);
    content
        .decks
        .iter()
        .map(|deck| {
            let mut show = Presentation::deck(content, &deck.id, 0.0).expect("bundled deck");
            split_pages(&mut show, content, &Strings::default(), &ctx, rect);
            (deck.id.clone(), show)
        })
        .collect()
}

#[test]
fn pages_of_one_kind_share_one_type_size_across_a_deck_and_its_continued_pages() {
    let content = content();
    for screen in [egui::vec2(1280.0, 720.0), egui::vec2(1920.0, 1080.0)] {
        let decks = split_decks(&content, screen);
        assert!(
            decks
                .iter()
                .any(|(_, show)| show.pages().iter().any(|p| p.continued)),
            "some slides continue at {screen:?}"
        );
        for (deck, show) in decks {
            for kind in [
                PageKind::Card,
                PageKind::Phrase,
                PageKind::Playbook,
                PageKind::Principle,
                PageKind::Free,
            ] {
                let mut sizes: Vec<f32> = (0..show.pages().len())
                    .filter(|&n| show.pages()[n].kind == kind)
                    .filter_map(|n| show.body(n))
                    .collect();
                sizes.dedup();
                assert!(sizes.len() <= 1, "{deck} {kind:?} at {screen:?}: {sizes:?}");
            }
            assert_eq!(
                (0..show.pages().len()).filter_map(|n| show.body(n)).count(),
                show.pages().len(),
                "{deck}: every page has its size"
            );
        }
    }
}

#[test]
fn a_continued_page_opens_under_its_section_heading_and_no_line_is_left_alone() {
    let content = content();
    for screen in [egui::vec2(1280.0, 720.0), egui::vec2(1920.0, 1080.0)] {
        for (deck, show) in split_decks(&content, screen) {
            let pages = show.pages();
            for (n, page) in pages.iter().enumerate() {
                let at = format!("{deck} page {} at {screen:?}", show.page_label(n));
                let earlier = pages[..n].iter().filter(|p| p.slide == page.slide);
                let in_a_section = earlier
                    .flat_map(|p| &p.blocks)
                    .any(|b| matches!(b.part, Part::Heading(_)));
                if page.continued && in_a_section {
                    assert!(
                        matches!(page.blocks[0].part, Part::Heading(_)),
                        "{at}: {:?}",
                        page.blocks[0]
                    );
                }
                // A card's summary leads its page or its section, never trails the
                // escalation lines.
                for pair in page.blocks.windows(2) {
                    if matches!(pair[1].part, Part::Text(_)) {
                        assert!(matches!(pair[0].part, Part::Heading(_)), "{at}");
                    }
                }
                let split = pages.iter().filter(|p| p.slide == page.slide).count() > 1;
                let lines = page
                    .blocks
                    .iter()
                    .filter(|b| !matches!(b.part, Part::Heading(_)))
                    .count();
                assert!(!split || lines >= 2, "{at}: a lone line");
            }
        }
    }
}

#[test]
fn a_continued_card_repeats_its_heading_in_the_same_type_as_its_first_page() {
    let content = content();
    let strings = Strings::default();
    let mut harness = projector_only("first-five-minutes");
    let show = harness.state().presentation().expect("presenting");
    let card = show
        .pages()
        .iter()
        .position(|p| p.kind == PageKind::Card)
        .expect("the angry card");
    let last = show
        .pages()
        .iter()
        .rposition(|p| p.kind == PageKind::Card)
        .expect("the angry card");
    assert!(last > card, "the card continues at 1280x720");
    let first_size = show.body(card);
    // Next, through every reveal, to the card's last page.
    for _ in 0..100 {
        if at(&harness).0 == last {
            break;
        }
        press(&mut harness, Key::PageDown);
    }
    let show = harness.state().presentation().expect("presenting");
    assert_eq!(show.page_index(), last);
    assert_eq!(show.body(last), first_size);
    // The room reads the title, then the section the lines belong to.
    let title = format!("Angry customer ({})", strings.continued);
    let text = projected(&harness);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].ends_with(&title), "{text}");
    assert_eq!(lines[1], strings.escalate, "{text}");
    let angry = content.customer_type("angry").expect("angry card");
    assert!(
        !text.contains(&angry.summary),
        "the summary stays on the first page"
    );
}

#[test]
fn the_outline_and_the_grid_name_a_slide_alike() {
    let content = content();
    let deck = content
        .decks
        .iter()
        .find(|d| d.id == "safety-and-escalation")
        .expect("bundled");
    let names: Vec<&str> = deck
        .slides
        .iter()
        .map(|s| slide_title(&content, s).expect("named"))
        .collect();
    let answers: Vec<&str> = deck
        .slides
        .iter()
        .filter_map(|s| match &s.show {
            Show::Phrase(id) => content.phrases.iter().find(|p| &p.id == id),
            _ => None,
        })
        .map(|p| p.say.as_str())
        .collect();
    assert!(!answers.is_empty(), "the deck has phrase slides");
    let mut harness = on_deck(&deck.id);
    for name in &names {
        assert!(
            harness.query_all_by_label(name).next().is_some(),
            "outline: {name}"
        );
    }
    for answer in &answers {
        assert!(
            harness.query_by_label_contains(answer).is_none(),
            "{answer}"
        );
    }
    press(&mut harness, Key::F5);
    if harness
        .state()
        .presentation()
        .is_some_and(Presentation::presenter)
    {
        press(&mut harness, Key::S);
    }
    press(&mut harness, Key::G);
    for (n, name) in names.iter().enumerate() {
        let tile = format!("{}  ", n + 1);
        assert!(
            harness.query_all_by_role(Role::Button).any(|b| b
                .accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(&tile) && l.ends_with(name))),
            "grid: {tile}{name}"
        );
    }
    // The grid is projected: it never gives the class a pair's answer.
    for answer in &answers {
        assert!(
            harness.query_by_label_contains(answer).is_none(),
            "{answer}"
        );
    }
}

#[test]
fn the_presenter_view_says_how_to_move_it_only_when_the_class_may_see_it() {
    for covers_slide in [true, false] {
        let content = content();
        let strings = Strings::default();
        let hint = strings.presenter_move.clone();
        let show = Presentation::deck(&content, "first-five-minutes", 0.0).expect("bundled");
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1000.0, 700.0))
            .build_ui(move |ui| {
                ui.ctx().set_fonts(style::fonts());
                let state = PresenterState {
                    show: &show,
                    content: &content,
                    strings: &strings,
                    theme: ProjectorTheme::default(),
                    now: 0.0,
                    clock: "14:05",
                    projector_width: 1920.0,
                    covers_slide,
                };
                presenter_ui(state, &mut Commands::default(), ui);
            });
        harness.run();
        assert_eq!(
            harness.query_by_label(&hint).is_some(),
            covers_slide,
            "covers_slide: {covers_slide}"
        );
    }
}

/// Tells the app where its (root) window is, as the desktop would.
fn root_at(harness: &mut Harness<'_, DefuseApp>, min: egui::Pos2, fullscreen: bool) {
    let size = egui::vec2(1280.0, 720.0);
    if let Some(root) = harness
        .input_mut()
        .viewports
        .get_mut(&egui::ViewportId::ROOT)
    {
        root.outer_rect = Some(egui::Rect::from_min_size(min, size));
        root.monitor_size = Some(size);
        root.fullscreen = Some(fullscreen);
    }
    harness.run();
}

#[test]
fn the_presenter_view_is_placed_for_where_the_projector_is_even_at_the_same_size() {
    let mut harness = presenting("first-five-minutes");
    let screen = egui::Rect::from_min_size(egui::pos2(1920.0, 0.0), egui::vec2(1280.0, 720.0));
    // The window goes fullscreen on a second screen at the same size: nothing is split
    // again, yet the presenter view moves to the first screen (the real-window run
    // found it placed for the window it had been).
    root_at(&mut harness, egui::pos2(300.0, 200.0), false);
    let windowed = harness.state().presenter_window().expect("presenting");
    root_at(&mut harness, screen.min, true);
    let placed = harness.state().presenter_window().expect("presenting");
    assert_ne!(placed, windowed);
    let at = placed.position.expect("a position");
    assert!(!screen.intersects(egui::Rect::from_min_size(at, placed.size)));
    // On one screen, in its corner, clear of the slide's centre.
    root_at(&mut harness, egui::Pos2::ZERO, true);
    let placed = harness.state().presenter_window().expect("presenting");
    let at = placed.position.expect("a position");
    let window = egui::Rect::from_min_size(at, placed.size);
    let one = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
    assert!(
        one.contains(at) && !window.contains(one.center()),
        "{window:?}"
    );
}

#[test]
fn in_its_corner_window_the_presenter_view_shows_the_notes_and_the_next_slide_whole() {
    // The size it opens at in the corner of a 1920x1080 screen, and of a 1280x800 one.
    for size in [egui::vec2(883.0, 497.0), egui::vec2(589.0, 380.0)] {
        let content = content();
        let strings = Strings::default();
        let mut show = Presentation::deck(&content, "first-five-minutes", 0.0).expect("bundled");
        show.apply(Action::Next, 0.0);
        let notes = show.notes().expect("slide 2 has notes").to_owned();
        let next = show.pages()[2].title.clone();
        let mut harness = Harness::builder().with_size(size).build_ui(move |ui| {
            ui.ctx().set_fonts(style::fonts());
            let state = PresenterState {
                show: &show,
                content: &content,
                strings: &strings,
                theme: ProjectorTheme::default(),
                now: 0.0,
                clock: "14:05",
                projector_width: 1920.0,
                covers_slide: true,
            };
            presenter_ui(state, &mut Commands::default(), ui);
        });
        harness.run();
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
        let top = |label: &str| harness.get_by_label_contains(label).rect().top();
        assert!(
            top(&notes) < window.bottom() - 20.0,
            "{size:?}: notes below the edge"
        );
        assert!(top(&next) < window.bottom() - 20.0, "{size:?}: next title");
    }
}
