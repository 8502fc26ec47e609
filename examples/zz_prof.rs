use submission_checker::{check_with, profile, Options};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(200);
    let bytes = std::fs::read(&path).unwrap();
    let call = profile::builtin("emler-2024").unwrap();
    let t = std::time::Instant::now();
    for _ in 0..n { let _ = check_with(&bytes, &path, &call, "2024-05-10".parse().ok(), &Options::default()); }
    eprintln!("{:.3} ms per check", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = std::time::Instant::now();
    for _ in 0..n { let _ = submission_checker::read::read(&bytes, submission_checker::sniff::sniff(&bytes).format, &Default::default()); }
    eprintln!("{:.3} ms per read", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let fmt = submission_checker::sniff::sniff(&bytes).format;
    let doc = submission_checker::read::read(&bytes, fmt, &Default::default()).unwrap();
    eprintln!("{} blocks", doc.body.len());
    let t = std::time::Instant::now();
    for _ in 0..n { let _ = submission_checker::language::detect(&doc.body); }
    eprintln!("{:.3} ms per language", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = std::time::Instant::now();
    for _ in 0..n { let _ = submission_checker::words::WordCounts::of(&doc); }
    eprintln!("{:.3} ms per words", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
}
#[allow(dead_code)]
fn x() {}
