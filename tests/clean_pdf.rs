//! The PDF clean copy (`clean_pdf`), on PDFs written here with lopdf whose
//! every part is stated where it is made: a review note and a highlight by
//! Ana Souza, two links (one running JavaScript), a file attached to the page
//! and one to the document, JavaScript run on opening, automatic actions,
//! and the author in the Info dictionary and the XMP packet.
//!
//! Expected values come from the fixture (what it was made with) and from
//! independent readers: qpdf checks the copy's structure and encrypts test
//! files, poppler's `pdftotext`, `pdfinfo` and `pdfdetach` read the original
//! and the copy. They are installed by `scripts/setup`; without them these
//! tests fail and say so.
//!
//! The corpus test (`-- --ignored`, needs `../shared/corpus`) cleans every
//! PDF of the corpus that the checker reads, with something to remove or not,
//! and checks each copy with the checker, `qpdf --check`, poppler (the same
//! text, less the lines removed annotations drew) and qpdf's decoded objects
//! (no removed annotation text, author name or XFA script left).

use lopdf::{dictionary, Document, Object, ObjectId, Stream, StringFormat};
use std::path::{Path, PathBuf};
use std::process::Command;
use submission_checker::clean_pdf::{clean_pdf, Cleaned, Removed};
use submission_checker::limits::Limits;
use submission_checker::{Options, Report};

mod common;

fn text(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

fn rect(x0: i64, y0: i64, x1: i64, y1: i64) -> Object {
    vec![x0.into(), y0.into(), x1.into(), y1.into()].into()
}

/// What the fixture holds that the copy must not: the note's words, the
/// reviewer's name, the scripts, the attached files' bytes and names, the
/// program and file name in `/Creator`.
const GONE: &[&str] = &[
    "Is this figure right?",
    "Check the source",
    "Ana Souza",
    "asouza",
    "app.alert",
    "submitForm",
    "this.print",
    "FIELD-NOTES-SECRET",
    "PK-BUDGET-SECRET",
    "budget.xlsx",
    "field-notes.txt",
];

/// The page text, as `pdftotext` must find it in the original and the copy.
const PAGE_1: &str = "Complaints rose by 40 per cent.";
const PAGE_2: &str = "See the annex at ohchr.org for the figures.";

/// A two-page PDF:
/// - page 1 says [`PAGE_1`]; on it a sticky note (`Text`) by Ana Souza saying
///   "Is this figure right?" with its pop-up, a highlight by Ana Souza with a
///   reply-free note "Check the source", and a file attached to the page
///   (`FileAttachment`, field-notes.txt, bytes `FIELD-NOTES-SECRET`); the
///   note is tagged (an `OBJR` in the structure tree points at it);
/// - page 2 says [`PAGE_2`]; on it a link to https://www.ohchr.org/ over
///   "ohchr.org", a link that runs JavaScript (`app.alert('link')`), and a
///   page action (`/AA`, `this.print()` when the page opens);
/// - the catalogue: document JavaScript named "greeting"
///   (`app.alert('Hello')`), an open action running `this.submitForm(...)`,
///   a document action (`/AA`, on closing), and an attached file
///   budget.xlsx (bytes `PK-BUDGET-SECRET...`);
/// - Info: Title "Housing report", Author "Ana Souza", Creator "Microsoft
///   Word - draft 3 asouza.docx", Producer "macOS Quartz PDFContext"; the
///   XMP packet (compressed) says the same in `dc:title`, `dc:creator`,
///   `xmp:CreatorTool` and `pdf:Producer`.
fn reviewed_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id: ObjectId = doc.new_object_id();
    let page1_id: ObjectId = doc.new_object_id();
    let font = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let resources = dictionary! { "Font" => dictionary! { "F1" => font } };
    let content = |s: &str| Stream::new(dictionary! {}, format!("BT /F1 12 Tf 72 720 Td ({s}) Tj ET").into_bytes());

    // Page 1: the note, its pop-up, a highlight, a file attached to the page.
    let note_id = doc.new_object_id();
    let popup = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Popup", "Rect" => rect(300, 650, 500, 750), "Parent" => note_id,
    });
    doc.objects.insert(
        note_id,
        Object::Dictionary(dictionary! {
            "Type" => "Annot", "Subtype" => "Text", "Rect" => rect(72, 700, 92, 720),
            "T" => text("Ana Souza"), "Contents" => text("Is this figure right?"), "Popup" => popup,
            "StructParent" => 0,
        }),
    );
    let highlight = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Highlight", "Rect" => rect(72, 715, 250, 730),
        "T" => text("Ana Souza"), "Contents" => text("Check the source"),
        "QuadPoints" => vec![72.into(), 730.into(), 250.into(), 730.into(), 72.into(), 715.into(), 250.into(), 715.into()],
    });
    let notes_file = doc.add_object(Stream::new(
        dictionary! { "Type" => "EmbeddedFile", "Params" => dictionary! { "Size" => 18 } },
        b"FIELD-NOTES-SECRET".to_vec(),
    ));
    let attached = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "FileAttachment", "Rect" => rect(500, 700, 520, 720), "T" => text("Ana Souza"),
        "FS" => dictionary! { "Type" => "Filespec", "F" => text("field-notes.txt"), "UF" => text("field-notes.txt"), "EF" => dictionary! { "F" => notes_file } },
    });
    let content1 = doc.add_object(content(PAGE_1));
    doc.objects.insert(
        page1_id,
        Object::Dictionary(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "MediaBox" => rect(0, 0, 595, 842),
            "Resources" => resources.clone(), "Contents" => content1,
            "Annots" => vec![note_id.into(), popup.into(), highlight.into(), attached.into()],
            "StructParents" => 1,
        }),
    );

    // Page 2: a link, a link running JavaScript, a page action.
    let link = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(140, 715, 200, 730), "Border" => vec![0.into(), 0.into(), 0.into()],
        "A" => dictionary! { "S" => "URI", "URI" => text("https://www.ohchr.org/") },
    });
    let script_link = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(72, 715, 130, 730), "Border" => vec![0.into(), 0.into(), 0.into()],
        "A" => dictionary! { "S" => "JavaScript", "JS" => text("app.alert('link');") },
    });
    let content2 = doc.add_object(content(PAGE_2));
    let page2 = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "MediaBox" => rect(0, 0, 595, 842),
        "Resources" => resources, "Contents" => content2, "Annots" => vec![link.into(), script_link.into()],
        "AA" => dictionary! { "O" => dictionary! { "S" => "JavaScript", "JS" => text("this.print();") } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page1_id.into(), page2.into()], "Count" => 2 },
        ),
    );

    // The structure tree: the note is tagged, as Acrobat tags it.
    let struct_root = doc.new_object_id();
    let annot_elem = doc.add_object(dictionary! {
        "Type" => "StructElem", "S" => "Annot", "P" => struct_root, "Pg" => page1_id,
        "K" => dictionary! { "Type" => "OBJR", "Obj" => note_id, "Pg" => page1_id },
    });
    doc.objects.insert(
        struct_root,
        Object::Dictionary(dictionary! { "Type" => "StructTreeRoot", "K" => vec![annot_elem.into()] }),
    );

    // The catalogue: scripts, actions, an attached file, XMP.
    let budget = doc.add_object(Stream::new(
        dictionary! { "Type" => "EmbeddedFile" },
        b"PK-BUDGET-SECRET\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0".to_vec(),
    ));
    let budget_spec = dictionary! { "Type" => "Filespec", "F" => text("budget.xlsx"), "UF" => text("budget.xlsx"), "EF" => dictionary! { "F" => budget } };
    let open_action = doc
        .add_object(dictionary! { "S" => "JavaScript", "JS" => text("this.submitForm('https://collect.example/');") });
    let mut xmp = Stream::new(dictionary! { "Type" => "Metadata", "Subtype" => "XML" }, XMP.as_bytes().to_vec());
    xmp.compress().expect("lopdf compresses the XMP");
    let xmp = doc.add_object(xmp);
    let root = doc.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id, "StructTreeRoot" => struct_root,
        "MarkInfo" => dictionary! { "Marked" => true },
        "Names" => dictionary! {
            "JavaScript" => dictionary! { "Names" => vec![text("greeting"), Object::Dictionary(dictionary! { "S" => "JavaScript", "JS" => text("app.alert('Hello');") })] },
            "EmbeddedFiles" => dictionary! { "Names" => vec![text("budget.xlsx"), Object::Dictionary(budget_spec)] },
        },
        "OpenAction" => open_action,
        "AA" => dictionary! { "WC" => dictionary! { "S" => "JavaScript", "JS" => text("app.alert('bye');") } },
        "Metadata" => xmp,
    });
    doc.trailer.set("Root", root);
    let info = doc.add_object(dictionary! {
        "Title" => text("Housing report"), "Author" => text("Ana Souza"),
        "Creator" => text("Microsoft Word - draft 3 asouza.docx"), "Producer" => text("macOS Quartz PDFContext"),
    });
    doc.trailer.set("Info", info);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes the PDF");
    out
}

