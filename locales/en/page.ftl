# The page's own words in English (rule messages come from checker.ftl).

# This language's own name, in the language menu.
language-name = English
page_title = Submission checker
title = Check your contribution before you send it
privacy = Your document stays on this device: it is read here, in your browser, and nothing is uploaded.
language = Language
call = Call for inputs
call_rules = What the call asks
fact_to = Send to
fact_cc = Copy to
fact_subject = Email subject
fact_deadline = Deadline
fact_words = Word limit
fact_formats = Formats
fact_languages = Languages
not-given = not given in this call
not-stated = not stated
words_count =
    { $n ->
        [one] { $n } word
       *[other] { $n } words
    }
document = Your document
choose = Choose your document (Word, PDF or OpenDocument)
drop = or drop it here
checking = Checking { $name }…
still-checking =
    Still checking { $name }: { $seconds ->
        [one] { $seconds } second so far.
       *[other] { $seconds } seconds so far.
    }
seconds = { $seconds } s
checked = Checked { $name }: { $verdict }
result = Result
ready = Ready to send.
ready-but =
    { $n ->
        [one] Meets the call’s rules, but { $n } thing in it would be published with it: see below.
       *[other] Meets the call’s rules, but { $n } things in it would be published with it: see below.
    }
to-fix =
    { $n ->
        [one] { $n } thing to fix before sending.
       *[other] { $n } things to fix before sending.
    }
to-look =
    { $n ->
        [one] Please look at the point below.
       *[other] Please look at the { $n } points below.
    }
fig_file = File
fig_title = Title
fig_words = Words
fig_words-of = { $counted } of { $limit } allowed
fig_notes = (footnotes and endnotes: { $n } more)
fig_pages = Pages
fig_language = Language
fig_not-sure = (not sure)
fig_links = Links
sev_error = To fix
sev_warning = To check
sev_info = Good to know
where = Where:
send = Send your contribution
send_not-ready = You can prepare the email now, but the call’s rules are not met yet: fix the points above first.
no-address = This call gives no email address. Look for it on the call’s page before sending.
hint = The same body’s previous call used { $address }: check that it still applies before you use it.
copy_address = Copy the address
copy_subject = Copy the subject
copied = Copied: { $text }
copy-failed = Could not copy. Select the text and copy it yourself.
organisation = Your organisation (optional)
contact = Contact name (optional)
sender_note = Used only in the email note below. Nothing is sent until you send the email yourself.
mailto = Write the email in my mail app
mailto_note = Your mail app opens a new email with the address, the subject and a short note. Attach your file before you send it.
eml = Download the email with the file attached (.eml)
eml_preparing = Preparing the email draft…
eml_note = Outlook on Windows opens this file as a draft ready to send. Other mail apps (Apple Mail, Thunderbird, the new Outlook, webmail) may open it as a received message, or not at all: in Apple Mail use Message > Send Again, in Thunderbird Message > Edit as New Message, or use the button above and attach the file yourself.
share = Share the file…
share_note = Opens your device’s sharing menu (for example a mail app) with the file.
trapped = The checker stopped while reading this file and has been restarted. Your file was not sent anywhere. Please choose the file again; if it happens again, save the document again from Word and check the new copy.
failed = Could not check the file: { $error }
start-failed = The checker could not start in this browser. Please use a recent version of Firefox, Chrome, Edge or Safari.
# Part of the checker (the code that reads one kind of file, or the call's settings) could not be downloaded: the network went away.
load-failed = Part of the checker could not be downloaded. Check your connection, then try again. Nothing was sent anywhere.
config-error = This checker is not set up correctly ({ $error }). Please tell the page’s owner.
# In the browser console, for a page that sets a lang attribute the checker does not speak.
unknown-lang = The language “{ $lang }” is not available, so the checker uses English.
# In the browser console, when the service worker (offline use) could not be installed.
offline-failed = The checker could not be kept for offline use ({ $error }); it works as before while the network is on.

# The clean copy.
clean_offer = A clean copy leaves these out, and the author’s name too: comments, tracked changes (accepted as they stand), hidden text, macros, review notes, scripts and attached files. It is made here, on this device, and your file stays as it is.
clean_button = Make a clean copy
clean_making = Making a clean copy of { $name }…
clean_made = Clean copy made from { $original }: { $name } ({ $size }). The result above is the clean copy’s.
clean_checked = Clean copy { $name } made and checked: { $verdict }
clean_original-kept = Your own file was not changed. From now on the email draft, the share button and the download below use the clean copy.
clean_download = Download the clean copy: { $name } ({ $size })
clean_failed = The clean copy could not be made: { $why } Your file was not changed: you can still send it as it is, or remove what is listed below in Word and check it again.
clean_why_unsupported = a clean copy can be made of Word (.docx) and PDF files only.
clean_why_corrupt = part of the file could not be rewritten safely.
clean_why_too-large = the file is too large or too complex to clean safely.
clean_why_password-protected = the file is protected by a password.
clean_why_other = the checker stopped while making it.
clean_why_download = the part of the checker that makes it could not be downloaded: check your connection and try again.
clean_removed_comments = Comments removed: { $n }
clean_removed_insertions = Tracked insertions accepted: { $n }
clean_removed_deletions = Tracked deletions accepted (their text removed): { $n }
clean_removed_moves = Tracked moves accepted: { $n }
clean_removed_property-changes = Formatting changes accepted: { $n }
clean_removed_hidden-runs = Pieces of hidden text removed: { $n }
clean_removed_metadata-fields = Personal details removed from the file’s properties: { $n }
clean_removed_macro-parts = Macro parts removed: { $n }
clean_removed_annotations = Review notes and highlights removed: { $n }
clean_removed_scripts = Scripts and automatic actions removed: { $n }
clean_removed_embedded-files = Attached files removed: { $n }
clean_removed_info-fields = Author details removed from the document information: { $n }
clean_removed_xmp-properties = Author details removed from the XMP metadata: { $n }
clean_removed_xmp-dropped = Unreadable XMP metadata removed whole
clean_removed_decrypted = Password protection against printing or copying removed
clean_removed_signatures = Digital signatures that are no longer valid in the copy: { $n }
clean_removed_nothing = Nothing needed removing: the copy holds the same content.
uses_attach = File to attach: { $name }
uses_attached = Attached: { $name }
uses_shared = File shared: { $name }

# Where the words are: words per section, by heading, after a check.
sections = Where the words are
sections_intro = Words in each part of the main text, by heading, in the order of the document. Footnotes and endnotes are not included.
sections_over = The text is over the word limit, or close to it: the largest sections, marked, are where cutting helps most.
sections_before = Before the first heading
sections_caption = Words per section, by heading
sections_heading = Section
sections_words = Words
sections_share = Share of the text
sections_percent = { $percent }%
sections_largest = largest
