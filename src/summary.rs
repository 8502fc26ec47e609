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

use crate::report::{Report, Severity};
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

/// Thousands with commas: the table is English chrome.
fn thousands(n: u64) -> String {
    crate::messages::format_number(crate::Lang::En, i64::try_from(n).unwrap_or(i64::MAX))
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
fn verdict_id(v: crate::report::Verdict) -> &'static str {
    use crate::report::Verdict;
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
fn table_cells(o: &Outcome, folder: &str) -> [String; 7] {
    let status = o.status();
    let short = |n: &str| n.strip_prefix(folder).unwrap_or(n).to_string();
    match o {
        Outcome::NotOpened { name, reason } => {
            [short(name), "-".into(), "-".into(), "-".into(), "-".into(), "NOT OPENED".into(), reason.clone()]
        }
        Outcome::Checked(r) => {
            let words = match (r.words.counted, r.words.limit) {
                (Some(w), Some(l)) => format!("{}/{}", thousands(w), thousands(u64::from(l))),
                (Some(w), None) => thousands(w),
                (None, _) => "-".into(),
            };
            let language = match &r.language.main {
                Some(m) if r.language.reliable => m.clone(),
                Some(m) => format!("{m}?"),
                None => "-".into(),
            };
            let links = if r.error.is_some() { "-".into() } else { r.links.len().to_string() };
            let problems = match &r.error {
                Some(e) => format!("{}: {}", e.code, e.detail),
                None => {
                    let mut parts = Vec::new();
                    let errors = rules(r, Severity::Error);
                    if !errors.is_empty() {
                        parts.push(errors.join(", "));
                    }
                    let warnings = rules(r, Severity::Warning);
                    if !warnings.is_empty() {
                        parts.push(format!("warn: {}", warnings.join(", ")));
                    }
                    parts.join("; ")
                }
            };
            let status = match status {
                Status::Ready if r.verdict == crate::report::Verdict::ReadyWithWarnings => "ready, but",
                Status::Ready => "ready",
                Status::ToFix => "TO FIX",
                Status::Unreadable => "UNREADABLE",
                Status::NotOpened => "NOT OPENED",
            };
            [short(&r.file.name), r.file.format.id().into(), words, language, links, status.into(), problems]
        }
    }
}

/// The summary table: one row per file, columns aligned, then a count line.
/// Numbers right-aligned; "fr?" is a language the checker is not sure of;
/// the folder all files share is named once above the table.
pub fn table(outcomes: &[Outcome]) -> String {
    const HEAD: [&str; 7] = ["FILE", "FORMAT", "WORDS", "LANG", "LINKS", "STATUS", "PROBLEMS"];
    const RIGHT: [bool; 7] = [false, false, true, false, true, false, false];
    let folder = common_folder(outcomes.iter().map(Outcome::name));
    let rows: Vec<[String; 7]> = outcomes.iter().map(|o| table_cells(o, folder)).collect();
    let width = |k: usize| rows.iter().map(|r| r[k].chars().count()).chain([HEAD[k].len()]).max().unwrap_or(0);
    let widths: Vec<usize> = (0..7).map(width).collect();
    let mut out = String::new();
    if !folder.is_empty() {
        let _ = writeln!(out, "In {folder}\n");
    }
    let mut line = |cells: &[&str]| {
        let mut l = String::new();
        for (k, c) in cells.iter().enumerate() {
            let pad = widths[k].saturating_sub(c.chars().count());
            if k == cells.len() - 1 {
                l.push_str(c);
            } else if RIGHT[k] {
                let _ = write!(l, "{}{c}  ", " ".repeat(pad));
            } else {
                let _ = write!(l, "{c}{}  ", " ".repeat(pad));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&HEAD);
    for r in &rows {
        line(&r.iter().map(String::as_str).collect::<Vec<_>>());
    }
    let count = |s: Status| outcomes.iter().filter(|o| o.status() == s).count();
    let _ = writeln!(
        out,
        "\n{} file{}: {} ready{}, {} to fix, {} unreadable{}",
        outcomes.len(),
        if outcomes.len() == 1 { "" } else { "s" },
        count(Status::Ready),
        match outcomes.iter().filter(|o| matches!(o, Outcome::Checked(r) if r.ready && r.verdict == crate::report::Verdict::ReadyWithWarnings)).count() {
            0 => String::new(),
            n => format!(" ({n} of them \"ready, but\": content in them would be published, see warn:)"),
        },
        count(Status::ToFix),
        count(Status::Unreadable),
        match count(Status::NotOpened) {
            0 => String::new(),
            n => format!(", {n} not opened"),
        }
    );
    out
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
        let t = table(&[checked(b"", "received/one.docx"), checked(b"", "received/sub/two.docx")]);
        assert!(t.starts_with("In received/\n\nFILE"), "{t}");
        assert!(t.contains("\nsub/two.docx "), "{t}");
    }

    #[test]
    fn the_table_aligns_its_columns_and_counts() {
        let rows = [
            checked(b"", "a.docx"),
            Outcome::NotOpened { name: "a-much-longer-name.docx".into(), reason: "permission denied".into() },
        ];
        let t = table(&rows);
        let lines: Vec<&str> = t.lines().collect();
        // The widest name is 23 characters, then two spaces.
        assert_eq!(lines[0].find("FORMAT"), Some(25), "{t}");
        assert_eq!(lines[1].find("empty"), lines[0].find("FORMAT"), "{t}");
        assert!(lines[2].contains("NOT OPENED") && lines[2].ends_with("permission denied"), "{t}");
        assert_eq!(lines.last(), Some(&"2 files: 0 ready, 0 to fix, 1 unreadable, 1 not opened"));
    }
}
