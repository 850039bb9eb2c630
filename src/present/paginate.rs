//! Splitting pages that do not fit the screen into "continued" pages, and choosing the
//! body size each kind of page is drawn at. Pure: the interface injects the measure, so
//! tests use a fake one and the UI its real layout.

use super::page::{Block, Page, PageKind, Part, stage_count};

/// A deck's pages split for one screen, each with the body size it is drawn at.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub pages: Vec<Page>,
    /// Parallel to `pages`.
    pub bodies: Vec<f32>,
}

/// How a page is measured: `height(page, body)` is how tall `page` is laid out at body
/// size `body`, every reveal shown (infinite if something sticks out sideways), and
/// `room` how tall it may be.
pub struct Measure<'a> {
    pub height: &'a mut dyn FnMut(&Page, f32) -> f32,
    pub room: f32,
}

impl std::fmt::Debug for Measure<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Measure")
            .field("room", &self.room)
            .finish_non_exhaustive()
    }
}

impl Measure<'_> {
    fn fits(&mut self, page: &Page, body: f32, room: f32) -> bool {
        (self.height)(page, body) <= room
    }
}

/// Splits `slides` (one page each) for a screen. `sizes` are the body sizes a page may
/// use, largest first; the last is the legible floor.
///
/// Every page of one kind gets the same size, so type never jumps between a slide and
/// its continuation, nor between two cards or two phrase pairs of a deck (usability
/// P2-4): the largest size at which no slide of that kind needs more pages than at the
/// floor. A slide too long for one page is split into as few pages as at that size,
/// made as even as its blocks allow, so no line is left alone on the last. A heading
/// stays with the block after it, and a page that continues a section opens with that
/// section's heading again. A block that cannot fit even alone gets a page of its own,
/// for the interface's fit check to report rather than hide. Pages after the first of
/// a slide are marked `continued`, and each page's reveal stages are renumbered from
/// 1, so every page starts with its own hidden steps.
pub fn paginate(slides: Vec<Page>, sizes: &[f32], measure: &mut Measure<'_>) -> Split {
    let Some(&floor) = sizes.last() else {
        return Split {
            bodies: Vec::new(),
            pages: slides,
        };
    };
    let room = measure.room;
    let mut chosen: Vec<(PageKind, f32)> = Vec::new();
    for slide in &slides {
        if chosen.iter().any(|(kind, _)| *kind == slide.kind) {
            continue;
        }
        let group: Vec<&Page> = slides.iter().filter(|s| s.kind == slide.kind).collect();
        let needed: Vec<usize> = group
            .iter()
            .map(|s| split(s, floor, room, measure).len())
            .collect();
        let size = sizes
            .iter()
            .copied()
            .find(|&size| {
                group.iter().zip(&needed).all(|(s, &n)| {
                    let pages = split(s, size, room, measure);
                    pages.len() == n && pages.iter().all(|p| measure.fits(p, size, room))
                })
            })
            .unwrap_or(floor);
        chosen.push((slide.kind, size));
    }
    let mut out = Split {
        pages: Vec::with_capacity(slides.len()),
        bodies: Vec::with_capacity(slides.len()),
    };
    for slide in &slides {
        let size = chosen
            .iter()
            .find(|(kind, _)| *kind == slide.kind)
            .map_or(floor, |&(_, size)| size);
        let pages = even(slide, size, room, measure);
        out.bodies.extend(pages.iter().map(|_| size));
        out.pages.extend(pages);
    }
    out
}

