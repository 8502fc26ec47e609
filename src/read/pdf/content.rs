//! The content-stream interpreter: runs a page's operators far enough to know
//! where each glyph lands (text state, text and graphics matrices, form
//! XObjects) and hands every glyph to the layout. It also notes what else the
//! page paints that the reader cares about: images (a page with images and no
//! text is a scan) and short horizontal rules (the line above footnotes).

use super::fonts::Font;
use super::layout::{Glyph, PageSink};
use super::obj::{dict_get, dict_of, name_of, number_of, resolve, Inflate};
use lopdf::{Dictionary, Document as Pdf, Object};
use std::collections::HashMap;
use std::rc::Rc;

/// An affine matrix `[a b c d e f]`, as PDF writes them.
pub(super) type Matrix = [f32; 6];

/// The identity matrix.
pub(super) const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m1 × m2`: first `m1`, then `m2`.
pub(super) fn mul(m1: &Matrix, m2: &Matrix) -> Matrix {
    [
        m1[0] * m2[0] + m1[1] * m2[2],
        m1[0] * m2[1] + m1[1] * m2[3],
        m1[2] * m2[0] + m1[3] * m2[2],
        m1[2] * m2[1] + m1[3] * m2[3],
        m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
        m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
    ]
}

/// Where `m` takes the point `(x, y)`.
pub(super) fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// Bounds on one page's work, so that hostile content ends.
pub(super) struct Budget {
    /// Operators left to run on this page (forms included).
    pub operators: u64,
    /// Nesting of form XObjects.
    pub max_depth: usize,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    h_scale: f32,
    leading: f32,
    rise: f32,
}

/// Fonts already loaded, keyed by the font dictionary's address (stable while
/// the lopdf document lives).
pub(super) type FontCache = HashMap<usize, Rc<Font>>;

/// Runs a content stream.
pub(super) struct Interpreter<'p, 's> {
    pdf: &'p Pdf,
    fonts: &'s mut FontCache,
    inflate: &'s Inflate,
    sink: &'s mut PageSink,
    budget: Budget,
    /// Form XObjects being run (their addresses), against cycles.
    forms: Vec<usize>,
    scratch: String,
}

impl<'p, 's> Interpreter<'p, 's> {
    pub fn new(
        pdf: &'p Pdf,
        fonts: &'s mut FontCache,
        inflate: &'s Inflate,
        sink: &'s mut PageSink,
        budget: Budget,
    ) -> Self {
        Interpreter { pdf, fonts, inflate, sink, budget, forms: Vec::new(), scratch: String::new() }
    }

    /// Runs `content` with `resources`, starting from the matrix `ctm`.
    pub fn run(&mut self, content: &[u8], resources: Option<&'p Dictionary>, ctm: Matrix) {
        let gs = GState {
            ctm,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            h_scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        self.run_with(content, resources, gs);
    }

    fn run_with(&mut self, content: &[u8], resources: Option<&'p Dictionary>, gs: GState) {
        let mut lex = Lexer { data: content, pos: 0 };
        let mut operands: Vec<Operand<'_>> = Vec::new();
        let mut strings: Vec<u8> = Vec::new();
        let mut st = StreamState::new(gs);
        while let Some(tok) = lex.next(&mut strings) {
            let op = match tok {
                Token::Operand(o) => {
                    if operands.len() < 100_000 {
                        operands.push(o);
                    }
                    continue;
                }
                Token::Operator(op) => op,
            };
            if self.budget.operators == 0 {
                return;
            }
            self.budget.operators -= 1;
            let args = Args { operands: &operands, strings: &strings };
            // The one dispatch on the operator; each family has its handler.
            match op {
                b"q" | b"Q" | b"cm" => st.graphics_state(op, &args),
                b"Tc" | b"Tw" | b"Tz" | b"TL" | b"Ts" => st.text_state(op, &args),
                b"Tf" => {
                    st.gs.size = args.num(0);
                    st.gs.font = Some(self.font(resources, args.last_name().unwrap_or(b"")));
                }
                b"BT" | b"Td" | b"TD" | b"Tm" | b"T*" => st.text_position(op, &args),
                b"Tj" | b"'" | b"\"" => self.show_string(op, &args, &mut st),
                b"TJ" => self.show_array(&args, &mut st),
                b"Do" => {
                    if let Some(Operand::Name(name)) = operands.last() {
                        self.draw_xobject(resources, name, &st.gs);
                    }
                }
                b"BI" => {
                    lex.skip_inline_image();
                    self.sink.saw_image();
                }
                b"BMC" | b"BDC" | b"EMC" => st.marked_content(op, &args),
                // Paths: only short horizontal rules matter (the footnote separator).
                b"m" | b"l" | b"re" => st.path_segment(op, &args),
                b"S" | b"s" | b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*" => self.paint_path(&mut st),
                b"n" => st.path.clear(),
                _ => {}
            }
            operands.clear();
            strings.clear();
            if st.path.len() > 10_000 {
                st.path.clear();
            }
        }
    }

    /// `Tj`, `'` and `"`: one string, the last two on the next line.
    #[inline]
    fn show_string(&mut self, op: &[u8], args: &Args<'_, '_>, st: &mut StreamState) {
        if op != b"Tj" {
            if op == b"\"" {
                st.gs.word_spacing = args.num(2);
                st.gs.char_spacing = args.num(1);
            }
            st.next_line();
        }
        if let Some(Operand::Str(s, e)) = args.operands.last() {
            let bytes = args.strings.get(*s..*e).unwrap_or(&[]);
            let artifact = st.in_artifact();
            self.show(bytes, &st.gs, &mut st.tm, artifact);
        }
    }

    /// `TJ`: strings, and numbers that move the pen between them (in
    /// thousandths of the font size, against the writing direction).
    #[inline]
    fn show_array(&mut self, args: &Args<'_, '_>, st: &mut StreamState) {
        let start = args.operands.iter().rposition(|o| matches!(o, Operand::ArrOpen)).map_or(0, |i| i + 1);
        let artifact = st.in_artifact();
        for item in args.operands.get(start..).unwrap_or_default() {
            match *item {
                Operand::Str(s, e) => {
                    let bytes = args.strings.get(s..e).unwrap_or(&[]);
                    self.show(bytes, &st.gs, &mut st.tm, artifact);
                }
                Operand::Num(n) => {
                    let adj = -n / 1000.0 * st.gs.size;
                    let vertical = st.gs.font.as_ref().is_some_and(|f| f.vertical);
                    let t = if vertical {
                        [1.0, 0.0, 0.0, 1.0, 0.0, adj]
                    } else {
                        [1.0, 0.0, 0.0, 1.0, adj * st.gs.h_scale, 0.0]
                    };
                    st.tm = mul(&t, &st.tm);
                }
                _ => {}
            }
        }
    }

    /// A path is stroked or filled: its short horizontal segments are rules.
    #[inline]
    fn paint_path(&mut self, st: &mut StreamState) {
        for (x0, y0, x1, y1) in st.path.drain(..) {
            let (ax, ay) = apply(&st.gs.ctm, x0, y0);
            let (bx, by) = apply(&st.gs.ctm, x1, y1);
            if (ay - by).abs() < 1.0 && (ax - bx).abs() >= 20.0 {
                self.sink.rule(ax.min(bx), ax.max(bx), (ay + by) / 2.0);
            }
        }
    }

    fn font(&mut self, resources: Option<&'p Dictionary>, name: &[u8]) -> Rc<Font> {
        let dict =
            resources.and_then(|r| dict_of(self.pdf, r, b"Font")).and_then(|fonts| dict_of(self.pdf, fonts, name));
        let Some(dict) = dict else { return Rc::new(Font::fallback()) };
        let key = dict as *const Dictionary as usize;
        if let Some(f) = self.fonts.get(&key) {
            return f.clone();
        }
        let font = Rc::new(Font::load(self.pdf, dict, self.inflate));
        self.fonts.insert(key, font.clone());
        font
    }

    fn show(&mut self, bytes: &[u8], gs: &GState, tm: &mut Matrix, artifact: bool) {
        let Some(font) = gs.font.clone() else { return };
        let mut scratch = std::mem::take(&mut self.scratch);
        let size = gs.size;
        let th = gs.h_scale;
        let sink = &mut *self.sink;
        let ctm = gs.ctm;
        font.show(bytes, &mut scratch, |shown| {
            // One matrix product a glyph: the text matrix on the page. The
            // glyph's rendering matrix (size, scale and rise, then `m`) and its
            // ends follow from it without more products (in wasm, most of
            // this function's time went to five of them).
            let m = mul(tm, &ctm);
            let (x0, y0) = apply(&m, 0.0, gs.rise);
            let spacing = gs.char_spacing + if shown.is_byte_32 { gs.word_spacing } else { 0.0 };
            let (tx, ty, glyph_end) = if font.vertical {
                (0.0, -size + spacing, None)
            } else {
                // The visible end leaves out word spacing, which is a gap.
                let end = (shown.width * size + gs.char_spacing) * th;
                ((shown.width * size + spacing) * th, 0.0, Some(end))
            };
            let (x1, y1) = match glyph_end {
                Some(end) => apply(&m, end, 0.0),
                None => apply(&m, tx, ty),
            };
            // The glyph's height on the page: the text-space unit vector (0, size) mapped.
            let height = size.abs() * (m[2] * m[2] + m[3] * m[3]).sqrt();
            let along = (size * th * m[0], size * th * m[1]);
            sink.glyph(&Glyph { x0, y0, x1, y1, dir: along, size: height, text: shown.text, artifact });
            // The pen moves by (tx, ty) in text space: tm = translate(tx, ty) × tm.
            tm[4] += tx * tm[0] + ty * tm[2];
            tm[5] += tx * tm[1] + ty * tm[3];
        });
        self.scratch = scratch;
    }

    fn draw_xobject(&mut self, resources: Option<&'p Dictionary>, name: &[u8], gs: &GState) {
        let pdf = self.pdf;
        let Some(xobjects) = resources.and_then(|r| dict_of(pdf, r, b"XObject")) else { return };
        let Some(Object::Stream(stream)) = dict_get(pdf, xobjects, name) else { return };
        match name_of(dict_get(pdf, &stream.dict, b"Subtype")) {
            Some(b"Image") => self.sink.saw_image(),
            Some(b"Form") => {
                let key = stream as *const lopdf::Stream as usize;
                if self.forms.len() >= self.budget.max_depth || self.forms.contains(&key) {
                    return;
                }
                let Some(content) = self.inflate.decode(stream) else { return };
                let matrix = match dict_get(pdf, &stream.dict, b"Matrix") {
                    Some(Object::Array(a)) => {
                        let v: Vec<f32> = a.iter().map(|o| number_of(resolve(pdf, o)).unwrap_or(0.0)).collect();
                        match v.as_slice() {
                            &[a, b, c, d, e, f] => [a, b, c, d, e, f],
                            _ => IDENTITY,
                        }
                    }
                    _ => IDENTITY,
                };
                let form_resources = dict_of(pdf, &stream.dict, b"Resources").or(resources);
                let mut inner = gs.clone();
                inner.ctm = mul(&matrix, &gs.ctm);
                self.forms.push(key);
                self.run_with(&content, form_resources, inner);
                self.forms.pop();
            }
            _ => {}
        }
    }
}

