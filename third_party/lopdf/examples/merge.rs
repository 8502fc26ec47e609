// if you use nightly then you can enable this feature to gain a boost in read speed of PDF's"
//#![feature(extend_one)]

#[macro_use]
extern crate lopdf;

use std::collections::{BTreeMap, HashSet};

use lopdf::content::{Content, Operation};
use lopdf::{Bookmark, Dictionary, Document, Error, Object, ObjectId, Stream};

pub fn generate_fake_document() -> Document {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Courier",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! {
            "F1" => font_id,
        },
    });
    let content = Content {
        operations: vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 48.into()]),
            Operation::new("Td", vec![100.into(), 600.into()]),
            Operation::new("Tj", vec![Object::string_literal("Hello World!")]),
            Operation::new("ET", vec![]),
        ],
    };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "Resources" => resources_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    let pages = dictionary! {
        "Type" => "Pages",
        "Kids" => vec![page_id.into()],
        "Count" => 1,
    };
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);

    doc
}

fn inherited_page_attribute(doc: &Document, page_id: ObjectId, key: &[u8]) -> lopdf::Result<Option<Object>> {
    let mut current = page_id;
    let mut visited = HashSet::new();
    loop {
        if !visited.insert(current) {
            return Err(Error::ReferenceCycle(current));
        }
        let node = doc.get_dictionary(current)?;
        if let Ok(value) = node.get(key) {
            match doc.dereference(value) {
                Ok((_, Object::Null)) | Err(Error::ObjectNotFound(_)) => {}
                Ok(_) => return Ok(Some(value.clone())),
                Err(error) => return Err(error),
            }
        }
        match node.get(b"Parent") {
            Err(_) | Ok(Object::Null) => return Ok(None),
            Ok(parent) => current = parent.as_reference()?,
        }
    }
}

fn materialize_page_attributes(doc: &Document, page_id: ObjectId) -> lopdf::Result<Dictionary> {
    let mut page = doc.get_dictionary(page_id)?.clone();
    let media_box =
        inherited_page_attribute(doc, page_id, b"MediaBox")?.ok_or_else(|| Error::DictKey("MediaBox".to_string()))?;
    let crop_box = inherited_page_attribute(doc, page_id, b"CropBox")?.unwrap_or_else(|| media_box.clone());
    let resources =
        inherited_page_attribute(doc, page_id, b"Resources")?.unwrap_or_else(|| Object::Dictionary(Dictionary::new()));
    let rotation = inherited_page_attribute(doc, page_id, b"Rotate")?.unwrap_or(Object::Integer(0));
    page.set("MediaBox", media_box);
    page.set("CropBox", crop_box);
    page.set("Resources", resources);
    page.set("Rotate", rotation);
    Ok(page)
}

fn main() {
    // Generate a stack of Documents to merge
    // (The Bookmark layer,  Document to merge)
    let documents = vec![
        (1u32, generate_fake_document()),
        (2u32, generate_fake_document()),
        (2u32, generate_fake_document()),
        (3u32, generate_fake_document()),
    ];

    if let Some(mut document) = merge_documents(documents) {
        document.save("merged.pdf").unwrap();
    }
}

