//! Documents with nothing to read are never "ready": an empty DOCX, a PDF
//! page that holds only a picture, an empty PDF page, and a DOCX part that
//! declares a DOCTYPE (which OOXML forbids). Each file is written here, so
//! the test shows what it holds; each gets its own reason.

use docx_rs::{Docx, Paragraph, Run};
use lopdf::{dictionary, Document, Object, ObjectId, Stream};
use submission_checker::{Options, Report};

fn check(bytes: &[u8], name: &str) -> Report {
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    submission_checker::check_with(bytes, name, &call, None, &Options::default())
}

fn errors(r: &Report) -> Vec<&str> {
    r.findings.iter().filter(|f| f.severity == submission_checker::Severity::Error).map(|f| f.key).collect()
}

fn docx(d: Docx) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    d.build().pack(&mut out).expect("docx-rs writes the file");
    out.into_inner()
}

/// A one-page PDF whose page draws `content` with an 8×8 grey image as `/Im1`.
fn pdf(content: &[u8]) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id: ObjectId = doc.new_object_id();
    let image = doc.add_object(Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 8, "Height" => 8, "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        vec![128u8; 64],
    ));
    let content = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => image } },
        "Contents" => content,
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

#[test]
fn an_empty_docx_is_not_ready_because_it_has_no_words() {
    let r = check(&docx(Docx::new().add_paragraph(Paragraph::new())), "empty.docx");
    assert!(r.error.is_none(), "{:?}", r.error);
    assert_eq!(r.words.body, Some(0));
    assert!(!r.ready);
    assert_eq!(errors(&r), ["no-text"]);
}

#[test]
fn a_pdf_page_with_only_a_picture_is_not_ready_as_a_scan() {
    let r = check(&pdf(b"q 500 0 0 700 50 70 cm /Im1 Do Q"), "scan.pdf");
    assert!(r.error.is_none(), "{:?}", r.error);
    assert!(!r.ready);
    assert_eq!(errors(&r), ["no-text-layer.all"]);
}

#[test]
fn an_empty_pdf_page_is_not_ready_because_it_has_no_words() {
    let r = check(&pdf(b""), "blank.pdf");
    assert!(r.error.is_none(), "{:?}", r.error);
    assert!(!r.ready);
    assert_eq!(errors(&r), ["no-text"]);
}

#[test]
fn a_docx_part_with_a_doctype_is_unreadable_and_says_why() {
    let clean = docx(Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("Complaints rose."))));
    assert!(check(&clean, "clean.docx").error.is_none());
    // The same package, its main part given a DOCTYPE that declares one harmless entity.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(clean)).expect("docx-rs writes a zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("entry name").to_string();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).expect("entry data");
        if name == "word/document.xml" {
            let text = String::from_utf8(data).expect("UTF-8");
            let end = text.find("?>").expect("an XML declaration") + 2;
            data = format!("{}<!DOCTYPE w:document [<!ENTITY x \"x\">]>{}", &text[..end], &text[end..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).expect("start");
        std::io::Write::write_all(&mut out, &data).expect("write");
    }
    let bytes = out.finish().expect("finish").into_inner();
    let r = check(&bytes, "doctype.docx");
    assert!(!r.ready);
    let error = r.error.as_ref().expect("refused");
    assert_eq!(error.code, "corrupt");
    assert!(error.detail.contains("DOCTYPE"), "{}", error.detail);
    assert_eq!(errors(&r), ["unreadable-file.corrupt"]);
}
