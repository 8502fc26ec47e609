use super::{publication, Context, Rule};
use crate::report::{Finding, Severity};

/// `pdf-javascript`: JavaScript and automatic actions in a PDF.
pub const RULE: Rule = Rule {
    id: "pdf-javascript",
    severity: Severity::Warning,
    summary: "The PDF holds JavaScript or actions that run by themselves (error when the call asks for clean files).",
    doc: "**What it checks.** JavaScript in the PDF (document-level scripts, JavaScript actions on links, \
fields or pages) and actions that run on opening, as the PDF reader lists them, with where each sits.\n\n\
**Why.** A contribution needs none, and mail filters and secretariats often block or quarantine PDFs that \
have them, so the contribution may never be read. It usually comes from a form template or a conversion \
tool, not from the author. A warning, or an error when the call's profile sets `clean_files_required`.\n\n\
**Example.** *The PDF holds JavaScript or actions that run by themselves (1).* at page 1.",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    // Only the PDF reader fills what this rule reads: a build without it
    // (the browser's DOCX module) compiles the rule to nothing.
    if !cfg!(feature = "pdf") {
        return Vec::new();
    }
    let Some(doc) = ctx.document() else { return Vec::new() };
    let Some(first) = doc.scripts.first() else { return Vec::new() };
    vec![RULE
        .finding(publication::hidden_content(ctx.profile), "pdf-javascript")
        .param("count", doc.scripts.len())
        .at(first.clone())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Location, Part};
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use crate::sniff::Format;

    #[test]
    fn scripts_are_a_warning_with_their_place() {
        let doc = Document {
            scripts: vec![
                Location { part: Some(Part::OpenAction), ..Location::default() },
                Location { page: Some(1), ..Location::default() },
            ],
            ..Document::default()
        };
        let f = findings(&RULE, &doc, Format::Pdf, &profile());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].params["count"], Param::Int(2));
        assert_eq!(f[0].location.as_ref().and_then(|l| l.part.clone()), Some(Part::OpenAction));
        let mut clean = profile();
        clean.clean_files_required = true;
        assert_eq!(findings(&RULE, &doc, Format::Pdf, &clean)[0].severity, Severity::Error);
        let (_, help) = english(&f[0]);
        assert!(help.contains("Document JavaScripts"), "{help}");
    }

    #[test]
    fn a_pdf_without_scripts_passes() {
        assert!(findings(&RULE, &Document::default(), Format::Pdf, &profile()).is_empty());
    }
}
