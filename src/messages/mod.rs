//! Every sentence the checker says, in one catalogue per language
//! (`locales/<code>/checker.ftl`, Fluent; build/messages.rs compiles them),
//! keyed by rule id (and a variant) so the CLI and the page say the same thing.
//!
//! Translators write `{ $counted }` for a value, `{ $n -> [one] … *[other] … }`
//! for plural forms (CLDR's categories, `locale::plural`), and call one of
//! the functions docs/translating.md lists: `FORMATS($accepted)` and
//! `LANGUAGES($accepted)` put each item in words from the catalogue
//! (`format.docx`, `language.fr`), `MESSAGE($what)` a value that is itself a
//! catalogue key, `PLACES($where)` a list of places made by [`place`]
//! ("paragraphs 3, 8 and 12"), `LIST($x)` any other list joined with "and",
//! `DATES($days)` ISO days as a span in words ("2 April 2024 – 3 April 2024"),
//! `MEGABYTES($size)` a size in bytes ("12.4 MB"), `ZONE($zone)` an IANA
//! time zone ("Geneva" for `Europe/Zurich`, "Genève" in French).
//! Numbers, dates and lists are written the way each language writes them (`locale`).

mod lang;
pub mod locale;
mod param;
mod pattern;

pub use lang::Lang;
pub use param::Param;

use crate::date::Date;
use locale::ListKind;
use std::collections::BTreeMap;

/// The catalogue of `lang`: compiled in, or given by [`load`]; empty when
/// neither (its words then come from English).
fn catalogue(lang: Lang) -> &'static [Entry] {
    if let Some((_, entries)) = CATALOGUES.iter().find(|(code, _)| *code == lang.code()) {
        return entries;
    }
    let loaded = LOADED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    loaded.iter().find(|(l, _)| *l == lang).map_or(&[], |(_, entries)| entries)
}

/// Catalogues given at run time by [`load`].
static LOADED: std::sync::Mutex<Vec<(Lang, &'static [Entry])>> = std::sync::Mutex::new(Vec::new());

/// Gives the core `lang`'s catalogue, as [`compiled`] returns it (built
/// without the `all-languages` feature, the browser's wasm has English only:
/// the page passes the others from `www/locales/<code>.js`). A catalogue
/// given twice is kept once; one compiled in is not replaced.
pub fn load(lang: Lang, entries: Vec<(String, String, String)>) {
    if CATALOGUES.iter().any(|(code, _)| *code == lang.code()) {
        return;
    }
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let mut table: Vec<Entry> = entries.into_iter().map(|(k, v, h)| (leak(k), leak(v), leak(h))).collect();
    crate::sort::sort_by(&mut table, |a, b| a.0.cmp(b.0));
    let mut loaded = LOADED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if !loaded.iter().any(|(l, _)| *l == lang) {
        loaded.push((lang, Box::leak(table.into_boxed_slice())));
    }
}

/// The catalogues compiled into this build, for `examples/catalogues.rs`,
/// which writes the browser's `www/locales/<code>.js` from them.
#[doc(hidden)]
pub fn compiled() -> &'static [(&'static str, &'static [Entry])] {
    CATALOGUES
}

/// One catalogue per folder of `locales/`, keys sorted (build/messages.rs).
const CATALOGUES: &[(&str, &[Entry])] = include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// One catalogue entry: a key, the message, and the help (may be empty), in
/// the compiled form `pattern` renders.
pub type Entry = (&'static str, &'static str, &'static str);

fn lookup(lang: Lang, key: &str) -> Option<&'static Entry> {
    let catalogue = catalogue(lang);
    catalogue.binary_search_by(|e| e.0.cmp(key)).ok().map(|i| &catalogue[i])
}

/// The message and help for `key` in `lang` (English when a translation is
/// missing, the key itself when even English lacks it: tests forbid both).
pub fn render(lang: Lang, key: &str, params: &BTreeMap<&'static str, Param>) -> (String, String) {
    let (m, h) = match lookup(lang, key).or_else(|| lookup(Lang::En, key)) {
        Some(e) => (e.1, e.2),
        None => (key, ""),
    };
    (fill(lang, m, params), fill(lang, h, params))
}

/// A single catalogue text (interface words such as `format.docx`), in `lang`.
pub fn text(lang: Lang, key: &str) -> String {
    render(lang, key, &BTreeMap::new()).0
}

