//! The command palette's changes: opening it (on the presenter view while presenting),
//! typing, moving, choosing a row, and closing it with the cursor given back.

use crate::present::Action;
use crate::ui::{
    DefuseApp, View,
    command::Scope,
    palette::{self, LIMIT, Palette, entries::Target},
    present::Presenting,
    presenter,
};

impl DefuseApp {
    /// The commands the palette lists now: the presentation's while presenting.
    fn palette_scope(&self) -> Scope {
        if self.state.presenting.is_some() {
            Scope::Presentation
        } else {
            Scope::App
        }
    }

    /// Ctrl+K: opens the palette with the cursor in its box, or closes it. While
    /// presenting it opens on the presenter view, which opens for it if it was closed.
    pub(in crate::ui) fn toggle_palette(&mut self, ctx: &egui::Context) {
        if self.state.palette.is_some() {
            self.close_palette(ctx);
            return;
        }
        if let Some(presenting) = &mut self.state.presenting
            && !presenting.show.presenter()
            && !presenting.presenter_only
        {
            presenting
                .show
                .apply(Action::TogglePresenter, ctx.input(|i| i.time));
        }
        if self
            .state
            .presenting
            .as_ref()
            .is_some_and(|p| !p.presenter_only)
        {
            // The trainer types into the presenter view, whichever window had the keys.
            ctx.send_viewport_cmd_to(presenter::viewport_id(), egui::ViewportCommand::Focus);
        }
        self.state.palette = Some(Palette {
            found: self
                .state
                .palette_entries
                .find("", self.palette_scope(), LIMIT),
            return_focus: ctx.memory(egui::Memory::focused),
            focus_box: true,
            ..Palette::default()
        });
    }

    pub(in crate::ui) fn palette_query(&mut self, query: String) {
        let scope = self.palette_scope();
        if let Some(palette) = &mut self.state.palette {
            palette.found = self.state.palette_entries.find(&query, scope, LIMIT);
            palette.query = query;
            palette.selected = 0;
            palette.scroll_to_selected = true;
        }
    }

    pub(in crate::ui) fn palette_move(&mut self, by: isize) {
        if let Some(palette) = &mut self.state.palette {
            let last = palette.found.len().saturating_sub(1);
            palette.selected = palette.selected.saturating_add_signed(by).min(last);
            palette.scroll_to_selected = true;
        }
    }

    /// Esc: the palette goes and the cursor returns where it was (nowhere, on a page:
    /// typing then starts a search, as there).
    pub(in crate::ui) fn close_palette(&mut self, ctx: &egui::Context) {
        let Some(palette) = self.state.palette.take() else {
            return;
        };
        ctx.memory_mut(|m| m.surrender_focus(palette::box_id()));
        self.refocus = palette.return_focus;
    }

    /// Does what row `row` (or the highlighted one) stands for.
    pub(in crate::ui) fn palette_choose(&mut self, ctx: &egui::Context, row: Option<usize>) {
        let Some(palette) = self.state.palette.take() else {
            return;
        };
        let row = row.unwrap_or(palette.selected);
        let Some(target) = palette
            .found
            .get(row)
            .and_then(|&n| self.state.palette_entries.get(n))
            .map(|entry| entry.target.clone())
        else {
            // Nothing to choose: the palette stays as it was.
            self.state.palette = Some(palette);
            return;
        };
        ctx.memory_mut(|m| m.surrender_focus(palette::box_id()));
        self.refocus = None;
        match target {
            Target::Open(id) if self.state.presenting.is_some() => self.show_in_class(ctx, &id),
            Target::Open(id) => self.navigate(View::Item(id)),
            Target::Slide { deck, slide } => self.go_to_slide(ctx, &deck, slide),
            Target::Command(command) => match command.slide_action() {
                Some(action) => {
                    let now = ctx.input(|i| i.time);
                    if let Some(presenting) = &mut self.state.presenting {
                        presenting.show.apply(action, now);
                    }
                }
                None => self.run(ctx, command),
            },
        }
    }

    /// A deck's slide (0-based, as its outline numbers them): its first page in the
    /// presentation under way, or the deck presented from there.
    fn go_to_slide(&mut self, ctx: &egui::Context, deck: &str, slide: usize) {
        if let Some(presenting) = &mut self.state.presenting
            && presenting.show.deck_id() == Some(deck)
        {
            if let Some(page) = first_page_of(presenting, slide) {
                presenting.show.go_to_page(page);
            }
            return;
        }
        self.stop_presenting(ctx);
        self.start_presenting(ctx, Some(deck.to_owned()), 0, false);
        if let Some(presenting) = &mut self.state.presenting {
            // Pages are split for the screen on the next frame: the slide's first
            // page is only known then.
            presenting.start_page = None;
            presenting.start_slide = Some(slide);
        }
    }

    /// Mid-class, an item chosen in the palette: the deck's slide that shows it, or
    /// the item on its own (Esc then ends it, and F5 on the deck resumes the class).
    fn show_in_class(&mut self, ctx: &egui::Context, id: &str) {
        let Some(presenting) = &self.state.presenting else {
            return;
        };
        let slide = presenting.show.deck_id().and_then(|deck| {
            self.state
                .content
                .decks
                .iter()
                .find(|d| d.id == deck)?
                .slides
                .iter()
                .position(|s| s.show.item_id() == Some(id))
                .map(|slide| (deck.to_owned(), slide))
        });
        if let Some((deck, slide)) = slide {
            self.go_to_slide(ctx, &deck, slide);
            return;
        }
        let presenter_only = presenting.presenter_only;
        let from = presenting.from.clone();
        self.stop_presenting(ctx);
        self.start_presenting(ctx, Some(id.to_owned()), 0, presenter_only);
        if let Some(presenting) = &mut self.state.presenting {
            presenting.from = from;
        }
    }
}

/// The first page (0-based) showing deck slide `slide`.
fn first_page_of(presenting: &Presenting, slide: usize) -> Option<usize> {
    presenting
        .show
        .pages()
        .iter()
        .position(|page| page.slide == slide)
}
