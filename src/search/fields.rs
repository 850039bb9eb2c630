//! The text of an item the index reads, field by field, each with its weight: the one
//! place that says which of an item's texts search looks at.

use super::*;

pub(super) fn fields_of(item: Item<'_>) -> Vec<FieldText> {
    let mut fields: Vec<(Field, &str)> = vec![(Field::Title, item.title())];
    match item {
        Item::CustomerType(c) => {
            fields.extend(c.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Summary, &c.summary));
            fields.extend(c.recognise.iter().map(|t| (Field::Body, t.as_str())));
            fields.extend(c.steps.iter().map(|t| (Field::Body, t.as_str())));
            for e in &c.escalate {
                fields.push((Field::Body, &e.when));
                fields.push((Field::Body, &e.then));
            }
        }
        Item::Phrase(p) => {
            fields.push((Field::Summary, &p.say));
            fields.extend(p.direction.iter().map(|d| (Field::Body, d.as_str())));
            fields.extend(p.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Body, &p.why));
        }
        Item::Playbook(p) => {
            fields.extend(p.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Summary, &p.summary));
            if let Some(e) = &p.urgent {
                fields.push((Field::Body, &e.when));
                fields.push((Field::Body, &e.then));
            }
            for step in &p.steps {
                fields.push((Field::Body, &step.title));
                fields.push((Field::Body, &step.detail));
            }
        }
        Item::Principle(p) => {
            fields.extend(p.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Summary, &p.summary));
            fields.extend(p.how.iter().map(|t| (Field::Body, t.as_str())));
        }
        Item::Deck(d) => {
            fields.extend(d.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Summary, &d.goal));
            fields.push((Field::Body, &d.audience));
            for slide in &d.slides {
                if let Show::Free { title, bullets } = &slide.show {
                    fields.push((Field::Body, title));
                    fields.extend(bullets.iter().map(|b| (Field::Body, b.as_str())));
                }
            }
        }
    }
    fields
        .into_iter()
        .map(|(field, text)| {
            let words = words(text);
            let folded: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
            FieldText {
                field,
                text: text.to_owned(),
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
            }
        })
        .collect()
}
