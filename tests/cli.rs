//! The command line as a secretariat uses it: a folder of received files,
//! checked at once, printed as a table, JSON lines or CSV; and a call's text
//! turned into a profile. The files are made here, so each test shows what
//! the folder holds.

mod common;

use common::Folder;

use docx_rs::{Docx, Hyperlink, HyperlinkType, Paragraph, Run};
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_submission-checker");

/// A Word document of `words` words: "word word … word" and a link whose text is "source".
fn docx(words: usize) -> Vec<u8> {
    let text = vec!["word"; words - 1].join(" ");
    let p = Paragraph::new().add_run(Run::new().add_text(text)).add_hyperlink(
        Hyperlink::new("https://www.example.org/", HyperlinkType::External).add_run(Run::new().add_text(" source")),
    );
    let mut out = std::io::Cursor::new(Vec::new());
    Docx::new().add_paragraph(p).build().pack(&mut out).unwrap();
    out.into_inner()
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The received folder: two contributions, one over the 2,500-word limit of
/// emler-2024, an empty file, Word's lock file and a hidden file (both
/// skipped), and a subfolder.
fn received() -> Folder {
    let f = Folder::new(&format!("received-{}", std::thread::current().name().unwrap_or("t").replace(':', "-")));
    f.write("b-short.docx", &docx(120));
    f.write("a-long.docx", &docx(2600));
    f.write("c-empty.docx", b"");
    f.write("~$short.docx", b"lock");
    f.write(".DS_Store", b"junk");
    f.write("late/d-late.docx", &docx(50));
    f
}

const CALL: [&str; 4] = ["--call", "emler-2024", "--today", "2024-05-10"];

#[test]
fn a_folder_gives_a_table_sorted_by_path_without_hidden_files() {
    let f = received();
    let o = run(&[&["check", path(&f.0)][..], &CALL].concat());
    let out = stdout(&o);
    let rows: Vec<&str> = out.lines().filter(|l| l.contains(".docx")).collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert!(
        rows[0].starts_with("a-long.docx")
            && rows[0].contains("2,600/2,500")
            && rows[0].contains("TO FIX")
            && rows[0].contains("word-limit"),
        "{out}"
    );
    assert!(rows[1].starts_with("b-short.docx") && rows[1].contains("120/2,500") && rows[1].contains("ready"), "{out}");
    assert!(rows[2].starts_with("c-empty.docx") && rows[2].contains("UNREADABLE"), "{out}");
    assert!(out.contains("3 files: 1 ready, 1 to fix, 1 unreadable"), "{out}");
    // An unreadable file makes the status 2.
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn recursive_enters_subfolders() {
    let f = received();
    let o = run(&[&["check", path(&f.0), "--recursive", "--json"][..], &CALL].concat());
    let names: Vec<String> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["file"]["name"].as_str().unwrap().to_string())
        .map(|n| n.rsplit(['/', '\\']).next().unwrap().to_string())
        .collect();
    assert_eq!(names, ["a-long.docx", "b-short.docx", "c-empty.docx", "d-late.docx"]);
}

#[test]
fn csv_has_a_header_and_one_row_per_file() {
    let f = received();
    let o = run(&[&["check", path(&f.0), "--csv"][..], &CALL].concat());
    let out = stdout(&o);
    let lines: Vec<&str> = out.split_terminator("\r\n").collect();
    assert_eq!(lines[0].split(',').take(3).collect::<Vec<_>>(), ["file", "status", "format"]);
    assert_eq!(lines.len(), 4, "{out:?}");
    let cols = |l: &str| l.split(',').map(str::to_string).collect::<Vec<_>>();
    let header = cols(lines[0]);
    let long = cols(lines[1]);
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert!(long[at("file")].ends_with("a-long.docx"));
    assert_eq!(long[at("status")], "to-fix");
    assert_eq!(long[at("words_counted")], "2600");
    assert_eq!(long[at("word_limit")], "2500");
    assert_eq!(long[at("links")], "1");
    assert_eq!(long[at("error_rules")], "word-limit");
    assert_eq!(cols(lines[3])[at("status")], "unreadable");
}

#[test]
fn exit_status_follows_the_worst_file() {
    let f = Folder::new("cli-exit");
    let short = f.write("short.docx", &docx(100));
    let long = f.write("long.docx", &docx(2600));
    assert_eq!(run(&[&["check", path(&short)][..], &CALL].concat()).status.code(), Some(0));
    assert_eq!(run(&[&["check", path(&short), path(&long)][..], &CALL].concat()).status.code(), Some(1));
    let missing = f.0.join("never-sent.docx");
    let o = run(&[&["check", path(&short), path(&missing)][..], &CALL].concat());
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("NOT OPENED"), "{}", stdout(&o));
    assert_eq!(run(&["check", path(&short), "--call", "no-such-call"]).status.code(), Some(2));
    let empty = Folder::new("cli-empty");
    let o = run(&[&["check", path(&empty.0)][..], &CALL].concat());
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no files to check"));
}

