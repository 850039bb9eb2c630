//! One item in full: a customer-type card, a phrase pair, a playbook or a principle.

pub mod deck;
pub mod phrase_pair;
pub mod to_customer;

use egui::{Color32, FontId, RichText, Ui};

use super::{
    State,
    command::UiCommand,
    queue::{AppCommand, Commands},
    safety, style, widgets,
};
use crate::content::{
    CustomerType, Escalation, Item, Phrase, Playbook, PlaybookStyle, Principle, SAFETY_CARDS,
};
use phrase_pair::phrase_pair_ui;

/// From this content width a card puts its phrase pairs beside its steps.
const TWO_COLUMN_CARD_WIDTH: f32 = 1400.0;
/// A safety card shows this many steps large, before anything else.
const SAFETY_FIRST_STEPS: usize = 3;
/// From this width a safety card puts who to call beside its first steps.
const SAFETY_SIDE_BY_SIDE_WIDTH: f32 = 760.0;

pub fn item_ui(app: &State, tx: &mut Commands, ui: &mut Ui, id: &str) {
    let Some(item) = app.content.get(id) else {
        ui.label(&app.strings.not_found);
        return;
    };
    match item {
        Item::CustomerType(card) if SAFETY_CARDS.contains(&card.id.as_str()) => {
            safety_card_ui(app, tx, ui, card);
        }
        Item::CustomerType(card) => {
            header_ui(app, tx, ui, item);
            card_ui(app, tx, ui, card);
        }
        Item::Phrase(phrase) => phrase_page_ui(app, tx, ui, phrase),
        Item::Playbook(playbook) => {
            header_ui(app, tx, ui, item);
            playbook_ui(app, tx, ui, playbook);
        }
        Item::Principle(principle) => {
            header_ui(app, tx, ui, item);
            principle_ui(ui, principle);
        }
        Item::Deck(deck) => {
            header_ui(app, tx, ui, item);
            deck::deck_ui(app, tx, ui, deck);
        }
    }
    links_ui(app, tx, ui, item);
    sources_ui(app, ui, item);
}

fn header_ui(app: &State, tx: &mut Commands, ui: &mut Ui, item: Item<'_>) {
    ui.horizontal_wrapped(|ui| {
        if let Item::CustomerType(card) = item {
            ui.label(RichText::new(&card.icon).size(widgets::ui_body(ui) * 2.0));
        }
        ui.heading(item.headline());
    });
    kind_and_star_ui(app, tx, ui, item);
    ui.add(egui::Label::new(RichText::new(item.summary()).size(widgets::ui_body(ui) * 1.1)).wrap());
}

/// The item's kind and its favourite toggle, on one quiet line.
fn kind_and_star_ui(app: &State, tx: &mut Commands, ui: &mut Ui, item: Item<'_>) {
    let palette = style::palette(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(app.strings.kind(item.kind())).color(palette.weak));
        let origin = app.content.origin(item.id());
        if *origin != crate::content::Origin::Bundled {
            let from = app.strings.from_pack(origin.name());
            ui.label(RichText::new(from).color(palette.weak));
        }
        if app.content.is_due_for_review(item.id()) {
            ui.label(RichText::new(&app.strings.due_for_review).color(palette.weak));
        }
        if app.content.untranslated.contains(item.id()) {
            ui.label(RichText::new("EN").small().strong().color(palette.weak))
                .on_hover_text(&app.strings.untranslated);
        }
        let present = egui::Button::new(format!("▶ {}", app.strings.present))
            .shortcut_text(UiCommand::Present.shortcut_text(ui.ctx()));
        if ui.add(present).clicked() {
            tx.send(AppCommand::Ui(UiCommand::Present));
        }
        if matches!(item, Item::CustomerType(_) | Item::Deck(_))
            && ui.button(&app.strings.practise).clicked()
        {
            tx.send(AppCommand::Ui(UiCommand::Practise));
        }
        if app.kiosk {
            return;
        }
        let starred = app.user.is_favourite(item.id());
        let label = if starred {
            &app.strings.unstar
        } else {
            &app.strings.star
        };
        if ui.button(label.clone()).clicked() {
            tx.send(AppCommand::ToggleFavourite(item.id().to_owned()));
        }
    });
}

