//! The File Information Block at the start of the `WordDocument` stream: the
//! character counts of each story and where the tables live ([MS-DOC] 2.5).

use super::bytes::{u16_at, u32_at};
use crate::error::{Error, ErrorKind};

/// `wIdent` of a Word binary document.
const W_IDENT: u16 = 0xA5EC;
/// `wIdent` of a Word 6.0 or 95 document.
const W_IDENT_WORD6: u16 = 0xA5DC;
/// Word 97 writes `nFib` 0xC1; Word 6 and 95 wrote 0x65–0x68, a different FIB layout.
const FIRST_WORD97_NFIB: u16 = 0x0069;

/// Character counts of the stories, in the order they follow each other in
/// the document's character positions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct StoryLengths {
    pub(super) text: u32,
    pub(super) footnotes: u32,
    pub(super) headers: u32,
    /// Unused since Word 97 (`ccpMcr`); counted only to keep the positions right.
    pub(super) macros: u32,
    pub(super) comments: u32,
    pub(super) endnotes: u32,
    pub(super) textboxes: u32,
    pub(super) header_textboxes: u32,
}

/// The tables of `FibRgFcLcb97` the reader uses, by their index in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Table {
    /// The style sheet (STSH).
    Stshf = 1,
    /// Footnote text positions.
    PlcffndTxt = 3,
    /// Comment reference positions and their ATRD records.
    PlcfandRef = 4,
    /// Comment text positions.
    PlcfandTxt = 5,
    /// Header and footer story positions.
    PlcfHdd = 11,
    /// Character property pages.
    PlcfBteChpx = 12,
    /// Paragraph property pages.
    PlcfBtePapx = 13,
    /// The piece table.
    Clx = 33,
    /// Comment authors.
    GrpXstAtnOwners = 36,
    /// Endnote text positions.
    PlcfendTxt = 47,
    /// Revision authors.
    SttbfRMark = 51,
}

/// What the reader needs from the FIB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Fib {
    /// `0Table` or `1Table`: the stream that holds the tables.
    pub(super) table_stream: &'static str,
    /// Story lengths.
    pub(super) ccp: StoryLengths,
    /// `(fc, lcb)` pairs of `FibRgFcLcb`, as many as the file has.
    fc_lcb: Vec<(u32, u32)>,
}

fn short() -> Error {
    Error::corrupt("the .doc file's header (FIB) is cut short")
}

impl Fib {
    /// Reads the FIB; a Word 6/95 file is unsupported, an encrypted one needs a password.
    pub(super) fn read(w: &[u8]) -> Result<Fib, Error> {
        let ident = u16_at(w, 0);
        if ident != Some(W_IDENT) && ident != Some(W_IDENT_WORD6) {
            return Err(Error::corrupt("the WordDocument stream does not start with a Word header"));
        }
        let n_fib = u16_at(w, 2).ok_or_else(short)?;
        if ident == Some(W_IDENT_WORD6) || n_fib < FIRST_WORD97_NFIB {
            return Err(Error::new(ErrorKind::Unsupported("doc (Word 6.0/95)".into())));
        }
        let flags = u16_at(w, 10).ok_or_else(short)?;
        // fEncrypted (RC4 or, with fObfuscated, XOR): the text cannot be read without the password.
        if flags & 0x0100 != 0 {
            return Err(Error::new(ErrorKind::PasswordProtected));
        }
        let table_stream = if flags & 0x0200 != 0 { "1Table" } else { "0Table" };
        let csw = usize::from(u16_at(w, 32).ok_or_else(short)?);
        let lw_at = 34 + csw * 2 + 2;
        let cslw = usize::from(u16_at(w, lw_at - 2).ok_or_else(short)?);
        let lw = |i: usize| if i < cslw { u32_at(w, lw_at + i * 4).unwrap_or(0) } else { 0 };
        let ccp = StoryLengths {
            text: lw(3),
            footnotes: lw(4),
            headers: lw(5),
            macros: lw(6),
            comments: lw(7),
            endnotes: lw(8),
            textboxes: lw(9),
            header_textboxes: lw(10),
        };
        let fc_at = lw_at + cslw * 4 + 2;
        let pairs = usize::from(u16_at(w, fc_at - 2).ok_or_else(short)?);
        let fc_lcb =
            (0..pairs).map_while(|i| Some((u32_at(w, fc_at + i * 8)?, u32_at(w, fc_at + i * 8 + 4)?))).collect();
        Ok(Fib { table_stream, ccp, fc_lcb })
    }

    /// The bytes of `table` in the table stream, if the FIB lists it and it fits.
    pub(super) fn table<'t>(&self, table: Table, stream: &'t [u8]) -> Option<&'t [u8]> {
        let &(fc, lcb) = self.fc_lcb.get(table as usize)?;
        if lcb == 0 {
            return None;
        }
        super::bytes::slice(stream, fc as usize, lcb as usize)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A Word 97 FIB with the given flags, story lengths and `(fc, lcb)` pairs
    /// (FibRgW97 of 14 words, FibRgLw97 of 22 longs).
    pub(crate) fn build(flags: u16, ccp: [u32; 8], pairs: &[(u32, u32)]) -> Vec<u8> {
        let mut w = Vec::new();
        w.extend(W_IDENT.to_le_bytes());
        w.extend(0x00C1u16.to_le_bytes());
        w.resize(10, 0);
        w.extend(flags.to_le_bytes());
        w.resize(32, 0);
        w.extend(14u16.to_le_bytes());
        w.resize(34 + 28, 0);
        w.extend(22u16.to_le_bytes());
        let mut lw = [0u32; 22];
        lw[3..11].copy_from_slice(&ccp);
        w.extend(lw.iter().flat_map(|v| v.to_le_bytes()));
        w.extend((pairs.len() as u16).to_le_bytes());
        w.extend(pairs.iter().flat_map(|(a, b)| a.to_le_bytes().into_iter().chain(b.to_le_bytes())));
        w
    }

    #[test]
    fn story_lengths_and_tables_are_read_at_their_places() {
        let mut pairs = vec![(0, 0); 34];
        pairs[33] = (4, 3);
        let w = build(0x0200, [10, 2, 3, 0, 4, 5, 6, 7], &pairs);
        let fib = Fib::read(&w).unwrap();
        assert_eq!(fib.table_stream, "1Table");
        assert_eq!((fib.ccp.text, fib.ccp.comments, fib.ccp.header_textboxes), (10, 4, 7));
        assert_eq!(fib.table(Table::Clx, b"abcdefgh"), Some(&b"efg"[..]));
        assert_eq!(fib.table(Table::Clx, b"abcdef"), None, "past the stream");
        assert_eq!(fib.table(Table::SttbfRMark, b"abcdefgh"), None, "not in the FIB");
    }

    #[test]
    fn encrypted_and_old_files_are_told_apart() {
        let w = build(0x0100, [0; 8], &[]);
        assert_eq!(Fib::read(&w).unwrap_err().code(), "password-protected");
        let mut old = build(0, [0; 8], &[]);
        old[2] = 0x68;
        old[3] = 0;
        assert_eq!(Fib::read(&old).unwrap_err().code(), "unsupported");
        assert_eq!(Fib::read(&w[..20]).unwrap_err().code(), "password-protected");
        assert_eq!(Fib::read(&build(0, [0; 8], &[])[..40]).unwrap_err().code(), "corrupt");
    }
}
