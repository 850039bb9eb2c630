//! The search results list, with matched characters highlighted.

use egui::{RichText, Ui};

use super::{DefuseApp, style, widgets};

pub fn results_ui(app: &mut DefuseApp, ui: &mut Ui) {
    if app.results.is_empty() {
        ui.label(RichText::new(&app.strings.no_results).size(widgets::ui_body(ui) * 1.1));
        return;
    }
    let palette = style::palette(ui);
    let width = ui.available_width() - 28.0;
    let mut clicked = None;
    for (n, hit) in app.results.iter().enumerate() {
        let selected = n == app.selected;
        let fill = if selected {
            ui.visuals().selection.bg_fill.gamma_multiply(0.5)
        } else {
            palette.tile_bg
        };
        let response = widgets::block(ui, &hit.title, fill, width, |ui| {
            ui.horizontal(|ui| {
                let title =
                    widgets::highlighted(ui, &hit.title, &hit.title_ranges, style::bold(), 1.05);
                ui.label(title);
                ui.label(
                    RichText::new(app.strings.kind(hit.kind))
                        .small()
                        .color(palette.weak),
                );
            });
            let item = app.content.get(&hit.id);
            match (&hit.snippet, item) {
                (Some(snippet), _) => {
                    let job = widgets::highlighted(
                        ui,
                        &snippet.text,
                        &snippet.ranges,
                        egui::FontFamily::Proportional,
                        0.9,
                    );
                    ui.label(job);
                }
                (None, Some(item)) => {
                    ui.label(RichText::new(item.summary()).color(palette.weak));
                }
                (None, None) => {}
            }
        });
        if selected && app.scroll_to_selected {
            response.scroll_to_me(None);
        }
        if response.clicked() {
            clicked = Some(hit.id.clone());
        }
    }
    app.scroll_to_selected = false;
    if let Some(id) = clicked {
        app.open(&id);
    }
}
