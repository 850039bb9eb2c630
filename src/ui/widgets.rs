//! Small drawing helpers shared by the views.

use egui::{Color32, FontId, Response, RichText, Sense, TextStyle, Ui, WidgetInfo};

use super::style::bold;

pub fn section_heading_ui(ui: &mut Ui, text: &str) {
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
pub fn block_ui(
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
    framed_button_ui(ui, label, frame, width, add_contents)
}

/// `frame` around `add_contents`, clickable as one button named `label`.
pub fn framed_button_ui(
    ui: &mut Ui,
    label: &str,
    frame: egui::Frame,
    width: f32,
    add_contents: impl FnOnce(&mut Ui),
) -> Response {
    let radius = frame.corner_radius;
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
    outline(ui, &response, inner.response.rect, radius, false);
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// The keyboard's ring or the mouse's line around a clickable block (P1-12:
/// `style::interaction_stroke`); `selected` is the keyboard's place in a list.
pub fn outline(
    ui: &Ui,
    response: &Response,
    rect: egui::Rect,
    radius: impl Into<egui::CornerRadius>,
    selected: bool,
) {
    let palette = super::style::palette(ui);
    let keyboard = selected || response.has_focus();
    if let Some((stroke, kind)) =
        super::style::interaction_stroke(&palette, keyboard, response.hovered())
    {
        ui.painter().rect_stroke(rect, radius, stroke, kind);
    }
}

/// A bulleted line whose wrapped lines hang under its text, not under the bullet.
pub fn bullet_ui(ui: &mut Ui, text: RichText) {
    ui.horizontal_top(|ui| {
        ui.label("•");
        ui.add(egui::Label::new(text).wrap());
    });
}

/// The red frame of everything about danger: safety cards, the ladder's urgent exit.
pub fn danger_frame(ui: &Ui, margin: i8) -> egui::Frame {
    egui::Frame::new()
        .fill(super::style::palette(ui).danger)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(margin))
}

/// Bold white text on the danger colour, `scale` times the body size, wrapped.
pub fn danger_heading_ui(ui: &mut Ui, text: &str, scale: f32) {
    let size = ui_body(ui) * scale;
    let colour = super::style::palette(ui).danger_text;
    ui.add(
        egui::Label::new(
            RichText::new(text)
                .font(FontId::new(size, bold()))
                .color(colour),
        )
        .wrap(),
    );
}