pub fn merge_documents(documents: Vec<(u32, Document)>) -> Option<Document> {
    // We use this to keep track of the last Parent per layer depth.
    let mut layer_parent: [Option<u32>; 4] = [None; 4];

    // This is the last layer ran.
    let mut last_layer = 0;

    // Define a starting max_id (will be used as start index for object_ids)
    let mut max_id = 1;
    let mut pagenum = 1;
    // Collect all Documents Objects grouped by a map
    let mut documents_pages = BTreeMap::new();
    let mut documents_objects = BTreeMap::new();
    let mut document = Document::with_version("1.5");

    // Preallocating avoids repeated reallocation, assuming ~1000 objects per document.
    // Requires nightly (`extend_reserve`), so it is commented out.
    // documents_pages.extend_reserve(documents.len() * 1000);
    // documents_objects.extend_reserve(documents.len() * 1000);

    // Add a Table of Contents
    // We set the object page to (0,0) which means it will point to the first object after it.
    layer_parent[0] = Some(document.add_bookmark(
        Bookmark::new("Table of Contents".to_string(), [0.0, 0.0, 0.0], 0, (0, 0)),
        None,
    ));

    // Bookmark formatting is 1 italic, 2 bold, 3 bold-italic; color is RGB 0.0..255.0.
    for (layer, mut doc) in documents {
        let color = [0.0, 0.0, 0.0];
        let format = 0;
        let mut display = String::new();

        // Resolve inheritance before renumbering can make a missing reference alias another object.
        for page_id in doc.get_pages().into_values() {
            let page = materialize_page_attributes(&doc, page_id).unwrap();
            doc.objects.insert(page_id, Object::Dictionary(page));
        }
        doc.renumber_objects_with(max_id);

        max_id = doc.max_id + 1;

        let mut first_object = None;

        let pages = doc.get_pages();

        // This is actually better than extend as we use less allocations and cloning then.
        pages
            .into_values()
            .map(|object_id| {
                // We use this as the return object for Bookmarking to deturmine what it points too.
                // We only want to do this for the first page though.
                if first_object.is_none() {
                    first_object = Some(object_id);
                    display = format!("Page {}", pagenum);
                    pagenum += 1;
                }

                (object_id, doc.get_object(object_id).unwrap().to_owned())
            })
            .for_each(|(key, value)| {
                documents_pages.insert(key, value);
            });

        documents_objects.extend(doc.objects);

        // Lets shadow our pointer back if nothing then set to (0,0) tto point to the next page
        let object = first_object.unwrap_or((0, 0));

        // Layering nests bookmarks: - Page 1, -- Page 2/3, --- Page 4.

        if layer == 0 {
            layer_parent[0] = Some(document.add_bookmark(Bookmark::new(display, color, format, object), None));
            last_layer = 0;
        } else if layer == 1 {
            layer_parent[1] =
                Some(document.add_bookmark(Bookmark::new(display, color, format, object), layer_parent[0]));
            last_layer = 1;
        } else if last_layer >= layer || last_layer == layer - 1 {
            layer_parent[layer as usize] = Some(document.add_bookmark(
                Bookmark::new(display, color, format, object),
                layer_parent[(layer - 1) as usize],
            ));
            last_layer = layer;
        } else if last_layer > 0 {
            layer_parent[last_layer as usize] = Some(document.add_bookmark(
                Bookmark::new(display, color, format, object),
                layer_parent[(last_layer - 1) as usize],
            ));
        } else {
            layer_parent[1] =
                Some(document.add_bookmark(Bookmark::new(display, color, format, object), layer_parent[0]));
            last_layer = 1;
        }
    }

    // Catalog and Pages are mandatory
    let mut catalog_object: Option<(ObjectId, Object)> = None;
    let mut pages_object: Option<(ObjectId, Object)> = None;

    // Process all objects except "Page" type
    for (object_id, object) in documents_objects.into_iter() {
        // We have to ignore "Page" (as are processed later), "Outlines" and "Outline" objects
        // All other objects should be collected and inserted into the main Document
        match object.type_name().unwrap_or(b"") {
            b"Catalog" => {
                // Collect a first "Catalog" object and use it for the future "Pages"
                catalog_object = Some((
                    if let Some((id, _)) = catalog_object {
                        id
                    } else {
                        object_id
                    },
                    object,
                ));
            }
            b"Pages" => {
                // Collect and update a first "Pages" object and use it for the future "Catalog"
                // We have also to merge all dictionaries of the old and the new "Pages" object
                if let Ok(dictionary) = object.as_dict() {
                    let mut dictionary = dictionary.clone();
                    if let Some((_, ref object)) = pages_object
                        && let Ok(old_dictionary) = object.as_dict()
                    {
                        dictionary.extend(old_dictionary);
                    }

                    pages_object = Some((
                        if let Some((id, _)) = pages_object {
                            id
                        } else {
                            object_id
                        },
                        Object::Dictionary(dictionary),
                    ));
                }
            }
            b"Page" => {}     // Ignored, processed later and separately
            b"Outlines" => {} // Ignored, not supported yet
            b"Outline" => {}  // Ignored, not supported yet
            _ => {
                document.objects.insert(object_id, object);
            }
        }
    }

    // If no "Pages" found abort
    if pages_object.is_none() {
        println!("Pages root not found.");

        return None;
    }

    // Iter over all "Page" and collect with the parent "Pages" created before
    for (object_id, object) in documents_pages.iter() {
        if let Ok(dictionary) = object.as_dict() {
            let mut dictionary = dictionary.clone();
            dictionary.set("Parent", pages_object.as_ref().unwrap().0);

            document.objects.insert(*object_id, Object::Dictionary(dictionary));
        }
    }

    // If no "Catalog" found abort
    if catalog_object.is_none() {
        println!("Catalog root not found.");

        return None;
    }

    let (catalog_id, catalog_object) = catalog_object.unwrap();
    let (page_id, page_object) = pages_object.unwrap();

    // Build a new "Pages" with updated fields
    if let Ok(dictionary) = page_object.as_dict() {
        let mut dictionary = dictionary.clone();

        // The rebuilt root has no parent, even when an original node did.
        dictionary.remove(b"Parent");
        // Each page now carries its original attributes; never combine them at the root.
        for key in ["MediaBox", "CropBox", "Resources", "Rotate"] {
            dictionary.remove(key.as_bytes());
        }

        // Set new pages count
        dictionary.set("Count", documents_pages.len() as u32);

        // Set new "Kids" list (collected from documents pages) for "Pages"
        dictionary.set(
            "Kids",
            documents_pages.into_keys().map(Object::Reference).collect::<Vec<_>>(),
        );

        document.objects.insert(page_id, Object::Dictionary(dictionary));
    }

    // Build a new "Catalog" with updated fields
    if let Ok(dictionary) = catalog_object.as_dict() {
        let mut dictionary = dictionary.clone();
        dictionary.set("Pages", page_id);
        dictionary.set("PageMode", "UseOutlines");
        dictionary.remove(b"Outlines"); // Outlines not supported in merged PDFs

        document.objects.insert(catalog_id, Object::Dictionary(dictionary));
    }

    document.trailer.set("Root", catalog_id);

    // Update the max internal ID as wasn't updated before due to direct objects insertion
    document.max_id = document.objects.len() as u32;

    finalize_outline(&mut document);

    // Usually a no-op unless there are many streams; disabling it speeds things up.
    // document.compress();

    Some(document)
}

