//! The section lists: every phrase pair (filterable), every playbook, every principle.

use egui::{RichText, Ui};

use super::{DefuseApp, item::phrase_pair_ui, style, widgets};
use crate::{content::Kind, search::normalize::folded};

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
        let search = ui.label(&app.strings.search_label);
        ui.add(egui::TextEdit::singleline(&mut app.phrase_text).desired_width(260.0))
            .labelled_by(search.id);
    });
    let needle = folded(&app.phrase_text);
    let phrases: Vec<_> = app
        .content
        .phrases
        .iter()
        .filter(|p| {
            app.phrase_filter
                .as_ref()
                .is_none_or(|s| p.situations.contains(s))
        })
        .filter(|p| {
            needle.is_empty()
                || [&p.avoid, &p.say, &p.why]
                    .into_iter()
                    .chain(&p.keywords)
                    .any(|t| folded(t).contains(&needle))
        })
        .cloned()
        .collect();
    ui.label(RichText::new(format!("{} / {}", phrases.len(), app.content.phrases.len())).small());
    for phrase in &phrases {
        phrase_pair_ui(app, ui, phrase);
    }
}

pub fn list_ui(app: &mut DefuseApp, ui: &mut Ui, kind: Kind) {
    let heading = match kind {
        Kind::Playbook => &app.strings.playbooks,
        _ => &app.strings.principles,
    };
    ui.heading(heading.clone());
    let palette = style::palette(ui);
    let width = ui.available_width() - 28.0;
    let mut open = None;
    for item in app.content.items().filter(|i| i.kind() == kind) {
        let response = widgets::block(ui, item.title(), palette.tile_bg, width, |ui| {
            ui.label(RichText::new(item.title()).strong());
            ui.label(RichText::new(item.summary()).color(palette.weak));
        });
        if response.clicked() {
            open = Some(item.id().to_owned());
        }
    }
    if let Some(id) = open {
        app.open(&id);
    }
}
