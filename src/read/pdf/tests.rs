//! The PDF reader on small PDFs built here with lopdf: each test writes its
//! content stream literally, so the test shows what the page draws.

use super::read;
use crate::document::{BlockKind, Document, LinkKind, LinkOrigin};
use crate::limits::Limits;
use crate::words::WordCounts;
use lopdf::{dictionary, Dictionary, Document as Pdf, Object, Stream};

/// A page: its content stream and extra entries (annotations...).
struct PageSpec<'a> {
    content: &'a str,
    extra: Dictionary,
}

fn page(content: &str) -> PageSpec<'_> {
    PageSpec { content, extra: Dictionary::new() }
}

/// A PDF with Helvetica (WinAnsi, standard widths) as /F1 on A4 pages.
fn build(pages: Vec<PageSpec<'_>>, catalog_extra: Dictionary) -> Vec<u8> {
    build_with_map(pages, catalog_extra, None)
}

/// The same, /F1 with `to_unicode` as its `/ToUnicode` CMap when given.
fn build_with_map(pages: Vec<PageSpec<'_>>, catalog_extra: Dictionary, to_unicode: Option<&str>) -> Vec<u8> {
    let mut pdf = Pdf::with_version("1.5");
    let pages_id = pdf.new_object_id();
    let mut font = dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding" };
    if let Some(cmap) = to_unicode {
        font.set("ToUnicode", pdf.add_object(Stream::new(dictionary! {}, cmap.as_bytes().to_vec())));
    }
    let font = pdf.add_object(font);
    let image = pdf.add_object(Stream::new(dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1, "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 }, vec![0]));
    let resources = pdf.add_object(
        dictionary! { "Font" => dictionary! { "F1" => font }, "XObject" => dictionary! { "Im1" => image } },
    );
    let mut kids = Vec::new();
    for p in pages {
        let content = pdf.add_object(Stream::new(dictionary! {}, p.content.as_bytes().to_vec()));
        let mut d = dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content, "Resources" => resources, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()] };
        d.extend(&p.extra);
        kids.push(Object::Reference(pdf.add_object(d)));
    }
    let count = kids.len() as i64;
    pdf.objects
        .insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }));
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    catalog.extend(&catalog_extra);
    let catalog_id = pdf.add_object(catalog);
    pdf.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    pdf.save_to(&mut out).expect("writes");
    out
}

fn read_pages(pages: Vec<PageSpec<'_>>) -> Document {
    read(&build(pages, Dictionary::new()), &Limits::default()).expect("reads")
}

