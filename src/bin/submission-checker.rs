//! The command line: the same core as the browser, for secretariats and scripts.
//!
//! Exit status: 0 when every file is ready to send, 1 when a finding of
//! severity `error` remains, 2 when a file cannot be read or the arguments are wrong.
//! `profile --from-call`: 0 when every field was found, 1 when some were not
//! (the TOML is printed all the same), 2 when the call cannot be read.

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use submission_checker::clean_copy::{self, CleanCopy};
use submission_checker::summary::{self, Outcome};
use submission_checker::{call_text, check_with, profile, CallProfile, Date, Lang, Options, Report, Severity, Verdict};

#[derive(Parser)]
#[command(
    name = "submission-checker",
    version,
    about = "Check contributions to a UN call for inputs against the call's rules, offline."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files (or every file in a folder) against a call.
    ///
    /// One file: its findings in full. Several: a table, one row per file,
    /// sorted by path (add --details for each file's findings). Files are
    /// checked in parallel.
    Check {
        /// Files or folders to check. A folder stands for the files in it;
        /// hidden files (".name") and Word's lock files ("~$name") are skipped.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// A built-in call id (emler-2023, emler-2024) or a profile TOML file.
        #[arg(long)]
        call: String,
        /// Print one JSON report per file, one per line.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print one CSV row per file, with a header row (columns in docs/cli.md).
        #[arg(long)]
        csv: bool,
        /// With several files: each file's findings after the table. With
        /// one file or several: also the words per section (by heading), the
        /// largest marked, to see where to cut.
        #[arg(long)]
        details: bool,
        /// Also check the files in folders inside the folders given (hidden folders and symbolic links to folders are skipped).
        #[arg(long, short = 'r')]
        recursive: bool,
        /// Files checked at once (default: one per processor core).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// No progress bar, even on a terminal.
        #[arg(long)]
        no_progress: bool,
        /// Today's date as YYYY-MM-DD (default: today in the call's time zone).
        #[arg(long)]
        today: Option<String>,
        /// Language of the messages: ar, en, es, fr, pt, ru or zh (another gives English).
        #[arg(long, default_value = "en")]
        lang: String,
        /// Write an email draft (.eml, with the file attached) for the one file checked.
        #[arg(long, value_name = "OUT.eml")]
        eml: Option<PathBuf>,
        /// With --eml: attach the clean copy ("NAME (clean).docx"; see the clean command) instead of the file.
        #[arg(long, requires = "eml")]
        clean: bool,
        /// The sender's organisation, for the cover note.
        #[arg(long)]
        organisation: Option<String>,
        /// The contact person's name, for the cover note.
        #[arg(long)]
        contact: Option<String>,
    },
    /// Draft a call profile from a call's own text, and list what it does not state.
    ///
    /// Prints a TOML profile whose [sources] quote the line each value came
    /// from; fields the text does not state are comments in the TOML and are
    /// listed on stderr. Nothing is guessed.
    Profile {
        /// The call: plain text, a saved web page (.html), or a Word document; "-" reads standard input.
        #[arg(long = "from-call", value_name = "CALL")]
        from_call: PathBuf,
        /// The profile's id, when the text gives none to derive (or to override it).
        #[arg(long)]
        id: Option<String>,
        /// Print {draft, missing, toml} as JSON instead of the TOML.
        #[arg(long)]
        json: bool,
        /// Language of the reasons and notes: ar, en, es, fr, pt, ru or zh (another gives English).
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Make a clean copy of Word (.docx, .docm) and PDF files: without comments,
    /// tracked changes (accepted), hidden text, macros, review annotations,
    /// scripts, embedded files and the author's name (docs/clean-copy.md).
    ///
    /// Each copy is "NAME (clean).docx" (or .pdf) beside its original, unless -o
    /// says otherwise. The original is never changed, and no existing file is
    /// overwritten. Prints what was removed, kind by kind.
    Clean {
        /// The files to clean.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// One file: the copy's path. Several: the folder for the copies (made if missing).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
        /// Language of the messages: ar, en, es, fr, pt, ru or zh (another gives English).
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Print the rules' documentation (Markdown).
    Rules,
    /// List the built-in call profiles.
    Profiles,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Rules => {
            print!("{}", submission_checker::rules::docs_markdown());
            ExitCode::SUCCESS
        }
        Command::Profiles => {
            for id in profile::builtin_ids() {
                if let Some(p) = profile::builtin(id) {
                    println!("{id}\t{}", p.title);
                }
            }
            ExitCode::SUCCESS
        }
        Command::Check {
            files,
            call,
            json,
            csv,
            details,
            recursive,
            jobs,
            no_progress,
            today,
            lang,
            eml,
            clean,
            organisation,
            contact,
        } => {
            let output = if json {
                Output::Json
            } else if csv {
                Output::Csv
            } else {
                Output::Human { details }
            };
            let batch = Batch {
                call,
                output,
                recursive,
                jobs,
                progress: !no_progress,
                today,
                lang,
                eml,
                clean,
                organisation,
                contact,
            };
            finish(run_check(&files, &batch))
        }
        Command::Clean { files, output, lang } => finish(run_clean(&files, output.as_deref(), &lang)),
        Command::Profile { from_call, id, json, lang } => finish(run_profile(&from_call, id.as_deref(), json, &lang)),
    }
}

