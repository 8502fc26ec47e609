//! Step 1, sniff: what is this file, really? Decided by content, never by the name.
//!
//! The extension is compared afterwards, by the `wrong-extension` rule.

use serde::{Deserialize, Serialize};

/// A file format as the report names it (`file.format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Word document (Office Open XML, no macros).
    Docx,
    /// Macro-enabled Word document.
    Docm,
    /// Legacy Word 97-2003 binary document.
    Doc,
    /// Office Open XML file encrypted with a password (an OLE container holding `EncryptedPackage`).
    EncryptedOoxml,
    /// PDF.
    Pdf,
    /// OpenDocument text (LibreOffice Writer).
    Odt,
    /// Rich Text Format.
    Rtf,
    /// Plain text.
    Txt,
    /// A web page.
    Html,
    /// A picture (PNG, JPEG, GIF, TIFF, BMP, WebP, HEIC).
    Image,
    /// A file of zero bytes.
    Empty,
    /// Anything else.
    Unknown,
}

impl Format {
    /// Every format, in the order the report documents them.
    pub const ALL: [Format; 12] = [
        Format::Docx,
        Format::Docm,
        Format::Doc,
        Format::EncryptedOoxml,
        Format::Pdf,
        Format::Odt,
        Format::Rtf,
        Format::Txt,
        Format::Html,
        Format::Image,
        Format::Empty,
        Format::Unknown,
    ];

    /// The id used in the report and in profiles (`docx`, `encrypted-ooxml`, ...).
    pub fn id(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Docm => "docm",
            Format::Doc => "doc",
            Format::EncryptedOoxml => "encrypted-ooxml",
            Format::Pdf => "pdf",
            Format::Odt => "odt",
            Format::Rtf => "rtf",
            Format::Txt => "txt",
            Format::Html => "html",
            Format::Image => "image",
            Format::Empty => "empty",
            Format::Unknown => "unknown",
        }
    }

    /// Parses a format id.
    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// File name extensions (lower case, no dot) that fit this format.
    /// An encrypted Word file keeps its `.docx` name, so those fit it.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Docx => &["docx"],
            Format::Docm => &["docm"],
            Format::Doc => &["doc", "dot"],
            Format::EncryptedOoxml => &["docx", "docm", "xlsx", "pptx"],
            Format::Pdf => &["pdf"],
            Format::Odt => &["odt"],
            Format::Rtf => &["rtf"],
            Format::Txt => &["txt", "text", "md"],
            Format::Html => &["html", "htm"],
            Format::Image => &["png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp", "webp", "heic"],
            Format::Empty | Format::Unknown => &[],
        }
    }
}

/// What sniffing learnt: the format and, where it helps a person, what kind
/// of file it is more precisely, as a stable id: `apple-pages`, `spreadsheet`,
/// `presentation`, `zip-archive`, `opendocument-other`, `office-legacy-other`,
/// `damaged-zip`. The message catalogues put each in words (`kind.<id>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sniffed {
    /// The format, by content.
    pub format: Format,
    /// A more precise kind when the format alone says too little.
    pub description: Option<&'static str>,
}

const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// How far into a file to look for a PDF header: readers accept junk before `%PDF-`.
const PDF_HEADER_WINDOW: usize = 1024;
/// `[Content_Types].xml` is small; a larger one is not worth reading to sniff.
const CONTENT_TYPES_MAX: u64 = 1 << 20;

