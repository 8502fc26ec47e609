//! Who made the file: `/Author` and `/Creator` of the Info dictionary, and
//! their twins in the catalog's XMP packet. `/Title`, `/Producer` and the
//! dates stay.
//!
//! `/Creator` goes whole: it names the program the document was made with,
//! and often the file it was made from (`Microsoft Word - draft 3
//! asouza.docx`), and no rule tells a program's name from a person's.

use super::objects::{as_dict, catalog_id, dict_mut};
use lopdf::{Document as Pdf, Object};
use quick_xml::events::{BytesStart, Event};

/// The Info entries removed.
const INFO_KEYS: [&[u8]; 2] = [b"Author", b"Creator"];

/// XMP properties removed, by local name as the checker reads them:
/// `dc:creator` (the authors), `dc:contributor`, `xmp:CreatorTool` (Info's
/// `/Creator`), and `pdf:Author`, which some programs write beside `dc:creator`.
const XMP_PROPERTIES: [&str; 4] = ["creator", "contributor", "CreatorTool", "Author"];

/// Largest XMP packet rewritten: 4 MB, as the reader reads (real ones are a
/// few KB). A larger one, or one that cannot be decoded, is removed whole.
const MAX_XMP: usize = 4 << 20;

/// Removes `/Author` and `/Creator` from the Info dictionary; returns how many there were.
pub(super) fn remove_info_authors(pdf: &mut Pdf) -> usize {
    let info = match pdf.trailer.get(b"Info") {
        Ok(Object::Reference(id)) => {
            let id = *id;
            pdf.objects.get_mut(&id).and_then(dict_mut)
        }
        Ok(Object::Dictionary(_)) => pdf.trailer.get_mut(b"Info").ok().and_then(dict_mut),
        _ => None,
    };
    let Some(info) = info else { return 0 };
    INFO_KEYS.iter().filter(|k| info.remove(k).is_some()).count()
}

/// What became of the catalog's XMP packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Xmp {
    /// None, or nothing to remove: left as it was.
    Kept,
    /// Rewritten without this many properties.
    Rewritten(usize),
    /// Removed whole: it could not be decoded or read as XML.
    Dropped,
}

/// Rewrites the catalog's XMP packet without the properties that name its
/// authors and program; removes it when it cannot be read.
pub(super) fn clean_xmp(pdf: &mut Pdf) -> Xmp {
    let Some(root) = catalog_id(pdf) else { return Xmp::Kept };
    let Some(entry) = pdf.objects.get(&root).and_then(as_dict).and_then(|c| c.get(b"Metadata").ok()) else {
        return Xmp::Kept;
    };
    let Object::Reference(id) = *entry else { return Xmp::Kept };
    let outcome = match pdf.objects.get_mut(&id) {
        Some(Object::Stream(s)) => match s.get_plain_content_with_limit(MAX_XMP).ok().and_then(|x| without_authors(&x))
        {
            Some((_, 0)) => Xmp::Kept,
            Some((xml, n)) => {
                s.set_plain_content(xml);
                Xmp::Rewritten(n)
            }
            None => Xmp::Dropped,
        },
        // Not a stream: nothing a reader takes for metadata.
        _ => Xmp::Kept,
    };
    if outcome == Xmp::Dropped {
        if let Some(catalog) = pdf.objects.get_mut(&root).and_then(dict_mut) {
            catalog.remove(b"Metadata");
        }
    }
    outcome
}

