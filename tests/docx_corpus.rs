//! The DOCX reader on real third-party Word files (`../shared/corpus`).
//! Ignored unless asked for (`-- --ignored`; scripts/test does when the corpus
//! is there); run without the corpus, the tests fail (`common::corpus_dir`).
//!
//! References, all from outside this project:
//! - `ref_words_pandoc_accept` in `manifest.tsv`: pandoc 2.17's plain-text
//!   output with tracked changes accepted, counted by `wc -w` (it includes notes);
//! - the UDHR texts in `lang/udhr/*.txt`, from which `lang/udhr_docs/*.docx`
//!   were made with LibreOffice;
//! - `appWords`: the count the authoring program stored when it last saved.
//!
//! Where pandoc's count and ours differ by more than 2%, the file is in
//! [`EXPLAINED`] with the cause (found by reading the file's XML and pandoc's
//! output) and the count that cause gives.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};
use submission_checker::document::{ChangeKind, Document};
use submission_checker::limits::Limits;
use submission_checker::{check_with, profile, read, sniff, words, Error, ErrorKind, Options};

mod common;
use common::corpus_dir;

/// A file where pandoc's plain-text count is not Word's, with why, and the
/// count that follows from pandoc's own output once that cause is taken out
/// (`None` where that cannot be done by hand, e.g. thousands of Chinese characters).
struct Explained {
    file: &'static str,
    expected: Option<u64>,
    why: &'static str,
}

/// Causes seen in pandoc's output (`pandoc --track-changes=accept -t plain`):
/// - it draws table borders and grid lines (`-----`, `|`, `+===+`), which `wc -w` counts;
/// - it writes list numbers and bullets (`1.`, `a)`, `-`), note labels (`[1]`),
///   image alt text (`[A jellyfish in water …]`) and empty image placeholders (`[]`);
///   Word counts none of these;
/// - it moves Title, Subtitle, Author, Date and Abstract paragraphs into
///   metadata, which plain output leaves out; Word shows and counts them;
/// - it counts a run of Chinese or Japanese characters as one word; Word, and we,
///   count each character;
/// - it counts a token with no letter or digit (`§`, `–`, `-`, `£`, `•`); we do not
///   (docs/word-count.md).
/// - it keeps text formatted hidden (`w:vanish`); Word hides it and does not count it.
const EXPLAINED: &[Explained] = &[
    Explained { file: "docx-rs__hidden.docx", expected: Some(2), why: "\"Hidden\" is w:vanish: pandoc keeps it, Word hides it; \"Hello World\" is 2" },
    Explained { file: "docx-rs__table.docx", expected: Some(1), why: "one cell says \"Hello\"; pandoc's 6 are it plus 5 table-border tokens" },
    Explained {
        file: "docx2python__example.docx",
        expected: Some(92),
        why: "pandoc adds 14 list numbers, 4 note labels, 24 alt-text words and grid-table borders; by hand from the XML: body 84 (12 list items 30, bullets 9, formatting cells 14, nested table 4, tab-delimited 3, \"10 < 20 and 20 > 10\" 5, 4 reference lines 12, \"Text outside table\" 3, 2 headings 4), notes 4 × 2",
    },
    Explained { file: "docx2python__libreoffice_conversion.docx", expected: None, why: "Chinese: one word per character (Word's rule) against pandoc's whitespace runs; pandoc also prints one complex table as \"[TABLE]\"" },
    Explained { file: "docx2python__test_file_with_comments.docx", expected: Some(347), why: "pandoc's 357 hold 4 alt-text words of an image, 2 bullets and 4 table-rule tokens" },
    Explained { file: "pandoc__i18n_blocks.docx", expected: Some(25), why: "pandoc's 27 hold 2 list bullets (\"-\")" },
    Explained {
        file: "pandoc__instrText_hyperlink.docx",
        expected: Some(82),
        why: "Chinese: 61 characters, each a word, plus 21 Latin-script words (counted by hand); pandoc counts 17 whitespace runs",
    },
    Explained { file: "pandoc__link_in_notes.docx", expected: Some(5), why: "pandoc's 6 hold the note label \"[1]\"" },
    Explained { file: "pandoc__metadata.docx", expected: Some(41), why: "pandoc moves Title (4), Authors (3 + 2), Date (3) and Abstract (23) into metadata and prints only the 6-word body; Word shows all 41" },
    Explained {
        file: "pandoc__paragraph_insertion_deletion.docx",
        expected: Some(4),
        why: "the mark of the paragraph \" split\" is a tracked deletion: accepted, it runs on into \"Paragraph.\" as \"splitParagraph.\", one word, as Word joins paragraphs; pandoc puts a space between them (Word's stored count is 4 too)",
    },
    Explained { file: "pandoc__notes.docx", expected: Some(18), why: "pandoc's 20 hold two note labels \"[1]\" \"[2]\"" },
    Explained { file: "pandoc__unicode.docx", expected: Some(6), why: "\"世界\" is two words (one per character) for Word and us, one token for pandoc" },
    Explained { file: "poi__HeaderFooterUnicode.docx", expected: Some(70), why: "pandoc's 74 hold \"-\", \"-\", \"£\", \"€\" standing alone: no letter or digit" },
    Explained { file: "poi__delins.docx", expected: Some(205), why: "pandoc's 242 hold 30 list bullets and table rules, and 7 lone \"-\", \"&\", \"@\"; Word's stored 480 predates the last edit (LibreOffice's 331 keeps deleted text)" },
    Explained { file: "poi__footnotes.docx", expected: Some(7), why: "pandoc's 8 hold the note label \"[1]\"" },
    Explained { file: "tika__testInstrLink.docx", expected: Some(25), why: "nested layout tables: pandoc's 239 are 27 words inside 212 border tokens; of the 27, \"•\" and \"©\" stand alone" },
    Explained { file: "tika__testWORD.docx", expected: Some(100), why: "pandoc drops the Title (4) and Subtitle (5) paragraphs into metadata and adds 32 table-border tokens: 123 − 32 + 9 = 100" },
    Explained { file: "tika__testWORD_embedded_pdf.docx", expected: Some(10), why: "pandoc's 12 hold two \"[]\" placeholders for the embedded objects" },
    Explained {
        file: "tika__testWORD_various.docx",
        expected: Some(130),
        why: "pandoc drops the text box \"Here is a text box\" (5), counts the Japanese line as 1 (we: 11 characters), and adds 3 bullets, 3 list numbers, 1 note label, 5 table rules: 127 + 5 + 10 − 12 = 130",
    },
    Explained { file: "unstructured__handbook-1p.docx", expected: Some(532), why: "pandoc's 544 hold 11 \"§\" and 1 \"–\" standing alone" },
];

