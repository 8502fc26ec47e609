//! How each language writes counts, numbers, dates and lists: CLDR's data for
//! the seven languages, written out (the wasm carries no ICU). Tests compare
//! every function here with Node's `Intl` (ICU's CLDR) in
//! `tests/locale_cldr.rs`.

use super::lang::Lang;
use crate::date::Date;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// Arabic 0.
    Zero,
    /// 1 (0 and 1 in French and Portuguese; 21, 31… in Russian).
    One,
    /// Arabic 2.
    Two,
    /// Russian 2–4, 22–24…; Arabic 3–10, 103–110…
    Few,
    /// Russian 5–20, 25–30…; Arabic 11–99…; a whole number of millions in French, Spanish and Portuguese.
    Many,
    /// Every other number.
    Other,
}

impl Plural {
    /// The name Fluent's variant keys use: `one`, `few`…
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The plural category of a whole number in `lang` (CLDR's cardinal rules,
/// `plurals.xml`, for integers: v = 0, so i = n).
pub fn plural(lang: Lang, n: i64) -> Plural {
    let n = n.unsigned_abs();
    let millions = n != 0 && n % 1_000_000 == 0;
    let (n10, n100) = (n % 10, n % 100);
    match lang {
        Lang::En => one_if(n == 1),
        Lang::Es if millions => Plural::Many,
        Lang::Es => one_if(n == 1),
        Lang::Fr | Lang::Pt if millions => Plural::Many,
        Lang::Fr | Lang::Pt => one_if(n <= 1),
        Lang::Zh => Plural::Other,
        Lang::Ru if n10 == 1 && n100 != 11 => Plural::One,
        Lang::Ru if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Plural::Few,
        Lang::Ru => Plural::Many,
        Lang::Ar => match (n, n100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
    }
}

fn one_if(one: bool) -> Plural {
    if one {
        Plural::One
    } else {
        Plural::Other
    }
}

/// The group separator, and whether a four-digit number is grouped
/// (CLDR's `minimumGroupingDigits` 2 in Spanish: 2500 but 12.500).
fn grouping(lang: Lang) -> (&'static str, bool) {
    match lang {
        Lang::En | Lang::Zh | Lang::Ar => (",", true),
        Lang::Fr => ("\u{202F}", true),
        Lang::Ru => ("\u{A0}", true),
        Lang::Es => (".", false),
        Lang::Pt => (".", true),
    }
}

/// The decimal separator.
fn decimal(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Zh | Lang::Ar => ".",
        Lang::Fr | Lang::Es | Lang::Pt | Lang::Ru => ",",
    }
}

/// A whole number as `Intl.NumberFormat(lang)` writes it: 2,500 (en),
/// 2 500 (fr, narrow no-break space), 2500 and 12.500 (es), 2 500 (ru).
pub fn number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let (sep, four) = grouping(lang);
    let group = four || digits.len() > 4;
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if group && i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// Tenths as a decimal number: `number` for the whole part, one decimal
/// when it is not zero ("12.4", "12,4", "10").
pub fn tenths(lang: Lang, tenths: i64) -> String {
    let whole = number(lang, tenths / 10);
    match tenths.unsigned_abs() % 10 {
        0 => whole,
        d => format!("{whole}{}{d}", decimal(lang)),
    }
}

/// Month names as a date "24 May 2024" uses them (genitive in Russian).
fn months(lang: Lang) -> Option<[&'static str; 12]> {
    Some(match lang {
        Lang::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        Lang::Fr => [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        Lang::Es => [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        Lang::Pt => [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        Lang::Ru => [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        Lang::Ar => [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
        Lang::Zh => return None,
    })
}

/// A day in words, as `Intl.DateTimeFormat(lang, { day, month: "long", year })`
/// writes it (British order for English, as UN documents do; "1er" for the
/// first of the month in French, as French typography does and ICU does not).
pub fn date(lang: Lang, d: Date) -> String {
    let (day, month, year) = (d.day(), d.month(), d.year());
    let Some(names) = months(lang) else {
        return format!("{year}年{month}月{day}日");
    };
    let name = names[usize::from(month.clamp(1, 12) - 1)];
    match lang {
        Lang::Fr if day == 1 => format!("1er {name} {year}"),
        Lang::Es | Lang::Pt => format!("{day} de {name} de {year}"),
        Lang::Ru => format!("{day} {name} {year} г."),
        _ => format!("{day} {name} {year}"),
    }
}

/// A span of days: one date when they are the same, else both joined by
/// CLDR's `intervalFormatFallback`: "{0}\u{2009}–\u{2009}{1}" (thin spaces) in
/// English, French, Spanish and Portuguese, "{0} – {1}" in Arabic, Chinese and
/// Russian ("24 July 2009 – 2 January 2010"). ICU shortens a span within one
/// month ("2–3 April 2024"); this does not: every day is written whole.
pub fn date_span(lang: Lang, first: Date, last: Date) -> String {
    let dash = match lang {
        Lang::En | Lang::Fr | Lang::Es | Lang::Pt => "\u{2009}–\u{2009}",
        Lang::Ar | Lang::Zh | Lang::Ru => " – ",
    };
    if first == last {
        date(lang, first)
    } else {
        format!("{}{dash}{}", date(lang, first), date(lang, last))
    }
}

/// Whether a list says "and" or "or".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// "a, b and c".
    And,
    /// "a, b or c".
    Or,
}

/// CLDR's list patterns, as (between two items, before the last of more,
/// between the others): "a and b", "a, b and c".
fn list_patterns(lang: Lang, kind: ListKind) -> (&'static str, &'static str, &'static str) {
    use ListKind::{And, Or};
    match (lang, kind) {
        (Lang::En, And) => (" and ", " and ", ", "),
        (Lang::En, Or) => (" or ", " or ", ", "),
        (Lang::Fr, And) => (" et ", " et ", ", "),
        (Lang::Fr | Lang::Pt, Or) => (" ou ", " ou ", ", "),
        (Lang::Es, And) => (" y ", " y ", ", "),
        (Lang::Es, Or) => (" o ", " o ", ", "),
        (Lang::Pt, And) => (" e ", " e ", ", "),
        (Lang::Ru, And) => (" и ", " и ", ", "),
        (Lang::Ru, Or) => (" или ", " или ", ", "),
        (Lang::Zh, And) => ("和", "和", "、"),
        (Lang::Zh, Or) => ("或", "或", "、"),
        (Lang::Ar, And) => (" و", " و", " و"),
        (Lang::Ar, Or) => (" أو ", " أو ", " أو "),
    }
}

/// Items joined as `Intl.ListFormat(lang, { type })` joins them (British
/// English: no comma before "and"). A list that ends in "…" is open (more
/// names than are shown): its items are all joined by the middle pattern,
/// "a, b, …", as CLDR has no pattern for it.
pub fn list(lang: Lang, kind: ListKind, items: &[String]) -> String {
    let (two, last, middle) = list_patterns(lang, kind);
    if items.len() > 1 && items.last().is_some_and(|i| i == "…") {
        return items.join(middle);
    }
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a}{two}{b}"),
        [init @ .., end] => format!("{}{last}{end}", init.join(middle)),
    }
}
