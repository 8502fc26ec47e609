//! The clean copy (issue 19) on arbitrary bytes: the DOCX cleaner and the PDF
//! cleaner both get every input (seed with real .docx and .pdf files, and
//! dirty ones: scripts/fuzz does; libFuzzer's mutations then damage them).
//! Neither may panic, hang or blow up; and when the DOCX cleaner returns a
//! copy, the reader must open it and find none of what was removed (the PDF
//! cleaner reads its copy back itself before returning it).
#![no_main]
use libfuzzer_sys::fuzz_target;
use submission_checker::{clean::clean_docx, clean_pdf::clean_pdf, limits::Limits, read, sniff::Format};

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    if let Ok(copy) = clean_docx(data, &limits) {
        let doc = read::read(&copy.bytes, Format::Docx, &limits).expect("the clean copy reads");
        assert!(doc.comments.is_empty(), "comments left: {:?}", doc.comments);
        assert!(doc.changes.is_empty(), "tracked changes left: {:?}", doc.changes);
        assert!(doc.hidden_text.is_empty(), "hidden text left: {:?}", doc.hidden_text);
        assert!(doc.macros.is_empty(), "macros left: {:?}", doc.macros);
    }
    let _ = clean_pdf(data, &limits);
});
