//! Many reports at once, for the secretariat that received them: one row per
//! file, as a plain-text table or as CSV.
//!
//! Like ripgrep's Summary printer beside its Standard and JSON ones: the
//! reports are the same, only the printing differs. Nothing here reads files;
//! a file the caller could not open is an [`Outcome::NotOpened`] row.
//!
//! ## CSV columns
//!
//! RFC 4180: a header row, fields separated by commas, quoted with `"` when
//! they hold a comma, a quote or a line break (quotes doubled), lines ended
//! by CRLF. The columns, in this order (stable; new ones are added at the end):
//!
//! | column | meaning |
//! |---|---|
//! | `file` | the path as given |
//! | `status` | `ready`, `to-fix` (an `error` finding remains), `unreadable` (the checker could not read the document), `not-opened` (the file could not be opened) |
//! | `format` | `file.format` (`docx`, `pdf`...) |
//! | `bytes` | size |
//! | `pages` | pages (PDF), else empty |
//! | `words_body`, `words_notes`, `words_counted` | as in the report; empty when unreadable |
//! | `word_limit` | the call's limit, else empty |
//! | `language`, `language_reliable` | main language (ISO 639-1) and whether it can be stated as fact |
//! | `links` | number of links |
//! | `errors`, `warnings`, `infos` | number of findings of each severity |
//! | `error_rules`, `warning_rules` | rule ids with such findings, space-separated |
//! | `read_error` | why the file could not be read or opened (`code: detail`) |
//! | `title` | the document's title |
//! | `verdict` | `ready`, `ready-with-warnings` (ready, but content in it would be published by accident: comments, tracked changes, hidden text...), `not-ready`; empty when the file could not be opened |
//!
//! Text from the files themselves (`file`, `title`, `read_error`) that begins
//! with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so
//! a spreadsheet opening the CSV shows it instead of running it as a formula.

use crate::messages::Param;
use crate::report::{Report, Severity, Verdict};
use crate::Lang;
use std::fmt::Write;

/// What became of one file of a batch.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The file was checked (it may still be unreadable as a document: see `Report::error`).
    Checked(Box<Report>),
    /// The file could not be opened at all (permissions, vanished...).
    NotOpened {
        /// The path as given.
        name: String,
        /// Why, for a person.
        reason: String,
    },
}

/// Where a file stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// No `error` finding: it can be accepted as is.
    Ready,
    /// An `error` finding remains.
    ToFix,
    /// The document could not be read (password, damage, unsupported format).
    Unreadable,
    /// The file could not be opened.
    NotOpened,
}

impl Status {
    /// `ready`, `to-fix`, `unreadable`, `not-opened`.
    pub fn id(self) -> &'static str {
        match self {
            Status::Ready => "ready",
            Status::ToFix => "to-fix",
            Status::Unreadable => "unreadable",
            Status::NotOpened => "not-opened",
        }
    }

    /// The exit status it calls for: 0 ready, 1 to fix, 2 cannot be read.
    pub fn exit_code(self) -> u8 {
        match self {
            Status::Ready => 0,
            Status::ToFix => 1,
            Status::Unreadable | Status::NotOpened => 2,
        }
    }
}

impl Outcome {
    /// The file's name as given.
    pub fn name(&self) -> &str {
        match self {
            Outcome::Checked(r) => &r.file.name,
            Outcome::NotOpened { name, .. } => name,
        }
    }

    /// Where the file stands.
    pub fn status(&self) -> Status {
        match self {
            Outcome::NotOpened { .. } => Status::NotOpened,
            Outcome::Checked(r) if r.error.is_some() => Status::Unreadable,
            Outcome::Checked(r) if r.ready => Status::Ready,
            Outcome::Checked(_) => Status::ToFix,
        }
    }
}

/// The distinct rules with findings of `severity`, in the report's order.
fn rules(r: &Report, severity: Severity) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in r.findings.iter().filter(|f| f.severity == severity) {
        if !out.contains(&f.rule) {
            out.push(f.rule);
        }
    }
    out
}

/// A count as `lang` writes it (2,500; 2 500; 2500).
fn number(lang: Lang, n: u64) -> String {
    crate::messages::format_number(lang, i64::try_from(n).unwrap_or(i64::MAX))
}

