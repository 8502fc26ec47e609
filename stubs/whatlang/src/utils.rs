// Is it space, punctuation or digit?
// Stop character is a character that does not give any value for script
// or language detection.
#[inline]
pub fn is_stop_char(ch: char) -> bool {
    matches!(ch, '\u{0000}'..='\u{0040}' | '\u{005B}'..='\u{0060}' | '\u{007B}'..='\u{007E}')
}

/// Sorts `pairs` by descending score, in std's unstable order, and returns
/// them. Fork: the script counters and the alphabet scores both go through
/// this one function; upstream sorted `(Script, usize)` and `(Lang, usize)`
/// with two `sort_unstable_by_key` calls, i.e. two copies of std's sort in
/// the wasm. The sort reorders `(place, score)` pairs instead: the same size
/// as either on every target and the same comparisons, so std's sort moves
/// them exactly as it moved upstream's pairs, and ties end up where they did.
pub(crate) fn sort_by_score_desc<T: Copy>(pairs: Vec<(T, usize)>) -> Vec<(T, usize)> {
    let mut places: Vec<(u8, usize)> = pairs.iter().enumerate().map(|(i, &(_, score))| (i as u8, score)).collect();
    sort_places_by_score_desc(&mut places);
    places.into_iter().map(|(i, score)| (pairs[i as usize].0, score)).collect()
}

#[inline(never)]
fn sort_places_by_score_desc(places: &mut [(u8, usize)]) {
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
