//! Scripts and automatic actions: the document's JavaScript, an open action
//! that does more than show a page, every `/AA` (actions run on opening,
//! closing, printing, typing in a field...), and JavaScript actions where a
//! link, bookmark or form field would run them when clicked.

use super::objects::{as_dict, catalog_id, entry_dict_mut, get, name, resolve};
use crate::limits::Limits;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use std::collections::HashSet;

/// Removes the document-level scripts (`/Names /JavaScript`) and an
/// `/OpenAction` that is not just a page to open at; returns how many went
/// (each named script, and the open action).
pub(super) fn remove_document_scripts(pdf: &mut Pdf, limits: &Limits) -> usize {
    let Some(root) = catalog_id(pdf) else { return 0 };
    let Some(catalog) = pdf.objects.get(&root).and_then(as_dict) else { return 0 };
    let names = get(pdf, catalog, b"Names").and_then(as_dict);
    let scripts = names.and_then(|n| get(pdf, n, b"JavaScript")).map(|tree| match as_dict(tree) {
        Some(tree) => leaves(pdf, tree, limits.max_pdf_depth, &mut HashSet::new()),
        None => 0,
    });
    let open_action = get(pdf, catalog, b"OpenAction").is_some_and(|a| !shows_a_page(pdf, a));
    let mut removed = 0;
    if let Some(n) = scripts {
        if let Some(names) = entry_dict_mut(pdf, root, b"Names") {
            names.remove(b"JavaScript");
            removed += n;
        }
    }
    if open_action {
        if let Some(catalog) = pdf.objects.get_mut(&root).and_then(super::objects::dict_mut) {
            catalog.remove(b"OpenAction");
            removed += 1;
        }
    }
    removed
}

/// An open action that only says where the document opens: a destination,
/// or a `GoTo` action (whose `/Next` actions, if any, the sweep cleans).
fn shows_a_page(pdf: &Pdf, action: &Object) -> bool {
    match action {
        Object::Array(_) | Object::Name(_) | Object::String(..) => true,
        Object::Dictionary(d) => name(pdf, d, b"S") == Some(b"GoTo"),
        _ => false,
    }
}

/// The entries of a name tree (`/Names` pairs, under `/Kids`), bounded.
fn leaves(pdf: &Pdf, node: &Dictionary, depth: usize, seen: &mut HashSet<*const Dictionary>) -> usize {
    if depth == 0 || !seen.insert(node as *const Dictionary) {
        return 0;
    }
    let here = match get(pdf, node, b"Names") {
        Some(Object::Array(pairs)) => pairs.len() / 2,
        _ => 0,
    };
    let below: usize = match get(pdf, node, b"Kids") {
        Some(Object::Array(kids)) => kids
            .iter()
            .filter_map(|k| as_dict(resolve(pdf, k)))
            .map(|kid| leaves(pdf, kid, depth - 1, seen))
            .fold(0, usize::saturating_add),
        _ => 0,
    };
    here.saturating_add(below)
}

/// The JavaScript actions that are objects of their own, for [`sweep`].
pub(super) fn script_ids(pdf: &Pdf) -> HashSet<ObjectId> {
    pdf.objects.iter().filter(|(_, o)| matches!(o, Object::Dictionary(d) if is_script(d))).map(|(id, _)| *id).collect()
}

fn is_script(action: &Dictionary) -> bool {
    matches!(action.get(b"S"), Ok(Object::Name(n)) if n == b"JavaScript")
}

/// Cleans one dictionary: removes its `/AA`, and the JavaScript actions it
/// would run when clicked (`/A`, a link's `/PA`) or after another action
/// (`/Next`); a rendition action loses its script. A JavaScript action
/// reached any other way keeps no script to run. Returns how many went.
pub(super) fn sweep(d: &mut Dictionary, scripts: &HashSet<ObjectId>) -> usize {
    let script = |o: &Object| match o {
        Object::Reference(id) => scripts.contains(id),
        Object::Dictionary(a) => is_script(a),
        _ => false,
    };
    let mut removed = usize::from(d.remove(b"AA").is_some());
    for key in [&b"A"[..], b"PA", b"Next"] {
        if d.get(key).is_ok_and(script) {
            d.remove(key);
            removed += 1;
        } else if let Ok(Object::Array(chain)) = d.get_mut(key) {
            let before = chain.len();
            chain.retain(|o| !script(o));
            removed += before - chain.len();
        }
    }
    if is_script(d) {
        d.remove(b"JS");
    }
    if matches!(d.get(b"S"), Ok(Object::Name(n)) if n == b"Rendition") && d.remove(b"JS").is_some() {
        removed += 1;
    }
    removed
}
