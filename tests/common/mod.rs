//! Fixture helpers shared by the DOCX tests: write a DOCX with docx-rs, or
//! assemble one from literal XML parts with the `zip` crate, and read it back
//! through the public API. And where the third-party data is
//! ([`corpus_dir`], [`calls_dir`]) for the tests that need it.

#![allow(dead_code)]

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use submission_checker::document::Document;
use submission_checker::limits::Limits;
use submission_checker::words::WordCounts;
use submission_checker::{read, sniff};

/// A fresh folder under the system's temporary folder, removed on drop
/// (`name` says which test it is for; the process id keeps runs apart).
pub struct Folder(pub PathBuf);

impl Folder {
    pub fn new(name: &str) -> Folder {
        let path = std::env::temp_dir().join(format!("submission-checker-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Folder(path)
    }

    /// Writes `bytes` to `name` inside the folder (making the folders on the way).
    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The namespace declarations Word writes on `w:document`.
pub const NAMESPACES: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps""#;

const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Bytes of a DOCX written by docx-rs.
pub fn docx_rs_bytes(docx: docx_rs::Docx) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    docx.build().pack(&mut out).expect("docx-rs writes the package");
    out.into_inner()
}

/// A relationship element: `kind` is the last segment of an officeDocument relationship type.
pub fn rel(id: &str, kind: &str, target: &str, external: bool) -> String {
    let mode = if external { r#" TargetMode="External""# } else { "" };
    format!(r#"<Relationship Id="{id}" Type="{REL_NS}/{kind}" Target="{}"{mode}/>"#, target.replace('&', "&amp;"))
}

fn rels_part(rels: &[String]) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>"#,
        rels.concat()
    )
}

/// One part of a package under construction.
pub struct Part {
    name: String,
    content: Vec<u8>,
    from_main: Option<String>,
    from_package: Option<String>,
    rels: Vec<String>,
}

impl Part {
    /// A part with its content as written.
    pub fn new(name: &str, content: impl AsRef<[u8]>) -> Part {
        Part {
            name: name.into(),
            content: content.as_ref().to_vec(),
            from_main: None,
            from_package: None,
            rels: Vec::new(),
        }
    }
    /// Related from the main document part with an officeDocument relationship of this kind.
    pub fn related(mut self, kind: &str) -> Part {
        self.from_main = Some(kind.into());
        self
    }
    /// Related from the package root with this full relationship type.
    pub fn related_to_package(mut self, rel_type: &str) -> Part {
        self.from_package = Some(rel_type.into());
        self
    }
    /// The part's own relationships.
    pub fn with_rels(mut self, rels: &[String]) -> Part {
        self.rels = rels.to_vec();
        self
    }
}

/// A DOCX assembled from literal XML.
pub struct Package {
    main_name: String,
    main: String,
    main_rels: Vec<String>,
    parts: Vec<Part>,
}

/// A package whose main part holds `body` (the inside of `w:body`).
pub fn package(body: &str) -> Package {
    Package {
        main_name: "word/document.xml".into(),
        main: format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NAMESPACES}><w:body>{body}</w:body></w:document>"#
        ),
        main_rels: Vec::new(),
        parts: Vec::new(),
    }
}