/// The fixture's XMP packet, as Word's "Save as PDF" writes one (trimmed).
const XMP: &str = r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Housing report</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>Ana Souza</rdf:li></rdf:Seq></dc:creator></rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><xmp:CreatorTool>Microsoft Word - draft 3 asouza.docx</xmp:CreatorTool><pdf:Producer>macOS Quartz PDFContext</pdf:Producer></rdf:Description>
</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"#;

/// A plain one-page PDF saying [`PAGE_1`], for the encryption tests.
fn plain_pdf() -> Vec<u8> {
    one_page(Vec::new())
}

/// A one-page PDF saying [`PAGE_1`], with `annots` on its page.
fn one_page(annots: Vec<Object>) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id: ObjectId = doc.new_object_id();
    let font = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let content =
        doc.add_object(Stream::new(dictionary! {}, format!("BT /F1 12 Tf 72 720 Td ({PAGE_1}) Tj ET").into_bytes()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "MediaBox" => rect(0, 0, 595, 842),
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } }, "Contents" => content,
        "Annots" => annots,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
    );
    let root = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", root);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes the PDF");
    out
}

fn clean(bytes: &[u8]) -> Cleaned {
    clean_pdf(bytes, &Limits::default()).unwrap_or_else(|e| panic!("the clean copy is made: {e}"))
}

/// The report of a PDF that must read.
fn check(bytes: &[u8]) -> Report {
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    let report = submission_checker::check_with(bytes, "contribution.pdf", &call, None, &Options::default());
    assert!(report.error.is_none(), "{:?}", report.error);
    report
}

/// The findings of the kinds the clean copy removes.
fn removed_kinds(r: &Report) -> Vec<&'static str> {
    r.findings
        .iter()
        .map(|f| f.key)
        .filter(|k| {
            matches!(
                *k,
                "pdf-annotations"
                    | "pdf-javascript"
                    | "embedded-files"
                    | "embedded-files.pdf"
                    | "personal-metadata.pdf-author"
                    | "personal-metadata.pdf-creator"
            )
        })
        .collect()
}

#[test]
fn the_copy_has_none_of_what_the_check_found() {
    let original = reviewed_pdf();
    let before = check(&original);
    let mut found = removed_kinds(&before);
    found.sort_unstable();
    assert_eq!(
        found,
        [
            "embedded-files.pdf",
            "pdf-annotations",
            "pdf-javascript",
            "personal-metadata.pdf-author",
            "personal-metadata.pdf-creator"
        ]
    );
    let copy = clean(&original);
    let after = check(&copy.bytes);
    assert_eq!(removed_kinds(&after), Vec::<&str>::new());
}

#[test]
fn what_was_removed_is_counted_kind_by_kind() {
    let copy = clean(&reviewed_pdf());
    assert_eq!(
        copy.removed,
        Removed {
            // The note and the highlight (the pop-up is the note's; the attached file counts as a file).
            annotations: 2,
            // "greeting", the open action, the catalogue's /AA, the page's /AA, the link's JavaScript.
            scripts: 5,
            // field-notes.txt and budget.xlsx.
            embedded_files: 2,
            // /Author and /Creator.
            info_fields: 2,
            // dc:creator and xmp:CreatorTool.
            xmp_properties: 2,
            xmp_dropped: false,
            decrypted: false,
            signatures: 0,
        }
    );
}

#[test]
fn the_copy_shows_what_the_original_shows() {
    let original = reviewed_pdf();
    let (before, after) = (check(&original), check(&clean(&original).bytes));
    assert_eq!(after.words.body, before.words.body);
    assert_eq!(after.words.notes, before.words.notes);
    assert_eq!(after.pages, Some(2));
    assert_eq!(after.pages, before.pages);
    assert_eq!(after.title.as_deref(), Some("Housing report"));
    assert_eq!(after.title, before.title);
    let links = |r: &Report| r.links.iter().map(|l| (l.url.clone(), l.text.clone())).collect::<Vec<_>>();
    assert_eq!(links(&after), links(&before));
    assert_eq!(after.links.iter().map(|l| l.url.as_str()).collect::<Vec<_>>(), ["https://www.ohchr.org/"]);
    assert_eq!(after.language, before.language);
}

