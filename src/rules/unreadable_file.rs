use super::{Context, Rule};
use crate::error::ErrorKind;
use crate::report::{Finding, Severity};
use crate::sniff::Format;

/// `unreadable-file`: the file cannot be read at all.
pub const RULE: Rule = Rule {
    id: "unreadable-file",
    severity: Severity::Error,
    summary: "The file is empty, damaged, too large to read safely, or in a format whose text cannot be read.",
    doc: "**What it checks.** Whether the checker could open the file and read its text.\n\n\
**Why.** A file the checker cannot read may not open for the secretariat either; and nothing else \
(word count, language, hidden content) can be checked.\n\n\
**Example.** A `.docx` cut short while downloading: *This file cannot be opened: it seems to be damaged.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let finding = |key| RULE.finding(RULE.severity, key);
    if ctx.file.format == Format::Empty {
        return vec![finding("unreadable-file.empty")];
    }
    let Some(err) = ctx.error() else { return Vec::new() };
    match err.kind() {
        ErrorKind::PasswordProtected => Vec::new(), // the password-protected rule says it
        // A format the call does not accept is the file-format rule's to explain.
        ErrorKind::Unsupported(_) if !ctx.profile.accepts_format(ctx.file.format) => Vec::new(),
        ErrorKind::Unsupported(_) if ctx.file.format == Format::Doc => vec![finding("unreadable-file.legacy-word")],
        ErrorKind::Unsupported(_) => {
            vec![finding("unreadable-file.unsupported").param("format", vec![ctx.file.format.id().to_string()])]
        }
        ErrorKind::TooLarge(d) => vec![finding("unreadable-file.too-large").param("detail", d.as_str())],
        _ => vec![finding("unreadable-file.corrupt").param("detail", err.detail())],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::error::Error;
    use crate::rules::testing::*;

    fn run(format: Format, error: Option<Error>) -> Vec<&'static str> {
        let file = file("x.docx", format);
        let p = profile();
        let doc = Document::default();
        let ctx = match &error {
            Some(e) => with_error(&file, e, &p),
            None => with_document(&file, &doc, &p),
        };
        keys(&check(&ctx))
    }

    #[test]
    fn says_why_a_file_cannot_be_read() {
        assert_eq!(run(Format::Empty, Some(Error::corrupt("empty"))), ["unreadable-file.empty"]);
        assert_eq!(run(Format::Docx, Some(Error::corrupt("bad zip"))), ["unreadable-file.corrupt"]);
        assert_eq!(run(Format::Docx, Some(Error::too_large("deep"))), ["unreadable-file.too-large"]);
        assert_eq!(
            run(Format::Doc, Some(Error::new(ErrorKind::Unsupported("doc".into())))),
            ["unreadable-file.legacy-word"]
        );
    }

    #[test]
    fn stays_quiet_when_another_rule_explains() {
        assert!(run(Format::Docx, None).is_empty());
        assert!(run(Format::EncryptedOoxml, Some(Error::new(ErrorKind::PasswordProtected))).is_empty());
        // ODT is not accepted by emler-2024: file-format explains it.
        assert!(run(Format::Odt, Some(Error::new(ErrorKind::Unsupported("odt".into())))).is_empty());
    }
}
