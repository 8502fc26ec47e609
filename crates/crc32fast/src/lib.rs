//! Size stand-in for `crc32fast` (see `third_party/README.md`): the same API and
//! results, CRC-32/ISO-HDLC (zip, gzip, PNG), computed a byte at a time from
//! one 256-entry table (1 KB) instead of crc32fast's 16 tables (16 KB in the
//! browser's wasm, where its SIMD paths never run anyway). `combine` follows
//! crc32fast's and zlib's `crc32_combine` (multiplication by x^(8n) mod P).

#![no_std]
#![forbid(unsafe_code)]

use core::{fmt, hash};

/// The reflected polynomial 0x04C11DB7.
const POLY: u32 = 0xEDB8_8320;

const TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { POLY ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn update(state: u32, buf: &[u8]) -> u32 {
    let mut crc = !state;
    for &b in buf {
        crc = TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// a(x) * b(x) mod P(x), reflected.
fn multiply(a: u32, mut b: u32) -> u32 {
    let mut p = 0u32;
    for i in 0..32 {
        p ^= b & ((a >> (31 - i)) & 1).wrapping_neg();
        b = (b >> 1) ^ ((b & 1).wrapping_neg() & POLY);
    }
    p
}

/// x^(8 * len) mod P(x), reflected: multiplying a CRC by it appends `len` zero bytes.
fn x8n(len: u64) -> u32 {
    let (mut p, mut sq, mut n) = (0x8000_0000u32, 0x0080_0000u32, len);
    while n != 0 {
        if n & 1 != 0 {
            p = multiply(sq, p);
        }
        sq = multiply(sq, sq);
        n >>= 1;
    }
    p
}

/// Computes the CRC32 hash of a byte slice.
pub fn hash(buf: &[u8]) -> u32 {
    update(0, buf)
}

/// Represents an in-progress CRC32 computation.
#[derive(Clone)]
pub struct Hasher {
    amount: u64,
    state: u32,
}

impl Hasher {
    /// Create a new `Hasher`.
    pub fn new() -> Self {
        Self::new_with_initial(0)
    }

    /// Create a new `Hasher` with an initial CRC32 state.
    pub fn new_with_initial(init: u32) -> Self {
        Self::new_with_initial_len(init, 0)
    }

    /// Create a new `Hasher` with an initial CRC32 state and the length it stands for.
    pub fn new_with_initial_len(init: u32, amount: u64) -> Self {
        Hasher { amount, state: init }
    }

    #[doc(hidden)]
    pub fn internal_new_baseline(init: u32, amount: u64) -> Self {
        Self::new_with_initial_len(init, amount)
    }

    #[doc(hidden)]
    pub fn internal_new_specialized(init: u32, amount: u64) -> Option<Self> {
        Some(Self::new_with_initial_len(init, amount))
    }

    /// Process the given byte slice and update the hash state.
    pub fn update(&mut self, buf: &[u8]) {
        self.amount += buf.len() as u64;
        self.state = update(self.state, buf);
    }

    /// Returns the total number of bytes represented by this hash state.
    pub fn total_len(&self) -> u64 {
        self.amount
    }

    /// Finalize the hash state and return the computed CRC32 value.
    pub fn finalize(self) -> u32 {
        self.state
    }

    /// Reset the hash state.
    pub fn reset(&mut self) {
        self.state = 0;
        self.amount = 0;
    }

    /// Combine the hash state with the hash state for the subsequent block of bytes.
    pub fn combine(&mut self, other: &Self) {
        self.amount += other.amount;
        self.state = multiply(x8n(other.amount), self.state) ^ other.state;
    }
}

impl fmt::Debug for Hasher {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("crc32fast::Hasher").finish()
    }
}

impl Default for Hasher {
    fn default() -> Self {
        Self::new()
    }
}

impl hash::Hasher for Hasher {
    fn write(&mut self, bytes: &[u8]) {
        self.update(bytes)
    }

    fn finish(&self) -> u64 {
        u64::from(self.clone().finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check value of the CRC catalogue (CRC-32/ISO-HDLC: "123456789" ->
    /// 0xCBF43926); the others are zlib's `crc32()` of the same bytes
    /// (Python's `zlib.crc32`).
    #[test]
    fn known_values() {
        assert_eq!(hash(b"123456789"), 0xCBF4_3926);
        assert_eq!(hash(b""), 0);
        assert_eq!(hash(b"The quick brown fox jumps over the lazy dog"), 0x414F_A339);
        assert_eq!(hash(&[0u8; 32]), 0x190A_55AD);
    }

    #[test]
    fn pieces_and_combine_give_the_whole() {
        let (a, b) = (b"The quick brown fox ".as_slice(), b"jumps over the lazy dog".as_slice());
        let mut h = Hasher::new();
        h.update(a);
        h.update(b);
        assert_eq!(h.clone().finalize(), 0x414F_A339);
        assert_eq!(h.total_len(), 43);
        let mut first = Hasher::new();
        first.update(a);
        let mut second = Hasher::new();
        second.update(b);
        first.combine(&second);
        assert_eq!(first.finalize(), 0x414F_A339);
    }
}
