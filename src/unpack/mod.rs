//! Bounded unpacking of the containers documents come in: ZIP archives
//! (DOCX, ODT) and deflate streams (ZIP entries, PDF streams). Shared by
//! [`crate::sniff`], which looks inside a ZIP to tell a DOCX from an ODT, and
//! [`crate::read`]; it knows nothing about either.

pub(crate) mod inflate;
pub(crate) mod zip;
