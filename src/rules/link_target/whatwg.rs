//! The WHATWG URL parser (<https://url.spec.whatwg.org/#concept-basic-url-parser>),
//! without a base URL, for the link rules: whether a string is an absolute
//! URL, and its scheme, host, path and query. It follows the `url` crate
//! 2.5.8 (MIT / Apache-2.0), which the checker used before, step by step,
//! so that every answer stays the same; what the link rules never read
//! (user name, password, port, fragment) is checked but not kept.
//! The `url` crate stays as a dev-dependency: `tests` compares the two on
//! the corpus's links, the web-platform-tests' URL inputs and generated strings.

use super::punycode;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::Chars;

/// Why a string is not an absolute URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParseError {
    /// No scheme: a relative reference, which needs a base URL.
    RelativeUrlWithoutBase,
    /// Anything else (a bad host, port, IP address…).
    Invalid,
}

use ParseError::Invalid;

/// A URL's host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Host<'a> {
    /// A domain name (ASCII, lower case, for special schemes) or an opaque host.
    Domain(&'a str),
    Ipv4(Ipv4Addr),
    Ipv6(Ipv6Addr),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HostKind {
    None,
    Domain,
    Ipv4(Ipv4Addr),
    Ipv6(Ipv6Addr),
}

/// A parsed absolute URL.
#[derive(Debug, Clone)]
pub(crate) struct Url {
    /// The URL as the `url` crate serializes it, up to the query, except
    /// that the user name, password and port are left out.
    serialization: String,
    scheme_end: usize,
    host_start: usize,
    host_end: usize,
    host: HostKind,
    path_start: usize,
    query_start: Option<usize>,
}

impl Url {
    /// The scheme, lower case, without `:`.
    pub(crate) fn scheme(&self) -> &str {
        &self.serialization[..self.scheme_end]
    }

    pub(crate) fn host(&self) -> Option<Host<'_>> {
        match self.host {
            HostKind::None => None,
            HostKind::Domain => Some(Host::Domain(&self.serialization[self.host_start..self.host_end])),
            HostKind::Ipv4(ip) => Some(Host::Ipv4(ip)),
            HostKind::Ipv6(ip) => Some(Host::Ipv6(ip)),
        }
    }

    /// The host as written in the URL (an IPv6 address in brackets).
    pub(crate) fn host_str(&self) -> Option<&str> {
        (self.host != HostKind::None).then(|| &self.serialization[self.host_start..self.host_end])
    }

    /// The path, percent-encoded.
    pub(crate) fn path(&self) -> &str {
        &self.serialization[self.path_start..self.query_start.unwrap_or(self.serialization.len())]
    }

    /// The query without `?`, percent-encoded; `None` when there is no `?`.
    pub(crate) fn query(&self) -> Option<&str> {
        self.query_start.map(|q| &self.serialization[q + 1..])
    }
}

/// Parses `input` as an absolute URL.
pub(crate) fn parse(input: &str) -> Result<Url, ParseError> {
    let input = Input::new(input.trim_matches(|c: char| c <= ' '));
    let mut parser = Parser { s: String::new() };
    let remaining = parser.scheme(input).ok_or(ParseError::RelativeUrlWithoutBase)?;
    let scheme = Scheme::of(&parser.s);
    let scheme_end = parser.s.len();
    parser.s.push(':');
    let url = match scheme {
        Scheme::File => parser.file(remaining)?,
        Scheme::Special => {
            let (_, after_slashes) = remaining.count_matching(|c| matches!(c, '/' | '\\'));
            parser.after_double_slash(after_slashes, scheme, scheme_end)?
        }
        Scheme::Other => parser.non_special(remaining, scheme_end)?,
    };
    Ok(url)
}

/// Decodes `%XX` escapes (others are left as written), as `percent-encoding` does.
pub(crate) fn percent_decode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        let hex = |j: usize| tail.get(j).and_then(|&h| char::from(h).to_digit(16));
        match (b, hex(0), hex(1)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                rest = tail.get(2..).unwrap_or_default();
            }
            _ => {
                out.push(b);
                rest = tail;
            }
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    File,
    /// http, https, ws, wss, ftp.
    Special,
    Other,
}

impl Scheme {
    fn of(scheme: &str) -> Scheme {
        match scheme {
            "http" | "https" | "ws" | "wss" | "ftp" => Scheme::Special,
            "file" => Scheme::File,
            _ => Scheme::Other,
        }
    }

