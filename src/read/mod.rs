//! Step 2, read: bytes of a known format → one neutral [`Document`].
//!
//! A reader never knows about calls or rules; it only says what is in the file,
//! or why it cannot be read ([`Error`]).

mod doc;
mod docx;
mod inflate;
mod package;
mod pdf;
mod urls;
mod xml;
pub(crate) mod zip;

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
        Format::Doc => doc::read(bytes, limits),
        Format::EncryptedOoxml => Err(Error::new(ErrorKind::PasswordProtected)),
        Format::Empty => Err(Error::corrupt("the file is empty (0 bytes)")),
        other => Err(Error::new(ErrorKind::Unsupported(other.id().to_string()))),
    }
}

/// Plain-text URLs kept from one document. A real contribution has tens;
/// a hostile one could type millions, and each becomes a report entry.
const MAX_PLAIN_TEXT_LINKS: usize = 10_000;

/// Adds the URLs typed in the shown text (body and notes) that are not already links.
pub(crate) fn add_plain_text_links(doc: &mut Document) {
    use std::collections::HashSet;
    // Targets already known, and URLs shown as the text of a link: one set,
    // so each typed URL costs one look-up however many links there are.
    let mut known: HashSet<String> = HashSet::new();
    for l in &doc.links {
        known.insert(normalized(&l.url));
        for (s, e) in find_urls(&l.text) {
            known.insert(normalized(&l.text[s..e]));
        }
    }
    let mut found = Vec::new();
    'blocks: for block in doc.body.iter().chain(doc.notes.iter()) {
        for (s, e) in find_urls(&block.text) {
            if found.len() >= MAX_PLAIN_TEXT_LINKS {
                break 'blocks;
            }
            let url = &block.text[s..e];
            if known.insert(normalized(url)) {
                let target = if url.to_ascii_lowercase().starts_with("www.") {
                    format!("http://{url}")
                } else {
                    url.to_string()
                };
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

fn normalized(s: &str) -> String {
    let s = s.trim().trim_end_matches('/');
    let lower = s.to_ascii_lowercase();
    let without_scheme = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).unwrap_or(&lower);
    without_scheme.to_string()
}
