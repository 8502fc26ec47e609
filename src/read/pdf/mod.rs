//! PDF reader: lopdf for the file's structure (cross-reference tables and
//! streams, repair of broken ones, objects, filters, decryption), and our own
//! content-stream interpreter for the text (`content`, `fonts`, `layout`).
//!
//! What goes where in the [`Document`]:
//! - the shown text, page by page, as blocks in `body`; running headers and
//!   footers and page numbers in `headers_footers`; footnotes in `notes` when
//!   they can be told apart (smaller type below a short rule), else
//!   `notes_separated` is false when the page feet look like notes;
//! - `/Link` annotations: `/URI` (web or `mailto:`), `/Launch` and `/GoToR`
//!   (files), `/GoTo` and `/Dest` (internal); typed URLs as plain-text links;
//! - other annotations, embedded files, JavaScript and automatic actions,
//!   form fields, and the Info and XMP metadata, for the hidden-content rules;
//! - pages with images and no text in `pages_without_text`;
//! - tags, `/Lang`, `/DisplayDocTitle`, and the structure tree's figures and
//!   tables in `accessibility` (`structure`).
//! - the bookmarks in `outline` (else the lines set larger than the text),
//!   from which `crate::sections` finds the document's sections.

mod content;
mod fonts;
mod glyphs;
mod layout;
mod obj;
mod outline;
mod prescan;
mod structure;
#[cfg(test)]
mod tests;
mod xfa;

use crate::document::{Annotation, Document, Embedded, Link, LinkKind, LinkOrigin, Location, Metadata, Part};
use crate::error::{Error, ErrorKind};
use crate::limits::Limits;
use content::{apply, Budget, FontCache, Interpreter, Matrix};
use layout::{PageSink, PageText};
use lopdf::{Dictionary, Document as Pdf, LoadOptions, Object, ObjectId};
use obj::{dict_get, dict_of, name_of, number_of, resolve, stream_bytes, text_of, Inflate, Refusal};
use std::collections::{HashMap, HashSet};

/// Largest decoded size of one stream (object streams, content streams, fonts): 64 MB.
fn max_stream(limits: &Limits) -> usize {
    usize::try_from(limits.max_part_bytes).unwrap_or(usize::MAX)
}

/// Operators run on one page, forms included: far above any real page
/// (a dense page has tens of thousands), low enough to end a hostile one.
const MAX_OPERATORS_PER_PAGE: u64 = 5_000_000;

/// Reads a PDF.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, Error> {
    read_loaded(&load(bytes, limits)?, limits)
}

/// Loads a PDF's objects with lopdf, within the limits: what [`read`] reads,
/// and what the clean copy (`crate::clean_pdf`) rewrites. An encrypted file
/// is decrypted when the empty user password opens it.
pub(crate) fn load(bytes: &[u8], limits: &Limits) -> Result<Pdf, Error> {
    // Before lopdf builds anything: it would load every object, and inflate
    // every object stream, of whatever the file holds.
    prescan::check(bytes, limits)?;
    // The object count again while loading (lopdf fork): the pre-scan cannot
    // read object streams it cannot unpack (other filters, encryption).
    let options = LoadOptions {
        max_decompressed_size: Some(max_stream(limits)),
        max_objects: Some(limits.max_pdf_objects),
        ..LoadOptions::default()
    };
    let pdf = Pdf::load_mem_with_options(bytes, options).map_err(load_error)?;
    // lopdf opens an encrypted file only when the empty user password works;
    // otherwise it keeps the /Encrypt entry and loads no objects.
    if pdf.trailer.has(b"Encrypt") && pdf.encryption_state.is_none() {
        return Err(Error::new(ErrorKind::PasswordProtected));
    }
    if pdf.objects.len() > limits.max_pdf_objects {
        return Err(too_many_objects(limits.max_pdf_objects));
    }
    Ok(pdf)
}

