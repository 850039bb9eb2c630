//! Parses one content file into items, with each problem at its position: a file that
//! stops early, a syntax error, an item that does not fit the format.

use serde::de::DeserializeOwned;

use super::{
    load::{Loader, Located},
    model::FORMAT_VERSION,
    problem::{Problem, ProblemKind},
    read::MAX_FILE_BYTES,
    validate::Versioned,
};

impl<'f> Loader<'f> {
    /// Checks size and encoding, parses, and checks the format version. A file that
    /// fails takes its items with it: their ids are remembered as lost.
    pub(super) fn parse<T: DeserializeOwned + Versioned>(&mut self, file: usize) -> Option<T> {
        let parsed = self.try_parse(file);
        if parsed.is_none() {
            self.lose_all(file);
        }
        parsed
    }

    pub(super) fn try_parse<T: DeserializeOwned + Versioned>(&mut self, file: usize) -> Option<T> {
        let bytes: &'f [u8] = &self.files[file].bytes;
        if bytes.len() > MAX_FILE_BYTES {
            let kind = ProblemKind::TooLarge {
                size: bytes.len(),
                limit: MAX_FILE_BYTES,
            };
            self.problem(file, 0, kind);
            return None;
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => self.set_text(file, text),
            Err(e) => {
                let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
                let valid = self.set_text(file, valid);
                self.problem(file, valid.len(), ProblemKind::InvalidUtf8);
                return None;
            }
        };
        let parsed: T = match ron::from_str(text) {
            Ok(parsed) => parsed,
            Err(e) => {
                let (offset, kind) = self.syntax_problem(file, &e);
                self.problem(file, offset, kind);
                return None;
            }
        };
        if parsed.version() != FORMAT_VERSION {
            let offset = self.marks(file).and_then(|m| m.labels("version").first());
            let offset = offset.copied().unwrap_or(0);
            let kind = ProblemKind::UnsupportedVersion {
                found: parsed.version(),
                supported: FORMAT_VERSION,
            };
            self.problem(file, offset, kind);
            return None;
        }
        Some(parsed)
    }

    /// Where a parse error is and what to say about it. A file that stops before its
    /// content is complete says so, rather than what the parser expected next.
    fn syntax_problem(&self, file: usize, e: &ron::error::SpannedError) -> (usize, ProblemKind) {
        let text = self.text(file);
        let Some(lines) = self.lines(file) else {
            return (0, ProblemKind::Syntax(e.code.to_string()));
        };
        let start = lines.offset(e.span.start.line, e.span.start.col);
        let end = lines.offset(e.span.end.line, e.span.end.col);
        // A string runs to the end of the file only when its closing quote is missing.
        if e.code == ron::Error::ExpectedStringEnd {
            return (start, ProblemKind::EndsInString);
        }
        let content_end = text.trim_end().len();
        if content_end == 0 {
            return (0, ProblemKind::EmptyFile);
        }
        // No opening parenthesis at all ("garbage"), or everything on one line that a
        // `//` comment swallows (old Mac line endings: CR alone): not a short file.
        // Comment lines are not code: a file that opens with one (as every starter pack
        // file does) still has its `Kind(` on a later line.
        let code = |line: &str| line.find("//").map_or(line, |at| &line[..at]).contains('(');
        if !text.lines().any(code) || (text.contains('\r') && !text.contains('\n')) {
            return (0, ProblemKind::NotContent);
        }
        if end >= content_end {
            return (content_end, ProblemKind::EndsEarly(e.code.to_string()));
        }
        // ron starts the span of a misplaced value at the white space before it; point at
        // the value itself.
        let at = if start < end && text[start..end].trim().is_empty() {
            end
        } else {
            start
        };
        (at, ProblemKind::Syntax(e.code.to_string()))
    }

    /// Remembers every id named in a one-item file that did not load; where none can be
    /// read (an empty file, not UTF-8, UTF-16), the file's name, which by the layout is
    /// its item's id: every reference to it is then one line after the file's problem,
    /// not a line each saying the item does not exist.
    pub(super) fn lose_all(&mut self, file: usize) {
        let mut ids: Vec<String> = self
            .marks(file)
            .map(|marks| {
                marks
                    .labels("id")
                    .iter()
                    .filter_map(|&at| marks.value_after(at))
                    .collect()
            })
            .unwrap_or_default();
        if ids.is_empty() {
            ids.extend(self.files[file].item_name().map(str::to_owned));
        }
        for id in ids {
            self.lost.entry(id).or_insert(file);
        }
    }

    /// Parses a file holding a list of items. When one item does not fit the format
    /// (an unknown field, a wrong type) but the file is well-formed, the items that do
    /// fit are kept and every one that does not is reported.
    pub(super) fn parse_list<F, T>(
        &mut self,
        file: usize,
        list_field: &str,
        items_of: impl FnOnce(F) -> Vec<T>,
    ) -> Vec<Located<T>>
    where
        F: DeserializeOwned + Versioned,
        T: DeserializeOwned,
    {
        let reported = self.problems.len();
        if let Some(parsed) = self.parse::<F>(file) {
            return self.locate(file, items_of(parsed));
        }
        let first_error = match self.problems.get(reported) {
            Some(Problem {
                kind: ProblemKind::Syntax(_),
                position,
                ..
            }) => *position,
            _ => return Vec::new(),
        };
        let text = self.text(file);
        let Ok(ron::Value::Map(map)) = ron::from_str::<ron::Value>(text) else {
            return Vec::new();
        };
        let field = |name: &str| map.get(&ron::Value::String(name.to_owned())).cloned();
        let version_ok = field("version")
            .and_then(|v| v.into_rust::<u32>().ok())
            .is_some_and(|v| v == FORMAT_VERSION);
        let Some(ron::Value::Seq(values)) = field(list_field).filter(|_| version_ok) else {
            return Vec::new();
        };
        // The file is not lost after all: only the items that do not fit are.
        self.lost.retain(|_, f| *f != file);
        let starts = self
            .marks(file)
            .map_or(&[][..], |m| m.labels("id"))
            .to_vec();
        let mut kept = Vec::new();
        for (i, value) in values.into_iter().enumerate() {
            let start = starts.get(i).copied().unwrap_or(0);
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            match value.into_rust::<T>() {
                Ok(item) => kept.push(Located {
                    item,
                    file,
                    region: (start, end),
                }),
                Err(e) => {
                    if let Some(id) = self.marks(file).and_then(|m| m.value_after(start)) {
                        self.lost.entry(id).or_insert(file);
                    }
                    let first = self.position(file, start) <= first_error
                        && first_error < self.position(file, end);
                    if !first {
                        self.problem(file, start, ProblemKind::Syntax(e.to_string()));
                    }
                }
            }
        }
        kept
    }

    /// Splits a file's items into regions by their `id` labels.
    pub(super) fn locate<T>(&self, file: usize, items: Vec<T>) -> Vec<Located<T>> {
        let len = self.text(file).len();
        let starts = self.marks(file).map_or(&[][..], |m| m.labels("id"));
        let count = items.len();
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let start = if count == 1 {
                    0
                } else {
                    starts.get(i).copied().unwrap_or(0)
                };
                let end = starts
                    .get(i + 1)
                    .copied()
                    .filter(|_| count > 1)
                    .unwrap_or(len);
                Located {
                    item,
                    file,
                    region: (start, end),
                }
            })
            .collect()
    }
}
