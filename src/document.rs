//! The neutral document: what a reader makes of a DOCX or a PDF, and all the
//! rules ever see. Rules never reopen the file.
//!
//! Numbers in a [`Location`] are 1-based: paragraph 1 is the first paragraph,
//! page 1 the first page.

use serde::Serialize;

/// A document as read: its text in parts, its links, and what is hidden in it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    /// The main text in reading order (paragraphs, table cells, text boxes,
    /// accepted tracked changes).
    pub body: Vec<Block>,
    /// Footnotes and endnotes.
    pub notes: Vec<Block>,
    /// Headers, footers and watermarks: shown to the reader, not counted.
    pub headers_footers: Vec<Block>,
    /// Text formatted as hidden (`w:vanish`): not shown, not counted, but in the file.
    pub hidden_text: Vec<Block>,
    /// Comments and replies.
    pub comments: Vec<Comment>,
    /// Tracked changes still in the file.
    pub changes: Vec<TrackedChange>,
    /// Links found anywhere in the shown text (body and notes).
    pub links: Vec<Link>,
    /// Document properties.
    pub metadata: Metadata,
    /// Macro projects found (part names such as `word/vbaProject.bin`).
    pub macros: Vec<String>,
    /// Embedded objects and attached files (name or part name).
    pub embedded: Vec<Embedded>,
    /// PDF annotations other than links (comments, highlights, ink...).
    pub annotations: Vec<Annotation>,
    /// PDF JavaScript and automatic actions, each with where it sits.
    pub scripts: Vec<Location>,
    /// PDF form fields (their names).
    pub form_fields: Vec<String>,
    /// The number of pages (PDF), when known.
    pub pages: Option<u32>,
    /// Pages that have images but no text (PDF): scanned pages.
    pub pages_without_text: Vec<u32>,
    /// The file is encrypted but opened without a password (PDF).
    pub encrypted_without_password: bool,
    /// Whether the reader could tell notes apart from the body. A PDF reader
    /// that cannot says so, and the count may include notes.
    pub notes_separated: bool,
    /// What screen readers and assistive technology rely on: pictures and
    /// their alternative text, tables and their header rows, the declared
    /// language, PDF tags.
    pub accessibility: Accessibility,
    /// The headings of a document whose body blocks do not mark them (PDF):
    /// its bookmarks, else the lines set in larger type than the text. Empty
    /// when the blocks mark their headings ([`BlockKind::Heading`]).
    pub outline: Vec<OutlineEntry>,
}

/// The structure assistive technology reads, as the file declares it. Each
/// reader fills what its format can say; `None` is "this format cannot say".
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Accessibility {
    /// PDF: tagged (`/MarkInfo /Marked true` and a `/StructTreeRoot` in the catalog).
    pub tagged: Option<bool>,
    /// PDF: `/ViewerPreferences /DisplayDocTitle true` (the title, not the file name, is shown).
    pub shows_title: Option<bool>,
    /// The language the document declares for its text (DOCX `w:lang` of the
    /// default run properties, PDF catalog `/Lang`), as stored (`en-US`).
    pub language: Option<String>,
    /// Pictures in the main text (DOCX drawings holding a picture or a chart,
    /// PDF `/Figure` structure elements), at most [`MAX_ITEMS`].
    pub images: Vec<Image>,
    /// Tables in the main text (DOCX `w:tbl`, PDF `/Table` structure
    /// elements), at most [`MAX_ITEMS`].
    pub tables: Vec<Table>,
}

/// How many pictures or tables a reader records: enough for every real
/// contribution, bounded for a hostile one.
pub const MAX_ITEMS: usize = 10_000;

/// A picture and what it says to a person who cannot see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Image {
    /// Its alternative text (DOCX `descr`, or `title` when `descr` is empty;
    /// PDF `/Alt`), trimmed; `None` when there is none.
    pub alt: Option<String>,
    /// Marked decorative (Word's *Mark as decorative*, `adec:decorative`):
    /// screen readers skip it, and it needs no text.
    pub decorative: bool,
    /// Where it is.
    pub location: Location,
}

/// A table and whether its header row is marked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Rows (DOCX; PDF: `/TR` elements found).
    pub rows: u32,
    /// Columns: those of its widest row, a merged cell counting the columns
    /// it spans (DOCX `w:gridSpan`, ODF `table:number-columns-spanned`, PDF `/ColSpan`).
    pub columns: u32,
    /// A header row is marked (DOCX `w:tblHeader` on the first row; PDF: the table holds a `/TH` cell).
    pub header_row: bool,
    /// Where it is.
    pub location: Location,
}

