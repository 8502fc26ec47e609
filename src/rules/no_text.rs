use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `no-text`: a document that was read but has no words in its main text.
pub const RULE: Rule = Rule {
    id: "no-text",
    severity: Severity::Error,
    summary: "The document was read but its main text has no words: the wrong file, or text that is really pictures.",
    doc: "**What it checks.** Whether the main text of a document that could be read holds at least one word \
(footnotes, headers and hidden text do not count).\n\n\
**Why.** A contribution without words cannot be counted, searched, quoted or read aloud, and is usually a \
mistake: the wrong file (a template, an empty export, another version), or a document whose text is \
really pictures (pages pasted as images, a table of screenshots). A PDF whose pages are all scans gets \
`no-text-layer` instead, which says so more precisely.\n\n\
**Example.** A DOCX holding one picture of a printed page: *The document has no words in its main text.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Ok(read) = &ctx.read else { return Vec::new() };
    if read.words.body > 0 {
        return Vec::new();
    }
    // Every page a scan: `no-text-layer` says it more precisely.
    let doc = read.document;
    let all_scanned =
        !doc.pages_without_text.is_empty() && doc.pages.is_some_and(|n| doc.pages_without_text.len() as u32 >= n);
    if all_scanned {
        return Vec::new();
    }
    vec![RULE.finding(RULE.severity, "no-text")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixtures::*;
    use crate::sniff::Format;
    use docx_rs::{Docx, Footnote, Paragraph, Run};

    #[test]
    fn a_docx_without_words_is_an_error() {
        let empty = pack(Docx::new().add_paragraph(Paragraph::new()));
        let f = findings(&RULE, &read_docx(&empty), Format::Docx, &profile());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].key, f[0].severity), ("no-text", Severity::Error));
        let (message, help) = english(&f[0]);
        assert!(message.contains("no words"), "{message}");
        assert!(help.contains("pictures"), "{help}");
    }

    #[test]
    fn notes_alone_do_not_make_a_main_text() {
        let notes_only = pack(Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_footnote_reference(
            Footnote::new().add_content(Paragraph::new().add_run(Run::new().add_text("A note with words."))),
        ))));
        assert_eq!(findings(&RULE, &read_docx(&notes_only), Format::Docx, &profile()).len(), 1);
    }

    #[test]
    fn one_word_is_enough() {
        let one = pack(Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("Contribution"))));
        assert!(findings(&RULE, &read_docx(&one), Format::Docx, &profile()).is_empty());
    }
}
