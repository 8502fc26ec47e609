//! Fork: the trigram profiles of the scripts other than Latin, compiled in
//! (the feature `non-latin-profiles`, on by default) or given at run time by
//! [`set_profiles`], so that a program that mostly sees Latin text (a
//! browser's wasm) need not carry them. Each script's profiles are one text,
//! `profiles/<script>.txt`: a line per language, in the order detection
//! lists them (a tie keeps that order), the language's code, a tab and its
//! profile (the same string as Latin's in `profiles.rs`: 300 trigrams, most
//! frequent first). Given or compiled in, the same text is parsed the same
//! way, so detection answers the same.

use std::sync::OnceLock;

use super::LangProfileList;
use crate::scripts::grouping::MultiLangScript;
use crate::{Lang, Script, detect_script};

/// The scripts whose profiles may be given, with their languages in the
/// order of their profile text.
const GIVABLE: [(Script, &[Lang]); 4] = [
    (Script::Cyrillic, &[Lang::Rus, Lang::Ukr, Lang::Srp, Lang::Bel, Lang::Bul, Lang::Mkd]),
    (Script::Arabic, &[Lang::Ara, Lang::Urd, Lang::Pes]),
    (Script::Devanagari, &[Lang::Hin, Lang::Mar, Lang::Nep]),
    (Script::Hebrew, &[Lang::Heb, Lang::Yid]),
];

#[cfg(feature = "non-latin-profiles")]
const COMPILED: [&str; 4] = [
    include_str!("profiles/cyrillic.txt"),
    include_str!("profiles/arabic.txt"),
    include_str!("profiles/devanagari.txt"),
    include_str!("profiles/hebrew.txt"),
];

static PROFILES: [OnceLock<LangProfileList>; 4] = [const { OnceLock::new() }; 4];

/// Why [`set_profiles`] did not take a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfilesError {
    /// The script has no profiles to give: Latin's are always compiled in,
    /// and a script of one language needs none.
    NotGivable,
    /// The script's profiles are there already (compiled in, or given before).
    AlreadyThere,
    /// The text is not the script's profiles (see `profiles/<script>.txt`).
    Malformed,
}

fn slot(script: Script) -> Option<usize> {
    GIVABLE.iter().position(|(s, _)| *s == script)
}

/// The profiles of slot `i`, if compiled in or given.
fn at(i: usize) -> Option<LangProfileList> {
    let cell = PROFILES.get(i)?;
    #[cfg(feature = "non-latin-profiles")]
    return Some(*cell.get_or_init(|| COMPILED.get(i).and_then(|text| parse(i, text).ok()).unwrap_or_default()));
    #[cfg(not(feature = "non-latin-profiles"))]
    cell.get().copied()
}

/// The profiles of a script other than Latin, if compiled in or given.
pub(crate) fn profiles(script: MultiLangScript) -> Option<LangProfileList> {
    at(slot(script.to_script())?)
}

/// Slot `i`'s languages and their profiles, read from `text`.
fn parse(i: usize, text: &'static str) -> Result<LangProfileList, ProfilesError> {
    let langs = GIVABLE.get(i).ok_or(ProfilesError::NotGivable)?.1;
    let mut lines = text.lines();
    let mut list = Vec::with_capacity(langs.len());
    for &lang in langs {
        let (code, profile) = lines.next().and_then(|l| l.split_once('\t')).ok_or(ProfilesError::Malformed)?;
        if code != lang.code() || profile.chars().count() % 3 != 0 {
            return Err(ProfilesError::Malformed);
        }
        list.push((lang, profile));
    }
    if lines.next().is_some() {
        return Err(ProfilesError::Malformed);
    }
    Ok(Box::leak(list.into_boxed_slice()))
}

/// Gives `script`'s trigram profiles (the text of `profiles/<script>.txt`
/// in this crate's source) to a build without the feature
/// `non-latin-profiles`. Detection of that script's text then answers as
/// with the profiles compiled in.
pub fn set_profiles(script: Script, profiles: &'static str) -> Result<(), ProfilesError> {
    let i = slot(script).ok_or(ProfilesError::NotGivable)?;
    if at(i).is_some() {
        return Err(ProfilesError::AlreadyThere);
    }
    let list = parse(i, profiles)?;
    PROFILES.get(i).ok_or(ProfilesError::NotGivable)?.set(list).map_err(|_| ProfilesError::AlreadyThere)
}

/// The script of `text` when detecting its language needs profiles that are
/// neither compiled in nor given, `None` otherwise. Without them, detection
/// of such a text is not upstream's: ask this first, and give them.
pub fn missing_profiles(text: &str) -> Option<Script> {
    if (0..GIVABLE.len()).all(|i| at(i).is_some()) {
        return None;
    }
    let script = detect_script(text)?;
    at(slot(script)?).is_none().then_some(script)
}