/// Every string and every decoded stream of a PDF, as lopdf loads it.
fn all_text(pdf: &[u8]) -> Vec<Vec<u8>> {
    fn walk(obj: &Object, out: &mut Vec<Vec<u8>>) {
        match obj {
            Object::String(s, _) => out.push(s.clone()),
            Object::Name(n) => out.push(n.clone()),
            Object::Array(a) => a.iter().for_each(|o| walk(o, out)),
            Object::Dictionary(d) => d.iter().for_each(|(_, o)| walk(o, out)),
            Object::Stream(s) => {
                s.dict.iter().for_each(|(_, o)| walk(o, out));
                out.push(s.decompressed_content().unwrap_or_else(|_| s.content.clone()));
            }
            _ => {}
        }
    }
    let doc = Document::load_mem(pdf).expect("lopdf loads the copy");
    let mut out = Vec::new();
    walk(&Object::Dictionary(doc.trailer.clone()), &mut out);
    doc.objects.values().for_each(|o| walk(o, &mut out));
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn nothing_removed_is_left_in_the_file() {
    let original = reviewed_pdf();
    // The fixture holds each of them, so that the test below can fail.
    let before = all_text(&original);
    for needle in GONE {
        assert!(before.iter().any(|t| contains(t, needle)), "the fixture holds {needle}");
    }
    let copy = clean(&original).bytes;
    let after = all_text(&copy);
    for needle in GONE {
        assert!(!contains(&copy, needle), "the copy's bytes hold {needle}");
        assert!(!after.iter().any(|t| contains(t, needle)), "an object of the copy holds {needle}");
    }
    for kept in ["Housing report", "macOS Quartz PDFContext", "https://www.ohchr.org/", PAGE_1, PAGE_2] {
        assert!(after.iter().any(|t| contains(t, kept)), "the copy keeps {kept}");
    }
    // A full rewrite: one revision, one cross-reference table.
    let count = |needle: &str| copy.windows(needle.len()).filter(|w| *w == needle.as_bytes()).count();
    assert_eq!((count("%%EOF"), count("startxref")), (1, 1));
}

#[test]
fn the_xmp_packet_keeps_its_title_and_producer() {
    let copy = clean(&reviewed_pdf()).bytes;
    let xmp = all_text(&copy).into_iter().find(|t| contains(t, "x:xmpmeta")).expect("the copy keeps its XMP");
    let xmp = String::from_utf8(xmp).expect("UTF-8");
    assert!(xmp.contains("<rdf:li xml:lang=\"x-default\">Housing report</rdf:li>"), "{xmp}");
    assert!(xmp.contains("<pdf:Producer>macOS Quartz PDFContext</pdf:Producer>"), "{xmp}");
    assert!(!xmp.contains("creator") && !xmp.contains("CreatorTool"), "{xmp}");
}

#[test]
fn annotations_written_inside_the_page_go_too() {
    // Direct dictionaries in /Annots, not objects of their own: a sticky note,
    // a square by Ana Souza, and a link.
    let annots = vec![
        Object::Dictionary(dictionary! {
            "Type" => "Annot", "Subtype" => "Text", "Rect" => rect(72, 700, 92, 720),
            "T" => text("Ana Souza"), "Contents" => text("Is this figure right?"),
        }),
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Square", "Rect" => rect(60, 690, 300, 740), "T" => text("Ana Souza") },
        ),
        Object::Dictionary(dictionary! {
            "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(72, 715, 300, 730),
            "A" => dictionary! { "S" => "URI", "URI" => text("https://www.ohchr.org/") },
        }),
    ];
    let original = one_page(annots);
    let copy = clean(&original);
    assert_eq!(copy.removed, Removed { annotations: 2, ..Removed::default() });
    for needle in ["Ana Souza", "Is this figure right?", "/Square"] {
        assert!(!contains(&copy.bytes, needle), "{needle}");
    }
    let after = check(&copy.bytes);
    assert_eq!(removed_kinds(&after), Vec::<&str>::new());
    assert_eq!(after.links.iter().map(|l| l.url.as_str()).collect::<Vec<_>>(), ["https://www.ohchr.org/"]);
}

#[test]
fn pages_whose_page_tree_is_missing_are_kept() {
    // The catalogue's /Pages names an object the file does not hold; the one
    // page says PAGE_1. poppler reads it by taking the page objects in order.
    let mut doc = Document::load_mem(&plain_pdf()).expect("lopdf reads it back");
    let root = doc.trailer.get(b"Root").and_then(Object::as_reference).expect("a catalogue");
    let pages = doc.catalog().and_then(|c| c.get(b"Pages")).and_then(Object::as_reference).expect("a page tree");
    doc.objects.remove(&pages);
    doc.get_dictionary_mut(root).expect("the catalogue").set("Pages", (99, 0));
    let mut original = Vec::new();
    doc.save_to(&mut original).expect("lopdf writes it");
    let copy = clean(&original);
    assert!(copy.removed.is_empty(), "{:?}", copy.removed);
    let path = temp("pagetree", "copy.pdf", &copy.bytes);
    let (ok, said) = qpdf_check(&path);
    assert!(ok, "qpdf --check: {said}");
    assert_eq!(pdftotext(&path).trim(), PAGE_1);
}

#[test]
fn a_pdf_with_nothing_to_remove_loses_nothing() {
    let original = plain_pdf();
    let copy = clean(&original);
    assert!(copy.removed.is_empty(), "{:?}", copy.removed);
    assert_eq!(check(&copy.bytes).words.body, check(&original).words.body);
}

#[test]
fn an_unreadable_pdf_gives_the_readers_error() {
    let limits = Limits::default();
    let read = |b: &[u8]| submission_checker::read::read(b, submission_checker::sniff::Format::Pdf, &limits);
    let mut cut_short = reviewed_pdf();
    cut_short.truncate(200);
    let too_big_limits = Limits { max_file_bytes: 100, ..Limits::default() };
    for bytes in
        [&b"%PDF-1.7\n%%EOF"[..], b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", &cut_short]
    {
        let expected = read(bytes).expect_err("the reader refuses it");
        assert_eq!(clean_pdf(bytes, &limits).expect_err("no copy"), expected);
    }
    let big = reviewed_pdf();
    assert_eq!(clean_pdf(&big, &too_big_limits).expect_err("too large").code(), "too-large");
}

// --- Independent readers: qpdf and poppler ---

/// Runs a tool that `scripts/setup` installs; fails the test with what to do when it is missing.
fn run(tool: &str, args: &[&str]) -> std::process::Output {
    Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} is needed by this test ({e}): run scripts/setup, which installs qpdf and poppler-utils from apt")
    })
}

