//! The bundled guidance: every file validates, the required items exist and are filled in,
//! every point of the sources is covered, and the cards keep to the content style guide.

use std::collections::BTreeSet;

use defuse::content::{Content, bundled};

const REQUIRED_CUSTOMER_TYPES: [&str; 10] = [
    "angry",
    "unhappy",
    "indecisive",
    "overbearing",
    "rude",
    "talkative",
    "never-satisfied",
    "hard-times",
    "distressed",
    "threatening",
];

const REQUIRED_PLAYBOOKS: [&str; 6] = [
    "three-steps",
    "service-recovery",
    "escalation-ladder",
    "letting-go",
    "after-a-hard-encounter",
    "first-contact",
];

/// Loads the bundled English content, failing with every problem listed if there is any.
fn content() -> Content {
    let loaded = bundled::load("en");
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the bundled content has {} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    loaded.content
}

/// Words as a reader counts them: tokens with at least one letter or digit, so a dash or
/// a slash standing alone is not a word.
fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|token| token.chars().any(char::is_alphanumeric))
        .count()
}

/// Words as written, each site contact counting as one: the bundled values are
/// generic sentences ("the police on your local emergency number") that a site's own
/// ("999", "Duty manager") replaces, and the limit is on what the author wrote.
fn written_word_count(text: &str, content: &Content) -> usize {
    let extra: usize = content
        .contacts
        .iter()
        .map(|c| text.matches(c.value.as_str()).count() * word_count(&c.value).saturating_sub(1))
        .sum();
    word_count(text) - extra
}

#[test]
fn every_bundled_file_parses_and_validates() {
    let files = bundled::files();
    assert!(
        files.len() >= 30,
        "expected the whole content tree to be bundled, found {} files",
        files.len()
    );
    assert!(files.iter().any(|f| f.path == "sources.ron"));
    let content = content();
    // Validation keeps only valid items; nothing may have been dropped silently either.
    assert!(content.customer_types.len() >= REQUIRED_CUSTOMER_TYPES.len());
    assert!(!content.principles.is_empty());
    assert!(content.sources.len() >= 5);
}

#[test]
fn every_bundled_file_contributes_an_item() {
    let content = content();
    let cards = content.customer_types.len();
    let card_files = bundled::files()
        .iter()
        .filter(|f| f.path.starts_with("en/customer-types/"))
        .count();
    assert_eq!(cards, card_files, "one card per customer-type file");
    let playbook_files = bundled::files()
        .iter()
        .filter(|f| f.path.starts_with("en/playbooks/"))
        .count();
    assert_eq!(content.playbooks.len(), playbook_files);
}

#[test]
fn ids_are_unique_across_every_kind() {
    let content = content();
    let mut seen = BTreeSet::new();
    for item in content.items() {
        assert!(seen.insert(item.id()), "duplicate id `{}`", item.id());
    }
}

#[test]
fn required_customer_types_exist_with_every_field_filled() {
    let content = content();
    for id in REQUIRED_CUSTOMER_TYPES {
        let card = content
            .customer_type(id)
            .unwrap_or_else(|| panic!("customer type `{id}` is missing"));
        let filled = |field: &str, text: &str| {
            assert!(!text.trim().is_empty(), "`{id}`: `{field}` is empty");
        };
        filled("title", &card.title);
        filled("icon", &card.icon);
        filled("summary", &card.summary);
        for (field, list) in [
            ("recognise", &card.recognise),
            ("steps", &card.steps),
            ("keywords", &card.keywords),
            ("sources", &card.sources),
        ] {
            assert!(!list.is_empty(), "`{id}`: `{field}` is empty");
            for text in list {
                filled(field, text);
            }
        }
        assert!(!card.escalate.is_empty(), "`{id}`: `escalate` is empty");
        for escalation in &card.escalate {
            filled("escalate.when", &escalation.when);
            filled("escalate.then", &escalation.then);
        }
        assert!(!card.related.is_empty(), "`{id}`: `related` is empty");
    }
}