/// The catalogue's `cli.table.*` text `key` in `lang`, filled with `params`.
fn say(lang: Lang, key: &str, params: &[(&'static str, Param)]) -> String {
    crate::messages::render(lang, &format!("cli.table.{key}"), &params.iter().cloned().collect()).0
}

/// The columns a text takes in a terminal: two for a wide (East Asian)
/// character, none for a combining mark or a direction mark, one otherwise.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x200B..=0x200F | 0x2066..=0x2069 => 0,
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// The CSV header row (with its CRLF).
pub fn csv_header() -> &'static str {
    "file,status,format,bytes,pages,words_body,words_notes,words_counted,word_limit,language,language_reliable,links,errors,warnings,infos,error_rules,warning_rules,read_error,title,verdict\r\n"
}

/// One CSV row (with its CRLF).
pub fn csv_row(o: &Outcome) -> String {
    let opt = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
    let fields: Vec<String> = match o {
        Outcome::NotOpened { name, reason } => {
            let mut f = vec![String::new(); 20];
            f[0] = cell(&unformula(name));
            f[1] = Status::NotOpened.id().into();
            f[17] = cell(&unformula(reason));
            f
        }
        Outcome::Checked(r) => vec![
            cell(&unformula(&r.file.name)),
            o.status().id().into(),
            r.file.format.id().into(),
            r.file.bytes.to_string(),
            opt(r.pages.map(u64::from)),
            opt(r.words.body),
            opt(r.words.notes),
            opt(r.words.counted),
            opt(r.words.limit.map(u64::from)),
            r.language.main.clone().unwrap_or_default(),
            r.language.main.as_ref().map(|_| r.language.reliable.to_string()).unwrap_or_default(),
            r.links.len().to_string(),
            r.count(Severity::Error).to_string(),
            r.count(Severity::Warning).to_string(),
            r.count(Severity::Info).to_string(),
            rules(r, Severity::Error).join(" "),
            rules(r, Severity::Warning).join(" "),
            cell(&unformula(&r.error.as_ref().map(|e| format!("{}: {}", e.code, e.detail)).unwrap_or_default())),
            cell(&unformula(r.title.as_deref().unwrap_or(""))),
            verdict_id(r.verdict).into(),
        ],
    };
    let mut line = fields.join(",");
    line.push_str("\r\n");
    line
}

/// The verdict's JSON name (`ready-with-warnings`).
fn verdict_id(v: Verdict) -> &'static str {
    match v {
        Verdict::Ready => "ready",
        Verdict::ReadyWithWarnings => "ready-with-warnings",
        Verdict::NotReady => "not-ready",
    }
}

/// RFC 4180 quoting: a field with a comma, a quote or a line break is quoted, quotes doubled.
fn cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A leading `'` on text a spreadsheet would take for a formula (OWASP's advice for CSV).
fn unformula(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The folder all names share ("../received/"), to print once above the table.
fn common_folder<'a>(names: impl Iterator<Item = &'a str>) -> &'a str {
    let mut common: Option<&str> = None;
    for n in names {
        let folder = n.rfind(['/', '\\']).map_or("", |i| &n[..=i]);
        common = Some(match common {
            None => folder,
            Some(c) => {
                // The longest shared prefix that ends at a separator.
                let shared = c
                    .char_indices()
                    .zip(folder.chars())
                    .take_while(|((_, a), b)| a == b)
                    .last()
                    .map_or(0, |((i, a), _)| i + a.len_utf8());
                c[..shared].rfind(['/', '\\']).map_or("", |i| &c[..=i])
            }
        });
    }
    common.unwrap_or("")
}

/// One row of the table, as text cells; names without the shared `folder`.
fn table_cells(o: &Outcome, folder: &str, lang: Lang) -> [String; 7] {
    let short = |n: &str| n.strip_prefix(folder).unwrap_or(n).to_string();
    let status = say(lang, status_key(o), &[]);
    match o {
        Outcome::NotOpened { name, reason } => {
            [short(name), "-".into(), "-".into(), "-".into(), "-".into(), status, reason.clone()]
        }
        Outcome::Checked(r) => {
            let words = match (r.words.counted, r.words.limit) {
                (Some(w), Some(l)) => format!("{}/{}", number(lang, w), number(lang, u64::from(l))),
                (Some(w), None) => number(lang, w),
                (None, _) => "-".into(),
            };
            let language = match &r.language.main {
                Some(m) if r.language.reliable => m.clone(),
                Some(m) => format!("{m}?"),
                None => "-".into(),
            };
            let links = if r.error.is_some() { "-".into() } else { number(lang, r.links.len() as u64) };
            [short(&r.file.name), r.file.format.id().into(), words, language, links, status, problems(r, lang)]
        }
    }
}