fn body(doc: &Document) -> Vec<&str> {
    doc.body.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn words_split_at_gaps_and_join_across_kerning() {
    // "Hel" and "lo" kerned 0.02 em apart are one word; -300 (0.3 em) is a space;
    // a second show placed right after the first continues the word.
    let doc = read_pages(vec![page("BT /F1 12 Tf 72 700 Td [(Hel) 20 (lo) -300 (world)] TJ (wide) Tj ET")]);
    assert_eq!(body(&doc), ["Hello worldwide"]);
    // Words placed one by one with Td, a space's width apart.
    let doc = read_pages(vec![page("BT /F1 12 Tf 72 700 Td (Access) Tj 42 0 Td (to) Tj 15.4 0 Td (justice) Tj ET")]);
    assert_eq!(body(&doc), ["Access to justice"]);
}

#[test]
fn a_new_line_separates_words_and_a_hyphen_joins_them() {
    // lopdf's extract_text glues "2024" and "Le" across lines; a line break is a separator.
    let doc = read_pages(vec![page("BT /F1 12 Tf 14 TL 72 700 Td (Geneva, May 2024) Tj T* (Le rapport) Tj T* (sur l'acc\\350s \\340 la jus-) Tj T* (tice) Tj ET")]);
    assert_eq!(body(&doc), ["Geneva, May 2024\nLe rapport\nsur l'accès à la justice"]);
    assert_eq!(WordCounts::of(&doc).body, 10);
}

#[test]
fn ligatures_and_the_text_matrix() {
    // The fi and ff ligatures from a /Differences entry, and text set with Tm at 90°.
    let mut pdf_pages = vec![page("BT /F1 12 Tf 72 700 Td (\\001nal e\\002ort) Tj ET")];
    pdf_pages.push(page("BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Rotated text) Tj ET"));
    let bytes = build(pdf_pages, Dictionary::new());
    // Give the font a Differences array: code 1 is /fi, code 2 is /ff.
    let mut pdf = Pdf::load_mem(&bytes).expect("loads");
    for o in pdf.objects.values_mut() {
        if let Object::Dictionary(d) = o {
            if d.has(b"BaseFont") {
                d.set("Encoding", dictionary! { "BaseEncoding" => "WinAnsiEncoding", "Differences" => vec![1.into(), Object::Name(b"fi".to_vec()), Object::Name(b"ff".to_vec())] });
            }
        }
    }
    let mut out = Vec::new();
    pdf.save_to(&mut out).expect("writes");
    let doc = read(&out, &Limits::default()).expect("reads");
    assert_eq!(body(&doc), ["final effort", "Rotated text"]);
}

/// unstructured__embedded-link.pdf's font maps the code of "!" to a line
/// feed (a paragraph mark drawn as a glyph), and pdftotext reads "This is
/// the link." there; a map to U+0000 is broken, and the encoding's letter is
/// read instead.
#[test]
fn a_code_mapped_to_a_line_feed_is_white_space_and_one_mapped_to_nul_is_the_encodings() {
    let cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
                1 begincodespacerange <00> <FF> endcodespacerange\n\
                2 beginbfchar <21> <000A> <41> <0000> endbfchar\n\
                endcmap CMapName currentdict /CMap defineresource pop end end";
    let content = "BT /F1 12 Tf 72 700 Td (This is the link.!) Tj 0 -20 Td (An Apple.!) Tj ET";
    let bytes = build_with_map(vec![page(content)], Dictionary::new(), Some(cmap));
    let doc = read(&bytes, &Limits::default()).expect("reads");
    assert_eq!(body(&doc), ["This is the link.\nAn Apple."]);
}

#[test]
fn running_footers_and_page_numbers_are_not_body() {
    let pages: Vec<String> = (1..=3)
        .map(|n| format!("BT /F1 9 Tf 72 800 Td (Submission to the Expert Mechanism) Tj ET BT /F1 12 Tf 72 700 Td (Body text of page {n}.) Tj ET BT /F1 9 Tf 290 40 Td ({n}) Tj ET"))
        .collect();
    let doc = read_pages(pages.iter().map(|c| page(c)).collect());
    assert_eq!(body(&doc), ["Body text of page 1.", "Body text of page 2.", "Body text of page 3."]);
    assert_eq!(doc.headers_footers.len(), 6);
    assert!(doc.headers_footers.iter().any(|b| b.kind == BlockKind::Header && b.text.starts_with("Submission")));
    assert!(doc.headers_footers.iter().any(|b| b.kind == BlockKind::Footer && b.text == "2"));
}

#[test]
fn footnotes_below_a_rule_in_small_type_are_notes_and_markers_are_dropped() {
    // Body at 12 pt with a 7 pt reference mark raised 5 pt; a 150 pt rule; the note at 9 pt.
    let content = "BT /F1 12 Tf 72 700 Td (States must act) Tj /F1 7 Tf 5 Ts (1) Tj /F1 12 Tf 0 Ts ( now.) Tj ET \
                   72 120 m 222 120 l S \
                   BT /F1 9 Tf 72 100 Td (1 See the report of 2023, page 4.) Tj ET";
    let doc = read_pages(vec![page(content)]);
    assert_eq!(body(&doc), ["States must act now."]);
    assert_eq!(doc.notes.len(), 1);
    assert_eq!(doc.notes[0].text, "1 See the report of 2023, page 4.");
    assert!(doc.notes_separated);
    assert_eq!(WordCounts::of(&doc), WordCounts { body: 4, notes: 8 });
}

#[test]
fn links_by_kind_and_urls_typed_in_the_text() {
    let annots = vec![
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Link", "Rect" => vec![70.into(), 695.into(), 200.into(), 712.into()],
            "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal("https://www.ohchr.org/en/calls") } },
        ),
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Link", "Rect" => vec![70.into(), 675.into(), 200.into(), 690.into()],
            "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal("mailto:emrip@ohchr.org") } },
        ),
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Link", "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
            "A" => dictionary! { "S" => "Launch", "F" => Object::string_literal("C:\\Users\\ana\\annex.docx") } },
        ),
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Link", "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()], "Dest" => Object::Name(b"section2".to_vec()) },
        ),
        Object::Dictionary(
            dictionary! { "Type" => "Annot", "Subtype" => "Text", "T" => Object::string_literal("Ana"), "Contents" => Object::string_literal("Check this figure") },
        ),
    ];
    let mut p = page("BT /F1 12 Tf 72 700 Td (The call page) Tj 0 -20 Td (Write to us) Tj 0 -20 Td (See www.un.org/en for more.) Tj ET");
    p.extra.set("Annots", annots);
    let doc = read_pages(vec![p]);
    let links: Vec<(&str, &str, LinkKind, LinkOrigin)> =
        doc.links.iter().map(|l| (l.url.as_str(), l.text.as_str(), l.kind, l.origin)).collect();
    assert_eq!(
        links,
        [
            ("https://www.ohchr.org/en/calls", "The call page", LinkKind::External, LinkOrigin::Annotation),
            ("mailto:emrip@ohchr.org", "Write to us", LinkKind::Email, LinkOrigin::Annotation),
            ("C:\\Users\\ana\\annex.docx", "", LinkKind::File, LinkOrigin::Annotation),
            ("#section2", "", LinkKind::Internal, LinkOrigin::Annotation),
            ("http://www.un.org/en", "www.un.org/en", LinkKind::External, LinkOrigin::PlainText),
        ]
    );
    assert_eq!(doc.annotations.len(), 1);
    assert_eq!(
        (doc.annotations[0].subtype.as_str(), doc.annotations[0].author.as_deref(), doc.annotations[0].location.page),
        ("Text", Some("Ana"), Some(1))
    );
}

