//! Finds where a field or string stands in RON text, so problems found after parsing
//! (duplicate ids, dangling references) still point at a line and column.

use std::collections::HashMap;

/// The field labels and string literals of one file, found in one tokenising pass, so
/// locating every item of a large file costs a binary search each, not a rescan.
#[derive(Debug, Default)]
pub struct Marks<'t> {
    /// Byte offsets of every `name:` label outside strings and comments, by name.
    labels: HashMap<&'t str, Vec<usize>>,
    /// Every string literal: its offset (at the opening quote) and its escaped contents.
    strings: Vec<(usize, &'t str)>,
}

impl<'t> Marks<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut marks = Self::default();
        for_each_token(text, |token, offset, rest| match token {
            Token::Ident(ident) if rest.trim_start().starts_with(':') => {
                marks.labels.entry(ident).or_default().push(offset);
            }
            Token::Ident(_) => {}
            Token::Str(raw) => marks.strings.push((offset, raw)),
        });
        marks
    }

    /// Offsets of every `name:` label, in file order.
    pub fn labels(&self, name: &str) -> &[usize] {
        self.labels.get(name).map_or(&[], Vec::as_slice)
    }

    /// The first `name:` label within `region` (a byte range, end excluded).
    pub fn label_in(&self, name: &str, region: (usize, usize)) -> Option<usize> {
        let offsets = self.labels(name);
        offsets
            .get(offsets.partition_point(|&o| o < region.0))
            .copied()
            .filter(|&o| o < region.1)
    }

    /// Offset of the first string literal equal to `value` at or after `from`.
    pub fn string_from(&self, value: &str, from: usize) -> Option<usize> {
        let first = self.strings.partition_point(|&(o, _)| o < from);
        self.strings[first..]
            .iter()
            .find(|(_, raw)| unescape_eq(raw, value))
            .map(|&(o, _)| o)
    }

    /// The contents of the first string literal after `offset`, unescaped: the value of
    /// the label that stands there.
    pub fn value_after(&self, offset: usize) -> Option<String> {
        let next = self.strings.partition_point(|&(o, _)| o <= offset);
        let &(_, raw) = self.strings.get(next)?;
        unescape(raw)
    }
}

enum Token<'a> {
    Ident(&'a str),
    /// The contents between the quotes, still escaped.
    Str(&'a str),
}

/// A small RON tokenizer that knows just enough (strings, raw strings, comments) to
/// tell a field label from the same word inside text.
fn for_each_token<'a>(text: &'a str, mut visit: impl FnMut(Token<'a>, usize, &'a str)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(bytes.len());
                visit(Token::Str(&text[start..end]), i, &text[end..]);
                i = end + 1;
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'#' | b'"')) => {
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                let open = i + 1 + hashes;
                if bytes.get(open) == Some(&b'"') {
                    let close = format!("\"{}", "#".repeat(hashes));
                    let end = text[open + 1..]
                        .find(&close)
                        .map_or(bytes.len(), |n| open + 1 + n);
                    visit(Token::Str(&text[open + 1..end]), i, &text[end..]);
                    i = (end + close.len()).min(bytes.len());
                } else {
                    i = open;
                }
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                visit(Token::Ident(&text[start..i]), start, &text[i..]);
            }
            _ => i += 1,
        }
    }
}

/// Compares an escaped literal with a plain value without allocating in the common case.
fn unescape_eq(raw: &str, value: &str) -> bool {
    if !raw.contains('\\') {
        return raw == value;
    }
    unescape(raw).is_some_and(|s| s == value)
}

fn unescape(raw: &str) -> Option<String> {
    if !raw.contains('\\') {
        return Some(raw.to_owned());
    }
    ron::from_str::<String>(&format!("\"{raw}\"")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_labels_but_not_words_in_strings() {
        let text = "(id: \"a\", title: \"the id: inside\", // id: comment\n id : \"b\")";
        let marks = Marks::new(text);
        let offsets = marks.labels("id");
        assert_eq!(offsets.len(), 2);
        assert_eq!(&text[offsets[1]..offsets[1] + 2], "id");
        assert!(offsets[1] > text.find('\n').unwrap_or(0));
        assert_eq!(marks.label_in("id", (2, text.len())), Some(offsets[1]));
        assert_eq!(marks.label_in("id", (2, offsets[1])), None);
        assert_eq!(marks.value_after(offsets[1]).as_deref(), Some("b"));
    }

    #[test]
    fn finds_strings_after_an_offset() {
        let text = r#"(related: ["x", "y"], other: ["y"])"#;
        let marks = Marks::new(text);
        let first = marks.string_from("y", 0);
        let other = text.find("other").unwrap_or(0);
        let later = marks.string_from("y", other);
        assert!(first.is_some() && later.is_some() && first < later);
        assert_eq!(marks.string_from("z", 0), None);
    }

    #[test]
    fn handles_escapes_and_unterminated_strings() {
        let text = "(a: \"say \\\"hi\\\"\", b: \"open";
        let marks = Marks::new(text);
        assert!(marks.string_from("say \"hi\"", 0).is_some());
        assert_eq!(marks.labels("b").len(), 1);
    }
}
