//! The little of ZIP that reading a DOCX needs: the end record (ZIP64 too),
//! the central directory, each entry's local header, stored and deflated
//! data, and the CRC-32. Everything else in the format (extended timestamps,
//! Unix modes, AES and other extra fields, other compression methods) is
//! ignored or refused; the `zip` crate, which reads all of it, was ~30 KB of
//! the browser's gzipped wasm.
//!
//! Every number comes from the file and is checked before use; inflation
//! stops at a cap given by the caller, never at a size the archive declares.

use super::inflate::End;
use flate2::Decompress;
use std::fmt;

const EOCD: u32 = 0x0605_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
const ZIP64_EOCD: u32 = 0x0606_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const LOCAL: u32 = 0x0403_4b50;

/// Why an archive or an entry could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// The archive's structure (end record, directory, a local header) is broken.
    Structure(&'static str),
    /// The end record declares more entries than the caller allows.
    TooManyEntries(u64),
    /// The entry is encrypted (traditional PKWARE or AES).
    Encrypted,
    /// The entry uses a compression method other than stored (0) or deflate (8).
    Method(u16),
    /// The entry's data is damaged (bad deflate stream, cut short, wrong CRC-32).
    Data(&'static str),
    /// The entry inflates to more than the cap.
    TooLarge,
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZipError::Structure(s) | ZipError::Data(s) => f.write_str(s),
            ZipError::TooManyEntries(n) => write!(f, "{n} entries"),
            ZipError::Encrypted => f.write_str("encrypted"),
            ZipError::Method(m) => write!(f, "compression method {m} is not supported"),
            ZipError::TooLarge => f.write_str("past the size limit"),
        }
    }
}

/// One entry of the central directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The name, from UTF-8 (anything else is shown with replacement characters).
    pub name: String,
    /// The uncompressed size the directory declares (not trusted for reading).
    pub size: u64,
    compressed: u64,
    method: u16,
    flags: u16,
    crc: u32,
    /// The MS-DOS modification time and date, kept for copying the entry.
    time: u16,
    date: u16,
    /// Where the local header starts, in the file.
    local: u64,
}

/// An entry as stored: what a ZIP writer needs to copy it without inflating it.
pub(crate) struct RawEntry<'a> {
    /// The general-purpose flags.
    pub flags: u16,
    /// Stored (0) or deflated (8).
    pub method: u16,
    /// The MS-DOS modification time and date.
    pub time: u16,
    pub date: u16,
    /// The CRC-32 of the uncompressed data, as declared.
    pub crc: u32,
    /// The uncompressed size, as declared.
    pub size: u64,
    /// The compressed data.
    pub data: &'a [u8],
}

/// An archive whose central directory has been read.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(i..i.checked_add(2)?)?.try_into().ok()?))
}
fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(i..i.checked_add(4)?)?.try_into().ok()?))
}
fn u64_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(i..i.checked_add(8)?)?.try_into().ok()?))
}
fn to_usize(n: u64) -> Option<usize> {
    usize::try_from(n).ok()
}

/// Where the directory is and how many entries it declares.
struct Directory {
    count: u64,
    size: u64,
    offset: u64,
    /// Where the directory must end: the (ZIP64) end record.
    end: usize,
}

/// Reads the end record (the last one in the file's last 65,557 bytes) and,
/// when a field is saturated, the ZIP64 end record its locator points at.
fn directory(bytes: &[u8]) -> Result<Directory, ZipError> {
    let missing = ZipError::Structure("no end of central directory record");
    // The end record is 22 bytes plus a comment of at most 65,535 bytes.
    let from = bytes.len().saturating_sub(22 + 0xFFFF);
    // Only where a whole 22-byte record fits.
    let tail = bytes.get(from..bytes.len().saturating_sub(18)).ok_or(missing.clone())?;
    let at = tail.windows(4).rposition(|w| w == EOCD.to_le_bytes()).ok_or(missing.clone())? + from;
    let field = |i: usize| u32_at(bytes, at + i).ok_or(ZipError::Structure("the end record is cut short"));
    let count = u16_at(bytes, at + 10).ok_or(ZipError::Structure("the end record is cut short"))?;
    let size = field(12)?;
    let offset = field(16)?;
    let mut dir = Directory { count: count.into(), size: size.into(), offset: offset.into(), end: at };
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
        // ZIP64: a locator just before the end record points at the ZIP64 end record.
        let Some(loc) = at.checked_sub(20) else { return Ok(dir) };
        if u32_at(bytes, loc) != Some(ZIP64_LOCATOR) {
            return Ok(dir);
        }
        let bad = ZipError::Structure("the ZIP64 end record is missing");
        let rec = u64_at(bytes, loc + 8).and_then(to_usize).ok_or(bad.clone())?;
        if u32_at(bytes, rec) != Some(ZIP64_EOCD) {
            return Err(bad);
        }
        let read = |i: usize| u64_at(bytes, rec.checked_add(i)?);
        dir = Directory {
            count: read(32).ok_or(bad.clone())?,
            size: read(40).ok_or(bad.clone())?,
            offset: read(48).ok_or(bad)?,
            end: rec.min(loc),
        };
    }
    Ok(dir)
}

