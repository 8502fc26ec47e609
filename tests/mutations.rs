//! Hostile files by mutation: every corpus file, damaged many ways (bytes
//! flipped, runs overwritten, chunks duplicated, cut short), must give a report
//! (often an `unreadable-file` one), never a panic and never a hang.
//!
//! Each file gets `MUTATIONS` random byte mutations and as many truncations
//! (cut at evenly spread lengths, each moved by a random amount): 300 of each
//! in a release build, as issue 10 asks; 10 of each in a debug build, which
//! is ~20 times slower, so that `cargo test` stays usable. `MUTATIONS=n`
//! overrides both. Covers the DOCX, PDF, .doc and ODT files (with the .doc fuzzer
//! cases of `doc/hostile/`). Needs `../shared/corpus` (ignored unless asked for). Each input runs
//! under `catch_unwind`, so one panic does not hide the others; the counts are
//! printed (`--nocapture`).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use submission_checker::{check_with, profile, Options};

mod common;
use common::corpus_dir;

/// A small deterministic generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// `original` cut short: the `i`th of `n` lengths spread over the file,
/// moved by up to half a step, so that every region of the file is cut somewhere.
fn truncate(original: &[u8], i: usize, n: usize, rng: &mut Rng) -> Vec<u8> {
    let step = (original.len() / n.max(1)).max(1);
    let at = (i * original.len() / n.max(1) + rng.below(step / 2 + 1)).min(original.len().saturating_sub(1));
    original[..at].to_vec()
}

/// One damaged copy of `original`.
fn mutate(original: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = original.to_vec();
    if b.is_empty() {
        return vec![0; rng.below(16)];
    }
    match rng.below(5) {
        0 => {
            // Flip a few random bytes.
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        1 => {
            // Overwrite a run with random bytes.
            let i = rng.below(b.len());
            let n = (1 + rng.below(64)).min(b.len() - i);
            for x in &mut b[i..i + n] {
                *x = rng.next() as u8;
            }
        }
        2 => {
            // Cut the file short.
            b.truncate(rng.below(b.len()));
        }
        3 => {
            // Duplicate a chunk somewhere else.
            let i = rng.below(b.len());
            let n = (1 + rng.below(4096)).min(b.len() - i);
            let chunk = b[i..i + n].to_vec();
            let at = rng.below(b.len());
            b.splice(at..at, chunk);
        }
        _ => {
            // Set a run to 0xFF or 0x00: lengths and offsets become huge or zero.
            let i = rng.below(b.len());
            let n = (1 + rng.below(8)).min(b.len() - i);
            let v = if rng.below(2) == 0 { 0xFF } else { 0x00 };
            for x in &mut b[i..i + n] {
                *x = v;
            }
        }
    }
    b
}

fn corpus_files() -> Vec<PathBuf> {
    let root = corpus_dir();
    let mut files = Vec::new();
    for dir in ["docx", "pdf", "lang/udhr_docs", "doc", "doc/hostile"] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            files.extend(entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()));
        }
    }
    files.sort();
    files
}

#[test]
#[ignore = "needs ../shared/corpus"]
fn damaged_corpus_files_never_panic_or_hang() {
    let files = corpus_files();
    let per_file: usize = std::env::var("MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 10 } else { 300 });
    let call = profile::builtin("emler-2024").expect("built-in profile");
    let options = Options::default();
    let today = "2024-05-10".parse().ok();
    // Silence the default hook: panics are collected and reported below.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut panics = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    let mut checked = 0usize;
    let started = Instant::now();
    for path in &files {
        let original = std::fs::read(path).expect("corpus file");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file").to_string();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ original.len() as u64);
        let inputs = (0..per_file)
            .map(|i| (format!("mutation {i}"), i, false))
            .chain((0..per_file).map(|i| (format!("truncation {i}"), i, true)));
        for (label, i, cut) in inputs {
            let damaged = if cut { truncate(&original, i, per_file, &mut rng) } else { mutate(&original, &mut rng) };
            let t = Instant::now();
            let outcome = catch_unwind(AssertUnwindSafe(|| check_with(&damaged, &name, &call, today, &options)));
            let took = t.elapsed();
            if took > slowest.0 {
                slowest = (took, format!("{name} {label}"));
            }
            checked += 1;
            if outcome.is_err() {
                panics.push(format!("{name} {label}"));
            }
        }
    }
    std::panic::set_hook(previous);
    eprintln!(
        "{} files, {checked} damaged copies ({per_file} mutations and {per_file} truncations each) in {:.1} s; slowest {:.0} ms ({}); {} panics",
        files.len(),
        started.elapsed().as_secs_f64(),
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1,
        panics.len()
    );
    assert!(panics.is_empty(), "panicked on: {}", panics.join(", "));
    // A hang guard, not a speed target: the speed targets are in BENCHMARKS.md.
    assert!(slowest.0 < Duration::from_secs(60), "slowest check took {:?}: {}", slowest.0, slowest.1);
}

/// An OpenDocument text with every feature the ODT reader handles: headings,
/// lists, a table, a text box, notes, a comment, tracked changes, hidden
/// text, links, a header and footer, properties, a macro and an object.
/// The corpus has no ODT, so it is written here, once with its parts stored
/// (mutations then land in the XML itself) and once deflated.
fn odt_parts() -> Vec<(&'static str, Vec<u8>)> {
    const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0""#;
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style></office:automatic-styles><office:body><office:text><text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Editor</dc:creator><dc:date>2024-04-02T10:00:00</dc:date></office:change-info><text:p>should </text:p></text:deletion></text:changed-region><text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Editor</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes><text:h text:outline-level="1">Access to justice</text:h><text:p>The State <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>must<text:change-end text:change-id="ct2"/> act.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A/HRC/56/1.</text:p></text:note-body></text:note> <office:annotation><dc:creator>Ana</dc:creator><dc:date>2024-04-03</dc:date><text:p>Check</text:p></office:annotation>See <text:a xlink:href="https://www.ohchr.org/">OHCHR</text:a><office:annotation-end/>.<text:span text:style-name="T1">Hidden.</text:span><text:s text:c="3"/><text:tab/>end</text:p><text:list><text:list-item><text:p>Item</text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell><text:p>Cell</text:p></table:table-cell></table:table-row></table:table><text:p><draw:frame><draw:text-box><text:p>Boxed</text:p></draw:text-box></draw:frame><draw:frame><draw:object xlink:href="./Object 1"/></draw:frame></text:p></office:text></office:body></office:document-content>"#
    );
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles/><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Draft</text:p></style:header><style:footer><text:p>Page</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>"#
    );
    let meta = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta><meta:initial-creator>Ana</meta:initial-creator><dc:creator>Jean</dc:creator><meta:editing-duration>PT1H</meta:editing-duration><meta:user-defined meta:name="Checked by">Ana</meta:user-defined></office:meta></office:document-meta>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    vec![
        ("mimetype", b"application/vnd.oasis.opendocument.text".to_vec()),
        ("content.xml", content.into_bytes()),
        ("styles.xml", styles.into_bytes()),
        ("meta.xml", meta.into_bytes()),
        ("Basic/Standard/Module1.xml", b"<script/>".to_vec()),
        ("Object 1/content.xml", b"<office:document-content/>".to_vec()),
        ("META-INF/manifest.xml", manifest.as_bytes().to_vec()),
    ]
}

