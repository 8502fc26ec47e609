//! `submission-checker clean FILE... [-o OUT]` and `check --eml --clean`, as a
//! contributor or a secretariat runs them. The files are made here: a Word
//! file with a comment by Ana Souza, a tracked deletion and a hidden note
//! (docx-rs), a macro-enabled one, and a PDF with a reviewer's note and an
//! author (lopdf). The copies written are read back by independent readers:
//! python-docx for Word, `qpdf --check` and poppler's `pdftotext` for PDF,
//! and Python's `email` package for the draft (scripts/setup installs them).

mod common;

use common::Folder;
use docx_rs::{Comment, Delete, Docx, Paragraph, Run};
use lopdf::{dictionary, Document as Pdf, Object, ObjectId, Stream, StringFormat};
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_submission-checker");

/// The dirty file's paragraphs as Word shows them once every change is accepted.
const ACCEPTED: [&str; 3] = [
    "Contribution on justice and redress.",
    "Complaint procedures are slow.",
    "We recommend independent oversight bodies.",
];
/// What the dirty file holds that no clean copy may: the comment, the deleted
/// sentence, the hidden note and the reviewer's name.
const COMMENT: &str = "Check this figure against the casework database.";
const DELETED: &str = "The transport police refused every request.";
const HIDDEN: &str = "[Internal note: do not mention the dispute with the city.]";
const REVIEWER: &str = "Ana Souza";

/// A comment by Ana Souza on the first paragraph, a tracked deletion (hers)
/// in the second, a hidden run in the third, and her name as the author.
fn dirty_docx() -> Vec<u8> {
    let comment =
        Comment::new(1).author(REVIEWER).add_paragraph(Paragraph::new().add_run(Run::new().add_text(COMMENT)));
    let docx = Docx::new()
        .add_paragraph(
            Paragraph::new().add_comment_start(comment).add_run(Run::new().add_text(ACCEPTED[0])).add_comment_end(1),
        )
        .add_paragraph(
            Paragraph::new().add_run(Run::new().add_text(ACCEPTED[1])).add_delete(
                Delete::new()
                    .author(REVIEWER)
                    .date("2024-05-01T10:00:00Z")
                    .add_run(Run::new().add_delete_text(format!(" {DELETED}"))),
            ),
        )
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(ACCEPTED[2]))
                .add_run(Run::new().add_text(format!(" {HIDDEN}")).vanish()),
        );
    let mut out = Cursor::new(Vec::new());
    docx.build().pack(&mut out).unwrap();
    with_creator(&out.into_inner(), REVIEWER)
}

/// Every entry of a ZIP, inflated (the zip crate, not our reader).
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (f.name().unwrap().to_string(), data)
        })
        .collect()
}

fn zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in files {
        w.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// Rewrites the parts of a package named `name` with `f`.
fn patch(bytes: &[u8], name: &str, f: impl Fn(String) -> String) -> Vec<u8> {
    let mut files = unzip(bytes);
    for (n, data) in files.iter_mut().filter(|(n, _)| n == name) {
        *data = f(String::from_utf8(std::mem::take(data)).unwrap()).into_bytes();
        let _ = n;
    }
    zip(&files)
}

/// The author in `docProps/core.xml` (docx-rs writes an empty `dc:creator`).
fn with_creator(bytes: &[u8], who: &str) -> Vec<u8> {
    patch(bytes, "docProps/core.xml", |x| {
        let start = x.find("<dc:creator").unwrap();
        let end = x[start..].find("</dc:creator>").map(|e| start + e + "</dc:creator>".len());
        let end = end.unwrap_or_else(|| start + x[start..].find("/>").unwrap() + 2);
        format!("{}<dc:creator>{who}</dc:creator>{}", &x[..start], &x[end..])
    })
}

/// A `.docm` as Word saves one: a VBA project related from the main part,
/// whose content type says "macro-enabled".
fn docm() -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    Docx::new()
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text("A document with a macro.")))
        .build()
        .pack(&mut out)
        .unwrap();
    let bytes = patch(&out.into_inner(), "[Content_Types].xml", |x| {
        x.replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
        )
        .replace("</Types>", r#"<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>"#)
    });
    let bytes = patch(&bytes, "word/_rels/document.xml.rels", |x| {
        x.replace(
            "</Relationships>",
            r#"<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>"#,
        )
    });
    let mut files = unzip(&bytes);
    files.push(("word/vbaProject.bin".into(), b"\xD0\xCF\x11\xE0 VBAMACROCODE Sub AutoOpen()".to_vec()));
    zip(&files)
}