#[test]
fn scanned_pages_scripts_files_fields_and_metadata_are_recorded() {
    let catalog = dictionary! {
        "OpenAction" => dictionary! { "S" => "JavaScript", "JS" => Object::string_literal("app.alert('hi')") },
        "Names" => dictionary! {
            "EmbeddedFiles" => dictionary! { "Names" => vec![Object::string_literal("data.xlsx"), Object::Dictionary(dictionary! { "Type" => "Filespec", "F" => Object::string_literal("data.xlsx") })] },
        },
        "AcroForm" => dictionary! { "Fields" => vec![Object::Dictionary(dictionary! { "T" => Object::string_literal("name"), "FT" => "Tx" })] },
    };
    let bytes = build(
        vec![page("BT /F1 12 Tf 72 700 Td (Text page) Tj ET"), page("q 500 0 0 700 50 50 cm /Im1 Do Q")],
        catalog,
    );
    let mut pdf = Pdf::load_mem(&bytes).expect("loads");
    let info = pdf.add_object(dictionary! { "Author" => Object::string_literal("Ana Silva"), "Creator" => Object::string_literal("Microsoft Word"), "Title" => Object::String(b"\xFE\xFF\x00R\x00\xE9\x00s".to_vec(), lopdf::StringFormat::Hexadecimal) });
    pdf.trailer.set("Info", info);
    let mut out = Vec::new();
    pdf.save_to(&mut out).expect("writes");
    let doc = read(&out, &Limits::default()).expect("reads");
    assert_eq!(doc.pages, Some(2));
    assert_eq!(doc.pages_without_text, [2]);
    assert_eq!(doc.scripts.len(), 1);
    assert_eq!(doc.embedded.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["data.xlsx"]);
    assert_eq!(doc.form_fields, ["name"]);
    assert_eq!(doc.metadata.author.as_deref(), Some("Ana Silva"));
    assert_eq!(doc.metadata.application.as_deref(), Some("Microsoft Word"));
    assert_eq!(doc.metadata.title.as_deref(), Some("Rés"));
    assert!(!doc.encrypted_without_password);
}

#[test]
fn xmp_metadata_fills_what_info_leaves_out() {
    let x = super::xmp_fields(
        br#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="LibreOffice 7.4">
        <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Droits &amp; justice</rdf:li></rdf:Alt></dc:title>
        <dc:creator><rdf:Seq><rdf:li>Ana</rdf:li><rdf:li>Jo</rdf:li></rdf:Seq></dc:creator>
        </rdf:Description></rdf:RDF></x:xmpmeta>"#,
    );
    assert_eq!(x.title.as_deref(), Some("Droits & justice"));
    assert_eq!(x.author.as_deref(), Some("Ana; Jo"));
    assert_eq!(x.producer.as_deref(), Some("LibreOffice 7.4"));
}

#[test]
fn hostile_structures_end_with_an_error_or_a_document() {
    // A form XObject that draws itself, a page tree that contains itself, and garbage.
    let mut pdf = Pdf::with_version("1.5");
    let pages_id = pdf.new_object_id();
    let form_id = pdf.new_object_id();
    let res = dictionary! { "XObject" => dictionary! { "X" => form_id } };
    pdf.objects.insert(
        form_id,
        Object::Stream(Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Form", "Resources" => res.clone() },
            b"/X Do /X Do".to_vec(),
        )),
    );
    let content = pdf.add_object(Stream::new(dictionary! {}, b"/X Do BT /F9 12 Tf (no font) Tj ET".to_vec()));
    let page_id = pdf
        .add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content, "Resources" => res });
    pdf.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into(), pages_id.into()], "Count" => 2 },
        ),
    );
    let catalog = pdf.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    pdf.trailer.set("Root", catalog);
    let mut out = Vec::new();
    pdf.save_to(&mut out).expect("writes");
    let doc = read(&out, &Limits::default()).expect("reads");
    assert_eq!(doc.pages, Some(1));
    assert_eq!(body(&doc), ["no font"]);
    assert!(read(b"%PDF-1.4\n garbage", &Limits::default()).is_err());
    // Cut short anywhere, the file never panics the reader.
    for cut in (0..out.len()).step_by(37) {
        let _ = read(&out[..cut], &Limits::default());
    }
}

