//! Layout: glyphs → words and lines on each page → blocks of the document,
//! with running headers and footers, page numbers, footnote markers and
//! footnotes told apart from the body.
//!
//! Words split where a reader sees a space: a space glyph, or a gap wider
//! than [`SPACE_EM`] of the font size between one glyph's end and the next
//! one's start. A new line is always a separator; a hyphen at a line's end
//! joins the word it breaks.

use crate::document::{Block, BlockKind, Location, OutlineEntry};
use std::collections::HashMap;

/// A gap wider than this share of the font size separates words. poppler's
/// `pdftotext` uses 0.1; a little more keeps letter-spaced words whole.
const SPACE_EM: f32 = 0.13;

/// A list number followed by a gap this wide (in ems) is the list's label,
/// not text: a normal word space is about 0.25 em, a tab to the list's indent more.
const LABEL_GAP_EM: f32 = 0.3;

/// One glyph as the interpreter placed it, in display space (page rotation applied).
pub(super) struct Glyph<'a> {
    /// Origin.
    pub x0: f32,
    pub y0: f32,
    /// Where the glyph ends along its baseline.
    pub x1: f32,
    pub y1: f32,
    /// Direction of the baseline (not normalised).
    pub dir: (f32, f32),
    /// Height of the font on the page.
    pub size: f32,
    /// Its text (may be empty or several characters).
    pub text: &'a str,
    /// Inside `/Artifact` marked content (page furniture in tagged PDFs).
    pub artifact: bool,
}

/// A line of text on a page, in its own frame: `u` along the baseline, `v` up.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub text: String,
    /// Words with their extent along the baseline: (u0, u1, byte start, byte end).
    pub words: Vec<(f32, f32, usize, usize)>,
    /// Baseline height (`v`).
    pub v: f32,
    pub u0: f32,
    pub u1: f32,
    /// Font size of the line's main text.
    pub size: f32,
    /// Baseline direction, whole degrees counter-clockwise (0: left to right).
    pub angle: i32,
    /// Every glyph was page furniture (`/Artifact`).
    pub artifact: bool,
    /// Non-space characters.
    pub chars: usize,
    /// The gap after the first word, in ems (a list number is followed by a tab-wide gap).
    pub first_gap: f32,
}

/// What one page painted.
#[derive(Debug, Default)]
pub(super) struct PageText {
    pub lines: Vec<Line>,
    /// Horizontal rules: (x0, x1, y) in display space.
    pub rules: Vec<(f32, f32, f32)>,
    pub has_image: bool,
    /// The page box in display space: (x0, y0, x1, y1).
    pub bounds: (f32, f32, f32, f32),
    /// The page drew more lines than the reader had room for (the rest were left out).
    pub too_many_lines: bool,
}

struct LineBuilder {
    line: Line,
    last_u1: f32,
    /// Where the last glyph with ink ended.
    ink_u1: f32,
    pending_space: bool,
    word_start: Option<(f32, usize)>,
    /// Whether only footnote-marker-like superscript glyphs were seen so far.
    only_marker: bool,
}

/// A glyph's place in its line's frame: `u` along the baseline, `v` up.
struct Placed {
    u0: f32,
    v0: f32,
    u1: f32,
    /// Baseline direction, whole degrees counter-clockwise.
    angle: i32,
}

impl LineBuilder {
    /// A line that starts with the glyph at `at`, of height `size`.
    #[inline]
    fn new(at: &Placed, size: f32) -> Self {
        LineBuilder {
            line: Line {
                text: String::with_capacity(LINE_CAPACITY),
                words: Vec::new(),
                v: at.v0,
                u0: at.u0,
                u1: at.u1,
                size,
                angle: at.angle,
                artifact: true,
                chars: 0,
                first_gap: 0.0,
            },
            last_u1: at.u0,
            ink_u1: at.u0,
            pending_space: false,
            word_start: None,
            only_marker: true,
        }
    }

    /// Whether a glyph at `at`, of height `size`, goes on this line: same
    /// direction, near the baseline, not far before or after the last glyph.
    #[inline]
    fn continues(&self, at: &Placed, size: f32) -> bool {
        let l = &self.line;
        let dv = at.v0 - l.v;
        let big = max(size, l.size);
        (at.angle - l.angle).abs() <= 1
            && dv.abs() < 0.5 * big
            && at.u0 > self.last_u1 - 0.6 * big
            && at.u0 < self.last_u1 + 40.0 * big
    }

    /// A space glyph ending at `u1`: the word ends.
    #[inline]
    fn space(&mut self, u1: f32) {
        self.pending_space = true;
        self.close_word();
        self.last_u1 = max(self.last_u1, u1);
    }