/// The names the page shows beside the core's messages: formats (`format.docx`: "Word
/// (.docx)"), annotation kinds (`kind.*`) and languages (`language.*`), in `lang`. The
/// browser's bindings return them (`texts`), and `examples/page_data.rs` writes them into
/// `www/names.js` so the page has them before any wasm has arrived.
pub fn page_names(lang: Lang) -> BTreeMap<&'static str, String> {
    // Inserted one by one: `collect` into a BTreeMap sorts first, and that sort is a copy of its own in the wasm.
    let mut names = BTreeMap::new();
    for k in keys(Lang::En).filter(|k| k.starts_with("format.") || k.starts_with("kind.") || k.starts_with("language."))
    {
        names.insert(k, text(lang, k));
    }
    names
}

/// The keys of a catalogue, for tests that every language has every key.
pub fn keys(lang: Lang) -> impl Iterator<Item = &'static str> {
    catalogue(lang).iter().map(|e| e.0)
}

fn fill(lang: Lang, template: &str, params: &BTreeMap<&'static str, Param>) -> String {
    pattern::fill(lang, template, params, &|p, style| format_param(lang, p, style))
}

fn format_param(lang: Lang, p: &Param, style: &str) -> String {
    match p {
        Param::Int(n) if style == "megabytes" => format_megabytes(lang, *n),
        Param::Int(n) => format_number(lang, *n),
        Param::Text(s) if style == "text" => text(lang, s),
        Param::Text(s) if style == "zone" => zone_name(lang, s),
        // In right-to-left text, a value (a quote, a name, a file) is isolated
        // (FSI … PDI) so a Latin one keeps its own order and does not reorder
        // the sentence around it.
        Param::Text(s) if lang.is_rtl() => format!("\u{2068}{s}\u{2069}"),
        Param::Text(s) => s.clone(),
        Param::Date(d) => format_date(lang, *d),
        Param::List(items) if style == "places" => format_places(lang, items),
        Param::List(items) if style == "annotations" => format_annotations(lang, items),
        Param::List(items) if style == "and" && lang.is_rtl() => join_and(lang, &isolated(items)),
        Param::List(items) if style == "and" => join_and(lang, items),
        Param::List(items) if style == "dates" => format_days(lang, items),
        Param::List(items) => {
            let words: Vec<String> = items
                .iter()
                .map(|i| match style {
                    "formats" => text(lang, &format!("format.{i}")),
                    "languages" => text(lang, &format!("language.{i}")),
                    _ => i.clone(),
                })
                .collect();
            join_or(lang, &words)
        }
    }
}

/// Items with letters (names) isolated (FSI … PDI) for right-to-left text,
/// as a single text value is; numbers are left as they are.
fn isolated(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|i| if i.chars().any(char::is_alphabetic) { format!("\u{2068}{i}\u{2069}") } else { i.clone() })
        .collect()
}

/// ISO days (`2024-04-02`) as the span from the first to the last, in words
/// ("2 April 2024 – 3 April 2024"); "—" when none can be read.
fn format_days(lang: Lang, items: &[String]) -> String {
    let days: Vec<Date> = items.iter().filter_map(|d| d.parse().ok()).collect();
    match (days.iter().min(), days.iter().max()) {
        (Some(first), Some(last)) => locale::date_span(lang, *first, *last),
        _ => "—".to_string(),
    }
}

/// A time zone as people name it: "Geneva" for `Europe/Zurich` (the catalogue's
/// `zone.` entries), else the city of the IANA name ("Paris" for `Europe/Paris`).
fn zone_name(lang: Lang, zone: &str) -> String {
    let key = format!("zone.{}", zone.to_ascii_lowercase().replace(['/', '_'], "-"));
    match lookup(lang, &key).or_else(|| lookup(Lang::En, &key)) {
        Some(e) => e.1.to_string(),
        None => zone.rsplit('/').next().unwrap_or(zone).replace('_', " "),
    }
}

/// "a, b or c" in each language.
fn join_or(lang: Lang, items: &[String]) -> String {
    locale::list(lang, ListKind::Or, items)
}

/// "a, b and c" in each language.
fn join_and(lang: Lang, items: &[String]) -> String {
    locale::list(lang, ListKind::And, items)
}

/// A place for a `{x:places}` list: `page:3` or `paragraph:12` (the page wins
/// when both are known), or `None` when the location has no number.
pub fn place(location: &crate::document::Location) -> Option<String> {
    match (location.page, location.paragraph) {
        (Some(p), _) => Some(format!("page:{p}")),
        (None, Some(p)) => Some(format!("paragraph:{p}")),
        (None, None) => None,
    }
}

