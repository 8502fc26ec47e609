//! Why the PDF cleaner makes no copy of a PDF it could read: each reason a
//! message of the catalogues (`clean-pdf.*` in `locales/<code>/checker.ftl`),
//! so that the CLI and the page say it in the person's language. The
//! error's detail, for logs and `error.detail`, is the English message,
//! written here too so that the cleaner's browser module does not carry the
//! catalogue (a test keeps the two the same).

use crate::error::{Error, ErrorKind, Said};

/// Why there is no clean copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Refusal {
    /// lopdf could not write the copy (its error, in English).
    Write(String),
    /// The copy, once written, does not read (the reader's error, in English).
    Unreadable(String),
    /// The copy would still hold this (`clean-pdf.left.*`).
    StillHolds(&'static str),
    /// The copy would show this differently from the original (`clean-pdf.what.*`).
    Differs(&'static str),
    /// A dynamic XFA form with scripts: its pages are drawn by the form, and
    /// without the form the copy would show an empty page or a "please wait".
    DynamicXfa,
}

impl Refusal {
    /// The catalogue message.
    fn said(&self) -> Said {
        let (key, params) = match self {
            Refusal::Write(e) => ("clean-pdf.write", vec![("error", e.clone())]),
            Refusal::Unreadable(e) => ("clean-pdf.unreadable", vec![("error", e.clone())]),
            Refusal::StillHolds(what) => ("clean-pdf.still-holds", vec![("what", what.to_string())]),
            Refusal::Differs(what) => ("clean-pdf.differs", vec![("what", what.to_string())]),
            Refusal::DynamicXfa => ("clean-pdf.dynamic-xfa", Vec::new()),
        };
        Said { key, params }
    }

    /// The message in English, as `locales/en/checker.ftl` says it.
    fn english(&self) -> String {
        let why = match self {
            Refusal::Write(e) => format!("writing it failed ({e})"),
            Refusal::Unreadable(e) => format!("the copy cannot be read ({e})"),
            Refusal::StillHolds(what) => format!("the copy would still hold {}", english_what(what)),
            Refusal::Differs(what) => {
                format!("the copy would not match the original (what differs: {})", english_what(what))
            }
            Refusal::DynamicXfa => "it is a dynamic XFA form that holds scripts, and its pages are drawn by the form; \
                without the form's scripts the copy would show no form. Save it as a standard PDF (Print to PDF) \
                and clean that"
                .into(),
        };
        format!("a clean copy of this PDF cannot be made: {why}")
    }

    /// The error, its detail in English and as a message. Its code is
    /// `corrupt`, as the DOCX cleaner's refusals: the page says "part of the
    /// file could not be rewritten safely", not that the format is not cleaned.
    pub(super) fn error(self) -> Error {
        let english = self.english();
        Error::new(ErrorKind::Corrupt(english)).with_said(self.said())
    }
}

/// A `clean-pdf.left.*` or `clean-pdf.what.*` key in English.
fn english_what(key: &str) -> &'static str {
    match key.rsplit('.').next().unwrap_or("") {
        "annotations" => "review annotations",
        "scripts" => "scripts",
        "files" => "embedded files",
        "author" => "an author's name",
        "pages" => "the pages",
        "text" => "the text",
        "headers-footers" => "the headers and footers",
        "links" => "the links",
        "form-fields" => "the form fields",
        "title" => "the title",
        _ => "something",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{render, Lang, Param};

    #[test]
    fn the_detail_is_the_english_message_and_every_language_says_it() {
        let e = Refusal::StillHolds("clean-pdf.left.scripts").error();
        assert_eq!(e.code(), "corrupt");
        assert_eq!(e.detail(), "a clean copy of this PDF cannot be made: the copy would still hold scripts");
        let said = e.said().expect("a catalogue message");
        let params = said.params.iter().map(|(k, v)| (*k, Param::Text(v.clone()))).collect();
        let fr = render(Lang::Fr, said.key, &params).0;
        assert_eq!(fr, "impossible de faire une copie propre de ce PDF : la copie contiendrait encore des scripts");
        let whats = [
            "left.annotations",
            "left.scripts",
            "left.files",
            "left.author",
            "what.pages",
            "what.text",
            "what.headers-footers",
            "what.links",
            "what.form-fields",
            "what.title",
        ];
        let refusals = [
            Refusal::Write("x".into()),
            Refusal::Unreadable("x".into()),
            Refusal::DynamicXfa,
            Refusal::StillHolds("clean-pdf.left.scripts"),
            Refusal::Differs("clean-pdf.what.text"),
        ];
        for r in refusals.clone() {
            let said = r.said();
            let params = said.params.iter().map(|(k, v)| (*k, Param::Text(v.clone()))).collect();
            assert_eq!(r.english(), render(Lang::En, said.key, &params).0, "{r:?}");
        }
        for what in whats {
            let key = format!("clean-pdf.{what}");
            assert_eq!(english_what(&key), render(Lang::En, &key, &Default::default()).0);
        }
        for lang in Lang::ALL {
            let keys: Vec<&str> = crate::messages::keys(lang).collect();
            for r in refusals.clone() {
                let key = r.said().key;
                assert!(keys.contains(&key), "{lang:?} lacks {key}");
            }
            for what in whats {
                assert!(keys.contains(&format!("clean-pdf.{what}").as_str()), "{lang:?} lacks {what}");
            }
        }
    }
}
