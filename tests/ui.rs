//! The desktop app's main flows, driven headless through AccessKit like a person would.

use std::path::Path;

use defuse::{
    site_profile::SiteProfile,
    ui::{AppOptions, DefuseApp, View},
    user_data::UserStore,
};
use egui::{Key, Modifiers, OutputCommand, Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};

mod common;

fn app_with(options: AppOptions) -> Harness<'static, DefuseApp> {
    common::app::build(options, common::app::SIZE)
}

fn app_with_store(path: &Path) -> Harness<'static, DefuseApp> {
    app_with(AppOptions {
        store: UserStore::at(path.join("favourites.ron")),
        ..AppOptions::default()
    })
}

fn app_at(path: &Path, width: f32, height: f32) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        store: UserStore::at(path.join("favourites.ron")),
        ..AppOptions::default()
    };
    common::app::build(options, egui::vec2(width, height))
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// The app at a phone's 420×720, notices dismissed, with `query` typed in the search.
fn searched_at_420x720(path: &Path, query: &str) -> Harness<'static, DefuseApp> {
    let mut harness = app_at(path, 420.0, 720.0);
    harness.run();
    dismiss_notices(&mut harness);
    harness.get_by_label("Search").type_text(query);
    harness.run();
    harness
}

/// What a bundled item's result row is called: its headline.
fn headline(content: &defuse::content::Content, id: &str) -> String {
    content
        .get(id)
        .map(|i| i.headline().to_owned())
        .expect("a bundled item")
}

#[test]
fn typing_shout_finds_angry_enter_opens_escape_goes_home_ready_to_type() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    // The search box has focus at launch: typing goes straight in.
    harness.get_by_label("Search").type_text("shout");
    harness.run();
    assert_eq!(harness.state().query(), "shout");
    let first = harness.state().results().first().map(|h| h.id.clone());
    assert_eq!(first.as_deref(), Some("angry"));
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Angry customer")
            .is_some()
    );

    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("angry".into()));
    assert!(harness.query_by_label("What to do").is_some());
    // Leaving the results cleared the search: no stale query above the card.
    assert_eq!(harness.state().query(), "");

    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    // Home has the cursor in the search box again: typing goes straight in.
    harness.get_by_label("Search").type_text("rude");
    harness.run();
    assert_eq!(harness.state().query(), "rude");
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
fn escape_on_results_clears_the_search_and_goes_home_with_the_cursor_in_the_box() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("refund");
    harness.run();
    assert!(!harness.state().results().is_empty());
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().query(), "");
    assert_eq!(harness.state().view(), &View::Home);
    assert!(harness.query_by_label("Customer types").is_some());
    assert!(harness.get_by_label("Search").is_focused());
    // A second Esc on an empty Home does nothing surprising.
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    assert!(harness.get_by_label("Search").is_focused());
}

#[test]
fn escape_from_a_page_goes_back_and_home_focuses_search() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.key_press(Key::F4);
    harness.run();
    assert_eq!(harness.state().view(), &View::Playbooks);
    harness.key_press(Key::Escape);
    harness.run();
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    assert!(harness.get_by_label("Search").is_focused());
}

#[test]
fn escape_closes_an_open_menu_and_does_nothing_else() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.key_press(Key::F4);
    harness.run();
    harness.get_by_label("Menu").click();
    harness.run();
    let help = "Help and shortcuts F1";
    assert!(
        harness
            .query_by_role_and_label(Role::Button, help)
            .is_some()
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, help)
            .is_none()
    );
    assert_eq!(
        harness.state().view(),
        &View::Playbooks,
        "Esc did not also go back"
    );
}

#[test]
fn the_menu_has_favourites_and_a_help_page_listing_the_shortcuts() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Menu").click();
    harness.run();
    // Label and keys stand apart in the menu; a screen reader hears both.
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Favourites F6")
            .is_some()
    );
    harness
        .get_by_role_and_label(Role::Button, "Help and shortcuts F1")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Help);
    // Key names as people write them.
    assert!(harness.query_by_label("Ctrl+=, Ctrl++").is_some());
    assert!(harness.query_by_label("Ctrl+−").is_some());
    assert!(harness.query_by_label_contains("Equals").is_none());
}

#[test]
fn changing_theme_says_which_theme_is_now_on() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::T);
    harness.run();
    assert_eq!(harness.state().toast(), Some("Theme: light"));
    assert!(harness.query_by_label("Theme: light").is_some());
}

