//! The PDF clean copy (issue 19): the same PDF without what a call would
//! publish by mistake, since contributions are published in full, as received.
//!
//! What goes, kind by kind ([`Removed`] counts each):
//! - review annotations: notes, highlights and other text markup, ink,
//!   shapes, stamps, free text, sounds, attached files, and their pop-ups
//!   (`annotations`); links, form fields and `Redact` marks stay;
//! - scripts and automatic actions: document JavaScript, an open action that
//!   does more than open at a page, every `/AA`, and JavaScript actions on
//!   the links, bookmarks and fields that stay (`actions`), and an XFA form
//!   that holds scripts (`xfa`; a dynamic one is refused);
//! - embedded files: attachments, associated files (`/AF`), and the
//!   embedded copy in any file specification (`files`);
//! - who made it: `/Author` and `/Creator` of the Info dictionary, and
//!   `dc:creator`, `dc:contributor`, `xmp:CreatorTool`, `pdf:Author` of the
//!   XMP packet, which is rewritten without them (`metadata`).
//!
//! The copy is a full rewrite of the objects that remain, never an
//! incremental update: removed objects, and whatever earlier revisions of
//! the file held, are not in it. Page content, fonts and images are copied
//! as they are. An encrypted PDF that opens without a password is written
//! decrypted ([`Removed::decrypted`]). Before it is returned the copy is read
//! again, as the checker reads it: it must hold none of what was removed and
//! show the same text, links and pages as the original, or there is no copy.
//! Each refusal of the cleaner's own is a catalogue message (`refusal`).
//!
//! ```
//! use submission_checker::{clean_pdf::clean_pdf, limits::Limits};
//!
//! // A PDF that cannot be read gives the reader's error.
//! let err = clean_pdf(b"%PDF-1.7\n%%EOF", &Limits::default()).unwrap_err();
//! assert_eq!(err.code(), "corrupt");
//! ```

mod actions;
mod annotations;
mod files;
mod metadata;
mod objects;
mod refusal;
mod xfa;

use crate::document::Document;
use crate::error::Error;
use crate::limits::Limits;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use refusal::Refusal;
use serde::Serialize;
use std::collections::HashSet;

/// A clean copy of a PDF, and what was removed to make it.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The clean PDF.
    pub bytes: Vec<u8>,
    /// What was removed, kind by kind.
    pub removed: Removed,
}

/// What the clean copy no longer holds, kind by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// Review annotations (the checker's `pdf-annotations`): notes,
    /// highlights, underlines, strike-outs, squiggles, carets, ink, shapes,
    /// stamps, free text, sounds. Their pop-up windows go too, uncounted;
    /// attached files are counted in [`Removed::embedded_files`].
    pub annotations: usize,
    /// Scripts and automatic actions: each document-level script, the open
    /// action when it does more than open at a page, each `/AA` (actions on
    /// opening, closing or printing the document, on showing a page, on
    /// typing in a field...), and each JavaScript action taken off a link,
    /// bookmark or field that stays.
    pub scripts: usize,
    /// Embedded files: each file the PDF held, however many places named it
    /// (the document's attachments, files attached to a page, associated files).
    pub embedded_files: usize,
    /// Entries removed from the Info dictionary: `/Author`, `/Creator`.
    pub info_fields: usize,
    /// Properties removed from the XMP metadata packet, which was rewritten
    /// without them: `dc:creator`, `dc:contributor`, `xmp:CreatorTool`, `pdf:Author`.
    pub xmp_properties: usize,
    /// The XMP packet was removed whole: it could not be read as XML (or was
    /// over 4 MB), so what it says could not be checked. The title and dates
    /// in the Info dictionary stay.
    pub xmp_dropped: bool,
    /// The original was encrypted, and opened without a password; the copy is
    /// not encrypted, so the restrictions it set (printing, copying text) are gone.
    pub decrypted: bool,
    /// Digital signatures in the original, which no longer validate in the
    /// copy: any change to a signed PDF breaks them.
    pub signatures: usize,
}

impl Removed {
    /// Whether the copy differs from the original in nothing that counts.
    pub fn is_empty(&self) -> bool {
        *self == Removed::default()
    }
}

/// A clean copy of a PDF. A file that cannot be read gives the reader's
/// error; a copy that would still hold something removed, or not show what
/// the original shows, a `corrupt` error with the catalogue's words for why. Never panics; bounded by the
/// reader's limits.
pub fn clean_pdf(bytes: &[u8], limits: &Limits) -> Result<Cleaned, Error> {
    crate::read::check_file_size(bytes, limits)?;
    let mut pdf = crate::read::load_pdf(bytes, limits)?;
    let original = crate::read::read_loaded_pdf(&pdf, limits)?;
    let mut removed = Removed { decrypted: pdf.encryption_state.is_some(), ..Removed::default() };

    // Only what the document reaches is written: not the old revisions, nor
    // what this cleaning unlinks.
    pdf.trailer = fresh_trailer(&pdf.trailer);
    mend_page_tree(&mut pdf, limits);
    pdf.prune_objects();
    removed.signatures = signatures(&pdf);
    let files_before = files::embedded(&pdf)?;

    removed.annotations = annotations::remove(&mut pdf)?;
    removed.scripts = actions::remove_document_scripts(&mut pdf, limits);
    removed.scripts += xfa::remove(&mut pdf, limits)?;
    files::remove_document_files(&mut pdf);
    // What those unlinked is not swept (nor counted): it is not written.
    pdf.prune_objects();
    let scripts = actions::script_ids(&pdf);
    let mut swept = 0;
    objects::each_dict_mut(&mut pdf, |d| {
        swept += actions::sweep(d, &scripts);
        files::sweep(d);
    })?;
    removed.scripts += swept;
    removed.info_fields = metadata::remove_info_authors(&mut pdf);
    match metadata::clean_xmp(&mut pdf) {
        metadata::Xmp::Kept => {}
        metadata::Xmp::Rewritten(n) => removed.xmp_properties = n,
        metadata::Xmp::Dropped => removed.xmp_dropped = true,
    }
    removed.embedded_files = files_before.len();

    let bytes = save(&mut pdf)?;
    verify(&original, &bytes, limits)?;
    Ok(Cleaned { bytes, removed })
}

