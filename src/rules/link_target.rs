//! What a link's target is, for the link rules: one analysis, so that a link
//! is reported once, either as malformed or as unreachable. Not a rule itself.

mod punycode;
mod whatwg;

use crate::document::{Link, LinkKind, Location};
use std::net::{Ipv4Addr, Ipv6Addr};
use whatwg::{Host, ParseError, Url};

/// Why a link would not open for the secretariat or a reader, if it would not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Problem {
    /// A file on a computer or a shared drive (`file:`, `C:\`, `\\server`, `/Users/`, a relative path).
    File,
    /// This computer or a private network (`localhost`, 127.0.0.1, 10.x, 192.168.x, `::1`, `fc00::/7`).
    Local,
    /// An organisation's internal site (`http://intranet/`, `.local`, `.internal`, `.corp`).
    Intranet,
    /// A site that opens only after signing in (SharePoint and OneDrive for work, Teams, webmail).
    SignIn,
    /// A cloud file that opens only if its owner shared it publicly (Google Drive and Docs, personal OneDrive).
    CheckSharing,
    /// A web address without `http://` or `https://`, which Word opens as a file name.
    NoScheme,
    /// A misspelt `http`/`https` scheme (`htps://`); the scheme as written.
    SchemeTypo(String),
    /// Not a URL by the WHATWG rules.
    Invalid,
    /// A `mailto:` link without a usable address.
    BadEmail,
}

/// File name endings that make a scheme-less target a file, not a web address.
const FILE_ENDINGS: &[&str] = &[
    ".doc", ".docx", ".docm", ".dot", ".dotx", ".pdf", ".xls", ".xlsx", ".xlsm", ".csv", ".ppt", ".pptx", ".odt",
    ".ods", ".odp", ".rtf", ".txt", ".htm", ".html", ".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".zip", ".msg",
    ".eml", ".mp4", ".mp3",
];

/// Host name endings used only inside organisations' networks.
const INTERNAL_SUFFIXES: &[&str] =
    &[".local", ".localdomain", ".lan", ".internal", ".intranet", ".corp", ".home.arpa", ".home"];

/// Looks at one link's target. `None`: nothing wrong was found.
pub(super) fn analyse(link: &Link) -> Option<Problem> {
    let target = link.url.trim();
    match link.kind {
        LinkKind::Internal => None,
        LinkKind::File => Some(Problem::File),
        LinkKind::Email => email(target),
        LinkKind::External => external(target),
    }
}

fn email(target: &str) -> Option<Problem> {
    let rest = target.get(..7).filter(|p| p.eq_ignore_ascii_case("mailto:")).map(|_| &target[7..]).unwrap_or(target);
    let addresses = rest.split('?').next().unwrap_or("");
    let decoded = percent_decoded(addresses);
    let ok = !decoded.trim().is_empty() && decoded.split(',').all(|a| crate::profile::is_email(a.trim()));
    (!ok).then_some(Problem::BadEmail)
}

fn external(target: &str) -> Option<Problem> {
    let lower = lowercase::lowercase(target);
    let bytes = lower.as_bytes();
    if lower.starts_with("file:")
        || lower.starts_with("\\\\")
        || matches!(bytes, [drive, b':', b'\\' | b'/', ..] if drive.is_ascii_alphabetic())
    {
        return Some(Problem::File);
    }
    if lower.starts_with('/')
        || lower.starts_with("./")
        || lower.starts_with("../")
        || lower.starts_with("~/")
        || lower.starts_with(".\\")
        || lower.starts_with("..\\")
    {
        return Some(Problem::File);
    }
    if lower.starts_with("mailto:") {
        return email(target);
    }
    if lower.starts_with("www.") {
        return Some(Problem::NoScheme);
    }
    let url = match parse_url(target) {
        Ok(u) => u,
        Err(ParseError::RelativeUrlWithoutBase) => {
            // No scheme: "http//x.org" is a broken web address, "Annex 1.docx" a
            // file next to the document, "ohchr.org/en" a web address without its scheme.
            if lower.starts_with("http") {
                return Some(Problem::Invalid);
            }
            let first = lower.split(['/', '\\', '?', '#']).next().unwrap_or("");
            let is_file = FILE_ENDINGS.iter().any(|e| lower.split(['?', '#']).next().unwrap_or("").ends_with(e))
                || lower.contains('\\')
                || !first.contains('.');
            return Some(if is_file { Problem::File } else { Problem::NoScheme });
        }
        Err(_) => return Some(Problem::Invalid),
    };
    match url.scheme() {
        "http" | "https" | "ftp" => host(&url),
        "file" => Some(Problem::File),
        s if near_http(s) => Some(Problem::SchemeTypo(s.to_string())),
        _ => None, // tel:, doi:, urn: and the like are not web links; nothing to say
    }
}

