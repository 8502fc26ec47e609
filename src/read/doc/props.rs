//! Character and paragraph properties: the formatted disk pages (FKPs) of
//! CHPX and PAPX runs, their property modifiers (sprms), and the runs turned
//! from byte offsets (FC) into character positions (CP) through the pieces
//! ([MS-DOC] 2.9.34, 2.9.37, 2.6).

use super::bytes::{u16_at, u32_at, Plc};
use super::pieces::Piece;
use crate::error::Error;

/// One tracked revision mark on a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Revision {
    /// Index of the author in the revision authors (`SttbfRMark`).
    pub(super) author: Option<u16>,
    /// When, as a DTTM (0 when not stored).
    pub(super) dttm: u32,
}

/// What the reader needs from a run's character properties.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct CharProps {
    /// `sprmCFVanish`'s operand, when the run has one: 0 shown, 1 hidden,
    /// 0x80 as its style says, 0x81 the opposite of its style (see [`hidden`]).
    pub(super) vanish: Option<u8>,
    /// `sprmCIstd`: the run's character style.
    pub(super) char_style: Option<u16>,
    /// `sprmCFSpec`: the character is a special one (a picture, a note
    /// reference, a symbol) rather than the letter its code says.
    pub(super) special: bool,
    /// `sprmCFRMarkIns`: a tracked insertion.
    pub(super) inserted: Option<Revision>,
    /// `sprmCFRMarkDel`: a tracked deletion, still in the file.
    pub(super) deleted: Option<Revision>,
}

/// What the reader needs from a paragraph's properties.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ParaProps {
    /// The paragraph style (an index into the style sheet).
    pub(super) istd: u16,
    /// `sprmPFInTable`: the paragraph is in a table cell.
    pub(super) in_table: bool,
    /// `sprmPOutLvl`: a direct outline level (0 = level 1; 9 = body text).
    pub(super) outline: Option<u8>,
}

/// The sprms of a property group: `(sprm, operand)`, stopping where the bytes end.
pub(super) fn sprms(mut b: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        let sprm = u16_at(b, 0)?;
        let len = match sprm >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            // sprmTDefTable and sprmPChgTabs are longer than their first byte says;
            // neither is read here, and what follows them is skipped with them.
            _ if sprm == 0xD608 => usize::from(u16_at(b, 2)?) + 1,
            _ => usize::from(*b.get(2)?) + 1,
        };
        let operand = b.get(2..2 + len)?;
        b = b.get(2 + len..).unwrap_or(&[]);
        Some((sprm, operand))
    })
}

/// A toggle operand of a property no style sets in practice (special,
/// revision marks): `1`, or `0x81` (the opposite of the style's off).
fn toggle(op: &[u8]) -> bool {
    matches!(op.first(), Some(1 | 0x81))
}

/// Whether a run is hidden: its own toggle (`0`, `1`, or `0x80`/`0x81`:
/// as / opposite to its style), else its style's value (`style_vanish`:
/// the character style's, else the paragraph style's).
pub(super) fn hidden(vanish: Option<u8>, style_vanish: bool) -> bool {
    match vanish {
        Some(0) => false,
        Some(0x80) | None => style_vanish,
        Some(0x81) => !style_vanish,
        Some(_) => true,
    }
}

impl CharProps {
    /// The properties a CHPX's sprms set.
    pub(super) fn from_grpprl(grpprl: &[u8]) -> CharProps {
        let mut p = CharProps::default();
        let (mut ins, mut del) = (Revision::default(), Revision::default());
        let (mut is_ins, mut is_del) = (false, false);
        for (sprm, op) in sprms(grpprl) {
            match sprm {
                0x083C => p.vanish = op.first().copied(),
                0x4A30 => p.char_style = u16_at(op, 0),
                0x0855 => p.special = toggle(op),
                0x0801 => is_ins = toggle(op),
                0x0800 => is_del = toggle(op),
                0x4804 => ins.author = u16_at(op, 0),
                0x6805 => ins.dttm = u32_at(op, 0).unwrap_or(0),
                0x4863 => del.author = u16_at(op, 0),
                0x6864 => del.dttm = u32_at(op, 0).unwrap_or(0),
                _ => {}
            }
        }
        p.inserted = is_ins.then_some(ins);
        p.deleted = is_del.then_some(Revision { author: del.author.or(ins.author), dttm: del.dttm.max(ins.dttm) });
        p
    }
}

impl ParaProps {
    /// The properties a PAPX (a style index, then sprms) sets.
    fn from_grpprl(grpprl: &[u8]) -> ParaProps {
        let mut p = ParaProps { istd: u16_at(grpprl, 0).unwrap_or(0), ..ParaProps::default() };
        for (sprm, op) in sprms(grpprl.get(2..).unwrap_or(&[])) {
            match sprm {
                0x2416 => p.in_table = op.first().is_some_and(|&b| b != 0),
                0x2640 => p.outline = op.first().copied(),
                _ => {}
            }
        }
        p
    }
}

