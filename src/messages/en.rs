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
    // Reading a call's text (call_text): why a field is absent, and notes.
    ("call-text.not-stated", "not stated in the call", ""),
    ("call-text.not-found", "not found:", ""),
    ("call-text.empty-line", "the call's “{label}” line is empty", ""),
    ("call-text.ambiguous", "the call gives different values ({values}); none was chosen", ""),
    ("call-text.other-unit", "the call gives a length in another unit, not in words: “{quote}”", ""),
    ("call-text.unrecognised", "“{quote}” names something not recognised here: {values}", ""),
    ("call-text.email-protected", "the web page hid the address (“[email protected]”): paste the page's HTML source, or copy the address from its link", ""),
    ("call-text.no-id", "nothing to derive it from (an acronym in the subject line or an address, and a deadline): choose one, such as “sr-health-2025”", ""),
    ("call-text.id-from-subject", "derived: “{acronym}” from the subject line, {year} from the deadline", ""),
    ("call-text.id-from-email", "derived: “{name}” from the address {email}, {year} from the deadline", ""),
    ("call-text.id-given", "given by the secretariat", ""),
    ("call-text.word-formats", "(Word: .docx, .docm, .doc)", ""),
    ("call-text.toml-drafted", "Drafted from the call's text by submission-checker. Check every value against the call before use.", ""),
    ("call-text.toml-missing", "Not found in the call (write the value in, or leave the field out: no rule is checked for a field left out):", ""),
];
