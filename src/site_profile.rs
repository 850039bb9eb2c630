//! The site's own numbers: `site.ron` in the data folder says what to call for each
//! contact of `content/LANG/site.ron` ("999", "Sam, ext 201"), kept like the settings;
//! and the country presets, compiled in from `assets/site-presets.ron`, that fill the
//! emergency ones. The guidance text keeps its generic wording: only the "Who to call"
//! lists show these numbers.

use std::{collections::BTreeMap, sync::OnceLock};

use serde::{Deserialize, Serialize};

use crate::{
    content::{
        Contact,
        model::{FORMAT_VERSION, SiteFile},
    },
    user_file::UserFile,
};

/// The contacts a country preset fills (and clears, where the country has none we
/// are sure of); the site's own people (security, supervisor, first-aider) are left.
pub const EMERGENCY_CONTACTS: [&str; 4] = ["police", "ambulance", "fire", "crisis-line"];

/// What the site calls for each contact. Unknown fields (a newer version's) make the
/// file "not ours", so it is set aside rather than written back without them; unknown
/// contact ids are kept as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SiteProfile {
    /// The preset last chosen, by its code ("GB"), if any.
    pub country: Option<String>,
    /// Contact id → what to call; a blank value is unset.
    pub numbers: BTreeMap<String, String>,
    /// Run as a shared PC's kiosk, back to Home after this many idle seconds (as
    /// `--kiosk=SECONDS` does), set by whoever looks after the PC.
    pub kiosk: Option<u32>,
    /// Minisign public keys (base64, `minisign.pub`'s second line): when any is set,
    /// only packs signed by one of them load (`defuse pack-key`, `defuse sign-pack`).
    pub trusted_keys: Vec<String>,
}

impl UserFile for SiteProfile {
    const FILE_NAME: &'static str = "site.ron";

    /// Values trimmed; blank ones (and a blank country) are unset.
    fn normalised(mut self) -> Self {
        self.numbers = self
            .numbers
            .into_iter()
            .map(|(id, value)| (id, value.trim().to_owned()))
            .filter(|(_, value)| !value.is_empty())
            .collect();
        self.country = self
            .country
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty());
        self
    }
}

impl SiteProfile {
    /// What to call for contact `id`, if the site has set it.
    pub fn number(&self, id: &str) -> Option<&str> {
        self.numbers
            .get(id)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// Sets contact `id` to `value`; a blank value unsets it.
    pub fn set(&mut self, id: &str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            self.numbers.remove(id);
        } else {
            self.numbers.insert(id.to_owned(), value.to_owned());
        }
    }

    /// The numbers set here as a `site.ron`, this PC's own layer over every pack (the
    /// Site contacts page saves into it): each of `contacts` with a number set, its
    /// text saying the number. None when no number is set.
    pub fn site_file(&self, contacts: &[Contact]) -> Option<String> {
        let contacts: Vec<Contact> = contacts
            .iter()
            .filter_map(|c| self.number(&c.id).map(|n| with_number(c, n)))
            .collect();
        if contacts.is_empty() {
            return None;
        }
        let file = SiteFile {
            version: FORMAT_VERSION,
            contacts,
        };
        ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default()).ok()
    }

    /// Fills the emergency contacts from `preset`, unsetting those it leaves out.
    pub fn apply(&mut self, preset: &Preset) {
        for id in EMERGENCY_CONTACTS {
            self.set(id, preset.numbers.get(id).map_or("", String::as_str));
        }
        self.country = Some(preset.code.clone());
    }
}