/// How many scripts the XFA form of a PDF that [`load`] loaded holds, as
/// [`read_loaded`] counts them in `scripts`: what the clean copy removes
/// with the form.
pub(crate) fn xfa_scripts(pdf: &Pdf, limits: &Limits) -> usize {
    let inflate = Inflate::new(max_stream(limits), usize::try_from(limits.max_pdf_inflated).unwrap_or(usize::MAX));
    pdf.catalog().map_or(0, |catalog| xfa::scripts(pdf, catalog, &inflate))
}

/// Reads a PDF that [`load`] loaded.
pub(crate) fn read_loaded(pdf: &Pdf, limits: &Limits) -> Result<Document, Error> {
    let catalog = pdf.catalog().map_err(|_| Error::corrupt("the PDF has no document catalog"))?;
    let pages = page_list(pdf, catalog, limits)?;
    if pages.is_empty() {
        return Err(Error::corrupt("the PDF has no pages"));
    }

    let mut doc = Document { encrypted_without_password: pdf.encryption_state.is_some(), ..Document::default() };
    doc.pages = Some(pages.len() as u32);

    let mut fonts = FontCache::new();
    let inflate = Inflate::new(max_stream(limits), usize::try_from(limits.max_pdf_inflated).unwrap_or(usize::MAX));
    let mut texts: Vec<PageText> = Vec::with_capacity(pages.len());
    let mut chars_left = limits.max_text_chars;
    let mut lines_left = limits.max_pdf_lines;
    for (i, page) in pages.iter().enumerate() {
        let text = read_page(pdf, page, &mut fonts, &inflate, limits, chars_left, lines_left)?;
        if let Some(refusal) = inflate.refused() {
            return Err(inflate_error(refusal));
        }
        if text.too_many_lines {
            return Err(Error::too_large(format!(
                "the PDF has more than {} lines of text",
                crate::limits::stated(limits.max_pdf_lines)
            )));
        }
        lines_left = lines_left.saturating_sub(text.lines.len());
        let used: usize = text.lines.iter().map(|l| l.text.len()).sum();
        chars_left = chars_left
            .checked_sub(used)
            .ok_or_else(|| Error::too_large("the document holds more text than the limit"))?;
        if chars_left == 0 {
            return Err(Error::too_large("the document holds more text than the limit"));
        }
        if text.has_image && text.lines.iter().all(|l| l.chars == 0) {
            doc.pages_without_text.push(i as u32 + 1);
        }
        texts.push(text);
    }

    let parts = layout::assemble(&texts);
    doc.body = parts.body;
    doc.notes = parts.notes;
    doc.headers_footers = parts.headers_footers;
    doc.notes_separated = parts.notes_separated;

    let page_numbers: HashMap<ObjectId, u32> =
        pages.iter().enumerate().filter_map(|(i, p)| p.id.map(|id| (id, i as u32 + 1))).collect();
    doc.outline = outline::read(pdf, catalog, &page_numbers);
    if doc.outline.is_empty() {
        doc.outline = parts.large_type;
    }
    for (i, page) in pages.iter().enumerate() {
        read_annotations(pdf, page, i as u32 + 1, texts.get(i), &page_numbers, &mut doc);
    }
    super::add_plain_text_links(&mut doc);
    doc.metadata = metadata(pdf, &inflate);
    read_catalog_extras(pdf, catalog, &mut doc, limits);
    let xfa = Location { part: Some(Part::XfaScript), ..Location::default() };
    doc.scripts.extend(std::iter::repeat_n(xfa, xfa::scripts(pdf, catalog, &inflate)));
    doc.accessibility = structure::read(pdf, catalog, &page_numbers, limits);
    Ok(doc)
}

fn inflate_error(refusal: Refusal) -> Error {
    match refusal {
        Refusal::Stream(max) => Error::too_large(format!(
            "a part of the PDF (a page's content or a font) unpacks to more than {} MB",
            max >> 20
        )),
        Refusal::Total(max) => {
            Error::too_large(format!("the PDF's pages and fonts unpack to more than {} MB in total", max >> 20))
        }
    }
}

fn too_many_objects(limit: usize) -> Error {
    Error::too_large(format!("the PDF has more than {} objects", crate::limits::stated(limit)))
}

