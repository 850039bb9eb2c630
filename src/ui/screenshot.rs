//! `--screenshot`: saves the first fully rendered frame as a PNG, reports how long it
//! took from process start, and closes the window.

use std::{
    path::PathBuf,
    sync::{Arc, Mutex},
    time::Instant,
};

use egui::ColorImage;

/// Frames before the capture. egui re-runs a pass it discards (a sizing pass) within
/// the same frame, so the first frame is already complete.
const SETTLE_FRAMES: u32 = 1;

/// What happened, for `main` to report once the window has closed.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Pending,
    Saved {
        millis: u128,
        width: usize,
        height: usize,
    },
    Failed(String),
}

/// A captured frame and the milliseconds from start to it.
type Frame = (Arc<ColorImage>, u128);

#[derive(Debug)]
pub struct Capture {
    /// `None`: take the frame but do not save it (the bare-window baseline).
    path: Option<PathBuf>,
    started: Instant,
    frames: u32,
    image: Arc<Mutex<Option<Frame>>>,
    requested: bool,
    pub outcome: Arc<Mutex<Outcome>>,
}

impl Capture {
    pub fn new(path: Option<PathBuf>, started: Instant) -> Self {
        Self {
            path,
            started,
            frames: 0,
            image: Arc::default(),
            requested: false,
            outcome: Arc::new(Mutex::new(Outcome::Pending)),
        }
    }

    /// Call at the end of every frame.
    pub fn after_frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if self.frames >= SETTLE_FRAMES && !self.requested && !ctx.will_discard() {
            let slot = Arc::clone(&self.image);
            let started = self.started;
            ctx.request_screenshot(move |image| {
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some((image, started.elapsed().as_millis()));
                }
            });
            self.requested = true;
        }
        let taken = self.image.lock().ok().and_then(|mut s| s.take());
        if let Some((image, millis)) = taken {
            let outcome = self.finish(&image, millis);
            if let Ok(mut slot) = self.outcome.lock() {
                *slot = outcome;
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        ctx.request_repaint();
    }

    fn finish(&self, image: &ColorImage, millis: u128) -> Outcome {
        let [width, height] = image.size;
        if is_blank(image) {
            return Outcome::Failed(format!("the {width}×{height} frame is blank (one colour)"));
        }
        if let Some(path) = &self.path {
            let bytes: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
            let mut png = std::io::Cursor::new(Vec::new());
            let saved = image::write_buffer_with_format(
                &mut png,
                &bytes,
                u32::try_from(width).unwrap_or(0),
                u32::try_from(height).unwrap_or(0),
                image::ColorType::Rgba8,
                image::ImageFormat::Png,
            )
            .map_err(|e| e.to_string())
            .and_then(|()| crate::output::write(path, png.into_inner()).map_err(|e| e.to_string()));
            if let Err(e) = saved {
                return Outcome::Failed(format!("cannot save {}: {e}", path.display()));
            }
        }
        Outcome::Saved {
            millis,
            width,
            height,
        }
    }
}

fn is_blank(image: &ColorImage) -> bool {
    image
        .pixels
        .first()
        .is_none_or(|first| image.pixels.iter().all(|p| p == first))
}
