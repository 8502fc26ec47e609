use super::accessibility::severity;
use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `pdf-accessibility`: a PDF is tagged, titled, and shows its title.
pub const RULE: Rule = Rule {
    id: "pdf-accessibility",
    severity: Severity::Warning,
    summary: "A PDF is tagged, has a title in its properties, and viewers show that title (accessibility).",
    doc: "**What it checks.** Three entries of a PDF's catalog and properties: whether it is *tagged* \
(`/MarkInfo` with `/Marked true`, and a structure tree, `/StructTreeRoot`), a warning when not; whether it \
has a title in its properties (`/Title` in the document information or `dc:title` in the XMP metadata), \
a warning when not, and also when the title is only a file name that a printer driver or converter wrote \
(\"Microsoft Word - report.docx\", \"10811.exe\", \"Erlkönig.pages\", \"scan.jpg\") or the name a program gives \
a file nobody named (\"Document1\", \"Presentation1\", \"Untitled document\", in the seven languages of the \
interface); and, for a titled PDF, whether viewers are asked to show that title rather than the \
file name (`/ViewerPreferences` with `/DisplayDocTitle true`), information when not. These are three of \
the PDF/UA requirements that veraPDF checks, read from the file's own entries.\n\n\
**Why.** The tags are what screen readers read: headings, reading order, lists, tables, pictures' \
alternative text. An untagged PDF is read as one stream of text in whatever order it was drawn. The title \
is what a screen reader announces first and what a browser tab shows. Exporting from Word with \
*Document structure tags for accessibility* ticked gives all three. A call that requires accessible files \
(`accessibility = \"required\"`) makes the warnings errors.\n\n\
**Example.** A PDF printed through a \"Microsoft Print to PDF\" printer: *This PDF is not tagged: screen \
readers cannot tell its headings, lists, tables and pictures apart from the text.*",
    check,
};

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    // Only the PDF reader fills what this rule reads: a build without it
    // (the browser's DOCX module) compiles the rule to nothing.
    if !cfg!(feature = "pdf") {
        return Vec::new();
    }
    let Some(doc) = ctx.document() else { return Vec::new() };
    let a = &doc.accessibility;
    // Only the PDF reader says whether a file is tagged.
    let Some(tagged) = a.tagged else { return Vec::new() };
    let warning = severity(ctx.profile, RULE.severity);
    let mut out = Vec::new();
    if !tagged {
        out.push(RULE.finding(warning, "pdf-accessibility.untagged"));
    }
    let title = doc.metadata.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
    if let Some(t) = title.filter(|t| is_file_name(t)) {
        out.push(RULE.finding(warning, "pdf-accessibility.file-name-title").param("title", t));
    } else if title.is_none() {
        out.push(RULE.finding(warning, "pdf-accessibility.no-title"));
    } else if a.shows_title == Some(false) {
        out.push(RULE.finding(Severity::Info, "pdf-accessibility.title-not-shown"));
    }
    out
}

/// Extensions of the files a PDF is printed or exported from, which
/// printer drivers and converters write as its title: word processors',
/// presentations', spreadsheets', pictures', web pages' and others.
const FILE_EXTENSIONS: &[&str] = &[
    // Word processors and text
    "doc", "docx", "docm", "dot", "dotx", "rtf", "odt", "ott", "pages", "wpd", "wps", "txt", "md", "tex",
    // Presentations and spreadsheets
    "ppt", "pptx", "pptm", "pps", "ppsx", "odp", "key", "xls", "xlsx", "xlsm", "ods", "csv", "numbers",
    // Pictures (a scan, a screenshot)
    "jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp", "heic", "webp", "svg",
    // Web pages, print formats, layout programs and the rest
    "html", "htm", "xhtml", "mht", "mhtml", "pdf", "ps", "eps", "xps", "oxps", "indd", "qxp", "pub", "exe", "tmp",
    "zip",
];

/// What Microsoft Office prints before the file's name: "Microsoft Word - report.docx".
const PROGRAM_PREFIXES: &[&str] = &["microsoft word - ", "microsoft powerpoint - ", "microsoft excel - "];

/// The names Word, PowerPoint and Excel give a new file, followed by a
/// number ("Document1", "Presentation1", "Book1"), in the seven languages
/// of the interface, lowercase.
const NUMBERED_DEFAULTS: &[&str] = &[
    "document",
    "presentation",
    "book", // English
    "présentation",
    "classeur", // French (and "document")
    "documento",
    "presentación",
    "libro", // Spanish
    "apresentação",
    "pasta", // Portuguese (and "documento")
    "مستند",
    "عرض تقديمي",
    "مصنف", // Arabic
    "文档",
    "演示文稿",
    "工作簿", // Chinese
    "документ",
    "презентация",
    "книга", // Russian
];

