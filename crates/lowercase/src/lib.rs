//! Each character's lowercase, as `char::to_lowercase` gives it, from a
//! table of about 180 runs that `build.rs` writes from the standard library
//! itself, instead of core's table of 1,400 pairs.
//!
//! ```
//! assert_eq!(lowercase::lowercase("ÀÉÎ Ölçü ΑΒΓ İ"), "àéî ölçü αβγ i\u{307}");
//! assert!(lowercase::chars('Ж').eq(['ж']));
//! ```
//!
//! Why: core's lowercase table is 11.7 KB of the browser's wasm (3.3 KB of
//! its Brotli size), for link texts, addresses and whatlang's trigrams.
//!
//! One difference from `str::to_lowercase`, on purpose: a capital sigma is
//! always `σ`, never the word-final `ς`. That context rule needs two more
//! Unicode properties' tables (`Cased`, `Case_Ignorable`), and every
//! comparison here lowercases both sides alike; whatlang reads Greek by its
//! script alone, without trigrams.
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;
use alloc::string::String;

include!(concat!(env!("OUT_DIR"), "/runs.rs"));

/// The lowercase of `c` when it is one character.
fn lower(c: char) -> char {
    let code = u32::from(c);
    let at = RUNS.partition_point(|&(key, _)| key >> 8 <= code);
    let Some(&(key, value)) = at.checked_sub(1).and_then(|i| RUNS.get(i)) else { return c };
    let (start, count) = (key >> 8, key & 0xFF);
    let step = (value & 1) as u32 + 1;
    let offset = code - start;
    if offset % step != 0 || offset / step >= count {
        return c;
    }
    char::from_u32(code.wrapping_add_signed(value >> 1)).unwrap_or(c)
}

/// The lowercase of `c`: one character, or two for İ (U+0130), which is `i`
/// and a combining dot above, as `char::to_lowercase` gives them.
pub fn chars(c: char) -> impl Iterator<Item = char> + Clone {
    let (first, second) = if c == '\u{130}' { ('i', Some('\u{307}')) } else { (lower(c), None) };
    core::iter::once(first).chain(second)
}

/// `text` with each character lowercased ([`chars`]): `str::to_lowercase`,
/// except that a capital sigma is always `σ` (see the crate's documentation).
pub fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // A run of ASCII is copied and lowercased in place, a byte at a time.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let (run, after) = rest.split_at(ascii);
        let start = out.len();
        out.push_str(run);
        out[start..].make_ascii_lowercase();
        let mut others = after.chars();
        if let Some(c) = others.next() {
            out.extend(chars(c));
        }
        rest = others.as_str();
    }
    out
}

#[cfg(test)]
mod tests;
