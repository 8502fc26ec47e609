//! Hostile ZIP packages (DOCX), written byte by byte where the `zip` crate
//! would refuse to lie: raw deflate bombs, declared sizes that do not match
//! the data, archives inside archives, and archives with very many entries.

use flate2::{Compress, Compression, FlushCompress};
use std::io::{Cursor, Write};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"#;
/// The start of a main part, up to the inside of a `w:t`.
pub const DOCUMENT_OPEN: &str = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"#;
/// The end of a main part opened by [`DOCUMENT_OPEN`].
pub const DOCUMENT_CLOSE: &str = "</w:t></w:r></w:p></w:body></w:document>";

/// One entry as it will be written: the data (already compressed with
/// `method`) and the sizes each header will declare, true or not.
pub struct Entry {
    pub name: String,
    /// 0 stored, 8 deflated.
    pub method: u16,
    pub data: Vec<u8>,
    pub crc: u32,
    /// (compressed, uncompressed) as the local header declares them.
    pub local_sizes: (u32, u32),
    /// (compressed, uncompressed) as the central directory declares them.
    pub central_sizes: (u32, u32),
}

impl Entry {
    /// A stored entry with true sizes and CRC.
    pub fn stored(name: &str, content: &[u8]) -> Entry {
        let n = u32::try_from(content.len()).expect("small entry");
        Entry {
            name: name.into(),
            method: 0,
            data: content.to_vec(),
            crc: crc32(content),
            local_sizes: (n, n),
            central_sizes: (n, n),
        }
    }
    /// A deflated entry with true sizes and CRC.
    pub fn deflated(name: &str, content: &[u8]) -> Entry {
        let data = deflate(content);
        let c = u32::try_from(data.len()).expect("small entry");
        let n = u32::try_from(content.len()).expect("small entry");
        Entry { name: name.into(), method: 8, data, crc: crc32(content), local_sizes: (c, n), central_sizes: (c, n) }
    }
}

/// A ZIP archive of these entries, headers written as each entry says.
pub fn archive(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = u32::try_from(out.len()).expect("archive under 4 GB");
        let name = e.name.as_bytes();
        let name_len = u16::try_from(name.len()).expect("short name");
        // Local file header.
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes()); // version needed
        out.extend_from_slice(&0u16.to_le_bytes()); // flags
        out.extend_from_slice(&e.method.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // time
        out.extend_from_slice(&0x21u16.to_le_bytes()); // date: 1980-01-01
        out.extend_from_slice(&e.crc.to_le_bytes());
        out.extend_from_slice(&e.local_sizes.0.to_le_bytes());
        out.extend_from_slice(&e.local_sizes.1.to_le_bytes());
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // extra length
        out.extend_from_slice(name);
        out.extend_from_slice(&e.data);
        // Central directory header.
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        central.extend_from_slice(&20u16.to_le_bytes()); // version needed
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&e.method.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0x21u16.to_le_bytes());
        central.extend_from_slice(&e.crc.to_le_bytes());
        central.extend_from_slice(&e.central_sizes.0.to_le_bytes());
        central.extend_from_slice(&e.central_sizes.1.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 12]); // extra, comment, disk, internal and external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let cd_offset = u32::try_from(out.len()).expect("archive under 4 GB");
    let cd_size = u32::try_from(central.len()).expect("small directory");
    let count = u16::try_from(entries.len()).expect("under 65,535 entries");
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// A DOCX whose main part is `document` (as given: its sizes may lie), with
/// any `extra` entries after it.
pub fn docx_with(document: Entry, extra: Vec<Entry>) -> Vec<u8> {
    let mut entries = vec![
        Entry::deflated("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        Entry::deflated("_rels/.rels", PACKAGE_RELS.as_bytes()),
        Entry::deflated("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        document,
    ];
    entries.extend(extra);
    archive(&entries)
}

/// A raw deflate stream of `open`, then `total` bytes of `fill`, then `close`,
/// built without inflating anything: one megabyte of `fill` compresses to the
/// same ~1 KB block wherever it comes after more `fill`, so that block is
/// written again and again (about 1,000:1, deflate's best ratio).
pub fn deflate_bomb(open: &[u8], fill: u8, total: u64, close: &[u8]) -> Vec<u8> {
    const CHUNK: usize = 1 << 20;
    let chunk = vec![fill; CHUNK];
    let mut c = Compress::new(Compression::best(), false);
    let mut out = Vec::new();
    compress_into(&mut c, open, FlushCompress::Sync, &mut out);
    compress_into(&mut c, &chunk, FlushCompress::Sync, &mut out);
    let mut repeat = Vec::new();
    compress_into(&mut c, &chunk, FlushCompress::Sync, &mut repeat);
    let chunks = total / CHUNK as u64;
    for _ in 1..chunks {
        out.extend_from_slice(&repeat);
    }
    compress_into(&mut c, close, FlushCompress::Finish, &mut out);
    out
}

/// A zlib stream (the PDF `/FlateDecode` form) of the same bomb.
pub fn zlib_bomb(open: &[u8], fill: u8, total: u64, close: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0xDA];
    out.extend(deflate_bomb(open, fill, total, close));
    // The Adler-32 is left wrong: a reader must stop long before checking it.
    out.extend_from_slice(&[0, 0, 0, 0]);
    out
}

fn compress_into(c: &mut Compress, input: &[u8], flush: FlushCompress, out: &mut Vec<u8>) {
    let mut buf = vec![0u8; input.len() + 4096];
    let start_in = c.total_in();
    let start_out = c.total_out();
    c.compress(input, &mut buf, flush).expect("deflate runs");
    let consumed = usize::try_from(c.total_in() - start_in).expect("small");
    assert_eq!(consumed, input.len(), "the whole chunk is compressed in one call");
    let written = usize::try_from(c.total_out() - start_out).expect("small");
    out.extend_from_slice(&buf[..written]);
}

/// A zlib stream of `data` (header, raw deflate; the Adler-32 left as zeros,
/// which the PDF reader does not check).
pub fn zlib(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0xDA];
    out.extend(deflate(data));
    out.extend_from_slice(&[0, 0, 0, 0]);
    out
}

/// Raw deflate of `data`.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut c = Compress::new(Compression::default(), false);
    let mut out = Vec::new();
    compress_into(&mut c, data, FlushCompress::Finish, &mut out);
    out
}

/// CRC-32 (ZIP's), bit by bit: only small entries are checked.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A ZIP written by the `zip` crate with `n` empty stored entries after a
/// small valid DOCX's parts (ZIP64 end records once past 65,535).
pub fn many_entries(n: usize) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
    ] {
        zip.start_file(name, deflated).expect("entry starts");
        zip.write_all(content.as_bytes()).expect("entry written");
    }
    zip.start_file("word/document.xml", deflated).expect("entry starts");
    zip.write_all(format!("{DOCUMENT_OPEN}Many entries.{DOCUMENT_CLOSE}").as_bytes()).expect("entry written");
    for i in 0..n {
        zip.start_file(format!("word/media/empty{i}.bin"), stored).expect("entry starts");
    }
    zip.finish().expect("zip finishes").into_inner()
}
