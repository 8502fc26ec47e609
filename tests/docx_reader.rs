//! The DOCX reader, one construct per test. Each fixture is built here, with
//! docx-rs (an independent writer of Word files) or, where docx-rs cannot
//! write the construct, as a ZIP of literal XML, so the test shows what the
//! document holds. Expected values are written from the fixture's own text.

mod common;

use common::{docx_rs_bytes, package, read_docx, rel, words_of, Part};
use docx_rs::{
    AbstractNumbering, BreakType, Comment, Delete, Docx, FieldCharType, Footer, Footnote, Header, Hyperlink,
    HyperlinkType, IndentLevel, Insert, InstrText, Level, LevelJc, LevelText, NumberFormat, Numbering, NumberingId,
    Paragraph, Run, Start, Style, StyleType, Table, TableCell, TableRow,
};
use submission_checker::document::{BlockKind, ChangeKind, LinkKind, LinkOrigin, Part as Place};
use submission_checker::words::count;

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

#[test]
fn paragraphs_are_blocks_numbered_from_one_with_a_quote() {
    let texts =
        ["Our organisation documents cases of excessive force.", "Victims told us that redress is seldom granted."];
    let docx = Docx::new().add_paragraph(para(texts[0])).add_paragraph(Paragraph::new()).add_paragraph(para(texts[1]));
    let doc = read_docx(&docx_rs_bytes(docx));
    let got: Vec<&str> = doc.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(got, texts);
    // The empty paragraph is not counted in the numbering.
    assert_eq!(doc.body[1].location.paragraph, Some(2));
    assert_eq!(doc.body[1].location.quote.as_deref(), Some(texts[1]));
    assert_eq!(words_of(&doc).body, 7 + 8);
}

#[test]
fn headings_come_from_styles_and_outline_levels() {
    let docx = Docx::new()
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"))
        .add_style(Style::new("MyChapter", StyleType::Paragraph).name("My chapter").based_on("Heading1"))
        .add_paragraph(para("Introduction").style("Heading1"))
        .add_paragraph(para("The situation of human rights defenders."))
        .add_paragraph(para("Findings").style("MyChapter"))
        .add_paragraph(para("Recommendations").outline_lvl(1));
    let doc = read_docx(&docx_rs_bytes(docx));
    let kinds: Vec<BlockKind> = doc.body.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [BlockKind::Heading(1), BlockKind::Paragraph, BlockKind::Heading(1), BlockKind::Heading(2)]);
    assert_eq!(doc.body[1].location.heading.as_deref(), Some("Introduction"));
}

#[test]
fn list_items_count_their_words_not_their_numbers() {
    let docx = Docx::new()
        .add_abstract_numbering(AbstractNumbering::new(1).add_level(Level::new(
            0,
            Start::new(1),
            NumberFormat::new("decimal"),
            LevelText::new("%1."),
            LevelJc::new("left"),
        )))
        .add_numbering(Numbering::new(1, 1))
        .add_paragraph(para("Independent oversight bodies").numbering(NumberingId::new(1), IndentLevel::new(0)))
        .add_paragraph(para("Public reporting").numbering(NumberingId::new(1), IndentLevel::new(0)));
    let doc = read_docx(&docx_rs_bytes(docx));
    let got: Vec<&str> = doc.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(got, ["Independent oversight bodies", "Public reporting"]);
    assert_eq!(words_of(&doc).body, 5);
}

