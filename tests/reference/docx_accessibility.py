# Independent of the checker: zipfile + ElementTree (Strict OOXML read as Transitional). For each DOCX given,
# prints one JSON line: pictures in the main part (wp:inline / wp:anchor
# holding pic:pic or c:chart, outside mc:Fallback), how many have a non-blank
# docPr descr or title, how many are marked decorative, and the paragraphs
# of the body (outside tables and text boxes) that have text and whose
# style (through basedOn, "heading N" names or w:outlineLvl) or own
# w:outlineLvl makes them a heading (level < 9). Tables in the body
# (nested ones too): how many have two rows and two columns or more (a
# table is as wide as its widest row, a cell counting its w:gridSpan), and
# how many of those have no w:tblHeader on their first row. The declared
# language of the text: each shown w:t of the body under its run's w:lang,
# else the document defaults' (styles.xml w:docDefaults), w:bidi for
# Arabic and Hebrew, w:eastAsia for Chinese, Japanese and Korean, w:val for
# the rest (by the first letter), weighted by letters; the most weighed.
import sys, json, zipfile, posixpath
import xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
WP = '{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}'
PIC = '{http://schemas.openxmlformats.org/drawingml/2006/picture}pic'
CHART = '{http://schemas.openxmlformats.org/drawingml/2006/chart}chart'
MC_FALLBACK = '{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback'
DEC = '{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative'
RELS = '{http://schemas.openxmlformats.org/package/2006/relationships}'

STRICT_W = '{http://purl.oclc.org/ooxml/wordprocessingml/main}'

def parse(data):
    """An XML part, Strict OOXML's WordprocessingML names read as Transitional's."""
    root = ET.fromstring(data)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith(STRICT_W):
            el.tag = W + el.tag[len(STRICT_W):]
        for k in [k for k in el.attrib if k.startswith(STRICT_W)]:
            el.attrib[W + k[len(STRICT_W):]] = el.attrib.pop(k)
    return root

def main_part(z):
    rels = ET.fromstring(z.read('_rels/.rels'))
    for r in rels.iter(RELS + 'Relationship'):
        if r.get('Type', '').endswith('/officeDocument'):
            return r.get('Target').lstrip('/')
    return 'word/document.xml'

def styles_of(z, main):
    name = posixpath.join(posixpath.dirname(main), 'styles.xml')
    try:
        root = parse(z.read(name))
    except KeyError:
        return {}
    raw = {}
    for s in root.iter(W + 'style'):
        sid = s.get(W + 'styleId')
        nm = s.find(W + 'name')
        based = s.find(W + 'basedOn')
        lvl = s.find(W + 'pPr/' + W + 'outlineLvl')
        raw[sid] = (nm.get(W + 'val', '').lower() if nm is not None else '',
                    based.get(W + 'val') if based is not None else None,
                    int(lvl.get(W + 'val')) if lvl is not None and lvl.get(W + 'val', '').isdigit() else None)
    out = {}
    for sid in raw:
        cur, level = sid, None
        for _ in range(16):
            if cur not in raw:
                break
            name, based, lvl = raw[cur]
            if lvl is not None:
                level = lvl
            elif name.startswith('heading ') and name[8:].strip().isdigit():
                level = int(name[8:].strip()) - 1
            if level is not None:
                break
            cur = based
        if level is not None and 0 <= level < 9:
            out[sid] = level
    return out

def on(el):
    return el is not None and el.get(W + 'val', 'true') not in ('0', 'false', 'off')

def own(el, tag):
    """The tag elements under el that belong to it, not to a table nested in it."""
    out = []
    for c in el:
        if c.tag == tag:
            out.append(c)
        elif c.tag not in (W + 'tbl', MC_FALLBACK):
            out.extend(own(c, tag))
    return out

def tables(body):
    found = []
    walk(body, {MC_FALLBACK}, found)
    data = headless = 0
    for t in (e for e in found if e.tag == W + 'tbl'):
        rows = own(t, W + 'tr')
        def width(r):
            total = 0
            for c in own(r, W + 'tc'):
                g = c.find(W + 'tcPr/' + W + 'gridSpan')
                v = g.get(W + 'val') if g is not None else '1'
                total += int(v) if v and v.isdigit() and int(v) > 0 else 1
            return total
        if len(rows) >= 2 and max(width(r) for r in rows) >= 2:
            data += 1
            if not on(rows[0].find(W + 'trPr/' + W + 'tblHeader')):
                headless += 1
    return data, headless

