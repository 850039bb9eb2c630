//! Small drawing helpers shared by the views.

use std::ops::Range;

use egui::{
    Color32, FontFamily, FontId, Response, RichText, Sense, TextFormat, TextStyle, Ui, WidgetInfo,
    text::LayoutJob,
};

use super::style::{bold, palette};

/// `text` with `ranges` (byte ranges, as search returns them) highlighted.
pub fn highlighted(
    ui: &Ui,
    text: &str,
    ranges: &[Range<usize>],
    family: FontFamily,
    scale: f32,
) -> LayoutJob {
    let size = ui
        .style()
        .text_styles
        .get(&TextStyle::Body)
        .map_or(18.0, |f| f.size)
        * scale;
    let font_id = FontId::new(size, family);
    let color = ui.visuals().text_color();
    let plain = TextFormat::simple(font_id.clone(), color);
    let marked = TextFormat {
        background: palette(ui).highlight_bg,
        underline: egui::Stroke::new(1.5, color),
        ..TextFormat::simple(font_id, color)
    };
    let mut job = LayoutJob::default();
    let mut pos = 0;
    for range in ranges {
        let (Some(before), Some(hit)) = (text.get(pos..range.start), text.get(range.clone()))
        else {
            continue;
        };
        job.append(before, 0.0, plain.clone());
        job.append(hit, 0.0, marked.clone());
        pos = range.end;
    }
    job.append(text.get(pos..).unwrap_or(""), 0.0, plain);
    job
}

pub fn section_heading(ui: &mut Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(
        RichText::new(text)
            .font(FontId::new(ui_body(ui) * 1.2, bold()))
            .strong(),
    );
}

pub fn ui_body(ui: &Ui) -> f32 {
    ui.style()
        .text_styles
        .get(&TextStyle::Body)
        .map_or(18.0, |f| f.size)
}

/// A filled, clickable block with an accessible label.
pub fn block(
    ui: &mut Ui,
    label: &str,
    fill: Color32,
    width: f32,
    add_contents: impl FnOnce(&mut Ui),
) -> Response {
    let frame = egui::Frame::new()
        .fill(fill)
        .corner_radius(10.0)
        .inner_margin(egui::Margin::same(14));
    let inner = frame.show(ui, |ui| {
        ui.set_width(width);
        ui.vertical(add_contents);
    });
    let response = ui.interact(
        inner.response.rect,
        inner.response.id.with("click"),
        Sense::click(),
    );
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, label));
    if response.hovered() || response.has_focus() {
        let stroke = ui.visuals().widgets.hovered.fg_stroke;
        ui.painter().rect_stroke(
            inner.response.rect,
            10.0,
            egui::Stroke::new(2.5, stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}