#[test]
fn nested_tables_give_every_cell_once() {
    let inner = Table::new(vec![TableRow::new(vec![
        TableCell::new().add_paragraph(para("inner one")),
        TableCell::new().add_paragraph(para("inner two")),
    ])]);
    let outer = Table::new(vec![
        TableRow::new(vec![
            TableCell::new().add_paragraph(para("Country")),
            TableCell::new().add_paragraph(para("Cases")),
        ]),
        TableRow::new(vec![
            TableCell::new().add_paragraph(para("Outer cell")),
            TableCell::new().add_table(inner).add_paragraph(Paragraph::new()),
        ]),
    ]);
    let doc = read_docx(&docx_rs_bytes(Docx::new().add_table(outer).add_paragraph(para("After the table."))));
    let got: Vec<(&str, BlockKind)> = doc.body.iter().map(|b| (b.text.as_str(), b.kind)).collect();
    assert_eq!(
        got,
        [
            ("Country", BlockKind::TableCell),
            ("Cases", BlockKind::TableCell),
            ("Outer cell", BlockKind::TableCell),
            ("inner one", BlockKind::TableCell),
            ("inner two", BlockKind::TableCell),
            ("After the table.", BlockKind::Paragraph),
        ]
    );
    assert_eq!(words_of(&doc).body, 1 + 1 + 2 + 2 + 2 + 3);
}

#[test]
fn a_text_box_with_its_vml_fallback_counts_once() {
    // What Word writes for a text box: DrawingML in mc:Choice and the same
    // text again as VML in mc:Fallback, for older readers.
    let doc = read_docx(&package(
        r#"<w:p><w:r><w:t>Before the box.</w:t></w:r>
        <w:r><mc:AlternateContent>
          <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>
            <w:txbxContent><w:p><w:r><w:t>Key finding in a box</w:t></w:r></w:p></w:txbxContent>
          </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
          <mc:Fallback><w:pict><v:shape><v:textbox>
            <w:txbxContent><w:p><w:r><w:t>Key finding in a box</w:t></w:r></w:p></w:txbxContent>
          </v:textbox></v:shape></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r></w:p>"#,
    ));
    let boxes: Vec<&str> = doc.body.iter().filter(|b| b.kind == BlockKind::TextBox).map(|b| b.text.as_str()).collect();
    assert_eq!(boxes, ["Key finding in a box"]);
    assert_eq!(words_of(&doc).body, 3 + 5);
}

#[test]
fn content_controls_smart_tags_and_custom_xml_are_read_through() {
    let doc = read_docx(&package(
        r#"<w:sdt><w:sdtPr><w:alias w:val="Organisation"/></w:sdtPr><w:sdtContent>
             <w:p><w:r><w:t>Name of the organisation</w:t></w:r></w:p>
           </w:sdtContent></w:sdt>
           <w:p><w:r><w:t xml:space="preserve">Meeting in </w:t></w:r>
             <w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place"><w:r><w:t>Geneva</w:t></w:r></w:smartTag>
             <w:customXml w:element="date"><w:r><w:t xml:space="preserve"> in May</w:t></w:r></w:customXml>
             <w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> this year</w:t></w:r></w:sdtContent></w:sdt></w:p>"#,
    ));
    let got: Vec<&str> = doc.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(got, ["Name of the organisation", "Meeting in Geneva in May this year"]);
}

#[test]
fn fields_show_their_result_never_their_code() {
    // A complex field (PAGE) built with docx-rs, and a simple field (DATE) in XML.
    let page_field = Paragraph::new()
        .add_run(Run::new().add_text("Page "))
        .add_run(Run::new().add_field_char(FieldCharType::Begin, false))
        .add_run(Run::new().add_instr_text(InstrText::Unsupported(" PAGE \\* MERGEFORMAT ".into())))
        .add_run(Run::new().add_field_char(FieldCharType::Separate, false))
        .add_run(Run::new().add_text("3"))
        .add_run(Run::new().add_field_char(FieldCharType::End, false));
    let doc = read_docx(&docx_rs_bytes(Docx::new().add_paragraph(page_field)));
    assert_eq!(doc.body[0].text, "Page 3");

    let doc = read_docx(&package(
        r#"<w:p><w:r><w:t xml:space="preserve">Dated </w:t></w:r><w:fldSimple w:instr=" DATE \@ &quot;d MMMM yyyy&quot; "><w:r><w:t>3 May 2024</w:t></w:r></w:fldSimple></w:p>"#,
    ));
    assert_eq!(doc.body[0].text, "Dated 3 May 2024");
    assert_eq!(words_of(&doc).body, 4);
}

