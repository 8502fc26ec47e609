//! Comments (`office:annotation`, ODF 1.3 part 3, 14.1): author and date in
//! `dc:creator` and `dc:date`, text in its paragraphs. The commented range
//! ends at an `office:annotation-end`; the text between is body text and is
//! read as such.

use crate::document::{Comment, Document, Location, Part};

/// The comment being read.
#[derive(Debug, Default)]
pub(super) struct Comments {
    open: Option<Comment>,
}

impl Comments {
    /// An annotation opens. `resolved` is LibreOffice's `loext:resolved`;
    /// `reply` says it answers another (`loext:parent-name`).
    pub(super) fn open(&mut self, doc: &Document, resolved: bool, reply: bool, location: Location) {
        let part = Some(Part::Comment { n: u32::try_from(doc.comments.len() + 1).unwrap_or(u32::MAX) });
        self.open = Some(Comment {
            author: None,
            date: None,
            text: String::new(),
            location: Location { part, ..location },
            is_reply: reply,
            resolved,
        });
    }

    /// Whether a comment is being read.
    pub(super) fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// The open comment's place (comment 3).
    pub(super) fn part(&self) -> Option<&Part> {
        self.open.as_ref().and_then(|c| c.location.part.as_ref())
    }

    /// Text of its `dc:creator`.
    pub(super) fn author(&mut self, s: &str) {
        if let Some(c) = self.open.as_mut() {
            push_capped(c.author.get_or_insert_with(String::new), s);
        }
    }

    /// Text of its `dc:date`.
    pub(super) fn date(&mut self, s: &str) {
        if let Some(c) = self.open.as_mut() {
            push_capped(c.date.get_or_insert_with(String::new), s);
        }
    }

    /// One of its paragraphs ended.
    pub(super) fn paragraph(&mut self, text: &str) {
        if let Some(c) = self.open.as_mut() {
            if !c.text.is_empty() {
                c.text.push('\n');
            }
            c.text.push_str(text);
        }
    }

    /// The annotation closes.
    pub(super) fn close(&mut self, doc: &mut Document) {
        if let Some(mut c) = self.open.take() {
            c.author = c.author.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
            c.date = c.date.map(|d| d.trim().to_string()).filter(|d| !d.is_empty());
            doc.comments.push(c);
        }
    }
}

/// The most of a name or a date kept: a name is short, and a part of
/// megabytes in one `dc:creator` must not become a report entry of megabytes.
pub(super) const MAX_INFO_BYTES: usize = 1_000;

/// Appends `s` while the value is under [`MAX_INFO_BYTES`].
pub(super) fn push_capped(value: &mut String, s: &str) {
    if value.len() < MAX_INFO_BYTES {
        value.push_str(s);
    }
}
