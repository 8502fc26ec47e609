//! A call for inputs, as text, → a draft [`CallProfile`] and the list of what
//! the text does not say.
//!
//! The secretariat pastes or saves the call's own text; this module reads the
//! labelled lines a call page carries ("Word limit: 2500 words", "Email
//! subject line:" with the subject on the next line) and the sentences of its
//! "Process" paragraph ("Contributions should be sent in Word format by email
//! to: … by 12 May 2023"). Every value keeps the call's words it came from
//! (`sources`). A value is taken only when the text states it; when a field
//! is absent, stated twice differently, or stated in a form that is not what
//! the profile needs (a limit in pages), it is listed in
//! [`Extraction::missing`] with the reason, and left out: **it never guesses**.
//!
//! ```
//! use submission_checker::call_text;
//!
//! let call = "Call for inputs: Policing and racial justice\n\n\
//!             Email address: registry@example.org\n\
//!             Email subject line: EMLER 2025 Report\n\
//!             Word limit: 3,000 words\n\
//!             Input should be sent by e-mail by 30 May 2025.";
//! let found = call_text::extract(call, Default::default());
//! assert_eq!(found.draft.subject.as_deref(), Some("EMLER 2025 Report"));
//! assert_eq!(found.draft.word_limit, Some(3000));
//! assert_eq!(found.draft.deadline.map(|d| d.to_string()).as_deref(), Some("2025-05-30"));
//! assert_eq!(found.draft.id.as_deref(), Some("emler-2025"));
//! // The text names no languages and no formats: listed, not invented.
//! assert!(found.missing.iter().any(|m| m.field == "languages"));
//! ```
//!
//! What counts as stating a field is documented on each `find_*` function.
//! The module is pure: text in, draft out; the CLI reads files, the page
//! passes pasted text.

pub mod dates;
mod encoding;
mod html;
mod toml_out;

pub use encoding::decode;
pub use html::{html_to_text, looks_like_html};

use crate::date::Date;
use crate::error::Error;

use crate::messages::{self, Lang, Param};
use crate::profile::{CallProfile, Hyperlinks};
use crate::sniff::Format;
use serde::Serialize;
use std::collections::BTreeMap;

/// What the call's text states, field by field. `None` (or an empty list):
/// the text does not state it, and [`Extraction::missing`] says why.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CallDraft {
    /// Derived from the subject line's acronym (or the address) and the deadline's year.
    pub id: Option<String>,
    /// The call's heading.
    pub title: Option<String>,
    /// The body that issued the call.
    pub issuer: Option<String>,
    /// Where contributions are sent.
    pub email: Option<String>,
    /// Addresses the call asks to copy.
    pub cc: Vec<String>,
    /// The exact email subject line.
    pub subject: Option<String>,
    /// The last day.
    pub deadline: Option<Date>,
    /// The time zone, when the call names one ("Geneva time").
    pub timezone: Option<String>,
    /// The word limit.
    pub word_limit: Option<u32>,
    /// Whether notes count against the limit, when the call says.
    pub notes_count: Option<bool>,
    /// Accepted formats ("Word" gives docx, docm and doc).
    pub formats: Vec<Format>,
    /// Accepted languages, ISO 639-1.
    pub languages: Vec<String>,
    /// What the call says about hyperlinks.
    pub hyperlinks: Option<Hyperlinks>,
    /// Whether contributions are published in full.
    pub published_in_full: Option<bool>,
    /// Field → the call's words the value came from (or why it is absent).
    pub sources: BTreeMap<String, String>,
}

/// A field the text does not state, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Missing {
    /// The profile field (`email`, `word_limit`...).
    pub field: &'static str,
    /// The message key of the reason (`call-text.empty-line`...).
    pub key: &'static str,
    /// The reason, in the language asked for.
    pub reason: String,
}

/// The result of reading a call: the draft and the fields it lacks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extraction {
    /// What the text states.
    pub draft: CallDraft,
    /// The fields the text does not state (in profile order), each with its reason.
    pub missing: Vec<Missing>,
    /// The language of the reasons and of the notes in `sources`.
    pub lang: Lang,
}

/// The fields extraction looks for, in profile order. `cc`, `timezone` and
/// `notes_count` are read when stated but never listed as missing: a call
/// that is silent on them leaves the profile's documented defaults.
pub const FIELDS: [&str; 11] = [
    "id",
    "title",
    "issuer",
    "email",
    "subject",
    "deadline",
    "word_limit",
    "formats",
    "languages",
    "hyperlinks",
    "published_in_full",
];

/// Reads a call given as plain text or HTML (told apart by [`looks_like_html`]).
pub fn extract_any(text: &str, lang: Lang) -> Extraction {
    if looks_like_html(text) {
        extract(&html_to_text(text), lang)
    } else {
        extract(text, lang)
    }
}

/// Reads a call's plain text. Reasons and notes are written in `lang`.
pub fn extract(text: &str, lang: Lang) -> Extraction {
    let call = CallText::new(text);
    let mut found = Found { lang, draft: CallDraft::default(), missing: Vec::new() };

    found.take("title", find_title(&call), |d, v| d.title = Some(v));
    found.take("issuer", find_issuer(&call), |d, v| d.issuer = Some(v));
    let (email, cc) = find_email(&call);
    found.take("email", email, |d, v| d.email = Some(v));
    if !cc.is_empty() {
        found.draft.sources.insert("cc".into(), quote_all(cc.iter().map(|c| c.quote.as_str())));
        found.draft.cc = cc.into_iter().map(|c| c.value).collect();
    }
    found.take("subject", find_subject(&call), |d, v| d.subject = Some(v));
    found.take("deadline", find_deadline(&call), |d, v| d.deadline = Some(v));
    if let Some(tz) = find_timezone(&call) {
        found.draft.sources.insert("timezone".into(), quote(&tz.quote));
        found.draft.timezone = Some(tz.value.to_string());
    }
    found.take("word_limit", find_word_limit(&call), |d, v| d.word_limit = Some(v));
    if let Some(n) = find_notes_count(&call) {
        found.draft.sources.insert("notes_count".into(), quote(&n.quote));
        found.draft.notes_count = Some(n.value);
    }
    let word_note = messages::text(lang, "call-text.word-formats");
    found.take_noted("formats", find_formats(&call), |d, (v, word)| {
        d.formats = v;
        word.then(|| word_note.clone())
    });
    found.take("languages", find_languages(&call), |d, v| d.languages = v);
    found.take("hyperlinks", find_hyperlinks(&call), |d, v| d.hyperlinks = Some(v));
    found.take("published_in_full", find_published(&call), |d, v| d.published_in_full = Some(v));

    // The id comes last: it is built from the subject or address and the deadline.
    match derive_id(&found.draft) {
        Ok((id, key, params)) => {
            found.draft.id = Some(id);
            found.draft.sources.insert("id".into(), render(lang, key, params));
        }
        Err(()) => found.miss("id", Why::new("call-text.no-id")),
    }
    let order = |f: &str| FIELDS.iter().position(|x| *x == f).unwrap_or(FIELDS.len());
    found.missing.sort_by_key(|m| order(m.field));
    Extraction { draft: found.draft, missing: found.missing, lang }
}

