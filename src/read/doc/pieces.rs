//! The piece table (CLX): where each stretch of the document's characters
//! is stored in the `WordDocument` stream, as 8-bit (Windows-1252) or
//! 16-bit (UTF-16LE) text ([MS-DOC] 2.9.38, 2.8.35).

use super::bytes::{cp1252, slice, u16_at, u32_at, Plc};
use crate::error::Error;
use crate::limits::Limits;

/// One piece: characters `cp..cp_end` stored from byte `fc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Piece {
    pub(super) cp: u32,
    pub(super) cp_end: u32,
    pub(super) fc: u32,
    /// 8-bit text (one byte a character) rather than UTF-16.
    pub(super) compressed: bool,
}

impl Piece {
    /// The byte where character `cp` (inside this piece) is stored.
    pub(super) fn fc_of(&self, cp: u32) -> u32 {
        let k = cp.saturating_sub(self.cp);
        self.fc.saturating_add(if self.compressed { k } else { k.saturating_mul(2) })
    }
}

fn damaged(why: &str) -> Error {
    Error::corrupt(format!("the .doc file's piece table is damaged ({why})"))
}

/// Reads the pieces from a CLX: property groups (`Prc`, skipped) then the piece table (`Pcdt`).
pub(super) fn read(clx: &[u8]) -> Result<Vec<Piece>, Error> {
    let mut at = 0;
    loop {
        match clx.get(at) {
            Some(1) => {
                let cb = usize::from(u16_at(clx, at + 1).ok_or_else(|| damaged("cut short"))?);
                at += 3 + cb;
            }
            Some(2) => break,
            _ => return Err(damaged("no piece table in the CLX")),
        }
    }
    let lcb = u32_at(clx, at + 1).ok_or_else(|| damaged("cut short"))? as usize;
    let plc = slice(clx, at + 5, lcb).and_then(|b| Plc::new(b, 8)).ok_or_else(|| damaged("cut short"))?;
    let mut pieces = Vec::with_capacity(plc.len.min(clx.len() / 12));
    for i in 0..plc.len {
        let (Some(cp), Some(cp_end), Some(pcd)) = (plc.pos(i), plc.pos(i + 1), plc.item(i)) else { break };
        if cp_end < cp || pieces.last().is_some_and(|p: &Piece| p.cp_end != cp) {
            return Err(damaged("pieces out of order"));
        }
        let raw = u32_at(pcd, 2).unwrap_or(0);
        let compressed = raw & 0x4000_0000 != 0;
        let fc = raw & 0x3FFF_FFFF;
        pieces.push(Piece { cp, cp_end, fc: if compressed { fc / 2 } else { fc }, compressed });
    }
    Ok(pieces)
}

/// The document's characters `0..end` as UTF-16 code units (8-bit pieces
/// mapped through Windows-1252). `end` is checked against `max_text_chars`
/// before anything is allocated; a piece that points past the stream is an error.
pub(super) fn text(pieces: &[Piece], word: &[u8], end: u32, limits: &Limits) -> Result<Vec<u16>, Error> {
    if end as usize > limits.max_text_chars {
        return Err(Error::too_large("the document holds more text than the limit"));
    }
    // Grown from the bytes actually read, not reserved from the declared length.
    let mut out = Vec::with_capacity((end as usize).min(word.len()));
    for p in pieces {
        if p.cp >= end {
            break;
        }
        let n = (p.cp_end.min(end) - p.cp) as usize;
        let width = if p.compressed { 1 } else { 2 };
        let bytes =
            slice(word, p.fc as usize, n * width).ok_or_else(|| damaged("a piece lies past the end of the text"))?;
        if p.compressed {
            out.extend(bytes.iter().map(|&b| cp1252(b) as u16));
        } else {
            out.extend(bytes.chunks_exact(2).filter_map(|c| u16_at(c, 0)));
        }
    }
    if out.len() < end as usize {
        return Err(damaged("the pieces hold fewer characters than the document's stories"));
    }
    Ok(out)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A CLX with one property group and the given pieces `(cp, fc, compressed)`, ending at `end`.
    pub(crate) fn clx(pieces: &[(u32, u32, bool)], end: u32) -> Vec<u8> {
        let mut plc = Vec::new();
        for (cp, _, _) in pieces {
            plc.extend(cp.to_le_bytes());
        }
        plc.extend(end.to_le_bytes());
        for &(_, fc, compressed) in pieces {
            let raw = if compressed { (fc * 2) | 0x4000_0000 } else { fc };
            plc.extend(0u16.to_le_bytes());
            plc.extend(raw.to_le_bytes());
            plc.extend(0u16.to_le_bytes());
        }
        let mut out = vec![1, 2, 0, 0xAA, 0xBB, 2];
        out.extend((plc.len() as u32).to_le_bytes());
        out.extend(plc);
        out
    }

    #[test]
    fn eight_and_sixteen_bit_pieces_make_one_text() {
        // "Caf" in 8 bits at 0, "é!" in UTF-16 at 10, "\x93ok\x94" in 8 bits at 20.
        let mut word = vec![0u8; 30];
        word[..3].copy_from_slice(b"Caf");
        word[10..14].copy_from_slice(&[0xE9, 0, b'!', 0]);
        word[20..24].copy_from_slice(&[0x93, b'o', b'k', 0x94]);
        let pieces = read(&clx(&[(0, 0, true), (3, 10, false), (5, 20, true)], 9)).unwrap();
        assert_eq!(pieces[1], Piece { cp: 3, cp_end: 5, fc: 10, compressed: false });
        assert_eq!(pieces[1].fc_of(4), 12);
        let t = text(&pieces, &word, 9, &Limits::default()).unwrap();
        assert_eq!(String::from_utf16(&t).unwrap(), "Café!“ok”");
        assert_eq!(text(&pieces, &word, 4, &Limits::default()).unwrap().len(), 4);
    }

    #[test]
    fn a_piece_past_the_stream_or_too_much_text_is_refused() {
        let pieces = read(&clx(&[(0, 1000, true)], 5)).unwrap();
        assert!(text(&pieces, &[0; 10], 5, &Limits::default()).unwrap_err().detail().contains("past the end"));
        let huge = read(&clx(&[(0, 0, true)], u32::MAX)).unwrap();
        assert_eq!(text(&huge, &[0; 10], u32::MAX, &Limits::default()).unwrap_err().code(), "too-large");
        assert!(text(&pieces, &[0; 2000], 6, &Limits::default()).is_err(), "fewer characters than asked");
    }

    #[test]
    fn damaged_clx() {
        assert!(read(&[]).is_err());
        assert!(read(&[3]).is_err());
        assert!(read(&[1, 0xFF, 0xFF]).is_err());
        assert!(read(&[2, 0xFF, 0xFF, 0xFF, 0xFF]).is_err());
        assert!(read(&clx(&[(5, 0, true), (0, 0, true)], 9)).is_err(), "out of order");
    }
}
