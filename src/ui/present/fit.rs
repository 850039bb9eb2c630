//! The fit check: every page of every deck, laid out for a screen at the size chosen
//! for its kind, lies inside it and uses type no smaller than the legible floor.

use egui::{Rect, Vec2};

use crate::strings::Strings;
use crate::ui::{
    present::split_pages,
    slide::{self, ProjectorTheme, SlideText},
};
use crate::{content::Content, present::Presentation};

/// What does not fit on a `screen`-sized projector, one line per problem, naming the
/// deck and page. `ctx` must have the app's fonts and have run a frame.
pub fn fit_problems(
    ctx: &egui::Context,
    content: &Content,
    strings: &Strings,
    screen: Vec2,
) -> Vec<String> {
    let screen = Rect::from_min_size(egui::Pos2::ZERO, screen);
    let floor = slide::floor(screen.size());
    let area = slide::content_rect(screen);
    let colours = ProjectorTheme::default().colours();
    let mut problems = Vec::new();
    for deck in &content.decks {
        let Some(mut show) = Presentation::deck(content, &deck.id, 0.0) else {
            problems.push(format!("{}: nothing to present", deck.id));
            continue;
        };
        split_pages(&mut show, content, strings, ctx, screen);
        let total = show.pages().len();
        for (n, page) in show.pages().iter().enumerate() {
            let at = format!("{} page {}/{total} ({})", deck.id, n + 1, page.title);
            let text = SlideText::of(content, strings, page);
            let Some(body) = show.body(n) else {
                problems.push(format!("{at}: no type size chosen"));
                continue;
            };
            let (layout, mark) = ctx.fonts_mut(|fonts| {
                (
                    slide::layout_at_size(fonts, page, &text, colours, area, body),
                    slide::progress_mark(
                        fonts,
                        screen,
                        (&show.page_label(n), show.slide_count()),
                        colours,
                    ),
                )
            });
            if !layout.fits {
                problems.push(format!("{at}: overflows the slide at the smallest type"));
            }
            for placed in layout.texts.iter().chain([&mark]) {
                if placed.size + 0.01 < floor {
                    problems.push(format!(
                        "{at}: type of {:.1} px, below {floor:.1} px",
                        placed.size
                    ));
                }
                if !screen.contains_rect(placed.rect()) {
                    problems.push(format!("{at}: “{}” is cut off", placed.galley.text()));
                }
            }
        }
    }
    problems
}
