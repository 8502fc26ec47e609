//! What a PDF says to assistive technology: whether it is tagged, whether a
//! viewer shows its title, its declared language, and from its structure
//! tree (the tags) the figures with or without `/Alt` and the tables with or
//! without header cells. Read from the catalog, never from how pages look.
//!
//! The tree is walked depth-first, in document order, once per element
//! (references seen are skipped), no deeper than `max_pdf_depth` and at
//! most [`MAX_ELEMENTS`] elements; custom types are mapped through the
//! tree's `/RoleMap` (a few steps, as a map may chain).

use super::obj::{dict_get, dict_of, name_of, text_of};
use crate::document::{Accessibility, Image, Location, Table, MAX_ITEMS};
use crate::limits::Limits;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use std::collections::{HashMap, HashSet};

/// Elements of the structure tree visited at most: a long report has tens of thousands.
const MAX_ELEMENTS: usize = 500_000;

/// The catalog's accessibility facts and the structure tree's figures and tables.
pub(super) fn read(pdf: &Pdf, catalog: &Dictionary, pages: &HashMap<ObjectId, u32>, limits: &Limits) -> Accessibility {
    let marked = dict_of(pdf, catalog, b"MarkInfo").and_then(|m| dict_get(pdf, m, b"Marked"));
    let root = dict_of(pdf, catalog, b"StructTreeRoot");
    let shows_title = dict_of(pdf, catalog, b"ViewerPreferences")
        .and_then(|v| dict_get(pdf, v, b"DisplayDocTitle"))
        .is_some_and(|o| matches!(o, Object::Boolean(true)));
    let mut a = Accessibility {
        tagged: Some(matches!(marked, Some(Object::Boolean(true))) && root.is_some()),
        shows_title: Some(shows_title),
        language: text_of(pdf, catalog, b"Lang"),
        ..Accessibility::default()
    };
    if let Some(root) = root {
        let mut walk =
            Walk { pdf, pages, role_map: dict_of(pdf, root, b"RoleMap"), seen: HashSet::new(), left: MAX_ELEMENTS };
        walk.kids(root, None, 0, limits.max_pdf_depth, &mut |e| record(e, &mut a));
    }
    a
}

/// A structure element met on the walk, with what was counted under it.
struct Element {
    /// Its standard type, after the role map (`Figure`, `Table`, `TR`, `TH`…).
    kind: Vec<u8>,
    alt: Option<String>,
    page: Option<u32>,
    /// Under a `Table`: rows, cells of the first row, and whether a `TH` was met.
    rows: u32,
    columns: u32,
    header: bool,
}

fn record(e: &Element, a: &mut Accessibility) {
    let location = Location { page: e.page, ..Location::default() };
    match e.kind.as_slice() {
        b"Figure" if a.images.len() < MAX_ITEMS => {
            a.images.push(Image { alt: e.alt.clone(), decorative: false, location });
        }
        b"Table" if a.tables.len() < MAX_ITEMS => {
            a.tables.push(Table { rows: e.rows, columns: e.columns, header_row: e.header, location });
        }
        _ => {}
    }
}

struct Walk<'a> {
    pdf: &'a Pdf,
    pages: &'a HashMap<ObjectId, u32>,
    role_map: Option<&'a Dictionary>,
    seen: HashSet<ObjectId>,
    left: usize,
}

impl<'a> Walk<'a> {
    /// The children (`/K`) of `parent`: a structure element, or an array of them;
    /// marked-content numbers and object references are content, not elements.
    /// Gives the counts of rows, first-row cells and header cells found below.
    fn kids(
        &mut self,
        parent: &'a Dictionary,
        page: Option<u32>,
        depth: usize,
        max: usize,
        out: &mut dyn FnMut(&Element),
    ) -> (u32, u32, bool) {
        let mut below = (0, 0, false);
        if depth >= max {
            return below;
        }
        let items: Vec<&Object> = match parent.get(b"K") {
            Ok(Object::Array(items)) => items.iter().collect(),
            Ok(one) => vec![one],
            Err(_) => Vec::new(),
        };
        for item in items {
            if let Some(kid) = self.element(item) {
                let (kind, rows, columns, header) = self.visit(kid, page, depth + 1, max, out);
                below = merge(below, &kind, (rows, columns, header));
            }
        }
        below
    }

    /// The dictionary of a child that is a structure element not seen before.
    fn element(&mut self, item: &'a Object) -> Option<&'a Dictionary> {
        if self.left == 0 {
            return None;
        }
        if let Object::Reference(id) = item {
            if !self.seen.insert(*id) {
                return None;
            }
        }
        let Some(Object::Dictionary(d)) = super::obj::resolve(self.pdf, item) else { return None };
        let is_content = matches!(name_of(d.get(b"Type").ok()), Some(b"MCR" | b"OBJR"));
        self.left -= 1;
        (!is_content && d.has(b"S")).then_some(d)
    }

    /// One element: its children first (for a table's counts), then the element itself.
    fn visit(
        &mut self,
        e: &'a Dictionary,
        page: Option<u32>,
        depth: usize,
        max: usize,
        out: &mut dyn FnMut(&Element),
    ) -> (Vec<u8>, u32, u32, bool) {
        let page = match e.get(b"Pg") {
            Ok(Object::Reference(id)) => self.pages.get(id).copied().or(page),
            _ => page,
        };
        let kind = self.standard_type(e);
        let (rows, columns, header) = self.kids(e, page, depth, max, out);
        let alt = text_of(self.pdf, e, b"Alt").or_else(|| text_of(self.pdf, e, b"ActualText"));
        out(&Element { kind: kind.clone(), alt, page, rows, columns, header });
        (kind, rows, columns, header)
    }

    /// `/S` through the role map (at most four steps: maps may chain, or loop).
    fn standard_type(&self, e: &Dictionary) -> Vec<u8> {
        let mut kind = name_of(e.get(b"S").ok()).unwrap_or_default().to_vec();
        for _ in 0..4 {
            match self.role_map.and_then(|m| name_of(dict_get(self.pdf, m, &kind))) {
                Some(next) if next != kind.as_slice() => kind = next.to_vec(),
                _ => break,
            }
        }
        kind
    }
}

/// What a child adds to its parent's counts: a row is a row (its cells the
/// first row's columns); a header cell marks a header; a nested table's own
/// rows stay its own.
fn merge((rows, columns, header): (u32, u32, bool), kind: &[u8], child: (u32, u32, bool)) -> (u32, u32, bool) {
    match kind {
        b"TR" => (rows + 1, if rows == 0 { child.1 } else { columns }, header || child.2),
        b"TH" => (rows, columns + 1, true),
        b"TD" => (rows, columns + 1, header),
        b"Table" => (rows, columns, header),
        _ => (rows + child.0, if columns == 0 { child.1 } else { columns }, header || child.2),
    }
}
