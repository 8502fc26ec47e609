//! `mailto:` links per RFC 6068: percent-encoded UTF-8, `%0D%0A` line breaks,
//! spaces as `%20`, and at most [`MAILTO_MAX`] characters in all, because
//! longer links fail silently in some browsers and mail programs. When too
//! long, the body is shortened, never the subject.

use crate::messages::Param;
use crate::messages::{self, Lang};
use crate::profile::CallProfile;
use std::collections::BTreeMap;

/// The longest link we produce.
pub const MAILTO_MAX: usize = 1800;

/// What the cover note says about the contribution.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cover {
    /// The sender's organisation, as typed on the page.
    pub organisation: Option<String>,
    /// The contact person's name, as typed on the page.
    pub contact: Option<String>,
    /// The document's title.
    pub title: Option<String>,
    /// The file's name.
    pub file_name: String,
    /// Its word count.
    pub words: Option<u64>,
    /// Its main language (ISO 639-1).
    pub language: Option<String>,
}

/// How the file travels with the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attached {
    /// A `mailto:` cannot carry a file: the body reminds the person to attach it.
    ByThePerson,
    /// An `.eml` draft carries the file already.
    InTheDraft,
}

/// The body's lines, most important first: shortening drops from the end of
/// the optional lines, then cuts the title.
pub(crate) fn body_lines(cover: &Cover, lang: Lang, title_chars: usize, attached: Attached) -> Vec<String> {
    let t = |key: &str, params: &BTreeMap<&'static str, Param>| messages::render(lang, key, params).0;
    let mut p: BTreeMap<&'static str, Param> = BTreeMap::new();
    p.insert("file", Param::Text(cover.file_name.clone()));
    let mut lines = vec![t("mail.greeting", &p), String::new(), t("mail.cover", &p), String::new()];
    if let Some(title) = cover.title.as_deref().filter(|s| !s.trim().is_empty()) {
        let mut short: String = title.chars().take(title_chars).collect();
        if short.chars().count() < title.chars().count() {
            short.push('…');
        }
        p.insert("title", Param::Text(short));
        lines.push(t("mail.title", &p));
    }
    lines.push(t("mail.file", &p));
    if let Some(w) = cover.words {
        p.insert("words", Param::from(w));
        lines.push(t("mail.words", &p));
    }
    if let Some(l) = cover.language.as_deref() {
        p.insert("language", Param::List(vec![l.to_string()]));
        lines.push(t("mail.language", &p));
    }
    lines.push(String::new());
    if attached == Attached::ByThePerson {
        lines.push(t("mail.attach", &p));
        lines.push(String::new());
    }
    lines.push(t("mail.closing", &p));
    for v in [&cover.contact, &cover.organisation].into_iter().flatten() {
        if !v.trim().is_empty() {
            lines.push(v.trim().to_string());
        }
    }
    lines
}

/// Builds the `mailto:` link for `profile` (no recipient when the call gives none).
pub fn mailto(profile: &CallProfile, cover: &Cover, lang: Lang) -> String {
    let mut head = String::from("mailto:");
    if let Some(to) = &profile.email {
        head.push_str(&encode(to, true));
    }
    let mut query: Vec<String> = Vec::new();
    if !profile.cc.is_empty() {
        query.push(format!("cc={}", profile.cc.iter().map(|a| encode(a, true)).collect::<Vec<_>>().join(",")));
    }
    if let Some(s) = &profile.subject {
        query.push(format!("subject={}", encode(s, false)));
    }
    let base = |query: &[String]| if query.is_empty() { head.clone() } else { format!("{head}?{}", query.join("&")) };
    let with_body = |body: &str| {
        let mut q = query.clone();
        q.push(format!("body={}", encode(body, false)));
        base(&q)
    };
    // Shorten the title first, then drop optional lines from the end, then the body.
    for title_chars in [200usize, 80, 30] {
        let link = with_body(&body_lines(cover, lang, title_chars, Attached::ByThePerson).join("\r\n"));
        if link.len() <= MAILTO_MAX {
            return link;
        }
    }
    let mut lines = body_lines(cover, lang, 30, Attached::ByThePerson);
    while lines.len() > 1 {
        lines.pop();
        let link = with_body(&lines.join("\r\n"));
        if link.len() <= MAILTO_MAX {
            return link;
        }
    }
    base(&query)
}

/// Percent-encodes UTF-8 bytes outside RFC 3986's unreserved set. In an
/// address, `@` stays as it is.
fn encode(s: &str, address: bool) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') || (address && b == b'@') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::builtin;

    /// Percent-decoding as RFC 3986 defines it (the end-to-end test decodes with
    /// the browser's own URL parser instead).
    fn decode(s: &str) -> String {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' && i + 2 < b.len() {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn carries_the_exact_subject() {
        let p = builtin("emler-2024").unwrap();
        let m = mailto(&p, &Cover { file_name: "contribution.docx".into(), ..Cover::default() }, Lang::En);
        assert!(m.starts_with("mailto:?subject=EMLER%202024%20Report&body="), "{m}");
    }

    #[test]
    fn addresses_and_accents_are_encoded() {
        let p = builtin("emler-2023").unwrap();
        let cover = Cover {
            file_name: "Contribución_Perú.docx".into(),
            organisation: Some("Asociação & Co".into()),
            ..Cover::default()
        };
        let m = mailto(&p, &cover, Lang::Es);
        assert!(m.starts_with("mailto:ohchr-emler@un.org?body="), "{m}");
        let body = decode(m.split_once("body=").unwrap().1);
        assert!(body.contains("Contribución_Perú.docx") && body.contains("Asociação & Co"), "{body}");
        assert!(body.contains("\r\n"));
        assert!(!m.contains(' ') && !m.contains('+'));
    }

    #[test]
    fn a_long_title_shortens_the_body_never_the_subject() {
        let p = builtin("emler-2024").unwrap();
        let cover = Cover {
            title: Some("Très long titre ".repeat(300)),
            file_name: "x.docx".into(),
            words: Some(2400),
            language: Some("fr".into()),
            ..Cover::default()
        };
        let m = mailto(&p, &cover, Lang::Fr);
        assert!(m.len() <= MAILTO_MAX, "{}", m.len());
        assert!(m.contains("subject=EMLER%202024%20Report"));
    }
}