#[test]
fn customer_types_are_listed_in_display_order() {
    let content = content();
    let orders: Vec<u32> = content.customer_types.iter().map(|c| c.order).collect();
    let mut sorted = orders.clone();
    sorted.sort_unstable();
    assert_eq!(orders, sorted);
    // The safety card comes first on the home screen.
    assert_eq!(
        content.customer_types.first().map(|c| c.id.as_str()),
        Some("threatening")
    );
}

#[test]
fn at_least_forty_phrase_pairs_with_every_field_filled() {
    let content = content();
    assert!(
        content.phrases.len() >= 40,
        "only {} phrase pairs",
        content.phrases.len()
    );
    for p in &content.phrases {
        for (field, text) in [("avoid", &p.avoid), ("say", &p.say), ("why", &p.why)] {
            assert!(!text.trim().is_empty(), "`{}`: `{field}` is empty", p.id);
        }
        assert!(!p.situations.is_empty(), "`{}` fits no situation", p.id);
        assert!(!p.sources.is_empty(), "`{}` cites nothing", p.id);
        assert_ne!(
            p.avoid.trim(),
            p.say.trim(),
            "`{}` says the line it avoids",
            p.id
        );
    }
}

#[test]
fn every_customer_type_has_at_least_three_phrase_pairs() {
    let content = content();
    for card in &content.customer_types {
        let count = content.phrases_for(&card.id).len();
        assert!(count >= 3, "`{}` has only {count} phrase pair(s)", card.id);
    }
}

#[test]
fn required_playbooks_exist_with_steps() {
    let content = content();
    for id in REQUIRED_PLAYBOOKS {
        let playbook = content
            .playbooks
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("playbook `{id}` is missing"));
        assert!(!playbook.title.trim().is_empty(), "`{id}`: empty title");
        assert!(!playbook.summary.trim().is_empty(), "`{id}`: empty summary");
        assert!(playbook.steps.len() >= 2, "`{id}`: fewer than two steps");
        for step in &playbook.steps {
            assert!(!step.title.trim().is_empty(), "`{id}`: a step has no title");
            assert!(
                !step.detail.trim().is_empty(),
                "`{id}`: a step has no detail"
            );
        }
        assert!(!playbook.sources.is_empty(), "`{id}` cites nothing");
    }
}

#[test]
fn the_escalation_ladder_climbs_to_the_police() {
    let content = content();
    let ladder = content
        .playbooks
        .iter()
        .find(|p| p.id == "escalation-ladder")
        .expect("the escalation ladder is required");
    assert_eq!(ladder.style, defuse::content::PlaybookStyle::Ladder);
    let rungs: Vec<String> = ladder
        .steps
        .iter()
        .map(|s| format!("{} {}", s.title, s.detail).to_lowercase())
        .collect();
    let rung = |word: &str| rungs.iter().position(|r| r.contains(word));
    let supervisor = rung("supervisor").expect("a rung calls the supervisor");
    let security = rung("security").expect("a rung calls security");
    let police = rung("police").expect("a rung calls the police");
    assert!(supervisor <= security && security <= police, "{rungs:?}");
}

#[test]
fn every_source_point_is_cited_by_at_least_one_item() {
    let content = content();
    let cited: BTreeSet<&str> = content
        .items()
        .flat_map(|item| item.sources().iter().map(String::as_str))
        .collect();
    let points: Vec<&str> = content
        .sources
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.key.as_str()))
        .collect();
    assert!(points.len() >= 50, "only {} source points", points.len());
    let uncited: Vec<&str> = points
        .iter()
        .copied()
        .filter(|key| !cited.contains(key))
        .collect();
    assert!(
        uncited.is_empty(),
        "source points nobody cites: {uncited:?}"
    );
    for source in ["S0", "S1", "S2", "S3", "S4"] {
        assert!(
            content.citation(source).is_some(),
            "source `{source}` is missing"
        );
    }
}

