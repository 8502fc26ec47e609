//! The texts on which third_party/whatlang must answer exactly as upstream whatlang 0.18.0.
//! Shared by the test (`tests/upstream_equivalence.rs`) and the program that
//! recorded upstream's answers (`reference/`), so both see the same texts in
//! the same order. The corpus texts are read at run time, never copied here.

use std::path::Path;

/// Short and odd inputs: empty, digits, punctuation, mixed scripts, ties.
const EDGE: &[&str] = &[
    "",
    " ",
    "\n\t",
    "0",
    "123 456",
    "!!! ??? ...",
    "a",
    "e",
    "ab",
    "abc",
    "the",
    "de",
    "a b c",
    "ok",
    "OK",
    "Hello",
    "hello world",
    "é",
    "ß",
    "ñ",
    "ç",
    "ÀÉÎÕÜ",
    "a\u{301}",
    "\u{0}",
    "abc абв",
    "абв abc",
    "абв",
    "і",
    "ї є",
    "abc абв אבג",
    "אבג",
    "ابت",
    "हिन्दी",
    "日本語のテキスト",
    "中文",
    "中文かな",
    "漢字カタカナひらがな",
    "한국어",
    "ελληνικά",
    "ქართული",
    "հայերեն",
    "ትግርኛ",
    "ภาษาไทย",
    "தமிழ்",
    "বাংলা",
    "ગુજરાતી",
    "ਪੰਜਾਬੀ",
    "తెలుగు",
    "മലയാളം",
    "ଓଡ଼ିଆ",
    "ಕನ್ನಡ",
    "မြန်မာ",
    "සිංහල",
    "ខ្មែរ",
    "🙂🙂🙂",
    "x🙂y",
    "www.example.org/path?q=1",
    "mail@example.org",
    "SDG 16 / A/HRC/55/1",
    "Lorem ipsum dolor sit amet",
    "Ich bin ein Berliner",
    "Je suis",
    "Yo soy",
    "Eu sou",
    "Io sono",
    "I am begging pardon",
    "Та нічого, все нормально. А в тебе як?",
    "Дякую",
    "Спасибо",
    "Благодаря",
    "Can you tell me where is Schönheitstraße?",
    "Façade",
    "naïve café résumé",
    "Українська мова і русский язык",
    "English and français et español y português",
];

/// Every text, with a name saying where it comes from. `readme` is the
/// project's README; `corpus` is `../shared/corpus/lang` when it is there.
pub fn texts(readme: &str, own_readme: &str, corpus: Option<&Path>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (i, t) in EDGE.iter().enumerate() {
        out.push((format!("edge {i}"), t.to_string()));
    }
    out.push(("long a".into(), "a".repeat(5000) + " b"));
    out.push(("repeated".into(), "human rights ".repeat(2000)));
    for (name, text) in [("README", readme), ("whatlang README", own_readme)] {
        out.push((format!("{name} whole"), text.to_string()));
        for (i, p) in text.split("\n\n").enumerate() {
            out.push((format!("{name} paragraph {i}"), p.to_string()));
        }
    }
    let Some(dir) = corpus else { return out };
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));

    // Article 1 in many languages: each whole, and its first 1, 2, 4 and 8 words.
    let first = read("udhr_first_article_all.unstructured.txt");
    for (i, p) in first.split("\n\n").enumerate().skip(2) {
        out.push((format!("article 1, {i}"), p.to_string()));
        let words: Vec<&str> = p.split_whitespace().skip(1).collect();
        for n in [1, 2, 4, 8] {
            if words.len() > n {
                out.push((format!("article 1, {i}, {n} words"), words[..n].join(" ")));
            }
        }
    }
    out.push(("mixed eng/spa".into(), read("eng_spa_mult.unstructured.txt")));

    // The UDHR in the accepted languages and their neighbours: the first 40
    // paragraphs (tags removed) of each, and the first 20,000 bytes whole.
    let mut names: Vec<String> = std::fs::read_dir(dir.join("udhr"))
        .expect("udhr/")
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".html"))
        .collect();
    names.sort();
    for name in names {
        let html = read(&format!("udhr/{name}"));
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        let paragraphs: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        for (i, p) in paragraphs.iter().take(40).enumerate() {
            out.push((format!("{name} paragraph {i}"), p.to_string()));
        }
        let whole = paragraphs.join("\n");
        let mut end = whole.len().min(20_000);
        while !whole.is_char_boundary(end) {
            end -= 1;
        }
        out.push((format!("{name} first 20000 bytes"), whole[..end].to_string()));
    }
    out
}

/// whatlang's answers on `text`, one tab-separated line: `detect`, then
/// `detect_lang`, `detect_script`, the checker's detector (Latin and
/// Esperanto denied), an allowlist of four languages, and the trigram and
/// alphabet methods alone, each `=` where it says what `detect` said (to keep
/// the recorded file small). Confidence is printed with `{:?}`, the shortest
/// text that reads back as the same `f64`, so equal lines mean equal bits.
pub fn answers(text: &str) -> String {
    use whatlang::dev::{Method, Options, detect_with_options};
    use whatlang::{Detector, Info, Lang};
    fn info(i: Option<Info>) -> String {
        match i {
            Some(i) => format!("{}/{}/{:?}/{}", i.lang().code(), i.script().name(), i.confidence(), i.is_reliable()),
            None => "-".into(),
        }
    }
    let same = |first: &str, s: String| if s == first { "=".to_string() } else { s };
    let detected = whatlang::detect(text);
    let first = info(whatlang::detect(text));
    let denied = Detector::with_denylist(vec![Lang::Lat, Lang::Epo]);
    let allowed = Detector::with_allowlist(vec![Lang::Eng, Lang::Fra, Lang::Spa, Lang::Por]);
    let trigram = Options::new().set_method(Method::Trigram);
    let alphabet = Options::new().set_method(Method::Alphabet);
    let lang = whatlang::detect_lang(text).map_or("-".into(), |l| l.code().to_string());
    let script = whatlang::detect_script(text).map_or("-".into(), |s| s.name().to_string());
    let columns = [
        same(&detected.as_ref().map_or("-".into(), |i| i.lang().code().to_string()), lang),
        same(&detected.as_ref().map_or("-".into(), |i| i.script().name().to_string()), script),
        same(&first, info(denied.detect(text))),
        same(&first, info(allowed.detect(text))),
        same(&first, info(detect_with_options(text, &trigram))),
        same(&first, info(detect_with_options(text, &alphabet))),
    ];
    format!("{first}\t{}", columns.join("\t"))
}
