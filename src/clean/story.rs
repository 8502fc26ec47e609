//! One story part (the document, a header, a footer, the footnotes, the
//! endnotes) rewritten as Word leaves it after "Accept All Changes" and the
//! Document Inspector's "Remove All" for comments and hidden text.
//!
//! The part is streamed with quick-xml and written back by copying the bytes
//! of each event that stays, so all markup not removed is kept as written.
//! One dispatch on the element name ([`StoryCleaner::open`]) decides, for
//! each element, to keep it, unwrap it (`w:ins`, `w:moveTo`: the content
//! stays), or drop it with all it holds (`w:del`, `w:moveFrom`, property
//! changes, comment ranges). What is known only later (a run is hidden, a
//! run holds a comment reference, a table row is deleted, a paragraph mark
//! is deleted) is undone by cutting the output back to where the element began.

use super::removed::Removed;
use crate::error::Error;
use crate::limits::Limits;
use crate::read::docx::hidden::RunHiding;
use crate::read::docx::styles::Styles;
use crate::read::xml::attr;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;

const W_TRANSITIONAL: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/// The elements the cleaner acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    P,
    R,
    RPr,
    PPr,
    Tbl,
    Tr,
    TrPr,
    /// `w:ins` or `w:moveTo`: neither tag is written, the content is.
    Unwrapped,
    Other,
}

/// An open element.
struct Frame {
    kind: Kind,
    /// Where its start tag begins in the output.
    out_at: usize,
    /// Cut out when it closes (a deleted table row).
    remove: bool,
    /// A run: it held a comment reference (dropped); if nothing else is
    /// left in it but its properties, the run goes too.
    held_comment: bool,
    /// A run: the elements kept in it besides its properties.
    content: usize,
    /// A run: what hides it. A paragraph: nothing.
    hiding: RunHiding,
    /// A paragraph: its style (`w:pStyle`).
    style: Option<String>,
    /// A paragraph: where its content after `w:pPr` begins in the output.
    content_at: usize,
    /// A paragraph: the content of the paragraphs before it whose marks were
    /// deleted, to be written after its `w:pPr`.
    join: Option<Vec<u8>>,
    /// A paragraph: its mark is a tracked deletion (or moved away).
    mark_removed: bool,
    /// A table: rows kept, rows removed.
    rows: (usize, usize),
}

impl Frame {
    fn new(kind: Kind, out_at: usize) -> Frame {
        Frame {
            kind,
            out_at,
            remove: false,
            held_comment: false,
            content: 0,
            hiding: RunHiding::default(),
            style: None,
            content_at: out_at,
            join: None,
            mark_removed: false,
            rows: (0, 0),
        }
    }
}

/// A paragraph whose mark was deleted, waiting for the next paragraph.
struct Carry {
    /// How many elements were open around it.
    depth: usize,
    /// Its start tag and `w:pPr`, as cleaned; written again only if no paragraph follows.
    head: Vec<u8>,
    /// Its content after `w:pPr`.
    body: Vec<u8>,
    /// Its end tag.
    end: Vec<u8>,
}

/// Cleans one story part; `part` names it in errors. In a notes part, the
/// notes whose ids are in `orphans` (their references were deleted) go.
pub(super) fn clean_story(
    xml: &[u8],
    part: &str,
    styles: &Styles,
    limits: &Limits,
    orphans: &[String],
    removed: &mut Removed,
    paragraphs: &mut usize,
) -> Result<Vec<u8>, Error> {
    let mut c = StoryCleaner {
        paragraphs,
        part,
        styles,
        orphans,
        out: Vec::with_capacity(xml.len()),
        stack: Vec::with_capacity(64),
        carry: None,
        removed,
        field_balance: 0,
    };
    c.run(xml, limits)?;
    if c.field_balance != 0 {
        return Err(c.refuse("cut-field", None));
    }
    Ok(c.out)
}

struct StoryCleaner<'a> {
    part: &'a str,
    styles: &'a Styles,
    orphans: &'a [String],
    out: Vec<u8>,
    stack: Vec<Frame>,
    carry: Option<Carry>,
    removed: &'a mut Removed,
    /// Paragraphs met in all the stories cleaned so far.
    paragraphs: &'a mut usize,
    /// Field begins minus field ends in what was removed: not zero means a
    /// field lost its start or its end.
    field_balance: i64,
}

fn is_w(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(Namespace(n)) if *n == W_TRANSITIONAL || *n == W_STRICT)
}

/// What to do with an element.
enum Action {
    Keep(Kind),
    Unwrap,
    /// Dropped with everything in it.
    Drop,
}

