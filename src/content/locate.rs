//! Finds where a field or string stands in RON text, so problems found after parsing
//! (duplicate ids, dangling references) still point at a line and column.

/// Byte offsets of every `name:` field label in `text`, outside strings and comments.
pub fn field_offsets(text: &str, name: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for_each_token(text, |token, offset, rest| {
        if let Token::Ident(ident) = token
            && ident == name
            && rest.trim_start().starts_with(':')
        {
            found.push(offset);
        }
    });
    found
}

/// Byte offset of the first string literal equal to `value` at or after `from`.
pub fn string_offset(text: &str, value: &str, from: usize) -> Option<usize> {
    let mut found = None;
    for_each_token(text, |token, offset, _| {
        if found.is_none()
            && offset >= from
            && let Token::Str(raw) = token
            && unescape_eq(raw, value)
        {
            found = Some(offset);
        }
    });
    found
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
    ron::from_str::<String>(&format!("\"{raw}\"")).is_ok_and(|s| s == value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_labels_but_not_words_in_strings() {
        let text = "(id: \"a\", title: \"the id: inside\", // id: comment\n id : \"b\")";
        let offsets = field_offsets(text, "id");
        assert_eq!(offsets.len(), 2);
        assert_eq!(&text[offsets[1]..offsets[1] + 2], "id");
        assert!(offsets[1] > text.find('\n').unwrap_or(0));
    }

    #[test]
    fn finds_strings_after_an_offset() {
        let text = r#"(related: ["x", "y"], other: ["y"])"#;
        let first = string_offset(text, "y", 0);
        let other = text.find("other").unwrap_or(0);
        let later = string_offset(text, "y", other);
        assert!(first.is_some() && later.is_some() && first < later);
        assert_eq!(string_offset(text, "z", 0), None);
    }

    #[test]
    fn handles_escapes_and_unterminated_strings() {
        let text = "(a: \"say \\\"hi\\\"\", b: \"open";
        assert!(string_offset(text, "say \"hi\"", 0).is_some());
        assert_eq!(field_offsets(text, "b").len(), 1);
    }
}
