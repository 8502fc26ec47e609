//! `submission-checker check FILE --eml OUT.eml`, read back by Python's
//! standard `email` package (an independent MIME parser). Skips when
//! `python3` is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_submission-checker");

/// Parses `eml` with Python's `email` (policy `default`), prints what a mail
/// app would show as JSON, and saves attachment N as `EML.N`.
const READ_WITH_PYTHON: &str = r#"
import email, email.policy, json, sys
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
files = []
for i, a in enumerate(m.iter_attachments()):
    open(sys.argv[1] + ".%d" % i, "wb").write(a.get_content())
    files.append({"name": a.get_filename(), "type": a.get_content_type()})
print(json.dumps({"to": m["To"], "subject": m["Subject"], "unsent": m["X-Unsent"], "body": m.get_body(("plain",)).get_content(),
                  "files": files, "defects": sum(len(p.defects) for p in m.walk())}))
"#;

fn python_reads(eml: &Path) -> Option<serde_json::Value> {
    let out = Command::new("python3").arg("-c").arg(READ_WITH_PYTHON).arg(eml).output().ok()?;
    assert!(out.status.success(), "python3: {}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("submission-checker-cli-eml-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A real DOCX written by docx-rs, with Greek and Chinese in its text.
fn write_docx(path: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    docx_rs::Docx::new()
        .add_paragraph(
            docx_rs::Paragraph::new()
                .add_run(docx_rs::Run::new().add_text("Informe sobre justicia y reparación. Ελλάδα. 中文.")),
        )
        .build()
        .pack(std::io::Cursor::new(&mut bytes))
        .unwrap();
    std::fs::write(path, &bytes).unwrap();
    bytes
}

#[test]
fn the_draft_for_one_file_reads_back_in_python() {
    let dir = scratch("one");
    let file = dir.join("Contribución_Perú_ΕΛΛΑΔΑ_中文.docx");
    let bytes = write_docx(&file);
    let out = dir.join("draft.eml");
    let status = Command::new(BIN)
        .args(["check", file.to_str().unwrap(), "--call", "emler-2023", "--today", "2023-05-01", "--lang", "es"])
        .args(["--organisation", "Asociação Ñandú", "--contact", "Ελένη Παπαδοπούλου", "--eml", out.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.code().is_some_and(|c| c < 2), "{status}");
    let Some(m) = python_reads(&out) else {
        eprintln!("skipped: python3 is not installed");
        return;
    };
    // The 2023 call: "by email to: ohchr-emler@un.org"; it states no subject line.
    assert_eq!(m["to"], "ohchr-emler@un.org");
    assert!(m["subject"].is_null());
    assert_eq!(m["unsent"], "1");
    assert_eq!(m["defects"], 0);
    let body = m["body"].as_str().unwrap();
    for expected in ["Asociação Ñandú", "Ελένη Παπαδοπούλου", "Contribución_Perú_ΕΛΛΑΔΑ_中文.docx"]
    {
        assert!(body.contains(expected), "{body}");
    }
    let files = m["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["name"], "Contribución_Perú_ΕΛΛΑΔΑ_中文.docx");
    assert_eq!(files[0]["type"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    let back = std::fs::read(dir.join("draft.eml.0")).unwrap();
    assert_eq!(back, bytes, "the attachment is byte-identical");
}

#[test]
fn several_files_with_eml_is_an_argument_error() {
    let dir = scratch("two");
    write_docx(&dir.join("a.docx"));
    write_docx(&dir.join("b.docx"));
    let out = Command::new(BIN)
        .args([
            "check",
            dir.join("a.docx").to_str().unwrap(),
            dir.join("b.docx").to_str().unwrap(),
            "--call",
            "emler-2024",
            "--eml",
        ])
        .arg(dir.join("x.eml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("one file"));
    assert!(!dir.join("x.eml").exists());
}
