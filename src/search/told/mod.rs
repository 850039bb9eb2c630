//! What the query's own words say happened, read from their grammar whatever the
//! scores: harm a person says they will do to themselves, a weapon drawn or a thing
//! thrown at someone, a threat to kill someone else, a robbery or a medical emergency
//! told in our other languages, and a danger word meant the everyday way. `safety_order` acts on it. English's rules are here; our other
//! languages' word lists in `lexicon`, Chinese 死 as an intensifier in
//! `other_languages`.

mod lexicon;

pub use lexicon::examples;
mod other_languages;

/// Verbs of bodily harm, as stems: with a reflexive object ("shoot himself", "burning
/// her own arm") the harm is to the person themselves. A closed class written from the
/// language, not from any query; touching or talking to oneself is not harm.
#[rustfmt::skip]
const HARM_VERBS: &[&str] = &[
    "kill", "hurt", "harm", "injur", "cut", "slash", "slit", "stab", "shoot", "shot",
    "burn", "hang", "hung", "drown", "poison", "overdos", "starv", "strangl", "choke",
    "suffoc", "top", "off", "unaliv", "end",
];

/// Reflexive objects that point back at the one who acts. "Yourself" is one only after
/// an intention ("he's gonna kys", chat shorthand for "kill yourself" said of oneself):
/// a customer's "go kill yourself" is abuse of the worker, not self-harm.
#[rustfmt::skip]
const REFLEXIVES: &[&str] = &[
    "himself", "herself", "themselves", "themself", "myself", "ownself", "oneself",
];

/// What comes before a harm verb when "yourself" after it is the speaker's own intent.
const INTENT: &[&[&str]] = &[
    &["gonna"],
    &["wanna"],
    &["going", "to"],
    &["want", "to"],
    &["wants", "to"],
    &["about", "to"],
    &["trying", "to"],
];

/// Words that tell an injury to oneself was an accident: a fall, a slip, "by accident".
#[rustfmt::skip]
const ACCIDENT: &[&str] = &[
    "fell", "fall", "falls", "fallen", "falling", "tripped", "trip", "trips", "slipped",
    "slip", "slips", "accident", "accidentally", "accidental", "mistake",
];

/// What follows "cut himself" when it was a thing that cut him, or a task: "on a broken
/// bottle", "lifting the crate", "while slicing".
#[rustfmt::skip]
const ACCIDENT_AFTER: &[&str] = &[
    "on", "lifting", "carrying", "opening", "moving", "stacking", "unloading", "while",
    "slicing", "cutting",
];

/// Words of intention a few words before a harm verb: "he'll" is folded "hell".
#[rustfmt::skip]
const WILL: &[&str] = &[
    "will", "hell", "shell", "theyll", "gonna", "wanna", "threatening", "threatened",
    "threatens", "tried", "trying", "wants",
];

/// Parts of the body one hurts by accident: "cut his hand on", "burned her arm on".
#[rustfmt::skip]
const BODY_PARTS: &[&str] = &[
    "hand", "hands", "finger", "fingers", "thumb", "arm", "leg", "foot", "feet", "head",
    "face", "back", "knee", "ankle", "wrist", "eye", "lip", "toe",
];

/// Possessives before "own" in "her own arm"; the first three, of someone else than
/// the worker, before a part of the body ("cut his hand").
const POSSESSIVES: &[&str] = &["his", "her", "their", "my"];

/// Verbs of drawing a weapon, as stems. "Show" is left out: a DIY shop's customer
/// shows the knife they want to return.
#[rustfmt::skip]
const DRAW_VERBS: &[&str] = &[
    "pull", "drew", "draw", "drawn", "flash", "wave", "brandish", "whip",
];

/// Weapons, as stems.
#[rustfmt::skip]
const WEAPONS: &[&str] = &[
    "knife", "knive", "blade", "gun", "pistol", "firearm", "machet", "panga", "axe",
    "hatchet", "crowbar", "bat", "syring", "needl", "screwdriv", "hammer", "bottl",
    "weapon", "acid", "sword", "taser",
];

/// Words that may stand between the verb and what it acts on ("pulled out a knife").
#[rustfmt::skip]
const BETWEEN: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "this", "out", "up", "big",
];

/// Verbs of throwing, as stems: a thing thrown *at* someone is violence.
#[rustfmt::skip]
const THROW_VERBS: &[&str] = &[
    "throw", "threw", "thrown", "hurl", "chuck", "fling", "flung", "lob",
];