#[test]
fn one_file_prints_its_findings_and_details_adds_them_to_the_table() {
    let f = received();
    let one = run(&[&["check", path(&f.0.join("a-long.docx"))][..], &CALL].concat());
    assert!(stdout(&one).contains("word-limit:") && !stdout(&one).contains("FILE "), "{}", stdout(&one));
    let all = run(&[&["check", path(&f.0), "--details"][..], &CALL].concat());
    assert!(stdout(&all).contains("FILE ") && stdout(&all).contains("word-limit:"), "{}", stdout(&all));
}

#[test]
fn the_same_output_with_one_thread_or_many() {
    let f = received();
    let one = run(&[&["check", path(&f.0), "-r", "--json", "--jobs", "1"][..], &CALL].concat());
    let many = run(&[&["check", path(&f.0), "-r", "--json", "--jobs", "4"][..], &CALL].concat());
    assert_eq!(stdout(&one), stdout(&many));
}

#[test]
fn profile_from_a_call_text_prints_toml_and_lists_what_is_missing() {
    let f = Folder::new("cli-call");
    let call = f.write(
        "call.txt",
        "Call for inputs: The right to health and climate change\n\nContributions should be sent in Word format to sr-health@un.org by 15 March 2025.\n"
            .as_bytes(),
    );
    let o = run(&["profile", "--from-call", path(&call)]);
    let toml = stdout(&o);
    let p = submission_checker::profile::from_toml(&toml).unwrap_or_else(|e| panic!("{e}\n{toml}"));
    assert_eq!(p.email.as_deref(), Some("sr-health@un.org"));
    assert_eq!(p.deadline.map(|d| d.to_string()).as_deref(), Some("2025-03-15"));
    assert_eq!(p.id, "sr-health-2025", "the address's local part and the deadline's year");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("not found: subject") && stderr.contains("not found: word_limit"), "{stderr}");
    assert_eq!(o.status.code(), Some(1), "some fields were not found");
}

