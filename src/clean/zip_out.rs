//! A small ZIP writer for the clean copy: local headers, data, then the
//! central directory, in the order the entries are given. An entry kept as
//! it was is copied as stored (its compressed bytes and CRC-32 untouched);
//! a rewritten part is deflated with flate2.

use crate::error::Error;
use crate::unpack::zip::RawEntry;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use std::io::Write;

const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const EOCD: u32 = 0x0605_4b50;
/// Bit 11: the name is UTF-8. Every other flag is cleared: sizes are in the
/// local header (no data descriptor) and nothing is encrypted.
const UTF8_NAME: u16 = 1 << 11;
/// 1980-01-01 00:00, the earliest MS-DOS date: rewritten parts carry no clock.
const DOS_DATE_1980: u16 = (1 << 5) | 1;

/// One entry as it will be written.
struct Written {
    name: Vec<u8>,
    flags: u16,
    method: u16,
    time: u16,
    date: u16,
    crc: u32,
    compressed: u32,
    size: u32,
    offset: u32,
}

/// A ZIP archive being written into memory.
#[derive(Default)]
pub(super) struct ZipOut {
    out: Vec<u8>,
    entries: Vec<Written>,
}

fn too_large() -> Error {
    Error::too_large("the clean copy would need ZIP64 (an entry or the file past 4 GB, or 65,535 entries)")
}

fn u32_of(n: impl TryInto<u32>) -> Result<u32, Error> {
    n.try_into().ok().filter(|&v| v != u32::MAX).ok_or_else(too_large)
}

impl ZipOut {
    /// Copies an entry as stored.
    pub fn copy(&mut self, name: &str, raw: &RawEntry<'_>) -> Result<(), Error> {
        let entry = Written {
            name: name.as_bytes().to_vec(),
            flags: raw.flags & UTF8_NAME,
            method: raw.method,
            time: raw.time,
            date: raw.date,
            crc: raw.crc,
            compressed: u32_of(raw.data.len())?,
            size: u32_of(raw.size)?,
            offset: u32_of(self.out.len())?,
        };
        self.push(entry, raw.data)
    }

    /// Deflates and adds a rewritten part.
    pub fn add(&mut self, name: &str, data: &[u8]) -> Result<(), Error> {
        let mut e = DeflateEncoder::new(Vec::with_capacity(data.len() / 4 + 64), Compression::default());
        let deflated = e.write_all(data).and_then(|()| e.finish()).map_err(|e| Error::corrupt(e.to_string()))?;
        let entry = Written {
            name: name.as_bytes().to_vec(),
            flags: if name.is_ascii() { 0 } else { UTF8_NAME },
            method: 8,
            time: 0,
            date: DOS_DATE_1980,
            crc: crc32fast::hash(data),
            compressed: u32_of(deflated.len())?,
            size: u32_of(data.len())?,
            offset: u32_of(self.out.len())?,
        };
        self.push(entry, &deflated)
    }

    fn push(&mut self, e: Written, data: &[u8]) -> Result<(), Error> {
        if self.entries.len() >= 0xFFFF {
            return Err(too_large());
        }
        let name_len = u16::try_from(e.name.len()).map_err(|_| too_large())?;
        let o = &mut self.out;
        o.extend_from_slice(&LOCAL.to_le_bytes());
        o.extend_from_slice(&20u16.to_le_bytes());
        for v in [e.flags, e.method, e.time, e.date] {
            o.extend_from_slice(&v.to_le_bytes());
        }
        for v in [e.crc, e.compressed, e.size] {
            o.extend_from_slice(&v.to_le_bytes());
        }
        o.extend_from_slice(&name_len.to_le_bytes());
        o.extend_from_slice(&0u16.to_le_bytes());
        o.extend_from_slice(&e.name);
        o.extend_from_slice(data);
        self.entries.push(e);
        Ok(())
    }

    /// The central directory and its end record; the archive's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, Error> {
        let start = u32_of(self.out.len())?;
        let o = &mut self.out;
        for e in &self.entries {
            o.extend_from_slice(&CENTRAL.to_le_bytes());
            o.extend_from_slice(&20u16.to_le_bytes()); // made by: MS-DOS, 2.0
            o.extend_from_slice(&20u16.to_le_bytes());
            for v in [e.flags, e.method, e.time, e.date] {
                o.extend_from_slice(&v.to_le_bytes());
            }
            for v in [e.crc, e.compressed, e.size] {
                o.extend_from_slice(&v.to_le_bytes());
            }
            // Name length (checked in push), extra, comment, disk, internal attributes.
            o.extend_from_slice(&u16::try_from(e.name.len()).unwrap_or(0).to_le_bytes());
            o.extend_from_slice(&[0; 8]);
            o.extend_from_slice(&0u32.to_le_bytes()); // external attributes
            o.extend_from_slice(&e.offset.to_le_bytes());
            o.extend_from_slice(&e.name);
        }
        let size = u32_of(o.len() - start as usize)?;
        let count = u16::try_from(self.entries.len()).map_err(|_| too_large())?;
        o.extend_from_slice(&EOCD.to_le_bytes());
        o.extend_from_slice(&[0; 4]);
        o.extend_from_slice(&count.to_le_bytes());
        o.extend_from_slice(&count.to_le_bytes());
        o.extend_from_slice(&size.to_le_bytes());
        o.extend_from_slice(&start.to_le_bytes());
        o.extend_from_slice(&0u16.to_le_bytes());
        Ok(self.out)
    }
}