    fn is_special(self) -> bool {
        self != Scheme::Other
    }
}

/// A set of ASCII bytes to percent-encode: C0 controls, DEL and `extra`.
const fn encode_set(extra: &[u8]) -> u128 {
    let mut bits = ((1u128 << 0x20) - 1) | (1u128 << 0x7f);
    let mut rest = extra;
    while let [b, tail @ ..] = rest {
        bits |= 1u128 << *b;
        rest = tail;
    }
    bits
}

const CONTROLS: u128 = encode_set(b"");
const PATH: u128 = encode_set(b" \"<>`#?{}");
const QUERY: u128 = encode_set(b" \"#<>");
const SPECIAL_QUERY: u128 = encode_set(b" \"#<>'");

/// Appends `text` to `out`, percent-encoding non-ASCII bytes and those in `set`.
fn encode_into(out: &mut String, text: &str, set: u128) {
    let hex = |n: u8| char::from(if n < 10 { b'0' + n } else { b'A' + n - 10 });
    for &b in text.as_bytes() {
        if b >= 0x80 || set & (1u128 << b) != 0 {
            out.extend(['%', hex(b >> 4), hex(b & 15)]);
        } else {
            out.push(char::from(b));
        }
    }
}

fn tab_or_newline(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
}

/// The input, read one character at a time with tabs and newlines skipped.
#[derive(Clone)]
struct Input<'i> {
    chars: Chars<'i>,
}

impl<'i> Input<'i> {
    fn new(s: &'i str) -> Self {
        Input { chars: s.chars() }
    }

    fn starts_with(&self, c: char) -> bool {
        self.clone().next() == Some(c)
    }

    fn split_first(&self) -> (Option<char>, Self) {
        let mut rest = self.clone();
        (rest.next(), rest)
    }

    /// `self` without `prefix`, if it starts with it.
    fn strip_prefix(&self, prefix: &str) -> Option<Self> {
        let mut rest = self.clone();
        prefix.chars().all(|c| rest.next() == Some(c)).then_some(rest)
    }

    fn count_matching(&self, f: impl Fn(char) -> bool) -> (u32, Self) {
        let mut count = 0;
        let mut rest = self.clone();
        loop {
            let mut next = rest.clone();
            match next.next() {
                Some(c) if f(c) => {
                    rest = next;
                    count += 1;
                }
                _ => return (count, rest),
            }
        }
    }

    /// The next character and its UTF-8 text.
    fn next_utf8(&mut self) -> Option<(char, &'i str)> {
        loop {
            let text = self.chars.as_str();
            let c = self.chars.next()?;
            if !tab_or_newline(c) {
                return Some((c, &text[..c.len_utf8()]));
            }
        }
    }

    /// The characters up to the first for which `stop` is true (tabs and
    /// newlines left out), and the input from there.
    fn take_until(&self, mut stop: impl FnMut(char) -> bool) -> (String, Self) {
        let mut text = String::new();
        let mut rest = self.clone();
        loop {
            let mut next = rest.clone();
            match next.next() {
                Some(c) if !stop(c) => {
                    text.push(c);
                    rest = next;
                }
                _ => return (text, rest),
            }
        }
    }
}

impl Iterator for Input<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        self.chars.by_ref().find(|&c| !tab_or_newline(c))
    }
}

struct Parser {
    /// The URL serialized so far.
    s: String,
}

