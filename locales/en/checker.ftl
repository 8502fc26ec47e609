# The checker's words in English: rule messages (and their .help), places,
# names of formats and languages, the command line and the cover email.
# Syntax: https://projectfluent.org/fluent/guide/ ; ids are the keys of the
# report (`word-limit.over`) with the dot written `_`. Functions: see
# docs/translating.md.

## Format names, used in lists.

format_docx = Word (.docx)
format_docm = macro-enabled Word (.docm)
format_doc = Word 97-2003 (.doc)
format_encrypted-ooxml = password-protected Word
format_pdf = PDF
format_odt = OpenDocument (.odt)
format_rtf = Rich Text (.rtf)
format_txt = plain text
format_html = web page (HTML)
format_image = picture
format_empty = empty file
format_unknown = unrecognised file

## Language names.

language_en = English
language_fr = French
language_es = Spanish
language_pt = Portuguese

## Rules.

unreadable-file_corrupt = This file cannot be opened: it seems to be damaged.
    .help = Open the original in Word or LibreOffice and save it again under a new name, then check the new file. If it came by email, download it again.
unreadable-file_too-large = This file is too large or too complex to check safely.
    .help = Check that it is the right file. Save a copy without large pictures (in Word: File > Compress Pictures) and check that copy.
unreadable-file_unsupported = The checker cannot read the text of a { FORMATS($format) } file, so it cannot count the words or look for hidden content.
    .help = Save the document as Word (.docx) or PDF: in Word, File > Save As; in LibreOffice, File > Save As > Word 2007-365; in Google Docs, File > Download > Microsoft Word (.docx). Then check the new file.
unreadable-file_empty = This file is empty (0 bytes): there is nothing in it to send.
    .help = Save your document again and choose the saved file, not a shortcut or a file that is still downloading.
password-protected = This file is protected by a password, so the secretariat cannot open or publish it.
    .help = Remove the password and send the file unprotected. In Word: File > Info > Protect Document > Encrypt with Password, delete the password, OK, then save. In LibreOffice: File > Save As, untick “Save with password”. In Acrobat: File > Properties > Security > No Security.
file-format_not-accepted = The call accepts { FORMATS($accepted) } files; this file is { FORMATS($format) }.
    .help = Open it in Word, LibreOffice or Google Docs and save a copy as { FORMATS($accepted) }: in Word, File > Save As, then choose the type; in LibreOffice, File > Save As, or File > Export as PDF; in Google Docs, File > Download, then choose the type. Then check the new file.
file-format_unrecognised = The call accepts { FORMATS($accepted) } files; this file is { MESSAGE($kind) }.
    .help = Open the document in the program you wrote it with and save or export it as { FORMATS($accepted) }. In Apple Pages: File > Export To > Word or PDF. In LibreOffice: File > Save As, or File > Export as PDF. In Google Docs: File > Download.
kind_unrecognised = in a format the checker does not recognise
kind_apple-pages = an Apple Pages document
kind_spreadsheet = a spreadsheet
kind_presentation = a presentation
kind_zip-archive = a ZIP archive
kind_opendocument-other = an OpenDocument file that is not a text document
kind_office-legacy-other = an old Office file that is not a Word document
kind_damaged-zip = a damaged file
file-format_macros = This is a macro-enabled Word file (.docm). Mail servers often block such attachments, and the secretariat may not open it.
    .help = Save it as an ordinary Word document: File > Save As > Word Document (*.docx). The macros are left out, the text stays.
unreadable-file_legacy-word = This is a Word file from before Word 97 (Word 6 or Word 95). The call accepts Word files, but this checker cannot read a format that old, so nothing else was checked.
    .help = Save it as .docx and check the new file, which will be checked in full: in Word, File > Save As > Word Document (.docx); in LibreOffice, File > Save As > Word 2007-365 (.docx); in Google Docs, open it, then File > Download > Microsoft Word (.docx).
wrong-extension = The file is named “{ $name }”, but it is really a { FORMATS($format) } file.
    .help = Save it again in the right format from the program that made it, or rename it to end in .{ $expected }. A wrong name can make the secretariat's computer refuse to open it.
word-limit_over =
    The document has { $counted ->
        [one] { $counted } word
       *[other] { $counted } words
    }; the call allows { $limit }. Cut at least { $excess ->
        [one] { $excess } word
       *[other] { $excess } words
    }.
    .help = Counted: { MESSAGE($what) }. Shorten the text or move detail into an annex sent separately if the call allows it. Word shows its own count under Review > Word Count.
word-limit_near =
    The document has { $counted ->
        [one] { $counted } word
       *[other] { $counted } words
    }, just under the limit of { $limit }.
    .help = Counted: { MESSAGE($what) }. Word may count a few words differently: keep a small margin.
