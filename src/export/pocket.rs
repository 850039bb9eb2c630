//! The `pocket` layout: phrase pairs on A6 cards (4.25 × 5.5 in on Letter), four to a
//! sheet, dashed borders as cut lines, 13 pt type (12 pt for the why) to read at arm's
//! length. Never the trainer's notes.
//!
//! Budget, in half-lines of 13 pt text (6 mm a line): a card's text box is 89 × 132 mm
//! on A4 (92 × 124 mm on Letter), about 22 (20) lines of some 38 characters. A
//! paragraph costs two half-lines per 30 characters plus one; the heading (the card's
//! situation, 14 pt bold) two per 26 characters plus one.
//! A card may use 36 half-lines on A4 and 32 on Letter; a pair that needs more goes on
//! two cards, the second marked continued.

use std::fmt::Write as _;

use super::{
    Paper, Scope,
    html::{self, escape},
};
use crate::content::{Content, Phrase, model::Show};
use crate::strings::Strings;

const LINE_CHARS: usize = 30;

pub fn budget(paper: Paper) -> usize {
    match paper {
        Paper::A4 => 36,
        Paper::Letter => 32,
    }
}

/// The pairs a handout covers: the deck's phrase slides and the pairs of its card
/// slides, in deck order and each once; every pair when there is no deck.
pub fn pairs<'a>(content: &'a Content, scope: Scope<'_>) -> Vec<&'a Phrase> {
    let Scope::Deck(deck) = scope else {
        return content.phrases.iter().collect();
    };
    let mut pairs: Vec<&Phrase> = Vec::new();
    for slide in &deck.slides {
        let found: Vec<&Phrase> = match &slide.show {
            Show::Phrase(id) => content.phrases.iter().filter(|p| &p.id == id).collect(),
            Show::Card(id) => content.phrases_for(id),
            _ => Vec::new(),
        };
        for pair in found {
            if !pairs.iter().any(|p| p.id == pair.id) {
                pairs.push(pair);
            }
        }
    }
    pairs
}

/// A labelled paragraph of a pair: class, label, text.
type Line<'a> = (&'static str, String, &'a str);

fn cost(text: &str, label: &str) -> usize {
    2 * (text.chars().count() + label.chars().count() + 1).div_ceil(LINE_CHARS) + 1
}

/// The paragraphs of one pair, in the order a worker needs them.
fn lines<'a>(pair: &'a Phrase, s: &'a Strings) -> Vec<Line<'a>> {
    let mut lines: Vec<Line<'a>> = vec![("avoid", html::avoid_label(s), &pair.avoid)];
    if let Some(direction) = &pair.direction {
        lines.push(("direction", html::DIRECTION_MARK.to_owned(), direction));
    }
    lines.push(("say", html::say_label(s), &pair.say));
    if pair.example {
        lines.push(("more", String::new(), &s.example_note));
    }
    lines.push(("more", html::why_label(s), &pair.why));
    lines
}

/// The cards of one pair: usually one, two when it exceeds the budget.
fn cards(pair: &Phrase, heading: &str, s: &Strings, paper: Paper) -> Vec<String> {
    // The situation, in 14 pt bold: about 26 characters a line.
    let heading_cost = 2 * heading.chars().count().div_ceil(26).max(1) + 1;
    let mut cards = Vec::new();
    let mut body = String::new();
    let mut used = heading_cost;
    let flush = |body: &mut String, used: usize, cards: &mut Vec<String>| {
        let continued = if cards.is_empty() {
            String::new()
        } else {
            format!(" ({})", escape(&s.continued))
        };
        let class = if cards.is_empty() { "" } else { " continued" };
        cards.push(format!(
            "<div class=\"pocket{class}\" data-cost=\"{used}\" data-budget=\"{}\">\
             <h2>{}{continued}</h2>{body}</div>\n",
            budget(paper),
            escape(heading),
        ));
        body.clear();
    };
    for (class, label, text) in lines(pair, s) {
        let c = cost(text, &label);
        if !body.is_empty() && used + c > budget(paper) {
            flush(&mut body, used, &mut cards);
            used = heading_cost;
        }
        used += c;
        let label = if label.is_empty() {
            String::new()
        } else {
            format!("<b>{}</b> ", escape(&label))
        };
        let _ = write!(body, "<p class=\"{class}\">{label}{}</p>", escape(text));
    }
    flush(&mut body, used, &mut cards);
    cards
}

/// What a cut-out card is about: the situation it is for (its first customer type), so
/// a card about threats is not mistaken for one about self-harm once it is cut out.
fn heading<'a>(content: &'a Content, pair: &Phrase, s: &'a Strings) -> &'a str {
    pair.situations
        .first()
        .and_then(|id| content.customer_type(id))
        .map_or(s.say_this.as_str(), |card| card.title.as_str())
}

/// Sheets of four cards each.
pub fn render(content: &Content, s: &Strings, scope: Scope<'_>, paper: Paper) -> String {
    let cards: Vec<String> = pairs(content, scope)
        .into_iter()
        .flat_map(|pair| cards(pair, heading(content, pair, s), s, paper))
        .collect();
    if cards.is_empty() {
        return format!(
            "<div class=\"sheet\"><div class=\"pocket\" data-cost=\"2\" data-budget=\"{}\">\
             <p>{}</p></div></div>\n",
            budget(paper),
            escape(&s.handout_no_pairs)
        );
    }
    let mut out = String::new();
    for sheet in cards.chunks(4) {
        out.push_str("<div class=\"sheet\">\n");
        for card in sheet {
            out.push_str(card);
        }
        out.push_str("</div>\n");
    }
    out
}