impl StoryCleaner<'_> {
    /// One more paragraph: past the reader's `max_docx_paragraphs`, the
    /// reader's own error (a million one-letter paragraphs cost the reader
    /// hundreds of MB, and the cleaner minutes).
    fn count_paragraph(&mut self, limits: &Limits) -> Result<(), Error> {
        *self.paragraphs += 1;
        if *self.paragraphs > limits.max_docx_paragraphs {
            return Err(Error::too_large(format!(
                "the document has more than {} paragraphs",
                crate::limits::stated(limits.max_docx_paragraphs)
            )));
        }
        Ok(())
    }

    fn refuse(&self, reason: &'static str, element: Option<String>) -> Error {
        Error::refused(self.part, reason, element)
    }

    fn run(&mut self, xml: &[u8], limits: &Limits) -> Result<(), Error> {
        let (bom, xml) = super::parts::split_bom(xml);
        self.out.extend_from_slice(bom);
        let mut reader = NsReader::from_reader(xml);
        // Inside a dropped element: how deep.
        let mut dropping = 0usize;
        loop {
            let from = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
            let (ns, ev) = reader
                .read_resolved_event()
                .map_err(|e| Error::corrupt(format!("{} is damaged near byte {from} ({e})", self.part)))?;
            let w = is_w(&ns);
            if let Event::Start(ref e) | Event::Empty(ref e) = ev {
                if w && e.local_name().as_ref() == "p" {
                    self.count_paragraph(limits)?;
                }
            }
            let to = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
            let raw = xml.get(from..to).ok_or_else(|| Error::corrupt(format!("{} is damaged", self.part)))?;
            if self.stack.len() + dropping >= limits.max_xml_depth {
                return Err(Error::too_large(format!(
                    "the document's XML is nested more than {} levels deep",
                    limits.max_xml_depth
                )));
            }
            if dropping > 0 {
                match ev {
                    Event::Start(ref e) => {
                        self.count_field(w, e);
                        dropping += 1;
                    }
                    Event::Empty(ref e) => self.count_field(w, e),
                    Event::End(_) => dropping -= 1,
                    Event::Eof => break,
                    _ => {}
                }
                continue;
            }
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let empty = matches!(ev, Event::Empty(_));
                    let local = e.local_name();
                    let name: &str = if w { local.as_ref() } else { "" };
                    self.before_element(name, empty);
                    match self.open(name, e)? {
                        Action::Keep(kind) => {
                            if let Some(r) = self.stack.last_mut().filter(|f| f.kind == Kind::R && name != "rPr") {
                                r.content += 1;
                            }
                            let at = self.out.len();
                            self.out.extend_from_slice(raw);
                            if !empty {
                                let mut f = Frame::new(kind, at);
                                if kind == Kind::P {
                                    f.content_at = self.out.len();
                                    f.join = self.take_join();
                                }
                                self.stack.push(f);
                            }
                        }
                        Action::Unwrap => {
                            if !empty {
                                self.stack.push(Frame::new(Kind::Unwrapped, self.out.len()));
                            }
                        }
                        Action::Drop => {
                            self.count_field(w, e);
                            if !empty {
                                dropping = 1;
                            }
                        }
                    }
                }
                Event::End(_) => self.close(raw)?,
                Event::Eof => break,
                _ => self.out.extend_from_slice(raw),
            }
        }
        if let Some(c) = self.carry.take() {
            self.write_alone(c);
        }
        Ok(())
    }

    /// A `w:fldChar` in removed content: begins and ends must balance.
    fn count_field(&mut self, w: bool, e: &BytesStart<'_>) {
        if w && e.local_name().as_ref() == "fldChar" {
            match attr(e, "fldCharType").as_deref() {
                Some("begin") => self.field_balance += 1,
                Some("end") => self.field_balance -= 1,
                _ => {}
            }
        }
    }

    fn parent(&self, n: usize) -> Option<Kind> {
        self.stack.len().checked_sub(n + 1).and_then(|i| self.stack.get(i)).map(|f| f.kind)
    }

    /// The innermost open element of this kind.
    fn innermost(&mut self, kind: Kind) -> Option<&mut Frame> {
        self.stack.iter_mut().rev().find(|f| f.kind == kind)
    }

    /// Before an element is handled: a paragraph waiting to be joined meets a
    /// sibling, and a paragraph that takes a join gets it after its `w:pPr`.
    fn before_element(&mut self, name: &str, empty: bool) {
        if let Some(c) = self.carry.take() {
            let sibling = c.depth == self.stack.len();
            if sibling && ((name == "p" && empty) || (name != "p" && !empty)) {
                // An empty paragraph, or an element that is not a paragraph
                // (a table, a section's properties): the carried paragraph
                // stays a paragraph of its own, as the reader gives it.
                self.write_alone(c);
            } else {
                self.carry = Some(c);
            }
        }
        if name != "pPr" {
            self.write_join();
        }
    }

    /// The carried paragraph's content, taken by the paragraph opening now.
    fn take_join(&mut self) -> Option<Vec<u8>> {
        match self.carry.take() {
            Some(c) if c.depth == self.stack.len() => Some(c.body),
            other => {
                self.carry = other;
                None
            }
        }
    }

    /// Writes a paragraph's pending join, if the innermost element is that
    /// paragraph and its own mark stays. When its mark is deleted too, the
    /// join waits in the frame and its content is carried on, never copied
    /// again: a run of deleted marks costs its length, not its square.
    fn write_join(&mut self) {
        if let Some(f) = self.stack.last_mut().filter(|f| f.kind == Kind::P && !f.mark_removed) {
            if let Some(body) = f.join.take() {
                self.out.extend_from_slice(&body);
            }
        }
    }

    fn write_alone(&mut self, c: Carry) {
        self.out.extend_from_slice(&c.head);
        self.out.extend_from_slice(&c.body);
        self.out.extend_from_slice(&c.end);
    }

    /// The one dispatch on the element name (empty for elements outside the
    /// WordprocessingML namespace, which are kept).
    fn open(&mut self, name: &str, e: &BytesStart<'_>) -> Result<Action, Error> {
        let in_rpr = self.parent(0) == Some(Kind::RPr);
        Ok(match name {
            "p" => Action::Keep(Kind::P),
            "r" => Action::Keep(Kind::R),
            "rPr" => Action::Keep(Kind::RPr),
            "pPr" => Action::Keep(Kind::PPr),
            "tbl" => Action::Keep(Kind::Tbl),
            "tr" => Action::Keep(Kind::Tr),
            "trPr" => Action::Keep(Kind::TrPr),
            "ins" | "moveTo" if in_rpr || self.parent(0) == Some(Kind::TrPr) => {
                // A marker: this paragraph mark, run or row was inserted (moved here).
                self.count_change(name);
                Action::Drop
            }
            "ins" | "moveTo" => {
                self.count_change(name);
                Action::Unwrap
            }
            "del" | "moveFrom" if in_rpr => {
                if self.parent(1) != Some(Kind::PPr) {
                    return Err(self.refuse("deleted-mark", None));
                }
                self.count_change(name);
                if let Some(p) = self.innermost(Kind::P) {
                    p.mark_removed = true;
                }
                Action::Drop
            }
            "del" | "moveFrom" if self.parent(0) == Some(Kind::TrPr) => {
                self.count_change(name);
                if let Some(tr) = self.innermost(Kind::Tr) {
                    tr.remove = true;
                }
                Action::Drop
            }
            "del" | "moveFrom" => {
                self.count_change(name);
                Action::Drop
            }
            "moveFromRangeStart" | "moveFromRangeEnd" | "moveToRangeStart" | "moveToRangeEnd" => Action::Drop,
            "rPrChange" | "pPrChange" | "sectPrChange" | "tblPrChange" | "trPrChange" | "tcPrChange"
            | "tblGridChange" | "numberingChange" | "tblPrExChange" => {
                self.removed.property_changes += 1;
                Action::Drop
            }
            "cellIns"
            | "cellDel"
            | "cellMerge"
            | "customXmlInsRangeStart"
            | "customXmlInsRangeEnd"
            | "customXmlDelRangeStart"
            | "customXmlDelRangeEnd"
            | "customXmlMoveFromRangeStart"
            | "customXmlMoveFromRangeEnd"
            | "customXmlMoveToRangeStart"
            | "customXmlMoveToRangeEnd" => return Err(self.refuse("change-kind", Some(format!("w:{name}")))),
            "commentRangeStart" | "commentRangeEnd" => Action::Drop,
            "footnote" | "endnote" if attr(e, "id").is_some_and(|id| self.orphans.contains(&id)) => Action::Drop,
            "commentReference" => {
                if let Some(r) = self.stack.last_mut().filter(|f| f.kind == Kind::R) {
                    r.held_comment = true;
                }
                Action::Drop
            }
            "vanish" | "specVanish" if in_rpr && self.parent(1) == Some(Kind::R) => {
                let local = if name == "vanish" { "vanish" } else { "specVanish" };
                if let Some(r) = self.stack.iter_mut().rev().nth(1) {
                    r.hiding.vanish(local, e);
                }
                Action::Keep(Kind::Other)
            }
            "rStyle" if in_rpr && self.parent(1) == Some(Kind::R) => {
                let styles = self.styles;
                if let Some(r) = self.stack.iter_mut().rev().nth(1) {
                    r.hiding.character_style(e, styles);
                }
                Action::Keep(Kind::Other)
            }
            "pStyle" if self.parent(0) == Some(Kind::PPr) => {
                if let Some(p) = self.stack.iter_mut().rev().nth(1).filter(|f| f.kind == Kind::P) {
                    p.style = attr(e, "val");
                }
                Action::Keep(Kind::Other)
            }
            _ => Action::Keep(Kind::Other),
        })
    }

    fn count_change(&mut self, name: &str) {
        let r = &mut *self.removed;
        match name {
            "ins" => r.insertions += 1,
            "del" => r.deletions += 1,
            _ => r.moves += 1,
        }
    }

    /// An end tag: the element closes, kept, unwrapped or cut out.
    fn close(&mut self, raw: &[u8]) -> Result<(), Error> {
        if let Some(c) = self.carry.take() {
            if c.depth == self.stack.len() {
                // The container ends before another paragraph came.
                self.write_alone(c);
            } else {
                self.carry = Some(c);
            }
        }
        let Some(f) = self.stack.pop() else {
            return Err(Error::corrupt(format!("{} is damaged (an end tag without a start)", self.part)));
        };
        match f.kind {
            Kind::Unwrapped => {}
            Kind::R => {
                let para_style = self.stack.iter().rev().find(|p| p.kind == Kind::P).and_then(|p| p.style.as_deref());
                let hidden = f.hiding.hidden(para_style, self.styles);
                if hidden || (f.held_comment && f.content == 0) {
                    if hidden {
                        self.removed.hidden_runs += 1;
                    }
                    self.note_removed_content(f.out_at);
                    self.out.truncate(f.out_at);
                } else {
                    self.out.extend_from_slice(raw);
                }
            }
            Kind::PPr => {
                self.out.extend_from_slice(raw);
                let at = self.out.len();
                if let Some(p) = self.stack.last_mut().filter(|p| p.kind == Kind::P) {
                    p.content_at = at;
                }
                self.write_join();
            }
            Kind::P => {
                if f.mark_removed {
                    let head = self.out.get(f.out_at..f.content_at).unwrap_or_default().to_vec();
                    let mut body = f.join.unwrap_or_default();
                    body.extend_from_slice(self.out.get(f.content_at..).unwrap_or_default());
                    self.out.truncate(f.out_at);
                    self.carry = Some(Carry { depth: self.stack.len(), head, body, end: raw.to_vec() });
                } else {
                    if let Some(body) = f.join.as_deref() {
                        self.out.extend_from_slice(body);
                    }
                    self.out.extend_from_slice(raw);
                }
            }
            Kind::Tr => {
                if f.remove {
                    self.note_removed_content(f.out_at);
                    self.out.truncate(f.out_at);
                } else {
                    self.out.extend_from_slice(raw);
                }
                if let Some(t) = self.stack.last_mut().filter(|t| t.kind == Kind::Tbl) {
                    if f.remove {
                        t.rows.1 += 1;
                    } else {
                        t.rows.0 += 1;
                    }
                }
            }
            Kind::Tbl if f.rows.0 == 0 && f.rows.1 > 0 => {
                // Every row was deleted: so is the table.
                self.out.truncate(f.out_at);
            }
            _ => self.out.extend_from_slice(raw),
        }
        Ok(())
    }

    /// The output from `at` on is about to be cut out: its field characters count as removed.
    fn note_removed_content(&mut self, at: usize) {
        let cut = self.out.get(at..).unwrap_or_default().to_vec();
        // A fragment: its prefixes are declared outside it, so names are matched by their local part.
        let mut reader = quick_xml::Reader::from_reader(cut.as_slice());
        while let Ok(ev) = reader.read_event() {
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) => self.count_field(true, e),
                Event::Eof => break,
                _ => {}
            }
        }
    }
}