word-limit_what-body = the main text, without footnotes and endnotes
word-limit_what-body-and-notes = the main text with footnotes and endnotes
hyperlinks-missing = The call asks for hyperlinks to sources (websites, documents, statistics, laws), and this document has none.
    .help = Add links to your sources: select the words, then in Word, Insert > Link (Ctrl+K); in LibreOffice, Insert > Hyperlink (Ctrl+K); in Google Docs, Insert > Link; and paste the web address.
deadline_passed = The deadline was { $deadline } ({ ZONE($zone) } time); it has passed.
    .help = Contact the secretariat before sending: late contributions may not be considered.
deadline_soon = The deadline is { $deadline } ({ ZONE($zone) } time): { $days ->
        [one] { $days } day left.
       *[other] { $days } days left.
    }
    .help = Send your contribution soon: email can take time to arrive, and the deadline ends at midnight { ZONE($zone) } time.
deadline_today = The deadline is today, { $deadline }, until midnight { ZONE($zone) } time.
    .help = Send your contribution today, without waiting for the last minute: email can take time to arrive.

## The cover email.

mail_greeting = Dear Secretariat,
mail_cover = Please find attached our contribution to your call for inputs.
mail_title = Title: { $title }
mail_file = File: { $file }
mail_words = Words: { $words }
mail_language = Language: { LANGUAGES($language) }
mail_attach = [Before sending: attach the file { $file } to this email.]
mail_closing = Kind regards,

## Publication readiness: who will see what is hidden in the file.

publication_in-full = The call publishes contributions in full, as received, so this will be public.
publication_received = Anyone who receives the file can see this.
comments = Comments are still in the file: { $count } (replies: { $replies }; marked resolved: { $resolved }), written by { LIST($authors) }. { MESSAGE($audience) }
    .help = Delete every comment; marking one resolved only hides it. Word: Review > Delete (the arrow under it) > Delete All Comments in Document. LibreOffice: View > Comments to show them, then right-click a comment > Delete All Comments. Google Docs: open the comment history (the speech-bubble icon at the top right) and delete each thread (⋮ > Delete) before downloading. Then check the file again.
tracked-changes = Tracked changes are still in the file: { $count } (insertions: { $insertions }; deletions: { $deletions }; moves: { $moves }; formatting: { $formatting }), made by { LIST($authors) } (dates: { DATES($dates) }). { MESSAGE($audience) }
    .help = Accept or reject every change, then stop tracking. Word: Review > Accept (the arrow under it) > Accept All Changes and Stop Tracking. LibreOffice: Edit > Track Changes > Accept All, then untick Edit > Track Changes > Record Changes. Google Docs: Tools > Review suggested edits > Accept all. Then save and check the file again.
tracked-changes_with-deleted = Tracked changes are still in the file: { $count } (insertions: { $insertions }; deletions: { $deletions }; moves: { $moves }; formatting: { $formatting }), made by { LIST($authors) } (dates: { DATES($dates) }). { MESSAGE($audience) } Deleted text is still inside the file, and anyone can read it, for example: “{ $deleted }”.
    .help = Accept or reject every change, then stop tracking: only then is deleted text really gone. Word: Review > Accept (the arrow under it) > Accept All Changes and Stop Tracking. LibreOffice: Edit > Track Changes > Accept All, then untick Edit > Track Changes > Record Changes. Google Docs: Tools > Review suggested edits > Accept all. Then save and check the file again.
hidden-text = Hidden text is still in the file (passages: { $count }). Word does not show or print it, but it is there and anyone can reveal it. { MESSAGE($audience) }
    .help = Word: File > Info > Check for Issues > Inspect Document, tick Hidden Text, click Inspect, then Remove All (to see it first, click Home > ¶, which shows hidden text with a dotted underline). LibreOffice: tick Tools > Options > LibreOffice Writer > Formatting Aids > Hidden characters to see it, then delete it, or select it and untick Format > Character > Font Effects > Hidden. Google Docs has no hidden text: remove it in Word or LibreOffice. Then check the file again.
headers-footers = Headers and footers are printed on every page and published with the document. Check that they say nothing you do not want public: { $texts }.
    .help = To edit them: in Word, double-click the top or bottom margin of a page; in LibreOffice, click in the header or footer; in Google Docs, click at the very top or bottom of a page. Remember the different first page and odd and even pages, which have their own.
headers-footers_watermark = The document has a watermark across its pages: { $text }.
    .help = If it should not be published (for example “Draft” or “Confidential”), remove it. Word: Design > Watermark > Remove Watermark. LibreOffice: Format > Watermark, then clear the text. Google Docs: Insert > Watermark, then Remove watermark.
