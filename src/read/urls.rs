//! URLs written as plain text ("see https://example.org/report"), which a
//! reader of the printed page sees as a link even when the file does not make
//! one. Shared by the DOCX and PDF readers.

use crate::document::{Document, Link, LinkKind, LinkOrigin};

/// Byte ranges of the URLs in `text`: `http://`, `https://` and `www.` forms.
/// Trailing punctuation that ends a sentence is not part of the URL.
pub fn find_urls(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let lower = text.to_ascii_lowercase();
    // The next place of each prefix at or after `i`, searched again only once
    // `i` has passed it: the scan stays linear however many URLs there are.
    const PREFIXES: [&str; 3] = ["http://", "https://", "www."];
    let mut next: [Option<usize>; 3] = PREFIXES.map(|p| lower.find(p));
    let mut i = 0;
    while i < text.len() {
        for (slot, p) in next.iter_mut().zip(PREFIXES) {
            if slot.is_some_and(|at| at < i) {
                *slot = lower.get(i..).and_then(|r| r.find(p)).map(|o| o + i);
            }
        }
        let Some(s) = next.iter().flatten().min().copied() else { break };
        // A URL starts a token: "xwww.y" is not one.
        let starts_token =
            s == 0 || text[..s].chars().next_back().is_some_and(|c| !c.is_alphanumeric() && c != '.' && c != '@');
        let e = s + text[s..]
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '«' | '»' | '“' | '”'))
            .unwrap_or(text.len() - s);
        let mut end = e;
        // Strip sentence punctuation, and a closing bracket with no opening one inside.
        let url = &text[s..e];
        let (open_round, mut close_round) = (url.matches('(').count(), url.matches(')').count());
        let (open_square, mut close_square) = (url.matches('[').count(), url.matches(']').count());
        while let Some(c) = text[s..end].chars().next_back() {
            let strip = match c {
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' => true,
                ')' => open_round < close_round,
                ']' => open_square < close_square,
                _ => false,
            };
            if !strip {
                break;
            }
            match c {
                ')' => close_round -= 1,
                ']' => close_square -= 1,
                _ => {}
            }
            end -= c.len_utf8();
        }
        let prefix = PREFIXES.into_iter().find(|p| lower[s..].starts_with(p)).map_or(0, str::len);
        let has_host = end > s + prefix && lower[s + prefix..end].contains(|c: char| c.is_alphanumeric());
        if starts_token && has_host && end > s {
            out.push((s, end));
        }
        i = e.max(s + 1);
        while !text.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

/// Plain-text URLs kept from one document. A real contribution has tens;
/// a hostile one could type millions, and each becomes a report entry.
const MAX_PLAIN_TEXT_LINKS: usize = 10_000;

/// Adds the URLs typed in the shown text (body and notes) that are not already links.
pub(super) fn add_plain_text_links(doc: &mut Document) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(t: &str) -> Vec<&str> {
        find_urls(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn finds_urls_and_drops_sentence_punctuation() {
        assert_eq!(urls("See https://www.ohchr.org/en/calls. Then"), ["https://www.ohchr.org/en/calls"]);
        assert_eq!(urls("(source: www.un.org/x)"), ["www.un.org/x"]);
        assert_eq!(urls("https://en.wikipedia.org/wiki/Foo_(bar), ok"), ["https://en.wikipedia.org/wiki/Foo_(bar)"]);
        assert_eq!(urls("no links here, just www. and http://"), Vec::<&str>::new());
        assert_eq!(urls("mail x@www.example.org"), Vec::<&str>::new());
        assert_eq!(urls("Zürich https://exämple.ch/ü"), ["https://exämple.ch/ü"]);
        assert_eq!(urls("a http://x.org b www.y.org c https://z.org"), ["http://x.org", "www.y.org", "https://z.org"]);
    }

    #[test]
    fn hostile_text_is_scanned_in_linear_time() {
        // A million closing brackets after one URL, and 100,000 URLs of one kind
        // with none of another: both were quadratic before.
        let brackets = format!("http://a.org/{}", ")".repeat(1_000_000));
        let many = "http://a.b ".repeat(100_000);
        let t = std::time::Instant::now();
        assert_eq!(urls(&brackets), ["http://a.org/"]);
        assert_eq!(find_urls(&many).len(), 100_000);
        assert!(t.elapsed().as_secs() < 5, "{:?}", t.elapsed());
    }
}
