use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `no-text-layer`: PDF pages that are pictures of text.
pub const RULE: Rule = Rule {
    id: "no-text-layer",
    severity: Severity::Warning,
    summary:
        "PDF pages are pictures with no text (scans): they cannot be counted or searched (error when every page is).",
    doc: "**What it checks.** Whether a PDF has pages that show images but hold no text: scanned pages, or pages \
printed to an image.\n\n\
**Why.** The secretariat can neither count the words of such pages nor search or quote them, and screen \
readers cannot read them. When every page is an image, nothing in the document can be counted.\n\n\
**Example.** A signed letter scanned to PDF: *Pages 1 to 3 are pictures of text, with no text in them.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    // Only the PDF reader fills what this rule reads: a build without it
    // (the browser's DOCX module) compiles the rule to nothing.
    if !cfg!(feature = "pdf") {
        return Vec::new();
    }
    let Some(doc) = ctx.document() else { return Vec::new() };
    let scanned = &doc.pages_without_text;
    if scanned.is_empty() {
        return Vec::new();
    }
    let all = doc.pages.is_some_and(|n| scanned.len() as u32 >= n);
    let pages: Vec<String> = scanned.iter().map(u32::to_string).collect();
    if all {
        vec![RULE.finding(Severity::Error, "no-text-layer.all").param("count", scanned.len())]
    } else {
        vec![RULE.finding(RULE.severity, "no-text-layer.some").param("count", scanned.len()).param("pages", pages)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(pages: u32, without_text: &[u32]) -> Vec<Finding> {
        let f = file("x.pdf", Format::Pdf);
        let p = profile();
        let doc = Document { pages: Some(pages), pages_without_text: without_text.to_vec(), ..Document::default() };
        check(&with_document(&f, &doc, &p))
    }

    #[test]
    fn some_scanned_pages_warn_and_all_scanned_is_an_error() {
        assert!(run(3, &[]).is_empty());
        let some = run(3, &[2, 3]);
        assert_eq!(keys(&some), ["no-text-layer.some"]);
        assert_eq!(some[0].severity, Severity::Warning);
        assert_eq!(some[0].params["pages"], crate::messages::Param::List(vec!["2".into(), "3".into()]));
        let (m, _) = crate::messages::render(crate::Lang::En, some[0].key, &some[0].params);
        assert!(m.starts_with("2 pages of this PDF are pictures") && m.contains("(pages 2 and 3)"), "{m}");
        let all = run(2, &[1, 2]);
        assert_eq!(keys(&all), ["no-text-layer.all"]);
        assert_eq!(all[0].severity, Severity::Error);
    }
}
