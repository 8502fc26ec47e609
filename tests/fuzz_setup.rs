//! The fuzz crate (fuzz/Cargo.toml) is its own workspace, so it does not
//! inherit the root's `[patch.crates-io]` stand-ins. If the two lists drift
//! apart, the fuzzers test other code than the checker ships.

use std::collections::BTreeSet;

/// The `name = { path = "..." }` lines of a manifest's `[patch.crates-io]`
/// table, as (crate name, path with any leading `../` removed).
fn patches(manifest: &str) -> BTreeSet<(String, String)> {
    let mut in_patch = false;
    let mut found = BTreeSet::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_patch = line == "[patch.crates-io]";
            continue;
        }
        if !in_patch || line.starts_with('#') || line.is_empty() {
            continue;
        }
        let Some((name, rest)) = line.split_once('=') else { continue };
        let Some(path) = rest.split('"').nth(1) else { continue };
        found.insert((name.trim().to_string(), path.trim_start_matches("../").to_string()));
    }
    found
}

#[test]
fn fuzz_crate_patches_the_same_crates_as_the_checker() {
    let root = include_str!("../Cargo.toml");
    let fuzz = include_str!("../fuzz/Cargo.toml");
    let expected = patches(root);
    assert!(!expected.is_empty(), "the root Cargo.toml has no [patch.crates-io] stand-ins to compare");
    assert_eq!(patches(fuzz), expected, "fuzz/Cargo.toml's [patch.crates-io] must match the root's");
}
