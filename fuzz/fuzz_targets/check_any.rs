//! The whole check on arbitrary bytes: sniff, read, rules, report, mailto.
#![no_main]
use libfuzzer_sys::fuzz_target;
use submission_checker::{check_with, profile, Options};

fuzz_target!(|data: &[u8]| {
    let call = profile::builtin("emler-2024").expect("built-in profile");
    let _ = check_with(data, "fuzz.docx", &call, "2024-05-10".parse().ok(), &Options::default());
});