/// A run of properties over the bytes `fc..fc_end` of the `WordDocument` stream.
#[derive(Debug, Clone, Copy)]
pub(super) struct FcRun<T> {
    fc: u32,
    fc_end: u32,
    props: T,
}

/// The kind of an FKP: where its runs keep their property groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FkpKind {
    /// CHPX pages: a one-byte offset a run, each group prefixed by its length in bytes.
    Chpx,
    /// PAPX pages: a 13-byte BX a run, each group prefixed by its length in words.
    Papx,
}

/// Property runs kept from one document, before and after they are mapped
/// to positions. A 1,000-page report has tens of thousands; a hostile file
/// could list one page millions of times, or alternate properties on every
/// character of 20 million, and each run costs tens of bytes (and a tracked
/// change a few hundred).
pub(super) const MAX_RUNS: usize = 500_000;

fn too_many_runs() -> Error {
    Error::too_large(format!("the document has more than {} formatting runs", crate::limits::stated(MAX_RUNS)))
}

/// Every run of every FKP that the bin table (`PlcBteChpx` or `PlcBtePapx`) lists, sorted by FC.
pub(super) fn fkp_runs<T>(
    word: &[u8],
    bte: &[u8],
    kind: FkpKind,
    parse: impl Fn(&[u8]) -> T,
) -> Result<Vec<FcRun<T>>, Error> {
    let mut out = Vec::new();
    let Some(plc) = Plc::new(bte, 4) else { return Ok(out) };
    for i in 0..plc.len {
        if out.len() > MAX_RUNS {
            return Err(too_many_runs());
        }
        let Some(pn) = plc.item(i).and_then(|b| u32_at(b, 0)) else { break };
        let Some(page) = super::bytes::slice(word, ((pn & 0x003F_FFFF) as usize) * 512, 512) else { continue };
        let crun = usize::from(page.get(511).copied().unwrap_or(0));
        let offsets_at = (crun + 1) * 4;
        for r in 0..crun {
            let (Some(fc), Some(fc_end)) = (u32_at(page, r * 4), u32_at(page, r * 4 + 4)) else { break };
            let step = if kind == FkpKind::Chpx { 1 } else { 13 };
            let word_offset = usize::from(page.get(offsets_at + r * step).copied().unwrap_or(0)) * 2;
            let grpprl = match (kind, word_offset) {
                (_, 0) => &[][..],
                (FkpKind::Chpx, at) => {
                    let cb = usize::from(page.get(at).copied().unwrap_or(0));
                    page.get(at + 1..at + 1 + cb).unwrap_or(&[])
                }
                (FkpKind::Papx, at) => match page.get(at).copied().unwrap_or(0) {
                    0 => {
                        let cb = usize::from(page.get(at + 1).copied().unwrap_or(0)) * 2;
                        page.get(at + 2..at + 2 + cb).unwrap_or(&[])
                    }
                    cb => page.get(at + 1..at + usize::from(cb) * 2).unwrap_or(&[]),
                },
            };
            out.push(FcRun { fc, fc_end, props: parse(grpprl) });
        }
    }
    out.sort_by_key(|r| r.fc);
    Ok(out)
}

/// Properties by character position: `(cp_end, props)` runs that cover
/// `0..end` one after another, found by following each piece's bytes
/// through the FC runs. Bytes no run covers get the default properties.
pub(super) fn cp_runs<T: Copy + Default + PartialEq>(
    pieces: &[Piece],
    runs: &[FcRun<T>],
    end: u32,
) -> Result<Vec<(u32, T)>, Error> {
    let mut out: Vec<(u32, T)> = Vec::new();
    let push = |out: &mut Vec<(u32, T)>, cp_end: u32, props: T| match out.last_mut() {
        Some(last) if last.1 == props => last.0 = cp_end,
        _ => out.push((cp_end, props)),
    };
    for p in pieces {
        let stop = p.cp_end.min(end);
        let mut cp = p.cp;
        let width = if p.compressed { 1 } else { 2 };
        while cp < stop {
            let fc = p.fc_of(cp);
            // The last run that starts at or before fc.
            let i = runs.partition_point(|r| r.fc <= fc);
            let run = i.checked_sub(1).and_then(|i| runs.get(i)).filter(|r| r.fc_end > fc);
            let (until_fc, props) = match run {
                Some(r) => (r.fc_end, r.props),
                None => (runs.get(i).map_or(u32::MAX, |r| r.fc), T::default()),
            };
            let chars = (until_fc - fc).div_ceil(width).max(1);
            let next = cp.saturating_add(chars).min(stop);
            push(&mut out, next, props);
            cp = next;
            if out.len() > MAX_RUNS {
                return Err(too_many_runs());
            }
        }
    }
    Ok(out)
}

/// Walks `(cp_end, props)` runs in order of position: the properties at a
/// position, quickest for positions that go forwards one by one.
pub(super) struct Cursor<'a, T> {
    runs: &'a [(u32, T)],
    i: usize,
}

