//! The HTML shell of a handout: escaping, the inline print stylesheet, and one slide
//! part as markup. Nothing here reaches outside the file: no links, scripts or URLs.

use std::fmt::Write as _;

use super::{Layout, Paper};
use crate::present::Part;
use crate::strings::Strings;

/// `text` safe inside an element or a quoted attribute: content is user-editable, so a
/// `<script>` in it must print as text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The sizes a sheet gives a page, in millimetres. The page box is the sheet less its
/// margins. A page's box is at least that high (so its footer sits at the bottom) and
/// hides nothing: text that did not fit grows it onto another sheet, which the PDF
/// check in `.ci/run` counts.
#[derive(Debug, Clone, Copy)]
pub struct Sheet {
    pub css_size: &'static str,
    pub width_mm: f32,
    pub height_mm: f32,
}

/// Margin around a cards or notes page on either paper.
pub const MARGIN_MM: f32 = 12.0;

impl Sheet {
    pub fn of(paper: Paper) -> Self {
        match paper {
            Paper::A4 => Self {
                css_size: "A4",
                width_mm: 210.0,
                height_mm: 297.0,
            },
            // 8.5 × 11 in.
            Paper::Letter => Self {
                css_size: "letter",
                width_mm: 215.9,
                height_mm: 279.4,
            },
        }
    }
}

/// One part of a slide as markup.
pub fn part(out: &mut String, part: &Part, s: &Strings) {
    // Writing to a String cannot fail.
    let _ = match part {
        Part::Heading(h) => write!(out, "<h2>{}</h2>", escape(s.heading(*h))),
        Part::Text(t) => write!(out, "<p class=\"text\">{}</p>", escape(t)),
        Part::Step { n, title, text } => match title {
            Some(title) => write!(
                out,
                "<p class=\"step\"><b>{n}. {}</b><br>{}</p>",
                escape(title),
                escape(text)
            ),
            None => write!(out, "<p class=\"step\"><b>{n}.</b> {}</p>", escape(text)),
        },
        Part::Bullet(t) => write!(out, "<p class=\"bullet\">• {}</p>", escape(t)),
        Part::Avoid(t) => labelled(out, "avoid", &pair_label(part, s), t),
        Part::Say(t) => labelled(out, "say", &pair_label(part, s), t),
        Part::Why(t) => labelled(out, "why", &pair_label(part, s), t),
        Part::Direction(t) => labelled(out, "direction", &pair_label(part, s), t),
        Part::Urgent { when, then } => write!(
            out,
            "<p class=\"urgent\"><b>! {}</b> → {}</p>",
            escape(when),
            escape(then)
        ),
    };
}

/// The bold labels before a pair's lines, shared by the cards and the pocket cards.
pub fn avoid_label(s: &Strings) -> String {
    format!("✗ {}:", s.dont_say)
}

pub fn say_label(s: &Strings) -> String {
    format!("✓ {}:", s.say_instead)
}

pub fn why_label(s: &Strings) -> String {
    format!("{}:", s.why)
}

/// What marks a pair's direction: an arrow, as on the card and the slide. A direction is
/// not always a first step ("use their name from then on"), and "First:" before "step
/// away first" said it twice.
pub const DIRECTION_MARK: &str = "➜";

/// The bold label a pair's part opens with, as printed and as counted for the page
/// budget; empty for the other parts.
fn pair_label(part: &Part, s: &Strings) -> String {
    match part {
        Part::Avoid(_) => avoid_label(s),
        Part::Say(_) => say_label(s),
        Part::Why(_) => why_label(s),
        Part::Direction(_) => DIRECTION_MARK.to_owned(),
        _ => String::new(),
    }
}

/// A paragraph of `class` opening with a bold `label`.
fn labelled(out: &mut String, class: &str, label: &str, text: &str) -> std::fmt::Result {
    write!(
        out,
        "<p class=\"{class}\"><b>{}</b> {}</p>",
        escape(label),
        escape(text)
    )
}