impl<'a> Archive<'a> {
    /// Reads the central directory, refusing more than `max_entries` entries
    /// before reading any of them.
    pub fn open(bytes: &'a [u8], max_entries: u64) -> Result<Archive<'a>, ZipError> {
        let dir = directory(bytes)?;
        if dir.count > max_entries {
            return Err(ZipError::TooManyEntries(dir.count));
        }
        // The directory is where the end record says, or (when something was
        // put before the archive) right before the end record; the local
        // header offsets are then shifted by as much.
        let mut start = to_usize(dir.offset).ok_or(ZipError::Structure("the central directory is outside the file"))?;
        let mut shift = 0usize;
        if dir.count > 0 && u32_at(bytes, start) != Some(CENTRAL) {
            let moved = to_usize(dir.size).and_then(|s| dir.end.checked_sub(s));
            match moved {
                Some(m) if m > start && u32_at(bytes, m) == Some(CENTRAL) => {
                    shift = m - start;
                    start = m;
                }
                _ => return Err(ZipError::Structure("the central directory is not where the end record says")),
            }
        }
        // At least 46 bytes an entry: a lying count cannot make us reserve more than the file.
        let mut entries = Vec::with_capacity(to_usize(dir.count).unwrap_or(0).min(bytes.len() / 46));
        let mut pos = start;
        for _ in 0..dir.count {
            let (entry, next) =
                central_entry(bytes, pos, shift).ok_or(ZipError::Structure("a central directory entry is damaged"))?;
            entries.push(entry);
            pos = next;
        }
        Ok(Archive { bytes, entries })
    }

    /// The entries, in directory order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The first entry with exactly this name.
    pub fn by_name(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The entry's data, inflated: at most `cap` bytes, else [`ZipError::TooLarge`].
    /// The CRC-32 is checked.
    pub fn read(&self, entry: &Entry, cap: u64) -> Result<Vec<u8>, ZipError> {
        let (out, whole) = self.inflate(entry, cap)?;
        if !whole {
            return Err(ZipError::TooLarge);
        }
        if crc32fast::hash(&out) != entry.crc {
            return Err(ZipError::Data("its CRC-32 does not match"));
        }
        Ok(out)
    }

    /// Up to the first `n` bytes of the entry's data, as far as they can be
    /// inflated (empty when none can); the CRC-32 is not checked.
    pub fn prefix(&self, entry: &Entry, n: u64) -> Vec<u8> {
        self.inflate(entry, n).map(|(out, _)| out).unwrap_or_default()
    }

    /// The entry as stored, for copying it unchanged into another archive.
    pub(crate) fn raw(&self, entry: &Entry) -> Result<RawEntry<'a>, ZipError> {
        if entry.flags & 0x41 != 0 || entry.method == 99 {
            return Err(ZipError::Encrypted);
        }
        Ok(RawEntry {
            flags: entry.flags,
            method: entry.method,
            time: entry.time,
            date: entry.date,
            crc: entry.crc,
            size: entry.size,
            data: self.data(entry)?,
        })
    }

    /// The data start of `entry` (after its local header), sliced to the compressed size.
    fn data(&self, entry: &Entry) -> Result<&'a [u8], ZipError> {
        let bad = ZipError::Structure("its local header is damaged");
        let local = to_usize(entry.local).ok_or(bad.clone())?;
        if u32_at(self.bytes, local) != Some(LOCAL) {
            return Err(bad);
        }
        let name_len = u16_at(self.bytes, local + 26).ok_or(bad.clone())?;
        let extra_len = u16_at(self.bytes, local + 28).ok_or(bad.clone())?;
        let start = local.checked_add(30 + usize::from(name_len) + usize::from(extra_len)).ok_or(bad)?;
        let end = to_usize(entry.compressed).and_then(|c| start.checked_add(c));
        end.and_then(|end| self.bytes.get(start..end))
            .ok_or(ZipError::Structure("its data runs past the end of the file"))
    }

