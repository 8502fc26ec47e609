//! third_party/whatlang (whatlang 0.18.0 plus our patches) answers exactly as upstream whatlang 0.18.0 does: language,
//! script, confidence (to the bit) and reliability, through `detect`,
//! `detect_lang`, `detect_script`, deny- and allowlists, and the trigram and
//! alphabet methods alone.
//!
//! `tests/upstream/answers.tsv` holds upstream's answers, recorded once by
//! `reference/` (the crates.io crate, not this fork; the command is in
//! `reference/Cargo.toml`) on the texts of `tests/upstream/texts.rs`: short
//! and odd strings, the project's README (a copy, `project-readme.md`),
//! whatlang's README, and paragraphs of the third-party corpus
//! (`../shared/corpus/lang`: UDHR article 1 in ~500 languages, with its first
//! 1, 2, 4 and 8 words, and the UDHR in 13 languages). The corpus is read
//! where it lies, not copied; without it only the other texts are compared.

#![cfg(feature = "compiled-profiles")]

#[path = "upstream/texts.rs"]
mod texts;

#[path = "upstream/compare.rs"]
mod compare;

#[test]
fn answers_are_upstreams() {
    compare::assert_answers_are_upstreams();
}

/// Compiled in, the profiles cannot be given again, and none is missing.
#[test]
fn compiled_profiles_are_there() {
    assert_eq!(whatlang::missing_profiles("Все люди рождаются свободными"), None);
    assert_eq!(whatlang::set_profiles(whatlang::Script::Cyrillic, "rus\t"), Err(whatlang::ProfilesError::AlreadyThere));
}