impl<'a, T: Copy + Default> Cursor<'a, T> {
    pub(super) fn new(runs: &'a [(u32, T)]) -> Self {
        Cursor { runs, i: 0 }
    }
    /// The properties at `cp`.
    pub(super) fn at(&mut self, cp: u32) -> T {
        let here = |i: usize| {
            self.runs.get(i).is_some_and(|r| r.0 > cp)
                && i.checked_sub(1).and_then(|j| self.runs.get(j)).is_none_or(|r| r.0 <= cp)
        };
        if !here(self.i) {
            // A jump (a new story starts elsewhere): found by halving, not by walking.
            self.i = self.runs.partition_point(|r| r.0 <= cp);
        }
        self.runs.get(self.i).map(|r| r.1).unwrap_or_default()
    }
}

/// The paragraph properties from a PAPX page group.
pub(super) fn para_props(grpprl: &[u8]) -> ParaProps {
    ParaProps::from_grpprl(grpprl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sprms_have_the_operand_size_their_code_says() {
        // sprmCFVanish 1, sprmCIbstRMark 7, sprmCDttmRMark, a variable one of 2 bytes, sprmCFRMarkIns 1.
        let g = [0x3C, 0x08, 1, 0x04, 0x48, 7, 0, 0x05, 0x68, 1, 2, 3, 4, 0x00, 0xC6, 2, 9, 9, 0x01, 0x08, 1];
        let codes: Vec<u16> = sprms(&g).map(|(s, _)| s).collect();
        assert_eq!(codes, [0x083C, 0x4804, 0x6805, 0xC600, 0x0801]);
        let p = CharProps::from_grpprl(&g);
        assert!(p.vanish == Some(1) && !p.special && p.deleted.is_none());
        assert_eq!(p.inserted, Some(Revision { author: Some(7), dttm: 0x0403_0201 }));
        assert_eq!(sprms(&g[..5]).count(), 1, "a cut sprm ends the list");
    }

    #[test]
    fn a_toggle_is_read_against_the_style() {
        assert!(hidden(Some(1), false) && !hidden(Some(0), true));
        assert!(hidden(Some(0x81), false) && !hidden(Some(0x81), true), "opposite of the style");
        assert!(hidden(Some(0x80), true) && hidden(None, true) && !hidden(None, false));
    }

    #[test]
    fn runs_follow_the_pieces_from_bytes_to_positions() {
        // Piece 1: CPs 0..4 in 8 bits at FC 100; piece 2: CPs 4..6 in 16 bits at FC 10.
        let pieces = [
            Piece { cp: 0, cp_end: 4, fc: 100, compressed: true },
            Piece { cp: 4, cp_end: 6, fc: 10, compressed: false },
        ];
        let runs = [
            FcRun { fc: 10, fc_end: 12, props: 1u8 },
            FcRun { fc: 12, fc_end: 14, props: 2 },
            FcRun { fc: 102, fc_end: 200, props: 3 },
        ];
        assert_eq!(cp_runs(&pieces, &runs, 6).unwrap(), vec![(2, 0), (4, 3), (5, 1), (6, 2)]);
        let out = cp_runs(&pieces, &runs, 6).unwrap();
        let mut c = Cursor::new(&out);
        assert_eq!((c.at(0), c.at(3), c.at(4), c.at(5), c.at(9)), (0, 3, 1, 2, 0));
    }

    #[test]
    fn a_page_listed_a_million_times_is_refused() {
        let mut word = vec![0u8; 1024];
        word[512 + 511] = 100; // 100 runs on the page
        let mut bte: Vec<u8> = (0..=10_000u32).flat_map(|v| v.to_le_bytes()).collect();
        bte.extend((0..10_000u32).flat_map(|_| 1u32.to_le_bytes()));
        let e = fkp_runs(&word, &bte, FkpKind::Chpx, CharProps::from_grpprl).unwrap_err();
        assert_eq!(e.code(), "too-large");
    }

    #[test]
    fn a_chpx_page_gives_its_runs() {
        // One page at offset 512: two runs, FC 0..10 hidden, 10..20 without properties.
        let mut word = vec![0u8; 1024];
        let page = &mut word[512..];
        page[0..4].copy_from_slice(&0u32.to_le_bytes());
        page[4..8].copy_from_slice(&10u32.to_le_bytes());
        page[8..12].copy_from_slice(&20u32.to_le_bytes());
        page[12] = 100; // word offset 100: byte 200
        page[13] = 0;
        page[200..204].copy_from_slice(&[3, 0x3C, 0x08, 1]);
        page[511] = 2;
        let bte = [0, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0];
        let runs = fkp_runs(&word, &bte, FkpKind::Chpx, CharProps::from_grpprl).unwrap();
        let pieces = [Piece { cp: 0, cp_end: 20, fc: 0, compressed: true }];
        let by_cp = cp_runs(&pieces, &runs, 20).unwrap();
        assert_eq!(by_cp.len(), 2);
        assert!(by_cp[0].1.vanish == Some(1) && by_cp[0].0 == 10 && by_cp[1].1.vanish.is_none());
    }
}
