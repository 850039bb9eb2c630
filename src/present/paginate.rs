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

/// A page of `page`'s slide holding `blocks`, its stages renumbered from 1.
fn piece(page: &Page, mut blocks: Vec<Block>, continued: bool) -> Page {
    let mut used: Vec<usize> = blocks.iter().map(|b| b.stage).filter(|&s| s > 0).collect();
    used.sort_unstable();
    used.dedup();
    for block in &mut blocks {
        if block.stage > 0 {
            // `used` holds every non-zero stage, so the search finds it.
            block.stage = used
                .binary_search(&block.stage)
                .map_or(block.stage, |i| i + 1);
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
