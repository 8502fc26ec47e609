//! Fork: the crate's sorts, each compiled once. Upstream sorted seven
//! lists with std's sorts, each compiled for its own element type and
//! comparison (about 30 KB of wasm). Two kinds remain:
//!
//! - lists without ties (each element its own key) have one sorted order:
//!   keys of 64 bits are sorted by [`sort_by_first`] (below), wider ones by
//!   [`sort_keys`], one merge sort of `u128` keys;
//! - lists sorted by a score, where languages or scripts tie: the order of
//!   ties decides which language is named (with confidence 0), so these keep
//!   upstream's `sort_unstable_by_key`, run on (key, place) pairs compared by
//!   key alone. Which ties it swaps depends only on the length, the
//!   comparisons' results and the element's size class (8 bytes or fewer:
//!   sorting networks; more: a stable small sort), so [`by_key_8`] and
//!   [`by_key_16`] stand for upstream's element types of those sizes on a
//!   64-bit machine (where its answers were recorded) and order ties as
//!   upstream does there, and on wasm32 too.

/// Sorts `keys` (all different) in ascending order: insertion sort in runs of [`RUN`], then
/// runs merged pairwise through a buffer (O(n log n)).
pub(crate) fn sort_keys(keys: &mut [u128]) {
    const RUN: usize = 16;
    let len = keys.len();
    for run in keys.chunks_mut(RUN) {
        for i in 1..run.len() {
            let key = run[i];
            let mut j = i;
            while j > 0 && run[j - 1] > key {
                run[j] = run[j - 1];
                j -= 1;
            }
            run[j] = key;
        }
    }
    let mut merged = Vec::with_capacity(len);
    let mut width = RUN;
    while width < len {
        merged.clear();
        for start in (0..len).step_by(2 * width) {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (&keys[start..mid], &keys[mid..end]);
            while let (Some(&l), Some(&r)) = (left.first(), right.first()) {
                if r < l {
                    merged.push(r);
                    right = &right[1..];
                } else {
                    merged.push(l);
                    left = &left[1..];
                }
            }
            merged.extend_from_slice(left);
            merged.extend_from_slice(right);
        }
        keys.copy_from_slice(&merged);
        width *= 2;
    }
}

/// Upstream's order of a list of 8-byte elements sorted with
/// `sort_unstable_by_key(key)`: the places of its elements, in order.
pub(crate) fn by_key_8(keys: impl Iterator<Item = u32>) -> Vec<usize> {
    let mut pairs: Vec<(u32, u32)> = keys.enumerate().map(|(i, k)| (k, i as u32)).collect();
    sort_8(&mut pairs);
    pairs.into_iter().map(|(_, i)| i as usize).collect()
}

#[inline(never)]
fn sort_8(pairs: &mut [(u32, u32)]) {
    pairs.sort_unstable_by_key(|&(k, _)| k);
}

/// Upstream's order of a list of 16-byte elements sorted with
/// `sort_unstable_by_key(key)`: the places of its elements, in order.
pub(crate) fn by_key_16(keys: impl Iterator<Item = u64>) -> Vec<usize> {
    let mut pairs: Vec<(u64, u64)> = keys.enumerate().map(|(i, k)| (k, i as u64)).collect();
    sort_by_first(&mut pairs);
    pairs.into_iter().map(|(_, i)| i as usize).collect()
}

/// Sorts `pairs` by their first number alone, as upstream's
/// `sort_unstable_by_key` sorts 16-byte elements (also a fast sort of
/// `u64` keys that are all different).
#[inline(never)]
pub(crate) fn sort_by_first(pairs: &mut [(u64, u64)]) {
    pairs.sort_unstable_by_key(|&(k, _)| k);
}

/// `list` in the order `places` gives.
pub(crate) fn reorder<T: Copy>(list: &mut [T], places: &[usize]) {
    let unsorted = list.to_vec();
    for (slot, &place) in list.iter_mut().zip(places) {
        *slot = unsorted[place];
    }
}
