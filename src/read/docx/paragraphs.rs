//! Paragraphs (`w:p`) and the containers that change what they are (table
//! cells, text boxes): the text of their runs, shown or hidden, and the
//! blocks of the document they become. A paragraph whose mark is a tracked
//! deletion runs on into the next one, as Word shows it once accepted.

use super::notes::Notes;
use super::story::{Story, StoryContext};
use crate::document::{quote, Block, BlockKind, Document, Location};
use crate::error::Error;

/// A paragraph being read.
pub(super) struct Para {
    /// Shown text.
    pub text: String,
    /// Hidden text (`w:vanish`).
    pub hidden: String,
    /// Its paragraph style (`w:pStyle`).
    pub style: Option<String>,
    /// Its own outline level (`w:outlineLvl`).
    pub outline: Option<u8>,
    kind: BlockKind,
    /// Indices in `Document::links` of the links in it.
    links: Vec<usize>,
    /// Indices in `Document::changes` of the changes in it.
    changes: Vec<usize>,
    /// The paragraph mark is a tracked deletion (or moved away): accepted,
    /// the paragraph runs on into the next one, as Word shows it.
    pub mark_removed: bool,
}

/// The paragraphs open in a story, and what a paragraph's location names.
#[derive(Default)]
pub(super) struct Paragraphs {
    /// Open paragraphs, innermost last (a text box's paragraphs sit inside one).
    open: Vec<Para>,
    /// A paragraph whose mark was deleted, to be joined to the next.
    carry: Option<Para>,
    table_depth: usize,
    textbox_depth: usize,
    /// Body paragraphs with text so far (1-based once counted).
    paragraph_no: u32,
    /// The quote of the last heading, for locations.
    heading: Option<String>,
}

impl Paragraphs {
    /// The innermost open paragraph.
    #[inline]
    pub fn current(&mut self) -> Option<&mut Para> {
        self.open.last_mut()
    }

    /// The innermost open paragraph's style.
    #[inline]
    pub fn style(&self) -> Option<&str> {
        self.open.last().and_then(|p| p.style.as_deref())
    }

    /// The link at `index` in `Document::links` is in the current paragraph.
    pub fn add_link(&mut self, index: usize) {
        if let Some(p) = self.open.last_mut() {
            p.links.push(index);
        }
    }

    /// The change at `index` in `Document::changes` is in the current paragraph.
    pub fn add_change(&mut self, index: usize) {
        if let Some(p) = self.open.last_mut() {
            p.changes.push(index);
        }
    }

    /// Where text now is: the story's part (note, comment...) and the heading above.
    pub fn location(&self, story: Story, notes: &Notes) -> Location {
        Location { part: notes.part(story), heading: self.heading.clone(), ..Location::default() }
    }

    /// The number the next body paragraph with text will have (1-based).
    pub fn next_paragraph(&self) -> u32 {
        self.paragraph_no + 1
    }

    /// A `w:p` opens. It takes over a paragraph waiting to be joined, if of its kind.
    pub fn open(
        &mut self,
        story: Story,
        ctx: &StoryContext<'_>,
        notes: &mut Notes,
        doc: &mut Document,
    ) -> Result<(), Error> {
        let kind = if self.textbox_depth > 0 {
            BlockKind::TextBox
        } else if self.table_depth > 0 {
            BlockKind::TableCell
        } else {
            BlockKind::Paragraph
        };
        let mut p = Para {
            text: String::new(),
            hidden: String::new(),
            style: None,
            outline: None,
            kind,
            links: Vec::new(),
            changes: Vec::new(),
            mark_removed: false,
        };
        if let Some(c) = self.carry.take() {
            if c.kind == kind {
                p.text = c.text;
                p.hidden = c.hidden;
                p.links = c.links;
                p.changes = c.changes;
            } else {
                self.emit(c, story, ctx, notes, doc)?;
            }
        }
        self.open.push(p);
        Ok(())
    }

    /// A `w:p` closes: it becomes a block, or waits to be joined to the next.
    pub fn close(
        &mut self,
        story: Story,
        ctx: &StoryContext<'_>,
        notes: &mut Notes,
        doc: &mut Document,
    ) -> Result<(), Error> {
        let Some(p) = self.open.pop() else { return Ok(()) };
        if p.mark_removed && story != Story::Comments {
            if let Some(earlier) = self.carry.take() {
                self.emit(earlier, story, ctx, notes, doc)?;
            }
            self.carry = Some(p);
            return Ok(());
        }
        self.emit(p, story, ctx, notes, doc)
    }

