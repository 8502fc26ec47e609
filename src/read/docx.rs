//! DOCX (and DOCM) reader: the package's parts, streamed through quick-xml
//! into the neutral [`Document`], the way Word shows the file.
//!
//! - The main part is found through the package relationships, not by name.
//! - Tracked changes are read as accepted: insertions in, deletions and move
//!   sources out; each change is recorded.
//! - Field codes are never text; a field's result is. `HYPERLINK` fields are links.
//! - `mc:Fallback` copies (the VML twin of a DrawingML text box) are skipped,
//!   so text boxes count once.
//! - Both Transitional and Strict OOXML namespaces are understood.

use super::package::{resolve_target, Package, Relationship};
use super::xml::{attr, each_element, on_off, resolve_ref};
use crate::document::*;
use crate::error::Error;
use crate::limits::Limits;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;
use std::collections::HashMap;

const W_TRANSITIONAL: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Reads a DOCX or DOCM file.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, Error> {
    let mut pkg = Package::open(bytes, limits)?;
    let root_rels = pkg.relationships("")?;
    let main = root_rels
        .iter()
        .find(|r| r.kind_name() == "officeDocument" && !r.external)
        .map(|r| resolve_target("", &r.target))
        .or_else(|| pkg.find("word/document.xml"))
        .ok_or_else(|| Error::corrupt("the package has no main document part"))?;
    let xml = pkg.read(&main)?.ok_or_else(|| Error::corrupt(format!("the main document part {main} is missing")))?;
    let rels = pkg.relationships(&main)?;
    let styles = match rels.iter().find(|r| r.kind_name() == "styles") {
        Some(r) => match pkg.read(&resolve_target(&main, &r.target))? {
            Some(x) => parse_styles(&x, limits)?,
            None => Styles::default(),
        },
        None => Styles::default(),
    };

    let mut doc = Document { notes_separated: true, ..Document::default() };
    let mut text_budget = limits.max_text_chars;
    let ctx = StoryContext { rels: &rels, styles: &styles, limits };
    read_story(&xml, Story::Body, &ctx, &mut doc, &mut text_budget)?;

    // Notes, headers, footers and comments, in relationship order.
    let mut comment_para_ids = Vec::new();
    for rel in rels.iter().filter(|r| !r.external) {
        let story = match rel.kind_name() {
            "footnotes" => Story::Footnotes,
            "endnotes" => Story::Endnotes,
            "header" => Story::Header,
            "footer" => Story::Footer,
            "comments" => Story::Comments,
            _ => continue,
        };
        let part = resolve_target(&main, &rel.target);
        let Some(part_xml) = pkg.read(&part)? else { continue };
        let part_rels = pkg.relationships(&part)?;
        let ctx = StoryContext { rels: &part_rels, styles: &styles, limits };
        let ids = read_story(&part_xml, story, &ctx, &mut doc, &mut text_budget)?;
        if story == Story::Comments {
            comment_para_ids = ids;
        }
    }
    if let Some(r) = rels.iter().find(|r| r.kind_name() == "commentsExtended") {
        if let Some(x) = pkg.read(&resolve_target(&main, &r.target))? {
            apply_comments_extended(&x, &comment_para_ids, &mut doc, limits)?;
        }
    }

    read_properties(&mut pkg, &root_rels, &mut doc, limits)?;
    if let Some(r) = rels.iter().find(|r| r.kind_name() == "settings") {
        let settings = resolve_target(&main, &r.target);
        if let Some(t) = pkg.relationships(&settings)?.into_iter().find(|r| r.kind_name() == "attachedTemplate") {
            doc.metadata.template = Some(t.target);
        }
    }
    for name in pkg.names() {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with("vbaproject.bin") {
            doc.macros.push(name.clone());
        }
        if lower.starts_with("word/embeddings/") {
            let bytes = pkg.declared_size(&name);
            doc.embedded.push(Embedded { name: name.clone(), bytes, location: Location::default() });
        }
    }
    // A watermark is a shape in a header whose words are an attribute (a VML
    // text path), not text the story reader sees.
    for rel in rels.iter().filter(|r| !r.external && r.kind_name() == "header") {
        let Some(header) = pkg.read(&resolve_target(&main, &rel.target))? else { continue };
        for text in watermark_texts(&header, limits)? {
            if !doc.headers_footers.iter().any(|b| b.location.part.as_deref() == Some("watermark") && b.text == text) {
                let location =
                    Location { part: Some("watermark".to_string()), quote: Some(quote(&text)), ..Location::default() };
                doc.headers_footers.push(Block { text, kind: BlockKind::Header, location });
            }
        }
    }
    // Objects the main part pulls in from elsewhere in the package: an
    // `altChunk` (a whole HTML, RTF or DOCX file that Word merges in when it
    // opens the document) or an OLE object or package stored outside `embeddings/`.
    for rel in rels.iter().filter(|r| !r.external && matches!(r.kind_name(), "aFChunk" | "oleObject" | "package")) {
        let part = resolve_target(&main, &rel.target);
        if let Some(name) = pkg.find(&part) {
            if !doc.embedded.iter().any(|e| e.name == name) {
                let bytes = pkg.declared_size(&name);
                doc.embedded.push(Embedded { name, bytes, location: Location::default() });
            }
        }
    }
    super::add_plain_text_links(&mut doc);
    Ok(doc)
}

