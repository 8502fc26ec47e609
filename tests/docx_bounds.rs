//! Hostile Word files: each safety limit gives a clear `too-large` error,
//! quickly, and nothing in the file can make the reader panic or hang.
//! The hostile packages are generated here with the `zip` crate.

mod common;

use common::{package, zip_of, Part, NAMESPACES};
use std::time::{Duration, Instant};
use submission_checker::document::Document;
use submission_checker::limits::Limits;
use submission_checker::{read, sniff, Error, ErrorKind};

fn read_with(bytes: &[u8], limits: &Limits) -> (Result<Document, Error>, Duration) {
    let start = Instant::now();
    let result = read::read(bytes, sniff::sniff(bytes).format, limits);
    (result, start.elapsed())
}

/// The error must be `too-large` and its detail must name the limit.
fn assert_too_large(result: &Result<Document, Error>, detail_has: &str) {
    match result {
        Err(e) if matches!(e.kind(), ErrorKind::TooLarge(_)) => {
            assert!(e.detail().contains(detail_has), "detail {:?} should mention {detail_has:?}", e.detail())
        }
        Err(e) => panic!("expected too-large ({detail_has}), got {e}"),
        Ok(_) => panic!("expected too-large ({detail_has}), the file was read"),
    }
}

/// A hang guard, not a speed target: a reader that loops or inflates a bomb
/// takes minutes, a working one milliseconds even in a debug build on a
/// loaded machine. The speed of these refusals is measured in BENCHMARKS.md
/// (release build), as the brief asks of speed targets.
const HANG: Duration = Duration::from_secs(60);

