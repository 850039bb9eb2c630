//! Every user action as one enum, with its label and shortcuts, so the menus, the key
//! handler and the shortcut help all come from one place.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::{present::Action, strings::Strings};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiCommand {
    FocusSearch,
    /// Jump to any item, slide or command by its title (Ctrl+K).
    CommandPalette,
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
    /// Presents the open deck or item fullscreen.
    Present,
    // While presenting: the keys presentation clickers and reveal.js users expect.
    NextSlide,
    PreviousSlide,
    FirstSlide,
    LastSlide,
    BlackScreen,
    WhiteScreen,
    SlideGrid,
    TogglePresenterView,
    ProjectorTheme,
    LeavePresentation,
    /// Practises the phrase pairs of the open deck or card, or all of them.
    Practise,
    PrintHandouts,
    /// The site's own numbers for who to call.
    ShowSiteContacts,
    /// The organisation's content packs loaded.
    ShowPacks,
    /// Reads the packs again (they are also watched).
    ReloadPacks,
    // While practising.
    ShowAnswer,
    HadTheIdea,
    PractiseAgain,
}

/// Where a command's keys work: the app's pages, or a presentation (which takes
/// plain keys such as B and Space for itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    App,
    Presentation,
    /// The practice page, when the reply box does not have the keyboard.
    Practice,
}

impl UiCommand {
    pub const ALL: [Self; 36] = [
        Self::FocusSearch,
        Self::CommandPalette,
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
        Self::Present,
        Self::NextSlide,
        Self::PreviousSlide,
        Self::FirstSlide,
        Self::LastSlide,
        Self::BlackScreen,
        Self::WhiteScreen,
        Self::SlideGrid,
        Self::TogglePresenterView,
        Self::ProjectorTheme,
        Self::LeavePresentation,
        Self::Practise,
        Self::PrintHandouts,
        Self::ShowSiteContacts,
        Self::ShowPacks,
        Self::ReloadPacks,
        Self::ShowAnswer,
        Self::HadTheIdea,
        Self::PractiseAgain,
    ];

    pub fn scope(self) -> Scope {
        match self {
            Self::NextSlide
            | Self::PreviousSlide
            | Self::FirstSlide
            | Self::LastSlide
            | Self::BlackScreen
            | Self::WhiteScreen
            | Self::SlideGrid
            | Self::TogglePresenterView
            | Self::ProjectorTheme
            | Self::LeavePresentation => Scope::Presentation,
            Self::ShowAnswer | Self::HadTheIdea | Self::PractiseAgain => Scope::Practice,
            _ => Scope::App,
        }
    }

    pub fn label(self, s: &Strings) -> &str {
        match self {
            Self::FocusSearch => &s.focus_search,
            Self::CommandPalette => &s.palette,
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
            Self::Present => &s.present,
            Self::NextSlide => &s.next_slide,
            Self::PreviousSlide => &s.previous_slide,
            Self::FirstSlide => &s.first_slide,
            Self::LastSlide => &s.last_slide,
            Self::BlackScreen => &s.black_screen,
            Self::WhiteScreen => &s.white_screen,
            Self::SlideGrid => &s.slide_grid,
            Self::TogglePresenterView => &s.toggle_presenter,
            Self::ProjectorTheme => &s.projector_theme,
            Self::LeavePresentation => &s.leave_presentation,
            Self::Practise => &s.practise,
            Self::PrintHandouts => &s.print_handouts,
            Self::ShowSiteContacts => &s.site_contacts,
            Self::ShowPacks => &s.packs,
            Self::ReloadPacks => &s.reload_packs,
            Self::ShowAnswer => &s.show_answer,
            Self::HadTheIdea => &s.had_the_idea,
            Self::PractiseAgain => &s.practise_again,
        }
    }

