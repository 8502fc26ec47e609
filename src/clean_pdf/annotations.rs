//! Review annotations: taken off every page's `/Annots`, and cut out of the
//! file with every reference to them (pop-ups, replies, the structure tree).

use super::objects::{as_dict, cut, dict_mut, name, resolve};
use crate::error::Error;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use std::collections::HashSet;

/// The annotations removed: PDF's markup annotations (ISO 32000-1, 12.5.6.2,
/// table 170: what Acrobat lists as comments) and the pop-up windows that
/// show their text. Kept: links, form fields (`Widget`), media and 3D,
/// watermarks and printer's marks, and `Redact`: a redaction not yet applied
/// marks text that is still there, and taking the mark away would hide that
/// from the person who made it.
pub(crate) const REVIEW: &[&[u8]] = &[
    b"Text",
    b"FreeText",
    b"Line",
    b"Square",
    b"Circle",
    b"Polygon",
    b"PolyLine",
    b"Highlight",
    b"Underline",
    b"Squiggly",
    b"StrikeOut",
    b"Caret",
    b"Ink",
    b"Stamp",
    b"FileAttachment",
    b"Sound",
    b"Popup",
];

/// Whether an annotation goes: a review kind, or no kind at all (which the
/// checker reports as an annotation of unknown kind).
fn is_review(pdf: &Pdf, annot: &Dictionary) -> bool {
    match name(pdf, annot, b"Subtype") {
        Some(subtype) => REVIEW.contains(&subtype),
        None => true,
    }
}

/// Counted as review notes (as the checker's `pdf-annotations` counts them):
/// pop-ups belong to another annotation, and attached files are counted as
/// embedded files.
fn is_counted(pdf: &Pdf, annot: &Dictionary) -> bool {
    !matches!(name(pdf, annot, b"Subtype"), Some(b"Popup" | b"FileAttachment"))
}

/// Removes the review annotations of every page (every dictionary with
/// `/Annots`); returns how many were removed, pop-ups and attached files
/// not counted.
pub(super) fn remove(pdf: &mut Pdf) -> Result<usize, Error> {
    // Indirect annotations: cut out by number. Direct ones: dropped from their array below.
    let mut gone: HashSet<ObjectId> = HashSet::new();
    let mut counted = 0;
    let mut arrays: HashSet<ObjectId> = HashSet::new();
    for obj in pdf.objects.values() {
        let Some(page) = as_dict(obj) else { continue };
        let Ok(annots) = page.get(b"Annots") else { continue };
        if let Object::Reference(id) = annots {
            arrays.insert(*id);
        }
        let Object::Array(items) = resolve(pdf, annots) else { continue };
        for item in items {
            let Some(annot) = as_dict(resolve(pdf, item)) else { continue };
            if !is_review(pdf, annot) {
                continue;
            }
            let new = match item {
                Object::Reference(id) => gone.insert(*id),
                _ => true,
            };
            if new && is_counted(pdf, annot) {
                counted += 1;
            }
        }
    }
    // Direct annotations, in a page's own array or in an array object.
    let review_direct = |pdf: &Pdf, o: &Object| matches!(o, Object::Dictionary(d) if is_review(pdf, d));
    let direct: Vec<(ObjectId, Vec<usize>)> = pdf
        .objects
        .iter()
        .filter_map(|(id, obj)| {
            let items = match obj {
                Object::Array(a) if arrays.contains(id) => a,
                _ => match as_dict(obj)?.get(b"Annots").ok()? {
                    Object::Array(a) => a,
                    _ => return None,
                },
            };
            let at: Vec<usize> =
                (0..items.len()).filter(|&i| items.get(i).is_some_and(|o| review_direct(pdf, o))).collect();
            (!at.is_empty()).then_some((*id, at))
        })
        .collect();
    for (id, at) in direct {
        let items = match pdf.objects.get_mut(&id) {
            Some(Object::Array(a)) => a,
            Some(o) => match dict_mut(o).and_then(|d| d.get_mut(b"Annots").ok()) {
                Some(Object::Array(a)) => a,
                _ => continue,
            },
            None => continue,
        };
        for i in at.into_iter().rev() {
            if i < items.len() {
                items.remove(i);
            }
        }
    }
    cut(pdf, &gone)?;
    Ok(counted)
}
