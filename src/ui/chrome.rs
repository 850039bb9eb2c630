//! The app's frame around every page: the top bar with Back, the search box, the
//! safety button and the menu; notices; the toast.

use crate::strings::Language;
use egui::{Key, RichText, Ui};

use super::{
    NARROW_WIDTH, State, View,
    command::UiCommand,
    queue::{AppCommand, Commands},
    style,
};

/// One-shot requests the frame takes from the state before drawing it.
#[derive(Debug, Default, Clone, Copy)]
pub struct Once {
    pub focus_search: bool,
    pub scroll_to_top: bool,
    pub scroll_to_selected: bool,
    /// Scroll the page by this much (keys).
    pub scroll_by: f32,
    /// Take the cursor out of the search box (a page other than Home opened).
    pub leave_search: bool,
}

pub fn top_bar_ui(app: &State, tx: &mut Commands, ui: &mut Ui, once: Once) {
    let narrow = ui.available_width() < NARROW_WIDTH;
    ui.horizontal(|ui| {
        let can_go_back = app.view != View::Home || !app.query.is_empty();
        let back = ui.add_enabled(can_go_back, egui::Button::new(&app.strings.back));
        if back
            .on_hover_text(UiCommand::Back.shortcut_text(ui.ctx()))
            .clicked()
        {
            tx.send(AppCommand::Ui(UiCommand::Back));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            menu_ui(app, tx, ui);
            let safety = egui::Button::new(
                RichText::new(&app.strings.safety_short)
                    .color(egui::Color32::WHITE)
                    .strong(),
            )
            .fill(style::palette(ui).danger);
            let response = ui.add(safety).on_hover_text(format!(
                "{} ({})",
                app.strings.safety_tooltip,
                UiCommand::SafetyCard.shortcut_text(ui.ctx())
            ));
            if response.clicked() {
                tx.send(AppCommand::Navigate(View::Safety));
            }
            if !narrow {
                // Right to left: the box is added before its label to stand after it.
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    search_box_ui(app, tx, ui, once);
                });
            }
        });
    });
    if narrow {
        ui.horizontal(|ui| search_box_ui(app, tx, ui, once));
    }
}

fn search_box_ui(app: &State, tx: &mut Commands, ui: &mut Ui, once: Once) {
    let label = ui.label(&app.strings.search_label);
    let width = ui.available_width() - 8.0;
    let mut query = app.query.clone();
    let output = egui::TextEdit::singleline(&mut query)
        .id_salt("search")
        .hint_text(&app.strings.search_hint)
        .desired_width(width)
        .return_key(None)
        .show(ui);
    let response = output.response.response.clone().labelled_by(label.id);
    // Home always has the cursor in the search box, unless the user moved it on.
    let nothing_focused = ui.ctx().memory(|m| m.focused().is_none());
    if once.focus_search {
        response.request_focus();
        // The cursor goes after what is there (text typed on a page just arrived), not
        // where it was in an older, longer or shorter, query.
        let mut state = output.state.clone();
        let end = egui::text::CCursor::new(query.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(end)));
        state.store(ui.ctx(), response.id);
    } else if app.view == View::Home && nothing_focused {
        response.request_focus();
    } else if once.leave_search {
        response.surrender_focus();
    }
    if response.changed() {
        tx.send(AppCommand::SetQuery(query));
    }
    // egui drops a text box's focus on Esc before we see it, so look at both.
    let esc =
        ui.input(|i| i.key_pressed(Key::Escape)) && (response.has_focus() || response.lost_focus());
    if esc {
        ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape));
        // The rules of Esc are Back's (see `keys`), in the box as outside it.
        tx.send(AppCommand::Ui(UiCommand::Back));
    } else if response.has_focus() && !app.results.is_empty() && result_keys(ui.ctx(), tx) {
        response.surrender_focus();
    }
}

