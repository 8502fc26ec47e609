//! Tracked changes (ODF 1.3 part 3, 5.5). The regions come first, in
//! `text:tracked-changes`: each `text:changed-region` holds one
//! `text:insertion`, `text:deletion` or `text:format-change`, with its author
//! and date, and a deletion holds the deleted paragraphs (never shown, never
//! counted). The text then marks where each applies: `text:change` where
//! text was deleted, `text:change-start` … `text:change-end` around inserted
//! or reformatted text, which is shown and counted (changes read as accepted).

use crate::document::{ChangeKind, Document, Location, TrackedChange};
use std::collections::HashMap;

/// Regions by id, the region being read, and the insertions open in the text.
#[derive(Debug, Default)]
pub(super) struct Changes {
    by_id: HashMap<String, usize>,
    region: Option<String>,
    /// The change recorded for the region being read.
    current: Option<usize>,
    deleting: bool,
    inserting: Vec<(String, usize)>,
    /// Marks met between paragraphs, placed at the next one.
    pub(super) pending: Vec<usize>,
}

impl Changes {
    /// A `text:changed-region` opens, with its `text:id`.
    pub(super) fn region(&mut self, id: Option<String>) {
        self.region = id;
        self.current = None;
    }

    /// Its change opens: `text:insertion`, `text:deletion` or `text:format-change`.
    pub(super) fn change(&mut self, kind: ChangeKind, doc: &mut Document) {
        doc.changes.push(TrackedChange {
            kind,
            author: None,
            date: None,
            text: String::new(),
            location: Location::default(),
        });
        let i = doc.changes.len() - 1;
        self.current = Some(i);
        self.deleting = kind == ChangeKind::Deletion;
        if let Some(id) = self.region.clone() {
            self.by_id.entry(id).or_insert(i);
        }
    }

    /// The change closes: its author and date are trimmed, as written around the markup.
    pub(super) fn end_change(&mut self, doc: &mut Document) {
        self.deleting = false;
        if let Some(c) = self.current.and_then(|i| doc.changes.get_mut(i)) {
            let trimmed = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
            c.author = trimmed(c.author.take());
            c.date = trimmed(c.date.take());
        }
    }

    /// Whether deleted paragraphs are being read.
    pub(super) fn in_deletion(&self) -> bool {
        self.deleting
    }

    /// Text of the `dc:creator` (`author`) or `dc:date` of the change being read.
    pub(super) fn info(&mut self, author: bool, s: &str, doc: &mut Document) {
        let Some(c) = self.current.and_then(|i| doc.changes.get_mut(i)) else { return };
        let field = if author { &mut c.author } else { &mut c.date };
        super::comments::push_capped(field.get_or_insert_with(String::new), s);
    }

    /// Deleted text, kept with its change.
    pub(super) fn deleted_text(&mut self, s: &str, doc: &mut Document) {
        if let Some(c) = self.current.and_then(|i| doc.changes.get_mut(i)) {
            c.text.push_str(s);
        }
    }

    /// A mark in the text (`text:change`, `text:change-start`): the change's
    /// index, to be placed at this paragraph. An insertion starts gathering text.
    pub(super) fn mark(&mut self, id: Option<String>, start: bool, doc: &Document) -> Option<usize> {
        let id = id?;
        let i = *self.by_id.get(&id)?;
        let insertion = doc.changes.get(i).is_some_and(|c| c.kind == ChangeKind::Insertion);
        if start && insertion && self.inserting.len() < 64 {
            self.inserting.push((id, i));
        }
        Some(i)
    }

    /// `text:change-end`.
    pub(super) fn end(&mut self, id: Option<String>) {
        if let Some(at) = id.and_then(|id| self.inserting.iter().rposition(|(open, _)| *open == id)) {
            self.inserting.remove(at);
        }
    }

    /// Shown text, for the insertions open around it.
    pub(super) fn inserted_text(&mut self, s: &str, doc: &mut Document) {
        for &(_, i) in &self.inserting {
            if let Some(c) = doc.changes.get_mut(i) {
                c.text.push_str(s);
            }
        }
    }
}