    /// Adds a glyph with ink; says whether its text was kept (a footnote
    /// reference in the body is not).
    #[inline]
    fn add(&mut self, g: &Glyph<'_>, at: &Placed, kind: &GlyphText, same_line: bool) -> bool {
        let l_size = self.line.size;
        let dv = at.v0 - self.line.v;
        let marker_like = kind.marker_like;
        // A smaller, raised digit after text is a footnote reference: not a word of the body.
        if same_line && !self.only_marker && marker_like && g.size < 0.85 * l_size && dv > 0.15 * l_size {
            self.last_u1 = max(self.last_u1, at.u1);
            return false;
        }
        // A line that began with a raised marker takes its baseline from the first full-size glyph.
        if same_line && self.only_marker && g.size > 1.15 * l_size && dv < 0.0 {
            self.line.v = at.v0;
            self.line.size = g.size;
        }
        self.separate_word(at.u0, g.size, l_size);
        if kind.printable_ascii {
            self.line.text.push_str(g.text);
        } else {
            for c in g.text.chars() {
                push_expanded(&mut self.line.text, c);
            }
        }
        if !marker_like {
            self.only_marker = false;
        }
        self.line.chars += kind.chars;
        self.line.artifact &= g.artifact;
        self.line.u1 = max(self.line.u1, at.u1);
        self.line.u0 = min(self.line.u0, at.u0);
        self.last_u1 = at.u1;
        self.ink_u1 = at.u1;
        if g.size > self.line.size && dv.abs() < 0.2 * g.size {
            self.line.size = g.size;
        }
        true
    }

    /// Before a glyph starting at `u0`: a space if one was seen or the gap is
    /// wide enough (`l_size`: the line's size before this glyph), and the start
    /// of a word.
    #[inline]
    fn separate_word(&mut self, u0: f32, size: f32, l_size: f32) {
        let gap = u0 - self.last_u1;
        if !self.line.text.is_empty() && (self.pending_space || gap > SPACE_EM * max(size, min(l_size, size * 1.5))) {
            self.close_word();
            if self.line.words.len() == 1 {
                self.line.first_gap = (u0 - self.ink_u1) / max(l_size, 0.01);
            }
            self.line.text.push(' ');
        }
        self.pending_space = false;
        if self.word_start.is_none() {
            self.word_start = Some((u0, self.line.text.len()));
        }
    }

    fn close_word(&mut self) {
        if let Some((u0, start)) = self.word_start.take() {
            let end = self.line.text.len();
            if end > start {
                self.line.words.push((u0, self.last_u1, start, end));
            }
        }
    }
}

/// Collects one page's glyphs into lines.
pub(super) struct PageSink {
    page: PageText,
    current: Option<LineBuilder>,
    /// Characters kept so far on this page.
    pub chars: usize,
    max_chars: usize,
    max_lines: usize,
}

impl PageSink {
    /// A sink for a page with these display-space bounds; it keeps at most
    /// `max_chars` characters and `max_lines` lines.
    pub fn new(bounds: (f32, f32, f32, f32), max_chars: usize, max_lines: usize) -> Self {
        PageSink { page: PageText { bounds, ..PageText::default() }, current: None, chars: 0, max_chars, max_lines }
    }

    /// The page painted an image.
    pub fn saw_image(&mut self) {
        self.page.has_image = true;
    }

    /// The page stroked or filled a horizontal rule.
    pub fn rule(&mut self, x0: f32, x1: f32, y: f32) {
        if self.page.rules.len() < 1000 {
            self.page.rules.push((x0, x1, y));
        }
    }

    /// One glyph.
    pub fn glyph(&mut self, g: &Glyph<'_>) {
        if self.chars >= self.max_chars || self.page.too_many_lines {
            return;
        }
        let Some(at) = self.place(g) else { return };
        let kind = GlyphText::of(g.text);
        if kind.space {
            if let Some(cur) = self.current.as_mut() {
                cur.space(at.u1);
            }
            return;
        }
        let same_line = self.current.as_ref().is_some_and(|cur| cur.continues(&at, g.size));
        if !same_line {
            self.finish_line();
            self.current = Some(LineBuilder::new(&at, g.size));
        }
        let Some(cur) = self.current.as_mut() else { return };
        if cur.add(g, &at, &kind, same_line) {
            self.chars += g.text.len();
        }
    }

    /// Where a glyph lands in its line's frame, or `None` for a glyph no one
    /// sees (off the page, or with no size or no finite place).
    #[inline]
    fn place(&self, g: &Glyph<'_>) -> Option<Placed> {
        if !(g.size.is_finite()
            && g.size > 0.01
            && g.x0.is_finite()
            && g.y0.is_finite()
            && g.x1.is_finite()
            && g.y1.is_finite())
        {
            return None;
        }
        // Text placed off the page is not seen by anyone (pdftotext drops it too).
        let (bx0, by0, bx1, by1) = self.page.bounds;
        let margin = g.size;
        if g.x0 < bx0 - margin || g.x0 > bx1 + margin || g.y0 < by0 - margin || g.y0 > by1 + margin {
            return None;
        }
        // Upright text, nearly every glyph, needs no trigonometry (atan2 and
        // sin_cos are library code in wasm, slow per glyph).
        let (angle, sin, cos) = if g.dir.1 == 0.0 && g.dir.0 > 0.0 {
            (0, 0.0, 1.0)
        } else {
            let angle = direction_degrees(g.dir.0, g.dir.1);
            let (sin, cos) = sin_cos_degrees(angle);
            (angle, sin, cos)
        };
        let u0 = g.x0 * cos + g.y0 * sin;
        let v0 = -g.x0 * sin + g.y0 * cos;
        let u1 = max(g.x1 * cos + g.y1 * sin, u0);
        Some(Placed { u0, v0, u1, angle })
    }