fn finalize_outline(document: &mut Document) {
    // Reorder all new Document objects.
    document.renumber_objects();
    // Point any unset bookmarks at their first child.
    document.adjust_zero_pages();
    if let Some(outline_id) = document.build_outline()
        && let Ok(dict) = document.catalog_mut()
    {
        dict.set("Outlines", Object::Reference(outline_id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_outline_survives_renumbering(starting_id: u32) {
        let mut document = generate_fake_document();
        document.renumber_objects_with(starting_id);
        let old_catalog_id = document.trailer.get(b"Root").unwrap().as_reference().unwrap();
        let page_id = document.get_pages()[&1];
        document.add_bookmark(Bookmark::new("First page".to_string(), [0.0; 3], 0, page_id), None);

        finalize_outline(&mut document);

        let new_catalog_id = document.trailer.get(b"Root").unwrap().as_reference().unwrap();
        if starting_id != 1 {
            assert_ne!(old_catalog_id, new_catalog_id);
        }
        let outline_id = document
            .catalog()
            .unwrap()
            .get(b"Outlines")
            .unwrap()
            .as_reference()
            .unwrap();
        let outline = document.get_dictionary(outline_id).unwrap();
        let first = outline.get(b"First").unwrap().as_reference().unwrap();
        let bookmark = document.get_dictionary(first).unwrap();
        let action = document
            .get_dictionary(bookmark.get(b"A").unwrap().as_reference().unwrap())
            .unwrap();
        let destination = action.get(b"D").unwrap().as_array().unwrap()[0].as_reference().unwrap();
        assert_eq!(destination, document.get_pages()[&1]);

        let mut bytes = Vec::new();
        document.save_to(&mut bytes).unwrap();
        let reopened = Document::load_mem(&bytes).unwrap();
        let toc = reopened.get_toc().unwrap();
        assert!(toc.errors.is_empty());
        assert_eq!(toc.toc.len(), 1);
        assert_eq!(toc.toc[0].title, "First page");
        assert_eq!(toc.toc[0].page, 1);
    }

    #[test]
    fn outline_survives_changed_catalog_id() {
        assert_outline_survives_renumbering(50);
    }

    #[test]
    fn outline_survives_unchanged_catalog_id() {
        assert_outline_survives_renumbering(1);
    }

    #[test]
    fn merged_page_tree_root_has_no_parent() {
        let mut source = generate_fake_document();
        let original_pages = source.catalog().unwrap().get(b"Pages").unwrap().as_reference().unwrap();
        let outer_pages = source.add_object(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![Object::Reference(original_pages)],
            "Count" => 1,
        });
        source
            .get_dictionary_mut(original_pages)
            .unwrap()
            .set("Parent", outer_pages);
        source.catalog_mut().unwrap().set("Pages", outer_pages);
        assert_eq!(source.get_pages().len(), 1);

        let mut merged = merge_documents(vec![(1, source)]).unwrap();
        let root_pages = merged.catalog().unwrap().get(b"Pages").unwrap().as_reference().unwrap();
        assert!(!merged.get_dictionary(root_pages).unwrap().has(b"Parent"));

        let mut bytes = Vec::new();
        merged.save_to(&mut bytes).unwrap();
        let reopened = Document::load_mem(&bytes).unwrap();
        let root_pages = reopened
            .catalog()
            .unwrap()
            .get(b"Pages")
            .unwrap()
            .as_reference()
            .unwrap();
        assert!(!reopened.get_dictionary(root_pages).unwrap().has(b"Parent"));
        assert_eq!(reopened.get_pages().len(), 1);
        assert_eq!(reopened.extract_text(&[1]).unwrap().trim(), "Hello World!");
    }

    fn document_with_inherited_attributes(width: i64, rotation: i64, font_name: &str) -> Document {
        let mut source = generate_fake_document();
        let page_id = source.get_pages()[&1];
        let pages_id = source.catalog().unwrap().get(b"Pages").unwrap().as_reference().unwrap();
        let resources = source
            .get_dictionary_mut(page_id)
            .unwrap()
            .remove(b"Resources")
            .unwrap();
        source.get_dictionary_mut(page_id).unwrap().remove(b"MediaBox");
        let font_id = source.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => font_name,
        });
        let resources_id = resources.as_reference().unwrap();
        source
            .get_dictionary_mut(resources_id)
            .unwrap()
            .set("Font", dictionary! { "F1" => font_id });
        let pages = source.get_dictionary_mut(pages_id).unwrap();
        pages.set("MediaBox", vec![0.into(), 0.into(), width.into(), 842.into()]);
        pages.set("CropBox", vec![0.into(), 10.into(), (width - 10).into(), 800.into()]);
        pages.set("Rotate", rotation);
        pages.set("Resources", resources);
        source
    }

    #[test]
    fn merge_preserves_inherited_page_attributes() {
        let first = document_with_inherited_attributes(300, 90, "Courier");
        let mut second = document_with_inherited_attributes(600, 180, "Helvetica");
        let second_page = second.get_pages()[&1];
        second.get_dictionary_mut(second_page).unwrap().set("Rotate", 270);
        let mut merged = merge_documents(vec![(1, first), (1, second)]).unwrap();
        let mut bytes = Vec::new();
        merged.save_to(&mut bytes).unwrap();
        let reopened = Document::load_mem(&bytes).unwrap();
        for (number, width, rotation, font_name) in [(1, 300, 90, b"Courier".as_slice()), (2, 600, 270, b"Helvetica")] {
            let page_id = reopened.get_pages()[&number];
            let page = reopened.get_dictionary(page_id).unwrap();
            assert_eq!(
                page.get(b"MediaBox").unwrap(),
                &Object::Array(vec![0.into(), 0.into(), width.into(), 842.into()])
            );
            assert_eq!(
                page.get(b"CropBox").unwrap(),
                &Object::Array(vec![0.into(), 10.into(), (width - 10).into(), 800.into()])
            );
            assert_eq!(page.get(b"Rotate").unwrap().as_i64().unwrap(), rotation);
            let resources = page.get_deref(b"Resources", &reopened).unwrap().as_dict().unwrap();
            let fonts = resources.get_deref(b"Font", &reopened).unwrap().as_dict().unwrap();
            let font = fonts.get_deref(b"F1", &reopened).unwrap().as_dict().unwrap();
            assert_eq!(font.get(b"BaseFont").unwrap().as_name().unwrap(), font_name);
        }
    }

    #[test]
    fn merge_preserves_source_defaults_and_inherits_past_omitted_values() {
        for omission in 0..3 {
            let first = document_with_inherited_attributes(300, 90, "Courier");
            let mut second = generate_fake_document();
            let page_id = second.get_pages()[&1];
            let pages_id = second.catalog().unwrap().get(b"Pages").unwrap().as_reference().unwrap();
            let null_id = second.add_object(Object::Null);
            let value = match omission {
                0 => Object::Null,
                1 => Object::Reference(null_id),
                _ => Object::Reference((9000, 0)),
            };
            let page = second.get_dictionary_mut(page_id).unwrap();
            for key in ["MediaBox", "CropBox", "Rotate", "Resources"] {
                page.set(key, value.clone());
            }
            let content_id = page.get(b"Contents").unwrap().as_reference().unwrap();
            second
                .objects
                .insert(content_id, Stream::new(dictionary! {}, vec![]).into());
            second
                .get_dictionary_mut(pages_id)
                .unwrap()
                .set("MediaBox", vec![0.into(), 0.into(), 600.into(), 842.into()]);
            let merged = merge_documents(vec![(1, first), (1, second)]).unwrap();
            let page = merged.get_dictionary(merged.get_pages()[&2]).unwrap();
            let media_box = Object::Array(vec![0.into(), 0.into(), 600.into(), 842.into()]);
            assert_eq!(page.get_deref(b"MediaBox", &merged).unwrap(), &media_box);
            assert_eq!(page.get_deref(b"CropBox", &merged).unwrap(), &media_box);
            assert_eq!(page.get(b"Rotate").unwrap().as_i64().unwrap(), 0);
            assert!(
                page.get_deref(b"Resources", &merged)
                    .unwrap()
                    .as_dict()
                    .unwrap()
                    .is_empty()
            );
        }
    }

    #[test]
    fn merge_uses_nearest_attributes_without_merging_resource_dictionaries() {
        let mut source = document_with_inherited_attributes(300, 90, "Courier");
        let page_id = source.get_pages()[&1];
        let page = source.get_dictionary_mut(page_id).unwrap();
        let content_id = page.get(b"Contents").unwrap().as_reference().unwrap();
        page.set("MediaBox", vec![0.into(), 0.into(), 200.into(), 400.into()]);
        page.set("CropBox", vec![10.into(), 20.into(), 190.into(), 380.into()]);
        page.set("Rotate", 0);
        page.set("Resources", dictionary! {});
        source
            .objects
            .insert(content_id, Stream::new(dictionary! {}, vec![]).into());

        let merged = merge_documents(vec![(1, source)]).unwrap();
        let page = merged.get_dictionary(merged.get_pages()[&1]).unwrap();
        assert_eq!(
            page.get(b"MediaBox").unwrap(),
            &Object::Array(vec![0.into(), 0.into(), 200.into(), 400.into()])
        );
        assert_eq!(
            page.get(b"CropBox").unwrap(),
            &Object::Array(vec![10.into(), 20.into(), 190.into(), 380.into()])
        );
        assert_eq!(page.get(b"Rotate").unwrap().as_i64().unwrap(), 0);
        assert!(
            page.get_deref(b"Resources", &merged)
                .unwrap()
                .as_dict()
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn merge_resolves_missing_attributes_before_renumbering_can_alias_them() {
        let first = generate_fake_document();
        let mut second = generate_fake_document();
        let page_id = second.get_pages()[&1];
        let pages_id = second.catalog().unwrap().get(b"Pages").unwrap().as_reference().unwrap();
        assert!(!second.objects.contains_key(&(7, 0)));
        second
            .get_dictionary_mut(page_id)
            .unwrap()
            .set("MediaBox", Object::Reference((7, 0)));
        second
            .get_dictionary_mut(pages_id)
            .unwrap()
            .set("MediaBox", vec![0.into(), 0.into(), 600.into(), 842.into()]);

        let merged = merge_documents(vec![(1, first), (1, second)]).unwrap();
        let page = merged.get_dictionary(merged.get_pages()[&2]).unwrap();
        assert_eq!(
            page.get_deref(b"MediaBox", &merged).unwrap(),
            &Object::Array(vec![0.into(), 0.into(), 600.into(), 842.into()])
        );
    }
}