personal-metadata_author = The file's properties name its author: “{ $value }”. { MESSAGE($audience) }
    .help = Word: File > Info > Check for Issues > Inspect Document, tick Document Properties and Personal Information, Inspect, then Remove All; or under File > Info > Related People, right-click the name > Remove Person. LibreOffice: File > Properties > General, click Reset Properties and untick Apply user data; Tools > Options > LibreOffice > Security > Options > Remove personal information on saving does it every time. Google Docs: a file downloaded from it as Word (File > Download) names no author.
personal-metadata_last-modified-by = The file's properties name the last person who saved it: “{ $value }”. { MESSAGE($audience) }
    .help = Word: File > Info > Check for Issues > Inspect Document, tick Document Properties and Personal Information, Inspect, then Remove All. LibreOffice: File > Properties > General, click Reset Properties and untick Apply user data; Tools > Options > LibreOffice > Security > Options > Remove personal information on saving does it every time. Google Docs: a file downloaded from it as Word (File > Download) names no one.
personal-metadata_company = The file's properties name a company or organisation: “{ $value }”. { MESSAGE($audience) }
    .help = If it should not be published, remove it. Word: File > Info > Properties > Advanced Properties > Summary, clear Company; or Inspect Document (File > Info > Check for Issues) > Document Properties and Personal Information > Remove All. LibreOffice: File > Properties > Custom Properties. Google Docs: a file downloaded from it as Word names no company.
personal-metadata_manager = The file's properties name a manager: “{ $value }”. { MESSAGE($audience) }
    .help = If it should not be published, remove it. Word: File > Info > Properties > Advanced Properties > Summary, clear Manager; or Inspect Document (File > Info > Check for Issues) > Document Properties and Personal Information > Remove All. LibreOffice: File > Properties > Custom Properties. Google Docs: a file downloaded from it as Word names no manager.
personal-metadata_template-user = The file records the template it was made from as a path that shows the user name “{ $user }”: { $value }. { MESSAGE($audience) }
    .help = Word: File > Options > Add-ins, Manage: Templates, Go, and attach Normal instead (or clear the box). Whatever the program, copying the text into a new blank document (Ctrl+A, Ctrl+C, File > New, Ctrl+V) and saving that leaves the path behind. Google Docs: a file downloaded from it as Word has no template path.
personal-metadata_template = The file records the template it was made from as a path on a computer or network: { $value }. { MESSAGE($audience) }
    .help = Word: File > Options > Add-ins, Manage: Templates, Go, and attach Normal instead (or clear the box). Whatever the program, copying the text into a new blank document (Ctrl+A, Ctrl+C, File > New, Ctrl+V) and saving that leaves the path behind. Google Docs: a file downloaded from it as Word has no template path.
personal-metadata_custom = The file has custom properties ({ $count }), which Word does not show on the page: { $value }. { MESSAGE($audience) }
    .help = Word: File > Info > Properties > Advanced Properties > Custom, select each and Delete; or Inspect Document (File > Info > Check for Issues) > Document Properties and Personal Information > Remove All. LibreOffice: File > Properties > Custom Properties, remove each. Google Docs: a file downloaded from it as Word has no custom properties.
personal-metadata_pdf-author = The PDF's properties name its author: “{ $value }”. { MESSAGE($audience) }
    .help = The PDF takes it from the document it was made from: clear the author there (in Word, File > Info > Properties) and export the PDF again. In Acrobat: File > Properties > Description, clear Author, then save; Acrobat Pro removes all such data with Tools > Redact > Remove Hidden Information.
personal-metadata_pdf-creator = The PDF's properties name the program or file it was made from: “{ $value }”. { MESSAGE($audience) }
    .help = This is usually harmless, but it can show a draft's file name. Rename the source file before exporting the PDF again, or in Acrobat Pro use Tools > Redact > Remove Hidden Information, tick Metadata, then Remove.
macros = The file carries macro code ({ $parts }). Macros are programs: mail servers and secretariats often block files that have them.
    .help = Save the document without macros. Word: File > Save As > Word Document (*.docx): the macros are left out, the text stays. LibreOffice: File > Save As > Word 2007-365 (.docx). Google Docs never adds macros: a file downloaded from it as Word has none. Then check the new file.
embedded-files = Files embedded in the document: { $count } ({ $names }). They travel inside your file, whole, and may hold more than the page shows, such as a complete spreadsheet behind a table or chart. { MESSAGE($audience) }
    .help = If only what the page shows is needed, replace each object with a picture of it. Word: select it, Ctrl+X, then Home > Paste > Paste Special > Picture. LibreOffice: select it, Ctrl+X, then Edit > Paste Special > Paste Special and choose an image format. Google Docs: delete it and insert a picture (Insert > Image). Then check the file again.