/// A file in a fresh temporary folder for one test.
fn temp(test: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("clean-pdf-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("written");
    path
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temporary path")
}

/// `qpdf --check`: exit 0 (no errors, no warnings), and its words.
fn qpdf_check(path: &Path) -> (bool, String) {
    let out = run("qpdf", &["--check", path_str(path)]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code() == Some(0), said)
}

fn pdftotext(path: &Path) -> String {
    let out = run("pdftotext", &[path_str(path), "-"]);
    assert!(out.status.success(), "pdftotext {}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pdfinfo(path: &Path) -> String {
    let out = run("pdfinfo", &[path_str(path)]);
    assert!(out.status.success(), "pdfinfo {}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn qpdf_and_poppler_read_the_copy_as_the_original() {
    let original = temp("readers", "original.pdf", &reviewed_pdf());
    let copy = temp("readers", "copy.pdf", &clean(&std::fs::read(&original).expect("read")).bytes);
    let (ok, said) = qpdf_check(&copy);
    assert!(ok, "qpdf --check on the copy: {said}");
    let text = pdftotext(&copy);
    assert_eq!(text, pdftotext(&original));
    assert!(text.contains(PAGE_1) && text.contains(PAGE_2), "{text}");

    // poppler sees the original's script and author, and neither in the copy.
    let (before, after) = (pdfinfo(&original), pdfinfo(&copy));
    let field = |info: &str, key: &str| {
        info.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix(':').map(|v| v.trim().to_string()))
    };
    assert_eq!(field(&before, "JavaScript").as_deref(), Some("yes"), "{before}");
    assert_eq!(field(&before, "Author").as_deref(), Some("Ana Souza"), "{before}");
    assert_eq!(field(&after, "JavaScript").as_deref(), Some("no"), "{after}");
    assert_eq!((field(&after, "Author"), field(&after, "Creator")), (None, None), "{after}");
    for key in ["Title", "Producer", "Pages", "Tagged", "Page size"] {
        assert_eq!(field(&after, key), field(&before, key), "{key}");
    }
    assert_eq!((pdfdetach_count(&original), pdfdetach_count(&copy)), (Some(2), Some(0)));
}

#[test]
fn an_encrypted_pdf_that_opens_without_a_password_is_written_decrypted() {
    // qpdf encrypts it with an empty user password, an owner password, and no printing or copying.
    let plain = temp("encrypted", "plain.pdf", &plain_pdf());
    let locked = plain.with_file_name("locked.pdf");
    let out = run(
        "qpdf",
        &[
            "--encrypt",
            "",
            "owner-secret",
            "256",
            "--print=none",
            "--extract=n",
            "--",
            path_str(&plain),
            path_str(&locked),
        ],
    );
    assert!(out.status.success(), "qpdf --encrypt: {}", String::from_utf8_lossy(&out.stderr));
    let copy = clean(&std::fs::read(&locked).expect("read"));
    assert!(copy.removed.decrypted);
    assert_eq!(copy.removed, Removed { decrypted: true, ..Removed::default() });
    let copy_path = temp("encrypted", "copy.pdf", &copy.bytes);
    let shown = run("qpdf", &["--show-encryption", path_str(&copy_path)]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains("File is not encrypted"));
    let (ok, said) = qpdf_check(&copy_path);
    assert!(ok, "qpdf --check: {said}");
    assert_eq!(pdftotext(&copy_path), pdftotext(&plain));
}

#[test]
fn a_pdf_that_needs_a_password_gives_no_copy() {
    let plain = temp("password", "plain.pdf", &plain_pdf());
    let locked = plain.with_file_name("locked.pdf");
    let out =
        run("qpdf", &["--encrypt", "user-secret", "owner-secret", "256", "--", path_str(&plain), path_str(&locked)]);
    assert!(out.status.success(), "qpdf --encrypt: {}", String::from_utf8_lossy(&out.stderr));
    let err = clean_pdf(&std::fs::read(&locked).expect("read"), &Limits::default()).expect_err("no copy");
    assert_eq!(err.code(), "password-protected");
}

// --- Each kind of review annotation ---

/// A one-page PDF saying [`PAGE_1`] with, on the page, Ana Souza's
/// strike-out ("STRIKE-REMARK"), ink drawing ("INK-REMARK"), free text
/// ("FREE-TEXT-REMARK", whose appearance stream draws those words on the
/// page), caret ("CARET-REMARK") and attached file ("ATTACHED-REMARK",
/// notes.txt holding `ATTACHED-SECRET`), each an object of its own, and a
/// link to https://www.ohchr.org/.
fn marked_up_pdf() -> Vec<u8> {
    let mut doc = Document::load_mem(&plain_pdf()).expect("lopdf reads it back");
    let page = *doc.get_pages().get(&1).expect("one page");
    let by_ana = |subtype: &str, remark: &str, r: Object| {
        dictionary! { "Type" => "Annot", "Subtype" => subtype, "Rect" => r, "T" => text("Ana Souza"), "Contents" => text(remark) }
    };
    let quad = vec![72.into(), 730.into(), 250.into(), 730.into(), 72.into(), 715.into(), 250.into(), 715.into()];
    let mut strike = by_ana("StrikeOut", "STRIKE-REMARK", rect(72, 715, 250, 730));
    strike.set("QuadPoints", quad);
    let mut ink = by_ana("Ink", "INK-REMARK", rect(300, 600, 400, 700));
    ink.set(
        "InkList",
        vec![Object::Array(vec![300.into(), 600.into(), 350.into(), 690.into(), 400.into(), 610.into()])],
    );
    let font = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let appearance = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form", "BBox" => rect(0, 0, 200, 20),
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        },
        b"BT /F1 10 Tf 2 6 Td (FREE-TEXT-REMARK) Tj ET".to_vec(),
    ));
    let mut free_text = by_ana("FreeText", "FREE-TEXT-REMARK", rect(72, 500, 272, 520));
    free_text.set("DA", text("/Helv 10 Tf 0 g"));
    free_text.set("AP", dictionary! { "N" => appearance });
    let caret = by_ana("Caret", "CARET-REMARK", rect(250, 715, 260, 730));
    let notes = doc.add_object(Stream::new(dictionary! { "Type" => "EmbeddedFile" }, b"ATTACHED-SECRET".to_vec()));
    let mut attached = by_ana("FileAttachment", "ATTACHED-REMARK", rect(500, 700, 520, 720));
    attached.set(
        "FS",
        dictionary! { "Type" => "Filespec", "F" => text("notes.txt"), "EF" => dictionary! { "F" => notes } },
    );
    let link = dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(72, 715, 300, 730),
        "A" => dictionary! { "S" => "URI", "URI" => text("https://www.ohchr.org/") },
    };
    let annots: Vec<Object> =
        [strike, ink, free_text, caret, attached, link].into_iter().map(|a| doc.add_object(a).into()).collect();
    doc.get_dictionary_mut(page).expect("the page").set("Annots", annots);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes the PDF");
    out
}

