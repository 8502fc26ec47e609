//! The catalogues (locales/<code>/checker.ftl): every key in every language,
//! the same values, a plural form for every count the language distinguishes,
//! and no English left in another language. How numbers, dates, lists and
//! plural categories are written is compared with ICU in tests/locale_cldr.rs.

use super::*;
use std::collections::BTreeSet;

/// The counts every message is rendered with.
const COUNTS: [i64; 9] = [0, 1, 2, 3, 5, 11, 21, 101, 1_000_000];

/// Names that stay as they are in every language (products, formats, file
/// parts), and the PDF names the help quotes.
const NAMES: &[&str] = &[
    "PDF",
    "Word",
    "LibreOffice",
    "Writer",
    "Google",
    "Docs",
    "Acrobat",
    "Adobe",
    "Reader",
    "Outlook",
    "Thunderbird",
    "Apple",
    "Mail",
    "Pages",
    "Firefox",
    "Chrome",
    "Edge",
    "Safari",
    "OpenDocument",
    "JavaScript",
    "OCR",
    "Microsoft",
    "Windows",
    "Mac",
    "UTC",
    "Ctrl",
    "Cmd",
    "HTML",
    "ZIP",
    "XFA",
    "VBA",
    "Unicode",
    "Excel",
    "PowerPoint",
    "OneDrive",
    "SharePoint",
    "XMP",
    "Gmail",
    "New",
    "York",
    "Pro",
    "Office",
    "Teams",
    "Normal",
    "RTF",
    "JPEG",
    "MB",
    "ppi",
    "http",
    "https",
    "mailto",
    // The program's name, an example identifier, and what Cloudflare shows in place of an address.
    "submission",
    "checker",
    "sr",
    "health",
    "email",
    "protected",
];

/// A placeable's name, style and variants.
type Placeable<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>);

/// The placeables of a compiled pattern, each as `(name, style, variants)`:
/// `variants` are the `(key, pattern)` of a choice, empty for a plain value.
/// Read with the renderer's own splitting (`pattern.rs`).
fn placeables(pattern: &str) -> Vec<Placeable<'_>> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('\x01') {
        let (body, after) = super::pattern::split_placeable(&rest[open + 1..]);
        match body.split_once('?') {
            Some((name, variants)) => out.push((name, "?", super::pattern::split_variants(variants))),
            None => {
                let (name, style) = body.split_once(':').unwrap_or((body, ""));
                out.push((name, style, Vec::new()));
            }
        }
        rest = after;
    }
    out
}

/// What each value of a compiled pattern is: a name and a style, `?` for a
/// value that chooses among variants.
fn values(pattern: &str) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (name, style, variants) in placeables(pattern) {
        out.insert((name.to_string(), style.to_string()));
        for (_, p) in variants {
            out.extend(values(p));
        }
    }
    out
}

/// The keys of each choice in a pattern, with the name it chooses on.
fn choices(pattern: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for (name, _, variants) in placeables(pattern).into_iter().filter(|p| !p.2.is_empty()) {
        out.push((name.to_string(), variants.iter().map(|(k, _)| k.to_string()).collect()));
        for (_, p) in variants {
            out.extend(choices(p));
        }
    }
    out
}

/// A value of the right kind for each name and style in `key`'s English text.
fn sample(key: &str, count: i64) -> BTreeMap<&'static str, Param> {
    let e = lookup(Lang::En, key).unwrap();
    let mut p = BTreeMap::new();
    for (name, style) in values(e.1).into_iter().chain(values(e.2)) {
        let name: &'static str = Box::leak(name.into_boxed_str());
        let value = match style.as_str() {
            "formats" => Param::List(vec!["docx".into(), "pdf".into()]),
            "languages" => Param::List(vec!["en".into(), "fr".into()]),
            "places" => Param::List(vec!["paragraph:3".into(), "paragraph:8".into()]),
            "annotations" => Param::List(vec!["Highlight:3".into(), "Squiggly:1".into(), "Unknown:2".into()]),
            "and" => Param::List(vec!["7".into(), "9".into()]),
            "dates" => Param::List(vec!["2024-04-02".into(), "2025-01-03".into()]),
            "zone" => Param::Text("Europe/Zurich".into()),
            "megabytes" => Param::Int(12_400_000),
            "text" => Param::Text(
                keys(Lang::En)
                    .find(|k| k.starts_with(if name == "kind" { "kind." } else { "publication." }))
                    .unwrap()
                    .into(),
            ),
            _ => Param::Int(count),
        };
        p.insert(name, value);
    }
    p
}

