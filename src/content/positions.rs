//! Turns byte offsets into `line:column` positions and back, for one file's text,
//! indexed once so each question is a binary search rather than a rescan of the file.

use super::problem::Position;

/// Characters are counted from checkpoints this many bytes apart, so a column costs at
/// most this much work even on a file that is one long line.
const CHECKPOINT: usize = 1024;

/// Line starts and character counts of one text.
#[derive(Debug)]
pub struct Lines<'t> {
    text: &'t str,
    /// Byte offset of the first byte of every line; the first is 0.
    starts: Vec<usize>,
    /// Characters before every `CHECKPOINT`-th byte.
    chars_before: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let starts = std::iter::once(0)
            .chain(
                bytes
                    .iter()
                    .enumerate()
                    .filter(|&(_, &b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        let mut chars_before = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut count = 0;
        for block in bytes.chunks(CHECKPOINT) {
            chars_before.push(count);
            count += chars_in(block);
        }
        chars_before.push(count);
        Self {
            text,
            starts,
            chars_before,
        }
    }

    /// The position of byte `offset` (clamped to the text, and back to a character start).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        Position {
            line,
            column: 1 + self.chars_to(offset) - self.chars_to(start),
        }
    }

    /// The byte offset of a 1-based line and character column, clamped to the text.
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = line.checked_sub(1).and_then(|i| self.starts.get(i)) else {
            return if line == 0 { 0 } else { self.text.len() };
        };
        self.text[start..]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// Characters before byte `offset`, which is a character boundary.
    fn chars_to(&self, offset: usize) -> usize {
        let block = offset / CHECKPOINT;
        let from = block * CHECKPOINT;
        self.chars_before[block] + chars_in(&self.text.as_bytes()[from..offset])
    }
}

/// Every byte that is not a UTF-8 continuation byte starts a character.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\nçé x\n\nend";
        let lines = Lines::new(text);
        assert_eq!(lines.position(0), at(1, 1));
        assert_eq!(lines.position(2), at(1, 3));
        assert_eq!(lines.position(3), at(2, 1));
        // `x` follows two two-byte characters and a space.
        assert_eq!(lines.position(text.find('x').unwrap_or(0)), at(2, 4));
        assert_eq!(lines.position(text.find("end").unwrap_or(0)), at(4, 1));
        // Past the end and inside a character are clamped.
        assert_eq!(lines.position(999), at(4, 4));
        assert_eq!(lines.position(4), at(2, 1));
    }

    #[test]
    fn offsets_and_positions_agree() {
        let text = "ab\nçé x\n\nend";
        let lines = Lines::new(text);
        for (offset, _) in text.char_indices() {
            let p = lines.position(offset);
            assert_eq!(lines.offset(p.line, p.column), offset);
        }
        assert_eq!(lines.offset(9, 1), text.len());
        assert_eq!(lines.offset(0, 0), 0);
    }

    #[test]
    fn a_long_line_counts_columns_across_checkpoints() {
        let text = "é".repeat(3 * CHECKPOINT) + "x";
        let lines = Lines::new(&text);
        assert_eq!(lines.position(text.len() - 1), at(1, 3 * CHECKPOINT + 1));
    }
}
