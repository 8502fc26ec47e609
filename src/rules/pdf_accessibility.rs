use super::accessibility::severity;
use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `pdf-accessibility`: a PDF is tagged, titled, and shows its title.
pub const RULE: Rule = Rule {
    id: "pdf-accessibility",
    severity: Severity::Warning,
    summary: "A PDF is tagged, has a title in its properties, and viewers show that title (accessibility).",
    doc: "**What it checks.** Three entries of a PDF's catalog and properties: whether it is *tagged* \
(`/MarkInfo` with `/Marked true`, and a structure tree, `/StructTreeRoot`), a warning when not; whether it \
has a title in its properties (`/Title` in the document information or `dc:title` in the XMP metadata), \
a warning when not, and also when the title is only a file name that a printer driver wrote \
(\"Microsoft Word - report.docx\", \"10811.exe\"); and, for a titled PDF, whether viewers are asked to show that title rather than the \
file name (`/ViewerPreferences` with `/DisplayDocTitle true`), information when not. These are three of \
the PDF/UA requirements that veraPDF checks, read from the file's own entries.\n\n\
**Why.** The tags are what screen readers read: headings, reading order, lists, tables, pictures' \
alternative text. An untagged PDF is read as one stream of text in whatever order it was drawn. The title \
is what a screen reader announces first and what a browser tab shows. Exporting from Word with \
*Document structure tags for accessibility* ticked gives all three. A call that requires accessible files \
(`accessibility = \"required\"`) makes the warnings errors.\n\n\
**Example.** A PDF printed through a \"Microsoft Print to PDF\" printer: *This PDF is not tagged: screen \
readers cannot tell its headings, lists, tables and pictures apart from the text.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let a = &doc.accessibility;
    // Only the PDF reader says whether a file is tagged.
    let Some(tagged) = a.tagged else { return Vec::new() };
    let warning = severity(ctx.profile, RULE.severity);
    let mut out = Vec::new();
    if !tagged {
        out.push(RULE.finding(warning, "pdf-accessibility.untagged"));
    }
    let title = doc.metadata.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
    if let Some(t) = title.filter(|t| is_file_name(t)) {
        out.push(RULE.finding(warning, "pdf-accessibility.file-name-title").param("title", t));
    } else if title.is_none() {
        out.push(RULE.finding(warning, "pdf-accessibility.no-title"));
    } else if a.shows_title == Some(false) {
        out.push(RULE.finding(Severity::Info, "pdf-accessibility.title-not-shown"));
    }
    out
}

/// Extensions of the files printer drivers and converters name a PDF after.
const FILE_EXTENSIONS: &[&str] = &[
    ".doc", ".docx", ".docm", ".rtf", ".odt", ".txt", ".pdf", ".exe", ".tmp", ".indd", ".ppt", ".pptx", ".xls", ".xlsx",
];

/// A title that only names a file: "Microsoft Word - report.docx" (what
/// Word's "Print to PDF" and Acrobat's printer write), or ends with a file extension.
fn is_file_name(title: &str) -> bool {
    let lower = title.to_lowercase();
    lower.starts_with("microsoft word - ")
        || lower.starts_with("microsoft powerpoint - ")
        || FILE_EXTENSIONS.iter().any(|e| lower.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Accessibility, Document, Metadata};
    use crate::rules::fixtures::findings;
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(tagged: Option<bool>, title: Option<&str>, shows_title: bool) -> Vec<Finding> {
        let doc = Document {
            accessibility: Accessibility { tagged, shows_title: Some(shows_title), ..Accessibility::default() },
            metadata: Metadata { title: title.map(str::to_string), ..Metadata::default() },
            ..Document::default()
        };
        findings(&RULE, &doc, Format::Pdf, &profile())
    }

    #[test]
    fn each_missing_entry_is_its_own_finding() {
        assert!(run(Some(true), Some("Submission to the Special Rapporteur"), true).is_empty());
        assert_eq!(keys(&run(Some(false), None, false)), ["pdf-accessibility.untagged", "pdf-accessibility.no-title"]);
        let f = run(Some(true), Some("Submission"), false);
        assert_eq!(keys(&f), ["pdf-accessibility.title-not-shown"]);
        assert_eq!(f[0].severity, Severity::Info);
        let (m, help) = crate::messages::render(crate::Lang::En, f[0].key, &f[0].params);
        assert!(m.contains("file name"), "{m}");
        assert!(help.contains("Acrobat"), "{help}");
    }

    #[test]
    fn a_title_that_is_a_file_name_is_no_title() {
        for t in ["Microsoft Word - sampleForSpec.rtf", "10811.exe", "Submission_final_v3.DOCX"] {
            let f = run(Some(true), Some(t), true);
            assert_eq!(keys(&f), ["pdf-accessibility.file-name-title"], "{t}");
            assert_eq!(f[0].params["title"], crate::messages::Param::Text(t.into()));
        }
        assert!(run(Some(true), Some("Submission on the right to education (2024)"), true).is_empty());
    }

    #[test]
    fn documents_other_than_pdf_are_not_asked() {
        assert!(run(None, None, false).is_empty());
    }
}
