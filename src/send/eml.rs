//! `.eml` drafts: an RFC 5322 message in MIME `multipart/mixed` form, with the
//! cover note as UTF-8 text (quoted-printable) and the document attached
//! (base64, 76-character lines), marked `X-Unsent: 1` so that Outlook on
//! Windows opens it as a draft ready to send.
//!
//! - Non-ASCII subjects are RFC 2047 encoded-words (`=?UTF-8?B?...?=`).
//! - Non-ASCII file names are RFC 2231 parameters (`filename*0*=UTF-8''...`),
//!   with an RFC 2047 `name=` on the content type for older readers.
//! - The boundary starts with `=_`, which neither base64 nor quoted-printable
//!   output can contain, and the builder checks it anyway.
//! - There is no `From:`: the checker does not know the sender's address, and
//!   the mail app fills it in when the draft is sent.
//!
//! ```
//! use submission_checker::{profile, send::{eml, Attachment, Cover}, sniff::Format, Lang};
//! let call = profile::builtin("emler-2023").unwrap();
//! let cover = Cover { file_name: "contribution.docx".into(), ..Cover::default() };
//! let file = Attachment { name: "contribution.docx", bytes: b"PK\x03\x04", format: Format::Docx };
//! let draft = eml(&call, &cover, Lang::En, &file, 1_715_342_400);
//! assert!(draft.contains("\r\nTo: ohchr-emler@un.org\r\n"));
//! assert!(draft.contains("\r\nX-Unsent: 1\r\n"));
//! ```

use super::mailto::{body_lines, Attached, Cover};
use crate::date::Date;
use crate::messages::Lang;
use crate::profile::CallProfile;
use crate::sniff::Format;

/// The file that travels with the draft.
#[derive(Debug, Clone, Copy)]
pub struct Attachment<'a> {
    /// The file's name as the person chose it (a path is reduced to its last part).
    pub name: &'a str,
    /// Its bytes, attached unchanged.
    pub bytes: &'a [u8],
    /// Its format by content (from [`crate::sniff`]), which decides the content type.
    pub format: Format,
}

/// The MIME type of a format, as registered with IANA (or the type every
/// mail program knows for it). Anything unrecognised is `application/octet-stream`.
pub fn content_type(format: Format) -> &'static str {
    match format {
        Format::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Format::Docm => "application/vnd.ms-word.document.macroEnabled.12",
        Format::Doc => "application/msword",
        Format::Pdf => "application/pdf",
        Format::Odt => "application/vnd.oasis.opendocument.text",
        Format::Rtf => "application/rtf",
        Format::Txt => "text/plain",
        Format::Html => "text/html",
        _ => "application/octet-stream",
    }
}

