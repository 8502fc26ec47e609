//! Links (`text:a` with `xlink:href`, ODF 1.3 part 3, 6.1.8) in the shown text.

use crate::document::{Document, Link, LinkKind, LinkOrigin, Location};

/// The most of a link's shown text kept.
const MAX_LINK_TEXT_BYTES: usize = 2_000;

#[derive(Debug)]
struct Capture {
    url: String,
    text: String,
    /// A frame (an image) inside: the link is clickable without text.
    saw_frame: bool,
}

/// The open `text:a` elements, innermost last; `None` for one not kept
/// (in a header, a comment, deleted text).
#[derive(Debug, Default)]
pub(super) struct Links {
    open: Vec<Option<Capture>>,
}

impl Links {
    /// A `text:a` opens.
    pub(super) fn open(&mut self, href: Option<String>, kept: bool) {
        let capture = href.filter(|h| kept && !h.trim().is_empty()).map(|url| Capture {
            url,
            text: String::new(),
            saw_frame: false,
        });
        self.open.push(capture);
    }

    /// Shown text, for every open link.
    pub(super) fn text(&mut self, s: &str) {
        for c in self.open.iter_mut().flatten().filter(|c| c.text.len() < MAX_LINK_TEXT_BYTES) {
            c.text.push_str(s);
        }
    }

    /// A frame (an image, a text box) inside the open links.
    pub(super) fn saw_frame(&mut self) {
        for c in self.open.iter_mut().flatten() {
            c.saw_frame = true;
        }
    }

    /// The innermost `text:a` closes: the index of the link it gives, if any.
    pub(super) fn close(&mut self, doc: &mut Document) -> Option<usize> {
        let c = self.open.pop()??;
        // A link with nothing shown in it is no link of the shown text: its
        // text is hidden, or deleted (LibreOffice keeps a `text:a` around the
        // mark of a tracked deletion).
        if !c.saw_frame && c.text.trim().is_empty() {
            return None;
        }
        let kind = classify(&c.url);
        doc.links.push(Link {
            url: c.url,
            text: c.text.split_whitespace().collect::<Vec<_>>().join(" "),
            location: Location::default(),
            kind,
            origin: LinkOrigin::Hyperlink,
        });
        Some(doc.links.len() - 1)
    }
}

/// What an `xlink:href` points at. A fragment alone (`#_Toc1`) is a place in
/// the document; a path without a scheme (`../annex.pdf`) is a file.
fn classify(href: &str) -> LinkKind {
    let lower = href.trim().to_ascii_lowercase();
    let scheme = lower
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| s.len() > 1 && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')));
    match scheme {
        Some("mailto") => LinkKind::Email,
        Some("file") => LinkKind::File,
        Some(_) => LinkKind::External,
        None if lower.starts_with('#') => LinkKind::Internal,
        None => LinkKind::File,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_are_classified() {
        assert_eq!(classify("https://www.ohchr.org/"), LinkKind::External);
        assert_eq!(classify("mailto:a@b.org"), LinkKind::Email);
        assert_eq!(classify("#_Toc12"), LinkKind::Internal);
        assert_eq!(classify("../annex.pdf"), LinkKind::File);
        assert_eq!(classify("file:///C:/x.docx"), LinkKind::File);
        assert_eq!(classify("C:\\Users\\me\\x.docx"), LinkKind::File);
    }
}
