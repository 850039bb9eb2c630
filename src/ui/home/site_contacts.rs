//! "Site contacts": what to call for each contact at this site, kept in `site.ron` in
//! the data folder. A country preset fills the emergency numbers, each contact has a
//! box (labels from the content's `site.ron`), and Save writes them through the
//! command queue; a line says where the file is kept.

use std::collections::BTreeMap;

use egui::{RichText, Ui};

use crate::{
    content::Content,
    site_profile::{self, SiteProfile},
    ui::{
        State,
        queue::{AppCommand, Commands},
        style,
    },
};

/// The page's boxes as the user fills them in; saved only by Save.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteForm {
    /// The preset chosen, by its code.
    pub country: Option<String>,
    /// Every contact of the content by id, as typed ("" for not set).
    pub numbers: BTreeMap<String, String>,
    /// What the last Save did: done, or why not.
    pub saved: Option<Result<(), String>>,
}

impl SiteForm {
    /// The form for `site` as saved, with a box for every contact of `content`.
    pub fn new(site: &SiteProfile, content: &Content) -> Self {
        Self {
            country: site.country.clone(),
            numbers: content
                .contacts
                .iter()
                .map(|c| (c.id.clone(), site.number(&c.id).unwrap_or("").to_owned()))
                .collect(),
            saved: None,
        }
    }
}

pub fn site_contacts_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    let s = &app.strings;
    let form = &app.site_form;
    let mut edited = form.clone();
    // The menu's "…" says a form follows; the form's own heading has no need of it.
    ui.heading(s.site_contacts.trim_end_matches('…'));
    ui.add(egui::Label::new(&s.site_intro).wrap());
    ui.add_space(4.0);
    let field_width = ui.available_width().min(420.0);
    let country = ui.strong(&s.site_country);
    let chosen = edited
        .country
        .as_deref()
        .and_then(site_profile::preset)
        .map_or(s.site_choose_country.as_str(), |p| p.name.as_str());
    let mut picked = None;
    egui::ComboBox::from_id_salt("site-country")
        .selected_text(chosen)
        .width(field_width)
        .show_ui(ui, |ui| {
            for preset in site_profile::presets() {
                let on = edited.country.as_deref() == Some(preset.code.as_str());
                if ui.selectable_label(on, &preset.name).clicked() {
                    picked = Some(preset);
                }
            }
        })
        .response
        .labelled_by(country.id);
    if let Some(preset) = picked {
        let mut site = SiteProfile::default();
        site.apply(preset);
        for id in site_profile::EMERGENCY_CONTACTS {
            if let Some(value) = edited.numbers.get_mut(id) {
                *value = site.number(id).unwrap_or("").to_owned();
            }
        }
        edited.country = Some(preset.code.clone());
    }
    ui.label(RichText::new(&s.site_preset_note).color(style::palette(ui).weak));
    ui.add_space(8.0);
    // Below this width the labels go above their boxes, so nothing runs off the side.
    let narrow = ui.available_width() < 640.0;
    let mut boxes = |ui: &mut Ui| {
        for contact in &app.content.contacts {
            let label = ui.strong(&contact.label);
            if let Some(value) = edited.numbers.get_mut(&contact.id) {
                ui.add(
                    egui::TextEdit::singleline(value)
                        .id_salt(("site-number", &contact.id))
                        .hint_text(&s.not_set)
                        .desired_width(field_width),
                )
                .labelled_by(label.id);
            }
            if !narrow {
                ui.end_row();
            }
        }
    };
    if narrow {
        boxes(ui);
    } else {
        egui::Grid::new("site-numbers")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, boxes);
    }
    if edited != *form {
        edited.saved = None;
        tx.send(AppCommand::SetSiteForm(edited));
    }
    ui.add_space(8.0);
    if ui.button(&s.site_save).clicked() {
        tx.send(AppCommand::SaveSite);
    }
    match &form.saved {
        Some(Ok(())) => {
            ui.strong(&s.site_saved);
        }
        Some(Err(why)) => {
            ui.colored_label(style::palette(ui).avoid, why);
        }
        None => {}
    }
    let kept = match &app.site_path {
        Some(path) => s.site_kept_in(path.display().to_string()),
        None => s.site_not_kept.clone(),
    };
    ui.add(egui::Label::new(RichText::new(kept).color(style::palette(ui).weak)).wrap());
}
