//! The command palette (Ctrl+K): what it finds by title, what Enter opens, where the
//! cursor is while it is open and after Esc, and that it opens on the presenter view.

use defuse::{
    present::Screen,
    strings::Strings,
    ui::{
        AppOptions, DefuseApp, View,
        command::{Scope, UiCommand},
        palette::entries::{Entries, Target},
        style::ThemeChoice,
    },
    user_data::UserStore,
};
use egui::{Key, Modifiers};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};

mod common;

const BOX: &str = "Jump to… (command palette)";

fn app_on(view: Option<View>) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        store: UserStore::in_memory(),
        view,
        ..AppOptions::default()
    };
    common::app::open(options)
}

fn ctrl_k(harness: &mut Harness<'_, DefuseApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
}

fn press(harness: &mut Harness<'_, DefuseApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// The palette's first row's title.
fn first_row(harness: &Harness<'_, DefuseApp>) -> Option<String> {
    harness.state().palette_row(0).map(|e| e.title.clone())
}

fn entries() -> Entries {
    Entries::new(
        &defuse::content::bundled::load("en").content,
        &Strings::default(),
    )
}

#[test]
fn ctrl_k_opens_the_palette_with_the_cursor_in_its_box_and_typing_goes_there() {
    let mut harness = app_on(None);
    assert!(harness.get_by_label("Search").is_focused());
    ctrl_k(&mut harness);
    assert!(harness.state().palette().is_some());
    assert!(harness.get_by_label(BOX).is_focused());
    assert!(!harness.get_by_label("Search").is_focused());
    harness.get_by_label(BOX).type_text("thrvio");
    harness.run();
    assert_eq!(
        harness.state().palette().map(|p| p.query.as_str()),
        Some("thrvio")
    );
    // Typing went into the palette, not into the search.
    assert_eq!(harness.state().query(), "");
}

#[test]
fn thrvio_finds_threats_or_violence_first_and_enter_opens_it() {
    let mut harness = app_on(None);
    ctrl_k(&mut harness);
    harness.get_by_label(BOX).type_text("thrvio");
    harness.run();
    assert_eq!(first_row(&harness).as_deref(), Some("Threats or violence"));
    press(&mut harness, Key::Enter);
    assert!(harness.state().palette().is_none());
    assert_eq!(harness.state().view(), &View::Item("threatening".into()));
}

#[test]
fn ffm_5_finds_the_fifth_slide_of_the_first_five_minutes_and_enter_presents_it() {
    let entries = entries();
    let found = entries.find("ffm 5", Scope::App, 10);
    let first = found
        .first()
        .and_then(|&n| entries.get(n))
        .map(|e| &e.target);
    assert_eq!(
        first,
        Some(&Target::Slide {
            deck: "first-five-minutes".into(),
            slide: 4
        })
    );

    let mut harness = app_on(None);
    ctrl_k(&mut harness);
    harness.get_by_label(BOX).type_text("ffm 5");
    harness.run();
    let title = first_row(&harness).unwrap_or_default();
    assert!(
        title.starts_with("The first five minutes") && title.contains(", slide 5:"),
        "{title}"
    );
    press(&mut harness, Key::Enter);
    harness.run();
    let show = harness
        .state()
        .presentation()
        .expect("the deck is presented");
    assert_eq!(show.deck_id(), Some("first-five-minutes"));
    assert_eq!(show.current().slide, 4, "on the outline's fifth slide");
    assert_eq!(
        show.pages().iter().position(|p| p.slide == 4),
        Some(show.page_index()),
        "on its first page"
    );
}

#[test]
fn arrows_move_the_highlight_and_enter_opens_the_highlighted_row() {
    let mut harness = app_on(None);
    ctrl_k(&mut harness);
    harness.get_by_label(BOX).type_text("angry");
    harness.run();
    let second = harness
        .state()
        .palette_row(1)
        .map(|e| e.target.clone())
        .expect("two rows for 'angry'");
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowUp);
    assert_eq!(harness.state().palette().map(|p| p.selected), Some(1));
    press(&mut harness, Key::Enter);
    match second {
        Target::Open(id) => assert_eq!(harness.state().view(), &View::Item(id)),
        Target::Slide { deck, slide } => {
            let show = harness.state().presentation().expect("presenting");
            assert_eq!(show.deck_id(), Some(deck.as_str()));
            assert_eq!(show.current().slide, slide);
        }
        Target::Command(command) => panic!("'angry' found the command {command:?}"),
    }
}

