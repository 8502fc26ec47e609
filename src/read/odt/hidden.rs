//! Hidden text: spans whose style has `text:display="none"`, `text:hidden-text`
//! fields that are hidden now, inside paragraphs whose style or a
//! `text:hidden-paragraph` field may hide them all.

/// What the open spans and hidden-text fields say, innermost last.
#[derive(Debug, Default)]
pub(super) struct Hidden {
    stack: Vec<Option<bool>>,
}

impl Hidden {
    /// A span or field opens that hides (`Some(true)`), shows (`Some(false)`) or says nothing.
    pub(super) fn push(&mut self, hides: Option<bool>) {
        self.stack.push(hides);
    }

    /// It closes.
    pub(super) fn pop(&mut self) {
        self.stack.pop();
    }

    /// Whether text read now is hidden: the innermost span that says,
    /// else the paragraph's style, else shown.
    pub(super) fn now(&self, paragraph: Option<bool>) -> bool {
        self.stack.iter().rev().find_map(|h| *h).or(paragraph).unwrap_or(false)
    }
}