#[test]
fn every_citation_resolves() {
    let content = content();
    for item in content.items() {
        for key in item.sources() {
            assert!(
                content.citation(key).is_some(),
                "`{}` cites `{key}`, which is not in sources.ron",
                item.id()
            );
        }
        for related in item.related() {
            assert!(
                content.get(related).is_some(),
                "`{}` refers to `{related}`, which does not exist",
                item.id()
            );
        }
    }
}

#[test]
fn cards_keep_to_the_style_limits() {
    let content = content();
    let mut too_long = Vec::new();
    for card in &content.customer_types {
        assert!(
            card.steps.len() <= 7,
            "`{}` has {} steps (at most 7)",
            card.id,
            card.steps.len()
        );
        for step in &card.steps {
            let words = written_word_count(step, &content);
            if words > 15 {
                too_long.push(format!("{} ({words} words): {step}", card.id));
            }
        }
    }
    assert!(
        too_long.is_empty(),
        "steps over 15 words:\n{}",
        too_long.join("\n")
    );
}

#[test]
fn every_say_instead_is_under_25_words() {
    let content = content();
    let too_long: Vec<String> = content
        .phrases
        .iter()
        .filter(|p| word_count(&p.say) >= 25)
        .map(|p| format!("{} ({} words): {}", p.id, word_count(&p.say), p.say))
        .collect();
    assert!(
        too_long.is_empty(),
        "\"say instead\" lines of 25 words or more:\n{}",
        too_long.join("\n")
    );
}

#[test]
fn word_count_counts_words_not_punctuation() {
    assert_eq!(word_count("Step back — out of reach / now."), 6);
    assert_eq!(word_count("I’m here; you're fine."), 4);
    assert_eq!(word_count(""), 0);
    let content = content();
    let police = &content
        .contacts
        .iter()
        .find(|c| c.id == "police")
        .expect("police")
        .value;
    assert_eq!(
        written_word_count(&format!("Call {police} now."), &content),
        3
    );
}

#[test]
fn the_safety_card_starts_with_the_workers_own_safety() {
    let content = content();
    let card = content
        .customer_type("threatening")
        .expect("the threatening card is required");
    let first = card
        .steps
        .first()
        .expect("the threatening card has steps")
        .to_lowercase();
    let safety_words = [
        "step back",
        "distance",
        "way out",
        "out of reach",
        "move away",
        "exit",
    ];
    assert!(
        safety_words.iter().any(|w| first.contains(w)),
        "the first step of the safety card is not about the worker's safety: {first:?}"
    );
}

