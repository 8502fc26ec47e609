//! The `.doc` reader on real Word 97–2003 files: Apache POI's test documents
//! in `../shared/corpus/doc/` (98 files) and its fuzzer cases in `doc/hostile/`.
//! These tests are `#[ignore]`d, so that a machine without the corpus passes
//! visibly; run them with `cargo test --test doc_corpus -- --ignored --nocapture`.
//!
//! The reference is antiword 0.37 (an independent reader), whose output is
//! the main text, then footnotes and endnotes, then text boxes (also those
//! of headers), never headers, footers or comments: ours is compared on the
//! same scope, body (with its text boxes) plus notes. Its note markers
//! (`[1]`, `[i]`) and picture markers (`[pic]`) are taken out; its list
//! numbers ("1.", "a)") are not, and count as words where they hold a digit
//! or letter. Where antiword cannot read a file (it refuses files whose text
//! is under a few hundred bytes), catdoc 0.95 is the reference.
//! Both texts are counted by `words::count`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use submission_checker::document::Document;
use submission_checker::limits::Limits;
use submission_checker::sniff::{sniff, Format};
use submission_checker::{read, words, ErrorKind};

fn corpus() -> PathBuf {
    common::corpus_dir().join("doc")
}

fn docs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "doc"))
        .collect();
    files.sort();
    files
}

fn tool_text(tool: &str, args: &[&str], file: &Path) -> Option<String> {
    let out = Command::new(tool).args(args).arg(file).output().unwrap_or_else(|e| {
        panic!("{tool} is needed for this test (scripts/setup installs it): {e}");
    });
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// antiword's text without its note and picture markers.
fn antiword_words(file: &Path) -> Option<u64> {
    let text = tool_text("antiword", &["-w", "0", "-m", "UTF-8.txt"], file)?;
    let cleaned: String = text.split_whitespace().map(strip_markers).collect::<Vec<_>>().join(" ");
    Some(words::count(&cleaned))
}

/// Takes `[pic]`, `[12]` and `[iv]` out of a word, wherever antiword put them.
fn strip_markers(w: &str) -> String {
    let mut out = w.to_string();
    while let Some(s) = out.find('[') {
        let Some(len) = out[s..].find(']') else { break };
        let inner = &out[s + 1..s + len];
        let marker = inner == "pic"
            || (!inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()))
            || (!inner.is_empty() && inner.chars().all(|c| "ivxlcdm".contains(c)));
        if !marker {
            break;
        }
        out.replace_range(s..=s + len, "");
    }
    out
}

fn catdoc_words(file: &Path) -> Option<u64> {
    tool_text("catdoc", &["-w", "-d", "utf-8"], file).map(|t| words::count(&t))
}

fn read_doc(bytes: &[u8]) -> Result<Document, submission_checker::Error> {
    read::read(bytes, sniff(bytes).format, &Limits::default())
}

/// Files no reference and we can compare, with why.
const NOT_READ: &[(&str, &str)] = &[
    ("Bug49933.doc", "Word 95"),
    ("Bug50955.doc", "Word 95"),
    ("Bug60942.doc", "Word 6"),
    ("Bug60942b.doc", "Word 6"),
    ("Word6.doc", "Word 6"),
    ("Word6_sections2.doc", "Word 6"),
    ("Word95.doc", "Word 95"),
    ("word95err.doc", "Word 95"),
    ("password_tika_binaryrc4.doc", "RC4-encrypted"),
    ("word2.doc", "Word 2 (not a compound file)"),
];

/// Files beyond ±5% of the reference, with the cause (found by comparing
/// the two texts word by word).
const EXPLAINED: &[(&str, &str)] = &[
    (
        "53379.doc",
        "paragraphs hidden by their style (a style with sprmCFVanish 0x81, based on Normal): antiword ignores \
         hidden styles; LibreOffice's own DOCX export of the file, read by our DOCX reader, has 5,776 body \
         words, ours 5,784 (Word's stored count: 5,919)",
    ),
    (
        "Bug52311.doc",
        "antiword prints the headings' list numbers (1, 2, ...), which are not text; Word stored 20 words, ours 21",
    ),
    ("Lists.doc", "antiword prints list numbers and letters (1., a., i.), which are not text"),
    ("footnote.doc", "catdoc prints the comment's text, which is not body"),
    ("pageref.doc", "catdoc prints the field code (PAGEREF userref \\h), not only its result"),
    ("test-fields.doc", "antiword prints the header's text box (7 words), which we keep with the headers"),
];

