//! One story (the main text, a note, a header, a comment, the text boxes)
//! read character by character into the [`Document`]: each control
//! character goes to its own small handler ([`Mark`]), and one tracker per
//! concern (fields and links, tracked changes, the paragraph) keeps its state.

use super::props::{CharProps, Cursor, ParaProps, Revision};
use super::styles::Styles;
use crate::document::Part as Place;
use crate::document::*;
use crate::error::Error;
use crate::limits::Limits;

/// Fields inside fields: Word nests a few; more is a hostile file.
const MAX_FIELD_NESTING: usize = 64;
/// The most of a field's code kept (a `HYPERLINK` with its URL fits).
const MAX_FIELD_CODE: usize = 4096;
/// The most of a link's shown text kept.
const MAX_LINK_TEXT: usize = 2_000;

/// Which part of the document a story is, and so where its paragraphs go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Part {
    /// The main text.
    Body,
    /// Text boxes of the main text (kept with the body, as Word counts them).
    TextBox,
    /// A footnote or an endnote, with its place (footnote 2).
    Note(BlockKind, Place),
    /// A header or footer story (or a text box in one).
    HeaderFooter(BlockKind),
    /// A comment, with its place (comment 1).
    Comment(Place),
}

/// What a character means: the table the story reader dispatches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// A character of text (a UTF-16 code unit).
    Text(u16),
    /// The end of a paragraph (also a page or section break).
    ParagraphEnd,
    /// The end of a table cell or row.
    CellEnd,
    FieldBegin,
    FieldSeparator,
    FieldEnd,
    /// Pictures, drawn objects, note and comment references, optional hyphens.
    Nothing,
}

fn mark(unit: u16, props: &CharProps) -> Mark {
    match unit {
        0x0D | 0x0C => Mark::ParagraphEnd,
        0x07 => Mark::CellEnd,
        0x13 => Mark::FieldBegin,
        0x14 => Mark::FieldSeparator,
        0x15 => Mark::FieldEnd,
        0x09 | 0x0B => Mark::Text(unit),
        // A non-breaking hyphen.
        0x1E => Mark::Text(u16::from(b'-')),
        0x00..=0x1F => Mark::Nothing,
        // A symbol: the glyph is in `sprmCSymbol`, the text holds '('. Other
        // letters marked special show as letters (POI's Bug48075.doc has a
        // stale special run over a whole paragraph of text that Word shows).
        0x28 if props.special => Mark::Nothing,
        _ => Mark::Text(unit),
    }
}

/// What every story reads from: the text, its properties, the style sheet and authors.
pub(super) struct Source<'a> {
    pub(super) text: &'a [u16],
    pub(super) chars: &'a [(u32, CharProps)],
    pub(super) paras: &'a [(u32, ParaProps)],
    pub(super) styles: &'a Styles,
    /// Revision authors (`SttbfRMark`).
    pub(super) authors: &'a [String],
    pub(super) limits: &'a Limits,
}

/// What is shared by all stories of one document: the output, and the body's numbering.
pub(super) struct Writer<'d> {
    pub(super) doc: &'d mut Document,
    paragraph_no: u32,
    heading: Option<String>,
    /// A comment's text, gathered while its story is read.
    pub(super) comment_text: String,
}

impl<'d> Writer<'d> {
    pub(super) fn new(doc: &'d mut Document) -> Self {
        Writer { doc, paragraph_no: 0, heading: None, comment_text: String::new() }
    }
}

#[derive(Default)]
struct Para {
    text: Vec<u16>,
    hidden: Vec<u16>,
    in_cell: bool,
    links: Vec<usize>,
    changes: Vec<usize>,
}

struct Field {
    code: Vec<u16>,
    in_code: bool,
    link: Option<LinkCapture>,
    deleted: bool,
}

struct LinkCapture {
    url: String,
    kind: LinkKind,
    text: Vec<u16>,
    saw_hidden: bool,
}

