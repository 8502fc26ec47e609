//! The accessibility rules on small PDFs written here with lopdf: an
//! untagged one, and tagged ones whose structure tree, catalogue and
//! document information are right or wrong. Each test states what its PDF
//! holds; the expected findings come from that (and, for the tags, from the
//! PDF specification's names: `/MarkInfo`, `/StructTreeRoot`, `/Figure`,
//! `/Alt`, `/Table`, `/TR`, `/TH`, `/TD`, `/RoleMap`, `/Lang`).

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use submission_checker::report::{Param, Severity};
use submission_checker::{Options, Report};

fn text(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

// UDHR article 1 and the preamble's first lines, in Spanish (../shared/corpus/lang/udhr).
const SPANISH: &[&str] = &[
    "Todos los seres humanos nacen libres e iguales en dignidad y derechos y,",
    "dotados como estan de razon y conciencia, deben comportarse fraternalmente",
    "los unos con los otros. Considerando que la libertad, la justicia y la paz",
    "en el mundo tienen por base el reconocimiento de la dignidad intrinseca y de",
    "los derechos iguales e inalienables de todos los miembros de la familia humana;",
    "considerando que el desconocimiento y el menosprecio de los derechos humanos",
    "han originado actos de barbarie ultrajantes para la conciencia de la humanidad.",
];

/// A one-page PDF showing the Spanish lines; `catalog` builds entries of
/// its catalogue (given the document and the page's id), `info` is its
/// document information.
fn pdf(
    catalog: impl FnOnce(&mut Document, ObjectId) -> Vec<(&'static str, Object)>,
    info: Option<Dictionary>,
) -> Vec<u8> {
    pdf_showing(SPANISH, Vec::new(), catalog, info)
}

/// Where line `i` (from 0) of [`pdf_showing`]'s page stands: its baseline.
fn baseline(i: usize) -> i64 {
    760 - 14 * i as i64
}

/// A one-page PDF showing `lines` in Helvetica 11 pt, the first at (72,
/// [`baseline`]`(0)`), each 14 pt below the last, with `annots` on the page.
fn pdf_showing(
    lines: &[&str],
    annots: Vec<Object>,
    catalog: impl FnOnce(&mut Document, ObjectId) -> Vec<(&'static str, Object)>,
    info: Option<Dictionary>,
) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id: ObjectId = doc.new_object_id();
    let font = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let mut ops = format!("BT /F1 11 Tf 72 {} Td 14 TL ", baseline(0));
    for line in lines {
        ops.push_str(&format!("({line}) Tj T* "));
    }
    ops.push_str("ET");
    let content = doc.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "Contents" => content,
        "Annots" => annots,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
    );
    let mut root = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    for (k, v) in catalog(&mut doc, page) {
        root.set(k, v);
    }
    let root = doc.add_object(root);
    doc.trailer.set("Root", root);
    if let Some(info) = info {
        let info = doc.add_object(info);
        doc.trailer.set("Info", info);
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes the PDF");
    out
}

/// A structure element of type `s` on `page`, with `extra` entries and `kids`.
fn element(doc: &mut Document, s: &str, page: ObjectId, extra: Dictionary, kids: Vec<Object>) -> Object {
    element_on(doc, s, Some(page), extra, kids)
}

/// A structure element of type `s`, with `/Pg` only when `page` is given.
fn element_on(doc: &mut Document, s: &str, page: Option<ObjectId>, extra: Dictionary, kids: Vec<Object>) -> Object {
    let mut d = dictionary! { "Type" => "StructElem", "S" => Object::Name(s.as_bytes().to_vec()), "K" => kids };
    if let Some(page) = page {
        d.set("Pg", page);
    }
    for (k, v) in extra {
        d.set(k, v);
    }
    doc.add_object(d).into()
}

/// A two-by-two table whose first row's cells are `first` (`TH` or `TD`).
fn table(doc: &mut Document, page: ObjectId, first: &str) -> Object {
    let cell = |doc: &mut Document, s: &str, n: i64| element(doc, s, page, dictionary! {}, vec![Object::Integer(n)]);
    let (a, b) = (cell(doc, first, 1), cell(doc, first, 2));
    let (c, d) = (cell(doc, "TD", 3), cell(doc, "TD", 4));
    let header = element(doc, "TR", page, dictionary! {}, vec![a, b]);
    let row = element(doc, "TR", page, dictionary! {}, vec![c, d]);
    element(doc, "Table", page, dictionary! {}, vec![header, row])
}

/// A tagged PDF: a paragraph, a figure (`figure_alt` as its `/Alt`, typed
/// `Chart` and mapped to `Figure` by the role map), a table whose first row
/// is `first_row` cells; declared language `lang`; `shows_title` as
/// `/DisplayDocTitle`; titled "Submission on the right to education".
fn tagged(figure_alt: Option<&str>, first_row: &str, lang: &str, shows_title: bool) -> Vec<u8> {
    let lang = lang.to_string();
    let figure_alt = figure_alt.map(str::to_string);
    pdf(
        move |doc, page| {
            let p = element(doc, "P", page, dictionary! {}, vec![Object::Integer(0)]);
            let alt = figure_alt.map_or_else(Dictionary::new, |a| dictionary! { "Alt" => text(&a) });
            let figure = element(doc, "Chart", page, alt, vec![Object::Integer(5)]);
            let table = table(doc, page, first_row);
            let document = element(doc, "Document", page, dictionary! {}, vec![p, figure, table]);
            let root = doc.add_object(dictionary! {
                "Type" => "StructTreeRoot",
                "K" => document,
                "RoleMap" => dictionary! { "Chart" => "Figure" },
            });
            vec![
                ("MarkInfo", Object::Dictionary(dictionary! { "Marked" => true })),
                ("StructTreeRoot", root.into()),
                ("Lang", text(&lang)),
                ("ViewerPreferences", Object::Dictionary(dictionary! { "DisplayDocTitle" => shows_title })),
            ]
        },
        Some(dictionary! { "Title" => text("Submission on the right to education") }),
    )
}

fn check(bytes: &[u8]) -> Report {
    let call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    let report = submission_checker::check_with(bytes, "contribution.pdf", &call, None, &Options::default());
    assert!(report.error.is_none(), "{:?}", report.error);
    report
}

/// The keys of the accessibility rules' findings.
fn accessibility_keys(r: &Report) -> Vec<&'static str> {
    const RULES: &[&str] =
        &["image-alt-text", "headings", "document-language", "pdf-accessibility", "table-header", "link-text-vague"];
    r.findings.iter().filter(|f| RULES.contains(&f.rule)).map(|f| f.key).collect()
}

#[test]
fn an_untagged_pdf_without_a_title_is_reported_and_nothing_is_said_of_tags_it_lacks() {
    let r = check(&pdf(|_, _| Vec::new(), None));
    assert_eq!(accessibility_keys(&r), ["pdf-accessibility.untagged", "pdf-accessibility.no-title"]);
    assert!(r.findings.iter().filter(|f| f.rule == "pdf-accessibility").all(|f| f.severity == Severity::Warning));
}

#[test]
fn a_tagged_titled_pdf_with_described_figures_and_header_cells_passes() {
    let r = check(&tagged(Some("Bar chart: complaints rose by 40 per cent"), "TH", "es-ES", true));
    assert_eq!(r.language.main.as_deref(), Some("es"), "{:?}", r.language);
    assert!(accessibility_keys(&r).is_empty(), "{:?}", r.findings);
}

#[test]
fn a_tagged_pdf_with_a_bare_figure_a_headless_table_a_hidden_title_and_the_wrong_language() {
    let r = check(&tagged(None, "TD", "en-US", false));
    let mut keys = accessibility_keys(&r);
    keys.sort_unstable();
    assert_eq!(keys, ["document-language", "image-alt-text", "pdf-accessibility.title-not-shown", "table-header"]);
    let figure = r.findings.iter().find(|f| f.key == "image-alt-text").expect("found");
    assert_eq!(figure.params["count"], Param::Int(1));
    assert_eq!(figure.params["places"], Param::List(vec!["page:1".into()]));
    let language = r.findings.iter().find(|f| f.key == "document-language").expect("found");
    assert_eq!(
        language.message,
        "The text is in Spanish, but the document says it is in English: screen readers will mispronounce it."
    );
}

#[test]
fn a_call_that_requires_accessibility_makes_an_untagged_pdf_an_error() {
    let mut call = submission_checker::profile::builtin("emler-2024").expect("built-in");
    call.accessibility = submission_checker::profile::Accessibility::Required;
    let r = submission_checker::check_with(&pdf(|_, _| Vec::new(), None), "x.pdf", &call, None, &Options::default());
    let untagged = r.findings.iter().find(|f| f.key == "pdf-accessibility.untagged").expect("found");
    assert_eq!(untagged.severity, Severity::Error);
}

/// A tagged, titled PDF in Spanish that shows its title, whose structure
/// tree is one `Document` element (without `/Pg`) holding what `content` builds.
fn tagged_holding(content: impl FnOnce(&mut Document, ObjectId) -> Object) -> Vec<u8> {
    pdf(
        move |doc, page| {
            let kid = content(doc, page);
            let document = element_on(doc, "Document", None, dictionary! {}, vec![kid]);
            let root = doc.add_object(dictionary! { "Type" => "StructTreeRoot", "K" => document });
            vec![
                ("MarkInfo", Object::Dictionary(dictionary! { "Marked" => true })),
                ("StructTreeRoot", root.into()),
                ("Lang", text("es")),
                ("ViewerPreferences", Object::Dictionary(dictionary! { "DisplayDocTitle" => true })),
            ]
        },
        Some(dictionary! { "Title" => text("Declaración Universal de Derechos Humanos") }),
    )
}

/// A calendar table: its first row one `first` cell across both columns
/// (`/A << /O /Table /ColSpan 2 >>`), then two rows of two `TD` cells.
fn calendar(doc: &mut Document, page: ObjectId, first: &str) -> Object {
    let across = dictionary! { "A" => dictionary! { "O" => "Table", "ColSpan" => 2 } };
    let month = element(doc, first, page, across, vec![Object::Integer(1)]);
    let mut rows = vec![element(doc, "TR", page, dictionary! {}, vec![month])];
    for n in [2, 4] {
        let (day, event) = (
            element(doc, "TD", page, dictionary! {}, vec![Object::Integer(n)]),
            element(doc, "TD", page, dictionary! {}, vec![Object::Integer(n + 1)]),
        );
        rows.push(element(doc, "TR", page, dictionary! {}, vec![day, event]));
    }
    element(doc, "Table", page, dictionary! {}, rows)
}

#[test]
fn a_table_whose_first_row_is_one_cell_across_is_checked_as_two_columns_wide() {
    let r = check(&tagged_holding(|doc, page| calendar(doc, page, "TD")));
    assert_eq!(accessibility_keys(&r), ["table-header"], "{:?}", r.findings);
    let r = check(&tagged_holding(|doc, page| calendar(doc, page, "TH")));
    assert!(accessibility_keys(&r).is_empty(), "{:?}", r.findings);
}

#[test]
fn a_table_whose_page_is_named_only_by_its_cells_is_placed_on_that_page() {
    // The table, its rows and the structure above have no /Pg; only the cells do.
    let r = check(&tagged_holding(|doc, page| {
        let cell = |doc: &mut Document, n: i64| element(doc, "TD", page, dictionary! {}, vec![Object::Integer(n)]);
        let mut rows = Vec::new();
        for n in [1, 3] {
            let (a, b) = (cell(doc, n), cell(doc, n + 1));
            rows.push(element_on(doc, "TR", None, dictionary! {}, vec![a, b]));
        }
        let table = element_on(doc, "Table", None, dictionary! {}, rows);
        element_on(doc, "Sect", None, dictionary! {}, vec![table])
    }));
    let table = r.findings.iter().find(|f| f.key == "table-header").expect("a headless table");
    assert_eq!(table.params["places"], Param::List(vec!["page:1".into()]));
}

/// A `/Link` annotation to `uri` over line `i` of [`pdf_showing`]'s page, and only that line.
fn link_over_line(i: usize, uri: &str) -> Object {
    let y = baseline(i);
    let rect: Vec<Object> = vec![70.into(), (y - 3).into(), 320.into(), (y + 10).into()];
    Object::Dictionary(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Rect" => rect,
        "A" => dictionary! { "S" => "URI", "URI" => text(uri) },
    })
}

