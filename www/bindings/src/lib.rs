//! The browser's door to the checker: bytes and a profile in, a report out.
//! Every value crosses as plain JSON-shaped data (serde-wasm-bindgen); every
//! error goes through [`to_js_error`]. Types for TypeScript: `www/types.d.ts`.

#![forbid(unsafe_code)]

use serde::{Deserialize, Serialize};
use submission_checker::{check_with, profile, CallProfile, Date, Lang, Options};
use wasm_bindgen::prelude::*;

/// Options the page passes with each check.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct PageOptions {
    /// Message language: `en`, `fr`, `es`, `pt` (a tag like `fr-CH` is fine).
    lang: Option<String>,
    /// For the cover email.
    organisation: Option<String>,
    /// For the cover email.
    contact: Option<String>,
}

fn to_js_error(message: impl std::fmt::Display) -> JsValue {
    js_sys_error(&message.to_string())
}

fn js_sys_error(message: &str) -> JsValue {
    JsValue::from(JsError::new(message))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(to_js_error)
}

/// Reads a call profile: a built-in id (`"emler-2024"`) or a profile object.
fn resolve_profile(call: JsValue) -> Result<CallProfile, JsValue> {
    if let Some(id) = call.as_string() {
        return profile::builtin(&id).ok_or_else(|| js_sys_error(&format!("unknown call '{id}'")));
    }
    let json: serde_json_value::Value = serde_wasm_bindgen::from_value(call).map_err(to_js_error)?;
    profile::from_json(&json.0).map_err(to_js_error)
}

/// A profile object arrives as a JS value; it is validated by the core's JSON
/// parser so that the page and the CLI give the same errors.
mod serde_json_value {
    use serde::de::{Deserialize, Deserializer};
    pub struct Value(pub String);
    impl<'de> Deserialize<'de> for Value {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let v = serde_json::Value::deserialize(d)?;
            Ok(Value(v.to_string()))
        }
    }
}

/// Checks one file. `today` is `YYYY-MM-DD` where the call keeps its deadline
/// (empty: skip the deadline rule). Returns the report object.
#[wasm_bindgen]
pub fn check(bytes: &[u8], name: &str, call: JsValue, today: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let profile = resolve_profile(call)?;
    let today: Option<Date> = if today.is_empty() { None } else { Some(today.parse().map_err(to_js_error)?) };
    let page: PageOptions = if options.is_undefined() || options.is_null() { PageOptions::default() } else { serde_wasm_bindgen::from_value(options).map_err(to_js_error)? };
    let opts = Options {
        lang: page.lang.as_deref().and_then(Lang::from_tag).unwrap_or_default(),
        organisation: page.organisation,
        contact: page.contact,
        ..Options::default()
    };
    to_js(&check_with(bytes, name, &profile, today, &opts))
}

/// The built-in call profiles.
#[wasm_bindgen]
pub fn profiles() -> Result<JsValue, JsValue> {
    let all: Vec<CallProfile> = profile::builtin_ids().filter_map(profile::builtin).collect();
    to_js(&all)
}

/// Validates a profile given as JSON text; returns it as an object or throws
/// an error naming the bad field.
#[wasm_bindgen(js_name = parseProfile)]
pub fn parse_profile(json: &str) -> Result<JsValue, JsValue> {
    to_js(&profile::from_json(json).map_err(to_js_error)?)
}

/// The reader alone: what a document holds (`{ body, notes, links }`: words
/// in the main text and in the notes, and links), with no rules, language
/// detection or report. The DOCX benchmark (`scripts/bench-docx`) times it
/// against mammoth.js's text extraction, the same kind of work.
#[wasm_bindgen(js_name = readWords)]
pub fn read_words(bytes: &[u8]) -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Counts {
        body: u64,
        notes: u64,
        links: usize,
    }
    let doc = submission_checker::read::read(bytes, submission_checker::sniff::sniff(bytes).format, &submission_checker::limits::Limits::default()).map_err(to_js_error)?;
    let w = submission_checker::words::WordCounts::of(&doc);
    to_js(&Counts { body: w.body, notes: w.notes, links: doc.links.len() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn checks_an_empty_file_in_wasm() {
        let r = check(&[], "empty.docx", JsValue::from_str("emler-2024"), "2024-05-10", JsValue::UNDEFINED).unwrap();
        let r: serde_json::Value = serde_wasm_bindgen::from_value(r).unwrap();
        assert_eq!(r["file"]["format"], "empty");
        assert_eq!(r["ready"], false);
        assert_eq!(r["findings"][0]["rule"], "unreadable-file");
        assert!(r["mailto"].as_str().unwrap().contains("subject=EMLER%202024%20Report"));
    }

    #[wasm_bindgen_test]
    fn read_words_gives_an_error_for_a_file_that_is_no_document() {
        assert!(read_words(&[]).is_err());
        assert!(read_words(b"PK\x03\x04 not really a zip").is_err());
    }

    #[wasm_bindgen_test]
    fn an_unknown_call_is_an_error_not_a_panic() {
        assert!(check(&[], "x", JsValue::from_str("nope"), "", JsValue::UNDEFINED).is_err());
        assert!(parse_profile(r#"{"id":"x","title":"T","word_limit":0}"#).is_err());
    }
}
