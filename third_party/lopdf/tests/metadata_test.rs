use lopdf::Document;

#[test]
fn test_metadata_extraction_basic() {
    let buffer = std::fs::read("assets/example.pdf").unwrap();
    let metadata = Document::load_metadata_mem(&buffer).unwrap();

    assert_eq!(metadata.version, "1.5");
    assert!(metadata.page_count > 0);
    assert!(!metadata.encrypted);
}

#[test]
fn test_metadata_extraction_page_count() {
    let buffer = std::fs::read("assets/example.pdf").unwrap();
    let metadata = Document::load_metadata_mem(&buffer).unwrap();
    assert!(metadata.page_count > 0);

    let doc = Document::load_mem(&buffer).unwrap();
    let pages = doc.get_pages();
    assert_eq!(metadata.page_count, pages.len() as u32);
}

/// Reading only the metadata must stay cheap enough on documents that exercise
/// other parts of the reader: non-ASCII text, incremental updates and
/// annotations.
#[test]
fn test_metadata_extraction_of_other_documents() {
    for path in [
        "assets/unicode.pdf",
        "assets/Incremental.pdf",
        "assets/AnnotationDemo.pdf",
    ] {
        let buffer = std::fs::read(path).unwrap();
        let metadata = Document::load_metadata_mem(&buffer).unwrap();
        assert!(metadata.page_count > 0, "{path} should report a page count");
    }
}

/// A document with a single empty page carrying the given info dictionary.
/// Returns the document and the info object's id.
fn document_with_info(info: lopdf::Dictionary) -> (Document, lopdf::ObjectId) {
    let mut doc = Document::with_version("1.5");

    let id1 = vec![1u8, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
    let id2 = vec![16u8, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    doc.trailer.set(
        "ID",
        lopdf::Object::Array(vec![
            lopdf::Object::String(id1, lopdf::StringFormat::Literal),
            lopdf::Object::String(id2, lopdf::StringFormat::Literal),
        ]),
    );

    let catalog_dict = lopdf::dictionary! {
        "Type" => "Catalog",
        "Pages" => lopdf::Object::Reference((2, 0))
    };
    let catalog_id = doc.add_object(catalog_dict);
    doc.trailer.set("Root", lopdf::Object::Reference(catalog_id));

    let pages_dict = lopdf::dictionary! {
        "Type" => "Pages",
        "Kids" => vec![lopdf::Object::Reference((3, 0))],
        "Count" => 1
    };
    doc.objects.insert((2, 0), lopdf::Object::Dictionary(pages_dict));

    let page_dict = lopdf::dictionary! {
        "Type" => "Page",
        "Parent" => lopdf::Object::Reference((2, 0)),
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()]
    };
    doc.objects.insert((3, 0), lopdf::Object::Dictionary(page_dict));

    let info_id = doc.add_object(info);
    doc.trailer.set("Info", lopdf::Object::Reference(info_id));

    (doc, info_id)
}

#[test]
fn test_metadata_extraction_keeps_line_breaks() {
    let (mut doc, _) = document_with_info(lopdf::dictionary! {
        "Subject" => lopdf::Object::string_literal("First line\rSecond line"),
        "Keywords" => lopdf::Object::string_literal("one\ntwo\tthree")
    });
    let mut buffer = Vec::new();
    doc.save_to(&mut buffer).unwrap();

    let metadata = Document::load_metadata_mem(&buffer).unwrap();
    assert_eq!(metadata.subject.as_deref(), Some("First line\rSecond line"));
    assert_eq!(metadata.keywords.as_deref(), Some("one\ntwo\tthree"));
}

/// `/Trapped` is a standard key, so it is not on `custom`; it is a name, unlike the other
/// standard fields, and some producers write a string instead.
#[test]
fn test_metadata_extraction_reads_trapped() {
    for (trapped, expected) in [
        (lopdf::Object::Name(b"True".to_vec()), Some("True")),
        (lopdf::Object::Name(b"Unknown".to_vec()), Some("Unknown")),
        (lopdf::Object::string_literal("False"), Some("False")),
        (lopdf::Object::Integer(1), None),
    ] {
        let (mut doc, _) = document_with_info(lopdf::dictionary! { "Trapped" => trapped.clone() });
        let mut buffer = Vec::new();
        doc.save_to(&mut buffer).unwrap();

        let metadata = Document::load_metadata_mem(&buffer).unwrap();
        assert_eq!(metadata.trapped.as_deref(), expected, "{trapped:?}");
        assert!(!metadata.custom.contains_key(&b"Trapped"[..]));
    }

    let (mut doc, _) = document_with_info(lopdf::dictionary! {});
    let mut buffer = Vec::new();
    doc.save_to(&mut buffer).unwrap();
    assert_eq!(Document::load_metadata_mem(&buffer).unwrap().trapped, None);
}

/// [`document_with_info`] carrying the title, author and subject the encrypted
/// tests below expect, encrypted with the given passwords.
#[cfg(not(feature = "async"))]
fn encrypted_document_with_info(owner_password: &str, user_password: &str) -> Document {
    let (mut doc, _) = document_with_info(lopdf::dictionary! {
        "Title" => lopdf::Object::String(b"Test Encrypted PDF".to_vec(), lopdf::StringFormat::Literal),
        "Author" => lopdf::Object::String(b"Test Author".to_vec(), lopdf::StringFormat::Literal),
        "Subject" => lopdf::Object::String(b"Test Subject".to_vec(), lopdf::StringFormat::Literal)
    });

    let encryption_state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
        document: &doc,
        owner_password,
        user_password,
        key_length: 128,
        permissions: lopdf::Permissions::all(),
    })
    .unwrap();
    doc.encrypt(&encryption_state).unwrap();

    doc
}

