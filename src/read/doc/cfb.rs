//! The compound file (CFB, "OLE2") that holds a `.doc`'s streams: a small
//! file system of sectors chained through a FAT.
//!
//! Our own bounded reader rather than the `cfb` crate, because a damaged or
//! hostile file must be refused cleanly and a real one read leniently:
//! - every chain is followed at most as many steps as the FAT has entries,
//!   so a chain that loops is refused, not followed forever;
//! - a sector past the end of the file is an error only when a stream uses
//!   it (the `cfb` crate refuses POI's 47950_lower.doc and 47950_upper.doc,
//!   real files whose FAT describes sectors past the end and whose stream
//!   names are in lower or upper case; POI reads them, and so do we);
//! - nothing is allocated from a declared size: a stream's buffer grows with
//!   the sectors actually read, up to `max_part_bytes`;
//! - the directory tree is walked with a visited mark per entry, so a
//!   directory whose siblings loop ends.

use super::bytes::{slice, u16_at, u32_at, utf16};
use crate::error::Error;
use crate::limits::Limits;

const MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// FAT markers: end of chain and free; anything at or above `MAXREGSECT` ends a chain.
const MAXREGSECT: u32 = 0xFFFF_FFFA;
const NOSTREAM: u32 = 0xFFFF_FFFF;
const HEADER_DIFAT: usize = 109;

/// An entry of the compound file's directory.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    /// Its path from the root, `/`-separated (`ObjectPool/_1234/\x01Ole`).
    pub(super) path: String,
    /// A storage (folder) rather than a stream.
    pub(super) is_storage: bool,
    /// The declared size of a stream, in bytes.
    pub(super) size: u64,
    start: u32,
}

/// An open compound file.
pub(super) struct CompoundFile<'a> {
    bytes: &'a [u8],
    sector_size: usize,
    fat: Vec<u32>,
    mini_fat: Vec<u32>,
    mini_stream: Vec<u8>,
    mini_cutoff: u64,
    /// Every entry reachable from the root, in tree order.
    pub(super) entries: Vec<Entry>,
}

fn damaged(why: &str) -> Error {
    Error::corrupt(format!("the .doc file's compound-file structure is damaged ({why})"))
}

impl<'a> CompoundFile<'a> {
    /// Opens the compound file in `bytes`.
    pub(super) fn open(bytes: &'a [u8], limits: &Limits) -> Result<Self, Error> {
        if bytes.get(..8) != Some(&MAGIC[..]) {
            return Err(damaged("no compound-file signature"));
        }
        let shift = u16_at(bytes, 30).ok_or_else(|| damaged("short header"))?;
        let sector_size = match shift {
            9 => 512,
            12 => 4096,
            _ => return Err(damaged("sector size is neither 512 nor 4096 bytes")),
        };
        let mut cf = CompoundFile {
            bytes,
            sector_size,
            fat: Vec::new(),
            mini_fat: Vec::new(),
            mini_stream: Vec::new(),
            mini_cutoff: u64::from(u32_at(bytes, 56).unwrap_or(4096)),
            entries: Vec::new(),
        };
        cf.fat = cf.read_fat()?;
        let dir = cf.chain_bytes(u32_at(bytes, 48).unwrap_or(NOSTREAM), None, limits)?;
        let raw = raw_entries(&dir);
        let used = raw.iter().filter(|e| e.kind != 0).count();
        if used > limits.max_zip_entries {
            let max = crate::limits::stated(limits.max_zip_entries);
            return Err(Error::too_large(format!("the .doc file has more than {max} entries")));
        }
        let root = raw.first().ok_or_else(|| damaged("no root entry"))?;
        cf.mini_stream = cf.chain_bytes(root.start, Some(root.size), limits)?;
        let mini_fat_bytes = cf.chain_bytes(u32_at(bytes, 60).unwrap_or(NOSTREAM), None, limits)?;
        cf.mini_fat = words(&mini_fat_bytes);
        cf.entries = tree(&raw);
        Ok(cf)
    }

