//! The fonts compiled into the binary, named once for the app and the printed handouts.

/// Noto Sans: Latin (with diacritics), Greek and Cyrillic.
pub static SANS_REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
pub static SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
/// Droid Sans Fallback: Chinese (every unified ideograph; Extension A's rare ones are
/// left out, see `scripts/build-cjk-font.py`), Japanese kana and CJK punctuation.
pub static CJK: &[u8] = include_bytes!("../assets/fonts/DroidSansFallback-zh.ttf");

/// The Unicode blocks [`CJK`] is for: radicals, Kangxi, CJK symbols and punctuation,
/// kana, Bopomofo and Hangul Jamo through the unified ideographs; Hangul syllables;
/// compatibility ideographs; vertical and small forms; full-width forms; and the
/// supplementary ideographs.
pub const CJK_RANGES: [(u32, u32); 6] = [
    (0x2E80, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x2_0000, 0x3_FFFF),
];

/// Whether `c` is in a CJK block, so text with it needs [`CJK`] wherever the system may
/// have no CJK font (a printer's computer, a remote site's laptop).
pub fn is_cjk(c: char) -> bool {
    let c = u32::from(c);
    CJK_RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_told_from_latin_and_cyrillic() {
        for c in ['生', '气', 'の', 'ア', '한', '。', '！'] {
            assert!(is_cjk(c), "{c} is CJK");
        }
        for c in ['a', 'ă', 'ş', 'ж', 'Ё', '—', '✓', '→', ' '] {
            assert!(!is_cjk(c), "{c} is not CJK");
        }
    }
}
