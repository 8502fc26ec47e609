//! The verdict a person reads first, in its three states, with and without a
//! call that requires clean files.
//!
//! Expected values are issue 19's words: *ready*; *meets the call's rules,
//! but N things in it would be published* (`ready-with-warnings`: comments,
//! tracked changes, hidden text...); *not ready* (errors). "Personal metadata
//! alone (an author's name in the properties, which nearly every file has)
//! stays an info and does not turn the verdict amber, unless the profile
//! requires clean files; the clean copy removes it all the same."
//! `would_publish` lists what the clean copy would remove that is a finding,
//! at any severity: the page offers the copy whenever it is not empty.

use submission_checker::profile::{builtin, CallProfile};
use submission_checker::report::{Report, Severity, Verdict};
use submission_checker::Options;

mod common;
use common::{package, Part};

const CORE_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

/// A paragraph of `n` words.
fn words(n: usize) -> String {
    format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", vec!["complaints"; n].join(" "))
}

/// A hidden run, as Word writes text formatted as hidden.
const HIDDEN: &str = "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Internal note.</w:t></w:r></w:p>";

/// A DOCX whose body is `body`; with `author`, its properties name her.
fn docx(body: &str, author: Option<&str>) -> Vec<u8> {
    let p = package(body);
    let Some(who) = author else { return p.bytes() };
    let core = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{who}</dc:creator></cp:coreProperties>"#
    );
    p.part(Part::new("docProps/core.xml", core).related_to_package(CORE_REL)).bytes()
}

fn call(clean_files_required: bool) -> CallProfile {
    let mut call = builtin("emler-2024").expect("built-in");
    call.clean_files_required = clean_files_required;
    call
}

fn check(bytes: &[u8], call: &CallProfile) -> Report {
    let report = submission_checker::check_with(bytes, "contribution.docx", call, None, &Options::default());
    assert!(report.error.is_none(), "{:?}", report.error);
    report
}

/// (verdict, `ready`, `would_publish`, the severity of the `personal-metadata` finding).
fn outcome(r: &Report) -> (Verdict, bool, Vec<&str>, Option<Severity>) {
    let personal = r.findings.iter().find(|f| f.rule == "personal-metadata").map(|f| f.severity);
    (r.verdict, r.ready, r.would_publish.clone(), personal)
}

#[test]
fn a_file_with_nothing_to_remove_is_ready_under_either_call() {
    let plain = docx(&words(120), None);
    for strict in [false, true] {
        assert_eq!(outcome(&check(&plain, &call(strict))), (Verdict::Ready, true, vec![], None), "strict {strict}");
    }
}

#[test]
fn an_authors_name_alone_is_information_unless_the_call_requires_clean_files() {
    let named = docx(&words(120), Some("Ana Souza"));
    assert_eq!(outcome(&check(&named, &call(false))), (Verdict::Ready, true, vec![], Some(Severity::Info)));
    assert_eq!(
        outcome(&check(&named, &call(true))),
        (Verdict::ReadyWithWarnings, true, vec!["personal-metadata"], Some(Severity::Warning))
    );
}

#[test]
fn hidden_text_is_amber_and_an_error_when_the_call_requires_clean_files() {
    let hidden = docx(&format!("{}{HIDDEN}", words(120)), Some("Ana Souza"));
    assert_eq!(
        outcome(&check(&hidden, &call(false))),
        (Verdict::ReadyWithWarnings, true, vec!["hidden-text"], Some(Severity::Info))
    );
    // Not ready, but what the clean copy removes is still listed: the page offers it.
    assert_eq!(
        outcome(&check(&hidden, &call(true))),
        (Verdict::NotReady, false, vec!["hidden-text", "personal-metadata"], Some(Severity::Warning))
    );
}

#[test]
fn a_file_over_the_word_limit_is_not_ready_and_lists_what_a_clean_copy_would_still_remove() {
    let long = docx(&words(2_600), Some("Ana Souza"));
    let lenient = check(&long, &call(false));
    assert!(lenient.findings.iter().any(|f| f.rule == "word-limit" && f.severity == Severity::Error));
    assert_eq!(outcome(&lenient), (Verdict::NotReady, false, vec![], Some(Severity::Info)));
    assert_eq!(
        outcome(&check(&long, &call(true))),
        (Verdict::NotReady, false, vec!["personal-metadata"], Some(Severity::Warning))
    );
}
