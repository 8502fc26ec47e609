//! A call saved as a web page → the text a person reads on it.
//!
//! Not an HTML parser: a small tag stripper that is enough for call pages.
//! Block elements (`<p>`, `<div>`, `<li>`, `<td>`, `<br>`...) end lines, so
//! "Word limit:" and "2500 words" in two cells stay a label and its value;
//! script, style and template contents are dropped; character references
//! are decoded. Two things a call page hides are brought back, because the
//! address is the most important thing on it: `mailto:` targets whose link
//! text is not the address, and addresses hidden by Cloudflare's "email
//! protection" (`data-cfemail`, `/cdn-cgi/l/email-protection#...`), whose
//! encoding is a published XOR with the first byte.

/// Elements whose contents are not shown text.
/// (`<head>` is not among them: its end tag may be left out, and what it holds
/// is skipped element by element.)
const SKIPPED: &[&str] =
    &["script", "style", "template", "noscript", "title", "svg", "math", "select", "iframe", "object"];

/// Elements that end a paragraph (a blank line after them).
const PARAGRAPHS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "figure",
    "hr",
    "form",
    "fieldset",
    "address",
    "details",
];

/// Elements that end a line.
const LINES: &[&str] =
    &["div", "li", "dt", "dd", "tr", "td", "th", "caption", "figcaption", "summary", "legend", "option", "label"];

/// Whether a text looks like HTML rather than plain text: it opens with a
/// tag or a doctype, or holds common block tags.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let lower: String = head.chars().take(2000).collect::<String>().to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<!--") && lower.contains("<html")
        || ["<p>", "<p ", "<div", "<br", "<body", "<h1", "<h2", "<li>", "<table"]
            .iter()
            .filter(|t| lower.contains(*t))
            .count()
            >= 2
}

/// The shown text of an HTML page: one line per block, a blank line between
/// paragraphs, spaces collapsed.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    // Open elements that will be replaced or completed when they close:
    // (tag name, output length at the start, text to put instead or after).
    let mut pending: Vec<(String, usize, Pending)> = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < html.len() {
        let Some(lt) = html[i..].find('<').map(|p| p + i) else {
            push_text(&mut out, &html[i..]);
            break;
        };
        push_text(&mut out, &html[i..lt]);
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |p| lt + p + 3);
            continue;
        }
        if rest.starts_with("<![CDATA[") {
            let end = rest.find("]]>").map_or(html.len(), |p| lt + p);
            push_text(&mut out, &html[lt + 9..end]);
            i = (end + 3).min(html.len());
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = rest.find('>').map_or(html.len(), |p| lt + p + 1);
            continue;
        }
        let closing = bytes.get(lt + 1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = html[name_start..].bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-').count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            // A lone "<" in text ("a < b").
            out.push('<');
            i = lt + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let Some(tag_end) = tag_end(html, name_start + name_len) else {
            break; // An unfinished tag at the end: nothing shown follows.
        };
        let attrs = &html[name_start + name_len..tag_end];
        i = tag_end + 1;

        if closing {
            end_block(&mut out, &name);
            if let Some(pos) = pending.iter().rposition(|(n, _, _)| *n == name) {
                let (_, start, what) = pending.remove(pos);
                match what {
                    Pending::Replace(address) => {
                        out.truncate(start);
                        out.push_str(&address);
                    }
                    Pending::Mention(address) => {
                        if !out[start..].contains(address.as_str()) {
                            out.push_str(" (");
                            out.push_str(&address);
                            out.push(')');
                        }
                    }
                }
            }
            continue;
        }
        if SKIPPED.contains(&name.as_str()) && !attrs.trim_end().ends_with('/') {
            i = skip_element(html, i, &name);
            continue;
        }
        end_block(&mut out, &name);
        if name == "li" {
            out.push_str("• ");
        }
        if let Some(address) = attribute(attrs, "data-cfemail").and_then(|hex| cloudflare_decode(&hex)) {
            pending.push((name.clone(), out.len(), Pending::Replace(address)));
        } else if name == "a" {
            let href = attribute(attrs, "href").unwrap_or_default();
            if let Some(m) = strip_prefix_ignore_case(&href, "mailto:") {
                let address = percent_decode(m.split('?').next().unwrap_or(""));
                if crate::profile::is_email(&address) {
                    pending.push((name.clone(), out.len(), Pending::Mention(address)));
                }
            } else if let Some(address) =
                href.split_once("/cdn-cgi/l/email-protection#").and_then(|(_, hex)| cloudflare_decode(hex))
            {
                // The link text is Cloudflare's placeholder, "[email protected]".
                pending.push((name.clone(), out.len(), Pending::Replace(address)));
            }
        }
    }
    tidy(&out)
}

