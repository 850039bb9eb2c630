//! The `cards` and `notes` layouts: one slide per fixed-height page, split into
//! continued pages when its text exceeds the page's budget, as the projector does.
//!
//! The budget is counted in half-lines of 11 pt body text (5.2 mm a line at 1.35
//! line height). A paragraph costs two half-lines per 80 characters (a 186 mm line
//! holds about 95, so wrapping is overestimated) plus one for its margin; a section
//! heading four, the title four per 50 characters plus one, each footer line two per
//! 110 characters (8 pt text). A page has 88 half-lines on A4 and 80 on Letter: 44
//! and 40 body lines where about 50 and 47 fit under the header, so a page that
//! keeps to its budget does not overflow its box. Each page carries its cost and
//! budget as `data-cost` and `data-budget`, so a test can assert that none overflows.

use std::fmt::Write as _;

use super::{
    Layout, Paper, PrintSlide, Scope,
    html::{self, escape},
};
use crate::content::{Content, SAFETY_CARDS, model::Roleplay};
use crate::present::{PageKind, Part};
use crate::strings::Strings;

/// Characters of body text per counted line.
const LINE_CHARS: usize = 80;
/// Characters of footer text per counted line.
const FOOTER_CHARS: usize = 110;
/// Characters of title per counted title line.
const TITLE_CHARS: usize = 50;

/// Half-lines a page may hold on `paper`.
pub fn budget(paper: Paper) -> usize {
    match paper {
        Paper::A4 => 88,
        Paper::Letter => 80,
    }
}

/// What a printed page holds: a part of the slide, or the trainer's material.
#[derive(Debug, Clone)]
enum Piece<'a> {
    Slide(&'a Part),
    /// Lines to write the site's own numbers on, under a safety card: the cards say
    /// "site security" and "a local crisis line", and the learner keeps the numbers.
    Numbers,
    TrainerHeading,
    Notes(&'a str),
    Question(&'a str),
    Roleplay(&'a Roleplay),
}

impl Piece<'_> {
    /// A heading is kept on the same page as what follows it.
    fn keeps_with_next(&self) -> bool {
        matches!(self, Self::Slide(Part::Heading(_)) | Self::TrainerHeading)
    }

    fn cost(&self, s: &Strings) -> usize {
        let text = |chars: usize| 2 * chars.div_ceil(LINE_CHARS).max(1) + 1;
        match self {
            Self::Slide(Part::Heading(_)) | Self::TrainerHeading => 4,
            // A heading and two lines of two blanks each.
            Self::Numbers => 4 + 2 * 3,
            Self::Slide(part) => text(html::part_chars(part, s)),
            Self::Notes(t) | Self::Question(t) => text(t.chars().count() + 12),
            Self::Roleplay(r) => {
                // Its own heading line, then the three labelled lines.
                2 + text(r.customer.chars().count() + 20)
                    + text(r.wants.chars().count() + 20)
                    + text(r.practise.chars().count() + 20)
            }
        }
    }

    fn render(&self, out: &mut String, s: &Strings) {
        let _ = match self {
            Self::Slide(part) => {
                html::part(out, part, s);
                Ok(())
            }
            Self::Numbers => {
                let _ = write!(
                    out,
                    "<h2>{}</h2><p class=\"numbers\">",
                    escape(&s.your_numbers)
                );
                for (i, label) in s.number_labels.iter().enumerate() {
                    let gap = if i % 2 == 1 { "<br>" } else { " " };
                    let _ = write!(out, "<span>{}:</span>{gap}", escape(label));
                }
                write!(out, "</p>")
            }
            Self::TrainerHeading => write!(
                out,
                "<h2 class=\"trainer\">{}</h2>",
                escape(&s.for_the_trainer)
            ),
            Self::Notes(t) => write!(
                out,
                "<p class=\"notes\"><b>{}:</b> {}</p>",
                escape(&s.notes),
                escape(t)
            ),
            Self::Question(t) => write!(
                out,
                "<p class=\"question\"><b>{}:</b> {}</p>",
                escape(&s.questions),
                escape(t)
            ),
            Self::Roleplay(r) => write!(
                out,
                "<p class=\"roleplay\"><b>{}</b><br><b>{}:</b> {}<br>\
                 <b>{}:</b> {}<br><b>{}:</b> {}</p>",
                escape(&s.roleplay),
                escape(&s.roleplay_customer),
                escape(&r.customer),
                escape(&s.roleplay_wants),
                escape(&r.wants),
                escape(&s.roleplay_practise),
                escape(&r.practise)
            ),
        };
    }
}

/// The pieces of one slide in reading order; trainer material only in `notes`.
fn pieces<'a>(slide: &'a PrintSlide<'_>, layout: Layout) -> Vec<Piece<'a>> {
    let mut pieces: Vec<Piece<'a>> = slide
        .page
        .blocks
        .iter()
        .map(|b| Piece::Slide(&b.part))
        .collect();
    let safety = slide
        .item
        .is_some_and(|item| SAFETY_CARDS.contains(&item.id()));
    if safety {
        pieces.push(Piece::Numbers);
    }
    if layout == Layout::Notes
        && let Some(s) = slide.slide
    {
        let mut trainer: Vec<Piece<'a>> = Vec::new();
        trainer.extend(s.notes.as_deref().map(Piece::Notes));
        trainer.extend(s.questions.iter().map(|q| Piece::Question(q)));
        trainer.extend(s.roleplay.as_ref().map(Piece::Roleplay));
        if !trainer.is_empty() {
            pieces.push(Piece::TrainerHeading);
            pieces.extend(trainer);
        }
    }
    pieces
}

/// The pieces split greedily into pages of at most `room` half-lines; a heading
/// stays with the piece after it, and a piece too big even alone gets its own page
/// (its cost then shows above the budget, for a test to catch).
fn split<'a>(pieces: Vec<Piece<'a>>, room: usize, s: &Strings) -> Vec<Vec<Piece<'a>>> {
    let mut units: Vec<Vec<Piece<'_>>> = Vec::new();
    let mut pending = Vec::new();
    for piece in pieces {
        let keep = piece.keeps_with_next();
        pending.push(piece);
        if !keep {
            units.push(std::mem::take(&mut pending));
        }
    }
    if !pending.is_empty() {
        units.push(pending);
    }
    let mut pages: Vec<Vec<Piece<'_>>> = Vec::new();
    let mut current: Vec<Piece<'_>> = Vec::new();
    let mut used = 0;
    for unit in units {
        let cost: usize = unit.iter().map(|p| p.cost(s)).sum();
        if !current.is_empty() && used + cost > room {
            pages.push(std::mem::take(&mut current));
            used = 0;
        }
        used += cost;
        current.extend(unit);
    }
    if !current.is_empty() || pages.is_empty() {
        pages.push(current);
    }
    pages
}

