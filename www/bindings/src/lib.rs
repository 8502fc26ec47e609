//! The browser's door to the checker: bytes and a profile in, a report out.
//! Every value crosses as plain JSON-shaped data (serde-wasm-bindgen); every
//! error goes through [`to_js_error`]. Types for TypeScript: `www/types.d.ts`.

#![forbid(unsafe_code)]

use serde::{Deserialize, Serialize};
use submission_checker::language::{self, ProfilesMissing, Script};
use submission_checker::{messages, profile, try_check_with, CallProfile, Date, Lang, Options, Report};
use wasm_bindgen::prelude::*;

/// Options the page passes with each check.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct PageOptions {
    /// Message language: `ar`, `en`, `es`, `fr`, `pt`, `ru`, `zh` (a tag like `fr-CH` is fine);
    /// other than English, given first with [`load_catalogue`].
    lang: Option<String>,
    /// For the cover email.
    organisation: Option<String>,
    /// For the cover email.
    contact: Option<String>,
    /// Milliseconds since 1970 (`Date.now()`), for the draft's `Date:` header.
    now: Option<f64>,
}

impl PageOptions {
    fn core(&self) -> Options {
        Options {
            lang: self.lang.as_deref().and_then(Lang::from_tag).unwrap_or_default(),
            organisation: self.organisation.clone(),
            contact: self.contact.clone(),
            ..Options::default()
        }
    }
}

fn page_options(options: JsValue) -> Result<PageOptions, JsValue> {
    if options.is_undefined() || options.is_null() {
        Ok(PageOptions::default())
    } else {
        serde_wasm_bindgen::from_value(options).map_err(to_js_error)
    }
}

/// What the page needs to send a checked file: the `mailto:` link and the `.eml` draft.
#[derive(Serialize)]
struct Draft {
    /// `mailto:` link (RFC 6068, at most 1,800 characters).
    mailto: String,
    /// The `.eml` draft (RFC 5322 / MIME, ASCII), with the file attached.
    eml: String,
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
    match call.as_string() {
        Some(id) => builtin(&id)?.ok_or_else(|| js_sys_error(&format!("unknown call '{id}'"))),
        None => profile_from_js(call),
    }
}

/// A profile object, deserialized straight from the JS value and validated by
/// the core (the same serde rules and field checks as the CLI's JSON and
/// TOML). No JSON parser in Rust: text is parsed by the browser's
/// `JSON.parse`, which keeps serde_json (~20 KB gzip) out of the wasm.
fn profile_from_js(value: JsValue) -> Result<CallProfile, JsValue> {
    let profile_error = |e: serde_wasm_bindgen::Error| to_js_error(submission_checker::Error::profile(e.to_string()));
    // serde-wasm-bindgen reads only the fields a struct names, so it never
    // sees an unknown one: `deny_unknown_fields` is checked here.
    if let Some(object) = value.dyn_ref::<js_sys::Object>().filter(|_| !js_sys::Array::is_array(&value)) {
        let fields = field_names::<CallProfile>();
        for key in js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()) {
            if !fields.contains(&key.as_str()) {
                return Err(profile_error(serde::de::Error::unknown_field(&key, fields)));
            }
        }
    }
    let p: CallProfile = serde_wasm_bindgen::from_value(value).map_err(profile_error)?;
    profile::checked(p).map_err(to_js_error)
}

