//! `meta.xml`: the document's properties (ODF 1.3 part 3, 4) into [`Metadata`].

use super::xml::{attr, stream, Flow, Ns, Step};
use crate::document::Metadata;
use crate::error::Error;
use crate::limits::Limits;

/// The names LibreOffice gives the statistics of a Word file's `app.xml` and
/// `core.xml` when it imports one (`AppVersion`, `DocSecurity`…). A Word
/// file's reader leaves them out of its custom properties; so does this one.
/// `Company` and `Manager`, imported the same way, go to their own fields.
const IMPORTED_STATISTICS: &[&str] = &[
    "AppVersion",
    "DocSecurity",
    "HyperlinksChanged",
    "LinksUpToDate",
    "ScaleCrop",
    "ShareDoc",
    "OOXMLCorePropertyCategory",
    "OOXMLCorePropertyVersion",
    "OOXMLCorePropertyContentStatus",
];

/// How many custom properties are kept.
const MAX_CUSTOM: usize = 10_000;

/// Reads `meta.xml`.
pub(super) fn read(xml: &[u8], limits: &Limits) -> Result<Metadata, Error> {
    let mut m = Metadata::default();
    // The element whose text is being read, and the name of a user-defined property.
    let mut open: Vec<(Ns, String)> = Vec::new();
    let mut property = String::new();
    let mut text = String::new();
    stream(xml, "meta.xml", limits, &mut |step| {
        match step {
            Step::Open(ns, e) => {
                let local = e.local_name().as_ref().to_string();
                match (ns, local.as_str()) {
                    (Ns::Meta, "user-defined") => property = attr(e, "name").unwrap_or_default(),
                    (Ns::Meta, "document-statistic") => {
                        m.stored_word_count = attr(e, "word-count").and_then(|v| v.parse().ok())
                    }
                    (Ns::Meta, "template") => {
                        m.template = attr(e, "href").filter(|h| !h.is_empty()).or_else(|| attr(e, "title"))
                    }
                    _ => {}
                }
                open.push((ns, local));
                text.clear();
            }
            Step::Text(s) if text.len() < 4096 => text.push_str(s),
            Step::Text(_) => {}
            Step::Close => {
                if let Some((ns, local)) = open.pop() {
                    let value = std::mem::take(&mut text).trim().to_string();
                    if !value.is_empty() {
                        set(&mut m, ns, &local, &property, value);
                    }
                }
            }
        }
        Ok(Flow::Enter)
    })?;
    Ok(m)
}

fn set(m: &mut Metadata, ns: Ns, local: &str, property: &str, value: String) {
    match (ns, local) {
        (Ns::Dc, "title") => m.title = Some(value),
        (Ns::Meta, "initial-creator") => m.author = Some(value),
        (Ns::Dc, "creator") => m.last_modified_by = Some(value),
        (Ns::Meta, "creation-date") => m.created = Some(value),
        (Ns::Dc, "date") => m.modified = Some(value),
        (Ns::Meta, "generator") => m.application = Some(value),
        (Ns::Meta, "editing-duration") => m.editing_time = Some(value),
        (Ns::Meta, "user-defined") => match property {
            "Company" => m.company = Some(value),
            "Manager" => m.manager = Some(value),
            p if IMPORTED_STATISTICS.contains(&p) || p.is_empty() => {}
            p if m.custom.len() < MAX_CUSTOM => m.custom.push((p.to_string(), value)),
            _ => {}
        },
        _ => {}
    }
}
