//! # submission-checker
//!
//! Checks a contribution to a UN call for inputs (Word, PDF or OpenDocument) against the
//! call's rules, and prepares the email, without the document leaving the
//! device. The same core runs in the browser (WebAssembly) and as a CLI.
//!
//! ```
//! use submission_checker::{check, profile};
//!
//! let call = profile::builtin("emler-2024").unwrap();
//! let today = "2024-05-10".parse().unwrap();
//! let report = check(b"", "contribution.docx", &call, today);
//! assert!(!report.ready);
//! assert_eq!(report.findings[0].rule, "unreadable-file");
//! assert!(report.mailto.contains("subject=EMLER%202024%20Report"));
//! ```
//!
//! ## Steps
//!
//! A document travels one way through these modules:
//!
//! 1. [`sniff`]: what the bytes really are ([`sniff::Format`]).
//! 2. [`read`]: the file → a neutral [`document::Document`], or an [`Error`].
//! 3. [`rules`]: each rule looks at the document and the [`profile::CallProfile`].
//!    [`words`] and [`language`] measure the document for them; [`sections`]
//!    counts the words under each heading for the report.
//! 4. [`report`]: findings and figures, in words ([`messages`]) and JSON.
//! 5. [`send`]: a `mailto:` with the exact subject, and an `.eml` draft with the file attached ([`eml`]).
//!
//! Beside the steps, [`clean`] makes the clean copy of a DOCX (what Word's
//! Document Inspector and "Accept All Changes" would leave), and
//! [`clean_pdf`] a copy of a PDF without what a call would publish by mistake
//! (review notes, scripts, attached files, the author); [`clean_copy`]
//! chooses between them by content and names the copy, for the CLI and the page.
//!
//! Nothing here touches the file system or the network: the caller passes bytes.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// The modules that handle file data deny the panicking lints below: input
// must never panic (STYLE.md). Tests may (clippy.toml); a remaining site
// carries an `#[allow]` with the reason it cannot fail.

#[cfg(feature = "call-text")]
pub mod call_text;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod clean;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod clean_copy;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod clean_pdf;
pub mod date;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod document;
pub mod error;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod language;
pub mod limits;
pub mod messages;
pub mod profile;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod read;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod report;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod rules;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod sections;
pub mod send;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod sniff;
mod sort;
pub mod summary;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
mod unpack;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
pub mod words;

pub use date::Date;
pub use error::{Error, ErrorKind};
pub use messages::Lang;
pub use profile::CallProfile;
pub use report::{Finding, Report, Severity, Verdict};

use document::{BlockKind, Document};
use language::LanguageInfo;
use report::{ErrorInfo, FileInfo, LinkInfo, Words};

/// How to check: the language of the messages, the reader's limits, and what
/// the cover note says about the sender.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Language of messages and of the email body.
    pub lang: Lang,
    /// Safety limits for reading.
    pub limits: limits::Limits,
    /// The sender's organisation, for the cover note.
    pub organisation: Option<String>,
    /// The sender's name, for the cover note.
    pub contact: Option<String>,
}

/// Checks one file against a call, in English with the default limits.
/// `today` is the date where the call keeps its deadline.
#[cfg(feature = "all-scripts")]
pub fn check(bytes: &[u8], name: &str, profile: &CallProfile, today: Date) -> Report {
    check_with(bytes, name, profile, Some(today), &Options::default())
}

/// Checks one file against a call. Never panics on any input; a file that
/// cannot be read gives a report with an `unreadable-file` or
/// `password-protected` finding and `error` set. `today: None` skips the deadline rule.
/// With every script's language profiles compiled in (feature `all-scripts`).
#[cfg(feature = "all-scripts")]
pub fn check_with(bytes: &[u8], name: &str, profile: &CallProfile, today: Option<Date>, options: &Options) -> Report {
    match try_check_with(bytes, name, profile, today, options) {
        Ok(report) => report,
        // `all-scripts` compiles every script's profiles in: none is missing.
        Err(missing) => unreachable!("{missing}"),
    }
}

