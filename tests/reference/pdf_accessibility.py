# Independent of the checker: qpdf --json. For each PDF given, one JSON line:
# /MarkInfo /Marked, whether the catalog has /StructTreeRoot, /Lang, and
# /ViewerPreferences /DisplayDocTitle; the objects whose /S is /Figure and
# how many of those have /Alt (every object in the file, reachable or not,
# and without the role map); the /Table elements (/S through the role map),
# how many have two rows (/TR) and two columns or more (a table as wide as
# its widest row, a cell counting its /ColSpan), and how many of those hold
# no /TH cell (nested tables are their own); or the error qpdf gave.
import sys, json, subprocess, os

def value(objs, v):
    """Follows an indirect reference ("6 0 R") to the object's value."""
    for _ in range(8):
        if isinstance(v, str) and v.endswith(' R'):
            o = objs.get('obj:' + v, {})
            v = o.get('value', o.get('stream', {}).get('dict'))
        else:
            break
    return v

def text(v):
    if isinstance(v, str) and v.startswith('u:'):
        return v[2:]
    return None

def standard(objs, role_map, d):
    s = d.get('/S')
    for _ in range(4):
        nxt = value(objs, role_map.get(s)) if isinstance(s, str) else None
        if not isinstance(nxt, str) or nxt == s:
            break
        s = nxt
    return s

def kids(objs, d):
    k = value(objs, d.get('/K'))
    for item in (k if isinstance(k, list) else [k]):
        item = value(objs, item)
        if isinstance(item, dict) and '/S' in item:
            yield item

def col_span(objs, cell):
    a = value(objs, cell.get('/A'))
    for attrs in (a if isinstance(a, list) else [a]):
        attrs = value(objs, attrs)
        if isinstance(attrs, dict):
            n = value(objs, attrs.get('/ColSpan'))
            if isinstance(n, int) and n >= 1:
                return n
    return 1

def table_shape(objs, role_map, table):
    """(rows, widest row, holds a TH) of one /Table, its nested tables left out."""
    rows, width, header = 0, 0, False
    stack = list(kids(objs, table))
    seen = set()
    while stack:
        d = stack.pop()
        if id(d) in seen:
            continue
        seen.add(id(d))
        s = standard(objs, role_map, d)
        if s == '/Table':
            continue
        if s == '/TR':
            rows += 1
            cells = 0
            for c in kids(objs, d):
                cs = standard(objs, role_map, c)
                if cs in ('/TD', '/TH'):
                    cells += col_span(objs, c)
                    header = header or cs == '/TH'
                else:
                    stack.append(c)
            width = max(width, cells)
            continue
        if s == '/TH':
            header = True
        stack.extend(kids(objs, d))
    return rows, width, header

for path in sys.argv[1:]:
    out = {'file': os.path.basename(path)}
    p = subprocess.run(['qpdf', '--json', '--json-key=qpdf', path], capture_output=True)
    try:
        objs = json.loads(p.stdout)['qpdf'][1]
        root = value(objs, objs['trailer']['value']['/Root'])
        mark = value(objs, root.get('/MarkInfo')) or {}
        prefs = value(objs, root.get('/ViewerPreferences')) or {}
        out.update(marked=value(objs, mark.get('/Marked')) is True,
                   struct_tree='/StructTreeRoot' in root,
                   lang=text(value(objs, root.get('/Lang'))),
                   display_doc_title=value(objs, prefs.get('/DisplayDocTitle')) is True)
        dicts = [o.get('value') for o in objs.values() if isinstance(o.get('value'), dict)]
        figures = [d for d in dicts if d.get('/S') == '/Figure']
        out.update(figures=len(figures), figures_with_alt=sum(1 for d in figures if '/Alt' in d))
        tree = value(objs, root.get('/StructTreeRoot')) or {}
        role_map = value(objs, tree.get('/RoleMap')) or {}
        tables = [table_shape(objs, role_map, d) for d in dicts
                  if '/S' in d and standard(objs, role_map, d) == '/Table']
        data = [t for t in tables if t[0] >= 2 and t[1] >= 2]
        out.update(tables=len(tables), data_tables=len(data), headless_tables=sum(1 for t in data if not t[2]))
    except Exception as e:
        out['error'] = (p.stderr.decode(errors='replace') or str(e))[:100]
    print(json.dumps(out))
