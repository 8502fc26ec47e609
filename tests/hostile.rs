//! Hostile files (issue 10): zip bombs, lying sizes, very many entries,
//! billion laughs, deep nesting, PDF reference cycles, deep page trees, huge
//! cross-reference widths and object counts, truncated streams, enormous
//! images, flate bombs. Each is generated in `tests/hostile/` and must give a
//! clear answer, without a panic, using at most 256 MB.
//!
//! Time is asserted only as a hang guard (60 s), because CI machines are slow
//! and shared; the real CPU times are measured by
//! `cargo run --release --example hostile_bench` and kept in BENCHMARKS.md
//! ("Hostile files"), where each case is under 1 s.

#[path = "hostile/mod.rs"]
mod hostile;

use hostile::cases::{all, check, outcome, Expect};
use hostile::measure::{measure, CountingAlloc};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

const MAX_PEAK_BYTES: usize = 256 << 20;
const HANG: Duration = Duration::from_secs(60);

#[test]
fn every_hostile_file_gets_a_clear_answer_within_bounds() {
    let mut failures = Vec::new();
    for case in all() {
        let bytes = (case.build)();
        let (result, cost) = measure(|| catch_unwind(AssertUnwindSafe(|| check(&bytes, case.file_name))));
        let Ok(report) = result else {
            failures.push(format!("{}: panicked", case.name));
            continue;
        };
        let got = outcome(&report);
        let detail = report.error.as_ref().map_or("", |e| e.detail.as_str());
        eprintln!(
            "{:<55} {:>10} bytes  {got:<10} {:>6} ms  {:>5} MB  {detail}",
            case.name,
            bytes.len(),
            cost.cpu.as_millis(),
            cost.peak_bytes >> 20
        );
        let expected = match case.expect {
            Expect::TooLarge => got == "too-large",
            Expect::Read => got == "read",
            Expect::Refused => got == "too-large" || got == "corrupt",
            Expect::Corrupt => got == "corrupt",
            Expect::ReadOrCorrupt => got == "read" || got == "corrupt",
        };
        if !expected {
            failures.push(format!(
                "{}: expected {:?}, got {got} ({:?})",
                case.name,
                case.expect,
                report.error.as_ref().map(|e| &e.detail)
            ));
        }
        if let Some(e) = &report.error {
            // The detail is shown to a person: a sentence, not a debug dump.
            if e.detail.is_empty() || e.detail.len() > 200 || e.detail.contains("Error") {
                failures.push(format!("{}: unclear message {:?}", case.name, e.detail));
            }
        }
        if cost.peak_bytes > MAX_PEAK_BYTES {
            failures.push(format!("{}: peak {} MB > 256 MB", case.name, cost.peak_bytes >> 20));
        }
        if cost.wall > HANG {
            failures.push(format!("{}: took {:?}", case.name, cost.wall));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The table in docs/limits.md states each default value, in full digits.
#[test]
fn the_docs_state_the_limits_in_src_limits() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/limits.md")).expect("docs/limits.md");
    // Destructured, so that a new limit does not compile until it is listed here.
    let submission_checker::limits::Limits {
        max_file_bytes,
        max_inflated_total,
        max_part_bytes,
        max_zip_entries,
        max_xml_depth,
        max_text_chars,
        max_pages,
        max_pdf_objects,
        max_pdf_depth,
        max_pdf_inflated,
        max_pdf_lines,
        max_docx_paragraphs,
    } = submission_checker::limits::Limits::default();
    let values: [(&str, u64); 12] = [
        ("max_file_bytes", max_file_bytes),
        ("max_inflated_total", max_inflated_total),
        ("max_part_bytes", max_part_bytes),
        ("max_zip_entries", max_zip_entries as u64),
        ("max_xml_depth", max_xml_depth as u64),
        ("max_text_chars", max_text_chars as u64),
        ("max_pages", max_pages as u64),
        ("max_pdf_objects", max_pdf_objects as u64),
        ("max_pdf_depth", max_pdf_depth as u64),
        ("max_pdf_inflated", max_pdf_inflated),
        ("max_pdf_lines", max_pdf_lines as u64),
        ("max_docx_paragraphs", max_docx_paragraphs as u64),
    ];
    for (field, value) in values {
        let row = doc
            .lines()
            .find(|r| r.starts_with('|') && r.contains(&format!("`{field}`")))
            .unwrap_or_else(|| panic!("no row for {field} in docs/limits.md"));
        let value_cell = row.split('|').nth(3).unwrap_or("");
        assert!(
            value_cell.contains(&grouped(value)),
            "docs/limits.md gives {field} as {value_cell:?}; src/limits.rs says {value}"
        );
    }
}

fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
