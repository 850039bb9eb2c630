//! Kiosk mode, for a shop PC that many people share: the window stays fullscreen,
//! what is personal or a setting is hidden, and after a spell with no input the app
//! goes back to an empty Home, so nothing the last person typed or read stays on
//! screen for the next.

use std::time::Duration;

use super::{DefuseApp, View};
use crate::user_data::UserData;

/// How long a kiosk waits with no input before it resets, unless told otherwise.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;
/// The shortest wait a kiosk accepts: less would reset under someone still reading.
pub const MIN_IDLE_SECONDS: u32 = 15;

/// The kiosk's idle timer, on egui's clock (which tests set).
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    idle: f64,
    /// When the last input came (egui time, seconds); `None` until the first frame.
    last_input: Option<f64>,
}

impl Kiosk {
    /// A kiosk that resets after `idle_seconds` without input (at least
    /// [`MIN_IDLE_SECONDS`]).
    pub fn new(idle_seconds: u32) -> Self {
        Self {
            idle: f64::from(idle_seconds.max(MIN_IDLE_SECONDS)),
            last_input: None,
        }
    }

    /// Notes this frame's input at `now`; true when the idle time has run out, which
    /// also starts the timer again.
    fn due(&mut self, now: f64, input: bool) -> bool {
        let last = *self.last_input.get_or_insert(now);
        if input {
            self.last_input = Some(now);
            return false;
        }
        if now - last >= self.idle {
            self.last_input = Some(now);
            return true;
        }
        false
    }

    /// How long until the reset is due, from `now`.
    fn remaining(&self, now: f64) -> f64 {
        self.last_input
            .map_or(self.idle, |last| (last + self.idle - now).max(0.0))
    }
}

/// Whether this frame brought anything a person did: a key, text, a click, a scroll,
/// the pointer moving. The window gaining or losing focus is not someone at it.
fn person_input(ctx: &egui::Context) -> bool {
    ctx.input(|i| {
        i.pointer.delta() != egui::Vec2::ZERO
            || i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key { .. }
                        | egui::Event::Text(_)
                        | egui::Event::Paste(_)
                        | egui::Event::PointerButton { .. }
                        | egui::Event::MouseWheel { .. }
                        | egui::Event::Touch { .. }
                        | egui::Event::Zoom(_)
                        | egui::Event::Ime(_)
                )
            })
    })
}

impl DefuseApp {
    /// Once a frame in kiosk mode: keeps the window fullscreen, and resets the app
    /// when nobody has touched it for the idle time. egui draws no frame while
    /// nothing happens, so it asks for one when the time will be up.
    pub(in crate::ui) fn kiosk_frame(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let input = person_input(ctx);
        let Some(kiosk) = self.run_mode.kiosk_mut() else {
            return;
        };
        let due = kiosk.due(now, input);
        let remaining = kiosk.remaining(now);
        if due {
            self.kiosk_reset(ctx);
        }
        ctx.request_repaint_after(Duration::from_secs_f64(remaining.max(0.05)));
        if ctx.input(|i| i.viewport().fullscreen == Some(false)) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
    }

    /// Back to Home as a new person would find it: no search, no page history, no
    /// presentation, practice round, palette or half-filled form, the text size the
    /// kiosk started with, in the language it started in.
    pub(in crate::ui) fn kiosk_reset(&mut self, ctx: &egui::Context) {
        egui::Popup::close_all(ctx);
        self.state.palette = None;
        self.refocus = None;
        self.state.presenting = None;
        self.state.round = None;
        self.state.phrase_filter = None;
        self.state.phrase_text.clear();
        self.state.handout = Default::default();
        self.state.copied = None;
        self.state.toast = None;
        self.state.user = UserData::default();
        self.set_query(String::new());
        self.history.clear();
        self.state.view = View::Home;
        self.search_from_page = false;
        self.focus_search = true;
        self.scroll_to_top = true;
        let language = self.start_language;
        self.change_prefs(ctx, |p| p.language = Some(language));
        let zoom = self.start_zoom;
        if (self.state.prefs.zoom - zoom).abs() > f32::EPSILON {
            self.zoom(ctx, zoom);
        }
        // What egui remembers per widget (a text box's cursor, an open section) goes
        // too: the next person sees the app as it opens.
        ctx.memory_mut(|m| m.data = egui::util::IdTypeMap::default());
        ctx.set_zoom_factor(zoom);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_restarts_the_wait_and_the_reset_comes_once_per_idle_spell() {
        let mut kiosk = Kiosk::new(60);
        assert!(!kiosk.due(0.0, false));
        assert!(!kiosk.due(59.0, false));
        assert!(!kiosk.due(59.5, true));
        assert!(!kiosk.due(118.0, false));
        assert!(kiosk.due(119.5, false));
        assert!(!kiosk.due(120.0, false), "reset once, then wait again");
        assert!(kiosk.due(179.5, false));
    }

    #[test]
    fn the_wait_is_never_shorter_than_the_minimum() {
        let mut kiosk = Kiosk::new(1);
        kiosk.due(0.0, false);
        assert!(!kiosk.due(f64::from(MIN_IDLE_SECONDS) - 1.0, false));
        assert!(kiosk.due(f64::from(MIN_IDLE_SECONDS), false));
        assert_eq!(
            kiosk.remaining(f64::from(MIN_IDLE_SECONDS)),
            f64::from(MIN_IDLE_SECONDS)
        );
    }
}