enum Pending {
    /// The element's text is a placeholder ("[email protected]"): replace it.
    Replace(String),
    /// A link to this address: add it after the link text unless the text shows it.
    Mention(String),
}

/// Where a tag that started before `from` ends (its `>`), minding quoted attribute values.
fn tag_end(html: &str, from: usize) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (k, b) in html.as_bytes()[from..].iter().enumerate() {
        match (quote, *b) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(*b),
            (None, b'>') => return Some(from + k),
            _ => {}
        }
    }
    None
}

/// Skips to just after `</name ...>` (case-insensitive), or to the end.
fn skip_element(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let mut search = from;
    while let Some(p) = html[search..].find("</") {
        let at = search + p + 2;
        let matches = b.get(at..at + name.len()).is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes()));
        let after = b.get(at + name.len()).copied();
        if matches && matches!(after, None | Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            return html[at..].find('>').map_or(html.len(), |q| at + q + 1);
        }
        search = at;
    }
    html.len()
}

/// Marks in the raw output, turned into line breaks by [`tidy`]: the end of a
/// paragraph, the end of a line, and a `<br>` (two in a row make a paragraph).
const PARAGRAPH_END: char = '\u{0}';
const LINE_END: char = '\n';
const BREAK: char = '\u{1}';

fn end_block(out: &mut String, name: &str) {
    if PARAGRAPHS.contains(&name) {
        out.push(PARAGRAPH_END);
    } else if LINES.contains(&name) {
        out.push(LINE_END);
    } else if name == "br" {
        out.push(BREAK);
    }
}

/// Appends text, decoding references; source line breaks are only spaces in HTML.
fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        push_spaces(out, &rest[..amp]);
        let (decoded, used) = reference(&rest[amp..]);
        match decoded {
            Some(s) => out.push_str(&s),
            None => out.push('&'),
        }
        rest = &rest[amp + used.max(1)..];
    }
    push_spaces(out, rest);
}

fn push_spaces(out: &mut String, text: &str) {
    out.extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
}

/// Decodes the character reference at the start of `s` ("&amp;", "&#233;",
/// "&#xE9;"): the text and how many bytes it took. Unknown names stay as written.
fn reference(s: &str) -> (Option<String>, usize) {
    let body: String = s[1..].chars().take(32).take_while(|c| c.is_ascii_alphanumeric() || *c == '#').collect();
    let has_semicolon = s[1 + body.len()..].starts_with(';');
    let used = 1 + body.len() + usize::from(has_semicolon);
    if let Some(num) = body.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse::<u32>().ok(),
        };
        let Some(value) = value else { return (None, 1) };
        let c = match value {
            0x80..=0x9F => super::encoding::cp1252_char(value as u8),
            0x09 | 0x0A | 0x0C | 0x0D => ' ',
            v => char::from_u32(v).filter(|c| !c.is_control()).unwrap_or('\u{FFFD}'),
        };
        return (Some(c.to_string()), used);
    }
    // Without a semicolon only the old names are references ("&amp", "&nbsp").
    if !has_semicolon && !matches!(body.as_str(), "amp" | "lt" | "gt" | "quot" | "nbsp") {
        return (None, 1);
    }
    match ENTITIES.iter().find(|(n, _)| *n == body) {
        Some((_, text)) => (Some((*text).to_string()), used),
        None => (None, 1),
    }
}