    fn finish_line(&mut self) {
        if let Some(mut cur) = self.current.take() {
            cur.close_word();
            let t = cur.line.text.trim_end().len();
            cur.line.text.truncate(t);
            if !cur.line.text.is_ascii() && cur.line.text.chars().any(is_rtl) {
                cur.line.text = visual_to_logical(&cur.line.text);
                if cur.line.text.chars().any(is_presentation_form) {
                    cur.line.text = expand_presentation_forms(&cur.line.text);
                }
                // Word positions no longer follow the text: the whole line stands for each word.
                let (u0, u1) = (cur.line.u0, cur.line.u1);
                let mut pos = 0;
                cur.line.words = cur
                    .line
                    .text
                    .split(' ')
                    .map(|w| {
                        let r = (u0, u1, pos, pos + w.len());
                        pos += w.len() + 1;
                        r
                    })
                    .collect();
            }
            if cur.line.text.is_empty() {
                return;
            }
            if self.page.lines.len() >= self.max_lines {
                self.page.too_many_lines = true;
            } else {
                // A short line gives its room back: a page of a million
                // one-glyph lines must not keep a line's worth for each.
                if cur.line.text.capacity() > 2 * cur.line.text.len() {
                    cur.line.text.shrink_to_fit();
                }
                self.page.lines.push(cur.line);
            }
        }
    }

    /// The page's lines, rules and images.
    pub fn finish(mut self) -> PageText {
        self.finish_line();
        self.page
    }
}

/// Room for a line's text: most lines fit, so a line's text is not grown
/// from empty a character at a time (the glyph path is most of a PDF's time).
const LINE_CAPACITY: usize = 128;

/// `f32::max` and `f32::min` as comparisons, NaN handled alike (the other
/// value wins). At opt-level "z" the methods are calls into libm's `fmaxf`
/// and `fminf`, made several times a glyph.
fn max(a: f32, b: f32) -> f32 {
    if b > a || a.is_nan() {
        b
    } else {
        a
    }
}

fn min(a: f32, b: f32) -> f32 {
    if b < a || a.is_nan() {
        b
    } else {
        a
    }
}

/// What the layout needs to know of a glyph's text, found in one pass.
#[derive(Debug, Clone, Copy, PartialEq)]
struct GlyphText {
    /// Only whitespace (or nothing): a gap between words.
    space: bool,
    /// Only digits, asterisks, daggers, commas or superscript digits: what a
    /// footnote reference is made of.
    marker_like: bool,
    /// Printable ASCII only, so the text goes into the line as it is.
    printable_ascii: bool,
    /// Characters.
    chars: usize,
}

impl GlyphText {
    fn of(text: &str) -> GlyphText {
        // One ASCII character: nearly every glyph of Western text.
        if let &[b] = text.as_bytes() {
            return GlyphText {
                space: matches!(b, b' ' | b'\t'..=b'\r'),
                marker_like: b.is_ascii_digit() || matches!(b, b'*' | b','),
                printable_ascii: matches!(b, 0x20..=0x7E),
                chars: 1,
            };
        }
        let mut t = GlyphText { space: true, marker_like: true, printable_ascii: true, chars: 0 };
        for c in text.chars() {
            t.space &= c.is_whitespace();
            t.marker_like &= c.is_ascii_digit() || matches!(c, '*' | '†' | '‡' | ',' | '¹' | '²' | '³');
            t.printable_ascii &= matches!(c, ' '..='~');
            t.chars += 1;
        }
        t
    }
}

/// Appends a character as a reader reads it: ligatures as their letters,
/// controls left out.
/// The direction of the vector (`dx`, `dy`) to the nearest whole degree, in
/// 0..360 (what `atan2(dy, dx)` in degrees, rounded, gives). Our own, like
/// [`sin_cos_degrees`]: libm's `atan2f`, `sinf` and `cosf` with their argument
/// reduction are about 8 KB of the wasm, for the few glyphs that are not upright.
fn direction_degrees(dx: f32, dy: f32) -> i32 {
    let (x, y) = (f64::from(dx), f64::from(dy));
    if !(x.is_finite() && y.is_finite()) || (x == 0.0 && y == 0.0) {
        return 0;
    }
    let (ax, ay) = (x.abs(), y.abs());
    // The angle from the nearer axis, 0 to 45 degrees.
    let near = atan_unit(ax.min(ay) / ax.max(ay)).to_degrees();
    let from_x = if ax >= ay { near } else { 90.0 - near };
    let degrees = match (x >= 0.0, y >= 0.0) {
        (true, true) => from_x,
        (false, true) => 180.0 - from_x,
        (false, false) => 180.0 + from_x,
        (true, false) => 360.0 - from_x,
    };
    (degrees.round() as i32).rem_euclid(360)
}

