//! Hostile PDFs, written byte by byte: a PDF is text with byte offsets, so
//! each case says exactly which structure it breaks.

/// One indirect object's number and body (what goes between `obj` and `endobj`).
pub type Obj = (u32, Vec<u8>);

/// A PDF of these objects with a correct cross-reference table; `trailer`
/// is the inside of the trailer dictionary (`/Root 1 0 R ...`). `/Size` is
/// added unless the trailer sets its own.
pub fn pdf(objects: &[Obj], trailer: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (n, body) in objects {
        offsets.push((*n, out.len()));
        out.extend_from_slice(format!("{n} 0 obj\n").as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let size = objects.iter().map(|(n, _)| n + 1).max().unwrap_or(1);
    let xref_at = out.len();
    out.extend_from_slice(format!("xref\n0 {size}\n").as_bytes());
    let mut table = vec![None; size as usize];
    for (n, at) in offsets {
        table[n as usize] = Some(at);
    }
    for entry in table {
        match entry {
            Some(at) => out.extend_from_slice(format!("{at:010} 00000 n \n").as_bytes()),
            None => out.extend_from_slice(b"0000000000 65535 f \n"),
        }
    }
    let size_entry = if trailer.contains("/Size") { String::new() } else { format!("/Size {size} ") };
    out.extend_from_slice(format!("trailer\n<< {size_entry}{trailer} >>\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    out
}

/// A stream object's body: `dict` is the inside of its dictionary, without `/Length`.
pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< /Length {} {dict} >>\nstream\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}

/// A text object's body.
pub fn text(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

/// The objects of a one-page PDF saying `words`: catalog 1, pages 2, page 3,
/// content 4, font 5. Callers replace or add objects.
pub fn one_page(words: &str) -> Vec<Obj> {
    vec![
        (1, text("<< /Type /Catalog /Pages 2 0 R >>")),
        (2, text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")),
        (3, text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")),
        (4, stream("", format!("BT /F1 12 Tf 72 720 Td ({words}) Tj ET").as_bytes())),
        (5, text("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")),
    ]
}

/// Replaces object `n` in `objects`.
pub fn with(mut objects: Vec<Obj>, n: u32, body: Vec<u8>) -> Vec<Obj> {
    objects.retain(|(m, _)| *m != n);
    objects.push((n, body));
    objects.sort_by_key(|(m, _)| *m);
    objects
}
