use super::link_target::{analyse, location, readable, Problem};
use super::{Context, Rule};
use crate::report::{Finding, Severity};
use std::collections::HashSet;

/// `unreachable-link`: every link opens for someone outside the author's computer and network.
pub const RULE: Rule = Rule {
    id: "unreachable-link",
    severity: Severity::Warning,
    summary: "Links open for the secretariat and readers: no files on a computer, private networks, intranets or sign-in-only sites.",
    doc: "**What it checks.** Each link's target (hyperlinks, `HYPERLINK` fields, addresses typed in the text; \
body, notes, headers and footers). Reported, once per target:\n\n\
- a file on a computer or a shared drive: `file:` addresses, `C:\\...`, `\\\\server\\share`, `/Users/...`, \
`/home/...`, and names of files next to the document (`Annex 1.docx`);\n\
- this computer or a private network: `localhost`, 127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, \
169.254.0.0/16, 100.64.0.0/10, `::1`, `fc00::/7`, `fe80::/10`;\n\
- an internal site: a host name without a dot (`http://intranet/`) or ending in `.local`, `.lan`, \
`.internal`, `.intranet`, `.corp`, `.home`, `.home.arpa`;\n\
- a site that opens only after signing in: SharePoint and OneDrive for work or school (`*.sharepoint.com`, \
including personal `*-my.sharepoint.com` sites), Teams, Outlook and Gmail web mail, Slack, Dropbox's own \
`/home` pages, Box file pages;\n\
- as information only, a cloud file that opens only if its owner shared it publicly: Google Docs and Drive, \
personal OneDrive (`onedrive.live.com`, `1drv.ms`). Dropbox shared links (`dropbox.com/s/...`) are public \
and pass.\n\n\
Links written wrongly are `malformed-link`'s; email links are never reported here.\n\n\
**Why.** Contributions are published as received: a link to the author's own disk, office network or \
private cloud space is broken for the secretariat and for every reader, and the source it points to is lost.\n\n\
**Example.** A footnote linking `file:///C:/Users/ana/Documents/Annex%201.docx`: *This link points to a \
file on a computer or a shared drive (file:///C:/Users/ana/Documents/Annex 1.docx); nobody else can open it.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for link in &doc.links {
        let Some(problem) = analyse(link) else { continue };
        let (severity, key) = match problem {
            Problem::File => (RULE.severity, "unreachable-link.file"),
            Problem::Local => (RULE.severity, "unreachable-link.local"),
            Problem::Intranet => (RULE.severity, "unreachable-link.intranet"),
            Problem::SignIn => (RULE.severity, "unreachable-link.sign-in"),
            Problem::CheckSharing => (Severity::Info, "unreachable-link.check-sharing"),
            _ => continue, // malformed-link reports the rest
        };
        if seen.insert(link.url.as_str()) {
            out.push(RULE.finding(severity, key).param("url", readable(&link.url)).at(location(link)));
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

    fn run(links: &[(&str, &str, LinkKind)]) -> Vec<Finding> {
        let f = file("x.docx", Format::Docx);
        let p = profile();
        let doc = Document {
            links: links
                .iter()
                .enumerate()
                .map(|(i, (url, text, kind))| Link {
                    url: url.to_string(),
                    text: text.to_string(),
                    location: Location { paragraph: Some(i as u32 + 1), ..Location::default() },
                    kind: *kind,
                    origin: LinkOrigin::Hyperlink,
                })
                .collect(),
            ..Document::default()
        };
        check(&with_document(&f, &doc, &p))
    }

    #[test]
    fn public_links_pass() {
        assert!(run(&[
            ("https://www.ohchr.org/en/calls-for-input", "the call", LinkKind::External),
            ("mailto:ohchr-emler@un.org", "write to us", LinkKind::Email),
            ("#_Toc1", "Introduction", LinkKind::Internal)
        ])
        .is_empty());
    }

    #[test]
    fn a_file_on_a_computer_is_reported_with_where_it_is() {
        let f = run(&[("file:///C:/Users/ana/Documents/Annex%201.docx", "Annex 1", LinkKind::File)]);
        assert_eq!(keys(&f), ["unreachable-link.file"]);
        assert_eq!(f[0].severity, Severity::Warning);
        let loc = f[0].location.as_ref().unwrap();
        assert_eq!((loc.paragraph, loc.quote.as_deref()), (Some(1), Some("Annex 1")));
        let (m, _) = render(Lang::En, f[0].key, &f[0].params);
        assert_eq!(m, "This link points to a file on a computer or a shared drive (file:///C:/Users/ana/Documents/Annex 1.docx); nobody else can open it.");
    }

    #[test]
    fn each_kind_of_unreachable_target_has_its_words() {
        let f = run(&[
            ("http://localhost:8080/report", "report", LinkKind::External),
            ("http://intranet/policies", "policies", LinkKind::External),
            ("https://contoso-my.sharepoint.com/personal/ana/Documents/x.docx", "our data", LinkKind::External),
            ("https://docs.google.com/document/d/1AbC/edit", "our notes", LinkKind::External),
        ]);
        assert_eq!(
            keys(&f),
            [
                "unreachable-link.local",
                "unreachable-link.intranet",
                "unreachable-link.sign-in",
                "unreachable-link.check-sharing"
            ]
        );
        assert_eq!(f[3].severity, Severity::Info);
    }

    #[test]
    fn one_finding_per_target_and_malformed_links_left_to_their_rule() {
        let f = run(&[
            ("http://10.0.0.5/a", "a", LinkKind::External),
            ("http://10.0.0.5/a", "a again", LinkKind::External),
            ("htps://www.un.org", "UN", LinkKind::External),
        ]);
        assert_eq!(keys(&f), ["unreachable-link.local"]);
    }
}
