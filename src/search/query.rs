//! A query as the index scores it: bounded folded words, grouped into terms (words,
//! phrases of the thesaurus, pairs of ideographs), each with its thesaurus entry.

use super::{
    analyzer::Analyzer,
    matcher::Token,
    normalize::{Word, is_ideograph, words},
    said::content_stems,
    thesaurus::{Entry, placeholder},
};

/// Queries are cut to this many words, and each word to this many characters, so any
/// input (a pasted page, a held-down key) costs a bounded amount of work.
pub const MAX_QUERY_WORDS: usize = 12;
pub const MAX_WORD_CHARS: usize = 40;

/// Chinese is read a character at a time, and a character says about a third of what a
/// word does: a query may hold this many of them for each word it could hold ("顾客说明天
/// 叫人来把收银员埋了" is 14 characters; cut at 12, it lost what happens).
const IDEOGRAPHS_PER_WORD: usize = 3;

/// What the query tells (`Told`: harm to oneself, a threat, a robbery, an emergency) is
/// read this far, past the words scored: a worker's story often ends with what matters
/// ("... complained about the price, then pulled a pistol and wanted the till"). Reading
/// the closed lists over them is linear, so the bound still holds the work.
const MAX_TOLD_WORDS: usize = 3 * MAX_QUERY_WORDS;

/// How much the words of a thesaurus phrase count on their own, together.
const PHRASE_WORD: f32 = 0.5;

/// One thing the query asks for; items that match more of the terms rank higher.
#[derive(Debug)]
pub(super) struct Term {
    pub what: TermKind,
    /// The thesaurus entry of the word or phrase.
    pub synonyms: Option<Entry>,
    /// The query words it stands for, as folded ("passed away").
    pub text: String,
    /// How much it counts: the words of a phrase count half on their own, together,
    /// since the phrase may be meant literally ("shouting down the phone" is not
    /// silencing), and not at all where it matches nothing.
    pub weight: f32,
    pub optional: bool,
}

#[derive(Debug)]
pub(super) enum TermKind {
    /// A word, matched against every word of the index.
    Word(Token),
    /// Words that must stand side by side in a field, by stem; `None` is any word.
    /// A phrase of the thesaurus ("passed away" is not "passed" and "away"), or two
    /// ideographs: Chinese has no spaces, so 生气 (angry) is two one-char words, and
    /// must not match 生病 (ill) by its first.
    Sequence(Vec<Option<String>>),
}

/// A query as folded, bounded words and the terms scored for them.
#[derive(Debug)]
pub(super) struct Query {
    pub words: Vec<String>,
    /// The words read for what the query tells: `words`, and up to
    /// [`MAX_TOLD_WORDS`] in all.
    pub told_words: Vec<String>,
    /// The stems of the words that are not stop words, in order, for keywords said in
    /// full.
    pub stems: Vec<String>,
    pub terms: Vec<Term>,
    /// Nothing but white space: show the default list.
    pub blank: bool,
}

impl Query {
    pub fn parse(raw: &str, analyzer: &Analyzer) -> Self {
        let blank = raw.trim().is_empty();
        // A query far longer than any real one is cut before folding.
        let raw = match raw
            .char_indices()
            .nth(MAX_TOLD_WORDS * (MAX_WORD_CHARS + 1))
        {
            Some((end, _)) => &raw[..end],
            None => raw,
        };
        let shorthand = analyzer.shorthand();
        // Each typed word, folded, or the words it stands for if it is chat shorthand,
        // with whether it was typed as a pronoun contraction and how much of the bound
        // it and the words before it use.
        let read: Vec<(String, bool, usize)> = words(raw)
            .into_iter()
            .flat_map(|typed| {
                let folded: String = typed.folded.chars().take(MAX_WORD_CHARS).collect();
                match shorthand.and_then(|s| s.expand(&folded)) {
                    Some(meant) => meant.map(|w| (w.to_owned(), false)).collect(),
                    None => vec![(folded, is_pronoun_contraction(&typed))],
                }
            })
            .scan(0, |used, (word, contracted)| {
                *used += if is_single_ideograph(&word) {
                    1
                } else {
                    IDEOGRAPHS_PER_WORD
                };
                (*used <= MAX_TOLD_WORDS * IDEOGRAPHS_PER_WORD).then_some((word, contracted, *used))
            })
            .collect();
        let told_words = read.iter().map(|(word, _, _)| word.clone()).collect();
        let (words, contracted): (Vec<String>, Vec<bool>) = read
            .into_iter()
            .take_while(|&(_, _, used)| used <= MAX_QUERY_WORDS * IDEOGRAPHS_PER_WORD)
            .map(|(word, contracted, _)| (word, contracted))
            .unzip();
        let stems = content_stems(
            words
                .iter()
                .zip(&contracted)
                .filter(|(_, c)| !**c)
                .map(|(w, _)| w.as_str()),
            analyzer,
        );
        let is_stop = |i: usize| contracted[i] || analyzer.is_stop_word(&words[i]);
        // Words like "customer" or "at me" count only when nothing else is typed.
        let only_stop_words = (0..words.len()).all(is_stop);
        let thesaurus = analyzer.thesaurus();
        let mut terms = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let rest = &words[i..];
            let run = rest.iter().take_while(|w| is_single_ideograph(w)).count();
            if run >= 2 {
                terms.extend(rest[..run].windows(2).map(|pair| Term {
                    what: TermKind::Sequence(pair.iter().map(|w| Some(w.clone())).collect()),
                    synonyms: None,
                    text: pair.concat(),
                    weight: 1.0,
                    optional: false,
                }));
                i += run;
                continue;
            }
            if let Some((count, entry)) = thesaurus.and_then(|t| t.phrase(rest)) {
                let phrase = &rest[..count];
                terms.push(Term {
                    what: TermKind::Sequence(
                        phrase
                            .iter()
                            .map(|w| match placeholder(w) {
                                Some(_) => None,
                                None => Some(analyzer.stem(w).into_owned()),
                            })
                            .collect(),
                    ),
                    synonyms: Some(entry),
                    text: phrase.join(" "),
                    weight: 1.0,
                    optional: false,
                });
                let own: Vec<&String> = phrase
                    .iter()
                    .filter(|w| !analyzer.is_stop_word(w) && placeholder(w).is_none())
                    .collect();
                // The words share the weight: the longer the idiom ("hot under the
                // collar"), the less likely it is meant word for word.
                let weight = PHRASE_WORD / own.len().max(1) as f32;
                terms.extend(own.into_iter().map(|w| Term {
                    what: TermKind::Word(analyzer.token(w)),
                    synonyms: None,
                    text: w.clone(),
                    weight,
                    optional: true,
                }));
                i += count;
                continue;
            }
            let word = &words[i];
            if only_stop_words || !is_stop(i) {
                terms.push(Term {
                    what: TermKind::Word(analyzer.token(word)),
                    synonyms: thesaurus.and_then(|t| t.word(word)),
                    text: word.clone(),
                    weight: 1.0,
                    optional: false,
                });
            }
            i += 1;
        }
        Self {
            words,
            told_words,
            stems,
            terms,
            blank,
        }
    }
}

