use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `attachment-size`: the file is small enough to send by email.
pub const RULE: Rule = Rule {
    id: "attachment-size",
    severity: Severity::Warning,
    summary: "The file is small enough to send by email (the call's limit, 10 MB by default).",
    doc: "**What it checks.** The file's size in bytes against the profile's `max_attachment_bytes` \
(10,000,000 bytes, 10 MB, when the call says nothing). Sizes are shown in megabytes of 1,000,000 bytes, as \
mail servers count them.\n\n\
**Why.** Contributions are sent by email, and many mail servers refuse messages over 10 to 25 MB; an \
attachment also grows by about a third once it is encoded in the message. A refused email may come back \
days later, or never.\n\n\
**Example.** A 14 MB Word file full of photographs: *This file is 14 MB: many mail servers refuse \
attachments over 10 MB.* The help says how to compress pictures in Word and how to save a smaller PDF.",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let limit = ctx.profile.max_attachment_bytes;
    if ctx.file.bytes <= limit {
        return Vec::new();
    }
    vec![RULE.finding(RULE.severity, "attachment-size").param("size", ctx.file.bytes).param("limit", limit)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::messages::{render, Lang};
    use crate::report::FileInfo;
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(bytes: u64, limit: Option<u64>) -> Vec<Finding> {
        let f = FileInfo { bytes, ..file("x.docx", Format::Docx) };
        let mut p = profile();
        if let Some(l) = limit {
            p.max_attachment_bytes = l;
        }
        check(&with_document(&f, &Document::default(), &p))
    }

    #[test]
    fn a_file_over_the_limit_is_a_warning_with_sizes_in_megabytes() {
        let f = run(14_000_000, None);
        assert_eq!(keys(&f), ["attachment-size"]);
        assert_eq!(f[0].severity, Severity::Warning);
        let (m, h) = render(Lang::En, f[0].key, &f[0].params);
        assert_eq!(m, "This file is 14\u{A0}MB: many mail servers refuse attachments over 10\u{A0}MB.");
        assert!(h.contains("Compress Pictures") && h.contains("Minimum size"), "{h}");
        let (m, _) = render(Lang::Fr, f[0].key, &f[0].params);
        assert!(m.contains("14\u{A0}Mo") && m.contains("10\u{A0}Mo"), "{m}");
    }

    #[test]
    fn the_limit_itself_and_below_pass() {
        assert!(run(10_000_000, None).is_empty()); // the default: 10 MB
        assert!(run(200_000, None).is_empty());
        // A call may set its own limit.
        assert_eq!(keys(&run(6_000_000, Some(5_000_000))), ["attachment-size"]);
    }
}
