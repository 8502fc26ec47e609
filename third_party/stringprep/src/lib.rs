//! Stand-in for `stringprep`, patched in by the workspace (see `third_party/README.md`).
//! lopdf calls `saslprep` on a password before AES-256 (revision 6) key
//! derivation. The checker only ever tries the empty password, which SASLprep
//! leaves as it is, so the real crate's Unicode tables (~150 KB of wasm) are not
//! needed. Any non-ASCII password is refused rather than prepared wrongly.
#![forbid(unsafe_code)]
use std::borrow::Cow;
use std::fmt;

/// Why a password was refused.
#[derive(Debug)]
pub struct Error;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("only ASCII passwords are prepared")
    }
}

impl std::error::Error for Error {}

/// SASLprep (RFC 4013) for ASCII passwords, which it leaves unchanged.
pub fn saslprep(s: &str) -> Result<Cow<'_, str>, Error> {
    if s.bytes().all(|b| (0x20..0x7F).contains(&b)) {
        Ok(Cow::Borrowed(s))
    } else {
        Err(Error)
    }
}
