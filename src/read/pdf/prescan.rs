//! A look at the raw bytes before lopdf loads them. lopdf parses every
//! object of the file, and inflates every object stream and cross-reference
//! stream, before the reader sees anything; so two of the limits are checked
//! here, on the file as written:
//!
//! - the number of objects: `N G obj` headers, plus the objects packed in
//!   object streams (counted in their index, not in their `/N`, which may lie);
//! - the bytes that object and cross-reference streams inflate to, all
//!   together, so that a thousand small flate bombs end as fast as one.
//!
//! Counting is done while inflating, into a small buffer: nothing is kept.

use crate::error::Error;
use crate::limits::Limits;
use flate2::Decompress;

/// Refuses a PDF with too many objects, or whose object and cross-reference
/// streams inflate past the budget.
pub(super) fn check(bytes: &[u8], limits: &Limits) -> Result<(), Error> {
    let max_objects = limits.max_pdf_objects;
    let too_many = || super::too_many_objects(max_objects);
    let headers = object_headers(bytes, max_objects).ok_or_else(too_many)?;
    let mut objects = headers.len();
    let mut budget = limits.max_pdf_inflated;
    for (i, &start) in headers.iter().enumerate() {
        let end = headers.get(i + 1).copied().unwrap_or(bytes.len());
        let Some(object) = bytes.get(start..end) else { continue };
        let Some((dict, data_at)) = stream_dictionary(object) else { continue };
        let object_stream = has_name(dict, b"/ObjStm");
        if !object_stream && !has_name(dict, b"/XRef") {
            continue;
        }
        // The data may run past the next header (a header can be faked inside
        // a stream): hand the inflater everything to the end of the file; it
        // stops where the compressed data ends.
        let Some(data) = bytes.get(start.saturating_add(data_at)..) else { continue };
        let first = if object_stream { integer_after(dict, b"/First").unwrap_or(0) } else { 0 };
        let mut index = IndexCounter::new(first);
        if has_name(dict, b"/FlateDecode") {
            inflate_counting(data, &mut budget, |chunk| index.feed(chunk)).map_err(|()| {
                Error::too_large(format!(
                    "the PDF's compressed object lists unpack to more than {} MB",
                    limits.max_pdf_inflated >> 20
                ))
            })?;
        } else if !has_name(dict, b"/Filter") {
            index.feed(data.get(..first.min(data.len())).unwrap_or_default());
        }
        objects = objects.saturating_add(index.pairs());
        if objects > max_objects {
            return Err(too_many());
        }
    }
    Ok(())
}

/// Where each `N G obj` header starts, in order; `None` past `max` headers.
fn object_headers(bytes: &[u8], max: usize) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = find(bytes.get(from..)?, b"obj") {
        let at = from + found;
        from = at + 3;
        if let Some(start) = header_start(bytes, at) {
            if out.len() >= max {
                return None;
            }
            out.push(start);
        }
    }
    Some(out)
}

/// If the `obj` at `at` ends an object header (`12 0 obj`), where the header starts.
fn header_start(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at + 3) {
        None => {}
        Some(b) if b.is_ascii_whitespace() || b"<[(/%".contains(b) => {}
        Some(_) => return None,
    }
    let before = bytes.get(..at)?;
    let rest = skip_back(before, |b| b.is_ascii_whitespace())?;
    let rest = skip_back(rest, |b| b.is_ascii_digit())?;
    let rest = skip_back(rest, |b| b.is_ascii_whitespace())?;
    let rest = skip_back(rest, |b| b.is_ascii_digit())?;
    match rest.last() {
        Some(b) if b.is_ascii_alphanumeric() => None,
        _ => Some(rest.len()),
    }
}

/// `bytes` without its trailing run of bytes matching `class`; `None` when the run is empty.
fn skip_back(bytes: &[u8], class: impl Fn(u8) -> bool) -> Option<&[u8]> {
    let kept = bytes.iter().rposition(|&b| !class(b)).map_or(0, |i| i + 1);
    (kept < bytes.len()).then(|| bytes.get(..kept)).flatten()
}

