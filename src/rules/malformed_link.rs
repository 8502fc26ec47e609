use super::link_target::{analyse, location, readable, Problem};
use super::{Context, Rule};
use crate::report::{Finding, Severity};
use std::collections::HashSet;

/// `malformed-link`: every link is a valid address.
pub const RULE: Rule = Rule {
    id: "malformed-link",
    severity: Severity::Warning,
    summary: "Links are valid addresses (WHATWG URL rules), with http:// or https:// and a real email address.",
    doc: "**What it checks.** Each link's target, parsed by the WHATWG URL rules that browsers follow (with \
the `url` crate's answers). Reported, once per target: a target that is not a URL (`http//www.un.org`, a space in the host \
name, `https://` with no host); a web address without `http://` or `https://` (`www.un.org`, `ohchr.org/en`), \
which Word opens as a file name next to the document; a misspelt scheme (`htps://`, `htttp://`); a \
`mailto:` link without a usable address. Other schemes (`tel:`, `doi:`) are left alone.\n\n\
**Why.** A broken link hides the source it was meant to show; the secretariat cannot verify or cite it.\n\n\
**Example.** A link whose target is `htps://www.ohchr.org`: *This link starts with “htps:” instead of \
“http:” or “https:” (htps://www.ohchr.org), so it will not open.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for link in &doc.links {
        let Some(problem) = analyse(link) else { continue };
        let finding = match problem {
            Problem::Invalid => RULE.finding(RULE.severity, "malformed-link.invalid"),
            Problem::NoScheme => RULE.finding(RULE.severity, "malformed-link.no-scheme"),
            Problem::SchemeTypo(s) => RULE.finding(RULE.severity, "malformed-link.scheme-typo").param("scheme", s),
            Problem::BadEmail => RULE.finding(RULE.severity, "malformed-link.email"),
            _ => continue, // unreachable-link reports the rest
        };
        if seen.insert(link.url.as_str()) {
            out.push(finding.param("url", readable(&link.url)).at(location(link)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Link, LinkKind, LinkOrigin, Location};
    use crate::messages::{render, Lang};
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(links: &[(&str, LinkKind)]) -> Vec<Finding> {
        let f = file("x.docx", Format::Docx);
        let p = profile();
        let doc = Document {
            links: links
                .iter()
                .map(|(url, kind)| Link {
                    url: url.to_string(),
                    text: "the source".into(),
                    location: Location::default(),
                    kind: *kind,
                    origin: LinkOrigin::Hyperlink,
                })
                .collect(),
            ..Document::default()
        };
        check(&with_document(&f, &doc, &p))
    }

    #[test]
    fn valid_links_pass() {
        assert!(run(&[
            ("https://www.ohchr.org/en", LinkKind::External),
            ("mailto:ohchr-emler@un.org", LinkKind::Email),
            ("tel:+41229179000", LinkKind::External),
            ("http://localhost/", LinkKind::External)
        ])
        .is_empty());
    }

    #[test]
    fn broken_addresses_are_reported_with_the_reason() {
        let f = run(&[
            ("http//www.ohchr.org", LinkKind::External),
            ("www.ohchr.org/en", LinkKind::External),
            ("htps://www.ohchr.org", LinkKind::External),
            ("mailto:ohchr-emler", LinkKind::Email),
        ]);
        assert_eq!(
            keys(&f),
            [
                "malformed-link.invalid",
                "malformed-link.no-scheme",
                "malformed-link.scheme-typo",
                "malformed-link.email"
            ]
        );
        assert!(f.iter().all(|f| f.severity == Severity::Warning));
        let (m, _) = render(Lang::En, f[2].key, &f[2].params);
        assert_eq!(
            m,
            "This link starts with “htps:” instead of “http:” or “https:” (htps://www.ohchr.org), so it will not open."
        );
        let (m, _) = render(Lang::Es, f[1].key, &f[1].params);
        assert!(m.contains("www.ohchr.org/en") && m.contains("https://"), "{m}");
    }
}
