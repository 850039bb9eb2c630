//! The desktop app's main flows, driven headless through AccessKit like a person would.

use std::path::Path;

use defuse::{
    ui::{AppOptions, DefuseApp, View},
    user_data::UserStore,
};
use egui::{Key, Modifiers, OutputCommand, Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};

fn app_with(options: AppOptions) -> Harness<'static, DefuseApp> {
    Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .build_eframe(move |cc| DefuseApp::new(cc, options))
}

fn app_with_store(path: &Path) -> Harness<'static, DefuseApp> {
    app_with(AppOptions {
        store: UserStore::at(path.join("favourites.ron")),
        ..AppOptions::default()
    })
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

#[test]
fn typing_shout_finds_angry_enter_opens_escape_goes_back() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    // The search box has focus at launch: typing goes straight in.
    harness.get_by_label("Search").type_text("shout");
    harness.run();
    assert_eq!(harness.state().query(), "shout");
    let first = harness.state().results().first().map(|h| h.id.clone());
    assert_eq!(first.as_deref(), Some("angry"));
    // The first result is drawn, with the matched keyword shown under it.
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Angry customer")
            .is_some()
    );

    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("angry".into()));
    assert!(harness.query_by_label("What to do").is_some());

    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    assert_eq!(
        harness.state().query(),
        "shout",
        "back returns to the results"
    );
}

#[test]
fn arrow_keys_move_through_results() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("calm");
    harness.run();
    assert!(harness.state().results().len() > 2);
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected(), 2);
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().selected(), 1);
    let expected = harness.state().results()[1].id.clone();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item(expected));
}

#[test]
fn escape_in_the_search_box_clears_it() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("refund");
    harness.run();
    assert!(!harness.state().results().is_empty());
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().query(), "");
    assert!(harness.query_by_label("Customer types").is_some());
}

#[test]
fn the_safety_entry_opens_the_threatening_card() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Threats or violence")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("threatening".into()));
    assert!(
        harness.query_by_label("When to escalate").is_some()
            || harness.query_by_label("⚠ When to escalate").is_some()
    );
}

#[test]
fn the_safety_button_works_from_any_view_and_while_typing() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("talk");
    harness.run();
    harness.key_press(Key::F2);
    harness.run();
    // F2 opens the safety page: both safety cards' first steps and who to call.
    assert_eq!(harness.state().view(), &View::Safety);
}

#[test]
fn starring_a_card_puts_it_in_favourites_and_keeps_it() {
    let dir = temp();
    {
        let mut harness = app_with_store(dir.path());
        harness.run();
        harness
            .get_by_role_and_label(Role::Button, "Rude customer")
            .click();
        harness.run();
        harness.get_by_label("☆ Add to favourites").click();
        harness.run();
        assert_eq!(harness.state().user_data().favourites, ["rude"]);
        assert!(harness.query_by_label("★ In favourites").is_some());
        harness.get_by_label("⬅ Back").click();
        harness.run();
        assert!(harness.query_by_label("Favourites").is_some());
    }
    // A new session reads it back from the file.
    let harness = app_with_store(dir.path());
    assert_eq!(harness.state().user_data().favourites, ["rude"]);
    assert_eq!(
        harness
            .state()
            .user_data()
            .recent
            .first()
            .map(String::as_str),
        Some("rude")
    );
}

#[test]
fn zoom_keys_change_the_text_size() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").focus();
    harness.key_press(Key::Escape); // leave the text field so shortcuts apply
    harness.run();
    // Rects are in points; zoom changes how many pixels a point takes.
    let pixels = |h: &Harness<'_, DefuseApp>| {
        h.get_by_label("Customer types").rect().height() * h.ctx.pixels_per_point()
    };
    let before = pixels(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run();
    let zoomed = pixels(&harness);
    assert!(
        zoomed > before * 1.15,
        "{zoomed} should be well above {before}"
    );
    assert!(harness.state().prefs().zoom > 1.15);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    let reset = pixels(&harness);
    assert!((reset - before).abs() < 0.5);
}

#[test]
fn body_text_is_at_least_18_pixels_at_zoom_1() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    let size = harness
        .ctx
        .global_style()
        .text_styles
        .get(&egui::TextStyle::Body)
        .map(|f| f.size);
    assert!(size.is_some_and(|s| s >= 18.0), "{size:?}");
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < f32::EPSILON);
}

#[test]
fn copying_a_phrase_puts_it_on_the_clipboard() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("that's policy");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("thats-policy".into()));
    let button = harness.get_by_label_contains("Copy: ");
    let label = button.accesskit_node().label().unwrap_or_default();
    let expected = label.trim_start_matches("Copy: ").to_owned();
    button.click();
    harness.step();
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(copied, [expected]);
    assert!(!copied[0].is_empty());
}

