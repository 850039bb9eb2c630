//! The guidance as typed data: what a content file may contain, and the validated whole.

use serde::{Deserialize, Serialize};

/// The content format version this build reads. Files carry it so a future format
/// change can be detected instead of misread.
pub const FORMAT_VERSION: u32 = 1;

/// A kind of difficult customer, one card each (`content/<lang>/customer-types/<id>.ron`).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CustomerType {
    pub version: u32,
    pub id: String,
    pub title: String,
    /// One emoji or symbol shown on the home tile.
    pub icon: String,
    /// Position on the home screen; lower comes first: the safety cards, then the
    /// everyday ones from the commonest (angry, rude, wants a manager) to the rarest.
    #[serde(default = "default_order")]
    pub order: u32,
    pub summary: String,
    /// Observable signs: what they say and do.
    pub recognise: Vec<String>,
    /// What to do, first thing first.
    pub steps: Vec<String>,
    pub escalate: Vec<Escalation>,
    /// The phrase pairs the card leads with, best first; each lists this card in its
    /// `situations`. The card's other pairs follow in file order.
    #[serde(default)]
    pub top_phrases: Vec<String>,
    /// Required in English; a translation may leave it out and take English's.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// How workers and customers put the situation in their own words, written from
    /// the situation (never from an evaluation set); searched by words and by meaning.
    #[serde(default)]
    pub heard: Vec<String>,
    /// The same in our other languages (Russian, Romanian, Afrikaans, Malay, Chinese),
    /// until each language has its own content: searched by words only.
    #[serde(default)]
    pub heard_other_languages: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<String>,
    /// When someone last checked this item still fits the site ("2026-03-31"): with
    /// its pack's `review_every`, `check` warns once that is past. Written `"…"` or
    /// `Some("…")`.
    #[serde(default, deserialize_with = "text_or_some")]
    pub reviewed: Option<String>,
}

fn default_order() -> u32 {
    100
}

/// An optional text that authors may write bare (`"…"`) as well as `Some("…")` or
/// `None`: RON's own form for an option is easy to get wrong by hand.
pub(super) fn text_or_some<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<String>, D::Error> {
    struct Text;
    impl<'de> serde::de::Visitor<'de> for Text {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a text in quotes, Some(\"…\") or None")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_owned()))
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            String::deserialize(d).map(Some)
        }
    }
    d.deserialize_any(Text)
}

/// An optional whole number written bare (`5`) as well as `Some(5)` or `None`.
fn number_or_some<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    struct Number;
    impl<'de> serde::de::Visitor<'de> for Number {
        type Value = Option<u32>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a whole number of minutes, Some(…) or None")
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            u32::try_from(v)
                .map(Some)
                .map_err(|_| E::custom(format!("{v} is too large")))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            u32::try_from(v)
                .map(Some)
                .map_err(|_| E::custom(format!("{v} is not a whole number of minutes")))
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            u32::deserialize(d).map(Some)
        }
    }
    d.deserialize_any(Number)
}

/// A concrete trigger and the concrete action it calls for.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    pub when: String,
    pub then: String,
}

/// A file of phrase pairs (`content/<lang>/phrases/<topic>.ron`).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PhraseFile {
    pub version: u32,
    pub phrases: Vec<Phrase>,
}

/// "Don't say" → "say instead".
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub id: String,
    pub avoid: String,
    pub say: String,
    /// What to do before or while saying it ("Step back and call for help first"):
    /// shown beside the line, never copied with it. Written `"…"` or `Some("…")`.
    #[serde(default, deserialize_with = "text_or_some")]
    pub direction: Option<String>,
    /// The "say" line is one shop's wording, for a worker to adapt to their own policy.
    #[serde(default)]
    pub example: bool,
    /// What the customer hears when you say the "avoid" line.
    pub why: String,
    /// Ids of the customer types this pair fits; their cards show it.
    pub situations: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub sources: Vec<String>,
    /// When someone last checked this item still fits the site ("2026-03-31"): with
    /// its pack's `review_every`, `check` warns once that is past. Written `"…"` or
    /// `Some("…")`.
    #[serde(default, deserialize_with = "text_or_some")]
    pub reviewed: Option<String>,
}

/// Ordered steps for a situation (`content/<lang>/playbooks/<id>.ron`).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    pub version: u32,
    pub id: String,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub style: PlaybookStyle,
    /// A trigger that skips the sequence (violence on the escalation ladder), shown
    /// above the steps.
    #[serde(default)]
    pub urgent: Option<Escalation>,
    pub steps: Vec<PlaybookStep>,
    /// Required in English; a translation may leave it out and take English's.
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<String>,
    /// When someone last checked this item still fits the site ("2026-03-31"): with
    /// its pack's `review_every`, `check` warns once that is past. Written `"…"` or
    /// `Some("…")`.
    #[serde(default, deserialize_with = "text_or_some")]
    pub reviewed: Option<String>,
}

/// How a playbook is drawn: a sequence, or a ladder that climbs from mild to severe.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq)]
pub enum PlaybookStyle {
    #[default]
    Sequence,
    Ladder,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlaybookStep {
    pub title: String,
    pub detail: String,
    /// Another item (usually a customer-type card) this step leads to. Written `"…"` or
    /// `Some("…")`.
    #[serde(default, deserialize_with = "text_or_some")]
    pub link: Option<String>,
}

/// A file of principles (`content/<lang>/principles/<topic>.ron`).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PrincipleFile {
    pub version: u32,
    pub principles: Vec<Principle>,
}

/// A general habit that applies to every customer.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Concrete ways to practise it.
    pub how: Vec<String>,
    /// Required in English; a translation may leave it out and take English's.
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<String>,
    /// When someone last checked this item still fits the site ("2026-03-31"): with
    /// its pack's `review_every`, `check` warns once that is past. Written `"…"` or
    /// `Some("…")`.
    #[serde(default, deserialize_with = "text_or_some")]
    pub reviewed: Option<String>,
}

