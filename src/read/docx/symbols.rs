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
        const UPPER: &str = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
        const LOWER: &str = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
        let b = low as u8;
        return match b {
            b'A'..=b'Z' => UPPER.chars().nth(usize::from(b - b'A')),
            b'a'..=b'z' => LOWER.chars().nth(usize::from(b - b'a')),
            b'0'..=b'9'
            | b' '
            | b'!'
            | b'#'
            | b'%'
            | b'&'
            | b'('
            | b')'
            | b'+'
            | b','
            | b'.'
            | b'/'
            | b':'
            | b';'
            | b'<'
            | b'='
            | b'>'
            | b'?'
            | b'['
            | b']'
            | b'_'
            | b'{'
            | b'|'
            | b'}' => Some(char::from(b)),
            0x22 => Some('∀'),
            0x24 => Some('∃'),
            0x27 => Some('∋'),
            0x2A => Some('∗'),
            0x2D => Some('−'),
            0x40 => Some('≅'),
            0x5C => Some('∴'),
            0x5E => Some('⊥'),
            0x7E => Some('∼'),
            0xA3 => Some('≤'),
            0xA5 => Some('∞'),
            0xAB => Some('↔'),
            0xAC => Some('←'),
            0xAD => Some('↑'),
            0xAE => Some('→'),
            0xAF => Some('↓'),
            0xB0 => Some('°'),
            0xB1 => Some('±'),
            0xB3 => Some('≥'),
            0xB4 => Some('×'),
            0xB7 => Some('•'),
            0xB8 => Some('÷'),
            0xB9 => Some('≠'),
            0xBA => Some('≡'),
            0xBB => Some('≈'),
            0xBC => Some('…'),
            0xD2 => Some('®'),
            0xD3 => Some('©'),
            0xD4 => Some('™'),
            0xD6 => Some('√'),
            0xD7 => Some('⋅'),
            0xD8 => Some('¬'),
            0xD9 => Some('∧'),
            0xDA => Some('∨'),
            0xDE => Some('⇒'),
            0xE5 => Some('∑'),
            0xF2 => Some('∫'),
            _ => pua(),
        };
    }
    let symbolic = ["wingdings", "webdings", "dingbats", "marlett", "mt extra"].iter().any(|f| font.contains(f));
    if symbolic && low < 0x100 {
        return pua();
    }
    char::from_u32(if (0xF000..=0xF0FF).contains(&code) { low } else { code })
}