fn finish(result: Result<u8, String>) -> ExitCode {
    match result {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("submission-checker: {msg}");
            ExitCode::from(2)
        }
    }
}

/// The language `--lang` names; English, said once on stderr, when it names none we speak.
fn parse_lang(tag: &str) -> Result<Lang, String> {
    Ok(Lang::from_tag(tag).unwrap_or_else(|| {
        let mut p = std::collections::BTreeMap::new();
        p.insert("lang", submission_checker::messages::Param::Text(tag.to_string()));
        p.insert(
            "available",
            submission_checker::messages::Param::List(Lang::ALL.iter().map(|l| l.code().to_string()).collect()),
        );
        eprintln!(
            "submission-checker: {}",
            submission_checker::messages::render(Lang::En, "cli.unknown-language", &p).0
        );
        Lang::En
    }))
}

/// Reads a call and prints the drafted profile (stdout) and what is missing (stderr).
fn run_profile(path: &Path, id: Option<&str>, json: bool, lang: &str) -> Result<u8, String> {
    let lang = parse_lang(lang)?;
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut b)
            .map_err(|e| say(lang, "cli.error.cannot-read-input", &[("error", e.to_string().into())]))?;
        b
    } else {
        std::fs::read(path).map_err(|e| cannot_read(lang, &name, &e))?
    };
    let text = call_text::text_of(&bytes).map_err(|e| format!("{name}: {e}"))?;
    let mut found = call_text::extract_any(&text, lang);
    if let Some(id) = id {
        found.set_id(id);
    }
    if let Err(e) = found.to_profile() {
        // Only a bad --id can make a complete draft invalid; a missing id or title is listed below.
        if id.is_some() && e.detail().contains("`id`") {
            return Err(format!("--id: {}", e.detail()));
        }
    }
    let toml = found.to_toml();
    let mut out = std::io::stdout().lock();
    let written = if json {
        #[derive(serde::Serialize)]
        struct Printed<'a> {
            draft: &'a call_text::CallDraft,
            missing: &'a [call_text::Missing],
            toml: &'a str,
        }
        serde_json::to_string(&Printed { draft: &found.draft, missing: &found.missing, toml: &toml })
            .map_err(|e| e.to_string())
            .and_then(|j| writeln!(out, "{j}").map_err(|e| e.to_string()))
    } else {
        write!(out, "{toml}").map_err(|e| e.to_string())
    };
    written.map_err(|e| say(lang, "cli.error.cannot-print", &[("error", e.into())]))?;
    for m in &found.missing {
        let field = m.field.to_string();
        eprintln!(
            "{}",
            say(lang, "cli.error.not-found", &[("field", field.into()), ("reason", m.reason.clone().into())])
        );
    }
    Ok(if found.missing.is_empty() { 0 } else { 1 })
}