#[test]
fn opening_a_result_clears_the_search_box() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("manager");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(matches!(harness.state().view(), View::Item(_)));
    assert_eq!(harness.state().query(), "");
    let shown = harness
        .get_by_label("Search")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert_eq!(shown, "");
}

#[test]
fn home_opens_at_the_top_with_the_safety_entry_visible() {
    let dir = temp();
    let mut harness = app_at(dir.path(), 800.0, 600.0);
    harness.run();
    harness.get_by_label("More help").scroll_to_me();
    harness.run();
    harness.key_press(Key::F3);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    let safety = harness.get_by_role_and_label(Role::Button, "Threats or violence");
    assert!(safety.rect().top() >= 0.0 && safety.rect().bottom() <= 600.0);
}

#[test]
fn the_phrases_page_has_one_search_box_and_a_scoped_filter() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.key_press(Key::F3);
    harness.run();
    assert_eq!(harness.query_all_by_label("Search").count(), 1);
    harness.get_by_label("Filter these pairs").focus();
    harness.run();
    harness
        .get_by_label("Filter these pairs")
        .type_text("refnd");
    harness.run();
    // The filter goes through the search index: typos behave as in the main search.
    assert!(harness.query_by_label_contains("Showing 0 of").is_none());
    assert!(harness.query_by_label_contains("phrase pairs").is_some());
}

#[test]
fn home_offers_both_safety_paths_at_one_glance() {
    let dir = temp();
    let mut harness = app_at(dir.path(), 420.0, 720.0);
    harness.run();
    let threats = harness.get_by_role_and_label(Role::Button, "Threats or violence");
    assert!(threats.rect().bottom() <= 720.0);
    let self_harm_title = defuse::content::bundled::load("en")
        .content
        .customer_type("self-harm")
        .map(|c| c.title.clone())
        .expect("the self-harm card");
    let self_harm = harness.get_by_role_and_label(Role::Button, &self_harm_title);
    assert!(self_harm.rect().bottom() <= 720.0, "{:?}", self_harm.rect());
    self_harm.click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("self-harm".into()));
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Threats or violence")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("threatening".into()));
}

#[test]
fn f2_opens_the_safety_choice_from_any_view_and_while_typing() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("talk");
    harness.run();
    harness.key_press(Key::F2);
    harness.run();
    assert_eq!(harness.state().view(), &View::Safety);
    // Both kinds of danger, each with its first steps, and who to call.
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Threats or violence")
            .is_some()
    );
    assert!(harness.query_by_label("Who to call").is_some());
    assert!(harness.query_by_label("Police").is_some());
    let steps = harness.query_all_by_label_contains("1. ").count();
    let cards = defuse::content::bundled::load("en")
        .content
        .safety_cards()
        .count();
    assert_eq!(steps, cards, "each safety situation shows its first step");
}

