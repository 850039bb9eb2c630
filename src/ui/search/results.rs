//! The search results list, with matched characters highlighted.
//!
//! Titles wrap rather than being cut, so rows differ in height. The rows from the top
//! to a screen below the view are laid out (egui caches the layouts) to know their
//! height; the rest count as the average of those until they come near, and only the
//! rows in view are drawn. So a new query's 200 results cost the frame they arrive in
//! about what one screen of them costs.

use std::{ops::Range, sync::Arc};

use egui::{
    Color32, FontFamily, FontId, Galley, Rect, RichText, Sense, Stroke, TextFormat, TextStyle, Ui,
    WidgetInfo, text::LayoutJob,
};

use crate::{
    content::Item,
    search::{Hit, MatchedBy},
    ui::{
        State,
        chrome::Once,
        queue::{AppCommand, Commands},
        style, widgets,
    },
};

/// Inner margin of a row, on each side.
const ROW_MARGIN: f32 = 12.0;
/// A snippet shows at most this many lines.
const SNIPPET_ROWS: usize = 2;

/// One row's laid-out lines, top to bottom, and the name a screen reader reads.
struct Row {
    lines: Vec<Arc<Galley>>,
    label: String,
    height: f32,
}

pub fn results_ui(app: &State, tx: &mut Commands, ui: &mut Ui, once: Once) {
    if app.results.is_empty() {
        ui.add(
            egui::Label::new(
                RichText::new(&app.strings.no_results).size(widgets::ui_body(ui) * 1.1),
            )
            .wrap(),
        );
        way_out_ui(app, tx, ui);
        return;
    }
    understood_ui(app, ui);
    // A weak match may still be the right card: the first results come first, and
    // the way out waits below them rather than saying the search failed above them.
    let list_height = if app.weak {
        (ui.available_height() * 0.7).max(120.0)
    } else {
        f32::INFINITY
    };
    let width = ui.available_width().min(1100.0);
    let text_width = width - 2.0 * ROW_MARGIN - 16.0;
    let gap = ui.spacing().item_spacing.y;
    let line_gap = 4.0;
    let (offset, visible) = app.results_viewport;
    let offset = if once.scroll_to_top { 0.0 } else { offset };
    let visible = if visible > 0.0 {
        visible
    } else {
        ui.ctx().content_rect().height()
    };
    // Laying out every row of a new query's results (up to 200, each wrapped and
    // highlighted) took most of the 20-28 ms of the frame they arrived in.
    let laid_to = offset + 2.0 * visible;
    let must = if once.scroll_to_selected {
        app.selected
    } else {
        0
    };
    let mut bottom = 0.0;
    let rows: Vec<Option<Row>> = app
        .results
        .iter()
        .enumerate()
        .map(|(n, hit)| {
            (bottom <= laid_to || n <= must).then(|| {
                let row = row(app, ui, hit, text_width, line_gap);
                bottom += row.height + gap;
                row
            })
        })
        .collect();
    let laid: Vec<f32> = rows.iter().flatten().map(|r| r.height).collect();
    let estimate = laid.iter().sum::<f32>() / laid.len().max(1) as f32;
    let heights: Vec<f32> = rows
        .iter()
        .map(|r| r.as_ref().map_or(estimate, |r| r.height))
        .collect();
    let tops: Vec<f32> = heights
        .iter()
        .scan(0.0, |y, height| {
            let top = *y;
            *y += height + gap;
            Some(top)
        })
        .collect();
    let total = heights.iter().map(|h| h + gap).sum::<f32>() - gap;

    // As on the pages (frame.rs): the width stays the same from the first frame.
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("results")
        .max_height(list_height)
        .auto_shrink([false, false])
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible);
    if once.scroll_to_top {
        scroll = scroll.vertical_scroll_offset(0.0);
    } else if once.scroll_to_selected
        && let (Some(&top), Some(height)) = (tops.get(app.selected), heights.get(app.selected))
    {
        if top < offset {
            scroll = scroll.vertical_scroll_offset(top);
        } else if top + height > offset + visible {
            scroll = scroll.vertical_scroll_offset(top + height - visible);
        }
    }

    let palette = style::palette(ui);
    let mut clicked = None;
    let output = scroll.show_viewport(ui, |ui, viewport| {
        ui.set_height(total.max(0.0));
        let origin = ui.max_rect().min;
        let left = origin.x + ((ui.available_width() - width) / 2.0).max(0.0);
        for (n, ((laid, &top), &height)) in rows.iter().zip(&tops).zip(&heights).enumerate() {
            if top + height < viewport.min.y || top > viewport.max.y {
                continue;
            }
            // Scrolled past the rows laid out: this one now, and the list measures
            // it from the next frame on.
            let late;
            let row = match (laid, app.results.get(n)) {
                (Some(row), _) => row,
                (None, Some(hit)) => {
                    late = row(app, ui, hit, text_width, line_gap);
                    &late
                }
                (None, None) => continue,
            };
            let rect = Rect::from_min_size(
                egui::pos2(left, origin.y + top),
                egui::vec2(width, row.height),
            );
            let id = ui.scope_id().with(("result", n));
            let response = ui.interact(rect, id, Sense::click());
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &row.label));
            let fill = if n == app.selected {
                ui.visuals().selection.bg_fill.gamma_multiply(0.5)
            } else {
                palette.tile_bg
            };
            let painter = ui.painter_at(rect);
            painter.rect_filled(rect, 10.0, fill);
            // The highlighted row is the keyboard's place: a ring, not the mouse's line.
            widgets::outline(ui, &response, rect.shrink(2.0), 10.0, n == app.selected);
            let mut y = rect.top() + ROW_MARGIN;
            for galley in &row.lines {
                let pos = egui::pos2(rect.left() + ROW_MARGIN, y);
                y += galley.size().y + line_gap;
                painter.galley(pos, galley.clone(), ui.visuals().text_color());
            }
            if response
                .on_hover_cursor(egui::CursorIcon::PointingHand)
                .clicked()
            {
                clicked = Some(n);
            }
        }
    });
    let viewport = (output.state.clamped_offset().y, output.inner_rect.height());
    if viewport != app.results_viewport {
        tx.send(AppCommand::ResultsViewport(viewport.0, viewport.1));
    }
    // Scrolled by the wheel or the bar so the highlight left the view: the highlight
    // moves to the first row fully in view, so Enter never opens a hidden row.
    if !once.scroll_to_top && !once.scroll_to_selected {
        let (offset, visible) = viewport;
        let in_view = |n: usize| {
            tops.get(n)
                .zip(heights.get(n))
                .is_some_and(|(&top, height)| {
                    top >= offset - 0.5 && top + height <= offset + visible + 0.5
                })
        };
        if visible > 0.0 && !in_view(app.selected) {
            let first = (0..rows.len()).find(|&n| in_view(n)).or_else(|| {
                // A row taller than the view: the one at its top.
                tops.iter().rposition(|&top| top <= offset)
            });
            if let Some(n) = first.filter(|&n| n != app.selected) {
                tx.send(AppCommand::SelectResult(n));
            }
        }
    }
    if let Some(id) = clicked
        .and_then(|n| app.results.get(n))
        .map(|h| h.id.clone())
    {
        tx.open(id);
    }
    if app.weak {
        ui.add_space(6.0);
        ui.add(egui::Label::new(RichText::new(&app.strings.weak_results).strong()).wrap());
        way_out_ui(app, tx, ui);
    }
}

