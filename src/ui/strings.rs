//! Every piece of interface text, in one struct, so a translation is one file.
//!
//! English is built in; a translation deserializes over it (`#[serde(default)]`), so a
//! partial translation still shows English for what it leaves out.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Strings {
    pub search_label: String,
    pub search_hint: String,
    pub no_results: String,
    pub safety_button: String,
    pub safety_short: String,
    pub safety_tooltip: String,
    pub safety_heading: String,
    pub help: String,
    pub action: String,
    pub keys: String,
    pub key_rules_heading: String,
    pub key_rules: Vec<String>,
    pub no_favourites: String,
    pub theme_now: String,
    pub showing_phrases: String,
    pub filter_hint: String,
    pub filter_text: String,
    pub browse_all: String,
    pub missed_heading: String,
    pub missed_setting: String,
    pub missed_none: String,
    pub missed_clear: String,
    pub showing_for: String,
    pub weak_results: String,
    pub safety_first_steps: String,
    pub open_full_card: String,
    pub contacts: String,
    pub example_note: String,
    pub more_phrases: String,
    pub customer_types: String,
    pub favourites: String,
    pub recent: String,
    pub sections: String,
    pub phrases: String,
    pub playbooks: String,
    pub principles: String,
    pub recognise: String,
    pub what_to_do: String,
    pub say_this: String,
    pub dont_say: String,
    pub say_instead: String,
    pub why: String,
    pub escalate: String,
    pub see_also: String,
    pub fits: String,
    pub sources: String,
    pub copy: String,
    pub copied: String,
    pub star: String,
    pub unstar: String,
    pub back: String,
    pub home: String,
    pub all_situations: String,
    pub filter_phrases: String,
    pub ladder_hint: String,
    pub theme_system: String,
    pub theme_light: String,
    pub theme_dark: String,
    pub theme_high_contrast: String,
    pub zoom_in: String,
    pub zoom_out: String,
    pub zoom_reset: String,
    pub cycle_theme: String,
    pub focus_search: String,
    pub not_found: String,
    pub dismiss: String,
    pub kind_customer_type: String,
    pub kind_phrase: String,
    pub kind_playbook: String,
    pub kind_principle: String,
    pub kind_deck: String,
    pub decks: String,
    pub deck_meta: String,
    pub outline: String,
    pub free_slide: String,
}

impl Default for Strings {
    fn default() -> Self {
        let s = |text: &str| text.to_owned();
        Self {
            search_label: s("Search"),
            search_hint: s("What is happening? e.g. shouting, refund, can't decide"),
            no_results: s(
                "Nothing matches those words. Try other words, such as “shouting” or “refund”, \
                 or choose below.",
            ),
            safety_button: s("⚠ Safety: threats or self-harm"),
            safety_short: s("⚠ Safety"),
            safety_tooltip: s("Threats, violence, or someone who says they will hurt themselves"),
            safety_heading: s("Someone's safety is at risk"),
            help: s("Help and shortcuts"),
            action: s("Action"),
            keys: s("Keys"),
            key_rules_heading: s("How keys and focus behave"),
            key_rules: [
                "On Home, the cursor is always in the search box: just type.",
                "Esc closes an open menu or list first, and does nothing else.",
                "Esc on search results clears the search and returns Home.",
                "Esc on any other page goes back one page.",
                "Opening a result clears the search, so an old query never sits above a card.",
                "F-keys and Ctrl shortcuts work everywhere, even while you type.",
                "In a text box, / types a slash and Esc clears the box.",
            ]
            .map(s)
            .to_vec(),
            no_favourites: s(
                "No favourites yet. Open a card and press ☆ (Ctrl+D) to keep it here.",
            ),
            theme_now: s("Now: {theme}"),
            showing_phrases: s("Showing {shown} of {total} phrase pairs"),
            filter_hint: s("e.g. refund, manager"),
            filter_text: s("Filter these pairs"),
            browse_all: s("Browse all customer types"),
            missed_heading: s("Searches that found nothing"),
            missed_setting: s("Remember searches that found nothing, on this computer only"),
            missed_none: s("None recorded."),
            missed_clear: s("Clear the list"),
            showing_for: s("Showing results for"),
            weak_results: s("Nothing matches those words closely. The nearest cards are below."),
            safety_first_steps: s("Do this first"),
            open_full_card: s("Open the full card"),
            contacts: s("Who to call"),
            example_note: s("Example: adapt it to your own policy"),
            more_phrases: s("More phrases ({n})"),
            customer_types: s("Customer types"),
            favourites: s("Favourites"),
            recent: s("Recently viewed"),
            sections: s("More help"),
            phrases: s("Say this, not that"),
            playbooks: s("Playbooks"),
            principles: s("Principles"),
            recognise: s("How you recognise them"),
            what_to_do: s("What to do"),
            say_this: s("Say this, not that"),
            dont_say: s("Don't say"),
            say_instead: s("Say instead"),
            why: s("Why"),
            escalate: s("When to escalate"),
            see_also: s("See also"),
            fits: s("Fits"),
            sources: s("Sources"),
            copy: s("Copy"),
            copied: s("Copied"),
            star: s("☆ Add to favourites"),
            unstar: s("★ In favourites"),
            back: s("⬅ Back"),
            home: s("Home"),
            all_situations: s("All situations"),
            filter_phrases: s("Situation"),
            ladder_hint: s("Climb only as far as you need to."),
            theme_system: s("Theme: system"),
            theme_light: s("Theme: light"),
            theme_dark: s("Theme: dark"),
            theme_high_contrast: s("Theme: high contrast"),
            zoom_in: s("Zoom in"),
            zoom_out: s("Zoom out"),
            zoom_reset: s("Reset zoom"),
            cycle_theme: s("Change theme"),
            focus_search: s("Search"),
            not_found: s("This item is not in the loaded content."),
            dismiss: s("OK"),
            kind_customer_type: s("Customer type"),
            kind_phrase: s("Say this, not that"),
            kind_playbook: s("Playbook"),
            kind_principle: s("Principle"),
            kind_deck: s("Training deck"),
            decks: s("Training decks"),
            deck_meta: s("For: {audience} · {minutes} min · {slides} slides"),
            outline: s("Outline"),
            free_slide: s("Slide"),
        }
    }
}

impl Strings {
    /// "For: new staff · 25 min · 12 slides".
    pub fn deck_meta(&self, deck: &crate::content::Deck) -> String {
        self.deck_meta
            .replace("{audience}", &deck.audience)
            .replace("{minutes}", &deck.minutes.to_string())
            .replace("{slides}", &deck.slides.len().to_string())
    }

    pub fn kind(&self, kind: crate::content::Kind) -> &str {
        use crate::content::Kind;
        match kind {
            Kind::CustomerType => &self.kind_customer_type,
            Kind::Phrase => &self.kind_phrase,
            Kind::Playbook => &self.kind_playbook,
            Kind::Principle => &self.kind_principle,
            Kind::Deck => &self.kind_deck,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_translation_falls_back_to_english() -> Result<(), ron::error::SpannedError> {
        let strings: Strings = ron::from_str("(search_label: \"Поиск\")")?;
        assert_eq!(strings.search_label, "Поиск");
        assert_eq!(strings.back, Strings::default().back);
        Ok(())
    }
}
