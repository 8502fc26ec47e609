//! Safety limits for reading untrusted files. Each limit turns into a clear
//! `too-large` error, never a crash or a frozen page.
//!
//! The values are generous for real contributions (a 2,500-word submission is
//! a few hundred kilobytes; the largest real reports run to a few hundred
//! pages) and small enough that a phone's browser tab survives the worst case.

/// The limits a reader respects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest input file: 100 MB. Calls ask for documents, and mail servers
    /// refuse attachments far below this.
    pub max_file_bytes: u64,
    /// Total bytes inflated from a ZIP package: 256 MB. Real Word files inflate
    /// to a few times their size; a zip bomb to gigabytes.
    pub max_inflated_total: u64,
    /// Bytes inflated from one XML part: 64 MB (a 1,000-page document.xml is ~30 MB).
    pub max_part_bytes: u64,
    /// Entries in a ZIP package, or in a `.doc`'s compound file: 10,000 (Word files
    /// have tens; hundreds with many images).
    pub max_zip_entries: usize,
    /// XML element nesting: 256. Word nests tables and text boxes a few dozen deep;
    /// deeper is an attack on a recursive reader.
    pub max_xml_depth: usize,
    /// Characters of text kept from one document: 20 million (~3 million words).
    pub max_text_chars: usize,
    /// Pages read from a PDF: 5,000.
    pub max_pages: usize,
    /// Objects in a PDF, counted in the file before it is loaded, and again
    /// while loading for object streams the count could not unpack: 100,000.
    /// A 1,000-page tagged report has about that many; each loaded object
    /// costs a few hundred bytes and some CPU time.
    pub max_pdf_objects: usize,
    /// Nesting of PDF objects and page trees: 64.
    pub max_pdf_depth: usize,
    /// Bytes inflated from a PDF's compressed streams, all together: 128 MB
    /// (each stream at most `max_part_bytes`). A 500-page report's pages and
    /// fonts unpack to tens of MB; a flate bomb to gigabytes. Object and
    /// cross-reference streams have their own budget of the same size,
    /// spent before the file is loaded.
    pub max_pdf_inflated: u64,
    /// Lines of text in a PDF, all pages together: 500,000. A 5,000-page
    /// report of 60 lines a page has 300,000. Each line costs a few hundred
    /// bytes besides its text (position, words), so a page drawing a million
    /// one-letter lines took 290 MB before this limit.
    pub max_pdf_lines: usize,
    /// Paragraphs kept from a Word file (body, notes, headers and footers,
    /// hidden text): 500,000. A 1,000-page report has tens of thousands;
    /// each costs a few hundred bytes besides its text (its place, a quote),
    /// so 1.8 million one-letter paragraphs took 331 MB before this limit.
    pub max_docx_paragraphs: usize,
}

/// A limit as the (English) error details state it: `100,000`.
pub(crate) fn stated(n: usize) -> String {
    crate::messages::format_number(crate::Lang::En, i64::try_from(n).unwrap_or(i64::MAX))
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 100_000_000,
            max_inflated_total: 256 << 20,
            max_part_bytes: 64 << 20,
            max_zip_entries: 10_000,
            max_xml_depth: 256,
            max_text_chars: 20_000_000,
            max_pages: 5_000,
            max_pdf_objects: 100_000,
            max_pdf_depth: 64,
            max_pdf_inflated: 128 << 20,
            max_pdf_lines: 500_000,
            max_docx_paragraphs: 500_000,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn limits_are_stated_with_grouped_thousands() {
        assert_eq!(super::stated(100_000), "100,000");
        assert_eq!(super::stated(999), "999");
        assert_eq!(super::stated(1_234_567), "1,234,567");
    }
}
