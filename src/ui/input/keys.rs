//! Keys and focus: the one set of rules every page follows, and the handler that keeps
//! them (the README's "Keyboard shortcuts" lists the same rules; each has a kittest).
//!
//! 1. Esc closes an open menu or list first, and does nothing else.
//! 2. Esc on Home with an empty search does nothing.
//! 3. Esc on search results clears the search; a search started on another page (a
//!    card, F2…) returns to that page, one started on Home stays Home, cursor in the box.
//! 4. Esc on any other page goes back one page. Search results are not a page of their
//!    own: after a search from a card and then F2, Esc returns to the card.
//! 5. Typing on any page but Practise goes into the search box, however the page was
//!    opened: a page never keeps the cursor in the box, so plain keys are free for 6.
//! 6. On a page, PageUp/PageDown, ↑/↓, Space and Home/End scroll it.
//! 7. Practise keeps its own keys (Space, Enter, 1, 2) unless its answer box has the
//!    cursor; opening it from the menu or a card is the same.
//! 8. F-keys and Ctrl shortcuts work everywhere, even while typing, and close the menu.
//! 9. While presenting, the presentation's keys only (`present::present_keys`).
//! 10. Ctrl+K opens the command palette anywhere, presenting too (on the presenter
//!     view), with the cursor in its box: typing goes there, ↑/↓ and Enter choose, Esc
//!     closes it and gives the cursor back where it was. F-keys and Ctrl shortcuts
//!     close it and do what they do (8).

use egui::{Event, Key, Modifiers};

use super::{
    command::{Scope, UiCommand},
    queue::AppCommand,
};
use crate::ui::{DefuseApp, View, chrome, palette, present};

/// How far ↑/↓ scroll a page, in points.
const LINE_STEP: f32 = 60.0;
/// Further than any page is long: Home/End (the scroll area clamps it).
const PAGE_END: f32 = 1.0e7;

impl DefuseApp {
    /// Keys that act on the whole app, as commands, following the rules above.
    pub(in crate::ui) fn keys(&mut self, ctx: &egui::Context) {
        let menu_open = egui::Popup::is_any_open(ctx);
        // Rule 1: egui closes the menu as it draws it.
        if menu_open && ctx.input(|i| i.key_pressed(Key::Escape)) {
            return;
        }
        // Rule 10.
        if UiCommand::CommandPalette.consume(ctx) {
            if menu_open {
                egui::Popup::close_all(ctx);
            }
            self.commands
                .send(AppCommand::Ui(UiCommand::CommandPalette));
            return;
        }
        if self.state.palette.is_some() {
            // On the presenter view, its own window reads the palette's keys.
            let here = self
                .state
                .presenting
                .as_ref()
                .is_none_or(|p| p.presenter_only);
            if here {
                palette::palette_keys(ctx, &mut self.commands);
            }
            if self.state.presenting.is_none()
                && let Some(command) = UiCommand::pressed(ctx, true, Scope::App)
            {
                self.commands.send(AppCommand::ClosePalette);
                self.commands.send(AppCommand::Ui(command));
            }
            return;
        }
        if let Some(presenting) = &self.state.presenting {
            present::present_keys(ctx, &presenting.show, &mut self.commands);
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        if let Some(command) = UiCommand::pressed(ctx, typing, Scope::App) {
            // Rule 8: the page changes under the menu, which would otherwise stay open.
            if menu_open {
                egui::Popup::close_all(ctx);
            }
            self.commands.send(AppCommand::Ui(command));
        }
        if self.state.view == View::Practice {
            if let Some(command) = UiCommand::pressed(ctx, typing, Scope::Practice) {
                self.commands.send(AppCommand::Ui(command));
            }
            return;
        }
        if typing || menu_open {
            return;
        }
        if self.state.view == View::Home && !self.state.results.is_empty() {
            chrome::result_keys(ctx, &mut self.commands);
        } else {
            self.scroll_keys(ctx);
        }
        self.type_into_search(ctx);
    }

    /// Rule 6: the page scrolls by a line or by (most of) a screen.
    fn scroll_keys(&mut self, ctx: &egui::Context) {
        let none = Modifiers::NONE;
        // Space clicks a button that has keyboard focus (Tab); only scroll otherwise.
        let free = ctx.memory(|m| m.focused().is_none());
        let page = (ctx.content_rect().height() - 120.0).max(LINE_STEP);
        let by = ctx.input_mut(|i| {
            if i.consume_key(none, Key::PageDown) || (free && i.consume_key(none, Key::Space)) {
                page
            } else if i.consume_key(none, Key::PageUp) {
                -page
            } else if i.consume_key(none, Key::ArrowDown) {
                LINE_STEP
            } else if i.consume_key(none, Key::ArrowUp) {
                -LINE_STEP
            } else if i.consume_key(none, Key::End) {
                PAGE_END
            } else if i.consume_key(none, Key::Home) {
                -PAGE_END
            } else {
                0.0
            }
        });
        if by != 0.0 {
            self.scroll_by = by;
        }
    }

    /// Rule 5: text typed while no text box has the cursor starts (or continues) the
    /// search. A space alone scrolls (rule 6), and `/` only moves the cursor there.
    fn type_into_search(&mut self, ctx: &egui::Context) {
        let typed: String = ctx.input_mut(|i| {
            let mut typed = String::new();
            i.events.retain(|event| match event {
                Event::Text(text)
                    if text != "/" && !(typed.is_empty() && text.trim().is_empty()) =>
                {
                    typed.push_str(text);
                    false
                }
                _ => true,
            });
            typed
        });
        if typed.is_empty() {
            return;
        }
        let query = format!("{}{typed}", self.state.query);
        self.commands.send(AppCommand::SetQuery(query));
        self.focus_search = true;
    }
}
