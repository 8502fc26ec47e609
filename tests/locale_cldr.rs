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
