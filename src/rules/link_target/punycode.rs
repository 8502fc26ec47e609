//! Host names in ASCII: Punycode (RFC 3492) both ways, and the WHATWG
//! "domain to ASCII" step as the `idna` crate 1.1 performs it with its
//! ASCII-only back end (`idna_adapter` 1.0), which is what the checker
//! shipped with: any non-ASCII character in a host is an error, an ASCII host
//! is lower-cased, and an `xn--` label must decode. The differential tests in
//! `whatwg::tests` hold this to the `url` crate's answers.

// Bootstring parameters for Punycode (RFC 3492, section 5).
const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 0x80;

/// Longest `xn--` label (after the prefix) that is decoded, as in `idna`.
const DECODE_MAX_INPUT: usize = 2000;
/// Longest decoded label accepted, as in `idna`.
const ENCODE_MAX_INPUT: usize = 1000;

/// ASCII characters a host may not contain (the URL Standard's forbidden
/// domain code points): controls, space, DEL and `%#/:<>?@[\]^|`.
fn forbidden_in_domain(b: u8) -> bool {
    b <= b' ' || b == 0x7f || b"%#/:<>?@[\\]^|".contains(&b)
}

fn adapt(mut delta: u32, num_points: u32, first_time: bool) -> u32 {
    delta /= if first_time { DAMP } else { 2 };
    delta += delta / num_points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (((BASE - T_MIN + 1) * delta) / (delta + SKEW))
}

/// The threshold for the digit at position `k` of a variable-length integer.
fn threshold(k: u32, bias: u32) -> u32 {
    if k <= bias {
        T_MIN
    } else if k >= bias + T_MAX {
        T_MAX
    } else {
        k - bias
    }
}

/// A label (without `xn--`) in Punycode; `None` on overflow.
pub(super) fn encode(label: &str) -> Option<String> {
    let input: Vec<u32> = label.chars().map(u32::from).collect();
    let input_length = u32::try_from(input.len()).ok()?;
    let mut out: String = label.chars().filter(char::is_ascii).collect();
    let basic_length = out.len() as u32;
    if basic_length > 0 {
        out.push('-');
    }
    let (mut code_point, mut delta, mut bias, mut processed) = (INITIAL_N, 0u32, INITIAL_BIAS, basic_length);
    while processed < input_length {
        let min = input.iter().copied().filter(|&c| c >= code_point).min()?;
        delta = delta.checked_add((min - code_point).checked_mul(processed + 1)?)?;
        code_point = min;
        for &c in &input {
            if c < code_point {
                delta = delta.checked_add(1)?;
            }
            if c == code_point {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    out.push(digit_char(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit_char(q));
                bias = adapt(delta, processed + 1, processed == basic_length);
                delta = 0;
                processed += 1;
            }
        }
        delta += 1;
        code_point += 1;
    }
    Some(out)
}

fn digit_char(value: u32) -> char {
    // Only called with values below BASE.
    char::from(if value < 26 { b'a' + value as u8 } else { b'0' + (value - 26) as u8 })
}

fn digit_value(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0') + 26),
        b'a'..=b'z' => Some(u32::from(b - b'a')),
        b'A'..=b'Z' => Some(u32::from(b - b'A')),
        _ => None,
    }
}

/// A Punycode label (without `xn--`, lower case) decoded; `None` if it is not valid Punycode.
fn decode(input: &[u8]) -> Option<Vec<char>> {
    // Basic code points come before the last delimiter; a delimiter at the
    // very start is not one (and then fails as a digit below).
    let (base, digits) = match input.iter().rposition(|&b| b == b'-') {
        Some(p) if p > 0 => {
            let (base, rest) = input.split_at(p);
            (base, rest.get(1..).unwrap_or_default())
        }
        _ => (&[][..], input),
    };
    let mut out: Vec<char> = base.iter().map(|&b| char::from(b)).collect();
    let (mut code_point, mut bias, mut i) = (INITIAL_N, INITIAL_BIAS, 0u32);
    let mut digits = digits.iter();
    while let Some(&first) = digits.next() {
        let previous_i = i;
        let (mut weight, mut k, mut byte) = (1u32, BASE, first);
        loop {
            let digit = digit_value(byte)?;
            i = i.checked_add(digit.checked_mul(weight)?)?;
            let t = threshold(k, bias);
            if digit < t {
                break;
            }
            weight = weight.checked_mul(BASE - t)?;
            k += BASE;
            byte = *digits.next()?;
        }
        let length = out.len() as u32 + 1;
        bias = adapt(i - previous_i, length, previous_i == 0);
        code_point = code_point.checked_add(i / length)?;
        i %= length;
        out.insert(i as usize, char::from_u32(code_point)?);
        i += 1;
    }
    Some(out)
}

