//! Links read from the real corpus files agree with the packages' own
//! relationships, read here independently of the reader, and with the links
//! in pandoc's expected outputs (`corpus/expected/*.native`).
//! Needs `../shared/corpus`: ignored unless asked for, failing without it (`common::corpus_dir`).

use std::collections::BTreeSet;
use std::io::{Cursor, Read};
use submission_checker::document::{Document, LinkKind, LinkOrigin};
use submission_checker::limits::Limits;
use submission_checker::{read, sniff};

mod common;
use common::corpus_dir;

fn read_doc(bytes: &[u8]) -> Option<Document> {
    read::read(bytes, sniff::sniff(bytes).format, &Limits::default()).ok()
}

/// The value of `name="..."` in one XML start tag (no entity decoding beyond `&amp;`).
fn attr_of(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[at..].find('"')? + at;
    Some(tag[at..end].replace("&amp;", "&"))
}

/// The external targets the `w:hyperlink` elements of `part` point at, read
/// with plain string search: the relationship's `Target`, plus `#anchor` when
/// the element also has a `w:anchor` (Word opens the target at that place).
fn referenced_external_targets(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, part: &str) -> BTreeSet<String> {
    let mut text = |name: &str| -> String {
        let mut s = String::new();
        if let Ok(mut f) = zip.by_name(name) {
            let _ = f.read_to_string(&mut s);
        }
        s
    };
    let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
    let rels = text(&format!("{dir}/_rels/{file}.rels"));
    let xml = text(part);
    let mut targets = std::collections::HashMap::new();
    for tag in rels.split("<Relationship ").skip(1) {
        let tag = format!(" {}", tag.split('>').next().unwrap_or(""));
        let (Some(id), Some(kind), Some(target)) =
            (attr_of(&tag, "Id"), attr_of(&tag, "Type"), attr_of(&tag, "Target"))
        else {
            continue;
        };
        if attr_of(&tag, "TargetMode").is_some_and(|m| m == "External") && kind.ends_with("/hyperlink") {
            targets.insert(id, target);
        }
    }
    let mut out = BTreeSet::new();
    for tag in xml.split("<w:hyperlink ").skip(1) {
        let tag = format!(" {}", tag.split('>').next().unwrap_or(""));
        let Some(target) = attr_of(&tag, "r:id").and_then(|id| targets.get(&id)) else { continue };
        match attr_of(&tag, "w:anchor") {
            Some(a) if !target.contains('#') => out.insert(format!("{target}#{a}")),
            _ => out.insert(target.clone()),
        };
    }
    out
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn hyperlink_targets_agree_with_the_package_relationships() {
    let dir = corpus_dir();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir.join("docx")).expect("corpus/docx is readable").flatten() {
        let path = entry.path();
        let bytes = std::fs::read(&path).expect("corpus file is readable");
        let Some(doc) = read_doc(&bytes) else { continue };
        let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes.as_slice())) else { continue };
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let main = if zip.by_name("word/document.xml").is_ok() { "word/document.xml" } else { continue };
        let mut expected = referenced_external_targets(&mut zip, main);
        for notes in ["word/footnotes.xml", "word/endnotes.xml"] {
            expected.extend(referenced_external_targets(&mut zip, notes));
        }
        let ours: BTreeSet<String> = doc
            .links
            .iter()
            .filter(|l| l.origin == LinkOrigin::Hyperlink && l.kind != LinkKind::Internal)
            .map(|l| l.url.clone())
            .collect();
        // Every link we report comes from a relationship, and every referenced
        // relationship is reported.
        assert_eq!(ours, expected, "{name}");
        checked += expected.len();
    }
    assert!(checked >= 25, "only {checked} external hyperlinks checked");
}

/// The `Link` targets in a pandoc native file, in order: the string after the
/// attributes `(…)` and the inlines `[…]` of each `Link`.
fn native_link_targets(native: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = native.as_bytes();
    let mut i = 0;
    while let Some(off) = native[i..].find("Link (") {
        let mut j = i + off + "Link ".len();
        // Skip the balanced attribute tuple, then the balanced inline list,
        // ignoring brackets inside string literals.
        for (open, close) in [(b'(', b')'), (b'[', b']')] {
            while j < bytes.len() && bytes[j] != open {
                j += 1;
            }
            let mut depth = 0;
            let mut in_string = false;
            while j < bytes.len() {
                let c = bytes[j];
                if in_string {
                    if c == b'\\' {
                        j += 1;
                    } else if c == b'"' {
                        in_string = false;
                    }
                } else if c == b'"' {
                    in_string = true;
                } else if c == open {
                    depth += 1;
                } else if c == close {
                    depth -= 1;
                    if depth == 0 {
                        j += 1;
                        break;
                    }
                }
                j += 1;
            }
        }
        let rest = &native[j..];
        if let Some(start) = rest.find("(\"") {
            let url = &rest[start + 2..];
            if let Some(end) = url.find('"') {
                out.push(url[..end].to_string());
            }
        }
        i = j;
    }
    out
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn links_agree_with_pandocs_expected_outputs() {
    let dir = corpus_dir();
    for (file, native) in [
        ("docx/pandoc__links.docx", "expected/pandoc__links.native"),
        ("docx/pandoc__instrText_hyperlink.docx", "expected/pandoc__instrText_hyperlink.native"),
        ("docx/pandoc__link_in_notes.docx", "expected/pandoc__link_in_notes.native"),
    ] {
        let native = std::fs::read_to_string(dir.join(native)).expect("the native file is readable");
        let pandoc = native_link_targets(&native);
        assert!(!pandoc.is_empty(), "no Link parsed from {native}");
        let bytes = std::fs::read(dir.join(file)).expect("corpus file is readable");
        let doc = read_doc(&bytes).unwrap_or_else(|| panic!("{file} reads"));
        let ours: Vec<&str> =
            doc.links.iter().filter(|l| l.origin != LinkOrigin::PlainText).map(|l| l.url.as_str()).collect();
        assert_eq!(ours.len(), pandoc.len(), "{file}: ours {ours:?}, pandoc {pandoc:?}");
        for (o, p) in ours.iter().zip(&pandoc) {
            if p.starts_with('#') {
                // Pandoc renames a bookmark that sits on a heading to the heading's
                // own identifier ("_A_section_for" → "#a-section-for-testing-link-targets");
                // it keeps other bookmark names as they are.
                assert!(o.starts_with('#'), "{file}: {o} should be internal like {p}");
                if p.contains('_') {
                    assert_eq!(o, p, "{file}");
                }
            } else {
                assert_eq!(o, p, "{file}");
            }
        }
    }
}

#[test]
fn the_native_link_parser_reads_nested_inlines() {
    let native = r##"[Para [Link ("",[],[]) [Str "a",Emph [Str "[b]"]] ("http://x.org/#y","title"),Link ("id",["c"],[]) [] ("#z","")]]"##;
    assert_eq!(native_link_targets(native), ["http://x.org/#y", "#z"]);
}