/// `slide` split at `size` into as few pages as [`split`] makes, cut where the pages'
/// heights are most even (the least sum of their squares), rather than full, full,
/// then a lone line.
fn even(slide: &Page, size: f32, room: f32, measure: &mut Measure<'_>) -> Vec<Page> {
    let greedy = split(slide, size, room, measure);
    let n = greedy.len();
    if n < 2 || !greedy.iter().all(|p| measure.fits(p, size, room)) {
        return greedy;
    }
    let units = units(&slide.blocks);
    let m = units.len();
    let page = |from: usize, to: usize| {
        let mut blocks = units[from].opening(from > 0);
        blocks.extend(
            units[from + 1..to]
                .iter()
                .flat_map(|u| u.blocks.iter().cloned()),
        );
        piece(slide, blocks, slide.continued || from > 0)
    };
    // best[k][to]: the least cost of units 0..to on k pages, and where the last starts.
    let mut best: Vec<Vec<Option<(f32, usize)>>> = vec![vec![None; m + 1]; n + 1];
    best[0][0] = Some((0.0, 0));
    for from in 0..m {
        for to in from + 1..=m {
            let height = (measure.height)(&page(from, to), size);
            // Pages only grow as units join them.
            if height > room {
                break;
            }
            for k in 0..n {
                if let Some((cost, _)) = best[k][from] {
                    let cost = cost + height * height;
                    // On a tie, the later cut: earlier pages fuller.
                    if best[k + 1][to].is_none_or(|(least, _)| cost <= least) {
                        best[k + 1][to] = Some((cost, from));
                    }
                }
            }
        }
    }
    let (mut cuts, mut to) = (vec![m], m);
    for k in (1..=n).rev() {
        let Some((_, from)) = best[k][to] else {
            return greedy;
        };
        cuts.push(from);
        to = from;
    }
    cuts.reverse();
    cuts.windows(2).map(|w| page(w[0], w[1])).collect()
}

/// `slide` at `size`, whole if it fits `room`, else filled greedily in reading order.
fn split(slide: &Page, size: f32, room: f32, measure: &mut Measure<'_>) -> Vec<Page> {
    if measure.fits(slide, size, room) {
        return vec![slide.clone()];
    }
    let mut split = Vec::new();
    let mut current: Vec<Block> = Vec::new();
    for unit in units(&slide.blocks) {
        if current.is_empty() {
            current = unit.opening(!split.is_empty());
            continue;
        }
        let mut wider = current.clone();
        wider.extend(unit.blocks.iter().cloned());
        let continued = slide.continued || !split.is_empty();
        if measure.fits(&piece(slide, wider.clone(), continued), size, room) {
            current = wider;
        } else {
            split.push(piece(slide, std::mem::take(&mut current), continued));
            current = unit.opening(true);
        }
    }
    if !current.is_empty() || split.is_empty() {
        let continued = slide.continued || !split.is_empty();
        split.push(piece(slide, current, continued));
    }
    split
}

/// Blocks that must stay on one page: a heading (or run of headings) with the block
/// after it, or any other block alone; and the heading of the section it is in.
struct Unit {
    blocks: Vec<Block>,
    section: Option<Block>,
}

impl Unit {
    /// The unit's blocks as they open a page: on a later page, under its section's
    /// heading again, so no line stands without it.
    fn opening(&self, later: bool) -> Vec<Block> {
        let heading = self.section.iter().filter(|_| later).cloned();
        heading.chain(self.blocks.iter().cloned()).collect()
    }
}

fn units(blocks: &[Block]) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut pending: Vec<Block> = Vec::new();
    let mut section: Option<Block> = None;
    for block in blocks {
        pending.push(block.clone());
        if !matches!(block.part, Part::Heading(_)) {
            let blocks = std::mem::take(&mut pending);
            // A unit that brings its own heading opens a new section.
            let own = blocks
                .iter()
                .rev()
                .find(|b| matches!(b.part, Part::Heading(_)))
                .cloned();
            let inherited = if own.is_some() { None } else { section.clone() };
            if own.is_some() {
                section = own;
            }
            units.push(Unit {
                blocks,
                section: inherited,
            });
        }
    }
    // A trailing heading with nothing after it still goes somewhere.
    if !pending.is_empty() {
        units.push(Unit {
            blocks: pending,
            section: None,
        });
    }
    units
}

