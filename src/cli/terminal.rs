//! Makes text from the user safe to print back to a terminal: control characters (an
//! escape sequence can recolour, retitle or rewrite the screen) are shown escaped.

use std::{borrow::Cow, io};

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

/// Prints one message to stderr with [`escape_lines`]: every message the command
/// line writes there goes through this, so none can echo a control character.
#[macro_export]
macro_rules! report {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::cli::terminal::escape_lines(&format!($($arg)*)))
    };
}

/// JSON text with every character [`Escaping`] would escape written as a JSON
/// escape (`\u202e`): serde escapes only the C0 controls, and the JSON must stay
/// valid once printed.
pub fn json_escaped(json: &str) -> Cow<'_, str> {
    if !json.chars().any(needs_escape) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if needs_escape(c) && c != '\n' {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Wraps the command line's standard output: everything written through it is printed
/// with [`escape_controls`] applied line by line, whatever it came from (a query, a
/// path, a pack's text), so no command can forget to escape one echo.
#[derive(Debug)]
pub struct Escaping<W: io::Write> {
    inner: W,
    /// The start of a character split across two writes.
    pending: Vec<u8>,
}

impl<W: io::Write> Escaping<W> {
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: io::Write> io::Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(text) => text.len(),
            // An incomplete character at the end waits for the next write; bytes that
            // can never be UTF-8 are shown as U+FFFD.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => self.pending.len(),
        };
        let rest = self.pending.split_off(valid);
        let text = String::from_utf8_lossy(&self.pending).into_owned();
        self.pending = rest;
        self.inner.write_all(escape_lines(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let text = String::from_utf8_lossy(&self.pending).into_owned();
            self.pending.clear();
            self.inner.write_all(escape_lines(&text).as_bytes())?;
        }
        self.inner.flush()
    }
}

impl<W: io::Write> Drop for Escaping<W> {
    fn drop(&mut self) {
        let _ = io::Write::flush(self);
    }
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

    #[test]
    fn json_keeps_valid_escapes_for_what_a_terminal_would_obey() {
        let json = "{\"q\": \"a\u{202e}b\u{7f}\"}\n";
        let escaped = json_escaped(json);
        assert_eq!(escaped, "{\"q\": \"a\\u202eb\\u007f\"}\n");
        let back: serde_json::Value = serde_json::from_str(&escaped).expect("valid JSON");
        assert_eq!(back["q"], "a\u{202e}b\u{7f}");
    }

    #[test]
    fn everything_written_through_escaping_is_escaped_even_split_mid_character() {
        use std::io::Write as _;
        let mut printed = Vec::new();
        {
            let mut out = Escaping::new(&mut printed);
            let text = "生\u{1b}]0;pwned\u{7} ok\n\u{202e}x\n";
            let bytes = text.as_bytes();
            // One byte at a time: every character is split across writes.
            for b in bytes {
                out.write_all(std::slice::from_ref(b)).expect("written");
            }
        }
        assert_eq!(
            String::from_utf8(printed).expect("UTF-8"),
            "生\\u{1b}]0;pwned\\u{7} ok\n\\u{202e}x\n"
        );
    }
}