impl Parser {
    /// The scheme state: the scheme, lower-cased, into `self.s`; the input after `:`.
    fn scheme<'i>(&mut self, mut input: Input<'i>) -> Option<Input<'i>> {
        if !input.clone().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        while let Some(c) = input.next() {
            match c {
                'a'..='z' | '0'..='9' | '+' | '-' | '.' => self.s.push(c),
                'A'..='Z' => self.s.push(c.to_ascii_lowercase()),
                ':' => return Some(input),
                _ => return None,
            }
        }
        None
    }

    /// A scheme other than the special ones: an authority after `//`, or a path.
    fn non_special(mut self, input: Input<'_>, scheme_end: usize) -> Result<Url, ParseError> {
        if let Some(input) = input.strip_prefix("//") {
            return self.after_double_slash(input, Scheme::Other, scheme_end);
        }
        let path_start = self.s.len();
        let remaining = match input.strip_prefix("/") {
            Some(input) => {
                self.s.push('/');
                self.path(Scheme::Other, &mut false, path_start, input)
            }
            None => self.opaque_path(input),
        };
        self.finish(Scheme::Other, scheme_end, (path_start, path_start, HostKind::None), path_start, remaining)
    }

    fn after_double_slash(mut self, input: Input<'_>, scheme: Scheme, scheme_end: usize) -> Result<Url, ParseError> {
        self.s.push_str("//");
        let (has_userinfo, remaining) = userinfo(input, scheme)?;
        if has_userinfo {
            self.s.push('@');
        }
        let host_start = self.s.len();
        let (host, remaining) = self.host_and_port(remaining, scheme)?;
        if host == HostKind::None && has_userinfo {
            return Err(Invalid);
        }
        let host_end = self.s.len();
        let remaining = self.path_start(scheme, &mut true, remaining);
        self.finish(scheme, scheme_end, (host_start, host_end, host), host_end, remaining)
    }

    /// The host (written into `self.s`) and the port (checked, not kept).
    fn host_and_port<'i>(&mut self, input: Input<'i>, scheme: Scheme) -> Result<(HostKind, Input<'i>), ParseError> {
        let mut in_brackets = false;
        let (text, remaining) = input.take_until(|c| match c {
            ':' if !in_brackets => true,
            '\\' => scheme.is_special(),
            '/' | '?' | '#' => true,
            '[' | ']' => {
                in_brackets = c == '[';
                false
            }
            _ => false,
        });
        if scheme.is_special() && text.is_empty() {
            return Err(Invalid);
        }
        let host = if scheme.is_special() { special_host(&text)? } else { opaque_host(&text)? };
        let kind = self.push_host(host);
        if kind == HostKind::None && (remaining.starts_with(':') || scheme.is_special()) {
            return Err(Invalid);
        }
        let remaining = match remaining.strip_prefix(":") {
            Some(port) => check_port(port)?,
            None => remaining,
        };
        Ok((kind, remaining))
    }

    /// Writes a host into `self.s`; an empty domain is no host.
    fn push_host(&mut self, host: ParsedHost) -> HostKind {
        match host {
            ParsedHost::Domain(d) if d.is_empty() => HostKind::None,
            ParsedHost::Domain(d) => {
                self.s.push_str(&d);
                HostKind::Domain
            }
            ParsedHost::Ipv4(ip) => {
                self.s.push_str(&ip.octets().map(|o| o.to_string()).join("."));
                HostKind::Ipv4(ip)
            }
            ParsedHost::Ipv6(ip) => {
                self.s.push('[');
                write_ipv6(&mut self.s, ip);
                self.s.push(']');
                HostKind::Ipv6(ip)
            }
        }
    }

    /// `file:` URLs: a host only after two slashes, and Windows drive letters.
    fn file(mut self, input: Input<'_>) -> Result<Url, ParseError> {
        const SCHEME_END: usize = 4;
        const HOST_START: usize = 7; // after "file://"
        self.s.push_str("//");
        let slash = |c: Option<char>| matches!(c, Some('/' | '\\'));
        let (first, after_first) = input.split_first();
        let (second, after_second) = after_first.split_first();
        if !(slash(first) && slash(second)) {
            // No host. With no slash the path starts at once, after a "/"
            // written here; with one, that slash begins the path.
            if !slash(first) {
                self.s.push('/');
            }
            let remaining = self.path(Scheme::File, &mut false, HOST_START, input);
            return self.finish(
                Scheme::File,
                SCHEME_END,
                (HOST_START, HOST_START, HostKind::None),
                HOST_START,
                remaining,
            );
        }
        let (text, after_host) = after_second.take_until(|c| matches!(c, '/' | '\\' | '?' | '#'));
        let (mut host, remaining) = if is_windows_drive_letter(&text) {
            (HostKind::None, after_second)
        } else if text.is_empty() {
            (HostKind::None, after_host)
        } else {
            let host = match special_host(&text)? {
                ParsedHost::Domain(d) if d == "localhost" => ParsedHost::Domain(String::new()),
                h => h,
            };
            (self.push_host(host), after_host)
        };
        let mut has_host = host != HostKind::None;
        let mut host_end = self.s.len();
        let remaining = if has_host {
            self.path_start(Scheme::File, &mut has_host, remaining)
        } else {
            let path_start = self.s.len();
            self.s.push('/');
            self.path(Scheme::File, &mut has_host, path_start, remaining)
        };
        if !has_host {
            // A host before a Windows drive letter is dropped.
            self.s.drain(HOST_START..host_end);
            host_end = HOST_START;
            host = HostKind::None;
        }
        self.finish(Scheme::File, SCHEME_END, (HOST_START, host_end, host), host_end, remaining)
    }

    /// The path start state.
    fn path_start<'i>(&mut self, scheme: Scheme, has_host: &mut bool, input: Input<'i>) -> Input<'i> {
        let path_start = self.s.len();
        let (first, rest) = input.split_first();
        if scheme.is_special() {
            if !self.s.ends_with('/') {
                self.s.push('/');
                if matches!(first, Some('/' | '\\')) {
                    return self.path(scheme, has_host, path_start, rest);
                }
            }
            return self.path(scheme, has_host, path_start, input);
        }
        if matches!(first, Some('?' | '#')) {
            return input;
        }
        if first.is_some_and(|c| c != '/') {
            self.s.push('/');
        }
        self.path(scheme, has_host, path_start, input)
    }

    /// The path state: segments, with `.` and `..` resolved.
    fn path<'i>(&mut self, scheme: Scheme, has_host: &mut bool, path_start: usize, mut input: Input<'i>) -> Input<'i> {
        loop {
            let mut segment_start = self.s.len();
            let mut ends_with_slash = false;
            // The url crate writes a segment's characters in runs, and looks
            // for a drive letter only in what it has written: up to the
            // segment's start, a tab or newline, or the last drive letter.
            let mut written = self.s.len();
            loop {
                let before = input.clone();
                let rest = input.chars.as_str();
                let Some(c) = input.chars.next() else { break };
                let text = &rest[..c.len_utf8()];
                match c {
                    '\t' | '\n' | '\r' => written = self.s.len(),
                    '/' => {
                        self.s.push('/');
                        ends_with_slash = true;
                        break;
                    }
                    '\\' if scheme.is_special() => {
                        self.s.push('/');
                        ends_with_slash = true;
                        break;
                    }
                    '?' | '#' => {
                        input = before;
                        break;
                    }
                    _ => {
                        if scheme == Scheme::File
                            && written > path_start
                            && is_normalized_windows_drive_letter(&self.s[path_start + 1..written])
                        {
                            self.s.push('/');
                            segment_start += 1;
                            written = self.s.len();
                        }
                        encode_into(&mut self.s, text, PATH);
                    }
                }
            }
            let segment_end = self.s.len() - usize::from(ends_with_slash);
            let segment = &self.s[segment_start..segment_end];
            if is_double_dot(segment) {
                self.s.truncate(segment_start);
                if self.s.ends_with('/') && last_slash_can_be_removed(&self.s, path_start) {
                    self.s.pop();
                }
                self.shorten_path(scheme, path_start);
                if ends_with_slash && !self.s.ends_with('/') {
                    self.s.push('/');
                }
            } else if matches!(segment, "." | "%2e" | "%2E") {
                self.s.truncate(segment_start);
                if !self.s.ends_with('/') {
                    self.s.push('/');
                }
            } else if scheme == Scheme::File && segment_start == path_start + 1 && is_windows_drive_letter(segment) {
                // "C|" becomes "C:", and a host before it is dropped.
                let letter = segment.chars().next().unwrap_or_default();
                self.s.truncate(segment_start);
                self.s.push(letter);
                self.s.push(':');
                if ends_with_slash {
                    self.s.push('/');
                }
                *has_host = false;
            }
            if !ends_with_slash {
                break;
            }
        }
        if scheme == Scheme::File {
            // Leading empty segments of a file path are removed.
            let path = self.s.split_off(path_start);
            self.s.push('/');
            self.s.push_str(path.trim_start_matches('/'));
        }
        input
    }

    fn shorten_path(&mut self, scheme: Scheme, path_start: usize) {
        if self.s.len() == path_start
            || (scheme == Scheme::File && is_normalized_windows_drive_letter(&self.s[path_start..]))
        {
            return;
        }
        let segment_start = path_start + self.s[path_start..].rfind('/').map_or(0, |i| i + 1);
        if !(scheme == Scheme::File && is_normalized_windows_drive_letter(&self.s[segment_start..])) {
            self.s.truncate(segment_start);
        }
    }

    /// The opaque path state (`mailto:a@b`, `tel:123`).
    fn opaque_path<'i>(&mut self, mut input: Input<'i>) -> Input<'i> {
        loop {
            let before = input.clone();
            match input.next_utf8() {
                Some(('?' | '#', _)) => return before,
                Some((_, text)) => encode_into(&mut self.s, text, CONTROLS),
                None => return input,
            }
        }
    }

    /// Adds the query and builds the URL (the fragment is not kept).
    fn finish(
        mut self,
        scheme: Scheme,
        scheme_end: usize,
        (host_start, host_end, host): (usize, usize, HostKind),
        path_start: usize,
        mut input: Input<'_>,
    ) -> Result<Url, ParseError> {
        let mut query_start = None;
        if input.next() == Some('?') {
            query_start = Some(self.s.len());
            self.s.push('?');
            let set = if scheme.is_special() { SPECIAL_QUERY } else { QUERY };
            let (query, _) = input.take_until(|c| c == '#');
            encode_into(&mut self.s, &query, set);
        }
        Ok(Url { serialization: self.s, scheme_end, host_start, host_end, host, path_start, query_start })
    }
}