/// A location in words, for a person: "paragraph 8, “link to file”",
/// "page 3, footnote 2", "header, under “Annex”", in `lang`. The one
/// description of places the CLI and the page both show.
pub fn describe_location(lang: Lang, location: &crate::document::Location) -> String {
    let mut parts = Vec::new();
    let mut one = |key: &str, name: &'static str, value: Param| {
        let mut p = BTreeMap::new();
        p.insert(name, value);
        parts.push(render(lang, key, &p).0);
    };
    if let Some(n) = location.page {
        one("place.page", "n", Param::Int(i64::from(n)));
    }
    if let Some(n) = location.paragraph {
        one("place.paragraph", "n", Param::Int(i64::from(n)));
    }
    if let Some(part) = &location.part {
        let (name, value) = part_value(part);
        one(part.key(), name, value);
    }
    if let Some(h) = &location.heading {
        one("place.under", "heading", Param::Text(h.clone()));
    }
    if let Some(q) = &location.quote {
        one("place.quote", "quote", Param::Text(q.clone()));
    }
    parts.join(&render(lang, "place.separator", &BTreeMap::new()).0)
}

/// The value a part's words take: its number `n`, or a script's `name`.
fn part_value(part: &crate::document::Part) -> (&'static str, Param) {
    use crate::document::Part;
    match part {
        Part::Footnote { n } | Part::Endnote { n } | Part::Comment { n } => ("n", Param::Int(i64::from(*n))),
        Part::DocumentJavascript { name } => ("name", Param::Text(name.clone())),
        _ => ("n", Param::Text(String::new())),
    }
}

/// PDF annotation kinds with their counts, `Highlight:3`, in words:
/// "highlights: 3 and notes: 1" (`annotation.highlight`; `annotation.other`
/// for a kind the catalogue does not name).
fn format_annotations(lang: Lang, items: &[String]) -> String {
    let words: Vec<String> = items
        .iter()
        .filter_map(|i| i.rsplit_once(':'))
        .map(|(kind, n)| {
            let key = format!("annotation.{}", kind.to_ascii_lowercase());
            let key = if lookup(Lang::En, &key).is_some() { key } else { "annotation.other".to_string() };
            let mut p = BTreeMap::new();
            p.insert("n", Param::Text(format_number(lang, n.parse().unwrap_or(0))));
            render(lang, &key, &p).0
        })
        .collect();
    join_and(lang, &words)
}

/// "paragraphs 3, 8 and 12", "page 2 and paragraph 4"; "several places" when empty.
fn format_places(lang: Lang, items: &[String]) -> String {
    let parsed: Vec<(&str, i64)> =
        items.iter().filter_map(|i| i.split_once(':')).filter_map(|(k, n)| Some((k, n.parse().ok()?))).collect();
    let one = |kind: &str, n: String| {
        let mut p = BTreeMap::new();
        p.insert("n", Param::Text(n));
        render(lang, &format!("place.{kind}"), &p).0
    };
    match parsed.as_slice() {
        [] => text(lang, "place.unknown"),
        [(kind, n)] => one(kind, format_number(lang, *n)),
        [(first, _), ..] if parsed.iter().all(|(k, _)| k == first) => {
            let numbers: Vec<String> = parsed.iter().map(|(_, n)| format_number(lang, *n)).collect();
            one(&format!("{first}s"), join_and(lang, &numbers))
        }
        _ => join_and(lang, &parsed.iter().map(|(k, n)| one(k, format_number(lang, *n))).collect::<Vec<_>>()),
    }
}

/// A whole number as the language writes it: 2,500 (en), 2 500 (fr), 2500 (es).
pub fn format_number(lang: Lang, n: i64) -> String {
    locale::number(lang, n)
}

/// Bytes as megabytes (10^6 bytes, as mail servers count) with one decimal
/// when under 100, and the unit from the catalogue: "12.4 MB", "12,4 Mo".
pub fn format_megabytes(lang: Lang, bytes: i64) -> String {
    let tenths = (bytes.max(0) + 50_000) / 100_000;
    let tenths = if tenths >= 1000 { tenths / 10 * 10 } else { tenths };
    let mut p = BTreeMap::new();
    p.insert("n", Param::Text(locale::tenths(lang, tenths)));
    render(lang, "unit.megabytes", &p).0
}

/// "24 May 2024", "24 mai 2024", "24 de mayo de 2024", "2024年5月24日".
pub fn format_date(lang: Lang, d: Date) -> String {
    locale::date(lang, d)
}

#[cfg(test)]
mod tests;
