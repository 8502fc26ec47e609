//! The clean copy: a DOCX as Word's Document Inspector ("Remove All" for
//! comments, hidden text, personal information and macros) and "Accept All
//! Changes" would leave it, made in the contributor's browser before the file
//! is sent, because contributions are published as received.
//!
//! ```
//! use submission_checker::clean::clean_docx;
//! use submission_checker::limits::Limits;
//!
//! // Not a Word file: refused, never half-cleaned.
//! assert!(clean_docx(b"not a zip", &Limits::default()).is_err());
//! ```
//!
//! What it removes, kind by kind:
//!
//! - comments: the comment parts (`comments.xml`, `commentsExtended.xml`,
//!   `commentsIds.xml`, `commentsExtensible.xml`, `people.xml`), their
//!   relationships and content types, and in every story the comment ranges
//!   and the runs holding the comment references;
//! - tracked changes, accepted in every story: insertions and moves in
//!   unwrapped, deletions and moves out dropped with their content, a
//!   deleted paragraph mark joins its paragraph to the next, deleted table
//!   rows go, property-change records go; `w:trackRevisions` goes from the settings;
//! - hidden text: runs hidden by `w:vanish` or through their character or
//!   paragraph style (resolved as the reader resolves it);
//! - personal information: author, last editor and last printed date,
//!   company, manager and template, the custom properties part, the attached template;
//! - macros: the VBA project and its data, and a `.docm` becomes a `.docx`.
//!
//! Everything else is kept: every ZIP entry not changed is copied as stored
//! (the same compressed bytes and CRC-32), in the same order; a rewritten
//! part keeps all the markup not removed, copied byte for byte. A part that
//! cannot be rewritten safely makes the whole clean copy an [`Error`].

mod parts;
mod removed;
mod story;
mod zip_out;

pub use removed::Removed;

use crate::error::Error;
use crate::limits::Limits;
use crate::read::docx::styles::{parse_styles, Styles};
use crate::read::package::{parse_relationships, resolve_target, Package, Relationship};
use std::collections::HashMap;
use zip_out::ZipOut;

/// A clean copy and what was taken out of it.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The clean DOCX.
    pub bytes: Vec<u8>,
    /// How many of each kind were removed.
    pub removed: Removed,
}

/// What becomes of a ZIP entry.
enum Plan {
    Remove,
    Rewrite(Vec<u8>),
}

/// The comment parts, by the last segment of their relationship type.
const COMMENT_KINDS: &[&str] = &["comments", "commentsExtended", "commentsIds", "commentsExtensible", "people"];
/// The stories other than the main one that are cleaned.
const STORY_KINDS: &[&str] = &["footnotes", "endnotes", "header", "footer"];

/// Makes the clean copy of a DOCX or DOCM, within the same limits as reading.
pub fn clean_docx(bytes: &[u8], limits: &Limits) -> Result<Cleaned, Error> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(Error::too_large(format!("the file is larger than {} MB", limits.max_file_bytes / 1_000_000)));
    }
    let mut pkg = Package::open(bytes, limits)?;
    let mut c = Cleaner { plan: HashMap::new(), removed: Removed::default(), limits, paragraphs: 0 };
    c.refuse_case_twins(&pkg)?;
    let root_rels = pkg.relationships("")?;
    let main = pkg.main_part(&root_rels)?;
    let main_rels = pkg.relationships(&main)?;
    let styles = match main_rels.iter().find(|r| r.kind_name() == "styles") {
        Some(r) => match pkg.read(&resolve_target(&main, &r.target))? {
            Some(x) => parse_styles(&x, limits)?,
            None => Styles::default(),
        },
        None => Styles::default(),
    };

    c.clean_stories(&mut pkg, &main, &main_rels, &styles)?;
    c.remove_comments_and_macros(&mut pkg, &main, &main_rels)?;
    c.clean_settings(&mut pkg, &main, &main_rels)?;
    c.clean_properties(&mut pkg, &root_rels)?;
    c.clean_content_types(&mut pkg)?;
    let bytes = c.write(&pkg)?;
    Ok(Cleaned { bytes, removed: c.removed })
}

struct Cleaner<'l> {
    /// By lower-cased part name.
    plan: HashMap<String, Plan>,
    removed: Removed,
    limits: &'l Limits,
    /// Paragraphs met in every story so far, bounded like the reader's
    /// (`max_docx_paragraphs`), which this module may be built without.
    paragraphs: usize,
}

/// The relationships part of `part` (`word/_rels/document.xml.rels`).
fn rels_name(part: &str) -> String {
    match part.rfind('/') {
        Some(i) => format!("{}_rels/{}.rels", part.get(..=i).unwrap_or(""), part.get(i + 1..).unwrap_or("")),
        None => format!("_rels/{part}.rels"),
    }
}