const LINKED_LINES: &[&str] =
    &["The ministry publishes the figures every year;", "click here", "Annual figures on arrests, 2019-2023"];

#[test]
fn a_link_over_click_here_is_vague_and_one_over_a_descriptive_phrase_is_not() {
    let figures = "https://www.gob.example/figures";
    let both = vec![link_over_line(1, figures), link_over_line(2, figures)];
    let r = check(&pdf_showing(LINKED_LINES, both, |_, _| Vec::new(), None));
    let texts: Vec<&str> = r.links.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["click here", "Annual figures on arrests, 2019-2023"]);
    let vague: Vec<_> = r.findings.iter().filter(|f| f.rule == "link-text-vague").collect();
    assert_eq!(vague.len(), 1, "{vague:?}");
    assert_eq!(vague[0].key, "link-text-vague");
    assert_eq!(vague[0].params["texts"], Param::List(vec!["click here".into()]));
    assert_eq!(vague[0].params["places"], Param::List(vec!["page:1".into()]));

    let descriptive = vec![link_over_line(2, figures)];
    let r = check(&pdf_showing(LINKED_LINES, descriptive, |_, _| Vec::new(), None));
    assert_eq!(r.links.len(), 1);
    assert!(r.findings.iter().all(|f| f.rule != "link-text-vague"), "{:?}", r.findings);
}

