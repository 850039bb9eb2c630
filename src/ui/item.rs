//! One item in full: a customer-type card, a phrase pair, a playbook or a principle.

use egui::{Color32, FontId, RichText, Ui};

use super::{DefuseApp, style, widgets};
use crate::content::{CustomerType, Item, Phrase, Playbook, PlaybookStyle, Principle};

/// Below this width the two phrase columns stack.
const TWO_COLUMN_WIDTH: f32 = 640.0;

pub fn item_ui(app: &mut DefuseApp, ui: &mut Ui, id: &str) {
    // The content is cloned out so links can navigate while it is drawn.
    let Some(item) = app.content.get(id).map(owned) else {
        ui.label(&app.strings.not_found);
        return;
    };
    header_ui(app, ui, &item);
    match &item {
        Owned::CustomerType(card) => card_ui(app, ui, card),
        Owned::Phrase(phrase) => phrase_pair_ui(app, ui, phrase),
        Owned::Playbook(playbook) => playbook_ui(app, ui, playbook),
        Owned::Principle(principle) => principle_ui(ui, principle),
    }
    links_ui(app, ui, &item);
    sources_ui(app, ui, &item);
}

enum Owned {
    CustomerType(CustomerType),
    Phrase(Phrase),
    Playbook(Playbook),
    Principle(Principle),
}

fn owned(item: Item<'_>) -> Owned {
    match item {
        Item::CustomerType(c) => Owned::CustomerType(c.clone()),
        Item::Phrase(p) => Owned::Phrase(p.clone()),
        Item::Playbook(p) => Owned::Playbook(p.clone()),
        Item::Principle(p) => Owned::Principle(p.clone()),
    }
}

impl Owned {
    fn item(&self) -> Item<'_> {
        match self {
            Self::CustomerType(c) => Item::CustomerType(c),
            Self::Phrase(p) => Item::Phrase(p),
            Self::Playbook(p) => Item::Playbook(p),
            Self::Principle(p) => Item::Principle(p),
        }
    }
}

fn header_ui(app: &mut DefuseApp, ui: &mut Ui, item: &Owned) {
    let item = item.item();
    let palette = style::palette(ui);
    ui.horizontal_wrapped(|ui| {
        if let Item::CustomerType(card) = item {
            ui.label(RichText::new(&card.icon).size(widgets::ui_body(ui) * 2.0));
        }
        ui.heading(item.title());
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(app.strings.kind(item.kind())).color(palette.weak));
        let starred = app.user.is_favourite(item.id());
        let label = if starred {
            &app.strings.unstar
        } else {
            &app.strings.star
        };
        if ui.button(label.clone()).clicked() {
            app.toggle_favourite(item.id());
        }
    });
    if !matches!(item, Item::Phrase(_)) {
        ui.label(RichText::new(item.summary()).size(widgets::ui_body(ui) * 1.15));
    }
}

fn card_ui(app: &mut DefuseApp, ui: &mut Ui, card: &CustomerType) {
    widgets::section_heading(ui, &app.strings.recognise);
    for sign in &card.recognise {
        ui.label(format!("•  {sign}"));
    }
    widgets::section_heading(ui, &app.strings.what_to_do);
    let body = widgets::ui_body(ui);
    for (n, step) in card.steps.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!("{}", n + 1)).font(FontId::new(body * 1.4, style::bold())),
            );
            ui.add(egui::Label::new(RichText::new(step).size(body * 1.1)).wrap());
        });
    }
    let phrases: Vec<Phrase> = app
        .content
        .phrases_for(&card.id)
        .into_iter()
        .cloned()
        .collect();
    if !phrases.is_empty() {
        widgets::section_heading(ui, &app.strings.say_this);
        // The card leads with its best pairs; the rest fold away.
        let lead = if card.top_phrases.is_empty() {
            phrases.len()
        } else {
            card.top_phrases.len()
        };
        let (first, rest) = phrases.split_at(lead.min(phrases.len()));
        for phrase in first {
            phrase_pair_ui(app, ui, phrase);
        }
        if !rest.is_empty() {
            let title = app
                .strings
                .more_phrases
                .replace("{n}", &rest.len().to_string());
            egui::CollapsingHeader::new(RichText::new(title).strong())
                .id_salt("more-phrases")
                .show(ui, |ui| {
                    for phrase in rest {
                        phrase_pair_ui(app, ui, phrase);
                    }
                });
        }
    }
    escalate_ui(app, ui, card);
}

fn escalate_ui(app: &DefuseApp, ui: &mut Ui, card: &CustomerType) {
    let palette = style::palette(ui);
    ui.add_space(8.0);
    egui::Frame::new()
        .fill(palette.escalate_bg)
        .stroke(egui::Stroke::new(3.0, palette.danger))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!("⚠ {}", app.strings.escalate))
                    .font(FontId::new(widgets::ui_body(ui) * 1.2, style::bold())),
            );
            for e in &card.escalate {
                ui.label(RichText::new(&e.when).strong());
                ui.label(format!("→ {}", e.then));
            }
        });
}