/// The operands of the operator being run.
struct Args<'o, 'a> {
    operands: &'o [Operand<'a>],
    /// The bytes of the string operands.
    strings: &'o [u8],
}

impl Args<'_, '_> {
    /// Numbers counted from the end: `num(0)` is the last operand (0 when it is no number).
    #[inline]
    fn num(&self, i: usize) -> f32 {
        match self.operands.len().checked_sub(i + 1).and_then(|k| self.operands.get(k)) {
            Some(Operand::Num(n)) => *n,
            _ => 0.0,
        }
    }

    /// A matrix written as the last six operands.
    #[inline]
    fn matrix(&self) -> Matrix {
        [self.num(5), self.num(4), self.num(3), self.num(2), self.num(1), self.num(0)]
    }

    fn last_name(&self) -> Option<&[u8]> {
        self.operands.iter().rev().find_map(|o| if let Operand::Name(n) = o { Some(*n) } else { None })
    }

    fn first_name(&self) -> Option<&[u8]> {
        self.operands.iter().find_map(|o| if let Operand::Name(n) = o { Some(*n) } else { None })
    }
}

/// What running one content stream keeps between operators (a form
/// XObject runs with its own, from the graphics state it is drawn with).
struct StreamState {
    gs: GState,
    /// Saved by `q`, restored by `Q`.
    saved: Vec<GState>,
    /// Text matrix and text line matrix.
    tm: Matrix,
    tlm: Matrix,
    /// Open marked-content sequences: whether each is an `/Artifact`.
    marked: Vec<bool>,
    /// Segments of the current path: (x0, y0, x1, y1) in user space.
    path: Vec<(f32, f32, f32, f32)>,
    /// The current point.
    cursor: (f32, f32),
}

