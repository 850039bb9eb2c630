//! Splitting a page that does not fit the screen into "continued" pages. Pure: the
//! interface injects the measure, so tests use a fake one and the UI its real layout.

use super::page::{Block, Page, Part, stage_count};

/// Replaces every page that `fits` rejects by consecutive pages that each fit,
/// filled greedily in reading order. A heading always stays with the block after it;
/// a block (or heading and block) that cannot fit even alone gets a page of its own,
/// for the interface's fit check to report rather than hide. Pages after the first
/// of a slide are marked `continued`, and each page's reveal stages are renumbered
/// from 1, so every page starts with its own hidden steps.
pub fn paginate(pages: Vec<Page>, fits: &mut dyn FnMut(&Page) -> bool) -> Vec<Page> {
    let mut out = Vec::with_capacity(pages.len());
    for page in pages {
        if fits(&page) {
            out.push(page);
            continue;
        }
        let mut current: Vec<Block> = Vec::new();
        let mut split = Vec::new();
        for unit in units(&page.blocks) {
            if current.is_empty() {
                current = unit;
                continue;
            }
            let mut wider = current.clone();
            wider.extend(unit.iter().cloned());
            let continued = page.continued || !split.is_empty();
            if fits(&piece(&page, wider.clone(), continued)) {
                current = wider;
            } else {
                split.push(piece(&page, std::mem::take(&mut current), continued));
                current = unit;
            }
        }
        if !current.is_empty() || split.is_empty() {
            let continued = page.continued || !split.is_empty();
            split.push(piece(&page, current, continued));
        }
        out.extend(split);
    }
    out
}

/// The blocks in groups that must stay on one page: each heading (or run of
/// headings) with the block after it, every other block alone.
fn units(blocks: &[Block]) -> Vec<Vec<Block>> {
    let mut units = Vec::new();
    let mut pending: Vec<Block> = Vec::new();
    for block in blocks {
        pending.push(block.clone());
        if !matches!(block.part, Part::Heading(_)) {
            units.push(std::mem::take(&mut pending));
        }
    }
    // A trailing heading with nothing after it still goes somewhere.
    if !pending.is_empty() {
        units.push(pending);
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
    use crate::present::{Heading, PageKind};

    fn block(part: Part, stage: usize) -> Block {
        Block { part, stage }
    }

    fn bullet(text: &str, stage: usize) -> Block {
        block(Part::Bullet(text.to_owned()), stage)
    }

    fn heading(stage: usize) -> Block {
        block(Part::Heading(Heading::WhatToDo), stage)
    }

    fn page(slide: usize, blocks: Vec<Block>) -> Page {
        Page {
            slide,
            title: format!("slide {slide}"),
            item: None,
            kind: PageKind::Free,
            stages: stage_count(&blocks),
            blocks,
            continued: false,
        }
    }

    /// A fake measure: a page fits when it holds at most `n` blocks.
    fn at_most(n: usize) -> impl FnMut(&Page) -> bool {
        move |page: &Page| page.blocks.len() <= n
    }

    #[test]
    fn pages_that_fit_are_untouched() {
        let pages = vec![page(0, vec![bullet("a", 0)]), page(1, vec![bullet("b", 0)])];
        assert_eq!(paginate(pages.clone(), &mut at_most(3)), pages);
    }

    #[test]
    fn a_long_page_splits_greedily_and_marks_continued() {
        let blocks: Vec<Block> = (0..7).map(|i| bullet(&i.to_string(), 0)).collect();
        let pages = vec![page(0, vec![bullet("x", 0)]), page(1, blocks.clone())];
        let out = paginate(pages, &mut at_most(3));
        let sizes: Vec<usize> = out.iter().map(|p| p.blocks.len()).collect();
        assert_eq!(sizes, [1, 3, 3, 1]);
        let continued: Vec<bool> = out.iter().map(|p| p.continued).collect();
        assert_eq!(continued, [false, false, true, true]);
        assert!(
            out[1..]
                .iter()
                .all(|p| p.slide == 1 && p.title == "slide 1")
        );
        // Nothing lost, nothing reordered.
        let rejoined: Vec<Block> = out[1..].iter().flat_map(|p| p.blocks.clone()).collect();
        assert_eq!(rejoined, blocks);
    }

    #[test]
    fn a_heading_stays_with_the_block_after_it() {
        // With three blocks a page, a greedy split that ignored headings would end the
        // first page on the heading.
        let blocks = vec![
            bullet("a", 0),
            bullet("b", 0),
            heading(0),
            bullet("c", 0),
            bullet("d", 0),
        ];
        let out = paginate(vec![page(0, blocks)], &mut at_most(3));
        let sizes: Vec<usize> = out.iter().map(|p| p.blocks.len()).collect();
        assert_eq!(sizes, [2, 3]);
        assert_eq!(out[1].blocks[0], heading(0));
        for page in &out {
            let last = page.blocks.last().map(|b| &b.part);
            assert!(!matches!(last, Some(Part::Heading(_))), "{page:?}");
        }
    }

    #[test]
    fn a_block_too_big_for_any_page_still_gets_its_own() {
        let out = paginate(
            vec![page(0, vec![heading(0), bullet("a", 0), bullet("b", 0)])],
            &mut at_most(1),
        );
        let sizes: Vec<usize> = out.iter().map(|p| p.blocks.len()).collect();
        assert_eq!(sizes, [2, 1]);
        // A page nothing fits on at all keeps its (empty) place in the deck.
        let empty = paginate(vec![page(0, Vec::new())], &mut |_| false);
        assert_eq!(empty.len(), 1);
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
        let out = paginate(vec![page(0, blocks)], &mut at_most(3));
        let stages: Vec<Vec<usize>> = out
            .iter()
            .map(|p| p.blocks.iter().map(|b| b.stage).collect())
            .collect();
        // The second page would open blank: its first step shows at once.
        assert_eq!(stages, [vec![0, 1, 2], vec![0, 1]]);
        let counts: Vec<usize> = out.iter().map(|p| p.stages).collect();
        assert_eq!(counts, [2, 1]);
    }

    #[test]
    fn the_measure_sees_each_candidate_as_it_would_be_drawn() {
        let blocks = vec![bullet("a", 0), bullet("b", 1), bullet("c", 2)];
        let mut seen = Vec::new();
        paginate(vec![page(0, blocks)], &mut |p: &Page| {
            seen.push((p.blocks.len(), p.continued, p.stages));
            p.blocks.len() <= 1
        });
        // The whole page, then "a"+"b" (no), then "b"+"c" on a continued page (no),
        // where "b" shows at once.
        assert_eq!(seen, [(3, false, 2), (2, false, 1), (2, true, 1)]);
    }
}
