//! The Fluent catalogues (every `.ftl` in `locales/<code>/`), compiled into the binary,
//! and the lookups `Strings` is built from.

use std::{borrow::Cow, collections::HashMap};

use fluent_templates::{LanguageIdentifier, Loader, fluent_bundle::FluentValue};

use super::Language;

fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps each argument in Unicode isolation marks for right-to-left
        // text; none of our languages needs them, and egui would draw them as boxes.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            // Registering a name twice is the only failure, and this is the one place.
            let _once = bundle.add_function("RO_PLURAL", romanian_plural);
        },
    };
}

/// CLDR's Romanian plural category of a number, for Romanian selects: the rules in
/// intl_pluralrules 7.0.2 (CLDR 37) put 101–119 in "other", which would print
/// "102 de minute"; Romanian writes "102 minute", as for 2–19, and "de" from 20.
fn romanian_plural<'a>(
    positional: &[FluentValue<'a>],
    _named: &fluent_templates::fluent_bundle::FluentArgs,
) -> FluentValue<'a> {
    let Some(FluentValue::Number(number)) = positional.first() else {
        return FluentValue::Error;
    };
    let n = number.value;
    let category = if n == 1.0 {
        "one"
    } else if n.fract() != 0.0 || n == 0.0 || (1.0..=19.0).contains(&(n % 100.0)) {
        "few"
    } else {
        "other"
    };
    FluentValue::from(category)
}

/// The named arguments of one message.
pub type Args<'a> = HashMap<Cow<'static, str>, FluentValue<'a>>;

/// `id` in `language`, else in English (a message a catalogue lacks; the catalogue
/// test keeps that from happening).
pub fn lookup(language: Language, id: &str, args: Option<&Args<'_>>) -> String {
    CATALOGUES.lookup_complete(&language_id(language), id, args)
}

/// `id` in `language`'s own catalogue only, for the catalogue test.
pub fn lookup_own(language: Language, id: &str) -> Option<String> {
    CATALOGUES
        .lookup_single_language::<&str>(&language_id(language), id, None)
        .ok()
}

fn language_id(language: Language) -> LanguageIdentifier {
    // Our own codes, which the catalogue test parses: never the fallback in practice.
    language.code().parse().unwrap_or_default()
}