/// The subtypes of the annotations on each page, as `qpdf --json` reads them.
fn qpdf_annotations(path: &Path) -> Vec<String> {
    let objects = qpdf_objects(path);
    let pages = objects.values().map(|o| &o["value"]).filter(|v| v["/Type"] == "/Page");
    let annots = pages.flat_map(|p| qpdf_value(&objects, &p["/Annots"]).as_array().cloned().unwrap_or_default());
    annots.map(|a| qpdf_value(&objects, &a)["/Subtype"].as_str().unwrap_or("?").to_string()).collect()
}

#[test]
fn strike_outs_ink_free_text_carets_and_attached_files_go_and_the_link_stays() {
    let original = marked_up_pdf();
    let (original_path, copy) = (temp("markup", "original.pdf", &original), clean(&original));
    let copy_path = temp("markup", "copy.pdf", &copy.bytes);
    assert_eq!(
        qpdf_annotations(&original_path),
        ["/StrikeOut", "/Ink", "/FreeText", "/Caret", "/FileAttachment", "/Link"]
    );
    assert_eq!(qpdf_annotations(&copy_path), ["/Link"]);
    // Four review annotations; the attached file counts as a file.
    assert_eq!(copy.removed, Removed { annotations: 4, embedded_files: 1, ..Removed::default() });
    let gone = [
        "Ana Souza",
        "STRIKE-REMARK",
        "INK-REMARK",
        "FREE-TEXT-REMARK",
        "CARET-REMARK",
        "ATTACHED-SECRET",
        "notes.txt",
    ];
    for needle in gone {
        assert!(all_text(&original).iter().any(|t| contains(t, needle)), "the fixture holds {needle}");
        assert!(!all_text(&copy.bytes).iter().any(|t| contains(t, needle)), "the copy holds {needle}");
    }
    assert_eq!(removed_kinds(&check(&copy.bytes)), Vec::<&str>::new());
    let after = check(&copy.bytes);
    assert_eq!(after.links.iter().map(|l| l.url.as_str()).collect::<Vec<_>>(), ["https://www.ohchr.org/"]);
    // poppler draws the free text's appearance on the page of the original only.
    let (before_text, after_text) = (pdftotext(&original_path), pdftotext(&copy_path));
    assert!(before_text.contains("FREE-TEXT-REMARK"), "{before_text}");
    assert_eq!(lines_removed(&before_text, &after_text), Some(vec!["FREE-TEXT-REMARK".to_string()]));
    assert_eq!((pdfdetach_count(&original_path), pdfdetach_count(&copy_path)), (Some(1), Some(0)));
    let (ok, said) = qpdf_check(&copy_path);
    assert!(ok, "qpdf --check: {said}");
}

// --- XFA forms ---

/// The XFA template of [`xfa_form`] with two scripts: one that runs when the
/// form opens (it names `XFA-SECRET-SCRIPT`), and a button that sends the
/// form's data to collect.example.
const XFA_WITH_SCRIPTS: &str = r#"<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1" layout="tb">
<pageSet><pageArea name="Page1"><contentArea x="0.25in" y="0.25in" w="8in" h="10.5in"/></pageArea></pageSet>
<field name="name"><ui><textEdit/></ui><event activity="initialize"><script contentType="application/x-javascript">app.alert("XFA-SECRET-SCRIPT");</script></event></field>
<field name="send"><ui><button/></ui><event activity="click"><submit target="https://collect.example/xfa" format="xml"/></event></field>
</subform></template>"#;

/// The same form without a script.
const XFA_WITHOUT_SCRIPTS: &str = r#"<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1" layout="tb">
<pageSet><pageArea name="Page1"><contentArea x="0.25in" y="0.25in" w="8in" h="10.5in"/></pageArea></pageSet>
<field name="name"><ui><textEdit/></ui></field></subform></template>"#;

/// A one-page PDF saying [`PAGE_1`] with a text field "name" (an AcroForm
/// field and its widget) and, when `template` is given, an XFA form cut in
/// packets as LiveCycle writes it: `/XFA [(xdp:xdp) … (template) …
/// (datasets) … (</xdp:xdp>) …]`. `dynamic` sets the catalogue's
/// `/NeedsRendering true` (the form draws the pages).
fn form_pdf(template: Option<&str>, dynamic: bool) -> Vec<u8> {
    let mut doc = Document::load_mem(&plain_pdf()).expect("lopdf reads it back");
    let page = *doc.get_pages().get(&1).expect("one page");
    let field = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx", "T" => text("name"),
        "Rect" => rect(72, 600, 300, 620), "P" => page,
    });
    doc.get_dictionary_mut(page).expect("the page").set("Annots", vec![field.into()]);
    let mut form = dictionary! { "Fields" => vec![field.into()] };
    if let Some(template) = template {
        let packets = [
            ("xdp:xdp", r#"<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">"#),
            ("template", template),
            (
                "datasets",
                r#"<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1><name>Ana</name></form1></xfa:data></xfa:datasets>"#,
            ),
            ("</xdp:xdp>", "</xdp:xdp>"),
        ];
        let mut xfa = Vec::new();
        for (name, xml) in packets {
            let mut stream = Stream::new(dictionary! {}, xml.as_bytes().to_vec());
            stream.compress().expect("lopdf compresses it");
            xfa.push(text(name));
            xfa.push(doc.add_object(stream).into());
        }
        form.set("XFA", xfa);
    }
    let root = doc.trailer.get(b"Root").and_then(Object::as_reference).expect("a catalogue");
    let form = doc.add_object(form);
    let catalog = doc.get_dictionary_mut(root).expect("the catalogue");
    catalog.set("AcroForm", form);
    if dynamic {
        catalog.set("NeedsRendering", true);
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes the PDF");
    out
}

/// The objects of a PDF as `qpdf --json` gives them (`"obj:N 0 R"` → `{"value": …}`, and `"trailer"`).
fn qpdf_objects(path: &Path) -> serde_json::Map<String, serde_json::Value> {
    let out = run("qpdf", &["--json", "--json-stream-data=none", path_str(path)]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("qpdf --json writes JSON");
    json["qpdf"][1].as_object().expect("qpdf's objects").clone()
}

/// A value of `qpdf --json`, a reference followed.
fn qpdf_value<'a>(
    objects: &'a serde_json::Map<String, serde_json::Value>,
    v: &'a serde_json::Value,
) -> &'a serde_json::Value {
    match v.as_str().filter(|s| s.ends_with(" R")) {
        Some(r) => &objects[&format!("obj:{r}")]["value"],
        None => v,
    }
}

