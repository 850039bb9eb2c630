//! The text of an item the index reads, field by field: which role of an item's texts
//! (listed in `content/texts.rs`) search reads as which field.

use super::*;
use crate::content::TextRole;

pub(super) fn fields_of(item: Item<'_>) -> Vec<FieldText> {
    item.texts()
        .into_iter()
        .filter_map(|(role, text)| {
            let field = match role {
                TextRole::Title => Field::Title,
                TextRole::Keyword => Field::Keyword,
                TextRole::Summary => Field::Summary,
                TextRole::Body => Field::Body,
                TextRole::OtherLanguage => Field::OtherLanguage,
                TextRole::Label | TextRole::Trainer => return None,
            };
            let words = words(&text);
            let folded: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
            Some(FieldText {
                field,
                text,
                folded: folded.join(" "),
                words: words
                    .iter()
                    .map(|w| FieldWord {
                        vocab: u32::MAX,
                        start: w
                            .origins
                            .first()
                            .map_or(u32::MAX, |o| u32::try_from(o.start).unwrap_or(u32::MAX)),
                    })
                    .collect(),
            })
        })
        .collect()
}
