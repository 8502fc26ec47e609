//! Our `.eml` drafts, read back by an independent MIME parser (the
//! `mail-parser` crate, which Stalwart's mail server uses): the exact address,
//! subject, body and attachment bytes must come back, including accented and
//! non-Latin names and text.

use mail_parser::{MessageParser, MimeHeaders};
use submission_checker::send::{content_type, eml, Attachment, Cover, MAILTO_MAX};
use submission_checker::sniff::Format;
use submission_checker::{check_with, profile, Lang, Options};

/// A call with a recipient, two copies and a non-ASCII subject, as a
/// secretariat would write it in TOML.
fn call_with_everything() -> profile::CallProfile {
    profile::from_toml(
        r#"
id = "consulta-2025"
title = "Consulta pública"
email = "registry@ohchr.org"
cc = ["copy-one@un.org", "copy-two@un.org"]
subject = "Contribución — Informe 2025 (ΕΛΛΑΔΑ / 中文)"
"#,
    )
    .unwrap()
}

/// Every byte value, twice, then a run that base64 must wrap over many lines.
fn binary_payload() -> Vec<u8> {
    let mut v: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
    v.extend(std::iter::repeat_n(b'=', 300));
    v.extend(b"\r\n--=_ not a boundary\r\n.\r\n");
    v
}

fn cover(file_name: &str) -> Cover {
    Cover {
        organisation: Some("Asociação Ñandú & Co — 中文".into()),
        contact: Some("María-José Ελένη".into()),
        title: Some("Justicia y reparación: informe = 2025".into()),
        file_name: file_name.into(),
        words: Some(2400),
        language: Some("es".into()),
    }
}

#[test]
fn mail_parser_reads_back_address_subject_body_and_attachment() {
    let call = call_with_everything();
    let name = "Contribución_Perú_ΕΛΛΑΔΑ_中文.docx";
    let bytes = binary_payload();
    let draft =
        eml(&call, &cover(name), Lang::Es, &Attachment { name, bytes: &bytes, format: Format::Docx }, 1_715_342_400);

    let msg = MessageParser::default().parse(draft.as_bytes()).expect("a MIME message");
    assert_eq!(msg.to().and_then(|a| a.first()).and_then(|a| a.address()), Some("registry@ohchr.org"));
    let cc: Vec<&str> = msg.cc().unwrap().iter().filter_map(|a| a.address()).collect();
    assert_eq!(cc, ["copy-one@un.org", "copy-two@un.org"]);
    assert_eq!(msg.subject(), Some("Contribución — Informe 2025 (ΕΛΛΑΔΑ / 中文)"));
    assert_eq!(msg.header_raw("X-Unsent").map(str::trim), Some("1"));
    assert_eq!(msg.header_raw("MIME-Version").map(str::trim), Some("1.0"));
    assert!(msg.from().is_none(), "the mail app fills in the sender");
    let date = msg.date().expect("a Date header");
    assert_eq!((date.year, date.month, date.day, date.hour), (2024, 5, 10, 12));

    let body = msg.body_text(0).expect("a text body").replace("\r\n", "\n");
    for expected in
        ["Asociação Ñandú & Co — 中文", "María-José Ελένη", "Justicia y reparación: informe = 2025", name, "2400"]
    {
        assert!(body.contains(expected), "body lacks {expected:?}:\n{body}");
    }
    assert!(!body.contains("[Antes de enviar"), "the draft carries the file: no reminder to attach it:\n{body}");

    assert_eq!(msg.attachment_count(), 1);
    let file = msg.attachment(0).unwrap();
    assert_eq!(file.attachment_name(), Some(name));
    assert_eq!(file.contents(), bytes.as_slice(), "the attachment is byte-identical");
    let ct = file.content_type().unwrap();
    assert_eq!(
        format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default()),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
}

#[test]
fn a_call_without_an_address_gives_a_draft_without_a_recipient() {
    let call = profile::builtin("emler-2024").unwrap();
    let draft = eml(
        &call,
        &cover("x.pdf"),
        Lang::En,
        &Attachment { name: "x.pdf", bytes: b"%PDF-1.7\n", format: Format::Pdf },
        0,
    );
    let msg = MessageParser::default().parse(draft.as_bytes()).unwrap();
    assert!(msg.to().is_none());
    // The call's words: "Email subject line: EMLER 2024 Report".
    assert_eq!(msg.subject(), Some("EMLER 2024 Report"));
    assert!(!draft.contains("ohchr-emler@un.org"), "the hint is never the recipient");
    assert_eq!(msg.attachment(0).unwrap().contents(), b"%PDF-1.7\n");
}

