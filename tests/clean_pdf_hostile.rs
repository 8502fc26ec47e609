//! The PDF clean copy on the hostile PDFs of `tests/hostile/` (issue 10's
//! cases: reference cycles, deep page trees and nesting, lying
//! cross-references, object counts, flate bombs...): no panic, at most
//! 256 MB, a hang guard of 60 s, and for a file the checker cannot read,
//! the same error as the checker's. A file it reads gets a copy or a clear
//! refusal (code `corrupt`, with the catalogue's words for why).

#[path = "hostile/mod.rs"]
mod hostile;

use hostile::cases::{all, check};
use hostile::measure::{measure, CountingAlloc};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;
use submission_checker::clean_pdf::clean_pdf;
use submission_checker::limits::Limits;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

const MAX_PEAK_BYTES: usize = 256 << 20;
const HANG: Duration = Duration::from_secs(60);

#[test]
fn every_hostile_pdf_gets_a_copy_or_the_readers_error_within_bounds() {
    let mut failures = Vec::new();
    let limits = Limits::default();
    for case in all().into_iter().filter(|c| c.file_name.ends_with(".pdf")) {
        let bytes = (case.build)();
        let read = check(&bytes, case.file_name).error.map(|e| e.code);
        let (result, cost) = measure(|| catch_unwind(AssertUnwindSafe(|| clean_pdf(&bytes, &limits))));
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
            (None, Ok(_)) => {}
            (None, Err(e)) if e.code() == "corrupt" && e.said().is_some() => {}
            _ => failures.push(format!("{}: read {read:?}, clean {got}", case.name)),
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