struct OpenChange {
    kind: ChangeKind,
    revision: Revision,
    text: Vec<u16>,
}

struct StoryReader<'s, 'w, 'd> {
    src: &'s Source<'s>,
    w: &'w mut Writer<'d>,
    part: Part,
    para: Para,
    fields: Vec<Field>,
    change: Option<OpenChange>,
    paras: Cursor<'s, ParaProps>,
}

/// Reads the characters `start..end` as `part`.
pub(super) fn read(src: &Source<'_>, start: u32, end: u32, part: Part, w: &mut Writer<'_>) -> Result<(), Error> {
    let paras = Cursor::new(src.paras);
    let mut r = StoryReader { src, w, part, para: Para::default(), fields: Vec::new(), change: None, paras };
    let mut chars = Cursor::new(src.chars);
    for cp in start..end {
        let Some(&unit) = src.text.get(cp as usize) else { break };
        let props = chars.at(cp);
        match mark(unit, &props) {
            Mark::Text(u) => r.text(u, &props, cp),
            // A deleted paragraph mark, accepted: the paragraph runs on into the next.
            Mark::ParagraphEnd if props.deleted.is_some() && unit == 0x0D => {}
            Mark::ParagraphEnd => {
                let pp = r.paras.at(cp);
                r.end_paragraph(pp, false)?;
            }
            Mark::CellEnd => {
                let pp = r.paras.at(cp);
                r.end_paragraph(pp, true)?;
            }
            Mark::FieldBegin => r.begin_field(&props)?,
            Mark::FieldSeparator => r.separate_field(),
            Mark::FieldEnd => r.end_field(),
            Mark::Nothing => {}
        }
    }
    while !r.fields.is_empty() {
        r.end_field();
    }
    // Text after the story's last paragraph mark (a damaged or cut file).
    if !r.para.text.is_empty() || !r.para.hidden.is_empty() {
        r.end_paragraph(ParaProps::default(), false)?;
    }
    r.close_change();
    Ok(())
}