/// The package of these parts, each `method` but `mimetype` (stored, as ODF
/// requires, so that the file is sniffed as ODT).
fn odt_package(parts: &[(&str, Vec<u8>)], method: zip::CompressionMethod) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        let method = if *name == "mimetype" { zip::CompressionMethod::Stored } else { method };
        zip.start_file(*name, zip::write::SimpleFileOptions::default().compression_method(method))
            .expect("zip entry starts");
        zip.write_all(bytes).expect("zip entry written");
    }
    zip.finish().expect("zip finishes").into_inner()
}

/// The ODT deflated and stored, and `n` copies whose XML parts (one at a
/// time) are damaged before they are packed, so that the XML reader, not the
/// CRC check, meets the damage.
fn odt_files(n: usize, rng: &mut Rng) -> Vec<(String, Vec<u8>)> {
    let parts = odt_parts();
    let mut out = vec![
        ("features-deflated.odt".to_string(), odt_package(&parts, zip::CompressionMethod::Deflated)),
        ("features-stored.odt".to_string(), odt_package(&parts, zip::CompressionMethod::Stored)),
    ];
    for i in 0..n {
        let mut damaged = parts.clone();
        let which = 1 + rng.below(3);
        if let Some(part) = damaged.get_mut(which) {
            part.1 = mutate(&part.1, rng);
        }
        out.push((format!("features-xml-{i}.odt"), odt_package(&damaged, zip::CompressionMethod::Deflated)));
    }
    out
}

#[test]
fn damaged_odt_files_never_panic_or_hang() {
    let per_file: usize = std::env::var("MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 100 } else { 1_000 });
    let call = profile::builtin("emler-2024").expect("built-in profile");
    let options = Options::default();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let (mut panics, mut slowest, mut read) = (Vec::new(), Duration::ZERO, 0usize);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let files = odt_files(per_file, &mut rng);
    let (whole, xml_damaged) = files.split_at(2);
    for (name, original) in whole {
        let report = check_with(original, name, &call, None, &options);
        assert!(report.error.is_none(), "{name} must read whole: {:?}", report.error);
        for i in 0..per_file * 2 {
            let cut = i >= per_file;
            let damaged =
                if cut { truncate(original, i - per_file, per_file, &mut rng) } else { mutate(original, &mut rng) };
            let t = Instant::now();
            let outcome = catch_unwind(AssertUnwindSafe(|| check_with(&damaged, name, &call, None, &options)));
            slowest = slowest.max(t.elapsed());
            match outcome {
                Ok(report) => read += usize::from(report.error.is_none()),
                Err(_) => panics.push(format!("{name} {} {i}", if cut { "truncation" } else { "mutation" })),
            }
        }
    }
    for (name, damaged) in xml_damaged {
        let t = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| check_with(damaged, name, &call, None, &options)));
        slowest = slowest.max(t.elapsed());
        match outcome {
            Ok(report) => read += usize::from(report.error.is_none()),
            Err(_) => panics.push(name.clone()),
        }
    }
    std::panic::set_hook(previous);
    eprintln!("ODT: {} damaged copies, {read} still read, slowest {slowest:?}, {} panics", per_file * 5, panics.len());
    assert!(panics.is_empty(), "panicked on: {}", panics.join(", "));
    assert!(slowest < Duration::from_secs(60), "slowest check took {slowest:?}");
}
