//! Links: `w:hyperlink` elements and `HYPERLINK` fields. Each open link
//! gathers the text shown for it until it closes.

use super::fields::parse_hyperlink_field;
use super::story::Story;
use crate::document::{Link, LinkKind, LinkOrigin, Location};
use crate::read::package::Relationship;
use crate::read::xml::attr;
use quick_xml::events::BytesStart;

/// The most of a link's shown text kept.
const MAX_LINK_TEXT_BYTES: usize = 2_000;

struct LinkCapture {
    url: String,
    kind: LinkKind,
    origin: LinkOrigin,
    text: String,
    /// Some of its text was hidden (`w:vanish`).
    saw_hidden: bool,
}

impl LinkCapture {
    fn new(url: String, kind: LinkKind, origin: LinkOrigin) -> Self {
        LinkCapture { url, kind, origin, text: String::new(), saw_hidden: false }
    }
}

/// The open links. A slot is `None` for a `w:hyperlink` that is no link (no
/// target, or inside deleted text) and for a link already finished, so the
/// indices of the others stay valid.
#[derive(Default)]
pub(super) struct Links {
    captures: Vec<Option<LinkCapture>>,
}

impl Links {
    /// A `w:hyperlink` opens: its target is a relationship, an anchor in the
    /// document, or both. A link inside deleted text is gone once the
    /// deletion is accepted.
    pub fn open_hyperlink(&mut self, e: &BytesStart<'_>, rels: &[Relationship], deleted: bool) {
        let target = attr(e, "id").and_then(|id| rels.iter().find(|r| r.id == id));
        let anchor = attr(e, "anchor");
        let capture = match (target, anchor) {
            _ if deleted => None,
            // Word opens the target at the anchor: `w:anchor` is the URL's fragment.
            (Some(rel), anchor) => {
                let url = match anchor {
                    Some(a) if !a.is_empty() && !rel.target.contains('#') => format!("{}#{a}", rel.target),
                    _ => rel.target.clone(),
                };
                Some(LinkCapture::new(url, classify(&rel.target, rel.external), LinkOrigin::Hyperlink))
            }
            (None, Some(a)) => Some(LinkCapture::new(format!("#{a}"), LinkKind::Internal, LinkOrigin::Hyperlink)),
            (None, None) => None,
        };
        self.captures.push(capture);
    }

    /// A `w:hyperlink` closes: the index of its link, to be finished, if it is one.
    pub fn close_hyperlink(&mut self) -> Option<usize> {
        let c = self.captures.pop()??;
        self.captures.push(Some(c));
        Some(self.captures.len() - 1)
    }

    /// Starts a link for a `HYPERLINK "url"` (or `\l "anchor"`) field, if it is one.
    pub fn open_field(&mut self, instr: &str, deleted: bool) -> Option<usize> {
        if deleted {
            return None;
        }
        let (url, kind) = parse_hyperlink_field(instr)?;
        self.captures.push(Some(LinkCapture::new(url, kind, LinkOrigin::Field)));
        Some(self.captures.len() - 1)
    }

    /// Shown text, for every open link.
    #[inline]
    pub fn add_text(&mut self, s: &str) {
        // A link's text is for showing; past a few lines it only costs memory
        // (each open link would keep its own copy of everything after it).
        for c in self.captures.iter_mut().flatten().filter(|c| c.text.len() < MAX_LINK_TEXT_BYTES) {
            c.text.push_str(s);
        }
    }

    /// Hidden text, inside every open link.
    #[inline]
    pub fn saw_hidden(&mut self) {
        for c in self.captures.iter_mut().flatten() {
            c.saw_hidden = true;
        }
    }

    /// Closes the link at `index`: the link the document shows, if any
    /// (headers, footers and comments keep none). `location` is asked only then.
    pub fn finish(&mut self, index: usize, story: Story, location: impl FnOnce() -> Location) -> Option<Link> {
        let c = self.captures.get_mut(index)?.take()?;
        // Drop closed captures from the top so indices of open ones stay valid.
        while matches!(self.captures.last(), Some(None)) {
            self.captures.pop();
        }
        if matches!(story, Story::Header | Story::Footer | Story::Comments) {
            return None;
        }
        // A link whose text is all hidden is not shown: it is no link of the shown text.
        if c.saw_hidden && c.text.trim().is_empty() {
            return None;
        }
        Some(Link {
            url: c.url,
            text: c.text.split_whitespace().collect::<Vec<_>>().join(" "),
            location: location(),
            kind: c.kind,
            origin: c.origin,
        })
    }
}

/// What a link target points at.
pub(super) fn classify(target: &str, external: bool) -> LinkKind {
    let lower = target.trim().to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        LinkKind::Email
    } else if lower.starts_with("file:")
        || lower.starts_with("\\\\")
        || lower.get(1..3) == Some(":\\")
        || lower.get(1..3) == Some(":/")
    {
        LinkKind::File
    } else if !external && !lower.contains(':') {
        LinkKind::Internal
    } else {
        LinkKind::External
    }
}