/// The characters a part prints, labels included, for the page budget.
pub fn part_chars(part: &Part, s: &Strings) -> usize {
    let n = super::measure::width;
    let label = pair_label(part, s);
    match part {
        Part::Heading(h) => n(s.heading(*h)),
        Part::Text(t) | Part::Bullet(t) => n(t) + 2,
        Part::Step { title, text, .. } => n(text) + title.as_deref().map_or(4, |t| n(t) + 80),
        Part::Avoid(t) | Part::Say(t) | Part::Why(t) | Part::Direction(t) => n(t) + n(&label) + 1,
        Part::Urgent { when, then } => n(when) + n(then) + 4,
    }
}

/// Fonts: the print fonts of the operating system cover Latin and Cyrillic, so none is
/// embedded for them.
const FONTS: &str = "\"Noto Sans\", \"DejaVu Sans\", \"Segoe UI\", \"Helvetica Neue\", Arial";

/// The family name of the embedded CJK font.
const CJK_FAMILY: &str = "Defuse CJK";

/// The `@font-face` that embeds the app's CJK font as a data URL (the file stays
/// self-contained), and the font stack. Only a handout with CJK text carries it: it adds
/// about 3.9 MB, which the other handouts need not.
///
/// The CJK font comes first but only for the CJK blocks (`unicode-range`), so Latin and
/// Cyrillic still print in the system's font. Placed after the Latin families instead,
/// Chromium drew some CJK runs as empty boxes.
fn font_css(cjk: bool) -> String {
    use base64::Engine as _;
    if !cjk {
        return format!("body {{ font-family: {FONTS}, sans-serif; }}\n");
    }
    let ranges: Vec<String> = crate::fonts::CJK_RANGES
        .iter()
        .map(|(lo, hi)| format!("U+{lo:X}-{hi:X}"))
        .collect();
    format!(
        "@font-face {{ font-family: \"{CJK_FAMILY}\"; \
         src: url(data:font/ttf;base64,{data}) format(\"truetype\"); \
         unicode-range: {ranges}; }}\n\
         body {{ font-family: \"{CJK_FAMILY}\", {FONTS}, sans-serif; }}\n",
        data = base64::engine::general_purpose::STANDARD.encode(crate::fonts::CJK),
        ranges = ranges.join(", "),
    )
}

