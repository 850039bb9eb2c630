//! Chat shorthand read as the words it stands for: a worker who types "he's gonna kys"
//! or "idk what she wants" means "kill yourself" and "I don't know" (the table,
//! `assets/shorthand/en.tsv`, is made by `scripts/build-shorthand.py`).

use std::sync::LazyLock;

/// The English table: `shorthand<TAB>words`, folded, sorted by the script.
static ENGLISH_TABLE: &str = include_str!("../../assets/shorthand/en.tsv");

static ENGLISH: LazyLock<Shorthand> = LazyLock::new(|| Shorthand::parse(ENGLISH_TABLE));

/// The English table; parsed the first time it is dereferenced.
pub(super) fn english() -> &'static LazyLock<Shorthand> {
    &ENGLISH
}

/// Shorthand and what each stands for, sorted by shorthand.
#[derive(Debug, Default)]
pub struct Shorthand {
    entries: Vec<(&'static str, &'static str)>,
}

impl Shorthand {
    /// Reads `shorthand<TAB>words` lines; `#` starts a comment. A line without a tab is
    /// skipped: the table is ours, and a bad line must not stop search.
    pub fn parse(text: &'static str) -> Self {
        let mut entries: Vec<(&str, &str)> = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(key, words)| (key.trim(), words.trim()))
            .filter(|(key, words)| !key.is_empty() && !words.is_empty())
            .collect();
        entries.sort_unstable();
        entries.dedup_by(|a, b| a.0 == b.0);
        Self { entries }
    }

    /// The words a folded word stands for, if it is shorthand.
    pub fn expand(&self, word: &str) -> Option<impl Iterator<Item = &'static str> + use<>> {
        let i = self.entries.binary_search_by(|e| e.0.cmp(word)).ok()?;
        Some(self.entries[i].1.split(' ').filter(|w| !w.is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expanded(table: &Shorthand, word: &str) -> Option<Vec<&'static str>> {
        table.expand(word).map(Iterator::collect)
    }

    #[test]
    fn shorthand_stands_for_its_words_and_words_for_themselves() {
        let table = Shorthand::parse("# made by hand\nidk\ti dont know\nkys\tkill yourself\nbad\n");
        assert_eq!(expanded(&table, "kys"), Some(vec!["kill", "yourself"]));
        assert_eq!(expanded(&table, "idk"), Some(vec!["i", "dont", "know"]));
        assert_eq!(expanded(&table, "bad"), None);
        assert_eq!(expanded(&table, "know"), None);
    }

    #[test]
    fn the_bundled_table_reads_chat_and_leaves_our_languages_alone() {
        let table = english();
        assert_eq!(expanded(table, "kys"), Some(vec!["kill", "yourself"]));
        assert_eq!(expanded(table, "gonna"), Some(vec!["going", "to"]));
        // "not" in Romanian, "already" in Malay, "what" in Afrikaans: the script keeps
        // out what is a word in a language we serve, and English words.
        for word in ["nu", "dah", "wat", "nak", "da", "angry", "till"] {
            assert_eq!(expanded(table, word), None, "{word}");
        }
    }
}