/// A heading known apart from the text (a PDF bookmark, or a line in larger type).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutlineEntry {
    /// Its title, as stored (a bookmark) or as shown (a line).
    pub title: String,
    /// Its depth, 1 = top.
    pub level: u8,
    /// The page it points at, 1-based, when that is known.
    pub page: Option<u32>,
}

/// One paragraph-like piece of text with where it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    /// The text as a reader sees it; tabs and line breaks are whitespace.
    pub text: String,
    /// What kind of block it is.
    pub kind: BlockKind,
    /// Where a person finds it.
    pub location: Location,
}

/// The kind of a [`Block`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// An ordinary paragraph.
    Paragraph,
    /// A heading (its outline level, 1 = top).
    Heading(u8),
    /// A paragraph inside a table cell.
    TableCell,
    /// A paragraph inside a text box or shape.
    TextBox,
    /// A footnote.
    Footnote,
    /// An endnote.
    Endnote,
    /// A header.
    Header,
    /// A footer.
    Footer,
    /// Text on a PDF page (a line or a group of lines).
    PageText,
}

/// Where something is, for a person: any of page, paragraph, the heading
/// above it, the part of the file, and a short quote. All numbers are 1-based.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Page number (PDF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Paragraph number within its part (DOCX body: counting non-empty paragraphs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// The nearest heading above.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The part of the document when it is not the main text (footnote 2, the header).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
    /// The first words of the text there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

impl Location {
    /// True when the location says nothing.
    pub fn is_empty(&self) -> bool {
        *self == Location::default()
    }
}

/// A part of a document outside its main text, as data: the reader's
/// language puts it in words (`messages::describe_location`). In JSON,
/// `{"kind": "footnote", "n": 2}`, `{"kind": "header"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Part {
    /// The n-th footnote.
    Footnote {
        /// 1-based.
        n: u32,
    },
    /// The n-th endnote.
    Endnote {
        /// 1-based.
        n: u32,
    },
    /// The n-th comment.
    Comment {
        /// 1-based.
        n: u32,
    },
    /// A page header.
    Header,
    /// A page footer.
    Footer,
    /// A text box (.doc: the text box story).
    TextBox,
    /// A watermark in a header.
    Watermark,
    /// The PDF as a whole (its metadata, its catalogue).
    Document,
    /// A PDF page's additional actions (`/AA`).
    PageAction,
    /// An annotation's additional actions (`/AA`).
    AnnotationAction,
    /// A link whose action is JavaScript.
    LinkJavascript,
    /// A named document-level JavaScript.
    DocumentJavascript {
        /// Its name in the `/JavaScript` name tree.
        name: String,
    },
    /// The action run when the PDF opens (`/OpenAction`).
    OpenAction,
    /// The document's additional actions (`/AA`).
    DocumentAction,
    /// A script of the PDF's XFA form (or an action of its events that sends
    /// or calls out: `submit`, `execute`, `signData`).
    XfaScript,
}

impl Part {
    /// The catalogue key that puts this part in words (`place.footnote`).
    pub fn key(&self) -> &'static str {
        match self {
            Part::Footnote { .. } => "place.footnote",
            Part::Endnote { .. } => "place.endnote",
            Part::Comment { .. } => "place.comment",
            Part::Header => "place.header",
            Part::Footer => "place.footer",
            Part::TextBox => "place.text-box",
            Part::Watermark => "place.watermark",
            Part::Document => "place.document",
            Part::PageAction => "place.page-action",
            Part::AnnotationAction => "place.annotation-action",
            Part::LinkJavascript => "place.link-javascript",
            Part::DocumentJavascript { .. } => "place.document-javascript",
            Part::OpenAction => "place.open-action",
            Part::DocumentAction => "place.document-action",
            Part::XfaScript => "place.xfa-script",
        }
    }
}

/// How many characters a location's quote keeps.
pub const QUOTE_CHARS: usize = 60;

/// The first words of `text`, cut at a word boundary near [`QUOTE_CHARS`], with "…" when cut.
pub fn quote(text: &str) -> String {
    // Only the words a quote can show are joined (a quote is taken of every
    // paragraph, and joining whole paragraphs was ~10% of a long DOCX's check).
    let mut t = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        if !t.is_empty() {
            t.push(' ');
            chars += 1;
        }
        t.push_str(word);
        chars += word.chars().count();
        if chars > QUOTE_CHARS {
            break;
        }
    }
    if chars <= QUOTE_CHARS {
        return t;
    }
    let cut: String = t.chars().take(QUOTE_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > QUOTE_CHARS / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{cut}…")
}