/// The WHATWG "domain to ASCII" of a percent-decoded host, as the shipped
/// `idna` build does it; `None` is an error.
pub(super) fn domain_to_ascii(domain: &[u8]) -> Option<String> {
    if domain.iter().any(|&b| !b.is_ascii() || forbidden_in_domain(b)) {
        return None;
    }
    let lower = String::from_utf8(domain.to_ascii_lowercase()).ok()?;
    lower.split('.').all(|label| !label.starts_with("xn--") || punycode_label_is_valid(label)).then_some(lower)
}

/// Whether an `xn--` label decodes to a label `idna` accepts.
fn punycode_label_is_valid(label: &str) -> bool {
    let rest = &label[4..];
    if label.ends_with('-') || rest.len() > DECODE_MAX_INPUT {
        return false;
    }
    let Some(decoded) = decode(rest.as_bytes()) else { return false };
    // The basic code points go through the deny list again (the dot among
    // them); U+FFFD is `idna`'s mark of an error, so it is refused too; a
    // joiner may not start the label; very long labels are refused.
    let basic_ok =
        decoded.iter().all(|&c| c != '\u{FFFD}' && (!c.is_ascii() || !(forbidden_in_domain(c as u8) || c == '.')));
    let joiner_first = matches!(decoded.first(), Some('\u{200C}' | '\u{200D}'));
    let too_long = decoded.len() > ENCODE_MAX_INPUT && !decoded.iter().all(char::is_ascii);
    basic_ok && !joiner_first && !too_long
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 3492, section 7.1, samples (A) Arabic and (L) Japanese, lower-cased.
    #[test]
    fn rfc_3492_samples_round_trip() {
        let arabic = "\u{0644}\u{064A}\u{0647}\u{0645}\u{0627}\u{0628}\u{062A}\u{0643}\u{0644}\u{0645}\u{0648}\u{0634}\u{0639}\u{0631}\u{0628}\u{064A}\u{061F}";
        assert_eq!(encode(arabic).as_deref(), Some("egbpdaj6bu4bxfgehfvwxn"));
        let japanese = "3\u{5E74}B\u{7D44}\u{91D1}\u{516B}\u{5148}\u{751F}";
        assert_eq!(encode(japanese).as_deref(), Some("3B-ww4c5e180e575a65lsy2b"));
        assert_eq!(decode(b"egbpdaj6bu4bxfgehfvwxn").map(String::from_iter).as_deref(), Some(arabic));
        assert_eq!(decode(b"3B-ww4c5e180e575a65lsy2b").map(String::from_iter).as_deref(), Some(japanese));
    }

    #[test]
    fn domains_to_ascii() {
        assert_eq!(domain_to_ascii(b"WWW.Example.ORG").as_deref(), Some("www.example.org"));
        assert_eq!(domain_to_ascii(b"xn--bcher-kva.example").as_deref(), Some("xn--bcher-kva.example"));
        assert_eq!(domain_to_ascii("bücher.example".as_bytes()), None); // not ASCII: mapped by the caller first
        assert_eq!(domain_to_ascii(b"a b.org"), None);
        assert_eq!(domain_to_ascii(b"xn--.org"), None); // nothing after the prefix
        assert_eq!(domain_to_ascii(b"xn--a$b.org"), None); // "$" is not a Punycode digit
    }
}
