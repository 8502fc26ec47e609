use super::accessibility::severity;
use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `document-language`: the language the file declares is the one it is written in.
pub const RULE: Rule = Rule {
    id: "document-language",
    severity: Severity::Warning,
    summary: "The language the file declares is the language its text is written in (accessibility).",
    doc: "**What it checks.** The language the file declares for its text, against the main language \
detected in it (the same detection as the `language` rule), only when that detection is reliable. In a \
Word file (.docx, .docm; not yet .doc or .odt), each run's language (`w:lang`: its own, else the document defaults'; the value for its \
script, Latin, East Asian or right-to-left), weighed by the letters in it; in a PDF, the catalog's \
`/Lang`. Only the language is compared, not the country (`en-GB` and `en-US` are both English). A file \
that declares nothing, or a language without a name in the catalogues, is not reported.\n\n\
**Why.** Screen readers and text-to-speech choose their voice and pronunciation from the declared \
language: Spanish text declared as English is read with English sounds and is hard to follow. Spelling \
and grammar checkers, and search engines, use it too. It is usually the language of the template or of the \
computer where the document was started. A call that requires accessible files \
(`accessibility = \"required\"`) makes the warning an error.\n\n\
**Example.** A contribution written in Spanish from an English template: *The text is in Spanish, but \
the document says it is in English: screen readers will mispronounce it.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Ok(read) = &ctx.read else { return Vec::new() };
    let (Some(declared), Some(detected)) =
        (read.document.accessibility.language.as_deref(), read.language.main.as_deref())
    else {
        return Vec::new();
    };
    let declared = primary(declared);
    if !read.language.reliable || declared == detected || !has_name(&declared) || !has_name(detected) {
        return Vec::new();
    }
    vec![RULE
        .finding(severity(ctx.profile, RULE.severity), "document-language")
        .param("declared", vec![declared])
        .param("detected", vec![detected.to_string()])]
}

/// The language of a tag (`es-ES`, `zh_CN`, `EN`): its first subtag, lowercase.
fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or(tag).trim().to_ascii_lowercase()
}

/// Whether the catalogues name the language `code`.
fn has_name(code: &str) -> bool {
    let key = format!("language.{code}");
    crate::messages::keys(crate::messages::Lang::En).any(|k| k == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{render, Lang};
    use crate::rules::fixtures::{findings, pack, read_docx, with_parts};
    use crate::rules::testing::*;
    use crate::sniff::Format;
    use docx_rs::{Docx, Paragraph, Run};

    // UDHR article 1 and the start of the preamble, in Spanish
    // (../shared/corpus/lang/udhr): enough words for a reliable detection.
    const ES: &str = "Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros. Considerando que la libertad, la justicia y la paz en el mundo tienen por base el reconocimiento de la dignidad intrínseca y de los derechos iguales e inalienables de todos los miembros de la familia humana.";

    /// A Spanish text whose styles declare `default` and whose runs declare `run`.
    fn spanish(default: &str, run: Option<&str>) -> Vec<u8> {
        // The run is bold, so that its properties exist; docx-rs cannot write `w:lang`.
        let bytes = pack(Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text(ES).bold())));
        let bytes = match run {
            Some(l) => {
                let xml = crate::rules::fixtures::part(&bytes, "word/document.xml");
                assert!(xml.contains("<w:b />"), "{xml}");
                let xml = xml.replacen("<w:b />", &format!(r#"<w:b /><w:lang w:val="{l}" />"#), 1);
                with_parts(&bytes, &[("word/document.xml", xml.as_bytes())])
            }
            None => bytes,
        };
        let styles = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="{default}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"#
        );
        with_parts(&bytes, &[("word/styles.xml", styles.as_bytes())])
    }

    #[test]
    fn spanish_text_declared_english_is_found() {
        let doc = read_docx(&spanish("en-US", None));
        assert_eq!(doc.accessibility.language.as_deref(), Some("en-US"));
        let f = findings(&RULE, &doc, Format::Docx, &profile());
        assert_eq!(keys(&f), ["document-language"]);
        let (m, help) = render(Lang::En, f[0].key, &f[0].params);
        assert_eq!(
            m,
            "The text is in Spanish, but the document says it is in English: screen readers will mispronounce it."
        );
        assert!(help.contains("Review > Language"), "{help}");
    }

    #[test]
    fn the_runs_own_language_wins_and_a_matching_declaration_passes() {
        assert!(findings(&RULE, &read_docx(&spanish("es-ES", None)), Format::Docx, &profile()).is_empty());
        let doc = read_docx(&spanish("en-US", Some("es-MX")));
        assert_eq!(doc.accessibility.language.as_deref(), Some("es-MX"));
        assert!(findings(&RULE, &doc, Format::Docx, &profile()).is_empty());
    }

    #[test]
    fn tags_compare_by_language_only() {
        assert_eq!(primary("es-ES"), "es");
        assert_eq!(primary("zh_CN"), "zh");
        assert_eq!(primary("EN"), "en");
    }
}
