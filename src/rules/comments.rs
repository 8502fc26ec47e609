use super::{publication, Context, Rule};
use crate::document::{quote, Location};
use crate::report::{Finding, Severity};

/// `comments`: comments and replies left in a Word file.
pub const RULE: Rule = Rule {
    id: "comments",
    severity: Severity::Warning,
    summary:
        "Comments and replies (resolved ones too) are still in the file (error when the call asks for clean files).",
    doc: "**What it checks.** Whether the Word file still holds comments: how many, how many are replies and how \
many are marked resolved, who wrote them, and the first one's words. Resolved comments count: Word only hides \
them. PDF comments are `pdf-annotations`.\n\n\
**Why.** Calls publish contributions \"in full and as received\": a comment such as *check this figure with \
the ministry* becomes public with the text. A warning, or an error when the call's profile sets \
`clean_files_required`. The rule runs for every call; whether the call publishes in full changes the words, \
not the severity, because the secretariat reads and forwards the file as sent either way.\n\n\
**Example.** *Comments are still in the file: 12 (replies: 2; marked resolved: 1), written by Randy Bartels. \
The call publishes contributions in full, as received, so this will be public.* The location gives the first \
comment and its first words.",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let Some(first) = doc.comments.first() else { return Vec::new() };
    let replies = doc.comments.iter().filter(|c| c.is_reply).count();
    let resolved = doc.comments.iter().filter(|c| c.resolved).count();
    let location = Location { quote: Some(quote(&first.text)).filter(|q| !q.is_empty()), ..first.location.clone() };
    vec![RULE
        .finding(publication::hidden_content(ctx.profile), "comments")
        .param("count", doc.comments.len())
        .param("replies", replies)
        .param("resolved", resolved)
        .param("authors", publication::names(doc.comments.iter().map(|c| c.author.as_deref())))
        .param("audience", publication::audience(ctx.profile))
        .at(location)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use crate::sniff::Format;
    use docx_rs::{Comment, Docx, Paragraph, Run};

    fn comment(id: usize, author: &str, text: &str) -> Comment {
        Comment::new(id)
            .author(author)
            .date("2024-05-02T10:00:00Z")
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(text)))
    }

    /// A contribution whose second paragraph carries a comment and a reply to it.
    fn commented() -> Vec<u8> {
        pack(
            Docx::new()
                .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Our organisation documents cases.")))
                .add_paragraph(
                    Paragraph::new()
                        .add_comment_start(comment(1, "Ana Souza", "Check this figure with the ministry"))
                        .add_run(Run::new().add_text("Complaints rose by 40 per cent."))
                        .add_comment_end(1)
                        .add_comment_start(comment(2, "Jean Dupont", "Done, the figure is right").parent_comment_id(1))
                        .add_comment_end(2),
                ),
        )
    }

    #[test]
    fn comments_and_replies_are_counted_with_their_authors() {
        let doc = read_docx(&commented());
        let f = findings(&RULE, &doc, Format::Docx, &profile());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].params["count"], Param::Int(2));
        assert_eq!(f[0].params["replies"], Param::Int(1));
        assert_eq!(f[0].params["resolved"], Param::Int(0));
        assert_eq!(f[0].params["authors"], Param::List(vec!["Ana Souza".into(), "Jean Dupont".into()]));
        let at = f[0].location.as_ref().expect("a location");
        assert_eq!(at.quote.as_deref(), Some("Check this figure with the ministry"));
        let (message, help) = english(&f[0]);
        assert!(
            message.contains("2 (replies: 1; marked resolved: 0)") && message.contains("will be public"),
            "{message}"
        );
        assert!(help.contains("Delete All Comments"), "{help}");
    }

    #[test]
    fn clean_files_make_comments_an_error() {
        let mut p = profile();
        p.clean_files_required = true;
        let f = findings(&RULE, &read_docx(&commented()), Format::Docx, &p);
        assert_eq!(f[0].severity, Severity::Error);
    }

    /// docx-rs cannot mark a comment done: the comments and their extended
    /// part are written out, as Word writes them.
    #[test]
    fn resolved_comments_still_count() {
        let comments = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">
  <w:comment w:id="1" w:author="Ana Souza" w:date="2024-05-02T10:00:00Z">
    <w:p w14:paraId="1A2B3C01"><w:r><w:t>Check this figure with the ministry</w:t></w:r></w:p>
  </w:comment>
  <w:comment w:id="2" w:author="Jean Dupont" w:date="2024-05-03T10:00:00Z">
    <w:p w14:paraId="1A2B3C02"><w:r><w:t>Done, the figure is right</w:t></w:r></w:p>
  </w:comment>
</w:comments>"#;
        let extended = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">
  <w15:commentEx w15:paraId="1A2B3C01" w15:done="1"/>
  <w15:commentEx w15:paraId="1A2B3C02" w15:paraIdParent="1A2B3C01" w15:done="1"/>
</w15:commentsEx>"#;
        let bytes =
            with_parts(&commented(), &[("word/comments.xml", comments), ("word/commentsExtended.xml", extended)]);
        let f = findings(&RULE, &read_docx(&bytes), Format::Docx, &profile());
        assert_eq!(f[0].params["count"], Param::Int(2));
        assert_eq!(f[0].params["replies"], Param::Int(1));
        assert_eq!(f[0].params["resolved"], Param::Int(2));
    }

    #[test]
    fn a_file_without_comments_passes() {
        let bytes = pack(
            Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("Complaints rose by 40 per cent."))),
        );
        assert!(findings(&RULE, &read_docx(&bytes), Format::Docx, &profile()).is_empty());
    }
}
