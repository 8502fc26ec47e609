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
    /// Its page: its own `/Pg`, its parent's, or, when neither has one, the
    /// first page met among its descendants (their `/Pg`, or a marked-content
    /// reference's), as a table's cells often carry it alone.
    page: Option<u32>,
    /// What was found under it.
    below: Below,
}

/// What the walk found under an element: table rows, the columns of the
/// widest row (a cell counts the columns it spans, `/ColSpan`), whether a
/// `TH` was met, and the first page met.
#[derive(Clone, Copy, Default)]
struct Below {
    rows: u32,
    columns: u32,
    header: bool,
    page: Option<u32>,
}

fn record(e: &Element, a: &mut Accessibility) {
    let location = Location { page: e.page, ..Location::default() };
    let b = e.below;
    match e.kind.as_slice() {
        b"Figure" if a.images.len() < MAX_ITEMS => {
            a.images.push(Image { alt: e.alt.clone(), decorative: false, location });
        }
        b"Table" if a.tables.len() < MAX_ITEMS => {
            a.tables.push(Table { rows: b.rows, columns: b.columns, header_row: b.header, location });
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

/// A child in `/K`: a structure element, or content (a marked-content or
/// object reference) with the page it names.
enum Kid<'a> {
    Element(&'a Dictionary),
    Content(Option<u32>),
}

impl<'a> Walk<'a> {
    /// The children (`/K`) of `parent`: a structure element, or an array of them;
    /// marked-content numbers and object references are content, not elements.
    fn kids(
        &mut self,
        parent: &'a Dictionary,
        page: Option<u32>,
        depth: usize,
        max: usize,
        out: &mut dyn FnMut(&Element),
    ) -> Below {
        let mut below = Below::default();
        if depth >= max {
            return below;
        }
        let items: Vec<&Object> = match parent.get(b"K") {
            Ok(Object::Array(items)) => items.iter().collect(),
            Ok(one) => vec![one],
            Err(_) => Vec::new(),
        };
        for item in items {
            match self.kid(item) {
                Some(Kid::Element(kid)) => {
                    let (kind, child) = self.visit(kid, page, depth + 1, max, out);
                    below = merge(below, &kind, child, self.column_span(kid));
                }
                Some(Kid::Content(at)) => below.page = below.page.or(at),
                None => {}
            }
        }
        below
    }

    /// A child not seen before: a structure element (it has `/S`), or content.
    fn kid(&mut self, item: &'a Object) -> Option<Kid<'a>> {
        if self.left == 0 {
            return None;
        }
        if let Object::Reference(id) = item {
            if !self.seen.insert(*id) {
                return None;
            }
        }
        let Some(Object::Dictionary(d)) = super::obj::resolve(self.pdf, item) else { return None };
        self.left -= 1;
        if matches!(name_of(d.get(b"Type").ok()), Some(b"MCR" | b"OBJR")) {
            return Some(Kid::Content(self.page_of(d)));
        }
        d.has(b"S").then_some(Kid::Element(d))
    }

    /// The page an element or content reference names (`/Pg`).
    fn page_of(&self, d: &Dictionary) -> Option<u32> {
        match d.get(b"Pg") {
            Ok(Object::Reference(id)) => self.pages.get(id).copied(),
            _ => None,
        }
    }

    /// One element: its children first (for a table's counts and a page
    /// below), then the element itself.
    fn visit(
        &mut self,
        e: &'a Dictionary,
        page: Option<u32>,
        depth: usize,
        max: usize,
        out: &mut dyn FnMut(&Element),
    ) -> (Vec<u8>, Below) {
        let page = self.page_of(e).or(page);
        let kind = self.standard_type(e);
        let mut below = self.kids(e, page, depth, max, out);
        below.page = page.or(below.page);
        let alt = text_of(self.pdf, e, b"Alt").or_else(|| text_of(self.pdf, e, b"ActualText"));
        out(&Element { kind: kind.clone(), alt, page: below.page, below });
        (kind, below)
    }

    /// The columns a cell spans: `/ColSpan` in its table attributes (`/A`, a
    /// dictionary or an array of them, with revision numbers between), 1 without.
    fn column_span(&self, e: &Dictionary) -> u32 {
        let attributes: Vec<&Object> = match dict_get(self.pdf, e, b"A") {
            Some(Object::Array(items)) => items.iter().collect(),
            Some(one) => vec![one],
            None => Vec::new(),
        };
        attributes
            .into_iter()
            .filter_map(|a| match super::obj::resolve(self.pdf, a) {
                Some(Object::Dictionary(d)) => dict_get(self.pdf, d, b"ColSpan"),
                _ => None,
            })
            .find_map(|n| match n {
                Object::Integer(n) => u32::try_from(*n).ok().filter(|n| *n >= 1),
                _ => None,
            })
            .unwrap_or(1)
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

/// What a child (of type `kind`, spanning `span` columns when a cell) adds
/// to its parent's counts: a row is a row, and the table is as wide as its
/// widest row; a cell widens its row, a header cell marks a header; a
/// nested table's rows and cells stay its own; a group (`THead`, `TBody`…)
/// passes on what it holds. The first page met is kept.
fn merge(b: Below, kind: &[u8], child: Below, span: u32) -> Below {
    let page = b.page.or(child.page);
    match kind {
        b"TR" => Below {
            rows: b.rows.saturating_add(1),
            columns: b.columns.max(child.columns),
            header: b.header || child.header,
            page,
        },
        b"TH" => Below { columns: b.columns.saturating_add(span), header: true, page, ..b },
        b"TD" => Below { columns: b.columns.saturating_add(span), page, ..b },
        b"Table" => Below { page, ..b },
        _ => Below {
            rows: b.rows.saturating_add(child.rows),
            columns: b.columns.max(child.columns),
            header: b.header || child.header,
            page,
        },
    }
}