    /// A paragraph whose mark was deleted and that waits for the next one,
    /// given on its own when no next paragraph follows in the same container.
    pub fn flush_carry(
        &mut self,
        story: Story,
        ctx: &StoryContext<'_>,
        notes: &mut Notes,
        doc: &mut Document,
    ) -> Result<(), Error> {
        match self.carry.take() {
            Some(c) => self.emit(c, story, ctx, notes, doc),
            None => Ok(()),
        }
    }

    /// A table cell (`w:tc`) opens.
    pub fn enter_cell(&mut self) {
        self.table_depth += 1;
    }

    /// A table cell closes.
    pub fn leave_cell(&mut self) {
        self.table_depth = self.table_depth.saturating_sub(1);
    }

    /// A text box's content (`w:txbxContent`) opens.
    pub fn enter_text_box(&mut self) {
        self.textbox_depth += 1;
    }

    /// A text box's content closes.
    pub fn leave_text_box(&mut self) {
        self.textbox_depth = self.textbox_depth.saturating_sub(1);
    }

    /// A finished paragraph becomes a block of its story (and of the hidden
    /// text, for its hidden part); a comment's paragraph becomes the comment's text.
    fn emit(
        &mut self,
        p: Para,
        story: Story,
        ctx: &StoryContext<'_>,
        notes: &mut Notes,
        doc: &mut Document,
    ) -> Result<(), Error> {
        let kept = doc.body.len() + doc.notes.len() + doc.headers_footers.len() + doc.hidden_text.len();
        let max = ctx.limits.max_docx_paragraphs;
        if kept >= max {
            return Err(Error::too_large(format!(
                "the document has more than {} paragraphs",
                crate::limits::stated(max)
            )));
        }
        let kind = block_kind(&p, story, ctx);
        let has_text = !p.text.trim().is_empty();
        let mut location = self.location(story, notes);
        if story == Story::Body && has_text {
            self.paragraph_no += 1;
            location.paragraph = Some(self.paragraph_no);
        }
        location.quote = Some(quote(if has_text { &p.text } else { &p.hidden }));
        locate_links_and_changes(&p, &location, doc);
        if !p.hidden.trim().is_empty() {
            doc.hidden_text.push(Block {
                text: p.hidden.clone(),
                kind,
                location: Location { quote: Some(quote(&p.hidden)), ..location.clone() },
            });
        }
        if story == Story::Comments {
            notes.add_comment_text(&p.text);
            return Ok(());
        }
        if !has_text {
            return Ok(());
        }
        if let BlockKind::Heading(_) = kind {
            self.heading = Some(quote(&p.text));
        }
        let block = Block { text: p.text, kind, location };
        match story {
            Story::Body => doc.body.push(block),
            Story::Footnotes | Story::Endnotes => doc.notes.push(block),
            Story::Header | Story::Footer => doc.headers_footers.push(block),
            Story::Comments => {}
        }
        Ok(())
    }
}

/// What block a finished paragraph is: in the body, a heading if its outline
/// level or style says so; elsewhere, the story's kind.
fn block_kind(p: &Para, story: Story, ctx: &StoryContext<'_>) -> BlockKind {
    match story {
        Story::Body => match p.outline.or_else(|| p.style.as_ref().and_then(|s| ctx.styles.outline(s))) {
            Some(level) if level < 9 && p.kind == BlockKind::Paragraph => BlockKind::Heading(level + 1),
            _ => p.kind,
        },
        Story::Footnotes => BlockKind::Footnote,
        Story::Endnotes => BlockKind::Endnote,
        Story::Header => BlockKind::Header,
        Story::Footer => BlockKind::Footer,
        Story::Comments => p.kind,
    }
}

/// The links and changes of a paragraph point at it once it is finished.
fn locate_links_and_changes(p: &Para, location: &Location, doc: &mut Document) {
    for &i in &p.links {
        if let Some(l) = doc.links.get_mut(i) {
            l.location = Location { quote: None, ..location.clone() };
        }
    }
    for &i in &p.changes {
        if let Some(c) = doc.changes.get_mut(i) {
            c.location = location.clone();
        }
    }
}
