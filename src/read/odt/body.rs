//! The text of an OpenDocument part as one table of small handlers: `open`
//! dispatches on the element, and each concern (paragraphs, hidden text,
//! links, notes, comments, tracked changes) keeps its own state in its own
//! tracker. The same reader reads `styles.xml` (its master pages' headers
//! and footers) and `content.xml` (the body); both parts also fill the style
//! table as their styles stream by, before the text that uses them.

use super::changes::Changes;
use super::comments::Comments;
use super::hidden::Hidden;
use super::links::Links;
use super::notes::Notes;
use super::paragraphs::{Dest, Para, Paragraphs};
use super::styles::{Family, Styles};
use super::xml::{attr, stream, Flow, Ns, Step};
use crate::document::{BlockKind, ChangeKind, Document, Embedded, Location};
use crate::error::Error;
use crate::limits::Limits;
use crate::read::tables::Tables;
use quick_xml::events::BytesStart;
use std::collections::HashMap;

/// Which part is read: what its paragraphs outside headers and footers are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// `styles.xml`: only master pages' headers and footers are text.
    Styles,
    /// `content.xml`: the body.
    Content,
}

/// The elements the reader acts on when they close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Para,
    Span,
    Link,
    Cell,
    /// A `table:table` of the main text (recorded for the accessibility rules).
    Table,
    /// Its `table:table-header-rows`.
    HeaderRows,
    TextBox,
    Note,
    NoteBody,
    Annotation,
    ChangeInfo,
    /// `dc:creator` or `dc:date` of a comment or a change (`true`: creator).
    Info(bool),
    Change,
    HeaderFooter,
    Style,
    Other,
}

/// The most spaces one `text:s` gives: enough for any layout, and a
/// `text:c="2000000000"` costs nothing.
const MAX_SPACES: usize = 64;

