//! Profile parsing, as TOML (files) and JSON (the page).
#![no_main]
use libfuzzer_sys::fuzz_target;
use submission_checker::profile;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = profile::from_toml(text);
        let _ = profile::from_json(text);
    }
});
