//! The catalogues, `locales/<code>/checker.ftl` (Fluent, the format
//! translators use), read with Fluent's own parser and compiled into one
//! table per language: `OUT_DIR/catalogues.rs`, which `messages` includes.
//!
//! Each message becomes `(key, value, help)`: the key is the Fluent id with
//! `_` written `.` (`word-limit_over` is the report's `word-limit.over`), the
//! help is the `.help` attribute. Values are compiled into a small private
//! form that `messages::pattern` renders (no Fluent runtime in the wasm):
//!
//! - text is itself; string literals (`{"\u00A0"}`) become text;
//! - `{ $name }` becomes `\x01name\x02`; `{ FUNC($name) }` becomes
//!   `\x01name:style\x02` (the functions in [`FUNCTIONS`]);
//! - `{ $n -> [one] … *[other] … }` becomes `\x01n?` then, for each variant,
//!   `\x03key\x04pattern` (`*key` for the default), then `\x02`.
//!
//! Anything else (message and term references, selectors on functions,
//! attributes other than `.help`) stops the build with the file and message.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::{fmt::Write, fs, path::Path};

/// Fluent functions a translator may use, and the style each becomes.
const FUNCTIONS: &[(&str, &str)] = &[
    ("FORMATS", "formats"),
    ("LANGUAGES", "languages"),
    ("MESSAGE", "text"),
    ("ZONE", "zone"),
    ("PLACES", "places"),
    ("LIST", "and"),
    ("MEGABYTES", "megabytes"),
    ("ANNOTATIONS", "annotations"),
    ("DATES", "dates"),
];

/// Words only a build with a given feature can say: a key under one of these
/// prefixes is left out of the catalogue without it. The command line's own
/// words need `cli`, and so do the reasons the PDF cleaner gives (only the
/// command line words them; the page words a refusal from its code); the
/// reasons the call-text reader gives need `call-text` (the CLI and the
/// secretariat's page); the words of the rules that look only at what the
/// PDF reader finds (and the names of PDF annotations, which only
/// `pdf-annotations` says) need `pdf`. So the browser's DOCX module does not
/// carry them (BENCHMARKS.md, Size).
const ONLY_WITH: &[(&str, &str)] = &[
    ("cli", "CLI"),
    ("pdf-accessibility", "PDF"),
    ("pdf-annotations", "PDF"),
    ("pdf-javascript", "PDF"),
    ("no-text-layer", "PDF"),
    ("annotation", "PDF"),
    ("clean-pdf", "CLI"),
    ("call-text", "CALL_TEXT"),
];

/// Whether this build says `key` ([`ONLY_WITH`]).
fn said(key: &str) -> bool {
    let prefix = key.split('.').next().unwrap_or(key);
    ONLY_WITH
        .iter()
        .filter(|(p, _)| *p == prefix)
        .all(|(_, feature)| std::env::var_os(format!("CARGO_FEATURE_{feature}")).is_some())
}

/// Writes `catalogues.rs`: `CATALOGUES: &[(code, &[(key, value, help)])]`,
/// one entry per folder of `locales/`, keys sorted; English alone without
/// the `all-languages` feature, and only the words this build can say
/// ([`ONLY_WITH`]). Every file is still compiled, so a broken translation
/// stops every build.
pub fn write(locales: &Path, out: &Path) {
    let all = std::env::var_os("CARGO_FEATURE_ALL_LANGUAGES").is_some();
    println!("cargo::rerun-if-changed={}", locales.display());
    let mut codes: Vec<String> = fs::read_dir(locales)
        .unwrap_or_else(|e| panic!("{}: {e}", locales.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("checker.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    let mut table = String::from("&[\n");
    for code in &codes {
        let path = locales.join(code).join("checker.ftl");
        println!("cargo::rerun-if-changed={}", path.display());
        let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut entries = compile(&path.display().to_string(), &source);
        entries.retain(|(key, _, _)| said(key));
        entries.sort();
        if !all && code != "en" {
            continue;
        }
        writeln!(table, "    ({code:?}, &[").unwrap();
        for (key, value, help) in entries {
            writeln!(table, "        ({key:?}, {value:?}, {help:?}),").unwrap();
        }
        writeln!(table, "    ]),").unwrap();
    }
    table.push(']');
    fs::write(out.join("catalogues.rs"), table).expect("write catalogues.rs");
}

/// The `(key, value, help)` of every message in one `.ftl` file.
fn compile(file: &str, source: &str) -> Vec<(String, String, String)> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        let first = &errors[0];
        let line = source[..first.pos.start].lines().count();
        panic!("{file}:{line}: {:?} ({} errors in all)", first.kind, errors.len())
    });
    let mut entries = Vec::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                let at = format!("{file}: {id}");
                let value = m.value.as_ref().map(|p| pattern(&at, p)).unwrap_or_else(|| panic!("{at}: no value"));
                let mut help = String::new();
                for a in &m.attributes {
                    assert!(a.id.name == "help", "{at}: attribute .{} (only .help is known)", a.id.name);
                    help = pattern(&at, &a.value);
                }
                assert!(!id.contains('.'), "{at}: ids are written with _");
                entries.push((id.replace('_', "."), value, help));
            }
            Entry::Term(t) => panic!("{file}: term -{}: terms are not supported", t.id.name),
            Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    entries
}

fn pattern(at: &str, p: &Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &p.elements {
        match element {
            PatternElement::TextElement { value } => {
                assert!(!value.contains(['\x01', '\x02', '\x03', '\x04']), "{at}: control character in text");
                out.push_str(value);
            }
            PatternElement::Placeable { expression } => placeable(at, expression, &mut out),
        }
    }
    out
}

fn placeable(at: &str, e: &Expression<&str>, out: &mut String) {
    match e {
        Expression::Inline(inline) => inline_expression(at, inline, out),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                panic!("{at}: a selector must be a variable ($n)")
            };
            write!(out, "\x01{}?", id.name).unwrap();
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => *name,
                    VariantKey::NumberLiteral { value } => *value,
                };
                write!(out, "\x03{}{key}\x04{}", if v.default { "*" } else { "" }, pattern(at, &v.value)).unwrap();
            }
            out.push('\x02');
        }
    }
}

fn inline_expression(at: &str, e: &InlineExpression<&str>, out: &mut String) {
    match e {
        InlineExpression::StringLiteral { value } => {
            out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value))
        }
        InlineExpression::VariableReference { id } => write!(out, "\x01{}\x02", id.name).unwrap(),
        InlineExpression::FunctionReference { id, arguments } => {
            let style = FUNCTIONS
                .iter()
                .find(|(name, _)| *name == id.name)
                .unwrap_or_else(|| panic!("{at}: unknown function {}", id.name))
                .1;
            let [InlineExpression::VariableReference { id: var }] = arguments.positional.as_slice() else {
                panic!("{at}: {} takes one variable", id.name)
            };
            assert!(arguments.named.is_empty(), "{at}: {} takes no named argument", id.name);
            write!(out, "\x01{}:{style}\x02", var.name).unwrap();
        }
        InlineExpression::Placeable { expression } => placeable(at, expression, out),
        other => panic!("{at}: not supported here: {other:?}"),
    }
}
