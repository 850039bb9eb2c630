//! What a `cards` or `notes` page holds, piece by piece: its markup and its cost in
//! half-lines of 11 pt body text (see `pages`), at the type size it prints in.
//!
//! Sizes: body 11 pt (5.2 mm a line, two half-lines, about 80 characters across the
//! page), small 9 pt (4.3 mm, 1.65 half-lines, about 97 characters) and large 13 pt
//! (6.2 mm, 2.4 half-lines, about 66 characters). In two columns a line holds half as
//! many characters, and the block is about half as tall.

use std::fmt::Write as _;

use super::html::{self, escape};
use crate::content::model::Contact;
use crate::content::{Phrase, model::Roleplay};
use crate::present::Part;
use crate::strings::Strings;

/// The type size a piece prints in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Body,
    Small,
    Large,
}

impl Size {
    fn class(self) -> &'static str {
        match self {
            Self::Body => "",
            Self::Small => " small",
            Self::Large => " large",
        }
    }

    fn line_chars(self) -> usize {
        match self {
            Self::Body => 80,
            Self::Small => 110,
            Self::Large => 66,
        }
    }

    /// Twentieths of a half-line per printed line.
    fn line_cost(self) -> usize {
        match self {
            Self::Body => 40,
            Self::Small => 33,
            Self::Large => 48,
        }
    }
}

/// Half-lines a paragraph of `chars` characters costs at `size` in `columns` columns
/// (its height within one column), its margin included.
pub fn text_cost(chars: usize, size: Size, columns: usize) -> usize {
    text_cost20(chars, size, columns).div_ceil(20)
}

/// The same in twentieths of a half-line, for blocks that add many small paragraphs
/// before rounding (small type has a 1.5 mm margin, 0.6 of a half-line, not a whole).
fn text_cost20(chars: usize, size: Size, columns: usize) -> usize {
    let per_line = size.line_chars() / columns.max(1);
    let lines = chars.div_ceil(per_line).max(1);
    let margin = if size == Size::Small { 12 } else { 20 };
    lines * size.line_cost() + margin
}

/// Height of one write-in row of numbers, in twentieths of a half-line (8 mm).
const NUMBER_ROW: usize = 31;
/// Write-in lines a row holds: wide enough for a label and a phone number each.
pub const NUMBERS_PER_ROW: usize = 3;

