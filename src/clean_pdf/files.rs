//! Embedded files: the document's attachments (`/Names /EmbeddedFiles`, and
//! the portfolio view over them, `/Collection`), files attached to a page
//! (removed with the review annotations), associated files (`/AF`, PDF 2.0),
//! and the embedded copy in any other file specification (`/EF`), which
//! then names a file without holding it.

use super::objects::{as_dict, catalog_id, each_dict, entry_dict_mut, get, resolve};
use crate::error::Error;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use std::collections::HashSet;

/// The embedded file streams the document holds: those a file
/// specification's `/EF` names. (Not every stream typed `/EmbeddedFile`:
/// LiveCycle types the parts of its XFA forms so, and they are the form.)
pub(super) fn embedded(pdf: &Pdf) -> Result<HashSet<ObjectId>, Error> {
    let mut ids = HashSet::new();
    each_dict(pdf, |d| {
        if let Some(ef) = get(pdf, d, b"EF").and_then(as_dict) {
            for (_, f) in ef.iter() {
                if let Object::Reference(id) = f {
                    if matches!(resolve(pdf, f), Object::Stream(_)) {
                        ids.insert(*id);
                    }
                }
            }
        }
    })?;
    Ok(ids)
}

/// Removes the document's attachments and its portfolio view.
pub(super) fn remove_document_files(pdf: &mut Pdf) {
    let Some(root) = catalog_id(pdf) else { return };
    if let Some(names) = entry_dict_mut(pdf, root, b"Names") {
        names.remove(b"EmbeddedFiles");
    }
    if let Some(catalog) = pdf.objects.get_mut(&root).and_then(super::objects::dict_mut) {
        catalog.remove(b"Collection");
    }
}

/// Cleans one dictionary: a file specification loses its embedded file and
/// related files (`/EF`, `/RF`), anything loses its associated files (`/AF`).
pub(super) fn sweep(d: &mut Dictionary) {
    if d.remove(b"EF").is_some() {
        d.remove(b"RF");
    }
    d.remove(b"AF");
}
