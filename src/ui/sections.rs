//! The section lists: every phrase pair (filterable), every playbook, every principle.

use egui::{RichText, Ui};

use super::{DefuseApp, item::phrase_pair_ui, style, widgets};
use crate::{
    content::{Item, Kind, Phrase},
    search::Filter,
};

pub fn phrases_ui(app: &mut DefuseApp, ui: &mut Ui) {
    ui.heading(&app.strings.phrases);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(&app.strings.filter_phrases);
        let selected_title = app
            .phrase_filter
            .as_deref()
            .and_then(|id| app.content.customer_type(id))
            .map_or_else(|| app.strings.all_situations.clone(), |c| c.title.clone());
        egui::ComboBox::from_id_salt("situation")
            .selected_text(selected_title)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut app.phrase_filter, None, &app.strings.all_situations);
                for card in &app.content.customer_types {
                    ui.selectable_value(&mut app.phrase_filter, Some(card.id.clone()), &card.title);
                }
            })
            .response
            .labelled_by(label.id);
    });
    // A filter scoped to this list, not a second search box: it narrows these pairs.
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(&app.strings.filter_text);
        ui.add(
            egui::TextEdit::singleline(&mut app.phrase_text)
                .hint_text(&app.strings.filter_hint)
                .desired_width(ui.available_width().min(520.0)),
        )
        .labelled_by(label.id);
    });
    // Filtered through the same index as the main search, best match first, so typos
    // and word forms behave the same everywhere.
    let mut filter = Filter::kind(Kind::Phrase);
    if let Some(situation) = &app.phrase_filter {
        let ids: std::collections::HashSet<String> = app
            .content
            .phrases
            .iter()
            .filter(|p| p.situations.contains(situation))
            .map(|p| p.id.clone())
            .collect();
        filter = filter.with_ids(ids);
    }
    let text = app.phrase_text.clone();
    let hits = app.index().search_filtered(&text, usize::MAX, &filter).hits;
    let phrases: Vec<Phrase> = hits
        .iter()
        .filter_map(|hit| app.content.phrases.iter().find(|p| p.id == hit.id))
        .cloned()
        .collect();
    let counter = app
        .strings
        .showing_phrases
        .replace("{shown}", &phrases.len().to_string())
        .replace("{total}", &app.content.phrases.len().to_string());
    ui.label(RichText::new(counter).color(style::palette(ui).weak));
    for phrase in &phrases {
        phrase_pair_ui(app, ui, phrase);
    }
}

pub fn list_ui(app: &mut DefuseApp, ui: &mut Ui, kind: Kind) {
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
        let response = widgets::block(ui, item.title(), palette.tile_bg, width, |ui| {
            ui.add(egui::Label::new(RichText::new(item.title()).strong()).wrap());
            ui.add(egui::Label::new(RichText::new(item.summary()).color(palette.weak)).wrap());
            if let Item::Deck(deck) = item {
                let meta = app.strings.deck_meta(deck);
                ui.add(egui::Label::new(RichText::new(meta).small()).wrap());
            }
        });
        if response.clicked() {
            open = Some(item.id().to_owned());
        }
    }
    if let Some(id) = open {
        app.open(&id);
    }
}