/// atan(t) for t in 0..=1: two argument halvings (atan t = 2 atan(t / (1 +
/// sqrt(1 + t²)))) bring t under 0.2, where eight terms of the series are
/// exact to about 1e-13.
fn atan_unit(t: f64) -> f64 {
    let mut t = t;
    for _ in 0..2 {
        t /= 1.0 + (1.0 + t * t).sqrt();
    }
    let t2 = t * t;
    let mut term = t;
    let mut sum = 0.0;
    for k in 0..8 {
        sum += term / f64::from(2 * k + 1) * if k % 2 == 0 { 1.0 } else { -1.0 };
        term *= t2;
    }
    4.0 * sum
}

/// The sine and cosine of a whole number of degrees: by symmetry from an
/// angle of 0 to 45 degrees, where the Taylor series below is exact to f32.
fn sin_cos_degrees(degrees: i32) -> (f32, f32) {
    let d = degrees.rem_euclid(360);
    let (quadrant, r) = (d / 90, d % 90);
    let (s, c) = if r <= 45 {
        sin_cos_small(r)
    } else {
        let (s, c) = sin_cos_small(90 - r);
        (c, s)
    };
    match quadrant {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

fn sin_cos_small(degrees: i32) -> (f32, f32) {
    let x = f64::from(degrees).to_radians();
    let x2 = x * x;
    let sin = x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0 * (1.0 - x2 / 110.0)))));
    let cos = 1.0 - x2 / 2.0 * (1.0 - x2 / 12.0 * (1.0 - x2 / 30.0 * (1.0 - x2 / 56.0 * (1.0 - x2 / 90.0))));
    (sin as f32, cos as f32)
}

fn push_expanded(out: &mut String, c: char) {
    match c {
        '\u{FB00}' => out.push_str("ff"),
        '\u{FB01}' => out.push_str("fi"),
        '\u{FB02}' => out.push_str("fl"),
        '\u{FB03}' => out.push_str("ffi"),
        '\u{FB04}' => out.push_str("ffl"),
        '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
        c if c.is_control() => {}
        c => out.push(c),
    }
}

/// Hebrew and Arabic presentation forms (shaped glyphs) as their letters.
fn expand_presentation_forms(text: &str) -> String {
    let forms = &super::glyphs::PRESENTATION_FORMS;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match forms.binary_search_by_key(&u32::from(c), |f| u32::from(f.0)) {
            Ok(i) => forms
                .get(i)
                .into_iter()
                .flat_map(|f| f.1.iter())
                .filter(|u| **u != 0)
                .filter_map(|u| char::from_u32(u32::from(*u)))
                .for_each(|x| out.push(x)),
            Err(_) => out.push(c),
        }
    }
    out
}

