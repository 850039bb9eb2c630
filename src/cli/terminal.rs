//! Makes text from the user safe to print back to a terminal: control characters (an
//! escape sequence can recolour, retitle or rewrite the screen) are shown escaped.

use std::borrow::Cow;

/// Control characters, and the bidirectional overrides that make text read differently
/// from its bytes, are shown as Rust escapes (`\u{1b}`); everything else is unchanged.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// As `escape_controls`, keeping line breaks: for messages of several lines.
pub fn escape_lines(text: &str) -> String {
    text.split('\n')
        .map(escape_controls)
        .collect::<Vec<_>>()
        .join("\n")
}

fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(escape_controls("angry"), "angry");
        assert_eq!(escape_controls("șefu 生气"), "șefu 生气");
        assert_eq!(escape_controls("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(escape_controls("a\tb\nc"), "a\\tb\\nc");
        assert_eq!(escape_controls("\u{202E}txt"), "\\u{202e}txt");
        assert_eq!(escape_lines("one\u{7}\ntwo"), "one\\u{7}\ntwo");
    }
}
