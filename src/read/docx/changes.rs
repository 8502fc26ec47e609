//! Tracked changes (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo` and the
//! property-change records), read as accepted: inserted and moved-in text is
//! shown, deleted and moved-away text is not. Each change is recorded with
//! its author, date and text.

use crate::document::{ChangeKind, Document, Location, TrackedChange};
use crate::read::xml::attr;
use quick_xml::events::BytesStart;

/// The changes open around the text being read.
#[derive(Default)]
pub(super) struct Changes {
    /// Indices in `Document::changes`, innermost last.
    open: Vec<usize>,
    /// How many of them are deletions or move sources: text inside one is not shown.
    removing: usize,
}

impl Changes {
    /// Records a change found at `location`; gives its index in `Document::changes`.
    pub fn record(kind: ChangeKind, e: &BytesStart<'_>, location: Location, doc: &mut Document) -> usize {
        doc.changes.push(TrackedChange {
            kind,
            author: attr(e, "author").filter(|s| !s.is_empty()),
            date: attr(e, "date"),
            text: String::new(),
            location,
        });
        doc.changes.len() - 1
    }

    /// A change element (not empty) opens: the text inside it is its text.
    pub fn open(&mut self, index: usize, kind: ChangeKind) {
        self.open.push(index);
        if removes(kind) {
            self.removing += 1;
        }
    }

    /// The innermost change element closes.
    pub fn close(&mut self, kind: ChangeKind) {
        self.open.pop();
        if removes(kind) {
            self.removing = self.removing.saturating_sub(1);
        }
    }

    /// Whether the text now is deleted or moved away (so not shown).
    #[inline]
    pub fn removed_now(&self) -> bool {
        self.removing > 0
    }

    /// Text inside changes goes to the innermost open one only.
    #[inline]
    pub fn add_text(&self, s: &str, doc: &mut Document) {
        if let Some(c) = self.open.last().and_then(|&i| doc.changes.get_mut(i)) {
            c.text.push_str(s);
        }
    }
}

/// The kind of change an element (`ins`, `del`, `moveFrom`, `moveTo`) records.
pub(super) fn kind_of(name: &str) -> ChangeKind {
    match name {
        "ins" => ChangeKind::Insertion,
        "del" => ChangeKind::Deletion,
        "moveFrom" => ChangeKind::MoveFrom,
        _ => ChangeKind::MoveTo,
    }
}

/// Whether accepting a change of this kind takes its text away.
fn removes(kind: ChangeKind) -> bool {
    matches!(kind, ChangeKind::Deletion | ChangeKind::MoveFrom)
}
