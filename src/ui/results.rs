//! The search results list, with matched characters highlighted.
//!
//! Rows have one fixed height so only the visible ones are laid out: a long list costs
//! no more per frame than a short one.

use egui::{FontFamily, RichText, TextStyle, Ui};

use super::{DefuseApp, style, widgets};

/// Inner margin of a row's block (see `widgets::block`), top plus bottom.
const ROW_MARGIN: f32 = 28.0;

pub fn results_ui(app: &mut DefuseApp, ui: &mut Ui) {
    if app.results.is_empty() {
        ui.label(RichText::new(&app.strings.no_results).size(widgets::ui_body(ui) * 1.1));
        return;
    }
    let line = ui.text_style_height(&TextStyle::Body);
    let inner_height = line * 1.05 + ui.spacing().item_spacing.y + line * 0.9;
    let row_height = inner_height + ROW_MARGIN;
    let row_step = row_height + ui.spacing().item_spacing.y;

    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("results")
        .auto_shrink([false, false]);
    if app.scroll_to_selected {
        let (offset, visible) = app.results_viewport;
        let top = app.selected as f32 * row_step;
        if top < offset {
            scroll = scroll.vertical_scroll_offset(top);
        } else if top + row_height > offset + visible {
            scroll = scroll.vertical_scroll_offset(top + row_height - visible);
        }
        app.scroll_to_selected = false;
    }

    let palette = style::palette(ui);
    let mut clicked = None;
    let output = scroll.show_rows(ui, row_height, app.results.len(), |ui, rows| {
        let width = ui.available_width().min(1100.0) - ROW_MARGIN;
        for n in rows {
            let Some(hit) = app.results.get(n) else {
                continue;
            };
            let fill = if n == app.selected {
                ui.visuals().selection.bg_fill.gamma_multiply(0.5)
            } else {
                palette.tile_bg
            };
            let response = widgets::block(ui, &hit.title, fill, width, |ui| {
                ui.set_height(inner_height);
                ui.horizontal(|ui| {
                    let title = widgets::highlighted(
                        ui,
                        &hit.title,
                        &hit.title_ranges,
                        style::bold(),
                        1.05,
                    );
                    ui.label(
                        RichText::new(app.strings.kind(hit.kind))
                            .small()
                            .color(palette.weak),
                    );
                    ui.add(egui::Label::new(title).truncate());
                });
                match &hit.snippet {
                    Some(snippet) => {
                        let job = widgets::highlighted(
                            ui,
                            &snippet.text,
                            &snippet.ranges,
                            FontFamily::Proportional,
                            0.9,
                        );
                        ui.add(egui::Label::new(job).truncate());
                    }
                    None => {
                        if let Some(item) = app.content.get(&hit.id) {
                            ui.add(
                                egui::Label::new(RichText::new(item.summary()).color(palette.weak))
                                    .truncate(),
                            );
                        }
                    }
                }
            });
            if response.clicked() {
                clicked = Some(hit.id.clone());
            }
        }
    });
    app.results_viewport = (output.state.clamped_offset().y, output.inner_rect.height());
    if let Some(id) = clicked {
        app.open(&id);
    }
}