fn lower_texts<'a>(texts: impl IntoIterator<Item = &'a String>) -> String {
    texts
        .into_iter()
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_threats_card_calls_for_help_and_leaves_self_harm_to_its_own_card() {
    let content = content();
    let card = content
        .customer_type("threatening")
        .expect("the threatening card is required");
    let actions = lower_texts(
        card.steps
            .iter()
            .chain(card.escalate.iter().map(|e| &e.then)),
    );
    for needed in ["police", "security", "supervisor", "emergency"] {
        assert!(
            actions.contains(needed),
            "the threats card never says `{needed}`"
        );
    }
    let all = lower_texts(
        [&card.summary]
            .into_iter()
            .chain(&card.recognise)
            .chain(&card.steps)
            .chain(&card.keywords)
            .chain(card.escalate.iter().flat_map(|e| [&e.when, &e.then])),
    );
    for self_harm in [
        "suicid",
        "self-harm",
        "self harm",
        "themselves",
        "bunuh diri",
        "自杀",
    ] {
        assert!(
            !all.contains(self_harm),
            "the threats card still handles self-harm (`{self_harm}`)"
        );
    }
    assert!(card.related.iter().any(|r| r == "self-harm"));
}

#[test]
fn the_self_harm_card_keeps_someone_with_the_person() {
    let content = content();
    let card = content
        .customer_type("self-harm")
        .expect("the self-harm card is required");
    let steps = lower_texts(
        card.steps
            .iter()
            .chain(card.escalate.iter().map(|e| &e.then)),
    );
    for needed in ["supervisor", "emergency", "procedure", "with them"] {
        assert!(
            steps.contains(needed),
            "the self-harm card never says `{needed}`"
        );
    }
    // Distance is the advice for a threat, never for someone at risk of hurting themselves.
    for wrong in ["step back", "out of reach", "alone with them", "way out"] {
        assert!(
            !steps.contains(wrong),
            "the self-harm card treats the person as a threat (`{wrong}`)"
        );
    }
    // Placeholders are filled in: nothing reads `{emergency}`.
    assert!(!steps.contains('{'), "an unfilled placeholder: {steps}");
    assert!(steps.contains("your local emergency number"));
}

#[test]
fn every_safety_card_exists_and_they_come_first() {
    let content = content();
    let first: Vec<&str> = content
        .customer_types
        .iter()
        .take(defuse::content::SAFETY_CARDS.len())
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(first, defuse::content::SAFETY_CARDS);
}

#[test]
fn violence_skips_the_escalation_ladder() {
    let content = content();
    let ladder = content
        .playbooks
        .iter()
        .find(|p| p.id == "escalation-ladder")
        .expect("the escalation ladder is required");
    let urgent = ladder
        .urgent
        .as_ref()
        .expect("the ladder has an urgent exit");
    let when = urgent.when.to_lowercase();
    for trigger in ["violen", "weapon", "safety"] {
        assert!(
            when.contains(trigger),
            "the urgent exit misses `{trigger}`: {when}"
        );
    }
    let then = urgent.then.to_lowercase();
    assert!(then.contains("top") || then.contains("straight"), "{then}");
    assert!(
        then.contains("emergency") || then.contains("police"),
        "{then}"
    );
}

#[test]
fn pairs_facing_a_threat_step_away_before_any_words() {
    let content = content();
    for id in [
        "go-on-hit-me",
        "laughing-off-touching",
        "get-out-of-my-shop",
    ] {
        let pair = content
            .phrases
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("`{id}` is missing"));
        let direction = pair
            .direction
            .as_deref()
            .unwrap_or_else(|| panic!("`{id}` has no first action"))
            .to_lowercase();
        assert!(
            ["step back", "step away", "move away", "out of reach"]
                .iter()
                .any(|w| direction.contains(w)),
            "`{id}` does not step away first: {direction}"
        );
        assert!(
            ["help", "security", "colleague", "supervisor"]
                .iter()
                .any(|w| direction.contains(w)),
            "`{id}` does not get help: {direction}"
        );
        assert!(
            !pair.say.to_lowercase().contains(" or i "),
            "`{id}` still issues an ultimatum: {}",
            pair.say
        );
    }
}

#[test]
fn every_card_leads_with_three_to_five_ranked_pairs() {
    let content = content();
    for card in &content.customer_types {
        let n = card.top_phrases.len();
        assert!((3..=5).contains(&n), "`{}` leads with {n} pairs", card.id);
        let listed: Vec<&str> = content
            .phrases_for(&card.id)
            .iter()
            .take(n)
            .map(|p| p.id.as_str())
            .collect();
        let top: Vec<&str> = card.top_phrases.iter().map(String::as_str).collect();
        assert_eq!(
            listed, top,
            "`{}` does not show its best pairs first",
            card.id
        );
    }
}

#[test]
fn say_lines_hold_only_words_to_say() {
    let content = content();
    for p in &content.phrases {
        assert!(
            !p.say.contains('(') && !p.say.contains('['),
            "`{}`: a stage direction in the \"say\" line: {}",
            p.id,
            p.say
        );
        assert!(
            !p.say.trim_start().to_lowercase().starts_with("no,")
                && !p.say.trim_start().to_lowercase().starts_with("no.")
                && !p.say.trim_start().to_lowercase().starts_with("no "),
            "`{}`: \"say instead\" opens with the no: {}",
            p.id,
            p.say
        );
    }
}

const REQUIRED_DECKS: [&str; 8] = [
    "first-five-minutes",
    "say-this-not-that",
    "settle-a-conflict",
    "safety-and-escalation",
    "when-to-let-go",
    "looking-after-yourself",
    "refusing-and-risky-everyday",
    "harassment-and-hate",
];

