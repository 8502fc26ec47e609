//! The comparison of the fork's answers with upstream's recorded ones, shared
//! by the test with the profiles compiled in (`upstream_equivalence.rs`) and
//! the one with them given at run time (`given_profiles.rs`).

use crate::texts;
use std::collections::HashMap;
use std::path::Path;

/// Asserts that the fork answers as upstream on every recorded text.
pub fn assert_answers_are_upstreams() {
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
