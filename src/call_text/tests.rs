//! Calls written for these tests, each varying what a real call may do:
//! other limits and units, other languages lists, dates in French, Spanish
//! and Portuguese, missing and contradictory lines, a web page.

use super::*;

fn read(text: &str) -> Extraction {
    extract(text, Lang::En)
}

fn missing(x: &Extraction) -> Vec<&'static str> {
    x.missing.iter().map(|m| m.field).collect()
}

fn reason<'a>(x: &'a Extraction, field: &str) -> &'a str {
    x.missing.iter().find(|m| m.field == field).map_or("(found)", |m| m.key)
}

fn date(s: &str) -> Option<Date> {
    Some(s.parse().unwrap())
}

/// A call laid out like the 2024 OHCHR page, with other values throughout.
const LABELLED: &str = "\
call for input | Special Procedures

Call for inputs: The right to health and climate change

Issued by

Special Rapporteur on the right to health

Input/comments should be sent by e-mail by 15 March 2025.

Email address:
sr-health@un.org

Email subject line:
“SRHEALTH 2025 Climate”

Word limit:
3,000 words, excluding footnotes

File formats:
Word (.docx), PDF

Accepted languages:
English and Spanish
";

#[test]
fn a_labelled_call_with_other_values() {
    let x = read(LABELLED);
    let d = &x.draft;
    assert_eq!(d.title.as_deref(), Some("Call for inputs: The right to health and climate change"));
    assert_eq!(d.issuer.as_deref(), Some("Special Rapporteur on the right to health"));
    assert_eq!(d.email.as_deref(), Some("sr-health@un.org"));
    assert_eq!(d.subject.as_deref(), Some("SRHEALTH 2025 Climate"), "quotation marks are not part of the subject");
    assert_eq!(d.deadline, date("2025-03-15"));
    assert_eq!(d.word_limit, Some(3000));
    assert_eq!(d.notes_count, Some(false));
    assert_eq!(d.formats, [Format::Docx, Format::Pdf], "\"Word (.docx)\" is .docx only");
    assert_eq!(d.languages, ["en", "es"]);
    assert_eq!(d.id.as_deref(), Some("srhealth-2025"));
    // Silent on hyperlinks and publication: listed, and the profile keeps its defaults.
    assert_eq!(missing(&x), ["hyperlinks", "published_in_full"]);
    let p = x.to_profile().unwrap();
    assert_eq!(p.hyperlinks, Hyperlinks::NotRequested);
    assert!(!p.published_in_full);
}

#[test]
fn a_limit_in_pages_is_not_a_word_limit() {
    let x = read("Call for inputs on housing rights\n\nSubmissions should not exceed a maximum of 5 pages and be sent by 1 July 2024.");
    assert_eq!(x.draft.word_limit, None);
    assert_eq!(reason(&x, "word_limit"), "call-text.other-unit");
    assert!(
        x.missing.iter().any(|m| m.field == "word_limit" && m.reason.contains("maximum of 5 pages")),
        "{:?}",
        x.missing
    );
}

#[test]
fn word_limits_written_in_prose() {
    let limit = |s: &str| read(s).draft.word_limit;
    assert_eq!(limit("Submissions should not exceed 2,500 words."), Some(2500));
    assert_eq!(limit("Contributions are limited to 3 000 words."), Some(3000));
    assert_eq!(limit("Les contributions ne doivent pas dépasser 2 500 mots."), Some(2500));
    assert_eq!(limit("Las contribuciones no deben superar las 2.500 palabras."), Some(2500));
    assert_eq!(limit("As contribuições devem ter no máximo 2.000 palavras."), Some(2000));
    // A number of words that limits nothing is not a limit.
    assert_eq!(limit("Please add a summary of 200 words."), None);
}

#[test]
fn two_different_limits_are_not_chosen_between() {
    let x = read("Submissions should not exceed 2,500 words.\n\nPlease keep your input to a maximum of 3,000 words.");
    assert_eq!(x.draft.word_limit, None);
    assert_eq!(reason(&x, "word_limit"), "call-text.ambiguous");
    assert!(x.missing.iter().any(|m| m.reason.contains("2500; 3000")), "{:?}", x.missing);
}