    /// The bytes of sector `n`, if the file holds it.
    fn sector(&self, n: u32) -> Option<&'a [u8]> {
        let at = (n as usize).checked_add(1)?.checked_mul(self.sector_size)?;
        slice(self.bytes, at, self.sector_size)
    }

    /// The FAT, gathered from the header's DIFAT and the DIFAT chain.
    fn read_fat(&self) -> Result<Vec<u32>, Error> {
        let sectors_in_file = self.bytes.len() / self.sector_size;
        let mut fat_sectors: Vec<u32> = (0..HEADER_DIFAT).filter_map(|i| u32_at(self.bytes, 76 + i * 4)).collect();
        let mut next = u32_at(self.bytes, 68).unwrap_or(NOSTREAM);
        let per_sector = self.sector_size / 4 - 1;
        let mut steps = 0;
        while next < MAXREGSECT {
            steps += 1;
            if steps > sectors_in_file {
                return Err(damaged("the DIFAT chain loops"));
            }
            let s = self.sector(next).ok_or_else(|| damaged("a DIFAT sector lies past the end of the file"))?;
            fat_sectors.extend((0..per_sector).filter_map(|i| u32_at(s, i * 4)));
            next = u32_at(s, per_sector * 4).unwrap_or(NOSTREAM);
        }
        let mut fat = Vec::new();
        for n in fat_sectors.into_iter().filter(|&n| n < MAXREGSECT) {
            if fat.len() / (self.sector_size / 4) >= sectors_in_file {
                return Err(damaged("more FAT sectors than the file has"));
            }
            // A FAT sector past the end describes sectors that are not there either.
            let Some(s) = self.sector(n) else { break };
            fat.extend(words(s));
        }
        Ok(fat)
    }

    /// Follows a chain from `start` through `table`: the sector numbers, at
    /// most one visit per entry of the table (a longer chain loops).
    fn chain(table: &[u32], start: u32) -> Result<Vec<u32>, Error> {
        let mut out = Vec::new();
        let mut n = start;
        while n < MAXREGSECT {
            if out.len() >= table.len() {
                return Err(damaged("a sector chain loops"));
            }
            out.push(n);
            n = *table.get(n as usize).ok_or_else(|| damaged("a sector chain points outside the FAT"))?;
        }
        Ok(out)
    }

    /// The bytes of a regular chain, cut to `size` when given, at most `max_part_bytes`.
    fn chain_bytes(&self, start: u32, size: Option<u64>, limits: &Limits) -> Result<Vec<u8>, Error> {
        let chain = Self::chain(&self.fat, start)?;
        let want = size.unwrap_or(u64::MAX);
        let mut out = Vec::new();
        for n in chain {
            if out.len() as u64 >= want {
                break;
            }
            let s = self.sector(n).ok_or_else(|| damaged("a stream's sector lies past the end of the file"))?;
            out.extend_from_slice(s);
            if out.len() as u64 > limits.max_part_bytes {
                return Err(too_large(limits));
            }
        }
        out.truncate(usize::try_from(want).unwrap_or(usize::MAX));
        Ok(out)
    }

    /// The bytes of a stream kept in the mini stream.
    fn mini_bytes(&self, start: u32, size: u64) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        for n in Self::chain(&self.mini_fat, start)? {
            if out.len() as u64 >= size {
                break;
            }
            let s = slice(&self.mini_stream, (n as usize).saturating_mul(64), 64)
                .ok_or_else(|| damaged("a mini sector lies past the end of the mini stream"))?;
            out.extend_from_slice(s);
        }
        out.truncate(usize::try_from(size).unwrap_or(usize::MAX));
        Ok(out)
    }

    /// The entry at `path` (compared without regard to ASCII case, as CFB names are).
    pub(super) fn entry(&self, path: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.path.eq_ignore_ascii_case(path))
    }

    /// The stream at `path`: `None` when there is none, an error when it is
    /// damaged or larger than `max_part_bytes`.
    pub(super) fn stream(&self, path: &str, limits: &Limits) -> Result<Option<Vec<u8>>, Error> {
        let Some(e) = self.entry(path).filter(|e| !e.is_storage) else { return Ok(None) };
        if e.size > limits.max_part_bytes {
            return Err(too_large(limits));
        }
        let bytes = if e.size < self.mini_cutoff {
            self.mini_bytes(e.start, e.size)?
        } else {
            self.chain_bytes(e.start, Some(e.size), limits)?
        };
        Ok(Some(bytes))
    }
}

fn too_large(limits: &Limits) -> Error {
    Error::too_large(format!("a stream of the .doc file is larger than {} MB", limits.max_part_bytes >> 20))
}

fn words(b: &[u8]) -> Vec<u32> {
    b.chunks_exact(4).filter_map(|c| u32_at(c, 0)).collect()
}

/// A directory entry as stored, before the tree gives it a path.
struct RawEntry {
    name: String,
    kind: u8,
    left: u32,
    right: u32,
    child: u32,
    start: u32,
    size: u64,
}

fn raw_entries(dir: &[u8]) -> Vec<RawEntry> {
    dir.chunks_exact(128)
        .map(|e| {
            let name_len = usize::from(u16_at(e, 64).unwrap_or(0)).min(64);
            RawEntry {
                name: utf16(e.get(..name_len.saturating_sub(2)).unwrap_or(&[])),
                kind: e.get(66).copied().unwrap_or(0),
                left: u32_at(e, 68).unwrap_or(NOSTREAM),
                right: u32_at(e, 72).unwrap_or(NOSTREAM),
                child: u32_at(e, 76).unwrap_or(NOSTREAM),
                start: u32_at(e, 116).unwrap_or(NOSTREAM),
                // Version 3 files keep only the low 32 bits meaningful.
                size: u64::from(u32_at(e, 120).unwrap_or(0)),
            }
        })
        .collect()
}