/// A built-in call or a profile file. Why a profile is not valid (a TOML
/// error, a field's rule) stays as the core writes it, in English: it is for
/// whoever wrote the profile, and names TOML fields.
fn load_profile(call: &str, lang: Lang) -> Result<CallProfile, String> {
    if let Some(p) = profile::builtin(call) {
        return Ok(p);
    }
    let path = Path::new(call);
    if !path.exists() {
        let ids: Vec<String> = profile::builtin_ids().map(str::to_string).collect();
        return Err(say(lang, "cli.error.unknown-call", &[("call", call.into()), ("builtin", ids.into())]));
    }
    let text = std::fs::read_to_string(path).map_err(|e| cannot_read(lang, call, &e))?;
    profile::from_toml(&text)
        .map_err(|e| say(lang, "cli.error.bad-profile", &[("name", call.into()), ("error", e.detail().into())]))
}

/// "cannot read NAME: why", in `lang` (the why is the system's own words).
fn cannot_read(lang: Lang, name: &str, e: &impl std::fmt::Display) -> String {
    say(lang, "cli.error.cannot-read", &[("name", name.into()), ("error", e.to_string().into())])
}

/// How `check` prints.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    Human { details: bool },
    Json,
    Csv,
}

/// The options of one `check` run.
struct Batch {
    call: String,
    output: Output,
    recursive: bool,
    jobs: Option<usize>,
    progress: bool,
    today: Option<String>,
    lang: String,
    /// Where to write the email draft (one file only).
    eml: Option<PathBuf>,
    /// Attach the clean copy to the draft instead of the file.
    clean: bool,
    /// The sender, for the cover note.
    organisation: Option<String>,
    contact: Option<String>,
}

/// Whether a folder entry is skipped: hidden files and folders (".git",
/// ".DS_Store") and the lock files Word leaves beside an open document ("~$draft.docx").
fn is_hidden(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.') || n.starts_with("~$"))
}

