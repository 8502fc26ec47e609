//! Word 97–2003 `.doc` reader ([MS-DOC]): the compound file's streams, the
//! FIB, the piece table and the character and paragraph properties, read
//! into the same neutral [`Document`] the DOCX reader fills.
//!
//! - [`cfb`]: the compound file (bounded: loops, sectors out of range and
//!   huge declared sizes are refused cleanly).
//! - [`fib`]: story lengths, table places, encryption (→ password-protected).
//! - [`pieces`]: the piece table; 8-bit (Windows-1252) and UTF-16 text.
//! - [`props`]: CHPX/PAPX pages and their sprms (hidden, revision marks, tables, outline).
//! - [`styles`]: which paragraph styles are headings.
//! - [`stories`]: where the main text, notes, headers, comments and text boxes lie.
//! - [`story`]: one story, character by character, into blocks, links and changes.
//! - [`fields`]: `HYPERLINK` field instructions.
//! - [`properties`]: SummaryInformation and DocumentSummaryInformation.
//!
//! What the format leaves uncertain, and what this reader does:
//! - Hidden text is `sprmCFVanish` set directly on a run. A character style
//!   that hides its text is not read (its toggle "as the style" counts as shown).
//! - A field's code is never text; its result is. Field characters are taken
//!   from the text itself (0x13, 0x14, 0x15), not checked against `PlcfFld`.
//! - Tracked changes are read as accepted: insertions in, deletions out and
//!   recorded with their text. Consecutive characters with the same mark,
//!   author and date make one change. A deleted paragraph mark joins its
//!   paragraph to the next (as Word shows it accepted); formatting changes
//!   (`sprmCPropRMark`, `sprmPChgTabs`...) are not listed.
//! - Text boxes are read from their own story after the main text (Word
//!   stores them there, not where they are anchored), and located as "text box".
//! - A paragraph is a table cell when it ends a cell or says `sprmPFInTable`;
//!   a heading when its style is a built-in "heading N" or it has a direct outline level.
//! - Headers and footers of every section are listed; "same as previous" ones are empty stories.
//! - Comments carry their author (`GrpXstAtnOwners`) and number; their
//!   dates (in a Word 2002 extension) and their anchor's place are not read.
//! - A symbol (a special '(' with `sprmCSymbol`) is left out, as pictures and
//!   note references are; an ordinary letter that is marked special is shown.
//! - Macros are a `Macros` storage (the VBA project); embedded objects are
//!   the storages of `ObjectPool`, each with the total size of its streams.
//! - Property strings in code pages other than UTF-8, 1251 and 1252 are
//!   shown garbled (found, not lost); custom properties are not read.
//! - Word 6.0/95 files (an older FIB) are unsupported, and said so.
//! - Encrypted files (RC4 or XOR obfuscation: `fEncrypted`) are password-protected.

mod bytes;
mod cfb;
mod fib;
mod fields;
mod pieces;
mod properties;
mod props;
mod stories;
mod story;
mod styles;

use crate::document::{Comment, Document, Embedded, Location};
use crate::error::Error;
use crate::limits::Limits;
use cfb::CompoundFile;
use fib::{Fib, Table};
use props::{CharProps, FkpKind};

/// Reads a `.doc` file.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, Error> {
    let cf = CompoundFile::open(bytes, limits)?;
    let word =
        cf.stream("WordDocument", limits)?.ok_or_else(|| Error::corrupt("the .doc file has no WordDocument stream"))?;
    let fib = Fib::read(&word)?;
    let table = cf
        .stream(fib.table_stream, limits)?
        .ok_or_else(|| Error::corrupt(format!("the .doc file has no {} stream", fib.table_stream)))?;
    let clx = fib.table(Table::Clx, &table).ok_or_else(|| Error::corrupt("the .doc file has no piece table"))?;
    let pieces = pieces::read(clx)?;
    let layout = stories::Layout::of(&fib.ccp);
    let text = pieces::text(&pieces, &word, layout.end, limits)?;

    let bte = |t| fib.table(t, &table).unwrap_or(&[]);
    let chpx = props::fkp_runs(&word, bte(Table::PlcfBteChpx), FkpKind::Chpx, CharProps::from_grpprl)?;
    let papx = props::fkp_runs(&word, bte(Table::PlcfBtePapx), FkpKind::Papx, props::para_props)?;
    let chars = props::cp_runs(&pieces, &chpx, layout.end)?;
    let paras = props::cp_runs(&pieces, &papx, layout.end)?;
    let styles = styles::Styles::read(bte(Table::Stshf));
    let authors = bytes::sttb(bte(Table::SttbfRMark), 10_000);
    let src = story::Source { text: &text, chars: &chars, paras: &paras, styles: &styles, authors: &authors, limits };

    let mut doc = Document { notes_separated: true, ..Document::default() };
    let comment_authors = stories::comment_authors(fib.table(Table::GrpXstAtnOwners, &table));
    read_stories(&src, layout.spans(&fib, &table), &comment_authors, &mut doc)?;
    read_properties(&cf, limits, &mut doc)?;
    read_objects(&cf, &mut doc);
    super::add_plain_text_links(&mut doc);
    Ok(doc)
}