#[test]
fn hyperlink_fields_become_links_and_backslash_l_is_internal() {
    let field = |instr: &str, shown: &str| {
        format!(
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>
               <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        )
    };
    let body = format!(
        "<w:p>{}<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>{}</w:p>",
        field(r#" HYPERLINK "https://www.ohchr.org/en/calls-for-input" \o "OHCHR" "#, "the call"),
        field(r#" HYPERLINK \l "_Toc1" "#, "section 2"),
    );
    let doc = read_docx(&package(&body));
    assert_eq!(doc.body[0].text, "the call and section 2");
    let links: Vec<(&str, &str, LinkKind, LinkOrigin)> =
        doc.links.iter().map(|l| (l.url.as_str(), l.text.as_str(), l.kind, l.origin)).collect();
    assert_eq!(
        links,
        [
            ("https://www.ohchr.org/en/calls-for-input", "the call", LinkKind::External, LinkOrigin::Field),
            ("#_Toc1", "section 2", LinkKind::Internal, LinkOrigin::Field),
        ]
    );
}

#[test]
fn symbols_show_their_glyph() {
    // Symbol-font "a" is the Greek alpha, a letter; a Wingdings check mark is no word.
    let doc = read_docx(&package(
        r#"<w:p><w:r><w:t xml:space="preserve">Risk </w:t></w:r><w:r><w:sym w:font="Symbol" w:char="F061"/></w:r>
           <w:r><w:t xml:space="preserve"> done </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>"#,
    ));
    assert!(doc.body[0].text.starts_with("Risk α done "), "{}", doc.body[0].text);
    assert_eq!(words_of(&doc).body, 3);
}

#[test]
fn tabs_and_breaks_separate_words() {
    let p = Paragraph::new().add_run(
        Run::new().add_text("one").add_tab().add_text("two").add_break(BreakType::TextWrapping).add_text("three"),
    );
    let doc = read_docx(&docx_rs_bytes(Docx::new().add_paragraph(p)));
    assert_eq!(doc.body[0].text, "one\ttwo\nthree");
    assert_eq!(words_of(&doc).body, 3);
}

#[test]
fn a_soft_hyphen_does_not_split_and_a_no_break_hyphen_joins() {
    let doc = read_docx(&package(
        r#"<w:p><w:r><w:t>well</w:t><w:softHyphen/><w:t>being</w:t></w:r>
           <w:r><w:t xml:space="preserve"> of </w:t></w:r>
           <w:r><w:t>day</w:t><w:noBreakHyphen/><w:t>to</w:t><w:noBreakHyphen/><w:t>day</w:t></w:r></w:p>"#,
    ));
    assert_eq!(doc.body[0].text, "wellbeing of day-to-day");
    assert_eq!(words_of(&doc).body, 3);
}

#[test]
fn tracked_changes_are_read_accepted_and_each_is_recorded() {
    let p = Paragraph::new()
        .add_run(Run::new().add_text("The State "))
        .add_insert(Insert::new(Run::new().add_text("must ")).author("Editor A").date("2024-04-01T10:00:00Z"))
        .add_delete(
            Delete::new()
                .add_run(Run::new().add_delete_text("should "))
                .author("Editor B")
                .date("2024-04-02T10:00:00Z"),
        )
        .add_run(Run::new().add_text("act."));
    let doc = read_docx(&docx_rs_bytes(Docx::new().add_paragraph(p)));
    assert_eq!(doc.body[0].text, "The State must act.");
    let changes: Vec<(ChangeKind, Option<&str>, &str)> =
        doc.changes.iter().map(|c| (c.kind, c.author.as_deref(), c.text.as_str())).collect();
    assert_eq!(
        changes,
        [(ChangeKind::Insertion, Some("Editor A"), "must "), (ChangeKind::Deletion, Some("Editor B"), "should ")]
    );

    // A move, in XML: the text is shown at its new place only.
    let doc = read_docx(&package(
        r#"<w:p><w:moveFrom w:id="1" w:author="A"><w:r><w:t>Moved sentence.</w:t></w:r></w:moveFrom><w:r><w:t xml:space="preserve"> First sentence.</w:t></w:r></w:p>
           <w:p><w:moveTo w:id="2" w:author="A"><w:r><w:t>Moved sentence.</w:t></w:r></w:moveTo></w:p>"#,
    ));
    let got: Vec<&str> = doc.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(got, [" First sentence.", "Moved sentence."]);
    let kinds: Vec<ChangeKind> = doc.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::MoveFrom, ChangeKind::MoveTo]);
    assert_eq!(doc.changes[0].text, "Moved sentence.");
}

