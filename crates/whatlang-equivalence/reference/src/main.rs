//! Prints upstream whatlang's answers on every text of `tests/upstream/texts.rs`.
#[path = "../../tests/upstream/texts.rs"]
mod texts;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let readme = std::fs::read_to_string(root.join("crates/whatlang-equivalence/tests/upstream/project-readme.md")).unwrap();
    let own = std::fs::read_to_string(root.join("third_party/whatlang/README.md")).unwrap();
    let corpus = root.join("../shared/corpus/lang");
    assert!(corpus.is_dir(), "the answers are recorded with the corpus present");
    for (name, text) in texts::texts(&readme, &own, Some(&corpus)) {
        println!("{name}\t{}\t{}", text.len(), texts::answers(&text));
    }
}