/// A phrase pair on its own page: the words to say are the headline; the words to
/// avoid stand beside them, struck through.
fn phrase_page_ui(app: &State, tx: &mut Commands, ui: &mut Ui, phrase: &Phrase) {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    ui.add(
        egui::Label::new(
            RichText::new(format!("✔ {}", phrase.say))
                .font(FontId::new(body * 1.5, style::bold()))
                .color(palette.say),
        )
        .wrap(),
    );
    kind_and_star_ui(app, tx, ui, Item::Phrase(phrase));
    phrase_pair_ui(app, tx, ui, phrase);
}

/// A customer-type card, actions first: what to do and the best words, then when to
/// escalate, then the signs (folded). Wide windows put the words beside the steps.
fn card_ui(app: &State, tx: &mut Commands, ui: &mut Ui, card: &CustomerType) {
    if ui.available_width() >= TWO_COLUMN_CARD_WIDTH {
        ui.columns(2, |cols| {
            let [left, right] = cols else { return };
            steps_ui(app, left, &card.steps, 0);
            escalate_ui(app, left, &card.escalate);
            recognise_ui(app, left, card);
            phrases_ui(app, tx, right, card);
        });
    } else {
        steps_ui(app, ui, &card.steps, 0);
        phrases_ui(app, tx, ui, card);
        escalate_ui(app, ui, &card.escalate);
        recognise_ui(app, ui, card);
    }
}

/// Numbered steps from `first` (0-based) on, under "What to do".
fn steps_ui(app: &State, ui: &mut Ui, steps: &[String], first: usize) {
    if steps.len() <= first {
        return;
    }
    widgets::section_heading_ui(ui, &app.strings.what_to_do);
    for (n, step) in steps.iter().enumerate().skip(first) {
        numbered_step_ui(ui, n, step);
    }
}

/// Step `n` (0-based) with its number large beside it.
fn numbered_step_ui(ui: &mut Ui, n: usize, step: &str) {
    let body = widgets::ui_body(ui);
    ui.horizontal_top(|ui| {
        ui.label(RichText::new(format!("{}", n + 1)).font(FontId::new(body * 1.4, style::bold())));
        ui.add(egui::Label::new(RichText::new(step).size(body * 1.1)).wrap());
    });
}

/// The card's best pairs, then the rest folded under "More phrases (N)".
fn phrases_ui(app: &State, tx: &mut Commands, ui: &mut Ui, card: &CustomerType) {
    // Cloned out so the pairs' copy buttons can change the app while they are drawn.
    let phrases: Vec<Phrase> = app
        .content
        .phrases_for(&card.id)
        .into_iter()
        .cloned()
        .collect();
    if phrases.is_empty() {
        return;
    }
    widgets::section_heading_ui(ui, &app.strings.say_this);
    let lead = if card.top_phrases.is_empty() {
        phrases.len()
    } else {
        card.top_phrases.len()
    };
    let (first, rest) = phrases.split_at(lead.min(phrases.len()));
    for phrase in first {
        phrase_pair_ui(app, tx, ui, phrase);
    }
    if !rest.is_empty() {
        let title = app.strings.more_phrases(rest.len());
        egui::CollapsingHeader::new(RichText::new(title).strong())
            .id_salt("more-phrases")
            .show(ui, |ui| {
                for phrase in rest {
                    phrase_pair_ui(app, tx, ui, phrase);
                }
            });
    }
}

/// "How you recognise them", open by default but out of the way below the actions.
fn recognise_ui(app: &State, ui: &mut Ui, card: &CustomerType) {
    ui.add_space(8.0);
    let body = widgets::ui_body(ui);
    egui::CollapsingHeader::new(
        RichText::new(&app.strings.recognise).font(FontId::new(body * 1.2, style::bold())),
    )
    .id_salt("recognise")
    .default_open(true)
    .show(ui, |ui| {
        for sign in &card.recognise {
            widgets::bullet_ui(ui, RichText::new(sign));
        }
    });
}

