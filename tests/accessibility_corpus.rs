//! The accessibility rules against outside references, on the third-party
//! corpus in `../shared/corpus` (ignored unless asked for; failing without
//! it, `common::corpus_dir`):
//! - DOCX: pictures, their `descr`/`title` and decorative marks, and heading
//!   paragraphs, counted by `tests/reference/docx_accessibility.py`
//!   (Python's zipfile and ElementTree, written apart from the reader), agree
//!   with the reader and with `image-alt-text` and `headings`; so do the
//!   tables of two rows and two columns or more, with and without
//!   `w:tblHeader` (`table-header`), and the declared language (`w:lang`);
//! - PDF: `/MarkInfo /Marked`, `/StructTreeRoot`, `/Lang` and
//!   `/DisplayDocTitle` as `qpdf --json` shows them, the `/Figure`
//!   elements with and without `/Alt`, and the `/Table` elements with and
//!   without a `/TH` (`tests/reference/pdf_accessibility.py`), agree with
//!   the reader and with `pdf-accessibility` and `table-header`.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use submission_checker::document::{BlockKind, Document};
use submission_checker::limits::Limits;
use submission_checker::report::{Param, Report};
use submission_checker::{read, sniff, Options};

mod common;
use common::corpus_dir;

/// The corpus files of one folder with `ext`, sorted.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    out.sort();
    out
}

/// Runs a reference script over `paths`: one JSON object per file.
fn reference(script: &str, paths: &[PathBuf]) -> Vec<Value> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference").join(script);
    let out = Command::new("python3").arg(script).args(paths).output().expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

fn read_file(path: &Path) -> Option<(Vec<u8>, Document)> {
    let bytes = std::fs::read(path).expect("corpus file");
    let doc = read::read(&bytes, sniff::sniff(&bytes).format, &Limits::default()).ok()?;
    Some((bytes, doc))
}

fn check(bytes: &[u8], name: &str) -> Report {
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    submission_checker::check_with(bytes, name, &call, None, &Options::default())
}

/// The tables `table-header` reports in `report` (its `count`), 0 without the finding.
fn reported_tables(report: &Report) -> usize {
    report.findings.iter().find(|f| f.key == "table-header").map_or(0, |f| match f.params["count"] {
        Param::Int(n) => n as usize,
        _ => 0,
    })
}

/// The reader's tables of two rows and two columns or more, and those of them without a header row.
fn data_tables(doc: &Document) -> (usize, usize) {
    let data: Vec<_> = doc.accessibility.tables.iter().filter(|t| t.rows >= 2 && t.columns >= 2).collect();
    (data.len(), data.iter().filter(|t| !t.header_row).count())
}

fn count(v: &Value, key: &str) -> usize {
    v[key].as_u64().map_or(0, |n| n as usize)
}

/// A corpus file both the reference and the reader open.
struct Compared {
    name: String,
    /// The reference's JSON object for the file.
    row: Value,
    bytes: Vec<u8>,
    doc: Document,
}

/// Runs `script` over the corpus folder `ext` (its `.ext` files) and reads
/// each file the reference could open (`reader` names it in a failure); a
/// file the reference opens and the checker does not goes to `failures`.
fn opened_by_both(ext: &str, script: &str, reader: &str, failures: &mut Vec<String>) -> Vec<Compared> {
    let dir = corpus_dir().join(ext);
    let mut out = Vec::new();
    for row in reference(script, &files(&dir, ext)) {
        let name = row["file"].as_str().unwrap_or_default().to_string();
        if row.get("error").is_some() {
            continue; // the reference cannot open it either (encrypted, not a ZIP, no PDF header)
        }
        match read_file(&dir.join(&name)) {
            Some((bytes, doc)) => out.push(Compared { name, row, bytes, doc }),
            None => failures.push(format!("{name}: {reader} reads it, the checker does not")),
        }
    }
    out
}

