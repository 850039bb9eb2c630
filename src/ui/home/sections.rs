//! The section lists: every phrase pair (filterable), every playbook, every principle.

use egui::{RichText, Ui};

use crate::content::{Item, Kind, Phrase};
use crate::ui::{
    State,
    phrase_pair::phrase_pair_ui,
    queue::{AppCommand, Commands},
    style, widgets,
};

pub fn phrases_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    ui.heading(&app.strings.phrases);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(&app.strings.filter_phrases);
        let selected_title = app
            .phrase_filter
            .as_deref()
            .and_then(|id| app.content.customer_type(id))
            .map_or(app.strings.all_situations.as_str(), |c| c.title.as_str());
        let mut situation = app.phrase_filter.clone();
        egui::ComboBox::from_id_salt("situation")
            .selected_text(selected_title)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut situation, None, &app.strings.all_situations);
                for card in &app.content.customer_types {
                    ui.selectable_value(&mut situation, Some(card.id.clone()), &card.title);
                }
            })
            .response
            .labelled_by(label.id);
        if situation != app.phrase_filter {
            tx.send(AppCommand::SetPhraseSituation(situation));
        }
    });
    // A filter scoped to this list, not a second search box: it narrows these pairs.
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(&app.strings.filter_text);
        let mut text = app.phrase_text.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(&app.strings.filter_hint)
                    .desired_width(ui.available_width().min(520.0)),
            )
            .labelled_by(label.id);
        if response.changed() {
            tx.send(AppCommand::SetPhraseText(text));
        }
    });
    let phrases: Vec<&Phrase> = app
        .phrase_list
        .iter()
        .filter_map(|id| app.content.phrases.iter().find(|p| &p.id == id))
        .collect();
    let counter = app
        .strings
        .showing_phrases(phrases.len(), app.content.phrases.len());
    ui.label(RichText::new(counter).color(style::palette(ui).weak));
    for phrase in phrases {
        phrase_pair_ui(app, tx, ui, phrase);
    }
}

pub fn list_ui(app: &State, tx: &mut Commands, ui: &mut Ui, kind: Kind) {
    let heading = match kind {
        Kind::Playbook => &app.strings.playbooks,
        Kind::Deck => &app.strings.decks,
        _ => &app.strings.principles,
    };
    ui.heading(heading.clone());
    let palette = style::palette(ui);
    let width = ui.available_width() - 28.0;
    let mut open = None;
    for item in app.content.items().filter(|i| i.kind() == kind) {
        let response = widgets::block_ui(ui, item.title(), palette.tile_bg, width, |ui| {
            ui.add(egui::Label::new(RichText::new(item.title()).strong()).wrap());
            ui.add(egui::Label::new(RichText::new(item.summary()).color(palette.weak)).wrap());
            if let Item::Deck(deck) = item {
                let meta = app.strings.deck_meta_of(deck);
                ui.add(egui::Label::new(RichText::new(meta).small()).wrap());
            }
        });
        if response.clicked() {
            open = Some(item.id().to_owned());
        }
    }
    if let Some(id) = open {
        tx.open(id);
    }
}