embedded-files_pdf = Files attached to the PDF: { $count } ({ $names }). They are published with it, whole. { MESSAGE($audience) }
    .help = In Acrobat: open the Attachments panel (the paper-clip icon on the left), select each file, Delete, then save. Or export the PDF again from the original document, which attaches nothing. Then check the new file.
# Kinds of PDF annotation, with how many there are.
annotation_text = notes: { $n }
annotation_freetext = text boxes: { $n }
annotation_highlight = highlights: { $n }
annotation_underline = underlines: { $n }
annotation_strikeout = strike-throughs: { $n }
annotation_squiggly = squiggly underlines: { $n }
annotation_caret = insertion marks: { $n }
annotation_ink = drawings: { $n }
annotation_stamp = stamps: { $n }
annotation_square = rectangles: { $n }
annotation_circle = ellipses: { $n }
annotation_line = lines: { $n }
annotation_polygon = polygons: { $n }
annotation_polyline = polylines: { $n }
annotation_fileattachment = attached files: { $n }
annotation_sound = sounds: { $n }
annotation_redact = redaction marks: { $n }
annotation_other = other marks: { $n }
pdf-annotations = Comments and markup are still in the PDF: { $count } ({ ANNOTATIONS($kinds) }), made by { LIST($authors) }. { MESSAGE($audience) }
    .help = In Acrobat: open All tools > Add comments, select every comment in the list (Ctrl+A) and delete them, then save; Acrobat Pro also removes them with Tools > Redact > Remove Hidden Information. Or export the PDF again from the original document (Word: File > Save As > PDF; LibreOffice: File > Export as PDF; Google Docs: File > Download > PDF) after dealing with its own comments. Then check the new file.
pdf-javascript = The PDF holds JavaScript or actions that run by themselves ({ $count }). Mail filters and secretariats often block such files.
    .help = Export the PDF again from the original document (Word: File > Save As > PDF; LibreOffice: File > Export as PDF; Google Docs: File > Download > PDF): none of these adds JavaScript. In Acrobat Pro: All tools > Use JavaScript > Document JavaScripts, delete each script, then save. Then check the new file.
personal-metadata_author-saved = The file's properties name its author, who also saved it last: “{ $value }”. { MESSAGE($audience) }
    .help = Word: File > Info > Check for Issues > Inspect Document, tick Document Properties and Personal Information, Inspect, then Remove All; or under File > Info > Related People, right-click the name > Remove Person. LibreOffice: File > Properties > General, click Reset Properties and untick Apply user data; Tools > Options > LibreOffice > Security > Options > Remove personal information on saving does it every time. Google Docs: a file downloaded from it as Word (File > Download) names no one.

## Names of the other languages the detector may report.

language_it = Italian
language_ca = Catalan
language_ro = Romanian
language_de = German
language_nl = Dutch
language_ru = Russian
language_uk = Ukrainian
language_be = Belarusian
language_bg = Bulgarian
language_sr = Serbian
language_hr = Croatian
language_sl = Slovenian
language_mk = Macedonian
language_sk = Slovak
language_cs = Czech
language_pl = Polish
language_hu = Hungarian
language_fi = Finnish
language_et = Estonian
language_lv = Latvian
language_lt = Lithuanian
language_sv = Swedish
language_da = Danish
language_nb = Norwegian
language_el = Greek
language_tr = Turkish
language_ar = Arabic
language_he = Hebrew
language_yi = Yiddish
language_fa = Persian
language_ur = Urdu
language_hi = Hindi
language_bn = Bengali
language_pa = Punjabi
language_gu = Gujarati
language_or = Odia
language_ta = Tamil
language_te = Telugu
language_kn = Kannada
language_ml = Malayalam
language_si = Sinhala
language_mr = Marathi
language_ne = Nepali
language_th = Thai
language_km = Khmer
language_vi = Vietnamese
language_id = Indonesian
language_jv = Javanese
language_tl = Tagalog
language_zh = Chinese
language_ja = Japanese
language_ko = Korean
language_am = Amharic
language_ak = Akan
language_zu = Zulu
language_sn = Shona
language_af = Afrikaans
language_la = Latin
language_eo = Esperanto
language_az = Azerbaijani
language_ka = Georgian
language_hy = Armenian
language_uz = Uzbek
language_tk = Turkmen
language_my = Burmese
language_cy = Welsh

## The language rule, and places in a document.

language_not-accepted = This document is written mainly in { LANGUAGES($main) }; the call accepts { LANGUAGES($accepted) }.
    .help = Send a version in one of the accepted languages. If it cannot be translated in time, ask the secretariat before the deadline whether it can accept this language.
