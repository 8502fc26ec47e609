//! The styles that decide what is hidden: `text:display="none"` in a style's
//! text properties (ODF 1.3 part 3, 20.358), followed through
//! `style:parent-style-name`.
//!
//! Automatic styles of `styles.xml` (used by headers and footers) and of
//! `content.xml` (used by the body) go into the same table: LibreOffice names
//! the first ones `MP1`, `MT1`… and the second `P1`, `T1`…, so they do not
//! meet, and a name found twice keeps the later (content) definition, which
//! is the one the body uses.

use super::xml::{attr, is, Ns};
use quick_xml::events::BytesStart;
use std::collections::HashMap;

/// The style families that hold text properties a reader asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Family {
    Paragraph,
    Text,
}

#[derive(Debug, Default)]
struct Style {
    parent: Option<String>,
    /// `Some(true)`: `text:display="none"`; `Some(false)`: `"true"`; `None`: says nothing.
    hidden: Option<bool>,
}

/// Parent chains are short; a cycle or a very long chain stops here.
const MAX_STYLE_CHAIN: usize = 16;

/// The style table, filled by [`Styles::open`] while a part streams by.
#[derive(Debug, Default)]
pub(super) struct Styles {
    table: HashMap<(Family, String), Style>,
    /// The `style:style` being read.
    current: Option<(Family, String)>,
}

impl Styles {
    /// Handles a style element: `style:style` starts one, `style:text-properties` fills it.
    pub(super) fn open(&mut self, ns: Ns, e: &BytesStart<'_>) {
        if is(ns, e, Ns::Style, "style") {
            let family = match attr(e, "family").as_deref() {
                Some("paragraph") => Family::Paragraph,
                Some("text") => Family::Text,
                _ => {
                    self.current = None;
                    return;
                }
            };
            let name = attr(e, "name").unwrap_or_default();
            let style = Style { parent: attr(e, "parent-style-name"), hidden: None };
            self.table.insert((family, name.clone()), style);
            self.current = Some((family, name));
        } else if is(ns, e, Ns::Style, "text-properties") {
            let Some(key) = &self.current else { return };
            let hidden = match attr(e, "display").as_deref() {
                Some("none") => Some(true),
                Some("true") => Some(false),
                _ => None,
            };
            if let (Some(h), Some(s)) = (hidden, self.table.get_mut(key)) {
                s.hidden = Some(h);
            }
        }
    }

    /// A `style:style` ends.
    pub(super) fn close_style(&mut self) {
        self.current = None;
    }

    /// Whether text in the style `name` is hidden, when the style or a parent says.
    pub(super) fn hidden(&self, family: Family, name: &str) -> Option<bool> {
        let mut cur = self.table.get(&(family, name.to_string()));
        for _ in 0..MAX_STYLE_CHAIN {
            let s = cur?;
            if s.hidden.is_some() {
                return s.hidden;
            }
            cur = s.parent.as_ref().and_then(|p| self.table.get(&(family, p.clone())));
        }
        None
    }
}