/// One country's emergency numbers.
/// `contact` calling `number`: "the police on your local emergency number" reads "the
/// police on 999"; any other wording gets the number after it, in brackets.
pub fn with_number(contact: &Contact, number: &str) -> Contact {
    const GENERIC: &str = "your local emergency number";
    let value = if contact.value.contains(GENERIC) {
        contact.value.replace(GENERIC, number)
    } else {
        format!("{} ({number})", contact.value)
    };
    Contact {
        value,
        number: Some(number.to_owned()),
        ..contact.clone()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    /// ISO 3166 code, as `SiteProfile::country` keeps it.
    pub code: String,
    /// The country's name in English.
    pub name: String,
    pub numbers: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SitePresets {
    version: u32,
    presets: Vec<Preset>,
}

const PRESETS: &str = include_str!("../assets/site-presets.ron");

/// Every compiled-in preset, in the file's order (by name). A file that does not
/// parse gives none (a test keeps it parsing).
pub fn presets() -> &'static [Preset] {
    static PARSED: OnceLock<Vec<Preset>> = OnceLock::new();
    PARSED.get_or_init(|| {
        ron::from_str::<SitePresets>(PRESETS)
            .ok()
            .filter(|file| file.version == 1)
            .map(|file| file.presets)
            .unwrap_or_default()
    })
}

/// The preset with this code.
pub fn preset(code: &str) -> Option<&'static Preset> {
    presets().iter().find(|p| p.code.eq_ignore_ascii_case(code))
}

/// The code of the preset `text` names, in any case, for the command line; else which
/// codes there are.
pub fn preset_code(text: &str) -> Result<String, String> {
    preset(text).map(|p| p.code.clone()).ok_or_else(|| {
        let codes: Vec<&str> = presets().iter().map(|p| p.code.as_str()).collect();
        crate::strings::current().cli_country(codes.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_presets_parse_and_name_only_contacts_the_content_has() {
        if let Err(e) = ron::from_str::<SitePresets>(PRESETS) {
            panic!("assets/site-presets.ron: {e}");
        }
        let codes: Vec<&str> = presets().iter().map(|p| p.code.as_str()).collect();
        for wanted in ["GB", "US", "ZA", "MY", "RO", "RU", "CN", "MD"] {
            assert!(codes.contains(&wanted), "{wanted}");
        }
        let content = crate::content::bundled::load("en").content;
        let ids: Vec<&str> = content.contacts.iter().map(|c| c.id.as_str()).collect();
        for id in EMERGENCY_CONTACTS {
            assert!(ids.contains(&id), "{id} is not in content/en/site.ron");
        }
        for preset in presets() {
            assert!(!preset.numbers.is_empty(), "{}", preset.code);
            for (id, value) in &preset.numbers {
                assert!(ids.contains(&id.as_str()), "{}: {id}", preset.code);
                assert!(
                    EMERGENCY_CONTACTS.contains(&id.as_str()),
                    "{}: {id}",
                    preset.code
                );
                assert!(!value.trim().is_empty(), "{}: {id}", preset.code);
            }
        }
    }

    #[test]
    fn a_preset_fills_the_emergency_contacts_and_clears_what_it_leaves_out() {
        let mut site = SiteProfile::default();
        site.set("supervisor", "Sam, ext 201");
        site.apply(preset("gb").expect("the UK"));
        assert_eq!(site.number("police"), Some("999"));
        assert_eq!(site.number("crisis-line"), Some("Samaritans 116 123"));
        site.apply(preset("RU").expect("Russia"));
        assert_eq!(site.number("ambulance"), Some("103"));
        assert_eq!(
            site.number("crisis-line"),
            None,
            "no crisis line is guessed"
        );
        assert_eq!(site.number("supervisor"), Some("Sam, ext 201"));
        assert_eq!(site.country.as_deref(), Some("RU"));
    }

    #[test]
    fn blank_values_are_unset_and_unknown_ids_kept() {
        let text = r#"(country: Some(" "), numbers: {"police": " 112 ", "fire": "  ", "canteen": "ext 9"})"#;
        let site: SiteProfile = ron::from_str(text).expect("parses");
        let site = site.normalised();
        assert_eq!(site.country, None);
        assert_eq!(site.number("police"), Some("112"));
        assert_eq!(site.number("fire"), None);
        assert_eq!(site.number("canteen"), Some("ext 9"));
        assert!(ron::from_str::<SiteProfile>("(numbers: {}, colour: 1)").is_err());
    }
}