impl Extraction {
    /// The profile, when the text gave at least an id and a title (the two
    /// fields a profile cannot do without); else an error naming the field.
    pub fn to_profile(&self) -> Result<CallProfile, Error> {
        let d = &self.draft;
        let need = |field: &str, v: &Option<String>| {
            v.clone().ok_or_else(|| Error::profile(format!("field `{field}`: not found in the call's text; give it")))
        };
        let mut p = crate::profile::from_json(r#"{"id":"x","title":"x"}"#)?;
        p.id = need("id", &d.id)?;
        p.title = need("title", &d.title)?;
        p.issuer = d.issuer.clone();
        p.email = d.email.clone();
        p.cc = d.cc.clone();
        p.subject = d.subject.clone();
        p.deadline = d.deadline;
        if let Some(tz) = &d.timezone {
            p.timezone = tz.clone();
        }
        p.word_limit = d.word_limit;
        p.notes_count = d.notes_count.unwrap_or(false);
        p.formats = d.formats.clone();
        p.languages = d.languages.clone();
        p.hyperlinks = d.hyperlinks.unwrap_or_default();
        p.published_in_full = d.published_in_full.unwrap_or(false);
        p.sources = d.sources.clone();
        p.validate()?;
        Ok(p)
    }

    /// Sets the id by hand (the CLI's `--id`, the page's id field), noting it in `sources`.
    pub fn set_id(&mut self, id: &str) {
        self.draft.id = Some(id.to_string());
        self.draft.sources.insert("id".into(), messages::text(self.lang, "call-text.id-given"));
        self.missing.retain(|m| m.field != "id");
    }
}

/// The text of a call saved as a file: a Word document (its paragraphs, one
/// per paragraph of text), a web page or plain text (decoded with [`decode`];
/// a web page is stripped later by [`extract_any`]). A PDF is read when the
/// PDF reader can read it. Anything else is an error naming the format.
pub fn text_of(bytes: &[u8]) -> Result<String, Error> {
    let sniffed = crate::sniff::sniff(bytes);
    match sniffed.format {
        Format::Docx | Format::Docm | Format::Pdf => {
            let doc = crate::read::read(bytes, sniffed.format, &crate::limits::Limits::default())?;
            Ok(doc.body.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n"))
        }
        Format::Txt | Format::Html => Ok(decode(bytes)),
        // Text in a legacy 8-bit encoding may not look like UTF-8 text to the sniffer.
        Format::Unknown if sniffed.description.is_none() && !bytes.contains(&0) => Ok(decode(bytes)),
        Format::Empty => Err(Error::corrupt("the file is empty (0 bytes)")),
        other => Err(Error::new(crate::error::ErrorKind::Unsupported(format!(
            "{}: save the call as text, a web page or a Word document",
            other.id()
        )))),
    }
}

// ---------------------------------------------------------------------------
// The text: units (a paragraph, a list item, a labelled line with its value)
// and their sentences.

/// Fields a labelled line can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Issuer,
    Email,
    Subject,
    WordLimit,
    Formats,
    Languages,
    Deadline,
}

/// Labels as call pages print them, lower case, in en/fr/es/pt; the longest
/// is tried first so "email subject line" is not read as "email".
const LABELS: &[(&str, Field)] = &[
    ("issued by", Field::Issuer),
    ("émis par", Field::Issuer),
    ("publié par", Field::Issuer),
    ("emitido por", Field::Issuer),
    ("publicado por", Field::Issuer),
    ("email address", Field::Email),
    ("e-mail address", Field::Email),
    ("email", Field::Email),
    ("e-mail", Field::Email),
    ("send to", Field::Email),
    ("adresse électronique", Field::Email),
    ("adresse e-mail", Field::Email),
    ("adresse courriel", Field::Email),
    ("courriel", Field::Email),
    ("correo electrónico", Field::Email),
    ("dirección de correo electrónico", Field::Email),
    ("endereço de e-mail", Field::Email),
    ("endereço eletrônico", Field::Email),
    ("endereço electrónico", Field::Email),
    ("email subject line", Field::Subject),
    ("e-mail subject line", Field::Subject),
    ("email subject", Field::Subject),
    ("e-mail subject", Field::Subject),
    ("subject line", Field::Subject),
    ("subject", Field::Subject),
    ("objet du courriel", Field::Subject),
    ("objet du message", Field::Subject),
    ("ligne d'objet", Field::Subject),
    ("ligne d’objet", Field::Subject),
    ("objet", Field::Subject),
    ("asunto del correo electrónico", Field::Subject),
    ("asunto del correo", Field::Subject),
    ("línea de asunto", Field::Subject),
    ("asunto", Field::Subject),
    ("assunto do e-mail", Field::Subject),
    ("linha de assunto", Field::Subject),
    ("assunto", Field::Subject),
    ("word limit", Field::WordLimit),
    ("word count", Field::WordLimit),
    ("maximum length", Field::WordLimit),
    ("length", Field::WordLimit),
    ("limite de mots", Field::WordLimit),
    ("nombre de mots", Field::WordLimit),
    ("longueur maximale", Field::WordLimit),
    ("límite de palabras", Field::WordLimit),
    ("extensión máxima", Field::WordLimit),
    ("extensión", Field::WordLimit),
    ("limite de palavras", Field::WordLimit),
    ("extensão máxima", Field::WordLimit),
    ("file formats", Field::Formats),
    ("file format", Field::Formats),
    ("accepted formats", Field::Formats),
    ("formats", Field::Formats),
    ("format", Field::Formats),
    ("formats de fichier", Field::Formats),
    ("format de fichier", Field::Formats),
    ("formats acceptés", Field::Formats),
    ("formatos de archivo", Field::Formats),
    ("formato de archivo", Field::Formats),
    ("formatos aceptados", Field::Formats),
    ("formatos de arquivo", Field::Formats),
    ("formato de arquivo", Field::Formats),
    ("formatos aceitos", Field::Formats),
    ("formatos", Field::Formats),
    ("formato", Field::Formats),
    ("accepted languages", Field::Languages),
    ("languages", Field::Languages),
    ("language", Field::Languages),
    ("langues acceptées", Field::Languages),
    ("langues", Field::Languages),
    ("langue", Field::Languages),
    ("idiomas aceptados", Field::Languages),
    ("idiomas aceitos", Field::Languages),
    ("línguas aceitas", Field::Languages),
    ("idiomas", Field::Languages),
    ("idioma", Field::Languages),
    ("línguas", Field::Languages),
    ("deadline", Field::Deadline),
    ("submission deadline", Field::Deadline),
    ("deadline for submissions", Field::Deadline),
    ("date limite", Field::Deadline),
    ("date limite de soumission", Field::Deadline),
    ("fecha límite", Field::Deadline),
    ("plazo", Field::Deadline),
    ("prazo", Field::Deadline),
    ("data limite", Field::Deadline),
    ("prazo final", Field::Deadline),
];

/// A labelled line: "Word limit: 2500 words", or "Word limit:" with the value
/// on the next line(s) or in the next paragraph.
#[derive(Debug, Clone)]
struct Labelled {
    field: Field,
    /// The label as written, without its colon.
    label: String,
    /// The value (may be empty: "Email address:" followed by nothing).
    value: String,
}

impl Labelled {
    /// "Label: value", the form `sources` quotes.
    fn quote(&self) -> String {
        if self.value.is_empty() {
            format!("{}:", self.label)
        } else {
            format!("{}: {}", self.label, self.value)
        }
    }
}

/// A paragraph, list item or labelled line, with its sentences.
#[derive(Debug, Clone)]
struct Unit {
    text: String,
    labelled: Option<Labelled>,
    sentences: Vec<String>,
}

/// The call, cut into units.
struct CallText {
    units: Vec<Unit>,
    /// The whole text, lower case, for plain "does it say X" questions.
    lower: String,
}

/// One normalised line: spaces of every kind are one space, ends trimmed.
fn normalise_line(line: &str) -> String {
    line.chars()
        .filter(|c| !matches!(c, '\u{feff}' | '\u{ad}' | '\u{200b}'))
        .map(|c| if c.is_whitespace() || c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a known label opens `line`: the field, the label as written, and the
/// rest after the colon. A label must be followed by a colon or end the line.
fn label_of(line: &str) -> Option<(Field, String, String)> {
    let lower = line.to_lowercase();
    let mut best: Option<(usize, Field)> = None;
    for (label, field) in LABELS {
        if let Some(rest) = lower.strip_prefix(label) {
            let rest = rest.trim_start();
            if (rest.is_empty() || rest.starts_with(':')) && best.is_none_or(|(len, _)| label.len() > len) {
                best = Some((label.len(), *field));
            }
        }
    }
    let (len, field) = best?;
    // Lower-casing keeps byte lengths for these labels' letters, but be safe.
    let cut =
        line.char_indices().map(|(i, _)| i).chain([line.len()]).find(|i| line[..*i].to_lowercase().len() >= len)?;
    let label = line[..cut].trim().to_string();
    let rest = line[cut..].trim_start().trim_start_matches(':').trim().to_string();
    Some((field, label, rest))
}

/// A short line ending in a colon ("Purpose:", "Key questions:"): a label of
/// something this module does not read, which still ends the value above it.
fn is_other_label(line: &str) -> bool {
    line.ends_with(':') && line.split(' ').count() <= 6
}

/// Whether the last unit is a heading ("Process", "Next Steps"): a few words,
/// not a label, without the punctuation that ends or continues a sentence.
/// A line after a heading starts a new unit even without a blank line.
fn ends_heading(units: &[Unit]) -> bool {
    units.last().is_some_and(|u| {
        u.labelled.is_none()
            && u.text.split(' ').count() <= 8
            && !u.text.ends_with(['.', '!', '?', ':', ';', ',', '-', '–', '('])
    })
}

fn starts_capital(line: &str) -> bool {
    line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '«'))
}

fn is_bullet(line: &str) -> bool {
    let first = line.chars().next().unwrap_or(' ');
    matches!(first, '•' | '·' | '▪' | '◦' | '‣' | '–' | '-' | '*')
        || line.split_once([')', '.']).is_some_and(|(n, rest)| {
            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with(' ')
        })
}

impl CallText {
    fn new(text: &str) -> CallText {
        let text = text.replace("\r\n", "\n").replace(['\r', '\u{2028}', '\u{2029}', '\u{c}'], "\n");
        let mut units: Vec<Unit> = Vec::new();
        // Whether the last unit may take the next line (no blank line between,
        // and it is not a list item or a finished labelled value).
        let mut open = false;
        for raw in text.split('\n') {
            let line = normalise_line(raw);
            if line.is_empty() {
                open = false;
                continue;
            }
            let new_unit = |labelled| Unit { text: line.clone(), labelled, sentences: Vec::new() };
            if let Some((field, label, value)) = label_of(&line) {
                // "Word limit:" takes the lines below it; "Word limit: 2500 words" is complete.
                open = value.is_empty();
                units.push(new_unit(Some(Labelled { field, label, value })));
            } else if is_other_label(&line) || is_bullet(&line) {
                units.push(new_unit(None));
                open = !is_bullet(&line);
            } else if let (true, Some(last)) =
                (open && !(ends_heading(&units) && starts_capital(&line)), units.last_mut())
            {
                last.text.push(' ');
                last.text.push_str(&line);
                if let Some(l) = &mut last.labelled {
                    if !l.value.is_empty() {
                        l.value.push(' ');
                    }
                    l.value.push_str(&line);
                }
            } else {
                units.push(new_unit(None));
                open = true;
            }
        }
        // "Issued by" with its value in the next paragraph: take it, unless
        // that paragraph is itself a label ("Email address:" then "Email subject line:").
        for k in 0..units.len() {
            let next_is_value = units.get(k + 1).is_some_and(|u| u.labelled.is_none() && !is_other_label(&u.text));
            if next_is_value && units[k].labelled.as_ref().is_some_and(|l| l.value.is_empty()) {
                let value = units[k + 1].text.clone();
                if let Some(l) = &mut units[k].labelled {
                    l.value = value;
                }
            }
        }
        for u in &mut units {
            u.sentences = match &u.labelled {
                Some(l) => vec![l.quote()],
                None => sentences(&u.text),
            };
        }
        let lower = text.to_lowercase();
        CallText { units, lower }
    }

