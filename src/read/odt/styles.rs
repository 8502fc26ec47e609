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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    Paragraph,
    Text,
}

#[derive(Debug)]
struct Style {
    family: Family,
    parent: Option<String>,
    /// `Some(true)`: `text:display="none"`; `Some(false)`: `"true"`; `None`: says nothing.
    hidden: Option<bool>,
}

/// Parent chains are short; a cycle or a very long chain stops here.
const MAX_STYLE_CHAIN: usize = 16;

/// The style table, filled by [`Styles::open`] while a part streams by.
/// Styles are found by family and name through a map of `String` to
/// `usize`, the type the package reader already uses (one copy in the wasm).
#[derive(Debug, Default)]
pub(super) struct Styles {
    styles: Vec<Style>,
    index: HashMap<String, usize>,
    /// The `style:style` being read.
    current: Option<usize>,
}

/// The key of a style: its family, then its name.
fn key(family: Family, name: &str) -> String {
    let f = match family {
        Family::Paragraph => 'p',
        Family::Text => 't',
    };
    format!("{f}{name}")
}

impl Styles {
    fn get(&self, family: Family, name: &str) -> Option<&Style> {
        self.index.get(&key(family, name)).and_then(|&i| self.styles.get(i))
    }

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
            self.styles.push(Style { parent: attr(e, "parent-style-name"), hidden: None, family });
            // A name defined again (content.xml's automatic styles after styles.xml's) is the later one.
            self.index.insert(key(family, &name), self.styles.len() - 1);
            self.current = Some(self.styles.len() - 1);
        } else if is(ns, e, Ns::Style, "text-properties") {
            let hidden = match attr(e, "display").as_deref() {
                Some("none") => Some(true),
                Some("true") => Some(false),
                _ => None,
            };
            if let (Some(h), Some(s)) = (hidden, self.current.and_then(|i| self.styles.get_mut(i))) {
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
        let mut cur = self.get(family, name);
        for _ in 0..MAX_STYLE_CHAIN {
            let s = cur?;
            if s.hidden.is_some() {
                return s.hidden;
            }
            cur = s.parent.as_ref().and_then(|p| self.get(s.family, p));
        }
        None
    }
}