/// An object's dictionary text and the offset of its stream data, when it is a stream.
fn stream_dictionary(object: &[u8]) -> Option<(&[u8], usize)> {
    let mut from = 0;
    loop {
        let at = from + find(object.get(from..)?, b"stream")?;
        from = at + 6;
        // `endstream` is not the keyword that opens the data.
        if at >= 3 && object.get(at - 3..at) == Some(b"end") {
            continue;
        }
        let data_at = match object.get(at + 6..at + 8) {
            Some([b'\r', b'\n']) => at + 8,
            Some([b'\n' | b'\r', _]) | Some([b'\n' | b'\r']) => at + 7,
            _ => continue,
        };
        return Some((object.get(..at)?, data_at));
    }
}

/// Whether `dict` holds the name `name` (`/ObjStm`, not `/ObjStmX`).
fn has_name(dict: &[u8], name: &[u8]) -> bool {
    let mut from = 0;
    while let Some(found) = dict.get(from..).and_then(|d| find(d, name)) {
        let end = from + found + name.len();
        match dict.get(end) {
            Some(b) if b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.' => from = end,
            _ => return true,
        }
    }
    false
}

/// The integer written after `key` in `dict` (`/First 42`).
fn integer_after(dict: &[u8], key: &[u8]) -> Option<usize> {
    let at = find(dict, key)? + key.len();
    let rest = dict.get(at..)?;
    let digits: Vec<u8> =
        rest.iter().copied().skip_while(u8::is_ascii_whitespace).take_while(u8::is_ascii_digit).take(12).collect();
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Counts the numbers in the first `first` bytes of an object stream (its
/// index: object number and offset, pairs), as they go by.
struct IndexCounter {
    first: usize,
    seen: usize,
    tokens: usize,
    in_token: bool,
}

impl IndexCounter {
    fn new(first: usize) -> Self {
        IndexCounter { first, seen: 0, tokens: 0, in_token: false }
    }
    fn feed(&mut self, chunk: &[u8]) {
        let wanted = self.first.saturating_sub(self.seen).min(chunk.len());
        for &b in chunk.get(..wanted).unwrap_or_default() {
            let in_token = !b.is_ascii_whitespace();
            if in_token && !self.in_token {
                self.tokens += 1;
            }
            self.in_token = in_token;
        }
        self.seen = self.seen.saturating_add(chunk.len());
    }
    fn pairs(&self) -> usize {
        self.tokens / 2
    }
}

/// Inflates zlib (or, failing that, raw deflate) `data` into a small buffer,
/// passing each piece to `f` and charging it to `budget`; `Err` when the
/// budget runs out. Damaged data just ends the stream: lopdf reports it.
fn inflate_counting(data: &[u8], budget: &mut u64, mut f: impl FnMut(&[u8])) -> Result<(), ()> {
    let produced = inflate_with(Decompress::new(true), data, budget, &mut f)?;
    if produced == 0 {
        inflate_with(Decompress::new(false), data, budget, &mut f)?;
    }
    Ok(())
}

fn inflate_with(mut d: Decompress, data: &[u8], budget: &mut u64, f: &mut impl FnMut(&[u8])) -> Result<u64, ()> {
    let mut over = false;
    // However it ends, damaged or cut short, lopdf reports it: only the budget matters here.
    crate::unpack::inflate::inflate(&mut d, data, 64 << 10, |piece| match budget.checked_sub(piece.len() as u64) {
        Some(left) => {
            *budget = left;
            f(piece);
            true
        }
        None => {
            over = true;
            false
        }
    });
    if over {
        Err(())
    } else {
        Ok(d.total_out())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_told_from_endobj_and_text() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n12 3 obj<</A(x obj)>>endobj 4 0 objx";
        assert_eq!(object_headers(pdf, 10).map(|h| h.len()), Some(2));
        assert_eq!(object_headers(pdf, 1), None);
    }

    #[test]
    fn names_match_whole() {
        assert!(has_name(b"<< /Type /ObjStm /N 3 >>", b"/ObjStm"));
        assert!(has_name(b"<</Type/XRef/W[1 2 1]>>", b"/XRef"));
        assert!(!has_name(b"<< /XRefStm 12 >>", b"/XRef"));
    }

    #[test]
    fn the_index_of_an_object_stream_is_counted() {
        let mut c = IndexCounter::new(14);
        c.feed(b"10 0 11 ");
        c.feed(b"5 12 9 <<>> 7 8");
        assert_eq!(c.pairs(), 3);
    }
}
