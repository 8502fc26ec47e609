#!/usr/bin/env python3
"""Lists the longest functions in Rust sources: `longest-functions.py [N] [DIR...]`.

A function runs from its `fn` line to the line of the brace that closes its
body. Strings, characters and comments are skipped when braces are counted,
so a `{` in a message does not count. Test modules count too.
"""
import re
import sys
from pathlib import Path

FN = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?(?:extern\s+\"[^\"]*\"\s+)?fn\s+(\w+)")


def code_only(text):
    """The text with strings, chars and comments blanked (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif re.match(r'r#*"', text[i:i + 10]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'r(#*)"', text[i:])
            end = '"' + m.group(1)
            j = text.find(end, i + len(m.group(0)))
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == "'":
            m = re.match(r"'(\\.[^']*|[^\\'])'", text[i:])
            if m:
                out.append(" " * len(m.group(0))); i += len(m.group(0))
            else:
                out.append(c); i += 1
        else:
            out.append(c); i += 1
    return "".join(out)


def functions(path):
    lines = code_only(path.read_text(encoding="utf-8")).split("\n")
    for start, line in enumerate(lines):
        m = FN.match(line)
        if not m:
            continue
        depth, opened = 0, False
        for end in range(start, len(lines)):
            for ch in lines[end]:
                if ch == ";" and not opened and depth == 0:
                    break  # a declaration without a body
                if ch == "{":
                    depth += 1; opened = True
                elif ch == "}":
                    depth -= 1
            else:
                if opened and depth == 0:
                    yield m.group(1), start + 1, end - start + 1
                    break
                continue
            break


def main():
    args = sys.argv[1:]
    top = int(args.pop(0)) if args and args[0].isdigit() else 10
    roots = [Path(a) for a in args] or [Path("src")]
    found = []
    for root in roots:
        for path in sorted(root.rglob("*.rs")) if root.is_dir() else [root]:
            for name, line, length in functions(path):
                found.append((length, f"{path}:{line}", name))
    found.sort(key=lambda f: (-f[0], f[1]))
    for length, place, name in found[:top]:
        print(f"{length:5}  {name:32} {place}")


if __name__ == "__main__":
    main()
