//! Where the words are (`report.sections`, src/sections.rs), on a document
//! written here with docx-rs, with a title before the first heading, two
//! levels of headings and a footnote: its sections add up to `words.body`
//! exactly, and each holds the words of the fixture's own text under its
//! heading. The PDF LibreOffice prints from the same document, with its
//! headings as bookmarks, gives the same sections within 2% each.
//!
//! The PDF needs LibreOffice (`scripts/setup` installs it): that test is
//! `#[ignore = "needs soffice"]`, run by `scripts/test` with `--ignored`.

mod common;

use common::docx_rs_bytes;
use docx_rs::{Docx, Footnote, Paragraph, Run, Style, StyleType};
use std::path::PathBuf;
use std::process::Command;
use submission_checker::limits::Limits;
use submission_checker::sections::Section;
use submission_checker::sniff::Format;
use submission_checker::words::count;
use submission_checker::{check, profile, Report};

/// Sentences of ordinary prose, with numbers, accents and compounds.
const PROSE: [&str; 6] = [
    "Our organisation documented 41 cases of excessive force between January and June 2023, in three regions.",
    "Victims told us that redress is seldom granted, and that complaints take on average 14 months to be heard.",
    "Human rights defenders report repeated threats; the protection they are offered remains insufficient.",
    "We recommend that the State adopt a law on human rights defenders, consult civil society, and publish data.",
    "Access to justice – for women, children and persons with disabilities – remains limited and costly.",
    "The well-being of day-to-day life depends on clean water, housing and health care for everyone.",
];

/// The fixture: (heading level, 0 for none; heading; paragraphs of the section, each `n` sentences).
fn outline() -> Vec<(usize, &'static str, Vec<usize>)> {
    vec![
        (0, "", vec![1]),
        (1, "Introduction", vec![4, 3]),
        (2, "Cases documented", vec![6, 6, 5, 6]),
        (2, "Access to remedies", vec![5, 4]),
        (1, "Recommendations to the State", vec![6, 6, 6, 6, 6, 4]),
        (1, "Annex", vec![3]),
    ]
}

fn paragraph(sentences: usize, offset: usize) -> String {
    (0..sentences).map(|i| PROSE[(i + offset) % PROSE.len()]).collect::<Vec<_>>().join(" ")
}

/// The document, and the words of each of its sections in its own text (heading included).
fn fixture() -> (Vec<u8>, Vec<u64>) {
    // The heading styles as Word defines them: an outline level, larger bold type.
    let mut docx = Docx::new()
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1").outline_lvl(0).size(32).bold())
        .add_style(Style::new("Heading2", StyleType::Paragraph).name("heading 2").outline_lvl(1).size(26).bold());
    let mut expected = Vec::new();
    for (k, (level, heading, paragraphs)) in outline().into_iter().enumerate() {
        let mut words = 0;
        if level > 0 {
            docx = docx.add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(heading)).style(&format!("Heading{level}")),
            );
            words += count(heading);
        }
        for (i, n) in paragraphs.into_iter().enumerate() {
            let text = paragraph(n, k + i);
            words += count(&text);
            let mut p = Paragraph::new().add_run(Run::new().add_text(&text));
            if k == 2 && i == 0 {
                // A footnote: its words are in words.notes, in no section.
                let mut note = Footnote::new();
                let note = note.add_content(
                    Paragraph::new().add_run(Run::new().add_text("Interviews held in the three regions, 2023.")),
                );
                p = p.add_run(Run::new().add_footnote_reference(note));
            }
            docx = docx.add_paragraph(p);
        }
        expected.push(words);
    }
    (docx_rs_bytes(docx), expected)
}

fn report(bytes: &[u8], name: &str) -> Report {
    let call = profile::builtin("emler-2024").expect("a built-in profile");
    check(bytes, name, &call, "2024-05-10".parse().expect("a date"))
}

fn words(sections: &[Section]) -> Vec<u64> {
    sections.iter().map(|s| s.words).collect()
}

#[test]
fn the_sections_of_a_docx_add_up_to_its_body_and_hold_the_words_under_each_heading() {
    let (bytes, expected) = fixture();
    let r = report(&bytes, "sections.docx");
    assert_eq!(r.sections.iter().map(|s| s.words).sum::<u64>(), r.words.body.expect("read"));
    assert_eq!(words(&r.sections), expected);
    let headings: Vec<(Option<&str>, u8)> = r.sections.iter().map(|s| (s.heading.as_deref(), s.level)).collect();
    let outline: Vec<(Option<&str>, u8)> =
        outline().iter().map(|(l, h, _)| ((*l > 0).then_some(*h), *l as u8)).collect();
    assert_eq!(headings, outline);
    assert_eq!(r.words.notes, Some(count("Interviews held in the three regions, 2023.")));
    // Paragraph numbers are 1-based and count the headings: the title, then "Introduction".
    assert_eq!(r.sections[1].location.paragraph, Some(2));
}

