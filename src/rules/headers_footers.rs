use super::{Context, Rule};
use crate::document::{quote, Block};
use crate::report::{Finding, Severity};

/// `headers-footers`: what headers, footers and watermarks say.
pub const RULE: Rule = Rule {
    id: "headers-footers",
    severity: Severity::Info,
    summary:
        "What the headers, footers and watermark say, as information: they are printed on every page and published.",
    doc: "**What it checks.** What the headers and footers say (those with a letter in them: page numbers \
alone are left out; in a PDF, the lines the PDF reader takes for running headers and footers) and the text \
of a watermark.\n\n\
**Why.** Headers, footers and watermarks are the text a person easily overlooks when re-reading the body \
before sending: a draft mark, a colleague's name, a file path or *Confidential*. They are shown and printed \
on every page, so this is information, not a warning: the contributor checks that they say nothing that \
should not be published. Word's Document Inspector checks them in one group (*Headers, Footers and \
Watermarks*).\n\n\
**Example.** *Headers and footers are printed on every page and published with the document. Check that \
they say nothing you do not want public: “Draft 3, Ana Souza”.* As information: *The document has a \
watermark across its pages: “DRAFT”.*",
    check,
};

/// How many distinct header or footer texts a message quotes.
const MAX_TEXTS: usize = 5;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let mut out = Vec::new();
    let is_watermark = |b: &Block| b.location.part == Some(crate::document::Part::Watermark);
    let marks = distinct(doc.headers_footers.iter().filter(|b| is_watermark(b)));
    if !marks.is_empty() {
        out.push(RULE.finding(Severity::Info, "headers-footers.watermark").param("text", quoted(&marks)));
    }
    // Page numbers alone ("1", "- 2 -") say nothing about anyone.
    let texts =
        distinct(doc.headers_footers.iter().filter(|b| !is_watermark(b) && b.text.chars().any(char::is_alphabetic)));
    if !texts.is_empty() {
        out.push(
            RULE.finding(Severity::Info, "headers-footers").param("count", texts.len()).param("texts", quoted(&texts)),
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
        assert_eq!((f[0].key, f[0].severity), ("headers-footers", Severity::Info));
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
        assert_eq!((f[0].key, f[0].severity), ("headers-footers.watermark", Severity::Info));
        assert_eq!(f[0].params["text"], Param::Text("“DRAFT”".into()));
    }
}
