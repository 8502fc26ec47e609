//! Pictures in the main text and what they say to a person who cannot see
//! them: a DrawingML drawing (`wp:inline` or `wp:anchor`) holding a picture
//! (`pic:pic`) or a chart (`c:chart`), with its `wp:docPr` `descr` (Word's
//! *Alt Text*), `title`, and the *Mark as decorative* flag
//! (`adec:decorative`, Word 2019 and later). Shapes, text boxes and SmartArt
//! are not pictures here. VML pictures (`v:imagedata`) live in the
//! `mc:Fallback` copies the story reader skips, or in files older than Word
//! 2007 converted as they were; they are not read.

use crate::document::{Image, Location, MAX_ITEMS};
use crate::read::xml::{attr, on_off};
use quick_xml::events::BytesStart;

/// The drawing being read (drawings do not nest in Word's files; an inner one
/// would simply start afresh).
#[derive(Default)]
pub(super) struct Drawings {
    open: Option<Drawing>,
}

#[derive(Default)]
struct Drawing {
    /// `descr`, else `title`, trimmed and not empty.
    alt: Option<String>,
    /// Its name in Word's Selection Pane (`Picture 3`).
    name: Option<String>,
    decorative: bool,
    /// It holds a picture or a chart.
    picture: bool,
}

/// The element names this tracker acts on, by their namespace's last words.
pub(super) fn is_drawing_element(namespace: &str, local: &str) -> bool {
    let ns = |tail: &str| namespace.ends_with(tail);
    match local {
        "inline" | "anchor" | "docPr" => ns("wordprocessingDrawing"),
        "pic" => ns("picture"),
        "chart" => ns("chart"),
        "decorative" => ns("decorative"),
        _ => false,
    }
}

impl Drawings {
    /// `wp:inline` or `wp:anchor` opens.
    pub fn open(&mut self) {
        self.open = Some(Drawing::default());
    }

    /// An element inside the drawing: its properties, its content, or the decorative flag.
    pub fn element(&mut self, local: &str, e: &BytesStart<'_>) {
        let Some(d) = self.open.as_mut() else { return };
        match local {
            "docPr" => {
                let text = |key| attr(e, key).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
                d.alt = text("descr").or_else(|| text("title"));
                d.name = text("name");
            }
            "pic" | "chart" => d.picture = true,
            "decorative" => d.decorative = on_off(e),
            _ => {}
        }
    }

    /// The drawing closes: a picture, when it held one, at `location`
    /// (its name as the quote); `images` is bounded by [`MAX_ITEMS`].
    pub fn close(&mut self, location: Location, images: &mut Vec<Image>) {
        let Some(d) = self.open.take() else { return };
        if d.picture && images.len() < MAX_ITEMS {
            let location = Location { quote: d.name, ..location };
            images.push(Image { alt: d.alt, decorative: d.decorative, location });
        }
    }
}
