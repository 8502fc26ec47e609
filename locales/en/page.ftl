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
config-error = This checker is not set up correctly ({ $error }). Please tell the page’s owner.
# In the browser console, for a page that sets a lang attribute the checker does not speak.
unknown-lang = The language “{ $lang }” is not available, so the checker uses English.
