//! How the core writes counts, numbers, dates and lists in each language,
//! compared with ICU's CLDR data through Node's `Intl` (an outside
//! reference: Node is needed by the project's build anyway).

use std::process::Command;
use submission_checker::date::Date;
use submission_checker::messages::locale::{self, ListKind};
use submission_checker::Lang;

/// Runs `script` in Node with `lang`, one answer per line.
fn intl(lang: &str, script: &str) -> Vec<String> {
    let out = Command::new("node").args(["-e", script, lang]).output().expect("node runs (scripts/setup installs it)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

/// Counts that tell every CLDR category of the seven languages apart.
fn counts() -> Vec<i64> {
    (0..=230).chain([1_000, 1_001, 1_011, 100_000, 1_000_000, 2_000_000, 1_000_001, 10_000_000]).collect()
}

/// ICU's tag for each language: British English, as UN documents write dates.
fn tag(lang: Lang) -> &'static str {
    if lang == Lang::En {
        "en-GB"
    } else {
        lang.code()
    }
}

#[test]
fn plural_categories_are_cldrs() {
    let list: Vec<String> = counts().iter().map(i64::to_string).collect();
    for lang in Lang::ALL {
        let script = format!(
            "const r = new Intl.PluralRules(process.argv[1]); for (const n of [{}]) console.log(r.select(n))",
            list.join(",")
        );
        let expected = intl(lang.code(), &script);
        for (n, want) in counts().iter().zip(&expected) {
            assert_eq!(locale::plural(lang, *n).name(), want, "{lang:?} {n}");
        }
    }
}

#[test]
fn numbers_are_grouped_as_cldr_says() {
    // Counts only: the checker never shows a negative number.
    let numbers = [0i64, 7, 999, 1_000, 2_500, 9_999, 10_000, 12_500, 123_456, 1_234_567];
    let list: Vec<String> = numbers.iter().map(i64::to_string).collect();
    for lang in Lang::ALL {
        let script = format!(
            "const f = new Intl.NumberFormat(process.argv[1]); for (const n of [{}]) console.log(f.format(n))",
            list.join(",")
        );
        let expected = intl(tag(lang), &script);
        for (n, want) in numbers.iter().zip(&expected) {
            assert_eq!(&locale::number(lang, *n), want, "{lang:?} {n}");
        }
        // Tenths: 12.4 in each language's decimal sign.
        let want = intl(tag(lang), "console.log(new Intl.NumberFormat(process.argv[1]).format(12.4))");
        assert_eq!(locale::tenths(lang, 124), want[0], "{lang:?} 12.4");
    }
}

#[test]
fn dates_are_written_as_cldr_says() {
    let days = ["2024-05-24", "2024-01-02", "2025-12-31", "2026-08-15"];
    for lang in Lang::ALL {
        let script = format!(
            "const f = new Intl.DateTimeFormat(process.argv[1], {{ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }}); for (const d of {days:?}) console.log(f.format(new Date(d + 'T12:00:00Z')))"
        );
        let expected = intl(tag(lang), &script);
        for (d, want) in days.iter().zip(&expected) {
            let date: Date = d.parse().unwrap();
            assert_eq!(&locale::date(lang, date), want, "{lang:?} {d}");
        }
    }
    // The one departure: French typography writes the first of the month "1er" (ICU writes "1").
    assert_eq!(locale::date(Lang::Fr, "2024-05-01".parse().unwrap()), "1er mai 2024");
}

#[test]
fn lists_are_joined_as_cldr_says() {
    let items: Vec<String> = ["alpha", "beta", "gamma", "delta"].iter().map(|s| s.to_string()).collect();
    for lang in Lang::ALL {
        for (kind, name) in [(ListKind::And, "conjunction"), (ListKind::Or, "disjunction")] {
            let script = format!(
                "const f = new Intl.ListFormat(process.argv[1], {{ type: '{name}' }}); const x = ['alpha','beta','gamma','delta']; for (let n = 1; n <= 4; n++) console.log(f.format(x.slice(0, n)))"
            );
            let expected = intl(tag(lang), &script);
            for (n, want) in (1..=4).zip(&expected) {
                assert_eq!(&locale::list(lang, kind, &items[..n]), want, "{lang:?} {name} of {n}");
            }
        }
    }
}

/// The days two dates span, in different years: ICU writes CLDR's interval
/// fallback, "{0} – {1}" (with thin spaces in en, fr, es, pt). Two exceptions,
/// whose expected form is the two long dates ICU writes joined by that
/// fallback: Chinese, whose span ICU writes in figures (2009/7/24 – 2010/1/2),
/// and Russian, whose span ICU writes with a no-break space before "г." where
/// its own dates have a plain one.
fn expected_span(lang: Lang, first: &str, last: &str) -> String {
    let range = match lang {
        Lang::Zh | Lang::Ru => "`${f.format(a)} – ${f.format(b)}`",
        _ => "f.formatRange(a, b)",
    };
    let script = format!(
        "const f = new Intl.DateTimeFormat(process.argv[1], {{ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }}); const a = new Date('{first}T12:00:00Z'), b = new Date('{last}T12:00:00Z'); console.log({range})"
    );
    intl(tag(lang), &script).remove(0)
}

#[test]
fn date_spans_are_written_as_cldr_says() {
    for lang in Lang::ALL {
        let (a, b): (Date, Date) = ("2009-07-24".parse().unwrap(), "2010-01-02".parse().unwrap());
        assert_eq!(locale::date_span(lang, a, b), expected_span(lang, "2009-07-24", "2010-01-02"), "{lang:?}");
        assert_eq!(locale::date_span(lang, a, a), locale::date(lang, a), "{lang:?}: one day is one date");
    }
}

/// The tracked-changes message names its people and days the reader's way:
/// the names joined as `Intl.ListFormat` joins them, the days as a span.
#[test]
fn tracked_changes_name_people_and_days_in_the_readers_way() {
    use std::collections::BTreeMap;
    use submission_checker::messages::{render, Param};
    let names = vec!["Ana Souza".to_string(), "Jean Dupont".to_string()];
    let mut params: BTreeMap<&'static str, Param> = BTreeMap::new();
    for n in ["count", "insertions", "deletions", "moves", "formatting"] {
        params.insert(n, Param::Int(2));
    }
    params.insert("authors", Param::List(names));
    params.insert("dates", Param::List(vec!["2009-07-24".into(), "2010-01-02".into()]));
    params.insert("audience", Param::Text("publication.in-full".into()));
    for lang in Lang::ALL {
        // Right to left, each name is isolated (FSI … PDI): drop the marks to compare the words.
        let message = render(lang, "tracked-changes", &params).0.replace(['\u{2068}', '\u{2069}'], "");
        let joined = intl(
            tag(lang),
            "console.log(new Intl.ListFormat(process.argv[1], { type: 'conjunction' }).format(['Ana Souza', 'Jean Dupont']))",
        );
        assert!(message.contains(&joined[0]), "{lang:?}: “{}” not in {message}", joined[0]);
        let span = expected_span(lang, "2009-07-24", "2010-01-02");
        assert!(message.contains(&span), "{lang:?}: “{span}” not in {message}");
        assert!(!message.contains("2009-07-24"), "{lang:?}: an ISO date in {message}");
    }
}