impl StoryReader<'_, '_, '_> {
    /// A character of text goes to the open field's code, a tracked
    /// deletion, the hidden text, or the shown text (and the open links).
    fn text(&mut self, u: u16, props: &CharProps, cp: u32) {
        if let Some(f) = self.fields.last_mut().filter(|f| f.in_code) {
            if f.code.len() < MAX_FIELD_CODE {
                f.code.push(u);
            }
            return;
        }
        if self.fields.iter().any(|f| f.in_code) {
            return;
        }
        if let Some(rev) = props.deleted {
            self.track(Some((ChangeKind::Deletion, rev)), u);
            return;
        }
        if self.hidden(props, cp) {
            self.track(None, u);
            self.para.hidden.push(u);
            for l in self.fields.iter_mut().filter_map(|f| f.link.as_mut()) {
                l.saw_hidden = true;
            }
            return;
        }
        self.track(props.inserted.map(|r| (ChangeKind::Insertion, r)), u);
        self.para.text.push(u);
        for l in self.fields.iter_mut().filter_map(|f| f.link.as_mut()) {
            if l.text.len() < MAX_LINK_TEXT {
                l.text.push(u);
            }
        }
    }

    /// Whether a character is hidden: its run's toggle, read against its
    /// character style, else its paragraph's style.
    fn hidden(&mut self, props: &CharProps, cp: u32) -> bool {
        let styles = self.src.styles;
        let style = match props.char_style.and_then(|s| styles.vanish(s)) {
            Some(v) => v,
            None => styles.vanish(self.paras.at(cp).istd).unwrap_or(false),
        };
        super::props::hidden(props.vanish, style)
    }

    /// Keeps one open change while consecutive characters share it.
    fn track(&mut self, now: Option<(ChangeKind, Revision)>, u: u16) {
        let same = match (&self.change, now) {
            (Some(c), Some((kind, rev))) => c.kind == kind && c.revision == rev,
            (None, None) => true,
            _ => false,
        };
        if !same {
            self.close_change();
            self.change = now.map(|(kind, revision)| OpenChange { kind, revision, text: Vec::new() });
        }
        if let Some(c) = self.change.as_mut() {
            c.text.push(u);
        }
    }

    fn close_change(&mut self) {
        let Some(c) = self.change.take() else { return };
        let author = c.revision.author.and_then(|i| self.src.authors.get(usize::from(i))).filter(|a| !a.is_empty());
        self.w.doc.changes.push(TrackedChange {
            kind: c.kind,
            author: author.cloned(),
            date: dttm(c.revision.dttm),
            text: String::from_utf16_lossy(&c.text),
            location: self.part_location(),
        });
        self.para.changes.push(self.w.doc.changes.len() - 1);
    }

    fn begin_field(&mut self, props: &CharProps) -> Result<(), Error> {
        if self.fields.len() >= MAX_FIELD_NESTING {
            return Err(Error::too_large(format!("fields nested more than {MAX_FIELD_NESTING} deep")));
        }
        let deleted = props.deleted.is_some() || self.fields.iter().any(|f| f.deleted);
        self.fields.push(Field { code: Vec::new(), in_code: true, link: None, deleted });
        Ok(())
    }

    /// The field's code is complete: a `HYPERLINK` starts a link of the shown text.
    fn separate_field(&mut self) {
        let links_here = matches!(self.part, Part::Body | Part::TextBox | Part::Note(..));
        let Some(f) = self.fields.last_mut().filter(|f| f.in_code) else { return };
        f.in_code = false;
        if f.deleted || !links_here {
            return;
        }
        let code = String::from_utf16_lossy(&f.code);
        if let Some((url, kind)) = super::fields::parse_hyperlink(&code) {
            f.link = Some(LinkCapture { url, kind, text: Vec::new(), saw_hidden: false });
        }
    }

    fn end_field(&mut self) {
        let Some(f) = self.fields.pop() else { return };
        let Some(l) = f.link else { return };
        let text = String::from_utf16_lossy(&l.text);
        // A link whose text is all hidden is not shown: it is no link of the shown text.
        if l.saw_hidden && text.trim().is_empty() {
            return;
        }
        self.w.doc.links.push(Link {
            url: l.url,
            text: text.split_whitespace().collect::<Vec<_>>().join(" "),
            location: self.part_location(),
            kind: l.kind,
            origin: LinkOrigin::Field,
        });
        self.para.links.push(self.w.doc.links.len() - 1);
    }

    fn part_location(&self) -> Location {
        let part = match &self.part {
            Part::Body => None,
            Part::TextBox => Some(Place::TextBox),
            Part::Note(_, place) | Part::Comment(place) => Some(place.clone()),
            Part::HeaderFooter(BlockKind::Footer) => Some(Place::Footer),
            Part::HeaderFooter(_) => Some(Place::Header),
        };
        Location { part, heading: self.w.heading.clone(), ..Location::default() }
    }

    fn end_paragraph(&mut self, pp: ParaProps, cell: bool) -> Result<(), Error> {
        self.close_change();
        let mut p = std::mem::take(&mut self.para);
        p.in_cell = cell || pp.in_table;
        let kept = self.w.doc.body.len()
            + self.w.doc.notes.len()
            + self.w.doc.headers_footers.len()
            + self.w.doc.hidden_text.len();
        if kept >= self.src.limits.max_docx_paragraphs {
            let max = crate::limits::stated(self.src.limits.max_docx_paragraphs);
            return Err(Error::too_large(format!("the document has more than {max} paragraphs")));
        }
        let kind = self.block_kind(&p, pp);
        self.emit(p, kind);
        Ok(())
    }

    fn block_kind(&self, p: &Para, pp: ParaProps) -> BlockKind {
        match &self.part {
            Part::Body if p.in_cell => BlockKind::TableCell,
            Part::Body => match pp.outline.filter(|&l| l < 9).or_else(|| self.src.styles.outline(pp.istd)) {
                Some(level) => BlockKind::Heading(level + 1),
                None => BlockKind::Paragraph,
            },
            Part::TextBox => BlockKind::TextBox,
            Part::Note(kind, _) | Part::HeaderFooter(kind) => *kind,
            Part::Comment(_) => BlockKind::Paragraph,
        }
    }

    /// A finished paragraph: its shown text to its part, its hidden text
    /// to `hidden_text`, and its place to its links and changes.
    fn emit(&mut self, p: Para, kind: BlockKind) {
        let text = String::from_utf16_lossy(&p.text);
        let hidden = String::from_utf16_lossy(&p.hidden);
        let has_text = !text.trim().is_empty();
        let mut location = self.part_location();
        if self.part == Part::Body && has_text {
            self.w.paragraph_no += 1;
            location.paragraph = Some(self.w.paragraph_no);
        }
        location.quote = Some(quote(if has_text { &text } else { &hidden }));
        let doc = &mut *self.w.doc;
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
        if !hidden.trim().is_empty() {
            let location = Location { quote: Some(quote(&hidden)), ..location.clone() };
            doc.hidden_text.push(Block { text: hidden, kind, location });
        }
        if let Part::Comment(_) = self.part {
            if !self.w.comment_text.is_empty() {
                self.w.comment_text.push('\n');
            }
            self.w.comment_text.push_str(&text);
            return;
        }
        if !has_text {
            return;
        }
        if let BlockKind::Heading(_) = kind {
            self.w.heading = Some(quote(&text));
        }
        let block = Block { text, kind, location };
        match self.part {
            Part::Body | Part::TextBox => doc.body.push(block),
            Part::Note(..) => doc.notes.push(block),
            Part::HeaderFooter(_) => doc.headers_footers.push(block),
            Part::Comment(_) => {}
        }
    }
}

