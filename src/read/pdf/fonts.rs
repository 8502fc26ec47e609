//! Fonts: from the bytes a content stream shows to characters and widths.
//!
//! Characters come, in this order, from the font's `/ToUnicode` CMap, from its
//! encoding (a base encoding plus `/Differences` glyph names, or for an
//! embedded Type 1 font without one, the font program's own encoding), and for
//! composite fonts with a Unicode CMap (`UniGB-UCS2-H`...) from the codes
//! themselves. Widths come from `/Widths` (simple fonts), `/W` (composite
//! fonts), approximate standard-14 metrics, and the Type 3 `/FontMatrix`.

use super::glyphs;
use super::obj::{dict_get, name_of, number_of, resolve, stream_bytes, Inflate};
use lopdf::{Dictionary, Document as Pdf, Object};

/// A font as the text extractor needs it.
pub(super) struct Font {
    /// How shown bytes split into codes.
    codes: CodeSpace,
    /// Code → text from `/ToUnicode`.
    to_unicode: Option<CMap>,
    /// Simple fonts: code → character from the encoding (0: none).
    simple: Option<Box<[u16; 256]>>,
    /// Composite fonts with a predefined Unicode CMap: codes are UTF-16BE.
    codes_are_unicode: bool,
    /// Composite fonts with an embedded CMap: code → CID.
    cids: Option<CMap>,
    /// Widths in glyph space (thousandths of an em for all but Type 3).
    widths: Widths,
    /// Glyph space → text space (0.001, or the Type 3 `/FontMatrix` scale).
    pub scale: f32,
    /// Vertical writing (`Identity-V` and other `-V` CMaps).
    pub vertical: bool,
}

enum CodeSpace {
    OneByte,
    TwoBytes,
    /// Byte ranges per code length, from a CMap's `codespacerange`.
    Ranges(Vec<(Vec<u8>, Vec<u8>)>),
    /// Legacy CJK encodings: a lead byte ≥ 0x81 starts a two-byte code.
    LeadByte,
}

enum Widths {
    Simple { first: u32, widths: Vec<f32>, missing: f32 },
    Composite { ranges: Vec<(u32, u32, f32)>, default: f32 },
    Standard(StandardMetrics),
}

#[derive(Clone, Copy)]
enum StandardMetrics {
    Helvetica,
    Times,
    Courier,
}

/// One code shown: its text (possibly empty or several characters) and advance.
pub(super) struct Shown<'a> {
    pub text: &'a str,
    /// Advance in text space, before the font size is applied.
    pub width: f32,
    /// A single-byte code 32: word spacing (`Tw`) applies.
    pub is_byte_32: bool,
}

impl Font {
    /// A font that shows nothing legible but still moves the pen: for a
    /// missing or broken font resource.
    pub fn fallback() -> Font {
        Font {
            codes: CodeSpace::OneByte,
            to_unicode: None,
            simple: Some(Box::new(glyphs::WIN_ANSI_ENCODING)),
            codes_are_unicode: false,
            cids: None,
            widths: Widths::Standard(StandardMetrics::Helvetica),
            scale: 0.001,
            vertical: false,
        }
    }

    /// Loads a font dictionary.
    pub fn load(pdf: &Pdf, dict: &Dictionary, inflate: &Inflate) -> Font {
        let subtype = name_of(dict_get(pdf, dict, b"Subtype")).unwrap_or(b"");
        let to_unicode =
            dict_get(pdf, dict, b"ToUnicode").and_then(|o| stream_bytes(pdf, o, inflate)).map(|b| CMap::parse(&b));
        if subtype == b"Type0" {
            Self::load_composite(pdf, dict, to_unicode, inflate)
        } else {
            Self::load_simple(pdf, dict, subtype, to_unicode, inflate)
        }
    }