fn load_error(e: lopdf::Error) -> Error {
    use lopdf::Error as E;
    match e {
        E::InvalidPassword | E::Decryption(_) => Error::new(ErrorKind::PasswordProtected),
        E::TooManyObjects { limit } => too_many_objects(limit),
        E::Decompress(lopdf::DecompressError::MemoryLimitExceeded { limit }) => {
            Error::too_large(format!("a compressed part of the PDF unpacks to more than {} MB", limit >> 20))
        }
        E::Parse(p) => Error::corrupt(format!("the PDF structure cannot be read ({p})")),
        E::Xref(x) => Error::corrupt(format!("the PDF's cross-reference table is broken ({x})")),
        other => Error::corrupt(format!("the PDF cannot be read ({other})")),
    }
}

/// A page with what it inherits from the page tree.
struct Page<'a> {
    /// Its object number, when the tree refers to it (for link destinations).
    id: Option<ObjectId>,
    dict: &'a Dictionary,
    resources: Option<&'a Dictionary>,
    /// Page box, in default user space: (x0, y0, x1, y1).
    media_box: (f32, f32, f32, f32),
    /// The visible part of it, when set.
    crop_box: Option<(f32, f32, f32, f32)>,
    /// Clockwise quarter turns when shown.
    rotate: i64,
}

/// The pages in order, walking the page tree with bounds on depth, count and cycles.
fn page_list<'a>(pdf: &'a Pdf, catalog: &'a Dictionary, limits: &Limits) -> Result<Vec<Page<'a>>, Error> {
    let mut pages = Vec::new();
    let mut seen = HashSet::new();
    let inherited = Page {
        id: None,
        dict: catalog,
        resources: None,
        media_box: (0.0, 0.0, 612.0, 792.0),
        crop_box: None,
        rotate: 0,
    };
    if let Ok(root) = catalog.get(b"Pages") {
        walk_pages(pdf, root, &inherited, 0, &mut seen, &mut pages, limits)?;
    }
    if pages.is_empty() {
        // A damaged page tree: like poppler, take the page objects in the order they are numbered.
        for obj in pdf.objects.values() {
            if let Object::Dictionary(d) = obj {
                if name_of(d.get(b"Type").ok()) == Some(b"Page") && pages.len() < limits.max_pages {
                    let parent = Page { dict: d, ..inherited_copy(&inherited) };
                    walk_pages(pdf, obj, &parent, 0, &mut seen, &mut pages, limits)?;
                }
            }
        }
    }
    Ok(pages)
}

fn inherited_copy<'a>(p: &Page<'a>) -> Page<'a> {
    Page {
        id: p.id,
        dict: p.dict,
        resources: p.resources,
        media_box: p.media_box,
        crop_box: p.crop_box,
        rotate: p.rotate,
    }
}

fn walk_pages<'a>(
    pdf: &'a Pdf,
    node: &'a Object,
    parent: &Page<'a>,
    depth: usize,
    seen: &mut HashSet<ObjectId>,
    out: &mut Vec<Page<'a>>,
    limits: &Limits,
) -> Result<(), Error> {
    if depth > limits.max_pdf_depth {
        return Err(Error::too_large(format!(
            "the PDF's list of pages is nested more than {} levels deep",
            limits.max_pdf_depth
        )));
    }
    if let Object::Reference(id) = node {
        if !seen.insert(*id) {
            return Ok(()); // a cycle, or a page listed twice
        }
    }
    let Some(Object::Dictionary(dict)) = resolve(pdf, node) else { return Ok(()) };
    let here = Page {
        id: node.as_reference().ok(),
        dict,
        resources: dict_of(pdf, dict, b"Resources").or(parent.resources),
        media_box: page_box(pdf, dict, b"MediaBox").unwrap_or(parent.media_box),
        crop_box: page_box(pdf, dict, b"CropBox").or(parent.crop_box),
        rotate: dict_get(pdf, dict, b"Rotate")
            .and_then(|o| o.as_i64().ok())
            .map_or(parent.rotate, |r| r.rem_euclid(360) / 90),
    };
    let kids = match dict_get(pdf, dict, b"Kids") {
        Some(Object::Array(k)) => Some(k),
        _ => None,
    };
    let is_page = name_of(dict_get(pdf, dict, b"Type")) == Some(b"Page") || kids.is_none();
    if is_page {
        if out.len() >= limits.max_pages {
            return Err(Error::too_large(format!("the PDF has more than {} pages", limits.max_pages)));
        }
        out.push(here);
        return Ok(());
    }
    for kid in kids.into_iter().flatten() {
        walk_pages(pdf, kid, &here, depth + 1, seen, out, limits)?;
    }
    Ok(())
}

