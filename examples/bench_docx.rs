//! The DOCX benchmark's file and its native timing.
//!
//! `cargo run --release --example bench_docx -- write OUT.docx` writes, with
//! docx-rs, a long contribution: 30 chapters, each a heading, 18 paragraphs of
//! 90 words (every third with a footnote, every fifth with a hyperlink) and a
//! 12-row table: 53,400 words in the body and 2,700 in the notes, over 100
//! pages at 500 words a page.
//!
//! `cargo run --release --example bench_docx -- time FILE [RUNS]` reads it
//! RUNS times (default 15) with the reader alone and with the whole check, and
//! prints the median of each in milliseconds.
//!
//! `scripts/bench-docx` runs both, then the same file in Node (wasm, and
//! mammoth.js for comparison); see BENCHMARKS.md.

use docx_rs::{Docx, Footnote, Hyperlink, HyperlinkType, Paragraph, Run, Style, StyleType, Table, TableCell, TableRow};
use std::time::Instant;
use submission_checker::{check_with, limits::Limits, profile, read, sniff, words, Options};

const CHAPTERS: usize = 30;
const PARAGRAPHS: usize = 18;
const WORDS_PER_PARAGRAPH: usize = 90;
const TABLE_ROWS: usize = 12;

const VOCABULARY: &[&str] = &[
    "the",
    "right",
    "to",
    "an",
    "effective",
    "remedy",
    "for",
    "victims",
    "of",
    "human",
    "rights",
    "violations",
    "requires",
    "independent",
    "oversight",
    "and",
    "accountability",
    "State",
    "authorities",
    "must",
    "investigate",
    "allegations",
    "promptly",
    "thoroughly",
    "with",
    "participation",
    "families",
    "communities",
    "law",
    "enforcement",
    "officials",
    "use",
    "force",
    "only",
    "when",
    "strictly",
    "necessary",
    "proportionate",
    "international",
    "standards",
    "reparation",
    "includes",
    "restitution",
    "compensation",
    "rehabilitation",
    "satisfaction",
    "guarantees",
    "non-repetition",
    "civil",
    "society",
    "organisations",
    "documented",
    "cases",
    "in",
    "2023",
    "across",
    "several",
    "regions",
    "well-being",
    "and/or",
    "data",
    "collection",
    "disaggregated",
    "by",
    "age",
    "gender",
    "descent",
    "is",
    "essential",
];

/// A fixed sequence of words (xorshift), so every run writes the same file.
struct Words(u64);
impl Words {
    fn sentence(&mut self, n: usize) -> String {
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            out.push(VOCABULARY[(self.0 % VOCABULARY.len() as u64) as usize]);
        }
        let mut s = out.join(" ");
        s.push('.');
        s
    }
}

fn write(path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut words = Words(0x2545_F491_4F6C_DD1D);
    let mut docx = Docx::new().add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"));
    for c in 1..=CHAPTERS {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Heading1")
                .add_run(Run::new().add_text(format!("Chapter {c}: {}", words.sentence(5)))),
        );
        for p in 1..=PARAGRAPHS {
            let mut para = Paragraph::new().add_run(Run::new().add_text(words.sentence(WORDS_PER_PARAGRAPH)));
            if p % 5 == 0 {
                let url = format!("https://www.example.org/reports/{c}/{p}");
                para = para.add_run(Run::new().add_text(" See ")).add_hyperlink(
                    Hyperlink::new(url, HyperlinkType::External).add_run(Run::new().add_text("the report")),
                );
            }
            if p % 3 == 0 {
                let mut note = Footnote::new();
                let note = note.add_content(Paragraph::new().add_run(Run::new().add_text(words.sentence(15))));
                para = para.add_run(Run::new().add_footnote_reference(note));
            }
            docx = docx.add_paragraph(para);
        }
        let rows = (0..TABLE_ROWS)
            .map(|_| {
                TableRow::new(
                    (0..3)
                        .map(|_| {
                            TableCell::new()
                                .add_paragraph(Paragraph::new().add_run(Run::new().add_text(words.sentence(4))))
                        })
                        .collect(),
                )
            })
            .collect();
        docx = docx.add_table(Table::new(rows));
    }
    let file = std::fs::File::create(path)?;
    docx.build().pack(file)?;
    Ok(())
}

fn median_ms(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn time(path: &str, runs: usize) -> Result<(), Box<dyn std::error::Error>> {
    let bytes = std::fs::read(path)?;
    let format = sniff::sniff(&bytes).format;
    let limits = Limits::default();
    let doc = read::read(&bytes, format, &limits)?;
    let w = words::WordCounts::of(&doc);
    println!(
        "file {path}: {} bytes, {} body words, {} note words, {} links",
        bytes.len(),
        w.body,
        w.notes,
        doc.links.len()
    );
    // What `write` put in, counted from its constants: headings ("Chapter N:" and
    // 5 words), paragraphs, "See the report" every fifth, 3 × 4-word cells a row.
    let body = CHAPTERS * (7 + PARAGRAPHS * WORDS_PER_PARAGRAPH + PARAGRAPHS / 5 * 3 + TABLE_ROWS * 3 * 4);
    let notes = CHAPTERS * (PARAGRAPHS / 3) * 15;
    if (w.body, w.notes) != (body as u64, notes as u64) {
        println!("note: a file not written by `write` (it would hold {body} body and {notes} note words)");
    }
    let mut read_ms = Vec::new();
    let mut check_ms = Vec::new();
    let call = profile::builtin("emler-2024").ok_or("no built-in profile")?;
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(read::read(&bytes, format, &limits)?);
        read_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        std::hint::black_box(check_with(&bytes, "bench.docx", &call, None, &Options::default()));
        check_ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!("native read  median {:.1} ms over {runs} runs", median_ms(read_ms));
    println!("native check median {:.1} ms over {runs} runs", median_ms(check_ms));
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["write", out] => write(out),
        ["time", file] => time(file, 15),
        ["time", file, runs] => time(file, runs.parse()?),
        _ => Err("usage: bench_docx write OUT.docx | time FILE [RUNS]".into()),
    }
}
