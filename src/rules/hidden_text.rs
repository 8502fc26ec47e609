use super::{publication, Context, Rule};
use crate::document::{quote, Block, Location};
use crate::report::{Finding, Severity};

/// `hidden-text`: text formatted as hidden, and (as information) what headers,
/// footers and watermarks say.
pub const RULE: Rule = Rule {
    id: "hidden-text",
    severity: Severity::Warning,
    summary: "Text formatted as hidden is still in the file (error when the call asks for clean files); header, footer and watermark text is shown as information.",
    doc: "**What it checks.** Text formatted as hidden (Word's *Hidden* font effect, `w:vanish`): how many \
passages, and the first one's words and place. As information, it also shows what the headers and footers \
say (those with a letter in them: page numbers alone are left out; in a PDF, the lines the PDF reader \
takes for running headers and footers) and the text of a watermark.\n\n\
**Why.** Hidden text is neither shown nor printed, but it is in the file and one click reveals it; calls \
publish contributions \"in full and as received\". Headers, footers and watermarks are the other text a \
person easily overlooks when re-reading the body before sending: a draft mark, a colleague's name, a file \
path or *Confidential*. Word's Document Inspector checks them in one group (*Headers, Footers and \
Watermarks*); here they are information under this rule rather than a rule of their own, because they are \
text of the document a reader skims past, not properties of the file (`personal-metadata`). Hidden text is \
a warning, or an error when the call's profile sets `clean_files_required`; headers, footers and \
watermarks are always information. The rule runs for every call; publication changes the words only.\n\n\
**Example.** *Hidden text is still in the file (passages: 1). Word does not show or print it, but it is \
there and anyone can reveal it.* at paragraph 3, “internal note: ask Ana”. As information: *The document \
has a watermark: “DRAFT”.*",
    check,
};

/// How many distinct header or footer texts a message quotes.
const MAX_TEXTS: usize = 5;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(first) = doc.hidden_text.first() {
        out.push(
            RULE.finding(publication::hidden_content(ctx.profile), "hidden-text")
                .param("count", doc.hidden_text.len())
                .param("audience", publication::audience(ctx.profile))
                .at(Location { quote: Some(quote(&first.text)), ..first.location.clone() }),
        );
    }
    let is_watermark = |b: &Block| b.location.part.as_deref() == Some("watermark");
    let marks = distinct(doc.headers_footers.iter().filter(|b| is_watermark(b)));
    if !marks.is_empty() {
        out.push(RULE.finding(Severity::Info, "hidden-text.watermark").param("text", quoted(&marks)));
    }
    // Page numbers alone ("1", "- 2 -") say nothing about anyone.
    let texts =
        distinct(doc.headers_footers.iter().filter(|b| !is_watermark(b) && b.text.chars().any(char::is_alphabetic)));
    if !texts.is_empty() {
        out.push(
            RULE.finding(Severity::Info, "hidden-text.headers-footers")
                .param("count", texts.len())
                .param("texts", quoted(&texts)),
        );
    }
    out
}

/// The distinct texts of `blocks`, each cut to a quote, in first-seen order.
fn distinct<'a>(blocks: impl Iterator<Item = &'a Block>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for b in blocks {
        let q = quote(&b.text);
        if !q.is_empty() && !seen.contains(&q) {
            seen.push(q);
        }
    }
    seen
}

/// “a”; “b”; … at most [`MAX_TEXTS`].
fn quoted(texts: &[String]) -> String {
    let mut s: Vec<String> = texts.iter().take(MAX_TEXTS).map(|t| format!("“{t}”")).collect();
    if texts.len() > MAX_TEXTS {
        s.push("…".into());
    }
    s.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use crate::sniff::Format;
    use docx_rs::{Docx, Footer, Header, Paragraph, Run};

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

    #[test]
    fn headers_and_footers_with_words_are_information() {
        let bytes = pack(
            body(Paragraph::new().add_run(Run::new().add_text("We recommend oversight.")))
                .header(
                    Header::new().add_paragraph(
                        Paragraph::new()
                            .add_run(Run::new().add_text("Draft 3, Ana Souza, C:\\Users\\asouza\\contribution.docx")),
                    ),
                )
                .footer(Footer::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("7")))),
        );
        let f = findings(&RULE, &read_docx(&bytes), Format::Docx, &profile());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].key, f[0].severity), ("hidden-text.headers-footers", Severity::Info));
        // The footer holds a page number only, and is left out.
        assert_eq!(
            f[0].params["texts"],
            Param::Text("“Draft 3, Ana Souza, C:\\Users\\asouza\\contribution.docx”".into())
        );
    }

    /// docx-rs writes no watermark: the header below is Word's own (Design >
    /// Watermark > DRAFT), a VML text path in the header.
    #[test]
    fn a_watermark_is_information() {
        let header = br##"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
  <w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>
    <v:shape id="PowerPlusWaterMarkObject357831064" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;rotation:315;width:412.4pt;height:247.45pt" o:allowincell="f" fillcolor="silver" stroked="f">
      <v:fill opacity=".5"/>
      <v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="DRAFT"/>
    </v:shape>
  </w:pict></w:r></w:p>
</w:hdr>"##;
        let docx =
            pack(body(Paragraph::new().add_run(Run::new().add_text("We recommend oversight."))).header(Header::new()));
        let bytes = with_parts(&docx, &[("word/header1.xml", header)]);
        let f = findings(&RULE, &read_docx(&bytes), Format::Docx, &profile());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].key, f[0].severity), ("hidden-text.watermark", Severity::Info));
        assert_eq!(f[0].params["text"], Param::Text("“DRAFT”".into()));
    }
}