/// Fields inside fields: Word nests a few (a `PAGE` inside an `IF`); more
/// than this is a hostile file, and each open field costs memory.
const MAX_FIELD_NESTING: usize = 64;

/// The most of a link's shown text kept.
const MAX_LINK_TEXT_BYTES: usize = 2_000;

/// Which part of the document a story is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Story {
    Body,
    Footnotes,
    Endnotes,
    Header,
    Footer,
    Comments,
}

struct StoryContext<'a> {
    rels: &'a [Relationship],
    styles: &'a Styles,
    limits: &'a Limits,
}

/// The elements the reader acts on. Everything else is a transparent container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    P,
    R,
    T,
    DelText,
    InstrText,
    RPr,
    PPr,
    Ins,
    Del,
    MoveFrom,
    MoveTo,
    Hyperlink,
    FldSimple,
    Tc,
    TxbxContent,
    Note,
    Comment,
    /// Skipped with all it holds: `mc:Fallback`, property-change records.
    Skip,
    Other,
}

struct Para {
    text: String,
    hidden: String,
    style: Option<String>,
    outline: Option<u8>,
    kind: BlockKind,
    links: Vec<usize>,
    changes: Vec<usize>,
    /// The paragraph mark is a tracked deletion (or moved away): accepted,
    /// the paragraph runs on into the next one, as Word shows it.
    mark_removed: bool,
}

#[derive(PartialEq)]
enum FieldPhase {
    Code,
    Result,
}

struct Field {
    instr: String,
    phase: FieldPhase,
    link: Option<usize>,
}

struct LinkCapture {
    url: String,
    kind: LinkKind,
    origin: LinkOrigin,
    text: String,
    /// Some of its text was hidden (`w:vanish`).
    saw_hidden: bool,
}

struct StoryReader<'a> {
    story: Story,
    ctx: &'a StoryContext<'a>,
    stack: Vec<Tag>,
    paras: Vec<Para>,
    /// The run's own `w:vanish`, when it has one.
    run_vanish: Option<bool>,
    /// Whether the run's character style (`w:rStyle`) hides it, when that style says.
    run_style_vanish: Option<bool>,
    table_depth: usize,
    textbox_depth: usize,
    fields: Vec<Field>,
    /// A paragraph whose mark was deleted, to be joined to the next.
    carry: Option<Para>,
    /// How many of `fields` are still in their code part.
    fields_in_code: usize,
    /// A limit passed while handling an element; `run` returns it.
    failure: Option<Error>,
    captures: Vec<Option<LinkCapture>>,
    changes: Vec<usize>,
    paragraph_no: u32,
    heading: Option<String>,
    note_no: u32,
    note_label: Option<String>,
    comment: Option<Comment>,
    comment_para_id: Option<String>,
    comment_para_ids: Vec<Option<String>>,
    budget: &'a mut usize,
}

fn read_story(
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
        paras: Vec::new(),
        run_vanish: None,
        run_style_vanish: None,
        table_depth: 0,
        textbox_depth: 0,
        fields: Vec::new(),
        carry: None,
        fields_in_code: 0,
        failure: None,
        captures: Vec::new(),
        changes: Vec::new(),
        paragraph_no: 0,
        heading: None,
        note_no: 0,
        note_label: None,
        comment: None,
        comment_para_id: None,
        comment_para_ids: Vec::new(),
        budget,
    };
    r.run(xml, doc)?;
    Ok(r.comment_para_ids)
}

fn is_w(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(Namespace(n)) if *n == W_TRANSITIONAL || *n == W_STRICT)
}

fn is_mc(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(Namespace(n)) if *n == MC)
}

