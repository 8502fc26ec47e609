//! Writes a small real DOCX for the browser tests with docx-rs (Word's own
//! format, written by an independent library), and a JSON sidecar giving its
//! text and link, so tests can compute the expected figures without our code.
//!
//! Next to it, `long-title.docx`: a document whose stored title (Word's
//! File > Info > Title, `dc:title` in `docProps/core.xml`) is about 3,000
//! characters of accented and non-Latin text, for the test that the
//! `mailto:` link stays short.
//!
//! And `dirty.docx`: the contribution with what would be published by
//! accident: a comment, a tracked deletion and a hidden note (its sidecar
//! names them), for the test of the amber verdict.
//!
//! And `over-limit.docx`: about 2,660 words (the 2024 call allows 2,500)
//! under a title and four headings of two levels, for the test of the
//! sections chart; its sidecar gives each section's heading and paragraphs.
//!
//! `cargo run --example make_fixture -- OUT.docx`

use docx_rs::{Comment, Delete, Docx, Hyperlink, HyperlinkType, Paragraph, Run, Style, StyleType};

/// The contribution's paragraphs (one of them holds a link to `LINK`).
pub const PARAGRAPHS: &[&str] = &[
    "Contribution to the call for inputs on justice, accountability and redress",
    "Our organisation documents cases of excessive use of force by law enforcement officials against people of African descent.",
    "Victims and their families told us that complaint procedures are slow, that investigations rarely lead to prosecution, and that redress is seldom granted.",
    "We recommend independent and well-resourced oversight bodies with the power to compel testimony and publish their findings.",
];
/// The link's shown text (appended to the last paragraph) and target.
pub const LINK_TEXT: &str = "Annual report 2023";
pub const LINK: &str = "https://www.example.org/reports/2023";
/// Repeated to make the long title.
pub const TITLE_PIECE: &str = "Justicia, rendición de cuentas y reparación — Ελλάδα — 中文 — ";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: make_fixture OUT.docx")?;
    let mut docx = Docx::new();
    let last = PARAGRAPHS.len() - 1;
    for (i, text) in PARAGRAPHS.iter().enumerate() {
        let mut p = Paragraph::new().add_run(Run::new().add_text(*text));
        if i == last {
            p = p
                .add_run(Run::new().add_text(" See "))
                .add_hyperlink(Hyperlink::new(LINK, HyperlinkType::External).add_run(Run::new().add_text(LINK_TEXT)));
        }
        docx = docx.add_paragraph(p);
    }
    let file = std::fs::File::create(&out)?;
    docx.build().pack(file)?;
    let mut text: Vec<String> = PARAGRAPHS.iter().map(|s| s.to_string()).collect();
    text[last] = format!("{} See {}", text[last], LINK_TEXT);
    let sidecar = serde_json::json!({ "paragraphs": text, "link": LINK, "link_text": LINK_TEXT });
    std::fs::write(format!("{out}.json"), serde_json::to_string_pretty(&sidecar)?)?;

    let dirty = std::path::Path::new(&out).with_file_name("dirty.docx");
    dirty_docx().build().pack(std::fs::File::create(&dirty)?)?;
    std::fs::write(
        dirty.with_extension("docx.json"),
        serde_json::to_string_pretty(&serde_json::json!({
            "would_publish": ["comments", "tracked-changes", "hidden-text"],
            "comment": COMMENT, "deleted": DELETED, "hidden": HIDDEN,
        }))?,
    )?;

    let (over, sections) = over_limit_docx();
    let path = std::path::Path::new(&out).with_file_name("over-limit.docx");
    over.build().pack(std::fs::File::create(&path)?)?;
    std::fs::write(
        path.with_extension("docx.json"),
        serde_json::to_string_pretty(&serde_json::json!({ "sections": sections }))?,
    )?;

    let title = TITLE_PIECE.repeat(50);
    let title = title.trim_end();
    let mut plain = Vec::new();
    Docx::new()
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(PARAGRAPHS[1])))
        .build()
        .pack(std::io::Cursor::new(&mut plain))?;
    let path = std::path::Path::new(&out).with_file_name("long-title.docx");
    std::fs::write(&path, with_title(&plain, title)?)?;
    std::fs::write(
        path.with_extension("docx.json"),
        serde_json::to_string_pretty(&serde_json::json!({ "title": title }))?,
    )?;
    Ok(())
}

