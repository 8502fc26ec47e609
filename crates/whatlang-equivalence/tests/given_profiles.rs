//! Built without the fork's feature `non-latin-profiles` (`cargo test -p
//! whatlang-equivalence --no-default-features`), as the browser's wasm is:
//! the profiles of Cyrillic, Arabic, Devanagari and Hebrew are missing until
//! given at run time, `missing_profiles` says so before detection, and once
//! given (the fork's own `profiles/<script>.txt`, the text the browser's
//! modules carry), every answer is upstream's, as with them compiled in
//! (`upstream_equivalence.rs`, same texts and recorded answers).

#![cfg(not(feature = "compiled-profiles"))]

#[path = "upstream/texts.rs"]
mod texts;

#[path = "upstream/compare.rs"]
mod compare;

use std::path::Path;
use whatlang::{ProfilesError, Script, missing_profiles, set_profiles};

/// The first sentence of the UDHR's article 1 in each script's first language
/// (../shared/corpus/lang/udhr_first_article_all.unstructured.txt: Russian,
/// Arabic (Standard), Hindi, Hebrew).
const NEEDING: [(Script, &str, &str); 4] = [
    (Script::Cyrillic, "cyrillic", "Все люди рождаются свободными и равными в своем достоинстве и правах."),
    (Script::Arabic, "arabic", "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق."),
    (Script::Devanagari, "devanagari", "सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता और समानता प्राप्त है ।"),
    (Script::Hebrew, "hebrew", "כל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם."),
];

fn profile_text(name: &str) -> &'static str {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../third_party/whatlang/src/trigrams/profiles/{name}.txt"));
    String::leak(std::fs::read_to_string(path).unwrap())
}

/// One test, in order: the profiles are process-wide, given once.
#[test]
fn profiles_given_at_run_time_answer_as_upstream() {
    for (script, _, text) in NEEDING {
        assert_eq!(missing_profiles(text), Some(script), "{text}");
    }
    assert_eq!(missing_profiles("All human beings are born free and equal in dignity and rights."), None);
    assert_eq!(missing_profiles("人人生而自由，在尊严和权利上一律平等。"), None, "one language, no profiles");
    assert_eq!(set_profiles(Script::Latin, profile_text("cyrillic")), Err(ProfilesError::NotGivable));
    assert_eq!(set_profiles(Script::Cyrillic, profile_text("arabic")), Err(ProfilesError::Malformed));
    assert_eq!(set_profiles(Script::Cyrillic, ""), Err(ProfilesError::Malformed));

    for (script, name, text) in NEEDING {
        assert_eq!(set_profiles(script, profile_text(name)), Ok(()), "{name}");
        assert_eq!(missing_profiles(text), None, "{name} given");
    }
    assert_eq!(set_profiles(Script::Hebrew, profile_text("hebrew")), Err(ProfilesError::AlreadyThere));

    compare::assert_answers_are_upstreams();
}
