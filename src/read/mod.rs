//! Step 2, read: bytes of a known format → one neutral [`Document`].
//!
//! A reader never knows about calls or rules; it only says what is in the file,
//! or why it cannot be read ([`Error`]).

#[cfg(feature = "doc")]
mod doc;
pub(crate) mod docx;
#[cfg(feature = "odt")]
mod odt;
pub(crate) mod package;
mod pdf;
mod tables;
mod urls;
pub(crate) mod xml;

pub use urls::find_urls;
// The DOCX and PDF readers call it as `super::add_plain_text_links`.
use urls::add_plain_text_links;
// The PDF clean copy (crate::clean_pdf) loads and reads with the PDF reader's limits and errors.
pub(crate) use pdf::{load as load_pdf, read_loaded as read_loaded_pdf};

use crate::document::Document;
use crate::error::{Error, ErrorKind};
use crate::limits::Limits;
use crate::sniff::Format;

/// Reads a file whose format was sniffed.
pub fn read(bytes: &[u8], format: Format, limits: &Limits) -> Result<Document, Error> {
    check_file_size(bytes, limits)?;
    match format {
        Format::Docx | Format::Docm => docx::read(bytes, limits),
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

/// Refuses a file larger than [`Limits::max_file_bytes`].
pub(crate) fn check_file_size(bytes: &[u8], limits: &Limits) -> Result<(), Error> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(Error::too_large(format!("the file is larger than {} MB", limits.max_file_bytes / 1_000_000)));
    }
    Ok(())
}