/// A safety card: red from the top, its first three steps large, then who to call, all
/// visible without scrolling on a small window. No kind label, no star to distract.
fn safety_card_ui(app: &State, tx: &mut Commands, ui: &mut Ui, card: &CustomerType) {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    widgets::danger_frame(ui, 10).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::danger_heading_ui(ui, &format!("{}  {}", card.icon, card.title), 1.35);
    });
    let first_steps = |ui: &mut Ui| {
        egui::Frame::new()
            .stroke(egui::Stroke::new(3.0, palette.danger))
            .corner_radius(8.0)
            .inner_margin(egui::Margin::same(10))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.spacing_mut().item_spacing.y = 6.0;
                for (n, step) in card.steps.iter().take(SAFETY_FIRST_STEPS).enumerate() {
                    ui.horizontal_top(|ui| {
                        ui.label(
                            RichText::new(format!("{}", n + 1))
                                .font(FontId::new(body * 1.3, style::bold()))
                                .color(palette.danger),
                        );
                        ui.add(
                            egui::Label::new(
                                RichText::new(step).font(FontId::new(body * 1.2, style::bold())),
                            )
                            .wrap(),
                        );
                    });
                }
            });
    };
    let contacts = app.content.contacts_for(card, SAFETY_FIRST_STEPS);
    if ui.available_width() >= SAFETY_SIDE_BY_SIDE_WIDTH {
        ui.columns(2, |cols| {
            let [left, right] = cols else { return };
            first_steps(left);
            safety::contacts_ui(app, tx, right, &contacts);
        });
    } else {
        first_steps(ui);
        safety::contacts_ui(app, tx, ui, &contacts);
    }
    // The rest of the steps continue the numbering, with no second heading.
    for (n, step) in card.steps.iter().enumerate().skip(SAFETY_FIRST_STEPS) {
        numbered_step_ui(ui, n, step);
    }
    phrases_ui(app, tx, ui, card);
    escalate_ui(app, ui, &card.escalate);
    ui.add_space(6.0);
    ui.add(egui::Label::new(RichText::new(&card.summary).size(body * 1.05)).wrap());
    recognise_ui(app, ui, card);
}

fn escalate_ui(app: &State, ui: &mut Ui, escalate: &[Escalation]) {
    let palette = style::palette(ui);
    ui.add_space(8.0);
    egui::Frame::new()
        .fill(palette.escalate_bg)
        .stroke(egui::Stroke::new(3.0, palette.danger))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // A plain top-down layout: inside columns egui would justify wrapped text.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.label(
                    RichText::new(format!("⚠ {}", app.strings.escalate))
                        .font(FontId::new(widgets::ui_body(ui) * 1.2, style::bold())),
                );
                for e in escalate {
                    ui.add(egui::Label::new(RichText::new(&e.when).strong()).wrap());
                    ui.add(egui::Label::new(format!("→ {}", e.then)).wrap());
                }
            });
        });
}

fn playbook_ui(app: &State, tx: &mut Commands, ui: &mut Ui, playbook: &Playbook) {
    let ladder = playbook.style == PlaybookStyle::Ladder;
    let body = widgets::ui_body(ui);
    if let Some(urgent) = &playbook.urgent {
        let palette = style::palette(ui);
        widgets::danger_frame(ui, 14).show(ui, |ui| {
            ui.set_width(ui.available_width());
            widgets::danger_heading_ui(ui, &format!("⚠ {}", urgent.when), 1.15);
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
        tx.open(id);
    }
}

/// A deck's outline: who it is for, how long, and each slide, which opens the item it
/// shows. Presenter notes stay out of it: this page may be on a projector.
fn principle_ui(ui: &mut Ui, principle: &Principle) {
    ui.add_space(6.0);
    for how in &principle.how {
        widgets::bullet_ui(ui, RichText::new(how));
    }
}

fn links_ui(app: &State, tx: &mut Commands, ui: &mut Ui, item: Item<'_>) {
    let heading = if matches!(item, Item::Phrase(_)) {
        &app.strings.fits
    } else {
        &app.strings.see_also
    };
    let links: Vec<(String, String)> = item
        .related()
        .iter()
        .filter_map(|id| app.content.get(id))
        .map(|r| (r.id().to_owned(), r.headline().to_owned()))
        .collect();
    if links.is_empty() {
        return;
    }
    widgets::section_heading_ui(ui, &heading.clone());
    let mut open = None;
    ui.horizontal_wrapped(|ui| {
        // A link never breaks across lines: it moves to the next line whole.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        for (id, title) in &links {
            if ui.link(title).clicked() {
                open = Some(id.clone());
            }
        }
    });
    if let Some(id) = open {
        tx.open(id);
    }
}

fn sources_ui(app: &State, ui: &mut Ui, item: Item<'_>) {
    ui.add_space(10.0);
    egui::CollapsingHeader::new(RichText::new(&app.strings.sources))
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
                ui.add(egui::Label::new(RichText::new(text).small()).wrap());
            }
        });
}