    fn labelled(&self, field: Field) -> impl Iterator<Item = &Labelled> {
        self.units.iter().filter_map(move |u| u.labelled.as_ref().filter(|l| l.field == field))
    }

    /// Sentences of the prose (labelled lines are left to the label readers).
    fn prose(&self) -> impl Iterator<Item = &str> {
        self.units.iter().filter(|u| u.labelled.is_none()).flat_map(|u| u.sentences.iter().map(String::as_str))
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "no", "nos", "para", "paras", "art", "arts", "mr", "ms", "mrs", "dr", "st", "p", "pp", "vol",
    "cf", "al", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "n",
    "nº", "núm", "num", "sr", "sra", "mme", "m", "res",
];

/// Cuts a paragraph into sentences at ". ", "! ", "? " before a capital, a
/// digit or a quote, except after abbreviations and initials.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let Some(&(_, space)) = chars.get(k + 1) else { continue };
        let Some(&(_, next)) = chars.get(k + 2) else { continue };
        if space != ' '
            || !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '“' | '"' | '«' | '(' | '•' | '·'))
        {
            continue;
        }
        if c == '.' {
            let word: String = text[start..i].rsplit(' ').next().unwrap_or("").to_lowercase();
            let word = word.trim_start_matches(['(', '“', '"']);
            if ABBREVIATIONS.contains(&word) || word.chars().count() == 1 {
                continue;
            }
        }
        out.push(text[start..=i].trim().to_string());
        start = i + c.len_utf8();
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

// ---------------------------------------------------------------------------
// Results and reasons.

/// A value and the call's words it came from.
#[derive(Debug, Clone, PartialEq)]
struct Stated<T> {
    value: T,
    quote: String,
}

fn stated<T>(value: T, quote: impl Into<String>) -> Stated<T> {
    Stated { value, quote: quote.into() }
}

/// Why a field is absent: a message key and its values.
#[derive(Debug, Clone)]
struct Why {
    key: &'static str,
    params: BTreeMap<&'static str, Param>,
}

impl Why {
    fn new(key: &'static str) -> Why {
        Why { key, params: BTreeMap::new() }
    }
    fn with(mut self, name: &'static str, value: impl Into<Param>) -> Why {
        self.params.insert(name, value.into());
        self
    }
    fn not_stated() -> Why {
        Why::new("call-text.not-stated")
    }
}

