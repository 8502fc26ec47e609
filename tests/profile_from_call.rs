//! The two real call texts (`../shared/calls/`) give the built-in profiles,
//! which were written by hand from the same texts. Needs `../shared/calls`:
//! ignored unless asked for, failing without it (`common::calls_dir`), like
//! the corpus tests.

use submission_checker::call_text::{self, Extraction};
use submission_checker::{profile, Lang};

mod common;
use common::{calls_dir, corpus_dir};

fn call(name: &str) -> String {
    let path = calls_dir().join(name);
    call_text::decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn missing_fields(x: &Extraction) -> Vec<&str> {
    x.missing.iter().map(|m| m.field).collect()
}

/// Every field but `sources`, whose wording is ours, and `email_hint`, which
/// the built-in 2024 profile takes from the 2023 call: no text of 2024 can give it.
fn assert_same_profile(extracted: profile::CallProfile, mut builtin: profile::CallProfile) {
    builtin.email_hint = None;
    let mut extracted = extracted;
    for p in [&mut extracted, &mut builtin] {
        p.sources.clear();
    }
    assert_eq!(extracted, builtin);
}

#[test]
#[ignore = "needs ../shared/calls"]
fn the_2024_call_gives_the_builtin_profile() {
    let text = call("emler-2024-call.txt");
    let x = call_text::extract(&text, Lang::En);
    let p = x.to_profile().expect("id and title found");
    assert_same_profile(p.clone(), profile::builtin("emler-2024").unwrap());
    // "Email address:" is followed by nothing: listed, not invented.
    assert_eq!(missing_fields(&x), ["email"]);
    assert_eq!(x.missing[0].reason, "the call's “Email address:” line is empty");
    // Each value says which of the call's lines it came from.
    assert_eq!(p.sources["subject"], "\"Email subject line: EMLER 2024 Report\"");
    assert_eq!(p.sources["word_limit"], "\"Word limit: 2500 words\"");
    assert_eq!(p.sources["deadline"], "\"Input/comments should be sent by e-mail by 24 May 2024.\"");
    assert_eq!(p.sources["formats"], "\"File formats: Word, PDF\" (Word: .docx, .docm, .doc)");
}

#[test]
#[ignore = "needs ../shared/calls"]
fn the_2023_call_gives_the_builtin_profile() {
    let text = call("emler-2023-call.txt");
    let x = call_text::extract(&text, Lang::En);
    let p = x.to_profile().expect("id and title found");
    assert_same_profile(p.clone(), profile::builtin("emler-2023").unwrap());
    // The 2023 call states no subject line, no word limit and no languages.
    assert_eq!(missing_fields(&x), ["subject", "word_limit", "languages"]);
    // Its id comes from the address, as no subject line gives an acronym.
    assert!(p.sources["id"].contains("ohchr-emler@un.org"), "{}", p.sources["id"]);
}

#[test]
#[ignore = "needs ../shared/calls"]
fn the_printed_toml_is_the_same_profile() {
    for name in ["emler-2023-call.txt", "emler-2024-call.txt"] {
        let text = call(name);
        let x = call_text::extract(&text, Lang::En);
        let toml = x.to_toml();
        let parsed = profile::from_toml(&toml).unwrap_or_else(|e| panic!("{name}: {e}\n{toml}"));
        assert_eq!(parsed, x.to_profile().unwrap(), "{name}");
        for m in &x.missing {
            assert!(toml.contains(&format!("# {} = ?", m.field)), "{name}: {} not listed in\n{toml}", m.field);
        }
    }
}

/// Never panic on input: every cut of the real calls, and every text and web
/// page of the corpus, read as if it were a call.
#[test]
#[ignore = "needs ../shared/calls and ../shared/corpus"]
fn no_text_makes_extraction_panic() {
    for name in ["emler-2023-call.txt", "emler-2024-call.txt"] {
        let text = call(name);
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(23).collect();
        for &i in &cuts {
            let _ = call_text::extract(&text[..i], Lang::En).to_toml();
            let _ = call_text::extract(&text[i..], Lang::Fr).to_toml();
            let _ = call_text::html_to_text(&text[i..]);
        }
    }
    let mut stack = vec![corpus_dir()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                // Any file: text_of says why it is not a call, or gives text to read.
                if let Ok(text) = call_text::text_of(&bytes) {
                    let _ = call_text::extract_any(&text, Lang::En).to_toml();
                }
            }
        }
    }
}