#[test]
fn a_deleted_paragraph_mark_joins_the_paragraph_to_the_next() {
    // Accepting the deletion of a paragraph mark runs the two paragraphs into one.
    let doc = read_docx(&package(
        r#"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">The first half and </w:t></w:r></w:p>
           <w:p><w:r><w:t>the second half.</w:t></w:r></w:p>
           <w:p><w:pPr><w:rPr><w:del w:id="2" w:author="A"/></w:rPr></w:pPr><w:r><w:t>Split</w:t></w:r></w:p>
           <w:p><w:r><w:t>word.</w:t></w:r></w:p>"#,
    ));
    let got: Vec<&str> = doc.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(got, ["The first half and the second half.", "Splitword."]);
    assert_eq!(words_of(&doc).body, 7 + 1);
    assert_eq!(doc.changes.iter().filter(|c| c.kind == ChangeKind::Deletion).count(), 2);
}

#[test]
fn footnotes_are_notes_apart_from_the_body() {
    let mut note = Footnote::new();
    let note = note.add_content(para("Report of the Special Rapporteur, A/HRC/56/1."));
    let p = Paragraph::new()
        .add_run(Run::new().add_text("Access to justice remains limited."))
        .add_run(Run::new().add_footnote_reference(note));
    let doc = read_docx(&docx_rs_bytes(Docx::new().add_paragraph(p)));
    assert_eq!(doc.body.len(), 1);
    let notes: Vec<(&str, BlockKind)> = doc.notes.iter().map(|b| (b.text.trim(), b.kind)).collect();
    assert_eq!(notes, [("Report of the Special Rapporteur, A/HRC/56/1.", BlockKind::Footnote)]);
    assert_eq!(doc.notes[0].location.part, Some(Place::Footnote { n: 1 }));
    let w = words_of(&doc);
    assert_eq!((w.body, w.notes), (5, 6));
}

