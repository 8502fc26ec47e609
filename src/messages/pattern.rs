//! Renders a compiled catalogue text (build/messages.rs writes the form):
//! text, `\x01name\x02` and `\x01name:style\x02` placeables, and selections
//! `\x01name?\x03key\x04…\x03*other\x04…\x02` chosen like Fluent's: a number
//! key equal to the value, else the value's CLDR plural category, else a text
//! value equal to the key, else the default variant.

use super::lang::Lang;
use super::locale;
use super::param::Param;
use std::collections::BTreeMap;

const OPEN: char = '\x01';
const CLOSE: char = '\x02';
const VARIANT: char = '\x03';
const VALUE: char = '\x04';

/// `pattern` with its values filled in, in `lang`, written by `value` (the
/// formatting of one placeable). A value missing from `params` stays as
/// `{name}`, for the tests to see.
pub(super) fn fill(
    lang: Lang,
    pattern: &str,
    params: &BTreeMap<&'static str, Param>,
    value: &dyn Fn(&Param, &str) -> String,
) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(open) = rest.find(OPEN) {
        out.push_str(&rest[..open]);
        let (body, after) = split_placeable(&rest[open + 1..]);
        out.push_str(&placeable(lang, body, params, value));
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The body of a placeable that starts `s` (after its `\x01`) and what follows its `\x02`.
pub(super) fn split_placeable(s: &str) -> (&str, &str) {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            OPEN => depth += 1,
            CLOSE if depth == 0 => return (&s[..i], &s[i + 1..]),
            CLOSE => depth -= 1,
            _ => {}
        }
    }
    (s, "")
}

fn placeable(
    lang: Lang,
    body: &str,
    params: &BTreeMap<&'static str, Param>,
    value: &dyn Fn(&Param, &str) -> String,
) -> String {
    if let Some((name, variants)) = body.split_once('?') {
        let chosen = choose(lang, params.get(name), variants);
        return fill(lang, chosen, params, value);
    }
    let (name, style) = body.split_once(':').unwrap_or((body, ""));
    match params.get(name) {
        Some(p) => value(p, style),
        None if style.is_empty() => format!("{{{name}}}"),
        None => format!("{{{name}:{style}}}"),
    }
}

/// The pattern of the variant that `param` selects among `variants`.
pub(super) fn choose<'a>(lang: Lang, param: Option<&Param>, variants: &'a str) -> &'a str {
    let list = split_variants(variants);
    let exact = |key: &str| match param {
        Some(Param::Int(n)) => key.parse::<i64>().is_ok_and(|k| k == *n),
        Some(Param::Text(t)) => key == t,
        _ => false,
    };
    let category = |key: &str| match param {
        Some(Param::Int(n)) => key == locale::plural(lang, *n).name(),
        _ => false,
    };
    list.iter()
        .find(|(key, _)| exact(key.trim_start_matches('*')))
        .or_else(|| list.iter().find(|(key, _)| category(key.trim_start_matches('*'))))
        .or_else(|| list.iter().find(|(key, _)| key.starts_with('*')))
        .map_or("", |(_, pattern)| pattern)
}

/// `(key, pattern)` of each `\x03key\x04pattern`, not looking inside nested placeables.
pub(super) fn split_variants(s: &str) -> Vec<(&str, &str)> {
    let mut starts = Vec::new();
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            OPEN => depth += 1,
            CLOSE => depth = depth.saturating_sub(1),
            VARIANT if depth == 0 => starts.push(i),
            _ => {}
        }
    }
    starts
        .iter()
        .enumerate()
        .filter_map(|(n, &start)| {
            let end = starts.get(n + 1).copied().unwrap_or(s.len());
            s[start + 1..end].split_once(VALUE)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(lang: Lang, pattern: &str, n: i64) -> String {
        let mut params = BTreeMap::new();
        params.insert("n", Param::Int(n));
        fill(lang, pattern, &params, &|p, _| match p {
            Param::Int(n) => n.to_string(),
            _ => String::new(),
        })
    }

    /// The form build/messages.rs writes for
    /// `{ $n -> [0] none [one] { $n } file *[other] { $n } files }`.
    const FILES: &str = "\x01n?\x030\x04none\x03one\x04\x01n\x02 file\x03*other\x04\x01n\x02 files\x02";

    #[test]
    fn a_number_key_wins_over_the_plural_category() {
        assert_eq!(render(Lang::En, FILES, 0), "none");
        assert_eq!(render(Lang::En, FILES, 1), "1 file");
        assert_eq!(render(Lang::En, FILES, 2), "2 files");
    }

    #[test]
    fn a_missing_category_falls_back_to_the_default() {
        // Russian 3 is "few": this pattern has no such variant.
        assert_eq!(render(Lang::Ru, FILES, 3), "3 files");
    }

    #[test]
    fn a_value_not_given_stays_visible() {
        let out = fill(Lang::En, "a \x01x\x02 b \x01y:zone\x02", &BTreeMap::new(), &|_, _| String::new());
        assert_eq!(out, "a {x} b {y:zone}");
    }

    #[test]
    fn damaged_forms_do_not_panic() {
        for s in ["\x01", "\x01n?", "\x01n?\x03", "\x02\x03\x04", "\x01n?\x03one\x04\x01", "x\x01n?\x03*a"] {
            render(Lang::Ar, s, 5);
        }
    }
}
