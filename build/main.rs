//! Turns the files people review into data the core includes, in `OUT_DIR`:
//! the built-in profiles (`profiles.rs`) and the catalogues (`messages.rs`).

mod messages;

use std::{env, fmt::Write, fs, path::Path};

/// The built-in profiles (`profiles/<id>.toml`), in the order `profile::builtin_ids` lists them.
const BUILTIN: &[&str] = &["emler-2023", "emler-2024"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo::rerun-if-changed=build");
    profiles(out);
    messages::write(Path::new("locales"), out);
}

/// The built-in profiles (`profiles/*.toml`) into JSON, so the browser's wasm
/// reads them with the JSON parser it needs anyway and carries no TOML parser.
/// Writes `OUT_DIR/builtin_profiles.rs`, the table `profile::BUILTIN` includes;
/// `profile::tests` checks that each JSON gives the same profile as its TOML.
fn profiles(out: &Path) {
    let mut table = String::from("&[\n");
    for id in BUILTIN {
        let src = format!("profiles/{id}.toml");
        println!("cargo::rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let value: serde_json::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}"));
        fs::write(out.join(format!("{id}.json")), value.to_string()).unwrap_or_else(|e| panic!("{id}.json: {e}"));
        writeln!(table, "    ({id:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{id}.json\"))),").unwrap();
    }
    table.push(']');
    fs::write(out.join("builtin_profiles.rs"), table).expect("write builtin_profiles.rs");
}
