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
//!
//! Each part's story is read by one streaming reader ([`story`]) that
//! dispatches on the element name to small handlers; each concern keeps its
//! own state in its own file, the way mammoth's `body-reader.js` maps element
//! names to readers:
//!
//! - [`paragraphs`]: paragraphs, the table cells and text boxes around them,
//!   and the blocks they become;
//! - [`hidden`]: whether a run is hidden (`w:vanish`, character styles);
//! - [`fields`]: complex and simple fields, their codes and results;
//! - [`links`]: hyperlinks and `HYPERLINK` fields;
//! - [`changes`]: tracked insertions, deletions, moves and formatting changes;
//! - [`notes`]: footnotes, endnotes and comments;
//! - [`styles`]: what `styles.xml` says about headings and hidden text;
//! - [`symbols`]: the characters of `w:sym` in symbol fonts;
//! - [`properties`]: core, app and custom document properties;
//! - [`drawings`]: pictures and charts, their alternative text and the decorative flag;
//! - [`tables`]: tables, their rows and first-row cells, and the header-row mark;
//! - [`languages`]: the language each run declares (`w:lang`), for the declared main language.

mod changes;
mod drawings;
mod fields;
#[cfg(feature = "doc")]
pub(super) use fields::parse_hyperlink_field;
pub(crate) mod hidden;
pub(crate) mod languages;
mod links;
mod notes;
mod paragraphs;
mod properties;
mod story;
pub(crate) mod styles;
mod symbols;

use super::package::{resolve_target, Package, Relationship};
use super::xml::{attr, each_element};
use crate::document::{quote, Block, BlockKind, Document, Embedded, Location, Part};
use crate::error::Error;
use crate::limits::Limits;
use story::{read_story, Story, StoryContext};
use styles::Styles;

/// Reads a DOCX or DOCM file.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, Error> {
    let mut pkg = Package::open(bytes, limits)?;
    let root_rels = pkg.relationships("")?;
    let main = pkg.main_part(&root_rels)?;
    let xml = pkg.read(&main)?.ok_or_else(|| Error::corrupt(format!("the main document part {main} is missing")))?;
    let rels = pkg.relationships(&main)?;
    let styles = match rels.iter().find(|r| r.kind_name() == "styles") {
        Some(r) => match pkg.read(&resolve_target(&main, &r.target))? {
            Some(x) => styles::parse_styles(&x, limits)?,
            None => Styles::default(),
        },
        None => Styles::default(),
    };

    let mut doc = Document { notes_separated: true, ..Document::default() };
    read_stories(&mut pkg, &main, &xml, &rels, &styles, &mut doc, limits)?;
    properties::read_properties(&mut pkg, &root_rels, &mut doc, limits)?;
    if let Some(r) = rels.iter().find(|r| r.kind_name() == "settings") {
        let settings = resolve_target(&main, &r.target);
        if let Some(t) = pkg.relationships(&settings)?.into_iter().find(|r| r.kind_name() == "attachedTemplate") {
            doc.metadata.template = Some(t.target);
        }
    }
    list_macros_and_embeddings(&mut pkg, &mut doc);
    read_watermarks(&mut pkg, &main, &rels, &mut doc, limits)?;
    list_pulled_in_objects(&mut pkg, &main, &rels, &mut doc);
    super::add_plain_text_links(&mut doc);
    Ok(doc)
}

/// The body, then notes, headers, footers and comments in relationship
/// order, all under one text budget; then what `commentsExtended` says.
fn read_stories(
    pkg: &mut Package<'_>,
    main: &str,
    xml: &[u8],
    rels: &[Relationship],
    styles: &Styles,
    doc: &mut Document,
    limits: &Limits,
) -> Result<(), Error> {
    let mut text_budget = limits.max_text_chars;
    let ctx = StoryContext { rels, styles, limits };
    read_story(xml, Story::Body, &ctx, doc, &mut text_budget)?;

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
        let part = resolve_target(main, &rel.target);
        let Some(part_xml) = pkg.read(&part)? else { continue };
        let part_rels = pkg.relationships(&part)?;
        let ctx = StoryContext { rels: &part_rels, styles, limits };
        let ids = read_story(&part_xml, story, &ctx, doc, &mut text_budget)?;
        if story == Story::Comments {
            comment_para_ids = ids;
        }
    }
    if let Some(r) = rels.iter().find(|r| r.kind_name() == "commentsExtended") {
        if let Some(x) = pkg.read(&resolve_target(main, &r.target))? {
            notes::apply_comments_extended(&x, &comment_para_ids, doc, limits)?;
        }
    }
    Ok(())
}

/// Macro projects and files under `word/embeddings/`, by name.
fn list_macros_and_embeddings(pkg: &mut Package<'_>, doc: &mut Document) {
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
}

/// A watermark is a shape in a header whose words are an attribute (a VML
/// text path), not text the story reader sees.
fn read_watermarks(
    pkg: &mut Package<'_>,
    main: &str,
    rels: &[Relationship],
    doc: &mut Document,
    limits: &Limits,
) -> Result<(), Error> {
    for rel in rels.iter().filter(|r| !r.external && r.kind_name() == "header") {
        let Some(header) = pkg.read(&resolve_target(main, &rel.target))? else { continue };
        for text in watermark_texts(&header, limits)? {
            if !doc.headers_footers.iter().any(|b| b.location.part == Some(Part::Watermark) && b.text == text) {
                let location =
                    Location { part: Some(Part::Watermark), quote: Some(quote(&text)), ..Location::default() };
                doc.headers_footers.push(Block { text, kind: BlockKind::Header, location });
            }
        }
    }
    Ok(())
}

/// Objects the main part pulls in from elsewhere in the package: an
/// `altChunk` (a whole HTML, RTF or DOCX file that Word merges in when it
/// opens the document) or an OLE object or package stored outside `embeddings/`.
fn list_pulled_in_objects(pkg: &mut Package<'_>, main: &str, rels: &[Relationship], doc: &mut Document) {
    for rel in rels.iter().filter(|r| !r.external && matches!(r.kind_name(), "aFChunk" | "oleObject" | "package")) {
        let part = resolve_target(main, &rel.target);
        if let Some(name) = pkg.find(&part) {
            if !doc.embedded.iter().any(|e| e.name == name) {
                let bytes = pkg.declared_size(&name);
                doc.embedded.push(Embedded { name, bytes, location: Location::default() });
            }
        }
    }
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
