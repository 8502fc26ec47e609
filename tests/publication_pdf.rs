//! Publication readiness, end to end, on small PDFs written here with lopdf:
//! review notes, an attached file, JavaScript that runs on opening, and an
//! author in the document information. Each test states what its PDF holds;
//! the expected findings come from that.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use submission_checker::report::{Finding, Param};
use submission_checker::{Options, Report};

fn text(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

/// A one-page PDF saying "Complaints rose by 40 per cent.", with `annots` on
/// its page, `catalog` entries added to its catalogue and `info` as its
/// document information.
fn pdf(
    annots: Vec<Object>,
    catalog: impl FnOnce(&mut Document) -> Vec<(&'static str, Object)>,
    info: Option<Dictionary>,
) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id: ObjectId = doc.new_object_id();
    let font = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 12 Tf 72 720 Td (Complaints rose by 40 per cent.) Tj ET".to_vec(),
    ));
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "Contents" => content,
        "Annots" => annots,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
    );
    let mut root = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    for (k, v) in catalog(&mut doc) {
        root.set(k, v);
    }
    let root = doc.add_object(root);
    doc.trailer.set("Root", root);
    if let Some(info) = info {
        let info = doc.add_object(info);
        doc.trailer.set("Info", info);
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes the PDF");
    out
}

fn rect() -> Object {
    vec![72.into(), 700.into(), 300.into(), 730.into()].into()
}

/// The report of a PDF that must read.
fn check(bytes: &[u8], name: &str) -> Report {
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    let report = submission_checker::check_with(bytes, name, &call, None, &Options::default());
    assert!(report.error.is_none(), "{name}: {:?}", report.error);
    report
}

fn finding<'a>(r: &'a Report, key: &str) -> &'a Finding {
    r.findings
        .iter()
        .find(|f| f.key == key)
        .unwrap_or_else(|| panic!("no {key} in {:?}", r.findings.iter().map(|f| f.key).collect::<Vec<_>>()))
}

#[test]
fn review_notes_in_a_pdf_are_reported() {
    // A sticky note and a highlight by Ana Souza, and a link that is not a note.
    let annots = vec![
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Text", "Rect" => rect(), "T" => text("Ana Souza"), "Contents" => text("Is this figure right?") },
        ),
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Highlight", "Rect" => rect(), "T" => text("Ana Souza"), "QuadPoints" => vec![72.into(), 730.into(), 300.into(), 730.into(), 72.into(), 700.into(), 300.into(), 700.into()] },
        ),
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Link", "Rect" => rect(), "A" => dictionary! { "S" => "URI", "URI" => text("https://www.ohchr.org/") } },
        ),
    ];
    let r = check(&pdf(annots, |_| Vec::new(), None), "notes.pdf");
    let f = finding(&r, "pdf-annotations");
    assert_eq!(f.params["count"], Param::Int(2));
    assert_eq!(f.params["kinds"], Param::List(vec!["Highlight:1".into(), "Text:1".into()]));
    assert!(f.message.contains("(highlights: 1 and notes: 1)"), "{}", f.message);
    assert_eq!(f.params["authors"], Param::List(vec!["Ana Souza".into()]));
    let at = f.location.as_ref().expect("a location");
    assert_eq!((at.page, at.quote.as_deref()), (Some(1), Some("Is this figure right?")));
}

#[test]
fn an_attached_file_is_reported() {
    // One file attached to the document: budget.xlsx.
    let bytes = pdf(
        Vec::new(),
        |doc| {
            let data = doc.add_object(Stream::new(
                dictionary! { "Type" => "EmbeddedFile" },
                b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0".to_vec(),
            ));
            let spec = dictionary! { "Type" => "Filespec", "F" => text("budget.xlsx"), "UF" => text("budget.xlsx"), "EF" => dictionary! { "F" => data } };
            vec![(
                "Names",
                Object::Dictionary(
                    dictionary! { "EmbeddedFiles" => dictionary! { "Names" => vec![text("budget.xlsx"), Object::Dictionary(spec)] } },
                ),
            )]
        },
        None,
    );
    let r = check(&bytes, "attachment.pdf");
    let f = finding(&r, "embedded-files.pdf");
    assert_eq!(f.params["count"], Param::Int(1));
    assert_eq!(f.params["names"], Param::Text("budget.xlsx".into()));
}

#[test]
fn javascript_run_on_opening_is_reported() {
    // One document-level script (the catalogue's JavaScript name tree), which
    // runs when the PDF is opened; poppler's `pdfinfo` says "JavaScript: yes".
    let bytes = pdf(
        Vec::new(),
        |_| {
            let action = dictionary! { "S" => "JavaScript", "JS" => text("app.alert('Hello');") };
            vec![(
                "Names",
                Object::Dictionary(
                    dictionary! { "JavaScript" => dictionary! { "Names" => vec![text("greeting"), Object::Dictionary(action)] } },
                ),
            )]
        },
        None,
    );
    let r = check(&bytes, "script.pdf");
    assert_eq!(finding(&r, "pdf-javascript").params["count"], Param::Int(1));
    let clean = check(&pdf(Vec::new(), |_| Vec::new(), None), "plain.pdf");
    assert!(
        clean
            .findings
            .iter()
            .all(|f| f.rule != "pdf-javascript" && f.rule != "pdf-annotations" && f.rule != "embedded-files"),
        "{:?}",
        clean.findings
    );
}

#[test]
fn the_author_and_creator_are_shown() {
    let info = dictionary! { "Author" => text("Ana Souza"), "Creator" => text("Microsoft Word - draft 3 asouza.docx"), "Producer" => text("macOS Quartz PDFContext") };
    let r = check(&pdf(Vec::new(), |_| Vec::new(), Some(info)), "properties.pdf");
    assert_eq!(finding(&r, "personal-metadata.pdf-author").params["value"], Param::Text("Ana Souza".into()));
    assert_eq!(
        finding(&r, "personal-metadata.pdf-creator").params["value"],
        Param::Text("Microsoft Word - draft 3 asouza.docx".into())
    );
}
