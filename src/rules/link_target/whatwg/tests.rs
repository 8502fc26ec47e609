//! Our parser against the `url` crate 2.5.8 (with `idna_adapter` 1.0), which
//! the checker shipped with until this parser replaced it: on every input,
//! both must give the same verdict (a URL, no scheme, or not a URL) and the
//! same scheme, host (kind and value), path and query. Inputs: the
//! web-platform-tests' URL inputs (tests/reference/urltestdata-inputs.json),
//! strings generated from URL pieces, strings of scrambled parser-significant
//! characters, and every link in the corpus.

use super::{parse, Host, ParseError};
use crate::rules::link_target::parse_url;
use std::net::{Ipv4Addr, Ipv6Addr};

/// What the link rules can learn from a string.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    NoScheme,
    Invalid,
    Url { scheme: String, host: Option<HostOutcome>, host_str: Option<String>, path: String, query: Option<String> },
}

#[derive(Debug, PartialEq, Eq)]
enum HostOutcome {
    Domain(String),
    Ipv4(Ipv4Addr),
    Ipv6(Ipv6Addr),
}

fn ours(result: Result<super::Url, ParseError>) -> Outcome {
    match result {
        Err(ParseError::RelativeUrlWithoutBase) => Outcome::NoScheme,
        Err(ParseError::Invalid) => Outcome::Invalid,
        Ok(u) => Outcome::Url {
            scheme: u.scheme().to_string(),
            host: u.host().map(|h| match h {
                Host::Domain(d) => HostOutcome::Domain(d.to_string()),
                Host::Ipv4(ip) => HostOutcome::Ipv4(ip),
                Host::Ipv6(ip) => HostOutcome::Ipv6(ip),
            }),
            host_str: u.host_str().map(str::to_string),
            path: u.path().to_string(),
            query: u.query().map(str::to_string),
        },
    }
}

fn reference(result: Result<url::Url, url::ParseError>) -> Outcome {
    match result {
        Err(url::ParseError::RelativeUrlWithoutBase) => Outcome::NoScheme,
        Err(_) => Outcome::Invalid,
        Ok(u) => Outcome::Url {
            scheme: u.scheme().to_string(),
            host: u.host().map(|h| match h {
                url::Host::Domain(d) => HostOutcome::Domain(d.to_string()),
                url::Host::Ipv4(ip) => HostOutcome::Ipv4(ip),
                url::Host::Ipv6(ip) => HostOutcome::Ipv6(ip),
            }),
            host_str: u.host_str().map(str::to_string),
            path: u.path().to_string(),
            query: u.query().map(str::to_string),
        },
    }
}

/// `link_target::ascii_host` as it was with the `url` crate: the same steps,
/// with `percent-encoding` and `idna`'s Punycode.
fn reference_ascii_host(s: &str) -> Option<String> {
    let s = s.trim_matches(|c: char| c <= ' ');
    let colon = s.find(':')?;
    let scheme = s[..colon].to_ascii_lowercase();
    if !matches!(scheme.as_str(), "http" | "https" | "ftp" | "ws" | "wss" | "file") {
        return None;
    }
    let start = colon + 1 + s[colon + 1..].find(|c| c != '/' && c != '\\').unwrap_or(s.len() - colon - 1);
    let end = s[start..].find(['/', '\\', '?', '#']).map_or(s.len(), |i| start + i);
    let authority = &s[start..end];
    let host_start = start + authority.rfind('@').map_or(0, |i| i + 1);
    let host_and_port = &s[host_start..end];
    if host_and_port.starts_with('[') {
        return None;
    }
    let host_end = host_start + host_and_port.rfind(':').unwrap_or(host_and_port.len());
    let host = &s[host_start..host_end];
    if host.is_ascii() && !host.contains('%') {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(host).decode_utf8().ok()?;
    if decoded.is_ascii() {
        return None;
    }
    let mut mapped = String::with_capacity(decoded.len());
    for c in decoded.chars() {
        match c {
            '\u{3002}' | '\u{FF0E}' | '\u{FF61}' => mapped.push('.'),
            '\u{FF01}'..='\u{FF5E}' => mapped.extend(char::from_u32(u32::from(c) - 0xFEE0)?.to_lowercase()),
            c if c.is_whitespace() || c.is_control() => return None,
            c => mapped.extend(c.to_lowercase()),
        }
    }
    let labels: Option<Vec<String>> = mapped
        .split('.')
        .map(|label| {
            if label.is_ascii() {
                Some(label.to_string())
            } else {
                idna::punycode::encode_str(label).map(|p| format!("xn--{p}"))
            }
        })
        .collect();
    Some(format!("{}{}{}", &s[..host_start], labels?.join("."), &s[host_end..]))
}

/// The inputs on which the two disagree, each with both answers (at most 20).
fn disagreements<'a>(inputs: impl IntoIterator<Item = &'a str>) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut out = Vec::new();
    for input in inputs {
        // The parser alone, and with the link rules' host mapping in front.
        let bare = (ours(parse(input)), reference(url::Url::parse(input)));
        let mapped_input = reference_ascii_host(input);
        let mapped = (ours(parse_url(input)), reference(url::Url::parse(mapped_input.as_deref().unwrap_or(input))));
        for (what, (a, b)) in [("parse", bare), ("parse_url", mapped)] {
            if a != b {
                count += 1;
                if out.len() < 20 {
                    out.push(format!("{what}({input:?}):\n  ours      {a:?}\n  url crate {b:?}"));
                }
            }
        }
        let decoded = super::percent_decode(input);
        let reference_decoded: Vec<u8> = percent_encoding::percent_decode_str(input).collect();
        if decoded != reference_decoded {
            count += 1;
            if out.len() < 20 {
                out.push(format!("percent_decode({input:?}): {decoded:?} vs {reference_decoded:?}"));
            }
        }
    }
    (count, out)
}