    fn load_simple(pdf: &Pdf, dict: &Dictionary, subtype: &[u8], to_unicode: Option<CMap>, inflate: &Inflate) -> Font {
        let base_font = name_of(dict_get(pdf, dict, b"BaseFont")).unwrap_or(b"");
        let descriptor = dict_get(pdf, dict, b"FontDescriptor").and_then(|o| o.as_dict().ok());
        let flags = descriptor.and_then(|d| number_of(dict_get(pdf, d, b"Flags"))).unwrap_or(0.0) as u32;
        let symbolic = flags & 4 != 0 && flags & 32 == 0;
        let is_symbol_font = contains(base_font, b"Symbol");

        // The base table: named encoding, else the font's own, else by kind.
        let encoding = dict_get(pdf, dict, b"Encoding");
        let named = |n: &[u8]| -> Option<[u16; 256]> {
            match n {
                b"WinAnsiEncoding" => Some(glyphs::WIN_ANSI_ENCODING),
                b"MacRomanEncoding" => Some(glyphs::MAC_ROMAN_ENCODING),
                b"StandardEncoding" => Some(glyphs::STANDARD_ENCODING),
                b"PDFDocEncoding" => Some(glyphs::PDF_DOC_ENCODING),
                _ => None,
            }
        };
        let base_name = match encoding {
            Some(Object::Name(n)) => Some(n.as_slice()),
            Some(Object::Dictionary(d)) => name_of(dict_get(pdf, d, b"BaseEncoding")),
            _ => None,
        };
        let mut table = match base_name.and_then(named) {
            Some(t) => t,
            None if is_symbol_font => glyphs::SYMBOL_ENCODING,
            None if subtype == b"TrueType" => glyphs::WIN_ANSI_ENCODING,
            None => descriptor
                .and_then(|d| dict_get(pdf, d, b"FontFile"))
                .and_then(|o| stream_bytes(pdf, o, inflate))
                .and_then(|program| type1_builtin_encoding(&program))
                .unwrap_or(if symbolic && subtype != b"Type3" {
                    glyphs::WIN_ANSI_ENCODING
                } else {
                    glyphs::STANDARD_ENCODING
                }),
        };
        if let Some(Object::Dictionary(d)) = encoding {
            apply_differences(pdf, d, &mut table);
        }
        let scale = if subtype == b"Type3" { type3_scale(pdf, dict) } else { 0.001 };

        let widths = match dict_get(pdf, dict, b"Widths") {
            Some(Object::Array(w)) => Widths::Simple {
                first: number_of(dict_get(pdf, dict, b"FirstChar")).unwrap_or(0.0).max(0.0) as u32,
                widths: w.iter().take(65536).map(|o| number_of(resolve(pdf, o)).unwrap_or(0.0)).collect(),
                missing: descriptor.and_then(|d| number_of(dict_get(pdf, d, b"MissingWidth"))).unwrap_or(0.0),
            },
            _ => Widths::Standard(standard_metrics(base_font)),
        };
        Font {
            codes: CodeSpace::OneByte,
            to_unicode,
            simple: Some(Box::new(table)),
            codes_are_unicode: false,
            cids: None,
            widths,
            scale,
            vertical: false,
        }
    }

