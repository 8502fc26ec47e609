//! Which languages a document is written in, measured block by block.
//!
//! Paragraphs are joined into blocks of about [`BLOCK_WORDS`] words, each block
//! is detected with whatlang, and each language gets the words of its blocks.
//! A block whose detection whatlang itself calls unreliable counts as
//! "undetermined". The main language is the one with the most words; the
//! answer is reliable only when enough of the text was detected reliably and
//! the main language clearly leads.

use crate::document::{Block, Location};
use crate::words;
use serde::Serialize;

/// Words per detected block: long enough for whatlang to be sure, short enough
/// to find a section in another language.
pub const BLOCK_WORDS: u64 = 40;

/// Share of words (in reliable blocks) the main language needs for a reliable answer.
const MAIN_SHARE_RELIABLE: f64 = 0.6;

/// A detected language's part of the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageShare {
    /// ISO 639-1 code (`en`), or `und` for text no language was found for.
    pub code: String,
    /// Words in blocks detected as this language.
    pub words: u64,
    /// Those words as a share of all detected words, 0 to 1.
    pub share: f64,
    /// Where the blocks in this language start (up to five).
    pub sections: Vec<Location>,
}

/// The language figures of a document (`language` in the report).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LanguageInfo {
    /// The main language (ISO 639-1), or `null` when there is too little text.
    pub main: Option<String>,
    /// Whether the answer can be presented as fact.
    pub reliable: bool,
    /// Each language's share, largest first.
    pub shares: Vec<LanguageShare>,
}

/// Detects the languages of `blocks`.
pub fn detect(blocks: &[Block]) -> LanguageInfo {
    let mut tally: Vec<LanguageShare> = Vec::new();
    let mut add = |code: &str, n: u64, loc: &Location| {
        let i = match tally.iter().position(|s| s.code == code) {
            Some(i) => i,
            None => {
                tally.push(LanguageShare { code: code.to_string(), words: 0, share: 0.0, sections: Vec::new() });
                tally.len() - 1
            }
        };
        tally[i].words += n;
        if tally[i].sections.len() < 5 {
            tally[i].sections.push(loc.clone());
        }
    };
    let mut text = String::new();
    let mut n = 0u64;
    let mut start: Option<&Location> = None;
    let mut flush = |text: &mut String, n: &mut u64, start: &mut Option<&Location>| {
        if *n > 0 {
            let code = match whatlang::detect(text) {
                Some(info) if info.is_reliable() => iso639_1(info.lang()).unwrap_or("und"),
                _ => "und",
            };
            add(code, *n, start.unwrap_or(&Location::default()));
        }
        text.clear();
        *n = 0;
        *start = None;
    };
    for b in blocks {
        let w = words::count(&b.text);
        if w == 0 {
            continue;
        }
        if start.is_none() {
            start = Some(&b.location);
        }
        text.push_str(&b.text);
        text.push('\n');
        n += w;
        if n >= BLOCK_WORDS {
            flush(&mut text, &mut n, &mut start);
        }
    }
    flush(&mut text, &mut n, &mut start);

    let total: u64 = tally.iter().map(|s| s.words).sum();
    let detected: u64 = tally.iter().filter(|s| s.code != "und").map(|s| s.words).sum();
    for s in &mut tally {
        s.share = if total == 0 { 0.0 } else { s.words as f64 / total as f64 };
    }
    tally.sort_by(|a, b| b.words.cmp(&a.words).then(a.code.cmp(&b.code)));
    let main = tally.iter().find(|s| s.code != "und");
    let reliable = main.is_some_and(|m| detected > 0 && m.words as f64 / detected as f64 >= MAIN_SHARE_RELIABLE && detected * 2 >= total);
    LanguageInfo { main: main.map(|m| m.code.clone()), reliable, shares: tally }
}

/// whatlang's ISO 639-3 codes → ISO 639-1, for the languages that have one.
fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Fra => "fr",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Cat => "ca",
        Ron => "ro",
        Deu => "de",
        Nld => "nl",
        Rus => "ru",
        Ukr => "uk",
        Bel => "be",
        Bul => "bg",
        Srp => "sr",
        Hrv => "hr",
        Slv => "sl",
        Slk => "sk",
        Ces => "cs",
        Pol => "pl",
        Hun => "hu",
        Fin => "fi",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Yid => "yi",
        Pes => "fa",
        Urd => "ur",
        Hin => "hi",
        Ben => "bn",
        Pan => "pa",
        Guj => "gu",
        Ori => "or",
        Tam => "ta",
        Tel => "te",
        Kan => "kn",
        Mal => "ml",
        Sin => "si",
        Mar => "mr",
        Nep => "ne",
        Tha => "th",
        Khm => "km",
        Vie => "vi",
        Ind => "id",
        Jav => "jv",
        Tgl => "tl",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Amh => "am",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Epo => "eo",
        Aze => "az",
        Kat => "ka",
        Hye => "hy",
        Uzb => "uz",
        Tuk => "tk",
        Mya => "my",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts.iter().map(|t| Block { text: t.to_string(), kind: BlockKind::Paragraph, location: Location::default() }).collect()
    }

    #[test]
    fn an_english_text_is_english_and_reliable() {
        // UDHR article 1 and 2, English (../shared/corpus/lang/udhr/udhr_eng.txt).
        let b = blocks(&["All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood. Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind."]);
        let l = detect(&b);
        assert_eq!(l.main.as_deref(), Some("en"));
        assert!(l.reliable);
    }

    #[test]
    fn too_little_text_is_not_reliable() {
        let l = detect(&blocks(&["Hola"]));
        assert!(!l.reliable);
        assert_eq!(detect(&[]).main, None);
    }
}
