//! How wide a text prints, in the Latin characters the page budgets count: a Chinese
//! character takes the room of two, so a page of Chinese notes measured by its
//! characters overflowed its sheet.

use crate::fonts::is_cjk;

/// `text`'s printed width in Latin characters: two for each CJK character.
pub fn width(text: &str) -> usize {
    text.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

#[cfg(test)]
mod tests {
    use super::width;

    #[test]
    fn a_cjk_character_is_two_wide() {
        assert_eq!(width("Call"), 4);
        assert_eq!(width("立即报警"), 8);
        assert_eq!(width("F2：安全"), 2 + 2 + 4);
        assert_eq!(width("Сразу"), 5);
    }
}
