//! The word count, defined once and used everywhere.
//!
//! It follows Microsoft Word where Word's behaviour is known:
//! - a word is a run of characters between whitespace (spaces, tabs, line and
//!   paragraph breaks, no-break spaces);
//! - hyphenated and slashed compounds ("well-being", "and/or") are one word,
//!   because they hold no whitespace;
//! - a run with no letter and no digit ("–", "•", "§", "...") is **not** a word;
//! - each Chinese, Japanese or Korean character counts as one word, as in Word.
//!
//! What is counted, and against what, is decided by [`WordCounts`]: the body
//! (paragraphs, tables, text boxes, accepted tracked changes) apart from notes;
//! never headers, footers, comments, hidden or deleted text, or field codes.

use crate::document::{Block, Document};
use serde::Serialize;

/// Counts the words of `text`.
///
/// ```
/// use submission_checker::words::count;
/// // Access, to, justice, a, well-being, and/or, rights, issue: the dash alone is no word.
/// assert_eq!(count("Access to justice – a well-being and/or rights issue."), 8);
/// assert_eq!(count("人权理事会"), 5);
/// ```
pub fn count(text: &str) -> u64 {
    // One pass, ASCII a byte at a time: counting runs over the whole text
    // several times a check, and in wasm a `chars()` step is a function call.
    let bytes = text.as_bytes();
    let mut n = 0;
    // Whether the current segment (since whitespace or a CJK character) has a letter or digit.
    let mut segment_has_word = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                n += u64::from(segment_has_word);
                segment_has_word = false;
            } else if b.is_ascii_alphanumeric() {
                segment_has_word = true;
            }
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        if c.is_whitespace() {
            n += u64::from(segment_has_word);
            segment_has_word = false;
        } else if is_cjk(c) {
            n += 1 + u64::from(segment_has_word);
            segment_has_word = false;
        } else if c.is_alphanumeric() {
            segment_has_word = true;
        }
        i += c.len_utf8();
    }
    n + u64::from(segment_has_word)
}

/// Ideographs, kana and hangul: scripts written without spaces between words,
/// where Word counts each character.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x11FF      // Hangul Jamo
        | 0x3005..=0x3007    // 々 〆 〇: iteration mark, closing mark, ideographic zero
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3100..=0x312F    // Bopomofo
        | 0x3130..=0x318F    // Hangul compatibility Jamo
        | 0x31F0..=0x31FF    // Katakana phonetic extensions
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0xFF66..=0xFF9F    // Halfwidth Katakana
        | 0x20000..=0x2FA1F  // CJK Extensions B–F, compatibility supplement
    )
}

/// Words in a document, by part.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WordCounts {
    /// Main text.
    pub body: u64,
    /// Footnotes and endnotes.
    pub notes: u64,
}

impl WordCounts {
    /// Counts a document's body and notes.
    pub fn of(doc: &Document) -> WordCounts {
        WordCounts { body: sum(&doc.body), notes: sum(&doc.notes) }
    }

    /// What is held against the limit: the body, plus the notes when the call counts them.
    pub fn counted(self, notes_count: bool) -> u64 {
        if notes_count {
            self.body + self.notes
        } else {
            self.body
        }
    }
}

fn sum(blocks: &[Block]) -> u64 {
    blocks.iter().map(|b| count(&b.text)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_separates_and_punctuation_alone_is_not_a_word() {
        assert_eq!(count(""), 0);
        assert_eq!(count("  one\ttwo\nthree\u{a0}four "), 4);
        assert_eq!(count("– • § ... 1."), 1);
        assert_eq!(count("e-mail, and/or, l'homme, 2,500 words"), 5);
    }

    #[test]
    fn east_asian_characters_count_one_each() {
        assert_eq!(count("人权 理事会"), 5);
        assert_eq!(count("UN人权"), 3);
        assert_eq!(count("한국어 텍스트"), 6);
        // The iteration mark repeats the character before it: a character of its own.
        assert_eq!(count("淡々と"), 3);
        assert_eq!(count("ｶﾀｶﾅ"), 4);
    }

    #[test]
    fn the_one_pass_count_agrees_with_the_definition() {
        // The definition, written the plain way: whitespace-separated tokens,
        // each split by CJK characters into segments that count if they hold
        // a letter or digit, plus one for each CJK character.
        fn by_definition(text: &str) -> u64 {
            text.split_whitespace()
                .map(|t| {
                    let cjk = t.chars().filter(|c| is_cjk(*c)).count() as u64;
                    cjk + t.split(is_cjk).filter(|s| s.chars().any(char::is_alphanumeric)).count() as u64
                })
                .sum()
        }
        for text in [
            "",
            "plain ASCII text, with punctuation; and 2,500 numbers.",
            "\u{a0}no-break\u{a0}spaces\u{2003}em\u{3000}ideographic\u{85}next-line\u{2028}",
            "Déclaration universelle des droits de l’homme – « Préambule »",
            "UN人权理事会 and 淡々と ｶﾀｶﾅ 한국어, Ελληνικά, русский, العربية",
            "\u{1c}\u{1d} control \x0b tab\tcr\r\nend",
            "– • § ... ¶ —",
        ] {
            assert_eq!(count(text), by_definition(text), "{text:?}");
        }
    }
}