/// Expands folders into the files they hold (recursively if asked), skipping
/// hidden entries; the result is sorted by path and without repeats, so the
/// output order never depends on the file system or on the threads.
fn expand(paths: &[PathBuf], recursive: bool, lang: Lang) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, recursive, &mut out).map_err(|(dir, e)| {
                say(lang, "cli.error.cannot-list", &[("name", dir.display().to_string().into()), ("error", e.into())])
            })?;
        } else {
            // A file named on the command line is checked even if hidden; one
            // that does not exist is reported as not opened.
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The files in `dir` (and the folders inside when `recursive`), or the folder that could not be listed and why.
fn walk(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) -> Result<(), (PathBuf, String)> {
    let failed = |e: std::io::Error| (dir.to_path_buf(), e.to_string());
    let entries = std::fs::read_dir(dir).map_err(failed)?;
    for entry in entries {
        let entry = entry.map_err(failed)?;
        let path = entry.path();
        if is_hidden(&path) {
            continue;
        }
        // file_type() does not follow symbolic links: a link to a folder is
        // not entered (no loops), a link to a file is checked.
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            if recursive {
                walk(&path, recursive, out)?;
            }
        } else if kind.is_file() || (kind.is_symlink() && path.is_file()) {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads and checks one file. The core does not panic on any input; the
/// guard keeps one bad file from ending a batch if that promise is ever broken.
fn check_one(path: &Path, profile: &CallProfile, today: Date, options: &Options) -> Outcome {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return Outcome::NotOpened { name, reason: e.to_string() },
    };
    match std::panic::catch_unwind(|| check_with(&bytes, &name, profile, Some(today), options)) {
        Ok(report) => Outcome::Checked(Box::new(report)),
        Err(_) => Outcome::NotOpened { name, reason: say(options.lang, "cli.error.internal", &[]) },
    }
}

/// Files before a progress bar is worth drawing.
const PROGRESS_FROM: usize = 5;

fn run_check(files: &[PathBuf], batch: &Batch) -> Result<u8, String> {
    let lang = parse_lang(&batch.lang)?;
    let profile = load_profile(&batch.call, lang)?;
    let today: Date = match &batch.today {
        Some(t) => t.parse().map_err(|_: String| say(lang, "cli.error.today", &[("value", t.as_str().into())]))?,
        None => today_in(&profile.timezone),
    };
    let options = Options {
        lang,
        organisation: batch.organisation.clone(),
        contact: batch.contact.clone(),
        ..Options::default()
    };
    let paths = expand(files, batch.recursive, lang)?;
    if paths.is_empty() {
        let key = if batch.recursive { "cli.error.no-files" } else { "cli.error.no-files-try-recursive" };
        let given: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        return Err(say(lang, key, &[("paths", given.into())]));
    }
    if batch.eml.is_some() && paths.len() != 1 {
        return Err(say(lang, "cli.error.eml-one-file", &[("n", paths.len().into())]));
    }

    let bar = progress_bar(batch, paths.len());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(batch.jobs.unwrap_or(0))
        .build()
        .map_err(|e| format!("--jobs: {e}"))?;
    // `collect` keeps the input order (sorted paths) whatever order the threads finish in.
    let outcomes: Vec<Outcome> = pool.install(|| {
        paths
            .par_iter()
            .map(|p| {
                let o = check_one(p, &profile, today, &options);
                bar.set_message(p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
                bar.inc(1);
                o
            })
            .collect()
    });
    bar.finish_and_clear();

    let mut attached_clean = None;
    if let (Some(out), [Outcome::Checked(report)], [path]) = (&batch.eml, outcomes.as_slice(), paths.as_slice()) {
        let draft = Draft { profile: &profile, today, options: &options };
        attached_clean = draft.write(out, path, report, batch.clean)?;
    }

    let mut out = std::io::stdout().lock();
    let mut written = print_outcomes(&mut out, &outcomes, batch.output, lang);
    if let Some(copy) = &attached_clean {
        let note = say(lang, "cli.clean.attached", &[("copy", copy.name.clone().into())]);
        let lines = removed_lines(copy, lang);
        if matches!(batch.output, Output::Human { .. }) {
            written = written.and_then(|()| writeln!(out, "{note}\n{lines}")).and_then(|()| out.flush());
        } else {
            // JSON lines and CSV on stdout stay machine-readable.
            eprintln!("{note}\n{lines}");
        }
    }
    if let Err(e) = written {
        // A closed pipe (`| head`) is not an error of the checker's.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(say(lang, "cli.error.cannot-print", &[("error", e.to_string().into())]));
        }
    }
    // The table has a row for a file that could not be opened; JSON (whose
    // lines are reports) and a single file's findings do not: say it on stderr.
    let in_table = matches!(batch.output, Output::Human { .. }) && outcomes.len() > 1;
    for o in outcomes.iter().filter(|_| !in_table) {
        if let Outcome::NotOpened { name, reason } = o {
            eprintln!("submission-checker: {}", cannot_read(lang, name, reason));
        }
    }
    Ok(outcomes.iter().map(|o| o.status().exit_code()).max().unwrap_or(0))
}

/// A bar on stderr, only for a person watching a terminal: never when the
/// output is JSON or CSV going to a pipe or a file.
fn progress_bar(batch: &Batch, files: usize) -> ProgressBar {
    let machine = matches!(batch.output, Output::Json | Output::Csv);
    let show_bar = batch.progress
        && files >= PROGRESS_FROM
        && std::io::stderr().is_terminal()
        && (!machine || std::io::stdout().is_terminal());
    let bar = if show_bar {
        ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len}  {elapsed}  {wide_msg}") {
        bar.set_style(style);
    }
    bar
}

/// What `--eml` needs to write a draft.
struct Draft<'a> {
    profile: &'a CallProfile,
    today: Date,
    options: &'a Options,
}

impl Draft<'_> {
    /// Writes the draft for `path` to `out`: the file exactly as it is on disk
    /// attached, or with `clean` its clean copy (returned, to say what went).
    fn write(&self, out: &Path, path: &Path, report: &Report, clean: bool) -> Result<Option<CleanCopy>, String> {
        let lang = self.options.lang;
        let bytes = std::fs::read(path).map_err(|e| cannot_read(lang, &path.display().to_string(), &e))?;
        let (draft, copy) = if clean {
            let copy = clean_one(&bytes, path, self.options.lang)?;
            // The cover note describes the copy, so it is checked as the copy.
            let copy_report = check_with(&copy.bytes, &copy.name, self.profile, Some(self.today), self.options);
            (submission_checker::eml(&copy.bytes, &copy_report, self.profile, self.options, unix_now()), Some(copy))
        } else {
            (submission_checker::eml(&bytes, report, self.profile, self.options, unix_now()), None)
        };
        std::fs::write(out, draft).map_err(|e| {
            say(
                lang,
                "cli.error.cannot-write",
                &[("path", out.display().to_string().into()), ("error", e.to_string().into())],
            )
        })?;
        Ok(copy)
    }
}