impl Cleaner<'_> {
    /// Two entries whose names differ only in case: the reader sees the
    /// first, so the second would be copied uncleaned. Refused.
    fn refuse_case_twins(&self, pkg: &Package<'_>) -> Result<(), Error> {
        let mut seen = std::collections::HashSet::new();
        for name in pkg.names() {
            if !seen.insert(name.to_ascii_lowercase()) {
                return Err(Error::refused(&name, "case-twins", None));
            }
        }
        Ok(())
    }

    fn rewrite(&mut self, part: &str, bytes: Vec<u8>) {
        self.plan.insert(part.to_ascii_lowercase(), Plan::Rewrite(bytes));
    }

    /// Removes a part and its relationships part; true if it was there.
    fn remove(&mut self, pkg: &Package<'_>, part: &str) -> bool {
        let Some(name) = pkg.find(part) else { return false };
        self.plan.insert(name.to_ascii_lowercase(), Plan::Remove);
        if let Some(rels) = pkg.find(&rels_name(&name)) {
            self.plan.insert(rels.to_ascii_lowercase(), Plan::Remove);
        }
        true
    }

    /// The main story, then the notes, headers and footers it relates.
    fn clean_stories(
        &mut self,
        pkg: &mut Package<'_>,
        main: &str,
        main_rels: &[Relationship],
        styles: &Styles,
    ) -> Result<(), Error> {
        let mut parts: Vec<(String, &str)> = vec![(main.to_string(), "")];
        for rel in main_rels.iter().filter(|r| !r.external && STORY_KINDS.contains(&r.kind_name())) {
            let part = resolve_target(main, &rel.target);
            if !parts.iter().any(|(p, _)| p.eq_ignore_ascii_case(&part)) {
                parts.push((part, rel.kind_name()));
            }
        }
        // Notes whose references were all deleted go with them, as when Word
        // accepts the deletion; only the main story holds note references.
        let (mut footnote_orphans, mut endnote_orphans) = (Vec::new(), Vec::new());
        for (part, kind) in parts {
            let Some(xml) = pkg.read(&part)? else { continue };
            let orphans: &[String] = match kind {
                "footnotes" => &footnote_orphans,
                "endnotes" => &endnote_orphans,
                _ => &[],
            };
            let clean =
                story::clean_story(&xml, &part, styles, self.limits, orphans, &mut self.removed, &mut self.paragraphs)?;
            if kind.is_empty() {
                for (element, orphans) in
                    [("footnoteReference", &mut footnote_orphans), ("endnoteReference", &mut endnote_orphans)]
                {
                    let kept = story::note_references(&clean, element);
                    *orphans =
                        story::note_references(&xml, element).into_iter().filter(|id| !kept.contains(id)).collect();
                }
            }
            if clean != xml {
                self.rewrite(&part, clean);
            }
        }
        Ok(())
    }

    /// The comment parts and the macro project, their relationships from
    /// the main part, and whatever the macro project relates (`vbaData.xml`).
    fn remove_comments_and_macros(
        &mut self,
        pkg: &mut Package<'_>,
        main: &str,
        main_rels: &[Relationship],
    ) -> Result<(), Error> {
        let mut dropped_ids = Vec::new();
        for rel in main_rels.iter().filter(|r| !r.external) {
            let kind = rel.kind_name();
            let part = resolve_target(main, &rel.target);
            if COMMENT_KINDS.contains(&kind) {
                if kind == "comments" {
                    self.removed.comments += self.count_comments(pkg, &part)?;
                }
                self.remove(pkg, &part);
                dropped_ids.push(rel.id.clone());
            } else if kind == "vbaProject" {
                for inner in pkg.relationships(&part)?.iter().filter(|r| !r.external) {
                    if self.remove(pkg, &resolve_target(&part, &inner.target)) {
                        self.removed.macro_parts += 1;
                    }
                }
                if self.remove(pkg, &part) {
                    self.removed.macro_parts += 1;
                }
                dropped_ids.push(rel.id.clone());
            }
        }
        // Comment parts by their usual names, related or not: unrelated, Word
        // ignores them, but they would still be published.
        for kind in COMMENT_KINDS {
            self.remove(pkg, &format!("word/{kind}.xml"));
        }
        // A macro project found by name only (the reader lists it so).
        for name in pkg.names() {
            let lower = name.to_ascii_lowercase();
            if (lower.ends_with("vbaproject.bin") || lower.ends_with("vbadata.xml")) && !self.plan.contains_key(&lower)
            {
                self.remove(pkg, &name);
                self.removed.macro_parts += 1;
            }
        }
        if !dropped_ids.is_empty() {
            let name = rels_name(main);
            if let Some(xml) = pkg.read(&name)? {
                self.rewrite(&name, parts::drop_relationships(&xml, &dropped_ids, self.limits)?);
            }
        }
        Ok(())
    }

    /// The comments (`w:comment`) of a comments part, as the reader counts them.
    fn count_comments(&self, pkg: &mut Package<'_>, part: &str) -> Result<usize, Error> {
        let Some(xml) = pkg.read(part)? else { return Ok(0) };
        let mut n = 0;
        crate::read::xml::each_element(&xml, self.limits, "the comments part", |e| {
            n += usize::from(e.local_name().as_ref() == "comment");
            Ok(())
        })?;
        Ok(n)
    }

    /// `w:trackRevisions` and `w:attachedTemplate` out of the settings, and
    /// the attached template's relationship.
    fn clean_settings(&mut self, pkg: &mut Package<'_>, main: &str, main_rels: &[Relationship]) -> Result<(), Error> {
        let Some(rel) = main_rels.iter().find(|r| r.kind_name() == "settings" && !r.external) else { return Ok(()) };
        let settings = resolve_target(main, &rel.target);
        let Some(xml) = pkg.read(&settings)? else { return Ok(()) };
        let (clean, _) =
            parts::drop_children(&xml, "the settings part", &["trackRevisions", "attachedTemplate"], self.limits)?;
        if clean != xml {
            self.rewrite(&settings, clean);
        }
        let rels = rels_name(&settings);
        if let Some(rels_xml) = pkg.read(&rels)? {
            let templates: Vec<String> = parse_relationships(&rels_xml, self.limits)?
                .into_iter()
                .filter(|r| r.kind_name() == "attachedTemplate")
                .map(|r| r.id)
                .collect();
            if !templates.is_empty() {
                self.removed.metadata_fields += templates.len();
                self.rewrite(&rels, parts::drop_relationships(&rels_xml, &templates, self.limits)?);
            }
        }
        Ok(())
    }

    /// Personal fields of the core and app properties; the custom properties part.
    fn clean_properties(&mut self, pkg: &mut Package<'_>, root_rels: &[Relationship]) -> Result<(), Error> {
        let mut dropped_ids = Vec::new();
        for rel in root_rels.iter().filter(|r| !r.external) {
            let part = resolve_target("", &rel.target);
            let names: &[&str] = match rel.kind_name() {
                "core-properties" => &["creator", "lastModifiedBy", "lastPrinted"],
                "extended-properties" => &["Company", "Manager", "Template"],
                "custom-properties" => {
                    if self.remove(pkg, &part) {
                        self.removed.metadata_fields += 1;
                    }
                    dropped_ids.push(rel.id.clone());
                    continue;
                }
                _ => continue,
            };
            let Some(xml) = pkg.read(&part)? else { continue };
            let (clean, n) = parts::drop_children(&xml, "a properties part", names, self.limits)?;
            if n > 0 {
                self.removed.metadata_fields += n;
                self.rewrite(&part, clean);
            }
        }
        if !dropped_ids.is_empty() {
            if let Some(xml) = pkg.read("_rels/.rels")? {
                self.rewrite("_rels/.rels", parts::drop_relationships(&xml, &dropped_ids, self.limits)?);
            }
        }
        Ok(())
    }

    /// No content type for a removed part; the main part a plain document.
    fn clean_content_types(&mut self, pkg: &mut Package<'_>) -> Result<(), Error> {
        let name = "[Content_Types].xml";
        let Some(xml) = pkg.read(name)? else { return Ok(()) };
        let (removed, kept): (Vec<String>, Vec<String>) =
            pkg.names().into_iter().partition(|n| matches!(self.plan.get(&n.to_ascii_lowercase()), Some(Plan::Remove)));
        let clean = parts::edit_content_types(&xml, &removed, &kept, self.limits)?;
        if clean != xml {
            self.rewrite(name, clean);
        }
        Ok(())
    }

    /// The new archive: entries in their order, copied, rewritten or left out.
    fn write(&self, pkg: &Package<'_>) -> Result<Vec<u8>, Error> {
        let zip = pkg.archive();
        let mut out = ZipOut::default();
        for entry in zip.entries() {
            match self.plan.get(&entry.name.to_ascii_lowercase()) {
                Some(Plan::Remove) => {}
                Some(Plan::Rewrite(bytes)) => out.add(&entry.name, bytes)?,
                None => {
                    let raw = zip.raw(entry).map_err(|e| match e {
                        crate::unpack::zip::ZipError::Encrypted => {
                            Error::new(crate::error::ErrorKind::PasswordProtected)
                        }
                        e => Error::corrupt(format!("part {} cannot be copied ({e})", entry.name)),
                    })?;
                    out.copy(&entry.name, &raw)?;
                }
            }
        }
        out.finish()
    }
}
