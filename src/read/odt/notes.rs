//! Footnotes and endnotes (`text:note`, ODF 1.3 part 3, 6.3): the body in
//! `text:note-body` is the note; the citation (`text:note-citation`, the
//! number shown) is skipped by the reader, as Word's note reference is.

use crate::document::{BlockKind, Part};

/// The note being read, and how many of each class came before.
#[derive(Debug, Default)]
pub(super) struct Notes {
    current: Option<(BlockKind, Part)>,
    in_body: bool,
    footnotes: u32,
    endnotes: u32,
}

impl Notes {
    /// A `text:note` opens, of `text:note-class` `class` (footnote when absent).
    pub(super) fn open(&mut self, class: Option<&str>) {
        self.current = Some(if class == Some("endnote") {
            self.endnotes += 1;
            (BlockKind::Endnote, Part::Endnote { n: self.endnotes })
        } else {
            self.footnotes += 1;
            (BlockKind::Footnote, Part::Footnote { n: self.footnotes })
        });
    }

    /// `text:note-body` opens (`true`) or closes.
    pub(super) fn body(&mut self, open: bool) {
        self.in_body = open && self.current.is_some();
    }

    /// The `text:note` closes.
    pub(super) fn close(&mut self) {
        self.current = None;
        self.in_body = false;
    }

    /// The kind and place of paragraphs read now, inside a note's body.
    pub(super) fn here(&self) -> Option<(BlockKind, Part)> {
        self.current.clone().filter(|_| self.in_body)
    }
}
