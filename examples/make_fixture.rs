//! Writes a small real DOCX for the browser tests with docx-rs (Word's own
//! format, written by an independent library), and a JSON sidecar giving its
//! text and link, so tests can compute the expected figures without our code.
//!
//! `cargo run --example make_fixture -- OUT.docx`

use docx_rs::{Docx, Hyperlink, HyperlinkType, Paragraph, Run};

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

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: make_fixture OUT.docx")?;
    let mut docx = Docx::new();
    let last = PARAGRAPHS.len() - 1;
    for (i, text) in PARAGRAPHS.iter().enumerate() {
        let mut p = Paragraph::new().add_run(Run::new().add_text(*text));
        if i == last {
            p = p.add_run(Run::new().add_text(" See ")).add_hyperlink(
                Hyperlink::new(LINK, HyperlinkType::External).add_run(Run::new().add_text(LINK_TEXT)),
            );
        }
        docx = docx.add_paragraph(p);
    }
    let file = std::fs::File::create(&out)?;
    docx.build().pack(file)?;
    let mut text: Vec<String> = PARAGRAPHS.iter().map(|s| s.to_string()).collect();
    text[last] = format!("{} See {}", text[last], LINK_TEXT);
    let sidecar = serde_json::json!({ "paragraphs": text, "link": LINK, "link_text": LINK_TEXT });
    std::fs::write(format!("{out}.json"), serde_json::to_string_pretty(&sidecar)?)?;
    Ok(())
}