/// What a customer threatens to do that is a complaint, not harm, as stems:
/// "threatening to report me" is everyday, "threatening to stab me" is not. "Call" is
/// left out ("call his mates").
#[rustfmt::skip]
const COMPLAINT_VERBS: &[&str] = &[
    "complain", "report", "sue", "review", "write", "email", "post", "leav", "go",
    "take", "cancel", "boycott", "escal", "tell",
];

/// Verbs of trade, as stems: a weapon they act on is merchandise ("return a knife
/// set", "buy a hammer"), not a threat.
#[rustfmt::skip]
const TRADE_VERBS: &[&str] = &[
    "return", "refund", "exchang", "buy", "bought", "sell", "sold", "stock", "purchas",
    "swap",
];

/// Words that say a weapon after them is looked for on the shelves: "where are the
/// knives", "looking for a hammer" (with "for" after it).
const SHOPPING_BEFORE: &[&str] = &["where", "look", "find", "aisl", "shelf"];

/// What a weapon word is the first half of in a product's name: a knife block, a
/// knife sharpener.
#[rustfmt::skip]
const PRODUCTS_AFTER: &[&str] = &[
    "block", "set", "sharpen", "rack", "holder", "stand", "sheath",
];

/// Tools called guns, as the stem before "gun": a glue gun, a price gun. "Toy" and
/// "water" are left out: a robber's gun may be a toy one.
#[rustfmt::skip]
const TOOL_GUNS: &[&str] = &[
    "glue", "nail", "stapl", "heat", "caulk", "greas", "spray", "price", "label", "scan",
    "barcod", "massag", "tape",
];

/// Hyperbole that names a death or a collapse: "starving to death", "bored to death".
const TO_DEATH: &[&str] = &["starv", "bore"];

/// What makes a named emergency one that did not happen: "nearly had a heart attack".
const NEARLY: &[&str] = &["nearly", "almost"];

/// Words "dying" takes in its everyday sense: "dying to try it", "dying for a coffee".
const EAGER: &[&str] = &["to", "for"];

/// What may follow "dying to" and still mean death ("dying to save him" is rare; "to
/// death" and "to die" are the death itself).
const DYING_TO_DEATH: &[&str] = &["death", "die"];

/// Whom a thing is thrown at.
#[rustfmt::skip]
const TARGETS: &[&str] = &[
    "me", "us", "him", "her", "them", "my", "staff", "someone", "colleague",
    "coworker", "cashier", "worker",
];

/// What the query's own words say happened, whatever the scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Told {
    /// Someone will harm themselves ("shoot himself").
    pub harm_to_self: bool,
    /// A weapon was drawn, or a thing thrown at someone.
    pub violence: bool,
    /// Someone says they will kill or stab another person ("он убьёт кассира"), read
    /// in our other languages, where the scores alone have put the self-harm card or an
    /// everyday one first.
    pub threat_to_other: bool,
    /// A robbery told in our other languages by its demand ("scoate banii din casă")
    /// or by name, where a threat's or an everyday card's words may outscore it.
    pub robbery: bool,
    /// A medical emergency told in our other languages ("se îneacă", "не дышит"),
    /// where an everyday card's words (a child, a queue) may outscore it, or an injury
    /// to oneself by accident in English ("cut himself on a broken bottle"), which the
    /// self-harm or threats card's words would take.
    pub medical: bool,
    /// A danger word meant the everyday way: a threat to complain ("threatening to
    /// report me"), a weapon as merchandise ("return a knife set"), "dying to try it".
    pub everyday_sense: bool,
}

impl Told {
    /// Reads the query's words (folded, stop words kept, in order), with `stem`.
    pub(super) fn read(words: &[String], stem: impl Fn(&str) -> String) -> Self {
        // Each word stemmed once, for every rule.
        let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
        let said = Said {
            words,
            stems: &stems,
        };
        // Joined once: Chinese is matched in the whole text, not word by word.
        let text = words.concat();
        let other = lexicon::read(words, &text);
        Self {
            harm_to_self: said.harm_to_self() || other.harm_to_self,
            violence: said.violence(),
            threat_to_other: other.threat,
            robbery: other.robbery,
            medical: other.medical || said.accidental_injury(),
            everyday_sense: said.complaint()
                || said.merchandise()
                || said.shopping()
                || said.hyperbole()
                || said.eager()
                || other.figure
                || other_languages::chinese_intensifier(&text),
        }
    }
}

