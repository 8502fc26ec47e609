//! The command line: the same core as the browser, for secretariats and scripts.
//!
//! Exit status: 0 when every file is ready to send, 1 when a finding of
//! severity `error` remains, 2 when a file cannot be read or the arguments are wrong.

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use submission_checker::{check_with, profile, CallProfile, Date, Lang, Options, Report, Severity};

#[derive(Parser)]
#[command(name = "submission-checker", version, about = "Check contributions to a UN call for inputs against the call's rules, offline.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files (or every file in a folder) against a call.
    Check {
        /// Files or folders to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// A built-in call id (emler-2023, emler-2024) or a profile TOML file.
        #[arg(long)]
        call: String,
        /// Print one JSON report per file, one per line.
        #[arg(long)]
        json: bool,
        /// Today's date as YYYY-MM-DD (default: today in the call's time zone).
        #[arg(long)]
        today: Option<String>,
        /// Language of the messages: en, fr, es, pt.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Write an email draft (.eml, with the file attached) for the one file checked.
        #[arg(long, value_name = "OUT.eml")]
        eml: Option<PathBuf>,
        /// The sender's organisation, for the cover note.
        #[arg(long)]
        organisation: Option<String>,
        /// The contact person's name, for the cover note.
        #[arg(long)]
        contact: Option<String>,
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
        Command::Check { files, call, json, today, lang, eml, organisation, contact } => match run_check(&files, &call, json, today.as_deref(), &lang, eml.as_deref(), Sender { organisation, contact }) {
            Ok(code) => ExitCode::from(code),
            Err(msg) => {
                eprintln!("submission-checker: {msg}");
                ExitCode::from(2)
            }
        },
    }
}

fn load_profile(call: &str) -> Result<CallProfile, String> {
    if let Some(p) = profile::builtin(call) {
        return Ok(p);
    }
    let path = Path::new(call);
    if !path.exists() {
        let ids: Vec<&str> = profile::builtin_ids().collect();
        return Err(format!("'{call}' is neither a built-in call ({}) nor a profile file", ids.join(", ")));
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {call}: {e}"))?;
    profile::from_toml(&text).map_err(|e| format!("{call}: {}", e.detail()))
}

/// Expands folders into the files they hold (not recursively, sorted by name).
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("cannot list {}: {e}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            entries.sort();
            out.extend(entries);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Who sends, for the cover note.
struct Sender {
    organisation: Option<String>,
    contact: Option<String>,
}

fn run_check(files: &[PathBuf], call: &str, json: bool, today: Option<&str>, lang: &str, eml: Option<&Path>, sender: Sender) -> Result<u8, String> {
    let profile = load_profile(call)?;
    let lang = Lang::from_tag(lang).ok_or_else(|| format!("unknown language '{lang}': use en, fr, es or pt"))?;
    let today: Date = match today {
        Some(t) => t.parse().map_err(|e: String| format!("--today: {e}"))?,
        None => today_in(&profile.timezone),
    };
    let options = Options { lang, organisation: sender.organisation, contact: sender.contact, ..Options::default() };
    let files = expand(files)?;
    if eml.is_some() && files.len() != 1 {
        return Err(format!("--eml writes the draft for one file; {} files were given", files.len()));
    }
    let mut worst = 0u8;
    for path in files {
        let name = path.display().to_string();
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("submission-checker: cannot read {name}: {e}");
                worst = 2;
                continue;
            }
        };
        // The core does not panic on any input; this guard keeps one bad file
        // from ending a batch if that promise is ever broken.
        let report = match std::panic::catch_unwind(|| check_with(&bytes, &name, &profile, Some(today), &options)) {
            Ok(r) => r,
            Err(_) => {
                eprintln!("submission-checker: internal error while checking {name}; please report it");
                worst = 2;
                continue;
            }
        };
        let code = if report.error.is_some() {
            2
        } else if !report.ready {
            1
        } else {
            0
        };
        worst = worst.max(code);
        if let Some(out) = eml {
            let draft = submission_checker::eml(&bytes, &report, &profile, &options, unix_now());
            std::fs::write(out, draft).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        }
        if json {
            match serde_json::to_string(&report) {
                Ok(line) => println!("{line}"),
                Err(e) => return Err(format!("cannot write JSON: {e}")),
            }
        } else {
            print_human(&report, lang);
        }
    }
    Ok(worst)
}

fn print_human(r: &Report, lang: Lang) {
    use submission_checker::messages::{describe_location, render, text};
    use submission_checker::report::Param;
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
    if let Some(p) = r.pages {
        facts.push(say("cli.pages", &[("n", u64::from(p))]));
    }
    if let Some(m) = &r.language.main {
        let name = text(lang, &format!("language.{m}"));
        facts.push(if r.language.reliable { name } else { format!("{name}?") });
    }
    facts.push(say("cli.links", &[("n", r.links.len() as u64)]));
    println!("{} — {}", r.file.name, facts.join(", "));
    if r.ready {
        println!("  {}", text(lang, "cli.ready"));
    } else {
        println!("  {}", say("cli.not-ready", &[("errors", r.count(Severity::Error) as u64)]));
    }
    for f in &r.findings {
        println!("  {:<7} {}: {}", f.severity.id(), f.rule, f.message);
        if let Some(loc) = f.location.as_ref().map(|l| describe_location(lang, l)).filter(|l| !l.is_empty()) {
            let mut p = std::collections::BTreeMap::new();
            p.insert("where", Param::Text(loc));
            println!("          {}", render(lang, "cli.where", &p).0);
        }
        if !f.help.is_empty() {
            println!("          → {}", f.help);
        }
    }
    println!();
}

/// Seconds since 1970 (UTC), for the draft's `Date:` header.
fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| i64::try_from(d.as_secs()).unwrap_or(0)).unwrap_or(0)
}

/// Today's date in `zone` (see [`submission_checker::date::today_in`] for the zones it knows).
fn today_in(zone: &str) -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    submission_checker::date::today_in(zone, secs)
}