/// Parses an address by the WHATWG URL rules, as browsers do. A host name in
/// another script (`https://bücher.example/`) is first put into its ASCII
/// form (`xn--bcher-kva.example`, RFC 3492), because the parser has no
/// Unicode tables (as the `url` crate with `idna_adapter` 1.0, which it
/// follows: see `whatwg`). The mapping is the part of UTS #46 that people type:
/// lower case, full-width letters and the ideographic full stop `。`; the
/// label is not checked against IDNA's list of disallowed characters, so a
/// host with an odd symbol is taken as written rather than called malformed.
pub(super) fn parse_url(s: &str) -> Result<Url, ParseError> {
    match ascii_host(s) {
        Some(ascii) => whatwg::parse(&ascii),
        None => whatwg::parse(s),
    }
}

/// `s` with its `%XX` escapes decoded, invalid UTF-8 shown as U+FFFD.
pub(super) fn percent_decoded(s: &str) -> String {
    String::from_utf8_lossy(&whatwg::percent_decode(s)).into_owned()
}

/// `s` with its host name in ASCII (punycode), when it has a special scheme
/// (`http`, `https`, `ftp`, `ws`, `wss`, `file`) and a host that is not ASCII
/// (raw or percent-escaped). `None`: nothing to change, or a host no mapping
/// makes valid (then `whatwg::parse` gives the error).
fn ascii_host(s: &str) -> Option<String> {
    let s = s.trim_matches(|c: char| c <= ' ');
    let colon = s.find(':')?;
    let scheme = s[..colon].to_ascii_lowercase();
    if !matches!(scheme.as_str(), "http" | "https" | "ftp" | "ws" | "wss" | "file") {
        return None;
    }
    // Special schemes skip any slashes and backslashes before the authority.
    let start = colon + 1 + s[colon + 1..].find(|c| c != '/' && c != '\\').unwrap_or(s.len() - colon - 1);
    let end = s[start..].find(['/', '\\', '?', '#']).map_or(s.len(), |i| start + i);
    let authority = &s[start..end];
    let host_start = start + authority.rfind('@').map_or(0, |i| i + 1);
    let host_and_port = &s[host_start..end];
    if host_and_port.starts_with('[') {
        return None; // an IPv6 address
    }
    let host_end = host_start + host_and_port.rfind(':').unwrap_or(host_and_port.len());
    let host = &s[host_start..host_end];
    if host.is_ascii() && !host.contains('%') {
        return None;
    }
    let decoded = String::from_utf8(whatwg::percent_decode(host)).ok()?;
    if decoded.is_ascii() {
        return None;
    }
    let mut mapped = String::with_capacity(decoded.len());
    for c in decoded.chars() {
        match c {
            '\u{3002}' | '\u{FF0E}' | '\u{FF61}' => mapped.push('.'),
            // Full-width ASCII (Ａ, ｂ, ０) is its ASCII letter.
            '\u{FF01}'..='\u{FF5E}' => mapped.extend(lowercase::chars(char::from_u32(u32::from(c) - 0xFEE0)?)),
            c if c.is_whitespace() || c.is_control() => return None,
            c => mapped.extend(lowercase::chars(c)),
        }
    }
    let labels: Option<Vec<String>> = mapped
        .split('.')
        .map(|label| {
            if label.is_ascii() {
                Some(label.to_string())
            } else {
                punycode::encode(label).map(|p| format!("xn--{p}"))
            }
        })
        .collect();
    Some(format!("{}{}{}", &s[..host_start], labels?.join("."), &s[host_end..]))
}

/// A scheme one or two letters away from `http` or `https`.
fn near_http(scheme: &str) -> bool {
    ["http", "https"].iter().any(|h| edit_distance(scheme, h) <= 2) && scheme.len() >= 3
}

/// Levenshtein distance, for short ASCII strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // One row of the table at a time: `row[j]` is the distance from the
    // part of `a` seen so far to `b[..j]`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i; // the row above, column 0
        let mut left = i + 1; // this row, column 0
        let mut next = Vec::with_capacity(row.len());
        next.push(left);
        for (cb, &above) in b.iter().zip(row.iter().skip(1)) {
            left = (diagonal + usize::from(ca != *cb)).min(left + 1).min(above + 1);
            next.push(left);
            diagonal = above;
        }
        row = next;
    }
    row.last().copied().unwrap_or(0)
}