impl StoryReader<'_> {
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
                    let tag = self.open(&ns, e, doc, false);
                    if tag == Tag::Skip {
                        skip_until = Some(self.stack.len());
                    }
                    self.stack.push(tag);
                }
                Event::Empty(ref e) if skip_until.is_none() => {
                    let tag = self.open(&ns, e, doc, true);
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
                Event::Text(ref t) if skip_until.is_none() => {
                    let s = t.xml10_content();
                    self.text(&s, doc)?;
                }
                Event::CData(ref t) if skip_until.is_none() => {
                    let s = t.xml10_content();
                    self.text(&s, doc)?;
                }
                Event::GeneralRef(ref r) if skip_until.is_none() => {
                    if let Some(c) = resolve_ref(r) {
                        let mut b = [0u8; 4];
                        self.text(c.encode_utf8(&mut b), doc)?;
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            if let Some(e) = self.failure.take() {
                return Err(e);
            }
            buf.clear();
        }
        self.flush_carry(doc);
        Ok(())
    }

    fn parent(&self, n: usize) -> Option<Tag> {
        self.stack.len().checked_sub(n + 1).and_then(|i| self.stack.get(i)).copied()
    }

    /// Handles an opening (or empty) element and says what it is.
    fn open(&mut self, ns: &ResolveResult<'_>, e: &BytesStart<'_>, doc: &mut Document, empty: bool) -> Tag {
        if is_mc(ns) {
            return if e.local_name().as_ref() == "Fallback" { Tag::Skip } else { Tag::Other };
        }
        if !is_w(ns) {
            return Tag::Other;
        }
        match e.local_name().as_ref() {
            "p" => {
                let kind = if self.textbox_depth > 0 {
                    BlockKind::TextBox
                } else if self.table_depth > 0 {
                    BlockKind::TableCell
                } else {
                    BlockKind::Paragraph
                };
                if self.story == Story::Comments {
                    self.comment_para_id = attr(e, "paraId");
                }
                if !empty {
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
                            self.emit_paragraph(c, doc);
                        }
                    }
                    self.paras.push(p);
                    return Tag::P;
                }
                // `<w:p/>`: an empty paragraph, opened and closed at once. It
                // must not close the paragraph around it (a text box's empty
                // paragraph sits inside one); a paragraph waiting to be
                // joined ends here, on this one's mark.
                self.flush_carry(doc);
                Tag::Other
            }
            "r" => {
                self.run_vanish = None;
                self.run_style_vanish = None;
                Tag::R
            }
            "t" => Tag::T,
            "delText" => Tag::DelText,
            "instrText" => Tag::InstrText,
            "rPr" => Tag::RPr,
            "pPr" => Tag::PPr,
            name @ ("vanish" | "specVanish") => {
                if self.parent(0) == Some(Tag::RPr) && self.parent(1) == Some(Tag::R) {
                    let on = on_off(e);
                    // `specVanish` only ever hides; `vanish` may also un-hide what a style hides.
                    if name == "vanish" || on {
                        self.run_vanish = Some(on || self.run_vanish == Some(true));
                    }
                }
                Tag::Other
            }
            "rStyle" if self.parent(0) == Some(Tag::RPr) && self.parent(1) == Some(Tag::R) => {
                self.run_style_vanish = attr(e, "val").and_then(|id| self.ctx.styles.vanish(&id));
                Tag::Other
            }
            "pStyle" if self.parent(0) == Some(Tag::PPr) => {
                if let Some(p) = self.paras.last_mut() {
                    p.style = attr(e, "val");
                }
                Tag::Other
            }
            "outlineLvl" if self.parent(0) == Some(Tag::PPr) => {
                if let Some(p) = self.paras.last_mut() {
                    p.outline = attr(e, "val").and_then(|v| v.parse().ok());
                }
                Tag::Other
            }
            "tab" | "ptab" if self.parent(0) == Some(Tag::R) => {
                self.emit("\t", doc);
                Tag::Other
            }
            "br" | "cr" if self.parent(0) == Some(Tag::R) => {
                self.emit("\n", doc);
                Tag::Other
            }
            "noBreakHyphen" => {
                self.emit("-", doc);
                Tag::Other
            }
            "sym" => {
                if let Some(code) = attr(e, "char").and_then(|h| u32::from_str_radix(&h, 16).ok()) {
                    if let Some(c) = symbol_char(attr(e, "font").as_deref(), code) {
                        let mut b = [0u8; 4];
                        self.emit(c.encode_utf8(&mut b), doc);
                    }
                }
                Tag::Other
            }
            "fldChar" => {
                match attr(e, "fldCharType").as_deref() {
                    Some("begin") => {
                        self.push_field(Field { instr: String::new(), phase: FieldPhase::Code, link: None })
                    }
                    Some("separate") => {
                        if let Some(f) = self.fields.last_mut() {
                            if f.phase == FieldPhase::Code {
                                f.phase = FieldPhase::Result;
                                self.fields_in_code = self.fields_in_code.saturating_sub(1);
                                let instr = std::mem::take(&mut f.instr);
                                let link = self.start_field_link(&instr);
                                if let Some(f) = self.fields.last_mut() {
                                    f.link = link;
                                }
                            }
                        }
                    }
                    Some("end") => self.pop_field(doc),
                    _ => {}
                }
                Tag::Other
            }
            "fldSimple" => {
                if empty {
                    return Tag::Other;
                }
                let instr = attr(e, "instr").unwrap_or_default();
                let link = self.start_field_link(&instr);
                self.push_field(Field { instr: String::new(), phase: FieldPhase::Result, link });
                Tag::FldSimple
            }
            "hyperlink" => {
                if empty {
                    return Tag::Other;
                }
                let target = attr(e, "id").and_then(|id| self.ctx.rels.iter().find(|r| r.id == id));
                let anchor = attr(e, "anchor");
                let capture = match (target, anchor) {
                    // Word opens the target at the anchor: `w:anchor` is the URL's fragment.
                    // A link inside deleted text is gone once the deletion is accepted.
                    _ if self.deleted_now() => None,
                    (Some(rel), anchor) => Some(LinkCapture {
                        kind: classify(&rel.target, rel.external),
                        url: match anchor {
                            Some(a) if !a.is_empty() && !rel.target.contains('#') => format!("{}#{a}", rel.target),
                            _ => rel.target.clone(),
                        },
                        origin: LinkOrigin::Hyperlink,
                        text: String::new(),
                        saw_hidden: false,
                    }),
                    (None, Some(a)) => Some(LinkCapture {
                        url: format!("#{a}"),
                        kind: LinkKind::Internal,
                        origin: LinkOrigin::Hyperlink,
                        text: String::new(),
                        saw_hidden: false,
                    }),
                    (None, None) => None,
                };
                self.captures.push(capture);
                Tag::Hyperlink
            }
            name @ ("ins" | "del" | "moveFrom" | "moveTo") => {
                if matches!(name, "del" | "moveFrom")
                    && self.parent(0) == Some(Tag::RPr)
                    && self.parent(1) == Some(Tag::PPr)
                {
                    if let Some(p) = self.paras.last_mut() {
                        p.mark_removed = true;
                    }
                }
                let kind = match name {
                    "ins" => ChangeKind::Insertion,
                    "del" => ChangeKind::Deletion,
                    "moveFrom" => ChangeKind::MoveFrom,
                    _ => ChangeKind::MoveTo,
                };
                let i = self.record_change(kind, e, doc);
                if empty {
                    return Tag::Other;
                }
                self.changes.push(i);
                match kind {
                    ChangeKind::Deletion => Tag::Del,
                    ChangeKind::MoveFrom => Tag::MoveFrom,
                    ChangeKind::MoveTo => Tag::MoveTo,
                    _ => Tag::Ins,
                }
            }
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
                if !empty {
                    self.table_depth += 1;
                }
                Tag::Tc
            }
            "txbxContent" => {
                if !empty {
                    self.textbox_depth += 1;
                }
                Tag::TxbxContent
            }
            "footnote" | "endnote" => {
                let t = attr(e, "type");
                if matches!(t.as_deref(), Some("separator" | "continuationSeparator" | "continuationNotice")) {
                    return Tag::Skip;
                }
                self.note_no += 1;
                let word = if self.story == Story::Endnotes { "endnote" } else { "footnote" };
                self.note_label = Some(format!("{word} {}", self.note_no));
                Tag::Note
            }
            "comment" if self.story == Story::Comments => {
                self.comment = Some(Comment {
                    author: attr(e, "author").filter(|s| !s.is_empty()),
                    date: attr(e, "date"),
                    text: String::new(),
                    location: Location {
                        part: Some(format!("comment {}", doc.comments.len() + 1)),
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
            _ => Tag::Other,
        }
    }

    fn close(&mut self, tag: Tag, doc: &mut Document) -> Result<(), Error> {
        match tag {
            Tag::P => self.finish_paragraph(doc),
            Tag::Hyperlink => {
                if let Some(Some(c)) = self.captures.pop() {
                    self.captures.push(Some(c));
                    let i = self.captures.len() - 1;
                    self.finish_link(i, doc);
                }
            }
            Tag::FldSimple => self.pop_field(doc),
            Tag::Ins | Tag::Del | Tag::MoveFrom | Tag::MoveTo => {
                self.changes.pop();
            }
            Tag::Tc => {
                self.flush_carry(doc);
                self.table_depth = self.table_depth.saturating_sub(1);
            }
            Tag::TxbxContent => {
                self.flush_carry(doc);
                self.textbox_depth = self.textbox_depth.saturating_sub(1);
            }
            Tag::Note => {
                self.flush_carry(doc);
                self.note_label = None;
            }
            Tag::Comment => self.finish_comment(doc),
            _ => {}
        }
        Ok(())
    }

    fn record_change(&mut self, kind: ChangeKind, e: &BytesStart<'_>, doc: &mut Document) -> usize {
        doc.changes.push(TrackedChange {
            kind,
            author: attr(e, "author").filter(|s| !s.is_empty()),
            date: attr(e, "date"),
            text: String::new(),
            location: self.part_location(),
        });
        let i = doc.changes.len() - 1;
        if let Some(p) = self.paras.last_mut() {
            p.changes.push(i);
        }
        i
    }

    /// Starts a link for a `HYPERLINK "url"` (or `\l "anchor"`) field, if it is one.
    fn start_field_link(&mut self, instr: &str) -> Option<usize> {
        if self.deleted_now() {
            return None;
        }
        let (url, kind) = parse_hyperlink_field(instr)?;
        self.captures.push(Some(LinkCapture {
            url,
            kind,
            origin: LinkOrigin::Field,
            text: String::new(),
            saw_hidden: false,
        }));
        Some(self.captures.len() - 1)
    }

    fn finish_link(&mut self, index: usize, doc: &mut Document) {
        let Some(slot) = self.captures.get_mut(index) else { return };
        let Some(c) = slot.take() else { return };
        // Drop closed captures from the top so indices of open ones stay valid.
        while matches!(self.captures.last(), Some(None)) {
            self.captures.pop();
        }
        if matches!(self.story, Story::Header | Story::Footer | Story::Comments) {
            return;
        }
        // A link whose text is all hidden is not shown: it is no link of the shown text.
        if c.saw_hidden && c.text.trim().is_empty() {
            return;
        }
        doc.links.push(Link {
            url: c.url,
            text: c.text.split_whitespace().collect::<Vec<_>>().join(" "),
            location: self.part_location(),
            kind: c.kind,
            origin: c.origin,
        });
        let i = doc.links.len() - 1;
        if let Some(p) = self.paras.last_mut() {
            p.links.push(i);
        }
    }

    fn part_location(&self) -> Location {
        let part = match self.story {
            Story::Body => None,
            Story::Footnotes | Story::Endnotes => self.note_label.clone(),
            Story::Header => Some("header".to_string()),
            Story::Footer => Some("footer".to_string()),
            Story::Comments => self.comment.as_ref().and_then(|c| c.location.part.clone()),
        };
        Location { part, heading: self.heading.clone(), ..Location::default() }
    }

    fn in_field_code(&self) -> bool {
        self.fields_in_code > 0
    }

    /// Opens a field. A field nested deeper than [`MAX_FIELD_NESTING`] (a
    /// file of unclosed `begin`s) stops the reading with a `too-large` error.
    fn push_field(&mut self, f: Field) {
        if self.fields.len() >= MAX_FIELD_NESTING {
            self.failure
                .get_or_insert_with(|| Error::too_large(format!("fields nested more than {MAX_FIELD_NESTING} deep")));
            return;
        }
        if f.phase == FieldPhase::Code {
            self.fields_in_code += 1;
        }
        self.fields.push(f);
    }

    fn pop_field(&mut self, doc: &mut Document) {
        if let Some(f) = self.fields.pop() {
            if f.phase == FieldPhase::Code {
                self.fields_in_code = self.fields_in_code.saturating_sub(1);
            }
            if let Some(c) = f.link {
                self.finish_link(c, doc);
            }
        }
    }

    /// Character data: where it goes depends on the element it is in.
    fn text(&mut self, s: &str, doc: &mut Document) -> Result<(), Error> {
        match self.stack.last() {
            Some(Tag::T) => {
                if self.deleted_now() {
                    self.change_text(s, doc);
                } else {
                    self.emit(s, doc);
                }
            }
            Some(Tag::DelText) => self.change_text(s, doc),
            Some(Tag::InstrText) => {
                if let Some(f) = self.fields.last_mut() {
                    if f.phase == FieldPhase::Code && f.instr.len() < 4096 {
                        f.instr.push_str(s);
                    }
                }
            }
            _ => return Ok(()),
        }
        *self.budget = self
            .budget
            .checked_sub(s.len())
            .ok_or_else(|| Error::too_large("the document holds more text than the limit"))?;
        Ok(())
    }

    /// Whether the current run is hidden: its own `w:vanish` first, then its
    /// character style, then its paragraph's style, then the document defaults
    /// (the order in which Word applies run properties).
    fn hidden_now(&self) -> bool {
        self.run_vanish
            .or(self.run_style_vanish)
            .or_else(|| self.paras.last().and_then(|p| p.style.as_deref()).and_then(|id| self.ctx.styles.vanish(id)))
            .unwrap_or(self.ctx.styles.default_vanish)
    }

    fn deleted_now(&self) -> bool {
        self.stack.iter().any(|t| matches!(t, Tag::Del | Tag::MoveFrom))
    }

    /// Deleted or moved-away text goes to the innermost open change only.
    fn change_text(&mut self, s: &str, doc: &mut Document) {
        if let Some(c) = self.changes.last().and_then(|&i| doc.changes.get_mut(i)) {
            c.text.push_str(s);
        }
    }

    /// Shown text: into the paragraph (or its hidden part), open links and changes.
    fn emit(&mut self, s: &str, doc: &mut Document) {
        if self.in_field_code() || self.deleted_now() {
            return;
        }
        let hidden = self.hidden_now();
        let Some(p) = self.paras.last_mut() else { return };
        if hidden {
            p.hidden.push_str(s);
            for c in self.captures.iter_mut().flatten() {
                c.saw_hidden = true;
            }
            return;
        }
        p.text.push_str(s);
        // A link's text is for showing; past a few lines it only costs memory
        // (each open link would keep its own copy of everything after it).
        for c in self.captures.iter_mut().flatten().filter(|c| c.text.len() < MAX_LINK_TEXT_BYTES) {
            c.text.push_str(s);
        }
        if let Some(c) = self.changes.last().and_then(|&i| doc.changes.get_mut(i)) {
            c.text.push_str(s);
        }
    }

    fn finish_paragraph(&mut self, doc: &mut Document) {
        let Some(p) = self.paras.pop() else { return };
        if p.mark_removed && self.story != Story::Comments {
            if let Some(earlier) = self.carry.take() {
                self.emit_paragraph(earlier, doc);
            }
            self.carry = Some(p);
            return;
        }
        self.emit_paragraph(p, doc);
    }

    /// A paragraph whose mark was deleted and that waits for the next one,
    /// given on its own when no next paragraph follows in the same container.
    fn flush_carry(&mut self, doc: &mut Document) {
        if let Some(c) = self.carry.take() {
            self.emit_paragraph(c, doc);
        }
    }

    fn emit_paragraph(&mut self, p: Para, doc: &mut Document) {
        let kept = doc.body.len() + doc.notes.len() + doc.headers_footers.len() + doc.hidden_text.len();
        if kept >= self.ctx.limits.max_docx_paragraphs {
            let max = self.ctx.limits.max_docx_paragraphs;
            self.failure.get_or_insert_with(|| {
                Error::too_large(format!("the document has more than {} paragraphs", crate::limits::stated(max)))
            });
            return;
        }
        let kind = match self.story {
            Story::Body => match p.outline.or_else(|| p.style.as_ref().and_then(|s| self.ctx.styles.outline(s))) {
                Some(level) if level < 9 && p.kind == BlockKind::Paragraph => BlockKind::Heading(level + 1),
                _ => p.kind,
            },
            Story::Footnotes => BlockKind::Footnote,
            Story::Endnotes => BlockKind::Endnote,
            Story::Header => BlockKind::Header,
            Story::Footer => BlockKind::Footer,
            Story::Comments => p.kind,
        };
        let has_text = !p.text.trim().is_empty();
        let mut location = self.part_location();
        if self.story == Story::Body && has_text {
            self.paragraph_no += 1;
            location.paragraph = Some(self.paragraph_no);
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
        if !p.hidden.trim().is_empty() {
            doc.hidden_text.push(Block {
                text: p.hidden.clone(),
                kind,
                location: Location { quote: Some(quote(&p.hidden)), ..location.clone() },
            });
        }
        if self.story == Story::Comments {
            if let Some(c) = self.comment.as_mut() {
                if !c.text.is_empty() {
                    c.text.push('\n');
                }
                c.text.push_str(&p.text);
            }
            return;
        }
        if !has_text {
            return;
        }
        if let BlockKind::Heading(_) = kind {
            self.heading = Some(quote(&p.text));
        }
        let block = Block { text: p.text, kind, location };
        match self.story {
            Story::Body => doc.body.push(block),
            Story::Footnotes | Story::Endnotes => doc.notes.push(block),
            Story::Header | Story::Footer => doc.headers_footers.push(block),
            Story::Comments => {}
        }
    }

    fn finish_comment(&mut self, doc: &mut Document) {
        if let Some(c) = self.comment.take() {
            doc.comments.push(c);
            self.comment_para_ids.push(self.comment_para_id.take());
        }
    }
}

/// The character a `w:sym` shows. Symbol fonts put their glyphs at
/// 0x20–0xFF, often written as U+F020–U+F0FF; Word shows the font's glyph,
/// not the Latin letter of that code. The `Symbol` font's Greek letters and
/// common signs are mapped to Unicode (Adobe Symbol encoding), so a Greek
/// letter counts as a letter and "→" does not; other symbol fonts
/// (Wingdings...) are pictographs and stay in the Private Use Area, which is
/// no letter, as Word's count treats them.
fn symbol_char(font: Option<&str>, code: u32) -> Option<char> {
    let low = match code {
        0xF000..=0xF0FF => code - 0xF000,
        _ => code,
    };
    let font = font.unwrap_or("").to_ascii_lowercase();
    let pua = || char::from_u32(0xF000 + low);
    if font == "symbol" && low < 0x100 {
        const UPPER: &str = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
        const LOWER: &str = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
        let b = low as u8;
        return match b {
            b'A'..=b'Z' => UPPER.chars().nth(usize::from(b - b'A')),
            b'a'..=b'z' => LOWER.chars().nth(usize::from(b - b'a')),
            b'0'..=b'9'
            | b' '
            | b'!'
            | b'#'
            | b'%'
            | b'&'
            | b'('
            | b')'
            | b'+'
            | b','
            | b'.'
            | b'/'
            | b':'
            | b';'
            | b'<'
            | b'='
            | b'>'
            | b'?'
            | b'['
            | b']'
            | b'_'
            | b'{'
            | b'|'
            | b'}' => Some(char::from(b)),
            0x22 => Some('∀'),
            0x24 => Some('∃'),
            0x27 => Some('∋'),
            0x2A => Some('∗'),
            0x2D => Some('−'),
            0x40 => Some('≅'),
            0x5C => Some('∴'),
            0x5E => Some('⊥'),
            0x7E => Some('∼'),
            0xA3 => Some('≤'),
            0xA5 => Some('∞'),
            0xAB => Some('↔'),
            0xAC => Some('←'),
            0xAD => Some('↑'),
            0xAE => Some('→'),
            0xAF => Some('↓'),
            0xB0 => Some('°'),
            0xB1 => Some('±'),
            0xB3 => Some('≥'),
            0xB4 => Some('×'),
            0xB7 => Some('•'),
            0xB8 => Some('÷'),
            0xB9 => Some('≠'),
            0xBA => Some('≡'),
            0xBB => Some('≈'),
            0xBC => Some('…'),
            0xD2 => Some('®'),
            0xD3 => Some('©'),
            0xD4 => Some('™'),
            0xD6 => Some('√'),
            0xD7 => Some('⋅'),
            0xD8 => Some('¬'),
            0xD9 => Some('∧'),
            0xDA => Some('∨'),
            0xDE => Some('⇒'),
            0xE5 => Some('∑'),
            0xF2 => Some('∫'),
            _ => pua(),
        };
    }
    let symbolic = ["wingdings", "webdings", "dingbats", "marlett", "mt extra"].iter().any(|f| font.contains(f));
    if symbolic && low < 0x100 {
        return pua();
    }
    char::from_u32(if (0xF000..=0xF0FF).contains(&code) { low } else { code })
}

/// What a link target points at.
fn classify(target: &str, external: bool) -> LinkKind {
    let lower = target.trim().to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        LinkKind::Email
    } else if lower.starts_with("file:")
        || lower.starts_with("\\\\")
        || lower.get(1..3) == Some(":\\")
        || lower.get(1..3) == Some(":/")
    {
        LinkKind::File
    } else if !external && !lower.contains(':') {
        LinkKind::Internal
    } else {
        LinkKind::External
    }
}

/// Parses a field instruction such as `HYPERLINK "https://x.org" \o "tip"` or
/// `HYPERLINK \l "_Toc1"`: the target and its kind, or `None` for other fields.
fn parse_hyperlink_field(instr: &str) -> Option<(String, LinkKind)> {
    let rest = instr.trim_start();
    let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    if !rest[..word_end].eq_ignore_ascii_case("HYPERLINK") {
        return None;
    }
    let mut args = Vec::new();
    let mut chars = rest[word_end..].chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut v = String::new();
            for c in chars.by_ref() {
                if c == '"' {
                    break;
                }
                v.push(c);
            }
            args.push(v);
        } else {
            let mut v = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                v.push(c);
                chars.next();
            }
            args.push(v);
        }
    }
    let mut url = None;
    let mut anchor = None;
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        match arg.as_str() {
            "\\l" => {
                anchor = args.get(i + 1).cloned();
                i += 2;
            }
            s if s.starts_with('\\') => i += 2, // \o "tooltip", \t "frame", \m, \n take one argument or none
            s => {
                if url.is_none() {
                    url = Some(s.replace("\\\\", "\\"));
                }
                i += 1;
            }
        }
    }
    match (url, anchor) {
        (Some(u), Some(a)) => Some((format!("{u}#{a}"), classify(&u, true))),
        (Some(u), None) => {
            let k = classify(&u, true);
            Some((u, k))
        }
        (None, Some(a)) => Some((format!("#{a}"), LinkKind::Internal)),
        (None, None) => None,
    }
}

