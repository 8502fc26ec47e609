//! The browser's door to the clean copy: bytes and a name in, the copy out.
//! Built into `www/pkg-clean`, which the page's worker imports only when the
//! person asks for a clean copy; the copy is then checked by the checker's
//! own module (`www/pkg`). Types for TypeScript: `CleanBindings` in `www/types.d.ts`.

#![forbid(unsafe_code)]

use serde::Serialize;
use submission_checker::clean_copy::{clean_copy, Removal};
use submission_checker::limits::Limits;
use wasm_bindgen::prelude::*;

/// What [`clean`] returns: the clean copy, its name and format, and what was
/// removed, kind by kind (`{kind, count}`, the kinds that had any).
#[derive(Serialize)]
struct CleanCopy {
    /// The copy's bytes (a `Uint8Array`).
    bytes: Bytes,
    /// `NAME (clean).docx` or `.pdf`.
    name: String,
    /// `docx` or `pdf`.
    format: &'static str,
    removed: Vec<Removal>,
}

/// Bytes that cross as one `Uint8Array` (serde's `serialize_bytes`), not as an array of numbers.
struct Bytes(Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

fn to_js_error(message: impl std::fmt::Display) -> JsValue {
    JsValue::from(JsError::new(&message.to_string()))
}

/// The clean copy of a Word (.docx, .docm) or PDF file: without comments,
/// tracked changes (accepted), hidden text, macros, review annotations,
/// scripts, embedded files and the author (docs/clean-copy.md). Returns
/// `{bytes, name, format, removed}`, or throws an error whose message is
/// `code: detail` (`unsupported`, `corrupt`, `too-large`, `password-protected`).
#[wasm_bindgen]
pub fn clean(bytes: &[u8], name: &str) -> Result<JsValue, JsValue> {
    let copy = clean_copy(bytes, name, &Limits::default()).map_err(to_js_error)?;
    let out = CleanCopy { bytes: Bytes(copy.bytes), name: copy.name, format: copy.format.id(), removed: copy.removed };
    // Maps as objects; bytes as a Uint8Array (json_compatible would make an Array of numbers).
    out.serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true)).map_err(to_js_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// A DOCX with a comment by Ana Souza, written by docx-rs (an independent writer).
    fn commented_docx() -> Vec<u8> {
        use docx_rs::{Comment, Docx, Paragraph, Run};
        let comment = Comment::new(1)
            .author("Ana Souza")
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Check this figure.")));
        let mut out = std::io::Cursor::new(Vec::new());
        Docx::new()
            .add_paragraph(
                Paragraph::new()
                    .add_comment_start(comment)
                    .add_run(Run::new().add_text("Our report."))
                    .add_comment_end(1),
            )
            .build()
            .pack(&mut out)
            .unwrap();
        out.into_inner()
    }

    fn field(value: &JsValue, name: &str) -> JsValue {
        js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap()
    }

    #[wasm_bindgen_test]
    fn clean_returns_the_copy_as_bytes_its_name_and_what_went() {
        let original = commented_docx();
        let value = clean(&original, "report.docx").unwrap();
        let bytes = field(&value, "bytes");
        assert!(bytes.is_instance_of::<js_sys::Uint8Array>(), "the copy crosses as one Uint8Array");
        let copy = js_sys::Uint8Array::from(bytes).to_vec();
        let read = |b: &[u8]| {
            let format = submission_checker::sniff::sniff(b).format;
            submission_checker::read::read(b, format, &Limits::default()).unwrap()
        };
        assert_eq!(read(&original).comments.len(), 1);
        let doc = read(&copy);
        assert!(doc.comments.is_empty(), "{:?}", doc.comments);
        assert_eq!(doc.body.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(), ["Our report."]);
        assert_eq!(field(&value, "name").as_string().as_deref(), Some("report (clean).docx"));
        assert_eq!(field(&value, "format").as_string().as_deref(), Some("docx"));
        let removed: serde_json::Value = serde_wasm_bindgen::from_value(field(&value, "removed")).unwrap();
        assert!(
            removed.as_array().unwrap().contains(&serde_json::json!({ "kind": "comments", "count": 1 })),
            "{removed}"
        );
    }

    #[wasm_bindgen_test]
    fn a_file_that_cannot_be_cleaned_is_an_error_naming_why() {
        let message = |e: JsValue| -> String { js_sys::Error::from(e).message().into() };
        assert!(message(clean(b"just words", "notes.txt").unwrap_err()).starts_with("unsupported: "));
        assert!(message(clean(b"PK\x03\x04 broken", "x.docx").unwrap_err()).starts_with("corrupt: "));
    }
}
