//! It's a hard-core optimized implementation of a relatively simple algorithm.
//! The explanation of the algorithm can be found in the parent module [crate::alphabets].

use super::RawOutcome;
use crate::core::{FilterList, LowercaseText};
use crate::utils::is_stop_char;
use crate::{Lang, Script};
use std::sync::LazyLock;

/// Inverted map binding a character to a set of languages.
pub fn build_inverted_map(alphabets: &[(Lang, &str)]) -> (Vec<char>, Vec<Vec<Lang>>) {
    // Fork: no HashMap. Upstream pushed each (char, language) of the
    // alphabets into a map char -> languages and sorted its entries by
    // char. Here each pair is one key: the char, then the pair's place in
    // that sequence of pushes, then its alphabet; sorted by crate::sort's
    // merge sort, the keys of one char are together, in the order upstream
    // pushed them, so each run is upstream's entry for that char.
    let mut keys: Vec<u128> = Vec::new();
    for (i, (_, alphabet)) in alphabets.iter().enumerate() {
        for c in alphabet.chars() {
            keys.push((c as u128) << 64 | (keys.len() as u128) << 16 | i as u128);
        }
    }
    crate::sort::sort_keys(&mut keys);

    let mut chars: Vec<char> = Vec::new();
    let mut langs: Vec<Vec<Lang>> = Vec::new();
    for key in keys {
        let ch = char::from_u32((key >> 64) as u32).unwrap_or(' ');
        let lang = alphabets[key as u16 as usize].0;
        match langs.last_mut() {
            Some(run) if chars.last() == Some(&ch) => run.push(lang),
            _ => {
                chars.push(ch);
                langs.push(vec![lang]);
            }
        }
    }

    (chars, langs)
}

pub fn generic_alphabet_calculate_scores(
    script: Script,
    lang_map: &LazyLock<(Vec<char>, Vec<Vec<Lang>>)>,
    text: &LowercaseText,
    filter_list: &FilterList,
) -> RawOutcome {
    let (chars, langs) = &**lang_map;
    let script_langs = script.langs();

    // score of each character.
    let mut char_scores = vec![0; chars.len()];
    let mut max_raw_score = 0;
    // Fork: ASCII letters are tallied first and looked up once each below,
    // not once per occurrence (the sums are the same).
    let mut ascii = [0usize; 128];
    // iterate over the text and scores characters.
    for ch in text.chars() {
        if is_stop_char(ch) {
            continue;
        }

        max_raw_score += 1;

        if ch.is_ascii() {
            ascii[ch as usize] += 1;
        } else if let Ok(position) = chars.binary_search(&ch) {
            // add 2 and remove max_raw_score at the end,
            // to keep the score interval of -max_raw_score..max_raw_score
            char_scores[position] += 2;
        }
    }
    for (byte, &n) in ascii.iter().enumerate() {
        if n == 0 {
            continue;
        }
        if let Ok(position) = chars.binary_search(&char::from(byte as u8)) {
            char_scores[position] += 2 * n;
        }
    }

    // score of each lang.
    let mut lang_scores = vec![0; Lang::all().len()];
    let mut common_score: usize = 0;
    // iterate over scored characters to compute language's scores.
    for (position, char_score) in char_scores.into_iter().enumerate() {
        if char_score > 0 {
            let languages = &langs[position];
            // if current character is common to all Languages, increment a common score
            // instead of iterating over all Languages scores.
            if languages.len() == script_langs.len() {
                common_score += char_score;
            } else {
                for &lang in languages {
                    lang_scores[lang as usize] += char_score;
                }
            }
        }
    }

    // remap languages with theirs scores.
    let mut raw_scores: Vec<(Lang, usize)> = script_langs
        .iter()
        .filter(|&&l| filter_list.is_allowed(l))
        .map(|&l| {
            let score = (lang_scores[l as usize] + common_score).saturating_sub(max_raw_score);
            (l, score)
        })
        .collect();

    // Fork: upstream's sort through crate::sort ((Lang, usize): 16 bytes on
    // a 64-bit machine), highest score first.
    let places = crate::sort::by_key_16(raw_scores.iter().map(|&(_, score)| !(score as u64)));
    crate::sort::reorder(&mut raw_scores, &places);

    let mut normalized_scores = vec![];

    for &(lang, raw_score) in raw_scores.iter() {
        let normalized_score = raw_score as f64 / max_raw_score as f64;
        normalized_scores.push((lang, normalized_score));
    }

    RawOutcome {
        count: max_raw_score,
        raw_scores,
        scores: normalized_scores,
    }
}