#[test]
fn the_training_decks_are_complete_and_keep_to_the_style() {
    let content = content();
    for id in REQUIRED_DECKS {
        let deck = content
            .decks
            .iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("deck `{id}` is missing"));
        assert!(deck.minutes > 0, "`{id}` has no length");
        assert!(
            deck.slides.len() >= 6,
            "`{id}` has {} slides",
            deck.slides.len()
        );
        let questions: usize = deck.slides.iter().map(|s| s.questions.len()).sum();
        assert!(
            questions >= 2,
            "`{id}` asks {questions} discussion question(s)"
        );
        assert!(
            deck.slides.iter().any(|s| s.roleplay.is_some()),
            "`{id}` has no role-play brief"
        );
        // A trainer can run it tomorrow: a time for every slide, adding up to the
        // deck's; what to bring and prepare; answers to every question and activity;
        // a brief for each player.
        assert_eq!(deck.timing_problem(), None, "`{id}`");
        assert!(
            deck.slides.iter().all(|s| s.minutes.is_some_and(|m| m > 0)),
            "`{id}`: a slide without its minutes"
        );
        assert!(!deck.materials.is_empty(), "`{id}` lists no materials");
        assert!(
            !deck.before_class.is_empty(),
            "`{id}` has no before-class list"
        );
        for (n, slide) in deck.slides.iter().enumerate() {
            let asks = !slide.questions.is_empty() || slide.roleplay.is_some();
            assert!(
                !asks || !slide.answers.is_empty(),
                "`{id}` slide {}: questions or a role-play without model answers",
                n + 1
            );
            if let Some(brief) = &slide.roleplay {
                assert!(
                    brief.staff.is_some() && !brief.observe.is_empty(),
                    "`{id}` slide {}: a role-play without the staff's or observer's brief",
                    n + 1
                );
            }
        }
        for slide in &deck.slides {
            if let defuse::content::model::Show::Free { title, bullets } = &slide.show {
                assert!(
                    bullets.len() <= 6,
                    "`{id}`: {title:?} has {} bullets",
                    bullets.len()
                );
                for bullet in bullets {
                    assert!(
                        written_word_count(bullet, &content) <= 15,
                        "`{id}`: long bullet {bullet:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_safety_deck_keeps_threats_and_self_harm_apart() {
    let content = content();
    let deck = content
        .decks
        .iter()
        .find(|d| d.id == "safety-and-escalation")
        .expect("the safety deck");
    let shows = |id: &str| {
        deck.slides
            .iter()
            .position(|s| s.show.item_id() == Some(id))
    };
    let threats = shows("threatening").expect("the threats card is taught");
    let self_harm = shows("self-harm").expect("the self-harm card is taught");
    assert_ne!(threats, self_harm);
    // No role-play acts out violence or self-harm.
    for slide in &deck.slides {
        if let Some(brief) = &slide.roleplay {
            let text =
                format!("{} {} {}", brief.customer, brief.wants, brief.practise).to_lowercase();
            for word in ["weapon", "knife", "suicid", "kill"] {
                assert!(
                    !text.contains(word),
                    "a role-play acts out `{word}`: {text}"
                );
            }
        }
    }
}

#[test]
fn roles_and_numbers_are_placeholders_never_literal_text() {
    // A site's real names and numbers reach every text only through its placeholder:
    // "your supervisor" written out would stay "your supervisor" once a pack says
    // "Duty manager, radio channel 2".
    let mut literal = Vec::new();
    // sources.ron restates what the articles say, in their words; site.ron is where
    // the generic values live.
    for file in bundled::files() {
        if file.path.ends_with("site.ron") || file.path == "sources.ron" {
            continue;
        }
        let text = String::from_utf8_lossy(&file.bytes).to_lowercase();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for role in [
                "your supervisor",
                "site security",
                "emergency number",
                "{emergency}",
            ] {
                if line.contains(role) {
                    literal.push(format!("{}:{}: `{role}`", file.display, n + 1));
                }
            }
        }
    }
    assert!(literal.is_empty(), "{}", literal.join("\n"));
}