/// "Don't say" struck through in red beside "say instead" in green, with a copy button.
pub fn phrase_pair_ui(app: &mut DefuseApp, ui: &mut Ui, phrase: &Phrase) {
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
    let say = |ui: &mut Ui, copy_clicked: &mut bool| {
        ui.vertical(|ui| {
            ui.set_width(column);
            ui.label(
                RichText::new(format!("✔ {}", app.strings.say_instead))
                    .small()
                    .color(palette.say),
            );
            if let Some(direction) = &phrase.direction {
                ui.label(
                    RichText::new(format!("➜ {direction}"))
                        .small()
                        .italics()
                        .color(palette.weak),
                );
            }
            ui.label(RichText::new(&phrase.say).strong().color(palette.say));
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
            let response = ui.small_button(format!("📋 {text}"));
            let label = format!("{}: {}", app.strings.copy, phrase.say);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.clicked() {
                *copy_clicked = true;
            }
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
        ui.ctx().copy_text(phrase.say.clone());
        app.copied = Some(phrase.id.clone());
    }
}

fn playbook_ui(app: &mut DefuseApp, ui: &mut Ui, playbook: &Playbook) {
    let ladder = playbook.style == PlaybookStyle::Ladder;
    let body = widgets::ui_body(ui);
    if let Some(urgent) = &playbook.urgent {
        let palette = style::palette(ui);
        egui::Frame::new()
            .fill(palette.danger)
            .corner_radius(8.0)
            .inner_margin(egui::Margin::same(14))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("⚠ {}", urgent.when))
                            .font(FontId::new(body * 1.15, style::bold()))
                            .color(palette.danger_text),
                    )
                    .wrap(),
                );
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("→ {}", urgent.then)).color(palette.danger_text),
                    )
                    .wrap(),
                );
            });
        ui.add_space(6.0);
    }
    if ladder {
        ui.label(RichText::new(&app.strings.ladder_hint).italics());
    }
    let count = playbook.steps.len();
    let mut open = None;
    for (n, step) in playbook.steps.iter().enumerate() {
        let colour = if ladder {
            style::ladder_colour(n, count)
        } else {
            ui.visuals().selection.bg_fill
        };
        egui::Frame::new()
            .stroke(egui::Stroke::new(2.0, colour))
            .fill(style::palette(ui).tile_bg)
            .corner_radius(if ladder { 2.0 } else { 10.0 })
            .inner_margin(egui::Margin::same(10))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(
                        egui::vec2(body * 2.2, body * 2.2),
                        egui::Sense::hover(),
                    );
                    if ladder {
                        ui.painter().rect_filled(rect, 4.0, colour);
                    } else {
                        ui.painter()
                            .circle_filled(rect.center(), body * 1.1, colour);
                    }
                    ui.painter().text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        format!("{}", n + 1),
                        FontId::new(body * 1.2, style::bold()),
                        Color32::WHITE,
                    );
                    ui.vertical(|ui| {
                        ui.label(
                            RichText::new(&step.title).font(FontId::new(body * 1.1, style::bold())),
                        );
                        ui.add(egui::Label::new(&step.detail).wrap());
                        if let Some(link) = step.link.as_deref().and_then(|id| app.content.get(id))
                            && ui.link(format!("→ {}", link.title())).clicked()
                        {
                            open = Some(link.id().to_owned());
                        }
                    });
                });
            });
        if n + 1 < count && !ladder {
            ui.label(
                RichText::new("   ↓")
                    .size(body * 1.2)
                    .color(style::palette(ui).weak),
            );
        }
    }
    if let Some(id) = open {
        app.open(&id);
    }
}

fn principle_ui(ui: &mut Ui, principle: &Principle) {
    ui.add_space(6.0);
    for how in &principle.how {
        ui.label(format!("•  {how}"));
    }
}

fn links_ui(app: &mut DefuseApp, ui: &mut Ui, item: &Owned) {
    let item = item.item();
    let heading = if matches!(item, Item::Phrase(_)) {
        &app.strings.fits
    } else {
        &app.strings.see_also
    };
    let links: Vec<(String, String)> = item
        .related()
        .iter()
        .filter_map(|id| app.content.get(id))
        .map(|r| (r.id().to_owned(), r.title().to_owned()))
        .collect();
    if links.is_empty() {
        return;
    }
    widgets::section_heading(ui, &heading.clone());
    let mut open = None;
    ui.horizontal_wrapped(|ui| {
        for (id, title) in &links {
            if ui.link(title).clicked() {
                open = Some(id.clone());
            }
        }
    });
    if let Some(id) = open {
        app.open(&id);
    }
}

fn sources_ui(app: &DefuseApp, ui: &mut Ui, item: &Owned) {
    let item = item.item();
    ui.add_space(10.0);
    egui::CollapsingHeader::new(RichText::new(&app.strings.sources).small())
        .id_salt("sources")
        .show(ui, |ui| {
            for key in item.sources() {
                let text = match app.content.citation(key) {
                    Some((source, Some(point))) => {
                        format!("{key} — {} ({})", point.label, source.title)
                    }
                    Some((source, None)) => format!("{key} — {}", source.title),
                    None => key.clone(),
                };
                ui.label(RichText::new(text).small());
            }
        });
}
