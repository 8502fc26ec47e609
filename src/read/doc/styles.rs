//! The style sheet (STSH), for two things: which paragraph styles are
//! headings, and which styles hide their text. A style is a heading when its
//! built-in identifier (`sti`) is 1–9 ("heading 1"–"heading 9"), which is
//! how Word and LibreOffice store them; it hides text when its character
//! properties (or those of the style it is based on) set `sprmCFVanish`.

use super::bytes::u16_at;
use super::props::sprms;

/// Styles are based on styles: a longer chain is a loop.
const MAX_BASED_ON: usize = 16;
const NO_STYLE: u16 = 0x0FFF;

/// One style, as far as the reader needs it.
#[derive(Debug, Clone, Copy)]
struct Style {
    sti: u16,
    based_on: u16,
    /// The `sprmCFVanish` operand of its character properties, if any.
    vanish: Option<u8>,
}

/// The styles by index (`istd`).
#[derive(Debug, Default)]
pub(super) struct Styles {
    styles: Vec<Option<Style>>,
    /// [`Styles::vanish`] of each style, worked out once (it is asked for every character).
    hides: Vec<Option<bool>>,
}

impl Styles {
    /// Reads the styles from an STSH; a damaged one gives what could be read.
    pub(super) fn read(stsh: &[u8]) -> Styles {
        let mut styles = Vec::new();
        let Some(cb_stshi) = u16_at(stsh, 0) else { return Styles::default() };
        let count = usize::from(u16_at(stsh, 2).unwrap_or(0));
        let base_len = usize::from(u16_at(stsh, 4).unwrap_or(10));
        let mut at = 2 + usize::from(cb_stshi);
        for _ in 0..count {
            let Some(cb) = u16_at(stsh, at) else { break };
            let std = stsh.get(at + 2..at + 2 + usize::from(cb)).unwrap_or(&[]);
            styles.push(if cb == 0 { None } else { style(std, base_len) });
            at += 2 + usize::from(cb);
        }
        let mut sheet = Styles { styles, hides: Vec::new() };
        sheet.hides = (0..sheet.styles.len()).map(|i| sheet.chain_vanish(i)).collect();
        sheet
    }

    fn get(&self, istd: u16) -> Option<Style> {
        self.styles.get(usize::from(istd)).copied().flatten()
    }

    /// The outline level (0 = heading 1) of paragraph style `istd`, if it is a heading style.
    pub(super) fn outline(&self, istd: u16) -> Option<u8> {
        match self.get(istd)?.sti {
            s @ 1..=9 => u8::try_from(s - 1).ok(),
            _ => None,
        }
    }

    /// Whether style `istd` hides its text, following what it is based on;
    /// `None` when no style in the chain says.
    pub(super) fn vanish(&self, istd: u16) -> Option<bool> {
        self.hides.get(usize::from(istd)).copied().flatten()
    }

    fn chain_vanish(&self, istd: usize) -> Option<bool> {
        let mut chain = Vec::new();
        let mut s = self.styles.get(istd).copied().flatten();
        while let Some(style) = s {
            chain.push(style.vanish);
            if chain.len() >= MAX_BASED_ON || style.based_on == NO_STYLE {
                break;
            }
            s = self.get(style.based_on);
        }
        // From the root of the chain down: 0x80 keeps the base's value, 0x81 inverts it.
        chain.into_iter().rev().fold(None, |base, v| match v {
            None | Some(0x80) => base,
            Some(0x81) => Some(!base.unwrap_or(false)),
            Some(0) => Some(false),
            Some(_) => Some(true),
        })
    }
}

/// One STD: its fixed part (`base_len` bytes), its name, then its property groups (UPX).
fn style(std: &[u8], base_len: usize) -> Option<Style> {
    let sti = u16_at(std, 0)? & 0x0FFF;
    let stk = u16_at(std, 2)? & 0x000F;
    let based_on = u16_at(std, 2)? >> 4;
    let name_chars = usize::from(u16_at(std, base_len).unwrap_or(0));
    let mut at = base_len + 2 + name_chars * 2 + 2;
    // Paragraph styles hold a PAPX then a CHPX; character styles a CHPX only.
    let chpx_index = match stk {
        1 => 1,
        2 => 0,
        _ => return Some(Style { sti, based_on, vanish: None }),
    };
    let mut vanish = None;
    for i in 0..=chpx_index {
        let cb = usize::from(u16_at(std, at).unwrap_or(0));
        if i == chpx_index {
            let grpprl = std.get(at + 2..at + 2 + cb).unwrap_or(&[]);
            vanish = sprms(grpprl).filter(|(s, _)| *s == 0x083C).find_map(|(_, op)| op.first().copied());
        }
        at += 2 + cb + cb % 2;
    }
    Some(Style { sti, based_on, vanish })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An STD of a paragraph style (`stk` 1) with a 10-byte base, a one-letter name, an empty PAPX, and `chpx`.
    fn std(sti: u16, based_on: u16, chpx: &[u8]) -> Vec<u8> {
        let mut s = Vec::new();
        s.extend(sti.to_le_bytes());
        s.extend((1 | (based_on << 4)).to_le_bytes());
        s.extend([0; 6]);
        s.extend([1, 0, b'S', 0, 0, 0]);
        s.extend([2, 0, 0, 0]);
        s.extend((chpx.len() as u16).to_le_bytes());
        s.extend(chpx);
        let mut out = (s.len() as u16).to_le_bytes().to_vec();
        out.extend(s);
        out
    }

    #[test]
    fn headings_and_hiding_styles_are_found() {
        // STSHI: cstd 4, base of 10 bytes. Normal; an empty slot; Heading 2 based on Normal;
        // a hiding style (vanish 1) based on Normal, and none other.
        let mut b = vec![4, 0, 4, 0, 10, 0];
        b.extend(std(0, NO_STYLE, &[]));
        b.extend([0, 0]);
        b.extend(std(2, 0, &[]));
        b.extend(std(100, 0, &[0x3C, 0x08, 1]));
        let s = Styles::read(&b);
        assert_eq!((s.outline(0), s.outline(1), s.outline(2), s.outline(9)), (None, None, Some(1), None));
        assert_eq!((s.vanish(0), s.vanish(2), s.vanish(3)), (None, None, Some(true)));
    }

    #[test]
    fn a_style_based_on_itself_ends() {
        let mut b = vec![4, 0, 1, 0, 10, 0];
        b.extend(std(0, 0, &[0x3C, 0x08, 0x81]));
        assert!(Styles::read(&b).vanish(0).is_some(), "the loop ends after a few steps");
    }
}
