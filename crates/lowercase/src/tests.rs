//! The reference is the standard library: `char::to_lowercase` for every
//! character, and `str::to_lowercase` on text (which differs only where it
//! writes a word-final sigma).
extern crate std;
use super::*;
use alloc::{string::ToString, vec::Vec};

#[test]
fn every_character_lowercases_as_the_standard_library_says() {
    let mut differ = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        if !chars(c).eq(c.to_lowercase()) {
            differ.push(c);
        }
    }
    assert!(differ.is_empty(), "{} characters differ, the first {:?}", differ.len(), &differ[..differ.len().min(10)]);
}

#[test]
fn text_lowercases_as_str_to_lowercase_but_for_the_final_sigma() {
    let texts = [
        "Hello, World",
        "ÉCOLE NORMALE SUPÉRIEURE",
        "МЕЖДУНАРОДНЫЙ ПАКТ О ГРАЖДАНСКИХ И ПОЛИТИЧЕСКИХ ПРАВАХ",
        "İSTANBUL ıi",
        "ＦＵＬＬ ＷＩＤＴＨ",
        "ΑΘΗΝΑ",
        "ⰀⰁ 𐐀𐐁 𞤀 Ꭰ",
        "",
    ];
    for text in texts {
        assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
    }
    // The one rule left out: Σ ends a word as ς in str::to_lowercase, σ here.
    assert_eq!("ΟΔΟΣ".to_lowercase(), "οδος");
    assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
    assert_eq!(lowercase("ΣΟΦΙΑ"), "ΣΟΦΙΑ".to_lowercase());
}

#[test]
fn random_text_matches_once_sigmas_are_set_aside() {
    // Characters from every block that has capitals, mixed with ASCII and marks.
    let pool: Vec<char> = (0..=0x1FFFF).filter_map(char::from_u32).filter(|c| *c != 'Σ').collect();
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    for _ in 0..2000 {
        let mut text = alloc::string::String::new();
        for _ in 0..40 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push(pool[(state % pool.len() as u64) as usize]);
        }
        assert_eq!(lowercase(&text), text.to_lowercase(), "{:?}", text.to_string());
    }
}