/// The titles Google Docs, LibreOffice, Pages and Word give a file nobody
/// named, with or without a number after them, in the seven languages of
/// the interface (and Polish and German, met in the corpus), lowercase.
const UNTITLED: &[&str] = &[
    "untitled",
    "untitled document",
    "untitled presentation",
    "untitled spreadsheet",
    "document sans titre",
    "sans titre",
    "sans nom",
    "présentation sans titre",
    "feuille de calcul sans titre",
    "sin título",
    "documento sin título",
    "presentación sin título",
    "hoja de cálculo sin título",
    "sem título",
    "documento sem título",
    "apresentação sem título",
    "planilha sem título",
    "بدون عنوان",
    "بلا عنوان",
    "مستند بدون عنوان",
    "عرض تقديمي بدون عنوان",
    "جدول بيانات بدون عنوان",
    "无标题",
    "无标题文档",
    "无标题演示文稿",
    "无标题电子表格",
    "未命名",
    "未命名文档",
    "без названия",
    "без имени",
    "новый документ",
    "новая презентация",
    "новая таблица",
    "dokument bez tytułu",
    "unbenanntes dokument",
];

/// A title that a program wrote in place of one: a file's name ("Microsoft
/// Word - report.docx", as Word's "Print to PDF" and Acrobat's printer
/// write it, or "Erlkönig.pages", "scan.jpg"), or the name a program gives a
/// file nobody named ("Document1", "Untitled document").
fn is_file_name(title: &str) -> bool {
    let lower = lowercase::lowercase(title.trim());
    if PROGRAM_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    has_file_extension(&lower) || is_default_title(&lower)
}

/// `name.ext`, where `ext` is one of [`FILE_EXTENSIONS`] and `name` is not empty.
fn has_file_extension(lower: &str) -> bool {
    lower.rsplit_once('.').is_some_and(|(name, ext)| !name.trim().is_empty() && FILE_EXTENSIONS.contains(&ext))
}

/// One of [`NUMBERED_DEFAULTS`] with its number, or one of [`UNTITLED`] with or without one.
fn is_default_title(lower: &str) -> bool {
    let name = lower.trim_end_matches(|c: char| c.is_ascii_digit());
    let numbered = name.len() < lower.len();
    let name = name.trim_end_matches([' ', '_', '-']).trim();
    (numbered && NUMBERED_DEFAULTS.contains(&name)) || UNTITLED.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Accessibility, Document, Metadata};
    use crate::rules::fixtures::findings;
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(tagged: Option<bool>, title: Option<&str>, shows_title: bool) -> Vec<Finding> {
        let doc = Document {
            accessibility: Accessibility { tagged, shows_title: Some(shows_title), ..Accessibility::default() },
            metadata: Metadata { title: title.map(str::to_string), ..Metadata::default() },
            ..Document::default()
        };
        findings(&RULE, &doc, Format::Pdf, &profile())
    }

    #[test]
    fn each_missing_entry_is_its_own_finding() {
        assert!(run(Some(true), Some("Submission to the Special Rapporteur"), true).is_empty());
        assert_eq!(keys(&run(Some(false), None, false)), ["pdf-accessibility.untagged", "pdf-accessibility.no-title"]);
        let f = run(Some(true), Some("Submission"), false);
        assert_eq!(keys(&f), ["pdf-accessibility.title-not-shown"]);
        assert_eq!(f[0].severity, Severity::Info);
        let (m, help) = crate::messages::render(crate::Lang::En, f[0].key, &f[0].params);
        assert!(m.contains("file name"), "{m}");
        assert!(help.contains("Acrobat"), "{help}");
    }

    #[test]
    fn a_title_that_is_a_file_name_is_no_title() {
        for t in ["Microsoft Word - sampleForSpec.rtf", "10811.exe", "Submission_final_v3.DOCX"] {
            let f = run(Some(true), Some(t), true);
            assert_eq!(keys(&f), ["pdf-accessibility.file-name-title"], "{t}");
            assert_eq!(f[0].params["title"], crate::messages::Param::Text(t.into()));
        }
        assert!(run(Some(true), Some("Submission on the right to education (2024)"), true).is_empty());
    }

    /// Titles that pdfinfo shows in the corpus's PDFs (Apple Pages, macOS
    /// Preview, Word's printer, PowerPoint), and others of the same kinds.
    #[test]
    fn file_names_of_every_kind_and_programs_default_titles_are_no_titles() {
        let names = [
            "Erlkönig.pages",
            "loremipsum.jpg",
            "Keynote talk.key",
            "budget 2024.numbers",
            "Scan 12.TIFF",
            "ohchr_call.html",
            "Microsoft Word - Document1",
            "Microsoft PowerPoint - Presentation1",
        ];
        let defaults = [
            "Presentation1",
            "Document3",
            "Documento1",
            "Документ1",
            "文档1",
            "مستند1",
            "Untitled document",
            "Untitled",
            "Untitled 1",
            "Document sans titre",
            "Documento sin título",
            "Documento sem título",
            "مستند بدون عنوان",
            "无标题文档",
            "Без названия",
            "Новый документ",
            "Dokument bez tytułu",
        ];
        for t in names.iter().chain(&defaults) {
            assert!(is_file_name(t), "{t}");
        }
    }

    #[test]
    fn real_titles_that_look_a_little_like_file_names_pass() {
        for t in [
            "Document",
            "Book of proceedings",
            "The Untitled Land: indigenous tenure",
            "Report on Web 2.0",
            "Submission by Amnesty Intl.",
            "Presentation of the findings",
            ".key",
            "Documento de posición 2",
        ] {
            assert!(!is_file_name(t), "{t}");
        }
    }

    #[test]
    fn documents_other_than_pdf_are_not_asked() {
        assert!(run(None, None, false).is_empty());
    }
}
