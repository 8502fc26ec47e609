//! The OpenDocument reader directly (seed the corpus with real .odt files,
//! such as LibreOffice's conversions of the corpus's DOCX).
#![no_main]
use libfuzzer_sys::fuzz_target;
use submission_checker::{limits::Limits, read, sniff::Format};

fuzz_target!(|data: &[u8]| {
    let _ = read::read(data, Format::Odt, &Limits::default());
});
