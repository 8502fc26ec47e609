//! Small helpers over lopdf's objects: follow references, read numbers,
//! names, streams and text strings, never panicking on what the file holds.

use super::glyphs::PDF_DOC_ENCODING;
use lopdf::{Dictionary, Document as Pdf, Object, Stream};
use std::cell::Cell;

/// The object itself, or what a reference points at (chains of references
/// are followed a bounded number of times by lopdf).
pub(super) fn resolve<'a>(pdf: &'a Pdf, obj: &'a Object) -> Option<&'a Object> {
    match obj {
        Object::Reference(_) => pdf.dereference(obj).ok().map(|(_, o)| o),
        o => Some(o),
    }
}

/// A dictionary entry, references followed.
pub(super) fn dict_get<'a>(pdf: &'a Pdf, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    dict.get(key).ok().and_then(|o| resolve(pdf, o))
}

/// A dictionary entry that is a dictionary (or a stream's dictionary).
pub(super) fn dict_of<'a>(pdf: &'a Pdf, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    match dict_get(pdf, dict, key)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// A name's bytes.
pub(super) fn name_of(obj: Option<&Object>) -> Option<&[u8]> {
    match obj? {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

/// A number as `f32` (finite).
pub(super) fn number_of(obj: Option<&Object>) -> Option<f32> {
    match obj? {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r).filter(|r| r.is_finite()),
        _ => None,
    }
}

/// A stream's decoded bytes, charged to the document's inflate budget.
pub(super) fn stream_bytes(pdf: &Pdf, obj: &Object, inflate: &Inflate) -> Option<Vec<u8>> {
    match resolve(pdf, obj)? {
        Object::Stream(s) => inflate.decode(s),
        _ => None,
    }
}

/// Decodes streams under two limits: each stream's decoded size, and one
/// budget shared by every stream of the document, so that a thousand
/// streams just under the first limit still end quickly. A refusal is
/// remembered; the reader turns it into a `too-large` error.
pub(super) struct Inflate {
    per_stream: usize,
    left: Cell<usize>,
    total: usize,
    refused: Cell<Option<Refusal>>,
}

/// Which limit a stream went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refusal {
    /// One stream decodes to more than the per-stream limit.
    Stream(usize),
    /// The document's streams together decode to more than the budget.
    Total(usize),
}

impl Inflate {
    /// A budget of `total` bytes, at most `per_stream` from one stream.
    pub(super) fn new(per_stream: usize, total: usize) -> Inflate {
        Inflate { per_stream, left: Cell::new(total), total, refused: Cell::new(None) }
    }

    /// A stream's decoded bytes, or `None` when it cannot be decoded or a limit is reached.
    pub(super) fn decode(&self, s: &Stream) -> Option<Vec<u8>> {
        self.decode_capped(s, self.per_stream)
    }

    /// Like [`Inflate::decode`], with a tighter per-stream cap; past `cap` the
    /// stream is skipped, not refused (for optional parts such as XMP).
    pub(super) fn decode_capped(&self, s: &Stream, cap: usize) -> Option<Vec<u8>> {
        if self.refused.get().is_some() {
            return None;
        }
        let cap = cap.min(self.per_stream);
        let limit = cap.min(self.left.get());
        match s.get_plain_content_with_limit(limit) {
            Ok(bytes) => {
                self.left.set(self.left.get().saturating_sub(bytes.len()));
                Some(bytes)
            }
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
                if limit < cap {
                    self.refused.set(Some(Refusal::Total(self.total)));
                } else if cap == self.per_stream {
                    self.refused.set(Some(Refusal::Stream(self.per_stream)));
                }
                None
            }
            Err(_) => None,
        }
    }

    /// The limit reached, if any.
    pub(super) fn refused(&self) -> Option<Refusal> {
        self.refused.get()
    }
}

/// A text string (`/Title`, `/Contents`...): UTF-16 with a byte-order mark,
/// UTF-8 with one (PDF 2.0), else PDFDocEncoding.
pub(super) fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units = rest.chunks_exact(2).map(|c| match c {
            [hi, lo] => u16::from_be_bytes([*hi, *lo]),
            _ => 0xFFFD,
        });
        return char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let units = rest.chunks_exact(2).map(|c| match c {
            [lo, hi] => u16::from_le_bytes([*lo, *hi]),
            _ => 0xFFFD,
        });
        return char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes
        .iter()
        .filter_map(|b| {
            let cp = PDF_DOC_ENCODING.get(usize::from(*b)).copied().unwrap_or(0);
            match cp {
                0 if b.is_ascii_whitespace() => Some(char::from(*b)),
                0 => None,
                cp => char::from_u32(u32::from(cp)),
            }
        })
        .collect()
}

/// A text-string entry of a dictionary, trimmed; `None` when absent or blank.
pub(super) fn text_of(pdf: &Pdf, dict: &Dictionary, key: &[u8]) -> Option<String> {
    match dict_get(pdf, dict, key)? {
        Object::String(b, _) => Some(text_string(b).trim().to_string()).filter(|s| !s.is_empty()),
        Object::Name(n) => Some(String::from_utf8_lossy(n).into_owned()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_in_their_three_encodings() {
        assert_eq!(text_string(b"\xFE\xFF\x00J\x00\xE9"), "Jé");
        assert_eq!(text_string(b"\xEF\xBB\xBFJ\xC3\xA9"), "Jé");
        assert_eq!(text_string(b"Caf\xE9 \x93"), "Café ﬁ"); // PDFDocEncoding: 0x93 is fi
    }
}
