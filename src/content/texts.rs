//! Each item kind's text fields, listed once, in file order: validation checks and
//! fills them, search reads them by their role.

use super::model::{Contact, CustomerType, Deck, Escalation, Phrase, Playbook, Principle, Show};

/// What a text field is for, which decides whether and how search weighs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRole {
    /// What the item is called (a phrase pair's words to avoid).
    Title,
    /// Words chosen for search.
    Keyword,
    /// The line under the title (a pair's "say instead").
    Summary,
    /// Everything else a worker reads about the situation.
    Body,
    /// What to do: a card's steps and what its escalations say to do. Read and searched
    /// as the body is, but a word only here is not evidence of what is happening ("keep
    /// away from the windows" says nothing of a robbery).
    Advice,
    /// Lines in another of our languages: searched by words for every query, and by
    /// meaning only for a query in one of those languages (`Index::reach`), since
    /// read for English stories they raised the model's score for cards that are not
    /// about them (they put Threats above Self-harm for "gonna kys").
    OtherLanguage,
    /// Shown, never searched: an icon, a contact's label or number.
    Label,
    /// The trainer's only (notes, questions, role-play): never searched, never shown
    /// to the room.
    Trainer,
}

impl TextRole {
    /// Whether it is prose a worker reads (a title, summary, body text or step):
    /// written in the item's own language, where keywords and other-language lines mix
    /// our languages.
    pub fn is_prose(self) -> bool {
        matches!(
            self,
            Self::Title | Self::Summary | Self::Body | Self::Advice
        )
    }
}

/// A text field: the label that locates it in the file, its role, and its value.
pub type TextMut<'a> = (&'static str, TextRole, &'a mut String);

/// The text fields of one kind.
pub trait Texts {
    fn texts_mut(&mut self) -> Vec<TextMut<'_>>;
}

fn each<'a>(
    field: &'static str,
    role: TextRole,
    values: &'a mut [String],
) -> impl Iterator<Item = TextMut<'a>> {
    values.iter_mut().map(move |v| (field, role, v))
}

fn escalations(list: &mut [Escalation]) -> impl Iterator<Item = TextMut<'_>> {
    list.iter_mut().flat_map(|e| {
        [
            ("when", TextRole::Body, &mut e.when),
            ("then", TextRole::Advice, &mut e.then),
        ]
    })
}

impl Texts for CustomerType {
    fn texts_mut(&mut self) -> Vec<TextMut<'_>> {
        let mut texts = vec![
            ("title", TextRole::Title, &mut self.title),
            ("icon", TextRole::Label, &mut self.icon),
            ("summary", TextRole::Summary, &mut self.summary),
        ];
        texts.extend(each("recognise", TextRole::Body, &mut self.recognise));
        texts.extend(each("steps", TextRole::Advice, &mut self.steps));
        texts.extend(escalations(&mut self.escalate));
        texts.extend(each("keywords", TextRole::Keyword, &mut self.keywords));
        texts.extend(each("heard", TextRole::Body, &mut self.heard));
        texts.extend(each(
            "heard_other_languages",
            TextRole::OtherLanguage,
            &mut self.heard_other_languages,
        ));
        texts
    }
}

impl Texts for Phrase {
    fn texts_mut(&mut self) -> Vec<TextMut<'_>> {
        let mut texts = vec![
            ("avoid", TextRole::Title, &mut self.avoid),
            ("say", TextRole::Summary, &mut self.say),
        ];
        texts.extend(
            self.direction
                .as_mut()
                .map(|d| ("direction", TextRole::Body, d)),
        );
        texts.push(("why", TextRole::Body, &mut self.why));
        texts.extend(each("keywords", TextRole::Keyword, &mut self.keywords));
        texts
    }
}

impl Texts for Playbook {
    fn texts_mut(&mut self) -> Vec<TextMut<'_>> {
        let mut texts = vec![
            ("title", TextRole::Title, &mut self.title),
            ("summary", TextRole::Summary, &mut self.summary),
        ];
        texts.extend(escalations(self.urgent.as_mut_slice()));
        for step in &mut self.steps {
            texts.push(("title", TextRole::Body, &mut step.title));
            texts.push(("detail", TextRole::Body, &mut step.detail));
        }
        texts.extend(each("keywords", TextRole::Keyword, &mut self.keywords));
        texts
    }
}

impl Texts for Principle {
    fn texts_mut(&mut self) -> Vec<TextMut<'_>> {
        let mut texts = vec![
            ("title", TextRole::Title, &mut self.title),
            ("summary", TextRole::Summary, &mut self.summary),
        ];
        texts.extend(each("how", TextRole::Body, &mut self.how));
        texts.extend(each("keywords", TextRole::Keyword, &mut self.keywords));
        texts
    }
}

impl Texts for Deck {
    fn texts_mut(&mut self) -> Vec<TextMut<'_>> {
        let mut texts = vec![
            ("title", TextRole::Title, &mut self.title),
            ("audience", TextRole::Body, &mut self.audience),
            ("goal", TextRole::Summary, &mut self.goal),
        ];
        texts.extend(each("materials", TextRole::Trainer, &mut self.materials));
        texts.extend(each(
            "before_class",
            TextRole::Trainer,
            &mut self.before_class,
        ));
        texts.extend(each("keywords", TextRole::Keyword, &mut self.keywords));
        for slide in &mut self.slides {
            if let Show::Free { title, bullets } = &mut slide.show {
                texts.push(("title", TextRole::Body, title));
                texts.extend(each("bullets", TextRole::Body, bullets));
            }
            texts.extend(
                slide
                    .notes
                    .as_mut()
                    .map(|n| ("notes", TextRole::Trainer, n)),
            );
            texts.extend(each("questions", TextRole::Trainer, &mut slide.questions));
            texts.extend(each("answers", TextRole::Trainer, &mut slide.answers));
            if let Some(r) = &mut slide.roleplay {
                texts.push(("customer", TextRole::Trainer, &mut r.customer));
                texts.push(("wants", TextRole::Trainer, &mut r.wants));
                texts.push(("practise", TextRole::Trainer, &mut r.practise));
                texts.extend(r.staff.as_mut().map(|s| ("staff", TextRole::Trainer, s)));
                texts.extend(each("observe", TextRole::Trainer, &mut r.observe));
            }
        }
        texts
    }
}

impl Texts for Contact {
    fn texts_mut(&mut self) -> Vec<TextMut<'_>> {
        vec![
            ("label", TextRole::Label, &mut self.label),
            ("value", TextRole::Label, &mut self.value),
        ]
    }
}
