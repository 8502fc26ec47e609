//! Prints what the reader makes of a file: each block with its kind and
//! word count, then notes, headers and footers, hidden text, links, changes,
//! comments and properties. For investigating a file by hand.
//!
//! `cargo run --example read_docx -- FILE.docx`

use submission_checker::{limits::Limits, read, sniff, words};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: read_docx FILE")?;
    let bytes = std::fs::read(&path)?;
    let doc = read::read(&bytes, sniff::sniff(&bytes).format, &Limits::default())?;
    let show = |title: &str, blocks: &[submission_checker::document::Block]| {
        println!("== {title}");
        for b in blocks {
            println!("[{:?} {}w] {}", b.kind, words::count(&b.text), b.text.replace('\n', "⏎").replace('\t', "⇥"));
        }
    };
    show("body", &doc.body);
    show("notes", &doc.notes);
    show("headers and footers", &doc.headers_footers);
    show("hidden", &doc.hidden_text);
    println!("== links");
    for l in &doc.links {
        println!("{:?} {:?} {} [{}]", l.kind, l.origin, l.url, l.text);
    }
    println!("== changes");
    for c in &doc.changes {
        println!("{:?} {:?} [{}]", c.kind, c.author, c.text);
    }
    println!("== comments");
    for c in &doc.comments {
        println!("{:?} [{}]", c.author, c.text);
    }
    println!("== metadata\n{:?}\nmacros {:?}\nembedded {:?}", doc.metadata, doc.macros, doc.embedded);
    let w = words::WordCounts::of(&doc);
    println!("== words body {} notes {}", w.body, w.notes);
    Ok(())
}
