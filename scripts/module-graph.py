#!/usr/bin/env python3
"""The modules of src/ and which uses which; exits 1 naming a cycle if there is one.

    python3 scripts/module-graph.py [--check] [--depth N] [--format mermaid|dot|list|all]

A document travels one way through the checker (STYLE.md: sniff, read,
check, report, send), so no module may depend, directly or not, on one that
depends on it. This reads `src/**/*.rs` from the crate root (`src/lib.rs`)
along its `mod` declarations and finds every reference from one module to
another:

- `use` declarations (groups, `self`, globs and `as` renames included);
- paths in code: `crate::x::…`, `super::…` (resolved), `self::…`, and paths
  that start with a child module's name or with a name a `use` brought in;
- a name that a module imports (`pub use` re-exports, or a parent's own
  `use` that its children name through `super::`) is followed to the module
  that defines it: `crate::Error` (re-exported by the root) is an edge to
  `error`, `super::Cover` in `send::eml` an edge to `send::mailto`.

A `mod` declaration alone is not an edge: a parent that only declares a
child does not use it.

Nodes are module paths cut to `--depth` segments (2 by default: `read`,
`read::pdf`, `rules`, `rules::word_limit`, `messages::en`; a file deeper down
counts as its ancestor at that depth).

The crate root (`lib.rs`, shown as `crate`) wires the steps together and is
above everything: it counts as depending on every module, so a module that
uses an item defined in `lib.rs` itself closes a cycle. One that names a
re-export of the root (`crate::Report`) depends on the defining module
(`report`), not on the root.

Left out, on purpose:

- test code: `#[cfg(test)]` items and the modules they declare (`mod tests`,
  `rules::fixtures`, `rules::testing`), which may use anything;
- `src/bin/`: the CLI is a crate of its own, on top of the library;
- external crates and `std`.

The check reads source text with a small tokenizer (comments, strings and
character literals removed), not a Rust parser: macros that build paths out
of pieces would be missed. `--check` prints only the cycles (or a line saying
there are none) and exits 1 if there is one.
"""

import argparse
import os
import re
import sys
from collections import defaultdict

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
ROOT = ()  # the crate root's module path


def strip_comments_and_strings(text):
    """The text with comments, string and character literals blanked out."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif re.match(r'b?r#*"', text[i:i + 260]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'(b?r)(#*)"', text[i:])
            hashes = m.group(2)
            end = text.find('"' + hashes, i + len(m.group(0)))
            i = n if end < 0 else end + 1 + len(hashes)
            out.append('""')
        elif c == '"' or (c == "b" and text.startswith('b"', i) and (i == 0 or not text[i - 1].isalnum())):
            i += 2 if c == "b" else 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            out.append('""')
        elif c == "'":
            m = re.match(r"'(?:\\u\{[0-9a-fA-F]+\}|\\x[0-9a-fA-F]{2}|\\.|[^\\'])'", text[i:])
            if m:  # a character literal; otherwise a lifetime, left as it is
                i += len(m.group(0))
                out.append("' '")
            else:
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def matching_brace(text, i):
    """The index just past the `}` that closes the `{` at `i`."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j + 1
    return len(text)


CFG_TEST = re.compile(r"#\[cfg\((?:all\()?test\b[^\]]*\]")


def strip_test_items(text):
    """The text without `#[cfg(test)]` items (a block up to its closing brace, or up to `;`)."""
    while True:
        m = CFG_TEST.search(text)
        if not m:
            return text
        j = m.end()
        # further attributes on the same item
        while True:
            a = re.match(r"\s*#\[[^\]]*\]", text[j:])
            if not a:
                break
            j += a.end()
        brace, semi = text.find("{", j), text.find(";", j)
        if semi >= 0 and (brace < 0 or semi < brace):
            end = semi + 1
        else:
            end = matching_brace(text, brace)
        text = text[: m.start()] + text[end:]


