//! Tables in the main text (DOCX `w:tbl`, ODF `table:table`): their rows,
//! their columns (the widest row, merged cells counted by the columns they
//! span: DOCX `w:gridSpan`, ODF `table:number-columns-spanned`, so a first
//! row that is one title cell across the table does not hide the table's
//! width), and whether the first row is marked as the
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
    open: Vec<Open>,
    /// Inside ODF's `table:table-header-rows` of the innermost table.
    header_rows: bool,
}

/// A table being read: the tables recorded before it opened, what is known
/// of it so far, and the columns its current row has spanned.
struct Open {
    before: usize,
    table: Table,
    row_columns: u32,
}

impl Open {
    /// `n` more columns in the current row: the table is at least as wide.
    fn widen(&mut self, n: u32) {
        self.row_columns = self.row_columns.saturating_add(n);
        self.table.columns = self.table.columns.max(self.row_columns);
    }
}

impl Tables {
    /// `w:tbl` opens, at `location`, after `recorded` tables.
    pub fn open(&mut self, location: Location, recorded: usize) {
        self.header_rows = false;
        let table = Table { rows: 0, columns: 0, header_row: false, location };
        self.open.push(Open { before: recorded, table, row_columns: 0 });
    }

    /// A row (`w:tr`, `table:table-row`) opens in the innermost table.
    pub fn row(&mut self) {
        let in_header = self.header_rows;
        if let Some(o) = self.open.last_mut() {
            o.row_columns = 0;
            o.table.rows = o.table.rows.saturating_add(1);
            if o.table.rows == 1 && in_header {
                o.table.header_row = true;
            }
        }
    }

    /// ODF's `table:table-header-rows` opens (`true`) or closes: the rows in it are header rows.
    #[cfg_attr(not(feature = "odt"), allow(dead_code))]
    pub fn header_rows(&mut self, open: bool) {
        self.header_rows = open;
    }

    /// A cell (`w:tc`, `table:table-cell`) opens in the current row,
    /// `columns` wide (ODF: spanned times repeated; DOCX: 1, then [`Self::span`]).
    pub fn cell(&mut self, columns: u32) {
        if let Some(o) = self.open.last_mut() {
            o.widen(columns);
        }
    }

    /// DOCX `w:gridSpan` in the current cell's properties: the cell spans
    /// `columns` grid columns, one of which [`Self::cell`] counted.
    pub fn span(&mut self, columns: u32) {
        if let Some(o) = self.open.last_mut() {
            o.widen(columns.saturating_sub(1));
        }
    }

    /// `w:tblHeader` in a row's properties (`on`: its value): it counts on the first row.
    pub fn header(&mut self, on: bool) {
        if let Some(t) = self.open.last_mut().map(|o| &mut o.table).filter(|t| t.rows == 1) {
            t.header_row = on;
        }
    }

    /// The table closes: the table joins `tables`, bounded by [`MAX_ITEMS`].
    pub fn close(&mut self, tables: &mut Vec<Table>) {
        if let Some(o) = self.open.pop() {
            if tables.len() < MAX_ITEMS {
                tables.insert(o.before.min(tables.len()), o.table);
            }
        }
    }
}
