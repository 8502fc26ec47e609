//! Call profiles: the rules one call for inputs states, as data.
//!
//! A profile is a TOML file (or the same fields as JSON from the page). Every
//! value says where it came from in `[sources]`; where a call is silent the
//! field is left out and no rule is invented for it.
//!
//! ```
//! let p = submission_checker::profile::builtin("emler-2024").unwrap();
//! assert_eq!(p.subject.as_deref(), Some("EMLER 2024 Report"));
//! assert_eq!(p.word_limit, Some(2500));
//! ```

use crate::date::Date;
use crate::error::Error;
use crate::sniff::Format;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a call says about hyperlinks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Hyperlinks {
    /// The call says nothing about links.
    #[default]
    NotRequested,
    /// The call asks for links ("Please include hyperlinks ...").
    Requested,
    /// The call makes links a condition.
    Required,
}

/// What a call says about accessibility (screen readers, alternative text, tagged PDF).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Accessibility {
    /// The call says nothing: the accessibility rules give warnings and information.
    #[default]
    NotStated,
    /// The call requires accessible files: the accessibility rules' warnings become errors.
    Required,
}

/// One call for inputs: who receives, how, by when, and under which rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallProfile {
    /// Stable id, kebab-case (`emler-2024`).
    pub id: String,
    /// The call's title.
    pub title: String,
    /// The body that issued the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Where contributions are sent. `None` when the call gives no address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Further recipients the call asks to copy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cc: Vec<String>,
    /// An address that is not stated by this call but by a related one, shown
    /// to the contributor as a hint, never used as the recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_hint: Option<String>,
    /// The exact email subject line the call asks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The last day contributions are accepted (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// The IANA time zone the deadline is kept in (Geneva's is `Europe/Zurich`;
    /// `Europe/Geneva`, which is not an IANA name, is read as it).
    #[serde(default = "default_timezone")]
    pub timezone: String,
    /// The maximum number of words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub word_limit: Option<u32>,
    /// Whether footnotes and endnotes count against the word limit (Word's
    /// default count leaves them out).
    #[serde(default)]
    pub notes_count: bool,
    /// Accepted file formats (report format ids). Empty: the call is silent.
    #[serde(default)]
    pub formats: Vec<Format>,
    /// Accepted languages (ISO 639-1 codes). Empty: the call is silent.
    #[serde(default)]
    pub languages: Vec<String>,
    /// What the call says about hyperlinks.
    #[serde(default)]
    pub hyperlinks: Hyperlinks,
    /// Whether contributions are published in full, as received.
    #[serde(default)]
    pub published_in_full: bool,
    /// Whether the call asks for files without comments, tracked changes and
    /// hidden text (these become errors rather than warnings).
    #[serde(default)]
    pub clean_files_required: bool,
    /// Whether the call requires accessible files (`required`): the
    /// accessibility rules' warnings become errors.
    #[serde(default, skip_serializing_if = "is_not_stated")]
    pub accessibility: Accessibility,
    /// Largest attachment, in bytes, before a warning.
    #[serde(default = "default_max_attachment")]
    pub max_attachment_bytes: u64,
    /// Where each value came from (field name → the call's words or a reason).
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
}

/// Geneva, where OHCHR keeps its deadlines, is in the IANA zone `Europe/Zurich`.
pub const DEFAULT_TIMEZONE: &str = "Europe/Zurich";

fn is_not_stated(a: &Accessibility) -> bool {
    *a == Accessibility::NotStated
}

fn default_timezone() -> String {
    DEFAULT_TIMEZONE.to_string()
}

/// Names people write for a zone that the IANA database (and so the browser's
/// `Intl`) does not know, and the zone they mean.
const TIMEZONE_ALIASES: &[(&str, &str)] = &[
    ("Europe/Geneva", "Europe/Zurich"),
    ("Geneva", "Europe/Zurich"),
    ("Europe/New_York", "America/New_York"),
    ("New York", "America/New_York"),
];

/// Puts a profile's time zone into its IANA form.
fn normalise(mut p: CallProfile) -> CallProfile {
    if let Some((_, iana)) = TIMEZONE_ALIASES.iter().find(|(alias, _)| alias.eq_ignore_ascii_case(p.timezone.trim())) {
        p.timezone = (*iana).to_string();
    }
    p
}

/// 10 MB: many mail servers refuse larger attachments.
pub const DEFAULT_MAX_ATTACHMENT: u64 = 10_000_000;

fn default_max_attachment() -> u64 {
    DEFAULT_MAX_ATTACHMENT
}

/// Languages a profile may name: those the interface speaks and their near
/// neighbours are all ISO 639-1; any two lowercase letters are accepted.
fn is_language_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// The built-in profiles, `(id, JSON)`: `build.rs` turns `profiles/<id>.toml`
/// into JSON, so reading them needs no TOML parser (none in the wasm).
const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_profiles.rs"));

/// The ids of the built-in profiles.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(id, _)| *id)
}

