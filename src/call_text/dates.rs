//! Written dates as calls print them, in English, French, Spanish and
//! Portuguese: "12 May 2023", "May 12, 2023", "24 mai 2024", "1er juin 2024",
//! "24 de mayo de 2024", "1.º de junho de 2024", and ISO "2024-05-24".
//!
//! A date needs a day, a month and a year: "12 May" alone is not a date here,
//! because the year would be a guess. Numeric forms such as "05/06/2024" are
//! not read either: day-first and month-first readers disagree on them.

use crate::date::Date;

/// A date found in a text, with the byte range it was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    /// The day.
    pub date: Date,
    /// Byte offset where the written date starts.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
}

/// Month names (lower case) in the four languages, with common unaccented
/// spellings, and the month they name.
const MONTHS: &[(&str, u8)] = &[
    // English, with the abbreviations calls use.
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // French.
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    // Spanish.
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // Portuguese.
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
];

/// Ordinal endings written after a day: 1st, 2nd, 3rd, 4th (en), 1er, 1re (fr),
/// 1º, 1ª, 1o (es, pt).
const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "re", "º", "ª", "o"];

/// Words allowed between the parts of a date: "24 de mayo de 2024", "24 de mayo del 2024".
const LINKS: &[&str] = &["de", "del"];

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// Runs of letters and digits, with their byte ranges.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Token { text: &text[s..i], start: s, end: i });
        }
    }
    if let Some(s) = start {
        out.push(Token { text: &text[s..], start: s, end: text.len() });
    }
    out
}

fn month(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    MONTHS.iter().find(|(name, _)| *name == lower).map(|(_, m)| *m)
}

/// A day of the month written "24", "1er", "1st", "1º".
fn day(word: &str) -> Option<u8> {
    let digits_end = word.find(|c: char| !c.is_ascii_digit()).unwrap_or(word.len());
    let (digits, rest) = word.split_at(digits_end);
    if digits.is_empty() || digits.len() > 2 || !(rest.is_empty() || ORDINALS.contains(&rest.to_lowercase().as_str())) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok()).flatten()
}

/// Whether the text between two tokens is only spaces and the punctuation a date may hold.
fn joined(text: &str, a: Token<'_>, b: Token<'_>, allowed: &[char]) -> bool {
    text[a.end..b.start].chars().all(|c| c.is_whitespace() || allowed.contains(&c))
}

/// Every complete written date in `text`, in order.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((found, next)) = date_at(text, &toks, i) {
            out.push(found);
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

