use super::{publication, Context, Rule};
use crate::report::{Finding, Severity};
use crate::sniff::Format;

/// `personal-metadata`: names and organisations stored in the file's properties.
pub const RULE: Rule = Rule {
    id: "personal-metadata",
    severity: Severity::Info,
    summary: "Shows the names, organisations, template path and custom properties stored in the file's properties (information; a warning when the call requires clean files).",
    doc: "**What it checks.** The values stored in the file's properties that may name people or \
organisations, each shown as stored. Word: author, last modified by, company, manager, the attached \
template when it is a path (and the user name in it, such as `C:\\Users\\asouza\\…`), and custom properties \
(name: value). PDF: the author and the creating program (`/Author`, `/Creator`, from the Info dictionary or \
the XMP metadata, as the PDF reader gives them). One person who is both author and last to save is named once.\n\n\
**Why.** Calls publish contributions \"in full and as received\", and anyone can read these values \
(File > Info in Word, File > Properties in a PDF viewer). A contributor may want them to name the \
organisation, not a staff member, or not at all. They are not wrong in themselves, so each is information \
and shows the actual value so the person can decide; only when the call's profile sets `clean_files_required` \
is each a warning, which makes the verdict *ready, but* and offers the clean copy, which clears them. The rule runs for every call; \
publication changes the words only.\n\n\
**Example.** *The file's properties name its author, who also saved it last: “Randy Bartels”.* and *The file records the template it \
was made from as a path that shows the user name “asouza”: C:\\Users\\asouza\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm.*",
    check,
};

/// How many custom properties a message lists.
const MAX_CUSTOM: usize = 8;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let m = &doc.metadata;
    let audience = publication::audience(ctx.profile);
    let (severity, publishes) = publication::personal(ctx.profile);
    let info = |key: &'static str, value: &str| {
        let mut f = RULE.finding(severity, key).param("value", value).param("audience", audience);
        f.publishes = publishes;
        f
    };
    let mut out = Vec::new();
    if ctx.file.format == Format::Pdf {
        if let Some(v) = &m.author {
            out.push(info("personal-metadata.pdf-author", v));
        }
        if let Some(v) = &m.application {
            out.push(info("personal-metadata.pdf-creator", v));
        }
        return out;
    }
    // Most files name the same person twice: say it once.
    let last = m.last_modified_by.as_ref().filter(|l| Some(*l) != m.author.as_ref());
    let author_key = if m.last_modified_by.is_some() && last.is_none() {
        "personal-metadata.author-saved"
    } else {
        "personal-metadata.author"
    };
    let people = [
        (author_key, &m.author),
        ("personal-metadata.last-modified-by", &last.cloned()),
        ("personal-metadata.company", &m.company),
        ("personal-metadata.manager", &m.manager),
    ];
    for (key, value) in people {
        if let Some(v) = value {
            out.push(info(key, v));
        }
    }
    if let Some(t) = m.template.as_deref().filter(|t| t.contains(['/', '\\'])) {
        out.push(match user_in_path(t) {
            Some(user) => info("personal-metadata.template-user", t).param("user", user),
            None => info("personal-metadata.template", t),
        });
    }
    if !m.custom.is_empty() {
        let mut shown: Vec<String> = m.custom.iter().take(MAX_CUSTOM).map(|(k, v)| format!("{k}: {v}")).collect();
        if m.custom.len() > MAX_CUSTOM {
            shown.push("…".into());
        }
        out.push(info("personal-metadata.custom", &shown.join("; ")).param("count", m.custom.len()));
    }
    out
}