#[test]
fn shortcuts_do_not_fire_while_typing() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("x");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run();
    assert!((harness.state().prefs().zoom - 1.0).abs() < f32::EPSILON);
}

#[test]
fn a_corrupt_favourites_file_is_set_aside_and_reported_once() {
    let dir = temp();
    let file = dir.path().join("favourites.ron");
    std::fs::write(&file, "(favourites: [\"angry\", oops").expect("write");
    let mut harness = app_with_store(dir.path());
    harness.run();
    assert!(harness.state().user_data().favourites.is_empty());
    assert_eq!(harness.state().notices().len(), 1);
    assert!(harness.query_by_label_contains("kept as").is_some());
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".bad-"))
        .collect();
    assert_eq!(kept.len(), 1, "the bad file is kept aside");
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().notices().is_empty());
}

#[test]
fn favourites_that_no_longer_exist_are_dropped_quietly() {
    let dir = temp();
    std::fs::write(
        dir.path().join("favourites.ron"),
        "(favourites: [\"angry\", \"no-such-card\"], recent: [\"gone\"])",
    )
    .expect("write");
    let harness = app_with_store(dir.path());
    assert_eq!(harness.state().user_data().favourites, ["angry"]);
    assert!(harness.state().user_data().recent.is_empty());
    assert!(harness.state().notices().is_empty());
}

/// The harness panics on any character no bundled font can draw: visiting every view
/// proves the fonts cover all content.
#[test]
fn every_item_and_section_renders_with_bundled_fonts() {
    let content = defuse::content::bundled::load("en").content;
    let ids: Vec<String> = content.items().map(|i| i.id().to_owned()).collect();
    let mut views: Vec<View> = ids.into_iter().map(View::Item).collect();
    views.extend([View::Home, View::Phrases, View::Playbooks, View::Principles]);
    for view in views {
        let mut harness = app_with(AppOptions {
            view: Some(view.clone()),
            ..AppOptions::default()
        });
        harness.run();
        assert_eq!(harness.state().view(), &view);
    }
}

#[test]
fn search_results_in_other_scripts_render() {
    for query in ["生气", "кричит", "șefu", "marah"] {
        let mut harness = app_with(AppOptions {
            query: Some(query.to_owned()),
            ..AppOptions::default()
        });
        harness.run();
        assert!(!harness.state().results().is_empty(), "{query}");
    }
}

#[test]
fn the_selected_result_stays_in_view_in_a_long_list() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("say");
    harness.run();
    let count = harness.state().results().len();
    assert!(count > 30, "a long list: {count}");
    // Only visible rows are laid out, so the last row is not in the tree yet.
    let last = harness.state().results()[count - 1].title.clone();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &last)
            .is_none()
    );
    for _ in 0..count {
        harness.key_press(Key::ArrowDown);
        harness.run();
    }
    assert_eq!(harness.state().selected(), count - 1);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &last)
            .is_some()
    );
}

/// A bad favourites file whose name cannot take a `.bad-SECONDS` suffix (too long) cannot
/// be moved aside, even by root: the app says so once and never writes over it.
#[test]
fn favourites_that_cannot_be_moved_aside_are_never_saved_over() {
    let dir = temp();
    let file = dir.path().join(format!("{}.ron", "f".repeat(240)));
    std::fs::write(&file, "(favourites: [\"angry\", oops").expect("write");
    let mut harness = app_with(AppOptions {
        store: UserStore::at(file.clone()),
        // Opening a card records it as recently viewed, which saves.
        view: Some(View::Item("angry".to_owned())),
        ..AppOptions::default()
    });
    harness.run();
    assert_eq!(harness.state().user_data().recent, ["angry"]);
    let notices = harness.state().notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("nothing will be saved"), "{notices:?}");
    assert_eq!(
        std::fs::read_to_string(&file).expect("the file is still there"),
        "(favourites: [\"angry\", oops"
    );
}

/// Records what eframe would be asked to store.
#[derive(Default)]
struct Recorded(Vec<String>);

impl eframe::Storage for Recorded {
    fn get_string(&self, _: &str) -> Option<String> {
        None
    }
    fn set_string(&mut self, key: &str, _: String) {
        self.0.push(key.to_owned());
    }
    fn remove_string(&mut self, _: &str) {}
    fn flush(&mut self) {}
}

/// eframe writes its file whenever the app or egui's memory has something to store:
/// a screenshot run stores nothing, so it leaves no file behind.
#[test]
fn a_screenshot_run_stores_nothing() {
    use eframe::App as _;
    let mut harness = app_with(AppOptions {
        save_settings: true,
        screenshot: Some(defuse::ui::screenshot::Capture::new(
            None,
            std::time::Instant::now(),
        )),
        ..AppOptions::default()
    });
    assert!(!harness.state().persist_egui_memory());
    let mut storage = Recorded::default();
    harness.state_mut().save(&mut storage);
    assert_eq!(storage.0, Vec::<String>::new());
}