/// One thing a page prints.
#[derive(Debug, Clone)]
pub enum Piece<'a> {
    Slide(&'a Part, Size),
    /// Short parts (signs, escalations) side by side in two columns, to save a sheet.
    Columns(Vec<&'a Part>, Size),
    /// A heading from the strings ("What to say").
    Heading(&'a str),
    /// One of a card's best pairs: the words to say large, the line to avoid small.
    /// Compact (`true`): the say line in body type, the direction small.
    Pair(&'a Phrase, bool),
    /// Lines to write the site's own numbers on, one per contact the site names: the
    /// cards say "site security" and "a local crisis line", and the learner keeps the
    /// numbers.
    Numbers(&'a [Contact]),
    /// Pairs side by side in two columns, compact: the last step to one sheet.
    PairColumns(Vec<&'a Phrase>),
    TrainerHeading,
    Notes(&'a str, Size),
    Question(&'a str, Size),
    Answer(&'a str, Size),
    Roleplay(&'a Roleplay, Size),
}

impl Piece<'_> {
    /// A heading is kept on the same page as what follows it.
    pub fn keeps_with_next(&self) -> bool {
        matches!(
            self,
            Self::Slide(Part::Heading(_), _) | Self::TrainerHeading | Self::Heading(_)
        )
    }

    pub fn cost(&self, s: &Strings) -> usize {
        let n = |t: &str| t.chars().count();
        match self {
            Self::Slide(Part::Heading(_), _) | Self::TrainerHeading | Self::Heading(_) => 4,
            Self::Slide(part, size) => text_cost(html::part_chars(part, s), *size, 1),
            Self::Columns(parts, size) => {
                let costs: Vec<usize> = parts
                    .iter()
                    .map(|p| text_cost20(html::part_chars(p, s), *size, 2))
                    .collect();
                // Balanced columns: half the total, plus at most one part that could not
                // be split between them.
                let sum: usize = costs.iter().sum();
                (sum / 2 + costs.iter().max().copied().unwrap_or(0) / 2).div_ceil(20) + 1
            }
            Self::Pair(pair, compact) => {
                let (say_size, direction_size) = if *compact {
                    (Size::Body, Size::Small)
                } else {
                    (Size::Large, Size::Body)
                };
                let say = text_cost(n(&pair.say) + n(&html::say_label(s)) + 1, say_size, 1);
                let avoid = text_cost(
                    n(&pair.avoid) + n(&html::avoid_label(s)) + 1,
                    Size::Small,
                    1,
                );
                let direction = pair
                    .direction
                    .as_deref()
                    .map_or(0, |d| text_cost(n(d) + 2, direction_size, 1));
                say + avoid + direction + 1
            }
            Self::PairColumns(pairs) => {
                let costs: Vec<usize> = pairs
                    .iter()
                    .map(|p| {
                        // In twentieths, as `Columns`: the sum is rounded once, below.
                        text_cost20(n(&p.say) + n(&html::say_label(s)) + 1, Size::Body, 2)
                            + p.direction
                                .as_deref()
                                .map_or(0, |d| text_cost20(n(d) + 2, Size::Small, 2))
                            + text_cost20(
                                n(&p.avoid) + n(&html::avoid_label(s)) + 1,
                                Size::Small,
                                2,
                            )
                            + 20
                    })
                    .collect();
                let sum: usize = costs.iter().sum();
                (sum / 2 + costs.iter().max().copied().unwrap_or(0) / 2).div_ceil(20) + 1
            }
            Self::Numbers(contacts) => {
                let rows = contacts.len().div_ceil(NUMBERS_PER_ROW).max(1);
                4 + (rows * NUMBER_ROW).div_ceil(20) + 1
            }
            Self::Notes(t, size) | Self::Question(t, size) | Self::Answer(t, size) => {
                text_cost(n(t) + 14, *size, 1)
            }
            Self::Roleplay(r, size) => {
                // Its own heading line, then each labelled line.
                let line = |t: &str| text_cost(n(t) + 20, *size, 1);
                let observe: usize = r.observe.iter().map(|o| line(o)).sum();
                2 + line(&r.customer)
                    + line(&r.wants)
                    + line(&r.practise)
                    + r.staff.as_deref().map_or(0, line)
                    + observe
            }
        }
    }

    pub fn render(&self, out: &mut String, s: &Strings) {
        // Writing to a String cannot fail.
        let _ = match self {
            Self::Slide(part, size) => {
                let mut one = String::new();
                html::part(&mut one, part, s);
                out.push_str(&with_size(&one, *size));
                Ok(())
            }
            Self::Columns(parts, size) => {
                let _ = write!(out, "<div class=\"cols{}\">", size.class());
                for part in parts {
                    html::part(out, part, s);
                }
                write!(out, "</div>")
            }
            Self::Heading(h) => write!(out, "<h2>{}</h2>", escape(h)),
            Self::Pair(pair, compact) => {
                let (say, direction) = if *compact {
                    ("say strong", "direction small")
                } else {
                    ("say large", "direction")
                };
                let _ = write!(
                    out,
                    "<div class=\"pair\"><p class=\"{say}\"><b>{}</b> {}</p>",
                    escape(&html::say_label(s)),
                    escape(&pair.say)
                );
                if let Some(d) = &pair.direction {
                    let _ = write!(
                        out,
                        "<p class=\"{direction}\"><b>{}</b> {}</p>",
                        html::DIRECTION_MARK,
                        escape(d)
                    );
                }
                write!(
                    out,
                    "<p class=\"avoid small\"><b>{}</b> {}</p></div>",
                    escape(&html::avoid_label(s)),
                    escape(&pair.avoid)
                )
            }
            Self::PairColumns(pairs) => {
                out.push_str("<div class=\"cols\">");
                for pair in pairs {
                    Self::Pair(pair, true).render(out, s);
                }
                write!(out, "</div>")
            }
            Self::Numbers(contacts) => {
                let _ = write!(
                    out,
                    "<h2>{}</h2><div class=\"numbers\">",
                    escape(&s.your_numbers)
                );
                for contact in *contacts {
                    let _ = write!(out, "<span>{}:</span>", escape(&contact.label));
                }
                write!(out, "</div>")
            }
            Self::TrainerHeading => write!(
                out,
                "<h2 class=\"trainer\">{}</h2>",
                escape(&s.for_the_trainer)
            ),
            Self::Notes(t, size) => labelled(out, "notes", *size, &s.notes, t),
            Self::Question(t, size) => labelled(out, "question", *size, &s.questions, t),
            Self::Answer(t, size) => labelled(out, "answer", *size, &s.answers, t),
            Self::Roleplay(r, size) => {
                let _ = write!(
                    out,
                    "<p class=\"roleplay{}\"><b>{}</b>",
                    size.class(),
                    escape(&s.roleplay)
                );
                let mut line = |label: &str, text: &str| {
                    let _ = write!(out, "<br><b>{}:</b> {}", escape(label), escape(text));
                };
                line(&s.roleplay_customer, &r.customer);
                line(&s.roleplay_wants, &r.wants);
                line(&s.roleplay_practise, &r.practise);
                if let Some(staff) = &r.staff {
                    line(&s.roleplay_staff, staff);
                }
                for o in &r.observe {
                    line(&s.roleplay_observer, o);
                }
                write!(out, "</p>")
            }
        };
    }
}

/// A paragraph of `class` at `size` opening with a bold `label:`.
fn labelled(
    out: &mut String,
    class: &str,
    size: Size,
    label: &str,
    text: &str,
) -> std::fmt::Result {
    write!(
        out,
        "<p class=\"{class}{}\"><b>{}:</b> {}</p>",
        size.class(),
        escape(label),
        escape(text)
    )
}

/// One paragraph's markup at `size`: the size's class added to its first `class="…"`.
fn with_size(markup: &str, size: Size) -> String {
    if size == Size::Body {
        return markup.to_owned();
    }
    match markup.split_once("class=\"") {
        Some((head, tail)) => format!(
            "{head}class=\"{}{tail}",
            size.class().trim_start().to_owned() + " "
        ),
        None => markup.to_owned(),
    }
}
