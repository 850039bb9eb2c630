//! The `cards` and `notes` layouts: one slide per fixed-height page, split into
//! continued pages when its text exceeds the page's budget, as the projector does;
//! with two-up, two short slides share a sheet.
//!
//! The budget is counted in half-lines of 11 pt body text (2.6 mm: 5.2 mm a line at
//! 1.35 line height; see `pieces` for the other sizes), in twentieths while a page is
//! added up, rounded once per page. A section heading costs four, the title four per
//! 50 characters plus one, each footer line 1.5 per 110 characters (8 pt text). A page
//! has 95 half-lines on A4 and 93 on Letter (247 and 242 mm), where Chromium has about
//! 268 and 251 mm for the title, text and footer under the header: 4-8% to spare, on
//! top of estimates measured 0-8% above what Chromium draws in DejaVu Sans (the widest
//! of the fonts the style names), so a page that keeps to
//! its budget does not overflow its box. Each page carries its cost and budget as
//! `data-cost` and `data-budget`, so a test can assert that none overflows.

use std::fmt::Write as _;

use super::{
    Layout, Paper, PrintSlide, Scope, html::escape, layout_card, pieces::Piece, pieces::Size,
};
use crate::content::{Content, Item, SAFETY_CARDS};
use crate::present::PageKind;
use crate::strings::Strings;

/// Characters of footer text per counted line.
const FOOTER_CHARS: usize = 110;
/// Characters of title per counted title line.
const TITLE_CHARS: usize = 50;

/// Half-lines a page may hold on `paper`.
pub fn budget(paper: Paper) -> usize {
    match paper {
        Paper::A4 => 95,
        Paper::Letter => 93,
    }
}

/// Half-lines half a sheet may hold in two-up: half the page, less its own header and
/// footer rules and the gap between the halves.
pub fn half_budget(paper: Paper) -> usize {
    budget(paper) / 2 - 4
}

/// The pieces split greedily into pages of at most `room` twentieths of a half-line; a heading
/// stays with the piece after it, and a piece too big even alone gets its own page
/// (its cost then shows above the budget, for a test to catch).
fn split<'a>(pieces: Vec<Piece<'a>>, room: usize, zoom: usize, s: &Strings) -> Vec<Vec<Piece<'a>>> {
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
        let cost: usize = unit.iter().map(|p| p.cost20(s, zoom)).sum();
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

/// The page header: the trainer's mark in `notes` (so a sheet that strays into the
/// learners' pile is seen), the deck and the page's place.
pub fn header(s: &Strings, scope: Scope<'_>, layout: Layout, place: &str) -> String {
    let trainer = if layout == Layout::Notes {
        format!("<b>{}</b> · ", escape(&s.trainer_only))
    } else {
        String::new()
    };
    format!(
        "<header>{trainer}{} · {}</header>",
        escape(scope.title(s)),
        escape(place)
    )
}

/// One slide laid out: its pages and what every page of it carries.
struct Laid<'a> {
    slide: usize,
    title: &'a str,
    sources: String,
    /// The footer's cost in twentieths of a half-line, on every page.
    footer: usize,
    /// The title's, in twentieths, on every page; it is set at the page's zoom.
    heading: usize,
    pages: Vec<Vec<Piece<'a>>>,
    /// The safety card it shows, whose page is marked for the print check.
    safety: Option<&'a str>,
    /// The percentage its content prints at (`layout_card::zoom`); 100 but for a
    /// safety card set small to keep one sheet.
    zoom: usize,
}

impl Laid<'_> {
    fn cost(&self, page: &[Piece<'_>], s: &Strings) -> usize {
        let pieces: usize = page.iter().map(|p| p.cost20(s, self.zoom)).sum();
        (self.footer * 100 + (self.heading + pieces) * self.zoom).div_ceil(100 * 20)
    }
}

