//! Step 2, read: bytes of a known format → one neutral [`Document`].
//!
//! A reader never knows about calls or rules; it only says what is in the file,
//! or why it cannot be read ([`Error`]).

mod docx;
mod package;
mod pdf;
mod urls;
mod xml;

pub use urls::find_urls;

use crate::document::{Document, Link, LinkKind, LinkOrigin};
use crate::error::{Error, ErrorKind};
use crate::limits::Limits;
use crate::sniff::Format;

/// Reads a file whose format was sniffed.
pub fn read(bytes: &[u8], format: Format, limits: &Limits) -> Result<Document, Error> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(Error::too_large(format!("the file is larger than {} MB", limits.max_file_bytes / 1_000_000)));
    }
    match format {
        Format::Docx | Format::Docm => docx::read(bytes, limits),
        Format::Pdf => pdf::read(bytes, limits),
        Format::EncryptedOoxml => Err(Error::new(ErrorKind::PasswordProtected)),
        Format::Empty => Err(Error::corrupt("the file is empty (0 bytes)")),
        other => Err(Error::new(ErrorKind::Unsupported(other.id().to_string()))),
    }
}

/// Adds the URLs typed in the shown text (body and notes) that are not already links.
pub(crate) fn add_plain_text_links(doc: &mut Document) {
    let mut found = Vec::new();
    for block in doc.body.iter().chain(doc.notes.iter()) {
        for (s, e) in find_urls(&block.text) {
            let url = &block.text[s..e];
            let known = doc.links.iter().chain(found.iter()).any(|l: &Link| same_target(&l.url, url) || l.text.contains(url));
            if !known {
                let target = if url.to_ascii_lowercase().starts_with("www.") { format!("http://{url}") } else { url.to_string() };
                found.push(Link {
                    url: target,
                    text: url.to_string(),
                    location: crate::document::Location { quote: None, ..block.location.clone() },
                    kind: LinkKind::External,
                    origin: LinkOrigin::PlainText,
                });
            }
        }
    }
    doc.links.extend(found);
}

fn same_target(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim().trim_end_matches('/').trim_start_matches("https://").trim_start_matches("http://").to_ascii_lowercase();
    norm(a) == norm(b)
}
