//! Small helpers over lopdf's objects: follow references, read numbers,
//! names, streams and text strings, never panicking on what the file holds.

use super::glyphs::PDF_DOC_ENCODING;
use lopdf::{Dictionary, Document as Pdf, Object};

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

/// A stream's decoded bytes, at most `limit` of them.
pub(super) fn stream_bytes(pdf: &Pdf, obj: &Object, limit: usize) -> Option<Vec<u8>> {
    match resolve(pdf, obj)? {
        Object::Stream(s) => s.get_plain_content_with_limit(limit).ok(),
        _ => None,
    }
}

/// A text string (`/Title`, `/Contents`...): UTF-16 with a byte-order mark,
/// UTF-8 with one (PDF 2.0), else PDFDocEncoding.
pub(super) fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units = rest.chunks_exact(2).map(|c| u16::from(c[0]) << 8 | u16::from(c[1]));
        return char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let units = rest.chunks_exact(2).map(|c| u16::from(c[1]) << 8 | u16::from(c[0]));
        return char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes
        .iter()
        .filter_map(|b| {
            let cp = PDF_DOC_ENCODING[usize::from(*b)];
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
