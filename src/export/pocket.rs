//! The `pocket` layout: phrase pairs on A6 cards (4.25 × 5.5 in on Letter), four to a
//! sheet, dashed borders as cut lines, to read at arm's length. The words to say lead,
//! in the largest type; the line to avoid is small and struck through. Never the
//! trainer's notes. The sheet and card machinery is shared with the role-play cards.
//!
//! Budget, in half-lines of 13 pt text (6 mm a line): a card's text box is 89 × 132 mm
//! on A4 (92 × 124 mm on Letter), about 22 (20) lines of some 38 characters of 13 pt.
//! Each size below counts its characters per line and its line height in twentieths
//! of a half-line; a paragraph adds one for its margin; the heading (the card's
//! situation, 14 pt bold) two per 26 characters plus one. A card may use 36
//! half-lines on A4 and 32 on Letter. A pair never goes on two cards: a long one is
//! set in smaller type (the `tight` and `tighter` cards) until it fits.

use std::fmt::Write as _;

use super::{
    Paper, Scope,
    html::{self, escape},
    pairs,
};
use crate::content::{Content, Phrase};
use crate::strings::Strings;

pub fn budget(paper: Paper) -> usize {
    match paper {
        Paper::A4 => 36,
        Paper::Letter => 32,
    }
}

/// A type size on a pocket card: characters per line, twentieths of a half-line per line.
#[derive(Debug, Clone, Copy)]
pub struct Type(pub usize, pub usize);

/// Half-lines a paragraph of `chars` characters costs in `t`.
pub fn cost(chars: usize, t: Type) -> usize {
    cost20(chars, t).div_ceil(20)
}

/// The same in twentieths of a half-line, for a card that adds many paragraphs and
/// rounds once.
pub fn cost20(chars: usize, t: Type) -> usize {
    chars.div_ceil(t.0).max(1) * t.1 + 20
}

/// The sizes of one setting of a card: say, direction, avoid, the rest; and its class.
struct Setting {
    class: &'static str,
    say: Type,
    direction: Type,
    avoid: Type,
    more: Type,
}

/// From the largest type to the smallest (see the stylesheet in `html`): say 15, 13,
/// 12 pt; direction 13, 11.5, 10 pt; avoid and why 11 or 12, 10, 9 pt.
const SETTINGS: [Setting; 3] = [
    Setting {
        class: "",
        say: Type(26, 46),
        direction: Type(30, 40),
        avoid: Type(36, 34),
        more: Type(33, 37),
    },
    Setting {
        class: " tight",
        say: Type(30, 40),
        direction: Type(34, 35),
        avoid: Type(40, 31),
        more: Type(40, 31),
    },
    Setting {
        class: " tighter",
        say: Type(33, 37),
        direction: Type(40, 31),
        avoid: Type(44, 28),
        more: Type(44, 28),
    },
];

/// The heading's cost: 14 pt bold, about 26 characters a line.
pub fn heading_cost(heading: &str) -> usize {
    2 * super::measure::width(heading).div_ceil(26).max(1) + 1
}

/// One cut-out card.
pub fn card(class: &str, heading: &str, body: &str, cost: usize, paper: Paper) -> String {
    format!(
        "<div class=\"pocket{class}\" data-cost=\"{cost}\" data-budget=\"{}\">\
         <h2>{}</h2>{body}</div>\n",
        budget(paper),
        escape(heading),
    )
}

/// The cut-out card of one pair, in the first setting that fits.
fn pair_card(pair: &Phrase, heading: &str, s: &Strings, paper: Paper) -> String {
    let n = super::measure::width;
    let say_label = html::say_label(s);
    let avoid_label = html::avoid_label(s);
    let why_label = html::why_label(s);
    let costs = |set: &Setting| {
        heading_cost(heading)
            + cost(n(&pair.say) + n(&say_label) + 1, set.say)
            + pair
                .direction
                .as_deref()
                .map_or(0, |d| cost(n(d) + 2, set.direction))
            + cost(n(&pair.avoid) + n(&avoid_label) + 1, set.avoid)
            + if pair.example {
                cost(n(&s.example_note), set.more)
            } else {
                0
            }
            + cost(n(&pair.why) + n(&why_label) + 1, set.more)
    };
    let set = SETTINGS
        .iter()
        .find(|set| costs(set) <= budget(paper))
        .unwrap_or(&SETTINGS[SETTINGS.len() - 1]);
    let mut body = String::new();
    let mut line = |class: &str, label: &str, text: &str| {
        let label = if label.is_empty() {
            String::new()
        } else {
            format!("<b>{}</b> ", escape(label))
        };
        let _ = write!(body, "<p class=\"{class}\">{label}{}</p>", escape(text));
    };
    line("say", &say_label, &pair.say);
    if let Some(direction) = &pair.direction {
        line("direction", html::DIRECTION_MARK, direction);
    }
    line("avoid", &avoid_label, &pair.avoid);
    if pair.example {
        line("more", "", &s.example_note);
    }
    line("more", &why_label, &pair.why);
    card(set.class, heading, &body, costs(set), paper)
}

/// Sheets of four cards each, or one card saying `empty` when there are none.
pub fn sheets(cards: &[String], empty: &str, paper: Paper) -> String {
    if cards.is_empty() {
        return format!(
            "<div class=\"sheet\"><div class=\"pocket\" data-cost=\"2\" data-budget=\"{}\">\
             <p>{}</p></div></div>\n",
            budget(paper),
            escape(empty)
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

/// The deck's own pairs, each headed by the situation it is taught for there (see
/// `pairs::situation`), so a card about threats is not mistaken for one about
/// self-harm once it is cut out.
pub fn render(content: &Content, s: &Strings, scope: Scope<'_>, paper: Paper) -> String {
    let cards: Vec<String> = pairs::of_scope(content, scope)
        .into_iter()
        .map(|pair| {
            let heading = pairs::situation(content, scope, pair)
                .map_or(s.say_this.as_str(), |card| card.title.as_str());
            pair_card(pair, heading, s, paper)
        })
        .collect();
    sheets(&cards, &s.handout_no_pairs, paper)
}
