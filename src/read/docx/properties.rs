//! Core, app and custom document properties (`docProps/*.xml`): title,
//! author, company, template, the word count Word stored, and so on.

use crate::document::Document;
use crate::error::Error;
use crate::limits::Limits;
use crate::read::package::{resolve_target, Package, Relationship};
use crate::read::xml::{attr, resolve_ref};
use quick_xml::events::Event;
use quick_xml::NsReader;

/// Core, app and custom properties, found through the package relationships.
pub(super) fn read_properties(
    pkg: &mut Package<'_>,
    root_rels: &[Relationship],
    doc: &mut Document,
    limits: &Limits,
) -> Result<(), Error> {
    for rel in root_rels.iter().filter(|r| !r.external) {
        let kind = rel.kind_name();
        if !matches!(kind, "core-properties" | "extended-properties" | "custom-properties") {
            continue;
        }
        let Some(xml) = pkg.read(&resolve_target("", &rel.target))? else { continue };
        let leaves = leaf_texts(&xml, limits)?;
        let m = &mut doc.metadata;
        for (parent_name, name, value) in leaves {
            let value = value.trim().to_string();
            if value.is_empty() {
                continue;
            }
            match (kind, name.as_str()) {
                ("core-properties", "title") => m.title = Some(value),
                ("core-properties", "creator") => m.author = Some(value),
                ("core-properties", "lastModifiedBy") => m.last_modified_by = Some(value),
                ("core-properties", "created") => m.created = Some(value),
                ("core-properties", "modified") => m.modified = Some(value),
                ("extended-properties", "Company") => m.company = Some(value),
                ("extended-properties", "Manager") => m.manager = Some(value),
                ("extended-properties", "Template") if m.template.is_none() => m.template = Some(value),
                ("extended-properties", "Application") => m.application = Some(value),
                ("extended-properties", "Words") => m.stored_word_count = value.parse().ok(),
                ("custom-properties", _) if !parent_name.is_empty() => m.custom.push((parent_name, value)),
                _ => {}
            }
        }
    }
    Ok(())
}

/// Every element that holds text directly: (the `name` attribute of the
/// nearest `property` ancestor, the element's local name, its text).
fn leaf_texts(xml: &[u8], limits: &Limits) -> Result<Vec<(String, String, String)>, Error> {
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut property = String::new();
    let mut text = String::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| Error::corrupt(format!("a properties part is damaged ({e})")))?;
        match ev {
            Event::Start(ref e) => {
                if stack.len() >= limits.max_xml_depth {
                    return Err(Error::too_large("XML nested deeper than the limit"));
                }
                let name = e.local_name().as_ref().to_string();
                if name == "property" {
                    property = attr(e, "name").unwrap_or_default();
                }
                stack.push(name);
                text.clear();
            }
            Event::Text(ref t) => text.push_str(&t.xml10_content()),
            Event::GeneralRef(ref r) => {
                if let Some(c) = resolve_ref(r) {
                    text.push(c);
                }
            }
            Event::End(_) => {
                if let Some(name) = stack.pop() {
                    if !text.is_empty() && out.len() < 10_000 {
                        out.push((property.clone(), name, std::mem::take(&mut text)));
                    }
                }
                text.clear();
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}