#[test]
fn starring_a_card_puts_it_in_favourites_and_keeps_it() {
    let dir = temp();
    {
        let mut harness = app_with_store(dir.path());
        harness.run();
        let tile = harness.get_by_role_and_label(Role::Button, "Rude customer");
        tile.scroll_to_me();
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
    // Zoom works even with the cursor in the search box: Ctrl+= is never text.
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
fn plain_keys_type_text_while_typing() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("a/b");
    harness.run();
    assert_eq!(harness.state().query(), "a/b");
    assert_eq!(harness.state().view(), &View::Home);
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
fn favourites_this_version_does_not_know_are_kept_unshown() {
    let dir = temp();
    std::fs::write(
        dir.path().join("favourites.ron"),
        "(favourites: [\"card-from-a-newer-version\"], recent: [\"gone\"])",
    )
    .expect("write");
    let mut harness = app_with(AppOptions {
        store: UserStore::at(dir.path().join("favourites.ron")),
        view: Some(View::Favourites),
        ..AppOptions::default()
    });
    harness.run();
    assert!(harness.state().notices().is_empty());
    // Nothing this content has is starred, so the page says so.
    let hint = defuse::strings::Strings::default().no_favourites;
    assert!(harness.query_by_label(&hint).is_some(), "no hint shown");
    open_by_search(&mut harness, "drunk");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    let saved = std::fs::read_to_string(dir.path().join("favourites.ron")).expect("saved");
    for id in ["card-from-a-newer-version", "drunk-or-high", "gone"] {
        assert!(saved.contains(id), "{id} not in {saved}");
    }
}

/// The harness panics on any character no bundled font can draw: visiting every view
/// proves the fonts cover all content.
#[test]
fn every_item_and_section_renders_with_bundled_fonts() {
    let content = defuse::content::bundled::load("en").content;
    let ids: Vec<String> = content.items().map(|i| i.id().to_owned()).collect();
    let mut views: Vec<View> = ids.into_iter().map(View::Item).collect();
    views.extend([
        View::Home,
        View::Safety,
        View::Phrases,
        View::Playbooks,
        View::Principles,
        View::Favourites,
        View::Help,
    ]);
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
    // Only visible rows are drawn, so the last row is not in the tree yet.
    let content = defuse::content::bundled::load("en").content;
    let last = headline(&content, &harness.state().results()[count - 1].id);
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

/// Every customer-type card at a size, with a check of what must be above the fold.
fn each_card_at(width: f32, height: f32, check: impl Fn(&Harness<'_, DefuseApp>, &str)) {
    let content = defuse::content::bundled::load("en").content;
    for card in &content.customer_types {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(width, height))
            .build_eframe(|cc| {
                DefuseApp::new(
                    cc,
                    AppOptions {
                        view: Some(View::Item(card.id.clone())),
                        ..AppOptions::default()
                    },
                )
            });
        harness.run();
        check(&harness, &card.id);
    }
}

fn above_the_fold(harness: &Harness<'_, DefuseApp>, label: &str, height: f32) -> bool {
    harness
        .query_all_by_label(label)
        .any(|n| n.rect().top() >= 0.0 && n.rect().bottom() <= height)
}

#[test]
fn the_first_say_instead_line_is_above_the_fold_at_1280x800() {
    let content = defuse::content::bundled::load("en").content;
    each_card_at(1280.0, 800.0, |harness, id| {
        let first = content.phrases_for(id).first().map(|p| p.say.clone());
        let first = first.unwrap_or_else(|| panic!("`{id}` has phrase pairs"));
        assert!(
            above_the_fold(harness, &first, 800.0),
            "`{id}`: the first \"say instead\" line is below the fold: {first:?}"
        );
    });
}

#[test]
fn the_first_three_steps_are_above_the_fold_at_800x600() {
    let content = defuse::content::bundled::load("en").content;
    each_card_at(800.0, 600.0, |harness, id| {
        let card = content.customer_type(id).expect("a card");
        for step in card.steps.iter().take(3) {
            assert!(
                above_the_fold(harness, step, 600.0),
                "`{id}`: step {step:?} is below the fold at 800×600"
            );
        }
    });
}

#[test]
fn safety_cards_put_steps_and_contacts_first_at_420x720() {
    let content = defuse::content::bundled::load("en").content;
    // With no numbers set, and with the longest numbers a preset sets.
    for preset in [None, Some("ZA"), Some("GB")] {
        let site = site_as(preset);
        for id in defuse::content::SAFETY_CARDS {
            let card = content.customer_type(id).expect("a safety card");
            let mut harness = at_view_with(
                420.0,
                720.0,
                AppOptions {
                    view: Some(View::Item(id.to_owned())),
                    site_preset: preset.map(str::to_owned),
                    ..AppOptions::default()
                },
            );
            harness.run();
            for step in card.steps.iter().take(3) {
                assert!(above_the_fold(&harness, step, 720.0), "`{id}`: {step:?}");
            }
            let named = content.contacts_for(card, 3);
            assert!(!named.is_empty(), "`{id}` names no one to call");
            contacts_inside(&harness, &named, &site, 420.0, 720.0);
            assert!(harness.query_by_label("Customer type").is_none());
            assert!(harness.query_by_label("☆ Add to favourites").is_none());
        }
    }
}

/// The site's numbers as a preset sets them (none: nothing set).
fn site_as(preset: Option<&str>) -> SiteProfile {
    let mut site = SiteProfile::default();
    if let Some(code) = preset {
        site.apply(defuse::site_profile::preset(code).expect("a preset"));
    }
    site
}

/// Every row of "Who to call" for `contacts` is inside the window: its label, and the
/// site's number for it (large, one line) or a plain "not set"; never a brace.
fn contacts_inside(
    harness: &Harness<'_, DefuseApp>,
    contacts: &[&defuse::content::Contact],
    site: &SiteProfile,
    width: f32,
    height: f32,
) {
    assert!(inside(harness, "Who to call", width, height));
    for contact in contacts {
        assert!(
            inside(harness, &contact.label, width, height),
            "`{}` is off screen at {width}×{height}",
            contact.label
        );
        if let Some(number) = site.number(&contact.id) {
            assert!(
                inside(harness, number, width, height),
                "{}'s {number} is off screen at {width}×{height}",
                contact.label
            );
        }
    }
    let unset = contacts
        .iter()
        .filter(|c| site.number(&c.id).is_none())
        .count();
    let shown = harness
        .query_all_by_label("not set")
        .filter(|n| {
            let r = n.rect();
            r.top() >= 0.0 && r.bottom() <= height && r.right() <= width
        })
        .count();
    assert_eq!(shown, unset, "every unset contact says so, in view");
    assert!(harness.query_by_label_contains("{").is_none());
}

#[test]
fn a_phrase_pair_headlines_what_to_say() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("calm down");
    harness.run();
    let content = defuse::content::bundled::load("en").content;
    let pair = content
        .phrases
        .iter()
        .find(|p| p.id == "calm-down")
        .expect("the calm-down pair");
    // In results the row is named by the line to say, not the line to avoid.
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &pair.say)
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &pair.avoid)
            .is_none()
    );
    harness
        .get_by_role_and_label(Role::Button, &pair.say)
        .click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("calm-down".into()));
    assert!(harness.query_by_label(&format!("✔ {}", pair.say)).is_some());
    // The line to avoid is never a heading on its own.
    assert!(
        harness
            .query_all_by_label(&pair.avoid)
            .all(|n| n.accesskit_node().role() != Role::Heading)
    );
}