def split_top(s, sep=","):
    """`s` split at `sep` outside braces."""
    parts, depth, cur = [], 0, []
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def expand_use(tree, prefix=()):
    """A use tree (`as` renames written `@name`) as (path, name it is known by) pairs; a glob gives name `*`."""
    tree = re.sub(r"\s+", "", tree)
    if tree.startswith("::"):
        tree = tree[2:]
    if "{" in tree and (tree.find("::{") >= 0 or tree.startswith("{")):
        k = tree.find("{")
        head = tree[:k].rstrip(":")
        inner = tree[k + 1 : tree.rfind("}")]
        base = prefix + tuple(s for s in head.split("::") if s)
        out = []
        for part in split_top(inner):
            out.extend(expand_use(part, base))
        return out
    segs = tree.split("::")
    last, _, alias = segs[-1].partition("@")
    alias = alias or None
    if last == "self":
        path = prefix + tuple(segs[:-1])
        return [(path, alias or (path[-1] if path else "self"))]
    if last == "*":
        return [(prefix + tuple(segs[:-1]), "*")]
    return [(prefix + tuple(segs), alias or last)]


USE = re.compile(r"\b(pub(?:\s*\([^)]*\))?\s+)?use\s+([^;]+);")


def parse_use_trees(text):
    """(is_pub, [(path, name)]) for every `use` in the text; `as` renames kept."""
    out = []
    for m in USE.finditer(text):
        tree = m.group(2)
        # keep `as` renames readable for expand_use: `a::b as c` -> `a::b@c`
        tree = re.sub(r"\s+as\s+(\w+)", r"@\1", tree)
        items = expand_use(tree)
        out.append((bool(m.group(1)), items, m.span()))
    return out


class Module:
    def __init__(self, path, file):
        self.path = path  # tuple of names; () is the crate root
        self.file = file
        self.children = {}  # name -> path
        self.text = ""
        self.uses = []  # (is_pub, [(path, name)], span), from `use`
        self.imports = {}  # name -> path, from `use`
        self.globs = []  # paths of `use x::*`


def discover(src):
    """Every non-test module, reached from src/lib.rs along `mod` declarations."""
    modules = {}

    def visit(path, file):
        m = Module(path, file)
        modules[path] = m
        with open(file, encoding="utf-8") as f:
            raw = f.read()
        m.text = strip_test_items(strip_comments_and_strings(raw))
        here = os.path.dirname(file)
        own_dir = here if os.path.basename(file) in ("lib.rs", "mod.rs") else os.path.join(here, path[-1])
        for d in re.finditer(r"(?:^|[;{}\]\s])(?:pub(?:\s*\([^)]*\))?\s+)?mod\s+(\w+)\s*;", m.text):
            name = d.group(1)
            child = path + (name,)
            for candidate in (os.path.join(own_dir, name + ".rs"), os.path.join(own_dir, name, "mod.rs")):
                if os.path.exists(candidate):
                    m.children[name] = child
                    visit(child, candidate)
                    break
        m.uses = parse_use_trees(m.text)
        for _, items, _ in m.uses:
            for p, name in items:
                if name == "*":
                    m.globs.append(p)
                else:
                    m.imports[name] = p

    visit(ROOT, os.path.join(src, "lib.rs"))
    return modules


def absolute(modules, here, path):
    """`path` as written in module `here`, made absolute (a tuple from the root), or None if external."""
    if not path:
        return None
    first, rest = path[0], path[1:]
    if first == "crate":
        base = ROOT
    elif first in ("super", "self"):
        base = here
        while path and path[0] in ("super", "self"):
            if path[0] == "super":
                base = base[:-1]
            path = path[1:]
        return base + tuple(path)
    elif first in modules[here].children:
        return here + path
    elif first in modules[here].imports and modules[here].imports[first] != path:
        target = absolute(modules, here, modules[here].imports[first])
        return None if target is None else target + rest
    else:
        return None  # std, an external crate, or a local item
    return base + rest


def resolve(modules, path, seen=()):
    """The module that defines what absolute `path` names, following `pub use` re-exports."""
    mod = ROOT
    i = 0
    while i < len(path) and path[i] in modules[mod].children:
        mod = modules[mod].children[path[i]]
        i += 1
    if i < len(path):
        name = path[i]
        # A `pub use` re-export, or a private `use` that child modules name through `super::`.
        reexport = modules[mod].imports.get(name)
        if reexport is not None and (mod, name) not in seen:
            target = absolute(modules, mod, reexport)
            if target is not None:
                return resolve(modules, target + path[i + 1 :], seen + ((mod, name),))
    return mod