/// The footer: each source the item cites, by key and title, as text (never a link).
pub fn citations(content: &Content, keys: &[String], s: &Strings) -> String {
    // Keys of one source are grouped, so a title is printed once.
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for key in keys {
        let title = content
            .citation(key)
            .map_or(s.unknown_source.as_str(), |(source, _)| {
                source.title.as_str()
            });
        match groups.iter_mut().find(|(t, _)| *t == title) {
            Some((_, keys)) => keys.push(key),
            None => groups.push((title, vec![key])),
        }
    }
    groups
        .iter()
        .map(|(title, keys)| format!("{}: {title}", keys.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

fn title_of<'a>(slide: &'a PrintSlide<'_>, s: &'a Strings) -> &'a str {
    // A phrase page's title is the line to avoid, which its first block shows anyway.
    match slide.page.kind {
        PageKind::Phrase => &s.say_this,
        _ => &slide.page.title,
    }
}

/// Every slide's pages, in order.
pub fn render(
    content: &Content,
    s: &Strings,
    scope: Scope<'_>,
    slides: &[PrintSlide<'_>],
    layout: Layout,
    paper: Paper,
) -> String {
    let mut out = String::new();
    let total = slides.len();
    for (n, slide) in slides.iter().enumerate() {
        let title = title_of(slide, s);
        let sources = slide
            .item
            .map(|item| citations(content, item.sources(), s))
            .unwrap_or_default();
        let footer_cost = if sources.is_empty() {
            2
        } else {
            2 * (sources.chars().count() + 9).div_ceil(FOOTER_CHARS)
        };
        let title_cost = 4 * (title.chars().count() + 12).div_ceil(TITLE_CHARS) + 1;
        let fixed = footer_cost + title_cost;
        let room = budget(paper).saturating_sub(fixed);
        for (i, page) in split(pieces(slide, layout), room, s)
            .into_iter()
            .enumerate()
        {
            let cost = fixed + page.iter().map(|p| p.cost(s)).sum::<usize>();
            let continued = if i > 0 { " continued" } else { "" };
            let _ = write!(
                out,
                "<section class=\"page{continued}\" data-slide=\"{slide}\" data-cost=\"{cost}\" \
                 data-budget=\"{budget}\">\n<header>{trainer}{deck} · {num}</header>\n<main>\
                 <h1>{title}{more}</h1>\n",
                slide = slide.page.slide,
                budget = budget(paper),
                // The trainer's copy says so on every page, so a sheet that strays
                // into the learners' pile is seen.
                trainer = if layout == Layout::Notes {
                    format!("<b>{}</b> · ", escape(&s.trainer_only))
                } else {
                    String::new()
                },
                deck = escape(scope.title(s)),
                num = escape(
                    &s.page_of
                        .replace("{n}", &(n + 1).to_string())
                        .replace("{m}", &total.to_string())
                ),
                title = escape(title),
                more = if i > 0 {
                    format!(" ({})", escape(&s.continued))
                } else {
                    String::new()
                },
            );
            for piece in &page {
                piece.render(&mut out, s);
                out.push('\n');
            }
            out.push_str("</main>\n<footer>");
            if !sources.is_empty() {
                let _ = write!(out, "{}: {}", escape(&s.sources), escape(&sources));
            }
            out.push_str("</footer>\n</section>\n");
        }
    }
    out
}