#[test]
fn a_search_with_no_match_is_never_a_dead_end() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("qqqxqqq");
    harness.run();
    assert!(harness.state().results().is_empty());
    assert!(harness.query_by_label_contains("Nothing matches").is_some());
    harness.get_by_label_contains("Threats or violence").click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("threatening".into()));
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Search").type_text("qqqxqqq");
    harness.run();
    harness.get_by_label("Browse all customer types").click();
    harness.run();
    assert_eq!(harness.state().query(), "");
    assert!(harness.query_by_label("Customer types").is_some());
}

#[test]
fn a_deck_page_shows_its_outline_and_each_slide_opens_its_item() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(harness.state().view(), &View::Decks);
    // Eight decks: the safety deck may be below the fold, as a person would scroll.
    harness
        .get_by_role_and_label(Role::Button, "Safety and escalation")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Safety and escalation")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view(),
        &View::Item("safety-and-escalation".into())
    );
    // Presenter notes never show on a page that may be projected.
    let content = defuse::content::bundled::load("en").content;
    let minutes = content
        .decks
        .iter()
        .find(|d| d.id == "safety-and-escalation")
        .map(|d| format!("{} min", d.minutes))
        .expect("the safety deck");
    assert!(harness.query_by_label_contains(&minutes).is_some());
    // P2-8: the id `defuse present` takes is on the page.
    assert!(
        harness
            .query_by_label("defuse present safety-and-escalation")
            .is_some()
    );
    let deck = content
        .decks
        .iter()
        .find(|d| d.id == "safety-and-escalation")
        .expect("the safety deck");
    for note in deck.slides.iter().filter_map(|s| s.notes.as_deref()) {
        assert!(harness.query_by_label_contains(note).is_none());
    }
    harness.get_by_label("Threats or violence").click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Item("threatening".into()));
}

#[test]
fn missed_searches_are_kept_only_when_turned_on_and_clear_in_one_click() {
    let dir = temp();
    let options = || AppOptions {
        store: UserStore::at(dir.path().join("favourites.ron")),
        missed: defuse::missed::MissedStore::in_dir(dir.path()),
        ..AppOptions::default()
    };
    let mut harness = app_with(options());
    harness.run();
    // Off by default: an abandoned search leaves no trace.
    harness.get_by_label("Search").type_text("qqqzzz");
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!dir.path().join("missed.ron").exists());

    harness.get_by_label("Menu").click();
    harness.run();
    harness
        .get_all_by_role(Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Searches that found nothing"))
        })
        .expect("the menu entry")
        .click();
    harness.run();
    assert!(harness.query_by_label("None recorded.").is_some());
    harness
        .get_by_label("Remember searches that found nothing, on this computer only")
        .click();
    harness.run();
    for _ in 0..2 {
        harness.key_press(Key::Escape);
        harness.run();
        harness.get_by_label("Search").type_text("qqqzzz");
        harness.run();
        harness.key_press(Key::Escape);
        harness.run();
    }
    // A search whose result was opened is not a missed one.
    harness.get_by_label("Search").type_text("shout");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let saved = std::fs::read_to_string(dir.path().join("missed.ron")).expect("saved");
    assert!(
        saved.contains("qqqzzz") && !saved.contains("shout"),
        "{saved}"
    );

    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Menu").click();
    harness.run();
    harness
        .get_all_by_role(Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Searches that found nothing"))
        })
        .expect("the menu entry")
        .click();
    harness.run();
    assert!(harness.query_by_label("qqqzzz").is_some());
    assert!(harness.query_by_label("2").is_some(), "counted twice");
    harness.get_by_label("Clear the list").click();
    harness.run();
    assert!(harness.query_by_label("None recorded.").is_some());
    let saved = std::fs::read_to_string(dir.path().join("missed.ron")).expect("saved");
    assert!(!saved.contains("qqqzzz"));
}

