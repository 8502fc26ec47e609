//! Document properties from the OLE property sets `\x05SummaryInformation`
//! (title, author, last saved by, template, dates, word count) and
//! `\x05DocumentSummaryInformation` (company, manager) ([MS-OLEPS]).
//!
//! 8-bit strings are decoded by the set's code page when it is UTF-8,
//! Windows-1251 (Cyrillic) or Windows-1252 (or plain ASCII); other code pages
//! (Shift-JIS, GBK, Arabic 1256...) are read as Windows-1252, so a name in
//! them is found but shown garbled.
//! Custom properties (the second set of DocumentSummaryInformation) are not read.

use super::bytes::{decode_8bit, slice, u16_at, u32_at, utf16};
use crate::document::Metadata;

/// Properties in one set: more is not a real file.
const MAX_PROPERTIES: usize = 1_000;
/// The longest property string kept.
const MAX_STRING_BYTES: usize = 4_096;

/// A property value as the reader needs it.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(u64),
    /// A FILETIME (100 ns since 1601), as ISO 8601.
    Time(String),
}

/// The first property set of a stream: `(id, value)` pairs.
fn first_set(b: &[u8]) -> Vec<(u32, Value)> {
    let mut out = Vec::new();
    if u16_at(b, 0) != Some(0xFFFE) || u32_at(b, 24).unwrap_or(0) == 0 {
        return out;
    }
    let Some(set_at) = u32_at(b, 44).map(|v| v as usize) else { return out };
    let count = u32_at(b, set_at + 4).map_or(0, |v| v as usize).min(MAX_PROPERTIES);
    let entry = |i: usize| Some((u32_at(b, set_at + 8 + i * 8)?, u32_at(b, set_at + 12 + i * 8)? as usize));
    let ids: Vec<(u32, usize)> = (0..count).map_while(entry).collect();
    // Property 1 is the code page of the 8-bit strings.
    let codepage = ids.iter().find(|(id, _)| *id == 1).and_then(|&(_, off)| u16_at(b, set_at + off + 4));
    for (id, off) in ids {
        if let Some(v) = value(b, set_at.saturating_add(off), codepage) {
            out.push((id, v));
        }
    }
    out
}

fn value(b: &[u8], at: usize, codepage: Option<u16>) -> Option<Value> {
    let kind = u32_at(b, at)? & 0xFFFF;
    match kind {
        // VT_I2, VT_I4, VT_UI4
        0x02 => Some(Value::Number(u64::from(u16_at(b, at + 4)?))),
        0x03 | 0x13 => Some(Value::Number(u64::from(u32_at(b, at + 4)?))),
        // VT_LPSTR
        0x1E => {
            let len = (u32_at(b, at + 4)? as usize).min(MAX_STRING_BYTES);
            let bytes = slice(b, at + 8, len).or_else(|| b.get(at + 8..))?;
            let bytes = bytes.split(|&c| c == 0).next().unwrap_or(&[]);
            Some(Value::Text(decode_8bit(bytes, codepage)))
        }
        // VT_LPWSTR
        0x1F => {
            let chars = (u32_at(b, at + 4)? as usize).min(MAX_STRING_BYTES);
            let s = utf16(slice(b, at + 8, chars * 2)?);
            Some(Value::Text(s.trim_end_matches('\0').to_string()))
        }
        // VT_FILETIME
        0x40 => {
            let low = u64::from(u32_at(b, at + 4)?);
            let high = u64::from(u32_at(b, at + 8)?);
            filetime((high << 32) | low).map(Value::Time)
        }
        _ => None,
    }
}

/// A FILETIME as ISO 8601 (UTC), for dates from 1980 on (older ones are
/// durations, such as the editing time, or unset).
fn filetime(t: u64) -> Option<String> {
    const UNIX_EPOCH: u64 = 11_644_473_600;
    let secs = (t / 10_000_000).checked_sub(UNIX_EPOCH)?;
    if secs < 315_532_800 {
        return None;
    }
    let days = i64::try_from(secs / 86_400).ok()?;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem / 60 % 60, rem % 60))
}

