# Independent of the checker: qpdf --json. For each PDF given, one JSON line:
# /MarkInfo /Marked, whether the catalog has /StructTreeRoot, /Lang, and
# /ViewerPreferences /DisplayDocTitle; the objects whose /S is /Figure and
# how many of those have /Alt (every object in the file, reachable or not,
# and without the role map); or the error qpdf gave.
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
    except Exception as e:
        out['error'] = (p.stderr.decode(errors='replace') or str(e))[:100]
    print(json.dumps(out))
