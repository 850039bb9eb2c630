//! Where the presenter view opens (usability P2-6): on another screen when the layout
//! shows one, else in the projector screen's bottom-right corner, small enough to leave
//! the slide's centre in view. egui only reports the size of the monitor a window is
//! on and where the window is, so "another screen" is read from where the projector
//! sits on the desktop.

use egui::{Pos2, Rect, Vec2, ViewportInfo};

/// The presenter view's size when it has a screen of its own.
pub const OWN_SCREEN_SIZE: Vec2 = Vec2::new(1000.0, 700.0);
/// Never smaller than this, even in a corner of a small screen: the notes must stay
/// readable.
const MIN_SIZE: Vec2 = Vec2::new(520.0, 380.0);
/// Of the projector's screen, at most this share each way when the two share a screen:
/// the centre of the slide stays clear.
const CORNER_SHARE: f32 = 0.46;
/// Away from the screen's edges, so the window's frame is on screen.
const MARGIN: f32 = 24.0;
/// The window manager's title bar: the position is the frame's, the size the inside's,
/// so without it the window's bottom would hang off the screen.
pub const TITLE_BAR: f32 = 32.0;

/// Where and how large the presenter view opens. No position when the desktop does not
/// say where windows are (Wayland): the compositor places it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub position: Option<Pos2>,
    pub size: Vec2,
}

/// The placement for a projector window described by `projector` (the root viewport's
/// info). A fullscreen projector whose screen does not start at the desktop's origin
/// leaves the screen there (the primary one, the trainer's laptop) to the presenter
/// view. Otherwise the two may share a screen (one screen, or a mirrored projector):
/// the presenter view takes the bottom-right corner, where a slide's left-aligned text
/// reaches least, and says how to move it (see [`covers`]). Under the fullscreen slide
/// a window manager may keep it behind; Alt+Tab raises it.
pub fn presenter_placement(projector: &ViewportInfo) -> Placement {
    let screen = projector.outer_rect.or(projector.inner_rect);
    if projector.fullscreen == Some(true)
        && let Some(screen) = screen
        && screen.min.distance(Pos2::ZERO) > MARGIN
    {
        return Placement {
            position: Some(Pos2::new(MARGIN, MARGIN)),
            size: OWN_SCREEN_SIZE,
        };
    }
    let room = screen
        .map(|s| s.size())
        .or(projector.monitor_size)
        .unwrap_or(OWN_SCREEN_SIZE);
    let size = (room * CORNER_SHARE)
        .max(MIN_SIZE)
        .min(OWN_SCREEN_SIZE)
        .min(room);
    Placement {
        position: screen.map(|s| (s.max - size - Vec2::new(MARGIN, MARGIN + TITLE_BAR)).max(s.min)),
        size,
    }
}

/// Whether the presenter view may be in the room's sight: its window overlaps the
/// projector's, or the desktop does not say where either is.
pub fn covers(presenter: Option<Rect>, projector: Option<Rect>) -> bool {
    match (presenter, projector) {
        (Some(presenter), Some(projector)) => presenter.intersects(projector),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn projector(min: Pos2, size: Vec2, fullscreen: bool) -> ViewportInfo {
        ViewportInfo {
            outer_rect: Some(Rect::from_min_size(min, size)),
            monitor_size: Some(size),
            fullscreen: Some(fullscreen),
            ..ViewportInfo::default()
        }
    }

    #[test]
    fn a_projector_on_a_second_screen_leaves_the_first_to_the_presenter_view() {
        let size = Vec2::new(1920.0, 1080.0);
        for min in [Pos2::new(1920.0, 0.0), Pos2::new(-1920.0, 0.0)] {
            let placed = presenter_placement(&projector(min, size, true));
            assert_eq!(placed.size, OWN_SCREEN_SIZE);
            let at = placed.position.expect("a position");
            let window = Rect::from_min_size(at, placed.size);
            assert!(
                !window.intersects(Rect::from_min_size(min, size)),
                "{min:?}"
            );
        }
    }

    #[test]
    fn on_one_screen_it_takes_a_corner_and_leaves_the_centre_clear() {
        for size in [
            Vec2::new(1920.0, 1080.0),
            Vec2::new(1280.0, 800.0),
            Vec2::new(1280.0, 720.0),
        ] {
            let screen = Rect::from_min_size(Pos2::ZERO, size);
            let placed = presenter_placement(&projector(Pos2::ZERO, size, true));
            let at = placed.position.expect("a position");
            let window = Rect::from_min_size(at, placed.size + Vec2::new(0.0, TITLE_BAR));
            assert!(screen.contains_rect(window), "{size:?}: {window:?}");
            assert!(!window.contains(screen.center()), "{size:?}: {window:?}");
            assert!(window.width() >= MIN_SIZE.x && window.height() >= MIN_SIZE.y);
        }
    }

    #[test]
    fn a_window_not_yet_fullscreen_is_not_taken_for_another_screen() {
        // Still a window at (300, 200) on the first screen: the corner of that window.
        let min = Pos2::new(300.0, 200.0);
        let size = Vec2::new(1280.0, 800.0);
        let placed = presenter_placement(&projector(min, size, false));
        let at = placed.position.expect("a position");
        assert!(Rect::from_min_size(min, size).contains(at));
    }

    #[test]
    fn without_window_positions_the_compositor_places_it_at_corner_size() {
        let info = ViewportInfo {
            monitor_size: Some(Vec2::new(1920.0, 1080.0)),
            ..ViewportInfo::default()
        };
        let placed = presenter_placement(&info);
        assert_eq!(placed.position, None);
        assert!(placed.size.x < 1920.0 * 0.5 && placed.size.y < 1080.0 * 0.5);
    }

    #[test]
    fn the_hint_shows_unless_the_windows_are_known_apart() {
        let projector = Rect::from_min_size(Pos2::ZERO, Vec2::new(1920.0, 1080.0));
        let corner = Rect::from_min_size(Pos2::new(1100.0, 500.0), Vec2::splat(400.0));
        let apart = Rect::from_min_size(Pos2::new(-1000.0, 0.0), Vec2::splat(400.0));
        assert!(covers(Some(corner), Some(projector)));
        assert!(!covers(Some(apart), Some(projector)));
        assert!(covers(None, Some(projector)));
    }
}
