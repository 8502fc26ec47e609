//! Footnotes, endnotes and comments: which note or comment the text being
//! read belongs to (it names the part of a location: "footnote 3",
//! "comment 2"), and the comments themselves, with what
//! `commentsExtended.xml` says about replies and resolved ones.

use super::story::{Story, Tag};
use crate::document::{Comment, Document, Location, Part};
use crate::error::Error;
use crate::limits::Limits;
use crate::read::xml::{attr, each_element};
use quick_xml::events::BytesStart;

/// The note or comment being read.
#[derive(Default)]
pub(super) struct Notes {
    /// Notes counted so far in this story (separators left out).
    note_no: u32,
    /// The footnote or endnote being read.
    note_label: Option<Part>,
    comment: Option<Comment>,
    /// The `w14:paraId` of the comment's last paragraph.
    comment_para_id: Option<String>,
    /// One a comment, in the order of `Document::comments` (this story's share).
    comment_para_ids: Vec<Option<String>>,
}

impl Notes {
    /// A `w:footnote` or `w:endnote` opens; separators are skipped whole.
    pub fn open_note(&mut self, e: &BytesStart<'_>, story: Story) -> Tag {
        let t = attr(e, "type");
        if matches!(t.as_deref(), Some("separator" | "continuationSeparator" | "continuationNotice")) {
            return Tag::Skip;
        }
        self.note_no += 1;
        let n = self.note_no;
        self.note_label = Some(if story == Story::Endnotes { Part::Endnote { n } } else { Part::Footnote { n } });
        Tag::Note
    }

    /// The note closes.
    pub fn close_note(&mut self) {
        self.note_label = None;
    }

    /// A `w:comment` opens (an empty one is finished at once).
    pub fn open_comment(&mut self, e: &BytesStart<'_>, doc: &mut Document, empty: bool) -> Tag {
        self.comment = Some(Comment {
            author: attr(e, "author").filter(|s| !s.is_empty()),
            date: attr(e, "date"),
            text: String::new(),
            location: Location {
                part: Some(Part::Comment { n: u32::try_from(doc.comments.len() + 1).unwrap_or(u32::MAX) }),
                ..Location::default()
            },
            is_reply: false,
            resolved: false,
        });
        self.comment_para_id = None;
        if empty {
            self.finish_comment(doc);
            return Tag::Other;
        }
        Tag::Comment
    }

    /// A paragraph of a comment opens: its id, so the last one names the comment.
    pub fn comment_paragraph(&mut self, e: &BytesStart<'_>) {
        self.comment_para_id = attr(e, "paraId");
    }

    /// A paragraph of the comment ends: its text, on a line of its own.
    pub fn add_comment_text(&mut self, text: &str) {
        if let Some(c) = self.comment.as_mut() {
            if !c.text.is_empty() {
                c.text.push('\n');
            }
            c.text.push_str(text);
        }
    }

    /// The comment closes: it is kept.
    pub fn finish_comment(&mut self, doc: &mut Document) {
        if let Some(c) = self.comment.take() {
            doc.comments.push(c);
            self.comment_para_ids.push(self.comment_para_id.take());
        }
    }

    /// The part a location in this story names: the note or comment, or
    /// the header or footer (none in the body).
    pub fn part(&self, story: Story) -> Option<Part> {
        match story {
            Story::Body => None,
            Story::Footnotes | Story::Endnotes => self.note_label.clone(),
            Story::Header => Some(Part::Header),
            Story::Footer => Some(Part::Footer),
            Story::Comments => self.comment.as_ref().and_then(|c| c.location.part.clone()),
        }
    }

    /// The paragraph ids of the comments read, for [`apply_comments_extended`].
    pub fn into_comment_para_ids(self) -> Vec<Option<String>> {
        self.comment_para_ids
    }
}

/// `commentsExtended.xml` says which comments are replies and which are done,
/// keyed by the `w14:paraId` of each comment's last paragraph.
pub(super) fn apply_comments_extended(
    xml: &[u8],
    para_ids: &[Option<String>],
    doc: &mut Document,
    limits: &Limits,
) -> Result<(), Error> {
    each_element(xml, limits, "the comments part", |e| {
        if e.local_name().as_ref() != "commentEx" {
            return Ok(());
        }
        let Some(id) = attr(e, "paraId") else { return Ok(()) };
        let Some(i) = para_ids.iter().position(|p| p.as_deref() == Some(id.as_str())) else { return Ok(()) };
        if let Some(c) = doc.comments.get_mut(i) {
            c.is_reply = attr(e, "paraIdParent").is_some();
            c.resolved = attr(e, "done").is_some_and(|v| v == "1" || v == "true");
        }
        Ok(())
    })
}
