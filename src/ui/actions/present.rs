//! Starting and stopping a presentation, and zoom (which the window's size clamps).

use crate::present::Presentation;
use crate::ui::{
    DefuseApp, TOAST_SECONDS, View,
    present::{Presenting, placement},
    style,
};

impl DefuseApp {
    /// Presents `id`, or the open item or deck; says what to do when nothing is open.
    pub(in crate::ui) fn start_presenting(
        &mut self,
        ctx: &egui::Context,
        id: Option<String>,
        page: usize,
        presenter_only: bool,
    ) {
        let id = id.or_else(|| match &self.state.view {
            View::Item(id) => Some(id.clone()),
            _ => None,
        });
        let now = ctx.input(|i| i.time);
        let Some(show) = id.and_then(|id| Presentation::item(&self.state.content, &id, now)) else {
            let text = self.state.strings.present_nothing.clone();
            self.state.toast = Some((text, now + TOAST_SECONDS));
            return;
        };
        self.state.presenting = Some(Presenting {
            show,
            from: self.state.view.clone(),
            split_for: None,
            start_page: Some(page),
            start_slide: None,
            presenter_only,
            presenter_window: placement::presenter_placement(&ctx.input(|i| i.viewport().clone())),
        });
        // A screenshot keeps the size it was asked for.
        if self.run_mode.changes_window() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
    }

    /// Esc: back to the page the trainer left, as it was.
    pub(in crate::ui) fn stop_presenting(&mut self, ctx: &egui::Context) {
        if let Some(presenting) = self.state.presenting.take() {
            let show = &presenting.show;
            if let Some(id) = show.deck_id().or(show.item_id()) {
                self.resume = Some((id.to_owned(), show.page_index()));
            }
            if self.run_mode.changes_window() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            }
            self.state.view = presenting.from;
            self.arrive();
        }
    }

    pub(in crate::ui) fn zoom(&mut self, ctx: &egui::Context, zoom: f32) {
        // Past what the window allows, further Ctrl+= would only have to be undone.
        let width = ctx.content_rect().width() * ctx.zoom_factor();
        let zoom = style::fit_zoom(zoom, width);
        self.change_prefs(ctx, |p| p.zoom = zoom);
        ctx.set_zoom_factor(self.state.prefs.zoom);
    }
}

impl DefuseApp {
    /// Where the presenter view opens, while presenting.
    pub fn presenter_window(&self) -> Option<placement::Placement> {
        self.state.presenting.as_ref().map(|p| p.presenter_window)
    }
}
