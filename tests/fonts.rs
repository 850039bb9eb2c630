//! Every character the app can show has a glyph in the fonts it embeds: no empty boxes
//! in any language, whatever fonts the PC has (the CJK font is a subset, see
//! `scripts/build-cjk-font.py`).

mod common;

use std::{collections::BTreeSet, fs};

use defuse::strings::Language;
use egui::{FontFamily, FontId};

/// Our fonts, loaded as the app loads them.
fn context() -> egui::Context {
    let ctx = egui::Context::default();
    ctx.set_fonts(defuse::ui::style::fonts());
    // Fonts set on a context take effect at the next frame.
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    // No renderer here to upload the font atlas to.
    output.textures_delta.clear();
    ctx
}

/// The characters of `chars` that the regular or the bold family of `ctx` has no glyph for.
fn missing(ctx: &egui::Context, chars: &BTreeSet<char>) -> Vec<String> {
    let families = [FontFamily::Proportional, defuse::ui::style::bold()];
    ctx.fonts_mut(|fonts| {
        let mut out = Vec::new();
        for &c in chars
            .iter()
            .filter(|c| !c.is_control() && !c.is_whitespace())
        {
            for family in &families {
                if !fonts.has_glyph(&FontId::new(16.0, family.clone()), c) {
                    out.push(format!("{c} (U+{:04X}) in {family:?}", u32::from(c)));
                }
            }
        }
        out
    })
}

#[test]
fn every_character_of_the_content_and_the_interface_has_a_glyph() {
    let mut chars: BTreeSet<char> = defuse::content::bundled::files()
        .iter()
        .flat_map(|file| {
            String::from_utf8_lossy(&file.bytes)
                .chars()
                .collect::<Vec<_>>()
        })
        .collect();
    for path in Language::ALL.into_iter().flat_map(common::catalogue_paths) {
        chars.extend(fs::read_to_string(path).expect("a catalogue reads").chars());
    }
    assert!(chars.contains(&'您') && chars.contains(&'ș') && chars.contains(&'ж'));
    let missing = missing(&context(), &chars);
    assert!(missing.is_empty(), "no glyph: {missing:?}");
}

#[test]
fn every_unified_ideograph_and_full_width_form_has_a_glyph() {
    // What a Chinese worker can type: the whole unified block (GBK's hanzi and more),
    // and the full-width punctuation and letters input methods produce.
    let chars: BTreeSet<char> = (0x4E00..=0x9FA5)
        .chain(0xFF01..=0xFF5E)
        // 、。〃 and 《》「」『』【】 (Droid Sans Fallback never had 〄〈〉).
        .chain((0x3001..=0x3003).chain(0x300A..=0x3011))
        .filter_map(char::from_u32)
        .collect();
    let missing = missing(&context(), &chars);
    assert!(
        missing.is_empty(),
        "{} without a glyph: {:?}",
        missing.len(),
        &missing[..missing.len().min(20)]
    );
}