/// ↑/↓ move through results and Enter opens one, from the search box or not; true if
/// a result is being opened.
pub fn result_keys(ctx: &egui::Context, tx: &mut Commands) -> bool {
    let (down, up, enter) = ctx.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
            i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
            i.consume_key(egui::Modifiers::NONE, Key::Enter),
        )
    });
    if down {
        tx.send(AppCommand::MoveSelection(1));
    }
    if up {
        tx.send(AppCommand::MoveSelection(-1));
    }
    if enter {
        tx.send(AppCommand::OpenSelected);
    }
    enter
}

fn menu_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    ui.menu_button("☰", |ui| {
        // Taller than a 1280 x 800 window: it scrolls rather than hide its last entries
        // (the language and the theme) below the window's edge.
        // Its entries keep their one line each, as the menu had them before it scrolled.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        let room = (ui.ctx().content_rect().bottom() - ui.cursor().top() - 12.0).max(120.0);
        egui::ScrollArea::vertical()
            .max_height(room)
            .min_scrolled_height(room)
            .show(ui, |ui| menu_entries_ui(app, tx, ui));
    })
    .response
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &app.strings.menu));
}

/// The menu's entries: the pages, zoom, the language and the theme.
fn menu_entries_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    for command in [
        UiCommand::Home,
        UiCommand::SafetyCard,
        UiCommand::ShowFavourites,
        UiCommand::ShowPhrases,
        UiCommand::ShowPlaybooks,
        UiCommand::ShowPrinciples,
        UiCommand::ShowDecks,
        UiCommand::Practise,
        UiCommand::PrintHandouts,
        UiCommand::ShowSiteContacts,
        UiCommand::ShowPacks,
        UiCommand::ShowHelp,
        UiCommand::ShowMissed,
        UiCommand::ZoomIn,
        UiCommand::ZoomOut,
        UiCommand::ZoomReset,
    ] {
        if app.kiosk && !command.in_kiosk() {
            continue;
        }
        let button = egui::Button::new(command.label(&app.strings))
            .shortcut_text(command.shortcut_text(ui.ctx()));
        if ui.add(button).clicked() {
            tx.send(AppCommand::Ui(command));
        }
    }
    // A kiosk's next person may read another language: it resets at idle.
    language_menu_ui(app, tx, ui);
    if app.kiosk {
        return;
    }
    let theme = egui::Button::new(app.prefs.theme.label(&app.strings))
        .shortcut_text(UiCommand::CycleTheme.shortcut_text(ui.ctx()));
    if ui.add(theme).clicked() {
        tx.send(AppCommand::Ui(UiCommand::CycleTheme));
    }
}

/// Each language named in itself, so a reader finds theirs whatever is shown now.
fn language_menu_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    ui.menu_button(&app.strings.language_menu, |ui| {
        for language in Language::ALL {
            let shown = app.strings.language() == language;
            if ui
                .add(egui::Button::selectable(shown, language.native_name()))
                .clicked()
            {
                tx.send(AppCommand::SetLanguage(language));
            }
        }
    });
}

pub fn notices_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    if app.notices.is_empty() {
        return;
    }
    egui::Frame::new()
        .fill(style::palette(ui).escalate_bg)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            for notice in &app.notices {
                ui.label(notice);
            }
            if ui.button(&app.strings.dismiss).clicked() {
                tx.send(AppCommand::DismissNotices);
            }
        });
}

/// The toast, while it lasts, in a strip of its own at the bottom: the page gives it
/// room rather than being covered. The frame drops it once its time is up.
pub fn toast_ui(app: &State, ui: &mut Ui) {
    let Some((text, until)) = &app.toast else {
        return;
    };
    let now = ui.input(|i| i.time);
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f64((until - now).max(0.0)));
    egui::Panel::bottom("toast")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::same(8)))
        .show(ui, |ui| {
            ui.vertical_centered(|ui| ui.strong(text.as_str()));
        });
}
