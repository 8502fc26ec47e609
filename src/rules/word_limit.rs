use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `word-limit`: the document is within the call's word limit.
pub const RULE: Rule = Rule {
    id: "word-limit",
    severity: Severity::Error,
    summary: "The word count is within the call's limit (info when within 2% under it).",
    doc: "**What it checks.** The words held against the limit (the main text, and the notes only where the \
call counts them; see docs/word-count.md) against the call's word limit. Over the limit is an \
error that says how many words to cut; within 2% under it is information.\n\n\
**Why.** Secretariats may cut or refuse contributions over the limit.\n\n\
**Example.** 2,612 words against 2,500: *The document has 2,612 words; the call allows 2,500. Cut at least 112 words.*",
    check,
};

/// Within this share under the limit, a note says the count is close.
const NEAR_SHARE: f64 = 0.02;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let (Some(limit), Ok(read)) = (ctx.profile.word_limit, &ctx.read) else { return Vec::new() };
    let words = read.words;
    let counted = words.counted(ctx.profile.notes_count);
    let limit64 = u64::from(limit);
    let what = if ctx.profile.notes_count { "word-limit.what-body-and-notes" } else { "word-limit.what-body" };
    let finding =
        |severity, key| RULE.finding(severity, key).param("counted", counted).param("limit", limit).param("what", what);
    if counted > limit64 {
        return vec![finding(Severity::Error, "word-limit.over").param("excess", counted - limit64)];
    }
    if (limit64 - counted) as f64 <= NEAR_SHARE * limit as f64 {
        return vec![finding(Severity::Info, "word-limit.near")];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind, Document, Location, Part};
    use crate::rules::testing::*;
    use crate::sniff::Format;
    use crate::words::WordCounts;

    fn run(body: u64, notes: u64, notes_count: bool) -> Vec<Finding> {
        let f = file("x.docx", Format::Docx);
        let mut p = profile(); // emler-2024: "Word limit: 2500 words"
        p.notes_count = notes_count;
        // One paragraph of `body` words, one footnote of `notes` words.
        let block = |n: u64, part: Option<Part>| Block {
            text: "word ".repeat(n as usize),
            kind: BlockKind::Paragraph,
            location: Location { part, ..Location::default() },
        };
        let doc = Document {
            body: vec![block(body, None)],
            notes: vec![block(notes, Some(Part::Footnote { n: 1 }))],
            ..Document::default()
        };
        let ctx = with_document(&f, &doc, &p);
        assert_eq!(ctx.read.as_ref().map(|r| r.words).ok(), Some(WordCounts { body, notes }));
        check(&ctx)
    }

    #[test]
    fn over_the_limit_says_how_many_to_cut() {
        let f = run(2612, 0, false);
        assert_eq!(keys(&f), ["word-limit.over"]);
        assert_eq!(f[0].params["excess"], crate::messages::Param::Int(112));
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn at_and_near_the_limit() {
        assert_eq!(keys(&run(2500, 0, false)), ["word-limit.near"]);
        assert_eq!(keys(&run(2450, 0, false)), ["word-limit.near"]); // 2% of 2,500 is 50
        assert!(run(2449, 0, false).is_empty());
    }

    #[test]
    fn notes_count_only_when_the_call_says_so() {
        assert!(run(2000, 900, false).is_empty());
        assert_eq!(keys(&run(2000, 900, true)), ["word-limit.over"]);
    }
}
