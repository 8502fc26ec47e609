//! The DOCX clean copy (`clean::clean_docx`): what Word's Document Inspector
//! ("Remove All") and "Accept All Changes" leave. Each fixture is built here,
//! with docx-rs (an independent writer of Word files) or as literal XML where
//! docx-rs cannot write the construct, and holds marker words in everything
//! that must go. Each is cleaned, then:
//!
//! 1. our reader finds none of the removed kinds in the clean copy;
//! 2. the clean copy's body and note words and links are the original's
//!    accepted view (the texts are written here, from the fixture);
//! 3. no part of the clean copy holds a marker word or an author's name;
//! 4. the ZIP entries not rewritten are the original's, byte for byte;
//! 5. independent readers open it: python-docx reads its paragraphs, and
//!    LibreOffice gives the same text as for a DOCX of the accepted view.
//!
//! The corpus test does the same for every Word file of `../shared/corpus`,
//! with the outside readers' own view of what was removed and of the
//! accepted view (`tests/reference/docx_clean.py`, zipfile and lxml).

mod common;

use common::{docx_rs_bytes, package, read_docx, rel, words_of, zip_of, Part};
use docx_rs::{Comment, Delete, Docx, Footnote, Header, Hyperlink, HyperlinkType, Insert, Paragraph, Run};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::process::Command;
use submission_checker::clean::{clean_docx, Cleaned};
use submission_checker::document::Document;
use submission_checker::limits::Limits;

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

fn clean(bytes: &[u8]) -> Cleaned {
    clean_docx(bytes, &Limits::default()).unwrap_or_else(|e| panic!("the clean copy must be made: {e}"))
}

/// Every entry, inflated, in archive order (the zip crate, not our reader).
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("the zip crate opens it");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("entry");
            let mut data = Vec::new();
            f.read_to_end(&mut data).expect("entry inflates, its CRC-32 checked");
            (f.name().unwrap().to_string(), data)
        })
        .collect()
}

/// Every entry as stored: (CRC-32, compression method, compressed bytes).
fn raw_entries(bytes: &[u8]) -> BTreeMap<String, (u32, String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("the zip crate opens it");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index_raw(i).expect("entry");
            let mut data = Vec::new();
            f.read_to_end(&mut data).expect("raw entry");
            (f.name().unwrap().to_string(), (f.crc32(), format!("{:?}", f.compression()), data))
        })
        .collect()
}

/// Rewrites one part of a package (a fixture's input, re-zipped by the zip crate).
fn patch(bytes: &[u8], name: &str, f: impl FnOnce(String) -> String) -> Vec<u8> {
    let mut files = unzip(bytes);
    let entry = files.iter_mut().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name}"));
    entry.1 = f(String::from_utf8(entry.1.clone()).unwrap()).into_bytes();
    zip_of(&files)
}

/// Adds parts to a package.
fn add_parts(bytes: &[u8], parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut files = unzip(bytes);
    files.extend(parts.iter().map(|(n, d)| (n.to_string(), d.to_vec())));
    zip_of(&files)
}

/// (1) Our reader finds none of the removed kinds.
fn assert_nothing_to_remove(doc: &Document) {
    assert!(doc.comments.is_empty(), "comments left: {:?}", doc.comments);
    assert!(doc.changes.is_empty(), "tracked changes left: {:?}", doc.changes);
    assert!(doc.hidden_text.is_empty(), "hidden text left: {:?}", doc.hidden_text);
    assert!(doc.macros.is_empty(), "macros left: {:?}", doc.macros);
    let m = &doc.metadata;
    assert_eq!(
        (&m.author, &m.last_modified_by, &m.company, &m.manager, &m.template),
        (&None, &None, &None, &None, &None)
    );
    assert!(m.custom.is_empty(), "custom properties left: {:?}", m.custom);
}

/// (2) The same body and notes (texts, hence words) and links as the original read as accepted.
fn assert_same_view(original: &Document, cleaned: &Document) {
    let texts =
        |blocks: &[submission_checker::document::Block]| blocks.iter().map(|b| b.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&cleaned.body), texts(&original.body));
    assert_eq!(texts(&cleaned.notes), texts(&original.notes));
    assert_eq!(words_of(cleaned), words_of(original));
    let links = |d: &Document| d.links.iter().map(|l| (l.url.clone(), l.text.clone())).collect::<Vec<_>>();
    assert_eq!(links(cleaned), links(original));
}

/// (3) No part holds any of these strings.
fn assert_no_part_holds(bytes: &[u8], gone: &[&str]) {
    for (name, data) in unzip(bytes) {
        let text = String::from_utf8_lossy(&data);
        for g in gone {
            assert!(!text.contains(g), "{name} still holds {g:?}");
        }
    }
}

/// (4) Every entry but the rewritten ones is the original's as stored; the
/// removed ones are gone; the order is kept.
fn assert_untouched_entries(original: &[u8], cleaned: &[u8], rewritten: &[&str], removed: &[&str]) {
    let before = raw_entries(original);
    let after = raw_entries(cleaned);
    for (name, entry) in &before {
        if removed.contains(&name.as_str()) {
            assert!(!after.contains_key(name), "{name} should be gone");
        } else if !rewritten.contains(&name.as_str()) {
            assert_eq!(after.get(name), Some(entry), "{name} should be copied as stored");
        } else {
            assert!(after.contains_key(name), "{name} should be there, rewritten");
        }
    }
    assert_eq!(after.len(), before.len() - removed.len());
    let order =
        |b: &[u8]| unzip(b).into_iter().map(|(n, _)| n).filter(|n| !removed.contains(&n.as_str())).collect::<Vec<_>>();
    assert_eq!(order(cleaned), order(original));
}

/// (5a) The paragraphs python-docx reads (its `Document.paragraphs`, the body's), empty ones left out.
fn python_docx_paragraphs(bytes: &[u8]) -> Vec<String> {
    let dir = tempdir();
    let path = dir.join("clean.docx");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("python3")
        .args([
            "-c",
            "import docx, sys\nfor p in docx.Document(sys.argv[1]).paragraphs:\n    print(p.text)",
            path.to_str().unwrap(),
        ])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python-docx could not open the clean copy (scripts/setup installs python-docx): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()
}

