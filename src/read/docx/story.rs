//! The story reader: one part's XML (the body, the notes, a header, a
//! footer, the comments), streamed with quick-xml. One dispatch on the
//! element name ([`StoryReader::open`]) hands each element to a small
//! handler; each concern keeps its state in its own tracker (paragraphs,
//! hidden runs, fields, links, changes, notes and comments; in the body,
//! pictures, tables and the runs' declared languages).

use super::changes::{self, Changes};
use super::drawings::{is_drawing_element, Drawings};
use super::fields::Fields;
use super::hidden::RunHiding;
use super::languages::RunLanguages;
use super::links::Links;
use super::notes::Notes;
use super::paragraphs::Paragraphs;
use super::styles::Styles;
use super::symbols::symbol_char;
use crate::document::{ChangeKind, Document, Location};
use crate::error::Error;
use crate::limits::Limits;
use crate::read::package::Relationship;
use crate::read::tables::Tables;
use crate::read::xml::{attr, resolve_ref};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;

const W_TRANSITIONAL: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Which part of the document a story is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Story {
    Body,
    Footnotes,
    Endnotes,
    Header,
    Footer,
    Comments,
}

/// What a story's reading needs from the rest of the package.
pub(super) struct StoryContext<'a> {
    /// The part's own relationships (hyperlink targets).
    pub rels: &'a [Relationship],
    pub styles: &'a Styles,
    pub limits: &'a Limits,
}

/// The elements the reader acts on. Everything else is a transparent container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tag {
    P,
    R,
    T,
    DelText,
    InstrText,
    RPr,
    PPr,
    /// A tracked change (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`).
    Change(ChangeKind),
    Hyperlink,
    FldSimple,
    Tc,
    TxbxContent,
    Note,
    Comment,
    /// A DrawingML drawing (`wp:inline`, `wp:anchor`).
    Drawing,
    Tbl,
    /// Skipped with all it holds: `mc:Fallback`, property-change records.
    Skip,
    Other,
}

/// Reads one story into `doc`; gives the paragraph ids of the comments it
/// read (for `commentsExtended.xml`). `budget` is the text still allowed.
pub(super) fn read_story(
    xml: &[u8],
    story: Story,
    ctx: &StoryContext<'_>,
    doc: &mut Document,
    budget: &mut usize,
) -> Result<Vec<Option<String>>, Error> {
    let mut r = StoryReader {
        story,
        ctx,
        stack: Vec::with_capacity(64),
        paras: Paragraphs::default(),
        hiding: RunHiding::default(),
        fields: Fields::default(),
        links: Links::default(),
        changes: Changes::default(),
        notes: Notes::default(),
        drawings: Drawings::default(),
        tables: Tables::default(),
        languages: RunLanguages::default(),
        budget,
    };
    r.run(xml, doc)?;
    if story == Story::Body {
        doc.accessibility.language = r.languages.main();
    }
    Ok(r.notes.into_comment_para_ids())
}

struct StoryReader<'a> {
    story: Story,
    ctx: &'a StoryContext<'a>,
    /// The open elements the reader acts on.
    stack: Vec<Tag>,
    paras: Paragraphs,
    hiding: RunHiding,
    fields: Fields,
    links: Links,
    changes: Changes,
    notes: Notes,
    drawings: Drawings,
    tables: Tables,
    languages: RunLanguages,
    budget: &'a mut usize,
}

fn is_w(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(Namespace(n)) if *n == W_TRANSITIONAL || *n == W_STRICT)
}

fn is_mc(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(Namespace(n)) if *n == MC)
}