fn assert_agree<'a>(inputs: impl IntoIterator<Item = &'a str>) {
    let (count, first) = disagreements(inputs);
    assert!(count == 0, "{count} disagreement(s), the first {}:\n{}", first.len(), first.join("\n"));
}

#[test]
fn web_platform_tests_inputs() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/urltestdata-inputs.json");
    let text = std::fs::read_to_string(path).expect("tests/reference/urltestdata-inputs.json");
    let inputs: Vec<String> = serde_json::from_str(&text).expect("a JSON array of strings");
    assert!(inputs.len() > 700, "{} inputs", inputs.len());
    assert_agree(inputs.iter().map(String::as_str));
}

/// A small deterministic generator (xorshift64*), so failures can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SCHEMES: &[&str] = &[
    "http:",
    "https:",
    "HTTP:",
    "hTtPs:",
    "ftp:",
    "ws:",
    "wss:",
    "file:",
    "FILE:",
    "mailto:",
    "tel:",
    "foo:",
    "web+demo:",
    "a1+-.:",
    "htps:",
    "http",
    "1http:",
    "",
    " http:",
    "ht\ttp:",
    "h\ntps:",
    "javascript:",
    "data:",
];
const SLASHES: &[&str] = &["//", "/", "", "\\\\", "/\\", "///", "\\", "////", "/\t/", " //"];
const USERINFO: &[&str] = &["", "", "", "user@", "user:pw@", ":@", ":x@", "@", "a@b@", "%40@", "ü@", "u ser@", ":@:@"];
const HOSTS: &[&str] = &[
    "example.org",
    "www.ohchr.org",
    "EXAMPLE.ORG",
    "localhost",
    "LocalHost",
    "intranet",
    "a",
    "xn--bcher-kva.example",
    "XN--BCHER-KVA.example",
    "xn--.org",
    "xn--a.org",
    "xn--a-.org",
    "xn---abc.org",
    "xn--ls8h",
    "xn--1ch.com",
    "xn--zca.de",
    "xn--a$b.org",
    "xn--zn7c",
    "XN--ZCA.de",
    "xn--0.org",
    "xn--9999999999a.org",
    "xn--a-b-c",
    "xn--ab--",
    "xn--u-ccb",
    "xn--1ug.org",
    "xn--a-pgo",
    "xn--e1afmkfd.xn--p1ai",
    "xn--r8jz45g.xn--zckzah",
    "Xn--Zca",
    "bücher.example",
    "BÜCHER.example",
    "例え。テスト",
    "ｍüｎｃｈｅｎ.de",
    "пример.рф",
    "b%C3%BCcher.example",
    "b%FCcher.org",
    "%41.com",
    "%2e",
    "ex%20ample.org",
    "a b.org",
    "a\tb.org",
    "a<b",
    "a^b",
    "a|b",
    "a%b",
    "a!$&'()*+,;=b",
    "a_b.org",
    "a~b",
    "a{b}",
    "a\"b",
    "a`b",
    "127.0.0.1",
    "127.1",
    "0x7f.1",
    "0x7F.0.0.1",
    "0177.0.0.1",
    "2130706433",
    "4294967295",
    "4294967296",
    "256.0.0.1",
    "1.2.3.4.5",
    "1.2.3.4.",
    "1.2.3.09",
    "0x",
    "0x.0x.0",
    "09",
    "08.1",
    "1..2",
    ".",
    "..",
    "a.",
    "a..",
    "a.1",
    "a.0x1",
    "1.a",
    "10.0.0.256",
    "192.168.1.10",
    "172.16.5.4",
    "169.254.1.1",
    "100.64.0.1",
    "[::1]",
    "[::]",
    "[fd12:3456::1]",
    "[fe80::1%25eth0]",
    "[::ffff:192.168.0.1]",
    "[::ffff:1.2.3]",
    "[::ffff:01.2.3.4]",
    "[1:2:3:4:5:6:7:8]",
    "[1:2:3:4:5:6:7:8:9]",
    "[1::2::3]",
    "[:1]",
    "[1:]",
    "[1:0:0:2:0:0:0:3]",
    "[0:0:1:0:0:1:0:0]",
    "[::1.2.3.4]",
    "[1:2:3:4:5:6:1.2.3.4]",
    "[1:2:3:4:5:6:7:1.2.3.4]",
    "[12345::]",
    "[g::1]",
    "[::1",
    "::1]",
    "[]",
    "[",
    "",
    " ",
    "\u{200C}a.org",
    "xn--a-ecp.ru",
    "ｘｎ--bcher-kva.example",
    "a%00b",
    "%zz.org",
    "a\u{0}b",
    "sub.example.COM.",
    "Ａ.com",
];
const PORTS: &[&str] =
    &["", "", "", ":", ":80", ":443", ":8080", ":0", ":65535", ":65536", ":99999", ":x", ": 1", ":1\t2"];