fn tempdir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir =
        std::env::temp_dir().join(format!("clean-docx-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// (5b) LibreOffice's plain text of each file (`soffice --convert-to txt`), empty lines left out.
fn soffice_texts(files: &[(&str, &[u8])]) -> Vec<Vec<String>> {
    let dir = tempdir();
    let mut paths = Vec::new();
    for (name, bytes) in files {
        let p = dir.join(format!("{name}.docx"));
        std::fs::write(&p, bytes).unwrap();
        paths.push(p);
    }
    let status = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", dir.join("profile").display()))
        .args(["--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir"])
        .arg(&dir)
        .args(&paths)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "soffice failed: {}", String::from_utf8_lossy(&status.stderr));
    paths
        .iter()
        .map(|p| {
            let txt = std::fs::read_to_string(p.with_extension("txt")).expect("soffice wrote the text");
            txt.trim_start_matches('\u{feff}')
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect()
        })
        .collect()
}

// ---------------------------------------------------------------- fixtures

const COMMENT_TEXT: &str = "SECRETCOMMENT check the figure";
const DELETED: &str = "DELETEDWORDS";
const HIDDEN: &str = "HIDDENNOTE internal only";
const AUTHORS: &[&str] = &["Alice Commenter", "Bob Editor", "Carol Deleter", "Dora Creator", "Ed Lastmodified"];

/// What docx-rs writes: a comment, an insertion, a deletion, a hidden run,
/// a footnote, a header and a link; the core properties name two people.
fn docx_rs_fixture() -> Vec<u8> {
    let comment = Comment::new(1).author(AUTHORS[0]).date("2024-04-03T09:00:00Z").add_paragraph(para(COMMENT_TEXT));
    let mut note = Footnote::new();
    note = note.add_content(para("Report of the Special Rapporteur, A/HRC/56/1."));
    let docx = Docx::new()
        .header(Header::new().add_paragraph(para("Submission to the call")))
        .add_paragraph(
            Paragraph::new()
                .add_comment_start(comment)
                .add_run(Run::new().add_text("In 2023, 41 cases were reported."))
                .add_comment_end(1),
        )
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("The State "))
                .add_insert(Insert::new(Run::new().add_text("must ")).author(AUTHORS[1]).date("2024-04-01T10:00:00Z"))
                .add_delete(
                    Delete::new()
                        .add_run(Run::new().add_delete_text(format!("{DELETED} ")))
                        .author(AUTHORS[2])
                        .date("2024-04-01T10:00:00Z"),
                )
                .add_run(Run::new().add_text("act."))
                .add_run(Run::new().add_footnote_reference(note)),
        )
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Shown words. "))
                .add_run(Run::new().add_text(HIDDEN).vanish())
                .add_hyperlink(
                    Hyperlink::new("https://www.ohchr.org/en/calls", HyperlinkType::External)
                        .add_run(Run::new().add_text("the call")),
                ),
        );
    let bytes = docx_rs_bytes(docx);
    patch(&bytes, "docProps/core.xml", |x| {
        x.replace("<dc:creator>unknown</dc:creator>", &format!("<dc:creator>{}</dc:creator>", AUTHORS[3])).replace(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            &format!(
                "<cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:lastPrinted>2024-04-02T08:00:00Z</cp:lastPrinted>",
                AUTHORS[4]
            ),
        )
    })
}

/// The accepted view of [`docx_rs_fixture`], written by docx-rs as a plain document.
fn docx_rs_fixture_accepted() -> Vec<u8> {
    let mut note = Footnote::new();
    note = note.add_content(para("Report of the Special Rapporteur, A/HRC/56/1."));
    docx_rs_bytes(
        Docx::new()
            .header(Header::new().add_paragraph(para("Submission to the call")))
            .add_paragraph(para("In 2023, 41 cases were reported."))
            .add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text("The State "))
                    .add_run(Run::new().add_text("must "))
                    .add_run(Run::new().add_text("act."))
                    .add_run(Run::new().add_footnote_reference(note)),
            )
            .add_paragraph(
                Paragraph::new().add_run(Run::new().add_text("Shown words. ")).add_hyperlink(
                    Hyperlink::new("https://www.ohchr.org/en/calls", HyperlinkType::External)
                        .add_run(Run::new().add_text("the call")),
                ),
            ),
    )
}

const BODY_TEXTS: &[&str] = &["In 2023, 41 cases were reported.", "The State must act.", "Shown words. the call"];

#[test]
fn what_docx_rs_writes_is_cleaned() {
    let original = docx_rs_fixture();
    let before = read_docx(&original);
    // The fixture holds what must go.
    assert_eq!(before.comments.len(), 1);
    assert_eq!(before.changes.len(), 2);
    assert_eq!(before.hidden_text.len(), 1);
    assert_eq!(before.metadata.author.as_deref(), Some(AUTHORS[3]));

    let cleaned = clean(&original);
    let r = &cleaned.removed;
    assert_eq!((r.comments, r.insertions, r.deletions, r.hidden_runs), (1, 1, 1, 1));
    // docx-rs always writes a (empty) custom properties part, which goes too.
    assert_eq!(r.metadata_fields, 4, "creator, lastModifiedBy, lastPrinted, docProps/custom.xml");
    let after = read_docx(&cleaned.bytes);
    assert_nothing_to_remove(&after);
    let body: Vec<&str> = after.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, BODY_TEXTS);
    assert_eq!(after.notes[0].text.trim(), "Report of the Special Rapporteur, A/HRC/56/1.");
    assert_same_view(&before, &after);
    let mut gone = vec![COMMENT_TEXT, DELETED, "HIDDENNOTE"];
    gone.extend_from_slice(AUTHORS);
    assert_no_part_holds(&cleaned.bytes, &gone);
    assert_untouched_entries(
        &original,
        &cleaned.bytes,
        &[
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "[Content_Types].xml",
            "docProps/core.xml",
            "_rels/.rels",
        ],
        &["word/comments.xml", "word/commentsExtended.xml", "docProps/custom.xml"],
    );
    assert_eq!(python_docx_paragraphs(&cleaned.bytes), BODY_TEXTS);
}

#[test]
#[ignore = "needs soffice"]
fn libreoffice_reads_the_docx_rs_clean_copy_as_the_accepted_view() {
    let cleaned = clean(&docx_rs_fixture());
    let texts = soffice_texts(&[("clean", &cleaned.bytes), ("accepted", &docx_rs_fixture_accepted())]);
    assert_eq!(texts[0], texts[1]);
    assert!(texts[0].iter().any(|l| l.contains("The State must act.")), "{:?}", texts[0]);
}

