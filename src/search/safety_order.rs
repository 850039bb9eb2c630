//! Which safety card goes first when the scores alone would put the wrong one there:
//! harm a person says they will do to themselves, a weapon drawn or a thing thrown at
//! someone, a robbery told before the threat it narrows (a threat told before a
//! robbery that is not), an emergency told, a card before its own phrase pair;
//! and no safety card first where its danger word is meant the everyday
//! way (a threat to complain, a knife to return, dying to try something). The word search and
//! the fusion both apply it, so the order is the same before and after the model loads.

use super::Told;
use crate::content::{is_safety_card, narrows};

/// How far down a card may be lifted first from by the robbery and phrase-pair rules.
pub(super) const NEAR_TOP: usize = 3;

/// The card a harm the query says someone will do to themselves goes to.
const SELF_HARM: &str = "self-harm";
/// The card for a weapon drawn, or a thing thrown at someone.
const THREAT: &str = "threatening";
/// The card a robbery told by its demand goes to.
const ROBBERY: &str = "robbery";
/// The card a medical emergency told goes to.
const MEDICAL: &str = "medical-emergency";
/// The card for a mental health crisis, which no rule tells.
const MENTAL_HEALTH: &str = "mental-health-crisis";

/// What the order needs to know of one result near the top.
#[derive(Debug, Clone, Copy)]
pub(super) struct Evidence<'a> {
    pub id: &'a str,
    /// The query terms it matched by the word itself (bit `i` for the `i`th).
    pub literal_terms: u64,
    /// Its meaning score, once the query's vector is ready.
    pub meaning: Option<f32>,
    /// For a phrase pair taught under a safety card, that card.
    pub card: Option<&'a str>,
    /// For a phrase pair, the everyday cards it is taught under.
    pub situations: &'a [String],
}

/// The moves that put first, in `len` rows best first (`evidence` telling what the
/// `i`th is), the safety card that should be there, rule after rule; each move takes
/// the row at a position to the top (see [`apply`]):
/// - the self-harm card from anywhere, when the query says harm to oneself;
/// - the threats card from anywhere, when the query says a weapon was drawn or a thing
///   thrown at someone and an everyday item is first;
/// - the robbery card from anywhere, when the query tells a robbery (in our other
///   languages), unless the medical card is first and the query tells an emergency too;
/// - the threats card from anywhere, when the query says someone will kill another
///   person and the self-harm card, an everyday item, or a robbery the query does not
///   tell is first;
/// - the medical card from anywhere, when the query tells a medical emergency (in our
///   other languages) and an everyday item is first, or the self-harm card though the
///   query tells no harm to oneself (bleeding, choking), or the threats card though it
///   tells no threat or violence (an electric shock while "beating" eggs), or the
///   robbery card though it tells no robbery (a hand cut, "mână" as in "mână armată"),
///   or the mental health crisis card;
/// - a narrower safety card (a robbery) within [`NEAR_TOP`] of the general one (a
///   threat) that is first, with a query word of its own or, when meaning is known,
///   meaning's lead of `lead`, unless the query tells a threat and no robbery;
/// - the safety card a first phrase pair is taught under, within [`NEAR_TOP`]: in a
///   safety situation the card's steps and numbers come before the words to say;
/// - else an everyday card it is taught under, within [`NEAR_TOP`]: a worker telling
///   what happens ("he swore at me") gets the situation's card, which shows the pair
///   among its own, before the one pair;
/// - the first everyday item from anywhere, when a safety card is first and the query
///   means its danger word the everyday way, with nothing else telling of danger.
pub(super) fn moves<'e>(
    told: Told,
    lead: Option<f32>,
    len: usize,
    evidence: impl Fn(usize) -> Evidence<'e>,
) -> Vec<usize> {
    let looked_at = if told.harm_to_self
        || told.violence
        || told.threat_to_other
        || told.robbery
        || told.medical
        || told.everyday_sense
    {
        len
    } else {
        len.min(NEAR_TOP)
    };
    let mut rows: Vec<Evidence<'e>> = (0..looked_at).map(evidence).collect();
    let mut moves = Vec::new();
    // Each rule leaves a first row no earlier rule moves again, so this ends.
    for _ in 0..4 {
        let Some(pos) = first_position(&rows, told, lead) else {
            break;
        };
        apply(&mut rows, &[pos]);
        moves.push(pos);
    }
    moves
}

