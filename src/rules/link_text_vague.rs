use super::accessibility::{places, severity};
use super::link_target::{location, text_as_url};
use super::{Context, Rule};
use crate::document::{Link, LinkKind, LinkOrigin};
use crate::report::{Finding, Severity};

/// `link-text-vague`: link texts that say where they lead.
pub const RULE: Rule = Rule {
    id: "link-text-vague",
    severity: Severity::Warning,
    summary:
        "Link texts say where they lead, out of context: not \"click here\" or a long bare address (accessibility).",
    doc: "**What it checks.** The shown text of each link (not addresses typed without a link) against a list \
of texts that say nothing out of context, in the seven languages of the interface: \"click here\", \"here\", \
\"link\", \"read more\", \"cliquez ici\", \"aquí\", \"clique aqui\", \"هنا\", \"点击这里\", \"здесь\" and their \
neighbours (the list is in `src/rules/link_text_vague.rs`). The text is compared whole, ignoring case, \
spaces and end punctuation, so \"here is the report\" passes. A warning, listing the texts and where they are. \
A web address of more than 50 characters shown as the text is information: screen readers spell it out.\n\n\
**Why.** Screen-reader users jump from link to link, hearing only the link texts: ten links called \
\"here\" are ten identical, useless stops. Search engines and readers of a printout also see only the text. \
A call that requires accessible files (`accessibility = \"required\"`) makes the warning an error.\n\n\
**Example.** *These link texts say nothing out of context: click here and here.*, with their places \
(paragraphs 4 and 9).",
    check,
};

/// Link texts that say nothing out of context, by language, in lowercase,
/// without end punctuation. Whole texts only: "here" is vague, "the report
/// here" is not. WCAG 2.2 success criterion 2.4.4 and the Word Accessibility
/// Checker's "unclear hyperlink text" list the same kind; the translations are
/// the phrases the web uses in each language.
const VAGUE: &[&str] = &[
    // English
    "click here",
    "click",
    "here",
    "link",
    "this link",
    "read more",
    "more",
    "learn more",
    "more info",
    "see here",
    "go here",
    "click this link",
    // French
    "cliquez ici",
    "cliquer ici",
    "ici",
    "lien",
    "ce lien",
    "en savoir plus",
    "lire la suite",
    "plus",
    "voir ici",
    // Spanish
    "haga clic aquí",
    "haz clic aquí",
    "clic aquí",
    "pulse aquí",
    "aquí",
    "enlace",
    "este enlace",
    "leer más",
    "más",
    "más información",
    "ver aquí",
    // Portuguese
    "clique aqui",
    "clica aqui",
    "aqui",
    "este link",
    "leia mais",
    "saiba mais",
    "mais",
    "ver aqui",
    // Arabic
    "هنا",
    "اضغط هنا",
    "انقر هنا",
    "اضغط",
    "انقر",
    "رابط",
    "الرابط",
    "هذا الرابط",
    "اقرأ المزيد",
    "المزيد",
    // Chinese
    "点击这里",
    "点击此处",
    "点此",
    "点击",
    "这里",
    "此处",
    "链接",
    "此链接",
    "更多",
    "阅读更多",
    "了解更多",
    // Russian
    "здесь",
    "тут",
    "сюда",
    "нажмите здесь",
    "нажмите",
    "ссылка",
    "по ссылке",
    "эта ссылка",
    "подробнее",
    "читать далее",
    "далее",
];

/// Shown addresses longer than this are spelt out at length by screen readers.
const LONG_URL_CHARS: usize = 50;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let links: Vec<&Link> = doc.links.iter().filter(|l| l.origin != LinkOrigin::PlainText).collect();
    let vague: Vec<&Link> = links.iter().copied().filter(|l| is_vague(&l.text)).collect();
    let long: Vec<&Link> =
        links.iter().copied().filter(|l| l.kind == LinkKind::External && is_long_url(&l.text)).collect();
    let mut out = Vec::new();
    if let Some(first) = vague.first() {
        out.push(
            RULE.finding(severity(ctx.profile, RULE.severity), "link-text-vague")
                .param("texts", distinct_texts(&vague))
                .param("places", places(vague.iter().map(|l| &l.location)))
                .at(location(first)),
        );
    }
    if let Some(first) = long.first() {
        out.push(
            RULE.finding(Severity::Info, "link-text-vague.url")
                .param("places", places(long.iter().map(|l| &l.location)))
                .at(location(first)),
        );
    }
    out
}

