//! The hostile cases: what each file is, how it is built, and what the
//! checker must answer.

use super::pdfs::{one_page, pdf, stream, text, with, Obj};
use super::zips::{self, deflate_bomb, docx_with, Entry, DOCUMENT_CLOSE, DOCUMENT_OPEN};
use submission_checker::{check_with, profile, Options, Report};

/// What the checker must answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A `too-large` error: a limit was reached.
    TooLarge,
    /// Read, and checked like any document.
    Read,
    /// Refused, as `too-large` or as damaged (`corrupt`): a file whose
    /// headers contradict its data is both.
    Refused,
    /// Refused as damaged (`corrupt`): the file breaks its format's rules.
    Corrupt,
    /// Either read or refused as damaged (`corrupt`): which one depends on
    /// how far the damage lets the file be repaired; both are fine answers.
    ReadOrCorrupt,
}

/// One hostile file.
pub struct Case {
    /// Short stable name.
    pub name: &'static str,
    /// How it is built.
    pub build: fn() -> Vec<u8>,
    /// The file name it is checked under (its extension).
    pub file_name: &'static str,
    pub expect: Expect,
}

/// What a report says, as one word: the error code, or `read`.
pub fn outcome(report: &Report) -> &'static str {
    report.error.as_ref().map_or("read", |e| e.code)
}

/// Checks `bytes` as a contribution to a built-in call, with the default limits.
pub fn check(bytes: &[u8], name: &str) -> Report {
    let call = profile::builtin("emler-2024").expect("built-in profile");
    check_with(bytes, name, &call, "2024-05-10".parse().ok(), &Options::default())
}

const GB: u64 = 1 << 30;
const MB: u64 = 1 << 20;

