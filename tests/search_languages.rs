//! Search in each of our languages (issue 22), measured on the sets in
//! `tests/search-queries/blind-22/`: 50 queries per language, written by a native
//! speaker as workers there type them (informal, without diacritics, with typing
//! errors) from a plain list of the situations, before the search was tuned for the
//! translated content, by writers who saw no card or other set; scored once and kept.
//! They share words with 107 lines of the cards written before them (README).
//! Each set is scored with the content in its language, as a worker there uses the
//! app, and with the English content, for comparison: hit@1 and hit@3 by words alone
//! and with the sentence model, printed as the README's table. The floors hold what
//! was first measured, less a query; and no query about an everyday situation may
//! open a safety card first, but for the few listed as an open defect. The same run
//! scores the threat sets (`THREAT_SETS`), and searches each language's safety word
//! lists' own examples of a robbery, a medical emergency and neither
//! (`src/search/told/<code>.txt`), which must open their card first, or no safety
//! card, whichever content is loaded.

use defuse::{
    content::SAFETY_CARDS,
    library::{LanguageChain, Library},
    meaning::Meaning,
    search::{fusion, safety_list_examples},
};

mod common;

/// Hit@3 with the model and the content in the set's language, less one query:
/// (language, floor), as measured on 2026-12-03 after the translations' Cyrillic and
/// Chinese words were indexed and our other languages' stop words added (the README
/// gives the first scoring, before both); Chinese's raised on 2026-12-04, when a
/// Chinese query stopped being cut at 12 characters, and again when the pairs only
/// Chinese has stopped hiding their characters from the cards' Chinese lines; Romanian's
/// and Malay's after the sixth round of `heard` lines; Afrikaans' and Malay's after the
/// seventh (af 94%, ms 96%); Russian's after the eighth (96%); Afrikaans' after the
/// ninth (96%).
const FLOORS: [(&str, f64); 5] = [
    ("ru", 0.94),
    ("ro", 0.92),
    ("af", 0.94),
    ("ms", 0.94),
    ("zh-Hans", 0.96),
];

/// Everyday queries these sets found opening a safety card first, (set, content,
/// query): an open defect, kept here so that no other joins them unseen, and each must
/// still happen (one that no longer does leaves the list). A Romanian "tot vrea mai
/// mult" (still wants more) meets the self-harm card's Romanian lines by its words, and
/// "mult" (much) the English "multi-storey" as its start. An Afrikaans
/// "sal iemand doodmaak vir die special" and a Russian "убить готова за эту акцию"
/// (would kill for the offer) read as threats to kill since `told::lexicon`: a threat
/// said as a figure goes to the threats card, the safe way to be wrong. The Chinese
/// two (笑死了, 饿死了) were cleared by reading 死 as an intensifier.
const KNOWN_FALSE_ALARMS: [(&str, &str, &str); 6] = [
    (
        "ro",
        "en",
        "i-am dat reducere si cafea gratis si tot vrea mai mult",
    ),
    (
        "ro",
        "ro",
        "i-am dat reducere si cafea gratis si tot vrea mai mult",
    ),
    (
        "ru",
        "en",
        "говорит убить готова за эту акцию, а товара уже нет",
    ),
    (
        "ru",
        "ru",
        "говорит убить готова за эту акцию, а товара уже нет",
    ),
    (
        "af",
        "en",
        "klant se sy sal iemand doodmaak vir die special maar ons is uit stock",
    ),
    (
        "af",
        "af",
        "klant se sy sal iemand doodmaak vir die special maar ons is uit stock",
    ),
];

fn cases(language: &str) -> Vec<(String, Vec<String>)> {
    common::tally::query_set(&format!("blind-22/{language}.tsv"))
}

/// The two sets of threats, harm to oneself and everyday figures with killing words
/// (`tests/search-queries/threats-*/`), 30 queries a language each, written by native
/// speakers from a brief alone: `threats-dev` was scored once before our other
/// languages' safety word lists and then read while they were checked; `threats-blind`
/// was written before them and scored once after.
const THREAT_SETS: [&str; 2] = ["threats-dev", "threats-blind"];

