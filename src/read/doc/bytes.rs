//! Little-endian numbers and bounded slices of file data: every read says
//! `None` past the end instead of panicking.

/// The `u16` at `at`, if the data holds it.
pub(super) fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*s.first()?, *s.get(1)?]))
}

/// The `u32` at `at`, if the data holds it.
pub(super) fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([*s.first()?, *s.get(1)?, *s.get(2)?, *s.get(3)?]))
}

/// `len` bytes from `at`, if the data holds them.
pub(super) fn slice(b: &[u8], at: usize, len: usize) -> Option<&[u8]> {
    b.get(at..at.checked_add(len)?)
}

/// UTF-16LE code units to a string (unpaired surrogates become U+FFFD).
pub(super) fn utf16(b: &[u8]) -> String {
    let units = b
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]));
    char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect()
}

/// Windows-1252, the code page of Word's 8-bit text pieces: bytes 0x80–0x9F
/// are its own letters and signs; the rest equal Latin-1.
pub(super) fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH.get(usize::from(b - 0x80)).copied().unwrap_or('\u{FFFD}'),
        _ => char::from(b),
    }
}

/// Windows-1251 (Cyrillic), the code page of Russian-language Office files'
/// 8-bit properties: 0xC0–0xFF are А–я in order, 0x80–0xBF a table.
pub(super) fn cp1251(b: u8) -> char {
    const HIGH: &str = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u{98}™љ›њќћџ\u{a0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{ad}®Ї°±Ііґµ¶·ё№є»јЅѕї";
    match b {
        0xC0..=0xFF => char::from_u32(0x0410 + u32::from(b - 0xC0)).unwrap_or('\u{FFFD}'),
        0x80..=0xBF => HIGH.chars().nth(usize::from(b - 0x80)).unwrap_or('\u{FFFD}'),
        _ => char::from(b),
    }
}

/// 8-bit text in a Windows code page: UTF-8 (65001), Cyrillic (1251), else
/// Windows-1252 (Western; other code pages are shown garbled but not lost).
pub(super) fn decode_8bit(bytes: &[u8], codepage: Option<u16>) -> String {
    match codepage {
        Some(65001) => String::from_utf8_lossy(bytes).into_owned(),
        Some(1251) => bytes.iter().map(|&c| cp1251(c)).collect(),
        _ => bytes.iter().map(|&c| cp1252(c)).collect(),
    }
}

/// A PLC (a sorted array of `n + 1` character positions followed by `n`
/// data items of `item` bytes): its positions and its items, or `None` when
/// the bytes cannot be one.
pub(super) struct Plc<'a> {
    bytes: &'a [u8],
    item: usize,
    /// How many items (one fewer than positions).
    pub(super) len: usize,
}

impl<'a> Plc<'a> {
    /// Reads a PLC whose items are `item` bytes long.
    pub(super) fn new(bytes: &'a [u8], item: usize) -> Option<Self> {
        let step = item.checked_add(4)?;
        let len = bytes.len().checked_sub(4)? / step;
        Some(Plc { bytes, item, len })
    }
    /// Position `i` (0..=len).
    pub(super) fn pos(&self, i: usize) -> Option<u32> {
        if i > self.len {
            return None;
        }
        u32_at(self.bytes, i.checked_mul(4)?)
    }
    /// Item `i` (0..len).
    pub(super) fn item(&self, i: usize) -> Option<&'a [u8]> {
        if i >= self.len {
            return None;
        }
        let at = (self.len + 1).checked_mul(4)?.checked_add(i.checked_mul(self.item)?)?;
        slice(self.bytes, at, self.item)
    }
}

/// The strings of an STTB (string table): extended (UTF-16) or not, with
/// `cbExtra` bytes after each; at most `max` strings.
pub(super) fn sttb(b: &[u8], max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let Some(first) = u16_at(b, 0) else { return out };
    let extended = first == 0xFFFF;
    let (count_at, mut at) = if extended { (2, 6) } else { (0, 4) };
    let count = usize::from(u16_at(b, count_at).unwrap_or(0));
    let extra = usize::from(u16_at(b, count_at + 2).unwrap_or(0));
    for _ in 0..count.min(max) {
        let s = if extended {
            let Some(cch) = u16_at(b, at) else { break };
            let Some(chars) = slice(b, at + 2, usize::from(cch) * 2) else { break };
            at += 2 + usize::from(cch) * 2;
            utf16(chars)
        } else {
            let Some(&cch) = b.get(at) else { break };
            let Some(chars) = slice(b, at + 1, usize::from(cch)) else { break };
            at += 1 + usize::from(cch);
            chars.iter().map(|&c| cp1252(c)).collect()
        };
        at += extra;
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_past_the_end_are_none() {
        assert_eq!(u16_at(&[1, 2], 0), Some(0x0201));
        assert_eq!(u16_at(&[1, 2], 1), None);
        assert_eq!(u32_at(&[1, 0, 0, 0], 0), Some(1));
        assert_eq!(u32_at(&[1, 0, 0], 0), None);
        assert_eq!(u32_at(&[], usize::MAX), None);
    }

    #[test]
    fn a_plc_has_one_more_position_than_items() {
        // Positions 0, 5, 9 and two 2-byte items.
        let b = [0, 0, 0, 0, 5, 0, 0, 0, 9, 0, 0, 0, 0xAA, 0xAB, 0xBA, 0xBB];
        let plc = Plc::new(&b, 2).unwrap();
        assert_eq!(plc.len, 2);
        assert_eq!((plc.pos(0), plc.pos(2), plc.pos(3)), (Some(0), Some(9), None));
        assert_eq!(plc.item(1), Some(&[0xBA, 0xBB][..]));
        assert_eq!(plc.item(2), None);
    }

    #[test]
    fn windows_1252_has_its_own_quotes() {
        assert_eq!(cp1252(0x93), '“');
        assert_eq!(cp1252(0xE9), 'é');
        assert_eq!(cp1252(b'a'), 'a');
    }

    #[test]
    fn windows_1251_is_cyrillic() {
        // As Python's cp1251 codec decodes these bytes.
        let bytes = [0xCA, 0xF0, 0xE5, 0xE4, 0xE8, 0xF2, 0x20, 0xB9, 0xA8, 0xB8, 0x98];
        assert_eq!(decode_8bit(&bytes, Some(1251)), "Кредит №Ёё\u{98}");
        assert_eq!(decode_8bit(&[0xE9], Some(1252)), "é");
        assert_eq!(decode_8bit("é".as_bytes(), Some(65001)), "é");
    }

    #[test]
    fn an_extended_sttb_holds_utf16_strings() {
        // 0xFFFF, 2 strings, no extra data: "Al", "Bé".
        let b = [0xFF, 0xFF, 2, 0, 0, 0, 2, 0, b'A', 0, b'l', 0, 2, 0, b'B', 0, 0xE9, 0];
        assert_eq!(sttb(&b, 10), vec!["Al".to_string(), "Bé".to_string()]);
        assert_eq!(sttb(&b, 1).len(), 1);
        assert!(sttb(&b[..13], 10).len() == 1);
    }
}