/// The catalogue's `/AcroForm`, as qpdf reads it.
fn qpdf_acroform(path: &Path) -> serde_json::Value {
    let objects = qpdf_objects(path);
    let root = qpdf_value(&objects, &objects["trailer"]["value"]["/Root"]);
    qpdf_value(&objects, &root["/AcroForm"]).clone()
}

#[test]
fn the_scripts_of_an_xfa_form_are_found_and_removed_with_the_form() {
    let original = form_pdf(Some(XFA_WITH_SCRIPTS), false);
    let before = check(&original);
    let scripts = before.findings.iter().find(|f| f.key == "pdf-javascript").expect("the XFA scripts are found");
    // The initialize script and the submit button.
    assert_eq!(scripts.params["count"], submission_checker::report::Param::Int(2));
    let part = scripts.location.as_ref().and_then(|l| l.part.as_ref());
    assert_eq!(part, Some(&submission_checker::document::Part::XfaScript));
    assert_eq!(scripts.place.as_deref(), Some("a script of the XFA form"));

    let copy = clean(&original);
    assert_eq!(copy.removed, Removed { scripts: 2, ..Removed::default() });
    assert_eq!(removed_kinds(&check(&copy.bytes)), Vec::<&str>::new());
    for needle in ["XFA-SECRET-SCRIPT", "collect.example", "xfa-template"] {
        assert!(all_text(&original).iter().any(|t| contains(t, needle)), "the fixture holds {needle}");
        assert!(!all_text(&copy.bytes).iter().any(|t| contains(t, needle)), "the copy holds {needle}");
    }
    // qpdf: the form has lost /XFA and kept its field; poppler shows the same page.
    let (original_path, copy_path) = (temp("xfa", "original.pdf", &original), temp("xfa", "copy.pdf", &copy.bytes));
    let (form_before, form_after) = (qpdf_acroform(&original_path), qpdf_acroform(&copy_path));
    assert!(form_before.get("/XFA").is_some(), "{form_before}");
    assert_eq!(form_after.get("/XFA"), None, "{form_after}");
    assert_eq!(form_after["/Fields"].as_array().map(Vec::len), Some(1), "{form_after}");
    let (ok, said) = qpdf_check(&copy_path);
    assert!(ok, "qpdf --check: {said}");
    assert_eq!(pdftotext(&copy_path), pdftotext(&original_path));
}

#[test]
fn an_xfa_form_without_scripts_and_a_form_without_xfa_are_left_as_they_are() {
    for (what, original, xfa) in [
        ("an XFA form without scripts", form_pdf(Some(XFA_WITHOUT_SCRIPTS), false), true),
        ("an AcroForm without XFA", form_pdf(None, false), false),
    ] {
        assert_eq!(removed_kinds(&check(&original)), Vec::<&str>::new(), "{what}");
        let copy = clean(&original);
        assert!(copy.removed.is_empty(), "{what}: {:?}", copy.removed);
        let form = qpdf_acroform(&temp("xfa-kept", "copy.pdf", &copy.bytes));
        assert_eq!(form.get("/XFA").is_some(), xfa, "{what}: {form}");
        assert_eq!(form["/Fields"].as_array().map(Vec::len), Some(1), "{what}: {form}");
    }
}

