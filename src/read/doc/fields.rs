//! Field instructions: which fields are links. (The DOCX reader parses the
//! same `HYPERLINK` syntax; the two can share this once `src/read/docx/` settles.)

use crate::document::LinkKind;

/// What a link target points at.
fn classify(target: &str) -> LinkKind {
    let lower = target.trim().to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        LinkKind::Email
    } else if lower.starts_with("file:")
        || lower.starts_with("\\\\")
        || lower.get(1..3) == Some(":\\")
        || lower.get(1..3) == Some(":/")
    {
        LinkKind::File
    } else {
        LinkKind::External
    }
}

/// The arguments of a field instruction: quoted strings or bare words.
fn arguments(s: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut v = String::new();
        if c == '"' {
            chars.next();
            v.extend(chars.by_ref().take_while(|&c| c != '"'));
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                v.push(c);
            }
        }
        args.push(v);
    }
    args
}

/// Parses `HYPERLINK "https://x.org" \o "tip"` or `HYPERLINK \l "_Toc1"`:
/// the target and its kind, or `None` for other fields.
pub(super) fn parse_hyperlink(instr: &str) -> Option<(String, LinkKind)> {
    let rest = instr.trim_start();
    let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    if !rest.get(..word_end)?.eq_ignore_ascii_case("HYPERLINK") {
        return None;
    }
    let args = arguments(rest.get(word_end..)?);
    let (mut url, mut anchor, mut i) = (None, None, 0);
    while let Some(arg) = args.get(i) {
        match arg.as_str() {
            "\\l" => {
                anchor = args.get(i + 1).cloned();
                i += 2;
            }
            // \o "tooltip", \t "frame": a switch and its argument.
            s if s.starts_with('\\') => i += 2,
            s => {
                url = url.or_else(|| Some(s.replace("\\\\", "\\")));
                i += 1;
            }
        }
    }
    match (url, anchor) {
        (Some(u), Some(a)) => Some((format!("{u}#{a}"), classify(&u))),
        (Some(u), None) => Some((u.clone(), classify(&u))),
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
            parse_hyperlink(r#" HYPERLINK "https://www.ohchr.org/" \o "tip" "#),
            Some(("https://www.ohchr.org/".into(), LinkKind::External))
        );
        assert_eq!(parse_hyperlink(r#"HYPERLINK \l "_Toc1""#), Some(("#_Toc1".into(), LinkKind::Internal)));
        assert_eq!(parse_hyperlink("HYPERLINK mailto:a@b.org"), Some(("mailto:a@b.org".into(), LinkKind::Email)));
        assert_eq!(parse_hyperlink(r#"HYPERLINK "C:\\x\\y.doc""#).map(|l| l.1), Some(LinkKind::File));
        assert_eq!(parse_hyperlink("PAGE"), None);
        assert_eq!(parse_hyperlink("HYPERLINKS x"), None);
    }
}
