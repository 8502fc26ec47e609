use super::accessibility::{places, severity};
use super::{Context, Rule};
use crate::document::Image;
use crate::report::{Finding, Severity};

/// `image-alt-text`: pictures say what they show.
pub const RULE: Rule = Rule {
    id: "image-alt-text",
    severity: Severity::Warning,
    summary: "Pictures and charts have alternative text, or are marked decorative (accessibility).",
    doc: "**What it checks.** Every picture and chart in the main text. In a Word file (.docx, .docm; not yet .doc or .odt): a drawing holding a \
picture or a chart, and its *Alt Text* (`wp:docPr` `descr`, or its `title` when `descr` is empty); one \
marked *decorative* (`adec:decorative`) needs none. Shapes, text boxes and pictures in headers and footers \
are not checked. In a PDF: each `/Figure` element of the structure tree and its `/Alt` (or \
`/ActualText`); an untagged PDF has no figures to check (`pdf-accessibility` says it is untagged). A \
warning that counts the pictures without text and lists where they are (in Word, the paragraph a picture \
is in or, alone in its paragraph, the next paragraph with text; its name, as Word's Selection Pane shows \
it, is the quote).\n\n\
**Why.** A screen reader says \"picture\" and nothing more, or reads the file name: a chart of the \
contribution's main figures is lost to the people who cannot see it. A call that requires accessible files \
(`accessibility = \"required\"`) makes the warning an error.\n\n\
**Example.** Two charts pasted from Excel without a description: *2 pictures have no alternative text: \
screen readers cannot say what they show.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let silent: Vec<&Image> = doc.accessibility.images.iter().filter(|i| i.alt.is_none() && !i.decorative).collect();
    let Some(first) = silent.first() else { return Vec::new() };
    vec![RULE
        .finding(severity(ctx.profile, RULE.severity), "image-alt-text")
        .param("count", silent.len())
        .param("places", places(silent.iter().map(|i| &i.location)))
        .at(first.location.clone())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{render, Lang, Param};
    use crate::rules::fixtures::{findings, pack, read_docx};
    use crate::rules::testing::*;
    use crate::sniff::Format;
    use docx_rs::{Docx, Paragraph, Pic, Run};

    /// A 1×1 PNG.
    const PNG: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
        8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0, 1, 0, 0, 5,
        0, 1, 0x0D, 0x0A, 0x2D, 0xB4, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    fn picture() -> Paragraph {
        Paragraph::new().add_run(Run::new().add_image(Pic::new(PNG)))
    }

    fn text(t: &str) -> Paragraph {
        Paragraph::new().add_run(Run::new().add_text(t))
    }

    /// docx-rs writes `<wp:docPr id="1" name="Figure" />`; the `n`-th
    /// (1-based) is replaced by `element`, written as Word writes it.
    fn with_doc_pr(bytes: &[u8], n: usize, element: &str) -> Vec<u8> {
        let xml = crate::rules::fixtures::part(bytes, "word/document.xml");
        let pieces: Vec<&str> = xml.split(r#"<wp:docPr id="1" name="Figure" />"#).collect();
        assert!(pieces.len() > n, "docx-rs wrote {} pictures", pieces.len() - 1);
        let mut out = String::new();
        for (i, piece) in pieces.iter().enumerate() {
            if i > 0 {
                out.push_str(if i == n { element } else { r#"<wp:docPr id="1" name="Figure" />"# });
            }
            out.push_str(piece);
        }
        crate::rules::fixtures::with_parts(bytes, &[("word/document.xml", out.as_bytes())])
    }

    fn two_pictures() -> Vec<u8> {
        let docx = Docx::new()
            .add_paragraph(text("Figure 1 shows arrests."))
            .add_paragraph(picture())
            .add_paragraph(text("Figure 2."))
            .add_paragraph(picture());
        pack(docx)
    }

    #[test]
    fn pictures_without_alternative_text_are_counted_with_their_places() {
        let f = findings(&RULE, &read_docx(&two_pictures()), Format::Docx, &profile());
        assert_eq!(keys(&f), ["image-alt-text"]);
        assert_eq!(f[0].params["count"], Param::Int(2));
        assert_eq!(f[0].params["places"], Param::List(vec!["paragraph:2".into(), "paragraph:3".into()]));
        let (m, help) = render(Lang::En, f[0].key, &f[0].params);
        assert!(m.starts_with("2 pictures have no alternative text"), "{m}");
        assert!(help.contains("View Alt Text"), "{help}");
    }

    #[test]
    fn alternative_text_or_a_decorative_mark_passes() {
        let described = with_doc_pr(
            &two_pictures(),
            1,
            r#"<wp:docPr id="1" name="Picture 1" descr="Bar chart: arrests rose from 120 to 310"/>"#,
        );
        let titled =
            with_doc_pr(&described, 1, r#"<wp:docPr id="2" name="Picture 2" title="Map of the detention sites"/>"#);
        assert!(findings(&RULE, &read_docx(&titled), Format::Docx, &profile()).is_empty());
        let decorative = r#"<wp:docPr id="2" name="Picture 2" descr=""><a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst></wp:docPr>"#;
        let one_decorative = with_doc_pr(&described, 1, decorative);
        let doc = read_docx(&one_decorative);
        assert_eq!(
            doc.accessibility.images.iter().filter(|i| i.decorative).count(),
            1,
            "{:?}",
            doc.accessibility.images
        );
        assert!(findings(&RULE, &doc, Format::Docx, &profile()).is_empty());
    }
}
