//! Step 2, read: bytes of a known format → one neutral [`Document`].
//!
//! A reader never knows about calls or rules; it only says what is in the file,
//! or why it cannot be read ([`Error`]).

#[cfg(feature = "doc")]
mod doc;
// The DOCX reader's parts serve the .doc reader and the DOCX cleaner too, and the PDF reader
// the PDF cleaner: both modules are always built, and reached by `read` only with their features.
#[cfg_attr(not(feature = "docx"), allow(dead_code))]
pub(crate) mod docx;
#[cfg(feature = "odt")]
mod odt;
pub(crate) mod package;
#[cfg_attr(not(feature = "pdf"), allow(dead_code))]
mod pdf;
mod tables;
mod urls;
pub(crate) mod xml;

pub use urls::find_urls;
// The DOCX and PDF readers call it as `super::add_plain_text_links`.
use urls::add_plain_text_links;
// The PDF clean copy (crate::clean_pdf) loads and reads with the PDF reader's limits and errors.
pub(crate) use pdf::{load as load_pdf, read_loaded as read_loaded_pdf, xfa_scripts};

use crate::document::Document;
use crate::error::{Error, ErrorKind};
use crate::limits::Limits;
use crate::sniff::Format;

/// Reads a file whose format was sniffed.
pub fn read(bytes: &[u8], format: Format, limits: &Limits) -> Result<Document, Error> {
    check_file_size(bytes, limits)?;
    match format {
        #[cfg(feature = "docx")]
        Format::Docx | Format::Docm => docx::read(bytes, limits),
        #[cfg(feature = "pdf")]
        Format::Pdf => pdf::read(bytes, limits),
        #[cfg(feature = "doc")]
        Format::Doc => doc::read(bytes, limits),
        #[cfg(feature = "odt")]
        Format::Odt => odt::read(bytes, limits),
        Format::EncryptedOoxml => Err(Error::new(ErrorKind::PasswordProtected)),
        Format::Empty => Err(Error::corrupt("the file is empty (0 bytes)")),
        other => Err(Error::new(ErrorKind::Unsupported(other.id().to_string()))),
    }
}

/// Whether this build reads `format` (the features `docx`, `pdf`, `doc` and `odt`).
pub fn has_reader(format: Format) -> bool {
    (cfg!(feature = "docx") && matches!(format, Format::Docx | Format::Docm))
        || (cfg!(feature = "pdf") && matches!(format, Format::Pdf))
        || (cfg!(feature = "doc") && matches!(format, Format::Doc))
        || (cfg!(feature = "odt") && matches!(format, Format::Odt))
}

/// Whether a build with every reader reads `format`, though this one may not: the browser's
/// modules each read some formats, and send the others to the module that has all.
pub fn read_elsewhere(format: Format) -> bool {
    matches!(format, Format::Docx | Format::Docm | Format::Pdf | Format::Doc | Format::Odt) && !has_reader(format)
}

/// Refuses a file larger than [`Limits::max_file_bytes`].
pub(crate) fn check_file_size(bytes: &[u8], limits: &Limits) -> Result<(), Error> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(Error::too_large(format!("the file is larger than {} MB", limits.max_file_bytes / 1_000_000)));
    }
    Ok(())
}