PATH = re.compile(r"(?<![\w:])((?:[A-Za-z_]\w*)(?:\s*::\s*[A-Za-z_]\w*)+)")


def references(modules, here):
    """The absolute paths module `here` refers to."""
    m = modules[here]
    found = []
    for _, items, _ in m.uses:
        for p, name in items:
            a = absolute(modules, here, p)
            if a is not None:
                found.append(a)
    body = USE.sub(" ", m.text)
    for p in PATH.finditer(body):
        segs = tuple(re.sub(r"\s+", "", p.group(1)).split("::"))
        a = absolute(modules, here, segs)
        if a is not None:
            found.append(a)
    for g in m.globs:
        a = absolute(modules, here, g)
        if a is not None:
            found.append(a + ("*",))
    return found


def name(path):
    return "::".join(path) if path else "crate"


def graph(modules, depth):
    edges = defaultdict(set)
    nodes = set()
    for here in modules:
        src = here[:depth]
        nodes.add(src)
        for ref in references(modules, here):
            target = resolve(modules, ref)[:depth]
            if target != src:
                edges[src].add(target)
    return nodes, edges


def cycles(nodes, edges):
    """Per strongly connected group: its shortest cycle through its first node
    (a list of nodes, first repeated last), and the group."""
    index, low, stack, on, groups = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(set(group))

    # The root is above everything: it depends on every module, so an edge
    # back to it is a cycle even where the root does not name that module.
    edges = {v: set(ws) for v, ws in edges.items()}
    edges[ROOT] = set(edges.get(ROOT, ())) | (set(nodes) - {ROOT})
    sys.setrecursionlimit(10000)
    for v in sorted(nodes):
        if v not in index:
            strong(v)
    out = []
    for group in groups:
        start = min(group)
        # the shortest way back to start, within the group
        prev, frontier, seen = {}, [start], {start}
        found = None
        while frontier and found is None:
            nxt = []
            for v in frontier:
                for w in sorted(edges.get(v, ())):
                    if w == start:
                        found = v
                        break
                    if w in group and w not in seen:
                        seen.add(w)
                        prev[w] = v
                        nxt.append(w)
                if found is not None:
                    break
            frontier = nxt
        path = [start]
        v = found
        back = []
        while v != start:
            back.append(v)
            v = prev[v]
        path += reversed(back)
        path.append(start)
        out.append((path, group))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="print only the cycles; exit 1 if there is one")
    ap.add_argument("--depth", type=int, default=2, help="module path segments per node (default 2)")
    ap.add_argument("--format", choices=["mermaid", "dot", "list", "all"], default="all")
    ap.add_argument("--src", default=SRC, help="the crate's source folder, with lib.rs (default: src/)")
    args = ap.parse_args()

    modules = discover(args.src)
    nodes, edges = graph(modules, args.depth)
    found = cycles(nodes, edges)

    if not args.check:
        ordered = sorted(nodes, key=lambda p: (len(p) > 0, p))
        if args.format in ("mermaid", "all"):
            print("```mermaid\ngraph TD")
            for v in ordered:
                for w in sorted(edges.get(v, ())):
                    print(f"  {name(v).replace('::', '.')} --> {name(w).replace('::', '.')}")
            print("```")
        if args.format in ("dot", "all"):
            print("digraph modules {")
            for v in ordered:
                for w in sorted(edges.get(v, ())):
                    print(f'  "{name(v)}" -> "{name(w)}";')
            print("}")
        if args.format in ("list", "all"):
            print("Each module, and the modules it uses:")
            for v in ordered:
                print(name(v))
                for w in sorted(edges.get(v, ())):
                    print(f"    {name(w)}")
    for c, group in found:
        others = sorted(set(group) - set(c))
        also = f" (also in this cycle: {', '.join(name(v) for v in others)})" if others else ""
        print("cycle: " + " -> ".join(name(v) for v in c) + also, file=sys.stderr)
    if found:
        return 1
    if args.check:
        print(f"module graph: {len(nodes)} modules at depth {args.depth}, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
