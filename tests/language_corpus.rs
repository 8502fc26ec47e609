//! Language detection measured on third-party texts (`../shared/corpus/lang`):
//! the Universal Declaration of Human Rights in the four accepted languages
//! and eight near languages, and a mixed English/Spanish text. Ignored unless
//! asked for; fails without the corpus (`common::corpus_dir`).
//! `cargo test --test language_corpus -- --ignored --nocapture`
//! prints the figures quoted in docs/language.md.

use std::path::Path;
use submission_checker::document::{Block, BlockKind, Location};
use submission_checker::language::{self, LanguageInfo};

mod common;
use common::corpus_dir;

/// The accepted languages' texts and the code a reader expects.
const ACCEPTED: &[(&str, &str)] =
    &[("udhr_eng", "en"), ("udhr_fra", "fr"), ("udhr_spa", "es"), ("udhr_por_BR", "pt"), ("udhr_por_PT", "pt")];

/// Languages near the accepted ones, which must never pass for them with `reliable: true`.
const NEAR: &[&str] = &[
    "udhr_cat",
    "udhr_glg",
    "udhr_ita",
    "udhr_ron_2006",
    "udhr_ast",
    "udhr_lnc",
    "udhr_oci_1_francoprovencal",
    "udhr_lad",
];

const ACCEPTED_CODES: &[&str] = &["en", "fr", "es", "pt"];

fn text(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join("udhr").join(format!("{name}.txt"))).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// One block per non-empty line, numbered like a reader numbers paragraphs.
fn blocks(text: &str) -> Vec<Block> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| Block {
            text: l.to_string(),
            kind: BlockKind::Paragraph,
            location: Location { paragraph: Some(i as u32 + 1), ..Location::default() },
        })
        .collect()
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn describe(l: &LanguageInfo) -> String {
    let shares: Vec<String> = l.shares.iter().map(|s| format!("{} {:.1}%", s.code, 100.0 * s.share)).collect();
    format!("main {:?}, reliable {}, {}", l.main, l.reliable, shares.join(", "))
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn whole_documents_in_accepted_languages_are_recognised() {
    let dir = corpus_dir().join("lang");
    for (name, code) in ACCEPTED {
        let l = language::detect(&blocks(&text(&dir, name)));
        let u = language::unfamiliar_short_word_share(code, &text(&dir, name)).unwrap_or(0.0);
        eprintln!("{name}: {} (unfamiliar short words: {:.1}%)", describe(&l), 100.0 * u);
        assert_eq!(l.main.as_deref(), Some(*code), "{name}");
        assert!(l.reliable, "{name} should be reliable");
    }
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn near_languages_never_pass_for_an_accepted_one() {
    let dir = corpus_dir().join("lang");
    for name in NEAR {
        let l = language::detect(&blocks(&text(&dir, name)));
        let main = l.main.as_deref().unwrap_or("none");
        let u = language::unfamiliar_short_word_share(main, &text(&dir, name));
        eprintln!("{name}: {} (unfamiliar short words as {main}: {u:?})", describe(&l));
        assert!(!(ACCEPTED_CODES.contains(&main) && l.reliable), "{name} reported as {main} with reliable = true");
        // Paragraph by paragraph (not a requirement: printed for docs/language.md).
        let t = text(&dir, name);
        let paragraphs: Vec<&str> = t.lines().filter(|l| words(l) >= 20).collect();
        let passed = paragraphs
            .iter()
            .filter(|p| {
                let l = language::detect(&blocks(p));
                l.reliable && l.main.as_deref().is_some_and(|m| ACCEPTED_CODES.contains(&m))
            })
            .count();
        eprintln!("  {name}: {passed} of {} paragraphs of 20+ words pass for an accepted language", paragraphs.len());
    }
}

/// The same texts as DOCX files (converted by LibreOffice), read by the
/// checker's own reader: what a contributor would see.
#[test]
#[ignore = "needs ../shared/corpus"]
fn docx_files_give_the_same_answers() {
    let dir = corpus_dir().join("lang");
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in profile");
    let today = "2024-05-01".parse().expect("a date");
    let cases = ACCEPTED.iter().map(|(n, c)| (*n, Some(*c))).chain(NEAR.iter().map(|n| (*n, None)));
    let mut seen = 0;
    for (name, code) in cases {
        let path = dir.join("udhr_docs").join(format!("{name}.docx"));
        let Ok(bytes) = std::fs::read(&path) else { continue };
        seen += 1;
        let r = submission_checker::check(&bytes, &format!("{name}.docx"), &call, today);
        eprintln!("{name}.docx: {}", describe(&r.language));
        match code {
            Some(code) => assert!(r.language.main.as_deref() == Some(code) && r.language.reliable, "{name}.docx"),
            None => assert!(
                !(r.language.reliable && r.language.main.as_deref().is_some_and(|m| ACCEPTED_CODES.contains(&m))),
                "{name}.docx"
            ),
        }
    }
    assert!(seen >= 5, "expected the UDHR DOCX files in {}", dir.join("udhr_docs").display());
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn paragraphs_of_twenty_words_or_more_are_recognised() {
    let dir = corpus_dir().join("lang");
    for (name, code) in ACCEPTED {
        let t = text(&dir, name);
        let paragraphs: Vec<&str> = t.lines().filter(|l| words(l) >= 20).collect();
        let mut right = 0;
        let mut right_and_reliable = 0;
        for p in &paragraphs {
            let l = language::detect(&blocks(p));
            if l.main.as_deref() == Some(*code) {
                right += 1;
                if l.reliable {
                    right_and_reliable += 1;
                } else {
                    eprintln!("  {name} not reliable: {} | {p}", describe(&l));
                }
            } else {
                eprintln!("  {name} wrong: {} | {p}", describe(&l));
            }
        }
        let n = paragraphs.len();
        eprintln!(
            "{name}: {n} paragraphs, {right} right ({:.1}%), {right_and_reliable} right and reliable ({:.1}%)",
            100.0 * right as f64 / n as f64,
            100.0 * right_and_reliable as f64 / n as f64
        );
        assert!(n >= 30, "{name}: only {n} paragraphs");
        assert!(right_and_reliable as f64 >= 0.98 * n as f64, "{name}: {right_and_reliable} of {n}");
    }
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn mixed_english_and_spanish_reports_both() {
    let dir = corpus_dir().join("lang");
    let t = std::fs::read_to_string(dir.join("eng_spa_mult.unstructured.txt")).expect("mixed text");
    // The Spanish in this text is one sentence, quoted and repeated: its words
    // are the Spanish share a reader sees.
    let sentence = "Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros.";
    let spanish = t.matches(sentence).count() * words(sentence);
    let truth = spanish as f64 / words(&t) as f64;
    let l = language::detect(&blocks(&t));
    eprintln!("mixed: {} (Spanish in the text: {:.1}%)", describe(&l), 100.0 * truth);
    assert_eq!(l.main.as_deref(), Some("en"));
    let es = l.shares.iter().find(|s| s.code == "es").expect("Spanish found").share;
    let en = l.shares.iter().find(|s| s.code == "en").expect("English found").share;
    assert!((es - truth).abs() <= 0.10, "Spanish share {es:.3} against {truth:.3}");
    assert!((en - (1.0 - truth)).abs() <= 0.10, "English share {en:.3}");
}