/// The `cli.table.*` key of a file's status: `ready-but` is ready with
/// content that would be published by accident.
fn status_key(o: &Outcome) -> &'static str {
    match (o.status(), o) {
        (Status::Ready, Outcome::Checked(r)) if r.verdict == Verdict::ReadyWithWarnings => "ready-but",
        (Status::Ready, _) => "ready",
        (Status::ToFix, _) => "to-fix",
        (Status::Unreadable, _) => "unreadable",
        (Status::NotOpened, _) => "not-opened",
    }
}

/// The PROBLEMS cell: why the file cannot be read (the `unreadable-file`
/// finding's message, in the report's language; the CSV keeps `code: detail`),
/// or the rules with errors, then those with warnings (rule ids, as `rules`
/// and the CSV name them).
fn problems(r: &Report, lang: Lang) -> String {
    if let Some(e) = &r.error {
        let said = r.findings.iter().find(|f| f.rule == "unreadable-file");
        return said.map_or_else(|| format!("{}: {}", e.code, e.detail), |f| f.message.clone());
    }
    let mut parts = Vec::new();
    let errors = rules(r, Severity::Error);
    if !errors.is_empty() {
        parts.push(errors.join(", "));
    }
    let warnings = rules(r, Severity::Warning);
    if !warnings.is_empty() {
        parts.push(say(lang, "warnings", &[("rules", warnings.join(", ").into())]));
    }
    parts.join("; ")
}

/// The line under the table: how many files, and how many stand where.
fn count_line(outcomes: &[Outcome], lang: Lang) -> String {
    let count = |s: Status| outcomes.iter().filter(|o| o.status() == s).count();
    let but = outcomes.iter().filter(|o| status_key(o) == "ready-but").count();
    let mut counts = vec![match but {
        0 => say(lang, "count-ready", &[("n", count(Status::Ready).into())]),
        _ => say(lang, "count-ready-but", &[("n", count(Status::Ready).into()), ("but", but.into())]),
    }];
    counts.push(say(lang, "count-to-fix", &[("n", count(Status::ToFix).into())]));
    counts.push(say(lang, "count-unreadable", &[("n", count(Status::Unreadable).into())]));
    if count(Status::NotOpened) > 0 {
        counts.push(say(lang, "count-not-opened", &[("n", count(Status::NotOpened).into())]));
    }
    let counts = counts.join(&say(lang, "separator", &[]));
    say(lang, "files", &[("files", outcomes.len().into()), ("counts", counts.into())])
}

/// The table's column titles, from the catalogue.
const HEAD: [&str; 7] = ["file", "format", "words", "language", "links", "status", "problems"];

/// The summary table in `lang`: one row per file, columns aligned, then a
/// count line. Numbers right-aligned; "fr?" is a language the checker is not
/// sure of; the folder all files share is named once above the table. Rule
/// ids, format ids and language codes stay as they are (the CSV's values).
pub fn table(outcomes: &[Outcome], lang: Lang) -> String {
    const RIGHT: [bool; 7] = [false, false, true, false, true, false, false];
    let head: Vec<String> = HEAD.iter().map(|k| say(lang, k, &[])).collect();
    let folder = common_folder(outcomes.iter().map(Outcome::name));
    let rows: Vec<[String; 7]> = outcomes.iter().map(|o| table_cells(o, folder, lang)).collect();
    let width =
        |k: usize| rows.iter().map(|r| display_width(&r[k])).chain([display_width(&head[k])]).max().unwrap_or(0);
    let widths: Vec<usize> = (0..7).map(width).collect();
    let mut out = String::new();
    if !folder.is_empty() {
        let _ = writeln!(out, "{}\n", say(lang, "folder", &[("folder", folder.into())]));
    }
    let mut line = |cells: &[&str]| {
        let mut l = String::new();
        for (k, c) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[k].saturating_sub(display_width(c)));
            if k == cells.len() - 1 {
                l.push_str(c);
            } else if RIGHT[k] {
                let _ = write!(l, "{pad}{c}  ");
            } else {
                let _ = write!(l, "{c}{pad}  ");
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&head.iter().map(String::as_str).collect::<Vec<_>>());
    for r in &rows {
        line(&r.iter().map(String::as_str).collect::<Vec<_>>());
    }
    let _ = writeln!(out, "\n{}", count_line(outcomes, lang));
    out
}