/// Named references a call page uses: markup, spaces, punctuation, and the
/// letters of French, Spanish and Portuguese.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", "\u{2009}"),
    ("shy", ""),
    ("zwj", ""),
    ("zwnj", ""),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("hellip", "…"),
    ("bull", "•"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("euro", "€"),
    ("deg", "°"),
    ("sect", "§"),
    ("para", "¶"),
    ("ordm", "º"),
    ("ordf", "ª"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("times", "×"),
    ("divide", "÷"),
    ("Agrave", "À"),
    ("Aacute", "Á"),
    ("Acirc", "Â"),
    ("Atilde", "Ã"),
    ("Auml", "Ä"),
    ("Aring", "Å"),
    ("AElig", "Æ"),
    ("Ccedil", "Ç"),
    ("Egrave", "È"),
    ("Eacute", "É"),
    ("Ecirc", "Ê"),
    ("Euml", "Ë"),
    ("Igrave", "Ì"),
    ("Iacute", "Í"),
    ("Icirc", "Î"),
    ("Iuml", "Ï"),
    ("Ntilde", "Ñ"),
    ("Ograve", "Ò"),
    ("Oacute", "Ó"),
    ("Ocirc", "Ô"),
    ("Otilde", "Õ"),
    ("Ouml", "Ö"),
    ("Oslash", "Ø"),
    ("OElig", "Œ"),
    ("Ugrave", "Ù"),
    ("Uacute", "Ú"),
    ("Ucirc", "Û"),
    ("Uuml", "Ü"),
    ("Yacute", "Ý"),
    ("szlig", "ß"),
    ("agrave", "à"),
    ("aacute", "á"),
    ("acirc", "â"),
    ("atilde", "ã"),
    ("auml", "ä"),
    ("aring", "å"),
    ("aelig", "æ"),
    ("ccedil", "ç"),
    ("egrave", "è"),
    ("eacute", "é"),
    ("ecirc", "ê"),
    ("euml", "ë"),
    ("igrave", "ì"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("ntilde", "ñ"),
    ("ograve", "ò"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("otilde", "õ"),
    ("ouml", "ö"),
    ("oslash", "ø"),
    ("oelig", "œ"),
    ("ugrave", "ù"),
    ("uacute", "ú"),
    ("ucirc", "û"),
    ("uuml", "ü"),
    ("yacute", "ý"),
    ("yuml", "ÿ"),
];

/// The value of attribute `name` (case-insensitive), references decoded.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        let key = &attrs[start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = attrs[vs..].bytes().position(|c| c == q).map_or(attrs.len(), |p| vs + p);
                value = &attrs[vs..ve];
                i = ve + 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = &attrs[vs..i];
            }
        }
        if key.eq_ignore_ascii_case(name) {
            let mut decoded = String::new();
            push_text(&mut decoded, value);
            return Some(decoded);
        }
        if key.is_empty() {
            i += 1;
        }
    }
    None
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

/// `%40` → `@` in a mailto address (RFC 6068); bad escapes stay as written.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).trim().to_string()
}

/// Cloudflare's email protection: hex bytes, the first is a key XORed with each of the others.
fn cloudflare_decode(hex: &str) -> Option<String> {
    let hex = hex.trim();
    if hex.len() < 4 || hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let bytes: Vec<u8> =
        (0..hex.len()).step_by(2).filter_map(|k| u8::from_str_radix(&hex[k..k + 2], 16).ok()).collect();
    let key = bytes[0];
    let decoded: Vec<u8> = bytes[1..].iter().map(|b| b ^ key).collect();
    String::from_utf8(decoded).ok().filter(|a| crate::profile::is_email(a))
}

