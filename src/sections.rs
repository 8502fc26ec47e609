//! Where the words are: the main text's words per section, by heading, so
//! that a contributor over the word limit sees what to cut.
//!
//! - Each heading, of any level, starts a section that runs to the next
//!   heading: a section does not include its subsections, and the sections
//!   add up to the body's words exactly (`words.body`, counted by
//!   [`crate::words::count`], block by block). Notes are never in a section.
//! - Text before the first heading is a section of its own with no heading
//!   (`heading: None`, level 0), when it has words.
//! - Headings are the blocks the reader marked ([`BlockKind::Heading`]: DOCX,
//!   `.doc` and `.odt` heading styles and outline levels); else the
//!   document's [`outline`](Document::outline) (PDF bookmarks, or lines in
//!   larger type), each placed where its title begins on its page, or at the
//!   top of that page when the title is not found there.
//! - When there are more than [`MAX_SECTIONS`] headings, only the top levels
//!   that keep within it start sections (a deeper heading's words count in the
//!   section above it).
//! - No heading: no sections.

use crate::document::{quote, Block, BlockKind, Document, Location, OutlineEntry};
use crate::words::count;
use serde::Serialize;

/// At most this many sections, unless the top level alone has more.
pub const MAX_SECTIONS: usize = 30;

/// The characters of a title compared with the text (letters and digits, lower-cased).
const TITLE_KEY_CHARS: usize = 40;

/// One section of the main text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Its heading (cut as a quote is), or `None` for the text before the first heading.
    pub heading: Option<String>,
    /// The heading's level, 1 = top; 0 for the text before the first heading.
    pub level: u8,
    /// Words in the section, counted as `words.body` is.
    pub words: u64,
    /// Where it begins (page, paragraph; and a quote for the text before the first heading).
    pub location: Location,
}

/// The sections of a document's main text, in document order.
///
/// ```
/// use submission_checker::document::{Block, BlockKind, Document, Location};
/// let block = |text: &str, kind| Block { text: text.into(), kind, location: Location::default() };
/// let doc = Document {
///     body: vec![
///         block("Summary", BlockKind::Heading(1)),
///         block("Two words.", BlockKind::Paragraph),
///         block("Recommendations", BlockKind::Heading(1)),
///         block("We recommend three things.", BlockKind::Paragraph),
///     ],
///     ..Document::default()
/// };
/// let s = submission_checker::sections::of(&doc);
/// assert_eq!(s.iter().map(|s| s.words).collect::<Vec<_>>(), [3, 5]);
/// ```
pub fn of(doc: &Document) -> Vec<Section> {
    let mut starts = marked_headings(&doc.body);
    if starts.is_empty() {
        starts = placed_outline(&doc.body, &doc.outline);
    }
    measure(&doc.body, &within_limit(starts, MAX_SECTIONS))
}

/// Which sections are marked as the largest: the largest, and any other
/// with at least three quarters of its words (the page marks the same).
pub fn largest(sections: &[Section]) -> Vec<bool> {
    let max = sections.iter().map(|s| s.words).max().unwrap_or(0);
    sections.iter().map(|s| max > 0 && s.words * 4 >= max * 3).collect()
}

/// Where a section starts: a block, and a byte offset in its text (a line's start).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Start {
    block: usize,
    offset: usize,
    heading: String,
    level: u8,
}

/// The blocks the reader marked as headings.
fn marked_headings(body: &[Block]) -> Vec<Start> {
    body.iter()
        .enumerate()
        .filter_map(|(i, b)| match b.kind {
            BlockKind::Heading(level) => Some(Start { block: i, offset: 0, heading: quote(&b.text), level }),
            _ => None,
        })
        .collect()
}

/// The outline's entries placed in the body, in page order; an entry with no
/// page, or whose page has no text after the previous entry, is left out.
fn placed_outline(body: &[Block], outline: &[OutlineEntry]) -> Vec<Start> {
    let mut entries: Vec<(&OutlineEntry, u32)> = outline.iter().filter_map(|e| e.page.map(|p| (e, p))).collect();
    crate::sort::sort_by(&mut entries, |a, b| a.1.cmp(&b.1));
    let mut starts: Vec<Start> = Vec::new();
    for (entry, page) in entries {
        let after = starts.last().map(|s| (s.block, s.offset));
        let Some((block, offset)) =
            title_on_page(body, after, page, &entry.title).or_else(|| top_of_page(body, after, page))
        else {
            continue;
        };
        starts.push(Start { block, offset, heading: quote(&entry.title), level: entry.level });
    }
    starts
}