/// Builds the draft: To (and Cc) from the profile, when it has them; the
/// call's exact subject; the full cover note in `lang`; the file attached.
/// `unix_secs` is the time for the `Date:` header (UTC); the core reads no clock.
pub fn eml(profile: &CallProfile, cover: &Cover, lang: Lang, attachment: &Attachment, unix_secs: i64) -> String {
    let body = body_lines(cover, lang, usize::MAX, Attached::InTheDraft).join("\r\n") + "\r\n";
    let text_part = quoted_printable(&body);
    let file_part = base64_lines(attachment.bytes);
    let name = attachment.name.rsplit(['/', '\\']).next().unwrap_or(attachment.name);
    let boundary = boundary_for(&[&text_part, &file_part], attachment.bytes);

    let mut m = String::with_capacity(file_part.len() + text_part.len() + 1024);
    let mut header = |name: &str, value: &str| {
        m.push_str(name);
        m.push_str(": ");
        m.push_str(value);
        m.push_str("\r\n");
    };
    header("Date", &rfc5322_date(unix_secs));
    if let Some(to) = &profile.email {
        header("To", to);
    }
    if !profile.cc.is_empty() {
        header("Cc", &profile.cc.join(",\r\n "));
    }
    if let Some(subject) = &profile.subject {
        header("Subject", &unstructured(subject, "Subject: ".len()));
    }
    header("MIME-Version", "1.0");
    header("X-Unsent", "1");
    header("Content-Type", &format!("multipart/mixed;\r\n boundary=\"{boundary}\""));
    m.push_str("\r\nThis is a message in MIME format.\r\n");

    m.push_str(&format!("\r\n--{boundary}\r\n"));
    m.push_str("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
    m.push_str(&text_part);

    m.push_str(&format!("\r\n--{boundary}\r\n"));
    // The longest content type (DOCX's, 71 characters) fits a line of its own.
    m.push_str(&format!("Content-Type:\r\n {};\r\n name={}\r\n", content_type(attachment.format), name_fallback(name)));
    m.push_str(&format!("Content-Disposition: attachment;\r\n{}\r\n", filename_param(name)));
    m.push_str("Content-Transfer-Encoding: base64\r\n\r\n");
    m.push_str(&file_part);
    m.push_str(&format!("\r\n--{boundary}--\r\n"));
    m
}

/// A boundary that occurs in none of the encoded parts. `=_` cannot appear in
/// base64 or quoted-printable output, so the first candidate always fits; the
/// loop makes that a checked fact rather than an assumption.
fn boundary_for(parts: &[&str], content: &[u8]) -> String {
    let seed = fnv1a(content);
    (0u32..)
        .map(|n| format!("=_submission-checker_{seed:016x}_{n}"))
        .find(|b| parts.iter().all(|p| !p.contains(b.as_str())))
        .unwrap_or_default()
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// `Fri, 10 May 2024 12:00:00 +0000` (RFC 5322 §3.3).
fn rfc5322_date(unix_secs: i64) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let days = unix_secs.div_euclid(86_400);
    let secs = unix_secs.rem_euclid(86_400);
    let Some(date) = Date::from_days_since_epoch(days) else { return "Thu, 1 Jan 1970 00:00:00 +0000".to_string() };
    // 1970-01-01 was a Thursday.
    let weekday = DAYS[usize::try_from((days + 4).rem_euclid(7)).unwrap_or(0)];
    let month = MONTHS[usize::from(date.month().clamp(1, 12) - 1)];
    format!(
        "{weekday}, {} {month} {} {:02}:{:02}:{:02} +0000",
        date.day(),
        date.year(),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// An unstructured header value (RFC 5322 §2.2.3): plain ASCII folded at
/// spaces, or RFC 2047 encoded-words when it holds anything else. `used` is
/// the length of `Name: ` already on the first line.
fn unstructured(value: &str, used: usize) -> String {
    let plain = value.bytes().all(|b| (0x20..0x7f).contains(&b)) && !value.contains("=?");
    if plain {
        fold_at_spaces(value, used)
    } else {
        encoded_words(value)
    }
}

/// Inserts CRLF before spaces so lines stay within 78 characters where the
/// words allow; unfolding (removing the CRLFs) gives back the exact text.
fn fold_at_spaces(value: &str, used: usize) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut line = used;
    for (i, word) in value.split(' ').enumerate() {
        if i > 0 {
            if line + 1 + word.len() > 78 && line > 1 {
                out.push_str("\r\n");
                line = 0;
            }
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.len();
    }
    out
}

/// RFC 2047 `B` encoded-words of whole characters, each at most 64
/// characters so every line stays under 78; joined by folding white space,
/// which decoders drop between adjacent encoded-words.
fn encoded_words(value: &str) -> String {
    const MAX_BYTES: usize = 39; // 39 bytes → 52 base64 characters → a 64-character word
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in value.chars() {
        if chunk.len() + c.len_utf8() > MAX_BYTES {
            words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() || words.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
    }
    words.join("\r\n ")
}

/// Whether a file name can go in a quoted-string as it is.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 60
        && name.bytes().all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
        && !name.contains("=?")
}

/// The `filename` parameter: quoted when plain, else RFC 2231 extended
/// (`filename*0*=UTF-8''...;` continued over lines of at most 78 characters).
fn filename_param(name: &str) -> String {
    if is_plain_name(name) {
        return format!(" filename=\"{name}\"");
    }
    let mut pieces: Vec<String> = Vec::new();
    let mut piece = String::from("UTF-8''");
    for c in name.chars() {
        let mut buf = [0u8; 4];
        let encoded: String = c
            .encode_utf8(&mut buf)
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        // " filename*NN*=" + piece + ";" must fit in 78.
        if piece.len() + encoded.len() > 60 {
            pieces.push(std::mem::take(&mut piece));
        }
        piece.push_str(&encoded);
    }
    pieces.push(piece);
    pieces.iter().enumerate().map(|(i, p)| format!(" filename*{i}*={p}")).collect::<Vec<_>>().join(";\r\n")
}

/// The content type's `name` parameter for readers that predate RFC 2231:
/// the plain name, or RFC 2047 encoded-words inside quotes (not in the
/// standard, but what mail programs write and read).
fn name_fallback(name: &str) -> String {
    if is_plain_name(name) {
        format!("\"{name}\"")
    } else {
        format!("\"{}\"", encoded_words(name))
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Base64 (RFC 4648 §4) in one line.
fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(BASE64[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Base64 in lines of 76 characters, each ended by CRLF (RFC 2045 §6.8).
fn base64_lines(bytes: &[u8]) -> String {
    let flat = base64(bytes);
    let mut out = String::with_capacity(flat.len() + flat.len() / 76 * 2 + 2);
    for line in flat.as_bytes().chunks(76) {
        // Base64 output is ASCII, so every chunk is valid UTF-8.
        out.push_str(std::str::from_utf8(line).unwrap_or_default());
        out.push_str("\r\n");
    }
    out
}

/// Quoted-printable (RFC 2045 §6.7) of UTF-8 text whose line breaks are
/// CRLF: printable ASCII stays readable, everything else is `=XX`, no line
/// longer than 76 characters, never a space at the end of a line, and a
/// character's bytes are never split across a soft line break.
fn quoted_printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let lines: Vec<&str> = text.split("\r\n").collect();
    for (n, line) in lines.iter().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut width = 0;
        for (i, &c) in chars.iter().enumerate() {
            let last = i + 1 == chars.len();
            let token = match c {
                '=' => "=3D".to_string(),
                ' ' | '\t' if last => format!("={:02X}", c as u32),
                ' ' | '\t' | '!'..='~' => c.to_string(),
                _ => {
                    let mut buf = [0u8; 4];
                    c.encode_utf8(&mut buf).bytes().map(|b| format!("={b:02X}")).collect()
                }
            };
            // Keep room for the soft break's `=` unless this is the line's last token.
            let limit = if last { 76 } else { 75 };
            if width + token.len() > limit {
                out.push_str("=\r\n");
                width = 0;
            }
            out.push_str(&token);
            width += token.len();
        }
        if n + 1 < lines.len() {
            out.push_str("\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_test_vectors() {
        // RFC 4648 §10.
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn the_date_is_rfc_5322() {
        // 1715342400 is 2024-05-10T12:00:00Z (`date -u -d @1715342400`), a Friday.
        assert_eq!(rfc5322_date(1_715_342_400), "Fri, 10 May 2024 12:00:00 +0000");
        assert_eq!(rfc5322_date(0), "Thu, 1 Jan 1970 00:00:00 +0000");
    }

    #[test]
    fn quoted_printable_lines_stay_short_and_end_without_spaces() {
        let text = format!("{}\r\nTítulo: {} \r\n", "a".repeat(200), "Perú ΕΛΛΑΔΑ 中文 ".repeat(10));
        let qp = quoted_printable(&text);
        for line in qp.split("\r\n") {
            assert!(line.len() <= 76, "{line}");
            assert!(!line.ends_with(' ') && !line.ends_with('\t'), "{line:?}");
            assert!(line.is_ascii());
        }
    }

    #[test]
    fn long_and_non_ascii_headers_fold_under_78() {
        let long = "A subject that keeps going ".repeat(6);
        for v in [
            unstructured(long.trim(), 9),
            unstructured("Contribución Perú ΕΛΛΑΔΑ 中文 — informe anual de la sociedad civil", 9),
        ] {
            for (i, line) in v.split("\r\n").enumerate() {
                assert!(line.len() + if i == 0 { 9 } else { 0 } <= 78, "{line}");
            }
        }
        assert_eq!(fold_at_spaces(long.trim(), 9).replace("\r\n", ""), long.trim());
    }
}
