//! What a clean copy took out, counted by kind.

/// What a clean copy removed, counted by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Removed {
    /// Comments, as the comments part holds them (replies too).
    pub comments: usize,
    /// Insertions accepted (`w:ins`, unwrapped or, on a mark or row, its marker dropped).
    pub insertions: usize,
    /// Deletions accepted (`w:del`: the content, a paragraph mark, a table row).
    pub deletions: usize,
    /// Moves accepted (`w:moveFrom` dropped, `w:moveTo` unwrapped).
    pub moves: usize,
    /// Formatting-change records dropped (`w:rPrChange`, `w:pPrChange`...).
    pub property_changes: usize,
    /// Runs removed because they were hidden.
    pub hidden_runs: usize,
    /// Personal metadata removed: each property, the custom properties part, the attached template.
    pub metadata_fields: usize,
    /// Macro parts removed (`vbaProject.bin`, `vbaData.xml`).
    pub macro_parts: usize,
}
