//! The style sheet (STSH), for one thing only: which paragraph styles are
//! headings. A style is a heading when its built-in identifier (`sti`) is
//! 1–9 ("heading 1"–"heading 9"), which is how Word and LibreOffice store them.

use super::bytes::u16_at;

/// Heading levels by style index.
#[derive(Debug, Default)]
pub(super) struct Styles {
    /// `sti` of each style (index = `istd`); 0x0FFF for an empty slot.
    sti: Vec<u16>,
}

impl Styles {
    /// Reads the style identifiers from an STSH; a damaged one gives what could be read.
    pub(super) fn read(stsh: &[u8]) -> Styles {
        let mut sti = Vec::new();
        let Some(cb_stshi) = u16_at(stsh, 0) else { return Styles { sti } };
        let count = usize::from(u16_at(stsh, 2).unwrap_or(0));
        let mut at = 2 + usize::from(cb_stshi);
        for _ in 0..count {
            let Some(cb) = u16_at(stsh, at) else { break };
            let id = if cb == 0 { 0x0FFF } else { u16_at(stsh, at + 2).map_or(0x0FFF, |v| v & 0x0FFF) };
            sti.push(id);
            at += 2 + usize::from(cb);
        }
        Styles { sti }
    }

    /// The outline level (0 = heading 1) of paragraph style `istd`, if it is a heading style.
    pub(super) fn outline(&self, istd: u16) -> Option<u8> {
        match self.sti.get(usize::from(istd)).copied() {
            Some(s @ 1..=9) => u8::try_from(s - 1).ok(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_styles_are_found_by_their_builtin_id() {
        // STSHI of 4 bytes (cstd = 3), then: Normal (sti 0), an empty slot, Heading 2 (sti 2).
        let b = [4, 0, 3, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 2, 0x10];
        let s = Styles::read(&b);
        assert_eq!((s.outline(0), s.outline(1), s.outline(2), s.outline(9)), (None, None, Some(1), None));
    }
}