#[test]
fn a_french_call() {
    let call = "\
Appel à contributions : le droit au logement convenable

Les contributions doivent être envoyées au plus tard le 1er juin 2024 à l’adresse hrc-sr-housing@un.org.
Objet du courriel : LOGEMENT 2024
Limite de mots : 2 500 mots
Langues acceptées : anglais, français, espagnol
Veuillez inclure des liens hypertextes vers les documents cités.
Toutes les contributions seront publiées dans leur intégralité sur le site web.";
    let x = read(call);
    let d = &x.draft;
    assert_eq!(d.title.as_deref(), Some("Appel à contributions : le droit au logement convenable"));
    assert_eq!(d.deadline, date("2024-06-01"));
    assert_eq!(d.email.as_deref(), Some("hrc-sr-housing@un.org"));
    assert_eq!(d.subject.as_deref(), Some("LOGEMENT 2024"));
    assert_eq!(d.word_limit, Some(2500));
    assert_eq!(d.languages, ["en", "fr", "es"]);
    assert_eq!(d.hyperlinks, Some(Hyperlinks::Requested));
    assert_eq!(d.published_in_full, Some(true));
    assert_eq!(d.id.as_deref(), Some("logement-2024"));
}

#[test]
fn a_spanish_call() {
    let call = "\
Convocatoria de aportes: justicia racial y aplicación de la ley

Las contribuciones deben enviarse a ohchr-emler@un.org a más tardar el 24 de mayo de 2024, en inglés, francés o español, en formato Word o PDF.
Se ruega incluir hipervínculos a los documentos pertinentes.";
    let d = read(call).draft;
    assert_eq!(d.deadline, date("2024-05-24"));
    assert_eq!(d.email.as_deref(), Some("ohchr-emler@un.org"));
    assert_eq!(d.languages, ["en", "fr", "es"]);
    assert_eq!(d.formats, [Format::Docx, Format::Docm, Format::Doc, Format::Pdf]);
    assert_eq!(d.hyperlinks, Some(Hyperlinks::Requested));
    assert_eq!(d.id.as_deref(), Some("emler-2024"));
}

#[test]
fn a_portuguese_call() {
    let call = "\
Chamada para contribuições: justiça racial

As contribuições devem ser enviadas até 24 de maio de 2024 para o endereço ohchr-emler@un.org.
Assunto: EMLER 2024 Report
Idiomas aceitos: inglês, francês, espanhol, português
Todas as contribuições serão publicadas na íntegra no site.";
    let d = read(call).draft;
    assert_eq!(d.deadline, date("2024-05-24"));
    assert_eq!(d.subject.as_deref(), Some("EMLER 2024 Report"));
    assert_eq!(d.languages, ["en", "fr", "es", "pt"]);
    assert_eq!(d.published_in_full, Some(true));
}

#[test]
fn the_official_languages_of_the_united_nations() {
    let d = read("Submissions may be sent in any of the official languages of the United Nations.").draft;
    assert_eq!(d.languages, ["ar", "zh", "en", "fr", "ru", "es"]);
}

#[test]
fn the_call_offered_in_several_languages_is_not_a_languages_rule() {
    let x = read(
        "Download the call for inputs (PDF): English | Français | Español\n\nInputs should be sent by 24 May 2024.",
    );
    assert!(x.draft.languages.is_empty());
    assert_eq!(reason(&x, "languages"), "call-text.not-stated");
}

#[test]
fn items_not_understood_make_the_list_unread() {
    let x = read("File formats: Word, Pages\n\nAccepted languages: English, Klingon");
    assert!(x.draft.formats.is_empty());
    assert!(x.draft.languages.is_empty());
    assert_eq!(reason(&x, "formats"), "call-text.unrecognised");
    assert_eq!(reason(&x, "languages"), "call-text.unrecognised");
    assert!(x.missing.iter().any(|m| m.reason.ends_with(": Pages")), "{:?}", x.missing);
}