fn render(lang: Lang, key: &str, params: BTreeMap<&'static str, Param>) -> String {
    messages::render(lang, key, &params).0
}

struct Found {
    lang: Lang,
    draft: CallDraft,
    missing: Vec<Missing>,
}

impl Found {
    fn take<T>(&mut self, field: &'static str, result: Result<Stated<T>, Why>, set: impl FnOnce(&mut CallDraft, T)) {
        self.take_noted(field, result, |d, v| {
            set(d, v);
            None
        });
    }

    /// Like `take`, where setting the value may add a note to its source.
    fn take_noted<T>(
        &mut self,
        field: &'static str,
        result: Result<Stated<T>, Why>,
        set: impl FnOnce(&mut CallDraft, T) -> Option<String>,
    ) {
        match result {
            Ok(s) => {
                let note = set(&mut self.draft, s.value);
                let source = match note {
                    Some(n) => format!("{} {n}", quote(&s.quote)),
                    None => quote(&s.quote),
                };
                self.draft.sources.insert(field.to_string(), source);
            }
            Err(why) => self.miss(field, why),
        }
    }

    fn miss(&mut self, field: &'static str, why: Why) {
        let reason = render(self.lang, why.key, why.params);
        let source = format!("{} {reason}", messages::text(self.lang, "call-text.not-found"));
        self.draft.sources.insert(field.to_string(), source);
        self.missing.push(Missing { field, key: why.key, reason });
    }
}

/// The call's words, in straight double quotes as the built-in profiles write them.
fn quote(s: &str) -> String {
    format!("\"{s}\"")
}

fn quote_all<'a>(quotes: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for q in quotes {
        if !seen.contains(&q) {
            seen.push(q);
        }
    }
    seen.iter().map(|q| quote(q)).collect::<Vec<_>>().join("; ")
}

/// One value from several statements: the labelled lines win over prose;
/// statements that agree are one; statements that disagree are not chosen between.
fn decide<T: PartialEq + Clone>(
    labelled: Vec<Stated<T>>,
    prose: Vec<Stated<T>>,
    show: impl Fn(&T) -> String,
) -> Result<Stated<T>, Why> {
    let pool = if labelled.is_empty() { prose } else { labelled };
    let mut distinct: Vec<Stated<T>> = Vec::new();
    for s in pool {
        match distinct.iter_mut().find(|d| d.value == s.value) {
            Some(d) if !d.quote.contains(&s.quote) => {
                d.quote = format!("{}\"; \"{}", d.quote, s.quote);
            }
            Some(_) => {}
            None => distinct.push(s),
        }
    }
    match distinct.len() {
        0 => Err(Why::not_stated()),
        1 => Ok(distinct.remove(0)),
        _ => Err(Why::new("call-text.ambiguous")
            .with("values", distinct.iter().map(|d| show(&d.value)).collect::<Vec<_>>().join("; "))),
    }
}

/// Whether `haystack` (lower case) holds `needle` as whole words.
fn has_words(haystack: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(p) = haystack[from..].find(needle) {
        let at = from + p;
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if edge(before) && edge(after) {
            return true;
        }
        from = at + needle.len().max(1);
        while !haystack.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

fn has_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| has_words(haystack, n))
}

/// Words that say a sentence is about sending contributions.
const SENDING: &[&str] = &[
    "send",
    "sent",
    "submit",
    "submitted",
    "submission",
    "submissions",
    "contribution",
    "contributions",
    "input",
    "inputs",
    "comments",
    "e-mail",
    "email",
    "envoyer",
    "envoyées",
    "envoyés",
    "envoyé",
    "soumettre",
    "soumises",
    "transmettre",
    "transmises",
    "enviar",
    "enviadas",
    "enviados",
    "presentar",
    "presentadas",
    "aportes",
    "aportaciones",
    "contribuciones",
    "enviadas",
    "submeter",
    "submetidas",
    "contribuições",
    "courriel",
    "correo",
];

// ---------------------------------------------------------------------------
// The fields.