#[test]
fn every_language_has_every_english_key_and_no_other() {
    for lang in Lang::ALL {
        assert!(!catalogue(lang).is_empty(), "no catalogue for {lang:?}: locales/{}/checker.ftl", lang.code());
        for key in keys(Lang::En) {
            assert!(lookup(lang, key).is_some(), "{lang:?} lacks {key}");
        }
        for key in keys(lang) {
            assert!(lookup(Lang::En, key).is_some(), "{lang:?} has {key}, English does not");
        }
    }
}

#[test]
fn the_languages_are_the_folders_of_locales() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut folders: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    folders.sort();
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(codes, folders, "Lang::ALL (in the order of their codes, as the page lists them) and locales/");
}

#[test]
fn every_translation_uses_the_english_values_in_the_same_way() {
    // A language without plurals (Chinese) writes a count plainly: `?` compares as a plain value.
    let names = |p: &str| -> BTreeSet<(String, String)> {
        values(p).into_iter().map(|(n, s)| (n, if s == "?" { String::new() } else { s })).collect()
    };
    for lang in Lang::ALL {
        for (key, m, h) in catalogue(lang) {
            let (em, eh) = lookup(Lang::En, key).map(|e| (e.1, e.2)).unwrap_or(("", ""));
            let used = |p: &str| -> BTreeSet<String> { names(p).into_iter().map(|(n, _)| n).collect() };
            assert_eq!(used(m), used(em), "{lang:?} {key}: message values");
            assert_eq!(used(h), used(eh), "{lang:?} {key}: help values");
            let styled =
                |p: &str| -> BTreeSet<(String, String)> { names(p).into_iter().filter(|v| !v.1.is_empty()).collect() };
            assert_eq!(styled(m), styled(em), "{lang:?} {key}: message functions");
            assert_eq!(styled(h), styled(eh), "{lang:?} {key}: help functions");
            assert_eq!(h.is_empty(), eh.is_empty(), "{lang:?} {key}: .help present in one language only");
        }
    }
}

#[test]
fn every_choice_has_a_form_for_each_count_the_language_distinguishes() {
    for lang in Lang::ALL {
        let categories: BTreeSet<&str> = (0..1_200).chain(COUNTS).map(|n| locale::plural(lang, n).name()).collect();
        for (key, m, h) in catalogue(lang) {
            for (name, keys) in choices(m).into_iter().chain(choices(h)) {
                for k in &keys {
                    let k = k.trim_start_matches('*');
                    assert!(
                        k.parse::<i64>().is_ok() || k == "other" || categories.contains(k),
                        "{lang:?} {key}: [{k}] is not a plural category of this language ({categories:?})"
                    );
                }
                for c in &categories {
                    let default = keys.iter().find(|k| k.starts_with('*')).map(|k| &k[1..]);
                    assert!(
                        keys.iter().any(|k| k.trim_start_matches('*') == *c) || (*c == "other" && default.is_some()),
                        "{lang:?} {key}: the choice on ${name} has no [{c}] form"
                    );
                }
            }
        }
    }
}

/// The text of every choice's variants in a compiled pattern, nested ones too.
fn choice_texts(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('\x01') {
        let (body, after) = super::pattern::split_placeable(&rest[open + 1..]);
        if let Some((_, variants)) = body.split_once('?') {
            out.push(variants);
            for (_, p) in super::pattern::split_variants(variants) {
                out.extend(choice_texts(p));
            }
        }
        rest = after;
    }
    out
}

/// CLDR's plural category of each count of [`COUNTS`] in each language, as
/// ICU gives it through Node's `Intl.PluralRules`: the table
/// tests/reference/plural-categories.tsv, written by the script beside it.
fn reference_categories() -> BTreeMap<(String, i64), String> {
    let table = include_str!("../../tests/reference/plural-categories.tsv");
    let mut rows = table.lines().filter(|l| !l.starts_with('#'));
    let counts: Vec<i64> = rows.next().unwrap().split('\t').skip(1).map(|n| n.parse().unwrap()).collect();
    let mut out = BTreeMap::new();
    for row in rows {
        let mut cells = row.split('\t');
        let lang = cells.next().unwrap().to_string();
        for (n, category) in counts.iter().zip(cells) {
            out.insert((lang.clone(), *n), category.to_string());
        }
    }
    out
}

