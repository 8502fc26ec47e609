//! The bookmarks (`/Outlines`): each one's title, depth and the page its
//! destination is on, in the tree's order. Walked with bounds on depth,
//! count and cycles, as hostile files may loop.

use super::name_tree;
use super::obj::{dict_get, dict_of, name_of, resolve, text_of};
use crate::document::OutlineEntry;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use std::collections::{HashMap, HashSet};

/// At most this many bookmarks are read (a real document has tens, a long report hundreds).
const MAX_ENTRIES: usize = 10_000;
/// Bookmarks deeper than this are left out (headings go to 9 levels in Word).
const MAX_LEVEL: u8 = 9;

/// The document's bookmarks, in order; empty when it has none.
pub(super) fn read(pdf: &Pdf, catalog: &Dictionary, pages: &HashMap<ObjectId, u32>) -> Vec<OutlineEntry> {
    let Some(root) = dict_of(pdf, catalog, b"Outlines") else { return Vec::new() };
    let dests = Dests::of(pdf, catalog);
    let mut walk = Walk { pdf, pages, dests, seen: HashSet::new(), out: Vec::new() };
    walk.children(root, 1);
    walk.out
}

struct Walk<'a> {
    pdf: &'a Pdf,
    pages: &'a HashMap<ObjectId, u32>,
    dests: Dests<'a>,
    seen: HashSet<ObjectId>,
    out: Vec<OutlineEntry>,
}

impl<'a> Walk<'a> {
    /// The items under `parent` (`/First`, then each `/Next`), each followed by its own children.
    fn children(&mut self, parent: &'a Dictionary, level: u8) {
        if level > MAX_LEVEL {
            return;
        }
        let mut next = parent.get(b"First").ok();
        while let Some(obj) = next {
            // An item reached twice is a cycle (or a broken tree): stop there.
            let Ok(id) = obj.as_reference() else { return };
            if !self.seen.insert(id) || self.out.len() >= MAX_ENTRIES {
                return;
            }
            let Some(Object::Dictionary(item)) = resolve(self.pdf, obj) else { return };
            let title = text_of(self.pdf, item, b"Title").map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
            if let Some(title) = title.filter(|t| !t.is_empty()) {
                let page = self.page_of(item);
                self.out.push(OutlineEntry { title, level, page });
            }
            self.children(item, level + 1);
            next = item.get(b"Next").ok();
        }
    }

    /// The page an item's `/Dest`, or its `/GoTo` action's `/D`, is on.
    fn page_of(&self, item: &'a Dictionary) -> Option<u32> {
        let dest = match dict_get(self.pdf, item, b"Dest") {
            Some(d) => d,
            None => {
                let action = dict_of(self.pdf, item, b"A")?;
                if name_of(dict_get(self.pdf, action, b"S")) != Some(b"GoTo") {
                    return None;
                }
                dict_get(self.pdf, action, b"D")?
            }
        };
        self.page_of_dest(dest, 0)
    }

    /// `depth` counts the indirections followed (a name, a dictionary, a reference): at most a few.
    fn page_of_dest(&self, dest: &'a Object, depth: u8) -> Option<u32> {
        if depth > 3 {
            return None;
        }
        match dest {
            Object::Array(a) => match a.first()? {
                Object::Reference(id) => self.pages.get(id).copied(),
                // A remote-style page index, 0-based (seen in some writers' local destinations).
                Object::Integer(n) => u32::try_from(*n).ok().map(|n| n.saturating_add(1)),
                _ => None,
            },
            // A named destination: its array, or a dictionary holding it in `/D`.
            Object::Name(n) if depth == 0 => self.page_of_dest(self.dests.get(self.pdf, n)?, 1),
            Object::String(s, _) if depth == 0 => self.page_of_dest(self.dests.get(self.pdf, s)?, 1),
            Object::Dictionary(d) if depth <= 1 => self.page_of_dest(dict_get(self.pdf, d, b"D")?, 2),
            Object::Reference(_) => self.page_of_dest(resolve(self.pdf, dest)?, depth.saturating_add(1)),
            _ => None,
        }
    }
}

/// Named destinations: the catalog's `/Dests` dictionary (PDF 1.1) and the
/// `/Names /Dests` name tree (PDF 1.2 on).
struct Dests<'a> {
    old: Option<&'a Dictionary>,
    tree: HashMap<String, &'a Object>,
}

impl<'a> Dests<'a> {
    fn of(pdf: &'a Pdf, catalog: &'a Dictionary) -> Dests<'a> {
        let mut tree = Vec::new();
        if let Some(root) = dict_of(pdf, catalog, b"Names").and_then(|n| dict_of(pdf, n, b"Dests")) {
            name_tree(pdf, root, 0, 32, &mut HashSet::new(), &mut tree);
        }
        Dests { old: dict_of(pdf, catalog, b"Dests"), tree: tree.into_iter().collect() }
    }

    fn get(&self, pdf: &'a Pdf, name: &[u8]) -> Option<&'a Object> {
        if let Some(d) = self.old.and_then(|d| dict_get(pdf, d, name)) {
            return Some(d);
        }
        let key = super::obj::text_string(name);
        self.tree.get(&key).copied()
    }
}
