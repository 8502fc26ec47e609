//! An [`Extraction`] written as a TOML profile a person can review: the
//! found values in the built-in profiles' order, each missing field as a
//! comment with its reason, and `[sources]`.

use super::Extraction;
use crate::messages;
use std::fmt::Write;

/// A TOML basic string: quotes, backslashes and control characters escaped.
pub(super) fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn array<'a>(items: impl Iterator<Item = &'a str>) -> String {
    format!("[{}]", items.map(string).collect::<Vec<_>>().join(", "))
}

/// A comment line: the text on one line, after "# ".
fn comment(s: &str) -> String {
    format!("# {}\n", s.replace(['\n', '\r'], " "))
}

impl Extraction {
    /// The draft as a TOML profile: found values with `[sources]`, and each
    /// missing field as a comment with its reason (so the file parses, and a
    /// person sees what to fill in). Missing `id` or `title` leave the file
    /// unparsable until they are written in: the parser's error names them.
    pub fn to_toml(&self) -> String {
        render(self)
    }
}

fn render(x: &Extraction) -> String {
    let d = &x.draft;
    let lang = x.lang;
    let mut out = comment(&messages::text(lang, "call-text.toml-drafted"));
    if !x.missing.is_empty() {
        out.push_str(&comment(&messages::text(lang, "call-text.toml-missing")));
        for m in &x.missing {
            out.push_str(&comment(&format!("  {}: {}", m.field, m.reason)));
        }
    }
    let missing = |field: &str| x.missing.iter().find(|m| m.field == field);
    let mut line = |field: &str, value: Option<String>| match (value, missing(field)) {
        (Some(v), _) => {
            let _ = writeln!(out, "{field} = {v}");
        }
        (None, Some(m)) => out.push_str(&comment(&format!("{field} = ?  ({})", m.reason))),
        (None, None) => {}
    };
    line("id", d.id.as_deref().map(string));
    line("title", d.title.as_deref().map(string));
    line("issuer", d.issuer.as_deref().map(string));
    line("email", d.email.as_deref().map(string));
    line("cc", (!d.cc.is_empty()).then(|| array(d.cc.iter().map(String::as_str))));
    line("subject", d.subject.as_deref().map(string));
    line("deadline", d.deadline.map(|v| string(&v.to_string())));
    line("timezone", d.timezone.as_deref().map(string));
    line("word_limit", d.word_limit.map(|v| v.to_string()));
    line("notes_count", d.notes_count.map(|v| v.to_string()));
    line("formats", (!d.formats.is_empty()).then(|| array(d.formats.iter().map(|f| f.id()))));
    line("languages", (!d.languages.is_empty()).then(|| array(d.languages.iter().map(String::as_str))));
    line("hyperlinks", d.hyperlinks.map(|h| string(hyperlinks_id(h))));
    line("published_in_full", d.published_in_full.map(|v| v.to_string()));
    out.push_str("\n[sources]\n");
    for (field, source) in &d.sources {
        let _ = writeln!(out, "{field} = {}", string(source));
    }
    out
}

fn hyperlinks_id(h: crate::profile::Hyperlinks) -> &'static str {
    match h {
        crate::profile::Hyperlinks::NotRequested => "not-requested",
        crate::profile::Hyperlinks::Requested => "requested",
        crate::profile::Hyperlinks::Required => "required",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_toml_says() {
        assert_eq!(string(r#"say "hi" \ bye"#), r#""say \"hi\" \\ bye""#);
        assert_eq!(string("a\nb\u{1}"), "\"a\\nb\\u0001\"");
        assert_eq!(string("Français – “x”"), "\"Français – “x”\"");
    }
}