/// What the reader and the rules say of one DOCX, as the reference counts it:
/// (pictures, described, decorative, headings, pictures the rule reports, whether `headings.none` fired).
fn ours_docx(bytes: &[u8], doc: &Document, name: &str) -> [usize; 6] {
    let images = &doc.accessibility.images;
    let headings = doc.body.iter().filter(|b| matches!(b.kind, BlockKind::Heading(_))).count();
    let report = check(bytes, name);
    let reported = report.findings.iter().find(|f| f.key == "image-alt-text").map_or(0, |f| match f.params["count"] {
        Param::Int(n) => n as usize,
        _ => 0,
    });
    let none = report.findings.iter().any(|f| f.key == "headings.none");
    [
        images.len(),
        images.iter().filter(|i| i.alt.is_some()).count(),
        images.iter().filter(|i| i.decorative && i.alt.is_none()).count(),
        headings,
        reported,
        usize::from(none),
    ]
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn docx_pictures_and_headings_agree_with_an_independent_xml_query() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for Compared { name, row, bytes, doc } in
        opened_by_both("docx", "docx_accessibility.py", "the reference", &mut failures)
    {
        let (pictures, described, decorative, headings) =
            (count(&row, "pictures"), count(&row, "described"), count(&row, "decorative"), count(&row, "headings"));
        let words = submission_checker::words::WordCounts::of(&doc).body;
        let expected = [
            pictures,
            described,
            decorative,
            headings,
            pictures - described - decorative,
            usize::from(headings == 0 && words > 1500),
        ];
        let ours = ours_docx(&bytes, &doc, &name);
        if ours != expected {
            failures.push(format!("{name}: ours {ours:?}, reference {expected:?} (pictures, described, decorative, headings, reported, headings.none)"));
        }
        compared += 1;
    }
    assert!(compared >= 60, "only {compared} files compared");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn docx_tables_header_rows_and_declared_language_agree_with_an_independent_xml_query() {
    let mut failures = Vec::new();
    let (mut compared, mut tables, mut languages) = (0, 0, 0);
    for Compared { name, row, bytes, doc } in
        opened_by_both("docx", "docx_accessibility.py", "the reference", &mut failures)
    {
        let expected = (count(&row, "data_tables"), count(&row, "headless_tables"));
        let ours = data_tables(&doc);
        let reported = reported_tables(&check(&bytes, &name));
        if ours != expected || reported != expected.1 {
            failures.push(format!(
                "{name}: ours {ours:?} (data tables, without header row), table-header {reported}; reference {expected:?}"
            ));
        }
        let theirs = row["language"].as_str().map(str::to_string);
        let declared = doc.accessibility.language.as_ref().map(|l| l.to_lowercase());
        if declared != theirs {
            failures.push(format!("{name}: declared language ours {declared:?}, reference {theirs:?}"));
        }
        compared += 1;
        tables += expected.0;
        languages += usize::from(theirs.is_some());
    }
    assert!(compared >= 60, "only {compared} files compared");
    assert!(tables >= 10 && languages >= 50, "{tables} tables, {languages} languages: the comparison says little");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn pdf_tables_and_their_header_cells_agree_with_qpdf() {
    let mut failures = Vec::new();
    let mut tables = 0;
    for Compared { name, row, bytes, doc } in opened_by_both("pdf", "pdf_accessibility.py", "qpdf", &mut failures) {
        let expected = (count(&row, "tables"), count(&row, "data_tables"), count(&row, "headless_tables"));
        let (data, headless) = data_tables(&doc);
        let ours = (doc.accessibility.tables.len(), data, headless);
        let reported = reported_tables(&check(&bytes, &name));
        if ours != expected || reported != expected.2 {
            failures.push(format!(
                "{name}: ours {ours:?} (tables, data tables, without TH), table-header {reported}; qpdf {expected:?}"
            ));
        }
        tables += expected.0;
    }
    assert!(tables >= 5, "only {tables} tables: the comparison says little");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn pdf_tags_language_and_title_display_agree_with_qpdf() {
    let mut failures = Vec::new();
    let mut tagged = 0;
    for Compared { name, row, bytes, doc } in opened_by_both("pdf", "pdf_accessibility.py", "qpdf", &mut failures) {
        let qpdf_tagged = row["marked"] == true && row["struct_tree"] == true;
        tagged += usize::from(qpdf_tagged);
        let a = &doc.accessibility;
        let lang = row["lang"].as_str().map(str::to_string);
        if a.tagged != Some(qpdf_tagged)
            || a.language != lang
            || a.shows_title != Some(row["display_doc_title"] == true)
        {
            failures.push(format!(
                "{name}: ours tagged {:?}, lang {:?}, shows title {:?}; qpdf {row}",
                a.tagged, a.language, a.shows_title
            ));
        }
        let with_alt = a.images.iter().filter(|i| i.alt.is_some()).count();
        if (a.images.len(), with_alt) != (count(&row, "figures"), count(&row, "figures_with_alt")) {
            failures.push(format!("{name}: ours {} figures, {with_alt} with /Alt; qpdf {row}", a.images.len()));
        }
        let untagged = check(&bytes, &name).findings.iter().any(|f| f.key == "pdf-accessibility.untagged");
        if untagged == qpdf_tagged {
            failures.push(format!("{name}: pdf-accessibility.untagged is {untagged}, qpdf tagged {qpdf_tagged}"));
        }
    }
    assert!(tagged >= 5, "only {tagged} tagged PDFs: the comparison says little");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
