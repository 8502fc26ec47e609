//! One bounded pass over an OpenDocument XML part: namespaces resolved to the
//! few the readers know, nesting limited, and a DOCTYPE refused.
//!
//! An OpenDocument part never declares a DOCTYPE (ODF 1.3 part 3, 3.1: the
//! schema is RELAX NG). One that does is refused as damaged rather than read
//! with its entities left unexpanded: what such a file shows is not what an
//! office program would show, and the usual reason for one is an entity
//! attack ("billion laughs").

use crate::error::Error;
use crate::limits::Limits;
use crate::read::xml::resolve_ref;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;

/// The namespaces the readers act on (ODF 1.3 part 3, 1.5). Others are `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ns {
    Office,
    Text,
    Table,
    Draw,
    Style,
    Dc,
    Meta,
    Svg,
    Manifest,
    /// LibreOffice's extensions (`loext:`), such as a comment's `resolved`.
    LoExt,
    Other,
}

fn ns_of(r: &ResolveResult<'_>) -> Ns {
    let ResolveResult::Bound(Namespace(uri)) = r else { return Ns::Other };
    match *uri {
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0" => Ns::Office,
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0" => Ns::Text,
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0" => Ns::Table,
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" => Ns::Draw,
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0" => Ns::Style,
        "http://purl.org/dc/elements/1.1/" => Ns::Dc,
        "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" => Ns::Meta,
        "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" => Ns::Svg,
        "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" => Ns::Manifest,
        "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" => Ns::LoExt,
        _ => Ns::Other,
    }
}

/// What a pass hands its handler.
pub(super) enum Step<'e> {
    /// An element opens. Every `Open` is followed, in time, by its `Close`
    /// (an empty element gives both at once).
    Open(Ns, &'e BytesStart<'e>),
    /// Character data (references resolved) in the innermost open element.
    Text(&'e str),
    /// The innermost open element closes.
    Close,
}

/// What the handler wants after an `Open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Flow {
    /// Read what the element holds.
    Enter,
    /// Pass over everything inside it; only its `Close` follows.
    Skip,
}

/// Streams `xml` (the part called `part`) to `handle`. A `dyn` handler: one
/// copy of the loop in the wasm for the body, meta and manifest readers.
pub(super) fn stream(
    xml: &[u8],
    part: &str,
    limits: &Limits,
    handle: &mut dyn FnMut(Step<'_>) -> Result<Flow, Error>,
) -> Result<(), Error> {
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::with_capacity(1024);
    let mut depth = 0usize;
    // The depth at which a skipped element opened.
    let mut skipping: Option<usize> = None;
    loop {
        let pos = reader.buffer_position();
        let (ns, ev) = reader
            .read_resolved_event_into(&mut buf)
            .map_err(|e| Error::corrupt(format!("{part} is damaged near byte {pos} ({e})")))?;
        match ev {
            Event::DocType(_) => return Err(doctype(part)),
            Event::Start(ref e) => {
                depth += 1;
                if depth > limits.max_xml_depth {
                    return Err(Error::too_large(format!(
                        "the document's XML is nested more than {} levels deep",
                        limits.max_xml_depth
                    )));
                }
                if skipping.is_none() && handle(Step::Open(ns_of(&ns), e))? == Flow::Skip {
                    skipping = Some(depth);
                }
            }
            Event::Empty(ref e) if skipping.is_none() => {
                handle(Step::Open(ns_of(&ns), e))?;
                handle(Step::Close)?;
            }
            Event::End(_) => {
                match skipping {
                    Some(d) if d == depth => {
                        skipping = None;
                        handle(Step::Close)?;
                    }
                    Some(_) => {}
                    None => {
                        handle(Step::Close)?;
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(ref t) if skipping.is_none() => {
                handle(Step::Text(&t.xml10_content()))?;
            }
            Event::CData(ref t) if skipping.is_none() => {
                handle(Step::Text(&t.xml10_content()))?;
            }
            Event::GeneralRef(ref r) if skipping.is_none() => {
                if let Some(c) = resolve_ref(r) {
                    let mut b = [0u8; 4];
                    handle(Step::Text(c.encode_utf8(&mut b)))?;
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

fn doctype(part: &str) -> Error {
    Error::corrupt(format!(
        "{part} declares a DOCTYPE, which OpenDocument files never do; \
         it is not read, so that entities defined there cannot expand"
    ))
}

/// The value of the attribute whose local name is `name` (any prefix).
pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    crate::read::xml::attr(e, name)
}

/// Whether `e` is `ns:local`.
pub(super) fn is(ns: Ns, e: &BytesStart<'_>, want_ns: Ns, local: &str) -> bool {
    ns == want_ns && e.local_name().as_ref() == local
}
