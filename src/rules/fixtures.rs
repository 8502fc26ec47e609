//! Test fixtures for the publication-readiness rules: DOCX files written by
//! docx-rs (an independent writer of Word's format), and, where docx-rs cannot
//! write something (resolved comments, named authors, custom properties,
//! macro projects, embedded objects, templates, watermarks), parts added from
//! literal XML so the test shows exactly what the file holds.

use crate::document::Document;
use crate::limits::Limits;
use crate::profile::CallProfile;
use crate::report::Finding;
use crate::sniff::Format;
use std::io::{Cursor, Read, Write};

/// Packs a docx-rs document into bytes.
pub fn pack(docx: docx_rs::Docx) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    docx.build().pack(&mut out).expect("docx-rs packs");
    out.into_inner()
}

/// The package with `parts` added, or replacing parts of the same name.
pub fn with_parts(bytes: &[u8], parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zin = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut zout = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).expect("an entry");
        let name = f.name().expect("an entry name").to_string();
        if parts.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("readable entry");
        zout.start_file(name, opts).expect("start");
        zout.write_all(&data).expect("write");
    }
    for (name, data) in parts {
        zout.start_file(*name, opts).expect("start");
        zout.write_all(data).expect("write");
    }
    zout.finish().expect("finish").into_inner()
}

/// A part of the package, as text.
pub fn part(bytes: &[u8], name: &str) -> String {
    let mut zin = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut text = String::new();
    zin.by_name(name).expect("the part").read_to_string(&mut text).expect("UTF-8");
    text
}

/// Reads DOCX bytes with the crate's reader.
pub fn read_docx(bytes: &[u8]) -> Document {
    crate::read::read(bytes, Format::Docx, &Limits::default()).expect("the fixture is readable")
}

/// The emler-2024 profile (published in full, clean files not required).
pub fn profile() -> CallProfile {
    super::testing::profile()
}

/// Runs one rule's check on a document.
pub fn findings(rule: &super::Rule, doc: &Document, format: Format, profile: &CallProfile) -> Vec<Finding> {
    let file = super::testing::file("contribution", format);
    (rule.check)(&super::testing::with_document(&file, doc, profile))
}

/// The English message and help of a finding, as a person reads them.
pub fn english(f: &Finding) -> (String, String) {
    crate::messages::render(crate::messages::Lang::En, f.key, &f.params)
}