/// The ids of the note references (`w:footnoteReference` or
/// `w:endnoteReference`, by `element`) in a story.
pub(super) fn note_references(xml: &[u8], element: &str) -> Vec<String> {
    let (_, xml) = super::parts::split_bom(xml);
    let mut reader = NsReader::from_reader(xml);
    let mut ids = Vec::new();
    while let Ok((ns, ev)) = reader.read_resolved_event() {
        let w = is_w(&ns);
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) if w && e.local_name().as_ref() == element => {
                ids.extend(attr(e, "id"));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn clean(body: &str) -> (String, Removed) {
        let xml = format!("\u{feff}<?xml version=\"1.0\"?>\r\n<w:document {NS}><w:body>{body}</w:body></w:document>");
        let (mut removed, mut paragraphs) = (Removed::default(), 0);
        let out = clean_story(
            xml.as_bytes(),
            "test",
            &Styles::default(),
            &Limits::default(),
            &[],
            &mut removed,
            &mut paragraphs,
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        let inner = out.split("<w:body>").nth(1).unwrap().split("</w:body>").next().unwrap().to_string();
        assert!(out.starts_with("\u{feff}<?xml"), "the BOM and declaration are kept");
        (inner, removed)
    }

    #[test]
    fn markup_not_removed_is_kept_byte_for_byte() {
        let body = "<w:p w14:paraId=\"1\" xmlns:w14=\"x\"><w:pPr><w:jc w:val='both'/></w:pPr>\n  <w:r><w:t xml:space=\"preserve\"> a &amp; b </w:t></w:r><!-- note --><w:bookmarkStart w:id=\"0\"/></w:p>";
        assert_eq!(clean(body), (body.to_string(), Removed::default()));
    }

    #[test]
    fn deleted_marks_chain_into_the_next_paragraph_and_stop_at_a_table() {
        let del = r#"<w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr>"#;
        let body = format!(
            "<w:p>{del}<w:r><w:t>a</w:t></w:r></w:p><w:p>{del}<w:r><w:t>b</w:t></w:r></w:p><w:bookmarkEnd w:id=\"0\"/><w:p><w:pPr><w:jc/></w:pPr><w:r><w:t>c</w:t></w:r></w:p>\
             <w:p>{del}<w:r><w:t>d</w:t></w:r></w:p><w:tbl><w:tblGrid/></w:tbl><w:p><w:r><w:t>e</w:t></w:r></w:p><w:p>{del}<w:r><w:t>f</w:t></w:r></w:p><w:p/>"
        );
        let (out, removed) = clean(&body);
        assert_eq!(
            out,
            "<w:bookmarkEnd w:id=\"0\"/><w:p><w:pPr><w:jc/></w:pPr><w:r><w:t>a</w:t></w:r><w:r><w:t>b</w:t></w:r><w:r><w:t>c</w:t></w:r></w:p>\
             <w:p><w:pPr><w:rPr></w:rPr></w:pPr><w:r><w:t>d</w:t></w:r></w:p><w:tbl><w:tblGrid/></w:tbl><w:p><w:r><w:t>e</w:t></w:r></w:p><w:p><w:pPr><w:rPr></w:rPr></w:pPr><w:r><w:t>f</w:t></w:r></w:p><w:p/>"
        );
        assert_eq!(removed.deletions, 4);
    }

    #[test]
    fn a_comment_reference_goes_and_its_run_only_when_nothing_else_is_in_it() {
        let (out, removed) = clean(
            r#"<w:p><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r><w:r><w:t>kept</w:t><w:commentReference w:id="2"/></w:r></w:p>"#,
        );
        assert_eq!(out, "<w:p><w:r><w:t>kept</w:t></w:r></w:p>");
        assert_eq!(removed, Removed::default(), "comments are counted in their part");
    }

    #[test]
    fn a_long_run_of_deleted_marks_takes_linear_time() {
        let del = r#"<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>word </w:t></w:r></w:p>"#;
        let n = 200_000;
        let start = std::time::Instant::now();
        let (out, removed) = clean(&format!("{}<w:p><w:r><w:t>end</w:t></w:r></w:p>", del.repeat(n)));
        assert_eq!(removed.deletions, n);
        assert_eq!(out.matches("<w:p>").count(), 1);
        assert_eq!(out.matches("word ").count(), n);
        // Quadratic copying took minutes here; linear takes well under a second even unoptimised.
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    }

    #[test]
    fn a_table_whose_rows_are_all_deleted_goes() {
        let row = r#"<w:tr><w:trPr><w:del w:id="1"/></w:trPr><w:tc><w:p/></w:tc></w:tr>"#;
        let (out, removed) = clean(&format!("<w:tbl><w:tblGrid/>{row}{row}</w:tbl><w:p/>"));
        assert_eq!(out, "<w:p/>");
        assert_eq!(removed.deletions, 2);
    }
}