/// The field names a struct's `Deserialize` asks for, from serde itself: a
/// deserializer that only records what `deserialize_struct` is given.
fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    #[derive(Debug)]
    struct Found(&'static [&'static str]);
    impl std::fmt::Display for Found {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("field names found")
        }
    }
    impl std::error::Error for Found {}
    impl serde::de::Error for Found {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Found(&[])
        }
    }
    struct Recorder;
    impl<'de> serde::Deserializer<'de> for Recorder {
        type Error = Found;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
            Err(Found(&[]))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Found> {
            Err(Found(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    match T::deserialize(Recorder) {
        Err(Found(fields)) => fields,
        Ok(_) => &[],
    }
}

/// A built-in profile, from the JSON text the core keeps for it.
fn builtin(id: &str) -> Result<Option<CallProfile>, JsValue> {
    profile::builtin_json(id).map(|json| profile_from_js(js_sys::JSON::parse(json)?)).transpose()
}

/// Whether another module must read these bytes: they are a format the
/// checker reads, but not this build (www/pkg reads DOCX and DOCM, www/pkg-pdf
/// PDF; www/pkg-formats all of them, with .doc and .odt). The worker asks it
/// of the module it guessed, and sends the file on to the one that has all.
#[wasm_bindgen]
pub fn elsewhere(bytes: &[u8]) -> bool {
    submission_checker::read::read_elsewhere(submission_checker::sniff::sniff(bytes).format)
}

/// Gives this instance a language's catalogue: the module `www/locales/<code>.js`
/// exports it (`examples/catalogues.rs` writes it). The wasm carries English
/// only; the worker passes a language the first time the page uses it.
#[wasm_bindgen(js_name = loadCatalogue)]
pub fn load_catalogue(lang: &str, entries: JsValue) -> Result<(), JsValue> {
    let lang = Lang::from_tag(lang).ok_or_else(|| to_js_error(format!("no language '{lang}'")))?;
    let entries: Vec<(String, String, String)> = serde_wasm_bindgen::from_value(entries).map_err(to_js_error)?;
    messages::load(lang, entries);
    Ok(())
}

/// Gives this instance a script's language profiles: the module
/// `www/pkg/profiles-<script>.js` exports them (scripts/build-web writes it
/// from third_party/whatlang's `src/trigrams/profiles/<script>.txt`). The wasm
/// carries Latin's only; the worker passes the others when a check throws
/// [`MissingProfiles`] naming them.
#[wasm_bindgen(js_name = giveProfiles)]
pub fn give_profiles(script: &str, profiles: String) -> Result<(), JsValue> {
    let script = Script::from_name(script).ok_or_else(|| to_js_error(format!("no script '{script}'")))?;
    language::give_profiles(script, profiles).map_err(to_js_error)
}

/// What `check` and `draft` throw, instead of a report, when the document has
/// text in a script whose profiles this instance was not given: the worker
/// gives them ([`give_profiles`]) and asks again.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MissingProfiles {
    /// The scripts' names (`cyrillic`, `arabic`, `devanagari`, `hebrew`).
    missing_profiles: Vec<Script>,
    /// The same in English, for a log.
    message: String,
}

fn missing_profiles(missing: ProfilesMissing) -> JsValue {
    let message = missing.to_string();
    to_js(&MissingProfiles { missing_profiles: missing.scripts, message }).unwrap_or_else(|e| e)
}

/// The report on one file, or [`MissingProfiles`] thrown.
fn try_report(
    bytes: &[u8],
    name: &str,
    profile: &CallProfile,
    today: Option<Date>,
    opts: &Options,
) -> Result<Report, JsValue> {
    try_check_with(bytes, name, profile, today, opts).map_err(missing_profiles)
}

/// Checks one file. `today` is `YYYY-MM-DD` where the call keeps its deadline
/// (empty: skip the deadline rule). Returns the report object, or throws
/// [`MissingProfiles`].
#[wasm_bindgen]
pub fn check(bytes: &[u8], name: &str, call: JsValue, today: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let profile = resolve_profile(call)?;
    let today: Option<Date> = if today.is_empty() { None } else { Some(today.parse().map_err(to_js_error)?) };
    let opts = page_options(options)?.core();
    to_js(&try_report(bytes, name, &profile, today, &opts)?)
}

/// The `mailto:` link and the `.eml` draft for one file, with the sender's
/// organisation and name from `options` (which may have changed since the
/// check). Reads the file again, so the note always matches these bytes; throws
/// [`MissingProfiles`] as `check` does.
#[wasm_bindgen]
pub fn draft(bytes: &[u8], name: &str, call: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let profile = resolve_profile(call)?;
    let page = page_options(options)?;
    let opts = page.core();
    let report = try_report(bytes, name, &profile, None, &opts)?;
    // Milliseconds as a JS number; out-of-range or missing values date the draft 1970.
    let secs = page.now.filter(|n| n.is_finite()).map_or(0, |ms| (ms / 1000.0).floor().clamp(0.0, 1e12) as i64);
    let eml = submission_checker::eml(bytes, &report, &profile, &opts, secs);
    to_js(&Draft { mailto: report.mailto, eml })
}

/// The core's names for formats, file kinds and languages in `lang` (`format.docx` →
/// "Word (.docx)"), so the page words them exactly as the rule messages do.
#[cfg(feature = "inspect")]
#[wasm_bindgen]
pub fn texts(lang: &str) -> Result<JsValue, JsValue> {
    to_js(&messages::page_names(Lang::from_tag(lang).unwrap_or_default()))
}

/// The built-in call profiles.
#[cfg(feature = "inspect")]
#[wasm_bindgen]
pub fn profiles() -> Result<JsValue, JsValue> {
    let mut all: Vec<CallProfile> = Vec::new();
    for id in profile::builtin_ids() {
        all.extend(builtin(id)?);
    }
    to_js(&all)
}

/// Validates a profile given as JSON text; returns it as an object or throws
/// an error naming the bad field (or the browser's `SyntaxError` when the
/// text is not JSON).
#[wasm_bindgen(js_name = parseProfile)]
pub fn parse_profile(json: &str) -> Result<JsValue, JsValue> {
    to_js(&profile_from_js(js_sys::JSON::parse(json)?)?)
}

/// What [`extract_call`] returns.
#[cfg(feature = "secretariat")]
#[derive(Serialize)]
struct CallExtraction<'a> {
    draft: &'a submission_checker::call_text::CallDraft,
    missing: &'a [submission_checker::call_text::Missing],
    toml: String,
    /// The complete profile, when the text gave an id and a title.
    profile: Option<CallProfile>,
    /// Why there is no complete profile (names the field).
    profile_error: Option<String>,
}

/// Reads a call for inputs (plain text or HTML) into a draft profile, for
/// the secretariat page. `lang`: language of the reasons (`en`, `fr`...).
/// Returns `{draft, missing, toml, profile, profile_error}`. Only in the
/// secretariat's build (feature `secretariat`): the contributor's page never
/// reads a call's text, and the extractor is a large part of the module.
#[cfg(feature = "secretariat")]
#[wasm_bindgen(js_name = extractCall)]
pub fn extract_call(text: &str, lang: &str) -> Result<JsValue, JsValue> {
    let x = submission_checker::call_text::extract_any(text, Lang::from_tag(lang).unwrap_or_default());
    let (profile, profile_error) = match x.to_profile() {
        Ok(p) => (Some(p), None),
        Err(e) => (None, Some(e.detail())),
    };
    to_js(&CallExtraction { draft: &x.draft, missing: &x.missing, toml: x.to_toml(), profile, profile_error })
}

/// The reader alone: what a document holds (`{ body, notes, links }`: words
/// in the main text and in the notes, and links), with no rules, language
/// detection or report. The DOCX benchmark (`scripts/bench-docx`) times it
/// against mammoth.js's text extraction, the same kind of work.
#[cfg(feature = "inspect")]
#[wasm_bindgen(js_name = readWords)]
pub fn read_words(bytes: &[u8]) -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Counts {
        body: u64,
        notes: u64,
        links: usize,
    }
    let doc = submission_checker::read::read(
        bytes,
        submission_checker::sniff::sniff(bytes).format,
        &submission_checker::limits::Limits::default(),
    )
    .map_err(to_js_error)?;
    let w = submission_checker::words::WordCounts::of(&doc);
    to_js(&Counts { body: w.body, notes: w.notes, links: doc.links.len() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// The tests run on the secretariat's build: DOCX and PDF, without the .doc and .odt readers.
    #[wasm_bindgen_test]
    fn a_file_this_build_cannot_read_goes_elsewhere() {
        // An OLE compound file with a WordDocument stream is a .doc: the module with every reader reads it.
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        let mut doc = ole.to_vec();
        doc.resize(4096, 0);
        doc.extend_from_slice(&"WordDocument".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<_>>());
        assert_eq!(submission_checker::sniff::sniff(&doc).format.id(), "doc");
        assert!(elsewhere(&doc));
        // What this build reads, and what no build reads, stay here.
        assert!(!elsewhere(b"%PDF-1.7\n"));
        assert!(!elsewhere(b"plain text, which no module reads"));
    }

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
    fn a_draft_carries_the_file_and_the_exact_subject() {
        // A plain object, as the page passes it (the default serializer would make a JS Map).
        let options =
            to_js(&serde_json::json!({ "lang": "fr", "organisation": "Réseau", "now": 1_715_342_400_000.0 })).unwrap();
        let d = draft(b"%PDF-1.4\n", "x.pdf", JsValue::from_str("emler-2024"), options).unwrap();
        let d: serde_json::Value = serde_wasm_bindgen::from_value(d).unwrap();
        let eml = d["eml"].as_str().unwrap();
        assert!(eml.contains("\r\nSubject: EMLER 2024 Report\r\n"), "{eml}");
        assert!(eml.contains("Date: Fri, 10 May 2024 12:00:00 +0000"), "{eml}");
        assert!(eml.contains("JVBERi0xLjQK"), "base64 of the file: {eml}");
        assert!(eml.contains("R=C3=A9seau"), "the organisation, quoted-printable: {eml}");
        assert!(d["mailto"].as_str().unwrap().starts_with("mailto:?subject=EMLER%202024%20Report"));
    }

    #[cfg(feature = "secretariat")]
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

    #[cfg(feature = "inspect")]
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

    fn error_text(e: JsValue) -> String {
        js_sys::Error::from(e).message().into()
    }

    /// The built-in profiles come through the browser's JSON parser intact;
    /// expected values are the calls' own words (`../shared/calls/`).
    #[cfg(feature = "inspect")]
    #[wasm_bindgen_test]
    fn built_in_profiles_are_read_with_the_browsers_json_parser() {
        let all: serde_json::Value = serde_wasm_bindgen::from_value(profiles().unwrap()).unwrap();
        let ids: Vec<&str> = all.as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["emler-2023", "emler-2024"]);
        assert_eq!(all[1]["subject"], "EMLER 2024 Report"); // "Email subject line: EMLER 2024 Report"
        assert_eq!(all[1]["word_limit"], 2500); // "Word limit: 2500 words"
        assert_eq!(all[1]["deadline"], "2024-05-24"); // "by 24 May 2024"
        assert_eq!(all[0]["email"], "ohchr-emler@un.org"); // "by email to: ohchr-emler@un.org"
    }

    #[wasm_bindgen_test]
    fn a_page_profile_is_checked_field_by_field() {
        let p: serde_json::Value = serde_wasm_bindgen::from_value(
            parse_profile(r#"{"id":"x","title":"T","timezone":"Europe/Geneva","word_limit":10}"#).unwrap(),
        )
        .unwrap();
        assert_eq!(p["timezone"], "Europe/Zurich");
        assert_eq!(p["word_limit"], 10);
        assert!(
            error_text(parse_profile(r#"{"id":"x","title":"T","word_limt":10}"#).unwrap_err()).contains("word_limt")
        );
        assert!(error_text(parse_profile(r#"{"id":"x","title":"T","word_limit":-3}"#).unwrap_err()).contains("-3"));
        assert!(error_text(parse_profile(r#"{"id":"x","title":"T","deadline":"24 May 2024"}"#).unwrap_err())
            .contains("YYYY-MM-DD"));
        assert!(error_text(parse_profile(r#"{"id":"x","title":"T","languages":["English"]}"#).unwrap_err())
            .contains("languages"));
        assert!(error_text(parse_profile(r#"{"id":"Bad Id","title":"T"}"#).unwrap_err()).contains("`id`"));
        // Not JSON: the browser's SyntaxError, not a panic.
        assert!(parse_profile(r#"{"id":"x","#).is_err());
        // The same checks when the page passes an object to `check`.
        let object = to_js(&serde_json::json!({ "id": "x", "title": "T", "word_limit": 0 })).unwrap();
        assert!(error_text(check(&[], "x.docx", object, "", JsValue::UNDEFINED).unwrap_err()).contains("word_limit"));
    }
}
