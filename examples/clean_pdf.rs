//! Writes the clean copy of a PDF and times it, natively.
//!
//! `cargo run --release --example clean_pdf -- IN.pdf OUT.pdf [RUNS]` cleans
//! IN.pdf RUNS times (default 5, after one warm-up), writes the copy to
//! OUT.pdf, and prints what was removed and the median time of one clean
//! (which includes reading the original and reading the copy again to verify
//! it), beside the median time of one read of IN.pdf.

use std::time::Instant;
use submission_checker::{clean_pdf::clean_pdf, limits::Limits, read, sniff::Format};

fn median(mut ms: Vec<f64>) -> f64 {
    ms.sort_by(f64::total_cmp);
    ms.get(ms.len() / 2).copied().unwrap_or(0.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: clean_pdf IN.pdf OUT.pdf [RUNS]";
    let (input, output) = (args.next().ok_or(usage)?, args.next().ok_or(usage)?);
    let runs: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(5).max(1);
    let limits = Limits::default();
    let bytes = std::fs::read(&input)?;
    let cleaned = clean_pdf(&bytes, &limits)?;
    std::fs::write(&output, &cleaned.bytes)?;
    let time = |f: &dyn Fn()| {
        median(
            (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    f();
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .collect(),
        )
    };
    let clean_ms = time(&|| {
        std::hint::black_box(clean_pdf(&bytes, &limits).ok());
    });
    let read_ms = time(&|| {
        std::hint::black_box(read::read(&bytes, Format::Pdf, &limits).ok());
    });
    println!("{input}: {} → {} bytes; {:?}", bytes.len(), cleaned.bytes.len(), cleaned.removed);
    println!("clean {clean_ms:.1} ms, read {read_ms:.1} ms (median of {runs})");
    Ok(())
}