/// Reads one part into `doc`, with the style table as read so far; returns the table.
pub(super) struct Reader<'a> {
    part: Part,
    limits: &'a Limits,
    budget: &'a mut usize,
    pub(super) styles: Styles,
    stack: Vec<Tag>,
    paras: Paragraphs,
    hidden: Hidden,
    links: Links,
    notes: Notes,
    comments: Comments,
    changes: Changes,
    header_footer: Option<BlockKind>,
    table_depth: usize,
    tables: Tables,
    textbox_depth: usize,
    /// The embedded objects named so far (a map, of the type the package reader uses).
    objects: HashMap<String, usize>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(part: Part, styles: Styles, limits: &'a Limits, budget: &'a mut usize) -> Self {
        Reader {
            part,
            limits,
            budget,
            styles,
            stack: Vec::with_capacity(64),
            paras: Paragraphs::default(),
            hidden: Hidden::default(),
            links: Links::default(),
            notes: Notes::default(),
            comments: Comments::default(),
            changes: Changes::default(),
            header_footer: None,
            table_depth: 0,
            tables: Tables::default(),
            textbox_depth: 0,
            objects: HashMap::new(),
        }
    }

    /// Streams `xml` (named `name` in errors) into `doc`.
    pub(super) fn read(&mut self, xml: &[u8], name: &str, doc: &mut Document) -> Result<(), Error> {
        stream(xml, name, self.limits, &mut |step| match step {
            Step::Open(ns, e) => {
                let (tag, flow) = self.open(ns, e, doc)?;
                self.stack.push(tag);
                Ok(flow)
            }
            Step::Text(s) => self.text(s, doc).map(|()| Flow::Enter),
            Step::Close => {
                let tag = self.stack.pop().unwrap_or(Tag::Other);
                self.close(tag, doc).map(|()| Flow::Enter)
            }
        })
    }

    /// The handler table: what each element starts, in four groups (the text
    /// of a paragraph, containers, tracked changes, stories), then the
    /// elements whose content is never text.
    fn open(&mut self, ns: Ns, e: &BytesStart<'_>, doc: &mut Document) -> Result<(Tag, Flow), Error> {
        let local = e.local_name();
        let name = local.as_ref();
        if let Some(tag) = self.open_text(ns, name, e, doc)? {
            return Ok((tag, Flow::Enter));
        }
        if let Some(opened) = self.open_container(ns, name, e, doc) {
            return Ok(opened);
        }
        if let Some(tag) = self.open_change(ns, name, e, doc) {
            return Ok((tag, Flow::Enter));
        }
        if let Some(opened) = self.open_story(ns, name, e, doc) {
            return Ok(opened);
        }
        Ok((Tag::Other, if skipped(ns, name) { Flow::Skip } else { Flow::Enter }))
    }

    /// Paragraphs and what is inside them: spans, spaces, tabs, breaks,
    /// links, hidden-text fields.
    fn open_text(&mut self, ns: Ns, name: &str, e: &BytesStart<'_>, doc: &mut Document) -> Result<Option<Tag>, Error> {
        if ns != Ns::Text {
            return Ok(None);
        }
        let tag = match name {
            "p" | "h" => self.open_paragraph(e),
            "span" => {
                self.hidden.push(attr(e, "style-name").and_then(|s| self.styles.hidden(Family::Text, &s)));
                Tag::Span
            }
            // A section hidden in Format > Sections: every paragraph in it.
            "section" => {
                self.hidden.push((attr(e, "display").as_deref() == Some("none")).then_some(true));
                Tag::Span
            }
            "hidden-text" => {
                self.hidden.push(Some(attr(e, "is-hidden").as_deref() == Some("true")));
                Tag::Span
            }
            "hidden-paragraph" => {
                if let (Some("true"), Some(p)) = (attr(e, "is-hidden").as_deref(), self.paras.top()) {
                    p.field_hidden = true;
                }
                Tag::Other
            }
            "conditional-text" => {
                self.conditional_text(e);
                Tag::Other
            }
            "s" => {
                let n = attr(e, "c").and_then(|c| c.parse::<usize>().ok()).unwrap_or(1);
                self.text(&" ".repeat(n.clamp(1, MAX_SPACES)), doc)?;
                Tag::Other
            }
            "tab" => self.text("\t", doc).map(|()| Tag::Other)?,
            "line-break" => self.text("\n", doc).map(|()| Tag::Other)?,
            "a" => self.open_link(e),
            _ => return Ok(None),
        };
        Ok(Some(tag))
    }

    /// Table cells, text boxes and shapes, frames, embedded objects.
    fn open_container(&mut self, ns: Ns, name: &str, e: &BytesStart<'_>, doc: &mut Document) -> Option<(Tag, Flow)> {
        match (ns, name) {
            (Ns::Table, "table-cell" | "covered-table-cell") => {
                // A covered cell is under a merged one, which counted the columns it spans.
                if name == "table-cell" {
                    self.tables.cell(cell_columns(e));
                }
                self.table_depth += 1;
                Some((Tag::Cell, Flow::Enter))
            }
            (Ns::Table, "table") if self.in_main_text() => {
                let here = Location { heading: self.paras.heading.clone(), ..Location::default() };
                self.tables.open(here, doc.accessibility.tables.len());
                Some((Tag::Table, Flow::Enter))
            }
            (Ns::Table, "table-header-rows") => {
                self.tables.header_rows(true);
                Some((Tag::HeaderRows, Flow::Enter))
            }
            (Ns::Table, "table-row") => {
                self.tables.row();
                Some((Tag::Other, Flow::Enter))
            }
            (Ns::Draw, "text-box" | "custom-shape" | "rect" | "ellipse" | "circle" | "polygon" | "path") => {
                self.textbox_depth += 1;
                Some((Tag::TextBox, Flow::Enter))
            }
            (Ns::Draw, "frame") => {
                self.links.saw_frame();
                Some((Tag::Other, Flow::Enter))
            }
            // A link around a picture or a frame.
            (Ns::Draw, "a") => Some((self.open_link(e), Flow::Enter)),
            (Ns::Draw, "object" | "object-ole") => {
                self.embedded(e, doc);
                Some((Tag::Other, Flow::Skip))
            }
            _ => None,
        }
    }

    /// The regions of `text:tracked-changes` and the marks in the text.
    fn open_change(&mut self, ns: Ns, name: &str, e: &BytesStart<'_>, doc: &mut Document) -> Option<Tag> {
        if ns != Ns::Text {
            return None;
        }
        match name {
            "changed-region" => self.changes.region(attr(e, "id")),
            "insertion" => self.changes.change(ChangeKind::Insertion, doc),
            "deletion" => self.changes.change(ChangeKind::Deletion, doc),
            "format-change" => self.changes.change(ChangeKind::Formatting, doc),
            "change" | "change-start" => {
                if let Some(i) = self.changes.mark(attr(e, "change-id"), name == "change-start", doc) {
                    match self.paras.top() {
                        Some(p) => p.changes.push(i),
                        None => self.changes.pending.push(i),
                    }
                }
            }
            "change-end" => self.changes.end(attr(e, "change-id")),
            _ => return None,
        }
        Some(if matches!(name, "insertion" | "deletion" | "format-change") { Tag::Change } else { Tag::Other })
    }

    /// Notes, comments (with their author and date), headers and footers, styles.
    fn open_story(&mut self, ns: Ns, name: &str, e: &BytesStart<'_>, doc: &mut Document) -> Option<(Tag, Flow)> {
        let tag = match (ns, name) {
            (Ns::Text, "note") => {
                self.notes.open(attr(e, "note-class").as_deref());
                Tag::Note
            }
            (Ns::Text, "note-body") => {
                self.notes.body(true);
                Tag::NoteBody
            }
            (Ns::Office, "annotation") => {
                self.open_comment(e, doc);
                Tag::Annotation
            }
            (Ns::Office, "change-info") => Tag::ChangeInfo,
            (Ns::Dc, "creator" | "date") => match self.stack.last() {
                Some(Tag::ChangeInfo | Tag::Annotation) => Tag::Info(name == "creator"),
                _ => Tag::Other,
            },
            (Ns::Style, "header" | "header-left" | "header-first" | "footer" | "footer-left" | "footer-first") => {
                if attr(e, "display").as_deref() == Some("false") {
                    return Some((Tag::Other, Flow::Skip));
                }
                let footer = name.starts_with("footer");
                self.header_footer = Some(if footer { BlockKind::Footer } else { BlockKind::Header });
                Tag::HeaderFooter
            }
            (Ns::Style, "style" | "text-properties") => {
                self.styles.open(ns, e);
                if name == "style" {
                    Tag::Style
                } else {
                    Tag::Other
                }
            }
            _ => return None,
        };
        Some((tag, Flow::Enter))
    }

    fn close(&mut self, tag: Tag, doc: &mut Document) -> Result<(), Error> {
        match tag {
            Tag::Para => self.close_paragraph(doc)?,
            Tag::Span => self.hidden.pop(),
            Tag::Link => {
                if let Some(i) = self.links.close(doc) {
                    if let Some(p) = self.paras.top() {
                        p.links.push(i);
                    }
                }
            }
            Tag::Cell => self.table_depth = self.table_depth.saturating_sub(1),
            Tag::Table => self.tables.close(&mut doc.accessibility.tables),
            Tag::HeaderRows => self.tables.header_rows(false),
            Tag::TextBox => self.textbox_depth = self.textbox_depth.saturating_sub(1),
            Tag::Note => self.notes.close(),
            Tag::NoteBody => self.notes.body(false),
            Tag::Annotation => self.comments.close(doc),
            Tag::Change => self.changes.end_change(doc),
            Tag::HeaderFooter => self.header_footer = None,
            Tag::Style => self.styles.close_style(),
            Tag::ChangeInfo | Tag::Info(_) | Tag::Other => {}
        }
        Ok(())
    }

    /// `text:a` or `draw:a`: kept in the body and notes only.
    fn open_link(&mut self, e: &BytesStart<'_>) -> Tag {
        let kept = matches!(self.paras.open.last().map(|p| &p.dest), Some(Dest::Body(_) | Dest::Note(..)));
        self.links.open(attr(e, "href"), kept);
        Tag::Link
    }

    /// Where a paragraph opening now goes.
    fn destination(&self, heading: Option<u8>) -> Dest {
        if self.changes.in_deletion() {
            Dest::Deleted
        } else if self.comments.is_open() {
            Dest::Comment
        } else if let Some((kind, label)) = self.notes.here() {
            Dest::Note(kind, label)
        } else if let Some(kind) = self.header_footer {
            Dest::HeaderFooter(kind)
        } else if self.part == Part::Styles {
            Dest::Nowhere
        } else if self.textbox_depth > 0 {
            Dest::Body(BlockKind::TextBox)
        } else if self.table_depth > 0 {
            Dest::Body(BlockKind::TableCell)
        } else {
            Dest::Body(heading.map_or(BlockKind::Paragraph, BlockKind::Heading))
        }
    }

    fn open_paragraph(&mut self, e: &BytesStart<'_>) -> Tag {
        let heading = (e.local_name().as_ref() == "h")
            .then(|| attr(e, "outline-level").and_then(|l| l.parse::<u8>().ok()).unwrap_or(1).clamp(1, 10));
        let style_hidden = attr(e, "style-name").and_then(|s| self.styles.hidden(Family::Paragraph, &s));
        let mut p = Para::new(self.destination(heading), style_hidden);
        p.changes = std::mem::take(&mut self.changes.pending);
        self.paras.open.push(p);
        Tag::Para
    }

    /// In the main text: the content part, outside notes, comments, headers and footers.
    fn in_main_text(&self) -> bool {
        self.part == Part::Content
            && self.header_footer.is_none()
            && self.notes.here().is_none()
            && !self.comments.is_open()
    }

    fn close_paragraph(&mut self, doc: &mut Document) -> Result<(), Error> {
        let Some(p) = self.paras.open.pop() else { return Ok(()) };
        match p.dest {
            // Deleted paragraphs stay apart in the change's text.
            Dest::Deleted => self.changes.deleted_text("\n", doc),
            Dest::Comment => self.comments.paragraph(&p.text),
            _ => self.paras.emit(p, doc, self.limits.max_docx_paragraphs)?,
        }
        Ok(())
    }

    fn open_comment(&mut self, e: &BytesStart<'_>, doc: &Document) {
        let resolved = attr(e, "resolved").as_deref() == Some("true");
        let reply = attr(e, "parent-name").is_some_and(|p| !p.is_empty());
        let dest = self.paras.open.last().map(|p| p.dest.clone()).unwrap_or(Dest::Nowhere);
        let location = self.paras.part_location(&dest, None);
        self.comments.open(doc, resolved, reply, location);
    }

    /// `text:conditional-text` shows one of two strings; the other is in the file, unseen.
    fn conditional_text(&mut self, e: &BytesStart<'_>) {
        let shows_true = attr(e, "current-value").as_deref() != Some("false");
        let unseen = attr(e, if shows_true { "string-value-if-false" } else { "string-value-if-true" });
        if let (Some(s), Some(p)) = (unseen.filter(|s| !s.trim().is_empty()), self.paras.top()) {
            if !p.hidden.is_empty() {
                p.hidden.push(' ');
            }
            p.hidden.push_str(&s);
        }
    }

    /// An embedded object (`draw:object`, `draw:object-ole`): its sub-document or binary.
    fn embedded(&mut self, e: &BytesStart<'_>, doc: &mut Document) {
        let Some(href) = attr(e, "href") else { return };
        let name = href.trim_start_matches("./").trim_end_matches('/').to_string();
        // A package holds at most `max_zip_entries` objects: more references are repeats.
        if name.is_empty()
            || name.contains(':')
            || doc.embedded.len() >= self.limits.max_zip_entries
            || self.objects.insert(name.clone(), 0).is_some()
        {
            return;
        }
        let dest = self.paras.open.last().map(|p| p.dest.clone()).unwrap_or(Dest::Nowhere);
        let location = self.paras.part_location(&dest, self.comments.part());
        doc.embedded.push(Embedded { name, bytes: None, location });
        let i = doc.embedded.len() - 1;
        if let Some(p) = self.paras.top() {
            p.embedded.push(i);
        }
    }

    /// Character data: a comment's or change's author and date, or paragraph text.
    fn text(&mut self, s: &str, doc: &mut Document) -> Result<(), Error> {
        match self.stack.last() {
            Some(Tag::Info(creator)) => {
                let creator = *creator;
                match self.stack.iter().rev().nth(1) {
                    Some(Tag::ChangeInfo) => self.changes.info(creator, s, doc),
                    _ if creator => self.comments.author(s),
                    _ => self.comments.date(s),
                }
                return Ok(());
            }
            // Elements that hold elements only: white space between them is layout.
            Some(
                Tag::ChangeInfo
                | Tag::Annotation
                | Tag::Change
                | Tag::Style
                | Tag::HeaderFooter
                | Tag::Note
                | Tag::NoteBody
                | Tag::Cell
                | Tag::TextBox,
            ) => return Ok(()),
            _ => {}
        }
        let Some(p) = self.paras.open.last_mut() else { return Ok(()) };
        *self.budget = self
            .budget
            .checked_sub(s.len())
            .ok_or_else(|| Error::too_large("the document holds more text than the limit"))?;
        match p.dest {
            Dest::Deleted => self.changes.deleted_text(s, doc),
            Dest::Nowhere => {}
            _ if self.hidden.now(p.style_hidden) => p.hidden.push_str(s),
            _ => {
                p.text.push_str(s);
                self.links.text(s);
                self.changes.inserted_text(s, doc);
            }
        }
        Ok(())
    }
}