fn is_presentation_form(c: char) -> bool {
    matches!(u32::from(c), 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Combining marks of Hebrew and Arabic (points, harakat): they stay after their letter.
fn is_mark(c: char) -> bool {
    matches!(u32::from(c), 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0300..=0x036F)
}

fn is_rtl(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// A word's letters in reverse order, each with its combining marks after it.
fn reverse_clusters(word: &str) -> String {
    let mut clusters: Vec<String> = Vec::new();
    for c in word.chars() {
        match clusters.last_mut() {
            Some(last) if is_mark(c) => last.push(c),
            _ => clusters.push(c.to_string()),
        }
    }
    clusters.iter().rev().map(String::as_str).collect()
}

/// Right-to-left words are drawn in visual order, last letter first: put
/// each run of them back in reading order.
fn visual_to_logical(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    // A run of right-to-left words waiting to be put back in order.
    let mut run: Vec<String> = Vec::new();
    for word in text.split(' ') {
        if word.chars().any(is_rtl) {
            run.push(reverse_clusters(word));
        } else {
            out.extend(run.drain(..).rev());
            out.push(word.to_string());
        }
    }
    out.extend(run.drain(..).rev());
    out.join(" ")
}

/// The document's text, in parts.
#[derive(Debug, Default)]
pub(super) struct Parts {
    pub body: Vec<Block>,
    pub notes: Vec<Block>,
    pub headers_footers: Vec<Block>,
    pub notes_separated: bool,
    /// Body blocks set in larger type than the text, as headings (see [`large_type`]).
    pub large_type: Vec<OutlineEntry>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Body,
    Header,
    Footer,
    Note,
}

/// Sorts every page's lines into body, notes and page furniture, and joins them into blocks.
pub(super) fn assemble(pages: &[PageText]) -> Parts {
    let body_size = body_font_size(pages);
    let mut roles: Vec<Vec<Role>> = pages.iter().map(|p| vec![Role::Body; p.lines.len()]).collect();
    mark_running_lines(pages, &mut roles);
    let (found_notes, suspected) = mark_footnotes(pages, &mut roles, body_size);

    let mut parts = Parts { notes_separated: found_notes || !suspected, ..Parts::default() };
    let mut sizes = Vec::new();
    for (i, (page, roles)) in pages.iter().zip(&roles).enumerate() {
        let location = Location { page: Some(i as u32 + 1), ..Location::default() };
        // A block's role, text, last line, and the size of its first line.
        let mut block: Option<(Role, String, &Line, f32)> = None;
        for (line, role) in page.lines.iter().zip(roles) {
            let text = match line.words.get(1) {
                Some(second)
                    if matches!(role, Role::Body | Role::Note)
                        && line.first_gap >= LABEL_GAP_EM
                        && is_list_label(line.words.first().and_then(|w| line.text.get(w.2..w.3)).unwrap_or("")) =>
                {
                    line.text.get(second.2..).unwrap_or("")
                }
                _ => line.text.as_str(),
            };
            let continues = block.as_ref().is_some_and(|(r, _, prev, _)| {
                *r == *role && *role != Role::Header && *role != Role::Footer && same_block(prev, line)
            });
            if continues {
                if let Some((_, t, prev, _)) = block.as_mut() {
                    join_lines(t, text);
                    *prev = line;
                }
            } else {
                if let Some((r, t, _, size)) = block.take() {
                    push_block(&mut parts, &mut sizes, r, t, &location, size);
                }
                block = Some((*role, text.to_string(), line, line.size));
            }
        }
        if let Some((r, text, _, size)) = block.take() {
            push_block(&mut parts, &mut sizes, r, text, &location, size);
        }
    }
    parts.large_type = large_type(&parts.body, &sizes, body_size);
    parts
}

/// Type at least this much larger than the text's is a heading's.
const HEADING_SCALE: f32 = 1.15;
/// A block of more words than this is text, however large its type.
const HEADING_MAX_WORDS: u64 = 20;
/// Large type holding more than 1/this of the words is not headings (a slide deck, a poster).
const HEADING_MAX_SHARE: u64 = 4;
/// Sizes of large type told apart as heading levels, largest first.
const HEADING_LEVELS: usize = 6;

/// The short body blocks whose first line is set in larger type than the
/// text, as headings: the biggest type is level 1. `sizes` is each body
/// block's first-line size. None when they hold much of the text (a slide
/// deck, a poster: large type everywhere is no outline).
fn large_type(body: &[Block], sizes: &[f32], body_size: f32) -> Vec<OutlineEntry> {
    let half_points = |s: f32| (s * 2.0).round() as i32;
    let headings: Vec<(&Block, i32)> = body
        .iter()
        .zip(sizes)
        .filter(|(b, s)| {
            **s >= body_size * HEADING_SCALE
                && crate::words::count(&b.text) <= HEADING_MAX_WORDS
                && b.text.chars().any(char::is_alphabetic)
        })
        .map(|(b, s)| (b, half_points(*s)))
        .collect();
    let in_headings: u64 = headings.iter().map(|(b, _)| crate::words::count(&b.text)).sum();
    let in_body: u64 = body.iter().map(|b| crate::words::count(&b.text)).sum();
    if in_headings * HEADING_MAX_SHARE > in_body {
        return Vec::new();
    }
    let mut levels: Vec<i32> = headings.iter().map(|(_, s)| *s).collect();
    crate::sort::sort_by(&mut levels, |a, b| b.cmp(a));
    levels.dedup();
    headings
        .into_iter()
        .map(|(b, s)| OutlineEntry {
            title: b.text.split_whitespace().collect::<Vec<_>>().join(" "),
            level: levels.iter().position(|l| *l == s).map_or(HEADING_LEVELS, |i| (i + 1).min(HEADING_LEVELS)) as u8,
            page: b.location.page,
        })
        .collect()
}

/// Adds a block to its part; `sizes` keeps each body block's first-line size.
fn push_block(parts: &mut Parts, sizes: &mut Vec<f32>, role: Role, text: String, location: &Location, size: f32) {
    if role == Role::Body {
        sizes.push(size);
    }
    let (list, kind) = match role {
        Role::Body => (&mut parts.body, BlockKind::PageText),
        Role::Note => (&mut parts.notes, BlockKind::Footnote),
        Role::Header => (&mut parts.headers_footers, BlockKind::Header),
        Role::Footer => (&mut parts.headers_footers, BlockKind::Footer),
    };
    list.push(Block { text, kind, location: location.clone() });
}

/// Whether `next` continues the paragraph `prev` is in: same direction, the
/// next line down, at most about two lines' spacing, similar type.
fn same_block(prev: &Line, next: &Line) -> bool {
    let size = prev.size.max(next.size);
    let drop = prev.v - next.v;
    prev.angle == next.angle && drop > 0.0 && drop <= 2.0 * size && (prev.size - next.size).abs() <= 0.2 * size
}

/// Joins a line to the text before it: a hyphen that breaks a word at the line's
/// end joins the two halves (and goes when the word goes on in lower case);
/// otherwise a line break separates.
fn join_lines(text: &mut String, next: &str) {
    let mut tail = text.chars().rev();
    let last = tail.next();
    let before = tail.next();
    let first = next.chars().next();
    if let (Some(h), Some(b), Some(f)) = (last, before, first) {
        if matches!(h, '-' | '\u{00AD}' | '\u{2010}') && b.is_alphabetic() && f.is_alphabetic() {
            if h == '\u{00AD}' || f.is_lowercase() {
                text.pop();
            }
            text.push_str(next);
            return;
        }
    }
    text.push('\n');
    text.push_str(next);
}

/// The size most of the text is set in (by characters, to half a point).
fn body_font_size(pages: &[PageText]) -> f32 {
    let mut by_size: HashMap<i32, usize> = HashMap::new();
    for l in pages.iter().flat_map(|p| &p.lines) {
        *by_size.entry((l.size * 2.0).round() as i32).or_default() += l.chars;
    }
    by_size.into_iter().max_by_key(|(s, n)| (*n, -*s)).map_or(10.0, |(s, _)| s as f32 / 2.0)
}

/// Lines looked at for running heads and feet: this many at each edge of a page.
const EDGE_LINES: usize = 3;

/// The upright lines at a page's top and bottom edges (all of them on a short page), top first.
// Indices come from `0..p.lines.len()`.
#[allow(clippy::indexing_slicing)]
fn edge_lines(p: &PageText) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..p.lines.len()).filter(|i| p.lines[*i].angle == 0).collect();
    crate::sort::sort_by(&mut idx, |a, b| p.lines[*b].v.total_cmp(&p.lines[*a].v));
    if idx.len() > 2 * EDGE_LINES {
        let mut e: Vec<usize> = idx[..EDGE_LINES].to_vec();
        e.extend_from_slice(&idx[idx.len() - EDGE_LINES..]);
        e
    } else {
        idx
    }
}

/// A line's text lower-cased with each run of digits as `#`, so "Page 3"
/// and "Page 4" have the same key.
fn numbers_blanked(t: &str) -> String {
    let mut k = String::new();
    for w in t.split_whitespace() {
        if !k.is_empty() {
            k.push(' ');
        }
        let mut prev_digit = false;
        for c in w.chars().flat_map(lowercase::chars) {
            if c.is_ascii_digit() {
                if !prev_digit {
                    k.push('#');
                }
                prev_digit = true;
            } else {
                k.push(c);
                prev_digit = false;
            }
        }
    }
    k
}

/// Lines near the top or bottom of a page that repeat at the same place on
/// most pages (running headers and footers; digits may differ), and lone page
/// numbers at the top or bottom of a page.
// Indices here are positions in `p.lines` (taken from `0..p.lines.len()`) and
// `roles` has one entry per page and per line (built so in `assemble`).
#[allow(clippy::indexing_slicing)]
fn mark_running_lines(pages: &[PageText], roles: &mut [Vec<Role>]) {
    // Where each candidate's text appears: exactly, and with its numbers
    // blanked (then the number must go up with the page, like a page number).
    let mut exact: HashMap<(&str, i32), Vec<usize>> = HashMap::new();
    let mut numbered: HashMap<(String, i32), Vec<(usize, i64)>> = HashMap::new();
    let per_page: Vec<Vec<usize>> = pages.iter().map(edge_lines).collect();
    for (pi, (p, cands)) in pages.iter().zip(&per_page).enumerate() {
        for &li in cands {
            let l = &p.lines[li];
            let b = (l.v / 4.0).round() as i32;
            let list = exact.entry((l.text.as_str(), b)).or_default();
            if list.last() != Some(&pi) {
                list.push(pi);
            }
            if let Some(n) = first_number(&l.text) {
                let list = numbered.entry((numbers_blanked(&l.text), b)).or_default();
                if list.last().map(|x| x.0) != Some(pi) {
                    list.push((pi, n - pi as i64));
                }
            }
        }
    }
    let needed = pages.len().div_ceil(2).max(2);
    for (pi, (p, cands)) in pages.iter().zip(&per_page).enumerate() {
        let (_, by0, _, by1) = p.bounds;
        let height = (by1 - by0).abs().max(1.0);
        let mid = (by0 + by1) / 2.0;
        for &li in cands {
            let l = &p.lines[li];
            let b = (l.v / 4.0).round() as i32;
            let mut on: Vec<usize> =
                (b - 1..=b + 1).filter_map(|bb| exact.get(&(l.text.as_str(), bb))).flatten().copied().collect();
            if let Some(n) = first_number(&l.text) {
                let k = numbers_blanked(&l.text);
                let offset = n - pi as i64;
                on.extend(
                    (b - 1..=b + 1)
                        .filter_map(|bb| numbered.get(&(k.clone(), bb)))
                        .flatten()
                        .filter(|x| x.1 == offset)
                        .map(|x| x.0),
                );
            }
            crate::sort::sort_by(&mut on, usize::cmp);
            on.dedup();
            let count = on.len();
            let in_margin = l.v > by1 - 0.12 * height || l.v < by0 + 0.12 * height;
            // Running heads sit in the page's outer sixth; a body line that repeats lower down stays body.
            let in_band = l.v > by1 - 0.15 * height || l.v < by0 + 0.15 * height;
            let repeated = pages.len() >= 2 && count >= needed && in_band;
            let furniture = in_margin && (is_page_number(&l.text) || (l.artifact && l.chars > 0));
            if repeated || furniture {
                roles[pi][li] = if l.v > mid { Role::Header } else { Role::Footer };
            }
        }
    }
}

/// An automatic list number or letter: "1.", "2)", "(a)", "iv.", "1.2.", "•".
/// Word does not count them; a PDF shows them as text, set off by a tab.
fn is_list_label(w: &str) -> bool {
    let core = w.trim_start_matches('(');
    let Some(body) = core.strip_suffix(['.', ')']) else { return !w.chars().any(char::is_alphanumeric) };
    let numeric = !body.is_empty()
        && body.split('.').all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()));
    let letter = body.chars().count() == 1 && body.chars().all(char::is_alphabetic);
    let roman = !body.is_empty() && body.len() <= 5 && body.chars().all(|c| "ivxlcdmIVXLCDM".contains(c));
    numeric || letter || roman
}

