//! Native timing of the readers alone, for A/B comparisons of a change to
//! `src/read/`: build it before and after, then alternate the two binaries.
//!
//! `cargo run --release --example read_timing -- RUNS FILE...` reads each
//! file RUNS times (after one warm-up read) and prints one line per file:
//! its name and the median time of one read, in milliseconds.

use std::time::Instant;
use submission_checker::{limits::Limits, read, sniff};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let runs: usize = args.next().ok_or("usage: read_timing RUNS FILE...")?.parse()?;
    let limits = Limits::default();
    for path in args {
        let bytes = std::fs::read(&path)?;
        let format = sniff::sniff(&bytes).format;
        std::hint::black_box(read::read(&bytes, format, &limits)?);
        let mut ms: Vec<f64> = (0..runs.max(1))
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(read::read(&bytes, format, &limits).ok());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        let median = ms.get(ms.len() / 2).copied().unwrap_or(0.0);
        println!("{path}\t{median:.3}");
    }
    Ok(())
}