/// `content/sources.ron`: the articles the guidance rests on.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub version: u32,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// `S0`…`S4`, or `own` for advice beyond the sources.
    pub id: String,
    pub title: String,
    /// The language the article reached us in.
    pub language: String,
    pub description: String,
    /// Works the article itself cites.
    #[serde(default)]
    pub cites: Vec<String>,
    pub points: Vec<SourcePoint>,
}

/// One point of a source, citable by its key (`S2.M2.1`).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourcePoint {
    pub key: String,
    pub label: String,
}

/// `content/<lang>/site.ron`: the contacts a site fills in (police, ambulance, security…).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    pub version: u32,
    pub contacts: Vec<Contact>,
}

/// A contact that text names as a placeholder: `{police}` reads as its `value`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    /// What it is, shown beside the value on the safety cards ("Police").
    pub label: String,
    /// What text says in its place: generic ("the police on your local emergency
    /// number") until an organisation's pack gives the real one.
    pub value: String,
    /// What to call ("999", "Sam, ext 201"), set by a site's pack; `check` warns while
    /// a pack is loaded and this is not set. Written `"…"` or `Some("…")`.
    #[serde(default, deserialize_with = "text_or_some")]
    pub number: Option<String>,
}

/// A training deck (`content/<lang>/decks/<id>.ron`): slides a trainer presents in order.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    pub version: u32,
    pub id: String,
    pub title: String,
    /// Who the class is for ("New shop-floor staff").
    pub audience: String,
    /// One line: what learners can do at the end.
    pub goal: String,
    /// How long the class takes, in minutes. Where slides give their own minutes,
    /// they add up to this.
    pub minutes: u32,
    /// What the trainer brings to class (a flipchart, a timer, the site's incident form).
    #[serde(default)]
    pub materials: Vec<String>,
    /// What the trainer does or agrees with the supervisor before class.
    #[serde(default)]
    pub before_class: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub slides: Vec<Slide>,
    pub sources: Vec<String>,
    /// When someone last checked this item still fits the site ("2026-03-31"): with
    /// its pack's `review_every`, `check` warns once that is past. Written `"…"` or
    /// `Some("…")`.
    #[serde(default, deserialize_with = "text_or_some")]
    pub reviewed: Option<String>,
}

impl Deck {
    /// Why the slides' minutes do not fit the deck's, if they don't: either every slide
    /// gives its minutes and they add up to the deck's, or none does.
    pub fn timing_problem(&self) -> Option<String> {
        if self.minutes == 0 {
            return Some("a deck's `minutes` must be at least 1".to_owned());
        }
        let timed = self.slides.iter().filter(|s| s.minutes.is_some()).count();
        if timed == 0 {
            return None;
        }
        if timed < self.slides.len() {
            return Some(format!(
                "{timed} of {} slides give their `minutes`: give every slide its minutes, or none",
                self.slides.len()
            ));
        }
        let sum: u32 = self.slides.iter().filter_map(|s| s.minutes).sum();
        (sum != self.minutes).then(|| {
            format!(
                "the slides' minutes add up to {sum}, but the deck's `minutes` is {}",
                self.minutes
            )
        })
    }
}

/// One slide: what it shows, and what only the trainer sees.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    pub show: Show,
    /// Minutes planned for this slide and its activity; the presenter's pace counts
    /// against them, and the trainer's run sheet lists them. Written `5` or `Some(5)`.
    #[serde(default, deserialize_with = "number_or_some")]
    pub minutes: Option<u32>,
    /// Presenter notes: never shown to the room.
    #[serde(default, deserialize_with = "text_or_some")]
    pub notes: Option<String>,
    /// Discussion questions for the class.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Good answers the trainer can draw out or offer, for the questions and activity.
    #[serde(default)]
    pub answers: Vec<String>,
    #[serde(default)]
    pub roleplay: Option<Roleplay>,
    /// On a card or playbook slide, its steps appear one at a time.
    #[serde(default)]
    pub reveal_steps: bool,
}

/// What a slide shows: an item by id, or a free slide of its own.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub enum Show {
    Card(String),
    Phrase(String),
    Playbook(String),
    Principle(String),
    Free { title: String, bullets: Vec<String> },
}

/// The most bullets a free slide may have: what the back of a room can read at once
/// (the content guide's rule, enforced by `check`).
pub const MAX_BULLETS: usize = 6;

impl Show {
    /// Why a free slide breaks the bullet rule, if it does.
    pub fn bullets_problem(&self) -> Option<String> {
        match self {
            Self::Free { title, bullets } if bullets.len() > MAX_BULLETS => Some(format!(
                "the free slide \"{title}\" has {} bullets; a slide may have at most {MAX_BULLETS}: split it",
                bullets.len()
            )),
            _ => None,
        }
    }

    /// The id of the item the slide shows; none for a free slide.
    pub fn item_id(&self) -> Option<&str> {
        match self {
            Self::Card(id) | Self::Phrase(id) | Self::Playbook(id) | Self::Principle(id) => {
                Some(id)
            }
            Self::Free { .. } => None,
        }
    }
}

/// A role-play brief: who plays the customer, what they want, what the learner
/// practises; printed as separate cards for the customer, the staff member and the
/// observer, so no player hears the others' brief.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Roleplay {
    pub customer: String,
    pub wants: String,
    pub practise: String,
    /// What the staff player is told before they start (the situation as they meet it).
    #[serde(default, deserialize_with = "text_or_some")]
    pub staff: Option<String>,
    /// What the observer watches for.
    #[serde(default)]
    pub observe: Vec<String>,
}