/// Storages inside storages: a `.doc` nests three or four deep
/// (`ObjectPool/_1234/\x01Ole`); each level lengthens every path below it.
const MAX_DEPTH: usize = 32;

/// Every entry reachable from the root (entry 0), with its path; each entry
/// at most once, and none deeper than [`MAX_DEPTH`].
fn tree(raw: &[RawEntry]) -> Vec<Entry> {
    let mut visited = vec![false; raw.len()];
    let mut out = Vec::new();
    let mut stack: Vec<(u32, String)> = raw.first().map(|r| vec![(r.child, String::new())]).unwrap_or_default();
    if let Some(root) = visited.first_mut() {
        *root = true;
    }
    while let Some((i, parent)) = stack.pop() {
        let Some(e) = raw.get(i as usize) else { continue };
        match visited.get_mut(i as usize) {
            Some(v) if !*v => *v = true,
            _ => continue,
        }
        let path = if parent.is_empty() { e.name.clone() } else { format!("{parent}/{}", e.name) };
        stack.push((e.left, parent.clone()));
        stack.push((e.right, parent));
        if e.kind == 1 && path.matches('/').count() + 1 < MAX_DEPTH {
            stack.push((e.child, path.clone()));
        }
        if e.kind == 1 || e.kind == 2 {
            out.push(Entry { path, is_storage: e.kind == 1, size: e.size, start: e.start });
        }
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A version-3 compound file built in code: 512-byte sectors, one FAT
    /// sector, one directory sector, and the given streams (each stored in
    /// regular sectors, padded to 4096 bytes so no mini stream is needed).
    /// `fat_edit` may damage the FAT before it is written.
    pub(crate) fn build(streams: &[(&str, &[u8])], fat_edit: impl Fn(&mut Vec<u32>)) -> Vec<u8> {
        const SS: usize = 512;
        let mut data_sectors: Vec<Vec<u8>> = Vec::new();
        let mut fat = vec![0xFFFF_FFFD, 0xFFFF_FFFE]; // sector 0: FAT, sector 1: directory
        let mut starts = Vec::new();
        for (_, bytes) in streams {
            let mut padded = bytes.to_vec();
            padded.resize(padded.len().max(4096).div_ceil(SS) * SS, 0);
            let first = fat.len() as u32;
            starts.push(first);
            let n = padded.len() / SS;
            for k in 0..n {
                fat.push(if k + 1 == n { 0xFFFF_FFFE } else { first + k as u32 + 1 });
                data_sectors.push(padded[k * SS..(k + 1) * SS].to_vec());
            }
        }
        fat_edit(&mut fat);
        fat.resize(SS / 4, 0xFFFF_FFFF);
        let mut header = vec![0u8; SS];
        header[..8].copy_from_slice(&MAGIC);
        header[24..26].copy_from_slice(&0x3Eu16.to_le_bytes());
        header[26..28].copy_from_slice(&3u16.to_le_bytes());
        header[28..30].copy_from_slice(&0xFFFEu16.to_le_bytes());
        header[30..32].copy_from_slice(&9u16.to_le_bytes());
        header[32..34].copy_from_slice(&6u16.to_le_bytes());
        header[44..48].copy_from_slice(&1u32.to_le_bytes());
        header[48..52].copy_from_slice(&1u32.to_le_bytes());
        header[56..60].copy_from_slice(&4096u32.to_le_bytes());
        header[60..64].copy_from_slice(&NOSTREAM.to_le_bytes());
        header[68..72].copy_from_slice(&NOSTREAM.to_le_bytes());
        for i in 0..HEADER_DIFAT {
            header[76 + i * 4..80 + i * 4].copy_from_slice(&if i == 0 { 0 } else { NOSTREAM }.to_le_bytes());
        }
        let mut dir = vec![0u8; SS];
        let entry =
            |dir: &mut Vec<u8>, i: usize, name: &str, kind: u8, child: u32, right: u32, start: u32, size: u32| {
                let e = &mut dir[i * 128..(i + 1) * 128];
                let units: Vec<u16> = name.encode_utf16().collect();
                for (k, u) in units.iter().enumerate() {
                    e[k * 2..k * 2 + 2].copy_from_slice(&u.to_le_bytes());
                }
                e[64..66].copy_from_slice(&((units.len() as u16 + 1) * 2).to_le_bytes());
                e[66] = kind;
                e[68..72].copy_from_slice(&NOSTREAM.to_le_bytes());
                e[72..76].copy_from_slice(&right.to_le_bytes());
                e[76..80].copy_from_slice(&child.to_le_bytes());
                e[116..120].copy_from_slice(&start.to_le_bytes());
                e[120..124].copy_from_slice(&size.to_le_bytes());
            };
        entry(&mut dir, 0, "Root Entry", 5, if streams.is_empty() { NOSTREAM } else { 1 }, NOSTREAM, 0xFFFF_FFFE, 0);
        for (i, (name, bytes)) in streams.iter().enumerate() {
            let right = if i + 2 <= streams.len() { i as u32 + 2 } else { NOSTREAM };
            let size = (bytes.len() as u32).max(4096);
            entry(&mut dir, i + 1, name, 2, NOSTREAM, right, starts[i], size);
        }
        let mut out = header;
        out.extend(fat.iter().flat_map(|w| w.to_le_bytes()));
        out.extend(dir);
        for s in data_sectors {
            out.extend(s);
        }
        out
    }

    #[test]
    fn streams_are_read_by_name_whatever_the_case() {
        let file = build(&[("WordDocument", b"hello"), ("1Table", b"table")], |_| {});
        let cf = CompoundFile::open(&file, &Limits::default()).unwrap();
        let s = cf.stream("worddocument", &Limits::default()).unwrap().unwrap();
        assert_eq!((&s[..5], s.len()), (&b"hello"[..], 4096));
        assert!(cf.stream("1Table", &Limits::default()).unwrap().is_some());
        assert!(cf.stream("0Table", &Limits::default()).unwrap().is_none());
    }

    #[test]
    fn a_looping_chain_is_refused() {
        // The stream's last sector points back to its first.
        let file = build(&[("WordDocument", b"x")], |fat| {
            let last = fat.len() - 1;
            fat[last] = 2;
        });
        let cf = CompoundFile::open(&file, &Limits::default()).unwrap();
        let e = cf.stream("WordDocument", &Limits::default()).unwrap_err();
        assert!(e.detail().contains("loops"), "{e}");
    }

    #[test]
    fn a_sector_out_of_range_is_refused() {
        let file = build(&[("WordDocument", b"x")], |fat| fat[2] = 100_000);
        let cf = CompoundFile::open(&file, &Limits::default()).unwrap();
        assert!(cf.stream("WordDocument", &Limits::default()).is_err());
        let file = build(&[("WordDocument", b"x")], |fat| fat[3] = 60);
        let cf = CompoundFile::open(&file, &Limits::default()).unwrap();
        assert!(cf.stream("WordDocument", &Limits::default()).unwrap_err().detail().contains("past the end"));
    }

    #[test]
    fn a_huge_declared_size_allocates_nothing_and_is_refused() {
        let mut file = build(&[("WordDocument", b"x")], |_| {});
        // The stream entry's size field: directory at sector 1, entry 1.
        let at = 512 * 2 + 128 + 120;
        file[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        let cf = CompoundFile::open(&file, &Limits::default()).unwrap();
        assert_eq!(cf.stream("WordDocument", &Limits::default()).unwrap_err().code(), "too-large");
        // Under the limit but larger than the chain: only the sectors present are read.
        file[at..at + 4].copy_from_slice(&60_000_000u32.to_le_bytes());
        let cf = CompoundFile::open(&file, &Limits::default()).unwrap();
        assert_eq!(cf.stream("WordDocument", &Limits::default()).unwrap().unwrap().len(), 4096);
    }

    #[test]
    fn too_many_entries_are_refused() {
        let file = build(&[("WordDocument", b"x"), ("1Table", b"y"), ("Data", b"z")], |_| {});
        let limits = Limits { max_zip_entries: 3, ..Limits::default() };
        let e = CompoundFile::open(&file, &limits).err().unwrap();
        assert!(e.detail().contains("more than 3 entries"), "{e}");
    }

    #[test]
    fn storages_nest_at_most_max_depth() {
        // Entry i is a storage whose child is entry i + 1: a chain of 40.
        let raw: Vec<RawEntry> = (0..40u32)
            .map(|i| RawEntry {
                name: "S".into(),
                kind: if i == 0 { 5 } else { 1 },
                left: NOSTREAM,
                right: NOSTREAM,
                child: i + 1,
                start: 0,
                size: 0,
            })
            .collect();
        let entries = tree(&raw);
        assert_eq!(entries.len(), MAX_DEPTH);
        assert!(entries.iter().all(|e| e.path.matches('/').count() < MAX_DEPTH));
    }

    #[test]
    fn not_a_compound_file() {
        assert!(CompoundFile::open(b"PK\x03\x04", &Limits::default()).is_err());
        assert!(CompoundFile::open(&MAGIC, &Limits::default()).is_err());
    }
}