const W_NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// What docx-rs cannot write, as Word writes it: a deleted paragraph mark,
/// a move, formatting changes, text hidden through a character style and a
/// paragraph style, a deleted table row, comments in a header and a
/// footnote, tracked changes in the footnote, the settings that track
/// changes and attach a template, and personal properties.
fn xml_fixture() -> Vec<u8> {
    let body = r#"<w:p><w:pPr><w:pStyle w:val="Normal"/><w:rPr><w:del w:id="1" w:author="Gina Marker" w:date="2024-04-01T10:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">The first half and </w:t></w:r></w:p>
<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>the second half.</w:t></w:r></w:p>
<w:p><w:moveFromRangeStart w:id="10" w:author="Hana Mover" w:name="move1"/><w:moveFrom w:id="11" w:author="Hana Mover"><w:r><w:t xml:space="preserve">Moved sentence. </w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="10"/><w:r><w:t>Stays here.</w:t></w:r></w:p>
<w:p><w:moveToRangeStart w:id="12" w:author="Hana Mover" w:name="move1"/><w:moveTo w:id="13" w:author="Hana Mover"><w:r><w:t>Moved sentence.</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="12"/></w:p>
<w:p><w:pPr><w:pPrChange w:id="20" w:author="Ivan Formatter"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="21" w:author="Ivan Formatter"><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now.</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t xml:space="preserve"> STYLEHIDDEN words</w:t></w:r><w:r><w:rPr><w:ins w:id="22" w:author="Jack Inserter"/></w:rPr><w:t xml:space="preserve"> Inserted run.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr><w:r><w:t>PARAHIDDEN text</w:t></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Kept row</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:trPr><w:del w:id="30" w:author="Carol Deleter"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:del w:id="31" w:author="Carol Deleter"><w:r><w:delText>ROWDELETED</w:delText></w:r></w:del></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t>With a note.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>
<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr"/><w:pgSz w:w="11906" w:h="16838"/><w:sectPrChange w:id="40" w:author="Ivan Formatter"><w:sectPr/></w:sectPrChange></w:sectPr>"#;
    let header = format!(
        r#"<w:hdr {W_NS}><w:p><w:commentRangeStart w:id="5"/><w:r><w:t>Header text</w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r></w:p></w:hdr>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {W_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:commentRangeStart w:id="6"/><w:r><w:t xml:space="preserve"> Note text</w:t></w:r><w:ins w:id="50" w:author="Jack Inserter"><w:r><w:t xml:space="preserve"> added</w:t></w:r></w:ins><w:del w:id="51" w:author="Carol Deleter"><w:r><w:delText>NOTEDELETED</w:delText></w:r></w:del><w:commentRangeEnd w:id="6"/><w:r><w:commentReference w:id="6"/></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let comments = format!(
        r#"<w:comments {W_NS}><w:comment w:id="5" w:author="Alice Commenter" w:initials="AC"><w:p><w:r><w:t>SECRETCOMMENT in the header</w:t></w:r></w:p></w:comment><w:comment w:id="6" w:author="Alice Commenter"><w:p><w:r><w:t>SECRETCOMMENT in the note</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    let people = r#"<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="Alice Commenter"/></w15:people>"#;
    let styles = format!(
        r#"<w:styles {W_NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="Hidden paragraph"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>"#
    );
    let settings = format!(
        r#"<w:settings {W_NS}><w:trackRevisions/><w:attachedTemplate r:id="rIdT"/><w:defaultTabStop w:val="720"/></w:settings>"#
    );
    let core = r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Contribution</dc:title><dc:creator>Dora Creator</dc:creator><cp:lastModifiedBy>Ed Lastmodified</cp:lastModifiedBy><cp:lastPrinted>2024-01-01T00:00:00Z</cp:lastPrinted></cp:coreProperties>"#;
    let app = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>FrankSecret.dotx</Template><Application>Microsoft Office Word</Application><Company>Frank Company Ltd</Company><Manager>Kim Manager</Manager></Properties>"#;
    let custom = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Reviewer"><vt:lpwstr>Lena Reviewer</vt:lpwstr></property></Properties>"#;
    let bytes = package(body)
        .rel(rel("rIdHdr", "header", "header1.xml", false))
        .part(Part::new("word/header1.xml", header))
        .part(Part::new("word/footnotes.xml", footnotes).related("footnotes"))
        .part(Part::new("word/comments.xml", comments).related("comments"))
        .part(Part::new("word/people.xml", people).related("people"))
        .part(Part::new("word/styles.xml", styles).related("styles"))
        .part(Part::new("word/settings.xml", settings).related("settings").with_rels(&[rel(
            "rIdT",
            "attachedTemplate",
            "file:///C:/Users/Frank/Templates/FrankSecret.dotx",
            true,
        )]))
        .part(Part::new("docProps/core.xml", core).related_to_package(PKG_REL))
        .part(Part::new("docProps/app.xml", app).related_to_package(&format!("{OFFICE_REL}/extended-properties")))
        .part(Part::new("docProps/custom.xml", custom).related_to_package(&format!("{OFFICE_REL}/custom-properties")))
        .bytes();
    // Word lists every part's content type; the comment parts' must go with them.
    patch(&bytes, "[Content_Types].xml", |x| {
        x.replace(
            "</Types>",
            r#"<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>"#,
        )
    })
}

const XML_BODY: &[&str] = &[
    "The first half and the second half.",
    "Stays here.",
    "Moved sentence.",
    "Bold now. Inserted run.",
    "Kept row",
    "With a note.",
];

#[test]
fn what_docx_rs_cannot_write_is_cleaned() {
    let original = xml_fixture();
    let before = read_docx(&original);
    assert_eq!(before.comments.len(), 2);
    assert_eq!(before.hidden_text.len(), 2, "{:?}", before.hidden_text);
    assert_eq!(before.metadata.company.as_deref(), Some("Frank Company Ltd"));

    let cleaned = clean(&original);
    let r = &cleaned.removed;
    assert_eq!(r.comments, 2, "the comments on the header and the note");
    assert_eq!(r.insertions, 2, "an inserted run's marker, an insertion in the note");
    assert_eq!(r.deletions, 4, "a paragraph mark, a row, its text, the note's");
    assert_eq!(r.moves, 2);
    assert_eq!(r.property_changes, 3, "pPrChange, rPrChange, sectPrChange");
    assert_eq!(r.hidden_runs, 2, "through a character style and a paragraph style");
    assert_eq!(r.metadata_fields, 3 + 3 + 1 + 1, "core, app, custom part, attached template");
    assert_eq!(r.macro_parts, 0);

    let after = read_docx(&cleaned.bytes);
    assert_nothing_to_remove(&after);
    let body: Vec<&str> = after.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, XML_BODY);
    let notes: Vec<&str> = after.notes.iter().map(|b| b.text.trim()).collect();
    assert_eq!(notes, ["Note text added"]);
    assert_eq!(after.metadata.title.as_deref(), Some("Contribution"), "the title is not personal");
    assert_same_view(&before, &after);
    assert_no_part_holds(
        &cleaned.bytes,
        &[
            "SECRETCOMMENT",
            "STYLEHIDDEN",
            "PARAHIDDEN",
            "ROWDELETED",
            "NOTEDELETED",
            "Alice Commenter",
            "Carol Deleter",
            "Gina Marker",
            "Hana Mover",
            "Ivan Formatter",
            "Jack Inserter",
            "Dora Creator",
            "Ed Lastmodified",
            "Frank",
            "Kim Manager",
            "Lena Reviewer",
            "trackRevisions",
        ],
    );
    assert_untouched_entries(
        &original,
        &cleaned.bytes,
        &[
            "[Content_Types].xml",
            "word/document.xml",
            "word/header1.xml",
            "word/footnotes.xml",
            "word/_rels/document.xml.rels",
            "word/settings.xml",
            "word/_rels/settings.xml.rels",
            "docProps/core.xml",
            "docProps/app.xml",
            "_rels/.rels",
        ],
        &["word/comments.xml", "word/people.xml", "docProps/custom.xml"],
    );
    // The styles part, for one, is copied as stored.
    assert_eq!(raw_entries(&original)["word/styles.xml"], raw_entries(&cleaned.bytes)["word/styles.xml"]);
    // python-docx gives table cells apart from `paragraphs`.
    let mut expected: Vec<&str> = XML_BODY.to_vec();
    expected.retain(|t| *t != "Kept row");
    assert_eq!(python_docx_paragraphs(&cleaned.bytes), expected);
}