impl StreamState {
    fn new(gs: GState) -> Self {
        StreamState {
            gs,
            saved: Vec::new(),
            tm: IDENTITY,
            tlm: IDENTITY,
            marked: Vec::new(),
            path: Vec::new(),
            cursor: (0.0, 0.0),
        }
    }

    /// Inside `/Artifact` marked content (page furniture).
    fn in_artifact(&self) -> bool {
        self.marked.iter().any(|a| *a)
    }

    /// `q`, `Q`, `cm`.
    #[inline]
    fn graphics_state(&mut self, op: &[u8], args: &Args<'_, '_>) {
        match op {
            b"q" if self.saved.len() < 256 => self.saved.push(self.gs.clone()),
            b"Q" => {
                if let Some(g) = self.saved.pop() {
                    self.gs = g;
                }
            }
            b"cm" => self.gs.ctm = mul(&args.matrix(), &self.gs.ctm),
            _ => {}
        }
    }

    /// `Tc`, `Tw`, `Tz`, `TL`, `Ts`.
    #[inline]
    fn text_state(&mut self, op: &[u8], args: &Args<'_, '_>) {
        let v = args.num(0);
        match op {
            b"Tc" => self.gs.char_spacing = v,
            b"Tw" => self.gs.word_spacing = v,
            b"Tz" => self.gs.h_scale = v / 100.0,
            b"TL" => self.gs.leading = v,
            b"Ts" => self.gs.rise = v,
            _ => {}
        }
    }