    fn load_composite(pdf: &Pdf, dict: &Dictionary, to_unicode: Option<CMap>, inflate: &Inflate) -> Font {
        let mut codes = CodeSpace::TwoBytes;
        let mut codes_are_unicode = false;
        let mut cids = None;
        let mut vertical = false;
        match dict_get(pdf, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                vertical = n.ends_with(b"-V");
                if n.starts_with(b"Identity") {
                    codes = CodeSpace::TwoBytes;
                } else if contains(n, b"UCS2") || contains(n, b"UTF16") {
                    codes_are_unicode = true;
                } else {
                    codes = CodeSpace::LeadByte;
                }
            }
            Some(o @ Object::Stream(_)) => {
                if let Some(bytes) = stream_bytes(pdf, o, inflate) {
                    let cmap = CMap::parse(&bytes);
                    vertical = cmap.vertical;
                    if !cmap.codespace.is_empty() {
                        codes = CodeSpace::Ranges(cmap.codespace.clone());
                    }
                    cids = Some(cmap);
                }
            }
            _ => {}
        }
        // With no encoding CMap of its own, the ToUnicode CMap's code space still tells code lengths.
        if matches!(codes, CodeSpace::LeadByte) {
            if let Some(t) = to_unicode.as_ref().filter(|t| !t.codespace.is_empty()) {
                codes = CodeSpace::Ranges(t.codespace.clone());
            }
        }
        let descendant = match dict_get(pdf, dict, b"DescendantFonts") {
            Some(Object::Array(a)) => a.first().and_then(|o| resolve(pdf, o)).and_then(|o| o.as_dict().ok()),
            _ => None,
        };
        let mut ranges = Vec::new();
        let mut default = 1000.0;
        if let Some(d) = descendant {
            default = number_of(dict_get(pdf, d, b"DW")).unwrap_or(1000.0);
            if let Some(Object::Array(w)) = dict_get(pdf, d, b"W") {
                let items: Vec<&Object> = w.iter().take(200_000).filter_map(|o| resolve(pdf, o)).collect();
                let mut i = 0;
                while let (Some(&first), Some(&next)) = (items.get(i), items.get(i + 1)) {
                    let Some(first) = number_of(Some(first)) else { break };
                    match next {
                        Object::Array(list) => {
                            for (k, o) in list.iter().enumerate().take(65536) {
                                let c = first as u32 + k as u32;
                                ranges.push((c, c, number_of(resolve(pdf, o)).unwrap_or(default)));
                            }
                            i += 2;
                        }
                        last => {
                            let (Some(last), Some(width)) =
                                (number_of(Some(last)), items.get(i + 2).and_then(|o| number_of(Some(o))))
                            else {
                                break;
                            };
                            ranges.push((first as u32, last as u32, width));
                            i += 3;
                        }
                    }
                }
            }
        }
        crate::sort::sort_by(&mut ranges, |a, b| a.0.cmp(&b.0));
        Font {
            codes,
            to_unicode,
            simple: None,
            codes_are_unicode,
            cids,
            widths: Widths::Composite { ranges, default },
            scale: 0.001,
            vertical,
        }
    }

    /// Splits `bytes` into codes and calls `f` with each code's text and advance.
    /// `scratch` holds decoded text between calls.
    pub fn show(&self, bytes: &[u8], scratch: &mut String, mut f: impl FnMut(Shown<'_>)) {
        let mut i = 0;
        while let Some(rest) = bytes.get(i..).filter(|r| !r.is_empty()) {
            let len = self.code_len(rest).clamp(1, 4).min(rest.len());
            let code = rest.iter().take(len).fold(0u32, |a, b| a << 8 | u32::from(*b));
            scratch.clear();
            let text = self.text_of(code, len, scratch);
            let width = self.width_of(code) * self.scale;
            f(Shown { text, width, is_byte_32: len == 1 && code == 32 });
            i += len;
        }
    }

    fn code_len(&self, rest: &[u8]) -> usize {
        match &self.codes {
            CodeSpace::OneByte => 1,
            CodeSpace::TwoBytes => 2,
            CodeSpace::LeadByte => {
                if rest.first().is_some_and(|b| *b >= 0x81) {
                    2
                } else {
                    1
                }
            }
            CodeSpace::Ranges(ranges) => {
                for n in 1..=4 {
                    let Some(code) = rest.get(..n) else { break };
                    let hit = ranges.iter().any(|(lo, hi)| {
                        lo.len() == n && code.iter().zip(lo.iter().zip(hi.iter())).all(|(b, (l, h))| l <= b && b <= h)
                    });
                    if hit {
                        return n;
                    }
                }
                ranges.iter().map(|(lo, _)| lo.len()).min().unwrap_or(1)
            }
        }
    }

    /// A code's text: written into `out`, or, for one ASCII character from a
    /// simple font's table (most glyphs), taken from [`ASCII`] without a copy.
    /// A `ToUnicode` text of control characters only (U+0000, U+0003…) is a
    /// broken map, and the encoding is asked instead; but a tab, line feed or
    /// carriage return is what the glyph stands for (a paragraph mark drawn
    /// as a glyph): it is white space, never the encoding's character for
    /// the same code (which gave "link.!" for "link.⏎").
    fn text_of<'s>(&self, code: u32, len: usize, out: &'s mut String) -> &'s str {
        if let Some(tu) = &self.to_unicode {
            if tu.lookup(code, len, out) && out.chars().any(|c| !c.is_control() || c.is_whitespace()) {
                return out;
            }
            out.clear();
        }
        if let Some(table) = &self.simple {
            let cp = match table.get(code as usize).copied().unwrap_or(0) {
                0 if code >= 32 => code, // An unknown code in a simple font: Latin-1 is the best guess.
                0 => return out,
                cp => u32::from(cp),
            };
            if let Some(text) = (cp < 128).then(|| ASCII.get(cp as usize..=cp as usize)).flatten() {
                return text;
            }
            push_char(out, cp);
            return out;
        }
        if self.codes_are_unicode {
            push_char(out, code);
        }
        out
    }

    fn width_of(&self, code: u32) -> f32 {
        match &self.widths {
            Widths::Simple { first, widths, missing } => {
                code.checked_sub(*first).and_then(|i| widths.get(i as usize)).copied().unwrap_or(*missing)
            }
            Widths::Composite { ranges, default } => {
                let cid = match &self.cids {
                    Some(c) => c.cid(code).unwrap_or(code),
                    None => code,
                };
                let i = ranges.partition_point(|r| r.0 <= cid);
                // Ranges may overlap only in broken files; the last one starting at or before wins.
                ranges.get(..i).unwrap_or_default().iter().rev().take(8).find(|r| cid <= r.1).map_or(*default, |r| r.2)
            }
            Widths::Standard(m) => {
                let c = self.simple.as_ref().and_then(|t| t.get(code as usize).copied()).unwrap_or(code as u16);
                standard_width(*m, c)
            }
        }
    }
}