#[test]
fn endnotes_are_notes_and_separator_notes_are_not() {
    let endnotes = r#"<w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
        <w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>
        <w:endnote w:type="continuationNotice" w:id="1"><w:p><w:r><w:t>continued on next page</w:t></w:r></w:p></w:endnote>
        <w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> See the annex.</w:t></w:r></w:p></w:endnote>
      </w:endnotes>"#;
    let doc = read_docx(
        &package(r#"<w:p><w:r><w:t>Body text.</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>"#)
            .part(Part::new("word/endnotes.xml", endnotes).related("endnotes")),
    );
    let notes: Vec<(&str, BlockKind)> = doc.notes.iter().map(|b| (b.text.trim(), b.kind)).collect();
    assert_eq!(notes, [("See the annex.", BlockKind::Endnote)]);
    assert_eq!(words_of(&doc).notes, 3);
}

#[test]
fn comments_are_kept_apart_and_not_counted() {
    let comment = Comment::new(1)
        .author("Reviewer")
        .date("2024-04-03T09:00:00Z")
        .add_paragraph(para("Check this figure before sending"));
    let p = Paragraph::new()
        .add_comment_start(comment)
        .add_run(Run::new().add_text("In 2023, 41 cases were reported."))
        .add_comment_end(1);
    let doc = read_docx(&docx_rs_bytes(Docx::new().add_paragraph(p)));
    assert_eq!(doc.comments.len(), 1);
    assert_eq!(doc.comments[0].author.as_deref(), Some("Reviewer"));
    assert_eq!(doc.comments[0].text, "Check this figure before sending");
    assert_eq!(words_of(&doc).body, 6);
}

#[test]
fn headers_and_footers_are_kept_apart_and_not_counted() {
    let docx = Docx::new()
        .header(Header::new().add_paragraph(para("Draft, not for circulation")))
        .footer(Footer::new().add_paragraph(para("Submission to OHCHR")))
        .add_paragraph(para("The main text."));
    let doc = read_docx(&docx_rs_bytes(docx));
    let mut hf: Vec<(&str, BlockKind)> = doc.headers_footers.iter().map(|b| (b.text.as_str(), b.kind)).collect();
    hf.sort_by_key(|x| x.0);
    assert_eq!(hf, [("Draft, not for circulation", BlockKind::Header), ("Submission to OHCHR", BlockKind::Footer)]);
    assert_eq!(words_of(&doc).body, 3);
}

#[test]
fn hidden_text_is_kept_apart_and_not_counted() {
    let p = Paragraph::new()
        .add_run(Run::new().add_text("Shown words. "))
        .add_run(Run::new().add_text("Internal note: do not publish.").vanish());
    let doc = read_docx(&docx_rs_bytes(Docx::new().add_paragraph(p)));
    assert_eq!(doc.body[0].text, "Shown words. ");
    assert_eq!(doc.hidden_text.len(), 1);
    assert_eq!(doc.hidden_text[0].text, "Internal note: do not publish.");
    assert_eq!(words_of(&doc).body, 2);
}

#[test]
fn text_hidden_by_spec_vanish_or_by_a_style_is_hidden_too() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="SecretToo"><w:name w:val="Secret too"/><w:basedOn w:val="Secret"/></w:style>
        <w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="Hidden paragraph"/><w:rPr><w:vanish/></w:rPr></w:style>
      </w:styles>"#;
    let doc = read_docx(
        &package(
            r#"<w:p><w:r><w:t xml:space="preserve">Visible </w:t></w:r>
                 <w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t xml:space="preserve">styled away </w:t></w:r>
                 <w:r><w:rPr><w:rStyle w:val="SecretToo"/></w:rPr><w:t xml:space="preserve">inherited away </w:t></w:r>
                 <w:r><w:rPr><w:specVanish/></w:rPr><w:t>separator</w:t></w:r></w:p>
               <w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr><w:r><w:t xml:space="preserve">Whole paragraph hidden </w:t></w:r>
                 <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>but this shown</w:t></w:r></w:p>"#,
        )
        .part(Part::new("word/styles.xml", styles).related("styles")),
    );
    let shown: Vec<&str> = doc.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(shown, ["Visible ", "but this shown"]);
    let hidden: Vec<&str> = doc.hidden_text.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(hidden, ["styled away inherited away separator", "Whole paragraph hidden "]);
    assert_eq!(words_of(&doc).body, 4);
}

#[test]
fn hyperlinks_external_internal_with_their_text_and_typed_urls() {
    let p = Paragraph::new()
        .add_run(Run::new().add_text("See "))
        .add_hyperlink(
            Hyperlink::new("https://www.ohchr.org/en/hr-bodies", HyperlinkType::External)
                .add_run(Run::new().add_text("the treaty bodies")),
        )
        .add_run(Run::new().add_text(", "))
        .add_hyperlink(Hyperlink::new("annex", HyperlinkType::Anchor).add_run(Run::new().add_text("the annex")))
        .add_run(Run::new().add_text(" and www.example.org/report."));
    let doc =
        read_docx(&docx_rs_bytes(Docx::new().add_bookmark_start(1, "annex").add_bookmark_end(1).add_paragraph(p)));
    let links: Vec<(&str, &str, LinkKind, LinkOrigin)> =
        doc.links.iter().map(|l| (l.url.as_str(), l.text.as_str(), l.kind, l.origin)).collect();
    assert_eq!(
        links,
        [
            ("https://www.ohchr.org/en/hr-bodies", "the treaty bodies", LinkKind::External, LinkOrigin::Hyperlink),
            ("#annex", "the annex", LinkKind::Internal, LinkOrigin::Hyperlink),
            ("http://www.example.org/report", "www.example.org/report", LinkKind::External, LinkOrigin::PlainText),
        ]
    );
    assert_eq!(doc.links[0].location.paragraph, Some(1));
}