#[test]
#[ignore = "needs ../shared/corpus"]
fn word_counts_agree_with_antiword() {
    let dir = corpus();
    let (mut within1, mut within5, mut compared) = (0, 0, 0);
    let mut outside = Vec::new();
    for path in docs(&dir) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let doc = match read_doc(&bytes) {
            Ok(d) => d,
            Err(e) => {
                let why = NOT_READ.iter().find(|(f, _)| *f == name).map(|x| x.1);
                assert!(why.is_some(), "{name}: not read ({e}) and not listed in NOT_READ");
                println!("{name:<40} not read: {} ({e})", why.unwrap());
                continue;
            }
        };
        let w = words::WordCounts::of(&doc);
        let ours = w.body + w.notes;
        let (reference, tool) = match (antiword_words(&path), catdoc_words(&path)) {
            (Some(n), _) => (n, "antiword"),
            (None, Some(n)) => (n, "catdoc"),
            (None, None) => {
                println!("{name:<40} ours {ours:>6}  no reference: neither antiword nor catdoc reads it");
                continue;
            }
        };
        compared += 1;
        let off = if reference == 0 {
            if ours == 0 {
                0.0
            } else {
                1.0
            }
        } else {
            (ours as f64 - reference as f64).abs() / reference as f64
        };
        within1 += usize::from(off <= 0.01);
        within5 += usize::from(off <= 0.05);
        println!(
            "{name:<40} ours {ours:>6}  {tool} {reference:>6}  {:+.1}%",
            100.0 * (ours as f64 - reference as f64) / (reference.max(1) as f64)
        );
        if off > 0.05 {
            let why = EXPLAINED.iter().find(|(f, _)| *f == name).map(|x| x.1);
            println!("{:<40} why: {}", "", why.unwrap_or("NOT EXPLAINED"));
            outside.push((name, why.is_some()));
        }
    }
    println!("{compared} files compared: {within1} within ±1%, {within5} within ±5%; beyond ±5%: {outside:?}");
    assert!(compared >= 80, "only {compared} files were compared");
    assert!(within5 * 100 >= compared * 90, "fewer than 90% of the files within ±5%: {outside:?}");
    assert!(outside.iter().all(|x| x.1), "a file beyond ±5% has no explanation: {outside:?}");
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn old_and_encrypted_files_are_told_apart() {
    let dir = corpus();
    for (name, why) in NOT_READ.iter().filter(|(_, why)| why.starts_with("Word 6") || why.starts_with("Word 95")) {
        let e = read_doc(&std::fs::read(dir.join(name)).unwrap()).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Unsupported(_)), "{name} ({why}): {e}");
    }
    let e = read_doc(&std::fs::read(dir.join("password_tika_binaryrc4.doc")).unwrap()).unwrap_err();
    assert_eq!(*e.kind(), ErrorKind::PasswordProtected);
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn hostile_files_never_panic_and_end_quickly() {
    let dir = corpus().join("hostile");
    let mut refused = 0;
    for path in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
        let bytes = std::fs::read(&path).unwrap();
        let start = Instant::now();
        let result = read::read(&bytes, Format::Doc, &Limits::default());
        let took = start.elapsed();
        let name = path.file_name().unwrap().to_string_lossy();
        println!(
            "{name:<70} {took:>10.1?} {}",
            result.as_ref().map_or_else(|e| e.to_string(), |d| format!("read: {} body blocks", d.body.len()))
        );
        refused += usize::from(result.is_err());
        // Debug builds are ~20 times slower than release.
        assert!(took < Duration::from_secs(2), "{name} took {took:?}");
    }
    println!("{refused} refused with an error; the others read (their damage is outside what we read)");
}
