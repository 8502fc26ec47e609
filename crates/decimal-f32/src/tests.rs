//! Every expectation is `str::parse::<f32>`'s own answer (the reference this
//! crate stands in for), compared bit for bit.
extern crate std;
use super::parse;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

fn same_as_std(text: &str) {
    let ours = parse(text.as_bytes());
    let reference = text.parse::<f32>().ok();
    assert_eq!(
        ours.map(|v| if v.is_nan() { u32::MAX } else { v.to_bits() }),
        reference.map(|v| if v.is_nan() { u32::MAX } else { v.to_bits() }),
        "{text:?}: ours {ours:?}, str::parse {reference:?}"
    );
}

#[test]
fn pdf_numbers() {
    for text in [
        "0", "1", "-1", "+3", "-.5", ".5", "+.5", "1.", "-1.", "10.", "0.12", "-.12", "0.000001", "123.456",
        "-0", "-0.0", "0.0", "00000.0000", "3.14159265358979323846", "612", "792.000", "0.1", "0.2", "0.3",
        "1.0e5", "1e5", "1E5", "1e+5", "1e-5", "2.5e-3", "1.e5", "-1.5e2", "4294967296.5", "16777217",
        "16777216.5", "33554435", "9007199254740993", "18446744073709551615", "123456789012345678901234567890",
        "340282346638528859811704183484516925440", "340282356779733661637539395458142568448",
        "340282356779733661637539395458142568447", "3.4028236e38", "1e39", "1e38", "1e-38", "1e-45", "1e-46",
        "7e-46", "7.1e-46", "1.401298464324817e-45", "1.1754943508222875e-38", "1.1754942e-38",
        "0.000000000000000000000000000000000000000000001401298464324817070923729583289916131280261941876515771757068283889791082685860601486638188362121582031250",
        "0.000000000000000000000000000000000000000000000700649232162408535461864791644958065640130970938257885878534141944895541342930300743319094181060791015625",
        "0.000000000000000000000000000000000000000000000700649232162408535461864791644958065640130970938257885878534141944895541342930300743319094181060791015626",
        "1.0000000596046448", "1.0000001788139342", "1.0000000596046447",
        "inf", "-inf", "+infinity", "INF", "Infinity", "nan", "NaN", "-nan", "+nan",
        "", "-", "+", ".", "-.", "e5", ".e5", "1e", "1e+", "1.2.3", "--5", "5.-", "+-5", "1 ", " 1", "0x10", "1_0",
        "infin", "nana", "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999999999",
    ] {
        same_as_std(text);
    }
}

/// A small deterministic generator (xorshift64*), so that failures reproduce.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn random_strings_of_number_characters() {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for _ in 0..200_000 {
        let len = 1 + random.below(14) as usize;
        let text: String = (0..len)
            .map(|_| {
                let pick = random.below(20) as usize;
                b"0123456789000.-+e9E51"[pick] as char
            })
            .collect();
        same_as_std(&text);
    }
}

#[test]
fn random_decimals_of_every_length() {
    let mut random = Random(42);
    for _ in 0..200_000 {
        let int_len = random.below(12) as usize;
        let longest = if random.below(10) == 0 { 60 } else { 12 };
        let frac_len = random.below(longest) as usize;
        let mut text = String::new();
        match random.below(3) {
            0 => text.push('-'),
            1 if random.below(4) == 0 => text.push('+'),
            _ => {}
        }
        let digit = |random: &mut Random| (b'0' + random.below(10) as u8) as char;
        for _ in 0..int_len {
            text.push(digit(&mut random));
        }
        if frac_len > 0 || random.below(4) == 0 {
            text.push('.');
        }
        for _ in 0..frac_len {
            text.push(digit(&mut random));
        }
        if random.below(8) == 0 {
            text.push_str(&format!("e{}", random.below(100) as i64 - 60));
        }
        same_as_std(&text);
    }
}

/// The hard cases for rounding: each f32, the exact midpoint between it and
/// the next one up, and decimals just below and above that midpoint.
#[test]
fn f32_values_and_midpoints() {
    let mut random = Random(7);
    let mut bits: Vec<u32> = (0..100_000).map(|_| random.next() as u32 & 0x7FFF_FFFF).collect();
    bits.extend([0, 1, 2, 0x007F_FFFF, 0x0080_0000, 0x0080_0001, 0x3F80_0000, 0x4B80_0000, 0x7F7F_FFFE, 0x7F7F_FFFF]);
    for b in bits {
        let value = f32::from_bits(b);
        if !value.is_finite() {
            continue;
        }
        same_as_std(&format!("{value}"));
        same_as_std(&format!("{value:e}"));
        same_as_std(&format!("{:.9e}", value));
        // f32s and their midpoints are exact in f64; 120 digits print them exactly.
        let next = f32::from_bits(b + 1);
        let midpoint = if next.is_finite() {
            (f64::from(value) + f64::from(next)) / 2.0
        } else {
            f64::from(value) + (f64::from(value) - f64::from(f32::from_bits(b - 1))) / 2.0
        };
        let exact = format!("{midpoint:.150e}");
        let (mantissa, exponent) = exact.split_once('e').unwrap();
        let mantissa = mantissa.trim_end_matches('0');
        same_as_std(&format!("{mantissa}e{exponent}"));
        same_as_std(&format!("{mantissa}1e{exponent}"));
        same_as_std(&format!("{mantissa}{}1e{exponent}", "0".repeat(200)));
        // Just below the midpoint: lower its last digit by one.
        let mut below: Vec<u8> = mantissa.bytes().collect();
        let last = below.len() - 1;
        if below[last] > b'0' && below[last] != b'.' {
            below[last] -= 1;
            below.extend(b"999999999999");
            same_as_std(&format!("{}e{exponent}", String::from_utf8(below).unwrap()));
        }
        // 17 significant digits: a decimal near the midpoint whose f64 quotient
        // is the midpoint itself, where a plain cast to f32 would round to even.
        same_as_std(&format!("{midpoint:.16e}"));
        // The same midpoint written without an exponent.
        same_as_std(&format!("{midpoint:.160}"));
    }
}

#[test]
fn long_inputs() {
    same_as_std(&"1".repeat(5000));
    same_as_std(&format!("0.{}1", "0".repeat(5000)));
    same_as_std(&format!("1.{}", "0".repeat(5000)));
    same_as_std(&format!("{}e-4990", "3".repeat(5000)));
    same_as_std(&format!("16777217.{}1", "0".repeat(300)));
    same_as_std(&format!("16777217.{}", "0".repeat(300)));
}
