//! Fields: complex fields (`w:fldChar` begin / separate / end, with the code
//! in `w:instrText`) and simple ones (`w:fldSimple`). A field's code is never
//! text; its result is. A `HYPERLINK` field's result is a link ([`super::links`]).

use super::links::classify;
use crate::document::LinkKind;
use crate::error::Error;

/// Fields inside fields: Word nests a few (a `PAGE` inside an `IF`); more
/// than this is a hostile file, and each open field costs memory.
const MAX_FIELD_NESTING: usize = 64;

/// The most of a field code kept: a `HYPERLINK` code is a URL and a few switches.
const MAX_INSTR_BYTES: usize = 4096;

#[derive(PartialEq)]
enum FieldPhase {
    Code,
    Result,
}

struct Field {
    instr: String,
    phase: FieldPhase,
    /// The link its result is, as an index for [`super::links::Links::finish`].
    link: Option<usize>,
}

/// The open fields, innermost last.
#[derive(Default)]
pub(super) struct Fields {
    open: Vec<Field>,
    /// How many of `open` are still in their code part.
    in_code: usize,
}

impl Fields {
    /// Whether text now is a field's code (never shown).
    #[inline]
    pub fn in_code(&self) -> bool {
        self.in_code > 0
    }

    /// `w:fldChar w:fldCharType="begin"`: a field opens, in its code part.
    pub fn begin(&mut self) -> Result<(), Error> {
        self.push(Field { instr: String::new(), phase: FieldPhase::Code, link: None })
    }

    /// `w:fldChar w:fldCharType="separate"`: the innermost field's code ends
    /// and its result begins. Gives the code, to be read once.
    pub fn separate(&mut self) -> Option<String> {
        let f = self.open.last_mut().filter(|f| f.phase == FieldPhase::Code)?;
        f.phase = FieldPhase::Result;
        self.in_code = self.in_code.saturating_sub(1);
        Some(std::mem::take(&mut f.instr))
    }

    /// The innermost field's result is the link `link`.
    pub fn set_link(&mut self, link: Option<usize>) {
        if let Some(f) = self.open.last_mut() {
            f.link = link;
        }
    }

    /// `w:fldSimple`: a field whose code is an attribute, so only its result is read.
    pub fn open_simple(&mut self, link: Option<usize>) -> Result<(), Error> {
        self.push(Field { instr: String::new(), phase: FieldPhase::Result, link })
    }

    /// The innermost field ends (`w:fldChar w:fldCharType="end"`, or the end
    /// of a `w:fldSimple`); gives the link its result was, to be finished.
    pub fn end(&mut self) -> Option<usize> {
        let f = self.open.pop()?;
        if f.phase == FieldPhase::Code {
            self.in_code = self.in_code.saturating_sub(1);
        }
        f.link
    }

    /// Text of a `w:instrText`: the innermost field's code.
    pub fn instr_text(&mut self, s: &str) {
        if let Some(f) = self.open.last_mut() {
            if f.phase == FieldPhase::Code && f.instr.len() < MAX_INSTR_BYTES {
                f.instr.push_str(s);
            }
        }
    }

    /// Opens a field. A field nested deeper than [`MAX_FIELD_NESTING`] (a
    /// file of unclosed `begin`s) stops the reading with a `too-large` error.
    fn push(&mut self, f: Field) -> Result<(), Error> {
        if self.open.len() >= MAX_FIELD_NESTING {
            return Err(Error::too_large(format!("fields nested more than {MAX_FIELD_NESTING} deep")));
        }
        if f.phase == FieldPhase::Code {
            self.in_code += 1;
        }
        self.open.push(f);
        Ok(())
    }
}

/// Parses a field instruction such as `HYPERLINK "https://x.org" \o "tip"` or
/// `HYPERLINK \l "_Toc1"`: the target and its kind, or `None` for other fields.
pub(crate) fn parse_hyperlink_field(instr: &str) -> Option<(String, LinkKind)> {
    let rest = instr.trim_start();
    let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    if !rest[..word_end].eq_ignore_ascii_case("HYPERLINK") {
        return None;
    }
    let mut args = Vec::new();
    let mut chars = rest[word_end..].chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut v = String::new();
            for c in chars.by_ref() {
                if c == '"' {
                    break;
                }
                v.push(c);
            }
            args.push(v);
        } else {
            let mut v = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                v.push(c);
                chars.next();
            }
            args.push(v);
        }
    }
    let mut url = None;
    let mut anchor = None;
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        match arg.as_str() {
            "\\l" => {
                anchor = args.get(i + 1).cloned();
                i += 2;
            }
            s if s.starts_with('\\') => i += 2, // \o "tooltip", \t "frame", \m, \n take one argument or none
            s => {
                if url.is_none() {
                    url = Some(s.replace("\\\\", "\\"));
                }
                i += 1;
            }
        }
    }
    match (url, anchor) {
        (Some(u), Some(a)) => Some((format!("{u}#{a}"), classify(&u, true))),
        (Some(u), None) => {
            let k = classify(&u, true);
            Some((u, k))
        }
        (None, Some(a)) => Some((format!("#{a}"), LinkKind::Internal)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyperlink_fields_give_their_target() {
        assert_eq!(
            parse_hyperlink_field(r#" HYPERLINK "https://www.ohchr.org/" \o "OHCHR" "#),
            Some(("https://www.ohchr.org/".into(), LinkKind::External))
        );
        assert_eq!(parse_hyperlink_field(r#"HYPERLINK \l "_Toc12""#), Some(("#_Toc12".into(), LinkKind::Internal)));
        assert_eq!(parse_hyperlink_field(r#"HYPERLINK "mailto:a@b.org""#).map(|x| x.1), Some(LinkKind::Email));
        assert_eq!(parse_hyperlink_field(r#"PAGEREF _Toc1 \h"#), None);
        assert_eq!(
            parse_hyperlink_field(r#"HYPERLINK "file:///C:\\Users\\me\\a.docx""#).map(|x| x.1),
            Some(LinkKind::File)
        );
    }
}