#[test]
fn a_dynamic_xfa_form_with_scripts_is_refused_in_the_persons_language() {
    let original = form_pdf(Some(XFA_WITH_SCRIPTS), true);
    let err = clean_pdf(&original, &Limits::default()).expect_err("no copy");
    assert_eq!(err.code(), "corrupt");
    assert!(err.detail().starts_with("a clean copy of this PDF cannot be made: it is a dynamic XFA form"), "{err}");
    // The command line says it in French under --lang fr.
    let path = temp("xfa-dynamic", "form.pdf", &original);
    let out = run(env!("CARGO_BIN_EXE_submission-checker"), &["clean", path_str(&path), "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("c’est un formulaire XFA dynamique qui contient des scripts"), "{said}");
    assert!(!said.contains("cannot be made"), "{said}");
    assert!(!path.with_file_name("form (clean).pdf").exists());
}

// --- The corpus ---

#[test]
#[ignore = "needs ../shared/corpus"]
fn every_readable_corpus_pdf_is_cleaned() {
    let dir = common::corpus_dir().join("pdf");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the corpus's pdf folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    paths.sort();
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    let mut cleaned = 0;
    let mut with_findings = 0;
    let (mut text_checked, mut text_exceptions) = (0, 0);
    let (mut copies_searched, mut words_searched, mut words_exceptions) = (0, 0, 0);
    let mut xfa_forms = 0;
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let bytes = std::fs::read(path).expect("readable");
        let before = submission_checker::check_with(&bytes, &name, &call, None, &Options::default());
        if before.error.is_some() {
            continue;
        }
        with_findings += usize::from(!removed_kinds(&before).is_empty());
        let copy = match clean_pdf(&bytes, &Limits::default()) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{name}: no copy: {e}"));
                continue;
            }
        };
        cleaned += 1;
        let after = submission_checker::check_with(&copy.bytes, &name, &call, None, &Options::default());
        let mut wrong = Vec::new();
        if after.error.is_some() {
            wrong.push(format!("the copy does not read: {:?}", after.error));
        }
        let left: Vec<_> = removed_kinds(&after)
            .into_iter()
            // Annotations the copy keeps on purpose (Redact, media...) are still reported.
            .filter(|k| !(*k == "pdf-annotations" && kept_only(&copy.bytes)))
            .collect();
        if !left.is_empty() {
            wrong.push(format!("still {left:?}"));
        }
        if (after.words.body, after.words.notes) != (before.words.body, before.words.notes) {
            wrong.push(format!("words {:?} → {:?}", before.words.body, after.words.body));
        }
        let links = |r: &Report| r.links.iter().map(|l| (l.url.clone(), l.text.clone())).collect::<Vec<_>>();
        if links(&after) != links(&before) {
            wrong.push("links differ".into());
        }
        if after.pages != before.pages || after.language.main != before.language.main {
            wrong.push("pages or language differ".into());
        }
        let copy_path = temp("corpus", &name, &copy.bytes);
        let (ok, said) = qpdf_check(&copy_path);
        if !ok {
            let original_ok = qpdf_check(path).0;
            wrong.push(format!(
                "qpdf --check (original passes: {original_ok}): {}",
                said.lines().take(3).collect::<Vec<_>>().join(" | ")
            ));
        }
        // poppler, on the original and the copy: the same text, no script, no attachment left.
        // pdftotext shows the text drawn by annotations' appearances too: the
        // copy's lacks exactly the lines listed for the files whose removed
        // annotations draw words on the page.
        let drawn = DRAWN_BY_REMOVED_ANNOTATIONS.iter().find(|(file, _, _)| *file == name).map(|(_, lines, _)| *lines);
        match lines_removed(&pdftotext(path), &pdftotext(&copy_path)) {
            Some(gone) if gone == drawn.unwrap_or_default() => {
                if !gone.is_empty() {
                    println!("{name}: pdftotext: the copy lacks {gone:?}, drawn by removed annotations");
                    text_exceptions += 1;
                }
            }
            Some(gone) => wrong.push(format!("pdftotext: the copy lacks {gone:?}, {drawn:?} listed")),
            None if UNREAD_BY_POPPLER.contains(&name.as_str()) => {
                println!("{name}: pdftotext reads the copy, not the original");
                text_exceptions += 1;
            }
            None => wrong.push("pdftotext: the copy's text is not the original's less some lines".into()),
        }
        text_checked += 1;
        // No XFA script is left in a decoded stream (the form that held one goes whole).
        let copy_contents = QpdfContents::of(&copy_path);
        let xfa_script = |c: &QpdfContents| c.holds("<script ") || c.holds("<script>");
        if xfa_script(&copy_contents) {
            wrong.push("an XFA <script> is left".into());
        } else if xfa_script(&QpdfContents::of(path)) {
            println!("{name}: its XFA form held scripts, {} scripts removed", copy.removed.scripts);
            xfa_forms += 1;
        }
        // Nothing removed is left in any object or decoded stream of the copy (qpdf decodes them).
        if !removed_kinds(&before).is_empty() {
            let shown = pdftotext(path);
            for said in removed_words(path) {
                if copy_contents.holds(&said) {
                    if SHOWN_ON_THE_PAGES.contains(&(name.as_str(), said.as_str())) && shown.contains(&said) {
                        println!("{name}: {said:?} is still in the copy: the pages show it");
                        words_exceptions += 1;
                    } else {
                        wrong.push(format!("the copy still holds {said:?}"));
                    }
                }
                words_searched += 1;
            }
            copies_searched += 1;
        }
        let info = pdfinfo(&copy_path);
        if info.lines().any(|l| l.starts_with("JavaScript:") && l.ends_with("yes")) {
            wrong.push("pdfinfo: JavaScript: yes".into());
        }
        // What the check counted against what was removed.
        let counted = |key: &str| {
            before.findings.iter().find(|f| f.key == key).map_or(0, |f| match f.params.get("count") {
                Some(submission_checker::report::Param::Int(n)) => *n as usize,
                _ => 0,
            })
        };
        let (notes, scripts) = (counted("pdf-annotations"), counted("pdf-javascript"));
        if (notes, scripts) != (copy.removed.annotations, copy.removed.scripts) {
            println!(
                "{name}: the check counted {notes} annotations and {scripts} scripts; removed {} and {}",
                copy.removed.annotations, copy.removed.scripts
            );
        }
        let (files_before, files_after) = (pdfdetach_count(path), pdfdetach_count(&copy_path));
        if files_after != Some(0) {
            wrong.push(format!("pdfdetach: {files_after:?} embedded files"));
        }
        if files_before != Some(copy.removed.embedded_files) {
            println!(
                "{name}: pdfdetach lists {files_before:?} embedded files, {} removed",
                copy.removed.embedded_files
            );
        }
        println!(
            "{name}: {:?}{}",
            copy.removed,
            if wrong.is_empty() { String::new() } else { format!(" WRONG: {wrong:?}") }
        );
        if !wrong.is_empty() {
            failures.push(format!("{name}: {}", wrong.join("; ")));
        }
    }
    println!("{cleaned} corpus PDFs cleaned, {with_findings} of them with something to remove");
    println!("pdftotext: {text_checked} copies compared with their originals, {text_exceptions} listed exceptions");
    println!(
        "qpdf: {words_searched} removed texts and names searched in {copies_searched} copies, \
         {words_exceptions} found where the pages show them"
    );
    assert!(with_findings > 0, "the corpus has PDFs with something to remove");
    assert!(words_searched > 0, "the corpus has annotations and authors to search for");
    // lopdf__encrypted.pdf, a LiveCycle form whose template runs JavaScript.
    assert!(xfa_forms > 0, "the corpus has an XFA form with scripts");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Corpus PDFs whose text poppler cannot read and the copy's it can: the
/// cross-reference table is damaged and the page tree's root is missing
/// (`qpdf --check`: "xref not found"; pdftotext prints nothing), so the
/// checker, like poppler's own fallback, takes the page objects in order,
/// and the copy's new page tree lists them.
const UNREAD_BY_POPPLER: &[&str] = &["sample-files__unreadablemetadata.pdf"];

/// Corpus PDFs whose removed annotations draw words on the page, which
/// pdftotext shows (poppler draws annotations' appearances): the lines the
/// copy's text lacks, and what drew them.
const DRAWN_BY_REMOVED_ANNOTATIONS: &[(&str, &[&str], &str)] = &[
    (
        "pdfplumber__annotations.pdf",
        &["PDF file"],
        "its stamps' appearance is a form that draws \"PDF file\" in a font of its own, over the page's line",
    ),
    (
        "tika__testAnnotations.pdf",
        &["Here is a", "comment"],
        "a free-text annotation by Michael McCandless saying \"Here is a comment\", in two lines",
    ),
];

/// Texts of removed annotations, or authors' names, that the copy still
/// holds because its pages show them too (pdftotext of the original finds
/// them: the test checks it): content, not metadata.
const SHOWN_ON_THE_PAGES: &[(&str, &str)] = &[
    // The Info /Author is "USCIS", and the form's pages name USCIS seven times.
    ("lopdf__encrypted.pdf", "USCIS"),
    // The Info /Author is "Supreme", the first word of "Supreme Court" on the page.
    ("pdfplumber__scotus-transcript-p1.pdf", "Supreme"),
];