/// A DTTM (minutes, hours, day, month, years since 1900 in bit fields) as
/// ISO 8601, or `None` when it is zero or not a date.
pub(super) fn dttm(v: u32) -> Option<String> {
    let minute = v & 0x3F;
    let hour = (v >> 6) & 0x1F;
    let day = (v >> 11) & 0x1F;
    let month = (v >> 16) & 0x0F;
    let year = 1900 + ((v >> 20) & 0x1FF);
    if v == 0 || day == 0 || !(1..=12).contains(&month) || hour > 23 || minute > 59 {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:00Z"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_have_their_handlers() {
        let plain = CharProps::default();
        let special = CharProps { special: true, ..CharProps::default() };
        assert_eq!(mark(0x0D, &plain), Mark::ParagraphEnd);
        assert_eq!(mark(0x07, &plain), Mark::CellEnd);
        assert_eq!(mark(0x13, &special), Mark::FieldBegin);
        assert_eq!(mark(0x01, &special), Mark::Nothing, "a picture");
        assert_eq!(mark(0x02, &special), Mark::Nothing, "a footnote reference");
        assert_eq!(mark(0x28, &special), Mark::Nothing, "a symbol");
        assert_eq!(mark(0x28, &plain), Mark::Text(0x28));
        assert_eq!(mark(u16::from(b'a'), &special), Mark::Text(u16::from(b'a')));
        assert_eq!(mark(0x1F, &plain), Mark::Nothing, "an optional hyphen");
    }

    #[test]
    fn dttm_dates() {
        // 2024-05-10 14:30: minutes 30, hours 14, day 10, month 5, year 124.
        let v = 30 | (14 << 6) | (10 << 11) | (5 << 16) | (124 << 20);
        assert_eq!(dttm(v).as_deref(), Some("2024-05-10T14:30:00Z"));
        assert_eq!(dttm(0), None);
    }
}