/// The XMP packet without the [`XMP_PROPERTIES`], as elements (with all they
/// hold) or as attributes, and how many went; everything else is copied as
/// written. `None` when it is not well-formed XML.
pub(super) fn without_authors(xml: &[u8]) -> Option<(Vec<u8>, usize)> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut writer = quick_xml::Writer::new(Vec::with_capacity(xml.len()));
    let mut buf = Vec::new();
    let mut removed = 0;
    // Depth inside a removed element (0 outside one), and of all elements.
    let mut skipping = 0usize;
    let mut open = 0usize;
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        match &event {
            Event::Start(_) => open += 1,
            Event::End(_) => open = open.checked_sub(1)?,
            _ => {}
        }
        match event {
            Event::Eof => break,
            Event::Start(_) if skipping > 0 => skipping += 1,
            Event::End(_) if skipping > 0 => skipping -= 1,
            _ if skipping > 0 => {}
            Event::Start(e) if is_removed(&e) => {
                removed += 1;
                skipping = 1;
            }
            Event::Empty(e) if is_removed(&e) => removed += 1,
            Event::Start(e) => {
                let (e, n) = without_attributes(e)?;
                removed += n;
                writer.write_event(Event::Start(e)).ok()?;
            }
            Event::Empty(e) => {
                let (e, n) = without_attributes(e)?;
                removed += n;
                writer.write_event(Event::Empty(e)).ok()?;
            }
            other => writer.write_event(other).ok()?,
        }
        buf.clear();
    }
    (open == 0).then(|| (writer.into_inner(), removed))
}

fn is_removed(e: &BytesStart<'_>) -> bool {
    XMP_PROPERTIES.contains(&e.local_name().as_ref())
}

/// The element without the [`XMP_PROPERTIES`] written as its attributes
/// (`<rdf:Description xmp:CreatorTool="Word">`), and how many went.
fn without_attributes(e: BytesStart<'_>) -> Option<(BytesStart<'_>, usize)> {
    let mut gone = 0;
    for a in e.attributes() {
        if XMP_PROPERTIES.contains(&a.ok()?.key.local_name().as_ref()) {
            gone += 1;
        }
    }
    if gone == 0 {
        return Some((e, 0));
    }
    let mut kept = BytesStart::new(e.name().as_ref().to_string());
    for a in e.attributes() {
        let a = a.ok()?;
        if XMP_PROPERTIES.contains(&a.key.local_name().as_ref()) {
            continue;
        }
        // Written back between double quotes, as is: a value quoted with ' that holds a " cannot be.
        if a.value.contains('"') {
            return None;
        }
        kept.push_attribute(a);
    }
    Some((kept.into_owned(), gone))
}

#[cfg(test)]
mod tests {
    use super::without_authors;

    /// An XMP packet as Word's "Save as PDF" writes it (trimmed), authors as elements.
    const WORD: &str = r#"<?xpacket begin="﻿" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Housing &amp; rights</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>Ana Souza</rdf:li></rdf:Seq></dc:creator></rdf:Description><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>Microsoft® Word for Microsoft 365</xmp:CreatorTool><xmp:CreateDate>2024-05-02T10:11:12+02:00</xmp:CreateDate></rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"#;

    #[test]
    fn authors_written_as_elements_go_and_the_rest_is_copied_as_written() {
        let (xml, removed) = without_authors(WORD.as_bytes()).expect("well-formed");
        let xml = String::from_utf8(xml).expect("UTF-8");
        assert_eq!(removed, 2);
        let expected = WORD
            .replace("<dc:creator><rdf:Seq><rdf:li>Ana Souza</rdf:li></rdf:Seq></dc:creator>", "")
            .replace("<xmp:CreatorTool>Microsoft® Word for Microsoft 365</xmp:CreatorTool>", "");
        assert_eq!(xml, expected);
    }

    #[test]
    fn authors_written_as_attributes_go() {
        let xmp = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about='' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" pdf:Producer="Acrobat" pdf:Author='Ana &amp; Jo' xmp:CreatorTool="Word"/></rdf:RDF>"#;
        let (xml, removed) = without_authors(xmp.as_bytes()).expect("well-formed");
        assert_eq!(removed, 2);
        assert_eq!(
            String::from_utf8(xml).expect("UTF-8"),
            r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" pdf:Producer="Acrobat"/></rdf:RDF>"#
        );
    }

    #[test]
    fn a_packet_that_is_not_xml_is_not_rewritten() {
        assert_eq!(without_authors(b"<x:xmpmeta><dc:creator>Ana</x:xmpmeta>"), None);
        assert_eq!(without_authors(b"<a><dc:creator>Ana</dc:creator>"), None);
    }
}