fn read_stories(
    src: &story::Source<'_>,
    spans: Vec<stories::Span>,
    comment_authors: &[String],
    doc: &mut Document,
) -> Result<(), Error> {
    let mut w = story::Writer::new(doc);
    for span in spans {
        let label = match &span.part {
            story::Part::Comment(label) => Some(label.clone()),
            _ => None,
        };
        story::read(src, span.start, span.end, span.part, &mut w)?;
        if let Some(label) = label {
            let author = span.author.and_then(|i| comment_authors.get(i)).filter(|a| !a.is_empty()).cloned();
            let text = std::mem::take(&mut w.comment_text);
            let location = Location { part: Some(label), ..Location::default() };
            w.doc.comments.push(Comment { author, date: None, text, location, is_reply: false, resolved: false });
        }
    }
    Ok(())
}

fn read_properties(cf: &CompoundFile<'_>, limits: &Limits, doc: &mut Document) -> Result<(), Error> {
    // A damaged property stream costs its properties, not the document.
    if let Ok(Some(b)) = cf.stream("\u{5}SummaryInformation", limits) {
        properties::summary(&b, &mut doc.metadata);
    }
    if let Ok(Some(b)) = cf.stream("\u{5}DocumentSummaryInformation", limits) {
        properties::document_summary(&b, &mut doc.metadata);
    }
    Ok(())
}

