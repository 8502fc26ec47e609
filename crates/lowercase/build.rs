//! Writes `OUT_DIR/runs.rs`: the lowercase mappings of the standard library
//! this crate is built with (`char::to_lowercase`, the same Unicode version
//! as the target's `core`, since both come with the one toolchain), as runs.
//! A run is characters `start`, `start + step`, ... (`count` of them), each
//! mapping to itself plus `delta`: the alternating pairs of Latin Extended
//! (Ā ā Ă ă, step 2) and the blocks of Greek, Cyrillic or full-width letters
//! (step 1) each take one run. About 180 runs for 1,400 characters.

use std::{env, fmt::Write, fs, path::Path};

/// The one character whose lowercase is two characters (İ → i̇); `lib.rs` handles it.
const DOTTED_CAPITAL_I: char = '\u{130}';

fn main() {
    let mut mapped: Vec<(u32, i64)> = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let lower: Vec<char> = c.to_lowercase().collect();
        match lower.as_slice() {
            [l] if *l == c => {}
            [l] => mapped.push((u32::from(c), i64::from(u32::from(*l)) - i64::from(u32::from(c)))),
            ['i', '\u{307}'] if c == DOTTED_CAPITAL_I => {}
            other => panic!("{c:?} lowercases to {other:?}: lib.rs knows one two-character mapping only"),
        }
    }
    let mut table =
        String::from("/// (start << 8 | count, delta << 1 | step - 1), by start.\nconst RUNS: &[(u32, i32)] = &[\n");
    let mut i = 0;
    while i < mapped.len() {
        let (start, delta) = mapped[i];
        let run = |step: u32| {
            let mut n = 1;
            while n < 255 && mapped.get(i + n).is_some_and(|&(c, d)| c == start + step * n as u32 && d == delta) {
                n += 1;
            }
            n
        };
        let (step, count) =
            [1, 2].into_iter().map(|s| (s, run(s))).max_by_key(|&(s, n)| (n, std::cmp::Reverse(s))).unwrap();
        let delta = i32::try_from(delta).expect("a delta fits in i32");
        writeln!(table, "    ({}, {}),", start << 8 | count as u32, delta << 1 | (step as i32 - 1)).unwrap();
        i += count;
    }
    table.push_str("];\n");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("runs.rs"), table).expect("write runs.rs");
    println!("cargo::rerun-if-changed=build.rs");
}