    /// `BT`, `Td`, `TD`, `Tm`, `T*`: where the next line starts.
    #[inline]
    fn text_position(&mut self, op: &[u8], args: &Args<'_, '_>) {
        match op {
            b"BT" => {
                self.tm = IDENTITY;
                self.tlm = IDENTITY;
            }
            b"Td" | b"TD" => {
                let (tx, ty) = (args.num(1), args.num(0));
                if op == b"TD" {
                    self.gs.leading = -ty;
                }
                self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
                self.tm = self.tlm;
            }
            b"Tm" => {
                self.tlm = args.matrix();
                self.tm = self.tlm;
            }
            b"T*" => self.next_line(),
            _ => {}
        }
    }

    /// `T*`: down by the leading.
    #[inline]
    fn next_line(&mut self) {
        self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -self.gs.leading], &self.tlm);
        self.tm = self.tlm;
    }

    /// `BMC`, `BDC`, `EMC`.
    fn marked_content(&mut self, op: &[u8], args: &Args<'_, '_>) {
        if op == b"EMC" {
            self.marked.pop();
        } else if self.marked.len() < 256 {
            self.marked.push(args.first_name() == Some(b"Artifact"));
        }
    }

    /// `m`, `l`, `re`: only segments that could be a rule are kept.
    #[inline]
    fn path_segment(&mut self, op: &[u8], args: &Args<'_, '_>) {
        match op {
            b"m" => self.cursor = (args.num(1), args.num(0)),
            b"l" => {
                let (x, y) = (args.num(1), args.num(0));
                self.path.push((self.cursor.0, self.cursor.1, x, y));
                self.cursor = (x, y);
            }
            b"re" => {
                let (x, y, w, h) = (args.num(3), args.num(2), args.num(1), args.num(0));
                if h.abs() <= 3.0 {
                    self.path.push((x, y + h / 2.0, x + w, y + h / 2.0));
                }
            }
            _ => {}
        }
    }
}

