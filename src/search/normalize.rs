//! Folds text for matching (case, diacritics, apostrophes) and splits it into words,
//! remembering where each folded character came from so matches can be highlighted.

use std::ops::Range;

use unicode_normalization::{UnicodeNormalization as _, char::is_combining_mark};

/// A word of folded text, with the original byte range of each folded character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub folded: String,
    /// One entry per char of `folded`: the byte range of the original char it came from.
    pub origins: Vec<Range<usize>>,
}

impl Word {
    /// The original byte range covered by folded chars `chars`.
    pub fn span(&self, chars: Range<usize>) -> Option<Range<usize>> {
        let first = self.origins.get(chars.start)?;
        let last = self.origins.get(chars.end.checked_sub(1)?)?;
        Some(first.start..last.end)
    }

    pub fn whole(&self) -> Range<usize> {
        self.span(0..self.origins.len()).unwrap_or(0..0)
    }
}

/// Ideographs and kana carry a word each: Chinese and Japanese have no spaces to split on.
pub fn is_ideograph(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// Apostrophes join a word ("can't" → "cant") instead of splitting it.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '`')
}

/// Letters that do not decompose into a base letter plus a mark.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ı' => "i",
        _ => return None,
    })
}

/// Calls `emit` with each folded char of `c`.
fn fold_char(c: char, mut emit: impl FnMut(char)) {
    // Most text is ASCII, which needs no decomposition.
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    if let Some(s) = fold_special(c) {
        s.chars().for_each(emit);
        return;
    }
    for d in std::iter::once(c).nfd() {
        if is_combining_mark(d) {
            continue;
        }
        d.to_lowercase().for_each(&mut emit);
    }
}

/// What the scanner reports: a folded char of a word (with the original byte range it
/// came from), or the end of a word.
enum Event {
    Char(char, Range<usize>),
    Break,
}

/// Folds `text` and reports its words char by char; one pass, no allocation.
fn scan(text: &str, mut emit: impl FnMut(Event)) {
    let mut in_word = false;
    for (start, c) in text.char_indices() {
        let origin = start..start + c.len_utf8();
        if is_apostrophe(c) && in_word {
            continue;
        }
        if is_ideograph(c) {
            if in_word {
                emit(Event::Break);
            }
            emit(Event::Char(c, origin));
            emit(Event::Break);
            in_word = false;
            continue;
        }
        let mut any = false;
        fold_char(c, |f| {
            if f.is_alphanumeric() {
                emit(Event::Char(f, origin.clone()));
                any = true;
            }
        });
        if any {
            in_word = true;
        } else if in_word {
            emit(Event::Break);
            in_word = false;
        }
    }
    if in_word {
        emit(Event::Break);
    }
}

/// Splits `text` into folded words, remembering where each char came from.
pub fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current = Word {
        folded: String::new(),
        origins: Vec::new(),
    };
    scan(text, |event| match event {
        Event::Char(c, origin) => {
            current.folded.push(c);
            current.origins.push(origin);
        }
        Event::Break => words.push(std::mem::replace(
            &mut current,
            Word {
                folded: String::new(),
                origins: Vec::new(),
            },
        )),
    });
    words
}

/// The folded words of `text` joined by single spaces, and where each word starts in
/// `text` (in bytes): what the index keeps of a field. One string, rather than a string
/// and a vector per word as [`words`] makes, was a fifth of building the index.
pub fn folded_with_starts(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut starts = Vec::new();
    let mut in_word = false;
    scan(text, |event| match event {
        Event::Char(c, origin) => {
            if !in_word {
                if !out.is_empty() {
                    out.push(' ');
                }
                starts.push(origin.start);
                in_word = true;
            }
            out.push(c);
        }
        Event::Break => in_word = false,
    });
    (out, starts)
}

/// The folded words of `text` joined by single spaces, for indexing and whole-phrase
/// comparison.
pub fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    scan(text, |event| match event {
        Event::Char(c, _) => {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
        Event::Break => pending_space = !out.is_empty(),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded_words(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn folded_with_starts_is_the_words_joined_and_where_each_began() {
        for text in ["Can't—won’t stop!", "  Șefu 想死 ok ", "", "'quoted' x"] {
            let words = words(text);
            let (joined, starts) = folded_with_starts(text);
            let each: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
            assert_eq!(joined, each.join(" "));
            let begun: Vec<usize> = words.iter().map(|w| w.whole().start).collect();
            assert_eq!(starts, begun, "{text:?}");
        }
    }

    #[test]
    fn folds_case_and_diacritics_in_every_script() {
        assert_eq!(
            folded_words("Șefu Kliënt ПРИВЕТ Ёлка"),
            ["sefu", "klient", "привет", "елка"]
        );
        assert_eq!(folded_words("Straße"), ["strasse"]);
    }

    #[test]
    fn joins_apostrophes_and_splits_punctuation() {
        assert_eq!(folded_words("Can't—won’t stop!"), ["cant", "wont", "stop"]);
        assert_eq!(folded_words("'quoted'"), ["quoted"]);
    }

    #[test]
    fn ideographs_are_words_of_their_own() {
        assert_eq!(folded_words("找经理 now"), ["找", "经", "理", "now"]);
    }

    #[test]
    fn origins_point_back_at_the_original_text() {
        let text = "Ștefan's café";
        let ws = words(text);
        assert_eq!(&text[ws[0].whole()], "Ștefan's");
        assert_eq!(ws[0].span(0..2).map(|r| &text[r]), Some("Șt"));
        assert_eq!(&text[ws[1].whole()], "café");
    }

    #[test]
    fn folded_joins_words_with_single_spaces() {
        assert_eq!(folded("  Don't  SHOUT — 生气! "), "dont shout 生 气");
        assert_eq!(folded("?!"), "");
    }

    #[test]
    fn control_characters_and_emoji_are_not_words() {
        assert!(words("\u{0}\u{7}😠\u{202E}").is_empty());
    }
}
