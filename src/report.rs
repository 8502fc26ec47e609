//! Step 4, report: findings and figures, put in words for a person and in JSON
//! for the page, the CLI and scripts.
//!
//! The JSON shape of [`Report`] is a public interface, documented in docs/report-json.md.

use crate::document::Location;
use crate::language::LanguageInfo;
/// The values of [`Finding::params`], from the catalogues that use them.
pub use crate::messages::Param;
use crate::messages::{self, Lang};
use crate::sections::Section;
use crate::sniff::Format;
use serde::Serialize;
use std::collections::BTreeMap;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before sending: the call's rules are broken, or the file cannot be read.
    Error,
    /// Should be looked at: likely to cause trouble or embarrassment.
    Warning,
    /// Good to know.
    Info,
}

impl Severity {
    /// `error`, `warning`, `info`.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// What one rule found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's stable id (`word-limit`).
    pub rule: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// What is wrong, in the report's language.
    pub message: String,
    /// How to fix it, in the report's language.
    pub help: String,
    /// Where, when it is in one place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// The location in words, in the report's language ("footnote 2, “Annex”").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The values the message was built from, for scripts.
    pub params: BTreeMap<&'static str, Param>,
    /// The message catalogue key (`word-limit.over`).
    pub key: &'static str,
    /// Whether what it found is content that would be published with the
    /// file by accident (comments, tracked changes, hidden text...): set by
    /// the rule; it makes a ready report's verdict `ready-with-warnings`.
    #[serde(skip)]
    pub publishes: bool,
}

impl Finding {
    /// A finding whose words are the catalogue entry `key`, put in words by
    /// [`Report::new`]. Rules make theirs with [`crate::rules::Rule::finding`],
    /// which gives the rule's own id.
    pub(crate) fn new(rule: &'static str, severity: Severity, key: &'static str) -> Finding {
        Finding {
            rule,
            severity,
            message: String::new(),
            help: String::new(),
            location: None,
            place: None,
            params: BTreeMap::new(),
            key,
            publishes: false,
        }
    }
    /// Adds a value the message uses.
    pub fn param(mut self, name: &'static str, value: impl Into<Param>) -> Finding {
        self.params.insert(name, value.into());
        self
    }
    /// Says where.
    pub fn at(mut self, location: Location) -> Finding {
        if !location.is_empty() {
            self.location = Some(location);
        }
        self
    }
}

/// The file as received.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileInfo {
    /// The file name as given.
    pub name: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// Its format, by content.
    pub format: Format,
    /// A more precise kind (`apple-pages`, `spreadsheet`, `damaged-zip`...), see [`crate::sniff::Sniffed`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'static str>,
}

/// The word figures. `null` numbers mean the file could not be read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Words {
    /// Words in the main text.
    pub body: Option<u64>,
    /// Words in footnotes and endnotes.
    pub notes: Option<u64>,
    /// What is held against the limit.
    pub counted: Option<u64>,
    /// The call's limit, if it has one.
    pub limit: Option<u32>,
    /// Whether `counted` includes the notes.
    pub notes_counted: bool,
}

/// A link, as the report lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkInfo {
    /// Its target.
    pub url: String,
    /// Its shown text.
    pub text: String,
    /// `external`, `internal`, `email`, `file`.
    pub kind: crate::document::LinkKind,
    /// Where it is.
    #[serde(skip_serializing_if = "Location::is_empty")]
    pub location: Location,
}

/// Why a file could not be read, when it could not.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorInfo {
    /// `password-protected`, `corrupt`, `too-large`, `unsupported`.
    pub code: &'static str,
    /// The technical detail, in English.
    pub detail: String,
}

/// Everything the checker says about one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The file.
    pub file: FileInfo,
    /// The call profile's id.
    pub call: String,
    /// The language of the messages.
    pub lang: Lang,
    /// Word figures.
    pub words: Words,
    /// The main text's words per section, by heading, in document order
    /// (empty when the document has no headings; see [`crate::sections`]).
    pub sections: Vec<Section>,
    /// Pages (PDF), else `null`.
    pub pages: Option<u32>,
    /// The document's title (stored title, else first heading), when it has one.
    pub title: Option<String>,
    /// Language figures.
    pub language: LanguageInfo,
    /// Links found in the text.
    pub links: Vec<LinkInfo>,
    /// What the rules found, most severe first.
    pub findings: Vec<Finding>,
    /// True when no finding of severity `error` remains.
    pub ready: bool,
    /// What a person reads first: `ready`, `ready-with-warnings` (ready, but
    /// content in it would be published by accident) or `not-ready`.
    pub verdict: Verdict,
    /// The rules whose findings, of any severity, are content that would be
    /// published by accident (`comments`, `tracked-changes`...; and
    /// `personal-metadata` when the call requires clean files), in the
    /// report's order: what the clean copy removes. Under a call that
    /// requires clean files the content rules report errors, so this can be
    /// non-empty on a `not-ready` report.
    pub would_publish: Vec<&'static str>,
    /// A `mailto:` link with the call's address and exact subject.
    pub mailto: String,
    /// Why the file could not be read, if it could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorInfo>,
}