/// The title: the first line that opens with "Call for inputs" (or
/// "contributions", "submissions"; French "Appel à contributions", Spanish
/// "Convocatoria", "Llamado a", Portuguese "Chamada para") and says more
/// than that. Lines with "|" are site navigation ("call for input | HRC
/// subsidiary body"), not headings.
fn find_title(call: &CallText) -> Result<Stated<String>, Why> {
    const OPENINGS: &[&str] = &[
        "call for inputs",
        "call for input",
        "call for contributions",
        "call for submissions",
        "call for comments",
        "appel à contributions",
        "appel à contribution",
        "appel à commentaires",
        "convocatoria",
        "llamado a",
        "solicitud de aportes",
        "solicitud de contribuciones",
        "chamada para contribuições",
        "chamada de contribuições",
        "convite para contribuições",
    ];
    for u in &call.units {
        let line = u.text.as_str();
        let lower = line.to_lowercase();
        let opens = OPENINGS.iter().find(|o| lower.starts_with(*o));
        if let Some(o) = opens {
            let more = lower[o.len()..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
            if more >= 2 && !line.contains('|') {
                return Ok(stated(line.to_string(), line));
            }
        }
    }
    Err(Why::not_stated())
}

/// The issuer: an "Issued by" line; else the body the call names and then
/// defines by a short name, "the International Independent Expert Mechanism
/// … (the “Expert Mechanism”)", when the short name is a kind of body
/// (mechanism, rapporteur, working group, committee…) and its words are in the long name.
fn find_issuer(call: &CallText) -> Result<Stated<String>, Why> {
    let labelled: Vec<_> = call
        .labelled(Field::Issuer)
        .filter(|l| !l.value.is_empty())
        .map(|l| stated(l.value.clone(), l.quote()))
        .collect();
    if !labelled.is_empty() {
        return decide(labelled, Vec::new(), Clone::clone);
    }
    const BODIES: &[&str] = &[
        "mechanism",
        "rapporteur",
        "working group",
        "committee",
        "forum",
        "commission",
        "council",
        "expert",
        "experts",
        "office",
        "mandate",
        "mécanisme",
        "rapporteuse",
        "groupe de travail",
        "comité",
        "mecanismo",
        "relator",
        "relatora",
        "grupo de trabajo",
        "grupo de trabalho",
    ];
    for s in call.prose() {
        for (open, close) in
            [("(the “", "”)"), ("(the \"", "\")"), ("(the ", ")"), ("(el “", "”)"), ("(le « ", " »)"), ("(o “", "”)")]
        {
            let Some(p) = s.find(open) else { continue };
            let Some(q) = s[p + open.len()..].find(close) else { continue };
            let short = &s[p + open.len()..p + open.len() + q];
            let short_lower = short.to_lowercase();
            if short.is_empty() || short.len() > 60 || !has_any(&short_lower, BODIES) {
                continue;
            }
            let before = &s[..p];
            // The nearest "the <Capitalised…>" before the bracket that holds the short name's words.
            let mut starts: Vec<usize> = before.match_indices("the ").map(|(i, _)| i + 4).collect();
            starts.extend(before.match_indices("The ").map(|(i, _)| i + 4));
            starts.sort_unstable();
            for &st in starts.iter().rev() {
                let long = before[st..].trim();
                let long_lower = long.to_lowercase();
                let capital = long.chars().next().is_some_and(char::is_uppercase);
                if capital && short_lower.split(' ').all(|w| has_words(&long_lower, w)) {
                    let quote = &s[st - 4..p + open.len() + q + close.len()];
                    return Ok(stated(long.to_string(), quote));
                }
            }
        }
    }
    Err(Why::not_stated())
}

/// Email addresses in a text, in order, without duplicates.
fn find_addresses(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let local_ok = |c: char| c.is_ascii_alphanumeric() || "._%+-'".contains(c);
    let domain_ok = |c: char| c.is_ascii_alphanumeric() || ".-".contains(c);
    for (at, _) in text.match_indices('@') {
        let start = text[..at].char_indices().rev().take_while(|(_, c)| local_ok(*c)).last().map_or(at, |(i, _)| i);
        let end = text[at + 1..]
            .char_indices()
            .take_while(|(_, c)| domain_ok(*c))
            .last()
            .map_or(at + 1, |(i, c)| at + 1 + i + c.len_utf8());
        let addr = text[start..end].trim_matches(['.', '-', '\'']).to_string();
        if crate::profile::is_email(&addr) && !out.iter().any(|(_, a)| a.eq_ignore_ascii_case(&addr)) {
            out.push((start, addr));
        }
    }
    out
}

/// The placeholder Cloudflare puts where a page hid an address.
const PROTECTED: &str = "[email protected]";

/// The address: an "Email address:" line; else the one address in the
/// sentences about sending; else the one address in the text outside
/// sentences about questions. Addresses after "copy"/"cc" are `cc`.
fn find_email(call: &CallText) -> (Result<Stated<String>, Why>, Vec<Stated<String>>) {
    const COPY: &[&str] = &["copy", "cc", "copie", "copia", "cópia", "con copia a", "com cópia para"];
    const QUESTIONS: &[&str] = &[
        "question",
        "questions",
        "queries",
        "enquiries",
        "information",
        "renseignements",
        "preguntas",
        "consultas",
        "dúvidas",
        "informações",
    ];
    let mut cc: Vec<Stated<String>> = Vec::new();
    let mut sending: Vec<Stated<String>> = Vec::new();
    let mut other: Vec<Stated<String>> = Vec::new();
    for s in call.prose() {
        let lower = s.to_lowercase();
        for (pos, addr) in find_addresses(s) {
            let before = s[..pos].to_lowercase();
            if has_any(&before, COPY) {
                cc.push(stated(addr, s));
            } else if has_any(&lower, SENDING) && !has_any(&lower, QUESTIONS) {
                sending.push(stated(addr, s));
            } else if !has_any(&lower, QUESTIONS) {
                other.push(stated(addr, s));
            }
        }
    }
    let show = |a: &String| a.clone();
    let labels: Vec<&Labelled> = call.labelled(Field::Email).collect();
    let labelled: Vec<Stated<String>> =
        labels.iter().flat_map(|l| find_addresses(&l.value).into_iter().map(|(_, a)| stated(a, l.quote()))).collect();
    let cc_addrs: Vec<String> = cc.iter().map(|c| c.value.clone()).collect();
    let result = if !labelled.is_empty() {
        decide(labelled, Vec::new(), show)
    } else if !sending.is_empty() {
        decide(sending, Vec::new(), show)
    } else {
        decide(other.into_iter().filter(|o| !cc_addrs.contains(&o.value)).collect(), Vec::new(), show)
    };
    let result = result.map_err(|why| {
        if why.key != "call-text.not-stated" {
            why
        } else if call.lower.contains(PROTECTED) || call.lower.contains("[email\u{a0}protected]") {
            Why::new("call-text.email-protected")
        } else if let Some(l) = labels.iter().find(|l| l.value.is_empty() || find_addresses(&l.value).is_empty()) {
            Why::new("call-text.empty-line").with("label", format!("{}:", l.label))
        } else {
            why
        }
    });
    (result, cc)
}

/// Strings in quotation marks: “…”, "…", «…».
fn quoted(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('"', '"'), ('«', '»')] {
        let mut rest = s;
        while let Some(p) = rest.find(open) {
            let after = &rest[p + open.len_utf8()..];
            let Some(q) = after.find(close) else { break };
            let inner = after[..q].trim();
            if !inner.is_empty() && inner.chars().count() <= 120 {
                out.push(inner.to_string());
            }
            rest = &after[q + close.len_utf8()..];
        }
    }
    out
}

/// The subject: an "Email subject line:" line (the value, without surrounding
/// quotation marks); else a sentence that speaks of the subject line and
/// quotes exactly one text ("… with “EMLER 2025” in the subject line").
fn find_subject(call: &CallText) -> Result<Stated<String>, Why> {
    let labels: Vec<&Labelled> = call.labelled(Field::Subject).collect();
    let unquote = |v: &str| v.trim().trim_matches(['“', '”', '"', '«', '»', '\'', '‘', '’']).trim().to_string();
    let labelled: Vec<_> =
        labels.iter().filter(|l| !unquote(&l.value).is_empty()).map(|l| stated(unquote(&l.value), l.quote())).collect();
    const CUES: &[&str] = &[
        "subject line",
        "email subject",
        "e-mail subject",
        "subject of the email",
        "subject of the e-mail",
        "subject of the message",
        "in the subject",
        "as subject",
        "objet",
        "asunto",
        "assunto",
    ];
    let prose: Vec<_> = call
        .prose()
        .filter(|s| has_any(&s.to_lowercase(), CUES))
        .filter_map(|s| match quoted(s).as_slice() {
            [one] => Some(stated(one.clone(), s)),
            _ => None,
        })
        .collect();
    decide(labelled, prose, Clone::clone).map_err(|why| match labels.first() {
        Some(l) if why.key == "call-text.not-stated" => {
            Why::new("call-text.empty-line").with("label", format!("{}:", l.label))
        }
        _ => why,
    })
}

/// Numbers as calls write them: 2500, 2,500, 2 500, 2.500, 2’500. Each with its byte range.
fn numbers(s: &str) -> Vec<(u64, usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1].is_ascii_alphabetic())) {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        while i < b.len() && b[i].is_ascii_digit() {
            digits.push(b[i] as char);
            i += 1;
        }
        // Thousands groups: a separator then exactly three digits, after a first group of one to three.
        loop {
            let sep_len = [",", ".", " ", "\u{a0}", "\u{202f}", "’", "'"]
                .iter()
                .find(|sep| s[i..].starts_with(**sep))
                .map(|sep| sep.len());
            let Some(sep_len) = sep_len.filter(|_| digits.len() <= 3 || digits.len() % 3 == 0 && digits.len() > 3)
            else {
                break;
            };
            let g = i + sep_len;
            let three = b.get(g..g + 3).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
            let fourth = b.get(g + 3).is_some_and(u8::is_ascii_digit);
            if !three || fourth || digits.len() > 3 && digits.len() % 3 != 0 {
                break;
            }
            digits.push_str(&s[g..g + 3]);
            i = g + 3;
        }
        if let Ok(n) = digits.parse() {
            out.push((n, start, i));
        }
    }
    out
}