/// Encrypts the document and writes it to `name` inside a temporary directory
/// that is removed once the returned path is dropped.
#[cfg(not(feature = "async"))]
fn save_encrypted(doc: &mut Document, name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let temp_dir = tempfile::tempdir().unwrap();
    let path = temp_dir.path().join(name);
    doc.save(&path).unwrap();
    (temp_dir, path)
}

#[cfg(not(feature = "async"))]
#[test]
fn test_metadata_extraction_encrypted_empty_password() {
    let mut doc = encrypted_document_with_info("", "");
    let (_temp_dir, path) = save_encrypted(&mut doc, "test_encrypted_metadata.pdf");

    let metadata = Document::load_metadata(&path).unwrap();
    assert_eq!(metadata.title, Some("Test Encrypted PDF".to_string()));
    assert_eq!(metadata.author, Some("Test Author".to_string()));
    assert_eq!(metadata.subject, Some("Test Subject".to_string()));
    assert_eq!(metadata.page_count, 1);
    assert!(metadata.encrypted);
}

#[cfg(not(feature = "async"))]
#[test]
fn test_metadata_extraction_encrypted_with_password() {
    let mut doc = encrypted_document_with_info("owner_pass", "user_pass");
    let (_temp_dir, path) = save_encrypted(&mut doc, "test_password_metadata.pdf");

    let metadata = Document::load_metadata_with_password(&path, "user_pass").unwrap();
    assert_eq!(metadata.title, Some("Test Encrypted PDF".to_string()));
    assert_eq!(metadata.author, Some("Test Author".to_string()));
    assert_eq!(metadata.page_count, 1);
    assert!(metadata.encrypted);

    let buffer = std::fs::read(&path).unwrap();
    let metadata_mem = Document::load_metadata_mem_with_password(&buffer, "user_pass").unwrap();
    assert_eq!(metadata_mem.title, Some("Test Encrypted PDF".to_string()));
    assert_eq!(metadata_mem.page_count, 1);
    assert!(metadata_mem.encrypted);

    // Without the password, the loader no longer fails: it reports `encrypted`
    // and omits the (undecryptable) Info fields rather than erroring.
    let metadata_no_pw = Document::load_metadata_mem(&buffer).unwrap();
    assert!(metadata_no_pw.encrypted);
    assert_eq!(metadata_no_pw.title, None);
    assert_eq!(metadata_no_pw.author, None);
}

#[cfg(not(feature = "async"))]
#[test]
fn test_metadata_extraction_encrypted_wrong_password() {
    let mut doc = encrypted_document_with_info("owner", "user");
    let (_temp_dir, path) = save_encrypted(&mut doc, "test_wrong_password.pdf");

    let result = Document::load_metadata_with_password(&path, "wrong_password");
    assert!(matches!(result.unwrap_err(), lopdf::Error::InvalidPassword));
}

/// Verifies that custom (non-standard) Info dictionary entries are preserved on
/// `PdfMetadata::custom`, while the standard fields remain available through
/// their typed accessors. This is the path used to extract producer-specific
/// metadata such as Microsoft Information Protection labels
/// (`MSIP_Label_{GUID}_{Property}`) without loading the full document.
#[test]
fn test_metadata_extraction_preserves_custom_info_entries() {
    let mip_guid_enabled = "MSIP_Label_754d9351-9ade-4bd5-893a-95071572330d_Enabled";
    let mip_guid_name = "MSIP_Label_754d9351-9ade-4bd5-893a-95071572330d_Name";

    let (mut doc, _) = document_with_info(lopdf::dictionary! {
        "Title" => lopdf::Object::String(b"Doc with custom info".to_vec(), lopdf::StringFormat::Literal),
        "Producer" => lopdf::Object::String(b"Test Suite".to_vec(), lopdf::StringFormat::Literal),
        mip_guid_enabled => lopdf::Object::String(b"True".to_vec(), lopdf::StringFormat::Literal),
        mip_guid_name => lopdf::Object::String(b"Confidential".to_vec(), lopdf::StringFormat::Literal),
        "AppCustomCounter" => lopdf::Object::Integer(42)
    });

    let temp_dir = tempfile::tempdir().unwrap();
    let path = temp_dir.path().join("test_custom_info.pdf");
    doc.save(&path).unwrap();

    let buffer = std::fs::read(&path).unwrap();
    let metadata = Document::load_metadata_mem(&buffer).unwrap();

    // Standard fields still populated.
    assert_eq!(metadata.title, Some("Doc with custom info".to_string()));
    assert_eq!(metadata.producer, Some("Test Suite".to_string()));

    // Custom fields preserved on the new `custom` map.
    assert_eq!(metadata.custom.len(), 3);

    let enabled = metadata
        .custom
        .get(mip_guid_enabled.as_bytes())
        .expect("MIP Enabled entry preserved");
    assert!(matches!(enabled, lopdf::Object::String(bytes, _) if bytes == b"True"));

    let name = metadata
        .custom
        .get(mip_guid_name.as_bytes())
        .expect("MIP Name entry preserved");
    assert!(matches!(name, lopdf::Object::String(bytes, _) if bytes == b"Confidential"));

    let counter = metadata
        .custom
        .get(&b"AppCustomCounter"[..])
        .expect("non-string custom entry preserved");
    assert!(matches!(counter, lopdf::Object::Integer(42)));

    // Standard keys must NOT leak into `custom`.
    assert!(!metadata.custom.contains_key(&b"Title"[..]));
    assert!(!metadata.custom.contains_key(&b"Producer"[..]));
}