language_other = About { $share }% of the text is in { LANGUAGES($language) }, which the call does not accept.
    .help = Where: { PLACES($places) }. Translate these passages into { LANGUAGES($accepted) }, or remove them if they are not needed.
language_unsure = The checker could not tell for sure which language this document is written in.
    .help = The call accepts { LANGUAGES($accepted) }. If the document is written in one of them, you can ignore this note. Passages in several languages, or a language close to an accepted one, can make the answer uncertain.
place_paragraph = paragraph { $n }
place_paragraphs = paragraphs { $n }
place_page = page { $n }
place_pages = pages { $n }
place_unknown = several places in the document

## Attachment size.

unit_megabytes = { $n }{"\u00A0"}MB
attachment-size = This file is { MEGABYTES($size) }: many mail servers refuse attachments over { MEGABYTES($limit) }.
    .help = Make it smaller. Pictures are usually the cause: in Word, select a picture, then Picture Format > Compress Pictures, untick “Apply only to this picture”, tick “Delete cropped areas of pictures” and choose E-mail (96 ppi). For a PDF, in Word use File > Save As, choose PDF and “Minimum size (publishing online)”; in LibreOffice use File > Export as PDF with JPEG compression and “Reduce image resolution”. Remove pictures that are not needed. If the file is still too large, ask the secretariat how to send it.

## Links.

unreachable-link_file = This link points to a file on a computer or a shared drive ({ $url }); nobody else can open it.
    .help = Put the document online and link to its web address, or send it as a separate attachment and cite it by its title. To change the link in Word or LibreOffice: right-click it > Edit Hyperlink.
unreachable-link_local = This link points to this computer or to a private network ({ $url }); it will not open for the secretariat or for readers.
    .help = Replace it with the public web address of the same page. To change the link in Word or LibreOffice: right-click it > Edit Hyperlink.
unreachable-link_intranet = This link points to an internal site ({ $url }) that opens only inside an organisation's network.
    .help = Link to a public copy of the page or document instead. If there is none, cite it by its title and say how to obtain it.
unreachable-link_sign-in = This link points to a site that asks readers to sign in ({ $url }), such as SharePoint, OneDrive for work or Teams; most readers will not be able to open it.
    .help = Link to a public copy instead, or share the file with “Anyone with the link” and use that link. Then open it in a private browser window, where you are not signed in, to check that it works.
unreachable-link_check-sharing = This link points to a file stored online ({ $url }); readers can open it only if it is shared publicly.
    .help = Check that it is shared with “Anyone with the link”, then open the link in a private browser window, where you are not signed in, to make sure it works.
malformed-link_invalid = This link is not a valid web address ({ $url }), so it will not open.
    .help = Copy the address from your browser's address bar and paste it into the link again: in Word or LibreOffice, right-click the link > Edit Hyperlink.
malformed-link_no-scheme = This link does not start with “https://” or “http://” ({ $url }), so Word treats it as a file name and it will not open.
    .help = Edit the link and add https:// at the start of the address: in Word or LibreOffice, right-click the link > Edit Hyperlink.
malformed-link_scheme-typo = This link starts with “{ $scheme }:” instead of “http:” or “https:” ({ $url }), so it will not open.
    .help = Correct the start of the address: in Word or LibreOffice, right-click the link > Edit Hyperlink.
malformed-link_email = This email link has no valid address ({ $url }).
    .help = Edit the link so that it reads mailto: followed by the full address, for example mailto:name@example.org.
link-text-mismatch = The link shows { $text }, but it opens { $url }.
    .help = Readers expect a link to open the address they see. Correct the link or its text so that they match: in Word or LibreOffice, right-click the link > Edit Hyperlink.
hyperlinks-missing_only-email = The call asks for hyperlinks to sources (websites, documents, statistics, laws); this document links only to email addresses ({ LIST($emails) }), which are not sources.
    .help = Add links to your sources: select the words, then in Word, Insert > Link (Ctrl+K); in LibreOffice, Insert > Hyperlink (Ctrl+K); in Google Docs, Insert > Link; and paste the web address.

## Deadline, and the names of time zones.

deadline_tomorrow = The deadline is tomorrow, { $deadline }, until midnight { ZONE($zone) } time.
    .help = Send your contribution soon: email can take time to arrive.
zone_europe-zurich = Geneva
zone_america-new-york = New York
zone_utc = UTC

## The command line's own words, and parts of a location.