/// "Showing results for *angry*": the words a query reached only through the thesaurus.
fn understood_ui(app: &State, ui: &mut Ui) {
    if app.understood.is_empty() {
        return;
    }
    let palette = style::palette(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&app.strings.showing_for).color(palette.weak));
        for (typed, meant) in &app.understood {
            ui.label(RichText::new(meant).italics().strong())
                .on_hover_text(format!("{typed} → {meant}"));
        }
    });
}

/// When nothing matched, or nothing well: the safety cards and every customer type,
/// rather than a dead end.
fn way_out_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    let palette = style::palette(ui);
    let mut open = None;
    ui.horizontal_wrapped(|ui| {
        for card in app.content.safety_cards() {
            let button = egui::Button::new(
                RichText::new(format!("{}  {}", card.icon, card.title))
                    .color(palette.danger_text)
                    .strong(),
            )
            .fill(palette.danger);
            if ui.add(button).clicked() {
                open = Some(card.id.clone());
            }
        }
    });
    if ui.button(&app.strings.browse_all).clicked() {
        tx.send(AppCommand::ClearSearch);
    }
    if let Some(id) = open {
        tx.open(id);
    }
}

/// Lays out one result: a phrase pair as ✔ say (prominent) over ✖ avoid (struck);
/// anything else as its kind and title over the best-matching snippet.
fn row(app: &State, ui: &Ui, hit: &Hit, width: f32, line_gap: f32) -> Row {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    let small = ui
        .style()
        .text_styles
        .get(&TextStyle::Small)
        .map_or(17.0, |f| f.size);
    let text = ui.visuals().text_color();
    let format = |size: f32, family: FontFamily, color: Color32| {
        TextFormat::simple(FontId::new(size, family), color)
    };
    let painter = ui.painter();
    let layout = |job: LayoutJob| painter.layout_job(job);
    let mut lines = Vec::new();
    let label;
    match app.content.get(&hit.id) {
        Some(Item::Phrase(phrase)) => {
            let say_ranges = hit
                .snippet
                .as_ref()
                .filter(|s| s.text == phrase.say)
                .map_or(&[][..], |s| s.ranges.as_slice());
            let mut say = job(
                "✔ ",
                &phrase.say,
                say_ranges,
                format(body * 1.05, style::bold(), palette.say),
                palette.highlight_bg,
            );
            say.wrap.max_width = width;
            lines.push(layout(say));
            let mut struck = format(small, FontFamily::Proportional, palette.avoid);
            struck.strikethrough = Stroke::new(1.0, palette.avoid);
            let mut avoid = job(
                "✖ ",
                &hit.title,
                &hit.title_ranges,
                struck,
                palette.highlight_bg,
            );
            avoid.wrap.max_width = width;
            lines.push(layout(avoid));
            label = phrase.say.clone();
        }
        item => {
            let mut title = LayoutJob::default();
            title.append(
                &format!("{}  ", app.strings.kind(hit.kind)),
                0.0,
                format(small, FontFamily::Proportional, palette.weak),
            );
            append_highlighted(
                &mut title,
                &hit.title,
                &hit.title_ranges,
                format(body * 1.05, style::bold(), text),
                palette.highlight_bg,
            );
            title.wrap.max_width = width;
            lines.push(layout(title));
            let (snippet, ranges) = match (&hit.snippet, item) {
                (Some(s), _) => (s.text.as_str(), s.ranges.as_slice()),
                (None, Some(item)) => (item.summary(), &[][..]),
                (None, None) => ("", &[][..]),
            };
            if !snippet.is_empty() {
                let mut job = job(
                    "",
                    snippet,
                    ranges,
                    format(small, FontFamily::Proportional, palette.weak),
                    palette.highlight_bg,
                );
                job.wrap.max_width = width;
                job.wrap.max_rows = SNIPPET_ROWS;
                lines.push(layout(job));
            }
            label = hit.title.clone();
        }
    }
    let mut label = label;
    if hit.matched_by == MatchedBy::Meaning {
        // Said in small type: the words typed are not in the result, and a worker
        // reading in a second language should not think they typed it wrong.
        let mut why = LayoutJob::single_section(
            app.strings.matched_by_meaning.clone(),
            format(small * 0.9, FontFamily::Proportional, palette.weak),
        );
        why.wrap.max_width = width;
        lines.push(layout(why));
        label = format!("{label} ({})", app.strings.matched_by_meaning);
    }
    let height = lines.iter().map(|g| g.size().y).sum::<f32>()
        + line_gap * (lines.len().saturating_sub(1)) as f32
        + 2.0 * ROW_MARGIN;
    Row {
        lines,
        label,
        height,
    }
}

/// `prefix`, then `text` with `ranges` (byte ranges) highlighted, all in `format`.
fn job(
    prefix: &str,
    text: &str,
    ranges: &[Range<usize>],
    format: TextFormat,
    highlight: Color32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.append(prefix, 0.0, format.clone());
    append_highlighted(&mut job, text, ranges, format, highlight);
    job
}

fn append_highlighted(
    job: &mut LayoutJob,
    text: &str,
    ranges: &[Range<usize>],
    format: TextFormat,
    highlight: Color32,
) {
    let marked = TextFormat {
        background: highlight,
        underline: Stroke::new(1.5, format.color),
        ..format.clone()
    };
    let mut pos = 0;
    for range in ranges {
        let (Some(before), Some(hit)) = (text.get(pos..range.start), text.get(range.clone()))
        else {
            continue;
        };
        job.append(before, 0.0, format.clone());
        job.append(hit, 0.0, marked.clone());
        pos = range.end;
    }
    job.append(text.get(pos..).unwrap_or(""), 0.0, format);
}
