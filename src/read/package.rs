//! A bounded view of an OPC package (the ZIP inside every DOCX): parts are
//! inflated under a size limit checked while inflating, never by trusting the
//! sizes the archive declares.

use crate::error::Error;
use crate::limits::Limits;
use std::cell::Cell;
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// An opened package with a budget for how much may be inflated in total.
pub struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    limits: &'a Limits,
    inflated: Cell<u64>,
    /// Entry names by their ASCII-lowercased form (OPC part names are
    /// case-insensitive), so each lookup is one hash probe, not a scan.
    by_lower_name: HashMap<String, String>,
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
    /// Opens the archive, refusing more entries than the limit allows.
    pub fn open(bytes: &'a [u8], limits: &'a Limits) -> Result<Package<'a>, Error> {
        // The entry count is read from the end record first: the zip crate
        // would otherwise parse millions of central-directory entries before
        // we could refuse them.
        if let Some(n) = declared_entries(bytes) {
            if n > limits.max_zip_entries as u64 {
                return Err(Error::too_large(format!("the Word file is made of {n} parts; the limit is {}", limits.max_zip_entries)));
            }
        }
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Error::corrupt(format!("the Word file's ZIP structure is damaged ({e})")))?;
        if zip.len() > limits.max_zip_entries {
            return Err(Error::too_large(format!(
                "the Word file is made of {} parts; the limit is {}",
                zip.len(),
                limits.max_zip_entries
            )));
        }
        let mut by_lower_name = HashMap::with_capacity(zip.len());
        for name in zip.file_names().filter_map(Result::ok) {
            // The first of two entries differing only in case wins, as in a scan.
            by_lower_name.entry(name.to_ascii_lowercase()).or_insert_with(|| name.to_string());
        }
        Ok(Package { zip, limits, inflated: Cell::new(0), by_lower_name })
    }

    /// The names of all entries.
    pub fn names(&self) -> Vec<String> {
        self.zip.file_names().filter_map(Result::ok).map(|n| n.into_owned()).collect()
    }

    /// Whether a part exists (names are matched without a leading slash, case-insensitively as OPC requires).
    pub fn find(&self, name: &str) -> Option<String> {
        self.by_lower_name.get(&name.trim_start_matches('/').to_ascii_lowercase()).cloned()
    }

    /// The declared (uncompressed) size of a part, for reporting only.
    pub fn declared_size(&mut self, name: &str) -> Option<u64> {
        let real = self.find(name)?;
        self.zip.by_name(&real).ok().map(|f| f.size())
    }

    /// Inflates a part, or `None` if there is no such part. Stops with a
    /// `too-large` error as soon as the part or the package's total passes its limit.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, Error> {
        let Some(real) = self.find(name) else { return Ok(None) };
        let mut file = match self.zip.by_name(&real) {
            Ok(f) => f,
            Err(zip::result::ZipError::UnsupportedArchive(m)) if m.contains("assword") || m.contains("ncrypt") => {
                return Err(Error::new(crate::error::ErrorKind::PasswordProtected))
            }
            Err(e) => return Err(Error::corrupt(format!("part {real} cannot be opened ({e})"))),
        };
        let part_limit = self.limits.max_part_bytes;
        let left = self.limits.max_inflated_total.saturating_sub(self.inflated.get());
        let cap = part_limit.min(left);
        let mut out = Vec::with_capacity(usize::try_from(file.size().min(cap).min(1 << 20)).unwrap_or(0));
        let got = (&mut file)
            .take(cap + 1)
            .read_to_end(&mut out)
            .map_err(|e| Error::corrupt(format!("part {real} is damaged ({e})")))?;
        let got = got as u64;
        if got > cap {
            return Err(Error::too_large(if cap == part_limit {
                format!("part {real} of the Word file unpacks to more than {} MB", part_limit >> 20)
            } else {
                format!("the Word file unpacks to more than {} MB in total", self.limits.max_inflated_total >> 20)
            }));
        }
        self.inflated.set(self.inflated.get() + got);
        Ok(Some(out))
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

/// The number of entries the archive's end record declares, read without
/// trusting anything else in the file; `None` when there is no end record
/// (the zip crate then reports the damage).
fn declared_entries(bytes: &[u8]) -> Option<u64> {
    const EOCD: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    const ZIP64_LOCATOR: [u8; 4] = [0x50, 0x4b, 0x06, 0x07];
    const ZIP64_EOCD: [u8; 4] = [0x50, 0x4b, 0x06, 0x06];
    let u16_at = |b: &[u8], i: usize| -> Option<u64> { Some(u64::from(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?))) };
    let u64_at = |b: &[u8], i: usize| -> Option<u64> { Some(u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?)) };
    // The end record is 22 bytes plus a comment of at most 65,535 bytes.
    let from = bytes.len().saturating_sub(22 + 0xFFFF);
    let tail = bytes.get(from..)?;
    let at = tail.windows(4).rposition(|w| w == EOCD)? + from;
    let total = u16_at(bytes, at + 10)?;
    if total != 0xFFFF {
        return Some(total);
    }
    // ZIP64: a locator just before the end record points at the ZIP64 end record.
    let loc = at.checked_sub(20)?;
    if bytes.get(loc..loc + 4)? != ZIP64_LOCATOR {
        return Some(total);
    }
    let rec = usize::try_from(u64_at(bytes, loc + 8)?).ok()?;
    if bytes.get(rec..rec + 4)? != ZIP64_EOCD {
        return Some(total);
    }
    u64_at(bytes, rec + 32)
}

/// Parses a `.rels` part.
pub fn parse_relationships(xml: &[u8], limits: &Limits) -> Result<Vec<Relationship>, Error> {
    let mut out = Vec::new();
    super::xml::each_element(xml, limits, "a relationships part", |e| {
        if e.local_name().as_ref() == "Relationship" {
            let mut rel = Relationship { id: String::new(), kind: String::new(), target: String::new(), external: false };
            for a in e.attributes().flatten() {
                let v = a.normalized_value(quick_xml::XmlVersion::Implicit1_0).map(|c| c.into_owned()).unwrap_or_default();
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
