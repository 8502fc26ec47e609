//! Where each story lies in the document's character positions, and how
//! notes, headers and comments divide their stories ([MS-DOC] 2.3).
//!
//! The stories follow each other: main text, footnotes, headers and
//! footers, (an unused macro story), comments, endnotes, text boxes, header
//! text boxes.

use super::bytes::{u16_at, utf16, Plc};
use super::fib::{Fib, StoryLengths, Table};
use super::story::Part;
use crate::document::{BlockKind, Part as Place};

/// Headers and footers: the first six stories are the note separators.
const SEPARATOR_STORIES: usize = 6;
/// Stories, comments or notes read from one file: far more than real files have.
const MAX_SUBSTORIES: usize = 100_000;

/// A part of the text, `start..end` in character positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Span {
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) part: Part,
    /// For a comment: its author's index in the comment authors.
    pub(super) author: Option<usize>,
}

/// The start of each story, in the order they are stored.
#[derive(Debug, Clone, Copy)]
pub(super) struct Layout {
    pub(super) text: u32,
    footnotes: u32,
    headers: u32,
    comments: u32,
    endnotes: u32,
    textboxes: u32,
    header_textboxes: u32,
    /// The end of the last story.
    pub(super) end: u32,
}

impl Layout {
    pub(super) fn of(c: &StoryLengths) -> Layout {
        let footnotes = c.text;
        let headers = footnotes.saturating_add(c.footnotes);
        let comments = headers.saturating_add(c.headers).saturating_add(c.macros);
        let endnotes = comments.saturating_add(c.comments);
        let textboxes = endnotes.saturating_add(c.endnotes);
        let header_textboxes = textboxes.saturating_add(c.textboxes);
        let end = header_textboxes.saturating_add(c.header_textboxes);
        Layout { text: c.text, footnotes, headers, comments, endnotes, textboxes, header_textboxes, end }
    }

    /// Every part to read, in reading order.
    pub(super) fn spans(&self, fib: &Fib, table: &[u8]) -> Vec<Span> {
        let span = |start, end, part| Span { start, end, part, author: None };
        let mut out = vec![span(0, self.text, Part::Body)];
        out.push(span(self.textboxes, self.header_textboxes, Part::TextBox));
        out.extend(notes(fib.table(Table::PlcffndTxt, table), self.footnotes, self.headers, BlockKind::Footnote));
        out.extend(notes(fib.table(Table::PlcfendTxt, table), self.endnotes, self.textboxes, BlockKind::Endnote));
        out.extend(headers(fib.table(Table::PlcfHdd, table), self.headers, self.comments));
        out.push(span(self.header_textboxes, self.end, Part::HeaderFooter(BlockKind::Header)));
        out.extend(comments(fib, table, self.comments, self.endnotes));
        out.retain(|s| s.start < s.end);
        out
    }
}

/// The intervals of a positions-only PLC, shifted to `base` and kept inside `base..limit`.
fn intervals(plc: Option<&[u8]>, base: u32, limit: u32) -> Vec<(u32, u32)> {
    let Some(plc) = plc.and_then(|b| Plc::new(b, 0)) else { return Vec::new() };
    (0..plc.len.min(MAX_SUBSTORIES))
        .filter_map(|i| Some((plc.pos(i)?, plc.pos(i + 1)?)))
        .map(|(s, e)| (base.saturating_add(s).min(limit), base.saturating_add(e).min(limit)))
        .collect()
}

fn notes(plc: Option<&[u8]>, base: u32, limit: u32, kind: BlockKind) -> Vec<Span> {
    intervals(plc, base, limit)
        .into_iter()
        .zip(1u32..)
        .map(|((start, end), n)| {
            let place = if kind == BlockKind::Endnote { Place::Endnote { n } } else { Place::Footnote { n } };
            Span { start, end, part: Part::Note(kind, place), author: None }
        })
        .collect()
}

/// Header and footer stories: after the six separators, six a section
/// (even header, odd header, even footer, odd footer, first header, first footer).
fn headers(plc: Option<&[u8]>, base: u32, limit: u32) -> Vec<Span> {
    intervals(plc, base, limit)
        .into_iter()
        .enumerate()
        .skip(SEPARATOR_STORIES)
        .map(|(i, (start, end))| {
            let kind = match (i - SEPARATOR_STORIES) % 6 {
                2 | 3 | 5 => BlockKind::Footer,
                _ => BlockKind::Header,
            };
            Span { start, end, part: Part::HeaderFooter(kind), author: None }
        })
        .collect()
}

/// Comments: their text positions, and each one's author index from its ATRD record.
fn comments(fib: &Fib, table: &[u8], base: u32, limit: u32) -> Vec<Span> {
    let refs = fib.table(Table::PlcfandRef, table).and_then(|b| Plc::new(b, 30));
    // The text positions end with a guard interval: the references say how many comments there are.
    let count = refs.as_ref().map_or(0, |r| r.len);
    intervals(fib.table(Table::PlcfandTxt, table), base, limit)
        .into_iter()
        .take(count)
        .enumerate()
        .map(|(i, (start, end))| {
            let ibst = refs.as_ref().and_then(|r| r.item(i)).and_then(|atrd| u16_at(atrd, 20));
            let author = ibst.and_then(|v| usize::try_from(i16::from_le_bytes(v.to_le_bytes())).ok());
            let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
            Span { start, end, part: Part::Comment(Place::Comment { n }), author }
        })
        .collect()
}

/// The comment authors (`GrpXstAtnOwners`: strings of a 16-bit length and UTF-16 text).
pub(super) fn comment_authors(b: Option<&[u8]>) -> Vec<String> {
    let mut out = Vec::new();
    let Some(b) = b else { return out };
    let mut at = 0;
    while let Some(cch) = u16_at(b, at) {
        let Some(chars) = b.get(at + 2..at + 2 + usize::from(cch) * 2) else { break };
        out.push(utf16(chars));
        at += 2 + usize::from(cch) * 2;
        if out.len() >= MAX_SUBSTORIES {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stories_follow_each_other() {
        let c = StoryLengths {
            text: 10,
            footnotes: 5,
            headers: 7,
            comments: 3,
            endnotes: 2,
            textboxes: 4,
            ..StoryLengths::default()
        };
        let l = Layout::of(&c);
        assert_eq!((l.footnotes, l.headers, l.comments, l.endnotes, l.textboxes, l.end), (10, 15, 22, 25, 27, 31));
    }

    #[test]
    fn headers_skip_the_separators_and_alternate() {
        // Positions 0..=8 (8 stories): 6 separators, an even header 6..7, an odd header 7..8.
        let plc: Vec<u8> = (0u32..=8).flat_map(|v| v.to_le_bytes()).collect();
        let spans = headers(Some(&plc), 100, 200);
        assert_eq!(spans.len(), 2);
        assert_eq!((spans[0].start, spans[1].end), (106, 108));
    }

    #[test]
    fn comment_authors_are_length_prefixed() {
        let b = [2, 0, b'A', 0, b'b', 0, 1, 0, b'C', 0, 9, 0];
        assert_eq!(comment_authors(Some(&b)), vec!["Ab".to_string(), "C".to_string()]);
    }
}
