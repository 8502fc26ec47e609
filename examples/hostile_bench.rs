//! Times every hostile file of `tests/hostile/` through the whole check and
//! prints a Markdown table (case, answer, CPU ms, peak MB) for BENCHMARKS.md.
//!
//! `cargo run --release --example hostile_bench [-- runs]`: each case is
//! checked `runs` times (default 3); the table shows the fastest run's CPU
//! time (the least disturbed by other work on the machine) and the highest peak.

#[path = "../tests/hostile/mod.rs"]
mod hostile;

use hostile::cases::{all, check, outcome};
use hostile::measure::{measure, CountingAlloc};
use std::time::Duration;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3).max(1);
    println!("| case | file size | answer | CPU ms | peak MB |");
    println!("|---|---:|---|---:|---:|");
    for case in all() {
        let bytes = (case.build)();
        let mut best = Duration::MAX;
        let mut peak = 0;
        let mut answer = String::new();
        for _ in 0..runs {
            let (report, cost) = measure(|| check(&bytes, case.file_name));
            best = best.min(cost.cpu);
            peak = peak.max(cost.peak_bytes);
            answer = outcome(&report).to_string();
        }
        let size = if bytes.len() >= 1 << 20 { format!("{:.1} MB", bytes.len() as f64 / f64::from(1 << 20)) } else { format!("{} KB", bytes.len().div_ceil(1024)) };
        println!("| {} | {size} | {answer} | {:.1} | {:.1} |", case.name, best.as_secs_f64() * 1000.0, peak as f64 / f64::from(1 << 20));
    }
}