/// Units a length is given in, after the number.
fn unit_after(s: &str, end: usize) -> Option<&'static str> {
    let next: String =
        s[end..].trim_start().chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    match next.as_str() {
        "words" | "word" | "mots" | "palabras" | "palavras" => Some("words"),
        "pages" | "page" | "páginas" | "paginas" | "página" | "characters" | "caractères" | "caracteres" => {
            Some("other")
        }
        _ => None,
    }
}

/// The word limit: a "Word limit:" line (its number, "words" or not); else a
/// sentence with a number of words and a word of limiting ("limit", "not
/// exceed", "maximum", "no more than", "up to"; "ne pas dépasser", "máximo",
/// "no máximo"…). A limit in pages or characters is not a word limit: it is
/// reported as such, not converted.
fn find_word_limit(call: &CallText) -> Result<Stated<u32>, Why> {
    const LIMITING: &[&str] = &[
        "limit",
        "limited",
        "exceed",
        "maximum",
        "max",
        "not more than",
        "no more than",
        "up to",
        "no longer than",
        "at most",
        "limite",
        "limitée",
        "limitées",
        "dépasser",
        "excéder",
        "au plus",
        "pas plus de",
        "límite",
        "exceder",
        "superar",
        "máximo",
        "no más de",
        "como máximo",
        "limitada",
        "limitadas",
        "ultrapassar",
        "no máximo",
        "não mais de",
    ];
    let mut labelled = Vec::new();
    let mut other_unit: Option<String> = None;
    for l in call.labelled(Field::WordLimit) {
        if let Some((n, _, end)) = numbers(&l.value).into_iter().next() {
            match unit_after(&l.value, end) {
                Some("other") => other_unit = Some(l.quote()),
                _ => labelled.push(stated(n, l.quote())),
            }
        }
    }
    let mut prose = Vec::new();
    for s in call.prose() {
        let lower = s.to_lowercase();
        if !has_any(&lower, LIMITING) {
            continue;
        }
        for (n, _, end) in numbers(s) {
            match unit_after(s, end) {
                Some("words") => prose.push(stated(n, s)),
                Some(_) => other_unit = other_unit.or_else(|| Some(s.to_string())),
                None => {}
            }
        }
    }
    let to_u32 = |v: Vec<Stated<u64>>| {
        v.into_iter()
            .filter_map(|s| u32::try_from(s.value).ok().filter(|n| *n > 0).map(|n| stated(n, s.quote)))
            .collect()
    };
    decide(to_u32(labelled), to_u32(prose), u32::to_string).map_err(|why| match other_unit {
        Some(q) if why.key == "call-text.not-stated" => Why::new("call-text.other-unit").with("quote", q),
        _ => why,
    })
}

/// Whether notes count against the limit, when a sentence about the limit says so.
fn find_notes_count(call: &CallText) -> Option<Stated<bool>> {
    const NOTES: &[&str] = &[
        "footnote",
        "footnotes",
        "endnotes",
        "notes de bas de page",
        "notes",
        "notas al pie",
        "notas de rodapé",
        "notas",
    ];
    const EXCLUDING: &[&str] = &[
        "excluding",
        "not including",
        "excluded",
        "not counted",
        "do not count",
        "does not include",
        "hors",
        "sans les",
        "non comprises",
        "non compris",
        "excluidas",
        "excluyendo",
        "sin contar",
        "no se cuentan",
        "excluindo",
        "excluídas",
        "sem contar",
        "não contam",
    ];
    const INCLUDING: &[&str] = &[
        "including",
        "included",
        "includes",
        "inclusive of",
        "y compris",
        "comprises",
        "incluidas",
        "incluyendo",
        "incluindo",
        "incluídas",
    ];
    let all: Vec<&str> = call.prose().chain(call.labelled(Field::WordLimit).map(|l| l.value.as_str())).collect();
    for s in all {
        let lower = s.to_lowercase();
        let about_limit = has_any(&lower, &["words", "mots", "palabras", "palavras", "word limit"]);
        if !about_limit || !has_any(&lower, NOTES) {
            continue;
        }
        if has_any(&lower, EXCLUDING) {
            return Some(stated(false, s));
        }
        if has_any(&lower, INCLUDING) {
            return Some(stated(true, s));
        }
    }
    None
}

/// Splits a labelled list into its items: "Word, PDF", "English or French",
/// "anglais et français", "inglés y español", "inglês e espanhol".
fn list_items(text: &str) -> Vec<&str> {
    let mut items = vec![text];
    for sep in [",", ";", "/", "|", " or ", " and ", " ou ", " et ", " o ", " y ", " e "] {
        items = items.into_iter().flat_map(|i| i.split(sep)).collect();
    }
    items.into_iter().map(|i| i.trim().trim_end_matches('.').trim()).filter(|i| !i.is_empty()).collect()
}

/// Words of a text (letters, digits and dots, so ".docx" stays one word).
fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Format names in a text → formats, in the order named, and whether "Word"
/// was read as every Word format (.docx, .docm, .doc), as the built-in
/// profiles read it. When the same text names the Word extensions it means
/// ("Word (.docx)"), "Word" adds nothing to them. "Word" is a format name
/// when capitalised or followed by "format", "document" or "file", and not
/// when followed by "limit" or "count".
fn formats_in(text: &str) -> (Vec<Format>, bool) {
    let words = words_of(text);
    let explicit = words.iter().any(|w| matches!(w.to_lowercase().as_str(), "docx" | "doc" | "docm"));
    let mut formats = Vec::new();
    let mut word = false;
    for (k, w) in words.iter().enumerate() {
        let next = words.get(k + 1).map(|n| n.to_lowercase()).unwrap_or_default();
        let found: &[Format] = match w.to_lowercase().as_str() {
            "word"
                if (*w == "Word"
                    || *w == "WORD"
                    || matches!(next.as_str(), "format" | "document" | "documents" | "file" | "files"))
                    && !matches!(next.as_str(), "limit" | "count" | "counts") =>
            {
                if explicit {
                    &[]
                } else {
                    word = true;
                    &[Format::Docx, Format::Docm, Format::Doc]
                }
            }
            "docx" => &[Format::Docx],
            "docm" => &[Format::Docm],
            "doc" => &[Format::Doc],
            "pdf" => &[Format::Pdf],
            "odt" | "opendocument" => &[Format::Odt],
            "rtf" => &[Format::Rtf],
            "txt" => &[Format::Txt],
            _ => &[],
        };
        for f in found {
            if !formats.contains(f) {
                formats.push(*f);
            }
        }
    }
    (formats, word)
}

/// The formats: a "File formats:" line, every item of which must be a
/// format name; else the format names in sentences that speak of a format
/// ("sent in Word format"). The flag says whether "Word" was expanded.
fn find_formats(call: &CallText) -> Result<Stated<(Vec<Format>, bool)>, Why> {
    let mut labelled = Vec::new();
    for l in call.labelled(Field::Formats).filter(|l| !l.value.is_empty()) {
        // In a labelled list every item must be understood ("Word, Pages" is not "Word").
        let unknown: Vec<&str> = list_items(&l.value).into_iter().filter(|i| formats_in(i).0.is_empty()).collect();
        if !unknown.is_empty() {
            return Err(Why::new("call-text.unrecognised").with("quote", l.quote()).with("values", unknown.join(", ")));
        }
        labelled.push(stated(formats_in(&l.value), l.quote()));
    }
    const FORMAT: &[&str] = &[
        "format",
        "formats",
        "formato",
        "formatos",
        "document",
        "documents",
        "file",
        "files",
        "fichier",
        "archivo",
        "arquivo",
    ];
    let prose: Vec<_> = call
        .prose()
        .filter(|s| {
            has_any(&s.to_lowercase(), FORMAT)
                && !has_any(&s.to_lowercase(), &["download", "télécharger", "descargar", "baixar"])
        })
        .filter_map(|s| {
            let (formats, word) = formats_in(s);
            (!formats.is_empty()).then(|| stated((formats, word), s))
        })
        .collect();
    decide(labelled, prose, |(f, _)| f.iter().map(|f| f.id()).collect::<Vec<_>>().join(", "))
}