/// The 128 ASCII characters in order, so that one is a slice of this.
const ASCII: &str = match std::str::from_utf8(&ASCII_BYTES) {
    Ok(s) => s,
    Err(_) => "",
};

const ASCII_BYTES: [u8; 128] = {
    let mut bytes = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        #[allow(clippy::indexing_slicing, reason = "i < 128, the array's length; evaluated at compile time")]
        {
            bytes[i] = i as u8;
        }
        i += 1;
    }
    bytes
};

fn push_char(out: &mut String, cp: u32) {
    if let Some(c) = char::from_u32(cp) {
        out.push(c);
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The character a glyph name stands for: the table, then `uniXXXX`, `uXXXX`,
/// then the part before a `.` suffix (`a.sc`), then the first part of a ligature name.
pub(super) fn glyph_to_char(name: &[u8]) -> Option<u16> {
    let name = std::str::from_utf8(name).ok()?;
    lookup_name(name).or_else(|| {
        let base = name.split('.').next().unwrap_or(name);
        if let Some(hex) = base.strip_prefix("uni").filter(|h| h.len() >= 4) {
            return u16::from_str_radix(hex.get(..4)?, 16).ok();
        }
        if let Some(hex) = base.strip_prefix('u').filter(|h| (4..=6).contains(&h.len())) {
            return u32::from_str_radix(hex, 16).ok().and_then(|v| u16::try_from(v).ok());
        }
        if base != name {
            return lookup_name(base);
        }
        // Ligatures written as their parts: the Unicode ligature when there is one, else the first part.
        match base {
            "f_f" => Some(0xFB00),
            "f_i" => Some(0xFB01),
            "f_l" => Some(0xFB02),
            "f_f_i" => Some(0xFB03),
            "f_f_l" => Some(0xFB04),
            "s_t" => Some(0xFB06),
            _ if base.contains('_') => base.split('_').next().and_then(lookup_name),
            _ => None,
        }
    })
}

fn lookup_name(name: &str) -> Option<u16> {
    let table = glyph_names();
    let i = table.binary_search_by(|(n, _)| n.cmp(&name)).ok()?;
    u16::try_from(u32::from(table.get(i)?.1)).ok()
}

/// [`glyphs::NAMES`] split once into (name, character), sorted by name.
fn glyph_names() -> &'static [(&'static str, char)] {
    static TABLE: std::sync::OnceLock<Vec<(&'static str, char)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Vec::with_capacity(2048);
        let mut rest = glyphs::NAMES;
        while let Some((name, tail)) = rest.split_once('\n') {
            let mut chars = tail.chars();
            let Some(c) = chars.next() else { break };
            table.push((name, c));
            rest = chars.as_str();
        }
        table
    })
}

