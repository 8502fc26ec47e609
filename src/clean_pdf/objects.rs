//! Walking a loaded PDF's objects, and cutting objects out of it with every
//! reference to them, so that a removed object is gone from the saved file
//! and not merely unlinked from one place.

use crate::error::Error;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use std::collections::HashSet;

/// Nesting of direct objects (arrays and dictionaries inside one object)
/// walked before giving up. lopdf's parser stops at 100 levels, so a loaded
/// file never reaches it: it keeps a hand-built document from overflowing
/// the stack.
const MAX_NESTING: usize = 128;

fn too_deep() -> Error {
    Error::too_large(format!("the PDF's objects are nested more than {MAX_NESTING} levels deep"))
}

/// What a reference points at (one step: lopdf keeps indirect objects flat).
pub(super) fn resolve<'a>(pdf: &'a Pdf, obj: &'a Object) -> &'a Object {
    match obj {
        Object::Reference(id) => pdf.objects.get(id).unwrap_or(&Object::Null),
        o => o,
    }
}

/// A dictionary entry, a reference followed.
pub(super) fn get<'a>(pdf: &'a Pdf, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    dict.get(key).ok().map(|o| resolve(pdf, o))
}

/// A dictionary, or a stream's dictionary.
pub(super) fn as_dict(obj: &Object) -> Option<&Dictionary> {
    match obj {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// A name entry's bytes (`/S /JavaScript` → `JavaScript`).
pub(super) fn name<'a>(pdf: &'a Pdf, dict: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    match get(pdf, dict, key)? {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

/// The catalog's object number.
pub(super) fn catalog_id(pdf: &Pdf) -> Option<ObjectId> {
    pdf.trailer.get(b"Root").ok()?.as_reference().ok()
}

/// The dictionary that `owner`'s entry `key` holds, directly or by reference,
/// for changing it in place.
pub(super) fn entry_dict_mut<'a>(pdf: &'a mut Pdf, owner: ObjectId, key: &[u8]) -> Option<&'a mut Dictionary> {
    let target = match as_dict(pdf.objects.get(&owner)?)?.get(key).ok()? {
        Object::Reference(id) => *id,
        _ => owner,
    };
    let holder = dict_mut(pdf.objects.get_mut(&target)?)?;
    if target != owner {
        return Some(holder);
    }
    match holder.get_mut(key).ok()? {
        Object::Dictionary(d) => Some(d),
        _ => None,
    }
}

/// A dictionary, or a stream's dictionary, to change.
pub(super) fn dict_mut(obj: &mut Object) -> Option<&mut Dictionary> {
    match obj {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&mut s.dict),
        _ => None,
    }
}

/// Calls `f` on every dictionary of the document (the trailer, each object,
/// and the dictionaries nested in them), outermost first.
pub(super) fn each_dict(pdf: &Pdf, mut f: impl FnMut(&Dictionary)) -> Result<(), Error> {
    fn walk(obj: &Object, depth: usize, f: &mut impl FnMut(&Dictionary)) -> Result<(), Error> {
        if depth > MAX_NESTING {
            return Err(too_deep());
        }
        match obj {
            Object::Array(a) => a.iter().try_for_each(|o| walk(o, depth + 1, f)),
            Object::Dictionary(d) => walk_dict(d, depth, f),
            Object::Stream(s) => walk_dict(&s.dict, depth, f),
            _ => Ok(()),
        }
    }
    fn walk_dict(d: &Dictionary, depth: usize, f: &mut impl FnMut(&Dictionary)) -> Result<(), Error> {
        f(d);
        d.iter().try_for_each(|(_, o)| walk(o, depth + 1, f))
    }
    walk_dict(&pdf.trailer, 0, &mut f)?;
    pdf.objects.values().try_for_each(|o| walk(o, 0, &mut f))
}

/// Calls `f` on every array and dictionary of the document, outermost first,
/// to change them; what `f` leaves is walked into.
pub(super) fn each_container_mut(pdf: &mut Pdf, mut f: impl FnMut(&mut Object)) -> Result<(), Error> {
    fn walk(obj: &mut Object, depth: usize, f: &mut impl FnMut(&mut Object)) -> Result<(), Error> {
        if depth > MAX_NESTING {
            return Err(too_deep());
        }
        if matches!(obj, Object::Array(_) | Object::Dictionary(_) | Object::Stream(_)) {
            f(obj);
        }
        match obj {
            Object::Array(a) => a.iter_mut().try_for_each(|o| walk(o, depth + 1, f)),
            Object::Dictionary(d) => d.iter_mut().try_for_each(|(_, o)| walk(o, depth + 1, f)),
            Object::Stream(s) => s.dict.iter_mut().try_for_each(|(_, o)| walk(o, depth + 1, f)),
            _ => Ok(()),
        }
    }
    let mut trailer = Object::Dictionary(std::mem::take(&mut pdf.trailer));
    let walked = walk(&mut trailer, 0, &mut f);
    if let Object::Dictionary(d) = trailer {
        pdf.trailer = d;
    }
    walked?;
    pdf.objects.values_mut().try_for_each(|o| walk(o, 0, &mut f))
}

/// Calls `f` on every dictionary of the document to change it.
pub(super) fn each_dict_mut(pdf: &mut Pdf, mut f: impl FnMut(&mut Dictionary)) -> Result<(), Error> {
    each_container_mut(pdf, |o| {
        if let Some(d) = dict_mut(o) {
            f(d);
        }
    })
}

/// Removes the objects `gone` and every reference to them: array items,
/// dictionary entries, and the structure tree's object references (`OBJR`)
/// that point at them, so that nothing keeps them in the saved file.
pub(super) fn cut(pdf: &mut Pdf, gone: &HashSet<ObjectId>) -> Result<(), Error> {
    if gone.is_empty() {
        return Ok(());
    }
    // An indirect OBJR naming a removed object goes too.
    let mut gone = gone.clone();
    for (id, obj) in &pdf.objects {
        if let Object::Dictionary(d) = obj {
            if points_at(d, &gone) {
                gone.insert(*id);
            }
        }
    }
    for id in &gone {
        pdf.objects.remove(id);
    }
    let dead = |o: &Object| match o {
        Object::Reference(id) => gone.contains(id),
        Object::Dictionary(d) => points_at(d, &gone),
        _ => false,
    };
    each_container_mut(pdf, |o| match o {
        Object::Array(a) => a.retain(|item| !dead(item)),
        Object::Dictionary(d) => retain(d, |_, v| !dead(v)),
        Object::Stream(s) => retain(&mut s.dict, |_, v| !dead(v)),
        _ => {}
    })
}

/// Keeps the entries of `d` for which `keep` holds.
fn retain(d: &mut Dictionary, mut keep: impl FnMut(&[u8], &Object) -> bool) {
    let going: Vec<Vec<u8>> = d.iter().filter(|(k, v)| !keep(k, v)).map(|(k, _)| k.clone()).collect();
    for k in &going {
        d.remove(k);
    }
}

/// Whether `d` is an object reference (`/Type /OBJR`) to one of `ids`.
fn points_at(d: &Dictionary, ids: &HashSet<ObjectId>) -> bool {
    matches!(d.get(b"Type"), Ok(Object::Name(n)) if n == b"OBJR")
        && matches!(d.get(b"Obj"), Ok(Object::Reference(id)) if ids.contains(id))
}