struct Row {
    file: String,
    container: String,
    links_or_scan: String,
    pandoc: Option<u64>,
}

fn manifest(dir: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(dir.join("manifest.tsv")).expect("manifest.tsv is readable");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col =
        |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("manifest has no column {name}"));
    let (file, container, scan, pandoc) =
        (col("file"), col("container"), col("links_or_scan"), col("ref_words_pandoc_accept"));
    lines
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.get(file).is_some_and(|f| f.starts_with("docx/")))
        .map(|c| Row {
            file: c[file].to_string(),
            container: c.get(container).unwrap_or(&"").to_string(),
            links_or_scan: c.get(scan).unwrap_or(&"").to_string(),
            pandoc: c.get(pandoc).and_then(|v| v.trim().parse().ok()),
        })
        .collect()
}

/// `key=value` from the `links_or_scan` column.
fn scan_value<'a>(scan: &'a str, key: &str) -> Option<&'a str> {
    scan.split(';').find_map(|kv| kv.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
}

/// Reads a file, failing the test (with the file's name) on a panic or when it takes too long.
fn read_file(path: &Path) -> Result<Document, Error> {
    let bytes = std::fs::read(path).expect("corpus file is readable");
    let start = Instant::now();
    let result = std::panic::catch_unwind(|| read::read(&bytes, sniff::sniff(&bytes).format, &Limits::default()));
    let elapsed = start.elapsed();
    let result = result.unwrap_or_else(|_| panic!("{} panicked the reader", path.display()));
    // Debug builds are slow; the largest corpus file reads in milliseconds in release.
    // A hang guard; speed is measured in BENCHMARKS.md.
    assert!(elapsed < Duration::from_secs(60), "{} took {elapsed:?}", path.display());
    result
}

