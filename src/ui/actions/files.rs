//! What the app keeps on disk for the user (favourites, missed searches, the site's
//! numbers) and the handouts' folder dialog; a failure to write becomes a notice.

use crate::{
    library::LanguageChain,
    site_profile::SiteProfile,
    strings::{Language, Strings},
    ui::{DefuseApp, Prefs, palette, site_contacts::SiteForm},
    user_data::UserData,
};

impl DefuseApp {
    pub(in crate::ui) fn save_missed(&mut self) {
        if let Err(e) = self.missed_store.save(&self.state.missed) {
            self.notice(e.to_string());
        }
    }

    /// Turns recording of missed searches on or off; off forgets nothing already kept.
    pub(in crate::ui) fn set_record_missed(&mut self, ctx: &egui::Context, on: bool) {
        self.change_prefs(ctx, |p| p.record_missed = on);
        if on {
            let (missed, notice) = self.missed_store.load();
            self.state.missed = missed;
            self.state.notices.extend(notice);
        }
    }

    pub(in crate::ui) fn notice(&mut self, message: String) {
        if !self.state.notices.contains(&message) {
            self.state.notices.push(message);
        }
    }

    /// Stars or unstars `id` as this window shows it; another window's stars stay.
    pub(in crate::ui) fn toggle_favourite(&mut self, id: &str) {
        let star = !self.state.user.is_favourite(id);
        self.change_user(|user| user.set_favourite(id, star));
    }

    /// Applies one change to the favourites or recent items and saves it at once (so
    /// nothing depends on a clean exit), over what another window saved meanwhile.
    pub(in crate::ui) fn change_user(&mut self, change: impl Fn(&mut UserData)) {
        match self.store.update(&mut self.state.user, change) {
            Ok(notice) => self.state.notices.extend(notice),
            Err(e) => self.notice(e.to_string()),
        }
    }

    /// Applies one preference change and saves it at once, over what another window
    /// saved meanwhile; a theme or zoom that window chose is taken up here too.
    pub(in crate::ui) fn change_prefs(&mut self, ctx: &egui::Context, change: impl Fn(&mut Prefs)) {
        let before = self.state.prefs.clone();
        match self.settings_store.update(&mut self.state.prefs, change) {
            Ok(notice) => self.state.notices.extend(notice),
            Err(e) => self.notice(e.to_string()),
        }
        let prefs = &self.state.prefs;
        if prefs.theme != before.theme {
            prefs.theme.apply(ctx);
        }
        if prefs.zoom != before.zoom {
            ctx.set_zoom_factor(prefs.zoom);
        }
        // Only a change: `--lang` holds for the run until a language is chosen, here or
        // in another window whose settings merge in.
        if prefs.language != before.language
            && let Some(language) = prefs.language
        {
            self.show_language(ctx, language);
        }
    }

    /// The interface in `language` from this frame on: its labels and the palette's
    /// entries; the content is read again in it, where the packs are read at all.
    pub(in crate::ui) fn show_language(&mut self, ctx: &egui::Context, language: Language) {
        if self.state.strings.language() == language {
            return;
        }
        self.state.strings = Strings::new(language);
        crate::strings::set_current(language);
        self.state.palette_entries = palette::entries::Entries::of(
            &self.state.content,
            &self.state.strings,
            self.state.kiosk,
        );
        self.languages = LanguageChain::new([language.code()]);
        if self.watch.is_some() {
            self.start_watching(ctx);
        }
        self.reload(ctx);
    }

    /// Saves what the Site contacts page changed into `site.ron`, over what another
    /// window saved meanwhile: only the boxes edited here (and the country, if chosen
    /// here) are written; every other contact, known or not, stays as it is on disk.
    pub(in crate::ui) fn save_site(&mut self) {
        let before = self.state.site.clone();
        let form = self.state.site_form.clone();
        let change = |site: &mut SiteProfile| {
            for (id, value) in &form.numbers {
                if before.number(id).unwrap_or("") != value.trim() {
                    site.set(id, value);
                }
            }
            if form.country != before.country {
                site.country.clone_from(&form.country);
            }
        };
        let saved = match self.site_store.update(&mut self.state.site, change) {
            Ok(notice) => {
                self.state.notices.extend(notice);
                Ok(())
            }
            Err(e) => Err(e.to_string()),
        };
        let mut form = SiteForm::new(&self.state.site, &self.state.content);
        form.saved = Some(saved);
        self.state.site_form = form;
    }
}
