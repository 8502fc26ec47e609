//! Times whatlang (upstream, or the fork with `--features fork`) on the
//! corpus's UDHR texts cut into 40-word blocks, with the checker's detector.
//! Prints the median of 11 rounds and a checksum of the answers.
#[cfg(feature = "fork")]
use whatlang_fork as whatlang;
use std::time::Instant;
fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/corpus/lang/udhr");
    let mut blocks = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "html")).collect();
    names.sort();
    for p in names {
        let html = std::fs::read_to_string(p).unwrap();
        let mut text = String::new(); let mut tag = false;
        for c in html.chars() { match c { '<' => tag = true, '>' => tag = false, _ if !tag => text.push(c), _ => {} } }
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in words.chunks(40) { blocks.push(w.join(" ")); }
    }
    let det = whatlang::Detector::with_denylist(vec![whatlang::Lang::Lat, whatlang::Lang::Epo]);
    let mut times = Vec::new();
    let mut check = 0usize;
    for _ in 0..11 {
        let t = Instant::now();
        for b in &blocks { if let Some(i) = det.detect(b) { check += i.lang() as usize; } }
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{} blocks of 40 words: median {:.1} ms ({:.1} µs a block) [{check}]", blocks.len(), times[5], times[5] * 1000.0 / blocks.len() as f64);
}
