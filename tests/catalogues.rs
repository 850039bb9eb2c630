//! The Fluent catalogues against the code: each language's file parses, holds every
//! message the code uses and none it does not, gives each message the variables the
//! code passes, and its plural forms come out as a native speaker writes them.

mod common;

use std::collections::{BTreeSet, HashMap};

use common::catalogue_paths;

use defuse::strings::{Language, MESSAGE_IDS, Strings, lookup_own};
use fluent_syntax::{
    ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey},
    parser,
};

/// Every message the code looks up, with the variables it passes: `Strings`' and the
/// command line's help.
fn message_ids() -> Vec<(String, Vec<String>)> {
    let strings = MESSAGE_IDS.iter().map(|(id, args)| {
        (
            (*id).to_owned(),
            args.iter().map(|a| (*a).to_owned()).collect(),
        )
    });
    let help = defuse::cli::help::message_ids()
        .into_iter()
        .map(|id| (id, Vec::new()));
    strings.chain(help).collect()
}

/// A message's variables and its variants' keys, gathered through its selects, and
/// the selects on a bare variable (which Romanian must not have: see `RO_PLURAL`).
#[derive(Default)]
struct Used {
    variables: BTreeSet<String>,
    keys: BTreeSet<String>,
    bare_selects: usize,
}

impl Used {
    fn pattern(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Select { selector, variants } => {
                if matches!(selector, InlineExpression::VariableReference { .. }) {
                    self.bare_selects += 1;
                }
                self.inline(selector);
                for variant in variants {
                    match variant.key {
                        VariantKey::Identifier { name } => self.keys.insert(name.to_owned()),
                        VariantKey::NumberLiteral { value } => self.keys.insert(value.to_owned()),
                    };
                    self.pattern(&variant.value);
                }
            }
            Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    self.inline(argument);
                }
            }
            _ => {}
        }
    }
}

/// `file:line:column` of a byte offset, as `defuse check` reports content.
fn place(path: &std::path::Path, text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{}:{line}:{column}", path.display())
}

