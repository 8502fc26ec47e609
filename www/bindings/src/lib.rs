//! The browser's door to the checker: bytes and a profile in, a report out.
//! Every value crosses as plain JSON-shaped data (serde-wasm-bindgen); every
//! error goes through [`to_js_error`]. Types for TypeScript: `www/types.d.ts`.

#![forbid(unsafe_code)]

use serde::{Deserialize, Serialize};
use submission_checker::{call_text, check_with, profile, CallProfile, Date, Lang, Options};
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

/// What [`extract_call`] returns.
#[derive(Serialize)]
struct CallExtraction<'a> {
    draft: &'a call_text::CallDraft,
    missing: &'a [call_text::Missing],
    toml: String,
    /// The complete profile, when the text gave an id and a title.
    profile: Option<CallProfile>,
    /// Why there is no complete profile (names the field).
    profile_error: Option<String>,
}

/// Reads a call for inputs (plain text or HTML) into a draft profile, for
/// the secretariat page. `lang`: language of the reasons (`en`, `fr`...).
/// Returns `{draft, missing, toml, profile, profile_error}`.
#[wasm_bindgen(js_name = extractCall)]
pub fn extract_call(text: &str, lang: &str) -> Result<JsValue, JsValue> {
    let x = call_text::extract_any(text, Lang::from_tag(lang).unwrap_or_default());
    let (profile, profile_error) = match x.to_profile() {
        Ok(p) => (Some(p), None),
        Err(e) => (None, Some(e.detail())),
    };
    to_js(&CallExtraction { draft: &x.draft, missing: &x.missing, toml: x.to_toml(), profile, profile_error })
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
    fn a_call_text_becomes_a_profile_in_wasm() {
        let text = "Call for inputs: Justice and redress\n\nEmail subject line:\nEMLER 2024 Report\n\nWord limit:\n2500 words\n\nInput/comments should be sent by e-mail by 24 May 2024.";
        let r: serde_json::Value = serde_wasm_bindgen::from_value(extract_call(text, "en").unwrap()).unwrap();
        assert_eq!(r["draft"]["subject"], "EMLER 2024 Report");
        assert_eq!(r["profile"]["word_limit"], 2500);
        assert_eq!(r["profile"]["deadline"], "2024-05-24");
        assert!(r["missing"].as_array().unwrap().iter().any(|m| m["field"] == "email"));
        assert!(r["toml"].as_str().unwrap().contains("subject = \"EMLER 2024 Report\""));
    }

    #[wasm_bindgen_test]
    fn an_unknown_call_is_an_error_not_a_panic() {
        assert!(check(&[], "x", JsValue::from_str("nope"), "", JsValue::UNDEFINED).is_err());
        assert!(parse_profile(r#"{"id":"x","title":"T","word_limit":0}"#).is_err());
    }
}
