use super::{publication, Context, Rule};
use crate::document::{quote, ChangeKind, Location};
use crate::report::{Finding, Severity};

/// `tracked-changes`: revisions still recorded in a Word file.
pub const RULE: Rule = Rule {
    id: "tracked-changes",
    severity: Severity::Warning,
    summary: "Tracked changes (insertions, deletions, moves, formatting) are still in the file; deleted text can be read (error when the call asks for clean files).",
    doc: "**What it checks.** Whether the Word file still records tracked changes, in the main text, notes, \
headers, footers or comments: how many insertions, deletions, moves and formatting changes, who made them and \
on which days. A move counts once (Word stores its old and its new place). An inserted paragraph mark counts \
as an insertion, as in Word's Reviewing Pane.\n\n\
**Why.** Deleted text is not gone: it stays inside the file, and anyone can show it again (Review > All \
Markup), with the name of whoever deleted it. Calls publish contributions \"in full and as received\". A \
warning, or an error when the call's profile sets `clean_files_required`; the rule runs for every call, and \
publication changes the words only.\n\n\
**Example.** *Tracked changes are still in the file: 30 (insertions: 26; deletions: 4; moves: 0; formatting: \
46), made by pavel (dates: 24 July 2009). … Deleted text is still inside the file, and anyone can read it, for \
example: “series of fantasy novels”.* The location gives the paragraph of the first deletion (or of the first change) and its first words.",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(doc) = ctx.document() else { return Vec::new() };
    let Some(first) = doc.changes.first() else { return Vec::new() };
    let n = |kind: ChangeKind| doc.changes.iter().filter(|c| c.kind == kind).count();
    let (insertions, deletions, formatting) =
        (n(ChangeKind::Insertion), n(ChangeKind::Deletion), n(ChangeKind::Formatting));
    let moves = n(ChangeKind::MoveFrom).max(n(ChangeKind::MoveTo));
    let deleted = doc.changes.iter().find(|c| c.kind == ChangeKind::Deletion && !c.text.trim().is_empty());
    // The place is the paragraph around the change (its shown words); the
    // deleted words themselves are in the message.
    let (key, at) = match deleted {
        Some(d) => ("tracked-changes.with-deleted", d),
        None => ("tracked-changes", first),
    };
    let location = Location { quote: at.location.quote.clone().filter(|q| !q.is_empty()), ..at.location.clone() };
    let mut f = RULE
        .finding(publication::hidden_content(ctx.profile), key)
        .param("count", insertions + deletions + moves + formatting)
        .param("insertions", insertions)
        .param("deletions", deletions)
        .param("moves", moves)
        .param("formatting", formatting)
        .param("authors", publication::names(doc.changes.iter().map(|c| c.author.as_deref())))
        .param("dates", publication::date_span(doc.changes.iter().map(|c| c.date.as_deref())))
        .param("audience", publication::audience(ctx.profile))
        .at(location);
    if let Some(d) = deleted {
        f = f.param("deleted", quote(&d.text));
    }
    vec![f]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Param;
    use crate::rules::fixtures::*;
    use crate::sniff::Format;
    use docx_rs::{Delete, Docx, Insert, MoveFrom, MoveTo, Paragraph, ParagraphPropertyChange, Run};

    /// Four kinds of change by two people on two days: an insertion and a
    /// deletion in paragraph 2, a move from paragraph 1 to paragraph 3, and a
    /// change of paragraph formatting in paragraph 3.
    fn revised() -> Vec<u8> {
        pack(
            Docx::new()
                .add_paragraph(
                    Paragraph::new().add_run(Run::new().add_text("Our organisation documents cases.")).add_move_from(
                        MoveFrom::new()
                            .add_run(Run::new().add_text(" Moved sentence."))
                            .author("Jean Dupont")
                            .date("2024-05-03T09:00:00Z"),
                    ),
                )
                .add_paragraph(
                    Paragraph::new()
                        .add_run(Run::new().add_text("Complaints rose by "))
                        .add_insert(
                            Insert::new(Run::new().add_text("40 per cent"))
                                .author("Ana Souza")
                                .date("2024-05-01T10:00:00Z"),
                        )
                        .add_delete(
                            Delete::new()
                                .add_run(Run::new().add_delete_text("a lot, says our source at the ministry"))
                                .author("Ana Souza")
                                .date("2024-05-01T10:00:00Z"),
                        ),
                )
                .add_paragraph(
                    Paragraph::new()
                        .add_move_to(
                            MoveTo::new(Run::new().add_text("Moved sentence."))
                                .author("Jean Dupont")
                                .date("2024-05-03T09:00:00Z"),
                        )
                        .paragraph_property_change(
                            ParagraphPropertyChange::new().author("Jean Dupont").date("2024-05-03T09:05:00Z"),
                        ),
                ),
        )
    }

    #[test]
    fn every_kind_of_change_is_counted_with_authors_and_days() {
        let f = findings(&RULE, &read_docx(&revised()), Format::Docx, &profile());
        assert_eq!(f.len(), 1);
        let p = &f[0].params;
        assert_eq!(f[0].key, "tracked-changes.with-deleted");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(
            (&p["insertions"], &p["deletions"], &p["moves"], &p["formatting"]),
            (&Param::Int(1), &Param::Int(1), &Param::Int(1), &Param::Int(1))
        );
        assert_eq!(p["count"], Param::Int(4));
        assert_eq!(p["authors"], Param::List(vec!["Jean Dupont".into(), "Ana Souza".into()]));
        assert_eq!(p["dates"], Param::List(vec!["2024-05-01".into(), "2024-05-03".into()]));
        // The deleted words are what the person must know is still there.
        assert_eq!(p["deleted"], Param::Text("a lot, says our source at the ministry".into()));
        let at = f[0].location.as_ref().expect("a location");
        assert_eq!(at.paragraph, Some(2));
        assert_eq!(at.quote.as_deref(), Some("Complaints rose by 40 per cent"));
        let (message, help) = english(&f[0]);
        assert!(message.contains("Deleted text is still inside the file"), "{message}");
        assert!(help.contains("Accept All Changes"), "{help}");
    }

    #[test]
    fn insertions_alone_need_no_deleted_text() {
        let bytes = pack(Docx::new().add_paragraph(Paragraph::new().add_insert(
            Insert::new(Run::new().add_text("New paragraph.")).author("Ana Souza").date("2024-05-01T10:00:00Z"),
        )));
        let f = findings(&RULE, &read_docx(&bytes), Format::Docx, &profile());
        assert_eq!(f[0].key, "tracked-changes");
        assert_eq!(f[0].params["insertions"], Param::Int(1));
        assert!(!f[0].params.contains_key("deleted"));
        let mut clean = profile();
        clean.clean_files_required = true;
        assert_eq!(findings(&RULE, &read_docx(&bytes), Format::Docx, &clean)[0].severity, Severity::Error);
    }

    #[test]
    fn a_file_without_changes_passes() {
        let bytes = pack(
            Docx::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text("Complaints rose by 40 per cent."))),
        );
        assert!(findings(&RULE, &read_docx(&bytes), Format::Docx, &profile()).is_empty());
    }
}
