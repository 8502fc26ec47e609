//! English: the reference catalogue. Every other language has exactly these keys.

use super::Entry;

pub(super) const CATALOGUE: &[Entry] = &[
    // Format names, used in lists.
    ("format.docx", "Word (.docx)", ""),
    ("format.docm", "macro-enabled Word (.docm)", ""),
    ("format.doc", "Word 97-2003 (.doc)", ""),
    ("format.encrypted-ooxml", "password-protected Word", ""),
    ("format.pdf", "PDF", ""),
    ("format.odt", "OpenDocument (.odt)", ""),
    ("format.rtf", "Rich Text (.rtf)", ""),
    ("format.txt", "plain text", ""),
    ("format.html", "web page (HTML)", ""),
    ("format.image", "picture", ""),
    ("format.empty", "empty file", ""),
    ("format.unknown", "unrecognised file", ""),
    // Language names.
    ("language.en", "English", ""),
    ("language.fr", "French", ""),
    ("language.es", "Spanish", ""),
    ("language.pt", "Portuguese", ""),
    // Rules.
    (
        "unreadable-file.corrupt",
        "This file cannot be opened: it seems to be damaged ({detail}).",
        "Open the original in Word or LibreOffice and save it again under a new name, then check the new file. If it came by email, download it again.",
    ),
    (
        "unreadable-file.too-large",
        "This file is too large or too complex to check safely ({detail}).",
        "Check that it is the right file. Save a copy without large pictures (in Word: File > Compress Pictures) and check that copy.",
    ),
    (
        "unreadable-file.unsupported",
        "The checker cannot read the text of a {format:formats} file, so it cannot count the words or look for hidden content.",
        "Save the document as Word (.docx) or PDF: in Word, File > Save As; in LibreOffice, File > Save As > Word 2007-365; in Google Docs, File > Download > Microsoft Word (.docx). Then check the new file.",
    ),
    (
        "unreadable-file.empty",
        "This file is empty (0 bytes): there is nothing in it to send.",
        "Save your document again and choose the saved file, not a shortcut or a file that is still downloading.",
    ),
    (
        "password-protected",
        "This file is protected by a password, so the secretariat cannot open or publish it.",
        "Remove the password and send the file unprotected. In Word: File > Info > Protect Document > Encrypt with Password, delete the password, OK, then save. In Acrobat: File > Properties > Security > No Security.",
    ),
    (
        "file-format.not-accepted",
        "The call accepts {accepted:formats} files; this file is {format:formats}.",
        "Save the document as {accepted:formats}: in Word, File > Save As and pick the type; in LibreOffice, File > Save As (or File > Export as PDF); in Google Docs, File > Download.",
    ),
    (
        "file-format.unrecognised",
        "The call accepts {accepted:formats} files; this file is {kind:text}.",
        "Open the document in the program you wrote it with and save or export it as {accepted:formats}. In Apple Pages: File > Export To > Word or PDF. In LibreOffice: File > Save As, or File > Export as PDF. In Google Docs: File > Download.",
    ),
    ("kind.unrecognised", "in a format the checker does not recognise", ""),
    ("kind.apple-pages", "an Apple Pages document", ""),
    ("kind.spreadsheet", "a spreadsheet", ""),
    ("kind.presentation", "a presentation", ""),
    ("kind.zip-archive", "a ZIP archive", ""),
    ("kind.opendocument-other", "an OpenDocument file that is not a text document", ""),
    ("kind.office-legacy-other", "an old Office file that is not a Word document", ""),
    ("kind.damaged-zip", "a damaged file", ""),
    (
        "file-format.macros",
        "This is a macro-enabled Word file (.docm). Mail servers often block such attachments, and the secretariat may not open it.",
        "Save it as an ordinary Word document: File > Save As > Word Document (*.docx). The macros are left out, the text stays.",
    ),
    (
        "unreadable-file.legacy-word",
        "This is an old-style Word 97-2003 file (.doc). The call accepts Word files, but this checker cannot read .doc, so nothing else was checked.",
        "Save it as .docx (in Word: File > Save As > Word Document) and check the new file: it will be checked in full.",
    ),
    (
        "wrong-extension",
        "The file is named “{name}”, but it is really a {format:formats} file.",
        "Save it again in the right format from the program that made it, or rename it to end in .{expected}. A wrong name can make the secretariat's computer refuse to open it.",
    ),
    (
        "word-limit.over",
        "The document has {counted} words; the call allows {limit}. Cut at least {excess} words.",
        "Counted: {what:text}. Shorten the text or move detail into an annex sent separately if the call allows it. Word shows its own count under Review > Word Count.",
    ),
    (
        "word-limit.near",
        "The document has {counted} words, just under the limit of {limit}.",
        "Counted: {what:text}. Word may count a few words differently: keep a small margin.",
    ),
    ("word-limit.what-body", "the main text, without footnotes and endnotes", ""),
    ("word-limit.what-body-and-notes", "the main text with footnotes and endnotes", ""),
    (
        "hyperlinks-missing",
        "The call asks for hyperlinks to sources (websites, documents, statistics, laws), and this document has none.",
        "Add links to your sources: select the words, then Insert > Link (Ctrl+K) in Word or LibreOffice, or Insert > Link in Google Docs, and paste the web address.",
    ),
    (
        "deadline.passed",
        "The deadline was {deadline} ({zone} time); it has passed.",
        "Contact the secretariat before sending: late contributions may not be considered.",
    ),
    (
        "deadline.soon",
        "The deadline is {deadline} ({zone} time): {days} day(s) left.",
        "Send it soon: mail can take time to arrive, and the deadline ends at midnight in {zone}.",
    ),
    (
        "deadline.today",
        "The deadline is today, {deadline}, at midnight {zone} time.",
        "Send it today.",
    ),
    // The cover email.
    ("mail.greeting", "Dear Secretariat,", ""),
    ("mail.cover", "Please find attached our contribution to your call for inputs.", ""),
    ("mail.title", "Title: {title}", ""),
    ("mail.file", "File: {file}", ""),
    ("mail.words", "Words: {words}", ""),
    ("mail.language", "Language: {language:languages}", ""),
    ("mail.attach", "[Before sending: attach the file {file} to this email.]", ""),
    ("mail.closing", "Kind regards,", ""),
    // Publication readiness: who will see what is hidden in the file.
    ("publication.in-full", "The call publishes contributions in full, as received, so this will be public.", ""),
    ("publication.received", "Anyone who receives the file can see this.", ""),
    (
        "comments",
        "Comments are still in the file: {count} (replies: {replies}; marked resolved: {resolved}), written by {authors}. {audience:text}",
        "Delete every comment; marking one resolved only hides it. Word: Review > Delete (the arrow under it) > Delete All Comments in Document. LibreOffice: View > Comments to show them, then right-click a comment > Delete All Comments. Google Docs: open the comment history (the speech-bubble icon at the top right) and delete each thread (⋮ > Delete) before downloading. Then check the file again.",
    ),
    (
        "tracked-changes",
        "Tracked changes are still in the file: {count} (insertions: {insertions}; deletions: {deletions}; moves: {moves}; formatting: {formatting}), made by {authors} (dates: {dates}). {audience:text}",
        "Accept or reject every change, then stop tracking. Word: Review > Accept (the arrow under it) > Accept All Changes and Stop Tracking. LibreOffice: Edit > Track Changes > Accept All, then untick Edit > Track Changes > Record Changes. Google Docs: Tools > Review suggested edits > Accept all. Then save and check the file again.",
    ),
    (
        "tracked-changes.with-deleted",
        "Tracked changes are still in the file: {count} (insertions: {insertions}; deletions: {deletions}; moves: {moves}; formatting: {formatting}), made by {authors} (dates: {dates}). {audience:text} Deleted text is still inside the file, and anyone can read it, for example: “{deleted}”.",
        "Accept or reject every change, then stop tracking: only then is deleted text really gone. Word: Review > Accept (the arrow under it) > Accept All Changes and Stop Tracking. LibreOffice: Edit > Track Changes > Accept All, then untick Edit > Track Changes > Record Changes. Google Docs: Tools > Review suggested edits > Accept all. Then save and check the file again.",
    ),
    (
        "hidden-text",
        "Hidden text is still in the file (passages: {count}). Word does not show or print it, but it is there and anyone can reveal it. {audience:text}",
        "Word: File > Info > Check for Issues > Inspect Document, tick Hidden Text, click Inspect, then Remove All (to see it first, click Home > ¶, which shows hidden text with a dotted underline). LibreOffice: tick Tools > Options > LibreOffice Writer > Formatting Aids > Hidden characters to see it, then delete it, or select it and untick Format > Character > Font Effects > Hidden. Google Docs has no hidden text: remove it in Word or LibreOffice. Then check the file again.",
    ),
    (
        "hidden-text.headers-footers",
        "Headers and footers are printed on every page and published with the document. Check that they say nothing you do not want public: {texts}.",
        "To edit them: in Word, double-click the top or bottom margin of a page; in LibreOffice, click in the header or footer; in Google Docs, click at the very top or bottom of a page. Remember the different first page and odd and even pages, which have their own.",
    ),
    (
        "hidden-text.watermark",
        "The document has a watermark across its pages: {text}.",
        "If it should not be published (for example “Draft” or “Confidential”), remove it. Word: Design > Watermark > Remove Watermark. LibreOffice: Format > Watermark, then clear the text. Google Docs: Insert > Watermark, then Remove watermark.",
    ),
    (
        "personal-metadata.author",
        "The file's properties name its author: “{value}”. {audience:text}",
        "Word: File > Info > Check for Issues > Inspect Document, tick Document Properties and Personal Information, Inspect, then Remove All; or under File > Info > Related People, right-click the name > Remove Person. LibreOffice: File > Properties > General, click Reset Properties and untick Apply user data; Tools > Options > LibreOffice > Security > Options > Remove personal information on saving does it every time. Google Docs: a file downloaded from it as Word (File > Download) names no author.",
    ),
    (
        "personal-metadata.last-modified-by",
        "The file's properties name the last person who saved it: “{value}”. {audience:text}",
        "Word: File > Info > Check for Issues > Inspect Document, tick Document Properties and Personal Information, Inspect, then Remove All. LibreOffice: File > Properties > General, click Reset Properties and untick Apply user data; Tools > Options > LibreOffice > Security > Options > Remove personal information on saving does it every time. Google Docs: a file downloaded from it as Word (File > Download) names no one.",
    ),
    (
        "personal-metadata.company",
        "The file's properties name a company or organisation: “{value}”. {audience:text}",
        "If it should not be published, remove it. Word: File > Info > Properties > Advanced Properties > Summary, clear Company; or Inspect Document (File > Info > Check for Issues) > Document Properties and Personal Information > Remove All. LibreOffice: File > Properties > Custom Properties. Google Docs: a file downloaded from it as Word names no company.",
    ),
    (
        "personal-metadata.manager",
        "The file's properties name a manager: “{value}”. {audience:text}",
        "If it should not be published, remove it. Word: File > Info > Properties > Advanced Properties > Summary, clear Manager; or Inspect Document (File > Info > Check for Issues) > Document Properties and Personal Information > Remove All. LibreOffice: File > Properties > Custom Properties. Google Docs: a file downloaded from it as Word names no manager.",
    ),
    (
        "personal-metadata.template-user",
        "The file records the template it was made from as a path that shows the user name “{user}”: {value}. {audience:text}",
        "Word: File > Options > Add-ins, Manage: Templates, Go, and attach Normal instead (or clear the box). Whatever the program, copying the text into a new blank document (Ctrl+A, Ctrl+C, File > New, Ctrl+V) and saving that leaves the path behind. Google Docs: a file downloaded from it as Word has no template path.",
    ),
    (
        "personal-metadata.template",
        "The file records the template it was made from as a path on a computer or network: {value}. {audience:text}",
        "Word: File > Options > Add-ins, Manage: Templates, Go, and attach Normal instead (or clear the box). Whatever the program, copying the text into a new blank document (Ctrl+A, Ctrl+C, File > New, Ctrl+V) and saving that leaves the path behind. Google Docs: a file downloaded from it as Word has no template path.",
    ),
    (
        "personal-metadata.custom",
        "The file has custom properties ({count}), which Word does not show on the page: {value}. {audience:text}",
        "Word: File > Info > Properties > Advanced Properties > Custom, select each and Delete; or Inspect Document (File > Info > Check for Issues) > Document Properties and Personal Information > Remove All. LibreOffice: File > Properties > Custom Properties, remove each. Google Docs: a file downloaded from it as Word has no custom properties.",
    ),
    (
        "personal-metadata.pdf-author",
        "The PDF's properties name its author: “{value}”. {audience:text}",
        "The PDF takes it from the document it was made from: clear the author there (in Word, File > Info > Properties) and export the PDF again. In Acrobat: File > Properties > Description, clear Author, then save; Acrobat Pro removes all such data with Tools > Redact > Remove Hidden Information.",
    ),
    (
        "personal-metadata.pdf-creator",
        "The PDF's properties name the program or file it was made from: “{value}”. {audience:text}",
        "This is usually harmless, but it can show a draft's file name. Rename the source file before exporting the PDF again, or in Acrobat Pro use Tools > Redact > Remove Hidden Information, tick Metadata, then Remove.",
    ),
    (
        "macros",
        "The file carries macro code ({parts}). Macros are programs: mail servers and secretariats often block files that have them.",
        "Save the document without macros. Word: File > Save As > Word Document (*.docx): the macros are left out, the text stays. LibreOffice: File > Save As > Word 2007-365 (.docx). Google Docs never adds macros: a file downloaded from it as Word has none. Then check the new file.",
    ),
    (
        "embedded-files",
        "Files embedded in the document: {count} ({names}). They travel inside your file, whole, and may hold more than the page shows, such as a complete spreadsheet behind a table or chart. {audience:text}",
        "If only what the page shows is needed, replace each object with a picture of it. Word: select it, Ctrl+X, then Home > Paste > Paste Special > Picture. LibreOffice: select it, Ctrl+X, then Edit > Paste Special > Paste Special and choose an image format. Google Docs: delete it and insert a picture (Insert > Image). Then check the file again.",
    ),
    (
        "embedded-files.pdf",
        "Files attached to the PDF: {count} ({names}). They are published with it, whole. {audience:text}",
        "In Acrobat: open the Attachments panel (the paper-clip icon on the left), select each file, Delete, then save. Or export the PDF again from the original document, which attaches nothing. Then check the new file.",
    ),
    (
        "pdf-annotations",
        "Comments and markup are still in the PDF: {count} ({kinds}), made by {authors}. {audience:text}",
        "In Acrobat: open All tools > Add comments, select every comment in the list (Ctrl+A) and delete them, then save; Acrobat Pro also removes them with Tools > Redact > Remove Hidden Information. Or export the PDF again from the original document (Word: File > Save As > PDF; LibreOffice: File > Export as PDF; Google Docs: File > Download > PDF) after dealing with its own comments. Then check the new file.",
    ),
    (
        "pdf-javascript",
        "The PDF holds JavaScript or actions that run by themselves ({count}). Mail filters and secretariats often block such files.",
        "Export the PDF again from the original document (Word: File > Save As > PDF; LibreOffice: File > Export as PDF; Google Docs: File > Download > PDF): none of these adds JavaScript. In Acrobat Pro: All tools > Use JavaScript > Document JavaScripts, delete each script, then save. Then check the new file.",
    ),
    (
        "personal-metadata.author-saved",
        "The file's properties name its author, who also saved it last: “{value}”. {audience:text}",
        "Word: File > Info > Check for Issues > Inspect Document, tick Document Properties and Personal Information, Inspect, then Remove All; or under File > Info > Related People, right-click the name > Remove Person. LibreOffice: File > Properties > General, click Reset Properties and untick Apply user data; Tools > Options > LibreOffice > Security > Options > Remove personal information on saving does it every time. Google Docs: a file downloaded from it as Word (File > Download) names no one.",
    ),
];