/// The accepted view of [`xml_fixture`], written by docx-rs.
fn xml_fixture_accepted() -> Vec<u8> {
    use docx_rs::{Table, TableCell, TableRow};
    let mut note = Footnote::new();
    note = note.add_content(Paragraph::new().add_run(Run::new().add_text(" Note text added")));
    docx_rs_bytes(
        Docx::new()
            .add_paragraph(para("The first half and the second half."))
            .add_paragraph(para("Stays here."))
            .add_paragraph(para("Moved sentence."))
            .add_paragraph(para("Bold now. Inserted run."))
            .add_paragraph(Paragraph::new())
            .add_table(Table::new(vec![TableRow::new(vec![TableCell::new().add_paragraph(para("Kept row"))])]))
            .add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text("With a note."))
                    .add_run(Run::new().add_footnote_reference(note)),
            ),
    )
}

#[test]
#[ignore = "needs soffice"]
fn libreoffice_reads_the_xml_clean_copy_as_the_accepted_view() {
    let cleaned = clean(&xml_fixture());
    let texts = soffice_texts(&[("clean", &cleaned.bytes), ("accepted", &xml_fixture_accepted())]);
    assert_eq!(texts[0], texts[1]);
    assert!(texts[0].iter().any(|l| l.contains("The first half and the second half.")), "{:?}", texts[0]);
}