/// Every case, DOCX first.
pub fn all() -> Vec<Case> {
    vec![
        Case {
            name: "docx: document.xml inflates to 3 GB",
            build: docx_bomb,
            file_name: "bomb.docx",
            expect: Expect::TooLarge,
        },
        Case {
            name: "docx: bomb, central directory says 1 KB",
            build: docx_bomb_central_lies,
            file_name: "bomb.docx",
            expect: Expect::Refused,
        },
        Case {
            name: "docx: bomb, local header says 1 KB",
            build: docx_bomb_local_lies,
            file_name: "bomb.docx",
            expect: Expect::TooLarge,
        },
        Case {
            name: "docx: small part declares 4 GB",
            build: docx_declares_4gb,
            file_name: "declares.docx",
            expect: Expect::ReadOrCorrupt,
        },
        Case {
            name: "docx: zip bombs nested in a zip",
            build: docx_nested_bombs,
            file_name: "nested.docx",
            expect: Expect::Read,
        },
        Case {
            name: "docx: document.xml is itself a zip",
            build: docx_document_is_zip,
            file_name: "nested.docx",
            expect: Expect::ReadOrCorrupt,
        },
        Case {
            name: "docx: 100,000 entries",
            build: docx_many_entries,
            file_name: "entries.docx",
            expect: Expect::TooLarge,
        },
        Case {
            name: "docx: billion laughs (DTD entities)",
            build: docx_billion_laughs,
            file_name: "laughs.docx",
            // OOXML forbids a DOCTYPE; entities are never expanded either way.
            expect: Expect::Corrupt,
        },
        Case {
            name: "docx: 100,000-deep elements",
            build: docx_deep_nesting,
            file_name: "deep.docx",
            expect: Expect::TooLarge,
        },
        Case {
            name: "docx: 100,000-deep relationships part",
            build: docx_deep_rels,
            file_name: "deep.docx",
            expect: Expect::TooLarge,
        },
        Case {
            name: "docx: 1,800,000 one-letter paragraphs",
            build: || docx_paragraphs(1_800_000),
            file_name: "paragraphs.docx",
            expect: Expect::TooLarge,
        },
        Case {
            name: "docx: 400,000 one-letter paragraphs (under the limit)",
            build: || docx_paragraphs(400_000),
            file_name: "paragraphs.docx",
            expect: Expect::Read,
        },
        Case {
            name: "pdf: page tree cycles (/Kids, /Parent, /Resources)",
            build: pdf_cycles,
            file_name: "cycles.pdf",
            expect: Expect::Read,
        },
        Case {
            name: "pdf: page tree 10,000 levels deep",
            build: pdf_deep_tree,
            file_name: "deep.pdf",
            expect: Expect::TooLarge,
        },
        Case {
            name: "pdf: 100,000-deep nested arrays",
            build: pdf_deep_arrays,
            file_name: "deep.pdf",
            expect: Expect::ReadOrCorrupt,
        },
        Case {
            name: "pdf: xref stream /W [4 2000000000 4]",
            build: pdf_huge_w,
            file_name: "xref.pdf",
            expect: Expect::ReadOrCorrupt,
        },
        Case {
            name: "pdf: trailer /Size 2000000000",
            build: pdf_huge_size,
            file_name: "size.pdf",
            expect: Expect::ReadOrCorrupt,
        },
        Case {
            name: "pdf: /Length 999999999, file cut short",
            build: pdf_truncated_stream,
            file_name: "cut.pdf",
            expect: Expect::ReadOrCorrupt,
        },
        Case {
            name: "pdf: /Length shorter than the stream",
            build: pdf_short_length,
            file_name: "length.pdf",
            expect: Expect::ReadOrCorrupt,
        },
        Case {
            name: "pdf: 100000 x 100000 image, 1 GB flate",
            build: pdf_enormous_image,
            file_name: "image.pdf",
            expect: Expect::Read,
        },
        Case {
            name: "pdf: content stream inflates to 2 GB",
            build: pdf_content_bomb,
            file_name: "bomb.pdf",
            expect: Expect::TooLarge,
        },
        Case {
            name: "pdf: 10 pages, each content inflates to 60 MB",
            build: pdf_bomb_per_page,
            file_name: "bombs.pdf",
            expect: Expect::TooLarge,
        },
        Case {
            name: "pdf: 30 object streams, each inflates to 60 MB",
            build: pdf_object_stream_bombs,
            file_name: "objstm.pdf",
            expect: Expect::TooLarge,
        },
        Case {
            name: "pdf: 1,000,000 objects",
            build: pdf_many_objects,
            file_name: "objects.pdf",
            expect: Expect::TooLarge,
        },
        Case {
            name: "pdf: 1,000,000 objects in an ASCIIHex object stream",
            build: || hex_object_streams(1, 1_000_000),
            file_name: "objects.pdf",
            expect: Expect::TooLarge,
        },
        Case {
            name: "pdf: 20 ASCIIHex object streams of 60,000 objects",
            build: || hex_object_streams(20, 60_000),
            file_name: "objects.pdf",
            expect: Expect::TooLarge,
        },
        Case { name: "pdf: 20,000 pages", build: pdf_too_many_pages, file_name: "pages.pdf", expect: Expect::TooLarge },
        Case {
            name: "pdf: 5,000 pages (the limit), text on each",
            build: pdf_pages_at_limit,
            file_name: "pages.pdf",
            expect: Expect::Read,
        },
        Case {
            name: "pdf: one page of 1,000,000 one-glyph lines",
            build: pdf_million_lines,
            file_name: "lines.pdf",
            expect: Expect::TooLarge,
        },
        Case {
            name: "pdf: 400 pages of 2,000 lines",
            build: || lines_over_pages(400),
            file_name: "lines.pdf",
            expect: Expect::TooLarge,
        },
        Case {
            name: "pdf: 200 pages of 2,000 lines (under the limit)",
            build: || lines_over_pages(200),
            file_name: "lines.pdf",
            expect: Expect::Read,
        },
    ]
}

fn bomb_entry(uncompressed: u64) -> Entry {
    let data = deflate_bomb(DOCUMENT_OPEN.as_bytes(), b' ', uncompressed, DOCUMENT_CLOSE.as_bytes());
    let c = u32::try_from(data.len()).expect("small bomb");
    let n = u32::try_from(uncompressed).expect("under 4 GB");
    Entry { name: "word/document.xml".into(), method: 8, data, crc: 0, local_sizes: (c, n), central_sizes: (c, n) }
}

fn docx_bomb() -> Vec<u8> {
    docx_with(bomb_entry(3 * GB), Vec::new())
}

fn docx_bomb_central_lies() -> Vec<u8> {
    let mut e = bomb_entry(3 * GB);
    e.central_sizes.1 = 1024;
    docx_with(e, Vec::new())
}

fn docx_bomb_local_lies() -> Vec<u8> {
    let mut e = bomb_entry(3 * GB);
    e.local_sizes.1 = 1024;
    docx_with(e, Vec::new())
}

