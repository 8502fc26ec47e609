//! Tables in the main text (`w:tbl`): their rows, the cells of their first
//! row, and whether that row is marked as the header row that repeats
//! (`w:trPr/w:tblHeader`, Word's *Repeat as header row*), which is what
//! screen readers and a tagged PDF export take as the column headers.
//! Nested tables are tables of their own.

use crate::document::{Location, Table, MAX_ITEMS};
use crate::read::xml::on_off;
use quick_xml::events::BytesStart;

/// The tables open now, innermost last, each with the number of tables
/// recorded before it opened: a nested table closes first, and its outer
/// table is put back before it, in document order.
#[derive(Default)]
pub(super) struct Tables {
    open: Vec<(usize, Table)>,
}

impl Tables {
    /// `w:tbl` opens, at `location`, after `recorded` tables.
    pub fn open(&mut self, location: Location, recorded: usize) {
        self.open.push((recorded, Table { rows: 0, columns: 0, header_row: false, location }));
    }

    /// `w:tr` opens in the innermost table.
    pub fn row(&mut self) {
        if let Some(t) = self.open.last_mut().map(|(_, t)| t) {
            t.rows = t.rows.saturating_add(1);
        }
    }

    /// `w:tc` opens: a cell of the first row is a column.
    pub fn cell(&mut self) {
        if let Some(t) = self.open.last_mut().map(|(_, t)| t).filter(|t| t.rows == 1) {
            t.columns = t.columns.saturating_add(1);
        }
    }

    /// `w:tblHeader` in a row's properties: it counts on the first row.
    pub fn header(&mut self, e: &BytesStart<'_>) {
        if let Some(t) = self.open.last_mut().map(|(_, t)| t).filter(|t| t.rows == 1) {
            t.header_row = on_off(e);
        }
    }

    /// `w:tbl` closes: the table joins `tables`, bounded by [`MAX_ITEMS`].
    pub fn close(&mut self, tables: &mut Vec<Table>) {
        if let Some((before, t)) = self.open.pop() {
            if tables.len() < MAX_ITEMS {
                tables.insert(before.min(tables.len()), t);
            }
        }
    }
}
