//! Hidden text: whether the current run is hidden, from its own `w:vanish`
//! or `w:specVanish`, its character style, its paragraph's style and the
//! document defaults (the order in which Word applies run properties).

use super::styles::Styles;
use crate::read::xml::{attr, on_off};
use quick_xml::events::BytesStart;

/// The run properties that hide text, for the run being read.
#[derive(Default)]
pub(crate) struct RunHiding {
    /// The run's own `w:vanish`, when it has one.
    own: Option<bool>,
    /// Whether the run's character style (`w:rStyle`) hides it, when that style says.
    style: Option<bool>,
}

impl RunHiding {
    /// A run (`w:r`) opens: nothing said yet.
    pub fn open_run(&mut self) {
        *self = RunHiding::default();
    }

    /// `w:vanish` or `w:specVanish` in the run's properties.
    pub fn vanish(&mut self, name: &str, e: &BytesStart<'_>) {
        let on = on_off(e);
        // `specVanish` only ever hides; `vanish` may also un-hide what a style hides.
        if name == "vanish" || on {
            self.own = Some(on || self.own == Some(true));
        }
    }

    /// `w:rStyle` in the run's properties.
    pub fn character_style(&mut self, e: &BytesStart<'_>, styles: &Styles) {
        self.style = attr(e, "val").and_then(|id| styles.vanish(&id));
    }

    /// Whether the run is hidden, in a paragraph of style `para_style`.
    #[inline]
    pub fn hidden(&self, para_style: Option<&str>, styles: &Styles) -> bool {
        self.own.or(self.style).or_else(|| para_style.and_then(|id| styles.vanish(id))).unwrap_or(styles.default_vanish)
    }
}