#[test]
fn esc_closes_the_palette_and_gives_the_cursor_back_where_it_was() {
    // The phrases page's filter box had the cursor.
    let mut harness = app_on(Some(View::Phrases));
    harness.get_by_label("Filter these pairs").click();
    harness.run();
    assert!(harness.get_by_label("Filter these pairs").is_focused());
    ctrl_k(&mut harness);
    assert!(harness.get_by_label(BOX).is_focused());
    harness.get_by_label(BOX).type_text("calm");
    harness.run();
    press(&mut harness, Key::Escape);
    assert!(harness.state().palette().is_none());
    assert!(harness.query_by_label(BOX).is_none());
    assert!(harness.get_by_label("Filter these pairs").is_focused());
    assert_eq!(
        harness.state().view(),
        &View::Phrases,
        "Esc did not go back too"
    );

    // On a card nothing had it: nothing has it after, and typing starts a search.
    let mut harness = app_on(Some(View::Item("angry".into())));
    ctrl_k(&mut harness);
    press(&mut harness, Key::Escape);
    assert!(harness.state().palette().is_none());
    assert_eq!(harness.state().view(), &View::Item("angry".into()));
    assert!(!harness.get_by_label("Search").is_focused());
    harness.event(egui::Event::Text("r".into()));
    harness.run();
    assert_eq!(harness.state().query(), "r");
}

#[test]
fn commands_show_their_keys_from_the_command_list_and_run() {
    let mut harness = app_on(None);
    ctrl_k(&mut harness);
    harness.get_by_label(BOX).type_text("theme");
    harness.run();
    let row = harness.state().palette_row(0).map(|e| e.target.clone());
    assert_eq!(row, Some(Target::Command(UiCommand::CycleTheme)));
    let keys = UiCommand::CycleTheme.shortcut_text(&harness.ctx);
    assert_eq!(keys, "Ctrl+T");
    // The row shows the same keys the menu and the help page show.
    let shown = harness
        .get_by_label_contains("Change theme")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(shown.contains("Ctrl+T"), "the row shows its keys: {shown}");
    let before = harness.state().prefs().theme;
    press(&mut harness, Key::Enter);
    assert_ne!(harness.state().prefs().theme, before);
    assert_eq!(before.next(), harness.state().prefs().theme);
    let _: ThemeChoice = before;
}

#[test]
fn f_keys_close_the_palette_and_do_what_they_do() {
    let mut harness = app_on(None);
    ctrl_k(&mut harness);
    press(&mut harness, Key::F2);
    assert!(harness.state().palette().is_none());
    assert_eq!(harness.state().view(), &View::Safety);
}

#[test]
fn while_presenting_the_palette_opens_on_the_presenter_view_and_jumps_to_a_slide() {
    let mut harness = app_on(Some(View::Item("first-five-minutes".into())));
    press(&mut harness, Key::F5);
    // The presenter view closed: Ctrl+K opens it, for the palette.
    if harness
        .state()
        .presentation()
        .is_some_and(|p| p.presenter())
    {
        press(&mut harness, Key::S);
    }
    assert!(
        !harness
            .state()
            .presentation()
            .is_some_and(|p| p.presenter())
    );
    ctrl_k(&mut harness);
    assert!(harness.state().palette().is_some());
    assert!(
        harness
            .state()
            .presentation()
            .is_some_and(|p| p.presenter()),
        "the palette opens on the presenter view"
    );
    // Typing goes into the palette: B does not black the room's screen.
    harness.get_by_label(BOX).type_text("b 7");
    harness.run();
    let show = harness.state().presentation().expect("still presenting");
    assert_eq!(show.screen(), Screen::Slide);
    assert_eq!(show.page_index(), 0);
    for _ in "b 7".chars() {
        press(&mut harness, Key::Backspace);
    }
    harness.get_by_label(BOX).type_text("first five 7");
    harness.run();
    press(&mut harness, Key::Enter);
    let show = harness.state().presentation().expect("still presenting");
    assert_eq!(show.current().slide, 6);
    assert_eq!(show.screen(), Screen::Slide);
    assert!(harness.state().palette().is_none());

    // Esc in the palette closes it; the class goes on.
    ctrl_k(&mut harness);
    press(&mut harness, Key::Escape);
    assert!(harness.state().palette().is_none());
    assert!(harness.state().presentation().is_some());
}

#[test]
fn every_title_is_in_the_palette() {
    let content = defuse::content::bundled::load("en").content;
    let entries = entries();
    let slides: usize = content.decks.iter().map(|d| d.slides.len()).sum();
    let commands = UiCommand::ALL.iter().filter(|c| c.in_palette()).count();
    assert_eq!(entries.len(), content.items().count() + slides + commands);
    for item in content.items() {
        let wanted = Target::Open(item.id().to_owned());
        assert!(
            (0..entries.len()).any(|n| entries.get(n).is_some_and(|e| e.target == wanted)),
            "{} is missing",
            item.id()
        );
    }
    // Present, Practise and Print handouts are commands the palette reaches.
    for command in [
        UiCommand::Present,
        UiCommand::Practise,
        UiCommand::PrintHandouts,
    ] {
        let found = entries.find(
            command.label(&Strings::default()).trim_end_matches('…'),
            Scope::App,
            3,
        );
        assert!(
            found
                .iter()
                .filter_map(|&n| entries.get(n))
                .any(|e| e.target == Target::Command(command)),
            "{command:?}"
        );
    }
}
