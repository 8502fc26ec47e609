//! Small helpers shared by the XML readers.

use quick_xml::events::{BytesRef, BytesStart};
use quick_xml::XmlVersion;

/// The value of the attribute whose local name is `name` (any prefix).
pub fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|c| c.into_owned()))
}

/// Whether an on/off property is on: present without `val`, or with a `val`
/// other than `false`, `0`, `off` (ECMA-376 ST_OnOff).
pub fn on_off(e: &BytesStart<'_>) -> bool {
    match attr(e, "val") {
        None => true,
        Some(v) => !matches!(v.as_str(), "false" | "0" | "off"),
    }
}

/// Whether `xml` declares a document type (`<!DOCTYPE`) before its root
/// element. Office Open XML and OpenDocument forbid one and no office
/// program writes one; a part that has one was made to attack XML readers
/// (entity expansion, "billion laughs"), so the package is refused rather
/// than read as if the entities were absent.
pub fn declares_doctype(xml: &[u8]) -> bool {
    let mut rest = xml.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(xml);
    loop {
        rest = rest.trim_ascii_start();
        let skip_to = |end: &[u8], rest: &[u8]| rest.windows(end.len()).position(|w| w == end).map(|i| i + end.len());
        let next = if rest.starts_with(b"<?") {
            skip_to(b"?>", rest)
        } else if rest.starts_with(b"<!--") {
            skip_to(b"-->", rest)
        } else {
            return rest.starts_with(b"<!DOCTYPE");
        };
        match next.and_then(|i| rest.get(i..)) {
            Some(after) => rest = after,
            None => return false,
        }
    }
}

/// Resolves `&amp;`, `&#233;` and the other predefined references. Unknown
/// entities (a DTD's own) are never expanded: that is what makes
/// "billion laughs" files harmless here.
pub fn resolve_ref(r: &BytesRef<'_>) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match r.xml10_content().as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

/// Calls `f` on every opening or empty element of `xml`, in order, refusing
/// nesting deeper than the limit. `part` names the part in error messages
/// ("the comments part"). For readers that only look at elements one by one.
pub fn each_element(
    xml: &[u8],
    limits: &crate::limits::Limits,
    part: &str,
    mut f: impl FnMut(&BytesStart<'_>) -> Result<(), crate::error::Error>,
) -> Result<(), crate::error::Error> {
    use crate::error::Error;
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        let ev = reader.read_event_into(&mut buf).map_err(|e| Error::corrupt(format!("{part} is damaged ({e})")))?;
        match ev {
            Event::Start(ref e) => {
                depth += 1;
                if depth > limits.max_xml_depth {
                    return Err(Error::too_large(format!(
                        "the document's XML is nested more than {} levels deep",
                        limits.max_xml_depth
                    )));
                }
                f(e)?;
            }
            Event::Empty(ref e) => f(e)?,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::declares_doctype;

    #[test]
    fn a_doctype_is_seen_after_the_declaration_comments_and_a_bom() {
        let laughs =
            b"<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]><w:document/>";
        assert!(declares_doctype(laughs));
        assert!(declares_doctype(b"\xEF\xBB\xBF<!DOCTYPE x><x/>"));
    }

    #[test]
    fn ordinary_parts_and_doctype_text_inside_elements_are_not_doctypes() {
        assert!(!declares_doctype(b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document/>"));
        assert!(!declares_doctype(b"<w:t>&lt;!DOCTYPE html&gt;</w:t>"));
        assert!(!declares_doctype(b"<a><!DOCTYPE b></a>"));
        assert!(!declares_doctype(b"<?xml unfinished"));
        assert!(!declares_doctype(b""));
    }
}
