//! Decimal text to `f32`, with the same syntax and the same correctly rounded
//! results as `str::parse::<f32>`, in a few hundred bytes of wasm.
//!
//! ```
//! assert_eq!(decimal_f32::parse(b"-.5"), Some(-0.5));
//! assert_eq!(decimal_f32::parse(b"12.25e1"), Some(122.5));
//! assert_eq!(decimal_f32::parse(b"1.2.3"), None);
//! ```
//!
//! Why not `str::parse`: core's float parser (Eisel-Lemire with its table of
//! 128-bit powers of five, a decimal slow path, and the `f64` code besides)
//! is tens of KB of the browser's wasm, for the numbers of a PDF, which are
//! short decimals. Here a number of at most 19 significant digits and a
//! decimal exponent within ±22 takes one `f64` division (exact operands, so a
//! correctly rounded quotient) and one cast to `f32`, which is exact unless
//! the quotient falls on a midpoint between two `f32`s; every other number is
//! rounded exactly with a small big-integer division.
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Significant digits kept exactly. Any `f32` rounding boundary (a midpoint
/// between two neighbouring `f32`s, or a power of two) has at most 113
/// significant decimal digits, so a number whose further digits are only
/// recorded as "some were not zero" still rounds as if all had been kept.
const KEPT_DIGITS: usize = 120;

/// Parses `text` as `str::parse::<f32>` would: an optional sign, then
/// `inf`, `infinity` or `nan` in any case, or digits with at most one `.`
/// (at least one digit on either side of it) and an optional exponent
/// (`e` or `E`, an optional sign, digits). `None` where it would fail.
pub fn parse(text: &[u8]) -> Option<f32> {
    let (negative, rest) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    let magnitude = parse_magnitude(rest)?;
    Some(if negative { -magnitude } else { magnitude })
}

fn parse_magnitude(text: &[u8]) -> Option<f32> {
    if text.eq_ignore_ascii_case(b"inf") || text.eq_ignore_ascii_case(b"infinity") {
        return Some(f32::INFINITY);
    }
    if text.eq_ignore_ascii_case(b"nan") {
        return Some(f32::NAN);
    }
    let mut digits = [0u8; KEPT_DIGITS];
    let mut kept = 0;
    // The value is `digits[..kept]` (an integer) times ten to `exponent`,
    // plus a little more when `dropped_nonzero`.
    let mut exponent: i64 = 0;
    let mut dropped_nonzero = false;
    let mut seen_digit = false;
    let mut in_fraction = false;
    let mut i = 0;
    while let Some(&c) = text.get(i) {
        match c {
            b'0'..=b'9' => {
                seen_digit = true;
                let d = c - b'0';
                if kept == 0 && d == 0 {
                    // A leading zero: only its place in a fraction counts.
                    exponent -= i64::from(in_fraction);
                } else if kept < KEPT_DIGITS {
                    digits[kept] = d;
                    kept += 1;
                    exponent -= i64::from(in_fraction);
                } else {
                    dropped_nonzero |= d != 0;
                    exponent += i64::from(!in_fraction);
                }
            }
            b'.' if !in_fraction => in_fraction = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(&(b'e' | b'E')) = text.get(i) {
        let (negative, mut j) = match text.get(i + 1) {
            Some(b'-') => (true, i + 2),
            Some(b'+') => (false, i + 2),
            _ => (false, i + 1),
        };
        let start = j;
        let mut value: i64 = 0;
        while let Some(&c @ b'0'..=b'9') = text.get(j) {
            // Saturates far beyond any exponent that can change the result.
            value = (value * 10 + i64::from(c - b'0')).min(1 << 40);
            j += 1;
        }
        if j == start {
            return None;
        }
        exponent += if negative { -value } else { value };
        i = j;
    }
    if i != text.len() {
        return None;
    }
    while kept > 0 && digits[kept - 1] == 0 {
        kept -= 1;
        exponent += 1;
    }
    if kept == 0 {
        return Some(0.0);
    }
    Some(round(&digits[..kept], exponent, dropped_nonzero))
}

/// The `f32` nearest to `digits × 10^exponent` (plus a little, when
/// `dropped_nonzero`), ties to even. `digits` is not empty and starts and ends
/// with a non-zero digit.
fn round(digits: &[u8], exponent: i64, dropped_nonzero: bool) -> f32 {
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    if digits.len() <= 19 && !dropped_nonzero && exponent.unsigned_abs() <= 22 {
        let mantissa = digits.iter().fold(0u64, |m, &d| m * 10 + u64::from(d));
        if mantissa <= 1 << 53 {
            let power = POWERS[exponent.unsigned_abs() as usize];
            let quotient = if exponent < 0 { mantissa as f64 / power } else { mantissa as f64 * power };
            if !falls_between_f32s(quotient) {
                return quotient as f32;
            }
        }
    }
    round_exactly(digits, exponent, dropped_nonzero)
}

/// Whether casting `x` to `f32` could round differently from rounding the
/// exact decimal it came from: when it is an exact midpoint between two
/// `f32`s, or outside the range of normal `f32`s, where this check does not
/// look.
fn falls_between_f32s(x: f64) -> bool {
    if !(f64::from(f32::MIN_POSITIVE)..=f64::from(f32::MAX)).contains(&x) {
        return true;
    }
    // A normal f32 keeps 23 of the f64's 52 fraction bits; a midpoint has the
    // 29 bits dropped equal to 1000…0.
    x.to_bits() & ((1 << 29) - 1) == 1 << 28
}

fn round_exactly(digits: &[u8], exponent: i64, dropped_nonzero: bool) -> f32 {
    let magnitude = digits.len() as i64 + exponent; // 10^(magnitude-1) <= value < 10^magnitude
    if magnitude > 39 {
        return f32::INFINITY; // >= 1e39 > f32::MAX
    }
    if magnitude < -45 {
        return 0.0; // < 1e-46, below half the smallest subnormal (2^-150, 7.0e-46)
    }
    let mut numerator = Big::from_digits(digits);
    let mut denominator = Big::one();
    if exponent >= 0 {
        numerator.mul_pow10(exponent as u32);
    } else {
        denominator.mul_pow10(exponent.unsigned_abs() as u32);
    }
    // floor(log2(value)): bit lengths give it to within one.
    let mut log2 = numerator.bit_len() as i64 - denominator.bit_len() as i64;
    if compare_scaled(&numerator, &denominator, log2) == Ordering::Less {
        log2 -= 1;
    }
    // The exponent of the mantissa's last bit; -149 is the smallest subnormal's.
    let mut last_bit = (log2 - 23).max(-149);
    // q = floor(value / 2^(last_bit - 1)): the 24-bit mantissa and a rounding bit.
    let shift = last_bit - 1;
    if shift >= 0 {
        denominator.shl(shift as usize);
    } else {
        numerator.shl(shift.unsigned_abs() as usize);
    }
    let mut q: u32 = 0;
    for bit in (0..25).rev() {
        let mut step = denominator.clone();
        step.shl(bit);
        if numerator.cmp(&step) != Ordering::Less {
            numerator.sub(&step);
            q |= 1 << bit;
        }
    }
    let below_rounding_bit = !numerator.is_zero() || dropped_nonzero;
    let mut mantissa = q >> 1;
    if q & 1 == 1 && (below_rounding_bit || mantissa & 1 == 1) {
        mantissa += 1;
        if mantissa == 1 << 24 {
            mantissa >>= 1;
            last_bit += 1;
        }
    }
    if mantissa < 1 << 23 {
        return f32::from_bits(mantissa); // subnormal (last_bit is -149), or zero
    }
    let biased = last_bit + 150;
    if biased >= 255 {
        return f32::INFINITY;
    }
    f32::from_bits(((biased as u32) << 23) | (mantissa - (1 << 23)))
}

/// `numerator / denominator` against `2^log2`.
fn compare_scaled(numerator: &Big, denominator: &Big, log2: i64) -> Ordering {
    if log2 >= 0 {
        let mut scaled = denominator.clone();
        scaled.shl(log2 as usize);
        numerator.cmp(&scaled)
    } else {
        let mut scaled = numerator.clone();
        scaled.shl(log2.unsigned_abs() as usize);
        scaled.cmp(denominator)
    }
}

/// A natural number, least significant 32-bit limb first, no high zero limbs.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn one() -> Big {
        Big(alloc::vec![1])
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut n = Big(Vec::new());
        for &d in digits {
            n.mul_add(10, u32::from(d));
        }
        n
    }

    fn mul_add(&mut self, factor: u32, addend: u32) {
        let mut carry = u64::from(addend);
        for limb in &mut self.0 {
            let wide = u64::from(*limb) * u64::from(factor) + carry;
            *limb = wide as u32;
            carry = wide >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut power: u32) {
        while power > 0 {
            let step = power.min(9);
            self.mul_add(10u32.pow(step), 0);
            power -= step;
        }
    }

    fn shl(&mut self, bits: usize) {
        let (limbs, bits) = (bits / 32, bits % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let next = *limb >> (32 - bits);
                *limb = (*limb << bits) | carry;
                carry = next;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        if !self.is_zero() {
            self.0.splice(0..0, core::iter::repeat_n(0, limbs));
        }
    }

    /// `self -= other`, where `other <= self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = false;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let (d, b1) = limb.overflowing_sub(other.0.get(i).copied().unwrap_or(0));
            let (d, b2) = d.overflowing_sub(u32::from(borrow));
            *limb = d;
            borrow = b1 || b2;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn bit_len(&self) -> usize {
        self.0.last().map_or(0, |top| 32 * self.0.len() - top.leading_zeros() as usize)
    }

    fn cmp(&self, other: &Big) -> Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

#[cfg(test)]
mod tests;