#[test]
fn a_word_reached_through_the_thesaurus_says_what_it_was_read_as() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Search").type_text("livid");
    harness.run();
    assert_eq!(
        harness.state().results().first().map(|h| h.id.as_str()),
        Some("angry")
    );
    assert!(harness.query_by_label("Showing results for").is_some());
    assert!(harness.query_by_label("angry").is_some());
}

/// Content problems show as a banner above every page until dismissed; a layout check
/// of a page looks at the page, so it dismisses them first, as a user would.
fn dismiss_notices(harness: &mut Harness<'_, DefuseApp>) {
    if !harness.state().notices().is_empty() {
        harness.get_by_role_and_label(Role::Button, "OK").click();
        harness.run();
    }
}

/// The first result's row is drawn and wholly inside the window: a row above the view
/// is not drawn at all.
fn first_result_in_view(harness: &Harness<'_, DefuseApp>, height: f32) -> bool {
    let content = defuse::content::bundled::load("en").content;
    let Some(first) = harness.state().results().first() else {
        return false;
    };
    harness
        .query_all_by_role_and_label(Role::Button, &headline(&content, &first.id))
        .any(|n| n.rect().top() >= 0.0 && n.rect().bottom() <= height)
}

#[test]
fn a_new_search_starts_at_its_first_result() {
    let dir = temp();
    let mut harness = searched_at_420x720(dir.path(), "customer");
    for _ in 0..12 {
        harness.key_press(Key::ArrowDown);
        harness.run();
    }
    assert!(!first_result_in_view(&harness, 720.0), "the list scrolled");
    // Esc, then a new query: the list starts at its best match.
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Search").type_text("drunk");
    harness.run();
    assert_eq!(harness.state().selected(), 0);
    assert!(first_result_in_view(&harness, 720.0));
    // Changing the query without Esc does the same.
    for _ in 0..12 {
        harness.key_press(Key::ArrowDown);
        harness.run();
    }
    harness.get_by_label("Search").type_text(" man");
    harness.run();
    assert!(first_result_in_view(&harness, 720.0));
    let first = harness.state().results()[0].id.clone();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item(first));
}

#[test]
fn scrolling_the_results_moves_the_highlight_to_a_row_in_view() {
    let dir = temp();
    let mut harness = searched_at_420x720(dir.path(), "say");
    let content = defuse::content::bundled::load("en").content;
    let label = |harness: &Harness<'_, DefuseApp>, n: usize| {
        headline(&content, &harness.state().results()[n].id)
    };
    let first = label(&harness, 0);
    for _ in 0..8 {
        harness
            .get_by_role_and_label(Role::Button, &label(&harness, harness.state().selected()))
            .scroll_down();
        harness.run();
    }
    assert!(!first_result_in_view(&harness, 720.0), "the list scrolled");
    let selected = harness.state().selected();
    assert!(selected > 0);
    let selected_label = label(&harness, selected);
    let row = harness.get_by_role_and_label(Role::Button, &selected_label);
    assert!(row.rect().top() >= 0.0 && row.rect().bottom() <= 720.0);
    assert_ne!(label(&harness, selected), first);
    let expected = harness.state().results()[selected].id.clone();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item(expected));
}