/// A date starting at token `i`, and the index of the token after it.
fn date_at(text: &str, toks: &[Token<'_>], i: usize) -> Option<(FoundDate, usize)> {
    let at = |k: usize| toks.get(k).copied();
    let found = |y: i32, m: u8, d: u8, first: Token<'_>, last: Token<'_>, next: usize| {
        Date::new(y, m, d).map(|date| (FoundDate { date, start: first.start, end: last.end }, next))
    };
    let first = at(i)?;

    // ISO: 2024-05-24.
    if year(first.text).is_some() {
        let (m, d) = (at(i + 1)?, at(i + 2)?);
        if text[first.end..m.start] == *"-" && text[m.end..d.start] == *"-" && m.text.len() == 2 && d.text.len() == 2 {
            let (y, mo, da) = (first.text.parse().ok()?, m.text.parse().ok()?, d.text.parse().ok()?);
            return found(y, mo, da, first, d, i + 3);
        }
        return None;
    }

    // Day first: "24 May 2024", "1er juin 2024", "24 de mayo de 2024", "1.º de junho de 2024".
    if let Some(d) = day(first.text) {
        let mut k = i + 1;
        let mut prev = first;
        // "1.º": the ordinal as a token of its own after a full stop.
        if let Some(t) = at(k).filter(|t| matches!(t.text, "º" | "ª" | "o") && joined(text, prev, *t, &['.'])) {
            prev = t;
            k += 1;
        }
        if let Some(t) =
            at(k).filter(|t| LINKS.contains(&t.text.to_lowercase().as_str()) && joined(text, prev, *t, &[]))
        {
            prev = t;
            k += 1;
        }
        let mt = at(k).filter(|t| joined(text, prev, *t, &[]))?;
        let m = month(mt.text)?;
        let mut prev = mt;
        k += 1;
        if let Some(t) =
            at(k).filter(|t| LINKS.contains(&t.text.to_lowercase().as_str()) && joined(text, prev, *t, &[]))
        {
            prev = t;
            k += 1;
        }
        let yt = at(k).filter(|t| joined(text, prev, *t, &[',', '.']))?;
        return found(year(yt.text)?, m, d, first, yt, k + 1);
    }

    // Month first (en): "May 12, 2023", "May 12th 2023".
    let m = month(first.text)?;
    let dt = at(i + 1).filter(|t| joined(text, first, *t, &['.']))?;
    let d = day(dt.text)?;
    let yt = at(i + 2).filter(|t| joined(text, dt, *t, &[',']))?;
    found(year(yt.text)?, m, d, first, yt, i + 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Option<String> {
        match find_dates(text).as_slice() {
            [d] => Some(d.date.to_string()),
            [] => None,
            more => panic!("several dates in {text:?}: {more:?}"),
        }
    }

    #[test]
    fn english_dates_as_the_calls_write_them() {
        assert_eq!(one("by 12 May 2023."), Some("2023-05-12".into())); // emler-2023 call
        assert_eq!(one("by e-mail by 24 May 2024."), Some("2024-05-24".into())); // emler-2024 call
        assert_eq!(one("no later than May 12, 2023"), Some("2023-05-12".into()));
        assert_eq!(one("by Friday, 31st January 2025"), Some("2025-01-31".into()));
        assert_eq!(one("by 1 Sept. 2024"), Some("2024-09-01".into()));
        assert_eq!(one("deadline: 2024-05-24"), Some("2024-05-24".into()));
    }

    #[test]
    fn french_spanish_and_portuguese_dates() {
        assert_eq!(one("au plus tard le 24 mai 2024"), Some("2024-05-24".into()));
        assert_eq!(one("d’ici le 1er juin 2024"), Some("2024-06-01".into()));
        assert_eq!(one("avant le 15 août 2024"), Some("2024-08-15".into()));
        assert_eq!(one("a más tardar el 24 de mayo de 2024"), Some("2024-05-24".into()));
        assert_eq!(one("hasta el 1.º de junio del 2024"), Some("2024-06-01".into()));
        assert_eq!(one("até 24 de maio de 2024"), Some("2024-05-24".into()));
        assert_eq!(one("até 1º de março de 2025"), Some("2025-03-01".into()));
    }

    #[test]
    fn incomplete_or_impossible_dates_are_not_dates() {
        assert_eq!(one("in September 2023"), None, "no day");
        assert_eq!(one("by 12 May"), None, "no year");
        assert_eq!(one("by 31 June 2024"), None, "no such day");
        assert_eq!(one("by 05/06/2024"), None, "numeric: day-first or month-first?");
        assert_eq!(one("paragraph 15 of resolution 47/21"), None);
        assert_eq!(one("the 2500 words"), None);
    }

    #[test]
    fn ranges_give_the_complete_date_only() {
        // "(9 September-9 October 2024)": the first part has no year.
        let found = find_dates("at its 57th Session (9 September-9 October 2024)");
        assert_eq!(found.iter().map(|d| d.date.to_string()).collect::<Vec<_>>(), ["2024-10-09"]);
    }

    #[test]
    fn the_range_is_where_the_date_is_written() {
        let text = "sent by 24 May 2024.";
        let d = find_dates(text)[0];
        assert_eq!(&text[d.start..d.end], "24 May 2024");
    }
}
