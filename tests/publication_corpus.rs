//! Publication readiness against the third-party corpus (`../shared/corpus`).
//!
//! DOCX: what the reader finds (comments, insertions, deletions, moves, hidden
//! text, author, last modified by, custom properties, macros) against the
//! counts of a plain scan of the package XML (`manifest.tsv`, column
//! `links_or_scan`), for every DOCX that lists them. Where the two differ for
//! a known reason, [`EXPLAINED`] says so and the test expects our value.
//!
//! PDF: the files that py-pdf's `files.json` lists with review annotations or
//! an attachment must be read and reported.
//!
//! Ignored unless asked for (`-- --ignored`); fails without the corpus (`common::corpus_dir`).

use std::collections::BTreeMap;
use std::path::Path;
use submission_checker::document::{ChangeKind, Document};
use submission_checker::limits::Limits;
use submission_checker::report::Param;
use submission_checker::Options;

mod common;
use common::corpus_dir;

/// Each manifest row: `file` → the `links_or_scan` fields. The scan joins its
/// fields with `;`, and a value may itself hold `;` (`creator=A;author2;author3`):
/// a piece without `=` continues the previous value.
fn manifest(dir: &Path) -> Vec<(String, BTreeMap<String, String>)> {
    let text = std::fs::read_to_string(dir.join("manifest.tsv")).expect("manifest.tsv is readable");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("no column {name}"));
    let (file_col, scan_col) = (col("file"), col("links_or_scan"));
    let mut out = Vec::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let (Some(file), Some(scan)) = (cells.get(file_col), cells.get(scan_col)) else { continue };
        let mut fields: BTreeMap<String, String> = BTreeMap::new();
        let mut last: Option<String> = None;
        for piece in scan.split(';').filter(|p| !p.is_empty()) {
            match piece.split_once('=') {
                Some((k, v)) => {
                    fields.insert(k.to_string(), v.to_string());
                    last = Some(k.to_string());
                }
                None => {
                    if let Some(v) = last.as_ref().and_then(|k| fields.get_mut(k)) {
                        v.push(';');
                        v.push_str(piece);
                    }
                }
            }
        }
        out.push((file.to_string(), fields));
    }
    out
}

/// Differences between the scan and the reader, each with its cause, found
/// by reading the file's XML: (file, scan field, what the reader gives, why).
const EXPLAINED: &[(&str, &str, &str, &str)] = &[
    (
        "docx/poi__delins.docx",
        "ins",
        "26",
        "6 of the scan's 32 w:ins sit inside w:rPrChange/w:rPr, the record of a paragraph mark's formatting \
         before a formatting change: they say the mark had been inserted, inside the 46 formatting changes, \
         and are not insertions of their own",
    ),
    (
        "docx/tika__testInstrLink.docx",
        "vanish",
        "0",
        "the 3 w:vanish are in w:pPr/w:rPr of 3 empty paragraphs: they hide paragraph marks, and no character \
         of text is hidden",
    ),
    (
        "docx/docx-rs__table.docx",
        "lastModifiedBy",
        "Satoshi Ueki",
        "core.xml writes <lastModifiedBy> in the default namespace (the core-properties namespace, no cp: \
         prefix); the scan matched only the prefixed name and missed it",
    ),
    (
        "docx/unstructured__test_document_from_office365.docx",
        "lastModifiedBy",
        "Rehaan  Haider",
        "core.xml writes <lastModifiedBy> in the default namespace (no cp: prefix); the scan missed it",
    ),
];

fn read(path: &Path) -> Result<Document, submission_checker::Error> {
    let bytes = std::fs::read(path).expect("corpus file is readable");
    let format = submission_checker::sniff::sniff(&bytes).format;
    submission_checker::read::read(&bytes, format, &Limits::default())
}

/// What the reader gives for one scan field, in the scan's terms (absent = `None`).
fn ours(doc: &Document, field: &str) -> Option<String> {
    let n = |kind: ChangeKind| doc.changes.iter().filter(|c| c.kind == kind).count();
    let count = |c: usize| (c > 0).then(|| c.to_string());
    match field {
        "ins" => count(n(ChangeKind::Insertion)),
        "del" => count(n(ChangeKind::Deletion)),
        // The scan counts w:moveFrom and w:moveTo elements.
        "move" => count(n(ChangeKind::MoveFrom) + n(ChangeKind::MoveTo)),
        "comments" => count(doc.comments.len()),
        // Hidden text is kept per paragraph; on this corpus each hidden passage is one w:vanish.
        "vanish" => count(doc.hidden_text.len()),
        "creator" => doc.metadata.author.clone(),
        "lastModifiedBy" => doc.metadata.last_modified_by.clone(),
        // The scan says whether docProps/custom.xml has properties (1), not how many.
        "customProps" => (!doc.metadata.custom.is_empty()).then(|| "1".to_string()),
        "vba" => count(doc.macros.len()),
        _ => unreachable!("{field}"),
    }
}

const FIELDS: &[&str] =
    &["ins", "del", "move", "comments", "vanish", "creator", "lastModifiedBy", "customProps", "vba"];

