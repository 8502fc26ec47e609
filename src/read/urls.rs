//! URLs written as plain text ("see https://example.org/report"), which a
//! reader of the printed page sees as a link even when the file does not make
//! one. Shared by the DOCX and PDF readers.

/// Byte ranges of the URLs in `text`: `http://`, `https://` and `www.` forms.
/// Trailing punctuation that ends a sentence is not part of the URL.
pub fn find_urls(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let lower = text.to_ascii_lowercase();
    let mut i = 0;
    while i < text.len() {
        let rest = &lower[i..];
        let start = [rest.find("http://"), rest.find("https://"), rest.find("www.")]
            .into_iter()
            .flatten()
            .min();
        let Some(off) = start else { break };
        let s = i + off;
        // A URL starts a token: "xwww.y" is not one.
        let starts_token = s == 0 || text[..s].chars().next_back().is_some_and(|c| !c.is_alphanumeric() && c != '.' && c != '@');
        let e = s + text[s..].find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '«' | '»' | '“' | '”')).unwrap_or(text.len() - s);
        let mut end = e;
        // Strip sentence punctuation, and a closing bracket with no opening one inside.
        loop {
            let Some(c) = text[s..end].chars().next_back() else { break };
            let strip = match c {
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' => true,
                ')' => text[s..end].matches('(').count() < text[s..end].matches(')').count(),
                ']' => text[s..end].matches('[').count() < text[s..end].matches(']').count(),
                _ => false,
            };
            if !strip {
                break;
            }
            end -= c.len_utf8();
        }
        let prefix = ["https://", "http://", "www."].into_iter().find(|p| lower[s..].starts_with(p)).map_or(0, str::len);
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
    }
}