/// A built-in profile by id.
pub fn builtin(id: &str) -> Option<CallProfile> {
    // The built-in texts are tested to parse; a failure here would be caught by `builtins_parse`.
    from_json(builtin_json(id)?).ok()
}

/// A built-in profile by id, as JSON text, for a reader with a JSON parser of
/// its own: the browser bindings parse it with the browser's, so that the
/// wasm carries no JSON parser. Give the result to [`checked`].
pub fn builtin_json(id: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(i, _)| *i == id).map(|(_, text)| *text)
}

/// A profile deserialized by any means (TOML, JSON, the page's object), with
/// its time zone in IANA form, validated: each error names its field.
pub fn checked(p: CallProfile) -> Result<CallProfile, Error> {
    let p = normalise(p);
    p.validate()?;
    Ok(p)
}

/// Parses and validates a TOML profile (feature `toml`, on with `cli`).
#[cfg(feature = "toml")]
pub fn from_toml(text: &str) -> Result<CallProfile, Error> {
    checked(toml::from_str(text).map_err(|e| Error::profile(clean_toml_error(&e.to_string())))?)
}

/// Parses and validates a JSON profile.
pub fn from_json(text: &str) -> Result<CallProfile, Error> {
    checked(serde_json::from_str(text).map_err(|e| Error::profile(e.to_string()))?)
}

