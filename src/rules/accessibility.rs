//! What the accessibility rules share (`image-alt-text`, `headings`,
//! `document-language`, `pdf-accessibility`, `table-header`, `link-text-vague`): how
//! severe a finding is under a call, and how places are listed.
//!
//! They report what the file's own structure says (an attribute, a tag, a
//! style), never a guess about how it looks, and they are warnings or
//! information: a call that requires accessible files
//! (`accessibility = "required"`) makes their warnings errors.

use crate::document::Location;
use crate::messages::place;
use crate::profile::{Accessibility, CallProfile};
use crate::report::Severity;

/// `default` under this call: a warning becomes an error when the call requires accessible files.
pub(super) fn severity(profile: &CallProfile, default: Severity) -> Severity {
    match (profile.accessibility, default) {
        (Accessibility::Required, Severity::Warning) => Severity::Error,
        _ => default,
    }
}

/// How many places a message lists; the finding points at the first.
const MAX_PLACES: usize = 12;

/// The places of `locations` for `PLACES()`, each once, at most [`MAX_PLACES`].
pub(super) fn places<'a>(locations: impl IntoIterator<Item = &'a Location>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in locations.into_iter().filter_map(place) {
        if !out.contains(&p) {
            out.push(p);
        }
        if out.len() == MAX_PLACES {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::profile;

    #[test]
    fn a_call_that_requires_accessibility_makes_warnings_errors_and_leaves_information() {
        let mut p = profile();
        assert_eq!(severity(&p, Severity::Warning), Severity::Warning);
        p.accessibility = Accessibility::Required;
        assert_eq!(severity(&p, Severity::Warning), Severity::Error);
        assert_eq!(severity(&p, Severity::Info), Severity::Info);
    }

    #[test]
    fn places_are_listed_once_and_bounded() {
        let at = |n| Location { paragraph: Some(n), ..Location::default() };
        let many: Vec<Location> = (1..=30).chain([1, 2]).map(at).collect();
        let p = places(&many);
        assert_eq!(p.len(), MAX_PLACES);
        assert_eq!(p[0], "paragraph:1");
        assert_eq!(places(&[at(4), at(4), Location::default()]), ["paragraph:4"]);
    }
}
