use super::link_target::{location, parse_url, percent_decoded, readable, same_place, text_as_url};
use super::{Context, Rule};
use crate::document::{LinkKind, LinkOrigin};
use crate::report::{Finding, Severity};
use std::collections::HashSet;

/// `link-text-mismatch`: a link that shows an address opens that address.
pub const RULE: Rule = Rule {
    id: "link-text-mismatch",
    severity: Severity::Warning,
    summary: "A link whose text is a web or email address opens that address, not another one.",
    doc: "**What it checks.** Links whose shown text is itself a web address (starting with `http://`, \
`https://` or `www.`) or an email address, against the target the link opens. They match when the host is \
the same (ignoring `www.` and the difference between http and https) and the shown path is the start of the \
target's: a link showing `www.ohchr.org` that opens a page on that site matches, and so does an address \
shortened with \"…\". A trailing slash does not matter. Addresses typed in the text without a link are not \
links and are not compared.\n\n\
**Why.** Readers trust the address they see. A mismatch is usually a link copied from another paragraph and \
left unchanged, so the source cited is not the one the link opens.\n\n\
**Example.** The text `https://www.ohchr.org/en/calls-for-input/2024` linked to \
`https://www.ohchr.org/en/calls-for-input/2023`: *The link shows https://www.ohchr.org/en/calls-for-input/2024, \
but it opens https://www.ohchr.org/en/calls-for-input/2023.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for link in doc.links.iter().filter(|l| l.origin != LinkOrigin::PlainText) {
        let text = link.text.trim();
        let differs = match link.kind {
            LinkKind::External => match (text_as_url(text), parse_url(link.url.trim())) {
                (Some(shown), Ok(target)) => !same_place(&shown, &target),
                _ => false,
            },
            LinkKind::Email => shown_email(text)
                .is_some_and(|shown| !email_targets(&link.url).iter().any(|a| a.eq_ignore_ascii_case(&shown))),
            _ => false,
        };
        if differs && seen.insert((text, link.url.as_str())) {
            out.push(
                RULE.finding(RULE.severity, "link-text-mismatch")
                    .param("text", text)
                    .param("url", readable(&link.url))
                    .at(location(link)),
            );
        }
    }
    out
}

/// The shown text when it is an email address ("name@example.org", "mailto:name@example.org").
fn shown_email(text: &str) -> Option<String> {
    let t = text.trim_end_matches(['.', ',', ';', ')']);
    let t = t.get(..7).filter(|p| p.eq_ignore_ascii_case("mailto:")).map_or(t, |_| &t[7..]);
    crate::profile::is_email(t).then(|| t.to_string())
}

/// The addresses a `mailto:` link writes to.
fn email_targets(url: &str) -> Vec<String> {
    let rest = url.trim().get(7..).unwrap_or("");
    let addresses = rest.split('?').next().unwrap_or("");
    let decoded = percent_decoded(addresses);
    decoded.split(',').map(|a| a.trim().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Link, Location};
    use crate::messages::{render, Lang};
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(links: &[(&str, &str, LinkKind, LinkOrigin)]) -> Vec<Finding> {
        let f = file("x.docx", Format::Docx);
        let p = profile();
        let doc = Document {
            links: links
                .iter()
                .map(|(text, url, kind, origin)| Link {
                    url: url.to_string(),
                    text: text.to_string(),
                    location: Location::default(),
                    kind: *kind,
                    origin: *origin,
                })
                .collect(),
            ..Document::default()
        };
        check(&with_document(&f, &doc, &p))
    }

    use LinkKind::{Email, External};
    use LinkOrigin::{Hyperlink, PlainText};

    #[test]
    fn matching_and_ordinary_link_texts_pass() {
        assert!(run(&[
            ("www.ohchr.org", "https://www.ohchr.org/en/about-us", External, Hyperlink),
            ("https://ohchr.org/en/", "http://www.ohchr.org/en", External, Hyperlink),
            (
                "https://www.ohchr.org/en/calls-for-input/2024/…",
                "https://www.ohchr.org/en/calls-for-input/2024/justice",
                External,
                Hyperlink
            ),
            ("the 2023 report", "https://www.example.org/reports/2023", External, Hyperlink),
            ("ohchr-emler@un.org", "mailto:OHCHR-EMLER@un.org?subject=x", Email, Hyperlink),
            ("Write to us", "mailto:ohchr-emler@un.org", Email, Hyperlink),
        ])
        .is_empty());
    }

    #[test]
    fn a_shown_address_that_opens_another_is_reported() {
        let f = run(&[
            (
                "https://www.ohchr.org/en/calls-for-input/2024",
                "https://www.ohchr.org/en/calls-for-input/2023",
                External,
                Hyperlink,
            ),
            ("www.un.org", "https://www.example.com/", External, Hyperlink),
            ("ohchr-emler@un.org", "mailto:someone@example.org", Email, Hyperlink),
        ]);
        assert_eq!(keys(&f), ["link-text-mismatch"; 3]);
        let (m, _) = render(Lang::En, f[0].key, &f[0].params);
        assert_eq!(m, "The link shows https://www.ohchr.org/en/calls-for-input/2024, but it opens https://www.ohchr.org/en/calls-for-input/2023.");
        assert_eq!(
            f[0].location.as_ref().and_then(|l| l.quote.as_deref()),
            Some("https://www.ohchr.org/en/calls-for-input/2024")
        );
    }

    #[test]
    fn addresses_typed_without_a_link_are_not_compared() {
        assert!(run(&[("www.un.org", "http://www.un.org.", External, PlainText)]).is_empty());
    }
}