/// A link.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    /// The target as written in the file (a URL, `mailto:`, a path).
    pub url: String,
    /// The text shown for it.
    pub text: String,
    /// Where it is.
    pub location: Location,
    /// What it points at.
    pub kind: LinkKind,
    /// How it was written.
    pub origin: LinkOrigin,
}

/// What a [`Link`] points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    /// A web address or other external target.
    External,
    /// A place in the same document (bookmark, PDF destination).
    Internal,
    /// An email address (`mailto:`).
    Email,
    /// A file on some computer (`file:`, a path, PDF `/Launch` or `/GoToR`).
    File,
}

/// How a [`Link`] was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkOrigin {
    /// A hyperlink element (`w:hyperlink`).
    Hyperlink,
    /// A `HYPERLINK` field.
    Field,
    /// A URL typed in the text, not made a link.
    PlainText,
    /// A PDF link annotation.
    Annotation,
}

/// A comment or a reply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    /// Its author as stored.
    pub author: Option<String>,
    /// When it was written, as stored (ISO 8601).
    pub date: Option<String>,
    /// Its text.
    pub text: String,
    /// Where it is anchored (or its number).
    pub location: Location,
    /// Whether it answers another comment.
    pub is_reply: bool,
    /// Whether it is marked resolved ("done").
    pub resolved: bool,
}

/// A tracked change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackedChange {
    /// What kind of change.
    pub kind: ChangeKind,
    /// Its author as stored.
    pub author: Option<String>,
    /// When it was made, as stored.
    pub date: Option<String>,
    /// The inserted, deleted or moved text (empty for formatting changes).
    pub text: String,
    /// Where it is.
    pub location: Location,
}

/// The kind of a [`TrackedChange`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// Inserted text.
    Insertion,
    /// Deleted text, still stored in the file.
    Deletion,
    /// The old place of moved text.
    MoveFrom,
    /// The new place of moved text.
    MoveTo,
    /// A change of formatting or properties.
    Formatting,
}

/// Document properties that may name people or organisations.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Author (DOCX `dc:creator`, PDF `/Author`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Last modified by (DOCX).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified_by: Option<String>,
    /// Company (DOCX app properties).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Manager (DOCX app properties).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// Attached template (may be a path with a user name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// The program that made the file (DOCX `Application`, PDF `/Creator`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<String>,
    /// The PDF producer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub producer: Option<String>,
    /// Created, as stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Last modified, as stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// Total editing time, as stored (OpenDocument `meta:editing-duration`, an ISO 8601 duration).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub editing_time: Option<String>,
    /// The word count the authoring program stored when it last saved (DOCX `app.xml`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stored_word_count: Option<u64>,
    /// Custom properties (name, value).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<(String, String)>,
}

/// An embedded object or attached file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Embedded {
    /// Its name or part name.
    pub name: String,
    /// Its size in bytes, when known.
    pub bytes: Option<u64>,
    /// Where it is.
    pub location: Location,
}

/// A PDF annotation that is not a link.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Annotation {
    /// Its subtype (`Text`, `Highlight`, `Ink`, `FreeText`...).
    pub subtype: String,
    /// Its author (`/T`), when stored.
    pub author: Option<String>,
    /// Its text (`/Contents`), when stored.
    pub text: Option<String>,
    /// Where it is (page).
    pub location: Location,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_cut_at_a_word() {
        assert_eq!(quote("  Short   text "), "Short text");
        let long = "word ".repeat(40);
        let q = quote(&long);
        assert!(q.ends_with('…') && q.chars().count() <= QUOTE_CHARS + 1, "{q}");
        assert!(!q.contains("wo…"));
    }

    #[test]
    fn a_quote_reads_only_the_words_it_shows_and_is_the_same() {
        // The definition: the whole text's words joined by single spaces, then cut.
        fn by_definition(text: &str) -> String {
            let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if t.chars().count() <= QUOTE_CHARS {
                return t;
            }
            let cut: String = t.chars().take(QUOTE_CHARS).collect();
            match cut.rfind(' ') {
                Some(i) if i > QUOTE_CHARS / 2 => format!("{}…", &cut[..i]),
                _ => format!("{cut}…"),
            }
        }
        let sixty = "abcde ".repeat(10);
        for text in [
            sixty.trim_end().to_string(),
            format!("{sixty}x"),
            format!("{sixty}  xyz more words"),
            "Déclaration universelle des droits de l’homme, préambule: considérant que la reconnaissance".to_string(),
            "x".repeat(200),
            format!("short {}", "y".repeat(90)),
            "人权理事会 ".repeat(30),
        ] {
            assert_eq!(quote(&text), by_definition(&text), "{text:?}");
        }
    }
}
