//! The browser benchmark's files (`scripts/bench-browser`, BENCHMARKS.md,
//! *Browser: side by side*), written from the project's own text.
//!
//! `cargo run --release --example bench_files -- OUT_DIR` writes
//!
//! - `2500.docx` and `2500.pdf`: 2,500 words each, the length most calls allow;
//! - `100p.docx`: 50,000 words (100 pages at 500 words a page);
//! - `300p.pdf`: 300 A4 pages of up to 500 words (10 pt, cut at page 300).
//!
//! The words are those of README.md and docs/*.md, Markdown marks removed,
//! taken in order (and from the start again when a file needs more):
//! headings stay headings, paragraphs stay paragraphs. The DOCX files are
//! written by docx-rs, as in `examples/bench_docx.rs`. The PDFs are written
//! here with lopdf the way a simple producer does it: the standard Helvetica
//! and Helvetica-Bold fonts with WinAnsiEncoding (no embedded font), each
//! line placed with `Td` and shown with one `Tj`, lines broken by Helvetica's
//! own widths, a running header and a page number on every page, content
//! streams Flate-compressed.

use docx_rs::{Docx, Paragraph, Run, Style, StyleType};
use lopdf::{dictionary, Document, Object, ObjectId, Stream, StringFormat};
use std::path::{Path, PathBuf};

/// A heading or a paragraph of the source text.
#[derive(Clone)]
enum Part {
    Heading(String),
    Paragraph(String),
}

/// The project's own prose: README.md then docs/*.md, without code blocks,
/// tables, images or HTML, with links reduced to their text.
fn source_text(root: &Path) -> Result<Vec<Part>, Box<dyn std::error::Error>> {
    let mut files = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    let mut parts = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f)?;
        let mut para = String::new();
        let mut in_code = false;
        let flush = |para: &mut String, parts: &mut Vec<Part>| {
            let p = para.split_whitespace().collect::<Vec<_>>().join(" ");
            if p.split(' ').count() >= 3 {
                parts.push(Part::Paragraph(p));
            }
            para.clear();
        };
        for line in text.lines() {
            let t = line.trim();
            if t.starts_with("```") {
                in_code = !in_code;
                flush(&mut para, &mut parts);
                continue;
            }
            if in_code || t.starts_with('|') || t.starts_with('<') || t.starts_with("![") {
                continue;
            }
            if t.is_empty() {
                flush(&mut para, &mut parts);
            } else if let Some(h) = t.strip_prefix('#') {
                flush(&mut para, &mut parts);
                parts.push(Part::Heading(plain(h.trim_start_matches('#').trim())));
            } else {
                // A list item starts a paragraph of its own.
                let item = t.strip_prefix("- ").or_else(|| t.strip_prefix("* "));
                if item.is_some() {
                    flush(&mut para, &mut parts);
                }
                para.push_str(&plain(item.unwrap_or(t)));
                para.push(' ');
            }
        }
        flush(&mut para, &mut parts);
    }
    Ok(parts)
}

/// A Markdown line without its marks: `[text](url)` → text; `*`, `_` and
/// backticks dropped.
fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](").and_then(|close| after[close..].find(')').map(|end| (close, close + end))) {
            Some((close, end)) => {
                out.push_str(&after[..close]);
                rest = &after[end + 1..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.chars().filter(|c| !matches!(c, '*' | '`' | '_')).collect()
}

/// Parts in order, from the start again as often as needed, until `words`
/// words (the last paragraph cut to fit).
fn take_words(source: &[Part], words: usize) -> Vec<Part> {
    let mut out = Vec::new();
    let mut n = 0;
    for part in source.iter().cycle() {
        let text = match part {
            Part::Heading(t) | Part::Paragraph(t) => t,
        };
        let w = text.split_whitespace().count();
        if n + w >= words {
            let cut = text.split_whitespace().take(words - n).collect::<Vec<_>>().join(" ");
            out.push(Part::Paragraph(cut));
            break;
        }
        n += w;
        out.push(part.clone());
    }
    out
}

fn write_docx(path: &Path, parts: &[Part]) -> Result<(), Box<dyn std::error::Error>> {
    let mut docx = Docx::new().add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"));
    for part in parts {
        docx = match part {
            Part::Heading(t) => docx.add_paragraph(Paragraph::new().style("Heading1").add_run(Run::new().add_text(t))),
            Part::Paragraph(t) => docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(t))),
        };
    }
    docx.build().pack(std::fs::File::create(path)?)?;
    Ok(())
}

/// Helvetica's advance widths for ASCII 32–126 (its AFM file), in 1/1000 em.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
    556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
    260, 334, 584,
];

/// `s` in WinAnsiEncoding: Latin-1 as is, the typographic marks at their
/// WinAnsi codes, anything else as `-`.
fn win_ansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '…' => 0x85,
            _ => b'-',
        })
        .collect()
}

/// Width of WinAnsi `bytes` in points at `size` (accented letters as 556).
fn width(bytes: &[u8], size: f32) -> f32 {
    bytes
        .iter()
        .map(|&b| f32::from(HELVETICA.get(usize::from(b).wrapping_sub(32)).copied().unwrap_or(556)))
        .sum::<f32>()
        * size
        / 1000.0
}