/// Letters and digits of `text`, lower-cased: what a title and the text it
/// heads share, whatever the spacing, line breaks and punctuation.
fn key(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(lowercase::chars)
}

/// The first line on `page`, after `after`, that begins with `title`.
fn title_on_page(body: &[Block], after: Option<(usize, usize)>, page: u32, title: &str) -> Option<(usize, usize)> {
    let wanted: String = key(title).take(TITLE_KEY_CHARS).collect();
    if wanted.is_empty() {
        return None;
    }
    let n = wanted.chars().count();
    blocks_on_page(body, after, page)
        .flat_map(|(i, b)| line_starts(&b.text).map(move |at| (i, at, b)))
        .filter(|(i, at, _)| after.is_none_or(|a| (*i, *at) > a))
        .find(|(_, at, b)| b.text.get(*at..).is_some_and(|line| key(line).take(n).eq(wanted.chars())))
        .map(|(i, at, _)| (i, at))
}

/// The first block on `page` (or, when it has none, on a later page) that starts after `after`.
fn top_of_page(body: &[Block], after: Option<(usize, usize)>, page: u32) -> Option<(usize, usize)> {
    let from = after.map_or(0, |(b, _)| b + 1);
    body.iter().enumerate().skip(from).find(|(_, b)| b.location.page.is_some_and(|p| p >= page)).map(|(i, _)| (i, 0))
}

/// The blocks on `page`, from the block `after` is in.
fn blocks_on_page(
    body: &[Block],
    after: Option<(usize, usize)>,
    page: u32,
) -> impl Iterator<Item = (usize, &Block)> + '_ {
    body.iter()
        .enumerate()
        .skip(after.map_or(0, |(b, _)| b))
        .skip_while(move |(_, b)| b.location.page.is_some_and(|p| p < page))
        .take_while(move |(_, b)| b.location.page == Some(page))
}

/// Byte offsets where the lines of `text` begin.
fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1))
}

/// The starts of the top heading levels that keep within `max` sections
/// (all of the top level, however many).
fn within_limit(starts: Vec<Start>, max: usize) -> Vec<Start> {
    if starts.len() <= max {
        return starts;
    }
    let Some(top) = starts.iter().map(|s| s.level).min() else { return starts };
    let deepest = (top..=u8::MAX)
        .take_while(|l| *l == top || starts.iter().filter(|s| s.level <= *l).count() <= max)
        .last()
        .unwrap_or(top);
    starts.into_iter().filter(|s| s.level <= deepest).collect()
}

/// The words from each start to the next; the text before the first start
/// is a section with no heading, when it has words.
fn measure(body: &[Block], starts: &[Start]) -> Vec<Section> {
    if starts.is_empty() {
        return Vec::new();
    }
    // words[0]: before the first heading; words[k + 1]: from starts[k].
    let mut words = vec![0u64; starts.len() + 1];
    let mut next = 0;
    let mut add = |k: usize, n: u64| {
        if let Some(w) = words.get_mut(k) {
            *w += n;
        }
    };
    for (i, b) in body.iter().enumerate() {
        let mut from = 0;
        while let Some(s) = starts.get(next).filter(|s| s.block == i) {
            add(next, b.text.get(from..s.offset).map_or(0, count));
            from = s.offset;
            next += 1;
        }
        add(next, b.text.get(from..).map_or(0, count));
    }
    let mut sections = Vec::with_capacity(starts.len() + 1);
    let before = words.first().copied().unwrap_or(0);
    if before > 0 {
        let at = body
            .iter()
            .find(|b| count(&b.text) > 0)
            .map(|b| Location { quote: Some(quote(&b.text)), ..start_location(b) });
        sections.push(Section { heading: None, level: 0, words: before, location: at.unwrap_or_default() });
    }
    for (s, w) in starts.iter().zip(words.iter().skip(1)) {
        let location = body.get(s.block).map(start_location).unwrap_or_default();
        sections.push(Section { heading: Some(s.heading.clone()), level: s.level, words: *w, location });
    }
    sections
}