/// The user name and password, if any: whether there is one, and the input after `@`.
fn userinfo(input: Input<'_>, scheme: Scheme) -> Result<(bool, Input<'_>), ParseError> {
    let mut last_at = None;
    let mut rest = input.clone();
    let mut count = 0;
    while let Some(c) = rest.next() {
        match c {
            '@' => last_at = Some((count, rest.clone())),
            '/' | '?' | '#' => break,
            '\\' if scheme.is_special() => break,
            _ => (),
        }
        count += 1;
    }
    match last_at {
        None => Ok((false, input)),
        Some((0, after)) => match after.clone().next() {
            Some('/' | '?' | '#') => Err(Invalid),
            Some('\\') if scheme.is_special() => Err(Invalid),
            _ => Ok((false, after)),
        },
        // Only a ":" before the "@" writes nothing.
        Some((count, after)) => Ok((!(count == 1 && input.starts_with(':')), after)),
    }
}

/// After `:`, the port's digits, up to the path, query or fragment.
fn check_port(mut input: Input<'_>) -> Result<Input<'_>, ParseError> {
    let mut port: u32 = 0;
    while let (Some(c), rest) = input.split_first() {
        if let Some(digit) = c.to_digit(10) {
            port = port * 10 + digit;
            if port > u32::from(u16::MAX) {
                return Err(Invalid);
            }
        } else if !matches!(c, '/' | '\\' | '?' | '#') {
            return Err(Invalid);
        } else {
            break;
        }
        input = rest;
    }
    Ok(input)
}

enum ParsedHost {
    Domain(String),
    Ipv4(Ipv4Addr),
    Ipv6(Ipv6Addr),
}

/// The host parser for special schemes: IPv6 in brackets, or a domain
/// (percent-decoded, to ASCII) that may be an IPv4 address.
fn special_host(text: &str) -> Result<ParsedHost, ParseError> {
    if let Some(inner) = text.strip_prefix('[') {
        return ipv6(inner.strip_suffix(']').ok_or(Invalid)?).map(ParsedHost::Ipv6);
    }
    let domain = punycode::domain_to_ascii(&percent_decode(text)).ok_or(Invalid)?;
    if domain.is_empty() {
        return Err(Invalid);
    }
    if ends_in_a_number(&domain) {
        return ipv4(&domain).map(ParsedHost::Ipv4);
    }
    Ok(ParsedHost::Domain(domain))
}

/// The opaque-host parser, for other schemes.
fn opaque_host(text: &str) -> Result<ParsedHost, ParseError> {
    if let Some(inner) = text.strip_prefix('[') {
        return ipv6(inner.strip_suffix(']').ok_or(Invalid)?).map(ParsedHost::Ipv6);
    }
    if text.chars().any(|c| {
        matches!(
            c,
            '\0' | '\t' | '\n' | '\r' | ' ' | '#' | '/' | ':' | '<' | '>' | '?' | '@' | '[' | '\\' | ']' | '^' | '|'
        )
    }) {
        return Err(Invalid);
    }
    let mut domain = String::new();
    encode_into(&mut domain, text, CONTROLS);
    Ok(ParsedHost::Domain(domain))
}

/// <https://url.spec.whatwg.org/#ends-in-a-number-checker>
fn ends_in_a_number(domain: &str) -> bool {
    let mut parts = domain.rsplit('.');
    let last = match parts.next() {
        Some("") => match parts.next() {
            Some(last) => last,
            None => return false,
        },
        Some(last) => last,
        None => return false,
    };
    (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit())) || ipv4_number(last).is_ok()
}

