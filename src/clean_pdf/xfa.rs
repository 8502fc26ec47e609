//! Scripts in an XFA form: the `/XFA` entry of `/AcroForm` goes whole when
//! the form holds any (what Acrobat's "Remove Hidden Information" does with
//! them). The AcroForm fields stay, and the copy is a static form: what
//! its pages show, the fields a viewer fills in, no script to run. The
//! reader counts the scripts (`crate::read::xfa_scripts`); a form without
//! any is left as it is.
//!
//! A dynamic XFA form (`/NeedsRendering true`) is refused: the form draws
//! its pages, which otherwise hold only a "please wait" message, so its
//! copy would show no form at all.

use super::objects::{as_dict, catalog_id, entry_dict_mut, get};
use super::refusal::Refusal;
use crate::error::Error;
use crate::limits::Limits;
use lopdf::{Document as Pdf, Object};

/// Removes the XFA form when it holds scripts; returns how many went.
pub(super) fn remove(pdf: &mut Pdf, limits: &Limits) -> Result<usize, Error> {
    let scripts = crate::read::xfa_scripts(pdf, limits);
    if scripts == 0 {
        return Ok(0);
    }
    let Some(root) = catalog_id(pdf) else { return Ok(0) };
    let dynamic = pdf.objects.get(&root).and_then(as_dict).and_then(|c| get(pdf, c, b"NeedsRendering"))
        == Some(&Object::Boolean(true));
    if dynamic {
        return Err(Refusal::DynamicXfa.error());
    }
    let removed = entry_dict_mut(pdf, root, b"AcroForm").and_then(|form| form.remove(b"XFA"));
    Ok(if removed.is_some() { scripts } else { 0 })
}
