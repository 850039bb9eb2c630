//! Writes a handout whose first slide is in Chinese, for `.ci/run` to print with
//! Chromium and check that the CJK text prints in the embedded font. The bundled
//! content has no CJK text yet, so this is the one way to get such a handout.
//! Usage: `cargo run --example cjk_handout -- OUT.html`

use std::process::ExitCode;

use defuse::{
    content::{DEFAULT_LANGUAGE, bundled, model::Show},
    export::{Layout, Paper, Scope, render},
    strings::Strings,
};

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: cjk_handout OUT.html");
        return ExitCode::FAILURE;
    };
    let content = bundled::load(DEFAULT_LANGUAGE).content;
    let Some(mut deck) = content.decks.first().cloned() else {
        eprintln!("the bundled content has no deck");
        return ExitCode::FAILURE;
    };
    if let Some(slide) = deck.slides.first_mut() {
        slide.show = Show::Free {
            title: "生气的顾客".to_owned(),
            bullets: vec!["先听，再说。".to_owned(), "保持冷静，叫主管。".to_owned()],
        };
    }
    let html = render(
        &content,
        &Strings::default(),
        Scope::Deck(&deck),
        Layout::Cards,
        Paper::A4,
    );
    match std::fs::write(&out, html) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write {}: {e}", out.to_string_lossy());
            ExitCode::FAILURE
        }
    }
}