impl StoryReader<'_> {
    /// The event loop: elements to [`Self::open`] and [`Self::close`], character data to [`Self::text`].
    fn run(&mut self, xml: &[u8], doc: &mut Document) -> Result<(), Error> {
        let mut reader = NsReader::from_reader(xml);
        let mut buf = Vec::with_capacity(1024);
        let mut skip_until: Option<usize> = None;
        loop {
            let pos = reader.buffer_position();
            let (ns, ev) = reader
                .read_resolved_event_into(&mut buf)
                .map_err(|e| Error::corrupt(format!("the document's XML is damaged near byte {pos} ({e})")))?;
            match ev {
                Event::Start(ref e) => {
                    if self.stack.len() >= self.ctx.limits.max_xml_depth {
                        return Err(Error::too_large(format!(
                            "the document's XML is nested more than {} levels deep",
                            self.ctx.limits.max_xml_depth
                        )));
                    }
                    if skip_until.is_some() {
                        self.stack.push(Tag::Skip);
                        continue;
                    }
                    let tag = self.open(&ns, e, doc, false)?;
                    if tag == Tag::Skip {
                        skip_until = Some(self.stack.len());
                    }
                    self.stack.push(tag);
                }
                Event::Empty(ref e) if skip_until.is_none() => {
                    let tag = self.open(&ns, e, doc, true)?;
                    self.close(tag, doc)?;
                }
                Event::End(_) => {
                    let tag = self.stack.pop().unwrap_or(Tag::Other);
                    if let Some(d) = skip_until {
                        if self.stack.len() == d {
                            skip_until = None;
                        }
                        continue;
                    }
                    self.close(tag, doc)?;
                }
                Event::Text(ref t) if skip_until.is_none() => self.text(&t.xml10_content(), doc)?,
                Event::CData(ref t) if skip_until.is_none() => self.text(&t.xml10_content(), doc)?,
                Event::GeneralRef(ref r) if skip_until.is_none() => {
                    if let Some(c) = resolve_ref(r) {
                        self.text(c.encode_utf8(&mut [0u8; 4]), doc)?;
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        // A limit passed by this last paragraph drops it without an error, as
        // before the reader was split into trackers (kept: this is a restructuring).
        let _ = self.flush_carry(doc);
        Ok(())
    }

    fn parent(&self, n: usize) -> Option<Tag> {
        self.stack.len().checked_sub(n + 1).and_then(|i| self.stack.get(i)).copied()
    }

    /// Inside a run's own properties (`w:r/w:rPr`), not a paragraph mark's.
    fn in_run_properties(&self) -> bool {
        self.parent(0) == Some(Tag::RPr) && self.parent(1) == Some(Tag::R)
    }

    /// Handles an opening (or empty) element and says what it is: the one
    /// dispatch on the element name.
    fn open(
        &mut self,
        ns: &ResolveResult<'_>,
        e: &BytesStart<'_>,
        doc: &mut Document,
        empty: bool,
    ) -> Result<Tag, Error> {
        if is_mc(ns) {
            return Ok(if e.local_name().as_ref() == "Fallback" { Tag::Skip } else { Tag::Other });
        }
        if let ResolveResult::Bound(Namespace(n)) = ns {
            if is_drawing_element(n, e.local_name().as_ref()) {
                return Ok(self.drawing_element(e, empty));
            }
        }
        if !is_w(ns) {
            return Ok(Tag::Other);
        }
        Ok(match e.local_name().as_ref() {
            "p" => self.open_paragraph(e, doc, empty)?,
            "r" => {
                self.hiding.open_run();
                self.languages.open_run();
                Tag::R
            }
            name @ ("lang" | "tbl" | "tr" | "tblHeader" | "gridSpan") => {
                self.accessibility_element(name, e, doc, empty)
            }
            "t" => Tag::T,
            "delText" => Tag::DelText,
            "instrText" => Tag::InstrText,
            "rPr" => Tag::RPr,
            "pPr" => Tag::PPr,
            name @ ("vanish" | "specVanish") if self.in_run_properties() => {
                self.hiding.vanish(name, e);
                Tag::Other
            }
            "rStyle" if self.in_run_properties() => {
                self.hiding.character_style(e, self.ctx.styles);
                Tag::Other
            }
            "pStyle" | "outlineLvl" if self.parent(0) == Some(Tag::PPr) => self.paragraph_property(e),
            "tab" | "ptab" if self.parent(0) == Some(Tag::R) => self.emit_tag("\t", doc),
            "br" | "cr" if self.parent(0) == Some(Tag::R) => self.emit_tag("\n", doc),
            "noBreakHyphen" => self.emit_tag("-", doc),
            "sym" => self.symbol(e, doc),
            "fldChar" => self.field_char(e, doc)?,
            "fldSimple" if !empty => self.open_simple_field(e)?,
            "hyperlink" if !empty => {
                self.links.open_hyperlink(e, self.ctx.rels, self.changes.removed_now());
                Tag::Hyperlink
            }
            name @ ("ins" | "del" | "moveFrom" | "moveTo") => self.open_change(changes::kind_of(name), e, doc, empty),
            "rPrChange" | "pPrChange" | "sectPrChange" | "tblPrChange" | "trPrChange" | "tcPrChange"
            | "tblGridChange" | "numberingChange" => {
                self.record_change(ChangeKind::Formatting, e, doc);
                if empty {
                    Tag::Other
                } else {
                    Tag::Skip
                }
            }
            "tc" => {
                self.tables.cell(1);
                if !empty {
                    self.paras.enter_cell();
                }
                Tag::Tc
            }
            "txbxContent" => {
                if !empty {
                    self.paras.enter_text_box();
                }
                Tag::TxbxContent
            }
            "footnote" | "endnote" => self.notes.open_note(e, self.story),
            "comment" if self.story == Story::Comments => self.notes.open_comment(e, doc, empty),
            _ => Tag::Other,
        })
    }

    /// Handles the end of an element [`Self::open`] named.
    fn close(&mut self, tag: Tag, doc: &mut Document) -> Result<(), Error> {
        match tag {
            Tag::P => self.paras.close(self.story, self.ctx, &mut self.notes, doc)?,
            Tag::Hyperlink => {
                if let Some(i) = self.links.close_hyperlink() {
                    self.finish_link(i, doc);
                }
            }
            Tag::FldSimple => self.end_field(doc),
            Tag::Change(kind) => self.changes.close(kind),
            Tag::Tc => {
                self.flush_carry(doc)?;
                self.paras.leave_cell();
            }
            Tag::TxbxContent => {
                self.flush_carry(doc)?;
                self.paras.leave_text_box();
            }
            Tag::Note => {
                self.flush_carry(doc)?;
                self.notes.close_note();
            }
            Tag::Comment => self.notes.finish_comment(doc),
            Tag::Drawing => {
                let here = self.here();
                let mut elsewhere = Vec::new();
                let images = if self.story == Story::Body { &mut doc.accessibility.images } else { &mut elsewhere };
                self.drawings.close(here, images);
            }
            Tag::Tbl => {
                let mut elsewhere = Vec::new();
                let tables = if self.story == Story::Body { &mut doc.accessibility.tables } else { &mut elsewhere };
                self.tables.close(tables);
            }
            _ => {}
        }
        Ok(())
    }

    /// Character data: where it goes depends on the element it is in.
    fn text(&mut self, s: &str, doc: &mut Document) -> Result<(), Error> {
        match self.stack.last() {
            Some(Tag::T) if self.changes.removed_now() => self.changes.add_text(s, doc),
            Some(Tag::T) => self.emit(s, doc),
            Some(Tag::DelText) => self.changes.add_text(s, doc),
            Some(Tag::InstrText) => self.fields.instr_text(s),
            _ => return Ok(()),
        }
        *self.budget = self
            .budget
            .checked_sub(s.len())
            .ok_or_else(|| Error::too_large("the document holds more text than the limit"))?;
        Ok(())
    }

    /// Shown text: into the paragraph (or its hidden part), open links and changes.
    fn emit(&mut self, s: &str, doc: &mut Document) {
        if self.fields.in_code() || self.changes.removed_now() {
            return;
        }
        let hidden = self.hiding.hidden(self.paras.style(), self.ctx.styles);
        let Some(p) = self.paras.current() else { return };
        if hidden {
            p.hidden.push_str(s);
            self.links.saw_hidden();
            return;
        }
        p.text.push_str(s);
        if self.story == Story::Body {
            self.languages.text(s, &self.ctx.styles.default_lang);
        }
        self.links.add_text(s);
        self.changes.add_text(s, doc);
    }

    /// An element that stands for a character (`w:tab`, `w:br`...).
    fn emit_tag(&mut self, s: &str, doc: &mut Document) -> Tag {
        self.emit(s, doc);
        Tag::Other
    }

    /// Where a picture or table is: the heading above, and the paragraph it
    /// is in, or, in one without text, the next paragraph with text.
    fn here(&self) -> Location {
        let mut at = self.paras.location(self.story, &self.notes);
        if self.story == Story::Body {
            at.paragraph = Some(self.paras.next_paragraph());
        }
        at
    }

    /// What screen readers rely on: a run's language, a table, its rows, merged cells and header-row mark.
    fn accessibility_element(&mut self, name: &str, e: &BytesStart<'_>, doc: &Document, empty: bool) -> Tag {
        match name {
            "lang" if self.in_run_properties() => self.languages.run_lang(e),
            "tbl" if !empty => {
                self.tables.open(self.here(), doc.accessibility.tables.len());
                return Tag::Tbl;
            }
            "tr" => self.tables.row(),
            "tblHeader" => self.tables.header(crate::read::xml::on_off(e)),
            "gridSpan" => self.tables.span(attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(1)),
            _ => {}
        }
        Tag::Other
    }

    /// An element of a DrawingML drawing ([`super::drawings`]).
    fn drawing_element(&mut self, e: &BytesStart<'_>, empty: bool) -> Tag {
        match e.local_name().as_ref() {
            "inline" | "anchor" if !empty => {
                self.drawings.open();
                Tag::Drawing
            }
            local => {
                self.drawings.element(local, e);
                Tag::Other
            }
        }
    }

    fn flush_carry(&mut self, doc: &mut Document) -> Result<(), Error> {
        self.paras.flush_carry(self.story, self.ctx, &mut self.notes, doc)
    }

    /// `w:p`. An empty one (`<w:p/>`) is opened and closed at once.
    fn open_paragraph(&mut self, e: &BytesStart<'_>, doc: &mut Document, empty: bool) -> Result<Tag, Error> {
        if self.story == Story::Comments {
            self.notes.comment_paragraph(e);
        }
        if !empty {
            self.paras.open(self.story, self.ctx, &mut self.notes, doc)?;
            return Ok(Tag::P);
        }
        // It must not close the paragraph around it (a text box's empty
        // paragraph sits inside one); a paragraph waiting to be joined ends
        // here, on this one's mark.
        self.flush_carry(doc)?;
        Ok(Tag::Other)
    }

    /// `w:pStyle` or `w:outlineLvl` in a paragraph's properties.
    fn paragraph_property(&mut self, e: &BytesStart<'_>) -> Tag {
        if let Some(p) = self.paras.current() {
            let v = attr(e, "val");
            if e.local_name().as_ref() == "pStyle" {
                p.style = v;
            } else {
                p.outline = v.and_then(|v| v.parse().ok());
            }
        }
        Tag::Other
    }

    /// `w:sym`: a character of a symbol font, by its code.
    fn symbol(&mut self, e: &BytesStart<'_>, doc: &mut Document) -> Tag {
        if let Some(code) = attr(e, "char").and_then(|h| u32::from_str_radix(&h, 16).ok()) {
            if let Some(c) = symbol_char(attr(e, "font").as_deref(), code) {
                self.emit(c.encode_utf8(&mut [0u8; 4]), doc);
            }
        }
        Tag::Other
    }

    /// `w:fldChar`: a complex field begins, reaches its result, or ends.
    fn field_char(&mut self, e: &BytesStart<'_>, doc: &mut Document) -> Result<Tag, Error> {
        match attr(e, "fldCharType").as_deref() {
            Some("begin") => self.fields.begin()?,
            Some("separate") => {
                if let Some(instr) = self.fields.separate() {
                    let link = self.links.open_field(&instr, self.changes.removed_now());
                    self.fields.set_link(link);
                }
            }
            Some("end") => self.end_field(doc),
            _ => {}
        }
        Ok(Tag::Other)
    }

    /// `w:fldSimple`: its code is an attribute; its content is the result.
    fn open_simple_field(&mut self, e: &BytesStart<'_>) -> Result<Tag, Error> {
        let instr = attr(e, "instr").unwrap_or_default();
        let link = self.links.open_field(&instr, self.changes.removed_now());
        self.fields.open_simple(link)?;
        Ok(Tag::FldSimple)
    }

    fn end_field(&mut self, doc: &mut Document) {
        if let Some(link) = self.fields.end() {
            self.finish_link(link, doc);
        }
    }

    fn finish_link(&mut self, index: usize, doc: &mut Document) {
        let (paras, notes, story) = (&self.paras, &self.notes, self.story);
        if let Some(link) = self.links.finish(index, story, || paras.location(story, notes)) {
            doc.links.push(link);
            self.paras.add_link(doc.links.len() - 1);
        }
    }

    /// `w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`. In a paragraph mark's
    /// properties, a deletion or move source removes the mark.
    fn open_change(&mut self, kind: ChangeKind, e: &BytesStart<'_>, doc: &mut Document, empty: bool) -> Tag {
        if matches!(kind, ChangeKind::Deletion | ChangeKind::MoveFrom)
            && self.parent(0) == Some(Tag::RPr)
            && self.parent(1) == Some(Tag::PPr)
        {
            if let Some(p) = self.paras.current() {
                p.mark_removed = true;
            }
        }
        let i = self.record_change(kind, e, doc);
        if empty {
            return Tag::Other;
        }
        self.changes.open(i, kind);
        Tag::Change(kind)
    }

    /// Records a change in the document and in the current paragraph.
    fn record_change(&mut self, kind: ChangeKind, e: &BytesStart<'_>, doc: &mut Document) -> usize {
        let i = Changes::record(kind, e, self.paras.location(self.story, &self.notes), doc);
        self.paras.add_change(i);
        i
    }
}
