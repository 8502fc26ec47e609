use super::accessibility::{places, severity};
use super::{Context, Rule};
use crate::document::Table;
use crate::report::{Finding, Severity};

/// `table-header`: data tables mark their header row.
pub const RULE: Rule = Rule {
    id: "table-header",
    severity: Severity::Warning,
    summary: "Tables of two rows and two columns or more mark their header row (accessibility).",
    doc: "**What it checks.** Tables in the main text with at least two rows and two columns (smaller ones \
are usually layout, not data; a table is as wide as its widest row, a merged cell counting the columns it \
spans, so a first row that is one title cell across the table does not hide it). In a Word file (.docx, .docm; not yet .doc), the first row must be marked as a header row (Word's \
*Repeat as header row at the top of each page*, `w:tblHeader`); in an OpenDocument file, it must be in \
`table:table-header-rows` (LibreOffice's *Repeat heading*); in a PDF, a `/Table` element of the \
structure tree must hold a header cell (`/TH`). A warning that counts such tables and lists where they \
start. An untagged PDF has no tables to check (`pdf-accessibility` says it is untagged).\n\n\
**Why.** A screen reader announces each cell with its column's header (\"Year: 2023, Arrests: 310\") only \
when the header row is marked; otherwise a table of figures is a list of numbers without meaning. Word's \
PDF export also takes the header row from this mark. A call that requires accessible files \
(`accessibility = \"required\"`) makes the warning an error.\n\n\
**Example.** A table of cases by region whose first row is only bold: *1 table has no header row marked: \
screen readers cannot say which column a figure belongs to.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let bare: Vec<&Table> =
        doc.accessibility.tables.iter().filter(|t| t.rows >= 2 && t.columns >= 2 && !t.header_row).collect();
    let Some(first) = bare.first() else { return Vec::new() };
    vec![RULE
        .finding(severity(ctx.profile, RULE.severity), "table-header")
        .param("count", bare.len())
        .param("places", places(bare.iter().map(|t| &t.location)))
        .at(first.location.clone())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{render, Lang, Param};
    use crate::rules::fixtures::{findings, pack, read_docx};
    use crate::rules::testing::*;
    use crate::sniff::Format;
    use docx_rs::{Docx, Paragraph, Run, Table as DocxTable, TableCell, TableRow};

    fn cell(t: &str) -> TableCell {
        TableCell::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text(t)))
    }

    /// Years and arrests; the first row's properties hold `w:cantSplit`, next
    /// to which a test writes `w:tblHeader` (docx-rs cannot).
    fn figures() -> DocxTable {
        let first = TableRow::new(vec![cell("Year"), cell("Arrests")]).cant_split();
        DocxTable::new(vec![first, TableRow::new(vec![cell("2023"), cell("310")])])
    }

    /// The first row marked as the header row, as Word writes it.
    fn with_header_row(bytes: &[u8]) -> Vec<u8> {
        let xml = crate::rules::fixtures::part(bytes, "word/document.xml");
        assert!(xml.contains("<w:cantSplit />"), "{xml}");
        let marked = xml.replacen("<w:cantSplit />", "<w:cantSplit /><w:tblHeader />", 1);
        crate::rules::fixtures::with_parts(bytes, &[("word/document.xml", marked.as_bytes())])
    }

    fn check_docx(docx: Docx) -> Vec<Finding> {
        findings(&RULE, &read_docx(&pack(docx)), Format::Docx, &profile())
    }

    #[test]
    fn a_data_table_without_a_header_row_is_found_at_its_place() {
        let intro = Paragraph::new().add_run(Run::new().add_text("Arrests by year:"));
        let f = check_docx(Docx::new().add_paragraph(intro).add_table(figures()));
        assert_eq!(keys(&f), ["table-header"]);
        assert_eq!(f[0].params["count"], Param::Int(1));
        assert_eq!(f[0].params["places"], Param::List(vec!["paragraph:2".into()]));
        let (m, help) = render(Lang::En, f[0].key, &f[0].params);
        assert!(m.starts_with("1 table has no header row marked"), "{m}");
        assert!(help.contains("Repeat as header row"), "{help}");
    }

    #[test]
    fn a_marked_header_row_and_a_one_column_layout_table_pass() {
        let marked = with_header_row(&pack(Docx::new().add_table(figures())));
        assert!(findings(&RULE, &read_docx(&marked), Format::Docx, &profile()).is_empty());
        let layout = DocxTable::new(vec![TableRow::new(vec![cell("Logo")]), TableRow::new(vec![cell("Address")])]);
        assert!(check_docx(Docx::new().add_table(layout)).is_empty());
    }

    /// A calendar as Word writes one: the month as one cell across both
    /// columns (`w:gridSpan="2"`), then day | event rows; the month row
    /// holds `w:cantSplit`, so a test can mark it as the header row.
    fn calendar() -> DocxTable {
        let month = TableRow::new(vec![cell("January").grid_span(2)]).cant_split();
        let day = |d: &str, e: &str| TableRow::new(vec![cell(d), cell(e)]);
        DocxTable::new(vec![month, day("1", "New Year"), day("27", "Holocaust Remembrance Day")])
            .set_grid(vec![1500, 6000])
    }

    #[test]
    fn a_table_whose_first_row_is_one_merged_cell_is_as_wide_as_its_widest_row() {
        let f = check_docx(Docx::new().add_table(calendar()));
        assert_eq!(keys(&f), ["table-header"]);
        assert_eq!(f[0].params["count"], Param::Int(1));
        let marked = with_header_row(&pack(Docx::new().add_table(calendar())));
        assert!(findings(&RULE, &read_docx(&marked), Format::Docx, &profile()).is_empty());
    }

    #[test]
    fn a_nested_table_is_listed_after_the_table_around_it() {
        let outer_first = TableCell::new()
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Region")))
            .add_table(figures());
        let outer = DocxTable::new(vec![
            TableRow::new(vec![outer_first, cell("Cases")]),
            TableRow::new(vec![cell("North"), cell("12")]),
        ]);
        let doc = read_docx(&pack(Docx::new().add_table(outer)));
        let rows: Vec<u32> = doc.accessibility.tables.iter().map(|t| t.location.paragraph.unwrap_or(0)).collect();
        assert_eq!(rows, [1, 2]);
    }
}