/// The text as compared: lowercase, single spaces, no end punctuation or quotes.
fn normalise(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = lowercase::lowercase(&words.join(" "));
    let ends = |c: char| c.is_ascii_punctuation() || "…«»“”‘’。．，：；！？»،؛؟".contains(c);
    joined.trim_matches(ends).trim().to_string()
}

fn is_vague(text: &str) -> bool {
    let t = normalise(text);
    !t.is_empty() && VAGUE.contains(&t.as_str())
}

fn is_long_url(text: &str) -> bool {
    text_as_url(text).is_some() && text.trim().chars().count() > LONG_URL_CHARS
}

/// The vague texts as written, each once (ignoring case), at most five,
/// without the sentence punctuation that ends them (a PDF link's area often
/// takes in the full stop after "link"), as the message lists them in a sentence.
fn distinct_texts(links: &[&Link]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for l in links {
        let key = normalise(&l.text);
        if !seen.contains(&key) && out.len() < 5 {
            seen.push(key);
            let shown = l.text.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push(shown.trim_end_matches(|c| ".,;:!?…。，：；！？،؛؟".contains(c)).to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Location};
    use crate::messages::{render, Lang, Param};
    use crate::rules::fixtures::{findings, pack, read_docx};
    use crate::rules::testing::*;
    use crate::sniff::Format;
    use docx_rs::{Docx, Hyperlink, HyperlinkType, Paragraph, Run};

    fn linked(text: &str, url: &str) -> Paragraph {
        Paragraph::new()
            .add_run(Run::new().add_text("The report is available "))
            .add_hyperlink(Hyperlink::new(url, HyperlinkType::External).add_run(Run::new().add_text(text)))
    }

    fn check_docx(paragraphs: Vec<Paragraph>) -> Vec<Finding> {
        let docx = paragraphs.into_iter().fold(Docx::new(), Docx::add_paragraph);
        findings(&RULE, &read_docx(&pack(docx)), Format::Docx, &profile())
    }

    #[test]
    fn vague_texts_in_the_seven_languages_are_found_with_their_places() {
        let url = "https://www.ohchr.org/en/calls-for-input";
        let f = check_docx(vec![
            linked("click here", url),
            linked("Cliquez ici.", url),
            linked("aquí", url),
            linked("clique aqui", url),
            linked("هنا", url),
            linked("点击这里", url),
            linked("Здесь", url),
            linked("CLICK HERE", url),
        ]);
        assert_eq!(keys(&f), ["link-text-vague"]);
        assert_eq!(f[0].severity, Severity::Warning);
        let Param::List(texts) = &f[0].params["texts"] else { panic!("a list") };
        assert_eq!(texts, &["click here", "Cliquez ici", "aquí", "clique aqui", "هنا"]);
        let Param::List(places) = &f[0].params["places"] else { panic!("a list") };
        assert_eq!(places.len(), 8);
        let (m, help) = render(Lang::En, f[0].key, &f[0].params);
        assert!(m.ends_with("context: click here, Cliquez ici, aquí, clique aqui and هنا."), "{m}");
        assert!(help.starts_with("Where: paragraphs 1, 2, 3"), "{help}");
        assert!(help.contains("Edit Hyperlink"), "{help}");
    }

    #[test]
    fn texts_that_say_where_they_lead_pass() {
        let url = "https://www.ohchr.org/en/calls-for-input";
        let f = check_docx(vec![
            linked("the Special Rapporteur's 2024 report", url),
            linked("here is the report", url),
            linked("www.ohchr.org", url),
            Paragraph::new().add_run(Run::new().add_text("Typed, not linked: here")),
        ]);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_long_bare_address_is_information_and_required_accessibility_makes_vague_texts_errors() {
        let long = "https://www.ohchr.org/en/calls-for-input/2024/call-inputs-report-right-education";
        let f = check_docx(vec![linked(long, long), linked("here", long)]);
        assert_eq!(keys(&f), ["link-text-vague", "link-text-vague.url"]);
        assert_eq!(f[1].severity, Severity::Info);
        let doc = Document {
            links: vec![Link {
                url: long.into(),
                text: "here".into(),
                location: Location { page: Some(2), ..Location::default() },
                kind: LinkKind::External,
                origin: LinkOrigin::Annotation,
            }],
            ..Document::default()
        };
        let mut p = profile();
        p.accessibility = crate::profile::Accessibility::Required;
        let f = findings(&RULE, &doc, Format::Pdf, &p);
        assert_eq!(f[0].severity, Severity::Error);
    }
}