/// Language names in en/fr/es/pt → ISO 639-1.
const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("anglais", "en"),
    ("inglés", "en"),
    ("ingles", "en"),
    ("inglês", "en"),
    ("french", "fr"),
    ("français", "fr"),
    ("francais", "fr"),
    ("francés", "fr"),
    ("frances", "fr"),
    ("francês", "fr"),
    ("spanish", "es"),
    ("espagnol", "es"),
    ("español", "es"),
    ("espanol", "es"),
    ("espanhol", "es"),
    ("portuguese", "pt"),
    ("portugais", "pt"),
    ("portugués", "pt"),
    ("portugues", "pt"),
    ("português", "pt"),
    ("arabic", "ar"),
    ("arabe", "ar"),
    ("árabe", "ar"),
    ("chinese", "zh"),
    ("chinois", "zh"),
    ("chino", "zh"),
    ("chinês", "zh"),
    ("russian", "ru"),
    ("russe", "ru"),
    ("ruso", "ru"),
    ("russo", "ru"),
];

/// The six official languages of the United Nations, in the UN's order.
const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

const OFFICIAL: &[&str] = &[
    "official languages",
    "official un languages",
    "official united nations languages",
    "langues officielles",
    "idiomas oficiales",
    "línguas oficiais",
    "idiomas oficiais",
];

fn language_code(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    LANGUAGE_NAMES.iter().find(|(n, _)| *n == lower).map(|(_, c)| *c)
}

/// A labelled list of languages → codes; or the items that name no language.
fn language_list(text: &str) -> Result<Vec<String>, Vec<&str>> {
    if has_any(&text.to_lowercase(), OFFICIAL) {
        return Ok(UN_LANGUAGES.iter().map(|s| s.to_string()).collect());
    }
    let mut codes: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for item in list_items(text) {
        let found: Vec<&str> = words_of(item).into_iter().filter_map(language_code).collect();
        if found.is_empty() {
            unknown.push(item);
        }
        for c in found {
            if !codes.iter().any(|x| x == c) {
                codes.push(c.to_string());
            }
        }
    }
    if unknown.is_empty() {
        Ok(codes)
    } else {
        Err(unknown)
    }
}

/// The languages: an "Accepted languages:" line, every item a language name
/// (or "the official languages of the United Nations"); else a sentence about
/// sending that names languages after "in" ("may be submitted in English,
/// French or Spanish"). A line offering the call itself in several languages
/// ("Download the call (PDF): English | Français") is not about contributions.
fn find_languages(call: &CallText) -> Result<Stated<Vec<String>>, Why> {
    let mut labelled = Vec::new();
    for l in call.labelled(Field::Languages).filter(|l| !l.value.is_empty()) {
        match language_list(&l.value) {
            Ok(codes) => labelled.push(stated(codes, l.quote())),
            Err(unknown) => {
                return Err(Why::new("call-text.unrecognised")
                    .with("quote", l.quote())
                    .with("values", unknown.join(", ")))
            }
        }
    }
    let mut prose = Vec::new();
    for s in call.prose() {
        let lower = s.to_lowercase();
        if !has_any(&lower, SENDING)
            || has_any(
                &lower,
                &["download", "available", "télécharger", "disponible", "descargar", "disponível", "baixar"],
            )
        {
            continue;
        }
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let mut codes: Vec<String> = Vec::new();
        let mut listing = false;
        for (k, w) in words.iter().enumerate() {
            let prev = if k > 0 { words[k - 1] } else { "" };
            match language_code(w) {
                Some(code) => {
                    listing |=
                        matches!(prev, "in" | "en" | "em" | "languages" | "langues" | "idiomas" | "línguas" | "idioma");
                    if listing && !codes.iter().any(|c| c == code) {
                        codes.push(code.to_string());
                    }
                }
                None if listing && !matches!(*w, "or" | "and" | "ou" | "et" | "o" | "y" | "e") => listing = false,
                None => {}
            }
        }
        if has_any(&lower, OFFICIAL) {
            codes = UN_LANGUAGES.iter().map(|s| s.to_string()).collect();
        }
        if !codes.is_empty() {
            prose.push(stated(codes, s));
        }
    }
    decide(labelled, prose, |v| v.join(", "))
}

/// The deadline: a "Deadline:" line with one date; else, in a sentence about
/// sending, a date right after "by", "no later than", "not later than",
/// "until", "on or before" ("au plus tard le", "d'ici le", "jusqu'au";
/// "a más tardar el", "hasta el"; "até") or any date in a sentence that says
/// "deadline". "Before 24 May" is not read: it may mean the 23rd.
fn find_deadline(call: &CallText) -> Result<Stated<Date>, Why> {
    const CUES: &[&str] = &[
        "by",
        "no later than",
        "not later than",
        "until",
        "on or before",
        "due",
        "au plus tard le",
        "au plus tard",
        "d'ici le",
        "d’ici le",
        "jusqu'au",
        "jusqu’au",
        "a más tardar el",
        "a más tardar",
        "hasta el",
        "até",
        "até o dia",
        "até ao dia",
        "o mais tardar",
        "deadline",
        "deadline is",
        "date limite",
        "fecha límite",
        "plazo",
        "prazo",
    ];
    const WEEKDAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "le",
        "el",
        "the",
        "o",
        "dia",
    ];
    const DEADLINE_WORDS: &[&str] = &["deadline", "date limite", "fecha límite", "plazo", "prazo", "data limite"];
    let labelled: Vec<_> = call
        .labelled(Field::Deadline)
        .flat_map(|l| dates::find_dates(&l.value).into_iter().map(|d| stated(d.date, l.quote())))
        .collect();
    let mut prose = Vec::new();
    for s in call.prose() {
        let lower = s.to_lowercase();
        if !has_any(&lower, SENDING) && !has_any(&lower, DEADLINE_WORDS) {
            continue;
        }
        let says_deadline = has_any(&lower, DEADLINE_WORDS);
        for d in dates::find_dates(s) {
            // What comes before the date, less weekdays and punctuation: "by Friday, " → "by".
            let mut before = s[..d.start].to_lowercase();
            loop {
                let trimmed =
                    before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '(')).to_string();
                let last = trimmed.rsplit(' ').next().unwrap_or("").to_string();
                if WEEKDAYS.contains(&last.as_str()) && trimmed.len() > last.len() {
                    before = trimmed[..trimmed.len() - last.len()].to_string();
                } else {
                    before = trimmed;
                    break;
                }
            }
            let cue = CUES.iter().any(|c| {
                before.ends_with(c)
                    && before[..before.len() - c.len()].chars().next_back().is_none_or(|p| !p.is_alphanumeric())
            });
            if cue || says_deadline {
                prose.push(stated(d.date, s));
            }
        }
    }
    decide(labelled, prose, Date::to_string)
}