fn soffice_pdf(docx: &[u8]) -> Vec<u8> {
    assert!(
        Command::new("soffice").arg("--version").output().is_ok(),
        "this test needs soffice (LibreOffice) to print the PDF; scripts/setup installs it"
    );
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("sections_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    std::fs::write(dir.join("sections.docx"), docx).expect("the DOCX written");
    // Its own profile, so that other LibreOffice processes on the machine do not interfere.
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let out = Command::new("soffice")
        .arg(profile)
        .args([
            "--headless",
            "--convert-to",
            r#"pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"true"}}"#,
            "--outdir",
            ".",
            "sections.docx",
        ])
        .current_dir(&dir)
        .output()
        .expect("soffice runs");
    assert!(out.status.success(), "soffice --convert-to pdf failed: {}", String::from_utf8_lossy(&out.stderr));
    std::fs::read(dir.join("sections.pdf")).expect("the PDF")
}

#[test]
#[ignore = "needs soffice"]
fn the_pdf_printed_from_it_with_bookmarks_has_the_same_sections_within_two_per_cent() {
    let (bytes, _) = fixture();
    let docx = report(&bytes, "sections.docx");
    let printed = soffice_pdf(&bytes);
    // The sections come from the bookmarks, not from the type sizes.
    let read = submission_checker::read::read(&printed, Format::Pdf, &Limits::default()).expect("the PDF is read");
    let bookmarks: Vec<(&str, u8)> = read.outline.iter().map(|e| (e.title.as_str(), e.level)).collect();
    let in_docx: Vec<(&str, u8)> = outline().iter().filter(|o| o.0 > 0).map(|(l, h, _)| (*h, *l as u8)).collect();
    assert_eq!(bookmarks, in_docx);
    let pdf = report(&printed, "sections.pdf");
    within_two_per_cent(&pdf, &docx);

    // Without its bookmarks, the same PDF's headings are its lines in larger type.
    let mut stripped = lopdf::Document::load_mem(&printed).expect("lopdf reads it");
    stripped.catalog_mut().expect("a catalog").remove(b"Outlines");
    let mut bytes = Vec::new();
    stripped.save_to(&mut bytes).expect("lopdf writes it");
    let read = submission_checker::read::read(&bytes, Format::Pdf, &Limits::default()).expect("the PDF is read");
    assert_eq!(read.outline.iter().map(|e| (e.title.as_str(), e.level)).collect::<Vec<_>>(), in_docx);
    within_two_per_cent(&report(&bytes, "no-bookmarks.pdf"), &docx);
}

fn within_two_per_cent(pdf: &Report, docx: &Report) {
    let headings = |r: &Report| r.sections.iter().map(|s| s.heading.clone()).collect::<Vec<_>>();
    assert_eq!(headings(pdf), headings(docx), "{:?}", pdf.sections);
    for (p, d) in pdf.sections.iter().zip(&docx.sections) {
        let off = (p.words as f64 - d.words as f64).abs() / d.words as f64;
        eprintln!("{:?}: DOCX {} PDF {} ({:+.2}%)", d.heading, d.words, p.words, 100.0 * off);
        assert!(off <= 0.02, "{:?}: DOCX {} words, PDF {}", d.heading, d.words, p.words);
        assert!(p.location.page.is_some());
    }
}

#[test]
fn the_cli_shows_the_sections_with_details_and_marks_the_largest() {
    let (bytes, expected) = fixture();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("sections_cli_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let file = dir.join("sections.docx");
    std::fs::write(&file, &bytes).expect("the DOCX written");
    let run = |details: bool| {
        let mut args = vec!["check", file.to_str().expect("a UTF-8 path"), "--call", "emler-2024"];
        args.extend(details.then_some("--details"));
        let out = Command::new(env!("CARGO_BIN_EXE_submission-checker")).args(args).output().expect("the CLI runs");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    assert!(!run(false).contains("Where the words are"));
    let shown = run(true);
    let table: Vec<&str> = shown.lines().skip_while(|l| !l.contains("Where the words are")).collect();
    let total: u64 = expected.iter().sum();
    let row = |heading: &str| table.iter().find(|l| l.trim_start().starts_with(heading)).copied().unwrap_or("");
    // The largest section, its words and its share of the body, rounded.
    let largest = row("Recommendations to the State");
    let share = (expected[4] * 100 + total / 2) / total;
    assert!(largest.contains(&format!(" {} ", expected[4])) && largest.contains(&format!(" {share}%")), "{shown}");
    assert!(largest.ends_with("◀ largest"), "{shown}");
    assert!(!row("Introduction").contains('◀'), "{shown}");
    // A subsection is indented under its heading; the text before the first heading has a row of its own.
    assert!(table.iter().any(|l| l.starts_with("    Cases documented")), "{shown}");
    assert!(row("(before the first heading)").contains(&format!(" {} ", expected[0])), "{shown}");
    let _ = std::fs::remove_dir_all(&dir);
}