/// The first run of digits in a text, as a number.
fn first_number(text: &str) -> Option<i64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits: String = text[start..].chars().take_while(char::is_ascii_digit).take(9).collect();
    digits.parse().ok()
}

/// "3", "- 3 -", "iv", "Page 3", "Page 3 of 10", "3/10", "p. 3".
fn is_page_number(text: &str) -> bool {
    let t =
        lowercase::lowercase(text.trim().trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c.is_whitespace()));
    let words: Vec<&str> = t
        .split_whitespace()
        .filter(|w| {
            !matches!(*w, "page" | "página" | "pagina" | "p." | "pg." | "seite" | "of" | "de" | "sur" | "/" | "von")
        })
        .collect();
    if words.is_empty() || words.len() > 2 {
        return false;
    }
    words.iter().all(|w| {
        w.split('/').all(|part| {
            !part.is_empty()
                && (part.chars().all(|c| c.is_ascii_digit())
                    || (part.len() <= 6 && part.chars().all(|c| "ivxlcdm".contains(c))))
        })
    })
}

/// Lines below a short rule at a page's foot, all in smaller type than the
/// body, are footnotes. Returns whether any were found, and whether some page
/// ends in small type starting with a number that could not be separated.
// Indices as in `mark_running_lines`: lines of the same page, one role each.
#[allow(clippy::indexing_slicing)]
fn mark_footnotes(pages: &[PageText], roles: &mut [Vec<Role>], body_size: f32) -> (bool, bool) {
    let mut found = false;
    let mut suspected = false;
    for (pi, p) in pages.iter().enumerate() {
        let (x0, y0, x1, y1) = p.bounds;
        let width = (x1 - x0).abs().max(1.0);
        let height = (y1 - y0).abs().max(1.0);
        let body_lines: Vec<usize> =
            (0..p.lines.len()).filter(|i| roles[pi][*i] == Role::Body && p.lines[*i].angle == 0).collect();
        let mut rules: Vec<&(f32, f32, f32)> =
            p.rules.iter().filter(|r| r.1 - r.0 <= 0.6 * width && r.2 < y0 + 0.75 * height).collect();
        crate::sort::sort_by(&mut rules, |a, b| b.2.total_cmp(&a.2));
        let mut done = false;
        for r in rules {
            let below: Vec<usize> = body_lines.iter().copied().filter(|i| p.lines[*i].v < r.2).collect();
            // The text above the rule sets the body size on this page (most of its characters).
            let mut above: HashMap<i32, usize> = HashMap::new();
            for i in body_lines.iter().filter(|i| p.lines[**i].v > r.2) {
                *above.entry((p.lines[*i].size * 2.0).round() as i32).or_default() += p.lines[*i].chars;
            }
            let Some(above_size) = above.into_iter().max_by_key(|(s, n)| (*n, *s)).map(|(s, _)| s as f32 / 2.0) else {
                continue;
            };
            if !below.is_empty() && below.iter().all(|i| p.lines[*i].size <= 0.92 * above_size.max(body_size)) {
                for i in below {
                    roles[pi][i] = Role::Note;
                }
                found = true;
                done = true;
                break;
            }
        }
        if !done {
            // Small type at the page's foot that starts with a number looks like notes we could not separate.
            let mut by_v = body_lines.clone();
            crate::sort::sort_by(&mut by_v, |a, b| p.lines[*a].v.total_cmp(&p.lines[*b].v));
            let tail: Vec<usize> = by_v.iter().copied().take_while(|i| p.lines[*i].size <= 0.85 * body_size).collect();
            if let Some(top) = tail.last() {
                if p.lines[*top].text.starts_with(|c: char| c.is_ascii_digit()) && tail.len() < by_v.len() {
                    suspected = true;
                }
            }
        }
    }
    (found, suspected)
}