/// The answer a person reads first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The file was read, meets the call's rules, and holds nothing that
    /// would be published by accident.
    Ready,
    /// The file meets the call's rules (`ready` is true), but holds content
    /// that would be published with it: comments, tracked changes, hidden
    /// text, macros, embedded files, PDF annotations or scripts. Personal
    /// metadata alone (information) does not count, unless the call requires
    /// clean files.
    ReadyWithWarnings,
    /// An `error` finding remains, or the file could not be read.
    NotReady,
}

/// What a report is made of, before [`Report::new`] puts the findings in
/// words and works out `ready` and the `mailto:` link from them.
#[derive(Debug, Clone, PartialEq)]
pub struct Parts {
    /// The file.
    pub file: FileInfo,
    /// The call profile's id.
    pub call: String,
    /// Word figures.
    pub words: Words,
    /// Words per section.
    pub sections: Vec<Section>,
    /// Pages (PDF), else `None`.
    pub pages: Option<u32>,
    /// The document's title, when it has one.
    pub title: Option<String>,
    /// Language figures.
    pub language: LanguageInfo,
    /// Links found in the text.
    pub links: Vec<LinkInfo>,
    /// What the rules found, in any order, not yet in words.
    pub findings: Vec<Finding>,
    /// Why the file could not be read, if it could not.
    pub error: Option<ErrorInfo>,
}

impl Report {
    /// The report on `parts`, in `lang`: the findings sorted (errors first,
    /// then by rule) and put in words, `ready` when the file was read and no
    /// finding is an error, and `mailto` (made from the same parts, see
    /// [`crate::cover`]).
    pub fn new(parts: Parts, lang: Lang, mailto: String) -> Report {
        let Parts { file, call, words, sections, pages, title, language, links, mut findings, error } = parts;
        crate::sort::sort_by(&mut findings, |a, b| a.severity.cmp(&b.severity).then(a.rule.cmp(b.rule)));
        for f in &mut findings {
            (f.message, f.help) = messages::render(lang, f.key, &f.params);
            f.place = f.location.as_ref().map(|l| messages::describe_location(lang, l)).filter(|p| !p.is_empty());
        }
        let ready = error.is_none() && !findings.iter().any(|f| f.severity == Severity::Error);
        let mut would_publish: Vec<&'static str> = Vec::new();
        for f in findings.iter().filter(|f| f.publishes) {
            if !would_publish.contains(&f.rule) {
                would_publish.push(f.rule);
            }
        }
        let verdict = match (ready, would_publish.is_empty()) {
            (false, _) => Verdict::NotReady,
            (true, false) => Verdict::ReadyWithWarnings,
            (true, true) => Verdict::Ready,
        };
        Report {
            file,
            call,
            lang,
            words,
            sections,
            pages,
            title,
            language,
            links,
            findings,
            ready,
            verdict,
            would_publish,
            mailto,
            error,
        }
    }

    /// How many findings of each severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(findings: Vec<Finding>, error: Option<ErrorInfo>) -> Parts {
        Parts {
            file: FileInfo { name: "x.docx".into(), bytes: 10, format: Format::Docx, description: None },
            call: "emler-2024".into(),
            words: Words::default(),
            sections: Vec::new(),
            pages: None,
            title: None,
            language: LanguageInfo::default(),
            links: Vec::new(),
            findings,
            error,
        }
    }

    #[test]
    fn a_report_puts_its_findings_in_words_errors_first() {
        let warning = Finding::new("wrong-extension", Severity::Warning, "wrong-extension")
            .param("name", "x.docx")
            .param("format", vec!["pdf".to_string()])
            .param("expected", "pdf");
        let error = Finding::new("password-protected", Severity::Error, "password-protected");
        let r = Report::new(parts(vec![warning, error], None), Lang::En, "mailto:x@example.org".into());
        assert_eq!(r.findings.iter().map(|f| f.rule).collect::<Vec<_>>(), ["password-protected", "wrong-extension"]);
        // The English catalogue's words for `wrong-extension`.
        assert_eq!(r.findings[1].message, "The file is named “x.docx”, but it is really a PDF file.");
        assert!(r.findings[1].help.starts_with("Save it again in the right format"), "{}", r.findings[1].help);
        assert!(!r.ready, "an error finding remains");
        assert_eq!((r.lang, r.mailto.as_str()), (Lang::En, "mailto:x@example.org"));
    }

    #[test]
    fn a_report_is_ready_only_when_the_file_was_read_and_no_error_remains() {
        let warning = || Finding::new("macros", Severity::Warning, "macros").param("parts", "word/vbaProject.bin");
        assert!(Report::new(parts(vec![warning()], None), Lang::Fr, String::new()).ready);
        assert!(Report::new(parts(Vec::new(), None), Lang::En, String::new()).ready);
        let unread = ErrorInfo { code: "corrupt", detail: "bad zip".into() };
        assert!(!Report::new(parts(vec![warning()], Some(unread)), Lang::En, String::new()).ready);
    }
}