/// A trailer with only what a full file needs from the old one: the
/// catalog, the Info dictionary and the file's identifier (`/Encrypt` went
/// when lopdf decrypted it; `/Prev`, `/XRefStm` and the like described the
/// old file's layout).
fn fresh_trailer(old: &Dictionary) -> Dictionary {
    let mut trailer = Dictionary::new();
    for key in [&b"Root"[..], b"Info", b"ID"] {
        if let Ok(v) = old.get(key) {
            trailer.set(key, v.clone());
        }
    }
    trailer
}

/// A catalog whose `/Pages` is missing or is no dictionary: the reader then
/// takes the page objects in the order they are numbered (as poppler does),
/// and so does the copy, whose page tree lists them; without one, nothing
/// would reach the pages and they would not be written.
fn mend_page_tree(pdf: &mut Pdf, limits: &Limits) {
    let Some(root) = objects::catalog_id(pdf) else { return };
    let Some(catalog) = pdf.objects.get(&root).and_then(objects::as_dict) else { return };
    if objects::get(pdf, catalog, b"Pages").and_then(objects::as_dict).is_some() {
        return;
    }
    let pages: Vec<ObjectId> = pdf
        .objects
        .iter()
        .filter(|(_, o)| matches!(o, Object::Dictionary(d) if d.has_type(b"Page")))
        .map(|(id, _)| *id)
        .take(limits.max_pages)
        .collect();
    let Some(number) = pdf.max_id.checked_add(1) else { return };
    if pages.is_empty() {
        return;
    }
    let tree: ObjectId = (number, 0);
    pdf.max_id = number;
    for id in &pages {
        if let Some(page) = pdf.objects.get_mut(id).and_then(objects::dict_mut) {
            page.set("Parent", tree);
        }
    }
    let count = i64::try_from(pages.len()).unwrap_or(i64::MAX);
    let kids: Vec<Object> = pages.into_iter().map(Object::Reference).collect();
    let mut node = Dictionary::new();
    node.set("Type", Object::Name(b"Pages".to_vec()));
    node.set("Kids", kids);
    node.set("Count", count);
    pdf.objects.insert(tree, Object::Dictionary(node));
    if let Some(catalog) = pdf.objects.get_mut(&root).and_then(objects::dict_mut) {
        catalog.set("Pages", tree);
    }
}

/// Signature values (`/ByteRange` dictionaries) in the document.
fn signatures(pdf: &Pdf) -> usize {
    let mut seen = HashSet::new();
    for (id, obj) in &pdf.objects {
        if matches!(obj, Object::Dictionary(d) if d.has(b"ByteRange") && d.has(b"Contents")) {
            seen.insert(*id);
        }
    }
    seen.len()
}

/// The whole file, written anew with a cross-reference table, each stream's
/// `/Length` set to the bytes it holds.
fn save(pdf: &mut Pdf) -> Result<Vec<u8>, Error> {
    for obj in pdf.objects.values_mut() {
        if let Object::Stream(s) = obj {
            let len = i64::try_from(s.content.len()).unwrap_or(i64::MAX);
            s.dict.set("Length", len);
        }
    }
    pdf.prune_objects();
    // The trailer's /Size is one more than the highest object number left.
    pdf.max_id = pdf.objects.keys().map(|(n, _)| *n).max().unwrap_or(0);
    pdf.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
    let mut out = Vec::new();
    pdf.save_to(&mut out).map_err(|e| Refusal::Write(e.to_string()).error())?;
    Ok(out)
}

/// Reads the copy as the checker does: it must hold no annotation, script,
/// embedded file or author the cleaning removes, and show what the original
/// shows.
fn verify(original: &Document, bytes: &[u8], limits: &Limits) -> Result<(), Error> {
    let copy = crate::read::load_pdf(bytes, limits)
        .and_then(|pdf| crate::read::read_loaded_pdf(&pdf, limits))
        .map_err(|e| Refusal::Unreadable(e.to_string()).error())?;
    let review = |subtype: &str| subtype.is_empty() || annotations::REVIEW.contains(&subtype.as_bytes());
    let left = [
        ("clean-pdf.left.annotations", copy.annotations.iter().any(|a| review(&a.subtype))),
        ("clean-pdf.left.scripts", !copy.scripts.is_empty()),
        ("clean-pdf.left.files", !copy.embedded.is_empty()),
        ("clean-pdf.left.author", copy.metadata.author.is_some() || copy.metadata.application.is_some()),
    ];
    if let Some((what, _)) = left.iter().find(|(_, still)| *still) {
        return Err(Refusal::StillHolds(what).error());
    }
    let differs = [
        ("clean-pdf.what.pages", original.pages != copy.pages),
        ("clean-pdf.what.text", original.body != copy.body || original.notes != copy.notes),
        ("clean-pdf.what.headers-footers", original.headers_footers != copy.headers_footers),
        ("clean-pdf.what.links", original.links != copy.links),
        ("clean-pdf.what.form-fields", original.form_fields != copy.form_fields),
        ("clean-pdf.what.title", original.metadata.title != copy.metadata.title),
    ];
    if let Some((what, _)) = differs.iter().find(|(_, d)| *d) {
        return Err(Refusal::Differs(what).error());
    }
    Ok(())
}
