// Is it space, punctuation or digit?
// Stop character is a character that does not give any value for script
// or language detection.
#[inline]
pub fn is_stop_char(ch: char) -> bool {
    matches!(ch, '\u{0000}'..='\u{0040}' | '\u{005B}'..='\u{0060}' | '\u{007B}'..='\u{007E}')
}

/// Sorts `pairs` by descending score, in std's unstable order, and returns
/// them. Fork: the script counters, the alphabet scores and (in the
/// browser) the trigram distances go through one copy of std's sort;
/// upstream sorted `(Script, usize)`, `(Lang, usize)` and `(Lang, u32)` with
/// three `sort_unstable_by_key` calls. The sort reorders `(place, score)`
/// pairs instead: the same size as upstream's pairs on every target and the
/// same comparisons, so std's sort moves them exactly as it moved upstream's,
/// and ties end up where they did.
pub(crate) fn sort_by_score_desc<T: Copy>(pairs: Vec<(T, usize)>) -> Vec<(T, usize)> {
    let mut places: Vec<(u8, usize)> = pairs.iter().enumerate().map(|(i, &(_, score))| (i as u8, score)).collect();
    sort_places_by_score_desc(&mut places);
    places.into_iter().map(|(i, score)| (pairs[i as usize].0, score)).collect()
}

/// Sorts `pairs` by ascending distance, as `sort_by_score_desc` does: the
/// score is `u32::MAX - distance`, in pairs the size of `(Lang, u32)`, i.e.
/// `(u8, usize)` on 32-bit targets (the browser: the same copy of the sort as
/// the scores) and `(u8, u32)` elsewhere (a copy of its own).
pub(crate) fn sort_by_distance<T: Copy>(pairs: Vec<(T, u32)>) -> Vec<(T, u32)> {
    #[cfg(target_pointer_width = "32")]
    type Score = usize;
    #[cfg(not(target_pointer_width = "32"))]
    type Score = u32;
    let mut places: Vec<(u8, Score)> =
        pairs.iter().enumerate().map(|(i, &(_, distance))| (i as u8, (u32::MAX - distance) as Score)).collect();
    sort_places_by_score_desc(&mut places);
    places.into_iter().map(|(i, _)| pairs[i as usize]).collect()
}

#[inline(never)]
fn sort_places_by_score_desc<S: Ord + Copy>(places: &mut [(u8, S)]) {
    places.sort_unstable_by_key(|&(_, score)| std::cmp::Reverse(score));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_is_top_char() {
        // stop chars
        assert!(is_stop_char(' '));
        assert!(is_stop_char(','));
        assert!(is_stop_char('-'));
        assert!(is_stop_char('-'));
        assert!(is_stop_char('9'));
        assert!(is_stop_char('0'));

        // non-stop chars
        assert!(!is_stop_char('a'));
        assert!(!is_stop_char('z'));
        assert!(!is_stop_char('A')); // latin A
        assert!(!is_stop_char('Z'));
        assert!(!is_stop_char('я'));
        assert!(!is_stop_char('А')); // cyrillic A
    }
}