place_footnote = footnote { $n }
place_endnote = endnote { $n }
place_comment = comment { $n }
place_header = header
place_footer = footer
place_text-box = text box
place_watermark = watermark
place_document = the whole document
place_page-action = an action of the page (/AA)
place_annotation-action = an action of an annotation (/AA)
place_link-javascript = a link that runs JavaScript
place_document-javascript = the document's script “{ $name }”
place_open-action = the action run on opening (/OpenAction)
place_document-action = an action of the document (/AA)
place_xfa-script = a script of the XFA form
place_under = under “{ $heading }”
place_separator = {", "}
place_quote = “{ $quote }”
cli_words = words: { $counted }
cli_words-limit = words: { $counted } / { $limit }
cli_notes = notes: { $n } (not counted)
cli_pages = pages: { $n }
cli_links = links: { $n }
cli_ready-with-warnings = READY as far as the call's rules go, but content in it would be published with it: see the warnings below
cli_ready = READY to send
cli_not-ready = NOT READY: fix the errors below ({ $errors })
cli_unknown-language = The language “{ $lang }” is not available, so English is used. Available: { LIST($available) }.
# How much a finding matters, as the command line labels it.
severity_error = error
severity_warning = warning
severity_info = info
cli_where = where: { $where }
no-text = The document has no words in its main text.
    .help = Check that this is the right file, and not a template, an empty export or another version. If your text is in pictures (a scan, or pages pasted as images), nobody can count, search or read it aloud: send the document the text was written in (Word, or a PDF saved from it), then check that file.
no-text-layer_some =
    { $count ->
        [one] { $count } page of this PDF is a picture of text, with no text in it (page { LIST($pages) }): its words cannot be counted or searched.
       *[other] { $count } pages of this PDF are pictures of text, with no text in them (pages { LIST($pages) }): their words cannot be counted or searched.
    }
    .help = Run text recognition (OCR) on the file, for example in Adobe Acrobat: Scan & OCR > Recognize text; or, better, export the PDF again from the original document (in Word: File > Save As > PDF).
no-text-layer_all = Every page of this PDF is a picture of text ({ $count ->
        [one] { $count } page
       *[other] { $count } pages
    }), with no text in it: nothing can be counted, searched or quoted.
    .help = Send the original document, or export it as PDF from the program it was written in (in Word: File > Save As > PDF). If you only have a scan, run text recognition (OCR) on it first, for example in Adobe Acrobat: Scan & OCR > Recognize text.

## Reading a call's text (call_text): why a field is absent, and notes.

call-text_not-stated = not stated in the call
call-text_not-found = not found:
call-text_empty-line = the call's “{ $label }” line is empty
call-text_ambiguous = the call gives different values ({ $values }); none was chosen
call-text_other-unit = the call gives a length in another unit, not in words: “{ $quote }”
call-text_unrecognised = “{ $quote }” names something not recognised here: { $values }
call-text_email-protected = the web page hid the address (“[email protected]”): paste the page's HTML source, or copy the address from its link
call-text_no-id = nothing to derive it from (an acronym in the subject line or an address, and a deadline): choose one, such as “sr-health-2025”
call-text_id-from-subject = derived: “{ $acronym }” from the subject line, { $year } from the deadline
call-text_id-from-email = derived: “{ $name }” from the address { $email }, { $year } from the deadline
call-text_id-given = given by the secretariat
call-text_word-formats = (Word: .docx, .docm, .doc)
call-text_toml-drafted = Drafted from the call's text by submission-checker. Check every value against the call before use.
call-text_toml-missing = Not found in the call (write the value in, or leave the field out: no rule is checked for a field left out):