/// <https://url.spec.whatwg.org/#ipv4-number-parser>: `Ok(None)` is a number too large for 32 bits.
fn ipv4_number(mut text: &str) -> Result<Option<u32>, ()> {
    if text.is_empty() {
        return Err(());
    }
    let mut radix = 10;
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        text = hex;
        radix = 16;
    } else if text.len() >= 2 && text.starts_with('0') {
        text = &text[1..];
        radix = 8;
    }
    if text.is_empty() {
        return Ok(Some(0));
    }
    if !text.chars().all(|c| c.is_digit(radix)) {
        return Err(());
    }
    Ok(u32::from_str_radix(text, radix).ok())
}

/// <https://url.spec.whatwg.org/#concept-ipv4-parser>
fn ipv4(domain: &str) -> Result<Ipv4Addr, ParseError> {
    let mut parts: Vec<&str> = domain.split('.').collect();
    if parts.last() == Some(&"") {
        parts.pop();
    }
    if parts.len() > 4 {
        return Err(Invalid);
    }
    let mut numbers = Vec::with_capacity(parts.len());
    for part in parts {
        numbers.push(ipv4_number(part).ok().flatten().ok_or(Invalid)?);
    }
    let mut address = numbers.pop().ok_or(Invalid)?;
    if address > u32::MAX >> (8 * numbers.len() as u32) || numbers.iter().any(|&n| n > 255) {
        return Err(Invalid);
    }
    for (i, n) in numbers.iter().enumerate() {
        address += n << (8 * (3 - i as u32));
    }
    Ok(Ipv4Addr::from(address))
}

