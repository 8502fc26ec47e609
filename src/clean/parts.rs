//! The small parts the clean copy rewrites besides the stories: relationships,
//! content types, settings and document properties. Each is streamed and
//! written back event by event; an element is kept as written, dropped with
//! all it holds, or (content types) has its start tag replaced.

use crate::error::Error;
use crate::limits::Limits;
use crate::read::xml::attr;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// What to do with an element.
pub(super) enum Edit {
    Keep,
    /// Dropped with everything in it.
    Drop,
    /// Its start tag is replaced by one with this name and these attributes
    /// (the bytes between `<` and `>` or `/>`).
    Replace(Vec<u8>),
}

/// Rewrites `xml`, asking `decide` about every element with its depth (the
/// root is 0); gives the new bytes and how many elements were dropped.
pub(super) fn edit_elements(
    xml: &[u8],
    part: &str,
    limits: &Limits,
    mut decide: impl FnMut(&BytesStart<'_>, usize) -> Edit,
) -> Result<(Vec<u8>, usize), Error> {
    let (bom, xml) = split_bom(xml);
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::with_capacity(xml.len() + bom.len());
    out.extend_from_slice(bom);
    let mut depth = 0usize;
    let mut dropping = 0usize;
    let mut dropped = 0usize;
    loop {
        let from = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let ev = reader.read_event().map_err(|e| Error::corrupt(format!("{part} is damaged ({e})")))?;
        let to = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let raw = xml.get(from..to).ok_or_else(|| Error::corrupt(format!("{part} is damaged")))?;
        if depth >= limits.max_xml_depth {
            return Err(Error::too_large(format!(
                "the document's XML is nested more than {} levels deep",
                limits.max_xml_depth
            )));
        }
        let (start, empty) = match ev {
            Event::Eof => break,
            Event::Start(ref e) => (Some(e), false),
            Event::Empty(ref e) => (Some(e), true),
            _ => (None, false),
        };
        if dropping > 0 {
            match ev {
                Event::Start(_) => dropping += 1,
                Event::End(_) => dropping -= 1,
                _ => {}
            }
            continue;
        }
        match start {
            Some(e) => {
                match decide(e, depth) {
                    Edit::Keep => out.extend_from_slice(raw),
                    Edit::Replace(tag) => {
                        out.push(b'<');
                        out.extend_from_slice(&tag);
                        out.extend_from_slice(if empty { b"/>" } else { b">" });
                    }
                    Edit::Drop => {
                        dropped += 1;
                        if !empty {
                            dropping = 1;
                        }
                        continue;
                    }
                }
                if !empty {
                    depth += 1;
                }
            }
            None => {
                if matches!(ev, Event::End(_)) {
                    depth = depth.saturating_sub(1);
                }
                out.extend_from_slice(raw);
            }
        }
    }
    Ok((out, dropped))
}

/// A UTF-8 byte order mark, and the rest. quick-xml skips a BOM without
/// counting it in its positions, so the byte ranges of events would be off
/// by three: the BOM is copied apart and the XML read without it.
pub(super) fn split_bom(xml: &[u8]) -> (&[u8], &[u8]) {
    match xml.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (b"\xEF\xBB\xBF", rest),
        None => (b"", xml),
    }
}

/// A `Relationships` part without the relationships whose `Id` is in `ids`.
pub(super) fn drop_relationships(xml: &[u8], ids: &[String], limits: &Limits) -> Result<Vec<u8>, Error> {
    let (out, _) = edit_elements(xml, "a relationships part", limits, |e, _| {
        if e.local_name().as_ref() == "Relationship" && attr(e, "Id").is_some_and(|id| ids.contains(&id)) {
            Edit::Drop
        } else {
            Edit::Keep
        }
    })?;
    Ok(out)
}

/// The main part's content type in a `.docm`, and in a `.docx`.
const MACRO_MAIN: &str = "application/vnd.ms-word.document.macroEnabled.main+xml";
const PLAIN_MAIN: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

/// The VBA project's content type, which Word gives by extension (`.bin`).
const VBA_PROJECT: &str = "application/vnd.ms-office.vbaProject";

/// `[Content_Types].xml` without the overrides of removed parts (`/word/comments.xml`,
/// compared case-insensitively), the main part's macro-enabled type made plain,
/// and the VBA project's default type gone when no part of its extension is kept.
pub(super) fn edit_content_types(
    xml: &[u8],
    removed: &[String],
    kept: &[String],
    limits: &Limits,
) -> Result<Vec<u8>, Error> {
    let (out, _) = edit_elements(xml, "the content types part", limits, |e, _| {
        if e.local_name().as_ref() == "Default" {
            let vba = attr(e, "ContentType").is_some_and(|t| t.eq_ignore_ascii_case(VBA_PROJECT));
            let ext = attr(e, "Extension").unwrap_or_default().to_ascii_lowercase();
            let used = kept.iter().any(|k| k.to_ascii_lowercase().ends_with(&format!(".{ext}")));
            return if vba && !used { Edit::Drop } else { Edit::Keep };
        }
        if e.local_name().as_ref() != "Override" {
            return Edit::Keep;
        }
        let name = attr(e, "PartName").unwrap_or_default();
        let name = name.trim_start_matches('/');
        if removed.iter().any(|r| r.eq_ignore_ascii_case(name)) {
            return Edit::Drop;
        }
        if attr(e, "ContentType").is_some_and(|t| t.eq_ignore_ascii_case(MACRO_MAIN)) {
            let mut tag = BytesStart::new(e.name().as_ref().to_string());
            for a in e.attributes().flatten() {
                if a.key.local_name().as_ref() == "ContentType" {
                    tag.push_attribute((a.key.as_ref(), PLAIN_MAIN));
                } else {
                    tag.push_attribute(a);
                }
            }
            return Edit::Replace(tag.as_bytes().to_vec());
        }
        Edit::Keep
    })?;
    Ok(out)
}

/// Drops the children of the root whose local names are in `names`; gives
/// the new bytes and how many were dropped.
pub(super) fn drop_children(
    xml: &[u8],
    part: &str,
    names: &[&str],
    limits: &Limits,
) -> Result<(Vec<u8>, usize), Error> {
    edit_elements(xml, part, limits, |e, depth| {
        let local = e.local_name();
        if depth == 1 && names.iter().any(|n| *n == local.as_ref()) {
            Edit::Drop
        } else {
            Edit::Keep
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_with_nothing_to_change_comes_back_byte_for_byte() {
        let limits = Limits::default();
        for xml in [
            &b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n<a x='1'><b/><!-- c --><c>t&amp;</c></a>"[..],
            b"<?xml version=\"1.0\"?><a><b/></a>\n",
        ] {
            let (out, n) = drop_children(xml, "a test part", &["none"], &limits).unwrap();
            assert_eq!((out.as_slice(), n), (xml, 0));
        }
        let (out, n) = drop_children(b"\xEF\xBB\xBF<a><b>x</b><c/></a>", "a test part", &["b"], &limits).unwrap();
        assert_eq!((out.as_slice(), n), (&b"\xEF\xBB\xBF<a><c/></a>"[..], 1));
    }
}
