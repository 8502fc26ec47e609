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
use super::xml::{attr, on_off, resolve_ref};
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
            None => HashMap::new(),
        },
        None => HashMap::new(),
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
                let location = Location { part: Some("watermark".to_string()), quote: Some(quote(&text)), ..Location::default() };
                doc.headers_footers.push(Block { text, kind: BlockKind::Header, location });
            }
        }
    }
    super::add_plain_text_links(&mut doc);
    Ok(doc)
}

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
    styles: &'a HashMap<String, u8>,
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
}

struct StoryReader<'a> {
    story: Story,
    ctx: &'a StoryContext<'a>,
    stack: Vec<Tag>,
    paras: Vec<Para>,
    run_hidden: bool,
    table_depth: usize,
    textbox_depth: usize,
    fields: Vec<Field>,
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

fn read_story(xml: &[u8], story: Story, ctx: &StoryContext<'_>, doc: &mut Document, budget: &mut usize) -> Result<Vec<Option<String>>, Error> {
    let mut r = StoryReader {
        story,
        ctx,
        stack: Vec::with_capacity(64),
        paras: Vec::new(),
        run_hidden: false,
        table_depth: 0,
        textbox_depth: 0,
        fields: Vec::new(),
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
                        return Err(Error::too_large(format!("XML nested more than {} levels deep", self.ctx.limits.max_xml_depth)));
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
                Event::Empty(ref e) => {
                    if skip_until.is_none() {
                        let tag = self.open(&ns, e, doc, true);
                        self.close(tag, doc)?;
                    }
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
            buf.clear();
        }
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
                    self.paras.push(Para { text: String::new(), hidden: String::new(), style: None, outline: None, kind, links: Vec::new(), changes: Vec::new() });
                }
                Tag::P
            }
            "r" => {
                self.run_hidden = false;
                Tag::R
            }
            "t" => Tag::T,
            "delText" => Tag::DelText,
            "instrText" => Tag::InstrText,
            "rPr" => Tag::RPr,
            "pPr" => Tag::PPr,
            "vanish" | "specVanish" => {
                if self.parent(0) == Some(Tag::RPr) && self.parent(1) == Some(Tag::R) {
                    self.run_hidden = on_off(e);
                }
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
                if let Some(c) = attr(e, "char").and_then(|h| u32::from_str_radix(&h, 16).ok()).and_then(char::from_u32) {
                    let mut b = [0u8; 4];
                    self.emit(c.encode_utf8(&mut b), doc);
                }
                Tag::Other
            }
            "fldChar" => {
                match attr(e, "fldCharType").as_deref() {
                    Some("begin") => self.fields.push(Field { instr: String::new(), phase: FieldPhase::Code, link: None }),
                    Some("separate") => {
                        if let Some(i) = self.fields.len().checked_sub(1) {
                            self.fields[i].phase = FieldPhase::Result;
                            let instr = std::mem::take(&mut self.fields[i].instr);
                            self.fields[i].link = self.start_field_link(&instr);
                        }
                    }
                    Some("end") => {
                        if let Some(f) = self.fields.pop() {
                            if let Some(c) = f.link {
                                self.finish_link(c, doc);
                            }
                        }
                    }
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
                self.fields.push(Field { instr, phase: FieldPhase::Result, link });
                Tag::FldSimple
            }
            "hyperlink" => {
                if empty {
                    return Tag::Other;
                }
                let target = attr(e, "id").and_then(|id| self.ctx.rels.iter().find(|r| r.id == id));
                let anchor = attr(e, "anchor");
                let capture = match (target, anchor) {
                    (Some(rel), _) => Some(LinkCapture {
                        kind: classify(&rel.target, rel.external),
                        url: rel.target.clone(),
                        origin: LinkOrigin::Hyperlink,
                        text: String::new(),
                    }),
                    (None, Some(a)) => Some(LinkCapture { url: format!("#{a}"), kind: LinkKind::Internal, origin: LinkOrigin::Hyperlink, text: String::new() }),
                    (None, None) => None,
                };
                self.captures.push(capture);
                Tag::Hyperlink
            }
            name @ ("ins" | "del" | "moveFrom" | "moveTo") => {
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
            "rPrChange" | "pPrChange" | "sectPrChange" | "tblPrChange" | "trPrChange" | "tcPrChange" | "tblGridChange" | "numberingChange" => {
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
                    location: Location { part: Some(format!("comment {}", doc.comments.len() + 1)), ..Location::default() },
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
                if let Some(c) = self.captures.pop() {
                    if let Some(c) = c {
                        self.captures.push(Some(c));
                        let i = self.captures.len() - 1;
                        self.finish_link(i, doc);
                    }
                }
            }
            Tag::FldSimple => {
                if let Some(f) = self.fields.pop() {
                    if let Some(c) = f.link {
                        self.finish_link(c, doc);
                    }
                }
            }
            Tag::Ins | Tag::Del | Tag::MoveFrom | Tag::MoveTo => {
                self.changes.pop();
            }
            Tag::Tc => self.table_depth = self.table_depth.saturating_sub(1),
            Tag::TxbxContent => self.textbox_depth = self.textbox_depth.saturating_sub(1),
            Tag::Note => self.note_label = None,
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
        let (url, kind) = parse_hyperlink_field(instr)?;
        self.captures.push(Some(LinkCapture { url, kind, origin: LinkOrigin::Field, text: String::new() }));
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
        doc.links.push(Link { url: c.url, text: c.text.split_whitespace().collect::<Vec<_>>().join(" "), location: self.part_location(), kind: c.kind, origin: c.origin });
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
        self.fields.iter().any(|f| f.phase == FieldPhase::Code)
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
        *self.budget = self.budget.checked_sub(s.len()).ok_or_else(|| Error::too_large("the document holds more text than the limit"))?;
        Ok(())
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
        let Some(p) = self.paras.last_mut() else { return };
        if self.run_hidden {
            p.hidden.push_str(s);
            return;
        }
        p.text.push_str(s);
        for c in self.captures.iter_mut().flatten() {
            c.text.push_str(s);
        }
        if let Some(c) = self.changes.last().and_then(|&i| doc.changes.get_mut(i)) {
            c.text.push_str(s);
        }
    }

    fn finish_paragraph(&mut self, doc: &mut Document) {
        let Some(p) = self.paras.pop() else { return };
        let kind = match self.story {
            Story::Body => match p.outline.or_else(|| p.style.as_ref().and_then(|s| self.ctx.styles.get(s).copied())) {
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
            doc.hidden_text.push(Block { text: p.hidden.clone(), kind, location: Location { quote: Some(quote(&p.hidden)), ..location.clone() } });
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

/// What a link target points at.
fn classify(target: &str, external: bool) -> LinkKind {
    let lower = target.trim().to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        LinkKind::Email
    } else if lower.starts_with("file:") || lower.starts_with("\\\\") || lower.get(1..3) == Some(":\\") || lower.get(1..3) == Some(":/") {
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
    while i < args.len() {
        match args[i].as_str() {
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

/// Style id → heading outline level (0 = Heading 1), from `styles.xml`:
/// the style's own `w:outlineLvl`, or a built-in name "heading N", or its `basedOn`.
fn parse_styles(xml: &[u8], limits: &Limits) -> Result<HashMap<String, u8>, Error> {
    struct S {
        name: String,
        outline: Option<u8>,
        based_on: Option<String>,
    }
    let mut styles: HashMap<String, S> = HashMap::new();
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::new();
    let mut current: Option<String> = None;
    let mut depth = 0usize;
    loop {
        let ev = reader.read_event_into(&mut buf).map_err(|e| Error::corrupt(format!("the styles part is damaged ({e})")))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                if matches!(ev, Event::Start(_)) {
                    depth += 1;
                    if depth > limits.max_xml_depth {
                        return Err(Error::too_large("XML nested deeper than the limit"));
                    }
                }
                match e.local_name().as_ref() {
                    "style" => {
                        let id = attr(e, "styleId").unwrap_or_default();
                        styles.insert(id.clone(), S { name: String::new(), outline: None, based_on: None });
                        current = Some(id);
                    }
                    "name" | "basedOn" | "outlineLvl" => {
                        if let Some(s) = current.as_ref().and_then(|id| styles.get_mut(id)) {
                            let v = attr(e, "val");
                            match e.local_name().as_ref() {
                                "name" => s.name = v.unwrap_or_default().to_ascii_lowercase(),
                                "basedOn" => s.based_on = v,
                                _ => s.outline = v.and_then(|v| v.parse().ok()),
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                depth = depth.saturating_sub(1);
                if e.local_name().as_ref() == "style" {
                    current = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let own = |s: &S| -> Option<u8> {
        s.outline.or_else(|| s.name.strip_prefix("heading ").and_then(|n| n.trim().parse::<u8>().ok()).map(|n| n.saturating_sub(1)))
    };
    let mut out = HashMap::new();
    for id in styles.keys() {
        let mut cur = styles.get(id);
        // basedOn chains are short; a cycle or a very long chain stops here.
        for _ in 0..16 {
            let Some(s) = cur else { break };
            if let Some(level) = own(s) {
                if level < 9 {
                    out.insert(id.clone(), level);
                }
                break;
            }
            cur = s.based_on.as_ref().and_then(|b| styles.get(b));
        }
    }
    Ok(out)
}

/// `commentsExtended.xml` says which comments are replies and which are done,
/// keyed by the `w14:paraId` of each comment's last paragraph.
fn apply_comments_extended(xml: &[u8], para_ids: &[Option<String>], doc: &mut Document, limits: &Limits) -> Result<(), Error> {
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        let ev = reader.read_event_into(&mut buf).map_err(|e| Error::corrupt(format!("the comments part is damaged ({e})")))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                if matches!(ev, Event::Start(_)) {
                    depth += 1;
                    if depth > limits.max_xml_depth {
                        return Err(Error::too_large("XML nested deeper than the limit"));
                    }
                }
                if e.local_name().as_ref() == "commentEx" {
                    let Some(id) = attr(e, "paraId") else { continue };
                    let Some(i) = para_ids.iter().position(|p| p.as_deref() == Some(id.as_str())) else { continue };
                    if let Some(c) = doc.comments.get_mut(i) {
                        c.is_reply = attr(e, "paraIdParent").is_some();
                        c.resolved = attr(e, "done").is_some_and(|v| v == "1" || v == "true");
                    }
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

/// The words of the watermarks in a header part: the `string` of each VML
/// `textpath` (Word's Design > Watermark writes one per header).
fn watermark_texts(xml: &[u8], limits: &Limits) -> Result<Vec<String>, Error> {
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = 0usize;
    let mut out = Vec::new();
    loop {
        let ev = reader.read_event_into(&mut buf).map_err(|e| Error::corrupt(format!("a header part is damaged ({e})")))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                if matches!(ev, Event::Start(_)) {
                    depth += 1;
                    if depth > limits.max_xml_depth {
                        return Err(Error::too_large("XML nested deeper than the limit"));
                    }
                }
                if e.local_name().as_ref() == "textpath" {
                    if let Some(s) = attr(e, "string").map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
                        if !out.contains(&s) {
                            out.push(s);
                        }
                    }
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// Core, app and custom properties, found through the package relationships.
fn read_properties(pkg: &mut Package<'_>, root_rels: &[Relationship], doc: &mut Document, limits: &Limits) -> Result<(), Error> {
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
                ("extended-properties", "Template") => {
                    if m.template.is_none() {
                        m.template = Some(value)
                    }
                }
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
        let ev = reader.read_event_into(&mut buf).map_err(|e| Error::corrupt(format!("a properties part is damaged ({e})")))?;
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
        assert_eq!(parse_hyperlink_field(r#" HYPERLINK "https://www.ohchr.org/" \o "OHCHR" "#), Some(("https://www.ohchr.org/".into(), LinkKind::External)));
        assert_eq!(parse_hyperlink_field(r#"HYPERLINK \l "_Toc12""#), Some(("#_Toc12".into(), LinkKind::Internal)));
        assert_eq!(parse_hyperlink_field(r#"HYPERLINK "mailto:a@b.org""#).map(|x| x.1), Some(LinkKind::Email));
        assert_eq!(parse_hyperlink_field(r#"PAGEREF _Toc1 \h"#), None);
        assert_eq!(parse_hyperlink_field(r#"HYPERLINK "file:///C:\\Users\\me\\a.docx""#).map(|x| x.1), Some(LinkKind::File));
    }
}
