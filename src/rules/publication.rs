//! What the publication-readiness rules share (`comments`, `tracked-changes`,
//! `hidden-text`, `personal-metadata`, `macros`, `embedded-files`,
//! `pdf-annotations`, `pdf-javascript`): how severe hidden content is under a
//! call, who will see it, and how names and dates are listed.
//!
//! These rules run for every call. A call's `published_in_full` changes the
//! words (the content *will be public*, rather than *whoever receives the file
//! can see it*), not whether the rule runs: a secretariat that does not
//! publish still reads, forwards and archives the file as sent.

use crate::profile::CallProfile;

/// The rules whose findings are content that would be published with the
/// file by accident: a warning from one of them makes a ready report's
/// verdict `ready-with-warnings`. `personal-metadata` is not among them:
/// nearly every file names an author, which alone should not hold anyone
/// back, unless the call asks for clean files (see [`personal`]).
pub(crate) const PUBLISHES_CONTENT: &[&str] =
    &["comments", "tracked-changes", "hidden-text", "macros", "embedded-files", "pdf-annotations", "pdf-javascript"];
use crate::report::Severity;

/// Comments, tracked changes, hidden text, PDF annotations and JavaScript:
/// a warning, or an error when the call asks for clean files.
pub(super) fn hidden_content(profile: &CallProfile) -> Severity {
    if profile.clean_files_required {
        Severity::Error
    } else {
        Severity::Warning
    }
}

/// Names in the file's properties: information, or, when the call asks for
/// clean files, a warning that counts as content that would be published
/// (the verdict turns amber and the clean copy is offered).
pub(super) fn personal(profile: &CallProfile) -> (Severity, bool) {
    if profile.clean_files_required {
        (Severity::Warning, true)
    } else {
        (Severity::Info, false)
    }
}

/// The catalogue key of the sentence that says who will see the content.
pub(super) fn audience(profile: &CallProfile) -> &'static str {
    if profile.published_in_full {
        "publication.in-full"
    } else {
        "publication.received"
    }
}

/// How many distinct names a message lists before "…".
const MAX_NAMES: usize = 5;

/// Distinct non-empty names in first-seen order, for `LIST($authors)` (joined
/// the reader's way): at most [`MAX_NAMES`] then "…" (an open list); "—" when
/// there is none. Names are shown as stored: they are what will be published.
pub(super) fn names<'a>(names: impl IntoIterator<Item = Option<&'a str>>) -> Vec<String> {
    let mut seen: Vec<&str> = Vec::new();
    for n in names.into_iter().flatten().map(str::trim).filter(|n| !n.is_empty()) {
        if !seen.contains(&n) {
            seen.push(n);
        }
    }
    let mut out: Vec<String> = seen.iter().take(MAX_NAMES).map(|n| n.to_string()).collect();
    match seen.len() {
        0 => out.push("—".to_string()),
        n if n > MAX_NAMES => out.push("…".to_string()),
        _ => {}
    }
    out
}

/// The span of the stored dates, by day, for `DATES($dates)` (written the
/// reader's way): the first and the last day (`2009-07-24`, `2010-01-02`), one
/// day when they are the same, none when no date is stored. ISO 8601 dates sort as text.
pub(super) fn date_span<'a>(dates: impl IntoIterator<Item = Option<&'a str>>) -> Vec<String> {
    let days: Vec<&str> = dates
        .into_iter()
        .flatten()
        .filter_map(|d| d.get(..10))
        .filter(|d| d.as_bytes().get(4) == Some(&b'-'))
        .collect();
    match (days.iter().min(), days.iter().max()) {
        (Some(first), Some(last)) if first == last => vec![first.to_string()],
        (Some(first), Some(last)) => vec![first.to_string(), last.to_string()],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_distinct_in_order_and_capped() {
        assert_eq!(names([Some("pavel"), Some(" pavel "), None, Some("Ana")]), ["pavel", "Ana"]);
        assert_eq!(names([None, Some("")]), ["—"]);
        assert_eq!(names(["a", "b", "c", "d", "e", "f"].map(Some)), ["a", "b", "c", "d", "e", "…"]);
    }

    #[test]
    fn dates_span_days() {
        assert_eq!(date_span([Some("2009-07-24T15:06:00Z"), Some("2009-07-24T15:05:00Z")]), ["2009-07-24"]);
        assert_eq!(
            date_span([Some("2010-01-02T00:00:00Z"), None, Some("2009-07-24T15:05:00Z")]),
            ["2009-07-24", "2010-01-02"]
        );
        assert!(date_span([None, Some("yesterday")]).is_empty());
    }

    #[test]
    fn clean_files_make_hidden_content_an_error() {
        let mut p = crate::profile::builtin("emler-2024").unwrap();
        assert_eq!(hidden_content(&p), Severity::Warning);
        assert_eq!(personal(&p), (Severity::Info, false));
        assert_eq!(audience(&p), "publication.in-full"); // "made available in full and as received"
        p.clean_files_required = true;
        p.published_in_full = false;
        assert_eq!(hidden_content(&p), Severity::Error);
        assert_eq!(personal(&p), (Severity::Warning, true));
        assert_eq!(audience(&p), "publication.received");
    }
}

#[cfg(test)]
mod content_rules {
    #[test]
    fn the_content_rules_are_registered_rules() {
        for id in super::PUBLISHES_CONTENT {
            assert!(crate::rules::REGISTRY.iter().any(|r| r.id == *id), "{id} is not in the registry");
        }
    }
}
