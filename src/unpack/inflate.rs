//! The one loop that drives flate2's inflater over hostile data, for the ZIP
//! reader (DOCX parts) and the PDF pre-scan (object streams). Each caller
//! decides what the output is for and when to stop; the loop only makes sure
//! that it always ends: on the end of the stream, on damaged data, when the
//! data stops making progress (cut short), or when the caller has had enough.

use flate2::{Decompress, FlushDecompress, Status};

/// How an inflate ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum End {
    /// The compressed stream's end mark was reached.
    Done,
    /// The data is not valid deflate (or zlib) data.
    Damaged,
    /// The data ran out before the end mark.
    CutShort,
    /// The caller's `sink` returned `false`.
    Stopped,
}

/// Inflates `data` with `d` through a buffer of `chunk` bytes, handing each
/// piece of output to `sink` as it comes (also the last piece before damaged
/// data is found); `sink` returns `false` to stop. Memory is the buffer only.
pub(crate) fn inflate(d: &mut Decompress, data: &[u8], chunk: usize, mut sink: impl FnMut(&[u8]) -> bool) -> End {
    let mut buf = vec![0u8; chunk.max(1)];
    loop {
        let (in_before, out_before) = (d.total_in(), d.total_out());
        let input = usize::try_from(in_before).ok().and_then(|i| data.get(i..)).unwrap_or_default();
        let status = d.decompress(input, &mut buf, FlushDecompress::None);
        let produced = usize::try_from(d.total_out() - out_before).unwrap_or(0);
        if !sink(buf.get(..produced).unwrap_or_default()) {
            return End::Stopped;
        }
        match status {
            Err(_) => return End::Damaged,
            Ok(Status::StreamEnd) => return End::Done,
            Ok(_) if produced == 0 && d.total_in() == in_before => return End::CutShort,
            Ok(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::{DeflateEncoder, ZlibEncoder};
    use flate2::Compression;
    use std::io::Write;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = ZlibEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn deflate(data: &[u8]) -> Vec<u8> {
        let mut e = DeflateEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn all(d: &mut Decompress, data: &[u8], chunk: usize) -> (Vec<u8>, End) {
        let mut out = Vec::new();
        let end = inflate(d, data, chunk, |piece| {
            out.extend_from_slice(piece);
            true
        });
        (out, end)
    }

    #[test]
    fn whole_streams_come_back_whole_through_a_small_buffer() {
        let text: Vec<u8> = (0..100_000u32).flat_map(|i| i.to_string().into_bytes()).collect();
        assert_eq!(all(&mut Decompress::new(true), &zlib(&text), 1000), (text.clone(), End::Done));
        assert_eq!(all(&mut Decompress::new(false), &deflate(&text), 7), (text, End::Done));
    }

    #[test]
    fn a_cut_stream_ends_cut_short_with_what_it_had() {
        let text = vec![b'a'; 50_000];
        let z = deflate(&text);
        let (out, end) = all(&mut Decompress::new(false), z.get(..z.len() / 2).unwrap(), 64);
        assert_eq!(end, End::CutShort);
        assert!(out.iter().all(|&b| b == b'a'));
    }

    #[test]
    fn damaged_data_and_stopping() {
        // 0xFF starts a deflate block of the reserved type 3.
        assert_eq!(all(&mut Decompress::new(false), &[0xFF; 16], 64).1, End::Damaged);
        assert_eq!(all(&mut Decompress::new(true), b"not zlib", 64).1, End::Damaged);
        let z = zlib(&[0u8; 1 << 20]);
        let mut seen = 0;
        let end = inflate(&mut Decompress::new(true), &z, 4096, |piece| {
            seen += piece.len();
            seen < 10_000
        });
        assert_eq!(end, End::Stopped);
        assert!((10_000..10_000 + 4096).contains(&seen), "{seen}");
    }
}