/// A PDF string literal: `(`, `)` and `\` escaped.
fn literal(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![b'('];
    for &b in bytes {
        if matches!(b, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b')');
    out
}

/// Breaks `text` into lines no wider than `max` points at `size`.
fn lines(text: &str, size: f32, max: f32) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    for word in text.split_whitespace() {
        let w = win_ansi(word);
        if !line.is_empty() && width(&line, size) + width(b" ", size) + width(&w, size) > max {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(b' ');
        }
        line.extend(w);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 72.0;
const BODY_SIZE: f32 = 10.0;
const HEADING_SIZE: f32 = 13.0;
const LEADING: f32 = 12.5;
const WORDS_PER_PAGE: usize = 500;

/// The PDF's pages, each as its content stream, from `parts`, at most
/// [`WORDS_PER_PAGE`] words a page (or until the page is full), and at most
/// `max_pages` pages.
fn pdf_pages(parts: &[Part], title: &str, max_pages: usize) -> Vec<Vec<u8>> {
    let mut lines_out: Vec<(bool, Vec<u8>)> = Vec::new(); // (heading, text); empty = paragraph gap
    for part in parts {
        match part {
            Part::Heading(t) => {
                lines_out.push((false, Vec::new()));
                lines_out.extend(lines(t, HEADING_SIZE, PAGE_W - 2.0 * MARGIN).into_iter().map(|l| (true, l)));
            }
            Part::Paragraph(t) => {
                lines_out.extend(lines(t, BODY_SIZE, PAGE_W - 2.0 * MARGIN).into_iter().map(|l| (false, l)));
                lines_out.push((false, Vec::new()));
            }
        }
    }
    let top = PAGE_H - MARGIN;
    let mut pages = Vec::new();
    let mut it = lines_out.into_iter().peekable();
    while it.peek().is_some() && pages.len() < max_pages {
        let mut body = Vec::new();
        let mut y = top;
        let mut words = 0;
        let mut first = true;
        while let Some((heading, text)) = it.peek() {
            if y < MARGIN + LEADING || words >= WORDS_PER_PAGE {
                break;
            }
            if text.is_empty() {
                if !first {
                    y -= LEADING / 2.0;
                }
                it.next();
                continue;
            }
            let (font, size) = if *heading { ("F2", HEADING_SIZE) } else { ("F1", BODY_SIZE) };
            body.extend(format!("BT /{font} {size} Tf 1 0 0 1 {MARGIN} {y:.2} Tm ").as_bytes());
            body.extend(literal(text));
            body.extend(b" Tj ET\n");
            words += text.split(|b| *b == b' ').filter(|w| !w.is_empty()).count();
            y -= if *heading { LEADING * 1.4 } else { LEADING };
            first = false;
            it.next();
        }
        pages.push(body);
    }
    let count = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(i, body)| {
            // Header and page number: one text object, moved with Td between lines.
            let header = win_ansi(title);
            let number = format!("{} / {count}", i + 1);
            let mut s = Vec::new();
            s.extend(format!("BT /F1 9 Tf {MARGIN} {:.2} Td ", PAGE_H - 40.0).as_bytes());
            s.extend(literal(&header));
            s.extend(
                format!(
                    " Tj {:.2} {:.2} Td ",
                    (PAGE_W - width(number.as_bytes(), 9.0)) / 2.0 - MARGIN,
                    40.0 - (PAGE_H - 40.0)
                )
                .as_bytes(),
            );
            s.extend(literal(number.as_bytes()));
            s.extend(b" Tj ET\n");
            s.extend(body);
            s
        })
        .collect()
}

fn write_pdf(path: &Path, parts: &[Part], title: &str, max_pages: usize) -> Result<usize, Box<dyn std::error::Error>> {
    let mut doc = Document::with_version("1.7");
    let pages_id: ObjectId = doc.new_object_id();
    let font = |name: &str| dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => name.to_string(), "Encoding" => "WinAnsiEncoding" };
    let f1 = doc.add_object(font("Helvetica"));
    let f2 = doc.add_object(font("Helvetica-Bold"));
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => f1, "F2" => f2 } });
    let mut kids = Vec::new();
    let pages = pdf_pages(parts, title, max_pages);
    let count = pages.len();
    for content in pages {
        let mut stream = Stream::new(dictionary! {}, content);
        stream.compress()?;
        let content = doc.add_object(stream);
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), PAGE_W.into(), PAGE_H.into()],
            "Resources" => resources,
            "Contents" => content,
        });
        kids.push(Object::Reference(page));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count as i64 }),
    );
    let root = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", root);
    let info = doc.add_object(dictionary! {
        "Title" => Object::String(title.as_bytes().to_vec(), StringFormat::Literal),
        "Producer" => Object::String(b"submission-checker examples/bench_files.rs (lopdf)".to_vec(), StringFormat::Literal),
    });
    doc.trailer.set("Info", info);
    let mut out = Vec::new();
    doc.save_to(&mut out)?;
    std::fs::write(path, out)?;
    Ok(count)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::args().nth(1).ok_or("usage: bench_files OUT_DIR")?);
    std::fs::create_dir_all(&out)?;
    let source = source_text(Path::new(env!("CARGO_MANIFEST_DIR")))?;
    let title = "Submission checker: how it works (benchmark document)";
    write_docx(&out.join("2500.docx"), &take_words(&source, 2_500))?;
    write_docx(&out.join("100p.docx"), &take_words(&source, 100 * WORDS_PER_PAGE))?;
    let pages = write_pdf(&out.join("2500.pdf"), &take_words(&source, 2_500), title, usize::MAX)?;
    println!("2500.pdf: {pages} pages");
    // More words than 300 pages hold; the PDF stops at page 300.
    let pages = write_pdf(&out.join("300p.pdf"), &take_words(&source, 330 * WORDS_PER_PAGE), title, 300)?;
    println!("300p.pdf: {pages} pages");
    Ok(())
}