/// The encoding written in a Type 1 font program's clear-text part
/// (`dup 65 /A put`), when it is not `StandardEncoding`.
fn type1_builtin_encoding(program: &[u8]) -> Option<[u16; 256]> {
    let start = program.windows(9).position(|w| w == b"/Encoding")?;
    let rest = program.get(start..).unwrap_or_default();
    let rest = rest.get(..40_000).unwrap_or(rest);
    if rest.windows(16).take(40).any(|w| w == b"StandardEncoding") {
        return None;
    }
    let mut table = [0u16; 256];
    let mut found = false;
    let text = String::from_utf8_lossy(rest);
    let mut words = text.split_ascii_whitespace().peekable();
    while let Some(w) = words.next() {
        if w == "readonly" || w == "eexec" || w.ends_with("currentfile") {
            break;
        }
        if w == "dup" {
            let (Some(code), Some(name)) = (words.next(), words.next()) else { break };
            if let (Ok(code), Some(name)) = (code.parse::<usize>(), name.strip_prefix('/')) {
                if let (Some(slot), Some(c)) = (table.get_mut(code), glyph_to_char(name.as_bytes())) {
                    *slot = c;
                    found = true;
                }
            }
        }
    }
    found.then_some(table)
}

fn standard_metrics(base_font: &[u8]) -> StandardMetrics {
    if contains(base_font, b"Courier") || contains(base_font, b"Mono") {
        StandardMetrics::Courier
    } else if contains(base_font, b"Times") || contains(base_font, b"Serif") || contains(base_font, b"Roman") {
        StandardMetrics::Times
    } else {
        StandardMetrics::Helvetica
    }
}

/// Advance widths of the standard 14 fonts for ASCII (from their AFM files), used
/// when a font has no `/Widths`; other characters get a typical width.
fn standard_width(m: StandardMetrics, c: u16) -> f32 {
    const HELVETICA: [u16; 95] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
        556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
        556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
        500, 500, 500, 334, 260, 334, 584,
    ];
    const TIMES: [u16; 95] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500,
        500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722,
        611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444,
        500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
        500, 500, 444, 480, 200, 480, 541,
    ];
    let i = usize::from(c).wrapping_sub(32);
    match m {
        StandardMetrics::Courier => 600.0,
        StandardMetrics::Helvetica => f32::from(HELVETICA.get(i).copied().unwrap_or(556)),
        StandardMetrics::Times => f32::from(TIMES.get(i).copied().unwrap_or(500)),
    }
}

/// A CMap: code space, code → text (`bfchar`, `bfrange`) and code → CID
/// (`cidchar`, `cidrange`).
pub(super) struct CMap {
    codespace: Vec<(Vec<u8>, Vec<u8>)>,
    /// Sorted by `lo`: (lo, hi, code length, target).
    text: Vec<(u32, u32, u8, Target)>,
    cids: Vec<(u32, u32, u32)>,
    vertical: bool,
}

enum Target {
    /// The first code's text; each next code adds one to the last character.
    Base(Vec<u16>),
    /// One text per code.
    List(Vec<Vec<u16>>),
}

