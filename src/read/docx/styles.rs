//! What `styles.xml` says that the story reader needs: which paragraph
//! styles are headings and which styles hide their text, each resolved
//! through its `basedOn` chain.

use crate::error::Error;
use crate::limits::Limits;
use crate::read::xml::{attr, on_off};
use quick_xml::events::{BytesStart, Event};
use quick_xml::NsReader;
use std::collections::HashMap;

/// What the reader needs from `styles.xml`.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    /// Style id → heading outline level (0 = Heading 1): the style's own
    /// `w:outlineLvl`, or a built-in name "heading N", or its `basedOn`'s.
    outline: HashMap<String, u8>,
    /// Style id → whether text in that style is hidden (`w:vanish` in the
    /// style's run properties, or its `basedOn`'s). Only styles that say
    /// either way are listed.
    vanish: HashMap<String, bool>,
    /// `w:vanish` in the document defaults (`w:docDefaults/w:rPrDefault`).
    pub default_vanish: bool,
    /// `w:lang` in the document defaults: the language of text that declares none.
    pub default_lang: super::languages::Lang,
}

impl Styles {
    /// The heading level (0 = Heading 1) of a paragraph style, if it is a heading.
    pub fn outline(&self, id: &str) -> Option<u8> {
        self.outline.get(id).copied()
    }
    /// Whether a style hides its text, when it says either way.
    pub fn vanish(&self, id: &str) -> Option<bool> {
        self.vanish.get(id).copied()
    }
}

/// `basedOn` chains are short; a cycle or a very long chain stops here.
const MAX_STYLE_CHAIN: usize = 16;

/// Reads `styles.xml`.
pub(crate) fn parse_styles(xml: &[u8], limits: &Limits) -> Result<Styles, Error> {
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::new();
    let mut styles = StylesReader::default();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| Error::corrupt(format!("the styles part is damaged ({e})")))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let local = e.local_name().as_ref().to_string();
                styles.element(&local, e);
                if matches!(ev, Event::Start(_)) {
                    if styles.path.len() >= limits.max_xml_depth {
                        return Err(Error::too_large(format!(
                            "the document's XML is nested more than {} levels deep",
                            limits.max_xml_depth
                        )));
                    }
                    styles.path.push(local);
                }
            }
            Event::End(ref e) => {
                styles.path.pop();
                if e.local_name().as_ref() == "style" {
                    styles.current = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(styles.resolve())
}

/// One style as written, before its `basedOn` chain is followed.
struct WrittenStyle {
    /// Lower-cased.
    name: String,
    outline: Option<u8>,
    vanish: Option<bool>,
    based_on: Option<String>,
}

#[derive(Default)]
struct StylesReader {
    styles: HashMap<String, WrittenStyle>,
    default_vanish: bool,
    default_lang: super::languages::Lang,
    /// The id of the `w:style` being read.
    current: Option<String>,
    /// Local names of the open elements, to tell a style's own run properties
    /// (`style/rPr`) from a table style's conditional ones (`style/tblStylePr/rPr`).
    path: Vec<String>,
}

impl StylesReader {
    fn parent(&self, n: usize) -> Option<&str> {
        self.path.len().checked_sub(n + 1).and_then(|i| self.path.get(i)).map(String::as_str)
    }

    fn current_style(&mut self) -> Option<&mut WrittenStyle> {
        self.current.as_ref().and_then(|id| self.styles.get_mut(id))
    }

    /// An opening or empty element whose local name is `local`.
    fn element(&mut self, local: &str, e: &BytesStart<'_>) {
        match local {
            "style" => {
                let id = attr(e, "styleId").unwrap_or_default();
                let style = WrittenStyle { name: String::new(), outline: None, vanish: None, based_on: None };
                self.styles.insert(id.clone(), style);
                self.current = Some(id);
            }
            "name" | "basedOn" | "outlineLvl" => {
                let in_style = self.parent(0) == Some("style");
                let in_style_props = self.parent(1) == Some("style");
                let Some(s) = self.current_style() else { return };
                let v = attr(e, "val");
                match local {
                    "name" if in_style => s.name = v.unwrap_or_default().to_ascii_lowercase(),
                    "basedOn" if in_style => s.based_on = v,
                    "outlineLvl" if in_style_props => s.outline = v.and_then(|v| v.parse().ok()),
                    _ => {}
                }
            }
            "vanish" if self.parent(0) == Some("rPr") => {
                if self.parent(1) == Some("style") {
                    if let Some(s) = self.current_style() {
                        s.vanish = Some(on_off(e));
                    }
                } else if self.parent(1) == Some("rPrDefault") {
                    self.default_vanish = on_off(e);
                }
            }
            "lang" if self.parent(0) == Some("rPr") && self.parent(1) == Some("rPrDefault") => {
                self.default_lang = super::languages::Lang::of(e);
            }
            _ => {}
        }
    }

    /// Each style's heading level and hiding, its own or from its `basedOn` chain.
    fn resolve(self) -> Styles {
        let mut out = Styles {
            default_vanish: self.default_vanish,
            default_lang: self.default_lang.clone(),
            ..Styles::default()
        };
        for id in self.styles.keys() {
            let mut cur = self.styles.get(id);
            let mut outline = None;
            let mut vanish = None;
            for _ in 0..MAX_STYLE_CHAIN {
                let Some(s) = cur else { break };
                outline = outline.or_else(|| s.own_outline());
                vanish = vanish.or(s.vanish);
                if outline.is_some() && vanish.is_some() {
                    break;
                }
                cur = s.based_on.as_ref().and_then(|b| self.styles.get(b));
            }
            if let Some(level) = outline.filter(|&l| l < 9) {
                out.outline.insert(id.clone(), level);
            }
            if let Some(v) = vanish {
                out.vanish.insert(id.clone(), v);
            }
        }
        out
    }
}

impl WrittenStyle {
    /// Its own `w:outlineLvl`, or the level of a built-in "heading N" name.
    fn own_outline(&self) -> Option<u8> {
        self.outline.or_else(|| {
            self.name.strip_prefix("heading ").and_then(|n| n.trim().parse::<u8>().ok()).map(|n| n.saturating_sub(1))
        })
    }
}