/// The hint under a table with files to look at: `--details` shows their findings.
pub fn details_hint(lang: Lang) -> String {
    say(lang, "details", &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check, profile};

    fn checked(bytes: &[u8], name: &str) -> Outcome {
        let call = profile::builtin("emler-2024").unwrap();
        Outcome::Checked(Box::new(check(bytes, name, &call, "2024-05-10".parse().unwrap())))
    }

    #[test]
    fn csv_quotes_as_rfc_4180_says() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn formulas_in_file_text_are_defused() {
        assert_eq!(unformula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(unformula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(unformula("report.docx"), "report.docx");
    }

    #[test]
    fn every_row_has_the_header_s_columns() {
        let columns = csv_header().trim_end().split(',').count();
        assert_eq!(columns, 20);
        let rows = [
            checked(b"", "empty, \"odd\".docx"),
            checked(b"plain text, not a Word file", "notes.txt"),
            Outcome::NotOpened { name: "gone.docx".into(), reason: "No such file".into() },
        ];
        for o in &rows {
            let row = csv_row(o);
            assert!(row.ends_with("\r\n"));
            // Count the fields the way a CSV reader does: commas outside quotes.
            let (mut fields, mut quoted) = (1, false);
            for c in row.trim_end().chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => fields += 1,
                    _ => {}
                }
            }
            assert_eq!(fields, columns, "{row}");
        }
        assert!(
            csv_row(&rows[0]).starts_with("\"empty, \"\"odd\"\".docx\",unreadable,empty,0,"),
            "{}",
            csv_row(&rows[0])
        );
        assert!(csv_row(&rows[2]).starts_with("gone.docx,not-opened,"));
    }

    #[test]
    fn statuses_and_exit_codes() {
        assert_eq!(checked(b"", "empty.docx").status(), Status::Unreadable);
        assert_eq!(Status::Unreadable.exit_code(), 2);
        assert_eq!(Status::ToFix.exit_code(), 1);
        assert_eq!(Status::Ready.exit_code(), 0);
    }

    #[test]
    fn the_shared_folder_is_named_once() {
        assert_eq!(common_folder(["in/a/x.docx", "in/a/y.docx", "in/ab/z.docx"].into_iter()), "in/");
        assert_eq!(common_folder(["in/a/x.docx", "in/a/y.docx"].into_iter()), "in/a/");
        assert_eq!(common_folder(["x.docx", "in/y.docx"].into_iter()), "");
        let t = table(&[checked(b"", "received/one.docx"), checked(b"", "received/sub/two.docx")], Lang::En);
        assert!(t.starts_with("In received/\n\nFILE"), "{t}");
        assert!(t.contains("\nsub/two.docx "), "{t}");
    }

    #[test]
    fn the_table_aligns_its_columns_and_counts() {
        let rows = [
            checked(b"", "a.docx"),
            Outcome::NotOpened { name: "a-much-longer-name.docx".into(), reason: "permission denied".into() },
        ];
        let t = table(&rows, Lang::En);
        let lines: Vec<&str> = t.lines().collect();
        // The widest name is 23 characters, then two spaces.
        assert_eq!(lines[0].find("FORMAT"), Some(25), "{t}");
        assert_eq!(lines[1].find("empty"), lines[0].find("FORMAT"), "{t}");
        assert!(lines[2].contains("NOT OPENED") && lines[2].ends_with("permission denied"), "{t}");
        assert_eq!(lines.last(), Some(&"2 files: 0 ready, 0 to fix, 1 unreadable, 1 not opened"));
    }

    /// Terminal columns: two for a character Unicode's East Asian Width calls
    /// wide or full (the expected widths are Python's
    /// `unicodedata.east_asian_width`), none for isolation marks; so a
    /// Chinese table lines up.
    #[test]
    fn chinese_takes_two_columns_a_character() {
        assert_eq!(display_width("FILE"), 4);
        assert_eq!(display_width("文件"), 4);
        assert_eq!(display_width("可以发送，但"), 12);
        assert_eq!(display_width("\u{2068}a.docx\u{2069}"), 6);
        let t = table(&[checked(b"", "a.docx"), checked(b"", "a-much-longer-name.docx")], Lang::Zh);
        let lines: Vec<&str> = t.lines().collect();
        let column = |line: &str, text: &str| line.find(text).map(|i| display_width(&line[..i]));
        // The widest name is 23 columns, then two spaces: the second column starts at 25 on every line.
        assert_eq!(column(lines[0], "格式"), Some(25), "{t}");
        assert_eq!(column(lines[1], "empty"), Some(25), "{t}");
    }
}
