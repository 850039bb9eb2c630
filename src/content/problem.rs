//! Problems found while loading content, each pinned to `file:line:column`.

use std::fmt;

use crate::strings::current as s;

/// A position in a content file, both 1-based; `column` counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Self = Self { line: 1, column: 1 };
}

/// What is wrong; the message a content author reads, in the language of the thread
/// that shows it (`locales/<code>/cli.ftl`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum ProblemKind {
    #[error("{}", s().err_unreadable(.0.as_str()))]
    Unreadable(String),
    #[error("{}", s().err_unreadable_folder(.0.as_str()))]
    UnreadableFolder(String),
    /// What it is instead: `folder`, `pipe`, `socket`, `device`, `link` or `other`.
    #[error("{}", s().err_not_a_file(*.0))]
    NotAFile(&'static str),
    #[error("{}", s().err_link_outside(.0.as_str()))]
    LinkOutside(String),
    #[error("{}", s().err_too_deep(*.0))]
    TooDeep(usize),
    #[error("{}", s().err_too_many_entries(*.0))]
    TooManyEntries(usize),
    #[error("{}", s().err_missing_sources())]
    MissingSources,
    #[error("{}", s().err_missing_site())]
    MissingSite,
    #[error("{}", s().err_too_large(*size, *limit))]
    TooLarge { size: usize, limit: usize },
    #[error("{}", s().err_invalid_utf8())]
    InvalidUtf8,
    /// The RON reader's own words, in English.
    #[error("{0}")]
    Syntax(String),
    #[error("{}", s().err_ends_in_string())]
    EndsInString,
    #[error("{}", s().err_ends_early(.0.as_str()))]
    EndsEarly(String),
    #[error("{}", s().err_empty_file())]
    EmptyFile,
    #[error("{}", s().err_not_content())]
    NotContent,
    #[error("{}", s().err_unsupported_version(*found, *supported))]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("{}", s().err_unexpected_file(.0.as_str()))]
    UnexpectedFile(String),
    #[error("{}", s().err_duplicate_id(id.as_str(), first.as_str()))]
    DuplicateId { id: String, first: String },
    /// `expected` is what the field takes: `source`, `item`, `customer_type`,
    /// `phrase`, `playbook` or `principle`.
    #[error("{}", s().err_unknown_reference(field.as_str(), target.as_str(), *expected))]
    UnknownReference {
        field: String,
        target: String,
        expected: &'static str,
    },
    /// `more` other references to `what` that are lost the same way.
    #[error(
        "{}",
        s().err_lost_reference(field.as_str(), target.as_str(), cause.as_str(), *more, what.as_str())
    )]
    LostReference {
        field: String,
        target: String,
        cause: String,
        more: usize,
        what: String,
    },
    #[error("{}", s().err_unknown_placeholder(name.as_str(), known.as_str()))]
    UnknownPlaceholder { name: String, known: String },
    #[error("{}", s().err_misspelt_placeholder(written.as_str(), meant.as_str()))]
    MisspeltPlaceholder { written: String, meant: String },
    #[error("{}", s().err_control_character(field.as_str(), code.as_str()))]
    ControlCharacter { field: String, code: String },
    #[error("{}", s().err_empty_text(field.as_str()))]
    EmptyText { field: String },
    /// The id as written, cut short if long (a 10,000-character id is not printed).
    #[error("{}", s().err_invalid_id(.0.as_str()))]
    InvalidId(String),
    /// A field's value the reader refused, in its own (English) words.
    #[error("{0}")]
    Invalid(String),
    #[error("{}", s().err_missing_manifest())]
    MissingManifest,
    #[error("{}", s().err_hides_safety_card(.0.as_str()))]
    HidesSafetyCard(String),
    #[error("{}", s().err_safety_override_refused(id.as_str(), kept.as_str()))]
    SafetyOverrideRefused { id: String, kept: String },
    #[error("{}", s().err_hides_own_item(.0.as_str()))]
    HidesOwnItem(String),
    #[error("{}", s().err_hides_nothing(.0.as_str()))]
    HidesNothing(String),
    /// `kind` is the earlier item's: `customer_type`, `phrase`, `playbook`,
    /// `principle`, `deck` or `contact`.
    #[error("{}", s().err_kind_changed(id.as_str(), *kind, first.as_str()))]
    KindChanged {
        id: String,
        kind: &'static str,
        first: String,
    },
    #[error("{}", s().err_due_for_review(reviewed.as_str(), every.as_str()))]
    DueForReview { reviewed: String, every: String },
    #[error("{}", s().err_contact_not_set(label.as_str()))]
    ContactNotSet { label: String },
    #[error("{}", s().err_untranslated(*count, language.as_str(), examples.as_str()))]
    Untranslated {
        language: String,
        count: usize,
        examples: String,
    },
}

impl ProblemKind {
    /// A warning says what to look at, while everything still loads as written: a
    /// contact with no number, an item due for review, a `hide` with nothing to hide,
    /// items a language has no translation of.
    /// `check` exits with its own status when there are only warnings.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Self::ContactNotSet { .. }
                | Self::DueForReview { .. }
                | Self::HidesNothing(_)
                | Self::Untranslated { .. }
        )
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem {
    pub file: String,
    pub position: Position,
    pub kind: ProblemKind,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

impl Problem {
    /// See [`ProblemKind::is_warning`].
    pub fn is_warning(&self) -> bool {
        self.kind.is_warning()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.position, self.kind)
    }
}
