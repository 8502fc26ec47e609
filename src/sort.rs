//! One sort for the whole crate. The standard library's `sort_by` is generic
//! over both the element and the comparison, so each call site became its own
//! 2 to 6 KB copy of the sort in the browser's wasm (BENCHMARKS.md, Size).
//! Here the sorting itself is one function over indices, compiled once; only
//! the short step that moves the elements is per element type.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, stably (equal elements keep their order), in
/// O(n log n) comparisons: a bottom-up merge sort of the indices.
pub(crate) fn sort_by<T>(v: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &|a, b| compare(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    // `order` holds each index once, so every slot is taken exactly once.
    v.extend(order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)));
}

/// The indices `0..n` in the order `compare` gives, ties in index order.
fn sorted_indices(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut to[start..end] {
                // Take from the right run only when strictly smaller: stable.
                if j < end && (i >= mid || compare(from[j], from[i]) == Ordering::Less) {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard library's stable sort is the reference.
    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        let mut seed = 12345u64;
        for n in [0, 1, 2, 3, 7, 8, 9, 100, 1000, 1025] {
            let mut v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|a| a.0);
            sort_by(&mut v, |a, b| a.0.cmp(&b.0));
            assert_eq!(v, expected, "n = {n}");
        }
        let mut words = vec!["pear", "apple", "fig", "apple"];
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["pear", "fig", "apple", "apple"]);
    }
}