impl CMap {
    /// Parses a CMap stream; what cannot be read is left out.
    pub fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap { codespace: Vec::new(), text: Vec::new(), cids: Vec::new(), vertical: false };
        let mut toks = CMapTokens { data, pos: 0 };
        let mut section: &[u8] = b"";
        let mut operands: Vec<CTok> = Vec::new();
        let mut guard = 0u32;
        while let Some(tok) = toks.next() {
            guard += 1;
            if guard > 2_000_000 {
                break;
            }
            match tok {
                CTok::Word(w) => match w {
                    b"begincodespacerange" | b"beginbfchar" | b"beginbfrange" | b"begincidchar" | b"begincidrange" => {
                        section = w;
                        operands.clear();
                    }
                    b"endcodespacerange" | b"endbfchar" | b"endbfrange" | b"endcidchar" | b"endcidrange" => {
                        cmap.apply(section, &operands);
                        section = b"";
                        operands.clear();
                    }
                    _ => {
                        if w == b"def" && operands.len() >= 2 {
                            if let (Some(CTok::Name(b"WMode")), Some(CTok::Int(1))) =
                                (operands.get(operands.len() - 2), operands.last())
                            {
                                cmap.vertical = true;
                            }
                        }
                        if section.is_empty() {
                            operands.clear();
                        }
                    }
                },
                other => {
                    if operands.len() < 1_000_000 {
                        operands.push(other);
                    }
                }
            }
        }
        crate::sort::sort_by(&mut cmap.text, |a, b| a.0.cmp(&b.0));
        crate::sort::sort_by(&mut cmap.cids, |a, b| a.0.cmp(&b.0));
        cmap
    }

    fn apply(&mut self, section: &[u8], ops: &[CTok]) {
        let code = |t: &CTok| -> Option<(u32, u8)> {
            match t {
                CTok::Hex(b) if !b.is_empty() && b.len() <= 4 => {
                    Some((b.iter().fold(0u32, |a, x| a << 8 | u32::from(*x)), b.len() as u8))
                }
                _ => None,
            }
        };
        let utf16 = |t: &CTok| -> Option<Vec<u16>> {
            match t {
                CTok::Hex(b) => Some(
                    b.chunks(2)
                        .map(|c| match c {
                            [hi, lo] => u16::from_be_bytes([*hi, *lo]),
                            [only, ..] => u16::from(*only),
                            [] => 0,
                        })
                        .collect(),
                ),
                CTok::Name(n) => glyph_to_char(n).map(|c| vec![c]),
                _ => None,
            }
        };
        match section {
            b"begincodespacerange" => {
                for pair in ops.chunks_exact(2) {
                    if let [CTok::Hex(lo), CTok::Hex(hi)] = pair {
                        if lo.len() == hi.len() && !lo.is_empty() && lo.len() <= 4 {
                            self.codespace.push((lo.clone(), hi.clone()));
                        }
                    }
                }
            }
            b"beginbfchar" => {
                for pair in ops.chunks_exact(2) {
                    let [src, dst] = pair else { continue };
                    if let (Some((c, n)), Some(t)) = (code(src), utf16(dst)) {
                        self.text.push((c, c, n, Target::Base(t)));
                    }
                }
            }
            b"beginbfrange" => {
                let mut i = 0;
                while let Some([first, last, target]) = ops.get(i..i + 3) {
                    let (Some((lo, n)), Some((hi, _))) = (code(first), code(last)) else { break };
                    if hi >= lo && hi - lo <= 0xFFFF {
                        match target {
                            CTok::Array(items) => {
                                let list = items.iter().filter_map(&utf16).collect();
                                self.text.push((lo, hi, n, Target::List(list)));
                            }
                            t => {
                                if let Some(t) = utf16(t) {
                                    self.text.push((lo, hi, n, Target::Base(t)));
                                }
                            }
                        }
                    }
                    i += 3;
                }
            }
            b"begincidchar" => {
                for pair in ops.chunks_exact(2) {
                    let [src, dst] = pair else { continue };
                    if let (Some((c, _)), CTok::Int(cid)) = (code(src), dst) {
                        self.cids.push((c, c, (*cid).max(0) as u32));
                    }
                }
            }
            b"begincidrange" => {
                for t in ops.chunks_exact(3) {
                    let [first, last, cid] = t else { continue };
                    if let (Some((lo, _)), Some((hi, _)), CTok::Int(cid)) = (code(first), code(last), cid) {
                        self.cids.push((lo, hi, (*cid).max(0) as u32));
                    }
                }
            }
            _ => {}
        }
    }

    /// Appends the text of `code` (`len` bytes) to `out`; false when the CMap has none.
    fn lookup(&self, code: u32, len: usize, out: &mut String) -> bool {
        let i = self.text.partition_point(|t| t.0 <= code);
        let Some((lo, _, _, target)) = self
            .text
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(16)
            .find(|t| code <= t.1 && (t.2 as usize == len || t.2 == 0))
        else {
            return false;
        };
        let offset = code - lo;
        // Decoded where they lie, not copied first: this runs once a glyph.
        let push = |out: &mut String, units: &mut dyn Iterator<Item = u16>| {
            for c in char::decode_utf16(units) {
                out.push(c.unwrap_or('\u{FFFD}'));
            }
        };
        match target {
            Target::Base(base) => {
                let last = base.len().saturating_sub(1);
                push(
                    out,
                    &mut base
                        .iter()
                        .enumerate()
                        .map(|(k, &u)| if k == last { u.wrapping_add(offset as u16) } else { u }),
                );
            }
            Target::List(list) => match list.get(offset as usize) {
                Some(v) => push(out, &mut v.iter().copied()),
                None => return false,
            },
        }
        true
    }

    fn cid(&self, code: u32) -> Option<u32> {
        let i = self.cids.partition_point(|t| t.0 <= code);
        self.cids.get(..i).unwrap_or_default().iter().rev().take(16).find(|t| code <= t.1).map(|t| t.2 + (code - t.0))
    }
}