#[test]
fn plain_and_very_long_file_names_come_back_exactly() {
    let call = profile::builtin("emler-2023").unwrap();
    for name in [
        "contribution.docx",
        "a \"quoted\" name.docx",
        &format!("{}.docx", "Informe anual de la sociedad civil sobre justicia ".repeat(5)),
        "日本語のファイル名.pdf",
    ] {
        let draft =
            eml(&call, &cover(name), Lang::Fr, &Attachment { name, bytes: b"PK\x03\x04", format: Format::Docx }, 0);
        for line in draft.split("\r\n") {
            assert!(line.len() <= 78, "line over 78 characters: {line}");
        }
        let msg = MessageParser::default().parse(draft.as_bytes()).unwrap();
        assert_eq!(msg.attachment(0).unwrap().attachment_name(), Some(name));
    }
}

#[test]
fn each_format_gets_its_registered_content_type() {
    // IANA media types registry and Microsoft's Office MIME types.
    assert_eq!(content_type(Format::Pdf), "application/pdf");
    assert_eq!(content_type(Format::Doc), "application/msword");
    assert_eq!(content_type(Format::Docm), "application/vnd.ms-word.document.macroEnabled.12");
    assert_eq!(content_type(Format::Odt), "application/vnd.oasis.opendocument.text");
    assert_eq!(content_type(Format::Unknown), "application/octet-stream");
}

#[test]
fn the_boundary_never_occurs_inside_a_part() {
    let call = profile::builtin("emler-2023").unwrap();
    let bytes = binary_payload();
    let draft =
        eml(&call, &cover("f.docx"), Lang::En, &Attachment { name: "f.docx", bytes: &bytes, format: Format::Docx }, 0);
    let boundary = draft.split("boundary=\"").nth(1).and_then(|s| s.split('"').next()).unwrap();
    // Once in the header, then the two part delimiters and the closing one.
    assert_eq!(draft.matches(boundary).count(), 4, "{draft}");
}

#[test]
fn a_checked_file_gives_the_same_body_in_the_mailto_and_the_draft() {
    // A real DOCX, written by docx-rs.
    let mut docx = Vec::new();
    docx_rs::Docx::new()
        .add_paragraph(
            docx_rs::Paragraph::new().add_run(
                docx_rs::Run::new().add_text("Contribution sur la justice et la réparation pour les victimes"),
            ),
        )
        .build()
        .pack(std::io::Cursor::new(&mut docx))
        .unwrap();
    let call = profile::builtin("emler-2023").unwrap();
    let options = Options {
        lang: Lang::Fr,
        organisation: Some("Réseau Ñ".into()),
        contact: Some("Zoë".into()),
        ..Options::default()
    };
    let report = check_with(&docx, "dossier/Contribución.docx", &call, None, &options);
    let draft = submission_checker::eml(&docx, &report, &call, &options, 0);
    let msg = MessageParser::default().parse(draft.as_bytes()).unwrap();
    assert_eq!(msg.attachment(0).unwrap().contents(), docx.as_slice());
    assert_eq!(msg.attachment(0).unwrap().attachment_name(), Some("Contribución.docx"));
    let body = msg.body_text(0).unwrap().replace("\r\n", "\n");

    // The mailto's body, percent-decoded, holds the same lines plus the reminder to attach.
    let link = &report.mailto;
    assert!(link.len() <= MAILTO_MAX);
    let query = link.split_once("body=").unwrap().1;
    let mailto_body = percent_decode(query).replace("\r\n", "\n");
    for line in body.lines().filter(|l| !l.is_empty()) {
        assert!(mailto_body.contains(line), "mailto body lacks {line:?}:\n{mailto_body}");
    }
    assert!(body.contains("Réseau Ñ") && body.contains("Zoë") && body.contains("Contribución.docx"));
}

/// RFC 3986 percent-decoding, written out here rather than borrowed from our code.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}