/// Sniffs the format of `bytes`.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let plain = |format| Sniffed { format, description: None };
    if bytes.is_empty() {
        return plain(Format::Empty);
    }
    let head = bytes.get(..PDF_HEADER_WINDOW).unwrap_or(bytes);
    if find(head, b"%PDF-").is_some() {
        return plain(Format::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return sniff_zip(bytes);
    }
    if bytes.starts_with(CFB_MAGIC) {
        return sniff_cfb(bytes);
    }
    if bytes.starts_with(b"{\\rtf") {
        return plain(Format::Rtf);
    }
    if is_image(bytes) {
        return plain(Format::Image);
    }
    let text_head = bytes.get(..8192).unwrap_or(bytes);
    if looks_like_html(text_head) {
        return plain(Format::Html);
    }
    if looks_like_text(text_head) {
        return plain(Format::Txt);
    }
    plain(Format::Unknown)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// ZIP: a Word file has a `[Content_Types].xml` naming a word-processing main
/// part; macro-enabled ones name `macroEnabled`. ODT starts with a `mimetype` entry.
fn sniff_zip(bytes: &[u8]) -> Sniffed {
    let unknown = |d: &'static str| Sniffed { format: Format::Unknown, description: Some(d) };
    // No limit on the entries here: the reader refuses too many, as too large.
    let Ok(zip) = crate::unpack::zip::Archive::open(bytes, u64::MAX) else {
        // A ZIP whose directory cannot be read. Among files sent to a call this
        // is almost always a Word file cut short (an interrupted download or
        // copy), so the reader reports the damage as a damaged document.
        return Sniffed { format: Format::Docx, description: Some("damaged-zip") };
    };
    if let Some(f) = zip.by_name("mimetype") {
        let m = String::from_utf8(zip.prefix(f, 200)).unwrap_or_default();
        if m.trim() == "application/vnd.oasis.opendocument.text" {
            return Sniffed { format: Format::Odt, description: None };
        }
        return unknown("opendocument-other");
    }
    let types = match zip.by_name("[Content_Types].xml") {
        Some(f) => String::from_utf8(zip.prefix(f, CONTENT_TYPES_MAX)).unwrap_or_default(),
        None => String::new(),
    };
    if types.contains("ms-word.document.macroEnabled") || types.contains("ms-word.template.macroEnabled") {
        return Sniffed { format: Format::Docm, description: None };
    }
    if types.contains("wordprocessingml.document.main") || types.contains("wordprocessingml.template.main") {
        return Sniffed { format: Format::Docx, description: None };
    }
    let names: Vec<&str> = zip.entries().iter().take(10_000).map(|e| e.name.as_str()).collect();
    if names.iter().any(|n| n.starts_with("word/")) {
        return Sniffed { format: Format::Docx, description: None };
    }
    if names.iter().any(|&n| n == "Index/Document.iwa" || n == "index.xml" || n.starts_with("Index/")) {
        return unknown("apple-pages");
    }
    if types.contains("spreadsheetml") {
        return unknown("spreadsheet");
    }
    if types.contains("presentationml") {
        return unknown("presentation");
    }
    unknown("zip-archive")
}

/// OLE compound file: stream names are stored in UTF-16LE in directory entries.
/// Looking for them in the raw bytes is enough to tell the kinds apart, and
/// cannot be led astray by a damaged sector chain.
fn sniff_cfb(bytes: &[u8]) -> Sniffed {
    let utf16 = |s: &str| s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect::<Vec<u8>>();
    if find(bytes, &utf16("EncryptedPackage")).is_some() {
        return Sniffed { format: Format::EncryptedOoxml, description: None };
    }
    // CFB names compare without case; some writers store them in lower or upper case (POI's 47950_*.doc).
    if ["WordDocument", "worddocument", "WORDDOCUMENT"].iter().any(|n| find(bytes, &utf16(n)).is_some()) {
        return Sniffed { format: Format::Doc, description: None };
    }
    Sniffed { format: Format::Unknown, description: Some("office-legacy-other") }
}

fn is_image(b: &[u8]) -> bool {
    b.starts_with(b"\x89PNG\r\n\x1a\n")
        || b.starts_with(b"\xFF\xD8\xFF")
        || b.starts_with(b"GIF87a")
        || b.starts_with(b"GIF89a")
        || b.starts_with(b"II*\0")
        || b.starts_with(b"MM\0*")
        || b.starts_with(b"BM")
        || (b.starts_with(b"RIFF") && b.get(8..12) == Some(b"WEBP".as_slice()))
        || (b.get(4..8) == Some(b"ftyp".as_slice())
            && matches!(b.get(8..12), Some(b"heic" | b"heix" | b"mif1" | b"avif")))
}

fn looks_like_html(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let t = text.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<!doctype html") || t.starts_with("<html") || (t.starts_with('<') && t.contains("<html"))
}

fn looks_like_text(head: &[u8]) -> bool {
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    // Valid UTF-8 (allowing a character cut at the window's end) with no control bytes but whitespace.
    let valid = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    valid && !head.iter().any(|&c| c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r' | 0x0C))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_decide() {
        assert_eq!(sniff(b"").format, Format::Empty);
        assert_eq!(sniff(b"%PDF-1.7\n...").format, Format::Pdf);
        assert_eq!(sniff(b"{\\rtf1\\ansi hello}").format, Format::Rtf);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0").format, Format::Image);
        assert_eq!(sniff(b"<!DOCTYPE html><html><body>x</body></html>").format, Format::Html);
        assert_eq!(sniff("Une contribution en texte brut.\n".as_bytes()).format, Format::Txt);
        assert_eq!(sniff(&[0u8, 1, 2, 3, 200, 201]).format, Format::Unknown);
    }

    #[test]
    fn ole_containers_are_told_apart_by_stream_name() {
        let mut enc = CFB_MAGIC.to_vec();
        enc.extend("EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(sniff(&enc).format, Format::EncryptedOoxml);
        let mut doc = CFB_MAGIC.to_vec();
        doc.extend("WordDocument".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(sniff(&doc).format, Format::Doc);
        let mut lower = CFB_MAGIC.to_vec();
        lower.extend("worddocument".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(sniff(&lower).format, Format::Doc, "CFB names compare without case");
    }

    #[test]
    fn a_pdf_header_after_junk_is_still_a_pdf() {
        let mut b = b"junk before the header\n".to_vec();
        b.extend_from_slice(b"%PDF-1.4\n");
        assert_eq!(sniff(&b).format, Format::Pdf);
    }
}
