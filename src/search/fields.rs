//! The text of an item the index reads, field by field: which role of an item's texts
//! (listed in `content/texts.rs`) search reads as which field.

use super::language::in_other_script;
use super::normalize::folded_with_starts;
use super::*;
use crate::content::TextRole;

pub(super) fn fields_of(item: Item<'_>) -> Vec<FieldText> {
    texts_as_fields(
        item.texts()
            .into_iter()
            .map(|(role, text)| (role, text, None)),
    )
}

/// A translated item's English original's fields, each shown as the translation's text
/// of the same role and place (its `k`th recognise line for the original's `k`th), else
/// its summary: a Romanian worker whose words matched the English reads Romanian. A line
/// the translation holds as its original has it (a `heard` line it took from English)
/// is no translation, so the summary is shown for it too. Keywords mix every language:
/// each is given the summary here, which `Index::new` takes back from those in the
/// translation's language or another script (shown as they are, as matched). Lines
/// already in another language are shown as they are.
pub(super) fn original_fields(original: Item<'_>, item: Item<'_>) -> Vec<FieldText> {
    // The translation's texts by role, in order, gathered once.
    let mut own: Vec<(TextRole, Vec<String>)> = Vec::new();
    for (role, text) in item.texts() {
        match own.iter_mut().find(|(r, _)| *r == role) {
            Some((_, texts)) => texts.push(text),
            None => own.push((role, vec![text])),
        }
    }
    let summary = own
        .iter()
        .find(|(role, _)| *role == TextRole::Summary)
        .and_then(|(_, texts)| texts.first())
        .cloned();
    let mut taken: Vec<(TextRole, usize)> = Vec::new();
    let texts = original.texts().into_iter().map(|(role, text)| {
        let k = match taken.iter_mut().find(|(r, _)| *r == role) {
            Some((_, n)) => {
                *n += 1;
                *n - 1
            }
            None => {
                taken.push((role, 1));
                0
            }
        };
        let prose = role.is_prose();
        let shown = if role == TextRole::Keyword {
            summary.clone()
        } else {
            prose
                .then(|| {
                    own.iter()
                        .find(|(r, _)| *r == role)
                        .and_then(|(_, texts)| texts.get(k))
                        .filter(|translated| **translated != text)
                        .cloned()
                        .or_else(|| summary.clone())
                })
                .flatten()
        };
        (role, text, shown)
    });
    texts_as_fields(texts)
}

/// A translation's own texts in another script than Latin (Russian, Chinese), read as
/// another language's lines are: only its words that are not English are posted
/// (`Index::new`). Its keywords are its English original's, read there already. Texts
/// in the Latin script are read only when `latin` (measured, not shipped): Romanian's
/// and Malay's words cost more first places than they gained, and Malay's put Threats
/// above Robbery for "abang with parang minta duit from cashier".
pub(super) fn translation_fields(item: Item<'_>, latin: bool) -> Vec<FieldText> {
    let texts = item
        .texts()
        .into_iter()
        .filter_map(|(role, text)| match role {
            TextRole::Keyword | TextRole::Label | TextRole::Trainer => None,
            _ if !read_as_other_language(&text, latin) => None,
            _ => Some((TextRole::OtherLanguage, text, None)),
        });
    texts_as_fields(texts)
}

/// Whether a text of a translation, or of an item only its language has, is read as
/// another language's lines are: in another script than Latin, or in any when `latin`.
fn read_as_other_language(text: &str, latin: bool) -> bool {
    latin || in_other_script(text)
}

/// The texts of an item only this language has (a pair that works only in Chinese):
/// read as another language's lines are, its keywords, which name it in English too,
/// kept as keywords. Texts in the Latin script stay as they are unless `latin`, as a
/// translation's are left out: read as Afrikaans lines, the Afrikaans pairs' words
/// ("kom", "gaan") cost the threat set four first places (a robbery put above a threat).
/// A Russian or Chinese pair's words, read as English prose, counted as English, and
/// an English word of another language's line is not posted: the Chinese pairs' 便 hid
/// 便宜 (cheaper) from every card.
pub(super) fn own_language_fields(item: Item<'_>, latin: bool) -> Vec<FieldText> {
    let texts = item.texts().into_iter().map(|(role, text)| match role {
        TextRole::Keyword => (role, text, None),
        _ if !read_as_other_language(&text, latin) => (role, text, None),
        _ => (TextRole::OtherLanguage, text, None),
    });
    texts_as_fields(texts)
}

/// Each text read as its role's field, with what to show for it.
fn texts_as_fields(
    texts: impl Iterator<Item = (TextRole, String, Option<String>)>,
) -> Vec<FieldText> {
    texts
        .filter_map(|(role, text, shown)| {
            let field = match role {
                TextRole::Title => Field::Title,
                TextRole::Keyword => Field::Keyword,
                TextRole::Summary => Field::Summary,
                TextRole::Body | TextRole::Advice => Field::Body,
                TextRole::OtherLanguage => Field::OtherLanguage,
                TextRole::Label | TextRole::Trainer => return None,
            };
            let (folded, starts) = folded_with_starts(&text);
            Some(FieldText {
                field,
                advice: role == TextRole::Advice,
                shown,
                text,
                folded,
                words: starts
                    .into_iter()
                    .map(|start| FieldWord {
                        vocab: u32::MAX,
                        start: u32::try_from(start).unwrap_or(u32::MAX),
                    })
                    .collect(),
            })
        })
        .collect()
}