#[test]
fn links_in_deleted_or_hidden_text_are_not_links_of_the_shown_text() {
    let doc = read_docx(
        &package(
            r#"<w:p><w:del w:id="1" w:author="A"><w:hyperlink r:id="rIdOld"><w:r><w:delText>old source</w:delText></w:r></w:hyperlink></w:del>
                 <w:hyperlink r:id="rIdSecret"><w:r><w:rPr><w:vanish/></w:rPr><w:t>internal draft</w:t></w:r></w:hyperlink>
                 <w:hyperlink r:id="rIdNew"><w:r><w:t>new source</w:t></w:r></w:hyperlink></w:p>"#,
        )
        .rel(rel("rIdOld", "hyperlink", "https://example.org/old", true))
        .rel(rel("rIdSecret", "hyperlink", "https://intranet.example.org/draft", true))
        .rel(rel("rIdNew", "hyperlink", "https://example.org/new", true)),
    );
    let links: Vec<&str> = doc.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(links, ["https://example.org/new"]);
    assert_eq!(doc.hidden_text[0].text, "internal draft");
}

#[test]
fn a_hyperlink_with_both_target_and_anchor_links_to_the_fragment() {
    let doc = read_docx(
        &package(
            r#"<w:p><w:hyperlink r:id="rIdLink" w:anchor="para12"><w:r><w:t>paragraph 12</w:t></w:r></w:hyperlink>
                    <w:hyperlink r:id="rIdMail"><w:r><w:t>write to us</w:t></w:r></w:hyperlink></w:p>"#,
        )
        .rel(rel("rIdLink", "hyperlink", "https://undocs.org/A/HRC/55/1", true))
        .rel(rel("rIdMail", "hyperlink", "mailto:registry@ohchr.org", true)),
    );
    let links: Vec<(&str, LinkKind)> = doc.links.iter().map(|l| (l.url.as_str(), l.kind)).collect();
    assert_eq!(
        links,
        [("https://undocs.org/A/HRC/55/1#para12", LinkKind::External), ("mailto:registry@ohchr.org", LinkKind::Email)]
    );
}

#[test]
fn core_app_and_custom_properties_are_read() {
    let core = r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
        <dc:title>Submission on business and human rights</dc:title><dc:creator>Jane Doe</dc:creator>
        <cp:lastModifiedBy>John Roe</cp:lastModifiedBy>
        <dcterms:created>2024-04-01T08:00:00Z</dcterms:created><dcterms:modified>2024-04-20T17:30:00Z</dcterms:modified></cp:coreProperties>"#;
    let app = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
        <Template>Normal.dotm</Template><Words>2480</Words><Application>Microsoft Office Word</Application>
        <Company>Example NGO</Company><Manager>Head of Advocacy</Manager></Properties>"#;
    let custom = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
        <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classification"><vt:lpwstr>Internal</vt:lpwstr></property></Properties>"#;
    let doc = read_docx(
        &package("<w:p><w:r><w:t>Text.</w:t></w:r></w:p>")
            .part(Part::new("docProps/core.xml", core).related_to_package(
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            ))
            .part(Part::new("docProps/app.xml", app).related_to_package(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
            ))
            .part(Part::new("docProps/custom.xml", custom).related_to_package(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
            )),
    );
    let m = &doc.metadata;
    assert_eq!(m.title.as_deref(), Some("Submission on business and human rights"));
    assert_eq!(m.author.as_deref(), Some("Jane Doe"));
    assert_eq!(m.last_modified_by.as_deref(), Some("John Roe"));
    assert_eq!(m.created.as_deref(), Some("2024-04-01T08:00:00Z"));
    assert_eq!(m.modified.as_deref(), Some("2024-04-20T17:30:00Z"));
    assert_eq!(m.company.as_deref(), Some("Example NGO"));
    assert_eq!(m.manager.as_deref(), Some("Head of Advocacy"));
    assert_eq!(m.application.as_deref(), Some("Microsoft Office Word"));
    assert_eq!(m.stored_word_count, Some(2480));
    assert_eq!(m.custom, [("Classification".to_string(), "Internal".to_string())]);
}