def script_key(text):
    for ch in text:
        if ch.isalpha():
            o = ord(ch)
            if 0x0590 <= o <= 0x08FF or 0xFB1D <= o <= 0xFEFF:
                return W + 'bidi'
            if 0x1100 <= o <= 0x11FF or 0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF:
                return W + 'eastAsia'
            return W + 'val'
    return None

def declared_language(z, main, body):
    try:
        st = parse(z.read(posixpath.join(posixpath.dirname(main), 'styles.xml')))
        default = st.find(W + 'docDefaults/' + W + 'rPrDefault/' + W + 'rPr/' + W + 'lang')
    except KeyError:
        default = None
    weights = {}
    order = []
    def runs(el, removed):
        for c in el:
            if c.tag == MC_FALLBACK:
                continue
            gone = removed or c.tag in (W + 'del', W + 'moveFrom')
            if c.tag == W + 'r':
                yield c, gone
            else:
                yield from runs(c, gone)
    for r, removed in runs(body, False):
        if removed or on(r.find(W + 'rPr/' + W + 'vanish')):
            continue
        lang = r.find(W + 'rPr/' + W + 'lang')
        for t in r.findall(W + 't'):
            text = t.text or ''
            key = script_key(text)
            if key is None:
                continue
            value = (lang.get(key) if lang is not None else None) or (default.get(key) if default is not None else None)
            if not value or not value.strip():
                continue
            value = value.strip().lower()
            if value not in weights:
                order.append(value)
                weights[value] = 0
            weights[value] += sum(1 for ch in text if ch.isalpha())
    best = None
    for v in order:
        if weights[v] > 0 and (best is None or weights[v] >= weights[best]):
            best = v
    return best

def walk(el, skip, found):
    """Elements under el, not inside the tags in skip."""
    for c in el:
        if c.tag in skip:
            continue
        found.append(c)
        walk(c, skip, found)

def scan(path):
    z = zipfile.ZipFile(path)
    main = main_part(z)
    root = parse(z.read(main))
    body = root.find(W + 'body')
    els = []
    walk(root, {MC_FALLBACK}, els)
    pictures = described = decorative = 0
    for d in els:
        if d.tag not in (WP + 'inline', WP + 'anchor'):
            continue
        inner = []
        walk(d, {MC_FALLBACK}, inner)
        if not any(i.tag in (PIC, CHART) for i in inner):
            continue
        pictures += 1
        pr = d.find(WP + 'docPr')
        if pr is not None and ((pr.get('descr') or '').strip() or (pr.get('title') or '').strip()):
            described += 1
        elif any(i.tag == DEC and i.get('val', '1') not in ('0', 'false') for i in inner):
            decorative += 1
    styles = styles_of(z, main)
    paras = []
    if body is not None:
        walk(body, {MC_FALLBACK, W + 'tbl', W + 'txbxContent'}, paras)
    headings = 0
    for p in paras:
        if p.tag != W + 'p':
            continue
        ppr = p.find(W + 'pPr')
        level = None
        if ppr is not None:
            own = ppr.find(W + 'outlineLvl')
            st = ppr.find(W + 'pStyle')
            if own is not None and own.get(W + 'val', '').isdigit():
                level = int(own.get(W + 'val'))
            elif st is not None:
                level = styles.get(st.get(W + 'val'))
        text = ''.join(t.text or '' for t in p.iter(W + 't'))
        if level is not None and level < 9 and text.strip():
            headings += 1
    data, headless = tables(body) if body is not None else (0, 0)
    language = declared_language(z, main, body) if body is not None else None
    return {'pictures': pictures, 'described': described, 'decorative': decorative, 'headings': headings,
            'data_tables': data, 'headless_tables': headless, 'language': language}

for path in sys.argv[1:]:
    try:
        r = scan(path)
    except Exception as e:
        r = {'error': str(e)[:80]}
    r['file'] = posixpath.basename(path)
    print(json.dumps(r))
