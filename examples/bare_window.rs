//! Baseline for the startup benchmark: an empty eframe window with the same backend and
//! options as Defuse, which exits after its first complete frame exactly as
//! `defuse --screenshot` does, so whole-process times and memory compare fairly.

use std::{process::ExitCode, time::Instant};

use defuse::ui::{
    launch::native_options,
    screenshot::{Capture, Outcome},
};

struct Bare {
    capture: Capture,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("bare");
        });
        self.capture.after_frame(ui.ctx());
    }

    /// A baseline run writes nothing: not egui's memory into the user's data folder.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

fn main() -> ExitCode {
    let started = Instant::now();
    let capture = Capture::new(None, started);
    let outcome = capture.outcome.clone();
    let mut options = native_options((1100.0, 760.0));
    options.persist_window = false;
    // Nor reads the user's window file: every run starts alike.
    options.persistence_path = Some(std::env::temp_dir().join("defuse-bare-window-unused.ron"));
    let run = eframe::run_native(
        "defuse-bare",
        options,
        Box::new(|_| Ok(Box::new(Bare { capture }))),
    );
    if let Err(e) = run {
        eprintln!("bare_window: {e}");
        return ExitCode::FAILURE;
    }
    match outcome.lock().map(|o| o.clone()) {
        Ok(Outcome::Saved {
            millis,
            width,
            height,
        }) => {
            println!("first frame: {millis} ms ({width}×{height})");
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("bare_window: no frame captured: {other:?}");
            ExitCode::FAILURE
        }
    }
}