/// The inline stylesheet for `layout` on `paper`, with the CJK font if `cjk`.
fn style(layout: Layout, paper: Paper, cjk: bool) -> String {
    let sheet = Sheet::of(paper);
    let mut css = font_css(cjk);
    css.push_str(
        "body { margin: 0; color: #000; background: #fff; }\n\
         b { font-weight: 700; }\n",
    );
    if matches!(layout, Layout::Pocket | Layout::Roleplay) {
        // The sheet itself is the page: no margin, so four cards tile it exactly and
        // the dashed borders are the cut lines. The words to say are the largest text
        // on a pocket card; `tight` and `tighter` set a long pair smaller, so it
        // never runs onto a second card (sizes as counted in `pocket`).
        let (w, h) = (sheet.width_mm / 2.0, sheet.height_mm / 2.0);
        let _ = write!(
            css,
            "@page {{ size: {size}; margin: 0; }}\n\
             .sheet {{ width: {sw}mm; height: {sh}mm; overflow: hidden; \
             page-break-after: always; break-after: page; display: flex; flex-wrap: wrap; }}\n\
             .pocket {{ box-sizing: border-box; width: {w}mm; height: {h}mm; overflow: hidden; \
             padding: 8mm; border: 0.3mm dashed #777; font-size: 13pt; line-height: 1.3; }}\n\
             .pocket h2 {{ font-size: 14pt; margin: 0 0 3mm 0; }}\n\
             .pocket p {{ margin: 0 0 3mm 0; }}\n\
             .pocket .say {{ font-size: 15pt; font-weight: 700; }}\n\
             .pocket .avoid {{ font-size: 11pt; color: #444; text-decoration: line-through; }}\n\
             .pocket .avoid b {{ display: inline-block; }}\n\
             .pocket .more {{ font-size: 12pt; color: #444; }}\n\
             .pocket.tight {{ font-size: 11.5pt; }}\n\
             .pocket.tight .say {{ font-size: 13pt; }}\n\
             .pocket.tight .avoid, .pocket.tight .more {{ font-size: 10pt; }}\n\
             .pocket.tighter {{ font-size: 10pt; }}\n\
             .pocket.tighter .say {{ font-size: 12pt; }}\n\
             .pocket.tighter .avoid, .pocket.tighter .more {{ font-size: 9pt; }}\n",
            size = sheet.css_size,
            sw = sheet.width_mm,
            sh = sheet.height_mm,
        );
    } else {
        let _ = write!(
            css,
            "@page {{ size: {size}; margin: {m}mm; }}\n\
             .page {{ box-sizing: border-box; min-height: {h}mm; \
             page-break-after: always; break-after: page; display: flex; \
             flex-direction: column; font-size: 11pt; line-height: 1.35; }}\n\
             .page > main {{ flex: 1 0 auto; }}\n\
             .page > header {{ font-size: 9pt; color: #444; border-bottom: 0.3mm solid #999; \
             margin-bottom: 3mm; }}\n\
             .page > footer {{ font-size: 8pt; color: #444; border-top: 0.3mm solid #999; \
             padding-top: 1mm; }}\n\
             h1 {{ font-size: 18pt; margin: 0 0 3mm 0; }}\n\
             h2 {{ font-size: 12pt; margin: 3mm 0 1mm 0; }}\n\
             p {{ margin: 0 0 1.5mm 0; }}\n\
             .urgent {{ border-left: 1mm solid #000; padding-left: 2mm; }}\n\
             .trainer {{ border-top: 0.5mm solid #000; margin-top: 3mm; padding-top: 1mm; }}\n\
             .small {{ font-size: 9pt; }}\n\
             .large {{ font-size: 13pt; font-weight: 700; }}\n\
             .strong {{ font-weight: 700; }}\n\
             .pair {{ margin: 0 0 2mm 0; }}\n\
             .pair p {{ margin: 0 0 0.5mm 0; }}\n\
             .pair .avoid {{ color: #444; }}\n\
             .cols {{ column-count: 2; column-gap: 6mm; margin-bottom: 1.5mm; }}\n\
             .cols p, .cols .pair {{ break-inside: avoid; }}\n\
             .page.zoom85 > main {{ zoom: 0.85; }}\n\
             .page.zoom75 > main {{ zoom: 0.75; }}\n\
             .numbers {{ display: grid; grid-template-columns: repeat(3, 1fr); \
             column-gap: 5mm; }}\n\
             .numbers span {{ box-sizing: border-box; height: 8mm; padding-top: 3mm; \
             border-bottom: 0.3mm solid #000; }}\n\
             table.run {{ border-collapse: collapse; width: 100%; font-size: 10pt; }}\n\
             table.run td, table.run th {{ text-align: left; border-bottom: 0.2mm solid #999; \
             padding: 0.5mm 2mm 0.5mm 0; vertical-align: top; }}\n\
             .sheet {{ page-break-after: always; break-after: page; }}\n\
             .sheet > .page {{ page-break-after: auto; break-after: auto; }}\n\
             .sheet > .half {{ min-height: {hh}mm; }}\n\
             .sheet > .half + .half {{ border-top: 0.3mm dashed #777; padding-top: 2mm; }}\n",
            size = sheet.css_size,
            m = MARGIN_MM,
            h = sheet.height_mm - 2.0 * MARGIN_MM,
            hh = (sheet.height_mm - 2.0 * MARGIN_MM) / 2.0 - 2.0,
        );
    }
    css
}

/// A whole document around `body`.
pub fn document(title: &str, layout: Layout, paper: Paper, body: &str) -> String {
    let cjk = title.chars().chain(body.chars()).any(crate::fonts::is_cjk);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title} ({layout}, {paper})</title>\n<style>\n{css}</style>\n</head>\n\
         <body class=\"layout-{layout}\">\n{body}</body>\n</html>\n",
        title = escape(title),
        css = style(layout, paper, cjk),
    )
}