#[test]
fn every_count_chooses_the_variant_of_its_cldr_category() {
    let reference = reference_categories();
    assert_eq!(reference.len(), Lang::ALL.len() * COUNTS.len(), "tests/reference/plural-categories.tsv");
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let mut checked = BTreeSet::new();
    for lang in Lang::ALL {
        for (key, m, h) in catalogue(lang) {
            for variants in choice_texts(m).into_iter().chain(choice_texts(h)) {
                let list = super::pattern::split_variants(variants);
                let key_of = |k: &str| k.trim_start_matches('*').to_string();
                // Only choices on a count: every key a number or a plural category.
                if !list
                    .iter()
                    .all(|(k, _)| key_of(k).parse::<i64>().is_ok() || CATEGORIES.contains(&key_of(k).as_str()))
                {
                    continue;
                }
                for n in COUNTS {
                    let category = &reference[&(lang.code().to_string(), n)];
                    // Fluent's order: a number key equal to the count, then the category's form;
                    // the default stands only for "other".
                    let want = list
                        .iter()
                        .find(|(k, _)| key_of(k).parse::<i64>() == Ok(n))
                        .or_else(|| list.iter().find(|(k, _)| key_of(k) == *category))
                        .or_else(|| list.iter().find(|(k, _)| k.starts_with('*') && category == "other"))
                        .map(|(_, p)| *p);
                    let Some(want) = want else {
                        panic!("{lang:?} {key}: no [{category}] form, which CLDR gives {n}");
                    };
                    let chosen = super::pattern::choose(lang, Some(&Param::Int(n)), variants);
                    assert_eq!(chosen, want, "{lang:?} {key}: {n} is [{category}] in CLDR");
                    checked.insert(lang.code());
                }
            }
        }
    }
    // Chinese has one form, so no choice on a count; every other language has some.
    assert_eq!(checked.into_iter().collect::<Vec<_>>(), ["ar", "en", "es", "fr", "pt", "ru"]);
}

#[test]
fn every_message_renders_whole_in_every_language_for_every_count() {
    for lang in Lang::ALL {
        for key in keys(Lang::En) {
            for n in COUNTS {
                let (m, h) = render(lang, key, &sample(key, n));
                for text in [&m, &h] {
                    assert!(!text.contains(['{', '}', '\x01', '\x02', '\x03', '\x04']), "{lang:?} {key} ({n}): {text}");
                    for s in ["(s)", "(es)", "(s)", "/s ", "(и)", "(а)", "(ы)"] {
                        assert!(!text.contains(s), "{lang:?} {key} ({n}): a “{s}” plural in {text}");
                    }
                }
                assert!(!m.trim().is_empty(), "{lang:?} {key} ({n}): empty");
            }
        }
    }
}

