//! A phrase pair as the cards and the phrases page show it: "don't say" beside "say
//! instead", the why, and a copy button.

use egui::{FontId, RichText, Ui};

use crate::content::Phrase;
use crate::strings::Language;
use crate::ui::{
    State, View,
    queue::{AppCommand, Commands},
    style, widgets,
};

/// Below this width the two phrase columns stack.
const TWO_COLUMN_WIDTH: f32 = 640.0;

/// What to do while saying a pair's line, small, beside it.
pub fn direction_ui(ui: &mut Ui, direction: &str) {
    let weak = style::palette(ui).weak;
    let text = RichText::new(format!("➜ {direction}"))
        .small()
        .italics()
        .color(weak);
    ui.add(egui::Label::new(text).wrap());
}

/// "Show in…": the languages a customer may read, each named in itself, that open the
/// line large in theirs.
fn show_in_ui(app: &State, tx: &mut Commands, ui: &mut Ui, phrase: &str) {
    let label = RichText::new(format!("🌐 {}", app.strings.show_in)).small();
    ui.menu_button(label, |ui| {
        for language in Language::ALL {
            if language != app.strings.language() && ui.button(language.native_name()).clicked() {
                tx.send(AppCommand::Navigate(View::ToCustomer {
                    phrase: phrase.to_owned(),
                    language,
                }));
            }
        }
    })
    .response
    .on_hover_text(&app.strings.show_in_hint);
}

/// "Don't say" struck through in red beside "say instead" in green, with a copy button
/// and the languages it can be shown to a customer in.
pub fn phrase_pair_ui(app: &State, tx: &mut Commands, ui: &mut Ui, phrase: &Phrase) {
    let palette = style::palette(ui);
    let width = ui.available_width();
    let wide = width >= TWO_COLUMN_WIDTH;
    let column = if wide {
        (width - 40.0) / 2.0
    } else {
        width - 20.0
    };
    let avoid = |ui: &mut Ui| {
        ui.vertical(|ui| {
            ui.set_width(column);
            ui.label(
                RichText::new(format!("✖ {}", app.strings.dont_say))
                    .small()
                    .color(palette.avoid),
            );
            ui.label(
                RichText::new(&phrase.avoid)
                    .strikethrough()
                    .color(palette.avoid),
            );
            ui.label(
                RichText::new(&phrase.why)
                    .small()
                    .italics()
                    .color(palette.weak),
            );
        });
    };
    let mut copy_clicked = false;
    let mut say = |ui: &mut Ui, copy_clicked: &mut bool| {
        ui.vertical(|ui| {
            ui.set_width(column);
            ui.label(
                RichText::new(format!("✔ {}", app.strings.say_instead))
                    .small()
                    .color(palette.say),
            );
            ui.add(
                egui::Label::new(
                    RichText::new(&phrase.say)
                        .font(FontId::new(widgets::ui_body(ui) * 1.1, style::bold()))
                        .color(palette.say),
                )
                .wrap(),
            );
            if let Some(direction) = &phrase.direction {
                direction_ui(ui, direction);
            }
            if phrase.example {
                ui.label(
                    RichText::new(&app.strings.example_note)
                        .small()
                        .color(palette.weak),
                );
            }
            let copied = app.copied.as_deref() == Some(phrase.id.as_str());
            let text = if copied {
                &app.strings.copied
            } else {
                &app.strings.copy
            };
            ui.horizontal_wrapped(|ui| {
                let response = ui.small_button(format!("📋 {text}"));
                let label = format!("{}: {}", app.strings.copy, phrase.say);
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if response.clicked() {
                    *copy_clicked = true;
                }
                show_in_ui(app, tx, ui, &phrase.id);
            });
        });
    };
    egui::Frame::new()
        .fill(palette.tile_bg)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            if wide {
                ui.horizontal_top(|ui| {
                    avoid(ui);
                    say(ui, &mut copy_clicked);
                });
            } else {
                avoid(ui);
                say(ui, &mut copy_clicked);
            }
        });
    if copy_clicked {
        tx.send(AppCommand::CopyPhrase {
            id: phrase.id.clone(),
            text: phrase.say.clone(),
        });
    }
}
