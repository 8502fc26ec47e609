//! Hostile files generated in code, shared by `tests/hostile.rs` (which
//! asserts on them) and `examples/hostile_bench.rs` (which times them).

#![allow(dead_code)]

pub mod cases;
pub mod measure;
pub mod pdfs;
pub mod zips;