    /// Inflates at most `cap` bytes: the bytes, and whether they are the whole entry.
    fn inflate(&self, entry: &Entry, cap: u64) -> Result<(Vec<u8>, bool), ZipError> {
        // Bit 0: encrypted; bit 6: strong encryption; method 99: AES.
        if entry.flags & 0x41 != 0 || entry.method == 99 {
            return Err(ZipError::Encrypted);
        }
        if entry.method != 0 && entry.method != 8 {
            return Err(ZipError::Method(entry.method));
        }
        let data = self.data(entry)?;
        let cap = to_usize(cap).unwrap_or(usize::MAX);
        if entry.method == 0 {
            let whole = data.len() <= cap;
            return Ok((data.get(..data.len().min(cap)).unwrap_or_default().to_vec(), whole));
        }
        inflate(data, cap)
    }
}

/// Raw deflate of `data`, stopping once past `cap` bytes of output.
fn inflate(data: &[u8], cap: usize) -> Result<(Vec<u8>, bool), ZipError> {
    // At most one byte past the cap is kept (it proves the entry is larger),
    // and the vector never grows past that: doubling it would hold up to
    // twice the cap (a bomb's 64 MB part took 128 MB).
    let keep = cap.saturating_add(1);
    let mut out = Vec::with_capacity(data.len().saturating_mul(4).min(keep).min(1 << 20));
    let end = super::inflate::inflate(&mut Decompress::new(false), data, 32 * 1024, |piece| {
        let piece = piece.get(..keep.saturating_sub(out.len())).unwrap_or(piece);
        let needed = out.len().saturating_add(piece.len());
        if needed > out.capacity() {
            let grown = out.capacity().saturating_mul(2).clamp(needed, keep.max(needed));
            out.reserve_exact(grown - out.len());
        }
        out.extend_from_slice(piece);
        out.len() <= cap
    });
    match end {
        End::Done => Ok((out, true)),
        End::Stopped => {
            out.truncate(cap);
            Ok((out, false))
        }
        End::Damaged => Err(ZipError::Data("its compressed data is damaged")),
        End::CutShort => Err(ZipError::Data("its compressed data is cut short")),
    }
}

