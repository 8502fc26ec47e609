//! Paragraphs (`text:p`, `text:h`) as they open and close, nested (a note or
//! a text box sits inside the paragraph it is anchored in), and what each
//! becomes: a body, note, header or footer block, a comment's text, or
//! deleted text of a tracked change.

use crate::document::{quote, Block, BlockKind, Document, Location, Part};
use crate::error::Error;

/// Where a paragraph's text goes.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Dest {
    /// The body, as this kind of block.
    Body(BlockKind),
    /// A footnote or endnote, with its place (footnote 2).
    Note(BlockKind, Part),
    /// A header or footer of a master page.
    HeaderFooter(BlockKind),
    /// The text of the comment being read.
    Comment,
    /// Text deleted by a tracked change: never shown.
    Deleted,
    /// Nowhere (a paragraph outside any story, as in a style's template).
    Nowhere,
}

/// A paragraph being read.
#[derive(Debug)]
pub(super) struct Para {
    pub(super) dest: Dest,
    pub(super) text: String,
    pub(super) hidden: String,
    /// Whether its paragraph style hides it, when the style says.
    pub(super) style_hidden: Option<bool>,
    /// A `text:hidden-paragraph` field hides it.
    pub(super) field_hidden: bool,
    /// Links and changes in it, whose location is set when it ends.
    pub(super) links: Vec<usize>,
    pub(super) changes: Vec<usize>,
    pub(super) embedded: Vec<usize>,
}

impl Para {
    pub(super) fn new(dest: Dest, style_hidden: Option<bool>) -> Para {
        Para {
            dest,
            text: String::new(),
            hidden: String::new(),
            style_hidden,
            field_hidden: false,
            links: Vec::new(),
            changes: Vec::new(),
            embedded: Vec::new(),
        }
    }
}

/// The open paragraphs and the body's running place (number, heading above).
#[derive(Debug, Default)]
pub(super) struct Paragraphs {
    pub(super) open: Vec<Para>,
    /// Non-empty body paragraphs so far.
    number: u32,
    /// The last heading's quote.
    pub(super) heading: Option<String>,
}

impl Paragraphs {
    /// The innermost open paragraph.
    pub(super) fn top(&mut self) -> Option<&mut Para> {
        self.open.last_mut()
    }

    /// The place of something in the innermost paragraph's story, before it ends.
    pub(super) fn part_location(&self, dest: &Dest, comment: Option<&Part>) -> Location {
        let part = match dest {
            Dest::Note(_, place) => Some(place.clone()),
            Dest::HeaderFooter(BlockKind::Footer) => Some(Part::Footer),
            Dest::HeaderFooter(_) => Some(Part::Header),
            Dest::Comment => comment.cloned(),
            _ => None,
        };
        Location { part, heading: self.heading.clone(), ..Location::default() }
    }

    /// Gives a finished paragraph of a shown story to the document.
    /// `max` is the paragraph limit (body, notes, headers, footers and hidden text together).
    pub(super) fn emit(&mut self, mut p: Para, doc: &mut Document, max: usize) -> Result<(), Error> {
        let kept = doc.body.len() + doc.notes.len() + doc.headers_footers.len() + doc.hidden_text.len();
        if kept >= max {
            return Err(Error::too_large(format!(
                "the document has more than {} paragraphs",
                crate::limits::stated(max)
            )));
        }
        if p.field_hidden {
            p.hidden.push_str(&std::mem::take(&mut p.text));
        }
        let kind = match &p.dest {
            Dest::Body(k) | Dest::Note(k, _) | Dest::HeaderFooter(k) => *k,
            _ => return Ok(()),
        };
        let has_text = !p.text.trim().is_empty();
        let mut location = self.part_location(&p.dest, None);
        if matches!(p.dest, Dest::Body(_)) && has_text {
            self.number += 1;
            location.paragraph = Some(self.number);
        }
        location.quote = Some(quote(if has_text { &p.text } else { &p.hidden }));
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
        for &i in &p.embedded {
            if let Some(e) = doc.embedded.get_mut(i) {
                e.location = location.clone();
            }
        }
        if !p.hidden.trim().is_empty() {
            let hidden_at = Location { quote: Some(quote(&p.hidden)), ..location.clone() };
            doc.hidden_text.push(Block { text: p.hidden, kind, location: hidden_at });
        }
        if !has_text {
            return Ok(());
        }
        if let BlockKind::Heading(_) = kind {
            self.heading = Some(quote(&p.text));
        }
        let block = Block { text: p.text, kind, location };
        match p.dest {
            Dest::Body(_) => doc.body.push(block),
            Dest::Note(..) => doc.notes.push(block),
            _ => doc.headers_footers.push(block),
        }
        Ok(())
    }
}