fn total(doc: &Document) -> u64 {
    let w = words::WordCounts::of(doc);
    w.body + w.notes
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn every_corpus_docx_reads_without_panic_and_counts_like_pandoc_or_explained() {
    let dir = corpus_dir();
    let rows = manifest(&dir);
    assert!(rows.len() >= 60, "expected the 69 DOCX rows, found {}", rows.len());
    let explained: HashMap<&str, &Explained> = EXPLAINED.iter().map(|e| (e.file, e)).collect();
    let mut failures = Vec::new();
    let mut within = 0;
    for row in &rows {
        let name = row.file.trim_start_matches("docx/");
        let path = dir.join(&row.file);
        let result = read_file(&path);
        if row.container.starts_with("OLE2") {
            if !matches!(result.as_ref().map_err(Error::kind), Err(ErrorKind::PasswordProtected)) {
                failures
                    .push(format!("{name}: an encrypted package must give password-protected, got {:?}", result.err()));
            }
            continue;
        }
        if scan_value(&row.links_or_scan, "zip_error").is_some() {
            match &result {
                Err(e) if matches!(e.kind(), ErrorKind::Corrupt(_)) && !e.detail().is_empty() => {}
                other => failures.push(format!(
                    "{name}: a damaged ZIP must be corrupt with a reason, got {:?}",
                    other.as_ref().err()
                )),
            }
            continue;
        }
        let doc = match result {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{name}: pandoc read it, we failed: {e}"));
                continue;
            }
        };
        let ours = total(&doc);
        let Some(reference) = row.pandoc else { continue };
        let close = ours.abs_diff(reference) as f64 <= 0.02 * reference as f64;
        match (close, explained.get(name)) {
            (true, None) => within += 1,
            (true, Some(_)) => failures
                .push(format!("{name}: within 2% of pandoc now ({ours} vs {reference}); remove it from EXPLAINED")),
            (false, None) => failures.push(format!("{name}: {ours} words, pandoc {reference}, and no explanation")),
            (false, Some(e)) => match e.expected {
                Some(x) if x != ours => failures.push(format!("{name}: {ours} words, expected {x} ({})", e.why)),
                // Counting each CJK character can only add to pandoc's whitespace runs.
                None if ours < reference => {
                    failures.push(format!("{name}: {ours} words, fewer than pandoc's {reference} ({})", e.why))
                }
                _ => {}
            },
        }
    }
    eprintln!("{within} files within 2% of pandoc, {} explained", EXPLAINED.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn unreadable_corpus_files_give_a_finding_with_a_reason() {
    let dir = corpus_dir();
    let call = profile::builtin("emler-2024").expect("built-in profile");
    for row in manifest(&dir) {
        let encrypted = row.container.starts_with("OLE2");
        if !encrypted && scan_value(&row.links_or_scan, "zip_error").is_none() {
            continue;
        }
        let bytes = std::fs::read(dir.join(&row.file)).expect("corpus file is readable");
        let report = check_with(&bytes, &row.file, &call, None, &Options::default());
        let rule = if encrypted { "password-protected" } else { "unreadable-file" };
        let finding = report.findings.iter().find(|f| f.rule == rule);
        assert!(
            finding.is_some(),
            "{}: no {rule} finding in {:?}",
            row.file,
            report.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
        );
        assert!(!report.ready, "{}", row.file);
        let error = report.error.as_ref().unwrap_or_else(|| panic!("{}: no error in the report", row.file));
        assert!(!error.detail.is_empty(), "{}: the error gives no reason", row.file);
    }
}

/// The UDHR DOCX files were made from these texts: our body count must be the
/// text's whitespace tokens that hold a letter or digit (docs/word-count.md's rule;
/// in French, "droits :" puts the colon alone, and it is no word).
#[test]
#[ignore = "needs ../shared/corpus"]
fn udhr_docx_files_count_the_words_of_their_source_text() {
    let dir = corpus_dir();
    let docs = dir.join("lang/udhr_docs");
    let mut seen = 0;
    for entry in std::fs::read_dir(&docs).expect("udhr_docs is readable").flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("docx") {
            continue;
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let source =
            std::fs::read_to_string(dir.join("lang/udhr").join(format!("{stem}.txt"))).expect("the source text exists");
        let expected = source.split_whitespace().filter(|t| t.chars().any(char::is_alphanumeric)).count() as u64;
        let doc = read_file(&path).unwrap_or_else(|e| panic!("{stem}: {e}"));
        let w = words::WordCounts::of(&doc);
        assert_eq!((w.body, w.notes), (expected, 0), "{stem}");
        seen += 1;
    }
    assert!(seen >= 9, "expected the UDHR DOCX files, found {seen}");
}

/// Word's own stored count (`appWords`) where Word last saved the file: printed
/// for the record, not asserted file by file, because it is often stale. Many
/// of these test files were edited by other programs after Word saved them
/// (docx-rs__link: Word 6, the file now holds one word), and Word refreshes
/// the figure lazily: "Here is some text." is stored as 2 words,
/// "The quick brown fox." as 3. The number that agree within 2% must not fall.
#[test]
#[ignore = "needs ../shared/corpus"]
fn word_stored_counts_for_the_record() {
    let dir = corpus_dir();
    let mut agree = 0;
    let mut compared = 0;
    for row in manifest(&dir) {
        let Some(app_words) = scan_value(&row.links_or_scan, "appWords").and_then(|v| v.parse::<u64>().ok()) else {
            continue;
        };
        if scan_value(&row.links_or_scan, "appApplication") != Some("Microsoft Office Word") {
            continue;
        }
        let Ok(doc) = read_file(&dir.join(&row.file)) else { continue };
        let w = words::WordCounts::of(&doc);
        // Word's dialog counts notes and text boxes by default.
        let ours = w.body + w.notes;
        compared += 1;
        let ok = ours.abs_diff(app_words) as f64 <= 0.02 * app_words as f64;
        agree += u32::from(ok);
        eprintln!(
            "{:<55} word {:>5}  ours {:>5}  {}",
            row.file.trim_start_matches("docx/"),
            app_words,
            ours,
            if ok { "" } else { "≠" }
        );
    }
    eprintln!("{agree} of {compared} agree with Word's stored count within 2%");
    assert!(compared >= 30, "{compared}");
    assert!(agree >= 9, "only {agree} of {compared} agree with Word's stored count");
}

/// Where the plain scan counts what is not a change of its own: (file, key, the right count, why).
const SCAN_EXCEPTIONS: &[(&str, &str, usize, &str)] = &[(
    "docx/poi__delins.docx",
    "ins",
    26,
    "6 of the 32 <w:ins> sit inside w:rPrChange/w:pPrChange, the record of the formatting before a change, not insertions of their own",
)];

/// What the manifest's plain scan of each package's XML counted (`ins=`,
/// `del=`, `move=`, `comments=`, `vba=`, `extHyperlinkRels=`) against what the reader reports.
#[test]
#[ignore = "needs ../shared/corpus"]
fn tracked_changes_comments_and_macros_match_a_plain_scan_of_the_xml() {
    let dir = corpus_dir();
    let mut failures = Vec::new();
    let mut checked = 0;
    for row in manifest(&dir) {
        let Ok(doc) = read_file(&dir.join(&row.file)) else { continue };
        let scan =
            |k: &str| {
                SCAN_EXCEPTIONS.iter().find(|e| e.0 == row.file && e.1 == k).map(|e| e.2).unwrap_or_else(|| {
                    scan_value(&row.links_or_scan, k).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0)
                })
            };
        let changes = |k: ChangeKind| doc.changes.iter().filter(|c| c.kind == k).count();
        let got = [
            ("ins", changes(ChangeKind::Insertion)),
            ("del", changes(ChangeKind::Deletion)),
            ("move", changes(ChangeKind::MoveFrom) + changes(ChangeKind::MoveTo)),
            ("comments", doc.comments.len()),
            ("vba", doc.macros.len()),
        ];
        for (key, ours) in got {
            checked += 1;
            if ours != scan(key) {
                failures.push(format!("{}: {key} scan {} ours {ours}", row.file, scan(key)));
            }
        }
    }
    assert!(checked > 250, "{checked}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
