//! A pair's "say instead" line shown large in the customer's language, for a worker
//! who shares no language with them: the screen is turned round, and the worker's
//! own words stay small underneath so they know what it says.

use egui::{Align, Layout, RichText, Ui};

use crate::content::{Item, Phrase};
use crate::strings::Language;
use crate::ui::{State, style, widgets};

/// How often the page looks again while the language is being read.
const WAIT: std::time::Duration = std::time::Duration::from_millis(50);

pub fn to_customer_ui(app: &State, ui: &mut Ui, phrase: &str, language: Language) {
    let palette = style::palette(ui);
    let Some(Item::Phrase(own)) = app.content.get(phrase) else {
        ui.label(&app.strings.not_found);
        return;
    };
    ui.label(RichText::new(&app.strings.for_the_customer).color(palette.weak));
    ui.add_space(widgets::ui_body(ui));
    let Some(theirs) = app.other_languages.get(&language) else {
        ui.spinner();
        ui.ctx().request_repaint_after(WAIT);
        return;
    };
    let (line, in_english) = match theirs.get(phrase) {
        Some(Item::Phrase(p)) => (p.say.as_str(), theirs.untranslated.contains(phrase)),
        // The pack that gave the pair has no such line in that language.
        _ => (own.say.as_str(), true),
    };
    let size = (ui.available_width() / 16.0).clamp(widgets::ui_body(ui) * 1.6, 72.0);
    ui.with_layout(Layout::top_down(Align::Center), |ui| {
        ui.label(RichText::new(language.native_name()).color(palette.weak));
        let shown = RichText::new(line).size(size).strong().color(palette.say);
        ui.add(egui::Label::new(shown).wrap());
        if in_english {
            ui.label(RichText::new(format!("EN · {}", app.strings.untranslated)).small());
        }
    });
    ui.add_space(size);
    ui.separator();
    own_words_ui(app, ui, own);
}

/// The worker's own line, small, and what to do while saying it.
fn own_words_ui(app: &State, ui: &mut Ui, own: &Phrase) {
    let palette = style::palette(ui);
    ui.label(
        RichText::new(format!("✔ {}", app.strings.say_instead))
            .small()
            .color(palette.weak),
    );
    ui.add(egui::Label::new(RichText::new(&own.say)).wrap());
    if let Some(direction) = &own.direction {
        super::phrase_pair::direction_ui(ui, direction);
    }
}
