//! The practice page: a situation and the words to avoid, the learner's own words if
//! they want, then ours and why; "I had the idea" or "Practise again". No scores.

use egui::{FontId, Key, RichText, Ui};

use crate::practice::{Round, round};
use crate::ui::{
    State,
    command::UiCommand,
    queue::{AppCommand, Commands},
    style, widgets,
};

pub fn practice_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    let s = &app.strings;
    ui.heading(&s.practise);
    let Some(round) = &app.round else {
        ui.label(&s.practice_nothing);
        return;
    };
    if round.is_done() {
        summary_ui(app, round, tx, ui);
        return;
    }
    let Some(phrase) = round.current_phrase(&app.content) else {
        ui.label(&s.practice_nothing);
        return;
    };
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    let (n, m) = round.position();
    let position = s.practice_position(n, m);
    ui.label(RichText::new(position).color(palette.weak));
    if let Some(scene) = round::scene(&app.content, &phrase.id) {
        ui.label(RichText::new(format!("{}: {scene}", s.situation)).strong());
    }
    ui.add_space(8.0);
    ui.label(
        RichText::new(format!("✖ {}", s.dont_say))
            .color(palette.avoid)
            .strong(),
    );
    ui.add(
        egui::Label::new(
            RichText::new(&phrase.avoid)
                .size(body * 1.3)
                .color(palette.avoid),
        )
        .wrap(),
    );
    ui.add_space(8.0);
    let label = ui.label(&s.your_words);
    let mut reply = round.reply().to_owned();
    let response = ui
        .add(
            egui::TextEdit::multiline(&mut reply)
                .hint_text(&s.your_words_hint)
                .char_limit(round::MAX_REPLY_CHARS)
                .desired_rows(2)
                .return_key(None)
                .desired_width(ui.available_width().min(700.0)),
        )
        .labelled_by(label.id);
    if response.changed() {
        tx.send(AppCommand::SetReply(reply));
    }
    // Enter in the box shows our words; Shift+Enter would be a new line, which a
    // spoken reply does not need.
    if response.has_focus() && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter)) {
        tx.send(AppCommand::Ui(UiCommand::ShowAnswer));
        response.surrender_focus();
    }
    ui.add_space(8.0);
    if round.is_revealed() {
        ui.label(
            RichText::new(format!("✔ {}", s.say_instead))
                .color(palette.say)
                .strong(),
        );
        ui.add(
            egui::Label::new(
                RichText::new(&phrase.say)
                    .font(FontId::new(body * 1.3, style::bold()))
                    .color(palette.say),
            )
            .wrap(),
        );
        ui.add(egui::Label::new(RichText::new(&phrase.why).color(palette.weak)).wrap());
        ui.add_space(10.0);
        ui.horizontal_wrapped(|ui| {
            for command in [UiCommand::HadTheIdea, UiCommand::PractiseAgain] {
                let button = egui::Button::new(command.label(s))
                    .shortcut_text(command.shortcut_text(ui.ctx()));
                if ui.add(button).clicked() {
                    tx.send(AppCommand::Ui(command));
                }
            }
        });
    } else {
        let button = egui::Button::new(&s.show_answer)
            .shortcut_text(UiCommand::ShowAnswer.shortcut_text(ui.ctx()));
        if ui.add(button).clicked() {
            tx.send(AppCommand::Ui(UiCommand::ShowAnswer));
        }
    }
}

/// The end of a round: the pairs to look at again, each linking to its card.
fn summary_ui(app: &State, round: &Round, tx: &mut Commands, ui: &mut Ui) {
    let s = &app.strings;
    ui.label(&s.round_done);
    if round.summary().is_empty() {
        ui.label(&s.nothing_to_review);
    } else {
        widgets::section_heading_ui(ui, &s.to_review);
        for id in round.summary() {
            let Some(phrase) = app.content.phrases.iter().find(|p| &p.id == id) else {
                continue;
            };
            ui.horizontal_wrapped(|ui| {
                if ui.link(&phrase.say).clicked() {
                    tx.open(id.clone());
                }
                if let Some(card) = round::card_of(&app.content, id)
                    && ui.link(format!("({})", card.title)).clicked()
                {
                    tx.open(card.id.clone());
                }
            });
        }
    }
    ui.add_space(10.0);
    if ui.button(&s.new_round).clicked() {
        tx.send(AppCommand::StartPractice(round.scope().clone()));
    }
}
