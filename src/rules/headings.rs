use super::accessibility::{places, severity};
use super::{Context, Rule};
use crate::document::{quote, Block, BlockKind, Location};
use crate::report::{Finding, Severity};
use crate::sniff::Format;

/// `headings`: a long document has real headings, in order.
pub const RULE: Rule = Rule {
    id: "headings",
    severity: Severity::Warning,
    summary: "A long document has real headings (heading styles), and their levels do not skip (accessibility).",
    doc: "**What it checks.** In a Word or OpenDocument file, the paragraphs marked as headings: a heading \
style (Heading 1, Heading 2…, or a style based on one) or an outline level. A main text of more than 1,500 \
words with no heading at all is a warning. A heading more than one level below the heading before it \
(Heading 1 followed by Heading 3) is information, with its place. Headings made only of bold or large text \
are not headings to a program, which is the point. PDFs are not checked here (their headings are tags: \
`pdf-accessibility`).\n\n\
**Why.** Screen-reader users move through a document by its headings, and Word, PDF viewers and web pages \
build their navigation and table of contents from them. Without them a long text is one undivided block; a \
skipped level suggests a missing section. A call that requires accessible files \
(`accessibility = \"required\"`) makes the warning an error.\n\n\
**Example.** A 4,200-word contribution whose section titles are bold paragraphs: *This document has 4,200 \
words and no headings.*",
    check,
};

/// From this many words in the main text, a document without headings is hard to navigate.
pub const LONG_DOCUMENT_WORDS: u64 = 1_500;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Ok(read) = &ctx.read else { return Vec::new() };
    if matches!(ctx.file.format, Format::Pdf) {
        return Vec::new();
    }
    let headings: Vec<(u8, &Block)> = read
        .document
        .body
        .iter()
        .filter_map(|b| match b.kind {
            BlockKind::Heading(level) => Some((level, b)),
            _ => None,
        })
        .collect();
    if headings.is_empty() {
        if read.words.body <= LONG_DOCUMENT_WORDS {
            return Vec::new();
        }
        return vec![RULE
            .finding(severity(ctx.profile, RULE.severity), "headings.none")
            .param("words", read.words.body)];
    }
    skipped_levels(&headings).into_iter().collect()
}

/// One finding for every heading more than one level below the one before it, pointing at the first.
fn skipped_levels(headings: &[(u8, &Block)]) -> Option<Finding> {
    let skips: Vec<(u8, u8, &Block)> = headings
        .windows(2)
        .filter_map(|w| match w {
            [(from, _), (to, block)] if *to > from + 1 => Some((*from, *to, *block)),
            _ => None,
        })
        .collect();
    let (from, to, first) = skips.first()?;
    let at = |b: &Block| Location { quote: Some(quote(&b.text)), ..b.location.clone() };
    Some(
        RULE.finding(Severity::Info, "headings.skipped")
            .param("from", i64::from(*from))
            .param("to", i64::from(*to))
            .param("places", places(skips.iter().map(|(_, _, b)| &b.location)))
            .at(at(first)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{render, Lang, Param};
    use crate::rules::fixtures::{findings, pack, read_docx};
    use crate::rules::testing::*;
    use docx_rs::{Docx, Paragraph, Run, Style, StyleType};

    fn para(text: &str) -> Paragraph {
        Paragraph::new().add_run(Run::new().add_text(text))
    }

    /// A paragraph of `n` words.
    fn words(n: usize) -> Paragraph {
        para(&"rights ".repeat(n))
    }

    fn styled() -> Docx {
        (1..=3).fold(Docx::new(), |d, n| {
            d.add_style(Style::new(format!("Heading{n}"), StyleType::Paragraph).name(format!("heading {n}")))
        })
    }

    fn check_docx(docx: Docx) -> Vec<Finding> {
        findings(&RULE, &read_docx(&pack(docx)), Format::Docx, &profile())
    }

    #[test]
    fn a_long_document_without_headings_is_found_and_a_short_one_passes() {
        // Bold "headings" are not headings.
        let bold = Paragraph::new().add_run(Run::new().add_text("1. Introduction").bold());
        let f = check_docx(Docx::new().add_paragraph(bold).add_paragraph(words(1600)));
        assert_eq!(keys(&f), ["headings.none"]);
        assert_eq!(f[0].params["words"], Param::Int(1602));
        let (m, help) = render(Lang::En, f[0].key, &f[0].params);
        assert_eq!(
            m,
            "This document has 1,602 words and no headings: screen-reader users cannot move through it by sections."
        );
        assert!(help.contains("Home > Styles > Heading 1"), "{help}");
        assert!(check_docx(Docx::new().add_paragraph(words(1400))).is_empty());
    }

    #[test]
    fn headings_in_order_pass_and_a_skipped_level_is_information_at_its_place() {
        let ordered = styled()
            .add_paragraph(para("Introduction").style("Heading1"))
            .add_paragraph(words(900))
            .add_paragraph(para("Findings").style("Heading2"))
            .add_paragraph(words(900))
            .add_paragraph(para("Annex").style("Heading1"));
        assert!(check_docx(ordered).is_empty());
        let skipping = styled()
            .add_paragraph(para("Introduction").style("Heading1"))
            .add_paragraph(words(900))
            .add_paragraph(para("Detention conditions").style("Heading3"))
            .add_paragraph(words(900));
        let f = check_docx(skipping);
        assert_eq!(keys(&f), ["headings.skipped"]);
        assert_eq!(f[0].severity, Severity::Info);
        let at = f[0].location.as_ref().expect("a place");
        assert_eq!((at.paragraph, at.quote.as_deref()), (Some(3), Some("Detention conditions")));
        let (m, _) = render(Lang::En, f[0].key, &f[0].params);
        assert!(m.contains("Heading 1 is followed by Heading 3"), "{m}");
    }

    #[test]
    fn required_accessibility_makes_a_missing_structure_an_error() {
        let mut p = profile();
        p.accessibility = crate::profile::Accessibility::Required;
        let f = findings(&RULE, &read_docx(&pack(Docx::new().add_paragraph(words(1600)))), Format::Docx, &p);
        assert_eq!(f[0].severity, Severity::Error);
    }
}
