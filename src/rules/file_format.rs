use super::{Context, Rule};
use crate::report::{Finding, Severity};
use crate::sniff::Format;

/// `file-format`: the file's real format is one the call accepts.
pub const RULE: Rule = Rule {
    id: "file-format",
    severity: Severity::Error,
    summary: "The file's real format is one the call accepts; macro-enabled Word files are flagged.",
    doc: "**What it checks.** The format found in the file's content (not its name) against the \
formats the call accepts. A macro-enabled `.docm` is a warning even where Word files are accepted.\n\n\
**Why.** A secretariat that asked for Word or PDF may not open anything else; mail servers often \
block `.docm` attachments because macros can carry malware.\n\n\
**Example.** An `.odt` sent to a call that accepts \"Word, PDF\": *The call accepts Word (.docx) or PDF files; \
this file is OpenDocument (.odt).*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let format = ctx.file.format;
    if format == Format::Empty {
        return Vec::new(); // unreadable-file says it
    }
    // An encrypted Word file is a Word file: password-protected explains what is wrong.
    let as_accepted = if format == Format::EncryptedOoxml { Format::Docx } else { format };
    if !ctx.profile.accepts_format(as_accepted) {
        // Say what a person would choose between: Word and PDF, not every Word variant.
        let mut accepted: Vec<String> = Vec::new();
        for f in &ctx.profile.formats {
            let shown = match f {
                Format::Docm | Format::Doc => Format::Docx,
                other => *other,
            };
            if !accepted.iter().any(|a| a == shown.id()) {
                accepted.push(shown.id().to_string());
            }
        }
        if format == Format::Unknown {
            let kind = ctx.file.description.unwrap_or("unrecognised");
            return vec![RULE
                .finding(RULE.severity, "file-format.unrecognised")
                .param("kind", format!("kind.{kind}"))
                .param("accepted", accepted)];
        }
        return vec![RULE
            .finding(RULE.severity, "file-format.not-accepted")
            .param("format", vec![format.id().to_string()])
            .param("accepted", accepted)];
    }
    if format == Format::Docm {
        return vec![RULE.finding(Severity::Warning, "file-format.macros")];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::report::FileInfo;
    use crate::rules::testing::*;

    fn run(format: Format, profile_id: &str) -> Vec<Finding> {
        let f = file("x", format);
        let p = crate::profile::builtin(profile_id).unwrap();
        check(&with_document(&f, &Document::default(), &p))
    }

    #[test]
    fn accepted_formats_come_from_the_call() {
        assert!(run(Format::Docx, "emler-2024").is_empty());
        assert!(run(Format::Pdf, "emler-2024").is_empty());
        // 2023: "Contributions should be sent in Word format".
        let f = run(Format::Pdf, "emler-2023");
        assert_eq!(keys(&f), ["file-format.not-accepted"]);
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn other_formats_are_refused_with_the_accepted_ones_named() {
        let f = run(Format::Odt, "emler-2024");
        assert_eq!(keys(&f), ["file-format.not-accepted"]);
        let (m, h) = crate::messages::render(crate::messages::Lang::En, f[0].key, &f[0].params);
        assert_eq!(m, "The call accepts Word (.docx) or PDF files; this file is OpenDocument (.odt).");
        assert!(h.contains("LibreOffice") && h.contains("Google Docs"), "{h}");
    }

    #[test]
    fn an_encrypted_word_file_is_still_a_word_file() {
        assert!(run(Format::EncryptedOoxml, "emler-2024").is_empty());
    }

    #[test]
    fn an_unknown_file_is_described_not_named_by_format() {
        let f = file("contribution.pages", Format::Unknown);
        let f = FileInfo { description: Some("apple-pages"), ..f };
        let p = profile();
        let found = check(&with_document(&f, &Document::default(), &p));
        let (m, h) = crate::messages::render(crate::messages::Lang::En, found[0].key, &found[0].params);
        assert_eq!(m, "The call accepts Word (.docx) or PDF files; this file is an Apple Pages document.");
        assert!(h.contains("Pages"), "{h}");
    }

    #[test]
    fn docm_is_a_warning() {
        let f = run(Format::Docm, "emler-2024");
        assert_eq!(keys(&f), ["file-format.macros"]);
        assert_eq!(f[0].severity, Severity::Warning);
    }
}