const PATHS: &[&str] = &[
    "",
    "/",
    "/en/about",
    "/a/../b",
    "/a/./b",
    "/..",
    "/.",
    "/%2e%2E/x",
    "/.%2e/",
    "/%2e/",
    "/a/b/../../..",
    "\\x\\y",
    "/C:/x",
    "/c|/x",
    "/C:",
    "C|",
    "/C|\\..\\..",
    "/C:\\x",
    "/a b",
    "/ü",
    "/a%20b",
    "/a%zz",
    "/{}`<>\"",
    "//x//",
    "/a\tb",
    "/a\nb",
    "/home/x",
    "/file/1",
    "/FOLDER/2",
    "/C:x",
    "/C:\tx",
    "/./C:",
    "/x/C:/..",
    "/%",
    "/\u{0}",
    "/\u{7f}",
];
const QUERIES: &[&str] =
    &["", "", "?", "?q=1", "?q=ü", "?a b'c\"<>", "?x#y", "?%zz", "?\t?", "#frag", "#f ü", "?q#f?g"];

/// One generated string: a scheme, maybe slashes and an authority, a path, a query.
fn generated(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.chance(5) {
        s.push_str(rng.pick(&[" ", "\u{1}", "\t", "\u{7f}"]));
    }
    s.push_str(rng.pick(SCHEMES));
    s.push_str(rng.pick(SLASHES));
    s.push_str(rng.pick(USERINFO));
    s.push_str(rng.pick(HOSTS));
    if rng.chance(10) {
        s.push_str(rng.pick(HOSTS)); // two pieces run together
    }
    s.push_str(rng.pick(PORTS));
    s.push_str(rng.pick(PATHS));
    if rng.chance(15) {
        s.push_str(rng.pick(PATHS));
    }
    s.push_str(rng.pick(QUERIES));
    if rng.chance(5) {
        s.push_str(rng.pick(&[" ", "\n", "\u{0}"]));
    }
    s
}

#[test]
fn generated_strings() {
    let mut rng = Rng(0x5EED_0F0D_D123_4567);
    let inputs: Vec<String> = (0..300_000).map(|_| generated(&mut rng)).collect();
    assert_agree(inputs.iter().map(String::as_str));
}

/// Characters that mean something to the parser, and a few that do not.
const ALPHABET: &[&str] = &[
    ":", "/", "\\", "?", "#", "@", "[", "]", ".", "%", "%2e", "%41", "%c3%bc", "0", "1", "7", "9", "x", "X", "a", "f",
    "C", "|", "-", "xn--", "\t", "\n", " ", "\u{0}", "ü", "。", "\u{FFFD}", "'", "\"", "<", "^", "{",
];

/// One string of random parser-significant characters, usually after a scheme.
fn scrambled(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.chance(80) {
        s.push_str(rng.pick(SCHEMES));
    }
    for _ in 0..rng.next() % 24 {
        s.push_str(rng.pick(ALPHABET));
    }
    s
}

#[test]
fn scrambled_strings() {
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    let inputs: Vec<String> = (0..200_000).map(|_| scrambled(&mut rng)).collect();
    assert_agree(inputs.iter().map(String::as_str));
}

/// The links of every corpus file the reader opens: their targets, their
/// shown texts, and the shown texts as `text_as_url` completes them.
#[test]
#[ignore = "needs ../shared/corpus"]
fn corpus_links() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut inputs = Vec::new();
    for dir in ["docx", "pdf", "doc"] {
        let Ok(entries) = std::fs::read_dir(corpus.join(dir)) else { continue };
        for entry in entries.flatten() {
            let Ok(bytes) = std::fs::read(entry.path()) else { continue };
            let format = crate::sniff::sniff(&bytes).format;
            let Ok(doc) = crate::read::read(&bytes, format, &crate::limits::Limits::default()) else { continue };
            for link in doc.links {
                inputs.push(format!("http://{}", link.text.trim()));
                inputs.push(link.text);
                inputs.push(link.url.trim().to_string());
                inputs.push(link.url);
            }
        }
    }
    assert!(inputs.len() > 1000, "only {} inputs: is the corpus there?", inputs.len());
    assert_agree(inputs.iter().map(String::as_str));
}
