# Independent of the checker: zipfile + ElementTree. For each DOCX given,
# prints one JSON line: pictures in the main part (wp:inline / wp:anchor
# holding pic:pic or c:chart, outside mc:Fallback), how many have a non-blank
# docPr descr or title, how many are marked decorative, and the paragraphs
# of the body (outside tables and text boxes) that have text and whose
# style (through basedOn, "heading N" names or w:outlineLvl) or own
# w:outlineLvl makes them a heading (level < 9).
import sys, json, zipfile, posixpath
import xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
WP = '{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}'
PIC = '{http://schemas.openxmlformats.org/drawingml/2006/picture}pic'
CHART = '{http://schemas.openxmlformats.org/drawingml/2006/chart}chart'
MC_FALLBACK = '{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback'
DEC = '{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative'
RELS = '{http://schemas.openxmlformats.org/package/2006/relationships}'

def main_part(z):
    rels = ET.fromstring(z.read('_rels/.rels'))
    for r in rels.iter(RELS + 'Relationship'):
        if r.get('Type', '').endswith('/officeDocument'):
            return r.get('Target').lstrip('/')
    return 'word/document.xml'

def styles_of(z, main):
    name = posixpath.join(posixpath.dirname(main), 'styles.xml')
    try:
        root = ET.fromstring(z.read(name))
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
    root = ET.fromstring(z.read(main))
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
    return {'pictures': pictures, 'described': described, 'decorative': decorative, 'headings': headings}

for path in sys.argv[1:]:
    try:
        r = scan(path)
    except Exception as e:
        r = {'error': str(e)[:80]}
    r['file'] = posixpath.basename(path)
    print(json.dumps(r))