#[test]
#[ignore = "needs ../shared/corpus"]
fn docx_counts_agree_with_the_scan_of_the_package_xml() {
    let dir = corpus_dir();
    let mut compared = 0;
    let mut explained = 0;
    let mut failures = Vec::new();
    for (file, scan) in manifest(&dir).iter().filter(|(f, _)| f.starts_with("docx/")) {
        let doc = match read(&dir.join(file)) {
            Ok(d) => d,
            Err(e) => {
                // Encrypted and damaged packages: the scan could not open them either.
                assert!(scan.contains_key("zip_error"), "{file}: {e} but the scan read it");
                continue;
            }
        };
        for field in FIELDS {
            let want = scan.get(*field).cloned();
            let got = ours(&doc, field);
            if want.is_none() && got.is_none() {
                continue;
            }
            compared += 1;
            match EXPLAINED.iter().find(|(f, k, _, _)| f == file && k == field) {
                Some((_, _, expected, why)) => {
                    explained += 1;
                    assert_ne!(
                        want.as_deref(),
                        Some(*expected),
                        "{file} {field}: no longer differs, drop the explanation"
                    );
                    if got.as_deref().unwrap_or("0") != *expected {
                        failures.push(format!("{file} {field}: expected {expected} ({why}), read {got:?}"));
                    }
                }
                None if got != want => failures.push(format!("{file} {field}: scan {want:?}, read {got:?}")),
                None => {}
            }
        }
    }
    eprintln!("{compared} values compared with the scan, {explained} differences explained");
    assert!(compared > 100, "only {compared} values compared: is the manifest's format still the same?");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The whole pipeline reports what the scan found: the counts in the findings
/// are the scan's (or the explained value).
#[test]
#[ignore = "needs ../shared/corpus"]
fn docx_findings_carry_the_counts() {
    let dir = corpus_dir();
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    let mut checked = 0;
    for (file, scan) in manifest(&dir).iter().filter(|(f, _)| f.starts_with("docx/")) {
        let expect = |field: &str| -> Option<i64> {
            let explained = EXPLAINED.iter().find(|(f, k, _, _)| f == file && *k == field).map(|e| e.2.to_string());
            explained.or_else(|| scan.get(field).cloned()).and_then(|v| v.parse().ok()).filter(|n| *n > 0)
        };
        let bytes = std::fs::read(dir.join(file)).expect("readable");
        let report = submission_checker::check_with(&bytes, file, &call, None, &Options::default());
        // By key: a rule may report several keys, each with its own count.
        let param = |key: &str, name: &str| -> Option<i64> {
            report
                .findings
                .iter()
                .find(|f| f.key.trim_end_matches(".with-deleted") == key && f.params.contains_key(name))
                .and_then(|f| match f.params[name] {
                    Param::Int(n) => Some(n),
                    _ => None,
                })
        };
        assert_eq!(param("comments", "count"), expect("comments"), "{file}: comments");
        assert_eq!(param("tracked-changes", "insertions").filter(|n| *n > 0), expect("ins"), "{file}: insertions");
        assert_eq!(param("tracked-changes", "deletions").filter(|n| *n > 0), expect("del"), "{file}: deletions");
        assert_eq!(param("hidden-text", "count"), expect("vanish"), "{file}: hidden text");
        let author = report
            .findings
            .iter()
            .find(|f| f.key.starts_with("personal-metadata.author"))
            .map(|f| f.params["value"].clone());
        assert_eq!(author, scan.get("creator").map(|c| Param::Text(c.clone())), "{file}: author");
        checked += 1;
    }
    assert!(checked > 50, "only {checked} DOCX files checked");
}

/// py-pdf's `files.json` lists each sample's annotations by subtype; the
/// sample in `025-attachment/` carries an attached file (`pdfdetach -list`:
/// one file, image.png).
#[test]
#[ignore = "needs ../shared/corpus"]
fn pdfs_with_annotations_or_attachments_are_reported() {
    let dir = corpus_dir();
    let json = std::fs::read_to_string(dir.join("expected/sample-files__files.json")).expect("files.json");
    let json: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    let (mut expected, mut reported, mut unreadable) = (0, 0, Vec::new());
    for entry in json["data"].as_array().expect("a data list") {
        let path = entry["path"].as_str().expect("a path");
        let name = path.rsplit('/').next().unwrap_or(path);
        let file = dir.join("pdf").join(format!("sample-files__{name}"));
        if !file.is_file() {
            continue;
        }
        // Links and form fields are not review notes (see the pdf-annotations rule).
        let notes: i64 = entry["annotations"]
            .as_object()
            .map(|m| {
                m.iter()
                    .filter(|(k, _)| !["Link", "Widget", "Popup"].contains(&k.as_str()))
                    .filter_map(|(_, v)| v.as_i64())
                    .sum()
            })
            .unwrap_or(0);
        let attachment = path.contains("attachment");
        if notes == 0 && !attachment {
            continue;
        }
        expected += 1;
        let bytes = std::fs::read(&file).expect("readable");
        let report = submission_checker::check_with(&bytes, name, &call, None, &Options::default());
        if let Some(e) = &report.error {
            unreadable.push(format!("{name} ({}: {})", e.code, e.detail));
            continue;
        }
        let count =
            |rule: &str| report.findings.iter().find(|f| f.rule == rule).map(|f| f.params.get("count").cloned());
        if notes > 0 {
            assert_eq!(
                count("pdf-annotations"),
                Some(Some(Param::Int(notes))),
                "{name}: {notes} annotations in files.json"
            );
        }
        if attachment {
            assert_eq!(count("embedded-files"), Some(Some(Param::Int(1))), "{name}: one attached file");
        }
        reported += 1;
    }
    assert!(expected >= 2, "files.json lists {expected} such PDFs in the corpus");
    assert!(unreadable.is_empty(), "PDFs with annotations or attachments not read: {}", unreadable.join(", "));
    eprintln!("{reported} of {expected} PDFs with annotations or attachments checked");
}