/// `bytes` with bookmarks added: each `(title, parent index or None, page index)`,
/// children after their parent; `next_loops` makes the last top-level item's
/// `/Next` point back at the first, as a damaged or hostile file may.
fn with_bookmarks(bytes: &[u8], items: &[(&str, Option<usize>, usize)], next_loops: bool) -> Vec<u8> {
    let mut pdf = Pdf::load_mem(bytes).expect("loads");
    let pages: Vec<lopdf::ObjectId> = pdf.get_pages().into_values().collect();
    let root = pdf.new_object_id();
    let ids: Vec<lopdf::ObjectId> = items.iter().map(|_| pdf.new_object_id()).collect();
    let parent_of = |p: Option<usize>| p.map_or(root, |i| ids[i]);
    let siblings = |p: Option<usize>| -> Vec<usize> { (0..items.len()).filter(|i| items[*i].1 == p).collect() };
    for (i, (title, parent, page)) in items.iter().enumerate() {
        let mut d = dictionary! { "Title" => Object::string_literal(*title), "Parent" => parent_of(*parent) };
        // The first by /Dest, the second by a /GoTo action, the others by a named destination.
        let dest: Object = vec![pages[*page].into(), "Fit".into()].into();
        match i {
            0 => d.set("Dest", dest),
            1 => d.set("A", dictionary! { "S" => "GoTo", "D" => dest }),
            _ => d.set("Dest", Object::string_literal(format!("dest{i}"))),
        }
        let same = siblings(*parent);
        let at = same.iter().position(|s| *s == i).expect("listed");
        if let Some(next) = same.get(at + 1) {
            d.set("Next", ids[*next]);
        } else if next_loops && parent.is_none() {
            d.set("Next", ids[same[0]]);
        }
        let kids = siblings(Some(i));
        if let (Some(first), Some(last)) = (kids.first(), kids.last()) {
            d.set("First", ids[*first]);
            d.set("Last", ids[*last]);
        }
        pdf.objects.insert(ids[i], Object::Dictionary(d));
    }
    let top = siblings(None);
    pdf.objects.insert(
        root,
        Object::Dictionary(
            dictionary! { "Type" => "Outlines", "First" => ids[top[0]], "Last" => ids[*top.last().expect("one")] },
        ),
    );
    let names: Vec<Object> = (2..items.len())
        .flat_map(|i| [Object::string_literal(format!("dest{i}")), vec![pages[items[i].2].into(), "Fit".into()].into()])
        .collect();
    let catalog = pdf.catalog_mut().expect("a catalog");
    catalog.set("Outlines", root);
    catalog.set("Names", dictionary! { "Dests" => dictionary! { "Names" => names } });
    let mut out = Vec::new();
    pdf.save_to(&mut out).expect("writes");
    out
}

#[test]
fn bookmarks_give_the_outline_with_levels_and_pages_and_a_loop_ends() {
    let pages = || {
        vec![
            page("BT /F1 20 Tf 72 700 Td (Summary) Tj ET BT /F1 10 Tf 72 650 Td (Text of the summary.) Tj ET"),
            page("BT /F1 10 Tf 72 700 Td (Facts in detail.) Tj ET"),
            page("BT /F1 10 Tf 72 700 Td (What we ask.) Tj ET"),
        ]
    };
    let bytes = build(pages(), Dictionary::new());
    let items = [("Summary", None, 0), ("Facts", None, 1), ("Detail", Some(1), 1), ("Requests", None, 2)];
    for next_loops in [false, true] {
        let doc = read(&with_bookmarks(&bytes, &items, next_loops), &Limits::default()).expect("reads");
        let outline: Vec<(&str, u8, Option<u32>)> =
            doc.outline.iter().map(|e| (e.title.as_str(), e.level, e.page)).collect();
        assert_eq!(
            outline,
            [("Summary", 1, Some(1)), ("Facts", 1, Some(2)), ("Detail", 2, Some(2)), ("Requests", 1, Some(3))]
        );
    }
    // Without bookmarks, the line in larger type stands in for them.
    let doc = read(&bytes, &Limits::default()).expect("reads");
    let outline: Vec<(&str, u8, Option<u32>)> =
        doc.outline.iter().map(|e| (e.title.as_str(), e.level, e.page)).collect();
    assert_eq!(outline, [("Summary", 1, Some(1))]);
}
