//! Every user action as one enum, with its label and shortcuts, so the menus, the key
//! handler and the shortcut help all come from one place.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::strings::Strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiCommand {
    FocusSearch,
    Back,
    Home,
    SafetyCard,
    ToggleFavourite,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    CycleTheme,
    ShowPhrases,
    ShowPlaybooks,
    ShowPrinciples,
}

impl UiCommand {
    pub const ALL: [Self; 12] = [
        Self::FocusSearch,
        Self::Back,
        Self::Home,
        Self::SafetyCard,
        Self::ToggleFavourite,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::CycleTheme,
        Self::ShowPhrases,
        Self::ShowPlaybooks,
        Self::ShowPrinciples,
    ];

    pub fn label(self, s: &Strings) -> &str {
        match self {
            Self::FocusSearch => &s.focus_search,
            Self::Back => &s.back,
            Self::Home => &s.home,
            Self::SafetyCard => &s.safety_button,
            Self::ToggleFavourite => &s.star,
            Self::ZoomIn => &s.zoom_in,
            Self::ZoomOut => &s.zoom_out,
            Self::ZoomReset => &s.zoom_reset,
            Self::CycleTheme => &s.cycle_theme,
            Self::ShowPhrases => &s.phrases,
            Self::ShowPlaybooks => &s.playbooks,
            Self::ShowPrinciples => &s.principles,
        }
    }

    /// The first shortcut is the one shown in menus and tooltips.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let key = |k| KeyboardShortcut::new(Modifiers::NONE, k);
        let cmd = |k| KeyboardShortcut::new(Modifiers::COMMAND, k);
        match self {
            Self::FocusSearch => vec![cmd(Key::F), key(Key::Slash)],
            Self::Back => vec![
                KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft),
                key(Key::Escape),
            ],
            Self::Home => vec![KeyboardShortcut::new(Modifiers::ALT, Key::Home)],
            Self::SafetyCard => vec![key(Key::F2)],
            Self::ToggleFavourite => vec![cmd(Key::D)],
            Self::ZoomIn => vec![cmd(Key::Equals), cmd(Key::Plus)],
            Self::ZoomOut => vec![cmd(Key::Minus)],
            Self::ZoomReset => vec![cmd(Key::Num0)],
            Self::CycleTheme => vec![cmd(Key::T)],
            Self::ShowPhrases => vec![key(Key::F3)],
            Self::ShowPlaybooks => vec![key(Key::F4)],
            Self::ShowPrinciples => vec![key(Key::F5)],
        }
    }

    /// Works even while typing in the search box (they cannot be typed text).
    pub fn works_while_typing(self) -> bool {
        matches!(self, Self::FocusSearch | Self::SafetyCard)
    }

    /// The command whose shortcut was pressed this frame, consuming the key.
    pub fn pressed(ctx: &egui::Context, typing: bool) -> Option<Self> {
        ctx.input_mut(|input| {
            Self::ALL.into_iter().find(|cmd| {
                (!typing || cmd.works_while_typing())
                    && cmd.shortcuts().iter().any(|s| input.consume_shortcut(s))
            })
        })
    }

    /// The shortcut help as a Markdown table, as the README shows it.
    pub fn markdown_table(s: &Strings) -> String {
        let mut table = String::from("| Action | Keys |\n|---|---|\n");
        for command in Self::ALL {
            let keys: Vec<String> = command
                .shortcuts()
                .iter()
                .map(|k| format!("`{}`", k.format(&egui::ModifierNames::NAMES, false)))
                .collect();
            table.push_str(&format!("| {} | {} |\n", command.label(s), keys.join(", ")));
        }
        table
    }

    /// "Ctrl+F" on Linux and Windows, "⌘F" on macOS.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .iter()
            .map(|s| ctx.format_shortcut(s))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
