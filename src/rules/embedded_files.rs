use super::{publication, Context, Rule};
use crate::report::{Finding, Severity};
use crate::sniff::Format;

/// `embedded-files`: whole files travelling inside the document.
pub const RULE: Rule = Rule {
    id: "embedded-files",
    severity: Severity::Warning,
    summary: "Files are embedded in the document (OLE objects and chart data in Word, attachments in a PDF).",
    doc: "**What it checks.** Whether whole files travel inside the document: in Word, the parts under \
`word/embeddings/` (embedded spreadsheets, documents, PDFs, and the workbook behind each chart); in a PDF, \
attached files, as the PDF reader lists them. It gives how many and their names.\n\n\
**Why.** An embedded file is published with the contribution, whole: a table pasted from Excel can carry the \
entire workbook, other sheets and all, and an attachment may be a draft. Word's Document Inspector reports \
them as *Embedded Documents*. A warning, even when the call asks for clean files: it may be intended, and \
only the contributor can tell. The rule runs for every call; publication changes the words only.\n\n\
**Example.** *Files embedded in the document: 2 (oleObject1.bin, Microsoft_Excel_Worksheet1.xlsx).*",
    check,
};

/// How many names a message lists.
const MAX_NAMES: usize = 5;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let Some(first) = doc.embedded.first() else { return Vec::new() };
    // A part name says where it sits in the package; the person knows the file name.
    let mut names: Vec<&str> =
        doc.embedded.iter().take(MAX_NAMES).map(|e| e.name.rsplit(['/', '\\']).next().unwrap_or(&e.name)).collect();
    if doc.embedded.len() > MAX_NAMES {
        names.push("…");
    }
    let key = if ctx.file.format == Format::Pdf { "embedded-files.pdf" } else { "embedded-files" };
    vec![RULE
        .finding(RULE.severity, key)
        .param("count", doc.embedded.len())
        .param("names", names.join(", "))
        .param("audience", publication::audience(ctx.profile))
        .at(first.location.clone())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Embedded, Location};
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use docx_rs::{Docx, Paragraph, Run};

    fn contribution() -> Vec<u8> {
        pack(Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("Complaints rose."))))
    }

    /// docx-rs writes no OLE objects: the parts Word stores for an embedded
    /// worksheet and an embedded document are added by name.
    #[test]
    fn embedded_objects_in_word_are_named() {
        let bytes = with_parts(
            &contribution(),
            &[
                ("word/embeddings/oleObject1.bin", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"),
                ("word/embeddings/Microsoft_Excel_Worksheet1.xlsx", b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"),
            ],
        );
        let f = findings(&RULE, &read_docx(&bytes), Format::Docx, &profile());
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].key, f[0].severity), ("embedded-files", Severity::Warning));
        assert_eq!(f[0].params["count"], Param::Int(2));
        let Param::Text(names) = &f[0].params["names"] else { panic!() };
        assert!(names.contains("oleObject1.bin") && names.contains("Microsoft_Excel_Worksheet1.xlsx"), "{names}");
    }

    #[test]
    fn pdf_attachments_are_named_with_their_page() {
        let doc = Document {
            embedded: vec![Embedded {
                name: "budget 2024.xlsx".into(),
                bytes: Some(20_480),
                location: Location { page: Some(2), ..Location::default() },
            }],
            ..Document::default()
        };
        let f = findings(&RULE, &doc, Format::Pdf, &profile());
        assert_eq!(f[0].key, "embedded-files.pdf");
        assert_eq!(f[0].params["names"], Param::Text("budget 2024.xlsx".into()));
        assert_eq!(f[0].location.as_ref().and_then(|l| l.page), Some(2));
        let (_, help) = english(&f[0]);
        assert!(help.contains("Attachments"), "{help}");
    }

    #[test]
    fn a_file_without_embedded_files_passes() {
        assert!(findings(&RULE, &read_docx(&contribution()), Format::Docx, &profile()).is_empty());
        assert!(findings(&RULE, &Document::default(), Format::Pdf, &profile()).is_empty());
    }
}
