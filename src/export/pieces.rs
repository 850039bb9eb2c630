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

    /// A paragraph's 1.5 mm bottom margin in twentieths of a half-line (2.6 mm), at
    /// this size: 0.6 of a half-line.
    fn margin20(self) -> usize {
        12
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

/// Twentieths of a half-line a paragraph of `chars` characters costs at `size` in
/// `columns` columns (its height within one column), its 1.5 mm margin included.
fn text_cost20(chars: usize, size: Size, columns: usize, zoom: usize) -> usize {
    // A page set at `zoom` percent lays out on a proportionally wider page: a line
    // holds more characters (and `pages` scales the height back down).
    let per_line = size.line_chars() * 100 / zoom.max(1) / columns.max(1);
    let lines = chars.div_ceil(per_line).max(1);
    lines * size.line_cost() + size.margin20()
}

/// A say/avoid pair in twentieths: the say line large, the direction at
/// `direction_size`, the avoid line small, and the pair's own 2 mm margin.
fn pair_cost20(
    pair: &Phrase,
    s: &Strings,
    direction_size: Size,
    columns: usize,
    zoom: usize,
) -> usize {
    let n = super::measure::width;
    // Within a pair, paragraphs are 0.5 mm apart, not the usual 1.5 mm.
    let say_size = Size::Large;
    let say = text_cost20(
        n(&pair.say) + n(&html::say_label(s)) + 1,
        say_size,
        columns,
        zoom,
    ) - say_size.margin20()
        + 4;
    let avoid = text_cost20(
        n(&pair.avoid) + n(&html::avoid_label(s)) + 1,
        Size::Small,
        columns,
        zoom,
    ) - Size::Small.margin20()
        + 4;
    let direction = pair.direction.as_deref().map_or(0, |d| {
        text_cost20(n(d) + 2, direction_size, columns, zoom) - direction_size.margin20() + 4
    });
    say + avoid + direction + 16
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
    /// One of a card's best pairs: the words to say large, the direction in body type,
    /// the line to avoid small.
    Pair(&'a Phrase),
    /// Lines to write the site's own numbers on, one per contact the site names: the
    /// cards say "site security" and "a local crisis line", and the learner keeps the
    /// numbers.
    Numbers(&'a [Contact]),
    /// Pairs side by side in two columns, the words to say still large, the direction
    /// small: a safety card's last step to one sheet.
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

    /// Twentieths of a half-line the piece costs laid out at `zoom` percent (its height
    /// before the zoom scales it): a page adds its pieces' costs and rounds once
    /// (`pages`), as Chromium does not round each paragraph to a line.
    pub fn cost20(&self, s: &Strings, zoom: usize) -> usize {
        let n = super::measure::width;
        match self {
            Self::Slide(Part::Heading(_), _) | Self::TrainerHeading | Self::Heading(_) => 80,
            Self::Slide(part, size) => text_cost20(html::part_chars(part, s), *size, 1, zoom),
            Self::Columns(parts, size) => {
                let sum: usize = parts
                    .iter()
                    .map(|p| text_cost20(html::part_chars(p, s), *size, 2, zoom))
                    .sum();
                // Balanced columns: half the total, plus a line for the uneven split.
                sum / 2 + size.line_cost()
            }
            Self::Pair(pair) => pair_cost20(pair, s, Size::Body, 1, zoom),
            Self::PairColumns(pairs) => {
                let costs: Vec<usize> = pairs
                    .iter()
                    .map(|p| pair_cost20(p, s, Size::Small, 2, zoom))
                    .collect();
                // A pair never breaks between the columns, so they can differ by up to
                // a pair: half the total, plus half the largest pair (at least a line).
                let sum: usize = costs.iter().sum();
                let largest = costs.iter().copied().max().unwrap_or(0);
                sum / 2 + (largest / 2).max(Size::Large.line_cost())
            }
            Self::Numbers(contacts) => {
                let rows = contacts.len().div_ceil(NUMBERS_PER_ROW).max(1);
                80 + rows * NUMBER_ROW + 20
            }
            Self::Notes(t, size) | Self::Question(t, size) | Self::Answer(t, size) => {
                text_cost20(n(t) + 14, *size, 1, zoom)
            }
            Self::Roleplay(r, size) => {
                // Its own heading line, then each labelled line (one paragraph: one
                // margin).
                let line = |t: &str| text_cost20(n(t) + 20, *size, 1, zoom) - size.margin20();
                let observe: usize = r.observe.iter().map(|o| line(o)).sum();
                size.line_cost()
                    + size.margin20()
                    + line(&r.customer)
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
            Self::Pair(pair) => pair_markup(out, s, pair, "direction"),
            Self::PairColumns(pairs) => {
                out.push_str("<div class=\"cols\">");
                for pair in pairs {
                    let _ = pair_markup(out, s, pair, "direction small");
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

/// A say/avoid pair: the words to say large, the direction as `direction` (its
/// classes), the line to avoid small.
fn pair_markup(out: &mut String, s: &Strings, pair: &Phrase, direction: &str) -> std::fmt::Result {
    let _ = write!(
        out,
        "<div class=\"pair\"><p class=\"say large\"><b>{}</b> {}</p>",
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
