//! The .doc reader directly (seed the corpus with real .doc files: scripts/fuzz does).
#![no_main]
use libfuzzer_sys::fuzz_target;
use submission_checker::{limits::Limits, read, sniff::Format};

fuzz_target!(|data: &[u8]| {
    let _ = read::read(data, Format::Doc, &Limits::default());
});
