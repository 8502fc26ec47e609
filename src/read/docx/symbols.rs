//! The characters of `w:sym` elements, which name a glyph of a symbol font
//! by its code rather than writing a character.

/// The character a `w:sym` shows. Symbol fonts put their glyphs at
/// 0x20–0xFF, often written as U+F020–U+F0FF; Word shows the font's glyph,
/// not the Latin letter of that code. The `Symbol` font's Greek letters and
/// common signs are mapped to Unicode (Adobe Symbol encoding), so a Greek
/// letter counts as a letter and "→" does not; other symbol fonts
/// (Wingdings...) are pictographs and stay in the Private Use Area, which is
/// no letter, as Word's count treats them.
pub(super) fn symbol_char(font: Option<&str>, code: u32) -> Option<char> {
    let low = match code {
        0xF000..=0xF0FF => code - 0xF000,
        _ => code,
    };
    let font = font.unwrap_or("").to_ascii_lowercase();
    let pua = || char::from_u32(0xF000 + low);
    if font == "symbol" && low < 0x100 {
        return symbol_font_char(low as u8).or_else(pua);
    }
    let symbolic = ["wingdings", "webdings", "dingbats", "marlett", "mt extra"].iter().any(|f| font.contains(f));
    if symbolic && low < 0x100 {
        return pua();
    }
    char::from_u32(if (0xF000..=0xF0FF).contains(&code) { low } else { code })
}

/// The `Symbol` font's character at `b` (Adobe Symbol encoding), if it is
/// a Greek letter, an ASCII character or one of the common signs.
fn symbol_font_char(b: u8) -> Option<char> {
    const UPPER: &str = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
    const LOWER: &str = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
    /// ASCII characters the Symbol font draws as themselves.
    const SAME: &[u8] = b" !#%&()+,./:;<=>?[]_{|}";
    match b {
        b'A'..=b'Z' => UPPER.chars().nth(usize::from(b - b'A')),
        b'a'..=b'z' => LOWER.chars().nth(usize::from(b - b'a')),
        _ if b.is_ascii_digit() || SAME.contains(&b) => Some(char::from(b)),
        _ => SYMBOL_SIGNS.iter().find(|&&(code, _)| code == b).map(|&(_, c)| c),
    }
}

/// The Symbol font's signs that are not ASCII, by code.
const SYMBOL_SIGNS: [(u8, char); 37] = [
    (0x22, '∀'),
    (0x24, '∃'),
    (0x27, '∋'),
    (0x2A, '∗'),
    (0x2D, '−'),
    (0x40, '≅'),
    (0x5C, '∴'),
    (0x5E, '⊥'),
    (0x7E, '∼'),
    (0xA3, '≤'),
    (0xA5, '∞'),
    (0xAB, '↔'),
    (0xAC, '←'),
    (0xAD, '↑'),
    (0xAE, '→'),
    (0xAF, '↓'),
    (0xB0, '°'),
    (0xB1, '±'),
    (0xB3, '≥'),
    (0xB4, '×'),
    (0xB7, '•'),
    (0xB8, '÷'),
    (0xB9, '≠'),
    (0xBA, '≡'),
    (0xBB, '≈'),
    (0xBC, '…'),
    (0xD2, '®'),
    (0xD3, '©'),
    (0xD4, '™'),
    (0xD6, '√'),
    (0xD7, '⋅'),
    (0xD8, '¬'),
    (0xD9, '∧'),
    (0xDA, '∨'),
    (0xDE, '⇒'),
    (0xE5, '∑'),
    (0xF2, '∫'),
];

#[cfg(test)]
mod tests {
    use super::symbol_char;

    #[test]
    fn symbol_font_codes_follow_adobe_symbol_encoding() {
        // Adobe's Symbol encoding table (symbol.txt): 0x61 alpha, 0xAE arrowright, 0xB3 greaterequal.
        assert_eq!(symbol_char(Some("Symbol"), 0x61), Some('α'));
        assert_eq!(symbol_char(Some("Symbol"), 0xF0AE), Some('→'));
        assert_eq!(symbol_char(Some("Symbol"), 0xF0B3), Some('≥'));
        assert_eq!(symbol_char(Some("Symbol"), 0x28), Some('('));
        // Wingdings' 0x4A is a smiling face, no letter: it stays in the Private Use Area.
        assert_eq!(symbol_char(Some("Wingdings"), 0xF04A), Some('\u{F04A}'));
        assert_eq!(symbol_char(Some("Arial"), 0x263A), Some('☺'));
    }
}