## The clean copy (the command line).
cli_clean_written = Clean copy of { $original }: { $copy }
cli_clean_nothing = nothing to remove: the copy holds the same content
cli_clean_comments = comments removed: { $n }
cli_clean_insertions = tracked insertions accepted: { $n }
cli_clean_deletions = tracked deletions accepted (their text removed): { $n }
cli_clean_moves = tracked moves accepted: { $n }
cli_clean_property-changes = formatting changes accepted: { $n }
cli_clean_hidden-runs = runs of hidden text removed: { $n }
cli_clean_metadata-fields = personal details removed from the properties: { $n }
cli_clean_macro-parts = macro parts removed: { $n }
cli_clean_annotations = review annotations removed (notes, highlights…): { $n }
cli_clean_scripts = scripts and automatic actions removed: { $n }
cli_clean_embedded-files = embedded files removed: { $n }
cli_clean_info-fields = author fields removed from the document information: { $n }
cli_clean_xmp-properties = author fields removed from the XMP metadata: { $n }
cli_clean_xmp-dropped = the XMP metadata, which could not be read, removed whole
cli_clean_decrypted = the password protection (against printing or copying) removed
cli_clean_signatures = digital signatures that no longer validate in the copy: { $n }
cli_clean_exists = { $path } already exists and was left as it is: choose another name with -o
cli_clean_is-original = { $path } is the original file: the clean copy never replaces it; choose another name with -o
cli_clean_not-folder = { $path } is not a folder: with several files, -o names the folder for the copies
cli_clean_cannot-read = cannot read { $name }: { $error }
cli_clean_failed = no clean copy of { $name }: { $error }
cli_clean_cannot-write = cannot write { $path }: { $error }
cli_clean_attached = The draft attaches the clean copy, { $copy }.
cli_clean_not-cleanable = a clean copy can be made of a Word (.docx, .docm) or PDF file, and this is { MESSAGE($format) }
cli_clean_refused_case-twins = the package holds the part { $part } twice, under names that differ only in case: a clean copy could leave one of them as it is.
cli_clean_refused_cut-field = in { $part }, a tracked change or hidden text cuts a field (such as a page number or a cross-reference) in two: accepting it could damage the field.
cli_clean_refused_deleted-mark = in { $part }, a tracked deletion marks something other than a paragraph (in an equation, or a passage’s formatting), which the clean copy does not accept yet.
cli_clean_refused_change-kind = in { $part }, a kind of tracked change the clean copy does not accept yet ({ $element }).
clean-pdf_write = a clean copy of this PDF cannot be made: writing it failed ({ $error })
clean-pdf_unreadable = a clean copy of this PDF cannot be made: the copy cannot be read ({ $error })
clean-pdf_still-holds = a clean copy of this PDF cannot be made: the copy would still hold { MESSAGE($what) }
clean-pdf_differs = a clean copy of this PDF cannot be made: the copy would not match the original (what differs: { MESSAGE($what) })
clean-pdf_dynamic-xfa = a clean copy of this PDF cannot be made: it is a dynamic XFA form that holds scripts, and its pages are drawn by the form; without the form's scripts the copy would show no form. Save it as a standard PDF (Print to PDF) and clean that
clean-pdf_left_annotations = review annotations
clean-pdf_left_scripts = scripts
clean-pdf_left_files = embedded files
clean-pdf_left_author = an author's name
clean-pdf_what_pages = the pages
clean-pdf_what_text = the text
clean-pdf_what_headers-footers = the headers and footers
clean-pdf_what_links = the links
clean-pdf_what_form-fields = the form fields
clean-pdf_what_title = the title

## Accessibility (rules/accessibility.rs and the rules that use it).
link-text-vague = These link texts say nothing out of context: { LIST($texts) }.
    .help = Where: { PLACES($places) }. Screen-reader users move from link to link and hear only the linked words. Make them say where the link leads (for example, “the Special Rapporteur’s 2024 report”): in Word or LibreOffice, right-click the link > Edit Hyperlink and change the text to display; in Google Docs, click the link > Edit link.
link-text-vague_url = Some links show a long web address as their text: screen readers spell it out character by character.
    .help = Where: { PLACES($places) }. Show a short description instead (the title of the page or document) and keep the address as the link’s target: in Word, right-click the link > Edit Hyperlink > Text to display; in LibreOffice, right-click the link > Edit Hyperlink > Text; in Google Docs, click the link > Edit link. If the call asks for the addresses to be visible, you can ignore this note.
headings_none = This document has { $words ->
        [one] { $words } word
       *[other] { $words } words
    } and no headings: screen-reader users cannot move through it by sections.
    .help = Give each section title a heading style rather than bold or larger text: in Word, select the title, then Home > Styles > Heading 1 (Heading 2 for a subsection); in LibreOffice, Styles > Heading 1; in Google Docs, Format > Paragraph styles > Heading 1. The navigation pane and the table of contents then show the sections.
headings_skipped = Heading { $from } is followed by Heading { $to }: a heading level is skipped, which suggests a missing section.
    .help = Where: { PLACES($places) }. Use the next level down (Heading 2 under Heading 1): in Word, select the heading, then Home > Styles; in LibreOffice, Styles; in Google Docs, Format > Paragraph styles.
pdf-accessibility_untagged = This PDF is not tagged: screen readers cannot tell its headings, lists, tables and pictures apart from the text, nor read it in order.
    .help = Export the PDF again with tags: in Word, File > Save As > PDF > Options, tick “Document structure tags for accessibility”; in LibreOffice, File > Export as PDF > General, tick “Tagged PDF (add document structure)”; printing to PDF never tags. If you only have the PDF, Adobe Acrobat Pro can add tags: Accessibility > Autotag Document.
pdf-accessibility_no-title = This PDF has no title in its properties: screen readers and browser tabs announce the file name instead.
    .help = Give the document a title and export it again: in Word, File > Info > Properties > Title; in LibreOffice, File > Properties > Description > Title; in Adobe Acrobat, File > Properties > Description > Title.
