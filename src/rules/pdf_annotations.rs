use super::{publication, Context, Rule};
use crate::document::{quote, Location};
use crate::report::{Finding, Severity};
use std::collections::BTreeMap;

/// `pdf-annotations`: comments, notes and markup in a PDF.
pub const RULE: Rule = Rule {
    id: "pdf-annotations",
    severity: Severity::Warning,
    summary: "Comments, notes and markup (highlights, ink, stamps...) are still in the PDF (error when the call asks for clean files).",
    doc: "**What it checks.** The PDF's annotations other than links, form fields (`Widget`) and the pop-up \
windows that belong to other annotations (`Popup`): sticky notes (`Text`), highlights, underlines, \
strike-outs, free text, ink, stamps, shapes, file attachments. It gives how many of each kind (in the \
reader's words: highlights, notes, drawings…), who made them (`/T`), and the first one's page and words.\n\n\
**Why.** Review notes in a PDF are published with it, \"in full and as received\", with the reviewer's name. \
A warning, or an error when the call's profile sets `clean_files_required` (they are the PDF's comments). \
The rule runs for every call; publication changes the words only.\n\n\
**Example.** *Comments and markup are still in the PDF: 3 (highlights: 1, drawings: 1 and notes: 1), made by Ana Souza.* \
at page 1, “Is this figure right?”.",
    check,
};

/// Annotations that are not review notes: links (`hyperlinks-missing` and the
/// link rules), form fields, and the pop-up window of another annotation.
const NOT_NOTES: &[&str] = &["Link", "Widget", "Popup"];

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    // Only the PDF reader fills what this rule reads: a build without it
    // (the browser's DOCX module) compiles the rule to nothing.
    if !cfg!(feature = "pdf") {
        return Vec::new();
    }
    let Some(doc) = ctx.document() else { return Vec::new() };
    let notes: Vec<_> = doc.annotations.iter().filter(|a| !NOT_NOTES.contains(&a.subtype.as_str())).collect();
    let Some(first) = notes.first() else { return Vec::new() };
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &notes {
        *kinds.entry(a.subtype.as_str()).or_default() += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k}:{n}")).collect();
    let said = notes.iter().find_map(|a| a.text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(|t| (a, t)));
    let location = match said {
        Some((a, t)) => Location { quote: Some(quote(t)), ..a.location.clone() },
        None => first.location.clone(),
    };
    vec![RULE
        .finding(publication::hidden_content(ctx.profile), "pdf-annotations")
        .param("count", notes.len())
        .param("kinds", kinds)
        .param("authors", publication::names(notes.iter().map(|a| a.author.as_deref())))
        .param("audience", publication::audience(ctx.profile))
        .at(location)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Annotation, Document};
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use crate::sniff::Format;

    fn note(subtype: &str, page: u32, author: Option<&str>, text: Option<&str>) -> Annotation {
        Annotation {
            subtype: subtype.into(),
            author: author.map(Into::into),
            text: text.map(Into::into),
            location: Location { page: Some(page), ..Location::default() },
        }
    }

    /// The annotations of py-pdf's `annotated_pdf.pdf` (Highlight, Ink, Text, per
    /// its `files.json`), with a link and a form field beside them.
    #[test]
    fn review_notes_are_counted_by_kind_and_links_are_not() {
        let doc = Document {
            annotations: vec![
                note("Link", 1, None, None),
                note("Highlight", 1, Some("Ana Souza"), None),
                note("Ink", 1, Some("Ana Souza"), None),
                note("Text", 2, Some("Jean Dupont"), Some("Is this figure right?")),
                note("Popup", 2, None, None),
                note("Widget", 2, None, None),
            ],
            ..Document::default()
        };
        let f = findings(&RULE, &doc, Format::Pdf, &profile());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].params["count"], Param::Int(3));
        assert_eq!(f[0].params["kinds"], Param::List(vec!["Highlight:1".into(), "Ink:1".into(), "Text:1".into()]));
        let (m, _) = crate::messages::render(crate::Lang::En, f[0].key, &f[0].params);
        assert!(m.contains("(highlights: 1, drawings: 1 and notes: 1)"), "{m}");
        assert_eq!(f[0].params["authors"], Param::List(vec!["Ana Souza".into(), "Jean Dupont".into()]));
        let at = f[0].location.as_ref().expect("a location");
        assert_eq!((at.page, at.quote.as_deref()), (Some(2), Some("Is this figure right?")));
        let mut clean = profile();
        clean.clean_files_required = true;
        assert_eq!(findings(&RULE, &doc, Format::Pdf, &clean)[0].severity, Severity::Error);
    }

    #[test]
    fn links_and_form_fields_alone_pass() {
        let doc = Document {
            annotations: vec![note("Link", 1, None, None), note("Widget", 1, None, None)],
            ..Document::default()
        };
        assert!(findings(&RULE, &doc, Format::Pdf, &profile()).is_empty());
    }
}
