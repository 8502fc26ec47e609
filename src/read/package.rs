//! A bounded view of an OPC package (the ZIP inside every DOCX): parts are
//! inflated under a size limit checked while inflating, never by trusting the
//! sizes the archive declares.

use crate::error::Error;
use crate::limits::Limits;
use crate::unpack::zip::{Archive, ZipError};
use std::cell::Cell;
use std::collections::HashMap;

/// An opened package with a budget for how much may be inflated in total.
pub struct Package<'a> {
    zip: Archive<'a>,
    limits: &'a Limits,
    inflated: Cell<u64>,
    /// Entry indexes by their name's ASCII-lowercased form (OPC part names
    /// are case-insensitive), so each lookup is one hash probe, not a scan.
    by_lower_name: HashMap<String, usize>,
}

/// One relationship from a `.rels` part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relationship {
    /// `Id` (`rId5`).
    pub id: String,
    /// `Type`, a URI whose last segment says what it is (`officeDocument`, `hyperlink`...).
    pub kind: String,
    /// `Target` as written.
    pub target: String,
    /// `TargetMode="External"`.
    pub external: bool,
}

impl Relationship {
    /// The last segment of the type URI (`hyperlink`, `footnotes`...). Strict
    /// OOXML spells two of them in camel case; they are given in the
    /// Transitional spelling, so callers match one name.
    pub fn kind_name(&self) -> &str {
        match self.kind.rsplit('/').next().unwrap_or("") {
            "extendedProperties" => "extended-properties",
            "customProperties" => "custom-properties",
            other => other,
        }
    }
}

impl<'a> Package<'a> {
    /// Opens the archive, refusing more entries than the limit allows (read
    /// from the end record, before any entry is parsed).
    pub fn open(bytes: &'a [u8], limits: &'a Limits) -> Result<Package<'a>, Error> {
        let zip = Archive::open(bytes, limits.max_zip_entries as u64).map_err(|e| match e {
            ZipError::TooManyEntries(n) => {
                Error::too_large(format!("the Word file is made of {n} parts; the limit is {}", limits.max_zip_entries))
            }
            e => Error::corrupt(format!("the Word file's ZIP structure is damaged ({e})")),
        })?;
        let mut by_lower_name = HashMap::with_capacity(zip.entries().len());
        for (i, entry) in zip.entries().iter().enumerate() {
            // The first of two entries differing only in case wins, as in a scan.
            by_lower_name.entry(entry.name.to_ascii_lowercase()).or_insert(i);
        }
        Ok(Package { zip, limits, inflated: Cell::new(0), by_lower_name })
    }

    /// The archive itself, for copying entries unchanged (the clean copy).
    pub(crate) fn archive(&self) -> &Archive<'a> {
        &self.zip
    }

    /// The names of all entries.
    pub fn names(&self) -> Vec<String> {
        self.zip.entries().iter().map(|e| e.name.clone()).collect()
    }

    fn entry(&self, name: &str) -> Option<&crate::unpack::zip::Entry> {
        let i = *self.by_lower_name.get(&name.trim_start_matches('/').to_ascii_lowercase())?;
        self.zip.entries().get(i)
    }

    /// Whether a part exists (names are matched without a leading slash, case-insensitively as OPC requires).
    pub fn find(&self, name: &str) -> Option<String> {
        self.entry(name).map(|e| e.name.clone())
    }

    /// The declared (uncompressed) size of a part, for reporting only.
    pub fn declared_size(&mut self, name: &str) -> Option<u64> {
        self.entry(name).map(|e| e.size)
    }

    /// Inflates a part, or `None` if there is no such part. Stops with a
    /// `too-large` error as soon as the part or the package's total passes its limit.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, Error> {
        let Some(entry) = self.entry(name) else { return Ok(None) };
        let real = &entry.name;
        let part_limit = self.limits.max_part_bytes;
        let left = self.limits.max_inflated_total.saturating_sub(self.inflated.get());
        let cap = part_limit.min(left);
        let out = match self.zip.read(entry, cap) {
            Ok(out) => out,
            Err(ZipError::TooLarge) => {
                return Err(Error::too_large(if cap == part_limit {
                    format!("part {real} of the Word file unpacks to more than {} MB", part_limit >> 20)
                } else {
                    format!("the Word file unpacks to more than {} MB in total", self.limits.max_inflated_total >> 20)
                }))
            }
            Err(ZipError::Encrypted) => return Err(Error::new(crate::error::ErrorKind::PasswordProtected)),
            Err(e @ ZipError::Data(_)) => return Err(Error::corrupt(format!("part {real} is damaged ({e})"))),
            Err(e) => return Err(Error::corrupt(format!("part {real} cannot be opened ({e})"))),
        };
        self.inflated.set(self.inflated.get() + out.len() as u64);
        let lower = real.to_ascii_lowercase();
        if (lower.ends_with(".xml") || lower.ends_with(".rels")) && super::xml::declares_doctype(&out) {
            return Err(Error::corrupt(format!(
                "part {real} declares a document type (<!DOCTYPE>), which word processors never write: \
                 the file was altered or made to attack XML readers"
            )));
        }
        Ok(Some(out))
    }

    /// The main document part: the package's `officeDocument` relationship
    /// (among `root_rels`, the package's own), else `word/document.xml`.
    pub fn main_part(&self, root_rels: &[Relationship]) -> Result<String, Error> {
        root_rels
            .iter()
            .find(|r| r.kind_name() == "officeDocument" && !r.external)
            .map(|r| resolve_target("", &r.target))
            .or_else(|| self.find("word/document.xml"))
            .ok_or_else(|| Error::corrupt("the package has no main document part"))
    }

    /// The relationships of `part` (from `dir/_rels/name.rels`); empty when there are none.
    pub fn relationships(&mut self, part: &str) -> Result<Vec<Relationship>, Error> {
        let part = part.trim_start_matches('/');
        let (dir, file) = match part.rfind('/') {
            Some(i) => (&part[..=i], &part[i + 1..]),
            None => ("", part),
        };
        let rels_name = format!("{dir}_rels/{file}.rels");
        let Some(xml) = self.read(&rels_name)? else { return Ok(Vec::new()) };
        parse_relationships(&xml, self.limits)
    }
}

