//! The language the main text declares, which screen readers pronounce it
//! in: each run's `w:lang` (its own, else the document defaults'
//! `w:docDefaults/w:rPrDefault/w:rPr/w:lang`), weighted by the characters of
//! shown text in it. `w:lang` has three values, and which one applies
//! depends on the script: `w:bidi` for Arabic and Hebrew, `w:eastAsia` for
//! Chinese, Japanese and Korean, `w:val` for the rest. Paragraph and
//! character styles' languages are not followed (Word writes the language on
//! the defaults and on the runs typed with another keyboard).

use crate::read::xml::attr;
use quick_xml::events::BytesStart;

/// The three languages of a `w:lang` element, as stored (`en-US`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Lang {
    pub val: Option<String>,
    pub east_asia: Option<String>,
    pub bidi: Option<String>,
}

impl Lang {
    /// Reads a `w:lang` element.
    pub fn of(e: &BytesStart<'_>) -> Lang {
        let get = |key| attr(e, key).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Lang { val: get("val"), east_asia: get("eastAsia"), bidi: get("bidi") }
    }

    /// The language that applies to `text`, by the script of its first letter.
    fn for_text(&self, text: &str) -> Option<&String> {
        let first = text.chars().find(|c| c.is_alphabetic())?;
        match u32::from(first) {
            0x0590..=0x08FF | 0xFB1D..=0xFEFF => self.bidi.as_ref(),
            0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF => self.east_asia.as_ref(),
            _ => self.val.as_ref(),
        }
    }
}

/// How many distinct languages are weighed: more is a hostile file.
const MAX_LANGUAGES: usize = 64;

/// The languages of the runs read so far, by characters of shown text.
#[derive(Default)]
pub(super) struct RunLanguages {
    /// The current run's own `w:lang`.
    own: Option<Lang>,
    /// Characters per declared language, in the order first met.
    chars: Vec<(String, usize)>,
}

impl RunLanguages {
    /// A run opens: it has no language of its own yet.
    pub fn open_run(&mut self) {
        self.own = None;
    }

    /// `w:lang` in the run's properties.
    pub fn run_lang(&mut self, e: &BytesStart<'_>) {
        self.own = Some(Lang::of(e));
    }

    /// Shown text of the current run, under the document defaults `default`.
    pub fn text(&mut self, s: &str, default: &Lang) {
        let own = self.own.as_ref().and_then(|l| l.for_text(s));
        let Some(lang) = own.or_else(|| default.for_text(s)) else { return };
        let n = s.chars().filter(|c| c.is_alphabetic()).count();
        if let Some((_, count)) = self.chars.iter_mut().find(|(l, _)| l.eq_ignore_ascii_case(lang)) {
            *count += n;
        } else if self.chars.len() < MAX_LANGUAGES {
            self.chars.push((lang.clone(), n));
        }
    }

    /// The language of the most characters, if any was declared.
    pub fn main(&self) -> Option<String> {
        self.chars.iter().filter(|(_, n)| *n > 0).max_by_key(|(_, n)| *n).map(|(l, _)| l.clone())
    }
}