/// A page of `page`'s slide holding `blocks`, its stages renumbered from 1; from 0
/// when nothing but headings would show at first, so a continued page never opens
/// blank.
fn piece(page: &Page, mut blocks: Vec<Block>, continued: bool) -> Page {
    let mut used: Vec<usize> = blocks.iter().map(|b| b.stage).filter(|&s| s > 0).collect();
    used.sort_unstable();
    used.dedup();
    let shows_something = blocks
        .iter()
        .any(|b| b.stage == 0 && !matches!(b.part, Part::Heading(_)));
    let first = usize::from(shows_something);
    for block in &mut blocks {
        if block.stage > 0 {
            // `used` holds every non-zero stage, so the search finds it.
            block.stage = used
                .binary_search(&block.stage)
                .map_or(block.stage, |i| i + first);
        }
    }
    Page {
        slide: page.slide,
        title: page.title.clone(),
        item: page.item.clone(),
        kind: page.kind,
        stages: stage_count(&blocks),
        blocks,
        continued,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::Heading;

    fn block(part: Part, stage: usize) -> Block {
        Block { part, stage }
    }

    fn bullet(text: &str, stage: usize) -> Block {
        block(Part::Bullet(text.to_owned()), stage)
    }

    fn heading(of: Heading) -> Block {
        block(Part::Heading(of), 0)
    }

    fn urgent(when: &str) -> Block {
        let (when, then) = (when.to_owned(), "act".to_owned());
        block(Part::Urgent { when, then }, 0)
    }

    fn page(slide: usize, kind: PageKind, blocks: Vec<Block>) -> Page {
        Page {
            slide,
            title: format!("slide {slide}"),
            item: None,
            kind,
            stages: stage_count(&blocks),
            blocks,
            continued: false,
        }
    }

    fn free(slide: usize, blocks: Vec<Block>) -> Page {
        page(slide, PageKind::Free, blocks)
    }

    /// A fake layout: every block is one line as tall as the body size, and a page
    /// holds `lines` lines at size 1.
    fn lines(sizes: &[f32], lines: f32, pages: Vec<Page>) -> Split {
        let mut height = |page: &Page, size: f32| page.blocks.len() as f32 * size;
        let mut measure = Measure {
            height: &mut height,
            room: lines,
        };
        paginate(pages, sizes, &mut measure)
    }

    fn sizes(split: &Split) -> Vec<usize> {
        split.pages.iter().map(|p| p.blocks.len()).collect()
    }

    #[test]
    fn pages_that_fit_are_untouched_and_take_the_largest_size() {
        let pages = vec![free(0, vec![bullet("a", 0)]), free(1, vec![bullet("b", 0)])];
        let split = lines(&[2.0, 1.0], 3.0, pages.clone());
        assert_eq!(split.pages, pages);
        assert_eq!(split.bodies, [2.0, 2.0]);
    }

    #[test]
    fn pages_of_one_kind_share_one_size_and_kinds_are_sized_apart() {
        // Alone, the one-line free slide would take 3.0; its two-line neighbour only
        // fits at 2.0, so both do. The phrase pair is sized on its own.
        let pages = vec![
            free(0, vec![bullet("a", 0)]),
            free(1, vec![bullet("b", 0), bullet("c", 0)]),
            page(2, PageKind::Phrase, vec![bullet("d", 0)]),
        ];
        let split = lines(&[3.0, 2.0, 1.0], 4.0, pages);
        assert_eq!(split.bodies, [2.0, 2.0, 3.0]);
    }

    #[test]
    fn a_size_that_would_add_a_page_is_not_taken() {
        // Five lines need two pages at the floor; at 2.0 they would need three.
        let blocks: Vec<Block> = (0..5).map(|i| bullet(&i.to_string(), 0)).collect();
        let split = lines(&[2.0, 1.0], 4.0, vec![free(0, blocks)]);
        assert_eq!(split.bodies, [1.0, 1.0]);
        assert_eq!(sizes(&split), [3, 2]);
    }

    #[test]
    fn a_long_page_splits_evenly_and_marks_continued() {
        let blocks: Vec<Block> = (0..7).map(|i| bullet(&i.to_string(), 0)).collect();
        let pages = vec![free(0, vec![bullet("x", 0)]), free(1, blocks.clone())];
        let split = lines(&[1.0], 3.0, pages);
        // Filled greedily it would be 3, 3 and a lone line.
        assert_eq!(sizes(&split), [1, 3, 2, 2]);
        let continued: Vec<bool> = split.pages.iter().map(|p| p.continued).collect();
        assert_eq!(continued, [false, false, true, true]);
        assert!(
            split.pages[1..]
                .iter()
                .all(|p| p.slide == 1 && p.title == "slide 1")
        );
        // Nothing lost, nothing reordered.
        let rejoined: Vec<Block> = split.pages[1..]
            .iter()
            .flat_map(|p| p.blocks.clone())
            .collect();
        assert_eq!(rejoined, blocks);
    }

    #[test]
    fn a_heading_stays_with_the_block_after_it_and_opens_its_section_again() {
        let help = heading(Heading::GetHelp);
        let blocks = vec![
            bullet("a", 0),
            help.clone(),
            urgent("c"),
            urgent("d"),
            urgent("e"),
            urgent("f"),
        ];
        let split = lines(&[1.0], 4.0, vec![free(0, blocks)]);
        let parts: Vec<Vec<&Part>> = split
            .pages
            .iter()
            .map(|p| p.blocks.iter().map(|b| &b.part).collect())
            .collect();
        // The escalation lines left for the second page stand under their heading.
        assert_eq!(sizes(&split), [4, 3]);
        assert_eq!(parts[0][1], &help.part);
        assert_eq!(parts[1][0], &help.part);
        assert!(matches!(parts[1][1], Part::Urgent { .. }));
        for page in &split.pages {
            let last = page.blocks.last().map(|b| &b.part);
            assert!(!matches!(last, Some(Part::Heading(_))), "{page:?}");
        }
    }

    #[test]
    fn a_section_that_fits_whole_on_the_next_page_is_not_cut() {
        // 2 + 4 lines are more even than 4 + 3 (the heading again), and keep the
        // section whole.
        let blocks = vec![
            bullet("a", 0),
            bullet("b", 0),
            heading(Heading::GetHelp),
            urgent("c"),
            urgent("d"),
            urgent("e"),
        ];
        let split = lines(&[1.0], 4.0, vec![free(0, blocks)]);
        assert_eq!(sizes(&split), [2, 4]);
        assert_eq!(split.pages[1].blocks[0], heading(Heading::GetHelp));
    }

    #[test]
    fn a_block_too_big_for_any_page_still_gets_its_own() {
        let blocks = vec![heading(Heading::WhatToDo), bullet("a", 0), bullet("b", 0)];
        let split = lines(&[1.0], 1.0, vec![free(0, blocks)]);
        // The second page repeats the heading, too big as it is.
        assert_eq!(sizes(&split), [2, 2]);
        // A page nothing fits on at all keeps its (empty) place in the deck.
        let mut height = |_: &Page, _: f32| f32::INFINITY;
        let mut never = Measure {
            height: &mut height,
            room: 1.0,
        };
        let empty = paginate(vec![free(0, Vec::new())], &[1.0], &mut never);
        assert_eq!(empty.pages.len(), 1);
    }

    #[test]
    fn stages_restart_from_one_on_each_page() {
        let blocks = vec![
            bullet("summary", 0),
            bullet("1", 1),
            bullet("2", 2),
            bullet("3", 3),
            bullet("4", 4),
        ];
        let split = lines(&[1.0], 3.0, vec![free(0, blocks)]);
        let stages: Vec<Vec<usize>> = split
            .pages
            .iter()
            .map(|p| p.blocks.iter().map(|b| b.stage).collect())
            .collect();
        // The second page would open blank: its first step shows at once.
        assert_eq!(stages, [vec![0, 1, 2], vec![0, 1]]);
        let counts: Vec<usize> = split.pages.iter().map(|p| p.stages).collect();
        assert_eq!(counts, [2, 1]);
    }

    #[test]
    fn the_measure_sees_each_candidate_as_it_would_be_drawn() {
        let blocks = vec![bullet("a", 0), bullet("b", 1), bullet("c", 2)];
        let mut seen = Vec::new();
        let mut height = |p: &Page, _: f32| {
            seen.push((p.blocks.len(), p.continued, p.stages));
            p.blocks.len() as f32
        };
        let mut measure = Measure {
            height: &mut height,
            room: 1.0,
        };
        paginate(vec![free(0, blocks)], &[1.0], &mut measure);
        // The whole page, then "a"+"b" (no), then "b"+"c" on a continued page (no),
        // where "b" shows at once.
        assert_eq!(seen[..3], [(3, false, 2), (2, false, 1), (2, true, 1)]);
    }
}
