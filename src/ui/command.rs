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
    ShowDecks,
    ShowFavourites,
    ShowHelp,
    ShowMissed,
}

impl UiCommand {
    pub const ALL: [Self; 16] = [
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
        Self::ShowDecks,
        Self::ShowFavourites,
        Self::ShowHelp,
        Self::ShowMissed,
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
            Self::ShowDecks => &s.decks,
            Self::ShowFavourites => &s.favourites,
            Self::ShowHelp => &s.help,
            Self::ShowMissed => &s.missed_heading,
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
            Self::ShowDecks => vec![key(Key::F7)],
            Self::ShowFavourites => vec![key(Key::F6)],
            Self::ShowHelp => vec![key(Key::F1)],
            // Rare, for trainers: the menu is enough.
            Self::ShowMissed => Vec::new(),
        }
    }

    /// The command whose shortcut was pressed this frame, consuming the key. While the
    /// user types, only shortcuts that cannot be text fire: function keys and Ctrl or
    /// Alt combinations; `/` types a slash and Esc belongs to the text box.
    pub fn pressed(ctx: &egui::Context, typing: bool) -> Option<Self> {
        ctx.input_mut(|input| {
            Self::ALL.into_iter().find(|cmd| {
                cmd.shortcuts()
                    .iter()
                    .filter(|s| !typing || !could_be_text(s))
                    .any(|s| input.consume_shortcut(s))
            })
        })
    }

    /// The shortcut help as a Markdown table, as the README shows it.
    pub fn markdown_table(s: &Strings) -> String {
        let mut table = format!("| {} | {} |\n|---|---|\n", s.action, s.keys);
        for command in Self::ALL {
            let keys: Vec<String> = command
                .shortcuts()
                .iter()
                .map(|k| format!("`{}`", shortcut_name(k, false)))
                .collect();
            table.push_str(&format!("| {} | {} |\n", command.label(s), keys.join(", ")));
        }
        table
    }

    /// "Ctrl+F, /" on Linux and Windows, "⌘F, /" on macOS.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        let mac = ctx.os().is_mac();
        self.shortcuts()
            .iter()
            .map(|s| shortcut_name(s, mac))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Keys a text box needs for itself: plain printable keys, and Esc.
fn could_be_text(shortcut: &KeyboardShortcut) -> bool {
    let m = shortcut.modifiers;
    let plain = !(m.ctrl || m.command || m.alt || m.mac_cmd);
    let function_key = shortcut.logical_key.name().starts_with('F')
        && shortcut.logical_key.name().len() > 1
        && shortcut.logical_key.name()[1..]
            .chars()
            .all(|c| c.is_ascii_digit());
    plain && !function_key
}

/// A shortcut as people write it: "Ctrl+=", "Ctrl+−", "Esc", "Alt+←".
pub fn shortcut_name(shortcut: &KeyboardShortcut, mac: bool) -> String {
    let names = if mac {
        egui::ModifierNames::SYMBOLS
    } else {
        egui::ModifierNames::NAMES
    };
    let modifiers = names.format(&shortcut.modifiers, mac);
    let key = match shortcut.logical_key {
        Key::Equals => "=",
        Key::Plus => "+",
        Key::Minus => "−",
        Key::Slash => "/",
        Key::Escape => "Esc",
        Key::ArrowLeft => "←",
        Key::ArrowRight => "→",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::Num0 => "0",
        other => other.name(),
    };
    if modifiers.is_empty() {
        key.to_owned()
    } else if names.is_short {
        format!("{modifiers}{key}")
    } else {
        format!("{modifiers}+{key}")
    }
}
