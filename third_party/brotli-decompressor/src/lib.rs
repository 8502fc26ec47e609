//! Stand-in for `brotli-decompressor`, patched in by the workspace (see
//! `third_party/README.md`). lopdf decodes the proposed `/BrotliDecode` PDF filter
//! with it; the real crate brings a 122 KB dictionary into the wasm. No
//! producer of contributions writes that filter yet, so such a stream is
//! refused (its text is missing) instead.
#![forbid(unsafe_code)]
use std::io::{self, Read};

/// A decompressor that always fails.
pub struct Decompressor<R>(std::marker::PhantomData<R>);

impl<R: Read> Decompressor<R> {
    /// Same signature as the real crate's.
    pub fn new(_input: R, _buffer_size: usize) -> Self {
        Decompressor(std::marker::PhantomData)
    }
}

impl<R: Read> Read for Decompressor<R> {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        Err(io::Error::new(io::ErrorKind::Unsupported, "BrotliDecode is not supported by this build"))
    }
}
