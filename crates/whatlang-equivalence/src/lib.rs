//! No code: the tests in `tests/` compare third_party/whatlang with upstream
//! whatlang 0.18.0 (see Cargo.toml).
