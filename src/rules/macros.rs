use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `macros`: a macro project (VBA code) inside the file.
pub const RULE: Rule = Rule {
    id: "macros",
    severity: Severity::Warning,
    summary: "The file carries macro code (a VBA project such as word/vbaProject.bin).",
    doc: "**What it checks.** Whether the package holds a macro project (`vbaProject.bin`), whatever the file \
is called: a `.docm`, or a `.docx` renamed from one. `file-format` says when the format itself is \
macro-enabled; this rule names the code that is actually inside.\n\n\
**Why.** Macros are programs. Mail servers and secretariats often block or refuse files that carry them, and \
the code (with any names, paths or comments in it) is sent and published with the text. A warning, even when \
the call asks for clean files: it is a risk to delivery, not hidden text.\n\n\
**Example.** *The file carries macro code (word/vbaProject.bin).*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    if doc.macros.is_empty() {
        return Vec::new();
    }
    vec![RULE.finding(RULE.severity, "macros").param("count", doc.macros.len()).param("parts", doc.macros.join(", "))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use crate::sniff::Format;
    use docx_rs::{Docx, Paragraph, Run};

    fn contribution() -> Vec<u8> {
        pack(Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("Complaints rose."))))
    }

    /// docx-rs writes no macros: the part Word adds to a .docm is added here
    /// by name (its content, a compound file, starts with the OLE signature).
    #[test]
    fn a_vba_project_is_a_warning_naming_the_part() {
        let bytes = with_parts(&contribution(), &[("word/vbaProject.bin", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")]);
        let f = findings(&RULE, &read_docx(&bytes), Format::Docm, &profile());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].params["parts"], Param::Text("word/vbaProject.bin".into()));
        let (message, help) = english(&f[0]);
        assert!(message.contains("word/vbaProject.bin"), "{message}");
        assert!(help.contains("Save As"), "{help}");
    }

    #[test]
    fn a_file_without_macros_passes() {
        assert!(findings(&RULE, &read_docx(&contribution()), Format::Docx, &profile()).is_empty());
    }
}
