//! The run sheet at the head of the trainer's copy: each slide's number, title,
//! minutes and start time from 0:00, the total, what to bring and what to do before
//! class. Rows go on as many pages as they need, each within the page budget.

use std::fmt::Write as _;

use super::{Layout, Paper, Scope, html::escape, pages};
use crate::content::Deck;
use crate::strings::Strings;

/// A table row, in half-lines (10 pt, one line; a long title wraps to two).
const ROW: usize = 2;
/// Characters of title a row holds on one line.
const ROW_TITLE_CHARS: usize = 60;

/// `minutes` as `h:mm`.
pub fn clock(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// The run sheet with each slide's printed title.
pub fn render(
    deck: &Deck,
    titles: &[String],
    s: &Strings,
    scope: Scope<'_>,
    paper: Paper,
) -> String {
    let mut rows = Vec::new();
    let mut start = 0;
    for (i, (slide, title)) in deck.slides.iter().zip(titles).enumerate() {
        let minutes = slide
            .minutes
            .map_or_else(|| "–".to_owned(), |m| m.to_string());
        rows.push((
            format!(
                "<tr><td>{}</td><td>{}</td><td>{minutes}</td><td>{}</td></tr>",
                i + 1,
                escape(title),
                clock(start)
            ),
            ROW * super::measure::width(title)
                .div_ceil(ROW_TITLE_CHARS)
                .max(1),
        ));
        start += slide.minutes.unwrap_or(0);
    }
    // Slides without minutes leave the deck's own figure as the total.
    let total = if deck.slides.iter().any(|sl| sl.minutes.is_some()) {
        start
    } else {
        deck.minutes
    };
    let mut tail = format!(
        "<p class=\"total\"><b>{}:</b> {} min ({})</p>",
        escape(&s.run_total),
        total,
        clock(total)
    );
    let mut tail_cost = 3;
    for (label, list) in [
        (&s.materials, &deck.materials),
        (&s.before_class, &deck.before_class),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = write!(tail, "<h2>{}</h2>", escape(label));
        tail_cost += 4;
        for item in list {
            let _ = write!(tail, "<p class=\"bullet\">• {}</p>", escape(item));
            tail_cost += 2 * (super::measure::width(item) + 2).div_ceil(80).max(1) + 1;
        }
    }
    let head = pages::header(s, scope, Layout::Notes, &s.run_sheet);
    let table_head = format!(
        "<table class=\"run\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        escape(&s.run_slide),
        escape(&s.run_title),
        escape(&s.run_minutes),
        escape(&s.run_start)
    );
    // The title (5) and the table's header row (3), on every page.
    let fixed = 5 + 3 + 2;
    let budget = pages::budget(paper);
    let mut out = String::new();
    let mut page = String::new();
    let mut used = fixed;
    let mut first = true;
    let flush = |out: &mut String, page: &str, used: usize, first: bool, end: &str| {
        let continued = if first { "" } else { " continued" };
        let _ = write!(
            out,
            "<section class=\"page runsheet{continued}\" data-cost=\"{used}\" \
             data-budget=\"{budget}\">\n{head}\n<main><h1>{}</h1>\n{table_head}{page}</table>\
             {end}</main>\n<footer></footer>\n</section>\n",
            escape(&s.run_sheet),
        );
    };
    for (row, cost) in rows {
        if used + cost > budget {
            flush(&mut out, &page, used, first, "");
            page.clear();
            used = fixed;
            first = false;
        }
        page.push_str(&row);
        used += cost;
    }
    if used + tail_cost > budget {
        flush(&mut out, &page, used, first, "");
        page.clear();
        used = fixed;
        first = false;
    }
    flush(&mut out, &page, used + tail_cost, first, &tail);
    out
}