#[test]
fn a_long_list_scrolled_to_its_end_in_one_go_shows_whole_rows_apart() {
    // Rows far below the view are laid out only when they come near it: a wheel
    // that throws the list to its end must still show real rows, none on another.
    let dir = temp();
    let mut harness = searched_at_420x720(dir.path(), "say");
    let count = harness.state().results().len();
    assert!(count > 30, "a long list: {count}");
    harness.hover_at(egui::pos2(210.0, 500.0));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -100_000.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
    // egui eases a wheel's scroll over a few frames.
    harness.run_steps(12);
    let content = defuse::content::bundled::load("en").content;
    let headlines: Vec<String> = harness
        .state()
        .results()
        .iter()
        .map(|h| headline(&content, &h.id))
        .collect();
    let mut drawn: Vec<egui::Rect> = headlines
        .iter()
        .flat_map(|label| {
            harness
                .query_all_by_role_and_label(Role::Button, label)
                .map(|n| n.rect())
                .collect::<Vec<_>>()
        })
        .filter(|r| r.bottom() > 0.0 && r.top() < 720.0)
        .collect();
    drawn.sort_by(|a, b| a.top().total_cmp(&b.top()));
    drawn.dedup();
    assert!(drawn.len() >= 2, "rows in view: {drawn:?}");
    for pair in drawn.windows(2) {
        assert!(
            pair[0].bottom() <= pair[1].top() + 0.5,
            "rows overlap: {pair:?}"
        );
    }
    let last = headlines.last().expect("results");
    let row = harness.get_by_role_and_label(Role::Button, last);
    assert!(
        row.rect().bottom() <= 720.0,
        "the last row ends in the window: {:?}",
        row.rect()
    );
}

/// Opens `query`'s first result with Enter, as a worker does.
fn open_by_search(harness: &mut Harness<'_, DefuseApp>, query: &str) -> String {
    harness.get_by_label("Search").type_text(query);
    harness.run();
    let id = harness.state().results()[0].id.clone();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item(id.clone()));
    id
}

#[test]
fn escape_on_home_does_nothing_even_after_visiting_a_card() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    open_by_search(&mut harness, "shout");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    for _ in 0..3 {
        harness.key_press(Key::Escape);
        harness.run();
        assert_eq!(harness.state().view(), &View::Home, "Esc on Home moved");
        assert!(harness.get_by_label("Search").is_focused());
    }
}

#[test]
fn escape_after_a_search_from_a_card_returns_to_the_card() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    let card = open_by_search(&mut harness, "shout");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Search").type_text("ref");
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item(card));
    assert_eq!(harness.state().query(), "");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home, "no ping-pong");
}

#[test]
fn escape_after_f2_mid_search_from_a_card_returns_to_the_card() {
    let dir = temp();
    let mut harness = app_at(dir.path(), 420.0, 720.0);
    harness.run();
    let card = open_by_search(&mut harness, "shout");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Search").type_text("guy");
    harness.run();
    harness.key_press(Key::F2);
    harness.run();
    assert_eq!(harness.state().view(), &View::Safety);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item(card));
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home, "no ping-pong");
}

#[test]
fn typing_on_a_card_searches_however_the_card_was_opened() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    // Opened with Enter from results.
    let card = open_by_search(&mut harness, "shout");
    harness.event(egui::Event::Text("refund".into()));
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    assert_eq!(harness.state().query(), "refund");
    // The cursor is now in the box, after what was typed.
    harness.get_by_label("Search").type_text(" no receipt");
    harness.run();
    assert_eq!(harness.state().query(), "refund no receipt");

    // That search started on the card: Esc returns there, then Home.
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Item(card));
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    // Opened by clicking a Home tile.
    harness
        .get_by_role_and_label(Role::Button, "Drunk or on something")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Drunk or on something")
        .click();
    harness.run();
    assert!(matches!(harness.state().view(), View::Item(_)));
    assert!(!harness.get_by_label("Search").is_focused());
    harness.event(egui::Event::Text("guy".into()));
    harness.run();
    assert_eq!(harness.state().query(), "guy");
    assert_eq!(harness.state().view(), &View::Home);
}

#[test]
fn page_keys_arrows_and_space_scroll_a_card() {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(420.0, 720.0))
        .build_eframe(|cc| {
            DefuseApp::new(
                cc,
                AppOptions {
                    view: Some(View::Item("angry".into())),
                    ..AppOptions::default()
                },
            )
        });
    harness.run();
    let top = |harness: &Harness<'_, DefuseApp>| harness.get_by_label("What to do").rect().top();
    let start = top(&harness);
    for (key, down) in [
        (Key::PageDown, true),
        (Key::PageUp, false),
        (Key::ArrowDown, true),
        (Key::ArrowUp, false),
        (Key::Space, true),
    ] {
        let before = top(&harness);
        harness.key_press(key);
        harness.run();
        let after = top(&harness);
        if down {
            assert!(after < before - 30.0, "{key:?}: {before} → {after}");
        } else {
            assert!(after > before + 30.0, "{key:?}: {before} → {after}");
        }
    }
    harness.key_press(Key::Home);
    harness.run();
    assert_eq!(top(&harness), start);
    assert_eq!(harness.state().query(), "", "Space did not type");
}