/// Elements whose content is never shown text: a note's number, list labels,
/// alt text, index templates, declarations, forms, scripts, the metadata of a
/// comment other than its author and date.
fn skipped(ns: Ns, local: &str) -> bool {
    match ns {
        Ns::Text => {
            matches!(
                local,
                "note-citation"
                    | "number"
                    | "sequence-decls"
                    | "variable-decls"
                    | "user-field-decls"
                    | "dde-connection-decls"
                    | "index-title-template"
                    | "tracked-changes-view"
            ) || local.ends_with("-source")
        }
        Ns::Svg => matches!(local, "title" | "desc"),
        Ns::Office => matches!(local, "forms" | "scripts" | "event-listeners" | "binary-data" | "font-face-decls"),
        Ns::Meta => true,
        Ns::Other | Ns::LoExt => false,
        _ => false,
    }
}

/// The columns a `table:table-cell` takes: those it spans
/// (`table:number-columns-spanned`), as many times as it is repeated
/// (`table:number-columns-repeated`).
fn cell_columns(e: &BytesStart<'_>) -> u32 {
    let number = |name| attr(e, name).and_then(|v| v.parse::<u32>().ok()).unwrap_or(1).max(1);
    number("number-columns-spanned").saturating_mul(number("number-columns-repeated"))
}