/// Macro projects (a `Macros` storage) and embedded objects (each storage in `ObjectPool`).
fn read_objects(cf: &CompoundFile<'_>, doc: &mut Document) {
    if cf.entry("Macros").is_some_and(|e| e.is_storage) {
        doc.macros.push("Macros".to_string());
    }
    for e in cf.entries.iter().filter(|e| e.is_storage) {
        let Some(name) = e.path.strip_prefix("ObjectPool/").filter(|n| !n.contains('/')) else { continue };
        let prefix = format!("{}/", e.path);
        let bytes = cf.entries.iter().filter(|s| !s.is_storage && s.path.starts_with(&prefix)).map(|s| s.size).sum();
        doc.embedded.push(Embedded {
            name: format!("ObjectPool/{name}"),
            bytes: Some(bytes),
            location: Location::default(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::ChangeKind;

    /// A whole `.doc` built in code: a FIB whose main text is `text` (8-bit,
    /// stored right after the FIB) and a table stream holding the piece table.
    /// `ccp_text` may claim another length, `fc` another place.
    fn doc_file(text: &str, ccp_text: u32, fc: Option<u32>, fat_edit: impl Fn(&mut Vec<u32>)) -> Vec<u8> {
        doc_with_run(text, ccp_text, fc, None, fat_edit)
    }

    /// The same, with one character run (`cp..cp_end` of the text, and its sprms) in a CHPX page.
    fn doc_with_run(
        text: &str,
        ccp_text: u32,
        fc: Option<u32>,
        run: Option<(u32, u32, &[u8])>,
        fat_edit: impl Fn(&mut Vec<u32>),
    ) -> Vec<u8> {
        let mut pairs = vec![(0u32, 0u32); 34];
        let fib_len = fib::tests::build(0, [0; 8], &pairs).len() as u32;
        let text_fc = fc.unwrap_or(fib_len);
        let mut table = pieces::tests::clx(&[(0, text_fc, true)], ccp_text);
        pairs[Table::Clx as usize] = (0, table.len() as u32);
        let mut page = vec![0u8; 512];
        if let Some((cp, cp_end, sprms)) = run {
            let (start, end) = (text_fc + cp, text_fc + cp_end);
            page[0..4].copy_from_slice(&start.to_le_bytes());
            page[4..8].copy_from_slice(&end.to_le_bytes());
            page[8] = 100; // the CHPX at byte 200
            page[200] = sprms.len() as u8;
            page[201..201 + sprms.len()].copy_from_slice(sprms);
            page[511] = 1;
            let bte: Vec<u8> = [start, end, 1].iter().flat_map(|v| v.to_le_bytes()).collect();
            pairs[Table::PlcfBteChpx as usize] = (table.len() as u32, bte.len() as u32);
            table.extend(bte);
        }
        let mut word = fib::tests::build(0, [ccp_text, 0, 0, 0, 0, 0, 0, 0], &pairs);
        word.extend(text.bytes());
        if run.is_some() {
            word.resize(512, 0);
            word.extend(page);
        }
        cfb::tests::build(&[("WordDocument", &word), ("0Table", &table)], fat_edit)
    }

    #[test]
    fn a_doc_built_in_code_is_read_into_paragraphs() {
        let text = "First paragraph.\rSecond \x13HYPERLINK \"https://x.org\"\x14one\x15 here.\r";
        let doc = read(&doc_file(text, text.len() as u32, None, |_| {}), &Limits::default()).unwrap();
        let body: Vec<&str> = doc.body.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(body, ["First paragraph.", "Second one here."]);
        assert_eq!(doc.body[1].location.paragraph, Some(2));
        assert_eq!((doc.links[0].url.as_str(), doc.links[0].text.as_str()), ("https://x.org", "one"));
    }

    #[test]
    fn a_deleted_paragraph_mark_joins_two_paragraphs() {
        let text = "One \rtwo.\r";
        let n = text.len() as u32;
        let doc = read(&doc_file(text, n, None, |_| {}), &Limits::default()).unwrap();
        assert_eq!(doc.body.len(), 2);
        // sprmCFRMarkDel on the first paragraph mark (CP 4).
        let deleted: &[u8] = &[0x00, 0x08, 1];
        let doc = read(&doc_with_run(text, n, None, Some((4, 5, deleted)), |_| {}), &Limits::default()).unwrap();
        let body: Vec<&str> = doc.body.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(body, ["One two."]);
    }

    #[test]
    fn hidden_and_inserted_runs() {
        let text = "Shown secret more.\r";
        let n = text.len() as u32;
        // sprmCFVanish on "secret ".
        let doc =
            read(&doc_with_run(text, n, None, Some((6, 13, &[0x3C, 0x08, 1])), |_| {}), &Limits::default()).unwrap();
        assert_eq!((doc.body[0].text.as_str(), doc.hidden_text[0].text.as_str()), ("Shown more.", "secret "));
        // sprmCFRMarkIns and sprmCIbstRMark 0 (no authors table: no author).
        let ins: &[u8] = &[0x01, 0x08, 1, 0x04, 0x48, 0, 0];
        let doc = read(&doc_with_run(text, n, None, Some((6, 13, ins)), |_| {}), &Limits::default()).unwrap();
        assert_eq!(doc.body[0].text, "Shown secret more.");
        assert_eq!((doc.changes[0].kind, doc.changes[0].text.as_str()), (ChangeKind::Insertion, "secret "));
    }

    #[test]
    fn hostile_docs_are_refused_cleanly() {
        let limits = Limits::default();
        let text = "Some text.\r";
        let n = text.len() as u32;
        // The piece table points past the end of the WordDocument stream.
        let e = read(&doc_file(text, n, Some(1 << 20), |_| {}), &limits).unwrap_err();
        assert!(e.detail().contains("piece"), "{e}");
        // The FIB claims four billion characters.
        let e = read(&doc_file(text, u32::MAX, None, |_| {}), &limits).unwrap_err();
        assert_eq!(e.code(), "too-large");
        // The WordDocument stream's chain loops back on itself.
        let e = read(&doc_file(text, n, None, |fat| fat[9] = 2), &limits).unwrap_err();
        assert!(e.detail().contains("loops"), "{e}");
        // Its chain points at a sector past the end of the file.
        let e = read(&doc_file(text, n, None, |fat| fat[2] = 5_000), &limits).unwrap_err();
        assert!(e.detail().contains("past the end") || e.detail().contains("outside"), "{e}");
        // Fields opened and never closed, deeper than any real file.
        let fields = "\x13".repeat(100) + "\r";
        let e = read(&doc_file(&fields, fields.len() as u32, None, |_| {}), &limits).unwrap_err();
        assert_eq!(e.code(), "too-large");
    }

    #[test]
    fn paragraphs_past_the_limit_are_refused() {
        let text = "a\r".repeat(20);
        let limits = Limits { max_docx_paragraphs: 10, ..Limits::default() };
        let e = read(&doc_file(&text, text.len() as u32, None, |_| {}), &limits).unwrap_err();
        assert!(e.detail().contains("more than 10 paragraphs"), "{e}");
    }
}