#[test]
fn missing_lines_are_listed_with_their_reason() {
    // The 2024 layout with the subject line emptied and the limit removed.
    let call = "Call for inputs: Justice and redress in law enforcement\n\nEmail address:\nohchr-emler@un.org\n\nEmail subject line:\n\nFile formats:\nWord, PDF";
    let x = read(call);
    assert_eq!(x.draft.email.as_deref(), Some("ohchr-emler@un.org"));
    assert_eq!(x.draft.subject, None);
    assert_eq!(reason(&x, "subject"), "call-text.empty-line");
    assert_eq!(reason(&x, "word_limit"), "call-text.not-stated");
    assert_eq!(reason(&x, "deadline"), "call-text.not-stated");
    // Without a deadline there is no year for the id: it is not made up.
    assert_eq!(reason(&x, "id"), "call-text.no-id");
    assert!(x.to_profile().unwrap_err().detail().contains("`id`"));
}

#[test]
fn an_id_given_by_hand_completes_the_profile() {
    let mut x = read("Call for inputs: Justice and redress in law enforcement\n\nEmail address: registry@ohchr.org");
    assert_eq!(reason(&x, "id"), "call-text.no-id", "a generic mailbox names no call");
    x.set_id("emler-2025");
    assert!(!missing(&x).contains(&"id"));
    let p = x.to_profile().unwrap();
    assert_eq!(p.id, "emler-2025");
    assert_eq!(p.sources["id"], "given by the secretariat");
}

#[test]
fn deadlines_need_a_cue_and_agree() {
    let deadline = |s: &str| read(s).draft.deadline;
    assert_eq!(deadline("Contributions should be sent no later than Friday, 31 January 2025."), date("2025-01-31"));
    assert_eq!(deadline("The deadline for submissions is 30 April 2025."), date("2025-04-30"));
    assert_eq!(deadline("Deadline:\n30 April 2025"), date("2025-04-30"));
    assert_eq!(deadline("Inputs may be sent until May 2, 2025."), date("2025-05-02"));
    // "Before" may mean the day before: not read.
    assert_eq!(deadline("Contributions should be sent before 24 May 2024."), None);
    // A date about the report, not the contributions.
    assert_eq!(deadline("The report will be presented by 30 September 2024."), None);
    let x = read("Inputs should be sent by 24 May 2024.\n\nContributions are due by 31 May 2024.");
    assert_eq!(x.draft.deadline, None);
    assert_eq!(reason(&x, "deadline"), "call-text.ambiguous");
}

#[test]
fn a_time_zone_named_with_the_deadline() {
    let x = read("Contributions should be sent by 24 May 2024, midnight New York time.");
    assert_eq!(x.draft.timezone.as_deref(), Some("America/New_York"));
    assert_eq!(read("Contributions should be sent by 24 May 2024.").draft.timezone, None);
}

#[test]
fn copies_are_cc_not_the_address() {
    let d = read("Contributions should be sent to sr-health@un.org, with a copy to registry@ohchr.org, by 1 May 2025.")
        .draft;
    assert_eq!(d.email.as_deref(), Some("sr-health@un.org"));
    assert_eq!(d.cc, ["registry@ohchr.org"]);
}

#[test]
fn an_address_for_questions_is_not_the_address() {
    let x = read("For questions, please write to info-desk@ohchr.org.");
    assert_eq!(x.draft.email, None);
    assert_eq!(reason(&x, "email"), "call-text.not-stated");
}

#[test]
fn an_address_hidden_by_the_page_is_explained() {
    let x = read("Email address:\n[email protected]");
    assert_eq!(x.draft.email, None);
    assert_eq!(reason(&x, "email"), "call-text.email-protected");
}

#[test]
fn hyperlinks_requested_required_or_refused() {
    let links = |s: &str| read(s).draft.hyperlinks;
    assert_eq!(links("Please include hyperlinks to relevant websites."), Some(Hyperlinks::Requested));
    assert_eq!(links("Submissions must include links to the sources cited."), Some(Hyperlinks::Required));
    assert_eq!(links("Please do not include hyperlinks in the text."), Some(Hyperlinks::NotRequested));
    assert_eq!(links("Learn more about the mandate here."), None);
}

#[test]
fn publication_stated_either_way() {
    let published = |s: &str| read(s).draft.published_in_full;
    assert_eq!(published("All submissions will be published in full on the OHCHR website."), Some(true));
    assert_eq!(published("Contributions will not be published."), Some(false));
    assert_eq!(published("Contributions will inform the report."), None);
}