/// First places right in each threat set, with its floor (measured, less a query, never
/// lowered), by (language, content): at most one query fewer may open the right card
/// first. Raised on 5 December, when a threat told came to go above a robbery only the
/// scores put first and a figure to cancel only the threat whose words it holds; the
/// Romanian ones on 6 December, after its lists' missing forms.
const THREAT_FLOORS: [(&str, &str, [usize; 2]); 10] = [
    ("ru", "en", [27, 26]),
    ("ru", "ru", [26, 26]),
    ("ro", "en", [26, 25]),
    ("ro", "ro", [26, 24]),
    ("af", "en", [22, 21]),
    ("af", "af", [24, 24]),
    ("ms", "en", [24, 25]),
    ("ms", "ms", [25, 25]),
    ("zh-Hans", "en", [22, 25]),
    ("zh-Hans", "zh-Hans", [23, 24]),
];

/// The threat sets' first places right, and any query about harm to oneself that
/// opened the threats card first: self-harm is never handled as a threat.
fn score_threats(
    language: &str,
    library: &Library,
    meaning: &Meaning,
) -> ([usize; 2], Vec<String>) {
    let mut right = [0; 2];
    let mut as_threat = Vec::new();
    for (n, set) in THREAT_SETS.iter().enumerate() {
        for (query, ids) in common::tally::query_set(&format!("{set}/{language}.tsv")) {
            let hits = fusion::search(&library.index, Some(meaning), &query, 3).hits;
            let first = hits.first().map_or("", |h| h.id.as_str());
            let everyday = ids.iter().all(|id| id == "-");
            right[n] += usize::from(if everyday {
                !SAFETY_CARDS.contains(&first)
            } else {
                ids.iter().any(|id| id == first)
            });
            if ids.iter().any(|id| id == "self-harm") && first == "threatening" {
                as_threat.push(format!("{set}: {query:?} opened the threats card"));
            }
        }
    }
    (right, as_threat)
}

/// Everyday examples of the word lists that the search already opened a safety card
/// for when they were written (5 December), by its words or meaning, not by the
/// lists, which read none of them as a robbery or an emergency: an open defect, kept
/// so that no other joins them, and each must still happen with each content named
/// (one that no longer does leaves the list). Price complaints called robbery or a
/// heart attack, a refund demanded, a beggar asking for money, a card machine "not
/// responding", and panic buying.
const KNOWN_EXAMPLE_FALSE_ALARMS: [(&str, &[&str], &str); 9] = [
    (
        "ru",
        &["en", "ru"],
        "покупатель кричит верните мои деньги, это грабёж",
    ),
    (
        "ru",
        &["en", "ru"],
        "говорит что цены у нас грабёж средь бела дня",
    ),
    ("af", &["en", "af"], "hy eis sy geld terug vir die kaart"),
    (
        "af",
        &["en", "af"],
        "my baas gaan my doodmaak, die till skiet weer R200 kort",
    ),
    (
        "ms",
        &["en", "ms"],
        "peminta sedekah masuk kedai minta duit",
    ),
    (
        "zh-Hans",
        &["en", "zh-Hans"],
        "顾客说我们价格太贵 这是抢钱啊",
    ),
    (
        "zh-Hans",
        &["en", "zh-Hans"],
        "顾客说这个价格让他心脏病都要犯了",
    ),
    ("zh-Hans", &["zh-Hans"], "顾客一直在抢购特价鸡蛋 推推搡搡"),
    ("zh-Hans", &["en"], "厨房又有蟑螂，订了毒死蟑螂的药了"),
];

/// The word list's examples that do not open their card first (a robbery, a medical
/// emergency), or that open a safety card though everyday and are not listed in
/// [`KNOWN_EXAMPLE_FALSE_ALARMS`], and the listed ones that no longer do.
fn misrouted_examples(
    language: &str,
    content_in: &str,
    library: &Library,
    meaning: &Meaning,
) -> Vec<String> {
    let known: Vec<&str> = KNOWN_EXAMPLE_FALSE_ALARMS
        .iter()
        .filter(|(l, contents, _)| *l == language && contents.contains(&content_in))
        .map(|(_, _, query)| *query)
        .collect();
    let mut wrong = Vec::new();
    let mut known_seen = Vec::new();
    for (section, want) in [
        ("examples_robbery", Some("robbery")),
        ("examples_medical", Some("medical-emergency")),
        ("examples_threat", Some("threatening")),
        ("examples_self_harm", Some("self-harm")),
        ("examples_everyday", None),
    ] {
        let queries = safety_list_examples(language, section);
        let least = match want {
            Some("threatening") => 3,
            Some("self-harm") => 8,
            _ => 10,
        };
        assert!(
            queries.len() >= least,
            "{language}: {section} has too few examples"
        );
        for query in queries {
            let hits = fusion::search(&library.index, Some(meaning), query, 3).hits;
            let first = hits.first().map_or("", |h| h.id.as_str());
            let right = match want {
                Some(card) => first == card,
                None if known.contains(&query) && SAFETY_CARDS.contains(&first) => {
                    println!(
                        "known false alarm, {language}/{content_in}: {query:?} opened {first:?}"
                    );
                    known_seen.push(query);
                    true
                }
                None => !SAFETY_CARDS.contains(&first),
            };
            if !right {
                wrong.push(format!("{section} {query:?} opened {first:?}"));
            }
        }
    }
    wrong.extend(
        known
            .iter()
            .filter(|q| !known_seen.contains(q))
            .map(|q| format!("{q:?} no longer opens a safety card: unlist it")),
    );
    wrong
}

