//! The languages Defuse speaks: each one's code, its name in itself, and how a system
//! locale or a `--lang` value maps to it. The one list of them.

use serde::{Deserialize, Serialize};

/// A language of the interface. Serialized by its code (`"ru"`), as the settings
/// file and `--lang` write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "ru")]
    Russian,
    #[serde(rename = "ro")]
    Romanian,
    #[serde(rename = "af")]
    Afrikaans,
    #[serde(rename = "ms")]
    Malay,
    #[serde(rename = "zh-Hans")]
    Chinese,
}

impl Language {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Self; 6] = [
        Self::English,
        Self::Russian,
        Self::Romanian,
        Self::Afrikaans,
        Self::Malay,
        Self::Chinese,
    ];

    /// The BCP 47 code: the catalogue's folder under `locales/`, and `--lang`'s value.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Russian => "ru",
            Self::Romanian => "ro",
            Self::Afrikaans => "af",
            Self::Malay => "ms",
            Self::Chinese => "zh-Hans",
        }
    }

    /// The language's name in itself, as the language menu shows it: a reader finds
    /// their own language whatever the interface is in now.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Russian => "Русский",
            Self::Romanian => "Română",
            Self::Afrikaans => "Afrikaans",
            Self::Malay => "Bahasa Melayu",
            Self::Chinese => "中文",
        }
    }

    /// The language of a locale or code: `ru`, `ru-RU`, `ru_RU.UTF-8`, `zh-CN`, `ZH`.
    /// Only the primary subtag counts: every Chinese locale gets our Simplified
    /// Chinese, which a reader of Traditional reads far better than English.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|language| {
            language
                .code()
                .split('-')
                .next()
                .is_some_and(|p| p == primary)
        })
    }

    /// The first of the system's preferred languages that we have, else English.
    pub fn from_system() -> Self {
        Self::from_locales(sys_locale::get_locales())
    }

    /// The first of `locales` (most preferred first) that we have, else English. The C
    /// locale ("C", "C.UTF-8", "POSIX") is a choice of English, as scripts and CI set
    /// it: a language further down the list does not count after it.
    pub fn from_locales(locales: impl IntoIterator<Item = String>) -> Self {
        locales
            .into_iter()
            .find_map(|locale| match locale.split('.').next() {
                Some("C" | "POSIX") => Some(Self::English),
                _ => Self::from_code(&locale),
            })
            .unwrap_or_default()
    }
}

impl std::str::FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Self::from_code(code).ok_or_else(|| UnknownLanguage(code.to_owned()))
    }
}

/// Every code, for a message that lists them.
fn codes() -> String {
    Language::ALL.map(Language::code).join(", ")
}

/// A `--lang` value that names none of our languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", super::current().cli_language(.0.as_str(), codes()))]
pub struct UnknownLanguage(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_by_their_primary_subtag() {
        for (locale, language) in [
            ("ru", Some(Language::Russian)),
            ("ru_RU.UTF-8", Some(Language::Russian)),
            ("RO-md", Some(Language::Romanian)),
            ("af-ZA", Some(Language::Afrikaans)),
            ("ms_MY", Some(Language::Malay)),
            ("zh-CN", Some(Language::Chinese)),
            ("zh-Hant-TW", Some(Language::Chinese)),
            ("en-GB", Some(Language::English)),
            ("de-DE", None),
            ("", None),
        ] {
            assert_eq!(Language::from_code(locale), language, "{locale}");
        }
    }

    #[test]
    fn the_first_locale_we_have_wins_and_the_c_locale_means_english() {
        let pick =
            |locales: &[&str]| Language::from_locales(locales.iter().map(|l| (*l).to_owned()));
        assert_eq!(pick(&["de_DE", "ru_RU.UTF-8", "en_GB"]), Language::Russian);
        assert_eq!(pick(&["C.UTF-8", "ru_RU.UTF-8"]), Language::English);
        assert_eq!(pick(&["POSIX", "zh_CN"]), Language::English);
        assert_eq!(pick(&["fr_FR"]), Language::English);
        assert_eq!(pick(&[]), Language::English);
    }

    #[test]
    fn every_code_reads_back_as_its_language() {
        for language in Language::ALL {
            assert_eq!(language.code().parse(), Ok(language));
        }
    }
}
