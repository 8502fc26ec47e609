//! The ZIP package of an OpenDocument file (ODF 1.3 part 2): parts read
//! through the same bounded [`Package`] as a Word file's, its manifest, and
//! the macros and objects its entry names show.

use super::xml::{attr, is, stream, Flow, Ns, Step};
use crate::error::{Error, ErrorKind};
use crate::limits::Limits;
use crate::read::package::Package;
use std::collections::HashMap;

/// An opened OpenDocument package.
pub(super) struct OdtPackage<'a> {
    pkg: Package<'a>,
}

/// The shared package reader speaks of "the Word file"; here it is another.
fn relabel(e: Error) -> Error {
    let detail = e.detail().replace("Word file", "OpenDocument file");
    match e.kind() {
        ErrorKind::TooLarge(_) => Error::too_large(detail),
        ErrorKind::Corrupt(_) => Error::corrupt(detail),
        _ => e,
    }
}

impl<'a> OdtPackage<'a> {
    /// Opens the archive under the entry limit.
    pub(super) fn open(bytes: &'a [u8], limits: &'a Limits) -> Result<Self, Error> {
        Package::open(bytes, limits).map(|pkg| OdtPackage { pkg }).map_err(relabel)
    }

    /// Inflates a part under the size limits, or `None` when there is none.
    pub(super) fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, Error> {
        self.pkg.read(name).map_err(relabel)
    }

    /// The names of all entries.
    pub(super) fn names(&self) -> Vec<String> {
        self.pkg.names()
    }

    /// The declared sizes of the objects named: an entry's own (`Obj100`, an
    /// OLE object), or the sum of the entries in its folder (`Object 1/`,
    /// a sub-document). One pass over the entries, whatever their number.
    /// (Maps of `String` to `usize` only: the type the package reader already
    /// uses, so the wasm holds one copy of its code.)
    pub(super) fn object_sizes(&mut self, objects: &[String]) -> Vec<Option<u64>> {
        let index: HashMap<String, usize> = objects.iter().enumerate().map(|(i, o)| (o.clone(), i)).collect();
        let mut sizes: Vec<Option<u64>> = vec![None; objects.len()];
        for name in self.names() {
            let Some(size) = self.pkg.declared_size(&name) else { continue };
            let folder = name.split_once('/').map_or(name.as_str(), |(folder, _)| folder);
            let Some(&i) = index.get(folder) else { continue };
            if let Some(total) = sizes.get_mut(i) {
                *total = Some(total.unwrap_or(0) + size);
            }
        }
        sizes
    }
}

/// What `META-INF/manifest.xml` says.
#[derive(Debug, Default)]
pub(super) struct Manifest {
    /// Some entry is encrypted (`manifest:encryption-data`): a password is needed.
    pub(super) encrypted: bool,
    /// The entries it lists (`manifest:full-path`).
    pub(super) paths: Vec<String>,
}

/// Reads the manifest.
pub(super) fn manifest(xml: &[u8], limits: &Limits) -> Result<Manifest, Error> {
    let mut m = Manifest::default();
    stream(xml, "META-INF/manifest.xml", limits, &mut |step| {
        if let Step::Open(ns, e) = step {
            if is(ns, e, Ns::Manifest, "encryption-data") {
                m.encrypted = true;
            } else if is(ns, e, Ns::Manifest, "file-entry") && m.paths.len() < limits.max_zip_entries {
                // More entries listed than a package may hold are no entries of it.
                if let Some(p) = attr(e, "full-path") {
                    m.paths.push(p);
                }
            }
        }
        Ok(Flow::Enter)
    })?;
    Ok(m)
}

/// Macro code: the modules of Basic libraries (`Basic/<library>/<module>.xml`)
/// and scripts in other languages (`Scripts/<language>/…`), from the package's
/// entries and the manifest's. A library's index (`script-lb.xml`,
/// `script-lc.xml`, `dialog-l?.xml`) is no code: LibreOffice writes an empty
/// `Standard` library into many files.
pub(super) fn macros(names: &[String], manifest: &Manifest) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for name in names.iter().chain(&manifest.paths) {
        let name = name.trim_start_matches('/');
        let code = (name.starts_with("Basic/") || name.starts_with("Scripts/"))
            && !name.ends_with('/')
            && !["script-lb.xml", "script-lc.xml", "dialog-lb.xml", "dialog-lc.xml"]
                .iter()
                .any(|index| name.ends_with(index));
        if code && seen.insert(name.to_string(), 0).is_none() {
            out.push(name.to_string());
        }
    }
    out
}