fn docx_declares_4gb() -> Vec<u8> {
    let mut e =
        Entry::deflated("word/document.xml", format!("{DOCUMENT_OPEN}A short text.{DOCUMENT_CLOSE}").as_bytes());
    // 0xFFFFFFFF would mean "see the ZIP64 field"; one less is a plain lie.
    e.local_sizes.1 = 0xFFFF_FFFE;
    e.central_sizes.1 = 0xFFFF_FFFE;
    docx_with(e, Vec::new())
}

fn docx_nested_bombs() -> Vec<u8> {
    // 42.zip's idea, two levels: an embedded package holding packages holding bombs.
    let inner = docx_with(bomb_entry(GB), Vec::new());
    let middle = zips::archive(&[Entry::stored("a.docx", &inner), Entry::stored("b.docx", &inner)]);
    let document = Entry::deflated(
        "word/document.xml",
        format!("{DOCUMENT_OPEN}See the attached package.{DOCUMENT_CLOSE}").as_bytes(),
    );
    docx_with(
        document,
        vec![
            Entry::stored("word/embeddings/package1.zip", &middle),
            Entry::stored("word/embeddings/package2.docx", &inner),
        ],
    )
}

fn docx_document_is_zip() -> Vec<u8> {
    let inner = docx_with(bomb_entry(GB), Vec::new());
    docx_with(Entry::stored("word/document.xml", &inner), Vec::new())
}

fn docx_many_entries() -> Vec<u8> {
    zips::many_entries(100_000)
}

fn docx_billion_laughs() -> Vec<u8> {
    let mut dtd = String::from(r#"<!DOCTYPE w:document [<!ENTITY lol0 "lol">"#);
    for i in 1..10 {
        let prev = format!("&lol{};", i - 1);
        dtd.push_str(&format!(r#"<!ENTITY lol{i} "{}">"#, prev.repeat(10)));
    }
    dtd.push(']');
    dtd.push('>');
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>{dtd}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Laughs: &lol9;&lol9;&lol9;</w:t></w:r></w:p></w:body></w:document>"#
    );
    docx_with(Entry::deflated("word/document.xml", xml.as_bytes()), Vec::new())
}

fn docx_deep_nesting() -> Vec<u8> {
    let depth = 100_000;
    let xml = format!(
        "{DOCUMENT_OPEN}Deep.</w:t></w:r>{}{}<w:r><w:t>{DOCUMENT_CLOSE}",
        "<w:sdt><w:sdtContent>".repeat(depth / 2),
        "</w:sdtContent></w:sdt>".repeat(depth / 2)
    );
    docx_with(Entry::deflated("word/document.xml", xml.as_bytes()), Vec::new())
}

/// `n` one-letter paragraphs (1,800,000 is about as many as fit in one part
/// under `max_part_bytes`, 64 MB).
fn docx_paragraphs(n: usize) -> Vec<u8> {
    let xml = format!("{DOCUMENT_OPEN}a{}{DOCUMENT_CLOSE}", "</w:t></w:r></w:p><w:p><w:r><w:t>a".repeat(n - 1));
    docx_with(Entry::deflated("word/document.xml", xml.as_bytes()), Vec::new())
}

fn docx_deep_rels() -> Vec<u8> {
    let depth = 100_000;
    let rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}{}</Relationships>"#,
        "<x>".repeat(depth),
        "</x>".repeat(depth)
    );
    let document =
        Entry::deflated("word/document.xml", format!("{DOCUMENT_OPEN}Deep relationships.{DOCUMENT_CLOSE}").as_bytes());
    let entries = vec![
        Entry::deflated("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#),
        Entry::deflated("_rels/.rels", rels.as_bytes()),
        document,
    ];
    zips::archive(&entries)
}

fn pdf_cycles() -> Vec<u8> {
    // The page tree lists itself among its kids; the page is its own parent;
    // its resources hold a form that draws itself, and the resources refer to themselves.
    let objects =
        with(one_page("Cycles."), 2, text("<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 /Parent 2 0 R >>"));
    let objects = with(
        objects,
        3,
        text("<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Resources 6 0 R /Contents 4 0 R /Kids [3 0 R] >>"),
    );
    let objects = with(objects, 4, stream("", b"BT /F1 12 Tf 72 720 Td (Cycles.) Tj ET /X Do"));
    let objects = with(objects, 6, text("<< /Font << /F1 5 0 R >> /XObject << /X 7 0 R >> /Self 6 0 R >>"));
    let objects = with(
        objects,
        7,
        stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 6 0 R",
            b"/X Do BT /F1 12 Tf 72 700 Td (Form.) Tj ET",
        ),
    );
    pdf(&objects, "/Root 1 0 R")
}

