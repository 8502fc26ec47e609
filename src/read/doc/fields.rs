//! Field instructions: which fields are links. A `.doc` writes the same
//! `HYPERLINK` instructions as a DOCX, so the DOCX reader's parser reads them.

pub(super) use crate::read::docx::parse_hyperlink_field as parse_hyperlink;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::LinkKind;

    #[test]
    fn hyperlink_fields_give_their_target() {
        assert_eq!(
            parse_hyperlink(r#" HYPERLINK "https://www.ohchr.org/" \o "tip" "#),
            Some(("https://www.ohchr.org/".into(), LinkKind::External))
        );
        assert_eq!(parse_hyperlink(r#"HYPERLINK \l "_Toc1""#), Some(("#_Toc1".into(), LinkKind::Internal)));
        assert_eq!(parse_hyperlink("HYPERLINK mailto:a@b.org"), Some(("mailto:a@b.org".into(), LinkKind::Email)));
        assert_eq!(parse_hyperlink(r#"HYPERLINK "C:\\x\\y.doc""#).map(|l| l.1), Some(LinkKind::File));
        assert_eq!(parse_hyperlink("PAGE"), None);
        assert_eq!(parse_hyperlink("HYPERLINKS x"), None);
    }
}