/// What `dirty.docx` holds besides the contribution's text.
const COMMENT: &str = "Check this figure against the final casework database before sending.";
const DELETED: &str = "The transport police have refused every request we have made.";
const HIDDEN: &str = "[Internal note: do not mention the dispute with the city.]";

/// The contribution's paragraphs, with a comment on the first, a tracked
/// deletion in the second and a hidden run in the third.
fn dirty_docx() -> Docx {
    let mut docx = Docx::new();
    for (i, text) in PARAGRAPHS.iter().enumerate() {
        let mut p = Paragraph::new();
        match i {
            0 => {
                let comment = Comment::new(1)
                    .author("Ana Souza")
                    .add_paragraph(Paragraph::new().add_run(Run::new().add_text(COMMENT)));
                p = p.add_comment_start(comment).add_run(Run::new().add_text(*text)).add_comment_end(1);
            }
            1 => {
                p = p.add_run(Run::new().add_text(*text)).add_delete(
                    Delete::new()
                        .author("Ana Souza")
                        .date("2024-05-01T10:00:00Z")
                        .add_run(Run::new().add_delete_text(format!(" {DELETED}"))),
                );
            }
            2 => p = p.add_run(Run::new().add_text(*text)).add_run(Run::new().add_text(format!(" {HIDDEN}")).vanish()),
            _ => p = p.add_run(Run::new().add_text(*text)),
        }
        docx = docx.add_paragraph(p);
    }
    docx
}

/// The same DOCX with `dc:title` set in `docProps/core.xml` (docx-rs has no setter for it).
fn with_title(docx: &[u8], title: &str) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry.name()?.to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data)?;
        if name == "docProps/core.xml" {
            let xml = String::from_utf8(data)?;
            let escaped = title.replace('&', "&amp;").replace('<', "&lt;");
            data = xml
                .replacen("</cp:coreProperties>", &format!("<dc:title>{escaped}</dc:title></cp:coreProperties>"), 1)
                .into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())?;
        out.write_all(&data)?;
    }
    Ok(out.finish()?.into_inner())
}

/// `over-limit.docx`'s outline: heading level (0: the text before the first
/// heading), heading, and how many paragraphs of the contribution's three
/// sentences of prose it holds.
const OVER_LIMIT: &[(usize, &str, usize)] = &[
    (0, "", 1),
    (1, "Background and method", 16),
    (2, "Cases documented in 2023", 72),
    (2, "Remedies sought", 12),
    (1, "Recommendations to the State", 36),
];

/// The over-limit document, with heading styles as Word defines them (an
/// outline level, larger bold type), and its sections as a sidecar.
fn over_limit_docx() -> (Docx, Vec<serde_json::Value>) {
    let mut docx = Docx::new()
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1").outline_lvl(0).size(32).bold())
        .add_style(Style::new("Heading2", StyleType::Paragraph).name("heading 2").outline_lvl(1).size(26).bold());
    let mut sections = Vec::new();
    for &(level, heading, paragraphs) in OVER_LIMIT {
        if level > 0 {
            docx = docx.add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(heading)).style(&format!("Heading{level}")),
            );
        }
        let texts: Vec<String> = (0..paragraphs).map(|i| PARAGRAPHS[1 + i % 3].to_string()).collect();
        for text in &texts {
            docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(text)));
        }
        let heading = (level > 0).then_some(heading);
        sections.push(serde_json::json!({ "heading": heading, "level": level, "paragraphs": texts }));
    }
    (docx, sections)
}
