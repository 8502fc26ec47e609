//! The clean copy on the hostile files of `tests/hostile/` (issue 10's cases:
//! for Word, zip bombs whose headers lie, nested zips, 100,000 entries,
//! billion laughs, 100,000-deep elements and relationships, millions of
//! paragraphs; for PDF, reference cycles, deep page trees and nesting, lying
//! cross-references, object counts, flate bombs...): no panic, at most
//! 256 MB, a hang guard of 60 s of CPU time (not wall time: on a machine
//! shared with builds, the 400,000-paragraph case, 21 s of CPU in a debug
//! build, took 71 s of wall time), and for a file the checker cannot read,
//! the same error as the checker's. A file it reads gets a copy, or for a
//! PDF a clear refusal (code `corrupt`, with the catalogue's words for why).
//!
//! One test, DOCX then PDF: the allocator counts the whole process, so two
//! tests running side by side would add up each other's peaks.

#[path = "hostile/mod.rs"]
mod hostile;

use hostile::cases::{all, check};
use hostile::measure::{measure, CountingAlloc};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;
use submission_checker::clean::clean_docx;
use submission_checker::clean_pdf::clean_pdf;
use submission_checker::limits::Limits;
use submission_checker::Error;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

const MAX_PEAK_BYTES: usize = 256 << 20;
const HANG: Duration = Duration::from_secs(60);

#[test]
fn every_hostile_file_gets_a_copy_or_the_readers_error_within_bounds() {
    let mut failures = Vec::new();
    failures.extend(clean_each(".docx", 12, |b, l| clean_docx(b, l).map(drop), false));
    failures.extend(clean_each(".pdf", 10, |b, l| clean_pdf(b, l).map(drop), true));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Cleans each hostile case whose name ends in `ext` (at least `at_least` of
/// them), and says what went wrong. `may_refuse`: a file the checker reads
/// may get a refusal instead of a copy.
fn clean_each(
    ext: &str,
    at_least: usize,
    clean: impl Fn(&[u8], &Limits) -> Result<(), Error>,
    may_refuse: bool,
) -> Vec<String> {
    let mut failures = Vec::new();
    let limits = Limits::default();
    let cases: Vec<_> = all().into_iter().filter(|c| c.file_name.ends_with(ext)).collect();
    assert!(cases.len() >= at_least, "{} hostile {ext} cases in tests/hostile/cases.rs", cases.len());
    for case in cases {
        let bytes = (case.build)();
        let read = check(&bytes, case.file_name).error.map(|e| e.code);
        let (result, cost) = measure(|| catch_unwind(AssertUnwindSafe(|| clean(&bytes, &limits))));
        let Ok(cleaned) = result else {
            failures.push(format!("{}: panicked", case.name));
            continue;
        };
        let got = cleaned.as_ref().map_or_else(|e| e.code(), |_| "copy");
        eprintln!(
            "{:<55} read: {:<12} clean: {got:<12} {:>6} ms {:>5} MB {}",
            case.name,
            read.unwrap_or("read"),
            cost.cpu.as_millis(),
            cost.peak_bytes >> 20,
            cleaned.as_ref().err().map(|e| e.detail()).unwrap_or_default()
        );
        match (read, &cleaned) {
            (Some(code), Err(e)) if code == e.code() => {}
            (None, Ok(())) => {}
            (None, Err(e)) if may_refuse && e.code() == "corrupt" && e.said().is_some() => {}
            _ => failures.push(format!("{}: read {read:?}, clean {got}", case.name)),
        }
        if cost.peak_bytes > MAX_PEAK_BYTES {
            failures.push(format!("{}: peak {} MB > 256 MB", case.name, cost.peak_bytes >> 20));
        }
        if cost.cpu > HANG {
            failures.push(format!("{}: took {:?} of CPU time", case.name, cost.cpu));
        }
    }
    failures
}