fn page_box(pdf: &Pdf, dict: &Dictionary, key: &[u8]) -> Option<(f32, f32, f32, f32)> {
    let Some(Object::Array(a)) = dict_get(pdf, dict, key) else { return None };
    let v: Vec<f32> = a.iter().filter_map(|o| number_of(resolve(pdf, o))).collect();
    match v[..] {
        [x0, y0, x1, y1] if x0 != x1 && y0 != y1 => Some((x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1))),
        _ => None,
    }
}

/// Default user space → display space: the page's `/Rotate`, clockwise.
fn display_matrix(rotate: i64) -> Matrix {
    match rotate {
        1 => [0.0, -1.0, 1.0, 0.0, 0.0, 0.0],
        2 => [-1.0, 0.0, 0.0, -1.0, 0.0, 0.0],
        3 => [0.0, 1.0, -1.0, 0.0, 0.0, 0.0],
        _ => content::IDENTITY,
    }
}

fn display_rect(m: &Matrix, r: (f32, f32, f32, f32)) -> (f32, f32, f32, f32) {
    let (ax, ay) = apply(m, r.0, r.1);
    let (bx, by) = apply(m, r.2, r.3);
    (ax.min(bx), ay.min(by), ax.max(bx), ay.max(by))
}

fn read_page(
    pdf: &Pdf,
    page: &Page<'_>,
    fonts: &mut FontCache,
    inflate: &Inflate,
    limits: &Limits,
    chars_left: usize,
    lines_left: usize,
) -> Result<PageText, Error> {
    let m = display_matrix(page.rotate);
    let (mx0, my0, mx1, my1) = page.media_box;
    let visible = match page.crop_box {
        Some((cx0, cy0, cx1, cy1)) if cx0.max(mx0) < cx1.min(mx1) && cy0.max(my0) < cy1.min(my1) => {
            (cx0.max(mx0), cy0.max(my0), cx1.min(mx1), cy1.min(my1))
        }
        _ => page.media_box,
    };
    let mut sink = PageSink::new(display_rect(&m, visible), chars_left, lines_left);
    let mut data = Vec::new();
    let contents: Vec<&Object> = match page.dict.get(b"Contents").ok().and_then(|o| resolve(pdf, o)) {
        Some(Object::Array(a)) => a.iter().take(10_000).collect(),
        Some(o @ Object::Stream(_)) => vec![o],
        _ => Vec::new(),
    };
    for c in contents {
        if let Some(bytes) = stream_bytes(pdf, c, inflate) {
            if data.len().saturating_add(bytes.len()) > max_stream(limits) {
                return Err(Error::too_large(format!(
                    "one page's content unpacks to more than {} MB",
                    max_stream(limits) >> 20
                )));
            }
            // The first stream is kept as decoded, not copied: a page's
            // content is usually one stream, and may be 64 MB.
            if data.is_empty() {
                data = bytes;
            } else {
                data.push(b'\n');
                data.extend_from_slice(&bytes);
            }
        }
        if let Some(refusal) = inflate.refused() {
            return Err(inflate_error(refusal));
        }
    }
    let budget = Budget { operators: MAX_OPERATORS_PER_PAGE, max_depth: limits.max_pdf_depth };
    Interpreter::new(pdf, fonts, inflate, &mut sink, budget).run(&data, page.resources, m);
    Ok(sink.finish())
}