/// The cards the query's own words name outright (harm to oneself, a robbery, a medical
/// emergency),
/// which the results must hold for [`moves`] to put first though the words of the
/// query's other language matched none of their own.
pub(super) fn told_cards(told: Told) -> impl Iterator<Item = &'static str> {
    [
        (told.harm_to_self, SELF_HARM),
        (told.robbery, ROBBERY),
        (told.medical, MEDICAL),
    ]
    .into_iter()
    .filter_map(|(said, id)| said.then_some(id))
}

/// Takes the row at each of `moves`' positions to the top, in turn.
pub(super) fn apply<T>(rows: &mut Vec<T>, moves: &[usize]) {
    for &pos in moves {
        let row = rows.remove(pos);
        rows.insert(0, row);
    }
}

/// Where the row the first rule that applies puts first stands (see [`moves`]).
fn first_position(rows: &[Evidence<'_>], told: Told, lead: Option<f32>) -> Option<usize> {
    let first = rows.first()?;
    let anywhere = |id: &str| rows.iter().position(|r| r.id == id);
    if told.harm_to_self
        && first.id != SELF_HARM
        && let Some(pos) = anywhere(SELF_HARM)
    {
        return Some(pos);
    }
    if told.robbery
        && !told.harm_to_self
        && first.id != ROBBERY
        && !(told.medical && first.id == MEDICAL)
        && let Some(pos) = anywhere(ROBBERY)
    {
        return Some(pos);
    }
    if told.violence
        && !is_safety_card(first.id)
        && first.card.is_none()
        && let Some(pos) = anywhere(THREAT)
    {
        return Some(pos);
    }
    // A threat to kill someone else is not theirs to harm themselves: over the
    // self-harm card too, while a robbery the threat is part of stays first.
    let self_harm_first = first.id == SELF_HARM || first.card == Some(SELF_HARM);
    let everyday_first = !is_safety_card(first.id) && first.card.is_none();
    // A robbery only the scores put first, with no demand told, is a threat's word
    // ("said our prices are robbery and he'll shoot me on the way out").
    let robbery_untold_first = first.id == ROBBERY && !told.robbery;
    if told.threat_to_other
        && !told.harm_to_self
        && (self_harm_first || everyday_first || robbery_untold_first)
        && let Some(pos) = anywhere(THREAT)
    {
        return Some(pos);
    }
    // The threats card only the scores put first, with no threat told, is an
    // emergency's word ("hit" in "beating eggs when the mixer shocked him").
    let threat_untold_first = first.id == THREAT && !told.threat_to_other && !told.violence;
    // Nothing tells a mental health crisis: one first is the scores' (a pool of blood
    // read as distress).
    let crisis_first = first.id == MENTAL_HEALTH;
    if told.medical
        && !told.harm_to_self
        && (everyday_first
            || self_harm_first
            || threat_untold_first
            || robbery_untold_first
            || crisis_first)
        && let Some(pos) = anywhere(MEDICAL)
    {
        return Some(pos);
    }
    let near = &rows[..rows.len().min(NEAR_TOP)];
    // A threat told with no robbery told is the threat's card, not the narrower one.
    let threat_alone = told.threat_to_other && !told.robbery;
    let narrower = near.iter().position(|r| {
        let meaning_leads = lead
            .zip(r.meaning.zip(first.meaning))
            .is_some_and(|(lead, (narrow, general))| narrow - general >= lead);
        !threat_alone
            && narrows(r.id) == Some(first.id)
            && (r.literal_terms & !first.literal_terms != 0 || meaning_leads)
    });
    let card = first
        .card
        .and_then(|card| near.iter().position(|r| r.id == card));
    let own_card = near
        .iter()
        .position(|r| first.situations.iter().any(|s| s == r.id));
    narrower.or(card).or(own_card).or_else(|| {
        let everyday = told.everyday_sense
            && !told.violence
            && !told.threat_to_other
            && !told.robbery
            && !told.medical
            && !told.harm_to_self
            && (is_safety_card(first.id) || first.card.is_some());
        everyday
            .then(|| {
                rows.iter()
                    .position(|r| !is_safety_card(r.id) && r.card.is_none())
            })
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str) -> Evidence<'_> {
        Evidence {
            id,
            literal_terms: 1,
            meaning: None,
            card: None,
            situations: &[],
        }
    }

    fn first_after<'a>(rows: &[Evidence<'a>], told: Told) -> &'a str {
        let mut rows = rows.to_vec();
        let moves = moves(told, None, rows.len(), |i| rows[i]);
        apply(&mut rows, &moves);
        rows[0].id
    }

    #[test]
    fn self_harm_goes_first_from_anywhere_when_the_query_says_harm_to_oneself() {
        let rows = [
            row("threatening"),
            row("angry"),
            row("rude"),
            row("self-harm"),
        ];
        let harm = Told {
            harm_to_self: true,
            ..Told::default()
        };
        assert_eq!(first_after(&rows, harm), "self-harm");
        assert_eq!(first_after(&rows, Told::default()), "threatening");
    }

    #[test]
    fn a_threat_to_another_lifts_the_threats_card_over_self_harm_but_not_a_robbery_told() {
        let threat = Told {
            threat_to_other: true,
            ..Told::default()
        };
        let rows = [row("self-harm"), row("talkative"), row("threatening")];
        assert_eq!(first_after(&rows, threat), "threatening");
        assert_eq!(first_after(&rows, Told::default()), "self-harm");
        let rows = [
            row("in-a-hurry"),
            row("angry"),
            row("rude"),
            row("threatening"),
        ];
        assert_eq!(first_after(&rows, threat), "threatening");
        let rows = [row("robbery"), row("threatening")];
        let robbery_told = Told {
            robbery: true,
            ..threat
        };
        assert_eq!(first_after(&rows, robbery_told), "robbery");
        let both = Told {
            harm_to_self: true,
            ..threat
        };
        let rows = [row("self-harm"), row("threatening")];
        assert_eq!(first_after(&rows, both), "self-harm");
    }

    #[test]
    fn violence_lifts_the_threats_card_over_an_everyday_item_and_a_robbery_over_it() {
        let violence = Told {
            violence: true,
            ..Told::default()
        };
        let rows = [
            row("age-restricted"),
            row("rude"),
            row("angry"),
            row("threatening"),
        ];
        assert_eq!(first_after(&rows, violence), "threatening");
        let robbery = Evidence {
            literal_terms: 0b11,
            ..row("robbery")
        };
        let rows = [row("age-restricted"), row("threatening"), robbery];
        assert_eq!(first_after(&rows, violence), "robbery");
        let rows = [row("fight"), row("threatening")];
        assert_eq!(first_after(&rows, violence), "fight", "a safety card stays");
    }

    #[test]
    fn a_robbery_told_goes_first_over_a_threat_and_an_everyday_item() {
        let robbery = Told {
            robbery: true,
            ..Told::default()
        };
        let rows = [
            row("asking-for-help"),
            row("threatening"),
            row("angry"),
            row("robbery"),
        ];
        assert_eq!(first_after(&rows, robbery), "robbery");
        let rows = [row("threatening"), row("robbery")];
        assert_eq!(first_after(&rows, robbery), "robbery");
        assert_eq!(first_after(&rows, Told::default()), "threatening");
        // Someone hurt in it: the medical card first stays first.
        let both = Told {
            medical: true,
            ..robbery
        };
        let rows = [row("medical-emergency"), row("robbery")];
        assert_eq!(first_after(&rows, both), "medical-emergency");
        let harm = Told {
            harm_to_self: true,
            ..robbery
        };
        let rows = [row("self-harm"), row("robbery")];
        assert_eq!(first_after(&rows, harm), "self-harm");
    }

    #[test]
    fn a_medical_emergency_told_goes_first_over_an_everyday_item_or_self_harm_untold() {
        let medical = Told {
            medical: true,
            ..Told::default()
        };
        let rows = [
            row("children-and-groups"),
            row("shoplifting"),
            row("in-a-hurry"),
            row("medical-emergency"),
        ];
        assert_eq!(first_after(&rows, medical), "medical-emergency");
        assert_eq!(first_after(&rows, Told::default()), "children-and-groups");
        let rows = [row("fight"), row("medical-emergency")];
        assert_eq!(first_after(&rows, medical), "fight", "a safety card stays");
        let rows = [row("self-harm"), row("medical-emergency")];
        assert_eq!(first_after(&rows, medical), "medical-emergency");
        let harm = Told {
            harm_to_self: true,
            ..medical
        };
        assert_eq!(first_after(&rows, harm), "self-harm");
        let both = Told {
            everyday_sense: true,
            ..medical
        };
        let rows = [row("medical-emergency"), row("price-dispute")];
        assert_eq!(first_after(&rows, both), "medical-emergency");
    }

    #[test]
    fn a_threat_told_goes_above_a_robbery_only_the_scores_put_first() {
        let threat = Told {
            threat_to_other: true,
            ..Told::default()
        };
        // The robbery's own word ("till") would lift it over the threat it narrows.
        let robbery = Evidence {
            literal_terms: 0b10,
            ..row("robbery")
        };
        let rows = [robbery, row("threatening"), row("angry")];
        assert_eq!(first_after(&rows, threat), "threatening");
        assert_eq!(first_after(&rows, Told::default()), "robbery");
        let both = Told {
            robbery: true,
            ..threat
        };
        assert_eq!(first_after(&rows, both), "robbery");
    }

    #[test]
    fn an_emergency_told_goes_above_a_threat_only_the_scores_put_first() {
        let medical = Told {
            medical: true,
            ..Told::default()
        };
        let rows = [
            row("threatening"),
            row("in-a-hurry"),
            row("medical-emergency"),
        ];
        assert_eq!(first_after(&rows, medical), "medical-emergency");
        assert_eq!(first_after(&rows, Told::default()), "threatening");
        for told in [
            Told {
                threat_to_other: true,
                ..medical
            },
            Told {
                violence: true,
                ..medical
            },
        ] {
            assert_eq!(first_after(&rows, told), "threatening", "{told:?}");
        }
    }

    #[test]
    fn an_emergency_told_goes_above_a_robbery_or_a_crisis_only_the_scores_put_first() {
        let medical = Told {
            medical: true,
            ..Told::default()
        };
        let rows = [row("robbery"), row("shoplifting"), row("medical-emergency")];
        assert_eq!(first_after(&rows, medical), "medical-emergency");
        assert_eq!(first_after(&rows, Told::default()), "robbery");
        let crisis = [row("mental-health-crisis"), row("medical-emergency")];
        assert_eq!(first_after(&crisis, medical), "medical-emergency");
        assert_eq!(
            first_after(&crisis, Told::default()),
            "mental-health-crisis"
        );
        let robbery = Told {
            robbery: true,
            ..medical
        };
        assert_eq!(first_after(&rows, robbery), "robbery");
    }

    #[test]
    fn a_danger_word_meant_the_everyday_way_opens_no_safety_card() {
        let everyday = Told {
            everyday_sense: true,
            ..Told::default()
        };
        let rows = [row("threatening"), row("self-harm"), row("wants-manager")];
        assert_eq!(first_after(&rows, everyday), "wants-manager");
    }

    #[test]
    fn a_safety_card_goes_above_its_own_phrase_pair_near_the_top() {
        let pair = Evidence {
            card: Some("self-harm"),
            ..row("right-im-calling-security")
        };
        let rows = [pair, row("self-harm"), row("distressed")];
        assert_eq!(first_after(&rows, Told::default()), "self-harm");
        let far = [pair, row("a"), row("b"), row("self-harm")];
        assert_eq!(
            first_after(&far, Told::default()),
            "right-im-calling-security"
        );
    }

    #[test]
    fn an_everyday_card_goes_above_its_own_phrase_pair_near_the_top() {
        let situations = ["rude".to_owned()];
        let pair = Evidence {
            situations: &situations,
            ..row("trading-insults")
        };
        let rows = [pair, row("angry"), row("rude")];
        assert_eq!(first_after(&rows, Told::default()), "rude");
        let far = [pair, row("a"), row("b"), row("rude")];
        assert_eq!(first_after(&far, Told::default()), "trading-insults");
        // Another card's pair stays first.
        let rows = [pair, row("angry"), row("talkative")];
        assert_eq!(first_after(&rows, Told::default()), "trading-insults");
    }
}