fn print_outcomes(out: &mut impl Write, outcomes: &[Outcome], output: Output, lang: Lang) -> std::io::Result<()> {
    match output {
        Output::Json => {
            for o in outcomes {
                if let Outcome::Checked(r) = o {
                    let line = serde_json::to_string(r).map_err(std::io::Error::other)?;
                    writeln!(out, "{line}")?;
                }
            }
        }
        Output::Csv => {
            out.write_all(summary::csv_header().as_bytes())?;
            for o in outcomes {
                out.write_all(summary::csv_row(o).as_bytes())?;
            }
        }
        Output::Human { details } => {
            let single = outcomes.len() == 1;
            if !single {
                out.write_all(summary::table(outcomes, lang).as_bytes())?;
                if !details && outcomes.iter().any(|o| o.status() != summary::Status::Ready) {
                    writeln!(out, "{}", summary::details_hint(lang))?;
                }
            }
            if single || details {
                for o in outcomes {
                    if !single {
                        writeln!(out)?;
                    }
                    if let Outcome::Checked(r) = o {
                        print_human(out, r, lang)?;
                        if details {
                            print_sections(out, r, lang)?;
                        }
                    }
                }
            }
        }
    }
    out.flush()
}

fn print_human(out: &mut impl Write, r: &Report, lang: Lang) -> std::io::Result<()> {
    use submission_checker::messages::Param;
    use submission_checker::messages::{render, text};
    let say = |key: &str, values: &[(&'static str, u64)]| {
        let params = values.iter().map(|(k, v)| (*k, Param::from(*v))).collect();
        render(lang, key, &params).0
    };
    let mut facts = vec![text(lang, &format!("format.{}", r.file.format.id()))];
    if let Some(w) = r.words.counted {
        facts.push(match r.words.limit {
            Some(l) => say("cli.words-limit", &[("counted", w), ("limit", u64::from(l))]),
            None => say("cli.words", &[("counted", w)]),
        });
    }
    // Words in footnotes and endnotes that the call does not count: said, so no one wonders where they went.
    if let Some(n) = r.words.notes.filter(|n| *n > 0 && !r.words.notes_counted) {
        facts.push(say("cli.notes", &[("n", n)]));
    }
    if let Some(p) = r.pages {
        facts.push(say("cli.pages", &[("n", u64::from(p))]));
    }
    if let Some(m) = &r.language.main {
        let name = text(lang, &format!("language.{m}"));
        facts.push(if r.language.reliable { name } else { format!("{name}?") });
    }
    facts.push(say("cli.links", &[("n", r.links.len() as u64)]));
    writeln!(out, "{} — {}", r.file.name, facts.join(&text(lang, "place.separator")))?;
    if r.verdict == Verdict::ReadyWithWarnings {
        writeln!(out, "  {}", text(lang, "cli.ready-with-warnings"))?;
    } else if r.ready {
        writeln!(out, "  {}", text(lang, "cli.ready"))?;
    } else {
        writeln!(out, "  {}", say("cli.not-ready", &[("errors", r.count(Severity::Error) as u64)]))?;
    }
    for f in &r.findings {
        let severity = text(lang, &format!("severity.{}", f.severity.id()));
        writeln!(out, "  {severity:<7} {}: {}", f.rule, f.message)?;
        if let Some(place) = &f.place {
            let mut p = std::collections::BTreeMap::new();
            p.insert("where", Param::Text(place.clone()));
            writeln!(out, "          {}", render(lang, "cli.where", &p).0)?;
        }
        if !f.help.is_empty() {
            writeln!(out, "          → {}", f.help)?;
        }
    }
    writeln!(out)?;
    Ok(())
}

/// Characters of a heading the sections table shows (longer ones end in "…").
const SECTION_HEADING_CHARS: usize = 44;

/// With `--details`: the words per section, their share of the body, the
/// largest marked; when the document has two sections or more.
fn print_sections(out: &mut impl Write, r: &Report, lang: Lang) -> std::io::Result<()> {
    use submission_checker::messages::{text, Param};
    if r.sections.len() < 2 {
        return Ok(());
    }
    let total: u64 = r.sections.iter().map(|s| s.words).sum();
    let largest = submission_checker::sections::largest(&r.sections);
    let number = |n: u64| say(lang, "cli.sections.number", &[("n", Param::from(n))]);
    let rows: Vec<(String, String, String, bool)> = r
        .sections
        .iter()
        .zip(largest)
        .map(|(s, big)| {
            let indent = "  ".repeat(usize::from(s.level.saturating_sub(1)));
            let heading = s.heading.clone().unwrap_or_else(|| text(lang, "cli.sections.before"));
            let percent = (s.words * 100 + total / 2) / total.max(1);
            let share = say(lang, "cli.sections.share", &[("percent", Param::from(percent))]);
            (cut(&format!("{indent}{heading}"), SECTION_HEADING_CHARS), number(s.words), share, big)
        })
        .collect();
    let header =
        [text(lang, "cli.sections.heading"), text(lang, "cli.sections.words"), text(lang, "cli.sections.share-of")];
    let width = |i: usize, col: fn(&(String, String, String, bool)) -> &String| {
        rows.iter()
            .map(|r| summary::display_width(col(r)))
            .chain([summary::display_width(&header[i])])
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2) = (width(0, |r| &r.0), width(1, |r| &r.1), width(2, |r| &r.2));
    // Padded by the columns a text takes on a terminal: a Chinese character takes two.
    let pad = |s: &str, w: usize| " ".repeat(w.saturating_sub(summary::display_width(s)));
    writeln!(out, "  {}", text(lang, "cli.sections"))?;
    let [h0, h1, h2] = &header;
    writeln!(out, "  {h0}{}  {}{h1}  {}{h2}", pad(h0, w0), pad(h1, w1), pad(h2, w2))?;
    let mark = text(lang, "cli.sections.largest");
    for (heading, words, share, big) in &rows {
        let flag = if *big { format!("  ◀ {mark}") } else { String::new() };
        writeln!(out, "  {heading}{}  {}{words}  {}{share}{flag}", pad(heading, w0), pad(words, w1), pad(share, w2))?;
    }
    writeln!(out)
}

/// `text` cut to `max` characters, with "…" when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// A catalogue text in `lang`, filled with `params`.
fn say(lang: Lang, key: &str, params: &[(&'static str, submission_checker::messages::Param)]) -> String {
    submission_checker::messages::render(lang, key, &params.iter().cloned().collect()).0
}

/// The clean copy of one file's bytes, or why there is none, in `lang`.
fn clean_one(bytes: &[u8], path: &Path, lang: Lang) -> Result<CleanCopy, String> {
    let name = path.display().to_string();
    let format = submission_checker::sniff::sniff(bytes).format;
    clean_copy::clean_copy(bytes, &name, &submission_checker::limits::Limits::default()).map_err(|e| {
        let why = why_not_cleaned(&e, format, lang);
        say(lang, "cli.clean.failed", &[("name", name.into()), ("error", why.into())])
    })
}

/// Why there is no clean copy, in `lang`: the message an error carries from
/// the catalogues (the PDF cleaner's refusals), the check's own words for a
/// file that cannot be read (empty, password, damaged, too large), the
/// refusal's words for a Word part that cannot be rewritten safely, else that
/// only Word and PDF files are cleaned. A damaged or too large file keeps the technical
/// detail (in English, as the report's `error.detail`) in brackets.
fn why_not_cleaned(e: &submission_checker::Error, format: submission_checker::sniff::Format, lang: Lang) -> String {
    use submission_checker::error::ErrorKind;
    let detail = || format!("{} ({})", say(lang, &format!("unreadable-file.{}", e.code()), &[]), e.detail());
    if let Some(said) = e.said() {
        let params: Vec<_> = said.params.iter().map(|(k, v)| (*k, v.as_str().into())).collect();
        return say(lang, said.key, &params);
    }
    match e.kind() {
        ErrorKind::Refused(r) => {
            let element = r.element.clone().unwrap_or_default();
            say(
                lang,
                &format!("cli.clean.refused.{}", r.reason),
                &[("part", r.part.clone().into()), ("element", element.into())],
            )
        }
        ErrorKind::PasswordProtected => say(lang, "password-protected", &[]),
        _ if format == submission_checker::sniff::Format::Empty => say(lang, "unreadable-file.empty", &[]),
        ErrorKind::Unsupported(_) => {
            let key = format!("format.{}", format.id());
            say(lang, "cli.clean.not-cleanable", &[("format", key.into())])
        }
        _ => detail(),
    }
}

/// What a copy no longer holds, one indented line per kind.
fn removed_lines(copy: &CleanCopy, lang: Lang) -> String {
    if copy.removed.is_empty() {
        return format!("  {}", say(lang, "cli.clean.nothing", &[]));
    }
    let lines: Vec<String> = copy
        .removed
        .iter()
        .map(|r| format!("  {}", say(lang, &format!("cli.clean.{}", r.kind), &[("n", r.count.into())])))
        .collect();
    lines.join("\n")
}

/// Where the copy of `original` goes: `-o` itself for one file, inside `-o`
/// for several, else beside the original.
fn clean_target(original: &Path, copy_name: &str, output: Option<&Path>, several: bool) -> PathBuf {
    match output {
        Some(out) if !several => out.to_path_buf(),
        Some(folder) => folder.join(copy_name),
        None => original.with_file_name(copy_name),
    }
}

/// `clean FILE... [-o OUT]`: 0 when every copy was written, 2 when a file
/// could not be read or cleaned or its copy not written (the others are
/// still cleaned).
fn run_clean(files: &[PathBuf], output: Option<&Path>, lang: &str) -> Result<u8, String> {
    let lang = parse_lang(lang)?;
    let several = files.len() > 1;
    if let (Some(folder), true) = (output, several) {
        if folder.exists() && !folder.is_dir() {
            return Err(say(lang, "cli.clean.not-folder", &[("path", folder.display().to_string().into())]));
        }
        std::fs::create_dir_all(folder).map_err(|e| {
            say(
                lang,
                "cli.clean.cannot-write",
                &[("path", folder.display().to_string().into()), ("error", e.to_string().into())],
            )
        })?;
    }
    let mut status = 0;
    let mut out = std::io::stdout().lock();
    for path in files {
        let name = path.display().to_string();
        let result = std::fs::read(path)
            .map_err(|e| {
                say(lang, "cli.clean.cannot-read", &[("name", name.clone().into()), ("error", e.to_string().into())])
            })
            .and_then(|bytes| clean_one(&bytes, path, lang))
            .and_then(|copy| {
                let target = clean_target(path, &copy.name, output, several);
                write_new(path, &target, &copy.bytes, lang).map(|()| (copy, target))
            });
        match result {
            Ok((copy, target)) => {
                let head = say(
                    lang,
                    "cli.clean.written",
                    &[("original", name.into()), ("copy", target.display().to_string().into())],
                );
                let _ = writeln!(out, "{head}\n{}", removed_lines(&copy, lang));
            }
            Err(msg) => {
                let _ = out.flush();
                eprintln!("submission-checker: {msg}");
                status = 2;
            }
        }
    }
    let _ = out.flush();
    Ok(status)
}

/// Writes `bytes` to `target`, a file that must not exist yet (`create_new`:
/// nothing is ever overwritten, whatever else appears meanwhile) and is not the original.
fn write_new(original: &Path, target: &Path, bytes: &[u8], lang: Lang) -> Result<(), String> {
    let shown = || target.display().to_string();
    let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y);
    if same(original, target) {
        return Err(say(lang, "cli.clean.is-original", &[("path", shown().into())]));
    }
    let mut file = match std::fs::OpenOptions::new().write(true).create_new(true).open(target) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(say(lang, "cli.clean.exists", &[("path", shown().into())]))
        }
        Err(e) => {
            return Err(say(
                lang,
                "cli.clean.cannot-write",
                &[("path", shown().into()), ("error", e.to_string().into())],
            ))
        }
    };
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(|e| {
        // A partial copy is not left behind.
        let _ = std::fs::remove_file(target);
        say(lang, "cli.clean.cannot-write", &[("path", shown().into()), ("error", e.to_string().into())])
    })
}

/// Seconds since 1970 (UTC), for the draft's `Date:` header.
fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(0))
        .unwrap_or(0)
}

/// Today's date in `zone` (see [`submission_checker::date::today_in`] for the zones it knows).
fn today_in(zone: &str) -> Date {
    submission_checker::date::today_in(zone, unix_now())
}
