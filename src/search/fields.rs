//! The text of an item the index reads, field by field: which role of an item's texts
//! (listed in `content/texts.rs`) search reads as which field.

use super::normalize::folded_with_starts;
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
                TextRole::Body | TextRole::Advice => Field::Body,
                TextRole::OtherLanguage => Field::OtherLanguage,
                TextRole::Label | TextRole::Trainer => return None,
            };
            let (folded, starts) = folded_with_starts(&text);
            Some(FieldText {
                field,
                advice: role == TextRole::Advice,
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