/// Fills `m` from the SummaryInformation stream.
pub(super) fn summary(b: &[u8], m: &mut Metadata) {
    for (id, v) in first_set(b) {
        match (id, v) {
            (2, Value::Text(s)) => set(&mut m.title, s),
            (4, Value::Text(s)) => set(&mut m.author, s),
            (7, Value::Text(s)) => set(&mut m.template, s),
            (8, Value::Text(s)) => set(&mut m.last_modified_by, s),
            (18, Value::Text(s)) => set(&mut m.application, s),
            (12, Value::Time(s)) => m.created = Some(s),
            (13, Value::Time(s)) => m.modified = Some(s),
            (15, Value::Number(n)) => m.stored_word_count = Some(n),
            _ => {}
        }
    }
}

/// Fills `m` from the DocumentSummaryInformation stream.
pub(super) fn document_summary(b: &[u8], m: &mut Metadata) {
    for (id, v) in first_set(b) {
        match (id, v) {
            (14, Value::Text(s)) => set(&mut m.manager, s),
            (15, Value::Text(s)) => set(&mut m.company, s),
            _ => {}
        }
    }
}

fn set(field: &mut Option<String>, s: String) {
    let s = s.trim();
    if !s.is_empty() {
        *field = Some(s.to_string());
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A property-set stream with one set holding `props` (id, VT type, value bytes).
    pub(crate) fn build(props: &[(u32, u32, Vec<u8>)]) -> Vec<u8> {
        let mut b = vec![0xFE, 0xFF, 0, 0, 2, 1, 0, 0];
        b.extend([0; 16]);
        b.extend(1u32.to_le_bytes());
        b.extend([0xE0, 0x85, 0x9F, 0xF2, 0xF9, 0x4F, 0x68, 0x10, 0xAB, 0x91, 0x08, 0x00, 0x2B, 0x27, 0xB3, 0xD9]);
        b.extend(48u32.to_le_bytes());
        let mut values = Vec::new();
        let mut table = Vec::new();
        let head = 8 + props.len() * 8;
        for (id, vt, bytes) in props {
            table.extend(id.to_le_bytes());
            table.extend(((head + values.len()) as u32).to_le_bytes());
            values.extend(vt.to_le_bytes());
            values.extend(bytes);
            while values.len() % 4 != 0 {
                values.push(0);
            }
        }
        b.extend(((head + values.len()) as u32).to_le_bytes());
        b.extend((props.len() as u32).to_le_bytes());
        b.extend(table);
        b.extend(values);
        b
    }

    pub(crate) fn lpstr(s: &str) -> Vec<u8> {
        let mut v = ((s.len() + 1) as u32).to_le_bytes().to_vec();
        v.extend(s.as_bytes());
        v.push(0);
        v
    }

    #[test]
    fn summary_information_names_people() {
        let b = build(&[
            (1, 2, 1252u16.to_le_bytes().to_vec()),
            (2, 0x1E, lpstr("Report")),
            (
                4,
                0x1E,
                lpstr("Ana P\u{e9}rez")
                    .into_iter()
                    .map(|c| if c == 0xC3 { 0xE9 } else { c })
                    .filter(|&c| c != 0xA9)
                    .collect(),
            ),
            (8, 0x1E, lpstr("Bob")),
            (15, 3, 250u32.to_le_bytes().to_vec()),
            // 2024-05-10T00:00:00Z = 1715299200 s after 1970.
            (12, 0x40, ((1_715_299_200u64 + 11_644_473_600) * 10_000_000).to_le_bytes().to_vec()),
        ]);
        let mut m = Metadata::default();
        summary(&b, &mut m);
        assert_eq!(m.title.as_deref(), Some("Report"));
        assert_eq!(m.author.as_deref(), Some("Ana Pérez"));
        assert_eq!(m.last_modified_by.as_deref(), Some("Bob"));
        assert_eq!(m.stored_word_count, Some(250));
        assert_eq!(m.created.as_deref(), Some("2024-05-10T00:00:00Z"));
    }

    #[test]
    fn damaged_sets_give_nothing() {
        let mut m = Metadata::default();
        summary(&[], &mut m);
        summary(&build(&[(2, 0x1E, vec![0xFF, 0xFF, 0xFF, 0x7F, b'a'])])[..], &mut m);
        assert_eq!(m.title.as_deref(), Some("a"));
        document_summary(&[0xFE, 0xFF], &mut m);
    }
}
