//! Site placeholders: guidance text names a contact as `{police}`, and the loader
//! fills in the site's value ("the police on your local emergency number" until a pack
//! gives one); and the safety cards.

use std::ops::Range;

/// A layer's site contacts: `LANG/site.ron` for one language, `site.ron` at the top
/// of a pack for every language that does not name the contact itself.
pub const SITE_FILE: &str = "site.ron";

/// The customer-type cards a worker reaches in one key when a life may be at risk,
/// drawn red, first on Home and on the safety page, in this order: threats or violence
/// toward anyone, someone who says they will hurt themselves (kept apart: self-harm is
/// never handled as a threat), a robbery, a medical emergency, a mental-health crisis
/// and a fight between customers.
pub const SAFETY_CARDS: [&str; 6] = [
    "threatening",
    "self-harm",
    "robbery",
    "medical-emergency",
    "mental-health-crisis",
    "fight",
];

/// Whether `id` is one of the [`SAFETY_CARDS`].
pub fn is_safety_card(id: &str) -> bool {
    SAFETY_CARDS.contains(&id)
}

/// Safety cards that are a narrower case of another: (narrow, general). A robbery is
/// a threat with a demand, and its steps (hand it over, say each move) are the ones to
/// follow when both fit; the threats card's (step back, get away) are not.
pub const NARROWER_SAFETY_CARDS: [(&str, &str); 1] = [("robbery", "threatening")];

/// The card `id` is a narrower case of, if any.
pub fn narrows(id: &str) -> Option<&'static str> {
    NARROWER_SAFETY_CARDS
        .iter()
        .find(|(narrow, _)| *narrow == id)
        .map(|&(_, general)| general)
}

/// One `{name}` in a text: its byte range (braces included) and the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder<'a> {
    pub range: Range<usize>,
    pub name: &'a str,
}

/// Every `{name}` in `text`, where a name is lowercase letters, digits and dashes.
/// Other braces are left alone, so a stray `{` is plain text.
pub fn placeholders(text: &str) -> Vec<Placeholder<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let rest = &text[open + 1..];
        let name_len = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .unwrap_or(rest.len());
        if name_len > 0 && rest[name_len..].starts_with('}') {
            let end = open + 1 + name_len + 1;
            found.push(Placeholder {
                range: open..end,
                name: &rest[..name_len],
            });
            from = end;
        } else {
            from = open + 1;
        }
    }
    found
}

/// Braces that look meant as a placeholder but are not written as one: `{Security}`,
/// `{ police }`, `{first_aid}`, `{}`. Shown as typed, they would print braces on a
/// safety card; `check` reports each, with the form to write.
pub fn misspelt_placeholders(text: &str) -> Vec<(&str, String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let Some(close) = text[open..].find('}').map(|i| open + i) else {
            break;
        };
        let inside = &text[open + 1..close];
        let meant = inside.trim().to_lowercase().replace(['_', ' '], "-");
        let plausible = inside.chars().count() <= 40
            && inside
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '));
        if plausible && placeholders(&text[open..=close]).is_empty() {
            found.push((&text[open..=close], format!("{{{meant}}}")));
        }
        from = close + 1;
    }
    found
}

/// `text` with each placeholder replaced by `value_of(name)`; names it does not know
/// are returned instead, so the caller can report them.
pub fn fill<'a>(
    text: &str,
    value_of: impl Fn(&str) -> Option<&'a str>,
) -> Result<String, Vec<String>> {
    let mut out = String::with_capacity(text.len());
    let mut unknown = Vec::new();
    let mut last = 0;
    for placeholder in placeholders(text) {
        out.push_str(&text[last..placeholder.range.start]);
        match value_of(placeholder.name) {
            Some(value) => out.push_str(value),
            None => unknown.push(placeholder.name.to_owned()),
        }
        last = placeholder.range.end;
    }
    out.push_str(&text[last..]);
    if unknown.is_empty() {
        Ok(out)
    } else {
        Err(unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contacts(name: &str) -> Option<&'static str> {
        match name {
            "emergency" => Some("your local emergency number"),
            "crisis-line" => Some("a local crisis line"),
            _ => None,
        }
    }

    #[test]
    fn fills_known_names_and_leaves_other_braces() {
        let text = "Call {emergency} or {crisis-line}; {not a name} and { stay.";
        assert_eq!(
            fill(text, contacts).as_deref(),
            Ok("Call your local emergency number or a local crisis line; {not a name} and { stay.")
        );
    }

    #[test]
    fn reports_unknown_names() {
        assert_eq!(
            fill("Call {police} or {fire}.", contacts),
            Err(vec!["police".to_owned(), "fire".to_owned()])
        );
    }

    #[test]
    fn braces_meant_as_placeholders_are_found_with_the_form_to_write() {
        let found =
            misspelt_placeholders("Call {Security}, { police }, {first_aid}, {} or {police}.");
        let written: Vec<(&str, &str)> = found.iter().map(|(w, m)| (*w, m.as_str())).collect();
        assert_eq!(
            written,
            [
                ("{Security}", "{security}"),
                ("{ police }", "{police}"),
                ("{first_aid}", "{first-aid}"),
                ("{}", "{}"),
            ]
        );
        assert!(misspelt_placeholders("a set {1, 2} and {police}").is_empty());
    }

    #[test]
    fn finds_ranges() {
        let found = placeholders("a {b} {c-1}");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].range, 2..5);
        assert_eq!(found[1].name, "c-1");
    }
}
