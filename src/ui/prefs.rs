//! The user's preferences (theme, zoom, projector look, recording missed searches,
//! the interface's language):
//! kept in our own `settings.ron`, written atomically and merged with another window's
//! changes like the favourites, never in eframe's file, which it empties before writing.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{slide::ProjectorTheme, style, style::ThemeChoice};
use crate::{strings::Language, user_file::UserFile};

/// Where eframe 0.37 and earlier versions of Defuse kept the preferences, as one entry of
/// its `app.ron`: read once, when `settings.ron` does not exist yet.
pub(crate) const OLD_PREFS_KEY: &str = "defuse-prefs";

/// Preferences. Unknown fields (a newer version's) make the file "not ours", so it is
/// set aside rather than written back without them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Prefs {
    pub theme: ThemeChoice,
    pub zoom: f32,
    /// Remember searches that found nothing, on this computer only. Off by default.
    pub record_missed: bool,
    /// The projector's look, apart from the app's theme.
    pub projector: ProjectorTheme,
    /// The language chosen in the app; None: the system's (`--lang` overrides both).
    pub language: Option<Language>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            record_missed: false,
            projector: ProjectorTheme::default(),
            language: None,
        }
    }
}

impl UserFile for Prefs {
    const FILE_NAME: &'static str = "settings.ron";

    /// A zoom the app cannot show (a hand edit: 0, NaN, 1e30) is the default.
    fn normalised(mut self) -> Self {
        if !(style::MIN_ZOOM..=style::MAX_ZOOM).contains(&self.zoom) {
            self.zoom = 1.0;
        }
        self
    }
}

/// The interface's language: `--lang` for this run, else the one chosen in the app,
/// else the system's.
pub fn chosen_language(flag: Option<Language>, prefs: &Prefs, system: Language) -> Language {
    flag.or(prefs.language).unwrap_or(system)
}

/// The preferences an earlier version kept in eframe's `app.ron`, if it holds a
/// readable entry. Anything else there is left alone: the file is no longer read by
/// eframe, so it cannot stop the app from starting.
pub(crate) fn old_prefs(app_ron: &Path) -> Option<Prefs> {
    // Only a regular file, capped: a named pipe in its place must not hang the start.
    let text = crate::user_data::read_user_file(app_ron).ok()??;
    let map: std::collections::HashMap<String, String> = ron::from_str(&text).ok()?;
    let prefs: Prefs = ron::from_str(map.get(OLD_PREFS_KEY)?).ok()?;
    Some(prefs.normalised())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zoom_no_screen_can_show_is_the_default() {
        for zoom in [0.0, -1.0, f32::NAN, f32::INFINITY, 1e30, 1e-30] {
            let prefs = Prefs {
                zoom,
                ..Prefs::default()
            };
            assert_eq!(prefs.normalised().zoom, 1.0, "{zoom}");
        }
    }

    #[test]
    fn an_earlier_versions_preferences_are_read_from_app_ron() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let app_ron = dir.path().join("app.ron");
        let text = "{\"egui\": \"(options: (zoom_factor: 0.0))\", \
                    \"defuse-prefs\": \"(theme: Dark, zoom: 1.5, record_missed: true)\"}";
        std::fs::write(&app_ron, text).expect("write");
        let prefs = old_prefs(&app_ron).expect("read");
        assert_eq!(
            (prefs.theme, prefs.zoom, prefs.record_missed),
            (ThemeChoice::Dark, 1.5, true)
        );
        std::fs::write(&app_ron, "").expect("write");
        assert_eq!(old_prefs(&app_ron), None);
    }
}