/// The runs of Latin letters in a text, without names, addresses, file
/// names, PDF names, keys (Ctrl+K) and command-line options: what may be English.
fn words_left(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|w| !w.contains(['@', '/', '.', '\\']) && !w.contains("mailto:"))
        // A command-line option (--details) is typed as it is, in every language.
        .filter(|w| !w.trim_start_matches('\u{200E}').starts_with("--"))
        .flat_map(|w| w.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() > 1 && !NAMES.contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn no_english_is_left_in_another_language() {
    // Words English uses and French, Spanish and Portuguese do not.
    const ENGLISH: &[&str] = &[
        "the", "this", "your", "with", "which", "would", "should", "have", "been", "from", "their", "what", "when",
        "where", "cannot", "does", "please", "click", "save", "file", "words", "than",
    ];
    let mut found = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En && !catalogue(*l).is_empty()) {
        // Every count, so that a variant only some counts choose (Arabic [zero], French [many]) is read too.
        for (key, n) in keys(Lang::En).flat_map(|k| COUNTS.map(|n| (k, n))) {
            let (m, h) = render(lang, key, &sample(key, n));
            for text in [m, h] {
                let left = words_left(&text);
                let latin = |w: &&String| w.chars().any(|c| c.is_ascii_alphabetic());
                let english: Vec<&String> = match lang {
                    Lang::Ar | Lang::Zh | Lang::Ru => left.iter().filter(latin).collect(),
                    _ => left.iter().filter(|w| ENGLISH.contains(&w.to_lowercase().as_str())).collect(),
                };
                if !english.is_empty() {
                    found.push(format!("{lang:?} {key} ({n}): English words {english:?} in “{text}”"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Expected forms are ICU's (`Intl.NumberFormat`, `DateTimeFormat`); tests/locale_cldr.rs asks it directly.
#[test]
fn numbers_and_dates_follow_each_locale() {
    assert_eq!(format_number(Lang::En, 2500), "2,500");
    assert_eq!(format_number(Lang::Fr, 2500), "2\u{202F}500");
    assert_eq!(format_number(Lang::Es, 2500), "2500");
    assert_eq!(format_number(Lang::Es, 12500), "12.500");
    assert_eq!(format_number(Lang::Pt, 2500), "2.500");
    assert_eq!(format_number(Lang::En, 1_234_567), "1,234,567");
    let d: Date = "2024-05-24".parse().unwrap();
    assert_eq!(format_date(Lang::En, d), "24 May 2024");
    assert_eq!(format_date(Lang::Fr, d), "24 mai 2024");
    assert_eq!(format_date(Lang::Es, d), "24 de mayo de 2024");
    assert_eq!(format_date(Lang::Pt, d), "24 de maio de 2024");
    assert_eq!(format_megabytes(Lang::En, 12_400_000), "12.4\u{A0}MB");
    assert_eq!(format_megabytes(Lang::Fr, 12_400_000), "12,4\u{A0}Mo");
    assert_eq!(format_megabytes(Lang::Pt, 10_000_000), "10\u{A0}MB");
    assert_eq!(format_megabytes(Lang::Es, 10_960_000), "11\u{A0}MB");
}

#[test]
fn templates_fill_lists_in_words() {
    let mut p = BTreeMap::new();
    p.insert("accepted", Param::List(vec!["docx".into(), "pdf".into()]));
    let (m, _) = render(Lang::En, "file-format.not-accepted", &p);
    assert!(m.contains("or PDF"), "{m}");
    assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::Pt));
    assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
}

#[test]
fn places_are_listed_in_words() {
    let places = |items: &[&str], lang| format_places(lang, &items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(places(&["paragraph:3", "paragraph:8", "paragraph:12"], Lang::En), "paragraphs 3, 8 and 12");
    assert_eq!(places(&["paragraph:3", "paragraph:8"], Lang::Fr), "paragraphes 3 et 8");
    assert_eq!(places(&["page:2"], Lang::Es), "página 2");
    assert_eq!(places(&["page:2", "paragraph:4"], Lang::Pt), "página 2 e parágrafo 4");
    assert_eq!(places(&[], Lang::En), "several places in the document");
    let loc = crate::document::Location { paragraph: Some(7), ..Default::default() };
    assert_eq!(place(&loc).as_deref(), Some("paragraph:7"));
    let loc = crate::document::Location { paragraph: Some(1200), quote: Some("Annex 1".into()), ..Default::default() };
    assert_eq!(describe_location(Lang::En, &loc), "paragraph 1,200, “Annex 1”");
    assert_eq!(describe_location(Lang::Fr, &loc), "paragraphe 1\u{202F}200, «\u{A0}Annex 1\u{A0}»");
    assert_eq!(Lang::from_tag("de"), None);
}

#[test]
fn parts_are_put_in_words_in_the_readers_language() {
    use crate::document::{Location, Part};
    let loc = Location { part: Some(Part::Footnote { n: 2 }), heading: Some("Annex".into()), ..Default::default() };
    assert_eq!(describe_location(Lang::En, &loc), "footnote 2, under “Annex”");
    assert_eq!(describe_location(Lang::Fr, &loc), "note de bas de page 2, sous «\u{A0}Annex\u{A0}»");
    let loc = Location { part: Some(Part::DocumentJavascript { name: "init".into() }), ..Default::default() };
    assert_eq!(describe_location(Lang::Es, &loc), "el script del documento «init»");
    // Every part has words in every language.
    let every = [
        Part::Footnote { n: 1 },
        Part::Endnote { n: 1 },
        Part::Comment { n: 1 },
        Part::Header,
        Part::Footer,
        Part::TextBox,
        Part::Watermark,
        Part::Document,
        Part::PageAction,
        Part::AnnotationAction,
        Part::LinkJavascript,
        Part::DocumentJavascript { name: "x".into() },
        Part::OpenAction,
        Part::DocumentAction,
        Part::XfaScript,
    ];
    for lang in Lang::ALL {
        for part in &every {
            assert!(lookup(lang, part.key()).is_some(), "{lang:?} has no words for {part:?}");
        }
    }
}
