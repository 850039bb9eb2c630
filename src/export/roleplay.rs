//! The `roleplay` layout: each role-play of a deck as three cut-out A6 cards, one per
//! player, so the customer, the staff member and the observer each read only their
//! own brief. Same sheets and budget as the pocket cards.

use std::fmt::Write as _;

use super::{
    Paper, Scope,
    html::escape,
    pocket::{self, Type},
};
use crate::content::{Content, model::Roleplay};
use crate::present::slide_page;
use crate::strings::Strings;

/// 13 pt body, then 11.5 and 10 pt when a brief is long: characters per line, twentieths of a
/// half-line per line (see `pocket`).
const SIZES: [(&str, Type); 3] = [
    ("", Type(30, 40)),
    (" tight", Type(36, 34)),
    (" tighter", Type(44, 28)),
];

/// One player's card: a role heading, the role-play it belongs to, labelled lines.
fn player(role: &str, about: &str, lines: &[(&str, &str)], paper: Paper) -> String {
    let n = super::measure::width;
    // Its paragraphs are added in twentieths and rounded once, as Chromium does not
    // round each to a half-line.
    let costs = |t: Type| {
        pocket::heading_cost(role)
            + (pocket::cost20(n(about), t)
                + lines
                    .iter()
                    .map(|(label, text)| pocket::cost20(n(label) + n(text) + 2, t))
                    .sum::<usize>())
            .div_ceil(20)
    };
    let (class, t) = SIZES
        .iter()
        .find(|(_, t)| costs(*t) <= pocket::budget(paper))
        .copied()
        .unwrap_or(SIZES[SIZES.len() - 1]);
    let mut body = format!("<p class=\"more\">{}</p>", escape(about));
    for (label, text) in lines {
        let label = if label.is_empty() {
            String::new()
        } else {
            format!("<b>{}:</b> ", escape(label))
        };
        let _ = write!(body, "<p>{label}{}</p>", escape(text));
    }
    pocket::card(class, role, &body, costs(t), paper)
}

/// The three cards of one role-play, about the slide titled `about`.
fn cards(r: &Roleplay, about: &str, s: &Strings, paper: Paper) -> [String; 3] {
    let customer = player(
        &s.roleplay_customer,
        about,
        &[
            ("", r.customer.as_str()),
            (s.roleplay_wants.as_str(), r.wants.as_str()),
        ],
        paper,
    );
    // Without a staff brief, the staff player gets what they practise as their task.
    let staff_lines: Vec<(&str, &str)> = match &r.staff {
        Some(staff) => vec![("", staff.as_str())],
        None => vec![(s.roleplay_task.as_str(), r.practise.as_str())],
    };
    let staff = player(&s.roleplay_staff, about, &staff_lines, paper);
    let mut watch: Vec<(&str, &str)> = r
        .observe
        .iter()
        .map(|o| (s.roleplay_watch.as_str(), o.as_str()))
        .collect();
    watch.push((s.roleplay_practise.as_str(), r.practise.as_str()));
    let observer = player(&s.roleplay_observer, about, &watch, paper);
    [customer, staff, observer]
}

pub fn render(content: &Content, s: &Strings, scope: Scope<'_>, paper: Paper) -> String {
    let mut all = Vec::new();
    if let Scope::Deck(deck) = scope {
        for (i, slide) in deck.slides.iter().enumerate() {
            let Some(r) = &slide.roleplay else { continue };
            let about = slide_page(content, slide, i)
                .map(|page| format!("{} · {}", s.roleplay, page.title))
                .unwrap_or_else(|| s.roleplay.clone());
            all.extend(cards(r, &about, s, paper));
        }
    }
    pocket::sheets(&all, &s.handout_no_roleplays, paper)
}