/// The query's words and their stems, side by side.
struct Said<'a> {
    words: &'a [String],
    stems: &'a [String],
}

impl Said<'_> {
    /// Whether the `i`th word's stem is in `list`.
    fn is(&self, list: &[&str], i: usize) -> bool {
        self.stems
            .get(i)
            .is_some_and(|s| list.contains(&s.as_str()))
    }

    /// Whether the words before the `i`th end with `tail`.
    fn before_ends_with(&self, i: usize, tail: &[&str]) -> bool {
        i >= tail.len()
            && self.words[i - tail.len()..i]
                .iter()
                .zip(tail)
                .all(|(w, t)| w == t)
    }

    /// Whether the words say someone will harm themselves: a harm verb with a
    /// reflexive object, not told to the worker ("told me to kill myself") and not an
    /// accident (see [`Self::accidental_injury`]).
    fn harm_to_self(&self) -> bool {
        self.reflexive_harm().is_some_and(|at| !self.accident(at))
    }

    /// Whether the words tell an injury to oneself by accident: "cut himself on a
    /// broken bottle", "fell and hurt herself", "hurt his back lifting" is not
    /// (no reflexive). Said with an intention ("gonna hurt himself") it is no accident.
    /// An emergency's card: first aid, not the self-harm card.
    fn accidental_injury(&self) -> bool {
        let own_part = (0..self.words.len()).find(|&i| {
            self.is(HARM_VERBS, i)
                && self
                    .words
                    .get(i + 1)
                    .is_some_and(|w| POSSESSIVES[..3].contains(&w.as_str()))
                && self
                    .words
                    .get(i + 2)
                    .is_some_and(|w| BODY_PARTS.contains(&w.as_str()))
        });
        // "cut his hand on a smashed bottle": one word further on than after "himself".
        let own_part_accident = own_part.is_some_and(|at| self.accident(at + 1));
        own_part_accident || self.reflexive_harm().is_some_and(|at| self.accident(at))
    }

    /// Whether the harm verb at `at` (its reflexive after it) was an accident: an
    /// accident word anywhere, or a thing or a task right after the reflexive, and no
    /// intention before the verb.
    fn accident(&self, at: usize) -> bool {
        let words = self.words;
        let intent = INTENT
            .iter()
            .any(|marker| self.before_ends_with(at, marker))
            || words[..at]
                .iter()
                .rev()
                .take(3)
                .any(|w| WILL.contains(&w.as_str()))
            || words.iter().any(|w| w == "purpose");
        let after = words
            .get(at + 2)
            .is_some_and(|w| ACCIDENT_AFTER.contains(&w.as_str()));
        !intent && (after || words.iter().any(|w| ACCIDENT.contains(&w.as_str())))
    }

    /// Where a harm verb with a reflexive object stands, not told to the worker.
    fn reflexive_harm(&self) -> Option<usize> {
        let words = self.words;
        (0..words.len()).find(|&i| {
            let intent = INTENT.iter().any(|marker| self.before_ends_with(i, marker));
            let reflexive = match &words[i + 1..] {
                [next, ..] if REFLEXIVES.contains(&next.as_str()) => true,
                [next, ..] if next == "yourself" => intent,
                [owner, own, ..] => POSSESSIVES.contains(&owner.as_str()) && own == "own",
                _ => false,
            };
            let told_to = self.before_ends_with(i, &["me", "to"])
                || self.before_ends_with(i, &["me", "to", "go"]);
            reflexive && !told_to && self.is(HARM_VERBS, i)
        })
    }

    /// Whether the words say a weapon was drawn ("pulled out a knife") or a thing
    /// thrown at someone ("threw a chair at my coworker").
    fn violence(&self) -> bool {
        let words = self.words;
        (0..words.len()).any(|i| {
            if self.is(DRAW_VERBS, i) {
                return (i + 1..words.len())
                    .find(|&j| !BETWEEN.contains(&words[j].as_str()))
                    .is_some_and(|j| self.is(WEAPONS, j));
            }
            self.is(THROW_VERBS, i)
                && words[i + 1..]
                    .iter()
                    .take(5)
                    .skip_while(|w| *w != "at")
                    .nth(1)
                    .is_some_and(|w| TARGETS.contains(&w.as_str()))
        })
    }

    /// Whether the words threaten a complaint: "threaten" (any form), "to", and a
    /// verb of complaining.
    fn complaint(&self) -> bool {
        (0..self.words.len().saturating_sub(2)).any(|i| {
            self.stems[i].starts_with("threat")
                && self.words[i + 1] == "to"
                && self.is(COMPLAINT_VERBS, i + 2)
        })
    }

    /// Whether a weapon is what is being traded: a verb of trade and, within the next
    /// four words, a weapon ("return an unopened kitchen knife set").
    fn merchandise(&self) -> bool {
        let n = self.words.len();
        (0..n)
            .any(|i| self.is(TRADE_VERBS, i) && (i + 1..n.min(i + 5)).any(|j| self.is(WEAPONS, j)))
    }

    /// Whether a weapon word names something on sale: looked for ("where are the
    /// knives", "looking for a hammer") within three words before it, or part of a
    /// product's or tool's name ("knife block", "glue gun").
    fn shopping(&self) -> bool {
        let n = self.words.len();
        // "Looking for a knife, says he'll stab someone" is no shopping.
        let danger = (0..n).any(|i| {
            self.is(HARM_VERBS, i)
                || self.is(DRAW_VERBS, i)
                || self.stems[i].starts_with("threat")
                || self.stems[i] == "point"
        });
        !danger
            && (0..n).filter(|&j| self.is(WEAPONS, j)).any(|j| {
                let sought = (j.saturating_sub(3)..j).any(|i| {
                    self.is(SHOPPING_BEFORE, i)
                        && (self.stems[i] != "look"
                            || self.words.get(i + 1).is_some_and(|w| w == "for"))
                });
                let product = self.is(PRODUCTS_AFTER, j + 1);
                let tool = self.stems[j] == "gun" && j > 0 && self.is(TOOL_GUNS, j - 1);
                sought || product || tool
            })
    }

    /// Whether a death or a collapse is said as hyperbole: "starving to death", "bored
    /// to death", "nearly had a heart attack".
    fn hyperbole(&self) -> bool {
        let words = self.words;
        (0..words.len()).any(|i| {
            let to_death = self.is(TO_DEATH, i)
                && words.get(i + 1).is_some_and(|w| w == "to")
                && words.get(i + 2).is_some_and(|w| w == "death");
            let nearly = words[i] == "heart"
                && words.get(i + 1).is_some_and(|w| w == "attack")
                && words[i.saturating_sub(4)..i]
                    .iter()
                    .any(|w| NEARLY.contains(&w.as_str()));
            to_death || nearly
        })
    }

    /// Whether "dying" is eagerness: "dying to try", "dying for a coffee".
    fn eager(&self) -> bool {
        let words = self.words;
        (0..words.len().saturating_sub(2)).any(|i| {
            words[i] == "dying"
                && EAGER.contains(&words[i + 1].as_str())
                && !self.is(DYING_TO_DEATH, i + 2)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As a query's words are read: folded ("he'll" is "hell").
    fn told(query: &str) -> Told {
        let words: Vec<String> = crate::search::normalize::words(query)
            .into_iter()
            .map(|w| w.folded)
            .collect();
        let en = crate::search::Analyzer::english();
        Told::read(&words, |w| en.stem(w).into_owned())
    }

    #[test]
    fn the_lists_hold_the_stems_the_analyzer_makes() {
        let en = crate::search::Analyzer::english();
        for (list, words) in [
            (
                HARM_VERBS,
                "killing hurts harmed injured cutting slashed slit stabbing shooting shot burning hanged hung drowning poisoned overdosing starving strangled choking suffocating topping off unaliving ending",
            ),
            (
                DRAW_VERBS,
                "pulled drew draw drawn flashed waving brandishing whipped",
            ),
            (
                WEAPONS,
                "knife knives blade gun pistol firearm machete panga axe hatchet crowbar bat syringe needle screwdriver hammer bottle weapon acid sword taser",
            ),
            (
                THROW_VERBS,
                "throwing threw thrown hurled chucked flinging flung lobbed",
            ),
            (SHOPPING_BEFORE, "where looking find aisle shelf"),
            (
                PRODUCTS_AFTER,
                "block set sharpener rack holder stand sheath",
            ),
            (
                TOOL_GUNS,
                "glue nail staple heat caulk grease spray price label scan barcode massage tape",
            ),
            (TO_DEATH, "starving bored"),
            (
                COMPLAINT_VERBS,
                "complain reporting sue review write email post leave go take cancel boycott escalate tell",
            ),
        ] {
            for word in words.split(' ') {
                let stem = en.stem(word);
                assert!(list.contains(&stem.as_ref()), "{word}: {stem}");
            }
        }
    }

    #[test]
    fn a_harm_verb_with_a_reflexive_object_is_harm_to_oneself() {
        for query in [
            "he said hes gonna shoot himself",
            "girl burning her own arm",
            "she wants to hurt herself",
            "i will kill myself",
            "uncle want to kill ownself",
            "boy says hes gonna kill yourself",
        ] {
            assert!(told(query).harm_to_self, "{query}");
        }
    }

    #[test]
    fn other_reflexives_and_abuse_of_the_worker_are_not() {
        for query in [
            "man touching himself in the aisle",
            "talking to herself about the aircon",
            "opening up by myself",
            "he told me to kill myself",
            "she said go kill yourself",
            "he shot me a look",
            "i cut it myself",
        ] {
            assert!(!told(query).harm_to_self, "{query}");
        }
    }

    #[test]
    fn an_injury_to_oneself_by_accident_is_an_emergency_not_self_harm() {
        for query in [
            "customer cut himself on a broken bottle",
            "kid cut herself on the shelf edge, bleeding",
            "old man fell and hurt himself",
            "he hurt himself lifting the crate",
            "she burned herself on the coffee machine by accident",
            "lad slipped and cut himself",
            "bloke cut his hand on a smashed bottle blood everywhere",
            "she burned her arm on the oven",
        ] {
            let told = told(query);
            assert!(!told.harm_to_self && told.medical, "{query}");
        }
        for query in [
            "she cut herself again, fresh marks on her arm",
            "he said he'll hurt himself if he falls behind on rent again",
            "she tried to cut herself on purpose",
            "says hes gonna kill himself and make it look like an accident",
        ] {
            let told = told(query);
            assert!(told.harm_to_self && !told.medical, "{query}");
        }
        for query in [
            "he cut my hand with a knife",
            "he slashed her face on purpose",
        ] {
            assert!(!told(query).medical, "{query}");
        }
    }

    #[test]
    fn a_weapon_drawn_or_a_thing_thrown_at_someone_is_violence() {
        for query in [
            "he pulled out a knife",
            "guy waving a machete about",
            "she threw a cup at me",
            "bloke chucked his drink at my colleague",
        ] {
            assert!(told(query).violence, "{query}");
        }
        for query in [
            "customer showed me the knife he wants to return",
            "where are the knives",
            "kid threw a tantrum",
            "she threw the receipt in the bin",
            "pulled a muscle lifting boxes",
        ] {
            assert!(!told(query).violence, "{query}");
        }
    }

    #[test]
    fn a_danger_word_meant_the_everyday_way_reads_so() {
        for query in [
            "customer threatening to report me",
            "he threatened to go to the papers",
            "wants to return a hammer he bought",
            "kid trying to buy a knife",
            "shes dying to try the new range",
            "im dying for a coffee",
            "where are the knives",
            "customer looking for a hammer",
            "lady wants a knife block",
            "do we sell glue guns",
            "the price gun is jammed",
            "he says hes starving to death",
            "nearly had a heart attack when she saw the bill",
            "我快忙死了 客人还一直问",
            "排队排得累死我了",
            "热死啦 空调坏了吗",
        ] {
            assert!(told(query).everyday_sense, "{query}");
        }
        for query in [
            "threatening to stab me",
            "threatening to call his mates",
            "he pulled a knife when i refused the refund",
            "she says she is dying",
            "guy wants the cash and has a gun",
            "looking for the man with the knife",
            "customer having a heart attack",
            "heart attack at the till, nearly fell",
            "he pointed a toy gun at me",
            "looking for a knife says hes gonna stab someone",
            "asked where the knives are and threatened me",
            "他说活着没意思 想死了",
            "拿着刀说气死我了",
            "她说要饿死自己了",
            "老人摔倒 疼死了",
            "吓死了 他要抢钱",
        ] {
            assert!(!told(query).everyday_sense, "{query}");
        }
    }
}