/// What the first literal-XML fixture leaves out, as Word writes it: a
/// deletion inside an insertion (another reviewer deleting part of what was
/// inserted), table, row, cell, grid and numbering property changes, tracked
/// changes in a header and in a footer, and an endnote holding a comment,
/// an insertion and a deletion, with Word 2016's and 2018's comment parts
/// (`commentsIds.xml`, `commentsExtensible.xml`).
fn nested_fixture() -> Vec<u8> {
    let body = r#"<w:p><w:ins w:id="1" w:author="Jack Inserter"><w:r><w:t xml:space="preserve">Inserted </w:t></w:r><w:del w:id="2" w:author="Carol Deleter"><w:r><w:delText xml:space="preserve">NESTEDDELETED </w:delText></w:r></w:del><w:r><w:t>and kept.</w:t></w:r></w:ins></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/><w:numberingChange w:id="3" w:author="Ivan Formatter" w:original="%1."/></w:numPr></w:pPr><w:r><w:t>Numbered item.</w:t></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblPrChange w:id="4" w:author="Ivan Formatter"><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr></w:tblPrChange></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:tblGridChange w:id="5"><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid></w:tblGridChange></w:tblGrid>
<w:tr><w:trPr><w:cantSplit/><w:trPrChange w:id="6" w:author="Ivan Formatter"><w:trPr/></w:trPrChange></w:trPr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:tcPrChange w:id="7" w:author="Ivan Formatter"><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr></w:tcPrChange></w:tcPr><w:p><w:r><w:t>Cell text</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>With an endnote.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r></w:p>
<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr"/><w:footerReference w:type="default" r:id="rIdFtr"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>"#;
    let header = format!(
        r#"<w:hdr {W_NS}><w:p><w:r><w:t xml:space="preserve">Header </w:t></w:r><w:ins w:id="20" w:author="Jack Inserter"><w:r><w:t>added</w:t></w:r></w:ins><w:del w:id="21" w:author="Carol Deleter"><w:r><w:delText>HEADERDELETED</w:delText></w:r></w:del></w:p></w:hdr>"#
    );
    let footer = format!(
        r#"<w:ftr {W_NS}><w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="30" w:author="Ivan Formatter"><w:pPr/></w:pPrChange></w:pPr><w:del w:id="31" w:author="Carol Deleter"><w:r><w:delText xml:space="preserve">FOOTERDELETED </w:delText></w:r></w:del><w:r><w:t>Footer kept</w:t></w:r><w:ins w:id="32" w:author="Jack Inserter"><w:r><w:t xml:space="preserve"> and added</w:t></w:r></w:ins></w:p></w:ftr>"#
    );
    let endnotes = format!(
        r#"<w:endnotes {W_NS}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote><w:endnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r><w:commentRangeStart w:id="8"/><w:r><w:t xml:space="preserve"> Endnote text</w:t></w:r><w:ins w:id="40" w:author="Jack Inserter"><w:r><w:t xml:space="preserve"> inserted</w:t></w:r></w:ins><w:del w:id="41" w:author="Carol Deleter"><w:r><w:delText>ENDNOTEDELETED</w:delText></w:r></w:del><w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r></w:p></w:endnote></w:endnotes>"#
    );
    let comments = r#"<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:comment w:id="8" w:author="Alice Commenter" w:initials="AC"><w:p w14:paraId="1A2B3C4D"><w:r><w:t>SECRETCOMMENT in the endnote</w:t></w:r></w:p></w:comment></w:comments>"#;
    let ids = r#"<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"><w16cid:commentId w16cid:paraId="1A2B3C4D" w16cid:durableId="5E6F7A8B"/></w16cid:commentsIds>"#;
    let extensible = r#"<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"><w16cex:commentExtensible w16cex:durableId="5E6F7A8B" w16cex:dateUtc="2024-05-01T10:00:00Z"/></w16cex:commentsExtensible>"#;
    let bytes = package(body)
        .rel(rel("rIdHdr", "header", "header1.xml", false))
        .rel(rel("rIdFtr", "footer", "footer1.xml", false))
        .rel(r#"<Relationship Id="rIdCid" Type="http://schemas.microsoft.com/office/2016/09/relationships/commentsIds" Target="commentsIds.xml"/>"#.into())
        .rel(r#"<Relationship Id="rIdCex" Type="http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible" Target="commentsExtensible.xml"/>"#.into())
        .part(Part::new("word/header1.xml", header))
        .part(Part::new("word/footer1.xml", footer))
        .part(Part::new("word/endnotes.xml", endnotes).related("endnotes"))
        .part(Part::new("word/comments.xml", comments).related("comments"))
        .part(Part::new("word/commentsIds.xml", ids))
        .part(Part::new("word/commentsExtensible.xml", extensible))
        .bytes();
    patch(&bytes, "[Content_Types].xml", |x| {
        x.replace(
            "</Types>",
            r#"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsIds.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml"/><Override PartName="/word/commentsExtensible.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml"/></Types>"#,
        )
    })
}

#[test]
fn nested_changes_table_changes_headers_footers_and_endnotes_are_cleaned() {
    let original = nested_fixture();
    let before = read_docx(&original);
    assert_eq!(before.comments.len(), 1);

    let cleaned = clean(&original);
    let r = &cleaned.removed;
    assert_eq!(r.comments, 1, "the comment on the endnote");
    assert_eq!(r.insertions, 4, "the body's, the header's, the footer's, the endnote's");
    assert_eq!(r.deletions, 4, "inside the insertion, in the header, the footer and the endnote");
    assert_eq!(r.property_changes, 6, "numbering, tblPr, tblGrid, trPr, tcPr in the body; pPr in the footer");
    let after = read_docx(&cleaned.bytes);
    assert_nothing_to_remove(&after);
    let body: Vec<&str> = after.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, ["Inserted and kept.", "Numbered item.", "Cell text", "With an endnote."]);
    let notes: Vec<&str> = after.notes.iter().map(|b| b.text.trim()).collect();
    assert_eq!(notes, ["Endnote text inserted"]);
    assert_no_part_holds(
        &cleaned.bytes,
        &[
            "NESTEDDELETED",
            "HEADERDELETED",
            "FOOTERDELETED",
            "ENDNOTEDELETED",
            "SECRETCOMMENT",
            "Alice Commenter",
            "Carol Deleter",
            "Ivan Formatter",
            "Jack Inserter",
            "5E6F7A8B",
            "Change ",
            "<w:ins ",
            "<w:del ",
            "commentRangeStart",
        ],
    );
    assert_untouched_entries(
        &original,
        &cleaned.bytes,
        &[
            "[Content_Types].xml",
            "word/document.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "word/endnotes.xml",
            "word/_rels/document.xml.rels",
        ],
        &["word/comments.xml", "word/commentsIds.xml", "word/commentsExtensible.xml"],
    );
    // python-docx (it reads the runs directly in a paragraph, not those inside w:ins) reads the
    // header and footer as accepted, and the body's first paragraph whole.
    let dir = tempdir();
    let path = dir.join("nested.docx");
    std::fs::write(&path, &cleaned.bytes).unwrap();
    let script = "import docx, sys\nd = docx.Document(sys.argv[1])\ns = d.sections[0]\nprint(s.header.paragraphs[0].text)\nprint(s.footer.paragraphs[0].text)\nprint(d.paragraphs[0].text)";
    let out = Command::new("python3").args(["-c", script, path.to_str().unwrap()]).output().expect("python3 runs");
    assert!(out.status.success(), "python-docx: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().lines().collect::<Vec<_>>(),
        ["Header added", "Footer kept and added", "Inserted and kept."]
    );
}

/// A footnote whose reference is in a tracked deletion goes with it, as
/// when Word accepts the deletion.
#[test]
fn a_note_whose_reference_was_deleted_goes_with_it() {
    let body = r#"<w:p><w:r><w:t>Kept text.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:del w:id="9" w:author="A"><w:r><w:delText>Cut.</w:delText></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:del></w:p>"#;
    let notes = format!(
        r#"<w:footnotes {W_NS}><w:footnote w:id="1"><w:p><w:r><w:t>The kept note.</w:t></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>DELETEDNOTE text.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let original = package(body).part(Part::new("word/footnotes.xml", notes).related("footnotes")).bytes();
    // Our reader reads every note of the notes part, referenced or not.
    assert_eq!(read_docx(&original).notes.len(), 2);
    let cleaned = clean(&original);
    let after = read_docx(&cleaned.bytes);
    let texts: Vec<&str> = after.notes.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["The kept note."]);
    assert_no_part_holds(&cleaned.bytes, &["DELETEDNOTE"]);
    assert_nothing_to_remove(&after);
}

const MAIN_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const MACRO_MAIN_TYPE: &str = "application/vnd.ms-word.document.macroEnabled.main+xml";

/// A `.docm` as Word saves one: the VBA project, its data part related from
/// it, and the main part's macro-enabled content type.
fn docm_fixture() -> Vec<u8> {
    let bytes = docx_rs_bytes(Docx::new().add_paragraph(para("A document with a macro.")));
    let bytes = patch(&bytes, "[Content_Types].xml", |x| {
        x.replace(MAIN_TYPE, MACRO_MAIN_TYPE).replace(
            "</Types>",
            r#"<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/></Types>"#,
        )
    });
    let bytes = patch(&bytes, "word/_rels/document.xml.rels", |x| {
        x.replace(
            "</Relationships>",
            r#"<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>"#,
        )
    });
    add_parts(
        &bytes,
        &[
            ("word/vbaProject.bin", b"\xD0\xCF\x11\xE0 VBAMACROCODE Sub AutoOpen()"),
            (
                "word/_rels/vbaProject.bin.rels",
                br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>"#,
            ),
            (
                "word/vbaData.xml",
                br#"<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"><wne:mcds><wne:mcd wne:macroName="VBAMACRONAME"/></wne:mcds></wne:vbaSuppData>"#,
            ),
        ],
    )
}

#[test]
fn a_docm_loses_its_macros_and_becomes_a_docx() {
    use submission_checker::sniff::{sniff, Format};
    let original = docm_fixture();
    assert_eq!(sniff(&original).format, Format::Docm);
    assert_eq!(read_docx(&original).macros, ["word/vbaProject.bin"]);

    let cleaned = clean(&original);
    assert_eq!(cleaned.removed.macro_parts, 2, "vbaProject.bin and vbaData.xml");
    assert_eq!(sniff(&cleaned.bytes).format, Format::Docx);
    let after = read_docx(&cleaned.bytes);
    assert_nothing_to_remove(&after);
    assert_same_view(&read_docx(&original), &after);
    assert_no_part_holds(&cleaned.bytes, &["VBAMACRO", "vbaProject", "vbaData", "macroEnabled"]);
    assert_untouched_entries(
        &original,
        &cleaned.bytes,
        // docx-rs writes "unknown" as the author and last editor: they go too.
        &["[Content_Types].xml", "word/_rels/document.xml.rels", "_rels/.rels", "docProps/core.xml"],
        // docx-rs always writes (empty) comment and custom properties parts: they go too.
        &[
            "word/vbaProject.bin",
            "word/_rels/vbaProject.bin.rels",
            "word/vbaData.xml",
            "docProps/custom.xml",
            "word/comments.xml",
            "word/commentsExtended.xml",
        ],
    );
    // python-docx refuses a macro-enabled main part; it opens this one.
    assert_eq!(python_docx_paragraphs(&cleaned.bytes), ["A document with a macro."]);
}

/// A clean copy with nothing to remove is the same package, entry for entry.
#[test]
fn a_clean_file_is_copied_as_stored() {
    let original = xml_package_without_anything();
    let cleaned = clean(&original);
    assert_eq!(cleaned.removed, submission_checker::clean::Removed::default());
    assert_untouched_entries(&original, &cleaned.bytes, &[], &[]);
}

fn xml_package_without_anything() -> Vec<u8> {
    package(r#"<w:p><w:r><w:t>Nothing to remove.</w:t></w:r></w:p>"#).bytes()
}

#[test]
fn what_cannot_be_accepted_safely_is_refused() {
    for (what, body) in [
        (
            "a deleted cell",
            r#"<w:tbl><w:tr><w:tc><w:tcPr><w:cellDel w:id="1" w:author="A"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"#,
        ),
        (
            "a field whose start is deleted and end kept",
            r#"<w:p><w:del w:id="1" w:author="A"><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:delInstrText>PAGE</w:delInstrText></w:r></w:del><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
        ),
        (
            "a field whose end is hidden",
            r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
        ),
        (
            "a deleted mark in a run's properties",
            r#"<w:p><w:r><w:rPr><w:del w:id="1" w:author="A"/></w:rPr><w:t>x</w:t></w:r></w:p>"#,
        ),
        ("damaged XML", r#"<w:p><w:r><w:t>x</w:r></w:p>"#),
    ] {
        let bytes = package(body).bytes();
        let err = clean_docx(&bytes, &Limits::default()).err().unwrap_or_else(|| panic!("{what}: refused"));
        assert_eq!(err.code(), "corrupt", "{what}: {err}");
    }
    // A whole field deleted is accepted.
    let whole = r#"<w:p><w:del w:id="1" w:author="A"><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:delInstrText>PAGE</w:delInstrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:delText>1</w:delText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:del><w:r><w:t>Kept.</w:t></w:r></w:p>"#;
    let cleaned = clean(&package(whole).bytes());
    assert_eq!(read_docx(&cleaned.bytes).body[0].text, "Kept.");
}

#[test]
fn limits_bound_the_clean_copy_as_they_bound_reading() {
    let deep = format!("<w:p>{}{}</w:p>", "<w:ins>".repeat(300), "</w:ins>".repeat(300));
    let err = clean_docx(&package(&deep).bytes(), &Limits::default()).unwrap_err();
    assert_eq!(err.code(), "too-large", "{err}");
    let small = Limits { max_part_bytes: 100, ..Limits::default() };
    let err = clean_docx(&xml_fixture(), &small).unwrap_err();
    assert_eq!(err.code(), "too-large", "{err}");
    let few = Limits { max_zip_entries: 3, ..Limits::default() };
    assert_eq!(clean_docx(&xml_fixture(), &few).unwrap_err().code(), "too-large");
    // Paragraphs, counted in every story as the reader counts them, even in a build without the reader.
    let three = package("<w:p/><w:p/><w:p/>").bytes();
    assert!(clean_docx(&three, &Limits { max_docx_paragraphs: 3, ..Limits::default() }).is_ok());
    let err = clean_docx(&three, &Limits { max_docx_paragraphs: 2, ..Limits::default() }).unwrap_err();
    assert_eq!((err.code(), err.detail().as_str()), ("too-large", "the document has more than 2 paragraphs"));
    assert!(clean_docx(b"PK\x03\x04 not really", &Limits::default()).is_err());
}

/// Corpus files whose clean copy is not the original's accepted view, with why.
const CORPUS_EXPLAINED: &[(&str, &str)] = &[];

/// (c) Removed strings that an outside reader still finds in a corpus copy,
/// each explained: (file, the string, the entry that holds it, why).
const LEAKS_EXPLAINED: &[(&str, &str, &str, &str)] = &[
    (
        "tika__testWORD_embedded_pdf.docx",
        "IBM",
        "word/embeddings/oleObject",
        "the company named in the properties is also stored inside the embedded OLE objects, which the clean copy \
         keeps as they are (docs/clean-copy.md, \"Not done yet\")",
    ),
    (
        "docx-rs__del_in_ins.docx",
        "bokuweb",
        "word/settings.xml",
        "the last editor's name is also part of an element's name there (`<w:bokuweb…>`, markup the file's writer \
         made up): markup, not a stored name",
    ),
];

/// (e) Corpus copies whose LibreOffice text differs from LibreOffice's text
/// of the reference's accepted view (tests/reference/docx_clean.py), with why.
const LIBREOFFICE_EXPLAINED: &[(&str, &str)] = &[
    (
        "pandoc__paragraph_insertion_deletion.docx",
        "a deleted paragraph mark: the copy joins the paragraph to the next, as Word does (\"split\" + \
         \"Paragraph.\"); the reference's simple acceptance keeps two paragraphs",
    ),
    (
        "poi__delins.docx",
        "two numbered paragraphs whose text and mark were all deleted: the copy drops them, as Word does; the \
         reference's simple acceptance keeps them, empty, so LibreOffice prints their two bullets",
    ),
];

/// Every Word file of the corpus that reads: its clean copy reads, holds
/// none of the removed kinds, and has the original's body and note words,
/// texts and links (1, 2); no entry holds a removed comment, deletion,
/// hidden run or name (3); every entry whose content did not change is
/// stored as it was (4); python-docx opens it, and LibreOffice gives the
/// same text as for the original with its changes accepted (5).
#[test]
#[ignore = "needs ../shared/corpus"]
// It also needs soffice, python-docx and lxml, which scripts/setup installs with the corpus tests' other tools.
fn corpus_clean_copies_read_as_the_accepted_view() {
    use submission_checker::{read, sniff};
    let dir = common::corpus_dir().join("docx");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".docx") || n.ends_with(".docm"))
        .collect();
    names.sort();
    let (mut agreed, mut unreadable, mut failures) = (0, 0, Vec::new());
    // (name, original, clean copy), for the independent readers below.
    let mut copies: Vec<(String, Vec<u8>, Vec<u8>)> = Vec::new();
    let mut totals = Vec::new();
    for name in &names {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let format = sniff::sniff(&bytes).format;
        let Ok(original) = read::read(&bytes, format, &Limits::default()) else {
            unreadable += 1;
            continue;
        };
        let explained = CORPUS_EXPLAINED.iter().any(|(f, _)| f == name);
        let problem = match clean_docx(&bytes, &Limits::default()) {
            Err(e) => Some(format!("refused: {e}")),
            Ok(c) => {
                let r = &c.removed;
                let changes = r.insertions + r.deletions + r.moves + r.property_changes;
                let problem = compare_clean_copy(&original, &c.bytes).or_else(|| {
                    // What was removed is what the reader found.
                    let found = (original.comments.len(), original.changes.len());
                    ((r.comments, changes) != found).then(|| {
                        format!("removed {} comments and {changes} changes; the reader found {found:?}", r.comments)
                    })
                });
                failures.extend(untouched_entries_differ(&bytes, &c.bytes).into_iter().map(|p| format!("{name}: {p}")));
                copies.push((name.clone(), bytes.clone(), c.bytes));
                totals.push((name.clone(), c.removed));
                problem
            }
        };
        match problem {
            None if explained => failures.push(format!("{name}: agrees now; take it out of CORPUS_EXPLAINED")),
            None => agreed += 1,
            Some(_) if explained => {}
            Some(p) => failures.push(format!("{name}: {p}")),
        }
    }
    println!(
        "clean copies: {agreed} of {} readable files agree, {} explained; {unreadable} unreadable files skipped",
        names.len() - unreadable,
        CORPUS_EXPLAINED.len()
    );
    for (name, r) in totals.iter().filter(|(_, r)| *r != submission_checker::clean::Removed::default()) {
        println!("{name}: {r:?}");
    }
    failures.extend(independent_readers_agree(&copies));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What is wrong with a clean copy: it does not read, holds a removed
/// kind, or is not the original's accepted view.
fn compare_clean_copy(original: &Document, clean: &[u8]) -> Option<String> {
    use submission_checker::{read, sniff};
    match read::read(clean, sniff::sniff(clean).format, &Limits::default()) {
        Err(e) => Some(format!("the clean copy does not read: {e}")),
        Ok(after) => std::panic::catch_unwind(|| {
            assert_nothing_to_remove(&after);
            assert_same_view(original, &after);
        })
        .err()
        .map(|e| e.downcast_ref::<String>().cloned().unwrap_or_else(|| "assertion failed".into())),
    }
}

/// The entries the clean copy may rewrite: the stories, the settings, the
/// properties, relationships and content types.
fn may_be_rewritten(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    let story = ["document", "header", "footer", "footnotes", "endnotes"].iter().any(|s| {
        file.strip_prefix(s).and_then(|r| r.strip_suffix(".xml")).is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    });
    story
        || file.ends_with(".rels")
        || ["settings.xml", "core.xml", "app.xml", "[content_types].xml"].contains(&file.as_str())
}

/// (4) on a real file, read by the zip crate: no entry is added; every entry
/// whose inflated content is unchanged is stored as it was (CRC-32,
/// method, compressed bytes); an entry whose content changed is one the
/// cleaner edits.
fn untouched_entries_differ(original: &[u8], cleaned: &[u8]) -> Vec<String> {
    let (before, after) = (raw_entries(original), raw_entries(cleaned));
    let inflated = |b: &[u8]| unzip(b).into_iter().collect::<BTreeMap<_, _>>();
    let (content_before, content_after) = (inflated(original), inflated(cleaned));
    let mut problems = Vec::new();
    for (name, stored) in &after {
        match (before.get(name), content_before.get(name) == content_after.get(name)) {
            (None, _) => problems.push(format!("{name} was added")),
            (Some(was), true) if was != stored => problems.push(format!("{name} is unchanged but stored anew")),
            (Some(_), false) if !may_be_rewritten(name) => problems.push(format!("{name} was rewritten")),
            _ => {}
        }
    }
    problems
}

/// (3) and (5), by outside readers, each run once for all the copies:
/// tests/reference/docx_clean.py (zipfile and lxml) lists the removed
/// strings still in a copy and writes the original's accepted view;
/// python-docx opens every copy whose original it opens; LibreOffice's text
/// of each copy is its text of the accepted view.
fn independent_readers_agree(copies: &[(String, Vec<u8>, Vec<u8>)]) -> Vec<String> {
    let dir = tempdir();
    let path = |i: usize, kind: &str| dir.join(format!("{i}.{kind}.docx"));
    let mut triples = Vec::new();
    for (i, (_, original, copy)) in copies.iter().enumerate() {
        std::fs::write(path(i, "original"), original).unwrap();
        std::fs::write(path(i, "copy"), copy).unwrap();
        triples.extend([path(i, "original"), path(i, "copy"), path(i, "accepted")]);
    }
    let mut failures = Vec::new();

    // (3) What the reference finds left of what was removed.
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/docx_clean.py");
    let out = Command::new("python3").arg(script).args(&triples).output().expect("python3 runs");
    let rows: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), copies.len(), "docx_clean.py: {}", String::from_utf8_lossy(&out.stderr));
    let mut explained_leaks = 0;
    for ((name, ..), row) in copies.iter().zip(&rows) {
        for leak in row["leaks"].as_array().unwrap() {
            let [kind, what, entry] = [0, 1, 2].map(|i| leak[i].as_str().unwrap().to_string());
            let explained = LEAKS_EXPLAINED.iter().any(|(f, s, e, _)| f == name && *s == what && entry.starts_with(e));
            if explained {
                explained_leaks += 1;
            } else {
                failures.push(format!("{name}: {entry} still holds the removed {kind} {what:?}"));
            }
        }
    }
    println!("removed strings left in the copies: {explained_leaks}, all explained in LEAKS_EXPLAINED");

    // (5a) python-docx.
    let opens = "import docx, sys\nfor p in sys.argv[1:]:\n    try:\n        docx.Document(p); print('ok')\n    except Exception as e:\n        print('fails: ' + type(e).__name__ + ': ' + str(e)[:100])";
    let pairs: Vec<_> = (0..copies.len()).flat_map(|i| [path(i, "original"), path(i, "copy")]).collect();
    let out = Command::new("python3").arg("-c").arg(opens).args(&pairs).output().expect("python3 runs");
    let verdicts: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect();
    assert_eq!(verdicts.len(), pairs.len(), "python-docx: {}", String::from_utf8_lossy(&out.stderr));
    let opened = verdicts.chunks(2).filter(|v| v.iter().all(|v| v == "ok")).count();
    println!("python-docx opens {opened} clean copies and their originals");
    for ((name, ..), v) in copies.iter().zip(verdicts.chunks(2)) {
        if v[0] == "ok" && v[1] != "ok" {
            failures.push(format!("{name}: python-docx opens the original, not the clean copy ({})", v[1]));
        }
    }

    // (5b) LibreOffice, one run for every copy and accepted view.
    let converted: Vec<_> = (0..copies.len()).flat_map(|i| [path(i, "accepted"), path(i, "copy")]).collect();
    let status = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", dir.join("profile").display()))
        .args(["--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir"])
        .arg(&dir)
        .args(&converted)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "soffice failed: {}", String::from_utf8_lossy(&status.stderr));
    let text = |p: std::path::PathBuf| {
        std::fs::read_to_string(p.with_extension("txt")).ok().map(|t| {
            t.trim_start_matches('\u{feff}')
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    };
    let mut same = 0;
    for (i, (name, ..)) in copies.iter().enumerate() {
        let explained = LIBREOFFICE_EXPLAINED.iter().any(|(f, _)| f == name);
        match (text(path(i, "accepted")), text(path(i, "copy"))) {
            (_, None) => failures.push(format!("{name}: LibreOffice could not convert the clean copy")),
            (None, _) => failures.push(format!("{name}: LibreOffice could not convert the accepted view")),
            (Some(a), Some(c)) if a == c && explained => {
                failures.push(format!("{name}: LibreOffice agrees now; take it out of LIBREOFFICE_EXPLAINED"))
            }
            (Some(a), Some(c)) if a == c => same += 1,
            (Some(_), Some(_)) if explained => {}
            (Some(a), Some(c)) => {
                let at = a.iter().zip(&c).position(|(x, y)| x != y).unwrap_or(a.len().min(c.len()));
                failures.push(format!(
                    "{name}: LibreOffice's text of the copy differs from the accepted view at line {}: {:?} / {:?}",
                    at + 1,
                    a.get(at),
                    c.get(at)
                ));
            }
        }
    }
    println!(
        "LibreOffice: {same} of {} clean copies give the text of the accepted view, {} explained",
        copies.len(),
        LIBREOFFICE_EXPLAINED.len()
    );
    failures
}

/// Damaged and shuffled markup never panics; when the original reads and
/// the clean copy is made, the clean copy reads too.
#[test]
fn mutated_documents_never_panic_and_clean_copies_read() {
    use submission_checker::{read, sniff};
    let files = unzip(&xml_fixture());
    let doc_at = files.iter().position(|(n, _)| n == "word/document.xml").unwrap();
    let xml = files[doc_at].1.clone();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let (mut cleaned, mut refused) = (0, 0);
    for _ in 0..400 {
        let mut m = xml.clone();
        for _ in 0..1 + next(3) {
            let a = next(m.len());
            let b = (a + next(200)).min(m.len());
            match next(3) {
                0 => drop(m.drain(a..b)),
                1 => {
                    let piece = m[a..b].to_vec();
                    let at = next(m.len());
                    m.splice(at..at, piece);
                }
                _ => {
                    // Move a piece elsewhere: tags end up inside other elements.
                    let piece: Vec<u8> = m.drain(a..b).collect();
                    let at = next(m.len() + 1).min(m.len());
                    m.splice(at..at, piece);
                }
            }
        }
        let mut f = files.clone();
        f[doc_at].1 = m;
        let bytes = zip_of(&f);
        let original = read::read(&bytes, sniff::sniff(&bytes).format, &Limits::default());
        match clean_docx(&bytes, &Limits::default()) {
            Ok(c) => {
                cleaned += 1;
                if original.is_ok() {
                    let again = read::read(&c.bytes, sniff::sniff(&c.bytes).format, &Limits::default());
                    assert!(again.is_ok(), "{:?}", again.err());
                }
            }
            Err(_) => refused += 1,
        }
    }
    println!("{cleaned} cleaned, {refused} refused");
    assert!(cleaned > 0 && refused > 0);
}