/// One line per block, spaces collapsed, one blank line between paragraphs.
fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let (mut paragraph, mut breaks) = (false, 0);
    for piece in raw.split_inclusive([PARAGRAPH_END, LINE_END, BREAK]) {
        let (text, mark) = match piece.chars().last() {
            Some(c @ (PARAGRAPH_END | LINE_END | BREAK)) => (&piece[..piece.len() - c.len_utf8()], Some(c)),
            _ => (piece, None),
        };
        let line = text.split([' ', '\u{a0}']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            if !out.is_empty() {
                out.push_str(if paragraph { "\n\n" } else { "\n" });
            }
            out.push_str(&line);
            (paragraph, breaks) = (false, 0);
        }
        match mark {
            Some(PARAGRAPH_END) => paragraph = true,
            Some(BREAK) => {
                breaks += 1;
                paragraph |= breaks >= 2;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_paragraphs() {
        let html = "<p>Word limit:<br>2500&nbsp;words</p><p>File formats:</p><ul><li>Word</li><li>PDF</li></ul>";
        assert_eq!(html_to_text(html), "Word limit:\n2500 words\n\nFile formats:\n\n• Word\n• PDF");
    }

    #[test]
    fn inline_tags_and_source_line_breaks_are_not_breaks() {
        let html = "<p>Contributions should be sent\n  by <strong>24 May</strong> <em>2024</em>.</p>";
        assert_eq!(html_to_text(html), "Contributions should be sent by 24 May 2024.");
    }

    #[test]
    fn scripts_styles_comments_and_head_are_dropped() {
        let html = r#"<!DOCTYPE html><html><head><title>OHCHR</title><style>p>a{color:red}</style></head>
            <body><script>var s = "<p>not shown</p>"; if (a < b) {}</script><!-- <p>old</p> -->
            <p title="a > b">Shown</p><SCRIPT type="x">hidden</SCRIPT ><noscript>Enable JavaScript</noscript></body></html>"#;
        assert_eq!(html_to_text(html), "Shown");
    }

    #[test]
    fn references_are_decoded() {
        let html =
            "<p>Fran&ccedil;ais &amp; Espa&#241;ol &#x2013; &ldquo;EMLER&rdquo; &unknown; AT&T &lt;b&gt; 5 &lt 6</p>";
        assert_eq!(html_to_text(html), "Français & Español – “EMLER” &unknown; AT&T <b> 5 < 6");
    }

    #[test]
    fn a_mailto_target_hidden_behind_link_text_is_kept() {
        let html = r#"<p>Send your input <a href="mailto:ohchr-emler@un.org?subject=EMLER%202024">here</a>.</p>
            <p>Or to <a href="MAILTO:registry@ohchr.org">registry@ohchr.org</a>.</p>"#;
        assert_eq!(html_to_text(html), "Send your input here (ohchr-emler@un.org).\n\nOr to registry@ohchr.org.");
    }

    /// Cloudflare's scheme, as its documentation and many decoders give it:
    /// a random key byte, then each byte of the address XORed with it, in hex.
    fn cloudflare_encode(address: &str, key: u8) -> String {
        std::iter::once(key).chain(address.bytes().map(|b| b ^ key)).map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn addresses_hidden_by_cloudflare_are_recovered() {
        let hex = cloudflare_encode("ohchr-emler@un.org", 0x5a);
        let html = format!(
            r#"<dl><dt>Email address:</dt><dd><a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="{hex}">[email&#160;protected]</a></dd></dl>"#
        );
        assert_eq!(html_to_text(&html), "Email address:\nohchr-emler@un.org");
        let html = format!(
            r#"<p>Email: <a href="/cdn-cgi/l/email-protection#{hex}"><span>[email&#160;protected]</span></a></p>"#
        );
        assert_eq!(html_to_text(&html), "Email: ohchr-emler@un.org");
    }

    #[test]
    fn broken_markup_does_not_break_the_stripper() {
        for html in [
            "<",
            "<p",
            "<p title=\"x",
            "</",
            "<!--",
            "<![CDATA[x",
            "<script>x",
            "a <3 b",
            "&#xFFFFFFFF; &#0; &#",
            "<a href=mailto:>x</a>",
        ] {
            let _ = html_to_text(html);
        }
        assert_eq!(html_to_text("a <3 b"), "a <3 b");
        assert_eq!(html_to_text("<p>one<p>two"), "one\n\ntwo");
        assert_eq!(html_to_text("one<br>two<br><br>three<br/>\n<br />four"), "one\ntwo\n\nthree\n\nfour");
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(looks_like_html("<!DOCTYPE html><html>"));
        assert!(looks_like_html("\u{feff}  <html lang=en>"));
        assert!(looks_like_html("<div><p>Call for inputs</p><p>x</p></div>"));
        assert!(!looks_like_html("Call for inputs\n\nWord limit: 2500 words (i.e. <3000)"));
    }
}
