//! Step 5, send: a `mailto:` link and an `.eml` draft with the call's
//! address and exact subject. Nothing leaves the device: these are texts the
//! person's own mail program opens.

pub mod eml;
pub mod mailto;

pub use eml::{content_type, eml, Attachment};
pub use mailto::{mailto, Cover, MAILTO_MAX};
