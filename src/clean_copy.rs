//! The clean copy of whatever file the checker can clean, for the CLI and
//! the page alike: chooses the DOCX or the PDF cleaner by the file's content
//! (never its name), names the copy (`report (clean).docx`), and lists what
//! was removed kind by kind, so both say the same thing.
//!
//! ```
//! use submission_checker::clean_copy::{clean_copy, clean_name};
//! use submission_checker::limits::Limits;
//! use submission_checker::sniff::Format;
//!
//! assert_eq!(clean_name("report.docm", Format::Docm), "report (clean).docx");
//! // Plain text has nothing to clean: refused, with the reason.
//! let err = clean_copy(b"just words", "notes.txt", &Limits::default()).unwrap_err();
//! assert_eq!(err.code(), "unsupported");
//! ```

use crate::error::{Error, ErrorKind};
use crate::limits::Limits;
use crate::sniff::{sniff, Format};
use serde::Serialize;

/// A clean copy, ready to save or attach.
#[derive(Debug, Clone)]
pub struct CleanCopy {
    /// The copy's bytes.
    pub bytes: Vec<u8>,
    /// The copy's file name: the original's with ` (clean)` before the
    /// extension, `.docx` for a Word file (a `.docm` loses its macros) or `.pdf`.
    pub name: String,
    /// The copy's format: [`Format::Docx`] or [`Format::Pdf`].
    pub format: Format,
    /// What was removed, one entry per kind that had any, in a fixed order.
    pub removed: Vec<Removal>,
}

/// How many of one kind of content the copy no longer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Removal {
    /// A stable id: `comments`, `insertions`, `deletions`, `moves`,
    /// `property-changes`, `hidden-runs`, `metadata-fields`, `macro-parts`
    /// (Word); `annotations`, `scripts`, `embedded-files`, `info-fields`,
    /// `xmp-properties`, `xmp-dropped`, `decrypted`, `signatures` (PDF; the
    /// last three count 1 for the whole file, or the signatures invalidated).
    pub kind: &'static str,
    /// How many.
    pub count: usize,
}

/// Whether the clean copy can be made of a file in this format.
pub fn can_clean(format: Format) -> bool {
    matches!(format, Format::Docx | Format::Docm | Format::Pdf)
}

/// The copy's name: `report.docx` → `report (clean).docx`; a `.docm` (or a
/// Word file named anything) becomes `.docx`, a PDF `.pdf`. Only the last
/// path segment of `name` is kept.
pub fn clean_name(name: &str, format: Format) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = match file.rfind('.') {
        Some(dot) if dot > 0 => file.get(..dot).unwrap_or(file),
        _ => file,
    };
    let stem = if stem.trim().is_empty() { "document" } else { stem };
    let ext = if format == Format::Pdf { "pdf" } else { "docx" };
    format!("{stem} (clean).{ext}")
}

/// Makes the clean copy of a DOCX, DOCM or PDF (by content), within `limits`.
/// Any other file, or one the cleaner cannot read or rewrite safely, is an
/// [`Error`] (the reader's own for a file it cannot read): never a half-cleaned copy.
pub fn clean_copy(bytes: &[u8], name: &str, limits: &Limits) -> Result<CleanCopy, Error> {
    let format = sniff(bytes).format;
    let (bytes, format, removed) = match format {
        Format::Docx | Format::Docm => {
            let c = crate::clean::clean_docx(bytes, limits)?;
            let r = &c.removed;
            let kinds = [
                ("comments", r.comments),
                ("insertions", r.insertions),
                ("deletions", r.deletions),
                ("moves", r.moves),
                ("property-changes", r.property_changes),
                ("hidden-runs", r.hidden_runs),
                ("metadata-fields", r.metadata_fields),
                ("macro-parts", r.macro_parts),
            ];
            (c.bytes, Format::Docx, removals(&kinds))
        }
        Format::Pdf => {
            let c = crate::clean_pdf::clean_pdf(bytes, limits)?;
            let r = &c.removed;
            let kinds = [
                ("annotations", r.annotations),
                ("scripts", r.scripts),
                ("embedded-files", r.embedded_files),
                ("info-fields", r.info_fields),
                ("xmp-properties", r.xmp_properties),
                ("xmp-dropped", usize::from(r.xmp_dropped)),
                ("decrypted", usize::from(r.decrypted)),
                ("signatures", r.signatures),
            ];
            (c.bytes, Format::Pdf, removals(&kinds))
        }
        other => {
            // A file the reader recognises but cannot read (empty, encrypted,
            // damaged) gets the reader's own error, not "this is not Word".
            if let Err(e) = crate::read::read(bytes, other, limits) {
                if !matches!(e.kind(), ErrorKind::Unsupported(_)) {
                    return Err(e);
                }
            }
            return Err(Error::new(ErrorKind::Unsupported(format!(
                "a clean copy can be made of a Word (.docx, .docm) or PDF file, and this is {}",
                other.id()
            ))));
        }
    };
    Ok(CleanCopy { bytes, name: clean_name(name, format), format, removed })
}

fn removals(kinds: &[(&'static str, usize)]) -> Vec<Removal> {
    kinds.iter().filter(|(_, n)| *n > 0).map(|&(kind, count)| Removal { kind, count }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_is_named_after_the_original() {
        assert_eq!(clean_name("report.docx", Format::Docx), "report (clean).docx");
        assert_eq!(clean_name("Informe final.DOCM", Format::Docm), "Informe final (clean).docx");
        assert_eq!(clean_name("dir/sub/a.b.pdf", Format::Pdf), "a.b (clean).pdf");
        assert_eq!(clean_name("C:\\Users\\x\\notes", Format::Docx), "notes (clean).docx");
        assert_eq!(clean_name(".pdf", Format::Pdf), ".pdf (clean).pdf");
        assert_eq!(clean_name("", Format::Pdf), "document (clean).pdf");
    }

    #[test]
    fn only_word_and_pdf_files_are_cleaned() {
        assert!(can_clean(Format::Docm) && can_clean(Format::Pdf));
        assert!(!can_clean(Format::Doc) && !can_clean(Format::Odt));
        let err = clean_copy(b"\x7fELF binary", "tool", &Limits::default()).unwrap_err();
        assert_eq!(err.code(), "unsupported");
        assert!(err.detail().starts_with("a clean copy can be made of a Word"), "{err}");
    }

    #[test]
    fn a_file_the_reader_cannot_read_gets_the_readers_error() {
        let limits = Limits::default();
        for bytes in [&b""[..], b"PK\x03\x04 cut short"] {
            let read = crate::read::read(bytes, sniff(bytes).format, &limits).unwrap_err();
            assert_eq!(clean_copy(bytes, "x.docx", &limits).unwrap_err(), read);
        }
        let empty = clean_copy(b"", "x.docx", &limits).unwrap_err();
        assert_eq!((empty.code(), empty.detail().as_str()), ("corrupt", "the file is empty (0 bytes)"));
    }
}