fn host(url: &Url) -> Option<Problem> {
    match url.host() {
        None => Some(Problem::Invalid),
        Some(Host::Ipv4(ip)) => ipv4_is_local(ip).then_some(Problem::Local),
        Some(Host::Ipv6(ip)) => ipv6_is_local(ip).then_some(Problem::Local),
        Some(Host::Domain(d)) => domain(d.trim_end_matches('.'), url.path()),
    }
}

fn ipv4_is_local(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    // 100.64.0.0/10 is carrier-grade NAT: private too.
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || (a == 100 && (64..128).contains(&b))
}

fn ipv6_is_local(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    ip.is_loopback()
        || ip.is_unspecified()
        || (first & 0xfe00) == 0xfc00 // unique local, fc00::/7
        || (first & 0xffc0) == 0xfe80 // link-local, fe80::/10
        || ip.to_ipv4_mapped().is_some_and(ipv4_is_local)
}

fn domain(d: &str, path: &str) -> Option<Problem> {
    let d = d.to_ascii_lowercase();
    let ends = |suffix: &str| d == suffix.trim_start_matches('.') || d.ends_with(suffix);
    if ends(".localhost") {
        return Some(Problem::Local);
    }
    if !d.contains('.') || INTERNAL_SUFFIXES.iter().any(|s| d.ends_with(s)) {
        return Some(Problem::Intranet);
    }
    let path = path.to_ascii_lowercase();
    if ends(".sharepoint.com")
        || ends("teams.microsoft.com")
        || ends("outlook.office.com")
        || ends("outlook.office365.com")
        || ends("outlook.live.com")
        || ends("mail.google.com")
        || ends(".slack.com")
        || (ends("dropbox.com") && path.starts_with("/home"))
        || (ends("app.box.com") && (path.starts_with("/file/") || path.starts_with("/folder/")))
    {
        return Some(Problem::SignIn);
    }
    if ends("drive.google.com") || ends("docs.google.com") || ends("onedrive.live.com") || ends("1drv.ms") {
        return Some(Problem::CheckSharing);
    }
    None
}

/// A web address as a link shows it.
pub(super) struct Shown {
    /// The address, parsed.
    pub url: Url,
    /// Whether it was shortened with "…" (then the target need only start with it).
    pub shortened: bool,
}

/// A link's shown text when it is itself a web address (`https://…`, `www.…`),
/// parsed; `None` for ordinary words.
pub(super) fn text_as_url(text: &str) -> Option<Shown> {
    let t = text.trim().trim_end_matches(['.', ',', ';', ':', ')', ']', '»', '”', '"']);
    let shortened = t.ends_with('…') || t.ends_with("...");
    let t = t.trim_end_matches('…').trim_end_matches("...");
    let lower = t.to_ascii_lowercase();
    if t.contains(char::is_whitespace) {
        return None;
    }
    let candidate = if lower.starts_with("http://") || lower.starts_with("https://") {
        t.to_string()
    } else if lower.starts_with("www.") {
        format!("http://{t}")
    } else {
        return None;
    };
    let url = parse_url(&candidate).ok().filter(|u| u.host_str().is_some())?;
    Some(Shown { url, shortened })
}

/// Whether the address a reader sees (`shown`) and the one the link opens
/// (`target`) are the same place: same host (ignoring `www.` and http/https),
/// and the shown path is the start of the target's (so a shortened address
/// shown for a deeper page is fine; a trailing slash does not matter).
pub(super) fn same_place(shown: &Shown, target: &Url) -> bool {
    let Shown { url: shown, shortened } = shown;
    let host = |u: &Url| u.host_str().map(|h| h.trim_start_matches("www.").trim_end_matches('.').to_ascii_lowercase());
    if host(shown) != host(target) {
        return false;
    }
    let shown_path = lowercase::lowercase(shown.path().trim_end_matches('/'));
    let target_path = lowercase::lowercase(target.path().trim_end_matches('/'));
    let path_ok = target_path == shown_path
        || target_path.starts_with(&format!("{shown_path}/"))
        || shown_path.is_empty()
        || (*shortened && target_path.starts_with(&shown_path));
    let query_ok = match shown.query() {
        None | Some("") => true,
        Some(q) => target.query() == Some(q) || (*shortened && target.query().is_some_and(|t| t.starts_with(q))),
    };
    path_ok && query_ok
}

/// Longest link address quoted in a message.
const SHOWN_CHARS: usize = 100;