/// [`check_with`], or, when the document has text in a script whose language
/// profiles were not given (only without the feature `all-scripts`: see
/// [`language::give_profiles`]), the scripts to give first: never a report
/// whose languages were not really detected.
pub fn try_check_with(
    bytes: &[u8],
    name: &str,
    profile: &CallProfile,
    today: Option<Date>,
    options: &Options,
) -> Result<Report, language::ProfilesMissing> {
    let sniffed = sniff::sniff(bytes);
    let file = FileInfo {
        name: name.to_string(),
        bytes: bytes.len() as u64,
        format: sniffed.format,
        description: sniffed.description,
    };

    let read = read::read(bytes, sniffed.format, &options.limits);
    let measured = match read.as_ref() {
        Ok(document) => Ok(rules::Read::measure(document)?),
        Err(error) => Err(error),
    };
    let context = rules::Context { file: &file, read: measured, profile, today };
    let findings = rules::run(&context);

    // The measurements move out of the context, which borrows `file`; the document is borrowed from `read` again.
    let (counts, language) = match context.read {
        Ok(r) => (Some(r.words), r.language),
        Err(_) => (None, LanguageInfo::default()),
    };
    let document = read.as_ref().ok();
    let error = read.as_ref().err().map(|e| ErrorInfo { code: e.code(), detail: e.detail() });
    let parts = report::Parts {
        file,
        call: profile.id.clone(),
        words: Words {
            body: counts.map(|w| w.body),
            notes: counts.map(|w| w.notes),
            counted: counts.map(|w| w.counted(profile.notes_count)),
            limit: profile.word_limit,
            notes_counted: profile.notes_count,
        },
        sections: document.map(sections::of).unwrap_or_default(),
        pages: document.and_then(|d| d.pages),
        title: document.and_then(title_of),
        language,
        links: document
            .map(|d| {
                d.links
                    .iter()
                    .map(|l| LinkInfo {
                        url: l.url.clone(),
                        text: l.text.clone(),
                        kind: l.kind,
                        location: l.location.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        findings,
        error,
    };
    let mailto = send::mailto(
        profile,
        &cover_of(&parts.file, &parts.title, &parts.words, &parts.language, options),
        options.lang,
    );
    Ok(Report::new(parts, options.lang, mailto))
}

/// What the cover note says about a checked file: the sender as typed on the
/// page, the title, the file name, the word count and (when reliable) the language.
pub fn cover(report: &Report, options: &Options) -> send::Cover {
    cover_of(&report.file, &report.title, &report.words, &report.language, options)
}

/// [`cover`] from a report's parts, so that the report's `mailto:` link is
/// made before the report and says what the report says.
fn cover_of(
    file: &FileInfo,
    title: &Option<String>,
    words: &Words,
    language: &LanguageInfo,
    options: &Options,
) -> send::Cover {
    let name = file.name.as_str();
    send::Cover {
        organisation: options.organisation.clone(),
        contact: options.contact.clone(),
        title: title.clone(),
        file_name: name.rsplit(['/', '\\']).next().unwrap_or(name).to_string(),
        words: words.counted,
        language: language.main.clone().filter(|_| language.reliable),
    }
}

/// An `.eml` draft for a file already checked into `report`: the call's
/// address, exact subject, the cover note in `options.lang`, and `bytes`
/// attached. `unix_secs` dates it (the core reads no clock).
pub fn eml(bytes: &[u8], report: &Report, profile: &CallProfile, options: &Options, unix_secs: i64) -> String {
    let attachment = send::Attachment { name: &report.file.name, bytes, format: report.file.format };
    send::eml(profile, &cover(report, options), options.lang, &attachment, unix_secs)
}

/// The document's title: its stored title, else its first heading.
fn title_of(doc: &Document) -> Option<String> {
    doc.metadata
        .title
        .clone()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .or_else(|| doc.body.iter().find(|b| matches!(b.kind, BlockKind::Heading(_))).map(|b| document::quote(&b.text)))
}