/// Where a section starting in `b` begins: its page and paragraph.
fn start_location(b: &Block) -> Location {
    Location { page: b.location.page, paragraph: b.location.paragraph, ..Location::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, kind: BlockKind, page: Option<u32>) -> Block {
        Block { text: text.into(), kind, location: Location { page, ..Location::default() } }
    }
    fn para(text: &str) -> Block {
        block(text, BlockKind::Paragraph, None)
    }
    fn heading(text: &str, level: u8) -> Block {
        block(text, BlockKind::Heading(level), None)
    }
    fn on_page(page: u32, text: &str) -> Block {
        block(text, BlockKind::PageText, Some(page))
    }
    fn entry(title: &str, level: u8, page: u32) -> OutlineEntry {
        OutlineEntry { title: title.into(), level, page: Some(page) }
    }
    fn figures(s: &[Section]) -> Vec<(Option<&str>, u8, u64)> {
        s.iter().map(|s| (s.heading.as_deref(), s.level, s.words)).collect()
    }

    #[test]
    fn no_heading_no_sections() {
        let doc = Document { body: vec![para("Just text, no heading.")], ..Document::default() };
        assert!(of(&doc).is_empty());
    }

    #[test]
    fn marked_headings_cut_the_body_and_the_sections_add_up_to_it() {
        let body = vec![
            para("A preface of five words."),
            heading("1. Context", 1),
            para("Three more words."),
            heading("1.1 Detail", 2),
            para("one two"),
            para("人权理事会"),
            heading("2. Recommendations", 1),
        ];
        let doc = Document { body, notes: vec![para("A note is never in a section.")], ..Document::default() };
        let s = of(&doc);
        assert_eq!(
            figures(&s),
            [(None, 0, 5), (Some("1. Context"), 1, 5), (Some("1.1 Detail"), 2, 9), (Some("2. Recommendations"), 1, 2)]
        );
        assert_eq!(s.iter().map(|s| s.words).sum::<u64>(), crate::words::WordCounts::of(&doc).body);
        assert_eq!(s[0].location.quote.as_deref(), Some("A preface of five words."));
    }

    #[test]
    fn a_bookmark_starts_its_section_where_its_title_begins_on_its_page() {
        let body = vec![
            on_page(1, "Report title"),
            on_page(1, "Intro text here.\nAccess to Justice\nFour words of text."),
            on_page(2, "More about access."),
            on_page(2, "ANNEX: DATA"),
            on_page(3, "Tables."),
        ];
        let outline = vec![entry("Access to justice", 1, 1), entry("Annex — data", 2, 2)];
        let doc = Document { body, outline, ..Document::default() };
        let s = of(&doc);
        assert_eq!(figures(&s), [(None, 0, 5), (Some("Access to justice"), 1, 10), (Some("Annex — data"), 2, 3)]);
        assert_eq!(s[1].location.page, Some(1));
        assert_eq!(s[2].location.page, Some(2));
    }

    #[test]
    fn a_bookmark_whose_title_is_not_on_its_page_starts_at_the_top_of_the_page() {
        let body = vec![on_page(1, "One two three."), on_page(2, "Four five."), on_page(3, "Six.")];
        let outline = vec![entry("Not in the text", 1, 2), entry("Nowhere", 1, 9)];
        let s = of(&Document { body, outline, ..Document::default() });
        assert_eq!(figures(&s), [(None, 0, 3), (Some("Not in the text"), 1, 3)]);
    }

    #[test]
    fn the_largest_and_those_near_it_are_marked() {
        let s = |words| Section { heading: None, level: 1, words, location: Location::default() };
        assert_eq!(largest(&[s(100), s(75), s(74), s(0)]), [true, true, false, false]);
        assert_eq!(largest(&[s(0), s(0)]), [false, false]);
    }

    #[test]
    fn too_many_headings_keep_the_levels_that_fit() {
        let mut body = Vec::new();
        for i in 0..10 {
            body.push(heading(&format!("Part {i}"), 1));
            for j in 0..5 {
                body.push(heading(&format!("Point {i}.{j}"), 2));
                body.push(para("Some words."));
            }
        }
        let s = of(&Document { body, ..Document::default() });
        assert_eq!(s.len(), 10);
        assert!(s.iter().all(|s| s.level == 1 && s.words == 2 + 5 * 4), "{:?}", figures(&s));
    }
}
