//! Times every hostile file of `tests/hostile/` through the whole check and
//! prints a Markdown table (case, answer, CPU ms, peak MB) for BENCHMARKS.md.
//!
//! `cargo run --release --example hostile_bench`. The thread's CPU time comes
//! from Linux's scheduler statistics, which advance by scheduler ticks; so a
//! case is run again and again until it has used 200 ms of CPU (or 1,000
//! times), and the table gives the mean per run, and the highest peak.

#[path = "../tests/hostile/mod.rs"]
mod hostile;

use hostile::cases::{all, check, outcome};
use hostile::measure::{measure, CountingAlloc};
use std::time::Duration;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn main() {
    const ENOUGH: Duration = Duration::from_millis(200);
    println!("| case | file size | answer | CPU ms | peak MB |");
    println!("|---|---:|---|---:|---:|");
    for case in all() {
        let bytes = (case.build)();
        let mut total = Duration::ZERO;
        let mut runs = 0u32;
        let mut peak = 0;
        let mut answer = String::new();
        while runs == 0 || (total < ENOUGH && runs < 1_000) {
            let (report, cost) = measure(|| check(&bytes, case.file_name));
            total += cost.cpu;
            runs += 1;
            peak = peak.max(cost.peak_bytes);
            answer = outcome(&report).to_string();
        }
        let size = if bytes.len() >= 1 << 20 {
            format!("{:.1} MB", bytes.len() as f64 / f64::from(1 << 20))
        } else {
            format!("{} KB", bytes.len().div_ceil(1024))
        };
        let cpu_ms = total.as_secs_f64() * 1000.0 / f64::from(runs);
        println!("| {} | {size} | {answer} | {cpu_ms:.2} | {:.1} |", case.name, peak as f64 / f64::from(1 << 20));
    }
}