    /// The first shortcut is the one shown in menus and tooltips.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let key = |k| KeyboardShortcut::new(Modifiers::NONE, k);
        let cmd = |k| KeyboardShortcut::new(Modifiers::COMMAND, k);
        match self {
            Self::FocusSearch => vec![cmd(Key::F), key(Key::Slash)],
            Self::CommandPalette => vec![cmd(Key::K)],
            Self::ReloadPacks => vec![cmd(Key::R)],
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
            // F5 presents, as in PowerPoint and reveal.js.
            Self::ShowPrinciples => vec![key(Key::F8)],
            Self::ShowDecks => vec![key(Key::F7)],
            Self::ShowFavourites => vec![key(Key::F6)],
            Self::ShowHelp => vec![key(Key::F1)],
            // Rare, for trainers: the menu is enough.
            Self::ShowMissed => Vec::new(),
            Self::Present => vec![key(Key::F5)],
            // Enter also jumps to a typed slide number; clickers send PageDown/PageUp.
            Self::NextSlide => vec![
                key(Key::ArrowRight),
                key(Key::ArrowDown),
                key(Key::PageDown),
                key(Key::Space),
                key(Key::Enter),
                key(Key::N),
            ],
            Self::PreviousSlide => vec![
                key(Key::ArrowLeft),
                key(Key::ArrowUp),
                key(Key::PageUp),
                key(Key::Backspace),
                key(Key::P),
            ],
            Self::FirstSlide => vec![key(Key::Home)],
            Self::LastSlide => vec![key(Key::End)],
            Self::BlackScreen => vec![key(Key::B), key(Key::Period)],
            Self::WhiteScreen => vec![key(Key::W)],
            Self::SlideGrid => vec![key(Key::G)],
            Self::TogglePresenterView => vec![key(Key::S)],
            Self::ProjectorTheme => vec![key(Key::C)],
            Self::LeavePresentation => vec![key(Key::Escape)],
            // Rare, from a page: the menu and the page's button are enough.
            Self::Practise | Self::PrintHandouts | Self::ShowSiteContacts | Self::ShowPacks => {
                Vec::new()
            }
            Self::ShowAnswer => vec![key(Key::Space), key(Key::Enter)],
            Self::HadTheIdea => vec![key(Key::Num1)],
            Self::PractiseAgain => vec![key(Key::Num2)],
        }
    }

    /// Whether the palette lists this command: not the palette itself, nor what only
    /// makes sense as a key (Back, Esc) or on the practice page.
    pub fn in_palette(self) -> bool {
        !matches!(
            self,
            Self::CommandPalette | Self::FocusSearch | Self::Back | Self::LeavePresentation
        ) && self.scope() != Scope::Practice
    }

    /// Whether a shared PC's kiosk offers this command: not favourites, the missed
    /// searches, the site's contacts or the theme (one person's, or a setting).
    pub fn in_kiosk(self) -> bool {
        !matches!(
            self,
            Self::ToggleFavourite
                | Self::ShowFavourites
                | Self::ShowMissed
                | Self::ShowSiteContacts
                | Self::ShowPacks
                | Self::CycleTheme
        )
    }

    /// What a presentation command does to the presentation; none for the others.
    pub fn slide_action(self) -> Option<Action> {
        Some(match self {
            Self::NextSlide => Action::Next,
            Self::PreviousSlide => Action::Previous,
            Self::FirstSlide => Action::First,
            Self::LastSlide => Action::Last,
            Self::BlackScreen => Action::Black,
            Self::WhiteScreen => Action::White,
            Self::SlideGrid => Action::Grid,
            Self::TogglePresenterView => Action::TogglePresenter,
            _ => return None,
        })
    }

    /// The command of `scope` whose shortcut was pressed this frame, consuming the key. While the
    /// user types, only shortcuts that cannot be text fire: function keys and Ctrl or
    /// Alt combinations; `/` types a slash and Esc belongs to the text box.
    pub fn pressed(ctx: &egui::Context, typing: bool, scope: Scope) -> Option<Self> {
        ctx.input_mut(|input| {
            Self::ALL
                .into_iter()
                .filter(|cmd| cmd.scope() == scope)
                .find(|cmd| {
                    cmd.shortcuts()
                        .iter()
                        .filter(|s| !typing || !could_be_text(s))
                        .any(|s| input.consume_shortcut(s))
                })
        })
    }

    /// Whether one of this command's shortcuts was pressed this frame, consuming it.
    pub fn consume(self, ctx: &egui::Context) -> bool {
        ctx.input_mut(|input| self.shortcuts().iter().any(|s| input.consume_shortcut(s)))
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
        Key::Period => ".",
        Key::Num1 => "1",
        Key::Num2 => "2",
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