/// Words hit@1, hit@3, then with the model, as fractions; the queries about an
/// everyday situation that opened a safety card first; and the threat sets' scores.
fn score(language: &str, content_in: &str) -> ([f64; 4], Vec<String>, [usize; 2]) {
    let library = Library::bundled(&LanguageChain::new([content_in]));
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let meaning = Meaning::load(&library.content).expect("the bundled model loads");
    let (threats, as_threat) = score_threats(language, &library, &meaning);
    let cases = cases(language);
    assert!(cases.len() >= 40, "{language}: {} cases", cases.len());
    let mut tally = common::tally::Tally::default();
    let mut unsafe_first = as_threat;
    unsafe_first.extend(misrouted_examples(language, content_in, &library, &meaning));
    let mut known_seen = Vec::new();
    for (query, ids) in &cases {
        let both = tally.add(&library.index, &meaning, query, ids);
        let everyday = ids.iter().all(|id| !SAFETY_CARDS.contains(&id.as_str()));
        if everyday
            && both
                .first()
                .is_some_and(|f| SAFETY_CARDS.contains(&f.as_str()))
        {
            let known = KNOWN_FALSE_ALARMS
                .iter()
                .any(|&(set, content, q)| (set, content, q) == (language, content_in, query));
            if known {
                println!("known false alarm, {language}/{content_in}: {query:?} opened {both:?}");
                known_seen.push(query.clone());
            } else {
                unsafe_first.push(format!("{query:?} opened {both:?}"));
            }
        }
    }
    for &(set, content, query) in &KNOWN_FALSE_ALARMS {
        if (set, content) == (language, content_in) && !known_seen.iter().any(|q| q == query) {
            unsafe_first.push(format!(
                "{query:?} no longer opens a safety card: unlist it"
            ));
        }
    }
    (tally.fractions(), unsafe_first, threats)
}

#[test]
fn each_language_finds_its_cards_with_the_content_in_it() {
    let pc = |x: f64| format!("{:.1}%", 100.0 * x);
    let mut failures = Vec::new();
    println!("| set | content | words hit@1 | words hit@3 | with model hit@1 | with model hit@3 |");
    println!("|---|---|---|---|---|---|");
    for (language, floor) in FLOORS {
        for content_in in ["en", language] {
            let ([w1, w3, h1, h3], unsafe_first, threats) = score(language, content_in);
            println!("threat sets, {language}/{content_in}: first right {threats:?} of 30");
            let floors = THREAT_FLOORS
                .iter()
                .find(|(l, c, _)| (*l, *c) == (language, content_in))
                .map_or([30; 2], |(_, _, f)| *f);
            for ((set, got), floor) in THREAT_SETS.iter().zip(threats).zip(floors) {
                if got < floor {
                    failures.push(format!(
                        "{language}/{content_in}: {set} {got} below {floor}"
                    ));
                }
            }
            println!(
                "| `{language}` ({}) | {content_in} | {} | {} | {} | {} |",
                cases(language).len(),
                pc(w1),
                pc(w3),
                pc(h1),
                pc(h3)
            );
            failures.extend(
                unsafe_first
                    .into_iter()
                    .map(|q| format!("{language}/{content_in}: {q}")),
            );
            if content_in == language && h3 < floor {
                failures.push(format!("{language}: hit@3 {h3:.3} below {floor}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
