//! What a rule is, and what it may look at. Apart from the registry in
//! `mod.rs` so that each rule's file uses these without depending on the list
//! of rules (which depends on every rule).

use crate::date::Date;
use crate::document::Document;
use crate::error::Error;
use crate::language::{self, LanguageInfo, ProfilesMissing};
use crate::profile::CallProfile;
use crate::report::{FileInfo, Finding, Severity};
use crate::words::WordCounts;

/// What a rule may look at: the file, and either the document read from it
/// (with its measurements) or why it could not be read.
pub struct Context<'a> {
    /// The file as received.
    pub file: &'a FileInfo,
    /// The document and its measurements, or why the file could not be read.
    pub read: Result<Read<'a>, &'a Error>,
    /// The call's rules.
    pub profile: &'a CallProfile,
    /// Today, where the call's deadline is kept; `None` skips the deadline rule.
    pub today: Option<Date>,
}

impl<'a> Context<'a> {
    /// The document, when the file could be read.
    pub fn document(&self) -> Option<&'a Document> {
        self.read.as_ref().ok().map(|r| r.document)
    }

    /// Why the file could not be read, when it could not.
    pub fn error(&self) -> Option<&'a Error> {
        self.read.as_ref().err().copied()
    }
}

/// A document that could be read, and what was measured in it.
#[derive(Debug, Clone)]
pub struct Read<'a> {
    /// The document.
    pub document: &'a Document,
    /// Its words, by part.
    pub words: WordCounts,
    /// The languages of its main text.
    pub language: LanguageInfo,
}

impl<'a> Read<'a> {
    /// Measures a document: counts its words and detects its languages, or
    /// says which scripts' language profiles that needs first.
    pub fn measure(document: &'a Document) -> Result<Read<'a>, ProfilesMissing> {
        Ok(Read { document, words: WordCounts::of(document), language: language::try_detect(&document.body)? })
    }
}

/// A rule: its id, default severity, documentation and check.
pub struct Rule {
    /// Stable id, kebab-case.
    pub id: &'static str,
    /// The severity it reports at by default.
    pub severity: Severity,
    /// One line: what it checks.
    pub summary: &'static str,
    /// What it checks, why, and an example (Markdown).
    pub doc: &'static str,
    /// The check.
    pub check: fn(&Context<'_>) -> Vec<Finding>,
}

impl Rule {
    /// A finding of this rule, whose words are the catalogue entry `key`: the
    /// rule's id itself, or the id, a dot and a variant (`word-limit.over`).
    pub fn finding(&self, severity: Severity, key: &'static str) -> Finding {
        debug_assert!(
            key.strip_prefix(self.id).is_some_and(|variant| variant.is_empty() || variant.starts_with('.')),
            "rule {} reports under another rule's key {key}",
            self.id
        );
        let mut finding = Finding::new(self.id, severity, key);
        finding.publishes = super::publication::PUBLISHES_CONTENT.contains(&self.id);
        finding
    }
}