#[test]
fn practise_from_the_menu_takes_space_enter_1_and_2() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    harness.get_by_label("Menu").click();
    harness.run();
    // A menu item's name is its label and keys; Practise has none.
    harness
        .get_by_role_and_label(Role::Button, "Practise ")
        .click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().view(), &View::Practice);
    assert!(!harness.get_by_label("Search").is_focused());
    harness.key_press(Key::Space);
    harness.run();
    let round = harness.state().round().expect("a round");
    assert!(round.is_revealed(), "Space showed our words");
    let (n, _) = round.position();
    harness.key_press(Key::Num1);
    harness.run();
    let round = harness.state().round().expect("a round");
    assert_eq!(round.position().0, n + 1, "1 marked the pair");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().round().expect("a round").is_revealed());
    harness.key_press(Key::Num2);
    harness.run();
    assert_eq!(
        harness.state().round().expect("a round").position().0,
        n + 2
    );
    assert_eq!(harness.state().query(), "", "nothing typed into search");
    assert_eq!(harness.state().view(), &View::Practice);
}

#[test]
fn f2_and_f5_close_the_menu() {
    let dir = temp();
    let mut harness = app_with_store(dir.path());
    harness.run();
    let help = "Help and shortcuts F1";
    harness.get_by_label("Menu").click();
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, help)
            .is_some()
    );
    harness.key_press(Key::F2);
    harness.run();
    assert_eq!(harness.state().view(), &View::Safety);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, help)
            .is_none()
    );

    open_by_search_from(&mut harness, "shout");
    harness.get_by_label("Menu").click();
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, help)
            .is_some()
    );
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().presentation().is_some());
    harness.key_press(Key::Escape);
    harness.run();
    harness.run();
    assert!(harness.state().presentation().is_none(), "Esc ended it");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, help)
            .is_none()
    );
}

/// Types `query` (the cursor goes to the box from any page) and opens the first result.
fn open_by_search_from(harness: &mut Harness<'_, DefuseApp>, query: &str) {
    harness.event(egui::Event::Text(query.into()));
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(matches!(harness.state().view(), View::Item(_)));
}

#[test]
fn a_weak_match_shows_its_results_first_and_the_way_out_below_them() {
    let dir = temp();
    let harness = searched_at_420x720(dir.path(), "qzxjvwq flumbrous shouting");
    assert!(!harness.state().results().is_empty());
    assert!(first_result_in_view(&harness, 720.0));
    let content = defuse::content::bundled::load("en").content;
    let first = headline(&content, &harness.state().results()[0].id);
    let row = harness.get_by_role_and_label(Role::Button, &first).rect();
    let note = harness.get_by_label_contains("Not what you need").rect();
    assert!(
        note.top() >= row.bottom(),
        "the note sits below the first result"
    );
    assert!(note.bottom() <= 720.0, "and is on screen");
    assert!(harness.query_by_label_contains("Nothing matches").is_none());
}

/// The app at `size` on `view`, in memory only.
fn at_view(width: f32, height: f32, view: View) -> Harness<'static, DefuseApp> {
    at_view_with(
        width,
        height,
        AppOptions {
            view: Some(view),
            ..AppOptions::default()
        },
    )
}

/// The app at `size` started with `options`, notices dismissed.
fn at_view_with(width: f32, height: f32, options: AppOptions) -> Harness<'static, DefuseApp> {
    let mut harness = common::app::build(options, egui::vec2(width, height));
    harness.run();
    dismiss_notices(&mut harness);
    harness
}

fn inside(harness: &Harness<'_, DefuseApp>, label: &str, width: f32, height: f32) -> bool {
    harness.query_all_by_label(label).any(|n| {
        let r = n.rect();
        r.top() >= 0.0 && r.bottom() <= height && r.left() >= 0.0 && r.right() <= width
    })
}