const PDF_TEXT: &str = "Complaints rose by 40 per cent.";
const NOTE: &str = "Is this figure right?";

/// A one-page PDF saying [`PDF_TEXT`], with a sticky note by Ana Souza saying
/// [`NOTE`], and Ana Souza as the author in the Info dictionary.
fn reviewed_pdf() -> Vec<u8> {
    let text = |s: &str| Object::String(s.as_bytes().to_vec(), StringFormat::Literal);
    let rect = |a: i64, b: i64, c: i64, d: i64| -> Object { vec![a.into(), b.into(), c.into(), d.into()].into() };
    let mut doc = Pdf::with_version("1.7");
    let pages: ObjectId = doc.new_object_id();
    let font = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let content =
        doc.add_object(Stream::new(dictionary! {}, format!("BT /F1 12 Tf 72 720 Td ({PDF_TEXT}) Tj ET").into_bytes()));
    let note = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Text", "Rect" => rect(72, 700, 92, 720),
        "Contents" => text(NOTE), "T" => text(REVIEWER),
    });
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "MediaBox" => rect(0, 0, 595, 842),
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } }, "Contents" => content,
        "Annots" => vec![note.into()],
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
    );
    let root = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    let info = doc.add_object(dictionary! { "Title" => text("Housing report"), "Author" => text(REVIEWER) });
    doc.trailer.set("Root", root);
    doc.trailer.set("Info", info);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// What python-docx (an independent reader of Word files) finds in `path`:
/// the body's paragraphs, the number of comments, the author and last
/// editor, and which parts still hold tracked-change, hidden-text, comment or macro markup.
fn python_docx(path: &Path) -> serde_json::Value {
    let script = r#"
import docx, json, sys, zipfile
d = docx.Document(sys.argv[1])
z = zipfile.ZipFile(sys.argv[1])
marks = ["<w:del ", "<w:delText", "<w:ins ", "<w:vanish", "<w:commentReference", "<w:commentRangeStart", "vbaProject"]
left = sorted({n + ": " + m for n in z.namelist() for m in marks if m in z.read(n).decode("utf-8", "replace")})
print(json.dumps({"paragraphs": [p.text for p in d.paragraphs if p.text.strip()], "comments": len(d.comments),
                  "author": d.core_properties.author, "last_modified_by": d.core_properties.last_modified_by,
                  "parts": z.namelist(), "left": left}))
"#;
    let out = Command::new("python3").arg("-c").arg(script).arg(path).output().expect("python3 runs");
    assert!(
        out.status.success(),
        "python-docx could not open {} (scripts/setup installs python-docx): {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The original as python-docx sees it: the fixture really holds what must go.
#[test]
fn the_dirty_fixture_holds_a_comment_a_deletion_hidden_text_and_an_author() {
    let f = Folder::new("cli-clean-fixture");
    let d = python_docx(&f.write("dirty.docx", &dirty_docx()));
    assert_eq!(d["comments"], 1);
    assert_eq!(d["author"], REVIEWER);
    let left = d["left"].to_string();
    for mark in ["<w:del ", "<w:vanish", "<w:commentReference"] {
        assert!(left.contains(mark), "{mark} not in the fixture: {left}");
    }
}

#[test]
fn one_file_gets_a_clean_copy_beside_it_and_the_original_is_untouched() {
    let f = Folder::new("cli-clean-one");
    let original = dirty_docx();
    let path = f.write("Informe final.docx", &original);
    let o = run(&["clean", s(&path)]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let copy = f.0.join("Informe final (clean).docx");
    let out = text(&o.stdout);
    assert!(out.starts_with(&format!("Clean copy of {}: {}\n", s(&path), s(&copy))), "{out}");
    for line in [
        "  comments removed: 1",
        "  tracked deletions accepted (their text removed): 1",
        "  runs of hidden text removed: 1",
    ] {
        assert!(out.lines().any(|l| l == line), "{line:?} not in:\n{out}");
    }
    assert!(out.contains("personal details removed from the properties: "), "{out}");
    assert_eq!(std::fs::read(&path).unwrap(), original, "the original is never modified");

    // python-docx: the accepted text, no comment, no author, no revision or hidden markup.
    let d = python_docx(&copy);
    assert_eq!(d["paragraphs"], serde_json::json!(ACCEPTED));
    assert_eq!(d["comments"], 0);
    assert_eq!(d["author"], "");
    assert_eq!(d["last_modified_by"], "");
    assert_eq!(d["left"], serde_json::json!([]));
    for (name, data) in unzip(&std::fs::read(&copy).unwrap()) {
        let part = String::from_utf8_lossy(&data);
        for gone in [COMMENT, DELETED, HIDDEN, REVIEWER] {
            assert!(!part.contains(gone), "{name} still holds {gone:?}");
        }
    }
}

#[test]
fn an_existing_copy_or_the_original_is_never_overwritten() {
    let f = Folder::new("cli-clean-refuse");
    let original = dirty_docx();
    let path = f.write("report.docx", &original);
    let taken = f.write("report (clean).docx", b"someone else's file");

    let o = run(&["clean", s(&path)]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr),
        format!(
            "submission-checker: {} already exists and was left as it is: choose another name with -o\n",
            s(&taken)
        )
    );
    assert_eq!(std::fs::read(&taken).unwrap(), b"someone else's file");

    let o = run(&["clean", s(&path), "-o", s(&path)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("is the original file: the clean copy never replaces it"), "{}", text(&o.stderr));
    assert_eq!(std::fs::read(&path).unwrap(), original);

    // -o names the copy; in French, the same refusal when it exists.
    let chosen = f.0.join("pour-envoi.docx");
    assert_eq!(run(&["clean", s(&path), "-o", s(&chosen)]).status.code(), Some(0));
    assert_eq!(python_docx(&chosen)["paragraphs"], serde_json::json!(ACCEPTED));
    let o = run(&["clean", s(&path), "-o", s(&chosen), "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("existe déjà et n’a pas été modifié"), "{}", text(&o.stderr));
}

#[test]
fn several_files_go_to_a_folder_a_docm_becomes_a_docx_and_the_pdf_is_read_by_qpdf_and_poppler() {
    let f = Folder::new("cli-clean-several");
    let word = f.write("a.docx", &dirty_docx());
    let macro_file = f.write("b.docm", &docm());
    let pdf = f.write("c.pdf", &reviewed_pdf());
    let out_dir = f.0.join("clean copies");
    let o = run(&["clean", s(&word), s(&macro_file), s(&pdf), "-o", s(&out_dir), "--lang", "es"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("  comentarios eliminados: 1\n"), "{out}");
    assert!(out.contains("  partes de macros eliminadas: 1\n"), "{out}");
    assert!(out.contains("  anotaciones de revisión eliminadas (notas, resaltados…): 1\n"), "{out}");
    assert!(out.contains("  campos de autor quitados de la información del documento: 1\n"), "{out}");

    let mut written: Vec<String> =
        std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    written.sort();
    assert_eq!(written, ["a (clean).docx", "b (clean).docx", "c (clean).pdf"]);

    // The macro-free copy: python-docx opens it, the VBA part and the macro content type are gone.
    let d = python_docx(&out_dir.join("b (clean).docx"));
    assert_eq!(d["paragraphs"], serde_json::json!(["A document with a macro."]));
    assert!(!d["parts"].to_string().contains("vbaProject"), "{}", d["parts"]);
    let types = unzip(&std::fs::read(out_dir.join("b (clean).docx")).unwrap())
        .into_iter()
        .find(|(n, _)| n == "[Content_Types].xml")
        .map(|(_, d)| text(&d))
        .unwrap();
    assert!(!types.contains("macroEnabled") && types.contains("wordprocessingml.document.main+xml"), "{types}");

    // The PDF: qpdf finds no damage, pdftotext the same text, pdfinfo no author.
    let copy = out_dir.join("c (clean).pdf");
    let qpdf = Command::new("qpdf").arg("--check").arg(&copy).output().expect("qpdf (scripts/setup installs it)");
    assert_eq!(qpdf.status.code(), Some(0), "{}", text(&qpdf.stdout));
    let pdftotext = |p: &Path| {
        let o = Command::new("pdftotext").arg(p).arg("-").output().expect("pdftotext (poppler-utils)");
        assert!(o.status.success());
        text(&o.stdout)
    };
    assert_eq!(pdftotext(&copy).trim(), PDF_TEXT);
    assert_eq!(pdftotext(&copy), pdftotext(&pdf));
    let info = Command::new("pdfinfo").arg(&copy).output().expect("pdfinfo (poppler-utils)");
    let info = text(&info.stdout);
    assert!(info.contains("Housing report") && !info.contains(REVIEWER), "{info}");
    let bytes = std::fs::read(&copy).unwrap();
    assert!(!bytes.windows(NOTE.len()).any(|w| w == NOTE.as_bytes()), "the note is gone from the file");
}

#[test]
fn a_file_that_cannot_be_read_or_cleaned_gives_exit_2_and_the_others_are_still_cleaned() {
    let f = Folder::new("cli-clean-bad");
    let good = f.write("good.docx", &dirty_docx());
    let damaged = f.write("damaged.docx", b"PK\x03\x04 this is no zip");
    let text_file = f.write("notes.txt", b"Just some notes.");
    let missing = f.0.join("missing.docx");
    let o = run(&["clean", s(&damaged), s(&good), s(&missing), s(&text_file)]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains(&format!("submission-checker: no clean copy of {}: ", s(&damaged))), "{err}");
    assert!(err.contains(&format!("submission-checker: cannot read {}: ", s(&missing))), "{err}");
    assert!(
        err.contains(&format!(
            "no clean copy of {}: a clean copy can be made of a Word (.docx, .docm) or PDF file, and this is plain text",
            s(&text_file)
        )),
        "{err}"
    );
    assert!(f.0.join("good (clean).docx").exists());
    assert!(!f.0.join("damaged (clean).docx").exists(), "no half-cleaned copy");
    assert!(!f.0.join("notes (clean).docx").exists());
}

/// A file the reader cannot read gets the check's own words for it (the
/// catalogue's `unreadable-file.empty` and `password-protected`), not "this
/// is not a Word file"; a refusal is said in the person's language.
#[test]
fn an_unreadable_file_gets_the_readers_words_and_a_refusal_is_said_in_the_persons_language() {
    let f = Folder::new("cli-clean-words");
    let empty = f.write("empty.docx", b"");
    // What Word writes for a password-protected document: an OLE compound
    // file (its signature) holding a stream named "EncryptedPackage" (UTF-16).
    let mut encrypted = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    encrypted.resize(512, 0);
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    encrypted.resize(2048, 0);
    let locked = f.write("locked.docx", &encrypted);
    let o = run(&["clean", s(&empty), s(&locked)]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!(
            "no clean copy of {}: This file is empty (0 bytes): there is nothing in it to send.",
            s(&empty)
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "no clean copy of {}: This file is protected by a password, so the secretariat cannot open or publish it.",
            s(&locked)
        )),
        "{err}"
    );
    assert!(!err.contains("and this is"), "{err}");

    // A deleted table cell (w:cellDel) is a change the cleaner does not accept yet: refused, in French.
    let cell_del = common::package(
        r#"<w:tbl><w:tr><w:tc><w:tcPr><w:cellDel w:id="1" w:author="Ana Souza" w:date="2024-05-01T10:00:00Z"/></w:tcPr><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>"#,
    )
    .bytes();
    let table = f.write("table.docx", &cell_del);
    let o = run(&["clean", "--lang", "fr", s(&table)]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!(
            "pas de copie propre de {} : dans word/document.xml, une modification suivie d’un type que la copie propre n’accepte pas encore (w:cellDel).",
            s(&table)
        )),
        "{err}"
    );
    assert!(!f.0.join("table (clean).docx").exists(), "no half-cleaned copy");
}

#[test]
fn several_files_with_o_naming_a_file_is_refused() {
    let f = Folder::new("cli-clean-not-folder");
    let a = f.write("a.docx", &dirty_docx());
    let b = f.write("b.docx", &dirty_docx());
    let file = f.write("out.docx", b"x");
    let o = run(&["clean", s(&a), s(&b), "-o", s(&file)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("is not a folder: with several files, -o names the folder"),
        "{}",
        text(&o.stderr)
    );
    assert!(!f.0.join("a (clean).docx").exists());
}

/// Parses the draft with Python's `email` package (a real MIME parser) and
/// saves each attachment as `EML.N`.
fn python_email(eml: &Path) -> serde_json::Value {
    let script = r#"
import email, email.policy, json, sys
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
files = []
for i, a in enumerate(m.iter_attachments()):
    open(sys.argv[1] + ".%d" % i, "wb").write(a.get_content())
    files.append({"name": a.get_filename(), "type": a.get_content_type()})
print(json.dumps({"subject": m["Subject"], "body": m.get_body(("plain",)).get_content(), "files": files,
                  "defects": sum(len(p.defects) for p in m.walk())}))
"#;
    let out = Command::new("python3").arg("-c").arg(script).arg(eml).output().expect("python3 runs");
    assert!(out.status.success(), "python3: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn check_eml_clean_attaches_the_clean_copy_under_its_clean_name() {
    let f = Folder::new("cli-clean-eml");
    let original = dirty_docx();
    let path = f.write("Contribución.docx", &original);
    let eml = f.0.join("draft.eml");
    let o = run(&["check", s(&path), "--call", "emler-2024", "--today", "2024-05-10", "--eml", s(&eml), "--clean"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    let out = text(&o.stdout);
    assert!(
        out.contains("The draft attaches the clean copy, Contribución (clean).docx.\n  comments removed: 1"),
        "{out}"
    );

    let m = python_email(&eml);
    assert_eq!(m["subject"], "EMLER 2024 Report"); // the call: "Email subject line: EMLER 2024 Report"
    assert_eq!(m["defects"], 0);
    assert_eq!(m["files"].as_array().unwrap().len(), 1);
    assert_eq!(m["files"][0]["name"], "Contribución (clean).docx");
    assert!(m["body"].as_str().unwrap().contains("Contribución (clean).docx"), "{}", m["body"]);
    let attached = f.0.join("draft.eml.0");
    let d = python_docx(&attached);
    assert_eq!(d["paragraphs"], serde_json::json!(ACCEPTED));
    assert_eq!((d["comments"].as_u64(), d["author"].as_str()), (Some(0), Some("")));
    assert_eq!(d["left"], serde_json::json!([]));
    // The same bytes as the clean command writes; nothing is written beside the original.
    assert!(!f.0.join("Contribución (clean).docx").exists());
    assert_eq!(run(&["clean", s(&path)]).status.code(), Some(0));
    assert_eq!(std::fs::read(&attached).unwrap(), std::fs::read(f.0.join("Contribución (clean).docx")).unwrap());
    assert_eq!(std::fs::read(&path).unwrap(), original);

    // Without --clean the draft attaches the file as it is.
    let plain = f.0.join("plain.eml");
    run(&["check", s(&path), "--call", "emler-2024", "--today", "2024-05-10", "--eml", s(&plain)]);
    let m = python_email(&plain);
    assert_eq!(m["files"][0]["name"], "Contribución.docx");
    assert_eq!(std::fs::read(f.0.join("plain.eml.0")).unwrap(), original);
}

#[test]
fn clean_without_eml_is_an_argument_error() {
    let f = Folder::new("cli-clean-no-eml");
    let path = f.write("a.docx", &dirty_docx());
    let o = run(&["check", s(&path), "--call", "emler-2024", "--clean"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--eml"), "{}", text(&o.stderr));
}