/// The text shown inside a rectangle (display space), for a link's text.
pub(super) fn text_in(page: &PageText, rect: (f32, f32, f32, f32)) -> String {
    let (rx0, ry0, rx1, ry1) = rect;
    let mut out = String::new();
    for l in page.lines.iter().filter(|l| l.angle == 0 && l.v >= ry0 - 2.0 && l.v <= ry1 + 2.0) {
        for (u0, u1, s, e) in &l.words {
            let mid = (u0 + u1) / 2.0;
            if mid >= rx0 && mid <= rx1 {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(l.text.get(*s..*e).unwrap_or(""));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn sine_and_cosine_of_whole_degrees_match_the_library() {
        for d in -360..=720 {
            let (s, c) = sin_cos_degrees(d);
            let (es, ec) = f64::from(d).to_radians().sin_cos();
            assert!(
                (f64::from(s) - es).abs() < 1e-6 && (f64::from(c) - ec).abs() < 1e-6,
                "{d} degrees: {s} {c} vs {es} {ec}"
            );
        }
    }

    #[test]
    fn directions_round_to_the_degree_atan2_gives() {
        // Every tenth of a degree around the circle, away from the half-degree
        // boundaries where rounding may legitimately go either way.
        for tenth in 0..3600 {
            let a = f64::from(tenth) / 10.0 + 0.013;
            let (dy, dx) = a.to_radians().sin_cos();
            for scale in [1e-3, 1.0, 12.0, 1e4] {
                let expected = ((dy * scale).atan2(dx * scale).to_degrees().round() as i32).rem_euclid(360);
                assert_eq!(
                    direction_degrees((dx * scale) as f32, (dy * scale) as f32),
                    expected,
                    "{a} degrees, scale {scale}"
                );
            }
        }
        assert_eq!(direction_degrees(0.0, 0.0), 0);
        assert_eq!(direction_degrees(-1.0, 0.0), 180);
        assert_eq!(direction_degrees(-1.0, -0.0), 180);
        assert_eq!(direction_degrees(0.0, -2.0), 270);
        assert_eq!(direction_degrees(f32::NAN, 1.0), 0);
    }
    use super::*;

    #[test]
    fn hyphens_at_line_ends() {
        let mut t = String::from("a hyphen-");
        join_lines(&mut t, "ated word");
        assert_eq!(t, "a hyphenated word");
        let mut t = String::from("COVID-");
        join_lines(&mut t, "19 and Covid-");
        assert_eq!(t, "COVID-\n19 and Covid-");
        join_lines(&mut t, "Era");
        assert!(t.ends_with("Covid-Era"), "{t}");
        let mut t = String::from("item –");
        join_lines(&mut t, "next");
        assert_eq!(t, "item –\nnext");
    }

    #[test]
    fn right_to_left_text_in_reading_order() {
        // Shaped Arabic glyphs in visual order, as hello3.pdf draws them.
        assert_eq!(
            expand_presentation_forms(&visual_to_logical("Hello \u{FEAA}\u{FEE4}\u{FEA4}\u{FEE3} World.")),
            "Hello محمد World."
        );
        // The lam-alef ligature is two letters; a Hebrew letter keeps its point after it.
        assert_eq!(expand_presentation_forms(&visual_to_logical("\u{FEFB}")), "\u{644}\u{627}");
        assert_eq!(visual_to_logical("\u{5D1}\u{5BC}\u{5D0}"), "\u{5D0}\u{5D1}\u{5BC}");
    }

    #[test]
    fn list_labels() {
        for t in ["1.", "12)", "(a)", "iv.", "1.2.", "•"] {
            assert!(is_list_label(t), "{t}");
        }
        for t in ["1", "word.", "2024.", "e.g.", "Art."] {
            assert!(!is_list_label(t), "{t}");
        }
    }

    #[test]
    fn page_numbers() {
        for t in ["3", "- 3 -", "iv", "Page 3", "Page 3 of 10", "3/10", "Página 2 de 5"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["3 apples", "Article 3", "In 2024 the", ""] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn glyph_text_classes_agree_with_the_char_by_char_definitions() {
        // The definitions the fast path stands for, written with std's char methods.
        let space = |t: &str| t.chars().all(char::is_whitespace);
        let marker =
            |t: &str| t.chars().all(|c| c.is_ascii_digit() || matches!(c, '*' | '†' | '‡' | ',' | '¹' | '²' | '³'));
        let pushed = |t: &str| {
            let mut s = String::new();
            t.chars().for_each(|c| push_expanded(&mut s, c));
            s
        };
        let mut texts: Vec<String> = (0u32..0x3100).filter_map(char::from_u32).map(String::from).collect();
        texts.extend(
            ["", "12", "1,2", "a b", "\u{FB01}", "\u{2003}\u{2003}", "¹²", "\u{7F}", "x\u{0}"].map(String::from),
        );
        for t in &texts {
            let k = GlyphText::of(t);
            assert_eq!((k.space, k.marker_like, k.chars), (space(t), marker(t), t.chars().count()), "{t:?}");
            if k.printable_ascii {
                assert_eq!(pushed(t), *t, "{t:?}");
            }
        }
        assert!(
            GlyphText::of("a").printable_ascii
                && !GlyphText::of("\u{7F}").printable_ascii
                && !GlyphText::of("é").printable_ascii
        );
    }

    #[test]
    fn max_and_min_are_std_s_including_nan() {
        let values = [f32::NAN, f32::NEG_INFINITY, -1.5, 0.0, 2.0, f32::INFINITY];
        for a in values {
            for b in values {
                let same = |x: f32, y: f32| x == y || (x.is_nan() && y.is_nan());
                assert!(same(max(a, b), a.max(b)), "max({a}, {b})");
                assert!(same(min(a, b), a.min(b)), "min({a}, {b})");
            }
        }
    }
}