#[test]
fn every_catalogue_has_each_message_the_code_uses_with_its_variables_and_no_other() {
    let known = message_ids();
    let mut problems = Vec::new();
    // The keys of selects on a program value (`$what`, `$kind`, a count's `[0]`), as
    // English has them: the other languages keep them.
    let mut english_keys: HashMap<String, BTreeSet<String>> = HashMap::new();
    let cldr = ["zero", "one", "two", "few", "many", "other"];
    for language in Language::ALL {
        let mut seen = BTreeSet::new();
        for path in catalogue_paths(language) {
            let text = std::fs::read_to_string(&path).expect("a catalogue reads");
            let resource = match parser::parse(text.as_str()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        problems.push(format!(
                            "{}: {:?}",
                            place(&path, &text, error.pos.start),
                            error.kind
                        ));
                    }
                    resource
                }
            };
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name;
                if !seen.insert(id.to_owned()) {
                    problems.push(format!("{}: `{id}` is given twice", path.display()));
                }
                let Some((_, args)) = known.iter().find(|(k, _)| k == id) else {
                    problems.push(format!(
                        "{}: `{id}` is not used by the code",
                        path.display()
                    ));
                    continue;
                };
                let mut used = Used::default();
                match &message.value {
                    Some(pattern) if !pattern.elements.is_empty() => used.pattern(pattern),
                    _ => problems.push(format!("{}: `{id}` is empty", path.display())),
                }
                let passed: BTreeSet<String> = args.iter().cloned().collect();
                if used.variables != passed {
                    problems.push(format!(
                        "{}: `{id}` uses {:?}, the code passes {:?}",
                        path.display(),
                        used.variables,
                        passed
                    ));
                }
                // A select on a program value (`$kind`, a count's `[0]`) is no plural.
                let on_values = english_keys.get(id).is_some_and(|keys| !keys.is_empty());
                if language == Language::Romanian && used.bare_selects > 0 && !on_values {
                    problems.push(format!(
                        "{}: `{id}` selects on a bare number: use RO_PLURAL($n), as \
                         intl_pluralrules has Romanian's 101-119 wrong",
                        path.display()
                    ));
                }
                let values: BTreeSet<String> = used
                    .keys
                    .iter()
                    .filter(|k| !cldr.contains(&k.as_str()))
                    .cloned()
                    .collect();
                if language == Language::English {
                    english_keys.insert(id.to_owned(), values);
                    continue;
                }
                let english = english_keys.get(id).cloned().unwrap_or_default();
                for key in values.difference(&english) {
                    problems.push(format!(
                        "{}: `{id}` has a variant `{key}`, neither a plural category nor \
                         one of English's",
                        path.display()
                    ));
                }
                for key in english.difference(&values) {
                    problems.push(format!(
                        "{}: `{id}` has no variant `{key}`, which English has",
                        path.display()
                    ));
                }
            }
        }
        for (id, _) in &known {
            if !seen.contains(id) {
                problems.push(format!("{}: `{id}` is missing", language.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_language_is_looked_up_in_its_own_catalogue_not_english() {
    for language in Language::ALL {
        for (id, args) in MESSAGE_IDS {
            if args.is_empty() {
                assert!(
                    lookup_own(language, id).is_some(),
                    "{}: `{id}` does not resolve",
                    language.code()
                );
            }
        }
    }
    let english = Strings::default();
    for language in Language::ALL.into_iter().skip(1) {
        let strings = Strings::new(language);
        assert_ne!(
            strings.search_hint,
            english.search_hint,
            "{}",
            language.code()
        );
        assert_ne!(
            strings.safety_heading,
            english.safety_heading,
            "{}",
            language.code()
        );
        assert_eq!(
            strings.key_rules.len(),
            english.key_rules.len(),
            "{}",
            language.code()
        );
    }
}

#[test]
fn numbers_take_each_languages_plural_forms() {
    let russian = Strings::new(Language::Russian);
    for (n, word) in [
        (1, "минуту"),
        (2, "минуты"),
        (4, "минуты"),
        (5, "минут"),
        (11, "минут"),
        (12, "минут"),
        (21, "минуту"),
        (22, "минуты"),
        (25, "минут"),
        (111, "минут"),
        (122, "минуты"),
    ] {
        let behind = russian.behind(n);
        assert!(
            behind.contains(&format!("{n} {word}")) && behind.split_whitespace().any(|w| w == word),
            "ru {n}: {behind}"
        );
    }
    let romanian = Strings::new(Language::Romanian);
    for (n, form) in [
        (1, "1 minut"),
        (2, "2 minute"),
        (19, "19 minute"),
        (20, "20 de minute"),
        (101, "101 minute"),
        (102, "102 minute"),
        (119, "119 minute"),
        (120, "120 de minute"),
    ] {
        let behind = romanian.behind(n);
        assert!(
            behind.contains(form) && !behind.contains(&format!("{form}e")),
            "ro {n}: {behind}"
        );
    }
    let afrikaans = Strings::new(Language::Afrikaans);
    assert!(
        afrikaans.behind(1).contains("1 minuut"),
        "{}",
        afrikaans.behind(1)
    );
    assert!(
        afrikaans.behind(3).contains("3 minute"),
        "{}",
        afrikaans.behind(3)
    );
    let english = Strings::default();
    assert_eq!(english.pack_due(1), "1 item due for review");
    assert_eq!(english.pack_due(3), "3 items due for review");
    // Malay and Chinese do not inflect: the number stands in the one form.
    for language in [Language::Malay, Language::Chinese] {
        let strings = Strings::new(language);
        assert_eq!(
            strings.behind(1).replace('1', "N"),
            strings.behind(7).replace('7', "N"),
            "{}",
            language.code()
        );
    }
}

#[test]
fn every_message_with_numbers_formats_in_every_language() {
    for language in Language::ALL {
        let s = Strings::new(language);
        for n in [0_usize, 1, 2, 5, 21, 112] {
            for text in [
                s.showing_phrases(n, n + 1),
                s.packs_meaning_progress(n, n + 1),
                s.pack_counts(n, n),
                s.pack_due(n),
                s.more_phrases(n),
                s.palette_slide("Deck", n),
                s.deck_meta("Staff", n, n),
                s.slide_of(n, n + 1),
                s.behind(n),
                s.ahead(n),
                s.typed_slide(n),
                s.practice_position(n, n + 1),
                s.page_of(n, n + 1),
            ] {
                assert!(
                    text.contains(&n.to_string()) && !text.contains("Unknown localization"),
                    "{} {n}: {text}",
                    language.code()
                );
            }
        }
    }
}
