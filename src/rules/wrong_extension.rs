use super::{Context, Rule};
use crate::report::{Finding, Severity};
use crate::sniff::Format;

/// `wrong-extension`: the file's name says one format, its content another.
pub const RULE: Rule = Rule {
    id: "wrong-extension",
    severity: Severity::Warning,
    summary: "The file name's extension does not match what the file really is.",
    doc: "**What it checks.** The extension of the file name (`.docx`, `.pdf`...) against the format found in \
the content.\n\n\
**Why.** A PDF renamed to `.docx` opens in Word with an error; mail filters and the secretariat's \
computers go by the name.\n\n\
**Example.** `submission.docx` that is really a PDF: *The file is named “submission.docx”, but it is really a PDF file.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let format = ctx.file.format;
    let expected = format.extensions();
    let Some(first) = expected.first() else { return Vec::new() };
    let name = ctx.file.name.rsplit(['/', '\\']).next().unwrap_or(&ctx.file.name);
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if expected.contains(&ext.as_str()) {
        return Vec::new();
    }
    // A DOCX renamed .docm, or the reverse, is the file-format rule's concern, not a wrong name.
    if matches!((format, ext.as_str()), (Format::Docx, "docm" | "dotx") | (Format::Docm, "docx" | "dotm")) {
        return Vec::new();
    }
    vec![RULE
        .finding(RULE.severity, "wrong-extension")
        .param("name", name)
        .param("format", vec![format.id().to_string()])
        .param("expected", *first)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::rules::testing::*;

    fn run(name: &str, format: Format) -> Vec<Finding> {
        let f = file(name, format);
        let p = profile();
        check(&with_document(&f, &Document::default(), &p))
    }

    #[test]
    fn a_pdf_named_docx_is_reported() {
        let f = run("Submission.DOCX", Format::Pdf);
        assert_eq!(keys(&f), ["wrong-extension"]);
        let (m, _) = crate::messages::render(crate::messages::Lang::En, f[0].key, &f[0].params);
        assert_eq!(m, "The file is named “Submission.DOCX”, but it is really a PDF file.");
    }

    #[test]
    fn matching_names_pass() {
        assert!(run("a.pdf", Format::Pdf).is_empty());
        assert!(run("dir/a.Docx", Format::Docx).is_empty());
        assert!(run("a.docx", Format::EncryptedOoxml).is_empty());
        assert!(run("noext", Format::Unknown).is_empty());
        assert_eq!(keys(&run("noext", Format::Docx)), ["wrong-extension"]);
    }
}
