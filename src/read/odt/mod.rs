//! OpenDocument text (`.odt`, LibreOffice's own format) into the neutral
//! [`Document`], the way LibreOffice shows it (ODF 1.3).
//!
//! - `content.xml` holds the body, with notes, comments and tracked changes
//!   inline; `styles.xml` the master pages' headers and footers; `meta.xml`
//!   the properties; `META-INF/manifest.xml` the entries and their encryption.
//! - Tracked changes are read as accepted: inserted text is in the body,
//!   deleted text only in its change.
//! - The package is read under the same limits as a Word file, and a DOCTYPE
//!   in any part is refused ([`xml`]).
//! - Flat OpenDocument (`.fodt`, one XML file) is not read: the sniffer does
//!   not recognise it, and calls ask for Word or PDF.
//!
//! Modules: [`package`] (ZIP, manifest, macros), [`xml`] (one bounded pass),
//! [`styles`], [`meta`], and [`body`], the handler table, with one tracker per
//! concern ([`paragraphs`], [`hidden`], [`links`], [`notes`], [`comments`], [`changes`]).

mod body;
mod changes;
mod comments;
mod hidden;
mod links;
mod meta;
mod notes;
mod package;
mod paragraphs;
mod styles;
mod xml;

use crate::document::Document;
use crate::error::{Error, ErrorKind};
use crate::limits::Limits;
use body::{Part, Reader};
use package::OdtPackage;
use styles::Styles;

/// Reads an OpenDocument text file.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, Error> {
    let mut pkg = OdtPackage::open(bytes, limits)?;
    // The manifest first: an encrypted file's parts cannot be inflated.
    let manifest = match pkg.read("META-INF/manifest.xml")? {
        Some(xml) => package::manifest(&xml, limits)?,
        None => package::Manifest::default(),
    };
    if manifest.encrypted {
        return Err(Error::new(ErrorKind::PasswordProtected));
    }
    let content = pkg.read("content.xml")?.ok_or_else(|| Error::corrupt("the file has no content.xml part"))?;

    let mut doc = Document { notes_separated: true, ..Document::default() };
    let mut budget = limits.max_text_chars;
    let mut styles = Styles::default();
    if let Some(xml) = pkg.read("styles.xml")? {
        let mut reader = Reader::new(Part::Styles, styles, limits, &mut budget);
        reader.read(&xml, "styles.xml", &mut doc)?;
        styles = reader.styles;
    }
    // Headers and footers come first in `styles.xml`; the body's blocks are
    // the document's, so they are read into their own list and joined after.
    let headers_footers = std::mem::take(&mut doc.headers_footers);
    let hidden_in_headers = std::mem::take(&mut doc.hidden_text);
    Reader::new(Part::Content, styles, limits, &mut budget).read(&content, "content.xml", &mut doc)?;
    doc.headers_footers.splice(0..0, headers_footers);
    doc.hidden_text.extend(hidden_in_headers);

    if let Some(xml) = pkg.read("meta.xml")? {
        doc.metadata = meta::read(&xml, limits)?;
    }
    let names = pkg.names();
    doc.macros = package::macros(&names, &manifest);
    let objects: Vec<String> = doc.embedded.iter().map(|e| e.name.clone()).collect();
    for (e, bytes) in doc.embedded.iter_mut().zip(pkg.object_sizes(&objects)) {
        e.bytes = bytes;
    }
    super::add_plain_text_links(&mut doc);
    Ok(doc)
}
