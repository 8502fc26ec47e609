//! The DOCX clean copy on the hostile Word files of `tests/hostile/`
//! (issue 10's cases: zip bombs whose headers lie, nested zips, 100,000
//! entries, billion laughs, 100,000-deep elements and relationships,
//! millions of paragraphs): no panic, at most 256 MB, a hang guard of
//! 60 s of CPU time (not wall time: on a machine shared with builds, the
//! 400,000-paragraph case, 21 s of CPU in a debug build, took 71 s of wall
//! time), and for a file the checker cannot read, the same error as the
//! checker's. A file it reads gets a copy.

#[path = "hostile/mod.rs"]
mod hostile;

use hostile::cases::{all, check};
use hostile::measure::{measure, CountingAlloc};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;
use submission_checker::clean::clean_docx;
use submission_checker::limits::Limits;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

const MAX_PEAK_BYTES: usize = 256 << 20;
const HANG: Duration = Duration::from_secs(60);

#[test]
fn every_hostile_docx_gets_a_copy_or_the_readers_error_within_bounds() {
    let mut failures = Vec::new();
    let limits = Limits::default();
    let cases: Vec<_> = all().into_iter().filter(|c| c.file_name.ends_with(".docx")).collect();
    assert_eq!(cases.len(), 12, "the hostile DOCX cases of tests/hostile/cases.rs");
    for case in cases {
        let bytes = (case.build)();
        let read = check(&bytes, case.file_name).error.map(|e| e.code);
        let (result, cost) = measure(|| catch_unwind(AssertUnwindSafe(|| clean_docx(&bytes, &limits))));
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
            _ => failures.push(format!("{}: read {read:?}, clean {got}", case.name)),
        }
        if cost.peak_bytes > MAX_PEAK_BYTES {
            failures.push(format!("{}: peak {} MB > 256 MB", case.name, cost.peak_bytes >> 20));
        }
        if cost.cpu > HANG {
            failures.push(format!("{}: took {:?} of CPU time", case.name, cost.cpu));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