/// The user name in a Windows, macOS or Linux home-folder path
/// (`C:\Users\asouza\…`, `/Users/asouza/…`, `/home/asouza/…`).
fn user_in_path(path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let i = parts
        .iter()
        .position(|p| ["users", "documents and settings", "home"].contains(&p.to_ascii_lowercase().as_str()))?;
    let user = *parts.get(i + 1)?;
    let generic = ["public", "default", "all users", "shared"].contains(&user.to_ascii_lowercase().as_str());
    // A home folder is followed by more of the path; a file directly in /Users is not a user name.
    (!generic && parts.len() > i + 2).then(|| user.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Metadata};
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use docx_rs::{Docx, Paragraph, Run};

    fn values(f: &[Finding]) -> Vec<(&'static str, String)> {
        f.iter()
            .map(|f| match &f.params["value"] {
                Param::Text(v) => (f.key, v.clone()),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    /// docx-rs always writes the author "unknown": the properties below are
    /// written as Word writes them.
    #[test]
    fn word_properties_are_shown_as_stored() {
        let core = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <dc:title>Contribution</dc:title>
  <dc:creator>Ana Souza</dc:creator>
  <cp:lastModifiedBy>Jean Dupont</cp:lastModifiedBy>
  <dcterms:created xsi:type="dcterms:W3CDTF">2024-05-01T10:00:00Z</dcterms:created>
</cp:coreProperties>"#;
        let app = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
  <Template>Normal.dotm</Template>
  <Application>Microsoft Office Word</Application>
  <Company>Centre for Justice</Company>
  <Manager>Maria Lopes</Manager>
</Properties>"#;
        let custom = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
  <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Checked by"><vt:lpwstr>Paulo Reis</vt:lpwstr></property>
</Properties>"#;
        let docx = pack(Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("Complaints rose."))));
        let bytes = with_parts(
            &docx,
            &[("docProps/core.xml", core), ("docProps/app.xml", app), ("docProps/custom.xml", custom)],
        );
        let f = findings(&RULE, &read_docx(&bytes), Format::Docx, &profile());
        assert!(f.iter().all(|f| f.severity == Severity::Info));
        assert_eq!(
            values(&f),
            [
                ("personal-metadata.author", "Ana Souza".to_string()),
                ("personal-metadata.last-modified-by", "Jean Dupont".to_string()),
                ("personal-metadata.company", "Centre for Justice".to_string()),
                ("personal-metadata.manager", "Maria Lopes".to_string()),
                // "Normal.dotm" is not a path: nothing to show.
                ("personal-metadata.custom", "Checked by: Paulo Reis".to_string()),
            ]
        );
        let (message, help) = english(&f[0]);
        assert!(message.contains("“Ana Souza”"), "{message}");
        assert!(help.contains("Document Properties and Personal Information"), "{help}");
    }

    #[test]
    fn one_person_as_author_and_last_saver_is_named_once() {
        let doc = Document {
            metadata: Metadata {
                author: Some("Randy Bartels".into()),
                last_modified_by: Some("Randy Bartels".into()),
                ..Metadata::default()
            },
            ..Document::default()
        };
        let f = findings(&RULE, &doc, Format::Docx, &profile());
        assert_eq!(values(&f), [("personal-metadata.author-saved", "Randy Bartels".to_string())]);
        let (message, _) = english(&f[0]);
        assert!(message.contains("also saved it last"), "{message}");
    }

    /// Word records an attached template in the settings part's relationships.
    #[test]
    fn a_template_path_shows_the_user_name() {
        let settings_rels = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:\Users\asouza\AppData\Roaming\Microsoft\Templates\NGO%20letter.dotx" TargetMode="External"/>
</Relationships>"#;
        let docx = pack(Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("Complaints rose."))));
        let bytes = with_parts(&docx, &[("word/_rels/settings.xml.rels", settings_rels)]);
        let f = findings(&RULE, &read_docx(&bytes), Format::Docx, &profile());
        let t = f.iter().find(|f| f.key.starts_with("personal-metadata.template")).expect("a template finding");
        assert_eq!(t.key, "personal-metadata.template-user");
        assert_eq!(t.params["user"], Param::Text("asouza".into()));
        assert_eq!(
            t.params["value"],
            Param::Text(r"file:///C:\Users\asouza\AppData\Roaming\Microsoft\Templates\NGO%20letter.dotx".into())
        );
    }

    #[test]
    fn user_names_come_from_home_folders_only() {
        assert_eq!(user_in_path("/Users/ana/Library/Templates/x.dotx").as_deref(), Some("ana"));
        assert_eq!(user_in_path(r"\\server\templates\NGO.dotx"), None);
        assert_eq!(user_in_path(r"C:\Users\Public\Templates\x.dotx"), None);
    }

    /// PDF values as the PDF reader fills them (Info `/Author` and `/Creator`).
    #[test]
    fn pdf_author_and_creator_are_shown() {
        let doc = Document {
            metadata: Metadata {
                author: Some("Ana Souza".into()),
                application: Some("Microsoft Word - draft 3 asouza.docx".into()),
                producer: Some("macOS Quartz PDFContext".into()),
                ..Metadata::default()
            },
            ..Document::default()
        };
        let f = findings(&RULE, &doc, Format::Pdf, &profile());
        assert_eq!(
            values(&f),
            [
                ("personal-metadata.pdf-author", "Ana Souza".to_string()),
                ("personal-metadata.pdf-creator", "Microsoft Word - draft 3 asouza.docx".to_string())
            ]
        );
    }

    #[test]
    fn a_file_without_properties_shows_nothing() {
        assert!(findings(&RULE, &Document::default(), Format::Docx, &profile()).is_empty());
        assert!(findings(&RULE, &Document::default(), Format::Pdf, &profile()).is_empty());
    }
}
