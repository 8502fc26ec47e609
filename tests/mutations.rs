//! Hostile files by mutation: every corpus file, damaged many ways (bytes
//! flipped, runs overwritten, chunks duplicated, cut short), must give a report
//! (often an `unreadable-file` one), never a panic and never a hang.
//!
//! Each file gets `MUTATIONS` random byte mutations and as many truncations
//! (cut at evenly spread lengths, each moved by a random amount): 300 of each
//! in a release build, as issue 10 asks; 10 of each in a debug build, which
//! is ~20 times slower, so that `cargo test` stays usable. `MUTATIONS=n`
//! overrides both. Covers the DOCX, PDF and .doc files (with the .doc fuzzer
//! cases of `doc/hostile/`). Skips when `../shared/corpus` is absent. Each input runs
//! under `catch_unwind`, so one panic does not hide the others; the counts are
//! printed (`--nocapture`).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use submission_checker::{check_with, profile, Options};

/// A small deterministic generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// `original` cut short: the `i`th of `n` lengths spread over the file,
/// moved by up to half a step, so that every region of the file is cut somewhere.
fn truncate(original: &[u8], i: usize, n: usize, rng: &mut Rng) -> Vec<u8> {
    let step = (original.len() / n.max(1)).max(1);
    let at = (i * original.len() / n.max(1) + rng.below(step / 2 + 1)).min(original.len().saturating_sub(1));
    original[..at].to_vec()
}

/// One damaged copy of `original`.
fn mutate(original: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = original.to_vec();
    if b.is_empty() {
        return vec![0; rng.below(16)];
    }
    match rng.below(5) {
        0 => {
            // Flip a few random bytes.
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        1 => {
            // Overwrite a run with random bytes.
            let i = rng.below(b.len());
            let n = (1 + rng.below(64)).min(b.len() - i);
            for x in &mut b[i..i + n] {
                *x = rng.next() as u8;
            }
        }
        2 => {
            // Cut the file short.
            b.truncate(rng.below(b.len()));
        }
        3 => {
            // Duplicate a chunk somewhere else.
            let i = rng.below(b.len());
            let n = (1 + rng.below(4096)).min(b.len() - i);
            let chunk = b[i..i + n].to_vec();
            let at = rng.below(b.len());
            b.splice(at..at, chunk);
        }
        _ => {
            // Set a run to 0xFF or 0x00: lengths and offsets become huge or zero.
            let i = rng.below(b.len());
            let n = (1 + rng.below(8)).min(b.len() - i);
            let v = if rng.below(2) == 0 { 0xFF } else { 0x00 };
            for x in &mut b[i..i + n] {
                *x = v;
            }
        }
    }
    b
}

fn corpus_files() -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !root.exists() {
        return None;
    }
    let mut files = Vec::new();
    for dir in ["docx", "pdf", "lang/udhr_docs", "doc", "doc/hostile"] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            files.extend(entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()));
        }
    }
    files.sort();
    Some(files)
}

#[test]
fn damaged_corpus_files_never_panic_or_hang() {
    let Some(files) = corpus_files() else {
        eprintln!("skipped: ../shared/corpus is absent");
        return;
    };
    let per_file: usize = std::env::var("MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 10 } else { 300 });
    let call = profile::builtin("emler-2024").expect("built-in profile");
    let options = Options::default();
    let today = "2024-05-10".parse().ok();
    // Silence the default hook: panics are collected and reported below.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut panics = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    let mut checked = 0usize;
    let started = Instant::now();
    for path in &files {
        let original = std::fs::read(path).expect("corpus file");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file").to_string();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ original.len() as u64);
        let inputs = (0..per_file)
            .map(|i| (format!("mutation {i}"), i, false))
            .chain((0..per_file).map(|i| (format!("truncation {i}"), i, true)));
        for (label, i, cut) in inputs {
            let damaged = if cut { truncate(&original, i, per_file, &mut rng) } else { mutate(&original, &mut rng) };
            let t = Instant::now();
            let outcome = catch_unwind(AssertUnwindSafe(|| check_with(&damaged, &name, &call, today, &options)));
            let took = t.elapsed();
            if took > slowest.0 {
                slowest = (took, format!("{name} {label}"));
            }
            checked += 1;
            if outcome.is_err() {
                panics.push(format!("{name} {label}"));
            }
        }
    }
    std::panic::set_hook(previous);
    eprintln!(
        "{} files, {checked} damaged copies ({per_file} mutations and {per_file} truncations each) in {:.1} s; slowest {:.0} ms ({}); {} panics",
        files.len(),
        started.elapsed().as_secs_f64(),
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1,
        panics.len()
    );
    assert!(panics.is_empty(), "panicked on: {}", panics.join(", "));
    // A hang guard, not a speed target: the speed targets are in BENCHMARKS.md.
    assert!(slowest.0 < Duration::from_secs(60), "slowest check took {:?}: {}", slowest.0, slowest.1);
}