fn pdf_deep_tree() -> Vec<u8> {
    let levels = 10_000u32;
    let mut objects: Vec<Obj> = vec![(1, text("<< /Type /Catalog /Pages 2 0 R >>"))];
    // Pages nodes 2 ..= levels + 1, each the only kid of the one before.
    for n in 2..=levels + 1 {
        let parent = if n == 2 { String::new() } else { format!("/Parent {} 0 R", n - 1) };
        objects.push((n, text(&format!("<< /Type /Pages /Kids [{} 0 R] /Count 1 {parent} >>", n + 1))));
    }
    let page = levels + 2;
    objects.push((
        page,
        text(&format!("<< /Type /Page /Parent {} 0 R /MediaBox [0 0 612 792] /Contents {} 0 R >>", page - 1, page + 1)),
    ));
    objects.push((page + 1, stream("", b"")));
    pdf(&objects, "/Root 1 0 R")
}

fn pdf_deep_arrays() -> Vec<u8> {
    let depth = 100_000;
    let objects = with(one_page("Deep arrays."), 6, format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes());
    let objects = with(objects, 1, text("<< /Type /Catalog /Pages 2 0 R /Deep 6 0 R >>"));
    pdf(&objects, "/Root 1 0 R")
}

fn pdf_huge_w() -> Vec<u8> {
    // The objects, then a cross-reference *stream* whose middle field claims 2 GB per entry.
    let objects = one_page("Huge W.");
    let mut out = b"%PDF-1.7\n".to_vec();
    for (n, body) in &objects {
        out.extend_from_slice(format!("{n} 0 obj\n").as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref_at = out.len();
    let entries = vec![0u8; 6 * 10];
    out.extend_from_slice(b"6 0 obj\n");
    out.extend_from_slice(&stream("/Type /XRef /Size 7 /W [4 2000000000 4] /Root 1 0 R", &entries));
    out.extend_from_slice(format!("\nendobj\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    out
}

fn pdf_huge_size() -> Vec<u8> {
    pdf(&one_page("Huge size."), "/Size 2000000000 /Root 1 0 R")
}

fn pdf_truncated_stream() -> Vec<u8> {
    let mut content = b"<< /Length 999999999 >>\nstream\nBT /F1 12 Tf 72 720 Td (Cut".to_vec();
    content.extend_from_slice(&[b' '; 1000]);
    let objects = with(one_page("x"), 4, Vec::new());
    let mut bytes = pdf(&objects[..3], "/Root 1 0 R");
    // Drop the cross-reference table: the file ends inside the content stream.
    let cut = bytes.windows(4).position(|w| w == b"xref").unwrap_or(bytes.len());
    bytes.truncate(cut);
    bytes.extend_from_slice(b"4 0 obj\n");
    bytes.extend_from_slice(&content);
    bytes
}

fn pdf_short_length() -> Vec<u8> {
    let mut body = b"<< /Length 5 >>\nstream\nBT /F1 12 Tf 72 720 Td (Length lies.) Tj ET".to_vec();
    body.extend_from_slice(&[b' '; 100]);
    body.extend_from_slice(b"\nendstream");
    pdf(&with(one_page("x"), 4, body), "/Root 1 0 R")
}

fn pdf_enormous_image() -> Vec<u8> {
    let data = zips::zlib_bomb(b"", 0, GB, b"");
    let objects = with(one_page("x"), 3, text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>"));
    let objects = with(objects, 4, stream("", b"q 612 0 0 792 0 0 cm /Im1 Do Q"));
    let objects = with(objects, 6, stream("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", &data));
    pdf(&objects, "/Root 1 0 R")
}

fn pdf_content_bomb() -> Vec<u8> {
    let data = zips::zlib_bomb(b"BT /F1 12 Tf 72 720 Td (Bomb.) Tj ET ", b' ', 2 * GB, b"");
    pdf(&with(one_page("x"), 4, stream("/Filter /FlateDecode", &data)), "/Root 1 0 R")
}

fn pdf_bomb_per_page() -> Vec<u8> {
    let pages = 10u32;
    let data = zips::zlib_bomb(b"BT /F1 12 Tf 72 720 Td (Bomb.) Tj ET ", b' ', 60 * MB, b"");
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 10 + i)).collect();
    let mut objects: Vec<Obj> = vec![
        (1, text("<< /Type /Catalog /Pages 2 0 R >>")),
        (2, text(&format!("<< /Type /Pages /Kids [{}] /Count {pages} >>", kids.join(" ")))),
        (4, stream("/Filter /FlateDecode", &data)),
        (5, text("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")),
    ];
    for i in 0..pages {
        objects.push((10 + i, text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")));
    }
    pdf(&objects, "/Root 1 0 R")
}

fn pdf_object_stream_bombs() -> Vec<u8> {
    let streams = 30u32;
    // Each object stream starts with a valid index (object 100+i at offset 0), then 60 MB of spaces.
    let mut objects = one_page("Object streams.");
    for i in 0..streams {
        let index = format!("{} 0 ", 100 + i);
        let data = zips::zlib_bomb(format!("{index}null").as_bytes(), b' ', 60 * MB, b"");
        objects
            .push((10 + i, stream(&format!("/Type /ObjStm /N 1 /First {} /Filter /FlateDecode", index.len()), &data)));
    }
    pdf(&objects, "/Root 1 0 R")
}

fn pdf_many_objects() -> Vec<u8> {
    let mut objects = one_page("Many objects.");
    objects.extend((10..1_000_010).map(|n| (n, b"null".to_vec())));
    pdf(&objects, "/Root 1 0 R")
}

/// Object streams of `per` objects each, their data written in hex: a
/// filter the pre-scan does not unpack, so it cannot count their objects
/// (nor can it in an encrypted file); lopdf counts them as it loads.
fn hex_object_streams(streams: u32, per: u32) -> Vec<u8> {
    let mut objects = one_page("Many objects in streams.");
    for s in 0..streams {
        let mut index = String::new();
        let mut body = String::new();
        for i in 0..per {
            index.push_str(&format!("{} {} ", 1_000 + s * per + i, body.len()));
            body.push_str("null ");
        }
        let content = format!("{index}{body}");
        let hex: String = content.bytes().map(|b| format!("{b:02X}")).collect::<String>() + ">";
        objects.push((
            10 + s,
            stream(&format!("/Type /ObjStm /N {per} /First {} /Filter /ASCIIHexDecode", index.len()), hex.as_bytes()),
        ));
    }
    pdf(&objects, "/Root 1 0 R")
}

fn pages_pdf(pages: u32, words: &str) -> Vec<u8> {
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 10 + i)).collect();
    let mut objects: Vec<Obj> = vec![
        (1, text("<< /Type /Catalog /Pages 2 0 R >>")),
        (2, text(&format!("<< /Type /Pages /Kids [{}] /Count {pages} >>", kids.join(" ")))),
        (4, stream("", format!("BT /F1 12 Tf 72 720 Td ({words}) Tj ET").as_bytes())),
        (5, text("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")),
    ];
    for i in 0..pages {
        objects.push((10 + i, text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")));
    }
    pdf(&objects, "/Root 1 0 R")
}

fn pdf_too_many_pages() -> Vec<u8> {
    pages_pdf(20_000, "One page of many.")
}

fn pdf_pages_at_limit() -> Vec<u8> {
    pages_pdf(5_000, "Each page of this report says the same few words, as a long report would.")
}

/// Content where every glyph starts a line of its own: each one jumps 60 em
/// forward or back, too far for the same line.
fn one_glyph_lines(lines: usize) -> Vec<u8> {
    let mut content = b"BT /F1 1 Tf 100 400 Td ".to_vec();
    for _ in 0..lines / 2 {
        content.extend_from_slice(b"60 0 Td (a) Tj -60 0 Td (a) Tj ");
    }
    content.extend_from_slice(b"ET");
    zips::zlib(&content)
}

fn pdf_million_lines() -> Vec<u8> {
    pdf(&with(one_page("x"), 4, stream("/Filter /FlateDecode", &one_glyph_lines(1_000_000))), "/Root 1 0 R")
}

/// The line limit is for the whole document, not a page: `pages` pages of
/// 2,000 lines each.
fn lines_over_pages(pages: u32) -> Vec<u8> {
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 10 + i)).collect();
    let mut objects: Vec<Obj> = vec![
        (1, text("<< /Type /Catalog /Pages 2 0 R >>")),
        (2, text(&format!("<< /Type /Pages /Kids [{}] /Count {pages} >>", kids.join(" ")))),
        (4, stream("/Filter /FlateDecode", &one_glyph_lines(2_000))),
        (5, text("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")),
    ];
    for i in 0..pages {
        objects.push((10 + i, text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")));
    }
    pdf(&objects, "/Root 1 0 R")
}