enum CTok<'a> {
    Hex(Vec<u8>),
    Int(i64),
    Name(&'a [u8]),
    Word(&'a [u8]),
    Array(Vec<CTok<'a>>),
    Other,
}

struct CMapTokens<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> CMapTokens<'a> {
    fn next(&mut self) -> Option<CTok<'a>> {
        self.next_depth(0)
    }

    fn next_depth(&mut self, depth: u32) -> Option<CTok<'a>> {
        let d = self.data;
        self.pos = skip_space_and_comments(d, self.pos);
        let &b = d.get(self.pos)?;
        match b {
            b'<' if d.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                Some(CTok::Other)
            }
            b'>' => {
                self.pos += if d.get(self.pos + 1) == Some(&b'>') { 2 } else { 1 };
                Some(CTok::Other)
            }
            b'<' => Some(self.hex_string()),
            b'[' => Some(self.array(depth)),
            b'(' => {
                self.skip_string();
                Some(CTok::Other)
            }
            b'/' => {
                self.pos += 1;
                let s = self.pos;
                while d.get(self.pos).is_some_and(|&b| !is_delim(b)) {
                    self.pos += 1;
                }
                Some(CTok::Name(d.get(s..self.pos).unwrap_or_default()))
            }
            b']' | b')' | b'{' | b'}' => {
                self.pos += 1;
                Some(CTok::Other)
            }
            _ => {
                let s = self.pos;
                while d.get(self.pos).is_some_and(|&b| !is_delim(b)) {
                    self.pos += 1;
                }
                let w = d.get(s..self.pos).unwrap_or_default();
                match std::str::from_utf8(w).ok().and_then(|t| t.parse::<i64>().ok()) {
                    Some(i) => Some(CTok::Int(i)),
                    None => Some(CTok::Word(w)),
                }
            }
        }
    }

    /// `<...>`, from its `<`: the bytes its hex digits write (an odd last digit is followed by 0).
    fn hex_string(&mut self) -> CTok<'a> {
        let d = self.data;
        self.pos += 1;
        let mut digits = Vec::new();
        while let Some(&c) = d.get(self.pos) {
            self.pos += 1;
            if c == b'>' {
                break;
            }
            if let Some(v) = (c as char).to_digit(16) {
                digits.push(v as u8);
            }
        }
        if digits.len() % 2 == 1 {
            digits.push(0);
        }
        CTok::Hex(digits.chunks(2).map(|p| p.iter().fold(0u8, |v, d| v << 4 | d)).collect())
    }

    /// `[...]`, from its `[`, at nesting `depth`; deeper than 8, its contents are skipped.
    fn array(&mut self, depth: u32) -> CTok<'a> {
        self.pos += 1;
        let mut items = Vec::new();
        while let Some(&c) = self.data.get(self.pos) {
            if c == b']' {
                self.pos += 1;
                break;
            }
            if depth > 8 {
                self.pos += 1;
                continue;
            }
            match self.next_depth(depth + 1) {
                Some(t) => items.push(t),
                None => break,
            }
        }
        CTok::Array(items)
    }

    /// `(...)`: strings are not used by the sections we read; skipped,
    /// minding nesting and escapes.
    fn skip_string(&mut self) {
        let mut level = 0i32;
        while let Some(&c) = self.data.get(self.pos) {
            self.pos += 1;
            match c {
                b'\\' => self.pos += 1,
                b'(' => level += 1,
                b')' => {
                    level -= 1;
                    if level <= 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
    }
}

/// An encoding's `Differences`: codes, each followed by the glyph names
/// of it and the codes after it.
fn apply_differences(pdf: &Pdf, encoding: &Dictionary, table: &mut [u16; 256]) {
    let Some(Object::Array(diffs)) = dict_get(pdf, encoding, b"Differences") else { return };
    let mut code = 0usize;
    for item in diffs.iter().take(4096) {
        match resolve(pdf, item) {
            Some(Object::Integer(i)) => code = (*i).clamp(0, 255) as usize,
            Some(Object::Real(r)) => code = (*r as i64).clamp(0, 255) as usize,
            Some(Object::Name(n)) => {
                if let Some(slot) = table.get_mut(code) {
                    *slot = glyph_to_char(n).unwrap_or(0);
                }
                code += 1;
            }
            _ => {}
        }
    }
}

/// A Type 3 font's glyph-space unit in text space: its `FontMatrix`'s first
/// number (other fonts' is 0.001).
fn type3_scale(pdf: &Pdf, dict: &Dictionary) -> f32 {
    match dict_get(pdf, dict, b"FontMatrix") {
        Some(Object::Array(m)) => m
            .first()
            .and_then(|o| number_of(Some(o)))
            .map(|v| v.abs())
            .filter(|v| *v > 0.0 && v.is_finite())
            .unwrap_or(0.001),
        _ => 0.001,
    }
}

/// PDF delimiters and white space.
/// The position of the next token in PostScript-like syntax (content streams,
/// CMaps): past whitespace, NULs and `%` comments.
pub(super) fn skip_space_and_comments(d: &[u8], mut pos: usize) -> usize {
    while let Some(&b) = d.get(pos) {
        if b.is_ascii_whitespace() || b == 0 {
            pos += 1;
        } else if b == b'%' {
            while d.get(pos).is_some_and(|&c| c != b'\n' && c != b'\r') {
                pos += 1;
            }
        } else {
            break;
        }
    }
    pos
}

pub(super) fn is_delim(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
        || b.is_ascii_whitespace()
        || b == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(cmap: &CMap, code: u32, len: usize) -> String {
        let mut s = String::new();
        cmap.lookup(code, len, &mut s);
        s
    }

    #[test]
    fn tounicode_bfchar_bfrange_and_arrays() {
        let cmap = CMap::parse(
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
              1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0011> <D835DC00> endbfchar\n\
              3 beginbfrange <0024> <0026> <0041> <0050> <0052> [<00660069> <0066006C> <00660066>] <0060> <0061> <00660069> endbfrange\n\
              endcmap",
        );
        assert_eq!(text(&cmap, 3, 2), " ");
        assert_eq!(text(&cmap, 0x11, 2), "𝐀"); // a surrogate pair
        assert_eq!(text(&cmap, 0x25, 2), "B"); // A + 1
        assert_eq!(text(&cmap, 0x51, 2), "fl");
        assert_eq!(text(&cmap, 0x61, 2), "fj"); // a range of two-character texts: the last one counts up (PDF 32000 9.10.3)
        assert_eq!(text(&cmap, 0x99, 2), "");
    }

    #[test]
    fn ascii_is_each_ascii_character_in_order() {
        assert_eq!(ASCII.len(), 128);
        assert!(ASCII.chars().enumerate().all(|(i, c)| c as usize == i));
    }

    #[test]
    fn the_glyph_name_table_is_whole_and_sorted() {
        let table = glyph_names();
        // One entry per `\n` (gen-pdf-glyphs.py keeps 1,831 names).
        assert_eq!(table.len(), glyphs::NAMES.matches('\n').count());
        assert_eq!(table.len(), 1831);
        assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        // Values from the Adobe Glyph List, including the characters the string escapes.
        assert_eq!(table.first(), Some(&("A", 'A')));
        assert_eq!(glyph_to_char(b"quotedbl"), Some(0x22));
        assert_eq!(glyph_to_char(b"backslash"), Some(0x5C));
        assert_eq!(glyph_to_char(b"Euro"), Some(0x20AC));
    }

    #[test]
    fn glyph_names_by_table_and_by_rule() {
        assert_eq!(glyph_to_char(b"eacute"), Some(0xE9));
        assert_eq!(glyph_to_char(b"fi"), Some(0xFB01));
        assert_eq!(glyph_to_char(b"uni0142"), Some(0x142));
        assert_eq!(glyph_to_char(b"u1E9E"), Some(0x1E9E));
        assert_eq!(glyph_to_char(b"a.sc"), Some(u16::from(b'a')));
        assert_eq!(glyph_to_char(b"afii10017"), Some(0x410)); // Cyrillic A, as older fonts name it
        assert_eq!(glyph_to_char(b"g123"), None);
    }

    #[test]
    fn type1_builtin_encoding_is_read_from_the_clear_text() {
        let program = b"%!PS-AdobeFont-1.0\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 65 /Aring put\ndup 12 /fi put\nreadonly def\ncurrentfile eexec";
        let t = type1_builtin_encoding(program).expect("an encoding");
        assert_eq!(t[65], 0xC5);
        assert_eq!(t[12], 0xFB01);
        assert_eq!(type1_builtin_encoding(b"/Encoding StandardEncoding def"), None);
    }
}