pdf-accessibility_file-name-title = This PDF’s title is only a file name or a default title (“{ $title }”), written by the program that made it: screen readers and browser tabs announce it.
    .help = Give the document a real title and export it again: in Word, File > Info > Properties > Title; in LibreOffice, File > Properties > Description > Title; in Adobe Acrobat, File > Properties > Description > Title. Printing to PDF writes the file name as the title; Word’s File > Save As > PDF writes the real one.
pdf-accessibility_title-not-shown = This PDF has a title, but viewers are not asked to show it: they show the file name.
    .help = In Adobe Acrobat, File > Properties > Initial View > Window Options > Show: Document Title; in LibreOffice, File > Export as PDF > User Interface, tick “Display document title”. Word’s PDF export with structure tags sets it.
image-alt-text = { $count ->
        [one] { $count } picture has
       *[other] { $count } pictures have
    } no alternative text: screen readers cannot say what they show.
    .help = Where: { PLACES($places) }. Describe each picture or chart in a sentence or two (for a chart, its main figures): in Word, right-click the picture > View Alt Text, and type the description, or tick “Mark as decorative” for a purely decorative one; in LibreOffice, right-click the picture > Properties > Options > Text Alternative; in Google Docs, right-click the picture > Alt text. In a PDF, Adobe Acrobat Pro: Accessibility > Set Alternate Text.
table-header = { $count ->
        [one] { $count } table has
       *[other] { $count } tables have
    } no header row marked: screen readers cannot say which column a figure belongs to.
    .help = Where: { PLACES($places) }. Mark the first row as the header row: in Word, click in the first row, then right-click > Table Properties > Row, tick “Repeat as header row at the top of each page” (or Layout > Repeat Header Rows); in LibreOffice, Table > Properties > Text Flow, tick “Repeat heading”; in Google Docs, right-click the table > Table properties > Row, “Pin header row”. Then export the PDF again.
document-language = The text is in { LANGUAGES($detected) }, but the document says it is in { LANGUAGES($declared) }: screen readers will mispronounce it.
    .help = Set the language of the whole text: in Word, select everything (Ctrl+A), then Review > Language > Set Proofing Language, and choose { LANGUAGES($detected) }; in LibreOffice, Tools > Language > For All Text; in Google Docs, File > Language. In a PDF, Adobe Acrobat: File > Properties > Advanced > Reading Options > Language; or export it again from the corrected document.

# The sections table (--details): words per heading, to see where to cut.
cli_sections = Where the words are, by heading:
cli_sections_heading = Heading
cli_sections_words = Words
cli_sections_share-of = Share
cli_sections_number = { $n }
cli_sections_share = { $percent }%
cli_sections_before = (before the first heading)
cli_sections_largest = largest

# The table for several files (check with more than one file). Rule ids,
# format ids and language codes in its cells stay as they are.
cli_table_file = FILE
cli_table_format = FORMAT
cli_table_words = WORDS
cli_table_language = LANG
cli_table_links = LINKS
cli_table_status = STATUS
cli_table_problems = PROBLEMS
cli_table_ready = ready
cli_table_ready-but = ready, but
cli_table_to-fix = TO FIX
cli_table_unreadable = UNREADABLE
cli_table_not-opened = NOT OPENED
cli_table_warnings = warn: { $rules }
cli_table_folder = In { $folder }
cli_table_files = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }: { $counts }
cli_table_separator = {", "}
cli_table_count-ready = { $n } ready
cli_table_count-ready-but = { $n } ready ({ $but } of them “ready, but”: content in them would be published, see warn:)
cli_table_count-to-fix = { $n } to fix
cli_table_count-unreadable = { $n } unreadable
cli_table_count-not-opened = { $n } not opened
cli_table_details = Add --details for each file's findings and how to fix them.

# The command line's errors (after "submission-checker: "). `$error` is the
# system's own words ("No such file or directory"); option names stay as typed.
cli_error_cannot-read = cannot read { $name }: { $error }
cli_error_cannot-read-input = cannot read standard input: { $error }
cli_error_cannot-list = cannot list the folder { $name }: { $error }
cli_error_cannot-write = cannot write { $path }: { $error }
cli_error_cannot-print = cannot write the output: { $error }
cli_error_unknown-call = “{ $call }” is neither a built-in call ({ $builtin }) nor a profile file.
cli_error_bad-profile = { $name } is not a usable profile: { $error }
cli_error_no-files = no files to check in { LIST($paths) }
cli_error_no-files-try-recursive = no files to check in { LIST($paths) } (add --recursive to check the folders inside)
cli_error_eml-one-file = --eml writes the draft for one file, and { $n } files were given.
cli_error_today = --today: “{ $value }” is not a day written YYYY-MM-DD (2024-05-20).
cli_error_internal = internal error while checking this file; please report it
cli_error_not-found = not found: { $field }: { $reason }