/// Parses a `.rels` part.
pub fn parse_relationships(xml: &[u8], limits: &Limits) -> Result<Vec<Relationship>, Error> {
    let mut out = Vec::new();
    super::xml::each_element(xml, limits, "a relationships part", |e| {
        if e.local_name().as_ref() == "Relationship" {
            let mut rel =
                Relationship { id: String::new(), kind: String::new(), target: String::new(), external: false };
            for a in e.attributes().flatten() {
                let v =
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0).map(|c| c.into_owned()).unwrap_or_default();
                match a.key.local_name().as_ref() {
                    "Id" => rel.id = v,
                    "Type" => rel.kind = v,
                    "Target" => rel.target = v,
                    "TargetMode" => rel.external = v.eq_ignore_ascii_case("External"),
                    _ => {}
                }
            }
            out.push(rel);
        }
        Ok(())
    })?;
    Ok(out)
}

/// Resolves a relationship target against the directory of its source part.
pub fn resolve_target(source_part: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let source_part = source_part.trim_start_matches('/');
    let mut segs: Vec<&str> = match source_part.rfind('/') {
        Some(i) => source_part[..i].split('/').collect(),
        None => Vec::new(),
    };
    for s in target.split('/') {
        match s {
            "" | "." => {}
            ".." => {
                segs.pop();
            }
            s => segs.push(s),
        }
    }
    segs.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_relative_to_their_part() {
        assert_eq!(resolve_target("word/document.xml", "footnotes.xml"), "word/footnotes.xml");
        assert_eq!(resolve_target("word/document.xml", "../customXml/item1.xml"), "customXml/item1.xml");
        assert_eq!(resolve_target("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve_target("word/document.xml", "/word/x.xml"), "word/x.xml");
    }
}
