use super::{publication, Context, Rule};
use crate::document::{quote, Location};
use crate::report::Finding;
use crate::report::Severity;

/// `hidden-text`: text formatted as hidden.
pub const RULE: Rule = Rule {
    id: "hidden-text",
    severity: Severity::Warning,
    summary: "Text formatted as hidden is still in the file (error when the call asks for clean files).",
    doc: "**What it checks.** Text formatted as hidden (Word's *Hidden* font effect, `w:vanish`): how many \
passages, and the first one's words and place.\n\n\
**Why.** Hidden text is neither shown nor printed, but it is in the file and one click reveals it; calls \
publish contributions \"in full and as received\". Hidden text is a warning, or an error when the call's \
profile sets `clean_files_required`. The rule runs for every call; publication changes the words only. \
Headers, footers and watermarks are shown, not hidden: they have a rule of their own (`headers-footers`).\n\n\
**Example.** *Hidden text is still in the file (passages: 1). Word does not show or print it, but it is \
there and anyone can reveal it.* at paragraph 3, “internal note: ask Ana”.",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let Some(first) = doc.hidden_text.first() else { return Vec::new() };
    vec![RULE
        .finding(publication::hidden_content(ctx.profile), "hidden-text")
        .param("count", doc.hidden_text.len())
        .param("audience", publication::audience(ctx.profile))
        .at(Location { quote: Some(quote(&first.text)), ..first.location.clone() })]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use crate::sniff::Format;
    use docx_rs::{Docx, Paragraph, Run};

    fn body(p: Paragraph) -> Docx {
        Docx::new()
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Our organisation documents cases.")))
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Complaints rose.")))
            .add_paragraph(p)
    }

    #[test]
    fn hidden_runs_are_found_with_their_words_and_place() {
        let bytes = pack(body(
            Paragraph::new()
                .add_run(Run::new().add_text("We recommend oversight. "))
                .add_run(Run::new().add_text("Internal note: ask Ana before sending.").vanish()),
        ));
        let f = findings(&RULE, &read_docx(&bytes), Format::Docx, &profile());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].key, "hidden-text");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].params["count"], Param::Int(1));
        let at = f[0].location.as_ref().expect("a location");
        assert_eq!(at.paragraph, Some(3));
        assert_eq!(at.quote.as_deref(), Some("Internal note: ask Ana before sending."));
        let (_, help) = english(&f[0]);
        assert!(help.contains("Inspect Document"), "{help}");
    }

    #[test]
    fn visible_text_passes_and_clean_files_make_hidden_text_an_error() {
        let plain = pack(body(Paragraph::new().add_run(Run::new().add_text("We recommend oversight."))));
        assert!(findings(&RULE, &read_docx(&plain), Format::Docx, &profile()).is_empty());
        let hidden = pack(body(Paragraph::new().add_run(Run::new().add_text("Ask Ana.").vanish())));
        let mut clean = profile();
        clean.clean_files_required = true;
        assert_eq!(findings(&RULE, &read_docx(&hidden), Format::Docx, &clean)[0].severity, Severity::Error);
    }
}
