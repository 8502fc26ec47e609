# Independent of the checker: zipfile and lxml. For each ORIGINAL COPY
# ACCEPTED triple given, prints one JSON line and writes ACCEPTED.
#
# "gone": what a clean copy must no longer hold, read from the original:
#   - "comment": the text of each comment (word/comments*.xml, w:comment);
#   - "deleted": the text of each tracked deletion (w:del, its w:delText);
#   - "hidden": the text of each run hidden directly (w:rPr/w:vanish);
#   - "name": each w:author (comments, changes, people.xml), and the
#     creator, last modified by, company and manager in docProps.
#   Strings shorter than 8 characters (names: 3) are left out: they are too
#   likely to occur by chance.
# "leaks": each gone string found in an entry of the copy (inflated by
#   zipfile, read as UTF-8, also XML-escaped), unless the copy's visible text
#   (w:t) holds it too (then it is also content that stays).
# ACCEPTED: the original with every change accepted the simple way (w:del
#   and w:moveFrom removed with their content, w:ins and w:moveTo unwrapped,
#   deleted table rows removed, directly hidden runs removed), for LibreOffice
#   to turn into the text the clean copy must give. It does not join a
#   paragraph whose mark was deleted, nor resolve hidden text through styles.
import sys, json, zipfile, html, re
from lxml import etree

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
STORY = re.compile(r'^word/(document\d*|header\d*|footer\d*|footnotes|endnotes)\.xml$', re.I)
FALSE = {'0', 'false', 'off'}


def xml(z, name):
    try:
        return etree.fromstring(z.read(name), etree.XMLParser(huge_tree=True, recover=False))
    except Exception:
        return None


def text_of(el, tag):
    return ''.join(t.text or '' for t in el.iter(W + tag))


def hidden(run):
    v = run.find(W + 'rPr/' + W + 'vanish')
    return v is not None and (v.get(W + 'val') or 'true').lower() not in FALSE


def gone_strings(z):
    gone = {'comment': set(), 'deleted': set(), 'hidden': set(), 'name': set()}
    for n in z.namelist():
        if not n.endswith('.xml'):
            continue
        root = xml(z, n)
        if root is None:
            continue
        if re.search(r'comments[^/]*\.xml$', n, re.I):
            for c in root.iter(W + 'comment'):
                for p in c.iter(W + 'p'):
                    t = text_of(p, 't').strip()
                    if len(t) >= 8:
                        gone['comment'].add(t)
        for d in root.iter(W + 'del'):
            t = text_of(d, 'delText').strip()
            if len(t) >= 8:
                gone['deleted'].add(t)
        for r in root.iter(W + 'r'):
            if hidden(r):
                t = text_of(r, 't').strip()
                if len(t) >= 8:
                    gone['hidden'].add(t)
        for el in root.iter():
            for k, v in el.attrib.items():
                if k.endswith('}author') and len(v.strip()) >= 3:
                    gone['name'].add(v.strip())
    for part, tags in (('docProps/core.xml', ('creator', 'lastModifiedBy')), ('docProps/app.xml', ('Company', 'Manager'))):
        root = xml(z, part) if part in z.namelist() else None
        if root is None:
            continue
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag.rsplit('}', 1)[-1] in tags and el.text and len(el.text.strip()) >= 3:
                gone['name'].add(el.text.strip())
    return gone


def leaks(original, copy):
    zo, zc = zipfile.ZipFile(original), zipfile.ZipFile(copy)
    entries = {n: zc.read(n).decode('utf-8', 'replace') for n in zc.namelist()}
    visible = []
    for n in zc.namelist():
        if n.endswith('.xml'):
            root = xml(zc, n)
            if root is not None:
                visible.append(text_of(root, 't'))
    visible = '\n'.join(visible)
    out = []
    for kind, strings in gone_strings(zo).items():
        for s in sorted(strings):
            if s in visible:
                continue
            for n, t in entries.items():
                if s in t or html.escape(s, quote=False) in t:
                    out.append([kind, s[:80], n])
    return out


def unwrap(el):
    parent = el.getparent()
    i = parent.index(el)
    for child in list(el):
        parent.insert(i, child)
        i += 1
    parent.remove(el)


def accept(root):
    for tag in ('del', 'moveFrom'):
        for el in list(root.iter(W + tag)):
            parent = el.getparent()
            if parent is None:
                continue
            if parent.tag == W + 'trPr':
                row = parent.getparent()
                if row.getparent() is not None:
                    row.getparent().remove(row)
            else:
                parent.remove(el)
    for tag in ('ins', 'moveTo'):
        for el in list(root.iter(W + tag)):
            if el.getparent() is None:
                continue
            if el.getparent().tag in (W + 'rPr', W + 'trPr'):
                el.getparent().remove(el)
            else:
                unwrap(el)
    for r in list(root.iter(W + 'r')):
        if hidden(r) and r.getparent() is not None:
            r.getparent().remove(r)
    return etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)


def write_accepted(original, out):
    zo = zipfile.ZipFile(original)
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zw:
        for info in zo.infolist():
            data = zo.read(info.filename)
            if STORY.match(info.filename):
                root = xml(zo, info.filename)
                if root is not None:
                    data = accept(root)
            zw.writestr(info.filename, data)


args = sys.argv[1:]
for original, copy, accepted in zip(args[0::3], args[1::3], args[2::3]):
    write_accepted(original, accepted)
    print(json.dumps({'leaks': leaks(original, copy)}))
