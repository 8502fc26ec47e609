use super::{Context, Rule};
use crate::document::LinkKind;
use crate::profile::Hyperlinks;
use crate::report::{Finding, Severity};

/// `hyperlinks-missing`: the call asks for links to sources and there are none.
pub const RULE: Rule = Rule {
    id: "hyperlinks-missing",
    severity: Severity::Warning,
    summary: "The call asks for hyperlinks to sources and the document has none (error when the call requires them).",
    doc: "**What it checks.** Whether the document has at least one link to the web (a hyperlink, a `HYPERLINK` \
field, or a web address typed in the text), when the call asks for them.\n\n\
**Why.** Calls such as the Expert Mechanism's ask contributors to \"include hyperlinks to relevant websites, \
documents, statistical data, public regulations and legislation\": the secretariat relies on them to verify \
and cite.\n\n\
**Example.** A contribution that cites laws by name only: *The call asks for hyperlinks to sources ... and this \
document has none.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let severity = match ctx.profile.hyperlinks {
        Hyperlinks::NotRequested => return Vec::new(),
        Hyperlinks::Requested => Severity::Warning,
        Hyperlinks::Required => Severity::Error,
    };
    if doc.links.iter().any(|l| l.kind == LinkKind::External) {
        return Vec::new();
    }
    // Email links are listed apart: they are not sources, but say so when they are all there is.
    let mut emails: Vec<String> = Vec::new();
    for l in doc.links.iter().filter(|l| l.kind == LinkKind::Email) {
        let address = l.url.trim().get(7..).unwrap_or("").split('?').next().unwrap_or("").to_string();
        if !address.is_empty() && !emails.contains(&address) {
            emails.push(address);
        }
    }
    if emails.is_empty() {
        vec![RULE.finding(severity, "hyperlinks-missing")]
    } else {
        vec![RULE.finding(severity, "hyperlinks-missing.only-email").param("emails", emails)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Link, LinkOrigin, Location};
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(links: &[(&str, LinkKind)], hyperlinks: Hyperlinks) -> Vec<Finding> {
        let f = file("x.docx", Format::Docx);
        let mut p = profile();
        p.hyperlinks = hyperlinks;
        let doc = Document {
            links: links
                .iter()
                .map(|(u, k)| Link {
                    url: u.to_string(),
                    text: String::new(),
                    location: Location::default(),
                    kind: *k,
                    origin: LinkOrigin::Hyperlink,
                })
                .collect(),
            ..Document::default()
        };
        check(&with_document(&f, &doc, &p))
    }

    #[test]
    fn no_web_link_is_a_warning_or_an_error() {
        assert_eq!(keys(&run(&[], Hyperlinks::Requested)), ["hyperlinks-missing"]);
        assert_eq!(run(&[], Hyperlinks::Required)[0].severity, Severity::Error);
        // An internal bookmark is not a source.
        assert_eq!(keys(&run(&[("#_Toc1", LinkKind::Internal)], Hyperlinks::Requested)), ["hyperlinks-missing"]);
    }

    #[test]
    fn email_links_are_not_sources_and_are_named() {
        let f = run(
            &[
                ("mailto:info@example.org?subject=Hi", LinkKind::Email),
                ("mailto:press@example.org", LinkKind::Email),
                ("#_Toc1", LinkKind::Internal),
            ],
            Hyperlinks::Requested,
        );
        assert_eq!(keys(&f), ["hyperlinks-missing.only-email"]);
        let (m, _) = crate::messages::render(crate::messages::Lang::En, f[0].key, &f[0].params);
        assert!(m.contains("only to email addresses (info@example.org and press@example.org)"), "{m}");
    }

    #[test]
    fn one_web_link_is_enough_and_silence_asks_nothing() {
        assert!(run(&[("https://www.ohchr.org", LinkKind::External)], Hyperlinks::Requested).is_empty());
        assert!(run(&[], Hyperlinks::NotRequested).is_empty());
    }
}
