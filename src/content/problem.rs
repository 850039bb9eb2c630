//! Problems found while loading content, each pinned to `file:line:column`.

use std::fmt;

/// A position in a content file, both 1-based; `column` counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Self = Self { line: 1, column: 1 };
}

/// What is wrong; the message a content author reads.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum ProblemKind {
    #[error("could not read the file: {0}")]
    Unreadable(String),
    #[error("could not read the folder: {0}")]
    UnreadableFolder(String),
    #[error("this is {0}, not a regular file: skipped")]
    NotAFile(&'static str),
    #[error("this link leads outside the content folder (to {0}): not followed")]
    LinkOutside(String),
    #[error("this folder is more than {0} folders deep: what is in it was not read")]
    TooDeep(usize),
    #[error("the content folder holds more than {0} entries: the rest was not read")]
    TooManyEntries(usize),
    #[error(
        "the file is missing: it lists the sources that every item cites, so no `sources` reference can resolve"
    )]
    MissingSources,
    #[error(
        "the file is missing: it lists the site's contacts that `{{police}}`, `{{security}}` \
         and the other placeholders name, so they stay as typed"
    )]
    MissingSite,
    #[error("the file is {size} bytes; content files may be at most {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("the file is not valid UTF-8 text")]
    InvalidUtf8,
    #[error("{0}")]
    Syntax(String),
    #[error(
        "the file ends inside this string: is its closing `\"` missing, or was the file cut short?"
    )]
    EndsInString,
    #[error("the file ends early, before its content is complete: was it cut short? ({0})")]
    EndsEarly(String),
    #[error("the file is empty")]
    EmptyFile,
    #[error(
        "this is not a content file: it has no `Kind(` … `)` (with Windows or Unix line \
         endings, not old Mac ones)"
    )]
    NotContent,
    #[error("format version {found} is not supported (this build reads version {supported})")]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("unexpected file: {0}")]
    UnexpectedFile(String),
    #[error("duplicate id `{id}`: already used at {first}")]
    DuplicateId { id: String, first: String },
    #[error("`{field}` refers to `{target}`, which does not exist{hint}")]
    UnknownReference {
        field: String,
        target: String,
        hint: String,
    },
    #[error(
        "`{field}` refers to `{target}`, which did not load because of the problem with {cause}{more}"
    )]
    LostReference {
        field: String,
        target: String,
        cause: String,
        more: String,
    },
    #[error("unknown placeholder `{{{name}}}` (known: {known})")]
    UnknownPlaceholder { name: String, known: String },
    #[error(
        "`{written}` is not a placeholder: write it as `{meant}` (lowercase, dashes, no spaces)"
    )]
    MisspeltPlaceholder { written: String, meant: String },
    #[error(
        "`{field}` holds a control character ({code}), which no screen shows and a terminal obeys"
    )]
    ControlCharacter { field: String, code: String },
    #[error("`{field}` must not be empty")]
    EmptyText { field: String },
    /// The id as written, cut short if long (a 10,000-character id is not printed).
    #[error("invalid id `{0}`: use lowercase letters, digits and dashes, at most 64 characters")]
    InvalidId(String),
    #[error("{0}")]
    Invalid(String),
    #[error(
        "the file is missing: a pack names itself in it (name, version, changes); a folder \
         with neither pack.ron nor sources.ron is not content"
    )]
    MissingManifest,
    #[error("`{0}` is a safety card: a pack cannot hide it, so it stays")]
    HidesSafetyCard(String),
    #[error(
        "`{id}` is a safety card and this pack's version of it has problems: it is refused, \
         and the card from {kept} stays"
    )]
    SafetyOverrideRefused { id: String, kept: String },
    #[error("`hide` names `{0}`, which this pack defines itself: it is not hidden")]
    HidesOwnItem(String),
    #[error("`hide` names `{0}`, which no earlier layer has: nothing to hide")]
    HidesNothing(String),
    #[error(
        "`{id}` is a {kind} in an earlier layer ({first}): a pack replaces an item with one of \
         the same kind, so this one is not loaded"
    )]
    KindChanged {
        id: String,
        kind: &'static str,
        first: String,
    },
    #[error(
        "due for review: last reviewed {reviewed}, and the pack asks for a review every {every}"
    )]
    DueForReview { reviewed: String, every: String },
    #[error(
        "{label}: not set: ask your supervisor, then give it as `number` here (a pack's \
         LANG/site.ron)"
    )]
    ContactNotSet { label: String },
    #[error(
        "{count} item(s) not translated into `{language}`: they show in English, marked EN \
         (for example {examples})"
    )]
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
