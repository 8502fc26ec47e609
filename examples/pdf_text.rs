//! Prints what the reader makes of a file: each block with its part and page,
//! then the word counts. For looking at a PDF by eye:
//! `cargo run --example pdf_text -- file.pdf`
use submission_checker::{limits::Limits, read, sniff, words::WordCounts};

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_default();
        let format = sniff::sniff(&bytes).format;
        match read::read(&bytes, format, &Limits::default()) {
            Err(e) => println!("{path}: {e}"),
            Ok(doc) => {
                for (part, blocks) in [("body", &doc.body), ("note", &doc.notes), ("furniture", &doc.headers_footers)] {
                    for b in blocks.iter() {
                        println!("[{part} p{}] {}", b.location.page.unwrap_or(0), b.text);
                    }
                }
                for l in &doc.links {
                    println!("[link {:?} {:?}] {} <{}>", l.kind, l.origin, l.url, l.text);
                }
                let w = WordCounts::of(&doc);
                println!(
                    "{path}: body {} notes {} furniture {} pages {:?} no-text {:?} notes_separated {}",
                    w.body,
                    w.notes,
                    doc.headers_footers.iter().map(|b| submission_checker::words::count(&b.text)).sum::<u64>(),
                    doc.pages,
                    doc.pages_without_text,
                    doc.notes_separated
                );
            }
        }
    }
}
