//! Every relative link in README.md, BENCHMARKS.md and docs/*.md leads to a
//! file that exists, and a `#fragment` to a heading of that page (GitHub's
//! heading ids: lower case, punctuation dropped, spaces as hyphens).

use std::path::{Path, PathBuf};

#[test]
fn relative_links_in_the_docs_resolve() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("README.md"), root.join("BENCHMARKS.md")];
    for entry in std::fs::read_dir(root.join("docs")).expect("docs/") {
        let path = entry.expect("a docs/ entry").path();
        if path.extension().is_some_and(|x| x == "md") {
            pages.push(path);
        }
    }
    let mut broken = Vec::new();
    for page in &pages {
        let text = std::fs::read_to_string(page).expect("a page");
        for target in link_targets(&text) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((&target, ""));
            let linked: PathBuf =
                if file.is_empty() { page.clone() } else { page.parent().expect("a folder").join(file) };
            if !linked.exists() {
                broken.push(format!("{}: {target} (no such file)", page.display()));
            } else if !fragment.is_empty() {
                let headings = std::fs::read_to_string(&linked).map(|t| heading_ids(&t)).unwrap_or_default();
                if !headings.iter().any(|h| h == fragment) {
                    broken.push(format!("{}: {target} (no such heading)", page.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

/// The targets of `](target)` and `src="target"` outside code blocks.
fn link_targets(markdown: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut in_code = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        for (open, close) in [("](", ')'), ("src=\"", '"')] {
            let mut rest = line;
            while let Some(start) = rest.find(open) {
                rest = &rest[start + open.len()..];
                if let Some(end) = rest.find(close) {
                    targets.push(rest[..end].to_string());
                    rest = &rest[end..];
                }
            }
        }
    }
    targets
}

/// The ids GitHub gives a page's headings.
fn heading_ids(markdown: &str) -> Vec<String> {
    let mut in_code = false;
    let mut ids = Vec::new();
    for line in markdown.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if !in_code && line.starts_with('#') {
            let title = line.trim_start_matches('#').trim().to_lowercase();
            let id: String = title
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
                .map(|c| if c == ' ' { '-' } else { c })
                .collect();
            ids.push(id);
        }
    }
    ids
}