/// <https://url.spec.whatwg.org/#concept-ipv6-parser>
fn ipv6(text: &str) -> Result<Ipv6Addr, ParseError> {
    let mut p = Ipv6Parser { input: text.as_bytes(), i: 0, pieces: [0; 8], piece: 0, compress: None };
    if p.input.len() < 2 {
        return Err(Invalid);
    }
    p.leading_compress()?;
    if p.hex_pieces()? {
        p.ipv4_tail()?;
    }
    if p.i < p.input.len() {
        return Err(Invalid);
    }
    p.expand()
}

/// The IPv6 parser's state: where it is in the input, the pieces so far, and
/// the piece a `::` stands before.
struct Ipv6Parser<'a> {
    input: &'a [u8],
    i: usize,
    pieces: [u16; 8],
    piece: usize,
    compress: Option<usize>,
}

impl Ipv6Parser<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.input.get(i).copied()
    }

    /// A `::` at the start.
    fn leading_compress(&mut self) -> Result<(), ParseError> {
        if self.at(0) == Some(b':') {
            if self.at(1) != Some(b':') {
                return Err(Invalid);
            }
            self.i = 2;
            self.piece = 1;
            self.compress = Some(1);
        }
        Ok(())
    }

    /// The hexadecimal pieces, and a `::` among them. `true`: an IPv4
    /// address follows, and `i` is at its start.
    fn hex_pieces(&mut self) -> Result<bool, ParseError> {
        let len = self.input.len();
        while let Some(c) = self.at(self.i) {
            if self.piece == 8 {
                return Err(Invalid);
            }
            if c == b':' {
                if self.compress.is_some() {
                    return Err(Invalid);
                }
                self.i += 1;
                self.piece += 1;
                self.compress = Some(self.piece);
                continue;
            }
            let start = self.i;
            let mut value = 0u16;
            while let Some(digit) =
                self.at(self.i).filter(|_| self.i < start + 4).and_then(|b| char::from(b).to_digit(16))
            {
                value = value * 0x10 + digit as u16;
                self.i += 1;
            }
            match self.at(self.i) {
                Some(b'.') if self.i == start || self.piece > 6 => return Err(Invalid),
                Some(b'.') => {
                    self.i = start;
                    return Ok(true);
                }
                Some(b':') if self.i + 1 == len => return Err(Invalid),
                Some(b':') => self.i += 1,
                Some(_) => return Err(Invalid),
                None => {}
            }
            *self.pieces.get_mut(self.piece).ok_or(Invalid)? = value;
            self.piece += 1;
        }
        Ok(false)
    }

    /// An IPv4 address as the last two pieces (`::ffff:192.0.2.1`).
    fn ipv4_tail(&mut self) -> Result<(), ParseError> {
        let mut numbers_seen = 0;
        while let Some(c) = self.at(self.i) {
            if numbers_seen > 0 {
                if numbers_seen < 4 && c == b'.' {
                    self.i += 1;
                } else {
                    return Err(Invalid);
                }
            }
            let slot = self.pieces.get_mut(self.piece).ok_or(Invalid)?;
            let number = {
                let (number, next) = decimal_byte(self.input, self.i)?;
                self.i = next;
                number
            };
            *slot = *slot * 0x100 + number;
            numbers_seen += 1;
            if numbers_seen == 2 || numbers_seen == 4 {
                self.piece += 1;
            }
        }
        if numbers_seen != 4 {
            return Err(Invalid);
        }
        Ok(())
    }

    /// The address, the pieces after a `::` moved to the end.
    fn expand(mut self) -> Result<Ipv6Addr, ParseError> {
        match self.compress {
            Some(compress) => {
                let mut swaps = self.piece - compress;
                let mut piece = 7;
                while swaps > 0 {
                    self.pieces.swap(piece, compress + swaps - 1);
                    swaps -= 1;
                    piece -= 1;
                }
            }
            None if self.piece != 8 => return Err(Invalid),
            None => {}
        }
        Ok(Ipv6Addr::from(self.pieces))
    }
}