/// Whether a word was typed as a pronoun and a shortened verb ("she'll", "we're",
/// "they've", "I'd", "I'm"): it says no more than a stop word, and folded without its
/// apostrophe it reads as another word ("shell", "were", "id"), which must not match.
/// "Won't" and "can't" are not among them: a refusal says something.
fn is_pronoun_contraction(word: &Word) -> bool {
    let n = word.origins.len();
    ["ll", "re", "ve", "d", "m"].iter().any(|suffix| {
        let at = n.saturating_sub(suffix.len());
        at > 0 && word.folded.ends_with(suffix) && word.origins[at - 1].end < word.origins[at].start
    })
}

fn is_single_ideograph(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(is_ideograph) && chars.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(raw: &str) -> Vec<String> {
        let query = Query::parse(raw, &Analyzer::english().without_thesaurus());
        query.terms.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn chat_shorthand_is_read_as_what_it_stands_for() {
        assert_eq!(terms("he's gonna kys"), ["kill", "yourself"]);
        assert_eq!(terms("idk the price"), ["dont", "know", "price"]);
        assert_eq!(terms("nu vrea"), ["nu", "vrea"], "Romanian's \"not\" stays");
    }

    #[test]
    fn a_query_is_cut_at_twelve_words_or_three_times_as_many_chinese_characters() {
        let analyzer = Analyzer::english().without_thesaurus();
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen";
        assert_eq!(Query::parse(long, &analyzer).words.len(), MAX_QUERY_WORDS);
        let chinese = "顾客说明天叫人来把收银员埋了";
        let words = Query::parse(chinese, &analyzer).words;
        assert_eq!(
            words.concat(),
            chinese,
            "fourteen characters are kept whole"
        );
        let very_long = chinese.repeat(3);
        let words = Query::parse(&very_long, &analyzer).words;
        assert_eq!(words.len(), MAX_QUERY_WORDS * IDEOGRAPHS_PER_WORD);
    }

    #[test]
    fn what_a_long_story_tells_is_read_past_the_words_scored_to_a_bound() {
        let analyzer = Analyzer::english().without_thesaurus();
        let story = "lelaki tu mula2 komplen harga penyamun, lepas tu acu pistol minta semua duit dalam laci";
        let query = Query::parse(story, &analyzer);
        assert_eq!(query.words.len(), MAX_QUERY_WORDS);
        assert_eq!(query.told_words[..MAX_QUERY_WORDS], query.words[..]);
        assert_eq!(query.told_words.last().map(String::as_str), Some("laci"));
        let endless = "and then ".repeat(100);
        assert_eq!(
            Query::parse(&endless, &analyzer).told_words.len(),
            MAX_TOLD_WORDS
        );
    }

    #[test]
    fn pronoun_contractions_are_stop_words_but_refusals_count() {
        assert_eq!(terms("she'll shout"), ["shout"]);
        assert_eq!(terms("I’d like ID"), ["like", "id"]);
        assert_eq!(terms("we're angry"), ["angry"]);
        assert_eq!(terms("won't leave"), ["wont", "leave"]);
        assert_eq!(terms("shell"), ["shell"]);
        assert_eq!(terms("she'll"), ["shell"], "alone, it is all there is");
    }
}