/// Links, other annotations, attached files and automatic actions of one page.
fn read_annotations(
    pdf: &Pdf,
    page: &Page<'_>,
    number: u32,
    text: Option<&PageText>,
    page_numbers: &HashMap<ObjectId, u32>,
    doc: &mut Document,
) {
    let at = Location { page: Some(number), ..Location::default() };
    if dict_get(pdf, page.dict, b"AA").is_some() {
        doc.scripts.push(Location { part: Some(Part::PageAction), ..at.clone() });
    }
    let Some(Object::Array(annots)) = dict_get(pdf, page.dict, b"Annots") else { return };
    let m = display_matrix(page.rotate);
    for a in annots.iter().take(100_000) {
        let Some(Object::Dictionary(annot)) = resolve(pdf, a) else { continue };
        let subtype = name_of(dict_get(pdf, annot, b"Subtype")).unwrap_or(b"");
        if dict_get(pdf, annot, b"AA").is_some() {
            doc.scripts.push(Location { part: Some(Part::AnnotationAction), ..at.clone() });
        }
        match subtype {
            b"Link" => {
                let rect = match dict_get(pdf, annot, b"Rect") {
                    Some(Object::Array(r)) => {
                        let v: Vec<f32> = r.iter().filter_map(|o| number_of(resolve(pdf, o))).collect();
                        match v[..] {
                            [a, b, c, d] => Some(display_rect(&m, (a.min(c), b.min(d), a.max(c), b.max(d)))),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                let shown = match (text, rect) {
                    (Some(t), Some(r)) => layout::text_in(t, r),
                    _ => String::new(),
                };
                if let Some((url, kind)) = link_target(pdf, annot, page_numbers, doc, &at) {
                    doc.links.push(Link {
                        url,
                        text: shown,
                        location: at.clone(),
                        kind,
                        origin: LinkOrigin::Annotation,
                    });
                }
            }
            b"Widget" | b"Popup" => {}
            b"FileAttachment" => {
                let name = dict_of(pdf, annot, b"FS")
                    .and_then(|fs| file_spec_name(pdf, fs))
                    .or_else(|| match dict_get(pdf, annot, b"FS") {
                        Some(Object::String(s, _)) => Some(obj::text_string(s)),
                        _ => None,
                    })
                    .unwrap_or_else(|| "attachment".into());
                let bytes = dict_of(pdf, annot, b"FS").and_then(|fs| embedded_size(pdf, fs));
                doc.embedded.push(Embedded { name, bytes, location: at.clone() });
            }
            _ => {
                doc.annotations.push(Annotation {
                    subtype: String::from_utf8_lossy(subtype).into_owned(),
                    author: text_of(pdf, annot, b"T"),
                    text: text_of(pdf, annot, b"Contents"),
                    location: at.clone(),
                });
            }
        }
    }
}

/// A link annotation's target and kind; JavaScript actions are recorded as scripts.
fn link_target(
    pdf: &Pdf,
    annot: &Dictionary,
    page_numbers: &HashMap<ObjectId, u32>,
    doc: &mut Document,
    at: &Location,
) -> Option<(String, LinkKind)> {
    let Some(action) = dict_of(pdf, annot, b"A") else {
        return annot
            .has(b"Dest")
            .then(|| ("#".to_string() + &dest_name(page_numbers, dict_get(pdf, annot, b"Dest")), LinkKind::Internal));
    };
    let s = name_of(dict_get(pdf, action, b"S")).unwrap_or(b"");
    match s {
        b"URI" => {
            let uri = match dict_get(pdf, action, b"URI") {
                Some(Object::String(b, _)) => {
                    String::from_utf8(b.clone()).unwrap_or_else(|_| obj::text_string(b)).trim().to_string()
                }
                _ => return None,
            };
            let lower = uri.to_ascii_lowercase();
            let kind = if lower.starts_with("mailto:") {
                LinkKind::Email
            } else if lower.starts_with("file:") {
                LinkKind::File
            } else {
                LinkKind::External
            };
            Some((uri, kind))
        }
        b"Launch" | b"GoToR" | b"GoToE" => {
            let target = match dict_get(pdf, action, b"F") {
                Some(Object::String(b, _)) => Some(obj::text_string(b)),
                Some(Object::Dictionary(fs)) => file_spec_name(pdf, fs),
                _ => None,
            }
            .or_else(|| dict_of(pdf, action, b"Win").and_then(|w| text_of(pdf, w, b"F")))
            .unwrap_or_default();
            Some((target, LinkKind::File))
        }
        b"GoTo" => Some(("#".to_string() + &dest_name(page_numbers, dict_get(pdf, action, b"D")), LinkKind::Internal)),
        b"JavaScript" => {
            doc.scripts.push(Location { part: Some(Part::LinkJavascript), ..at.clone() });
            None
        }
        _ => None,
    }
}

fn dest_name(page_numbers: &HashMap<ObjectId, u32>, dest: Option<&Object>) -> String {
    match dest {
        Some(Object::Name(n)) => String::from_utf8_lossy(n).into_owned(),
        Some(Object::String(s, _)) => obj::text_string(s),
        Some(Object::Array(a)) => match a.first() {
            Some(Object::Reference(id)) => page_numbers.get(id).map(|n| format!("page={n}")).unwrap_or_default(),
            Some(Object::Integer(n)) => format!("page={}", n + 1),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

fn file_spec_name(pdf: &Pdf, fs: &Dictionary) -> Option<String> {
    text_of(pdf, fs, b"UF")
        .or_else(|| text_of(pdf, fs, b"F"))
        .or_else(|| text_of(pdf, fs, b"DOS"))
        .or_else(|| text_of(pdf, fs, b"Unix"))
}

fn embedded_size(pdf: &Pdf, fs: &Dictionary) -> Option<u64> {
    let ef = dict_of(pdf, fs, b"EF")?;
    let Some(Object::Stream(s)) = dict_get(pdf, ef, b"F").or_else(|| dict_get(pdf, ef, b"UF")) else { return None };
    dict_of(pdf, &s.dict, b"Params")
        .and_then(|p| number_of(dict_get(pdf, p, b"Size")))
        .map(|n| n.max(0.0) as u64)
        .or(Some(s.content.len() as u64))
}

/// Embedded files, document JavaScript, the open action and form fields.
fn read_catalog_extras(pdf: &Pdf, catalog: &Dictionary, doc: &mut Document, limits: &Limits) {
    let whole = Location { part: Some(Part::Document), ..Location::default() };
    if let Some(names) = dict_of(pdf, catalog, b"Names") {
        if let Some(tree) = dict_of(pdf, names, b"EmbeddedFiles") {
            let mut files = Vec::new();
            name_tree(pdf, tree, 0, limits.max_pdf_depth, &mut HashSet::new(), &mut files);
            for (key, value) in files {
                let fs = match value {
                    Object::Dictionary(d) => Some(d),
                    _ => None,
                };
                let name = fs.and_then(|d| file_spec_name(pdf, d)).unwrap_or(key);
                let bytes = fs.and_then(|d| embedded_size(pdf, d));
                doc.embedded.push(Embedded { name, bytes, location: whole.clone() });
            }
        }
        if let Some(tree) = dict_of(pdf, names, b"JavaScript") {
            let mut scripts = Vec::new();
            name_tree(pdf, tree, 0, limits.max_pdf_depth, &mut HashSet::new(), &mut scripts);
            for (key, _) in scripts {
                doc.scripts
                    .push(Location { part: Some(Part::DocumentJavascript { name: key }), ..Location::default() });
            }
        }
    }
    if let Some(action) = dict_of(pdf, catalog, b"OpenAction") {
        if name_of(dict_get(pdf, action, b"S")) == Some(b"JavaScript") {
            doc.scripts.push(Location { part: Some(Part::OpenAction), ..Location::default() });
        }
    }
    if dict_get(pdf, catalog, b"AA").is_some() {
        doc.scripts.push(Location { part: Some(Part::DocumentAction), ..Location::default() });
    }
    if let Some(form) = dict_of(pdf, catalog, b"AcroForm") {
        if let Some(Object::Array(fields)) = dict_get(pdf, form, b"Fields") {
            let mut seen = HashSet::new();
            for f in fields.iter().take(100_000) {
                form_fields(pdf, f, String::new(), 0, limits.max_pdf_depth, &mut seen, &mut doc.form_fields);
            }
        }
    }
}

/// The leaves of a name tree (`/Names` pairs under `/Kids`), bounded.
fn name_tree<'a>(
    pdf: &'a Pdf,
    node: &'a Dictionary,
    depth: usize,
    max_depth: usize,
    seen: &mut HashSet<usize>,
    out: &mut Vec<(String, &'a Object)>,
) {
    if depth > max_depth || !seen.insert(node as *const Dictionary as usize) || out.len() > 100_000 {
        return;
    }
    if let Some(Object::Array(pairs)) = dict_get(pdf, node, b"Names") {
        for pair in pairs.chunks(2) {
            if let [k, v] = pair {
                let key = match resolve(pdf, k) {
                    Some(Object::String(s, _)) => obj::text_string(s),
                    _ => String::new(),
                };
                if let Some(v) = resolve(pdf, v) {
                    out.push((key, v));
                }
            }
        }
    }
    if let Some(Object::Array(kids)) = dict_get(pdf, node, b"Kids") {
        for k in kids.iter().take(100_000) {
            if let Some(Object::Dictionary(d)) = resolve(pdf, k) {
                name_tree(pdf, d, depth + 1, max_depth, seen, out);
            }
        }
    }
}

/// Form fields by full name (`parent.child`), terminal fields only.
fn form_fields(
    pdf: &Pdf,
    node: &Object,
    prefix: String,
    depth: usize,
    max_depth: usize,
    seen: &mut HashSet<usize>,
    out: &mut Vec<String>,
) {
    let Some(Object::Dictionary(d)) = resolve(pdf, node) else { return };
    if depth > max_depth || !seen.insert(d as *const Dictionary as usize) || out.len() > 100_000 {
        return;
    }
    let name = match text_of(pdf, d, b"T") {
        Some(t) if prefix.is_empty() => t,
        Some(t) => format!("{prefix}.{t}"),
        None => prefix,
    };
    match dict_get(pdf, d, b"Kids") {
        Some(Object::Array(kids))
            if kids.iter().any(|k| matches!(resolve(pdf, k), Some(Object::Dictionary(kd)) if kd.has(b"T"))) =>
        {
            for k in kids.iter().take(100_000) {
                form_fields(pdf, k, name.clone(), depth + 1, max_depth, seen, out);
            }
        }
        _ => {
            if !name.is_empty() && !out.contains(&name) {
                out.push(name);
            }
        }
    }
}

/// The Info dictionary, completed from the XMP packet where Info is silent.
fn metadata(pdf: &Pdf, inflate: &Inflate) -> Metadata {
    let info = pdf.trailer.get(b"Info").ok().and_then(|o| resolve(pdf, o)).and_then(|o| o.as_dict().ok());
    let get = |k: &[u8]| info.and_then(|d| text_of(pdf, d, k));
    let mut m = Metadata {
        title: get(b"Title"),
        author: get(b"Author"),
        application: get(b"Creator"),
        producer: get(b"Producer"),
        created: get(b"CreationDate"),
        modified: get(b"ModDate"),
        ..Metadata::default()
    };
    if let Some(info) = info {
        const STANDARD: [&[u8]; 9] = [
            b"Title",
            b"Author",
            b"Subject",
            b"Keywords",
            b"Creator",
            b"Producer",
            b"CreationDate",
            b"ModDate",
            b"Trapped",
        ];
        for (k, _) in info.iter().take(1000) {
            if !STANDARD.contains(&k.as_slice()) {
                if let Some(v) = text_of(pdf, info, k) {
                    m.custom.push((String::from_utf8_lossy(k).into_owned(), v));
                }
            }
        }
    }
    let xmp = match pdf.catalog().ok().and_then(|c| c.get(b"Metadata").ok()).and_then(|o| resolve(pdf, o)) {
        Some(Object::Stream(s)) => inflate.decode_capped(s, 4 << 20),
        _ => None,
    };
    if let Some(xml) = xmp {
        let x = xmp_fields(&xml);
        m.title = m.title.or(x.title);
        m.author = m.author.or(x.author);
        m.application = m.application.or(x.creator_tool);
        m.producer = m.producer.or(x.producer);
        m.created = m.created.or(x.created);
        m.modified = m.modified.or(x.modified);
    }
    m
}

#[derive(Default)]
struct Xmp {
    title: Option<String>,
    author: Option<String>,
    creator_tool: Option<String>,
    producer: Option<String>,
    created: Option<String>,
    modified: Option<String>,
}

/// The fields of an XMP packet we report: `dc:title`, `dc:creator` (all
/// authors, joined), `xmp:CreatorTool`, `pdf:Producer`, dates; as elements or
/// as attributes of `rdf:Description`.
fn xmp_fields(xml: &[u8]) -> Xmp {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut open: Vec<Option<&'static str>> = Vec::new();
    let mut text = String::new();
    let mut found: Vec<(&'static str, String)> = Vec::new();
    let mut buf = Vec::new();
    for _ in 0..1_000_000 {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                if open.len() > 64 {
                    break;
                }
                open.push(xmp_field(e.local_name().as_ref()));
                text.clear();
                attribute_fields(&e, &mut found);
            }
            Ok(Event::Empty(e)) => {
                attribute_fields(&e, &mut found);
            }
            Ok(Event::End(_)) => {
                // Text belongs to the innermost named property around it (dc:title/rdf:Alt/rdf:li).
                if let Some(f) = open.iter().rev().flatten().next() {
                    if !text.trim().is_empty() {
                        found.push((f, text.trim().to_string()));
                    }
                }
                text.clear();
                open.pop();
            }
            Ok(Event::Text(t)) => text.push_str(&t.xml10_content()),
            Ok(Event::CData(t)) => text.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) => {
                if let Some(c) = super::xml::resolve_ref(&r) {
                    text.push(c);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    Xmp::from_found(found)
}

/// The XMP field a property's local name is, if it is one we report.
fn xmp_field(local: &str) -> Option<&'static str> {
    match local {
        "title" => Some("title"),
        "creator" => Some("creator"),
        "CreatorTool" => Some("tool"),
        "Producer" => Some("producer"),
        "CreateDate" => Some("created"),
        "ModifyDate" => Some("modified"),
        _ => None,
    }
}

/// Fields written as attributes (of `rdf:Description`, usually).
fn attribute_fields(e: &quick_xml::events::BytesStart<'_>, found: &mut Vec<(&'static str, String)>) {
    for a in e.attributes().flatten().take(64) {
        if let (Some(f), Ok(v)) =
            (xmp_field(a.key.local_name().as_ref()), a.normalized_value(quick_xml::XmlVersion::Implicit1_0))
        {
            found.push((f, v.into_owned()));
        }
    }
}

impl Xmp {
    /// The first value of each field, and every distinct author, in the order found.
    fn from_found(found: Vec<(&'static str, String)>) -> Xmp {
        let mut x = Xmp::default();
        let mut authors: Vec<String> = Vec::new();
        for (f, v) in found {
            let v = v.trim().to_string();
            if v.is_empty() {
                continue;
            }
            let slot = match f {
                "title" => &mut x.title,
                "creator" => {
                    if !authors.contains(&v) {
                        authors.push(v);
                    }
                    continue;
                }
                "tool" => &mut x.creator_tool,
                "producer" => &mut x.producer,
                "created" => &mut x.created,
                _ => &mut x.modified,
            };
            if slot.is_none() {
                *slot = Some(v);
            }
        }
        if !authors.is_empty() {
            x.author = Some(authors.join("; "));
        }
        x
    }
}