impl Package {
    /// Adds a part.
    pub fn part(mut self, part: Part) -> Package {
        self.parts.push(part);
        self
    }
    /// Adds a relationship from the main part.
    pub fn rel(mut self, rel: String) -> Package {
        self.main_rels.push(rel);
        self
    }
    /// Replaces the main part, under another name if wished.
    pub fn replace_main(mut self, name: &str, xml: &str) -> Package {
        self.main_name = name.into();
        self.main = xml.into();
        self
    }
    /// The ZIP bytes.
    pub fn bytes(&self) -> Vec<u8> {
        let mut package_rels =
            vec![format!(r#"<Relationship Id="rIdMain" Type="{REL_NS}/officeDocument" Target="{}"/>"#, self.main_name)];
        let mut main_rels = self.main_rels.clone();
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        for (i, p) in self.parts.iter().enumerate() {
            if let Some(kind) = &p.from_main {
                let target = p.name.strip_prefix("word/").map(str::to_string).unwrap_or_else(|| format!("/{}", p.name));
                main_rels.push(rel(&format!("rIdPart{i}"), kind, &target, false));
            }
            if let Some(t) = &p.from_package {
                package_rels.push(format!(r#"<Relationship Id="rIdPkg{i}" Type="{t}" Target="{}"/>"#, p.name));
            }
            if !p.rels.is_empty() {
                let (dir, file) = p.name.rsplit_once('/').unwrap_or(("", &p.name));
                files.push((format!("{dir}/_rels/{file}.rels"), rels_part(&p.rels).into_bytes()));
            }
            files.push((p.name.clone(), p.content.clone()));
        }
        let (dir, file) = self.main_name.rsplit_once('/').unwrap_or(("", &self.main_name));
        files.push((format!("{dir}/_rels/{file}.rels"), rels_part(&main_rels).into_bytes()));
        files.push((self.main_name.clone(), self.main.clone().into_bytes()));
        files.push(("_rels/.rels".into(), rels_part(&package_rels).into_bytes()));
        let content_types = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
            self.main_name
        );
        files.insert(0, ("[Content_Types].xml".into(), content_types.into_bytes()));
        zip_of(&files)
    }
}

/// A ZIP (deflated) holding these files in this order.
pub fn zip_of(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options).expect("zip entry starts");
        zip.write_all(bytes).expect("zip entry written");
    }
    zip.finish().expect("zip finishes").into_inner()
}

/// Something that is, or makes, the bytes of a DOCX.
pub trait DocxBytes {
    /// The file's bytes.
    fn docx_bytes(&self) -> Vec<u8>;
}
impl DocxBytes for Vec<u8> {
    fn docx_bytes(&self) -> Vec<u8> {
        self.clone()
    }
}
impl DocxBytes for Package {
    fn docx_bytes(&self) -> Vec<u8> {
        self.bytes()
    }
}

/// Reads a DOCX through the public API, failing the test if it cannot be read.
pub fn read_docx(file: &impl DocxBytes) -> Document {
    let bytes = file.docx_bytes();
    let format = sniff::sniff(&bytes).format;
    read::read(&bytes, format, &Limits::default()).unwrap_or_else(|e| panic!("the fixture must read: {e}"))
}

/// The word counts of a document.
pub fn words_of(doc: &Document) -> WordCounts {
    WordCounts::of(doc)
}

/// The third-party corpus: `../shared/corpus`, or the folder named by
/// `SUBMISSION_CHECKER_CORPUS`. A test that needs it is marked
/// `#[ignore = "needs ../shared/corpus"]`, so cargo lists it as ignored
/// rather than passing it; `scripts/test` runs those tests (`-- --ignored`)
/// when the corpus is there. Run without the corpus, such a test fails here
/// with this message: it never passes having tested nothing.
pub fn corpus_dir() -> PathBuf {
    shared_dir("SUBMISSION_CHECKER_CORPUS", "corpus", "manifest.tsv")
}

/// The two real call texts: `../shared/calls`, or the folder named by
/// `SUBMISSION_CHECKER_CALLS`. Same contract as [`corpus_dir`]; the tests
/// that need it are marked `#[ignore = "needs ../shared/calls"]`.
pub fn calls_dir() -> PathBuf {
    shared_dir("SUBMISSION_CHECKER_CALLS", "calls", "emler-2024-call.txt")
}

fn shared_dir(var: &str, name: &str, marker: &str) -> PathBuf {
    let dir = match std::env::var_os(var) {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(name),
    };
    assert!(
        dir.join(marker).is_file(),
        "this test needs ../shared/{name}, and there is no {marker} in {}. Put the data there or set {var} \
         to its folder; scripts/test runs these tests only where it exists (and fails under CI where it does not).",
        dir.display()
    );
    dir
}