/// One number of an IPv4 address inside an IPv6 one, from `input[i..]`:
/// 0 to 255, no leading zero. Returns it and where it ends.
fn decimal_byte(input: &[u8], mut i: usize) -> Result<(u16, usize), ParseError> {
    let mut number: Option<u16> = None;
    while let Some(b) = input.get(i).copied().filter(u8::is_ascii_digit) {
        let digit = u16::from(b - b'0');
        number = match number {
            None => Some(digit),
            Some(0) => return Err(Invalid), // no leading zero
            Some(n) if n * 10 + digit > 255 => return Err(Invalid),
            Some(n) => Some(n * 10 + digit),
        };
        i += 1;
    }
    Ok((number.ok_or(Invalid)?, i))
}

/// An IPv6 address as the URL Standard serializes it: lower-case hex, the
/// (first) longest run of two or more zero pieces as `::`.
fn write_ipv6(out: &mut String, ip: Ipv6Addr) {
    let pieces = ip.segments();
    let (mut best, mut best_len, mut run) = (8, 1, 0);
    for (i, &p) in pieces.iter().enumerate() {
        run = if p == 0 { run + 1 } else { 0 };
        if run > best_len {
            best = i + 1 - run;
            best_len = run;
        }
    }
    let mut i = 0;
    while let Some(p) = pieces.get(i) {
        if i == best {
            out.push_str(if i == 0 { "::" } else { ":" });
            i += best_len;
            continue;
        }
        out.push_str(&format!("{p:x}"));
        if i < 7 {
            out.push(':');
        }
        i += 1;
    }
}

fn is_double_dot(segment: &str) -> bool {
    matches!(segment.to_ascii_lowercase().as_str(), ".." | "%2e%2e" | "%2e." | ".%2e")
}

fn starts_with_windows_drive_letter(s: &str) -> bool {
    match s.as_bytes() {
        [letter, b':' | b'|'] | [letter, b':' | b'|', b'/' | b'\\' | b'?' | b'#', ..] => letter.is_ascii_alphabetic(),
        _ => false,
    }
}

fn is_windows_drive_letter(segment: &str) -> bool {
    segment.len() == 2 && starts_with_windows_drive_letter(segment)
}

fn is_normalized_windows_drive_letter(segment: &str) -> bool {
    is_windows_drive_letter(segment) && matches!(segment.as_bytes(), [_, b':'])
}

/// Whether the slash before a `..` segment may go: not the root one, nor a drive letter's.
fn last_slash_can_be_removed(s: &str, path_start: usize) -> bool {
    let before = &s[..s.len() - 1];
    before.rfind('/').is_some_and(|start| {
        start >= path_start
            && !{
                let rest = &s[start..];
                matches!(rest.as_bytes().first(), Some(b'/' | b'\\' | b'?' | b'#'))
                    && starts_with_windows_drive_letter(&rest[1..])
            }
    })
}

#[cfg(test)]
mod tests;