/// A time zone named next to a date: "Geneva time", "CET", "heure de Genève"
/// → Europe/Geneva; "New York time", "EST", "EDT" → America/New_York; "GMT", "UTC" → UTC.
fn find_timezone(call: &CallText) -> Option<Stated<&'static str>> {
    const ZONES: &[(&str, &str)] = &[
        ("geneva time", "Europe/Geneva"),
        ("cet", "Europe/Geneva"),
        ("cest", "Europe/Geneva"),
        ("heure de genève", "Europe/Geneva"),
        ("hora de ginebra", "Europe/Geneva"),
        ("horário de genebra", "Europe/Geneva"),
        ("hora de genebra", "Europe/Geneva"),
        ("new york time", "America/New_York"),
        ("est", "America/New_York"),
        ("edt", "America/New_York"),
        ("heure de new york", "America/New_York"),
        ("hora de nueva york", "America/New_York"),
        ("gmt", "UTC"),
        ("utc", "UTC"),
    ];
    for s in call.prose().chain(call.labelled(Field::Deadline).map(|l| l.value.as_str())) {
        if dates::find_dates(s).is_empty() {
            continue;
        }
        let lower = s.to_lowercase();
        let zones: Vec<&str> = ZONES.iter().filter(|(n, _)| has_words(&lower, n)).map(|(_, z)| *z).collect();
        if let Some(first) = zones.first().filter(|f| zones.iter().all(|z| z == *f)) {
            return Some(stated(*first, s));
        }
    }
    None
}

/// Hyperlinks: a sentence that speaks of hyperlinks or links and asks for
/// them ("Please include hyperlinks…") is `requested`; one that makes them a
/// condition ("must include") is `required`; one that asks not to include them is `not-requested`.
fn find_hyperlinks(call: &CallText) -> Result<Stated<Hyperlinks>, Why> {
    const LINKS: &[&str] = &[
        "hyperlink",
        "hyperlinks",
        "links",
        "link",
        "liens hypertextes",
        "lien hypertexte",
        "liens",
        "hipervínculos",
        "hipervínculo",
        "enlaces",
        "hiperenlaces",
        "hiperligações",
        "hiperlinks",
        "hiperligação",
    ];
    const ASKING: &[&str] = &[
        "include",
        "provide",
        "add",
        "inclure",
        "fournir",
        "indiquer",
        "incluir",
        "proporcionar",
        "incluya",
        "incluam",
        "inclua",
        "forneçam",
        "fornecer",
    ];
    const REQUIRED: &[&str] = &[
        "must",
        "required",
        "mandatory",
        "obligatoire",
        "obligatoires",
        "doivent",
        "obligatorio",
        "obligatorios",
        "deben",
        "obrigatório",
        "obrigatórios",
        "devem",
    ];
    const NOT: &[&str] = &[
        "do not",
        "don't",
        "not include",
        "ne pas",
        "no incluir",
        "no incluya",
        "não incluir",
        "não inclua",
        "n'incluez pas",
    ];
    let prose: Vec<_> = call
        .prose()
        .filter_map(|s| {
            let lower = s.to_lowercase();
            if !has_any(&lower, LINKS) || !has_any(&lower, ASKING) {
                return None;
            }
            let kind = if has_any(&lower, NOT) {
                Hyperlinks::NotRequested
            } else if has_any(&lower, REQUIRED) {
                Hyperlinks::Required
            } else {
                Hyperlinks::Requested
            };
            Some(stated(kind, s))
        })
        .collect();
    decide(Vec::new(), prose, |h| format!("{h:?}"))
}

/// Publication: a sentence that says contributions are published or made
/// available "in full" or "as received" (French "dans leur intégralité",
/// Spanish "en su totalidad", Portuguese "na íntegra") is `true`; one that
/// says they will not be published is `false`.
fn find_published(call: &CallText) -> Result<Stated<bool>, Why> {
    const PUBLISH: &[&str] = &[
        "published",
        "publish",
        "made available",
        "posted",
        "made public",
        "publiées",
        "publiés",
        "publiée",
        "mises en ligne",
        "publicadas",
        "publicados",
        "publicada",
        "disponibles",
        "disponibilizadas",
        "divulgadas",
    ];
    const IN_FULL: &[&str] = &[
        "in full",
        "as received",
        "dans leur intégralité",
        "telles que reçues",
        "en su totalidad",
        "tal como se reciban",
        "na íntegra",
        "integralmente",
        "tal como recebidas",
    ];
    const NOT: &[&str] = &[
        "will not be published",
        "will not be made public",
        "not be made available",
        "ne seront pas publiées",
        "no se publicarán",
        "não serão publicadas",
    ];
    let prose: Vec<_> = call
        .prose()
        .filter_map(|s| {
            let lower = s.to_lowercase();
            if has_any(&lower, NOT) {
                Some(stated(false, s))
            } else if has_any(&lower, PUBLISH) && has_any(&lower, IN_FULL) {
                Some(stated(true, s))
            } else {
                None
            }
        })
        .collect();
    decide(Vec::new(), prose, bool::to_string)
}

/// Words that name a generic mailbox, not a call ("registry@…").
const GENERIC_MAILBOXES: &[&str] = &[
    "registry",
    "submissions",
    "submission",
    "inputs",
    "input",
    "info",
    "contact",
    "contributions",
    "hrc",
    "ohchr",
    "un",
    "mail",
    "email",
];

/// The id: the acronym of the subject line ("EMLER 2024 Report" → "emler"),
/// else the address's local part less generic words ("ohchr-emler@…" →
/// "emler", "sr-health@…" → "sr-health"; "registry@…" gives nothing), then the deadline's year ("emler-2024"). Without a name or a
/// deadline there is no id: the secretariat gives one.
#[allow(clippy::type_complexity)]
fn derive_id(d: &CallDraft) -> Result<(String, &'static str, BTreeMap<&'static str, Param>), ()> {
    let year = d.deadline.map(|x| x.year());
    let acronym = d.subject.as_deref().and_then(|s| {
        s.split(|c: char| !c.is_alphanumeric())
            .find(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
    });
    let mut params = BTreeMap::new();
    let (name, key) = if let Some(a) = acronym {
        params.insert("acronym", Param::Text(a.to_string()));
        (a.to_ascii_lowercase(), "call-text.id-from-subject")
    } else if let Some(email) = &d.email {
        let local = email.split('@').next().unwrap_or("").to_ascii_lowercase();
        let parts: Vec<&str> =
            local.split(['-', '.', '_', '+']).filter(|p| !p.is_empty() && !GENERIC_MAILBOXES.contains(p)).collect();
        let name = parts.join("-");
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return Err(());
        }
        params.insert("name", Param::Text(name.clone()));
        params.insert("email", Param::Text(email.clone()));
        (name, "call-text.id-from-email")
    } else {
        return Err(());
    };
    match year {
        Some(y) => {
            params.insert("year", Param::Text(y.to_string()));
            Ok((format!("{name}-{y}"), key, params))
        }
        None => Err(()),
    }
}

#[cfg(test)]
mod tests;
