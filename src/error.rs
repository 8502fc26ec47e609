//! Errors: a file that cannot be read at all.
//!
//! What the rules find in a *readable* file are [`Finding`](crate::report::Finding)s;
//! an [`Error`] means there is no document to check. [`check`](crate::check) turns
//! every error into a report with an `unreadable-file` or `password-protected`
//! finding, so callers always get a report.

use std::fmt;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<ErrorKind>, Option<Box<Said>>);

/// An error's detail as a message of the catalogues (`locales/<code>/checker.ftl`),
/// for the errors that have one, so that it can be said in the person's
/// language; [`Error::detail`] is the same message in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The catalogue key (`clean-pdf.still-holds`).
    pub key: &'static str,
    /// The message's parameters, each a text (a catalogue key where the
    /// message says `MESSAGE($name)`).
    pub params: Vec<(&'static str, String)>,
}

/// The kinds of [`Error`]. More kinds may be added.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file is encrypted and needs a password to open.
    PasswordProtected,
    /// The file is damaged: it claims a format but its structure is broken.
    /// The string says what was wrong, for a person.
    Corrupt(String),
    /// The file went past one of the reader's safety limits (size, entries,
    /// nesting, pages, time). The string names the limit.
    TooLarge(String),
    /// The format is known but this checker cannot read its text
    /// (legacy `.doc`, RTF, ODT, images...). The string names the format.
    Unsupported(String),
    /// The call profile is invalid. The string names the field.
    Profile(String),
    /// The clean copy was refused: the file reads, but a part holds
    /// something that cannot be rewritten safely. Its code is `corrupt`
    /// (the file as it is cannot be cleaned).
    Refused(Refusal),
}

/// Why a clean copy was refused, by a stable reason a person's language can
/// put in words (the catalogue entry `cli.clean.refused.REASON`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The part that holds it (`word/document.xml`).
    pub part: String,
    /// `case-twins` (two parts whose names differ only in case), `cut-field`
    /// (a tracked change or hidden text cuts a field in two), `deleted-mark`
    /// (a deleted mark outside a paragraph's properties), `change-kind` (a
    /// kind of tracked change not accepted yet, named by `element`).
    pub reason: &'static str,
    /// The element, for `change-kind` (`w:cellDel`).
    pub element: Option<String>,
}

impl Refusal {
    /// The refusal in English, for logs and `error.detail`.
    fn detail(&self) -> String {
        let part = &self.part;
        match self.reason {
            "case-twins" => {
                format!("the clean copy cannot be made: the package holds part {part} twice (names differing only in case)")
            }
            "cut-field" => format!("the clean copy cannot be made: in {part}, a tracked change or hidden text cuts a field in two"),
            "deleted-mark" => format!(
                "the clean copy cannot be made: in {part}, a deleted mark outside a paragraph's properties (in math, or a run's)"
            ),
            _ => format!(
                "the clean copy cannot be made: in {part}, a tracked change of a kind not accepted here yet ({})",
                self.element.as_deref().unwrap_or("?")
            ),
        }
    }
}

impl Error {
    /// Creates an error of the given kind.
    pub fn new(kind: ErrorKind) -> Self {
        Error(Box::new(kind), None)
    }

    /// The same error, its detail also given as a catalogue message.
    pub fn with_said(self, said: Said) -> Self {
        Error(self.0, Some(Box::new(said)))
    }

    /// The detail as a catalogue message, when the error has one.
    pub fn said(&self) -> Option<&Said> {
        self.1.as_deref()
    }
    /// A damaged file, with what was wrong.
    pub fn corrupt(why: impl Into<String>) -> Self {
        Error::new(ErrorKind::Corrupt(why.into()))
    }
    /// A file past a safety limit, naming the limit.
    pub fn too_large(why: impl Into<String>) -> Self {
        Error::new(ErrorKind::TooLarge(why.into()))
    }
    /// A clean copy refused, for `reason` in `part` (see [`Refusal`]).
    pub fn refused(part: &str, reason: &'static str, element: Option<String>) -> Self {
        Error::new(ErrorKind::Refused(Refusal { part: part.to_string(), reason, element }))
    }
    /// An invalid call profile, naming the field.
    pub fn profile(why: impl Into<String>) -> Self {
        Error::new(ErrorKind::Profile(why.into()))
    }
    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }
    /// A short stable code for the kind: `password-protected`, `corrupt`,
    /// `too-large`, `unsupported`, `profile`.
    pub fn code(&self) -> &'static str {
        match *self.0 {
            ErrorKind::PasswordProtected => "password-protected",
            ErrorKind::Corrupt(_) | ErrorKind::Refused(_) => "corrupt",
            ErrorKind::TooLarge(_) => "too-large",
            ErrorKind::Unsupported(_) => "unsupported",
            ErrorKind::Profile(_) => "profile",
        }
    }
    /// The detail text, in English, for logs and the `error.detail` field.
    pub fn detail(&self) -> String {
        match &*self.0 {
            ErrorKind::PasswordProtected => "the file is encrypted with a password".into(),
            ErrorKind::Corrupt(s) | ErrorKind::TooLarge(s) | ErrorKind::Unsupported(s) | ErrorKind::Profile(s) => {
                s.clone()
            }
            ErrorKind::Refused(r) => r.detail(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.detail())
    }
}

impl std::error::Error for Error {}