fn document_with_body(body: &str) -> String {
    format!(r#"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>"#)
}

#[test]
fn a_part_that_inflates_past_its_limit_stops_while_inflating() {
    // 70 MB of spaces inside one paragraph: about 70 KB compressed (a zip bomb).
    let body = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", " ".repeat(70 << 20));
    let bytes = package("").replace_main("word/document.xml", &document_with_body(&body)).bytes();
    assert!(bytes.len() < 1 << 20, "the bomb is small: {} bytes", bytes.len());
    let (result, took) = read_with(&bytes, &Limits::default());
    assert_too_large(&result, "unpacks to more than 64 MB");
    assert!(took < HANG, "{took:?}");
}

#[test]
fn parts_that_together_inflate_past_the_total_limit_stop() {
    let limits = Limits { max_inflated_total: 1 << 20, max_part_bytes: 800 << 10, ..Limits::default() };
    let filler = "x".repeat(600 << 10);
    let bytes = package("<w:p><w:r><w:t>Short body.</w:t></w:r></w:p>")
        .part(
            Part::new(
                "word/header1.xml",
                format!(r#"<w:hdr {NAMESPACES}><w:p><w:r><w:t>{filler}</w:t></w:r></w:p></w:hdr>"#),
            )
            .related("header"),
        )
        .part(
            Part::new(
                "word/footer1.xml",
                format!(r#"<w:ftr {NAMESPACES}><w:p><w:r><w:t>{filler}</w:t></w:r></w:p></w:ftr>"#),
            )
            .related("footer"),
        )
        .bytes();
    let (result, _) = read_with(&bytes, &limits);
    assert_too_large(&result, "in total");
    // Each part alone is within its limit: the same file reads with a larger total.
    let (result, _) = read_with(&bytes, &Limits { max_inflated_total: 4 << 20, ..limits });
    assert!(result.is_ok(), "{:?}", result.err());
}

/// Rewrites the uncompressed size of `name` in both its local header and its
/// central-directory entry: the archive then lies about how large the part is.
fn lie_about_size(zip: &mut [u8], name: &str, declared: u32) -> usize {
    let mut patched = 0;
    let mut i = 0;
    while i + 46 <= zip.len() {
        let sig = &zip[i..i + 4];
        let (name_len_at, size_at, name_at) = match sig {
            [0x50, 0x4b, 0x03, 0x04] => (i + 26, i + 22, i + 30),
            [0x50, 0x4b, 0x01, 0x02] => (i + 28, i + 24, i + 46),
            _ => {
                i += 1;
                continue;
            }
        };
        let name_len = usize::from(u16::from_le_bytes([zip[name_len_at], zip[name_len_at + 1]]));
        if zip.get(name_at..name_at + name_len) == Some(name.as_bytes()) {
            zip[size_at..size_at + 4].copy_from_slice(&declared.to_le_bytes());
            patched += 1;
        }
        i += 4;
    }
    patched
}

#[test]
fn declared_sizes_are_never_trusted() {
    let limits = Limits { max_part_bytes: 1 << 20, ..Limits::default() };
    let body = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", "lie ".repeat(1 << 20));
    let honest = package("").replace_main("word/document.xml", &document_with_body(&body)).bytes();

    // Says 100 bytes, inflates to 4 MB: never more than the limit is inflated.
    let mut small_lie = honest.clone();
    assert_eq!(lie_about_size(&mut small_lie, "word/document.xml", 100), 2, "both headers patched");
    let (result, took) = read_with(&small_lie, &limits);
    match &result {
        Err(e) => assert!(matches!(e.kind(), ErrorKind::TooLarge(_) | ErrorKind::Corrupt(_)), "{e}"),
        Ok(_) => panic!("a part whose size lies must not read as whole"),
    }
    assert!(took < HANG, "{took:?}");

    // Says 4 GB, holds 4 MB: the declared size allocates nothing; the real size decides.
    let mut big_lie = honest;
    assert_eq!(lie_about_size(&mut big_lie, "word/document.xml", u32::MAX - 1), 2);
    let (result, took) = read_with(&big_lie, &limits);
    match &result {
        Err(e) => assert!(matches!(e.kind(), ErrorKind::TooLarge(_) | ErrorKind::Corrupt(_)), "{e}"),
        Ok(_) => panic!("4 MB inflated past a 1 MB part limit"),
    }
    assert!(took < HANG, "{took:?}");
}

#[test]
fn too_many_entries_are_refused_before_reading_them() {
    let mut files: Vec<(String, Vec<u8>)> = (0..10_001).map(|i| (format!("word/media/e{i}.bin"), Vec::new())).collect();
    files.push(("word/document.xml".into(), document_with_body("<w:p/>").into_bytes()));
    let bytes = zip_of(&files);
    let (result, took) = read_with(&bytes, &Limits::default());
    assert_too_large(&result, "10002 parts");
    assert!(took < HANG, "{took:?}");
}

#[test]
fn deep_xml_nesting_is_refused_quickly() {
    // 100,000 nested content controls: a recursive reader would overflow its stack.
    let depth = 100_000;
    let body = format!("{}{}", "<w:sdt><w:sdtContent>".repeat(depth), "</w:sdtContent></w:sdt>".repeat(depth));
    let bytes = package("").replace_main("word/document.xml", &document_with_body(&body)).bytes();
    let (result, took) = read_with(&bytes, &Limits::default());
    assert_too_large(&result, "nested more than 256 levels");
    assert!(took < HANG, "{took:?}");

    // The same in the styles part.
    let styles = format!(
        r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{}{}</w:styles>"#,
        "<w:style>".repeat(depth),
        "</w:style>".repeat(depth)
    );
    let bytes = package("<w:p/>").part(Part::new("word/styles.xml", styles).related("styles")).bytes();
    let (result, took) = read_with(&bytes, &Limits::default());
    assert_too_large(&result, "nested more than 256 levels");
    assert!(took < HANG, "{took:?}");
}

#[test]
fn text_past_its_limit_is_refused() {
    let limits = Limits { max_text_chars: 1_000, ..Limits::default() };
    let body = "<w:p><w:r><w:t>forty characters of text, again and again</w:t></w:r></w:p>".repeat(30);
    let bytes = package(&body).bytes();
    let (result, _) = read_with(&bytes, &limits);
    assert_too_large(&result, "more text than the limit");
    let (result, _) = read_with(&bytes, &Limits { max_text_chars: 2_000, ..limits });
    assert!(result.is_ok(), "{:?}", result.err());
}

#[test]
fn unclosed_fields_are_refused_not_accumulated() {
    // 200,000 field starts that never end, then text: each character used to
    // be checked against every open field (quadratic).
    let body = format!(
        "<w:p>{}</w:p><w:p>{}</w:p>",
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#.repeat(200_000),
        "<w:r><w:t>x</w:t></w:r>".repeat(10_000)
    );
    let bytes = package(&body).bytes();
    let (result, took) = read_with(&bytes, &Limits::default());
    assert_too_large(&result, "fields nested more than 64");
    assert!(took < HANG, "{took:?}");
}

#[test]
fn a_flood_of_typed_urls_is_read_in_linear_time_and_bounded() {
    let body = format!(
        "<w:p><w:r><w:t>{}</w:t></w:r></w:p>",
        (0..200_000).map(|i| format!("www.site{i}.org ")).collect::<String>()
    );
    let bytes = package(&body).bytes();
    let (result, took) = read_with(&bytes, &Limits::default());
    let doc = result.expect("a long document of URLs is readable");
    assert_eq!(doc.links.len(), 10_000, "plain-text links are capped");
    assert!(took < HANG, "{took:?}");
}

#[test]
fn mutated_copies_of_a_real_docx_never_panic() {
    // 300 copies of one fixture, each with bytes overwritten at spread-out
    // places (a fixed sequence, so a failure can be replayed).
    let base = package(
        r#"<w:p><w:r><w:t>Some text</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>
           <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
    )
    .rel(common::rel("rId9", "hyperlink", "https://example.org/", true))
    .part(Part::new("word/footnotes.xml", r#"<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>note</w:t></w:r></w:p></w:footnote></w:footnotes>"#).related("footnotes"))
    .bytes();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..300 {
        let mut bytes = base.clone();
        for _ in 0..1 + next() % 8 {
            let at = (next() % bytes.len() as u64) as usize;
            bytes[at] = next() as u8;
        }
        let outcome = std::panic::catch_unwind(|| read_with(&bytes, &Limits::default()));
        assert!(outcome.is_ok(), "a mutated copy panicked the reader");
    }
}

#[test]
fn links_left_open_over_a_long_text_keep_a_bounded_copy_of_it() {
    // 60 HYPERLINK fields opened and closed only at the end, around 4 MB of
    // text: each open link used to keep its own full copy of that text.
    let open = r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#;
    let close = r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#;
    let body = format!(
        "<w:p>{}{}{}</w:p>",
        open.repeat(60),
        "<w:r><w:t>words words words words </w:t></w:r>".repeat(170_000),
        close.repeat(60)
    );
    let (result, took) = read_with(&package(&body).bytes(), &Limits::default());
    let doc = result.expect("readable");
    assert_eq!(doc.links.len(), 60);
    assert!(doc.links.iter().all(|l| l.text.len() <= 2_100), "link text is capped");
    assert!(took < HANG, "{took:?}");
}