/// Lays out one slide: a safety card at the first tightness that keeps it on one page,
/// and in `notes` the trainer's material in small type when that saves a page.
fn lay_out<'a>(
    content: &'a Content,
    s: &'a Strings,
    slide: &'a PrintSlide<'a>,
    layout: Layout,
    paper: Paper,
) -> Laid<'a> {
    let title = title_of(slide, s);
    let sources = slide
        .item
        .map(|item| citations(content, item.sources(), s))
        .unwrap_or_default();
    // In twentieths: a footer line of 8 pt is 3.8 mm (30), its rule and padding 1.3
    // mm (10); the title is 18 pt, 8.6 mm a line and 3 mm below (about four
    // half-lines a line, one more for the margin).
    let footer = if sources.is_empty() {
        40
    } else {
        30 * (super::measure::width(&sources) + 9).div_ceil(FOOTER_CHARS) + 10
    };
    let heading = 20 * (4 * (super::measure::width(title) + 12).div_ceil(TITLE_CHARS) + 1);
    // A page set at `zoom` percent holds proportionally more of the pieces' half-lines
    // (the title is set at the zoom too; the footer is not).
    let room = |tight: usize| {
        ((budget(paper) * 20).saturating_sub(footer) * 100 / layout_card::zoom(tight))
            .saturating_sub(heading)
    };
    let safety = slide
        .item
        .map(|item| item.id())
        .filter(|id| SAFETY_CARDS.contains(id));
    let slide_pieces = |tight: usize| layout_card::pieces(content, s, slide, layout, tight);
    let mut tight = 0;
    if safety.is_some() {
        while tight < layout_card::TIGHTEST
            && split(
                slide_pieces(tight),
                room(tight),
                layout_card::zoom(tight),
                s,
            )
            .len()
                > 1
        {
            tight += 1;
        }
    }
    let with_trainer = |tight: usize, size: Size| {
        let mut all = slide_pieces(tight);
        if layout == Layout::Notes {
            all.extend(layout_card::trainer(slide, size));
        }
        split(all, room(tight), layout_card::zoom(tight), s)
    };
    // A slide whose trainer's material spills over tries small type for it, then a
    // tighter card, so a role-play brief does not sit alone on a half-empty page.
    // A learner's page is set at a zoom (the levels past `UNZOOMED`) only for a card, so
    // its say lines stay on its page; a long free slide goes on to continued pages.
    let mut pages = with_trainer(tight, Size::Body);
    let mut chosen = tight;
    let card = matches!(slide.item, Some(Item::CustomerType(_)));
    let tightest = if card || layout == Layout::Notes {
        layout_card::TIGHTEST
    } else {
        layout_card::UNZOOMED
    };
    for t in tight..=tightest {
        if pages.len() == 1 {
            break;
        }
        let smaller = with_trainer(t, Size::Small);
        if smaller.len() < pages.len() {
            pages = smaller;
            chosen = t;
        }
    }
    Laid {
        slide: slide.page.slide,
        title,
        sources,
        footer,
        heading,
        pages,
        safety,
        zoom: layout_card::zoom(chosen),
    }
}

/// Every slide's pages, in order; in two-up, short slides two to a sheet.
#[allow(clippy::too_many_arguments)]
pub fn render(
    content: &Content,
    s: &Strings,
    scope: Scope<'_>,
    slides: &[PrintSlide<'_>],
    layout: Layout,
    paper: Paper,
    two_up: bool,
) -> String {
    let total = slides.len();
    let laid: Vec<Laid<'_>> = slides
        .iter()
        .map(|slide| lay_out(content, s, slide, layout, paper))
        .collect();
    let half = half_budget(paper);
    // A slide shares a sheet if it is one short page; a safety card never does: it is
    // the sheet for the staff-room wall.
    let short = |l: &Laid<'_>| {
        two_up
            && l.safety.is_none()
            && l.pages.len() == 1
            && l.pages.first().is_some_and(|p| l.cost(p, s) <= half)
    };
    let mut out = String::new();
    let mut n = 0;
    while n < laid.len() {
        let pair = short(&laid[n]) && laid.get(n + 1).is_some_and(short);
        let take = if pair { 2 } else { 1 };
        let mut sheet = String::new();
        for (k, l) in laid[n..n + take].iter().enumerate() {
            let place = s.page_of(n + k + 1, total);
            let head = header(s, scope, layout, &place);
            let budget = if pair { half } else { budget(paper) };
            for (i, page) in l.pages.iter().enumerate() {
                section(&mut sheet, s, l, page, i, &head, budget, pair);
                // In two-up every sheet is a `div.sheet`: a pair's two halves, or one
                // page of a slide that does not share.
                if two_up && !pair {
                    let _ = write!(out, "<div class=\"sheet\">\n{sheet}</div>\n");
                    sheet.clear();
                }
            }
        }
        if pair {
            let _ = write!(out, "<div class=\"sheet\">\n{sheet}</div>\n");
        } else {
            out.push_str(&sheet);
        }
        n += take;
    }
    out
}

/// One page of a slide as a `<section>`.
#[allow(clippy::too_many_arguments)]
fn section(
    out: &mut String,
    s: &Strings,
    l: &Laid<'_>,
    page: &[Piece<'_>],
    i: usize,
    head: &str,
    budget: usize,
    half: bool,
) {
    let continued = if i > 0 { " continued" } else { "" };
    let half = if half { " half" } else { "" };
    let zoom = match l.zoom {
        100 => String::new(),
        z => format!(" zoom{z}"),
    };
    let safety = l
        .safety
        .map(|id| format!(" data-safety=\"{}\"", escape(id)))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<section class=\"page{continued}{half}{zoom}\" data-slide=\"{slide}\"{safety} \
         data-cost=\"{cost}\" data-budget=\"{budget}\">\n{head}\n<main>\
         <h1>{title}{more}</h1>\n",
        slide = l.slide,
        cost = l.cost(page, s),
        title = escape(l.title),
        more = if i > 0 {
            format!(" ({})", escape(&s.continued))
        } else {
            String::new()
        },
    );
    for piece in page {
        piece.render(out, s);
        out.push('\n');
    }
    out.push_str("</main>\n<footer>");
    if !l.sources.is_empty() {
        let _ = write!(out, "{}: {}", escape(&s.sources), escape(&l.sources));
    }
    out.push_str("</footer>\n</section>\n");
}
