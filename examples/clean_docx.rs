//! Makes the clean copy of a DOCX (`clean::clean_docx`) and says what it
//! removed and how long it took.
//!
//! `cargo run --release --example clean_docx -- IN.docx OUT.docx`

use std::time::Instant;
use submission_checker::clean::clean_docx;
use submission_checker::limits::Limits;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        return Err("usage: clean_docx IN.docx OUT.docx".into());
    };
    let bytes = std::fs::read(&input)?;
    let start = Instant::now();
    let cleaned = clean_docx(&bytes, &Limits::default())?;
    let took = start.elapsed();
    std::fs::write(&output, &cleaned.bytes)?;
    println!(
        "{input}: {} bytes -> {} bytes in {:.1} ms",
        bytes.len(),
        cleaned.bytes.len(),
        took.as_secs_f64() * 1000.0
    );
    println!("{:?}", cleaned.removed);
    Ok(())
}