/// The 2024 call as its web page would carry it (markup written for this
/// test): navigation, a script, list items, definition lists, an address
/// hidden by Cloudflare.
#[test]
fn an_html_call_reads_like_its_text() {
    let cf: String = std::iter::once(0x21u8)
        .chain("ohchr-emler@un.org".bytes().map(|b| b ^ 0x21))
        .map(|b| format!("{b:02x}"))
        .collect();
    let html = format!(
        r##"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Call for inputs | OHCHR</title>
<script>window.dataLayer = ["Word limit: 99 words"];</script><style>.x{{color:red}}</style></head>
<body><a href="#main">Skip to main content</a><nav><ul><li><a href="/">Home</a></li></ul></nav>
<main id="main"><div class="label">call for input | HRC subsidiary body</div>
<h1>Call for inputs: Justice, accountability and redress - Report of the International Independent Expert Mechanism to Advance Racial Justice and Equality in Law Enforcement</h1>
<div class="field"><div class="field__label">Issued by</div><div class="field__item">Expert Mechanism to Advance Racial Justice and Equality in Law Enforcement</div></div>
<h2>Next Steps</h2><p>Input/comments should be sent by e-mail by 24&nbsp;May&nbsp;2024.</p>
<p>Please include hyperlinks to relevant websites, documents, statistical data, public regulations and legislation providing more detailed information.</p>
<p>Unless otherwise specified, all contributions will be made available in full and as received on the public website of the Expert Mechanism.</p>
<dl><dt>Email address:</dt><dd><a href="/cdn-cgi/l/email-protection" data-cfemail="{cf}">[email&#160;protected]</a></dd>
<dt>Email subject line:</dt><dd>EMLER 2024 Report</dd>
<dt>Word limit:</dt><dd>2500 words</dd>
<dt>File formats:</dt><dd>Word, PDF</dd>
<dt>Accepted languages:</dt><dd>English, French, Spanish, Portuguese</dd></dl></main></body></html>"##
    );
    let x = extract_any(&html, Lang::En);
    assert_eq!(missing(&x), Vec::<&str>::new(), "{:?}", x.missing);
    let p = x.to_profile().unwrap();
    let builtin = crate::profile::builtin("emler-2024").unwrap();
    // The page keeps the address the text lost: it is now the recipient.
    assert_eq!(p.email.as_deref(), builtin.email_hint.as_deref());
    assert_eq!((p.id, p.title, p.issuer), (builtin.id, builtin.title, builtin.issuer));
    assert_eq!((p.subject, p.deadline, p.word_limit), (builtin.subject, builtin.deadline, builtin.word_limit));
    assert_eq!((p.formats, p.languages), (builtin.formats, builtin.languages));
    assert_eq!((p.hyperlinks, p.published_in_full), (builtin.hyperlinks, builtin.published_in_full));
}

#[test]
fn reasons_are_given_in_the_language_asked_for() {
    let x = extract(
        "Call for inputs: Justice and redress in law enforcement\n\nEmail address:\n\nWord limit: 2500 words",
        Lang::Fr,
    );
    let email = x.missing.iter().find(|m| m.field == "email").unwrap();
    // French typography: no-break spaces inside « » (as everywhere in fr.rs).
    assert_eq!(email.reason, "la ligne «\u{a0}Email address:\u{a0}» de l’appel est vide");
}

#[test]
fn text_of_any_encoding_is_decoded() {
    assert_eq!(decode("Fran\u{e7}ais".as_bytes()), "Français");
    assert_eq!(decode(b"\xEF\xBB\xBFWord limit"), "Word limit");
    assert_eq!(decode(b"Fran\xe7ais \x93EMLER\x94"), "Français “EMLER”", "Windows-1252");
    assert_eq!(decode(&[0xFF, 0xFE, b'O', 0, b'K', 0]), "OK", "UTF-16LE");
}

#[test]
fn no_text_makes_it_panic() {
    for text in [
        "",
        ":",
        "Email address:",
        "Word limit:\n",
        "by 99 May 2024",
        "Issued by",
        "(the “",
        "the (the Expert Mechanism)",
        "@",
        "a@",
        "1,",
        "3,00",
    ] {
        let x = read(text);
        assert!(x.draft.id.is_none(), "{text:?}");
        let _ = x.to_toml();
    }
}
