//! Tables in the main text (DOCX `w:tbl`, ODF `table:table`): their rows,
//! the cells of their first row, and whether that row is marked as the
//! header row that repeats (DOCX `w:trPr/w:tblHeader`, Word's *Repeat as
//! header row*; ODF rows inside `table:table-header-rows`), which is what
//! screen readers and a tagged PDF export take as the column headers.
//! Nested tables are tables of their own. Shared by the DOCX and ODT readers.

use crate::document::{Location, Table, MAX_ITEMS};

/// The tables open now, innermost last, each with the number of tables
/// recorded before it opened: a nested table closes first, and its outer
/// table is put back before it, in document order.
#[derive(Default)]
pub(crate) struct Tables {
    open: Vec<(usize, Table)>,
    /// Inside ODF's `table:table-header-rows` of the innermost table.
    header_rows: bool,
}

impl Tables {
    /// `w:tbl` opens, at `location`, after `recorded` tables.
    pub fn open(&mut self, location: Location, recorded: usize) {
        self.header_rows = false;
        self.open.push((recorded, Table { rows: 0, columns: 0, header_row: false, location }));
    }

    /// A row (`w:tr`, `table:table-row`) opens in the innermost table.
    pub fn row(&mut self) {
        let in_header = self.header_rows;
        if let Some(t) = self.open.last_mut().map(|(_, t)| t) {
            t.rows = t.rows.saturating_add(1);
            if t.rows == 1 && in_header {
                t.header_row = true;
            }
        }
    }

    /// ODF's `table:table-header-rows` opens (`true`) or closes: the rows in it are header rows.
    #[cfg_attr(not(feature = "odt"), allow(dead_code))]
    pub fn header_rows(&mut self, open: bool) {
        self.header_rows = open;
    }

    /// A cell (`w:tc`, `table:table-cell`) opens: a cell of the first row is a column.
    pub fn cell(&mut self) {
        if let Some(t) = self.open.last_mut().map(|(_, t)| t).filter(|t| t.rows == 1) {
            t.columns = t.columns.saturating_add(1);
        }
    }

    /// `w:tblHeader` in a row's properties (`on`: its value): it counts on the first row.
    pub fn header(&mut self, on: bool) {
        if let Some(t) = self.open.last_mut().map(|(_, t)| t).filter(|t| t.rows == 1) {
            t.header_row = on;
        }
    }

    /// The table closes: the table joins `tables`, bounded by [`MAX_ITEMS`].
    pub fn close(&mut self, tables: &mut Vec<Table>) {
        if let Some((before, t)) = self.open.pop() {
            if tables.len() < MAX_ITEMS {
                tables.insert(before.min(tables.len()), t);
            }
        }
    }
}