#[test]
fn profile_id_can_be_given_and_bad_input_is_status_2() {
    let f = Folder::new("cli-call-id");
    let call = f.write("call.html", b"<h1>Call for inputs: Housing and climate</h1><p>Email address: registry@ohchr.org</p><p>Inputs should be sent by 1 June 2025.</p>");
    let o = run(&["profile", "--from-call", path(&call), "--id", "housing-2025"]);
    let p = submission_checker::profile::from_toml(&stdout(&o)).unwrap();
    assert_eq!((p.id.as_str(), p.title.as_str()), ("housing-2025", "Call for inputs: Housing and climate"));
    assert_eq!(run(&["profile", "--from-call", path(&call), "--id", "Not An Id"]).status.code(), Some(2));
    assert_eq!(run(&["profile", "--from-call", path(&f.0.join("absent.txt"))]).status.code(), Some(2));
    let zip = f.write("call.zip", b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0");
    let o = run(&["profile", "--from-call", path(&zip)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unsupported"), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Words in footnotes that the call does not count are said on the file's line, in the chosen language.
#[test]
fn words_in_notes_the_call_does_not_count_are_said() {
    let notes = r#"<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>Three more words</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
    let bytes =
        common::package(r#"<w:p><w:r><w:t>The body text.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#)
            .part(common::Part::new("word/footnotes.xml", notes).related("footnotes"))
            .bytes();
    let folder = Folder::new("cli-notes");
    let file = folder.write("notes.docx", &bytes);
    // emler-2024 does not count notes ("excluding footnotes").
    let en = stdout(&run(&["check", "--call", "emler-2024", "--today", "2024-05-01", path(&file)]));
    assert!(en.contains(", notes: 3 (not counted),"), "{en}");
    let fr = stdout(&run(&["check", "--call", "emler-2024", "--today", "2024-05-01", "--lang", "fr", path(&file)]));
    assert!(fr.contains(", notes : 3 (non comptés),"), "{fr}");
}

/// emler-2024, but requiring clean files: the built-in profile's own text
/// with `clean_files_required = true`.
fn strict_call(f: &Folder) -> std::path::PathBuf {
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/profiles/emler-2024.toml")).unwrap();
    assert!(!toml.contains("clean_files_required"), "the built-in profile leaves it unset");
    let strict =
        toml.replacen("published_in_full = true\n", "published_in_full = true\nclean_files_required = true\n", 1);
    assert_ne!(strict, toml);
    f.write("strict.toml", strict.as_bytes())
}

/// Issue 19: an author's name alone "stays an info and does not turn the
/// verdict amber, unless the profile requires clean files": then the table
/// says `ready, but` and the CSV's `verdict` is `ready-with-warnings`.
#[test]
fn an_authors_name_alone_is_ready_but_when_the_call_requires_clean_files() {
    let f = Folder::new("strict-call");
    let core = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ana Souza</dc:creator></cp:coreProperties>"#;
    let named = common::package(&format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", vec!["word"; 120].join(" ")))
        .part(common::Part::new("docProps/core.xml", core).related_to_package(
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        ))
        .bytes();
    f.write("named.docx", &named);
    // A second file, so the folder gives the table.
    f.write("other.docx", &docx(120));
    let calls = Folder::new("strict-call-profile");
    let strict = strict_call(&calls);
    let status = |call: &str| {
        let out = stdout(&run(&["check", path(&f.0), "--call", call, "--today", "2024-05-10"]));
        out.lines().find(|l| l.contains("named.docx")).map(|row| row.contains("ready, but")).unwrap()
    };
    assert!(!status("emler-2024"), "plain ready under the call as published");
    assert!(status(path(&strict)), "ready, but under a call requiring clean files");
    let verdict = |call: &str| {
        let out = stdout(&run(&["check", path(&f.0), "--csv", "--call", call, "--today", "2024-05-10"]));
        let lines: Vec<&str> = out.split_terminator("\r\n").collect();
        let at = lines[0].split(',').position(|h| h == "verdict").unwrap();
        let row = lines.iter().find(|l| l.contains("named.docx")).unwrap();
        row.split(',').nth(at).unwrap().to_string()
    };
    assert_eq!(verdict("emler-2024"), "ready");
    assert_eq!(verdict(path(&strict)), "ready-with-warnings");
}

/// The one-line message `id` of a catalogue, as its translator wrote it
/// (`locales/<lang>/checker.ftl`): the test reads the words it expects there.
fn catalogue_text(lang: &str, id: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang).join("checker.ftl");
    let ftl = std::fs::read_to_string(path).unwrap();
    let prefix = format!("{id} = ");
    let line = ftl.lines().find(|l| l.starts_with(&prefix)).unwrap_or_else(|| panic!("{lang} has no one-line {id}"));
    line[prefix.len()..].to_string()
}

/// Two files, one over the word limit, and an empty one: the table's header,
/// statuses, count line and hint are the French catalogue's, its numbers
/// grouped the French way, and why a file cannot be read is said in French.
#[test]
fn the_table_speaks_the_language_asked_for() {
    let f = Folder::new("cli-table-fr");
    f.write("long.docx", &docx(2600));
    f.write("short.docx", &docx(120));
    f.write("void.docx", b"");
    let o = run(&[&["check", path(&f.0), "--lang", "fr"][..], &CALL].concat());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    let header = lines.iter().find(|l| l.starts_with(&catalogue_text("fr", "cli_table_file"))).expect(&out);
    let columns = ["file", "format", "words", "language", "links", "status", "problems"];
    let expected: Vec<String> = columns.iter().map(|c| catalogue_text("fr", &format!("cli_table_{c}"))).collect();
    assert_eq!(header.split_whitespace().collect::<Vec<_>>(), expected, "{out}");
    let row = |name: &str| lines.iter().find(|l| l.starts_with(name)).copied().expect(&out);
    // 2 600 as Intl.NumberFormat("fr") writes it: a narrow no-break space (tests/locale_cldr.rs).
    assert!(row("long.docx").contains("2\u{202F}600/2\u{202F}500"), "{out}");
    assert!(row("long.docx").contains(&catalogue_text("fr", "cli_table_to-fix")), "{out}");
    assert!(row("short.docx").contains(&catalogue_text("fr", "cli_table_ready")), "{out}");
    let one = |id: &str| catalogue_text("fr", id).replace("{ $n }", "1");
    assert!(out.contains(&one("cli_table_count-to-fix")), "{out}");
    assert!(out.contains(&catalogue_text("fr", "cli_table_details")), "{out}");
    assert!(row("void.docx").contains(&catalogue_text("fr", "cli_table_unreadable")), "{out}");
    for part in literal_parts("fr", "unreadable-file_empty") {
        assert!(row("void.docx").contains(&part), "“{part}” not in\n{out}");
    }
    // Nothing of the English table is left.
    let english =
        ["FILE", "WORDS", "STATUS", "PROBLEMS", "TO FIX", "UNREADABLE", "2,600", " files:", "to fix", "Add --details"];
    for english in english.into_iter().chain(["corrupt:", "is empty"]) {
        assert!(!out.contains(english), "“{english}” in\n{out}");
    }
    assert_eq!(o.status.code(), Some(2));
}

/// A language the checker does not speak: English, and one line on stderr
/// saying so, once for the whole run however many files there are.
#[test]
fn an_unknown_language_gives_english_and_says_so_once() {
    let f = Folder::new("cli-lang-xx");
    f.write("long.docx", &docx(2600));
    f.write("short.docx", &docx(120));
    let english = run(&[&["check", path(&f.0)][..], &CALL].concat());
    let unknown = run(&[&["check", path(&f.0), "--lang", "xx"][..], &CALL].concat());
    assert_eq!(stdout(&unknown), stdout(&english));
    assert_eq!(unknown.status.code(), english.status.code());
    let stderr = String::from_utf8(unknown.stderr).unwrap();
    let said = catalogue_text("en", "cli_unknown-language");
    let said = said.split("{ $lang }").next().unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&format!("{said}xx”")), "{stderr}");
    assert!(stderr.contains("ar, en, es, fr, pt, ru and zh"), "{stderr}");
    assert!(english.stderr.is_empty());
}

/// The words of a one-line catalogue message around its values (`{ $x }`).
fn literal_parts(lang: &str, id: &str) -> Vec<String> {
    let text = catalogue_text(lang, id);
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        parts.push(rest[..open].trim().to_string());
        rest = rest[open..].find('}').map_or("", |close| &rest[open + close + 1..]);
    }
    parts.push(rest.trim().to_string());
    parts.into_iter().filter(|p| p.chars().any(char::is_alphabetic)).collect()
}

/// The command line's own errors are said in the language asked for: an
/// unknown call, a folder with nothing to check, a day that is not one.
#[test]
fn errors_are_said_in_the_language_asked_for() {
    let empty = Folder::new("cli-errors-fr");
    let cases = [
        (vec!["check", path(&empty.0), "--call", "no-such-call", "--lang", "fr"], "cli_error_unknown-call"),
        (vec!["check", path(&empty.0), "--call", "emler-2024", "--lang", "fr"], "cli_error_no-files-try-recursive"),
        (
            vec!["check", path(&empty.0), "--call", "emler-2024", "--today", "24/05/2024", "--lang", "fr"],
            "cli_error_today",
        ),
    ];
    for (args, id) in cases {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(o.stderr).unwrap();
        for part in literal_parts("fr", id) {
            assert!(stderr.contains(&part), "{id}: “{part}” not in {stderr}");
        }
        for part in literal_parts("en", id) {
            assert!(!stderr.contains(&part), "{id}: English “{part}” in {stderr}");
        }
    }
}
