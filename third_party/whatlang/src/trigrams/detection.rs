use hashbrown::HashMap;

use super::utils::{TrigramsWithPositions, get_trigrams_with_positions};
use super::LATIN_LANGS;
use super::script_profiles::profiles;
use super::{LangProfileList, profile_trigrams};
use std::sync::OnceLock;
use super::{MAX_TOTAL_DISTANCE, MAX_TRIGRAM_DISTANCE, Trigram};
use crate::Lang;
use crate::core::{FilterList, Info, InternalQuery, Text, calculate_confidence};
use crate::scripts::grouping::MultiLangScript;

#[derive(Debug)]
pub struct RawOutcome {
    pub trigrams_count: usize,
    #[allow(dead_code)]
    pub raw_distances: Vec<(Lang, u32)>,
    pub scores: Vec<(Lang, f64)>,
}

#[inline]
pub fn detect(iquery: &InternalQuery) -> Option<Info> {
    let raw_outcome = raw_detect(iquery);
    let RawOutcome {
        trigrams_count,
        scores,
        ..
    } = raw_outcome;

    let mut raw_scores_iter = scores.into_iter();

    let opt_lang_score1 = raw_scores_iter.next();
    let opt_lang_score2 = raw_scores_iter.next();

    // TODO: Logic is duplicated in alphabets. Consider refactoring
    opt_lang_score1.map(|(lang1, score1)| {
        let script = iquery.multi_lang_script.to_script();
        let confidence = if let Some((_, score2)) = opt_lang_score2 {
            calculate_confidence(score1, score2, trigrams_count)
        } else {
            1.0
        };
        Info::new(script, lang1, confidence)
    })
}

#[inline]
pub fn raw_detect(iquery: &InternalQuery) -> RawOutcome {
    let Some(lang_profile_list) = script_to_lang_profile_list(iquery.multi_lang_script) else {
        // Fork: the script's profiles are neither compiled in nor given
        // (`missing_profiles` says so before): no language.
        return RawOutcome { trigrams_count: 0, raw_distances: vec![], scores: vec![] };
    };
    calculate_scores_in_profiles(&iquery.text, iquery.filter_list, lang_profile_list)
}

fn script_to_lang_profile_list(script: MultiLangScript) -> Option<(LangProfileList, &'static ProfileIndex)> {
    use MultiLangScript as MLS;
    static INDEXES: [OnceLock<ProfileIndex>; 5] = [const { OnceLock::new() }; 5];
    let (list, slot) = match script {
        MLS::Latin => (LATIN_LANGS, 0),
        MLS::Cyrillic => (profiles(script)?, 1),
        MLS::Arabic => (profiles(script)?, 2),
        MLS::Devanagari => (profiles(script)?, 3),
        MLS::Hebrew => (profiles(script)?, 4),
    };
    Some((list, INDEXES[slot].get_or_init(|| ProfileIndex::new(list))))
}

/// Fork: the profiles of one script's languages turned inside out, built on
/// first use. Upstream looks each language's 300 trigrams up in the text's
/// trigrams (11,100 look-ups for the Latin languages, whatever the text);
/// this looks each of the text's trigrams (600 at most) up once.
struct ProfileIndex {
    /// For each trigram of any profile: (the language's place in the list,
    /// the trigram's rank in its profile).
    ranks: HashMap<Trigram, Vec<(u16, u16)>>,
    /// Each language's profile length, in list order.
    lens: Vec<u32>,
}

impl ProfileIndex {
    fn new(list: LangProfileList) -> Self {
        let mut ranks: HashMap<Trigram, Vec<(u16, u16)>> = HashMap::new();
        let mut lens = Vec::with_capacity(list.len());
        for (l, &(_, profile)) in list.iter().enumerate() {
            let mut len = 0;
            for (i, trigram) in profile_trigrams(profile).enumerate() {
                ranks.entry(trigram).or_default().push((l as u16, i as u16));
                len += 1;
            }
            lens.push(len);
        }
        Self { ranks, lens }
    }

    /// Every language's distance from the text, in list order: the same sum
    /// as upstream's `calculate_distance`, term by term, so the same `u32`.
    fn distances(&self, text_trigrams: &[(Trigram, u32)]) -> Vec<u32> {
        // A profile trigram missing from the text counts MAX_TRIGRAM_DISTANCE;
        // start with all missing and replace the terms of those present.
        let mut dists: Vec<u32> = self.lens.iter().map(|&len| len * MAX_TRIGRAM_DISTANCE).collect();
        for (trigram, n) in text_trigrams {
            if let Some(ranks) = self.ranks.get(trigram) {
                for &(l, i) in ranks {
                    let d = &mut dists[l as usize];
                    *d = *d + (*n as i32 - i as i32).unsigned_abs() - MAX_TRIGRAM_DISTANCE;
                }
            }
        }
        let count = text_trigrams.len() as u32;
        for d in &mut dists {
            if MAX_TRIGRAM_DISTANCE > count {
                let delta = MAX_TRIGRAM_DISTANCE - count;
                *d -= delta * MAX_TRIGRAM_DISTANCE;
            }
            *d = (*d).clamp(0, MAX_TOTAL_DISTANCE);
        }
        dists
    }
}

#[inline]
fn calculate_scores_in_profiles(
    text: &Text,
    filter_list: &FilterList,
    (lang_profile_list, index): (LangProfileList, &ProfileIndex),
) -> RawOutcome {
    let mut lang_distances: Vec<(Lang, u32)> = vec![];

    let TrigramsWithPositions {
        trigram_positions, ..
    } = get_trigrams_with_positions(&text.lowercase());
    let unique_trigrams_count = trigram_positions.len();

    let dists = index.distances(&trigram_positions);
    for (&(lang, _), dist) in lang_profile_list.iter().zip(dists) {
        if !filter_list.is_allowed(lang) {
            continue;
        }
        lang_distances.push((lang, dist));
    }

    // Sort languages by distance
    // Fork: upstream's sort through crate::sort ((Lang, u32): 8 bytes).
    let places = crate::sort::by_key_8(lang_distances.iter().map(|&(_, dist)| dist));
    crate::sort::reorder(&mut lang_distances, &places);

    let max_dist = unique_trigrams_count as u32 * MAX_TRIGRAM_DISTANCE;

    let raw_scores = lang_distances
        .iter()
        .map(|&(lang, distance)| (lang, distance_to_raw_score(distance, max_dist)))
        .collect();

    RawOutcome {
        trigrams_count: unique_trigrams_count,
        scores: raw_scores,
        raw_distances: lang_distances,
    }
}

#[inline]
fn distance_to_raw_score(distance: u32, max_distance: u32) -> f64 {
    let similarity = max_distance - distance;
    similarity as f64 / max_distance as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_when_german_is_given() {
        let text = "Die Ordnung muss für immer in diesem Codebase bleiben";
        let iq = InternalQuery {
            text: Text::new(text),
            filter_list: &FilterList::default(),
            multi_lang_script: MultiLangScript::Latin,
        };
        let raw_outcome = raw_detect(&iq);

        assert_eq!(raw_outcome.trigrams_count, 50);

        let &(first_lang, first_score) = raw_outcome.scores.first().unwrap();
        let &(_last_lang, last_score) = raw_outcome.scores.last().unwrap();

        assert_eq!(first_lang, Lang::Deu);

        assert!(first_score >= 0.0);
        assert!(first_score <= 1.0);

        assert!(last_score >= 0.0);
        assert!(last_score <= 1.0);
    }
}
