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

#[path = "upstream/texts.rs"]
mod texts;

use std::collections::HashMap;
use std::path::Path;

#[test]
fn answers_are_upstreams() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let recorded = std::fs::read_to_string(dir.join("tests/upstream/answers.tsv")).unwrap();
    let expected: HashMap<&str, (&str, &str)> = recorded
        .lines()
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            (f.next().unwrap(), (f.next().unwrap(), f.next().unwrap()))
        })
        .collect();
    let readme = std::fs::read_to_string(dir.join("tests/upstream/project-readme.md")).unwrap();
    let own = std::fs::read_to_string(dir.join("../../third_party/whatlang/README.md")).unwrap();
    let corpus = dir.join("../../../shared/corpus/lang");
    let corpus = corpus.is_dir().then_some(corpus.as_path());

    let texts = texts::texts(&readme, &own, corpus);
    if corpus.is_some() {
        assert_eq!(texts.len(), expected.len(), "the same texts as when the answers were recorded");
    }
    let mut differences = Vec::new();
    for (name, text) in &texts {
        let (len, answers) = expected.get(name.as_str()).unwrap_or_else(|| panic!("no recorded answer for {name}"));
        assert_eq!(len.parse::<usize>().unwrap(), text.len(), "{name} is not the text recorded");
        let ours = texts::answers(text);
        if ours != *answers {
            differences.push(format!("{name}\n  upstream {answers}\n  fork     {ours}"));
        }
    }
    assert!(differences.is_empty(), "{} of {} differ:\n{}", differences.len(), texts.len(), differences.join("\n"));
}
