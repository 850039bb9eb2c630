//! The app in a kittest harness, built as every UI test builds it.

use defuse::ui::{AppOptions, DefuseApp};
use egui_kittest::Harness;

/// The window size most UI tests use: a laptop's, with room for the side panel.
pub const SIZE: egui::Vec2 = egui::vec2(1100.0, 800.0);

/// The app with `options` in a window of `size`, before its first frame (a test that
/// sets the clock or counts frames runs them itself).
pub fn build(options: AppOptions, size: egui::Vec2) -> Harness<'static, DefuseApp> {
    Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| DefuseApp::new(cc, options))
}

/// The app with `options` at [`SIZE`], its first frames run until it settles.
pub fn open(options: AppOptions) -> Harness<'static, DefuseApp> {
    let mut harness = build(options, SIZE);
    harness.run();
    harness
}