#[test]
fn macros_embedded_objects_and_the_attached_template_are_found() {
    let settings = r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:attachedTemplate r:id="rIdT"/></w:settings>"#;
    let doc = read_docx(
        &package("<w:p><w:r><w:t>Text.</w:t></w:r></w:p>")
            .part(
                Part::new("word/vbaProject.bin", "not really OLE, but the part is what matters").related("vbaProject"),
            )
            .part(Part::new("word/embeddings/oleObject1.bin", "embedded object bytes").related("oleObject"))
            .part(Part::new("word/afchunk.htm", "<html><body>imported</body></html>").related("aFChunk"))
            .part(Part::new("word/settings.xml", settings).related("settings").with_rels(&[rel(
                "rIdT",
                "attachedTemplate",
                "file:///C:/Users/jdoe/AppData/Roaming/Microsoft/Templates/NGO.dotm",
                true,
            )])),
    );
    assert_eq!(doc.macros, ["word/vbaProject.bin"]);
    let embedded: Vec<&str> = doc.embedded.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(embedded, ["word/embeddings/oleObject1.bin", "word/afchunk.htm"]);
    assert_eq!(doc.embedded[0].bytes, Some("embedded object bytes".len() as u64));
    assert_eq!(
        doc.metadata.template.as_deref(),
        Some("file:///C:/Users/jdoe/AppData/Roaming/Microsoft/Templates/NGO.dotm")
    );
}

#[test]
fn strict_ooxml_namespaces_are_understood() {
    let strict = r#"<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>
        <w:p><w:r><w:t>Written in Strict Open XML.</w:t></w:r></w:p></w:body></w:document>"#;
    let doc = read_docx(&package("").replace_main("word/document.xml", strict));
    assert_eq!(doc.body[0].text, "Written in Strict Open XML.");
    assert_eq!(words_of(&doc).body, 5);
}

#[test]
fn strict_ooxml_properties_are_read() {
    // Strict names the app-properties relationship "extendedProperties" (Transitional: "extended-properties").
    let app = r#"<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties"><Application>Microsoft Office Word</Application><Company>Example NGO</Company></Properties>"#;
    let doc = read_docx(
        &package("<w:p/>").part(
            Part::new("docProps/app.xml", app)
                .related_to_package("http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
        ),
    );
    assert_eq!(doc.metadata.application.as_deref(), Some("Microsoft Office Word"));
    assert_eq!(doc.metadata.company.as_deref(), Some("Example NGO"));
}

#[test]
fn the_main_part_is_found_through_the_package_relationships() {
    let main = format!(
        r#"<w:document {}><w:body><w:p><w:r><w:t>Main part under another name.</w:t></w:r></w:p></w:body></w:document>"#,
        common::NAMESPACES
    );
    let doc = read_docx(&package("").replace_main("word/document2.xml", &main));
    assert_eq!(doc.body[0].text, "Main part under another name.");
}

#[test]
fn the_word_count_rule_follows_its_documented_definition() {
    // docs/word-count.md: whitespace separates; compounds are one word; a
    // token with no letter or digit is none; each CJK character is one.
    assert_eq!(count("well-being and/or 2,500 – § •"), 3);
    assert_eq!(count("人权理事会"), 5);
}

#[test]
fn an_empty_paragraph_in_a_text_box_leaves_the_paragraph_around_it_whole() {
    let doc = read_docx(&package(
        r#"<w:p><w:r><w:t xml:space="preserve">Before the box </w:t></w:r>
           <w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p/><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>
           <w:r><w:t>and after it.</w:t></w:r></w:p>"#,
    ));
    let got: Vec<(&str, BlockKind)> = doc.body.iter().map(|b| (b.text.as_str(), b.kind)).collect();
    assert_eq!(got, [("Boxed", BlockKind::TextBox), ("Before the box and after it.", BlockKind::Paragraph)]);
}