/// What the clean copy of `path` must no longer hold, read by qpdf: the
/// `/Contents` and `/T` (author) of its review annotations and their pop-ups,
/// the Info dictionary's `/Author` and the XMP packet's `dc:creator` names;
/// each of at least four characters (shorter ones occur by chance in any
/// font or image data).
fn removed_words(path: &Path) -> Vec<String> {
    let objects = qpdf_decoded(path);
    let mut words = Vec::new();
    fn annotations(v: &serde_json::Value, words: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(d) => {
                let subtype = d.get("/Subtype").and_then(|s| s.as_str()).unwrap_or("");
                if REVIEW.contains(&subtype.trim_start_matches('/')) {
                    words.extend(["/Contents", "/T"].iter().filter_map(|k| d.get(*k).and_then(qpdf_text)));
                }
                d.values().for_each(|v| annotations(v, words));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| annotations(v, words)),
            _ => {}
        }
    }
    objects.values().for_each(|o| annotations(o, &mut words));
    let trailer = &objects["trailer"]["value"];
    words.extend(qpdf_text(&qpdf_value(&objects, &trailer["/Info"])["/Author"]));
    let root = qpdf_value(&objects, &trailer["/Root"]);
    if let Some(r) = root["/Metadata"].as_str() {
        if let Some(file) = objects[&format!("obj:{r}")]["stream"]["datafile"].as_str() {
            words.extend(xmp_creators(&String::from_utf8_lossy(&std::fs::read(file).unwrap_or_default())));
        }
    }
    let mut words: Vec<String> =
        words.iter().map(|w| w.trim().to_string()).filter(|w| w.chars().count() >= 4).collect();
    words.sort();
    words.dedup();
    words
}

/// The annotation subtypes the clean copy removes, and pop-ups.
const REVIEW: &[&str] = &[
    "Text",
    "FreeText",
    "Line",
    "Square",
    "Circle",
    "Polygon",
    "PolyLine",
    "Highlight",
    "Underline",
    "Squiggly",
    "StrikeOut",
    "Caret",
    "Ink",
    "Stamp",
    "Sound",
    "FileAttachment",
    "Popup",
];

/// The names in an XMP packet's `dc:creator` (its `rdf:li` items).
fn xmp_creators(xmp: &str) -> Vec<String> {
    let mut names = Vec::new();
    for creator in xmp.split("<dc:creator").skip(1) {
        let creator = creator.split("</dc:creator>").next().unwrap_or("");
        for li in creator.split("<rdf:li").skip(1) {
            let value = li.split_once('>').map_or("", |(_, v)| v).split('<').next().unwrap_or("");
            names.push(value.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
        }
    }
    names
}

/// The objects of a PDF as `qpdf --json` reads them, each stream's data
/// decoded into a file of its own (`"stream": {"datafile": …}`).
fn qpdf_decoded(path: &Path) -> serde_json::Map<String, serde_json::Value> {
    let dir = path.with_extension("streams");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder for the streams");
    let prefix = dir.join("s");
    let out = run(
        "qpdf",
        &["--json", "--json-stream-data=file", &format!("--json-stream-prefix={}", path_str(&prefix)), path_str(path)],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("qpdf --json writes JSON");
    json["qpdf"][1].as_object().expect("qpdf's objects").clone()
}

/// A string of `qpdf --json` as text: `u:` text, or `b:` bytes in hex
/// (UTF-16 after a byte order mark, else one byte a character).
fn qpdf_text(v: &serde_json::Value) -> Option<String> {
    let s = v.as_str()?;
    if let Some(text) = s.strip_prefix("u:") {
        return Some(text.to_string());
    }
    let hex = s.strip_prefix("b:")?.as_bytes();
    let bytes: Vec<u8> =
        hex.chunks(2).filter_map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()).collect();
    Some(match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(units) => String::from_utf16_lossy(
            &units.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect::<Vec<_>>(),
        ),
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    })
}

/// Every string (as text) and every decoded stream of a PDF, as qpdf reads it.
struct QpdfContents {
    strings: Vec<String>,
    streams: Vec<Vec<u8>>,
}

impl QpdfContents {
    fn of(path: &Path) -> QpdfContents {
        fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(_) => out.extend(qpdf_text(v)),
                serde_json::Value::Object(d) => d.values().for_each(|v| strings(v, out)),
                serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
                _ => {}
            }
        }
        let objects = qpdf_decoded(path);
        let mut out = Vec::new();
        objects.values().for_each(|o| strings(o, &mut out));
        let files = objects.values().filter_map(|o| o["stream"]["datafile"].as_str());
        let streams = files.map(|file| std::fs::read(file).expect("qpdf wrote the stream's data")).collect();
        QpdfContents { strings: out, streams }
    }

    /// Whether `said` is in a string, or in a stream as UTF-8, UTF-16 or one byte a character.
    fn holds(&self, said: &str) -> bool {
        let utf16: Vec<u8> = said.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let latin1: Vec<u8> = said.chars().filter_map(|c| u8::try_from(u32::from(c)).ok()).collect();
        let needles = [said.as_bytes().to_vec(), utf16, latin1];
        self.strings.iter().any(|t| t.contains(said))
            || self
                .streams
                .iter()
                .any(|data| needles.iter().any(|n| !n.is_empty() && data.windows(n.len()).any(|w| w == n.as_slice())))
    }
}

/// The non-blank lines of `original` missing from `copy`, when `copy`'s are
/// `original`'s in order with some left out; `None` when `copy` has others.
fn lines_removed(original: &str, copy: &str) -> Option<Vec<String>> {
    let mut gone = Vec::new();
    let mut left = original.lines().map(str::trim).filter(|l| !l.is_empty());
    for line in copy.lines().map(str::trim).filter(|l| !l.is_empty()) {
        loop {
            let next = left.next()?;
            if next == line {
                break;
            }
            gone.push(next.to_string());
        }
    }
    gone.extend(left.map(String::from));
    Some(gone)
}

/// How many embedded files `pdfdetach -list` finds (the document's and the pages').
fn pdfdetach_count(path: &Path) -> Option<usize> {
    let out = run("pdfdetach", &["-list", path_str(path)]);
    String::from_utf8_lossy(&out.stdout).split_whitespace().next()?.parse().ok()
}

/// Whether the annotations the copy still reports are only kinds it keeps on purpose.
fn kept_only(pdf: &[u8]) -> bool {
    let doc = submission_checker::read::read(pdf, submission_checker::sniff::Format::Pdf, &Limits::default())
        .expect("the copy reads");
    !doc.annotations.iter().any(|a| {
        matches!(
            a.subtype.as_str(),
            "" | "Text"
                | "FreeText"
                | "Line"
                | "Square"
                | "Circle"
                | "Polygon"
                | "PolyLine"
                | "Highlight"
                | "Underline"
                | "Squiggly"
                | "StrikeOut"
                | "Caret"
                | "Ink"
                | "Stamp"
                | "FileAttachment"
                | "Sound"
                | "Popup"
        )
    })
}