/// What the reader needs from `styles.xml`.
#[derive(Debug, Default)]
struct Styles {
    /// Style id → heading outline level (0 = Heading 1): the style's own
    /// `w:outlineLvl`, or a built-in name "heading N", or its `basedOn`'s.
    outline: HashMap<String, u8>,
    /// Style id → whether text in that style is hidden (`w:vanish` in the
    /// style's run properties, or its `basedOn`'s). Only styles that say
    /// either way are listed.
    vanish: HashMap<String, bool>,
    /// `w:vanish` in the document defaults (`w:docDefaults/w:rPrDefault`).
    default_vanish: bool,
}

impl Styles {
    fn outline(&self, id: &str) -> Option<u8> {
        self.outline.get(id).copied()
    }
    fn vanish(&self, id: &str) -> Option<bool> {
        self.vanish.get(id).copied()
    }
}

/// `basedOn` chains are short; a cycle or a very long chain stops here.
const MAX_STYLE_CHAIN: usize = 16;

fn parse_styles(xml: &[u8], limits: &Limits) -> Result<Styles, Error> {
    struct S {
        name: String,
        outline: Option<u8>,
        vanish: Option<bool>,
        based_on: Option<String>,
    }
    let mut styles: HashMap<String, S> = HashMap::new();
    let mut default_vanish = false;
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::new();
    let mut current: Option<String> = None;
    // Local names of the open elements, to tell a style's own run properties
    // (`style/rPr`) from a table style's conditional ones (`style/tblStylePr/rPr`).
    let mut path: Vec<String> = Vec::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| Error::corrupt(format!("the styles part is damaged ({e})")))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let local = e.local_name().as_ref().to_string();
                let parent = |n: usize| path.len().checked_sub(n + 1).and_then(|i| path.get(i)).map(String::as_str);
                match local.as_str() {
                    "style" => {
                        let id = attr(e, "styleId").unwrap_or_default();
                        styles
                            .insert(id.clone(), S { name: String::new(), outline: None, vanish: None, based_on: None });
                        current = Some(id);
                    }
                    "name" | "basedOn" | "outlineLvl" => {
                        if let Some(s) = current.as_ref().and_then(|id| styles.get_mut(id)) {
                            let v = attr(e, "val");
                            match local.as_str() {
                                "name" if parent(0) == Some("style") => {
                                    s.name = v.unwrap_or_default().to_ascii_lowercase()
                                }
                                "basedOn" if parent(0) == Some("style") => s.based_on = v,
                                "outlineLvl" if parent(1) == Some("style") => {
                                    s.outline = v.and_then(|v| v.parse().ok())
                                }
                                _ => {}
                            }
                        }
                    }
                    "vanish" if parent(0) == Some("rPr") => {
                        if parent(1) == Some("style") {
                            if let Some(s) = current.as_ref().and_then(|id| styles.get_mut(id)) {
                                s.vanish = Some(on_off(e));
                            }
                        } else if parent(1) == Some("rPrDefault") {
                            default_vanish = on_off(e);
                        }
                    }
                    _ => {}
                }
                if matches!(ev, Event::Start(_)) {
                    if path.len() >= limits.max_xml_depth {
                        return Err(Error::too_large(format!(
                            "the document's XML is nested more than {} levels deep",
                            limits.max_xml_depth
                        )));
                    }
                    path.push(local);
                }
            }
            Event::End(ref e) => {
                path.pop();
                if e.local_name().as_ref() == "style" {
                    current = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let own_outline = |s: &S| -> Option<u8> {
        s.outline.or_else(|| {
            s.name.strip_prefix("heading ").and_then(|n| n.trim().parse::<u8>().ok()).map(|n| n.saturating_sub(1))
        })
    };
    let mut out = Styles { default_vanish, ..Styles::default() };
    for id in styles.keys() {
        let mut cur = styles.get(id);
        let mut outline = None;
        let mut vanish = None;
        for _ in 0..MAX_STYLE_CHAIN {
            let Some(s) = cur else { break };
            outline = outline.or_else(|| own_outline(s));
            vanish = vanish.or(s.vanish);
            if outline.is_some() && vanish.is_some() {
                break;
            }
            cur = s.based_on.as_ref().and_then(|b| styles.get(b));
        }
        if let Some(level) = outline.filter(|&l| l < 9) {
            out.outline.insert(id.clone(), level);
        }
        if let Some(v) = vanish {
            out.vanish.insert(id.clone(), v);
        }
    }
    Ok(out)
}

/// `commentsExtended.xml` says which comments are replies and which are done,
/// keyed by the `w14:paraId` of each comment's last paragraph.
fn apply_comments_extended(
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

/// The words of the watermarks in a header part: the `string` of each VML
/// `textpath` (Word's Design > Watermark writes one per header).
fn watermark_texts(xml: &[u8], limits: &Limits) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    each_element(xml, limits, "a header part", |e| {
        if e.local_name().as_ref() == "textpath" {
            if let Some(s) = attr(e, "string").map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        Ok(())
    })?;
    Ok(out)
}

/// Core, app and custom properties, found through the package relationships.
fn read_properties(
    pkg: &mut Package<'_>,
    root_rels: &[Relationship],
    doc: &mut Document,
    limits: &Limits,
) -> Result<(), Error> {
    for rel in root_rels.iter().filter(|r| !r.external) {
        let kind = rel.kind_name();
        if !matches!(kind, "core-properties" | "extended-properties" | "custom-properties") {
            continue;
        }
        let Some(xml) = pkg.read(&resolve_target("", &rel.target))? else { continue };
        let leaves = leaf_texts(&xml, limits)?;
        let m = &mut doc.metadata;
        for (parent_name, name, value) in leaves {
            let value = value.trim().to_string();
            if value.is_empty() {
                continue;
            }
            match (kind, name.as_str()) {
                ("core-properties", "title") => m.title = Some(value),
                ("core-properties", "creator") => m.author = Some(value),
                ("core-properties", "lastModifiedBy") => m.last_modified_by = Some(value),
                ("core-properties", "created") => m.created = Some(value),
                ("core-properties", "modified") => m.modified = Some(value),
                ("extended-properties", "Company") => m.company = Some(value),
                ("extended-properties", "Manager") => m.manager = Some(value),
                ("extended-properties", "Template") if m.template.is_none() => m.template = Some(value),
                ("extended-properties", "Application") => m.application = Some(value),
                ("extended-properties", "Words") => m.stored_word_count = value.parse().ok(),
                ("custom-properties", _) if !parent_name.is_empty() => m.custom.push((parent_name, value)),
                _ => {}
            }
        }
    }
    Ok(())
}

/// Every element that holds text directly: (the `name` attribute of the
/// nearest `property` ancestor, the element's local name, its text).
fn leaf_texts(xml: &[u8], limits: &Limits) -> Result<Vec<(String, String, String)>, Error> {
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut property = String::new();
    let mut text = String::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| Error::corrupt(format!("a properties part is damaged ({e})")))?;
        match ev {
            Event::Start(ref e) => {
                if stack.len() >= limits.max_xml_depth {
                    return Err(Error::too_large("XML nested deeper than the limit"));
                }
                let name = e.local_name().as_ref().to_string();
                if name == "property" {
                    property = attr(e, "name").unwrap_or_default();
                }
                stack.push(name);
                text.clear();
            }
            Event::Text(ref t) => text.push_str(&t.xml10_content()),
            Event::GeneralRef(ref r) => {
                if let Some(c) = resolve_ref(r) {
                    text.push(c);
                }
            }
            Event::End(_) => {
                if let Some(name) = stack.pop() {
                    if !text.is_empty() && out.len() < 10_000 {
                        out.push((property.clone(), name, std::mem::take(&mut text)));
                    }
                }
                text.clear();
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyperlink_fields_give_their_target() {
        assert_eq!(
            parse_hyperlink_field(r#" HYPERLINK "https://www.ohchr.org/" \o "OHCHR" "#),
            Some(("https://www.ohchr.org/".into(), LinkKind::External))
        );
        assert_eq!(parse_hyperlink_field(r#"HYPERLINK \l "_Toc12""#), Some(("#_Toc12".into(), LinkKind::Internal)));
        assert_eq!(parse_hyperlink_field(r#"HYPERLINK "mailto:a@b.org""#).map(|x| x.1), Some(LinkKind::Email));
        assert_eq!(parse_hyperlink_field(r#"PAGEREF _Toc1 \h"#), None);
        assert_eq!(
            parse_hyperlink_field(r#"HYPERLINK "file:///C:\\Users\\me\\a.docx""#).map(|x| x.1),
            Some(LinkKind::File)
        );
    }
}