#[test]
fn a_title_that_names_the_file_printed_is_reported_as_a_file_name() {
    for title in ["Microsoft Word - draft.docx", "Erlkönig.pages", "Untitled document"] {
        let info = dictionary! { "Title" => Object::String(utf16(title), StringFormat::Hexadecimal) };
        let r = check(&pdf(|_, _| Vec::new(), Some(info)));
        let keys = accessibility_keys(&r);
        assert_eq!(keys, ["pdf-accessibility.untagged", "pdf-accessibility.file-name-title"], "{title}");
        let f = r.findings.iter().find(|f| f.key == "pdf-accessibility.file-name-title").expect("found");
        assert_eq!(f.params["title"], Param::Text(title.into()));
        assert_eq!(f.severity, Severity::Warning);
    }
}

/// A PDF text string in UTF-16BE with its byte order mark, as PDF 1.7 § 7.9.2.2 writes non-Latin titles.
fn utf16(s: &str) -> Vec<u8> {
    let mut out = vec![0xFE, 0xFF];
    out.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    out
}

#[test]
fn a_pdf_marked_as_tagged_without_a_structure_tree_or_the_reverse_is_untagged() {
    let marked_only = pdf(|_, _| vec![("MarkInfo", Object::Dictionary(dictionary! { "Marked" => true }))], None);
    let tree_only = pdf(
        |doc, page| {
            let p = element(doc, "P", page, dictionary! {}, vec![Object::Integer(0)]);
            let root = doc.add_object(dictionary! { "Type" => "StructTreeRoot", "K" => p });
            vec![("StructTreeRoot", root.into())]
        },
        None,
    );
    for (name, bytes) in [("/Marked true alone", marked_only), ("/StructTreeRoot alone", tree_only)] {
        let r = check(&bytes);
        assert!(accessibility_keys(&r).contains(&"pdf-accessibility.untagged"), "{name}: {:?}", r.findings);
    }
}