#[derive(Clone, Copy)]
enum Operand<'a> {
    Num(f32),
    /// A string's bytes, as a range of the lexer's string buffer.
    Str(usize, usize),
    Name(&'a [u8]),
    ArrOpen,
    Other,
}

enum Token<'a> {
    Operand(Operand<'a>),
    Operator(&'a [u8]),
}

/// A content-stream tokenizer that never fails: what it cannot read it skips.
struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

fn is_delim(b: u8) -> bool {
    super::fonts::is_delim(b)
}

impl<'a> Lexer<'a> {
    fn next(&mut self, strings: &mut Vec<u8>) -> Option<Token<'a>> {
        let d = self.data;
        self.pos = super::fonts::skip_space_and_comments(d, self.pos);
        let &b = d.get(self.pos)?;
        Some(match b {
            b'(' => {
                let start = strings.len();
                self.literal_string(strings);
                Token::Operand(Operand::Str(start, strings.len()))
            }
            b'<' if d.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                Token::Operand(Operand::Other)
            }
            b'<' => {
                self.pos += 1;
                let start = strings.len();
                let mut high: Option<u8> = None;
                while let Some(&c) = d.get(self.pos) {
                    self.pos += 1;
                    if c == b'>' {
                        break;
                    }
                    if let Some(v) = (c as char).to_digit(16) {
                        match high.take() {
                            Some(h) => strings.push(h << 4 | v as u8),
                            None => high = Some(v as u8),
                        }
                    }
                }
                if let Some(h) = high {
                    strings.push(h << 4);
                }
                Token::Operand(Operand::Str(start, strings.len()))
            }
            b'>' => {
                self.pos += if d.get(self.pos + 1) == Some(&b'>') { 2 } else { 1 };
                Token::Operand(Operand::Other)
            }
            b'[' => {
                self.pos += 1;
                Token::Operand(Operand::ArrOpen)
            }
            b']' | b'{' | b'}' | b')' => {
                self.pos += 1;
                Token::Operand(Operand::Other)
            }
            b'/' => {
                self.pos += 1;
                let s = self.pos;
                while d.get(self.pos).is_some_and(|&b| !is_delim(b)) {
                    self.pos += 1;
                }
                Token::Operand(Operand::Name(d.get(s..self.pos).unwrap_or_default()))
            }
            _ => {
                let s = self.pos;
                while d.get(self.pos).is_some_and(|&b| !is_delim(b)) {
                    self.pos += 1;
                }
                let w = d.get(s..self.pos).unwrap_or_default();
                if w.first().is_some_and(|c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.')) {
                    Token::Operand(Operand::Num(parse_number(w)))
                } else if w == b"true" || w == b"false" || w == b"null" {
                    Token::Operand(Operand::Other)
                } else {
                    Token::Operator(w)
                }
            }
        })
    }

    fn literal_string(&mut self, out: &mut Vec<u8>) {
        let d = self.data;
        self.pos += 1;
        let mut depth = 1u32;
        while let Some(&c) = d.get(self.pos) {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(&e) = d.get(self.pos) else { return };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if d.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match d.get(self.pos) {
                                    Some(&o @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(o - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xFF) as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
    }

    /// After `BI`: skips the image dictionary, `ID`, the data and `EI`.
    fn skip_inline_image(&mut self) {
        let d = self.data;
        let ws = |b: &u8| b.is_ascii_whitespace() || *b == 0;
        let before_is_ws = |i: usize| i.checked_sub(1).and_then(|j| d.get(j)).is_some_and(ws);
        // `ID` as a token.
        let mut i = self.pos;
        while i + 2 <= d.len() {
            if d.get(i..i + 2) == Some(b"ID".as_slice()) && (i == 0 || before_is_ws(i)) && d.get(i + 2).is_none_or(ws) {
                break;
            }
            i += 1;
        }
        i += 3;
        // `EI` between white space (or at the end).
        while i + 2 <= d.len() {
            if d.get(i..i + 2) == Some(b"EI".as_slice())
                && before_is_ws(i)
                && d.get(i + 2).is_none_or(|b| ws(b) || is_delim(*b))
            {
                self.pos = i + 2;
                return;
            }
            i += 1;
        }
        self.pos = d.len();
    }
}

fn parse_number(w: &[u8]) -> f32 {
    // Producers write "--5" or "5.-": read what makes sense, else 0.
    // decimal_f32::parse is str::parse::<f32> without core's float parser (crates/decimal-f32).
    if let Some(v) = decimal_f32::parse(w) {
        return if v.is_finite() { v } else { 0.0 };
    }
    let s = std::str::from_utf8(w).unwrap_or("0");
    let neg = s.starts_with('-');
    let t: String = s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let first_dot = t.find('.');
    let t: String = t.char_indices().filter(|(i, c)| *c != '.' || Some(*i) == first_dot).map(|(_, c)| c).collect();
    let v = decimal_f32::parse(t.as_bytes()).unwrap_or(0.0);
    if neg {
        -v
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &[u8]) -> Vec<String> {
        let mut lex = Lexer { data: s, pos: 0 };
        let mut strings = Vec::new();
        let mut out = Vec::new();
        while let Some(t) = lex.next(&mut strings) {
            out.push(match t {
                Token::Operator(b"BI") => {
                    lex.skip_inline_image();
                    "BI".into()
                }
                Token::Operator(o) => String::from_utf8_lossy(o).into_owned(),
                Token::Operand(Operand::Num(n)) => format!("{n}"),
                Token::Operand(Operand::Str(a, b)) => format!("({})", String::from_utf8_lossy(&strings[a..b])),
                Token::Operand(Operand::Name(n)) => format!("/{}", String::from_utf8_lossy(n)),
                Token::Operand(Operand::ArrOpen) => "[".into(),
                Token::Operand(Operand::Other) => "?".into(),
            });
        }
        out
    }

    #[test]
    fn tokens_strings_escapes_and_numbers() {
        assert_eq!(
            tokens(b"BT /F1 12 Tf (a\\(b\\)\\101) Tj <48 65 6C6C 6F> Tj [(x) -250 (y)] TJ ET"),
            ["BT", "/F1", "12", "Tf", "(a(b)A)", "Tj", "(Hello)", "Tj", "[", "(x)", "-250", "(y)", "?", "TJ", "ET"]
        );
        assert_eq!(tokens(b"--5 5.-"), ["-5", "5"]);
    }

    #[test]
    fn inline_images_are_skipped_whatever_their_bytes() {
        assert_eq!(
            tokens(b"q BI /W 2 /H 1 /F /AHx ID \x00(EI]\x01 EI Q (after) Tj"),
            ["q", "BI", "Q", "(after)", "Tj"]
        );
    }
}