/// A link's target as a person reads it: percent-escapes decoded, cut with
/// "…" when very long.
pub(super) fn readable(url: &str) -> String {
    let decoded = percent_decoded(url.trim());
    if decoded.chars().count() <= SHOWN_CHARS {
        return decoded;
    }
    let cut: String = decoded.chars().take(SHOWN_CHARS).collect();
    format!("{cut}…")
}

/// Where a link is, quoting its shown text (or its target when it shows none).
pub(super) fn location(link: &Link) -> Location {
    let shown = if link.text.trim().is_empty() { readable(&link.url) } else { link.text.clone() };
    Location { quote: Some(crate::document::quote(&shown)), ..link.location.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::LinkOrigin;

    fn link(url: &str, kind: LinkKind) -> Link {
        Link {
            url: url.into(),
            text: String::new(),
            location: Location::default(),
            kind,
            origin: LinkOrigin::Hyperlink,
        }
    }

    fn ext(url: &str) -> Option<Problem> {
        analyse(&link(url, LinkKind::External))
    }

    #[test]
    fn public_web_addresses_are_fine() {
        for url in [
            "https://www.ohchr.org/en/calls-for-input/2024/call-inputs",
            "http://undocs.org/A/HRC/54/69",
            "https://www.dropbox.com/s/abc123/report.pdf?dl=0",
            "https://8.8.8.8/",
            "https://exämple.ch/ü",
            "https://172.32.0.1/", // just outside 172.16.0.0/12
            "tel:+41229179000",
        ] {
            assert_eq!(ext(url), None, "{url}");
        }
    }

    #[test]
    fn files_and_paths_are_unreachable() {
        for url in [
            "file:///C:/Users/ana/report.docx",
            "C:\\Users\\ana\\report.docx",
            "\\\\server\\share\\a.pdf",
            "/Users/ana/Desktop/a.pdf",
            "/home/ana/a.pdf",
            "../Annexes/Annex%201.docx",
            "Annex 1.docx",
        ] {
            assert_eq!(ext(url), Some(Problem::File), "{url}");
        }
        assert_eq!(analyse(&link("C:\\a.docx", LinkKind::File)), Some(Problem::File));
    }

    #[test]
    fn this_computer_and_private_networks_are_unreachable() {
        for url in [
            "http://localhost:8080/x",
            "http://app.localhost/",
            "http://127.0.0.1/",
            "http://10.1.2.3/",
            "http://172.16.5.4/",
            "http://172.31.255.255/",
            "http://192.168.1.10/docs",
            "http://169.254.1.1/",
            "http://[::1]/",
            "http://[fd12:3456::1]/",
            "http://[fe80::1]/",
            "http://[::ffff:192.168.0.1]/",
        ] {
            assert_eq!(ext(url), Some(Problem::Local), "{url}");
        }
    }

    #[test]
    fn intranet_hosts_are_unreachable() {
        for url in ["http://intranet/policies", "https://wiki.corp/x", "http://printer.local/", "https://hr.internal/"]
        {
            assert_eq!(ext(url), Some(Problem::Intranet), "{url}");
        }
    }

    #[test]
    fn sign_in_sites_and_private_cloud_files() {
        for url in [
            "https://contoso-my.sharepoint.com/personal/ana_contoso_org/Documents/report.docx",
            "https://contoso.sharepoint.com/:w:/r/sites/team/x.docx",
            "https://teams.microsoft.com/l/file/abc",
            "https://www.dropbox.com/home/Reports",
        ] {
            assert_eq!(ext(url), Some(Problem::SignIn), "{url}");
        }
        for url in [
            "https://docs.google.com/document/d/1AbC/edit",
            "https://drive.google.com/file/d/1AbC/view",
            "https://1drv.ms/w/s!Abc",
        ] {
            assert_eq!(ext(url), Some(Problem::CheckSharing), "{url}");
        }
    }

    #[test]
    fn malformed_targets() {
        assert_eq!(ext("www.ohchr.org/en"), Some(Problem::NoScheme));
        assert_eq!(ext("ohchr.org/en/calls"), Some(Problem::NoScheme));
        assert_eq!(ext("htps://www.ohchr.org"), Some(Problem::SchemeTypo("htps".into())));
        assert_eq!(ext("htttp://www.ohchr.org"), Some(Problem::SchemeTypo("htttp".into())));
        assert_eq!(ext("http//www.ohchr.org"), Some(Problem::Invalid));
        assert_eq!(ext("http://www.oh chr.org/"), Some(Problem::Invalid)); // a space in the host
        assert_eq!(ext("https://"), Some(Problem::Invalid));
        assert_eq!(ext("http://[::1"), Some(Problem::Invalid));
    }

    #[test]
    fn email_links_need_an_address() {
        assert_eq!(analyse(&link("mailto:ohchr-emler@un.org?subject=EMLER%202024%20Report", LinkKind::Email)), None);
        assert_eq!(analyse(&link("mailto:a@un.org,b@un.org", LinkKind::Email)), None);
        assert_eq!(analyse(&link("mailto:", LinkKind::Email)), Some(Problem::BadEmail));
        assert_eq!(analyse(&link("mailto:ohchr-emler", LinkKind::Email)), Some(Problem::BadEmail));
        assert_eq!(analyse(&link("mailto:ohchr emler@un.org", LinkKind::Email)), Some(Problem::BadEmail));
    }

    #[test]
    fn shown_addresses_are_compared_loosely() {
        let u = |s: &str| whatwg::parse(s).unwrap();
        let shown = |s: &str| text_as_url(s).unwrap();
        assert!(same_place(&shown("www.ohchr.org"), &u("https://www.ohchr.org/en/about")));
        assert!(same_place(&shown("https://ohchr.org/en/"), &u("http://www.ohchr.org/en")));
        // Shortened with an ellipsis: the target need only start with what is shown.
        assert!(same_place(&shown("https://www.ohchr.org/en/calls…"), &u("https://www.ohchr.org/en/calls-for-input")));
        assert!(!same_place(&shown("https://www.ohchr.org/en/calls"), &u("https://www.ohchr.org/en/calls-for-input")));
        assert!(!same_place(&shown("https://www.ohchr.org/en/2024"), &u("https://www.ohchr.org/en/2023")));
        assert!(!same_place(&shown("www.un.org"), &u("https://www.example.com/")));
        assert!(text_as_url("Annual report 2023").is_none());
        assert!(text_as_url("see www.un.org").is_none());
    }

    /// Expected ASCII forms from RFC 3492 / the IDNA references: "bücher" is
    /// `xn--bcher-kva`, "例え" `xn--r8jz45g`, "テスト" `xn--zckzah`,
    /// "пример" `xn--e1afmkfd`, "münchen" `xn--mnchen-3ya`.
    #[test]
    fn hosts_in_other_scripts_are_web_addresses() {
        let host = |s: &str| parse_url(s).ok().and_then(|u| u.host_str().map(str::to_string));
        assert_eq!(host("https://bücher.example/").as_deref(), Some("xn--bcher-kva.example"));
        assert_eq!(host("https://BÜCHER.example/x?q=ü#ä").as_deref(), Some("xn--bcher-kva.example"));
        assert_eq!(host("http://user:pw@bücher.example:8080/").as_deref(), Some("xn--bcher-kva.example"));
        assert_eq!(host("https://b%C3%BCcher.example/").as_deref(), Some("xn--bcher-kva.example"));
        assert_eq!(host("http://例え。テスト/").as_deref(), Some("xn--r8jz45g.xn--zckzah"));
        assert_eq!(host("https://пример.рф/").as_deref(), Some("xn--e1afmkfd.xn--p1ai"));
        assert_eq!(host("https://ｍüｎｃｈｅｎ.de/").as_deref(), Some("xn--mnchen-3ya.de"));
        assert_eq!(host("https://xn--bcher-kva.example/").as_deref(), Some("xn--bcher-kva.example"));
        assert_eq!(parse_url("https://bücher.example/").unwrap().path(), "/");
        for url in [
            "https://bücher.example/",
            "https://münchen.de/stadt",
            "http://пример.рф/",
            "https://xn--bcher-kva.example/",
        ] {
            assert_eq!(ext(url), None, "{url}");
        }
        assert_eq!(ext("https://bü cher.example/"), Some(Problem::Invalid));
        assert_eq!(ext("http://intranet-ü/"), Some(Problem::Intranet));
        // The shown text and the target name the same host in two forms.
        assert!(same_place(
            &text_as_url("https://bücher.example/").unwrap(),
            &parse_url("https://xn--bcher-kva.example/").unwrap()
        ));
        assert!(!same_place(
            &text_as_url("https://bücher.example/").unwrap(),
            &parse_url("https://bucher.example/").unwrap()
        ));
    }

    #[test]
    fn targets_are_shown_readably() {
        assert_eq!(readable("file:///C:/Users/ana/My%20Documents/a.docx"), "file:///C:/Users/ana/My Documents/a.docx");
        let long = format!("https://example.org/{}", "a".repeat(200));
        assert!(readable(&long).ends_with('…') && readable(&long).chars().count() == SHOWN_CHARS + 1);
    }
}