#[cfg(feature = "toml")]
fn clean_toml_error(s: &str) -> String {
    s.trim().replace('\n', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

impl CallProfile {
    /// Checks the values serde cannot: each error names its field.
    pub fn validate(&self) -> Result<(), Error> {
        let field = |name: &str, why: &str| Err(Error::profile(format!("field `{name}`: {why}")));
        if self.id.is_empty() || !self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return field("id", "use lowercase letters, digits and hyphens, e.g. \"emler-2024\"");
        }
        if self.title.trim().is_empty() {
            return field("title", "must not be empty");
        }
        for (name, addr) in self.email.iter().map(|a| ("email", a)).chain(self.cc.iter().map(|a| ("cc", a))) {
            if !is_email(addr) {
                return field(name, &format!("'{addr}' is not an email address"));
            }
        }
        if let Some(s) = &self.subject {
            if s.trim().is_empty() || s.contains(['\r', '\n']) {
                return field("subject", "must be one non-empty line");
            }
        }
        if self.word_limit == Some(0) {
            return field("word_limit", "must be a positive whole number");
        }
        if let Some(bad) = self.languages.iter().find(|l| !is_language_code(l)) {
            return field("languages", &format!("'{bad}' is not a two-letter ISO 639-1 code such as \"en\""));
        }
        // A code the detector cannot report could never be matched: every document would fail.
        if let Some(bad) = self.languages.iter().find(|l| !crate::language::codes().any(|c| c == l.as_str())) {
            return field(
                "languages",
                &format!(
                    "'{bad}' is not a language the checker can recognise (ISO 639-1, such as \"ar\", \"en\" or \"zh\")"
                ),
            );
        }
        let tz = &self.timezone;
        if tz.is_empty()
            || tz.contains(char::is_whitespace)
            || !(tz.contains('/') || matches!(tz.as_str(), "UTC" | "GMT"))
        {
            return field("timezone", &format!("'{tz}' is not an IANA time zone such as \"Europe/Zurich\" (Geneva)"));
        }
        if self.max_attachment_bytes == 0 {
            return field("max_attachment_bytes", "must be a positive number of bytes");
        }
        Ok(())
    }

    /// Whether `format` is accepted (always true when the call is silent).
    pub fn accepts_format(&self, format: Format) -> bool {
        self.formats.is_empty() || self.formats.contains(&format)
    }
}

/// A plain check, not RFC 5322 in full: one `@`, something either side, a dot
/// in the domain, no spaces or characters that would break a `mailto:`.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !s.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '<' | '>' | ',' | ';' | '?' | '&' | '"' | '%' | '#' | '/' | '\\')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_parse() {
        for (id, text) in BUILTIN {
            let p = from_json(text).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(&p.id, id);
        }
    }

    /// The JSON that build.rs writes is the reviewed TOML file, value for value.
    #[cfg(feature = "toml")]
    #[test]
    fn builtins_are_their_toml_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        files.sort();
        let ids: Vec<String> = builtin_ids().map(|id| format!("{id}.toml")).collect();
        assert_eq!(files, ids, "every file in profiles/ is built in, and nothing else");
        for id in builtin_ids() {
            let toml = from_toml(&std::fs::read_to_string(dir.join(format!("{id}.toml"))).unwrap()).unwrap();
            assert_eq!(builtin(id).as_ref(), Some(&toml), "{id}");
        }
    }

    /// Expected values are the calls' own words (`../shared/calls/`).
    #[test]
    fn emler_2024_matches_the_call_text() {
        let p = builtin("emler-2024").unwrap();
        assert_eq!(p.subject.as_deref(), Some("EMLER 2024 Report")); // "Email subject line: EMLER 2024 Report"
        assert_eq!(p.word_limit, Some(2500)); // "Word limit: 2500 words"
        assert_eq!(p.deadline, "2024-05-24".parse().ok()); // "by 24 May 2024"
        assert_eq!(p.languages, ["en", "fr", "es", "pt"]); // "English, French, Spanish, Portuguese"
        assert!(p.formats.contains(&Format::Docx) && p.formats.contains(&Format::Pdf)); // "Word, PDF"
        assert_eq!(p.email, None); // "Email address:" is followed by nothing
        assert_eq!(p.email_hint.as_deref(), Some("ohchr-emler@un.org"));
        assert_eq!(p.hyperlinks, Hyperlinks::Requested);
        assert!(p.published_in_full);
    }

    #[test]
    fn emler_2023_invents_nothing() {
        let p = builtin("emler-2023").unwrap();
        assert_eq!(p.email.as_deref(), Some("ohchr-emler@un.org")); // "by email to: ohchr-emler@un.org"
        assert_eq!(p.deadline, "2023-05-12".parse().ok()); // "by 12 May 2023"
        assert_eq!(p.subject, None);
        assert_eq!(p.word_limit, None);
        assert!(p.languages.is_empty());
        assert!(!p.formats.contains(&Format::Pdf)); // "in Word format"
    }

    #[cfg(feature = "toml")]
    #[test]
    fn geneva_time_is_the_iana_zone_europe_zurich() {
        // "Europe/Geneva" is not in the IANA database: a browser's Intl rejects it.
        assert_eq!(builtin("emler-2024").unwrap().timezone, "Europe/Zurich");
        let p = from_toml("id = \"x\"\ntitle = \"T\"\ntimezone = \"Europe/Geneva\"\n").unwrap();
        assert_eq!(p.timezone, "Europe/Zurich");
        assert_eq!(from_toml("id = \"x\"\ntitle = \"T\"\n").unwrap().timezone, "Europe/Zurich");
        let e = from_toml("id = \"x\"\ntitle = \"T\"\ntimezone = \"Geneva time\"\n").unwrap_err();
        assert!(e.detail().contains("timezone"), "{e}");
    }

    #[test]
    fn email_addresses_are_checked_plainly() {
        assert!(is_email("ohchr-emler@un.org"));
        assert!(!is_email("ohchr-emler@un"));
        assert!(!is_email("a@b@un.org"));
        assert!(!is_email("a b@un.org"));
        assert!(!is_email("a@un.org?subject=x"));
    }

    #[test]
    fn accessibility_is_optional_and_may_be_required_in_json_and_toml() {
        let base = r#"{"id": "x", "title": "T""#;
        assert_eq!(from_json(&format!("{base}}}")).map(|p| p.accessibility).ok(), Some(Accessibility::NotStated));
        let required = from_json(&format!(r#"{base}, "accessibility": "required"}}"#)).map(|p| p.accessibility);
        assert_eq!(required.ok(), Some(Accessibility::Required));
        assert!(from_json(&format!(r#"{base}, "accessibility": "yes"}}"#)).is_err());
        #[cfg(feature = "toml")]
        assert_eq!(
            from_toml("id = \"x\"\ntitle = \"T\"\naccessibility = \"required\"\n").map(|p| p.accessibility).ok(),
            Some(Accessibility::Required)
        );
    }

    #[cfg(feature = "toml")]
    #[test]
    fn errors_name_the_field() {
        let base = "id = \"x\"\ntitle = \"T\"\n";
        let e = from_toml(&format!("{base}word_limt = 10\n")).unwrap_err();
        assert!(e.detail().contains("word_limt"), "{e}");
        let e = from_toml(&format!("{base}word_limit = -3\n")).unwrap_err();
        assert!(e.detail().contains("word_limit"), "{e}");
        let e = from_toml(&format!("{base}email = \"not an address\"\n")).unwrap_err();
        assert!(e.detail().contains("email"), "{e}");
        let e = from_toml(&format!("{base}languages = [\"English\"]\n")).unwrap_err();
        assert!(e.detail().contains("languages"), "{e}");
        // The seven languages of the interface are accepted; a code no language has is a clear error.
        assert!(
            from_toml(&format!("{base}languages = [\"ar\", \"zh\", \"ru\", \"en\", \"fr\", \"es\", \"pt\"]\n")).is_ok()
        );
        let e = from_toml(&format!("{base}languages = [\"en\", \"xx\"]\n")).unwrap_err();
        assert!(e.detail().contains("'xx' is not a language"), "{e}");
        let e = from_toml(&format!("{base}formats = [\"word\"]\n")).unwrap_err();
        assert!(e.detail().contains("formats") || e.detail().contains("word"), "{e}");
        let e = from_json(r#"{"id":"x","title":"T","deadline":"24 May 2024"}"#).unwrap_err();
        assert!(e.detail().contains("deadline") || e.detail().contains("YYYY-MM-DD"), "{e}");
    }
}
