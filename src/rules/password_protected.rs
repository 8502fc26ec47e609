use super::{Context, Rule};
use crate::error::ErrorKind;
use crate::report::{Finding, Severity};

/// `password-protected`: the file needs a password to open.
pub const RULE: Rule = Rule {
    id: "password-protected",
    severity: Severity::Error,
    summary: "The file needs a password to open.",
    doc: "**What it checks.** Whether the file is encrypted with a password (Word's *Encrypt with Password*, \
a PDF with an open password).\n\n\
**Why.** The secretariat publishes contributions as received: it cannot open, read or publish a \
protected file, and will not ask for the password.\n\n\
**Example.** A `.docx` saved with *Protect Document > Encrypt with Password*.",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    match ctx.error().map(|e| e.kind()) {
        Some(ErrorKind::PasswordProtected) => vec![RULE.finding(RULE.severity, "password-protected")],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::rules::testing::*;
    use crate::sniff::Format;

    #[test]
    fn an_encrypted_file_is_reported_and_a_damaged_one_is_not() {
        let f = file("x.docx", Format::EncryptedOoxml);
        let p = profile();
        let enc = Error::new(ErrorKind::PasswordProtected);
        let ctx = with_error(&f, &enc, &p);
        assert_eq!(keys(&check(&ctx)), ["password-protected"]);
        let bad = Error::corrupt("x");
        let ctx = with_error(&f, &bad, &p);
        assert!(check(&ctx).is_empty());
    }
}