/// The central directory entry at `pos` (its local header offset moved by
/// `shift`), and where the next one starts.
fn central_entry(b: &[u8], pos: usize, shift: usize) -> Option<(Entry, usize)> {
    if u32_at(b, pos)? != CENTRAL {
        return None;
    }
    let flags = u16_at(b, pos + 8)?;
    let method = u16_at(b, pos + 10)?;
    let time = u16_at(b, pos + 12)?;
    let date = u16_at(b, pos + 14)?;
    let crc = u32_at(b, pos + 16)?;
    let mut compressed = u64::from(u32_at(b, pos + 20)?);
    let mut size = u64::from(u32_at(b, pos + 24)?);
    let name_len = usize::from(u16_at(b, pos + 28)?);
    let extra_len = usize::from(u16_at(b, pos + 30)?);
    let comment_len = usize::from(u16_at(b, pos + 32)?);
    let mut local = u64::from(u32_at(b, pos + 42)?);
    let name_at = pos.checked_add(46)?;
    let name = b.get(name_at..name_at.checked_add(name_len)?)?;
    let extra_at = name_at + name_len;
    let extra = b.get(extra_at..extra_at.checked_add(extra_len)?)?;
    // ZIP64 extra field (0x0001): the 64-bit values of the saturated fields, in this order.
    if size == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
        let mut i = 0;
        while let (Some(id), Some(len)) = (u16_at(extra, i), u16_at(extra, i + 2)) {
            let body = extra.get(i + 4..(i + 4).checked_add(usize::from(len))?)?;
            if id == 1 {
                let mut at = 0;
                for field in [&mut size, &mut compressed, &mut local] {
                    if *field == 0xFFFF_FFFF {
                        *field = u64_at(body, at)?;
                        at += 8;
                    }
                }
                break;
            }
            i += 4 + usize::from(len);
        }
    }
    let local = local.checked_add(shift as u64)?;
    let next = extra_at.checked_add(extra_len)?.checked_add(comment_len)?;
    let name = String::from_utf8_lossy(name).into_owned();
    Some((Entry { name, size, compressed, method, flags, crc, time, date, local }, next))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read, Write};

    /// A zip written by the `zip` crate: stored, deflated, empty, a directory.
    fn written(zip64: bool) -> (Vec<u8>, Vec<(String, Vec<u8>)>) {
        written_with(zip64, 50_000)
    }

    /// An archive like Word's, its document `words` words long.
    fn written_with(zip64: bool, words: u32) -> (Vec<u8>, Vec<(String, Vec<u8>)>) {
        let mut w = ::zip::ZipWriter::new(Cursor::new(Vec::new()));
        let deflated = ::zip::write::SimpleFileOptions::default()
            .compression_method(::zip::CompressionMethod::Deflated)
            .large_file(zip64);
        let stored = ::zip::write::SimpleFileOptions::default()
            .compression_method(::zip::CompressionMethod::Stored)
            .large_file(zip64);
        let text: Vec<u8> = (0..words).flat_map(|i| format!("word {i} ").into_bytes()).collect();
        let files = vec![
            ("[Content_Types].xml".to_string(), b"<Types/>".to_vec()),
            ("word/document.xml".to_string(), text),
            ("word/media/image1.png".to_string(), (0..=255u8).cycle().take(10_000).collect()),
            ("word/empty.xml".to_string(), Vec::new()),
            ("docProps/caf\u{e9}.xml".to_string(), "caf\u{e9}".as_bytes().to_vec()),
        ];
        for (i, (name, data)) in files.iter().enumerate() {
            w.start_file(name.as_str(), if i % 2 == 0 { deflated } else { stored }).unwrap();
            w.write_all(data).unwrap();
        }
        w.add_directory("word/embeddings/", stored).unwrap();
        (w.finish().unwrap().into_inner(), files)
    }

    #[test]
    fn reads_back_what_the_zip_crate_wrote_entry_by_entry() {
        for zip64 in [false, true] {
            let (bytes, files) = written(zip64);
            let ours = Archive::open(&bytes, 100).unwrap();
            let mut theirs = ::zip::ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
            assert_eq!(ours.entries().len(), theirs.len());
            for (i, e) in ours.entries().iter().enumerate() {
                let mut f = theirs.by_index(i).unwrap();
                assert_eq!(e.name, f.name().unwrap());
                assert_eq!(e.size, f.size());
                let mut data = Vec::new();
                f.read_to_end(&mut data).unwrap();
                assert_eq!(ours.read(e, u64::MAX).unwrap(), data, "{}", e.name);
            }
            for (name, data) in &files {
                assert_eq!(&ours.read(ours.by_name(name).unwrap(), 1 << 20).unwrap(), data);
            }
            assert_eq!(directory(&bytes).unwrap().count, 6);
        }
    }

    #[test]
    fn a_capped_inflate_holds_no_more_than_the_cap() {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&vec![b'x'; 3 << 20]).unwrap();
        let data = e.finish().unwrap();
        for cap in [1, 100_000, 1 << 20, (3 << 20) - 1] {
            let (out, whole) = inflate(&data, cap).unwrap();
            assert_eq!((out.len(), whole), (cap, false));
            // Room for the cap and the one byte that shows there is more, not double.
            assert!(out.capacity() <= cap + 1, "cap {cap}: capacity {}", out.capacity());
        }
        let (out, whole) = inflate(&data, 3 << 20).unwrap();
        assert_eq!((out.len(), whole), (3 << 20, true));
    }

    #[test]
    fn reads_a_zip64_end_record() {
        // Past 65,535 entries the zip crate writes the ZIP64 end record and locator.
        let mut w = ::zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = ::zip::write::SimpleFileOptions::default().compression_method(::zip::CompressionMethod::Stored);
        for i in 0..70_000 {
            w.start_file(format!("e{i}"), stored).unwrap();
        }
        w.start_file("last", stored).unwrap();
        w.write_all(b"the end").unwrap();
        let bytes = w.finish().unwrap().into_inner();
        assert_eq!(directory(&bytes).unwrap().count, 70_001);
        assert_eq!(Archive::open(&bytes, 10_000).err(), Some(ZipError::TooManyEntries(70_001)));
        let a = Archive::open(&bytes, 100_000).unwrap();
        assert_eq!(a.entries().len(), 70_001);
        assert_eq!(a.read(a.by_name("last").unwrap(), 100).unwrap(), b"the end");
    }

    /// One stored entry whose central sizes and offset are all in a ZIP64
    /// extra field (after an unrelated extra field), as a writer must put
    /// them past 4 GB.
    fn zip64_extra_archive() -> Vec<u8> {
        let data = b"sixty-four";
        let crc = crc32fast::hash(data);
        let mut out = Vec::new();
        out.extend_from_slice(&LOCAL.to_le_bytes());
        out.extend_from_slice(&[45, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]);
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&[0xFF; 8]);
        out.extend_from_slice(&1u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.push(b'a');
        out.extend_from_slice(data);
        let cd = out.len();
        out.extend_from_slice(&CENTRAL.to_le_bytes());
        out.extend_from_slice(&[45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]);
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&[0xFF; 8]);
        out.extend_from_slice(&1u16.to_le_bytes());
        out.extend_from_slice(&(4 + 3 + 4 + 24u16).to_le_bytes());
        out.extend_from_slice(&[0; 10]); // comment length, disk, attributes
        out.extend_from_slice(&[0xFF; 4]);
        out.push(b'a');
        out.extend_from_slice(&[0x55, 0x54, 3, 0, 1, 2, 3]); // extended timestamp, ignored
        out.extend_from_slice(&[1, 0, 24, 0]);
        for v in [data.len() as u64, data.len() as u64, 0] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        let cd_size = out.len() - cd;
        out.extend_from_slice(&EOCD.to_le_bytes());
        out.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]);
        out.extend_from_slice(&(cd_size as u32).to_le_bytes());
        out.extend_from_slice(&(cd as u32).to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    #[test]
    fn reads_sizes_and_offsets_from_the_zip64_extra_field() {
        let bytes = zip64_extra_archive();
        let a = Archive::open(&bytes, 10).unwrap();
        assert_eq!(a.entries()[0].size, 10);
        assert_eq!(a.read(&a.entries()[0], 100).unwrap(), b"sixty-four");
        // The zip crate agrees.
        let mut theirs = ::zip::ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
        let mut data = Vec::new();
        theirs.by_index(0).unwrap().read_to_end(&mut data).unwrap();
        assert_eq!(data, b"sixty-four");
        // A ZIP64 field too short for the saturated fields is damage, not a panic.
        let mut cut = bytes.clone();
        let at = cut.windows(4).position(|w| w == [1, 0, 24, 0]).unwrap();
        cut[at + 2] = 8;
        assert!(Archive::open(&cut, 10).is_err());
    }

    #[test]
    fn caps_inflation_and_prefixes() {
        let (bytes, files) = written(false);
        let a = Archive::open(&bytes, 100).unwrap();
        for (name, data) in &files {
            let e = a.by_name(name).unwrap();
            let n = data.len() as u64;
            assert_eq!(a.read(e, n).unwrap(), *data);
            if n > 0 {
                assert_eq!(a.read(e, n - 1), Err(ZipError::TooLarge));
            }
            assert_eq!(a.prefix(e, 5), data[..data.len().min(5)]);
        }
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        // A small archive (about 14 KB): each cut is opened and searched for
        // its end record, so the test's time grows with the square of the size.
        let (bytes, _) = written_with(false, 300);
        for len in 0..bytes.len() {
            let cut = &bytes[..len];
            if let Ok(a) = Archive::open(cut, 100) {
                for e in a.entries() {
                    let _ = a.read(e, 1 << 20);
                    let _ = a.prefix(e, 10);
                }
            }
        }
        // Cutting the data off (keeping the directory's end) is refused at the end record.
        assert!(Archive::open(&bytes[..bytes.len() - 1], 100).is_err());
    }

    /// The offset of the central directory entry named `name`.
    fn central_of(bytes: &[u8], name: &str) -> usize {
        (0..bytes.len() - 46)
            .find(|&i| {
                bytes[i..i + 4] == CENTRAL.to_le_bytes()
                    && bytes.get(i + 46..i + 46 + name.len()) == Some(name.as_bytes())
            })
            .unwrap()
    }

    #[test]
    fn lying_sizes_bad_crc_and_encryption_are_refused() {
        let (bytes, files) = written(false);
        let doc = &files[1].1;
        // A declared uncompressed size is not trusted: the data decides.
        let mut b = bytes.clone();
        let at = central_of(&b, "word/document.xml");
        b[at + 24..at + 28].copy_from_slice(&10u32.to_le_bytes());
        let a = Archive::open(&b, 100).unwrap();
        assert_eq!(a.read(a.by_name("word/document.xml").unwrap(), 1 << 20).unwrap(), *doc);
        // A compressed size past the end of the file.
        let mut b = bytes.clone();
        let at = central_of(&b, "[Content_Types].xml");
        b[at + 20..at + 24].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
        let a = Archive::open(&b, 100).unwrap();
        assert!(matches!(a.read(&a.entries()[0], 1 << 20), Err(ZipError::Structure(_))));
        // A compressed size that cuts the deflate stream short.
        let mut b = bytes.clone();
        b[at + 20..at + 24].copy_from_slice(&2u32.to_le_bytes());
        let a = Archive::open(&b, 100).unwrap();
        assert!(matches!(a.read(&a.entries()[0], 1 << 20), Err(ZipError::Data(_))));
        // A wrong CRC-32.
        let mut b = bytes.clone();
        let at = central_of(&b, "word/document.xml");
        b[at + 16] ^= 1;
        let a = Archive::open(&b, 100).unwrap();
        assert_eq!(
            a.read(a.by_name("word/document.xml").unwrap(), 1 << 20),
            Err(ZipError::Data("its CRC-32 does not match"))
        );
        // The encrypted flag, and AES's method 99.
        for (offset, value) in [(8, 1u16), (10, 99)] {
            let mut b = bytes.clone();
            let at = central_of(&b, "word/document.xml");
            b[at + offset..at + offset + 2].copy_from_slice(&value.to_le_bytes());
            let a = Archive::open(&b, 100).unwrap();
            assert_eq!(a.read(a.by_name("word/document.xml").unwrap(), 1 << 20), Err(ZipError::Encrypted));
        }
        // Another compression method.
        let mut b = bytes.clone();
        let at = central_of(&b, "word/document.xml");
        b[at + 10..at + 12].copy_from_slice(&12u16.to_le_bytes());
        let a = Archive::open(&b, 100).unwrap();
        assert_eq!(a.read(a.by_name("word/document.xml").unwrap(), 1 << 20), Err(ZipError::Method(12)));
        // A local header offset that points at nothing.
        let mut b = bytes.clone();
        b[at + 42..at + 46].copy_from_slice(&7u32.to_le_bytes());
        let a = Archive::open(&b, 100).unwrap();
        assert!(matches!(a.read(a.by_name("word/document.xml").unwrap(), 1 << 20), Err(ZipError::Structure(_))));
        // An end record that declares more entries than there are.
        let mut b = bytes.clone();
        let eocd = b.len() - 22;
        b[eocd + 10..eocd + 12].copy_from_slice(&7u16.to_le_bytes());
        assert!(matches!(Archive::open(&b, 100), Err(ZipError::Structure(_))));
    }

    #[test]
    fn data_before_the_archive_is_skipped() {
        let (bytes, files) = written(false);
        let mut b = b"a prefix that shifts every offset".to_vec();
        b.extend_from_slice(&bytes);
        let a = Archive::open(&b, 100).unwrap();
        assert_eq!(a.read(a.by_name("word/document.xml").unwrap(), 1 << 20).unwrap(), files[1].1);
    }

    #[test]
    fn not_a_zip() {
        assert!(Archive::open(b"", 100).is_err());
        assert!(Archive::open(b"PK\x05\x06", 100).is_err());
        assert_eq!(Archive::open(b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 100).unwrap().entries().len(), 0);
    }
}