#[test]
fn f2_shows_every_safety_situation_and_who_to_call_at_420x720() {
    let content = defuse::content::bundled::load("en").content;
    let cards: Vec<_> = content.safety_cards().collect();
    assert_eq!(cards.len(), defuse::content::SAFETY_CARDS.len());
    let contacts: Vec<_> = content.contacts.iter().collect();
    // P1-3: threats and self-harm with steps 1-3, and who to call, every contact of
    // it, without scrolling: with nothing set, and with each preset's numbers.
    let mut presets: Vec<Option<&str>> = vec![None];
    presets.extend(
        defuse::site_profile::presets()
            .iter()
            .map(|p| Some(p.code.as_str())),
    );
    for preset in presets {
        let harness = at_view_with(
            420.0,
            720.0,
            AppOptions {
                view: Some(View::Safety),
                site_preset: preset.map(str::to_owned),
                ..AppOptions::default()
            },
        );
        for card in cards.iter().take(2) {
            assert!(inside(&harness, &card.title, 420.0, 720.0), "{}", card.id);
            for (n, step) in card.steps.iter().take(3).enumerate() {
                let step = format!("{}. {step}", n + 1);
                assert!(inside(&harness, &step, 420.0, 720.0), "{preset:?}: {step}");
            }
        }
        contacts_inside(&harness, &contacts, &site_as(preset), 420.0, 720.0);
    }
    let mut harness = at_view(420.0, 720.0, View::Safety);
    // The other situations follow on the same page.
    for card in &cards[2..] {
        assert!(
            harness
                .query_by_role_and_label(Role::Button, &card.title)
                .is_some(),
            "{}",
            card.id
        );
    }
    // Wider, every situation and who to call are on one screen.
    let harness_wide = at_view(1280.0, 800.0, View::Safety);
    for card in &cards {
        assert!(
            inside(&harness_wide, &card.title, 1280.0, 800.0),
            "{}",
            card.id
        );
    }
    contacts_inside(&harness_wide, &contacts, &site_as(None), 1280.0, 800.0);
    // Each opens its card.
    let last = cards[cards.len() - 1];
    harness
        .get_by_role_and_label(Role::Button, &last.title)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, &last.title)
        .click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Item(last.id.clone()));
}

#[test]
fn home_shows_every_safety_situation_and_favourites_above_the_tiles() {
    let dir = temp();
    let mut harness = app_at(dir.path(), 420.0, 720.0);
    harness.run();
    dismiss_notices(&mut harness);
    let content = defuse::content::bundled::load("en").content;
    for card in content.safety_cards() {
        assert!(inside(&harness, &card.title, 420.0, 720.0), "{}", card.id);
    }
    // Star a card; Home lists it before the customer types.
    open_by_search(&mut harness, "drunk");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    let favourites = harness.get_by_label("Favourites").rect();
    let tiles = harness.get_by_label("Customer types").rect();
    assert!(favourites.bottom() <= 720.0, "{favourites:?}");
    assert!(favourites.top() < tiles.top());
    assert!(harness.query_by_label("Recently viewed").is_some());
}

#[test]
fn zoom_is_clamped_so_back_and_the_search_box_stay_usable() {
    let dir = temp();
    let mut harness = app_at(dir.path(), 420.0, 720.0);
    harness.run();
    dismiss_notices(&mut harness);
    for _ in 0..12 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
        harness.run();
    }
    // Rects are in points; the window is 420 pixels wide.
    let ppp = harness.ctx.pixels_per_point();
    let width = 420.0 / ppp;
    let back = harness.get_by_role_and_label(Role::Button, "⬅ Back").rect();
    assert!(back.left() >= 0.0 && back.right() <= width, "{back:?}");
    let search = harness.get_by_label("Search").rect();
    assert!(search.right() <= width + 1.0, "{search:?}");
    assert!(search.width() * ppp >= 200.0, "{search:?} at {ppp}");
    for _ in 0..20 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
        harness.run();
    }
    assert!(harness.state().prefs().zoom >= 0.79);
}

#[test]
fn the_help_table_never_clips_its_keys_at_420_pixels() {
    let harness = at_view(420.0, 720.0, View::Help);
    // The longest key list, whole and inside the window.
    let keys = "→, ↓, PageDown, Space, Enter, N";
    let node = harness.get_by_label(keys);
    assert!(node.rect().right() <= 420.0, "{:?}", node.rect());
    assert!(
        harness
            .query_by_label("Searches that found nothing")
            .is_none()
    );
}
